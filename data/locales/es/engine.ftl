# Las palabras del motor (data/engine.yaml).
data-engine-after_safety_question = Respondamos primero esta pregunta, porque ahora mismo importa más. Después, envía { $command } otra vez.
data-engine-already_here = Ya estamos en { $title }. Aquí va la pregunta otra vez:
data-engine-cancelled = De acuerdo, detuve { $title }. No se pierde nada de lo que ya habías guardado.
data-engine-consent_declined = Para eso necesito tu permiso para hablar de sentimientos, y me dijiste que no, lo cual está bien. Sin él, igual puedo guiarte en un ejercicio de anclaje (/ground, que no guarda nada), mostrarte líneas de crisis en cualquier momento (/sos) y explicarte qué soy (/help). Si cambias de idea, envía /start.
data-engine-consent_first = Antes de hablar de cómo te sientes, quiero contarte cómo funciono y preguntarte si te parece bien.
data-engine-draft_kept = Lo que estabas escribiendo queda guardado como borrador, en ningún otro sitio. Cuando volvamos, puedes usarlo o escribir algo nuevo.
data-engine-emoji_read_as = Entendí { $emoji } como { $number } de { $max }.
data-engine-feeling_heard = Gracias por decirme cómo te sientes: «{ $feeling }». Tomémonos un minuto con eso: será la palabra de hoy.
data-engine-flow_gone = Lo que estábamos haciendo ya no está disponible. Lo siento. /menu muestra lo que sí hay.
data-engine-flow_updated = Desde la última vez, { $title } cambió un poco, así que empecemos otra vez desde el principio.
data-engine-idle_text = Gracias por escribir. Soy un acompañante sencillo, así que funciono mejor con las opciones de abajo.
data-engine-left_for_later = De acuerdo, lo dejamos. /menu muestra todo cuando quieras.
data-engine-heard_heavy = Suena pesado, y me alegra que lo hayas dicho. Si empeora, /sos muestra las líneas y el número de emergencias.
data-engine-lesson_mid_flow =
    { $answer }

    En /gethelp hay más sobre cómo encontrar apoyo, cuando quieras. Por ahora, volvamos a donde estábamos:
data-engine-nothing_to_cancel = No hay nada en marcha que detener. Envía /menu para ver lo que podemos hacer juntos.
data-engine-nothing_to_resume = Ahora mismo no hay nada en pausa a lo que volver.
data-engine-reask_choice = No te entendí bien. Puedes tocar uno de los botones o escribir lo que dice.
data-engine-reask_scale = ¿Puedes enviar un número entero del { $min } al { $max }? También puedes tocar un botón.
data-engine-reask_scale_words = Aquí solo puedo guardar un número, del { $min } al { $max }. ¿Cuál se acerca más a eso? Basta con un cálculo aproximado.
data-engine-reask_assent = Para estar seguro de entenderte bien: ¿puedes tocar uno de los botones, o escribir sí o no?
data-engine-reask_scale_unsure = Está bien, a veces cuesta ponerle un número. Sirve el del { $min } al { $max } que más se acerque, o /cancel si prefieres dejarlo por ahora.
data-engine-reask_unsure = Está bien, no hace falta tenerlo claro. La respuesta que más se acerque sirve.
data-engine-reask_choice_said = Gracias por decírmelo. Aquí solo puedo guardar una de las respuestas: ¿cuál se acerca más? Tócala o escribe lo que dice.
data-engine-reask_back = No puedo volver un paso atrás, lo siento. Puedes responder esta otra vez, o /cancel para parar aquí y empezar de nuevo.
data-engine-reask_lost = Perdona, no me expliqué bien. Toca un botón o escribe tu respuesta; /cancel para aquí, /help cuenta lo que puedo hacer y /sos muestra las líneas de crisis.
data-engine-resume_no = Dejarlo
data-engine-resume_offer = Antes estabas en { $title } y quedó a medias. ¿Quieres continuar?
data-engine-resume_yes = Continuar
data-engine-resumed = Retomemos { $title } donde lo dejamos.
data-engine-safety_left_open = Si en algún momento no estás a salvo, /sos muestra las líneas y el número de emergencias.
data-engine-safety_once_more = Antes de dejarlo, hay algo que importa más que lo demás, así que te lo pregunto una vez más:
data-engine-scale_hint = { $min } = { $low } · { $max } = { $high }
data-engine-something_went_wrong = Algo falló de mi lado, y lo siento. No se perdió nada de lo que guardaste. Inténtalo de nuevo o envía /menu.
data-engine-stale_button = Ese botón es de una pregunta anterior, así que dejé todo como estaba. Aquí es donde estamos ahora:
data-engine-text_kept_part = Era más de lo que puedo guardar en una respuesta, así que guardé los primeros { $max } caracteres y dejé fuera el resto. Si al final había algo importante, puedes añadirlo en otro momento.
data-engine-text_too_long = Es más de lo que puedo guardar de una vez (hasta { $max } caracteres). ¿Puedes decirlo un poco más corto?
data-engine-took_and_kept = Lo tomé como «{ $label }» y guardé tus palabras para la siguiente pregunta.
data-engine-took_only = Lo tomé como «{ $label }»; aquí solo guardo la opción, no las palabras.
data-engine-unknown_command = No conozco ese comando. /menu muestra lo que podemos hacer juntos y /help enumera los comandos.
data-engine-unsupported = Solo puedo leer texto y botones, así que eso no lo puedo recibir. Puedes escribirme con palabras cuando quieras.
data-engine-use_draft = Usar lo que escribí antes
data-engine-welcome_back = Qué bueno que volviste. Aquí es donde estábamos:
data-engine-reask_careful = Gracias por contármelo. Sigo aquí contigo. Para saber cómo ayudarte mejor, primero esto: toca una respuesta o escribe lo que dice.
data-engine-reask_score = No te entendí bien. Toca un botón o escribe su puntuación: de { $min } ({ $low }) a { $max } ({ $high }).
data-engine-reask_choice_careful = Quiero asegurarme de entenderte bien, porque importa. Toca la respuesta que mejor encaje o escribe lo que dice.

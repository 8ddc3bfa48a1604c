# Ayuda, idioma, país, edad, zona horaria, configuración, recordatorios y avisos diarios.
help-title = la ayuda
help-about-say-1 = Soy Reconnect, para los días en que los sentimientos parecen lejanos. No soy terapeuta ni un servicio de emergencias. Puedes enviarme cuando quieras:
help-about-say-2 =
    /sos: a quién contactar ahora mismo
    /checkin: cómo te sientes, en un minuto
    /ground: unos minutos de anclaje
    /journal: escribir o leer entradas anteriores
    /plan: un plan suave de siete días
    /steps: una cosa pequeña para probar
    /activity: una actividad; /gratitude: algo bueno
    /progress: tus últimos 30 días
    /measure: cuestionarios
    /learn: lecciones breves
    /gethelp: encontrar más ayuda
    /safetyplan: tu plan para momentos difíciles
    /settings: país, zona horaria, recordatorio, edad
    /privacy: qué guardo; /export y /delete
    /menu: todo lo que podemos hacer
    /cancel: detener lo que estamos haciendo
    /resume: volver a algo que dejamos en pausa
language-title = el idioma en que te hablo
language-description = Elige el idioma en que te hablo.
language-choose-say = ¿En qué idioma quieres que te hable? Solo ofrezco los que hablo por completo.
language-choose-skip = Dejarlo como está
ask_country-title = la pregunta sobre tu país
ask_country-description = En un momento difícil, en qué país está la persona, cuando aún no lo sabemos.
ask_country-where-say = ¿En qué país estás? Así te muestro los números de allí. Toca uno o escribe su nombre.
ask_country-where-skip = En otro lugar
age-title = la pregunta sobre tu edad
age-ask-say = ¿Cuántos años tienes? Me ayuda a orientarte hacia el tipo de apoyo adecuado.
age-ask-option-under_18 = Menos de 18
age-ask-option-18_to_24 = De 18 a 24
age-ask-option-25_to_44 = De 25 a 44
age-ask-option-45_to_64 = De 45 a 64
age-ask-option-65_or_over = 65 o más
age-ask-option-not_said = Prefiero no decirlo
age-thanks-say = Gracias, lo anoto.
age-young-say = Gracias por contármelo. Te lo digo con honestidad: me crearon sobre todo para personas adultas. Puedes usar los registros y los ejercicios, pero no puedo reemplazar a un adulto de confianza, al orientador de la escuela ni a un servicio pensado para jóvenes, y de verdad te animo a contactar también a alguno de ellos. /sos siempre funciona, de día o de noche.
timezone-title = la pregunta sobre tu zona horaria
timezone-pick-say = ¿En qué zona horaria estás? Toca una o escribe una ciudad cercana.
timezone-pick-skip = No lo sé
timezone-set-say = Zona horaria guardada: { $zone_name } (allí ahora: { $zone_time }).
timezone-guessed-say = Elegí { $zone_name }, la zona horaria habitual en { $zone_country } (allí ahora: { $zone_time }). Si no es correcta, /settings → Zona horaria la cambia.
timezone-kept-say = De acuerdo, dejé tu zona horaria como estaba.
timezone-unknown-say = No pude relacionar eso con una zona horaria. Suele funcionar una ciudad más grande cerca de ti, o toca una de estas.
timezone-unset-say = No pasa nada. Hasta que elijas una, usaré UTC (la hora de Londres en invierno), así que las horas pueden no coincidir con las tuyas. /settings → Zona horaria la configura cuando quieras.
settings-title = la configuración
settings-description = Ver y cambiar tu país, zona horaria, hora del recordatorio, idioma, franja de edad y cada cuánto se ofrece el WHO-5.
settings-show-say = ¿Qué te gustaría cambiar?
settings-show-option-country = País
settings-show-option-time_zone = Zona horaria
settings-show-option-reminder_time = Hora del recordatorio
settings-show-option-quiet = Horas de silencio
settings-show-option-pause = Pausar o reanudar recordatorios
settings-show-option-age = Edad
settings-show-option-language = Idioma
settings-show-option-who_5_every_few_weeks = WHO-5 cada pocas semanas
settings-show-option-nothing = Nada, gracias
settings-quiet-say = Las horas de silencio evitan recordatorios de noche: si uno toca en ese horario, espera hasta que terminen.
settings-quiet-option-22_00-08_00 = De 22:00 a 08:00
settings-quiet-option-23_00-07_00 = De 23:00 a 07:00
settings-quiet-option-none = Sin horas de silencio
settings-paused-say = Los recordatorios están en pausa. Vuelve aquí para reanudarlos cuando quieras.
settings-resumed-say = Los recordatorios vuelven a estar activos.
settings-done-say = De acuerdo, todo queda como está.
idle-title = las sugerencias
idle-description = Lo que recibe cualquier cosa escrita en el menú que no sea una opción, un sentimiento ni una pregunta.
idle-heard-say = Suena pesado, y me alegra que lo hayas dicho. Si empeora, /sos muestra las líneas y el número de emergencias.
idle-offer-say = Gracias por escribir. No siempre puedo seguir un texto libre, y no lo guardo, pero aquí hay tres cosas que podríamos hacer ahora:
idle-offer-option-check_in_with_how_i_feel = Registrar cómo me siento
idle-offer-option-a_grounding_exercise = Un ejercicio de anclaje
idle-offer-option-everything_else = Todo lo demás
idle-hello-say = Hola, qué bueno saber de ti. Aquí hay tres cosas que podríamos hacer ahora:
idle-hello-option-check_in_with_how_i_feel = Registrar cómo me siento
idle-hello-option-a_grounding_exercise = Un ejercicio de anclaje
idle-hello-option-everything_else = Todo lo demás
idle-welcome-say = De nada. Aquí estoy cuando me necesites; en /menu está todo lo que podemos hacer.
asked-title = la respuesta breve
asked-description = Una respuesta breve a una pregunta escrita en el menú, una lección breve para saber más, y formas de seguir.
asked-answer_only-say = { $answer }
asked-answer_only-option-check_in_with_how_i_feel = Registrar cómo me siento
asked-answer_only-option-should_i_get_more_help = ¿Debería buscar más ayuda?
asked-answer_only-option-everything_else = Todo lo demás
asked-answer_and_lesson-say = { $answer }
asked-answer_and_lesson-option-more = Cuéntame más
asked-answer_and_lesson-option-check_in_with_how_i_feel = Registrar cómo me siento
asked-answer_and_lesson-option-should_i_get_more_help = ¿Debería buscar más ayuda?
asked-answer_and_lesson-option-everything_else = Todo lo demás
after_writing-title = la pregunta de cómo estás después de escribir
after_writing-description = Después de escribir sobre algo difícil, cómo está la persona ahora, con un anclaje disponible.
after_writing-how_now-say = Escribir sobre cosas difíciles puede remover mucho. ¿Cómo estás ahora?
after_writing-how_now-option-okay = Bien
after_writing-how_now-option-stirred = Con todo removido
after_writing-how_now-option-far = Lejos o sin sentir nada
after_writing-how_now-option-more = Añadir más
after_writing-more-say = Adelante. Lo que envíes se guarda con lo que escribiste hoy.
after_writing-more_saved-say = Guardado. Gracias por ponerlo por escrito.
after_writing-saved_then_asked-say = Guardado. Gracias por ponerlo por escrito.
after_writing-okay-say = Me alegro. /journal te deja volver a leerlo cuando quieras.
after_writing-stirred-say = Tiene sentido después de escribir sobre algo difícil. Volver al lugar donde estás puede ayudar: un ejercicio corto con los ojos abiertos, usando lo que puedes ver, oír y tocar.
after_writing-stirred-option-ground = Sí, hagamos un anclaje
after_writing-stirred-option-later = Ahora no
after_writing-not_now-say = De acuerdo. Trátate con cariño el resto del día. /ground está aquí si lo quieres, y /sos si no te sientes a salvo.
prompt-title = el aviso diario
prompt-description = El aviso diario de registro, enviado a la hora que cada persona eligió.
prompt-daily-say = Hola, es tu hora de registro. ¿Tienes un minuto para notar cómo estás hoy?
prompt-daily-option-check_in_now = Hacer el registro ahora
prompt-daily-option-not_today = Hoy no
prompt-daily-option-pause = Pausar recordatorios
prompt-measure-say = Hola, es tu hora de registro. También toca el WHO-5 que me pediste que te ofreciera: cinco preguntas cortas sobre las últimas dos semanas. ¿Quieres responderlo hoy?
prompt-measure-option-answer_the_who_5 = Responder el WHO-5
prompt-measure-option-just_check_in = Solo el registro
prompt-measure-option-not_today = Hoy no
prompt-measure-option-pause = Pausar recordatorios
prompt-nudge-say = Hace unos días que no hacemos un registro. Sin ninguna presión, y no hay nada que ponerse al día: solo estoy aquí cuando quieras un minuto para ti.
prompt-nudge-option-check_in_now = Hacer el registro ahora
prompt-nudge-option-not_today = Hoy no
prompt-nudge-option-pause = Pausar recordatorios
prompt-not_today-say = Está bien. Mañana aquí estaré.
prompt-pause-say = Los recordatorios están en pausa. /settings los vuelve a activar cuando quieras.
reminder-title = la pregunta sobre la hora del recordatorio
reminder-ask_time-say = ¿Quieres un recordatorio suave para hacer el registro cada día? Toca una hora o escribe una, como 8:30 o 19:00. Sigue tu zona horaria.
reminder-which_time-say = ¿A qué hora te vendría bien? Toca una o escríbela, como 8:30 o 19:00.
reminder-which_time-skip = Sin recordatorios
reminder-which_time-suggest-1 = 08:00
reminder-which_time-suggest-2 = 12:30
reminder-which_time-suggest-3 = 18:00
reminder-which_time-suggest-4 = 21:00
reminder-ask_time-skip = Sin recordatorios
reminder-ask_time-suggest-1 = 08:00
reminder-ask_time-suggest-2 = 12:30
reminder-ask_time-suggest-3 = 18:00
reminder-ask_time-suggest-4 = 21:00
reminder-no_reminders-say = Sin recordatorios, entonces. Puedes hacer el registro cuando quieras con /checkin.
reminder-set-say = Listo: te escribiré a las { $prompt_time } cada día. /settings lo cambia.
reminder-terminal-say = Algo que conviene saber: aquí en la terminal no puedo enviar recordatorios, porque solo funciono mientras me tienes abierto. Los recordatorios diarios llegan cuando funciono en Telegram. Aquí, envía /checkin cuando quieras.
reminder-unclear-say = No pude entender eso como una hora del día. Funciona algo como 8:30, 19:00 o 7pm.
language-again-say = ¿Cuál de estos prefieres? O déjalo como está.
language-again-skip = Dejarlo como está

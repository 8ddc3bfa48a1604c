# Textos de datos: seguimiento, derechos sobre los datos, idioma, gratitud, diario, lecciones, cuestionarios, perfil, progreso, recordatorios.
data-follow_up-at_time = Mañana a las { $time } te escribo para ver cómo estás.
data-follow_up-same_time = Mañana a esta hora más o menos te escribo para ver cómo estás.
data-follow_up-usual_time = Mañana a las { $time }, tu hora habitual de registro, te escribo para ver cómo estás.
data-data_rights-export_csv =
    { $count ->
        [one] Tu { $count } registro
       *[other] Tus { $count } registros
    } en forma de tabla (CSV), para una hoja de cálculo.
data-data_rights-export_json = Todo lo que guardo sobre ti, en un archivo (JSON): configuración, registros, entradas del diario, resultados de cuestionarios, plan de seguridad, plan semanal y los momentos en que mi revisión de seguridad notó algo (nunca tus palabras).
data-data_rights-export_no_checkins = Todavía no hay registros, así que no hay tabla: /checkin empieza uno.
data-language-chosen = Listo: a partir de ahora te hablaré en { $name }.
data-language-kept = De acuerdo, no cambié nada.
data-language-not_offered = Ese idioma todavía no lo hablo. Estos son los que sí: { $names }.
data-gratitude-kept =
    Guardado. Ya tienes { $count } { $count ->
        [one] cosa buena anotada
       *[other] cosas buenas anotadas
    }.
data-gratitude-line = · { $date }: { $text }
data-gratitude-none_yet = Todavía no hay nada guardado. Cuando quieras, /gratitude te pide una.
data-gratitude-recent =
    Las últimas que guardaste:
    { $lines }
data-journal-entry_header = { $label }
data-journal-entry_label = { $number } · { $date } · { $template }
data-journal-entry_part =
    { $title }
    { $text }
data-journal-none_yet = Todavía no hay entradas.
data-journal-not_found =
    No encontré esa entrada. Tienes { $count } { $count ->
        [one] entrada
       *[other] entradas
    }: toca una o envía su número.
data-journal-part_body_place = Dónde lo siento en el cuerpo
data-journal-part_feeling = El sentimiento
data-journal-part_felt = Lo que sentí
data-journal-part_happened = Lo que pasó
data-journal-part_needed = Lo que necesitaba
data-journal-part_note = Más sobre esto
data-journal-part_writing = Lo que escribí
data-journal-template_expressive = Escribir sobre algo difícil
data-journal-template_feeling_in_body = Un sentimiento y dónde se siente
data-journal-template_three_questions = Qué pasó, qué sentí, qué necesitaba
data-learn-back = Atrás
data-learn-done = Listo
data-learn-finished = Gracias por leer. En /learn están las demás lecciones, y en /menu todo lo demás.
data-learn-heading = { $title } ({ $number } de { $count })
data-learn-learn_bye = Está bien. /learn te las trae de nuevo cuando quieras.
data-learn-learn_choose = Lecciones breves sobre sentirse insensible o desconectado, de pocas pantallas cada una. Lee a tu ritmo: Siguiente, Atrás o Listo cuando quieras. ¿Cuál eliges?
data-learn-learn_description = Lecciones breves sobre sentirse insensible o desconectado: qué es, por qué pasa, qué ayuda.
data-learn-learn_not_now = Ahora no
data-learn-learn_title = las lecciones breves
data-learn-lesson_title = la lección «{ $title }»
data-learn-next = Siguiente
data-measure-done = Gracias por responder. Tus resultados se guardan con tus registros; /export te los da todos.
data-measure-measure_bye = Está bien. /measure te los trae de nuevo cuando quieras.
data-measure-measure_choose = Son cuestionarios breves que usan médicos e investigadores. Responder uno de vez en cuando muestra cómo cambian las cosas con el tiempo. ¿Cuál te gustaría?
data-measure-measure_description = Cuestionarios breves que usan los médicos, sobre el ánimo, la preocupación y el bienestar.
data-measure-measure_not_now = Ahora no
data-measure-measure_repeat = Ofrecer el WHO-5 cada pocas semanas
data-measure-measure_title = los cuestionarios
data-measure-not_a_diagnosis = Esto no es un diagnóstico. Un cuestionario solo puede señalar que vale la pena hablarlo con un médico o terapeuta.
data-measure-offer_yes = Sí, hagámoslo
data-measure-questionnaire_title = el { $title }
data-measure-result =
    Tu puntuación en el { $name } es { $total } de { $highest }. { $meaning }

    { $not_a_diagnosis }
data-measure-safety_after = Por tu respuesta sobre hacerte daño, cuéntaselo a un médico o terapeuta, aunque ahora te sientas a salvo. /sos muestra personas con quienes puedes hablar en cualquier momento, y /safetyplan tiene tu propio plan a mano.
data-measure-short_result =
    Tu puntuación en el { $name } es { $total } de { $highest }. { $meaning }

    { $not_a_diagnosis }
data-profile-age_band_under_18 = menos de 18
data-profile-age_band_18_to_24 = de 18 a 24
data-profile-age_band_25_to_44 = de 25 a 44
data-profile-age_band_45_to_64 = de 45 a 64
data-profile-age_band_65_or_over = 65 o más
data-profile-consent_given = dijiste que sí
data-profile-consent_not_given = sin aceptar todavía
data-profile-no_prompt = desactivado
data-profile-no_quiet = ninguna
data-profile-not_set = sin configurar
data-profile-paused = { " " }(en pausa)
data-profile-quiet = de { $start } a { $end }
data-profile-settings =
    Esto es lo que tengo de ti:
    • Hablar de sentimientos: { $consent }
    • Edad: { $age_band }
    • País (para las líneas de crisis): { $country }
    • Zona horaria: { $timezone }
    • Recordatorio diario de registro: { $prompt_time }{ $paused }
    • Horas de silencio: { $quiet }
    • Idioma: { $language }
data-progress-averaged = Los días con más de un registro, el gráfico muestra el promedio de las puntuaciones de ese día.
data-progress-chart_connection = Conexión con la gente
data-progress-chart_presence = Sentimientos presentes
data-progress-chart_score = 0 = casi nada · 10 = por completo
data-progress-chart_title = Tus últimos 30 días
data-progress-chart_words = Palabras que elegiste
data-progress-measures_chart_title = Tus cuestionarios a lo largo del tiempo
data-progress-measures_down = Tu { $name } bajó { $points } puntos desde { $since }. Un cambio de { $meaningful } o más es significativo; si sigue bajo, /gethelp puede ayudarte a ver a dónde acudir.
data-progress-measures_first = { $name }: { $total } de { $highest } el { $date } ({ $band }). Respóndelo de nuevo en unas dos semanas para ver cómo cambia.
data-progress-measures_footer = Esto no es un diagnóstico. Los cuestionarios solo pueden señalar que vale la pena hablarlo con un médico o terapeuta.
data-progress-measures_latest = { $name }: { $total } de { $highest } el { $date } ({ $band }), { $count } veces hasta ahora.
data-progress-measures_small_change =
    Tu { $name } cambió { $points } { $points ->
        [one] punto
       *[other] puntos
    } desde { $since }, dentro de los { $meaningful } puntos que contarían como un cambio real.
data-progress-measures_today = el de antes ese mismo día
data-progress-measures_up = Tu { $name } subió { $points } puntos desde { $since }. Un cambio de { $meaningful } o más es significativo: algo cambió para bien.
data-progress-none_yet = Todavía no hay nada que mostrar: tu progreso se construye con los registros. Envía /checkin cuando tengas un minuto, y en un par de días podré dibujarte un panorama.
data-progress-one_day = Hasta ahora hiciste { $count } registros, todos el mismo día; el último: sentimientos en { $presence } de 10, conexión en { $connection }. Un día más y podré empezar a dibujar cómo se mueven las cosas. /checkin
data-progress-only_one = Hasta ahora hay un registro: sentimientos en { $presence } de 10, conexión en { $connection }. Un día más y podré empezar a dibujar cómo se mueven las cosas. /checkin
data-progress-summary =
    En los últimos { $total } días hiciste { $count } { $count ->
        [one] registro
       *[other] registros
    }, en { $days } { $days ->
        [one] día
       *[other] días
    }. Eso ya vale algo. Cuánta presencia tuvieron los sentimientos: { $presence_trend } (últimamente alrededor de { $presence_now } de 10). Cuánta conexión sentiste con la gente: { $connection_trend } (últimamente alrededor de { $connection_now }).
data-progress-top_words = Las palabras que más elegiste: { $words }.
data-progress-trend_down = un poco más bajo últimamente, lo cual pasa; no es un juicio sobre ti
data-progress-trend_steady = bastante estable
data-progress-trend_up = en aumento
data-reminders-activity_day = Hoy es el día de la actividad pequeña que planeaste. Después, /activity te pregunta cómo fue: hasta un pequeño destello cuenta. Primero se actúa, y los sentimientos vienen después.
data-reminders-card_boundaries = una frase corta para poner un límite
data-reminders-card_creative = dibujar el ánimo de hoy, o tres canciones que suenen como él
data-reminders-card_empathy = hacerle a alguien una pregunta abierta sobre su día
data-reminders-card_exposure = nombrar un sentimiento en voz alta y respirar con él
data-reminders-card_movement = cinco giros lentos de hombros y un estiramiento, o una caminata de cinco minutos
data-reminders-card_self_care = un vaso de agua y una cosa que haga más fácil esta noche
data-reminders-card_trust = enviarle a una persona algo pequeño y verdadero
data-reminders-plan_review = Cuando hiciste tu plan de seguridad, me pediste que te recordara revisarlo. /safetyplan lo muestra: ¿hay algo que añadirías o cambiarías después de lo que ha pasado desde entonces?
data-reminders-step_reminder = Ayer me pediste que te recordara un paso pequeño: { $card }. En /steps está otra vez si quieres releerlo.

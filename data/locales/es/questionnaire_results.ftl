# Resultados de los cuestionarios (PHQ-9, GAD-7, WHO-5): qué significa la puntuación.
# Los «-meaning» siguen a «Tu puntuación en el … es … de ….»; los «-summary» van junto al gráfico y en /progress.
data-questionnaires-gad7-mild-meaning = Está en el rango leve: algo de preocupación. Los ejercicios de anclaje pueden ayudar, y vale la pena responderlo de nuevo en dos semanas.
data-questionnaires-gad7-mild-summary = leve: algo de preocupación
data-questionnaires-gad7-minimal-meaning = Está en el rango más bajo: poca o ninguna preocupación te ha molestado en las últimas dos semanas.
data-questionnaires-gad7-minimal-summary = poca preocupación
data-questionnaires-gad7-moderate-meaning = Está en el rango moderado. Valdría la pena hablar de la preocupación con un médico o terapeuta; /gethelp te ayuda a ver por dónde empezar.
data-questionnaires-gad7-moderate-summary = moderado: vale la pena hablar con un médico
data-questionnaires-gad7-severe-meaning = Está en el rango grave. Por favor, habla pronto con un médico sobre cómo te has sentido; /gethelp te ayuda a ver por dónde empezar.
data-questionnaires-gad7-severe-summary = grave: habla pronto con un médico
data-questionnaires-gad7-short_form-below = Está por debajo de la puntuación (3) a partir de la cual se suele hacer el GAD-7 completo: poca preocupación en las últimas dos semanas.
data-questionnaires-phq9-mild-meaning = Está en el rango leve: algunas señales de ánimo bajo. Los registros y los pasos pequeños pueden ayudar, y vale la pena responderlo de nuevo en dos semanas.
data-questionnaires-phq9-mild-summary = leve: algunas señales de ánimo bajo
data-questionnaires-phq9-minimal-meaning = Está en el rango más bajo: pocas o ninguna señal de ánimo bajo en las últimas dos semanas.
data-questionnaires-phq9-minimal-summary = pocas señales de ánimo bajo
data-questionnaires-phq9-moderate-meaning = Está en el rango moderado. Valdría la pena hablar con un médico o terapeuta sobre cómo has estado; /gethelp te ayuda a ver por dónde empezar.
data-questionnaires-phq9-moderate-summary = moderado: vale la pena hablar con un médico
data-questionnaires-phq9-moderately_severe-meaning = Está en el rango moderadamente grave. Por favor, habla pronto con un médico sobre cómo te has sentido; /gethelp te ayuda a ver por dónde empezar.
data-questionnaires-phq9-moderately_severe-summary = moderadamente grave: habla pronto con un médico
data-questionnaires-phq9-severe-meaning = Está en el rango grave. Por favor, consulta pronto a un médico sobre cómo te has sentido. Si todo se vuelve demasiado, /sos muestra personas con quienes puedes hablar ahora mismo.
data-questionnaires-phq9-severe-summary = grave: consulta pronto a un médico
data-questionnaires-phq9-short_form-below = Está por debajo de la puntuación (3) a partir de la cual se suele hacer el PHQ-9 completo: pocas señales de ánimo bajo en las últimas dos semanas.
data-questionnaires-who5-good-meaning = Es 50 o más, el rango habitual para el bienestar. Vale la pena fijarse en un cambio de 10 puntos o más entre una vez y otra.
data-questionnaires-who5-good-summary = el rango habitual
data-questionnaires-who5-low-meaning = Es una puntuación baja: un bienestar de 28 o menos es motivo para hablar con un médico sobre cómo has estado. El PHQ-9 puede ayudarte primero a ponerlo en palabras.
data-questionnaires-who5-low-summary = bajo: vale la pena hablar con un médico
data-questionnaires-who5-lowered-meaning = Está por debajo de 50, donde vale la pena mirar el ánimo más de cerca. El PHQ-9 pregunta sobre eso.
data-questionnaires-who5-lowered-summary = menos de 50: vale la pena mirarlo de cerca

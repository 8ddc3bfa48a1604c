# Source: PHQ-9 and GAD-7, Spanish for the USA (Pfizer; phqscreeners.com): items, answer
# options and question frame as published, in its «usted» register and with its «(a)» forms.
# Checked against several reproductions of that version, not against the original PDF.
# Not the validated translation (WHO-5): the items and answers follow the published Spanish
# WHO-5 (Psychiatric Research Unit, Region Hovedstaden), with «/a» added to «tranquilo»,
# «activo», «fresco» so as not to guess the person's gender; check against who-5.dk.
phq9-title = el cuestionario de ánimo PHQ-9
phq9-description = El PHQ-9 pregunta con qué frecuencia te han molestado algunas cosas en las últimas 2 semanas. No hay respuestas correctas. Toca un botón o escribe un número del 0 al 3.
phq9-intro-say = El PHQ-9 pregunta con qué frecuencia te han molestado algunas cosas en las últimas 2 semanas. Empieza con dos preguntas; las otras siete siguen si tus respuestas indican que vale la pena hacerlas. No hay respuestas correctas. Toca un botón o escribe un número del 0 al 3.
phq9-going_on-say = Gracias. Siete preguntas más como estas, y luego te muestro lo que suman tus respuestas.
phq9-done-say = Gracias por responder. Tus resultados se guardan con tus registros; /export te los da todos.
phq9-item_1-say =
    Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a este problema? (1 de 9)

    Poco interés o placer en hacer cosas
phq9-item_1-option-0 = Ningún día
phq9-item_1-option-1 = Varios días
phq9-item_1-option-2 = Más de la mitad de los días
phq9-item_1-option-3 = Casi todos los días
phq9-item_2-say =
    Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a este problema? (2 de 9)

    Se ha sentido decaído(a), deprimido(a) o sin esperanzas
phq9-item_2-option-0 = Ningún día
phq9-item_2-option-1 = Varios días
phq9-item_2-option-2 = Más de la mitad de los días
phq9-item_2-option-3 = Casi todos los días
phq9-item_3-say =
    Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a este problema? (3 de 9)

    Ha tenido dificultad para quedarse o permanecer dormido(a), o ha dormido demasiado
phq9-item_3-option-0 = Ningún día
phq9-item_3-option-1 = Varios días
phq9-item_3-option-2 = Más de la mitad de los días
phq9-item_3-option-3 = Casi todos los días
phq9-item_4-say =
    Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a este problema? (4 de 9)

    Se ha sentido cansado(a) o con poca energía
phq9-item_4-option-0 = Ningún día
phq9-item_4-option-1 = Varios días
phq9-item_4-option-2 = Más de la mitad de los días
phq9-item_4-option-3 = Casi todos los días
phq9-item_5-say =
    Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a este problema? (5 de 9)

    Sin apetito o ha comido en exceso
phq9-item_5-option-0 = Ningún día
phq9-item_5-option-1 = Varios días
phq9-item_5-option-2 = Más de la mitad de los días
phq9-item_5-option-3 = Casi todos los días
phq9-item_6-say =
    Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a este problema? (6 de 9)

    Se ha sentido mal con usted mismo(a) – o que es un fracaso o que ha quedado mal con usted mismo(a) o con su familia
phq9-item_6-option-0 = Ningún día
phq9-item_6-option-1 = Varios días
phq9-item_6-option-2 = Más de la mitad de los días
phq9-item_6-option-3 = Casi todos los días
phq9-item_7-say =
    Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a este problema? (7 de 9)

    Ha tenido dificultad para concentrarse en ciertas actividades, tales como leer el periódico o ver la televisión
phq9-item_7-option-0 = Ningún día
phq9-item_7-option-1 = Varios días
phq9-item_7-option-2 = Más de la mitad de los días
phq9-item_7-option-3 = Casi todos los días
phq9-item_8-say =
    Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a este problema? (8 de 9)

    ¿Se ha movido o hablado tan lento que otras personas podrían haberlo notado? o lo contrario – muy inquieto(a) o agitado(a) que ha estado moviéndose mucho más de lo normal
phq9-item_8-option-0 = Ningún día
phq9-item_8-option-1 = Varios días
phq9-item_8-option-2 = Más de la mitad de los días
phq9-item_8-option-3 = Casi todos los días
phq9-item_9-say =
    Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a este problema? (9 de 9)

    Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera
phq9-item_9-option-0 = Ningún día
phq9-item_9-option-1 = Varios días
phq9-item_9-option-2 = Más de la mitad de los días
phq9-item_9-option-3 = Casi todos los días
gad7-title = el cuestionario de preocupación GAD-7
gad7-description = El GAD-7 pregunta con qué frecuencia te han molestado algunas cosas en las últimas 2 semanas. No hay respuestas correctas. Toca un botón o escribe un número del 0 al 3.
gad7-intro-say = El GAD-7 pregunta con qué frecuencia te han molestado algunas cosas en las últimas 2 semanas. Empieza con dos preguntas; las otras cinco siguen si tus respuestas indican que vale la pena hacerlas. No hay respuestas correctas. Toca un botón o escribe un número del 0 al 3.
gad7-going_on-say = Gracias. Cinco preguntas más como estas, y luego te muestro lo que suman tus respuestas.
gad7-done-say = Gracias por responder. Tus resultados se guardan con tus registros; /export te los da todos.
gad7-item_1-say =
    Durante las últimas 2 semanas, ¿con qué frecuencia ha sentido molestias por este problema? (1 de 7)

    Se ha sentido nervioso(a), ansioso(a) o con los nervios de punta
gad7-item_1-option-0 = Nunca
gad7-item_1-option-1 = Varios días
gad7-item_1-option-2 = Más de la mitad de los días
gad7-item_1-option-3 = Casi todos los días
gad7-item_2-say =
    Durante las últimas 2 semanas, ¿con qué frecuencia ha sentido molestias por este problema? (2 de 7)

    No ha sido capaz de parar o controlar su preocupación
gad7-item_2-option-0 = Nunca
gad7-item_2-option-1 = Varios días
gad7-item_2-option-2 = Más de la mitad de los días
gad7-item_2-option-3 = Casi todos los días
gad7-item_3-say =
    Durante las últimas 2 semanas, ¿con qué frecuencia ha sentido molestias por este problema? (3 de 7)

    Se ha preocupado demasiado por motivos diferentes
gad7-item_3-option-0 = Nunca
gad7-item_3-option-1 = Varios días
gad7-item_3-option-2 = Más de la mitad de los días
gad7-item_3-option-3 = Casi todos los días
gad7-item_4-say =
    Durante las últimas 2 semanas, ¿con qué frecuencia ha sentido molestias por este problema? (4 de 7)

    Ha tenido dificultad para relajarse
gad7-item_4-option-0 = Nunca
gad7-item_4-option-1 = Varios días
gad7-item_4-option-2 = Más de la mitad de los días
gad7-item_4-option-3 = Casi todos los días
gad7-item_5-say =
    Durante las últimas 2 semanas, ¿con qué frecuencia ha sentido molestias por este problema? (5 de 7)

    Se ha sentido tan inquieto(a) que no ha podido quedarse quieto(a)
gad7-item_5-option-0 = Nunca
gad7-item_5-option-1 = Varios días
gad7-item_5-option-2 = Más de la mitad de los días
gad7-item_5-option-3 = Casi todos los días
gad7-item_6-say =
    Durante las últimas 2 semanas, ¿con qué frecuencia ha sentido molestias por este problema? (6 de 7)

    Se ha molestado o irritado fácilmente
gad7-item_6-option-0 = Nunca
gad7-item_6-option-1 = Varios días
gad7-item_6-option-2 = Más de la mitad de los días
gad7-item_6-option-3 = Casi todos los días
gad7-item_7-say =
    Durante las últimas 2 semanas, ¿con qué frecuencia ha sentido molestias por este problema? (7 de 7)

    Ha tenido miedo de que algo terrible fuera a pasar
gad7-item_7-option-0 = Nunca
gad7-item_7-option-1 = Varios días
gad7-item_7-option-2 = Más de la mitad de los días
gad7-item_7-option-3 = Casi todos los días
who5-title = el cuestionario de bienestar WHO-5
who5-description = El WHO-5 tiene cinco afirmaciones sobre las últimas dos semanas. En cada una, di cuánto tiempo fue cierta para ti. Toca un botón o escribe un número del 0 (nunca) al 5 (todo el tiempo).
who5-intro-say = El WHO-5 tiene cinco afirmaciones sobre las últimas dos semanas. En cada una, di cuánto tiempo fue cierta para ti. Toca un botón o escribe un número del 0 (nunca) al 5 (todo el tiempo).
who5-done-say = Gracias por responder. Tus resultados se guardan con tus registros; /export te los da todos.
who5-item_1-say =
    Durante las últimas dos semanas... (1 de 5)

    Me he sentido alegre y de buen humor
who5-item_1-option-0 = Nunca
who5-item_1-option-1 = De vez en cuando
who5-item_1-option-2 = Menos de la mitad del tiempo
who5-item_1-option-3 = Más de la mitad del tiempo
who5-item_1-option-4 = La mayor parte del tiempo
who5-item_1-option-5 = Todo el tiempo
who5-item_2-say =
    Durante las últimas dos semanas... (2 de 5)

    Me he sentido tranquilo/a y relajado/a
who5-item_2-option-0 = Nunca
who5-item_2-option-1 = De vez en cuando
who5-item_2-option-2 = Menos de la mitad del tiempo
who5-item_2-option-3 = Más de la mitad del tiempo
who5-item_2-option-4 = La mayor parte del tiempo
who5-item_2-option-5 = Todo el tiempo
who5-item_3-say =
    Durante las últimas dos semanas... (3 de 5)

    Me he sentido activo/a y enérgico/a
who5-item_3-option-0 = Nunca
who5-item_3-option-1 = De vez en cuando
who5-item_3-option-2 = Menos de la mitad del tiempo
who5-item_3-option-3 = Más de la mitad del tiempo
who5-item_3-option-4 = La mayor parte del tiempo
who5-item_3-option-5 = Todo el tiempo
who5-item_4-say =
    Durante las últimas dos semanas... (4 de 5)

    Me he despertado fresco/a y descansado/a
who5-item_4-option-0 = Nunca
who5-item_4-option-1 = De vez en cuando
who5-item_4-option-2 = Menos de la mitad del tiempo
who5-item_4-option-3 = Más de la mitad del tiempo
who5-item_4-option-4 = La mayor parte del tiempo
who5-item_4-option-5 = Todo el tiempo
who5-item_5-say =
    Durante las últimas dos semanas... (5 de 5)

    Mi vida diaria ha estado llena de cosas que me interesan
who5-item_5-option-0 = Nunca
who5-item_5-option-1 = De vez en cuando
who5-item_5-option-2 = Menos de la mitad del tiempo
who5-item_5-option-3 = Más de la mitad del tiempo
who5-item_5-option-4 = La mayor parte del tiempo
who5-item_5-option-5 = Todo el tiempo
who5-offer_phq9-say = ¿Quieres responder ahora el PHQ-9? Hace unas preguntas más sobre cómo ha estado tu ánimo.
who5-offer_phq9-option-yes = Sí, hagámoslo
who5-offer_phq9-option-later = Ahora no

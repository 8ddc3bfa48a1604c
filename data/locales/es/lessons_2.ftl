# /learn: lecciones breves (2).
what_helps-title = la lección «Qué ayuda»
what_helps-description = Qué ayuda
what_helps-finished-say = Gracias por leer. En /learn están las demás lecciones, y en /menu todo lo demás.
what_helps-screen_1-say =
    Qué ayuda (1 de 5)

    Los sentimientos rara vez vuelven porque los forcemos. Lo que suele ayudar son pasos pequeños y constantes que hagan seguro su regreso. Mucha gente nota pequeños cambios a las pocas semanas de practicar con regularidad, y el avance suele ser desigual: las temporadas tranquilas son parte de él.
what_helps-screen_1-option-close = Listo
what_helps-screen_1-option-next = Siguiente
what_helps-screen_2-say =
    Qué ayuda (2 de 5)

    Empieza por el cuerpo. Los sentimientos suelen aparecer ahí primero, como tensión, calor o pesadez. Unos minutos de respiración, un recorrido por el cuerpo o una caminata, notando lo que percibes, tienden un puente de vuelta hacia ellos. En /ground hay ejercicios cortos.
what_helps-screen_2-option-back = Atrás
what_helps-screen_2-option-close = Listo
what_helps-screen_2-option-next = Siguiente
what_helps-screen_3-say =
    Qué ayuda (3 de 5)

    Pon las cosas en palabras. Nombrar incluso un sentimiento tenue («algo de tensión», «todo gris») y escribir unas líneas sobre qué pasó, qué sentiste y qué necesitabas ayuda a que los sentimientos tomen forma. /checkin y /journal están para eso.
what_helps-screen_3-option-back = Atrás
what_helps-screen_3-option-close = Listo
what_helps-screen_3-option-next = Siguiente
what_helps-screen_4-say =
    Qué ayuda (4 de 5)

    Primero actúa, y deja que los sentimientos vengan después. Hacer cosas pequeñas que antes valorabas, aunque nada se mueva por dentro, suele ir antes de que el sentimiento vuelva, no después. Comparte algo pequeño con alguien de confianza; mantén horarios regulares de sueño, comidas y rutinas. /plan y /steps sugieren pasos pequeños.
what_helps-screen_4-option-back = Atrás
what_helps-screen_4-option-close = Listo
what_helps-screen_4-option-next = Siguiente
what_helps-screen_5-say =
    Qué ayuda (5 de 5)

    La terapia ayuda a mucha gente, sobre todo cuando la insensibilidad dura. La TCC trabaja, paso a paso, los pensamientos y hábitos que te mantienen en retirada. La TDC da habilidades para los sentimientos intensos y para las relaciones. La terapia psicodinámica mira cómo se formaron los viejos patrones de protección. Después de un trauma, pueden ayudar las terapias centradas en el trauma. A menudo lo que más importa es el encaje con el terapeuta. /gethelp te ayuda a pensar por dónde empezar.
what_helps-screen_5-option-back = Atrás
what_helps-screen_5-option-close = Listo
when_to_get_help-title = la lección «Cuándo buscar ayuda»
when_to_get_help-description = Cuándo buscar ayuda
when_to_get_help-finished-say = Gracias por leer. En /learn están las demás lecciones, y en /menu todo lo demás.
when_to_get_help-screen_1-say =
    Cuándo buscar ayuda (1 de 4)

    Algo de insensibilidad pasa con descanso y tiempo. Vale la pena hablar con un médico o terapeuta cuando dura más de un par de semanas, o cuando se interpone en el trabajo, los estudios, las relaciones o en cómo te cuidas.
when_to_get_help-screen_1-option-close = Listo
when_to_get_help-screen_1-option-next = Siguiente
when_to_get_help-screen_2-say =
    Cuándo buscar ayuda (2 de 4)

    También vale la pena cuando hay detrás un trauma, una gran pérdida o un estrés prolongado; cuando viene con ánimo bajo, ansiedad fuerte o sensación de irrealidad; cuando intentar reconectar te causa un malestar real; o cuando empezaste o cambiaste un medicamento.
when_to_get_help-screen_2-option-back = Atrás
when_to_get_help-screen_2-option-close = Listo
when_to_get_help-screen_2-option-next = Siguiente
when_to_get_help-screen_3-say =
    Cuándo buscar ayuda (3 de 4)

    En muchos lugares, un médico de cabecera o de familia es un buen primer paso. No necesitas las palabras exactas: «Desde hace un tiempo no siento casi nada y me noto lejos de todo» es suficiente. /gethelp hace unas preguntas y sugiere por dónde empezar donde vives.
when_to_get_help-screen_3-option-back = Atrás
when_to_get_help-screen_3-option-close = Listo
when_to_get_help-screen_3-option-next = Siguiente
when_to_get_help-screen_4-say =
    Cuándo buscar ayuda (4 de 4)

    Si tienes pensamientos de quitarte la vida, o de no querer estar aquí, por favor no esperes: habla con alguien hoy. /sos muestra líneas de crisis a las que puedes llamar ahora mismo, y tu número de emergencias local está ahí si pudieras actuar según esos pensamientos.
when_to_get_help-screen_4-option-back = Atrás
when_to_get_help-screen_4-option-close = Listo

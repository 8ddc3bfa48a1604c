# /learn: lecciones breves (1).
why_feelings_go_quiet-title = la lección «Por qué se apagan los sentimientos»
why_feelings_go_quiet-description = Por qué se apagan los sentimientos
why_feelings_go_quiet-finished-say = Gracias por leer. En /learn están las demás lecciones, y en /menu todo lo demás.
why_feelings_go_quiet-screen_1-say =
    Por qué se apagan los sentimientos (1 de 4)

    Sentirse insensible, apagado o desconectado suele llamarse desapego o embotamiento emocional. Hay quien lo describe como ver la vida a través de un cristal: las cosas pasan, y sabes que importan, pero el sentimiento que debería acompañarlas no llega. Puede afectar tanto a la alegría como a la tristeza, y también puede hacer que la gente se sienta lejos.
why_feelings_go_quiet-screen_1-option-close = Listo
why_feelings_go_quiet-screen_1-option-next = Siguiente
why_feelings_go_quiet-screen_2-say =
    Por qué se apagan los sentimientos (2 de 4)

    El desapego normalmente no se elige, y no es un defecto. Muy a menudo es una protección. Cuando el estrés, el dolor o el miedo han sido demasiado durante demasiado tiempo, la mente puede bajar el volumen para que puedas seguir adelante. Eso puede ayudar un tiempo: permite atravesar épocas difíciles.
why_feelings_go_quiet-screen_2-option-back = Atrás
why_feelings_go_quiet-screen_2-option-close = Listo
why_feelings_go_quiet-screen_2-option-next = Siguiente
why_feelings_go_quiet-screen_3-say =
    Por qué se apagan los sentimientos (3 de 4)

    El problema es que el volumen baja para todo. El mismo regulador que suaviza el dolor también suaviza la calidez, el interés y la cercanía. Con el tiempo, eso puede hacer más difíciles las relaciones, las decisiones y los placeres cotidianos, y la propia insensibilidad puede resultar preocupante.
why_feelings_go_quiet-screen_3-option-back = Atrás
why_feelings_go_quiet-screen_3-option-close = Listo
why_feelings_go_quiet-screen_3-option-next = Siguiente
why_feelings_go_quiet-screen_4-say =
    Por qué se apagan los sentimientos (4 de 4)

    Algo de distancia puede ser sana, como un límite con alguien que te agota. Se vuelve un problema cuando no la eliges, cuando dura o cuando se interpone en la vida que quieres. Saber que es un patrón de protección puede hacerlo un poco menos aterrador: es algo que te pasó, y de lo que la gente sí logra salir poco a poco.
why_feelings_go_quiet-screen_4-option-back = Atrás
why_feelings_go_quiet-screen_4-option-close = Listo
numb_or_unreal-title = la lección «¿Insensible o irreal?»
numb_or_unreal-description = ¿Insensible o irreal?
numb_or_unreal-finished-say = Gracias por leer. En /learn están las demás lecciones, y en /menu todo lo demás.
numb_or_unreal-screen_1-say =
    ¿Insensible o irreal? (1 de 4)

    La insensibilidad emocional tiene que ver con los sentimientos: están apagados o cuesta llegar a ellos. Algunas personas tienen además otra experiencia que a menudo la acompaña: sentirse desconectadas de sí mismas o del mundo que las rodea.
numb_or_unreal-screen_1-option-close = Listo
numb_or_unreal-screen_1-option-next = Siguiente
numb_or_unreal-screen_2-say =
    ¿Insensible o irreal? (2 de 4)

    Sentirte irreal, como si te vieras desde fuera, o como si tu cuerpo o tus pensamientos no fueran del todo tuyos, se llama despersonalización. Sentir que el mundo es extraño, plano, brumoso o como un decorado de cine se llama desrealización. Ambas son formas de disociación, y suelen aparecer durante o después de un gran estrés o un trauma.
numb_or_unreal-screen_2-option-back = Atrás
numb_or_unreal-screen_2-option-close = Listo
numb_or_unreal-screen_2-option-next = Siguiente
numb_or_unreal-screen_3-say =
    ¿Insensible o irreal? (3 de 4)

    Quien tiene estas sensaciones suele saber que no son reales, y eso es parte de lo que las hace tan inquietantes. Puede ayudar saber que los episodios breves son comunes y que son una respuesta conocida de una mente bajo estrés, no una señal de perder el contacto con la realidad.
numb_or_unreal-screen_3-option-back = Atrás
numb_or_unreal-screen_3-option-close = Listo
numb_or_unreal-screen_3-option-next = Siguiente
numb_or_unreal-screen_4-say =
    ¿Insensible o irreal? (4 de 4)

    La insensibilidad y la sensación de irrealidad suelen aliviarse cuando se atiende el estrés, el ánimo bajo o la ansiedad que hay detrás. Si duran, vuelven una y otra vez o te asustan, cuéntaselo a un médico o terapeuta con tus propias palabras: son bien conocidas, y hay ayuda. Los ejercicios de anclaje de /ground pueden traerte de vuelta al aquí y ahora en el momento.
numb_or_unreal-screen_4-option-back = Atrás
numb_or_unreal-screen_4-option-close = Listo
what_can_cause_it-title = la lección «Qué puede causarlo»
what_can_cause_it-description = Qué puede causarlo
what_can_cause_it-finished-say = Gracias por leer. En /learn están las demás lecciones, y en /menu todo lo demás.
what_can_cause_it-screen_1-say =
    Qué puede causarlo (1 de 5)

    La insensibilidad rara vez tiene una sola causa, y a menudo se juntan varias. El estrés prolongado es una frecuente: meses de presión, preocupación, cuidar de alguien o un flujo constante de malas noticias pueden dejar la mente funcionando al mínimo.
what_can_cause_it-screen_1-option-close = Listo
what_can_cause_it-screen_1-option-next = Siguiente
what_can_cause_it-screen_2-say =
    Qué puede causarlo (2 de 5)

    El ánimo bajo y la depresión muy a menudo traen insensibilidad: perder el interés por cosas que antes disfrutabas, sentir vacío más que tristeza. La ansiedad también puede causarla, cuando estar en guardia mucho tiempo va desgastando los sentimientos.
what_can_cause_it-screen_2-option-back = Atrás
what_can_cause_it-screen_2-option-close = Listo
what_can_cause_it-screen_2-option-next = Siguiente
what_can_cause_it-screen_3-say =
    Qué puede causarlo (3 de 5)

    Después de un trauma, una pérdida o un abuso, cerrarse puede ser la forma que tiene la mente de sobrevivir. Algunas personas con TEPT se sienten aisladas de los demás. Crecer donde los sentimientos se ignoraban, se castigaban o no recibían respuesta también puede enseñar desde temprano a mantenerlos ocultos.
what_can_cause_it-screen_3-option-back = Atrás
what_can_cause_it-screen_3-option-close = Listo
what_can_cause_it-screen_3-option-next = Siguiente
what_can_cause_it-screen_4-say =
    Qué puede causarlo (4 de 5)

    Los medicamentos pueden influir. Algunas personas que toman antidepresivos como los ISRS notan que sus sentimientos se embotan, a veces más con dosis altas. Si te lo preguntas, habla con el médico que te lo recetó: puede revisar contigo la dosis o las opciones. Nunca dejes ni cambies un medicamento por tu cuenta; dejarlo de golpe puede hacerte sentir mucho peor.
what_can_cause_it-screen_4-option-back = Atrás
what_can_cause_it-screen_4-option-close = Listo
what_can_cause_it-screen_4-option-next = Siguiente
what_can_cause_it-screen_5-say =
    Qué puede causarlo (5 de 5)

    El alcohol o las drogas usados para sobrellevarlo, y las semanas después de dejarlos, también pueden apagar los sentimientos. Averiguar qué hay detrás de tu insensibilidad es algo en lo que un médico puede ayudar, y es importante, porque lo que ayuda depende de la causa. /gethelp puede ayudarte a pensar por dónde empezar.
what_can_cause_it-screen_5-option-back = Atrás
what_can_cause_it-screen_5-option-close = Listo

# /steps: tarjetas con una cosa pequeña para probar ahora.
steps-title = los pasos pequeños
steps-description = Tarjetas cortas con una cosa pequeña para probar ahora: confianza, límites, empatía y más.
steps-pick-say = ¿Qué tipo de paso pequeño te gustaría?
steps-pick-option-trust = Confianza
steps-pick-option-boundaries = Límites
steps-pick-option-empathy = Empatía
steps-pick-option-exposure = Exposición gradual
steps-pick-option-movement = Movimiento
steps-pick-option-creative = Expresión creativa
steps-pick-option-self_care = Autocuidado
steps-trust-say =
    La confianza crece con promesas pequeñas que se cumplen y con compartir cosas pequeñas y concretas, no con grandes confesiones. Empieza con una o dos personas que te den seguridad.

    Prueba ahora: envíale a una persona un mensaje con algo pequeño y verdadero: «Hoy fue un día algo gris para mí» o «Esa canción me hizo pensar en ti».
steps-boundaries-say =
    Los límites hacen más segura la cercanía: cuando sabes que puedes dar un paso atrás, es más fácil dar un paso adelante. No necesitan una larga explicación; basta con una frase corta y amable.

    Prueba ahora: piensa en una situación de esta semana que te agote. Escribe una frase que podrías decir, como «Puedo hablar diez minutos y luego tengo que irme».
steps-empathy-say =
    La empatía tiende un puente entre tú y los demás. Escuchar bien es una habilidad que se puede practicar, incluso los días en que los sentimientos están apagados.

    Prueba ahora: recuerda la última vez que alguien te contó sobre su día. ¿Cómo pudo sentirse desde su lado? Si puedes, hazle una pregunta abierta sobre eso.
steps-exposure-say =
    Los sentimientos y la cercanía pueden volver en dosis pequeñas y seguras. Los pequeños logros le enseñan al cuerpo que conectar es seguro.

    Prueba ahora: nombra en voz alta un sentimiento («siento algo de tensión»), respira despacio tres veces y nota cómo es haberlo dicho, sea como sea. Mañana, si te parece bien, prueba a compartirlo con alguien.
steps-movement-say =
    El movimiento suave y rítmico devuelve la atención al cuerpo, donde los sentimientos suelen aparecer primero.

    Prueba ahora: ponte de pie, gira los hombros despacio cinco veces y estira los brazos hacia arriba. O camina cinco minutos y nota tus pies y tu respiración.
steps-creative-say =
    Los colores, la música y el movimiento pueden llevar sentimientos que aún no tienen palabras. No tiene que quedar bien; solo tiene que ser tuyo.

    Prueba ahora: tómate dos minutos y dibuja el ánimo de hoy con formas y colores, o elige tres canciones que suenen como te sientes.
steps-self_care-say =
    El sueño, la comida, el agua y el descanso estabilizan el sistema nervioso, y así es más fácil sentir sin desconectarse.

    Prueba ahora: bebe un vaso de agua y elige una cosa pequeña que haga más fácil esta noche, como una hora fija para dejar el teléfono.
steps-trying-say = Suerte con ello. Salga como salga, intentarlo cuenta. En /steps hay más tarjetas cuando quieras.
steps-remind_set-say = Te lo recordaré mañana, con tu aviso diario de registro.
steps-no_daily_time-say = Solo puedo recordártelo con el aviso diario de registro, y no tienes uno configurado. /settings → Hora del recordatorio lo configura; o anota el paso en algún sitio donde lo veas mañana. /steps lo tiene cuando lo quieras de nuevo.
steps-no_reminders_here-say = Aquí en la terminal no puedo enviar recordatorios, así que anota el paso en algún sitio donde lo veas mañana. /steps lo tiene cuando lo quieras de nuevo.
steps-boundaries-option-try = Lo voy a probar
steps-boundaries-option-remind = Recuérdamelo mañana
steps-boundaries-option-another = Otra tarjeta
steps-creative-option-try = Lo voy a probar
steps-creative-option-remind = Recuérdamelo mañana
steps-creative-option-another = Otra tarjeta
steps-empathy-option-try = Lo voy a probar
steps-empathy-option-remind = Recuérdamelo mañana
steps-empathy-option-another = Otra tarjeta
steps-exposure-option-try = Lo voy a probar
steps-exposure-option-remind = Recuérdamelo mañana
steps-exposure-option-another = Otra tarjeta
steps-movement-option-try = Lo voy a probar
steps-movement-option-remind = Recuérdamelo mañana
steps-movement-option-another = Otra tarjeta
steps-self_care-option-try = Lo voy a probar
steps-self_care-option-remind = Recuérdamelo mañana
steps-self_care-option-another = Otra tarjeta
steps-trust-option-try = Lo voy a probar
steps-trust-option-remind = Recuérdamelo mañana
steps-trust-option-another = Otra tarjeta

# /start: la presentación y la configuración inicial.
start-title = la presentación
start-description = Quién soy, qué guardo y la configuración inicial.
start-intro-say-1 = Hola, soy Reconnect, para los días en que los sentimientos parecen apagados o lejanos y cuesta llegar a la gente. Te propongo pasos pequeños: un registro de un minuto, anclaje, ideas para escribir y un plan suave para la semana.
start-intro-say-2 = No soy terapeuta ni un servicio de emergencias. Si estás en peligro o piensas en quitarte la vida, envía /sos cuando sea: verás a quién contactar de inmediato.
start-intro-say-3 =
    Guardo tus respuestas de los registros, tu configuración y lo que decidas escribir, que va cifrado. Los chats con bots de Telegram no tienen cifrado de extremo a extremo. /export y /delete funcionan cuando quieras.

    ¿Te parece bien que te pregunte cómo te sientes y guarde tus respuestas?
start-intro-option-yes = Sí, me parece bien
start-intro-option-no = No, gracias
start-intro-option-more = Primero cuéntame más
start-more-say-1 = Un poco más de detalle. Guardo: las puntuaciones y palabras de tus registros, las notas y entradas de diario que escribas (cifradas), tu configuración (país, zona horaria, hora del recordatorio, franja de edad) y el momento en que mi revisión de seguridad notó algo preocupante, nunca las palabras en sí. Uso todo esto solo para hablar contigo: sin anuncios, sin vender nada, sin nadie leyendo. No se comparte nada con nadie. Telegram transporta nuestro chat como cualquier otro, y queda en tu historial hasta que lo borres.
start-more-say-2 = Con esto en mente, ¿te parece bien que te pregunte cómo te sientes y guarde tus respuestas?
start-more-option-yes = Sí, me parece bien
start-more-option-no = No, gracias
start-agreed-say = Gracias. Unas preguntas rápidas para configurarlo todo; puedes cambiar cualquier cosa después en /settings.
start-refused-say = Está totalmente bien, y gracias por decírmelo. No te preguntaré por tus sentimientos ni guardaré nada más. Lo que sí puedo hacer: /sos muestra líneas de crisis y números de emergencia en cualquier momento, y /help explica qué soy. Si cambias de idea, solo envía /start.
start-ready-say = Eso es todo. ¿Quieres probar un primer registro? Lleva más o menos un minuto.
start-ready-option-yes = Sí, hagamos el registro
start-ready-option-show_me_everything = Muéstrame todo
start-ready-option-later = Ahora no
start-later-say = Claro. Aquí estoy cuando me necesites: /menu muestra todo y /checkin empieza un registro.
start-returning-say = Qué bueno verte de nuevo. ¿Qué te gustaría hacer?
start-returning-option-again = Leer otra vez cómo funcionas
start-returning-option-change_my_settings = Cambiar mi configuración
start-returning-option-open_the_menu = Abrir el menú
start-which_language-say = ¡Hola! Todavía no hablo { $app_language }. ¿Cuál de estos idiomas quieres que use contigo?

# Telegram: comandos del menú y mensajes del canal.
data-telegram-answered =
    { $question }

    › { $answer }
data-telegram-commands-cancel = Detener lo que estamos haciendo
data-telegram-commands-checkin = Un registro de un minuto
data-telegram-commands-help = Qué puedo hacer y cómo
data-telegram-commands-menu = Todo lo que podemos hacer juntos
data-telegram-commands-resume = Volver a algo que dejamos en pausa
data-telegram-commands-sos = Líneas de crisis, ahora mismo
data-telegram-private_only = ¡Hola! Soy Reconnect y solo hablo uno a uno, en un chat privado, para que lo que cada persona comparte quede entre nosotros. Escríbeme directamente, por favor. Ahora salgo de este grupo.

# Telegram: описания команд в меню и сообщения канала.
data-telegram-answered =
    { $question }

    › { $answer }
data-telegram-commands-cancel = Остановить то, чем мы заняты
data-telegram-commands-checkin = Отметка за минуту
data-telegram-commands-help = Что я умею и как
data-telegram-commands-menu = Всё, что мы можем сделать вместе
data-telegram-commands-resume = Вернуться к тому, что отложили
data-telegram-commands-sos = Телефоны доверия прямо сейчас
data-telegram-private_only = Привет! Я Reconnect. Я разговариваю только один на один, в личном чате, чтобы всё, чем делятся, оставалось между нами. Пожалуйста, напиши мне в личные сообщения. А из этой группы я сейчас выйду.

# Вопрос о времени напоминания.
reminder-title = вопрос о времени напоминания
reminder-ask_time-say = Хочешь, я буду каждый день мягко напоминать об отметке? Нажми на время или напиши своё, например 8:30 или 19:00. Время считается по твоему часовому поясу.
reminder-which_time-say = В какое время тебе удобно? Нажми на время или напиши, например 8:30 или 19:00.
reminder-which_time-skip = Без напоминаний
reminder-which_time-suggest-1 = 08:00
reminder-which_time-suggest-2 = 12:30
reminder-which_time-suggest-3 = 18:00
reminder-which_time-suggest-4 = 21:00
reminder-ask_time-skip = Без напоминаний
reminder-ask_time-suggest-1 = 08:00
reminder-ask_time-suggest-2 = 12:30
reminder-ask_time-suggest-3 = 18:00
reminder-ask_time-suggest-4 = 21:00
reminder-no_reminders-say = Хорошо, без напоминаний. Отметиться можно в любой момент: /checkin.
reminder-set-say = Готово: буду заглядывать к тебе каждый день в { $prompt_time }. Изменить можно в /settings.
reminder-terminal-say = Важно: здесь, в терминале, я не могу присылать напоминания — я работаю, только пока ты меня не закроешь. Ежедневные напоминания приходят, когда я работаю в Telegram. Здесь просто пиши /checkin, когда захочешь.
reminder-unclear-say = Не получилось понять это как время суток. Подойдёт, например, 8:30 или 19:00.

# План безопасности (кризисный путь).
safetyplan-title = план безопасности
safetyplan-description = Составить, прочитать или изменить свой план безопасности на тяжёлые минуты.
safetyplan-intro-say-1 = План безопасности — это короткий список, который ты пишешь сейчас, пока спокойнее, на ту минуту, когда станет тяжело. В нём семь частей: от ранних тревожных признаков до того, что для тебя важнее всего. В тяжёлый момент идёшь по ним по порядку: если одно не помогает, переходишь к следующему. Пиши столько, сколько хочется; любую часть можно пропустить и потом изменить. Если у тебя есть психотерапевт или врач, хорошо пройтись по плану и вместе с ним.
safetyplan-intro-say-2 = Начнём?
safetyplan-intro-option-start = Да, начнём
safetyplan-intro-option-later = Не сейчас
safetyplan-later-say = Хорошо. Когда захочешь его составить, /safetyplan всегда под рукой.
safetyplan-warning_signs-say = 1 из 7. Тревожные признаки: что подсказывает тебе, что приближается тяжёлый момент? Мысли, чувства, ситуации или то, что ты начинаешь делать (например, «перестаю отвечать на сообщения», «не могу уснуть»).
safetyplan-warning_signs-skip = Пропустить эту часть
safetyplan-coping_alone-say = 2 из 7. Что можно сделать своими силами, чтобы продержаться какое-то время: что-то успокаивающее, что-то руками, прогулка, музыка, душ, медленное дыхание.
safetyplan-coping_alone-skip = Пропустить эту часть
safetyplan-distractions-say = 3 из 7. Люди и места, которые помогают отвлечься: друг, с которым можно поболтать о чём угодно, кафе, парк, библиотека, любое место, где вокруг люди.
safetyplan-distractions-skip = Пропустить эту часть
safetyplan-people_to_ask-say = 4 из 7. Люди, которых можно попросить о помощи, и как с ними связаться: имена и номера тех, кому ты доверяешь настолько, чтобы сказать «мне плохо».
safetyplan-people_to_ask-skip = Пропустить эту часть
safetyplan-professionals-say =
    5 из 7. Специалисты и службы. Я уже вписал телефоны доверия для места, где ты находишься:
    
    { $plan_lines }
    
    Добавь своего врача, психотерапевта или знакомую службу, если они есть.
safetyplan-professionals-skip = Только эти телефоны
safetyplan-safer_surroundings-say = 6 из 7. Как сделать обстановку безопаснее. Что в тяжёлое время можно убрать подальше или отдать на хранение тому, кому доверяешь? Чаще всего это лекарства, оружие и острые предметы. Кто мог бы помочь с этим?
safetyplan-safer_surroundings-skip = Пропустить эту часть
safetyplan-reasons-say = 7 из 7. Что для тебя важно: люди, животные, планы, места — всё, ради чего стоит жить, каким бы мелким это ни казалось сегодня.
safetyplan-reasons-skip = Пропустить эту часть
safetyplan-saved-say = План сохранён. /safetyplan покажет его в любой момент, а /sos в тяжёлую минуту покажет его первым.
safetyplan-likely-say = Как думаешь, насколько вероятно, что ты им воспользуешься, когда станет тяжело?
safetyplan-likely-option-very = Очень вероятно
safetyplan-likely-option-somewhat = Скорее да
safetyplan-likely-option-not_very = Не очень
safetyplan-in_the_way-say = Честный ответ, и это важно знать. Что может помешать им воспользоваться?
safetyplan-in_the_way-skip = Не знаю
safetyplan-easier-say = Спасибо. Обращаться к нему проще, если кое-что немного изменить: держать его на виду, сделать короче или сказать кому-то из списка, что он есть. В /safetyplan можно изменить любую часть, когда захочешь.
safetyplan-share-say = Если у тебя есть психотерапевт или врач, пройдись по плану и вместе с ним. Ещё может помочь поделиться планом с тем, кому ты доверяешь. Прислать копию?
safetyplan-share-option-file = Файлом
safetyplan-share-option-message = Сообщением, чтобы переслать
safetyplan-share-option-no = Нет, спасибо
safetyplan-review_offer-say = Возвращайся к нему время от времени и после тяжёлого периода, чтобы увидеть, что помогло, а что нет. Напомнить тебе заглянуть в него?
safetyplan-review_offer-option-week = Через неделю
safetyplan-review_offer-option-month = Через месяц
safetyplan-review_offer-option-no = Нет, спасибо
safetyplan-review_here-say = Возвращайся к нему время от времени и после тяжёлого периода, чтобы увидеть, что помогло, а что нет. Напомнить может заметка в календаре.
safetyplan-reminded_week-say = Напомню через неделю, вместе с ежедневным напоминанием об отметке.
safetyplan-reminded_month-say = Напомню через месяц, вместе с ежедневным напоминанием об отметке.
safetyplan-remind_no_daily_time-say = Напомнить я могу только вместе с ежедневным напоминанием об отметке, а оно не настроено. Включить его можно так: /settings → Время напоминания. Или поставь заметку в календаре.
safetyplan-existing-say = Что хочешь с ним сделать?
safetyplan-existing-option-again = Пройти всё заново
safetyplan-existing-option-change = Изменить одну часть
safetyplan-existing-option-copy = Прислать копию
safetyplan-existing-option-done = Пока всё
safetyplan-pick-say = Какую часть хочешь изменить?
safetyplan-pick-option-warning_signs = 1. Тревожные признаки
safetyplan-pick-option-coping_alone = 2. Своими силами
safetyplan-pick-option-distractions = 3. Люди и места
safetyplan-pick-option-people_to_ask = 4. Кого попросить
safetyplan-pick-option-professionals = 5. Специалисты
safetyplan-pick-option-safer_surroundings = 6. Безопасная обстановка
safetyplan-pick-option-reasons = 7. Что важно
safetyplan-copy-say = Как тебе удобнее?
safetyplan-copy-option-file = Файлом
safetyplan-copy-option-message = Сообщением, чтобы переслать
safetyplan-copy-option-no = Нет, спасибо
safetyplan-done-say = Хорошо. План всегда под рукой: /safetyplan, а в тяжёлую минуту — /sos.

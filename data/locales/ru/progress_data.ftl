# Прогресс (data-progress-…).
data-progress-chart_title = Последние 30 дней
data-progress-chart_presence = Ощутимость чувств
data-progress-chart_connection = Связь с людьми
data-progress-chart_score = 0 = почти нет · 10 = полностью
data-progress-chart_words = Выбранные слова
data-progress-averaged = Если в день было несколько отметок, на графике показано среднее за этот день.
data-progress-measures_chart_title = Твои опросники: как менялись результаты
data-progress-measures_today = предыдущего результата в тот же день
data-progress-measures_first = { $name }: { $total } из { $highest }, { $date } ({ $band }). Ответь ещё раз примерно через две недели, чтобы увидеть, как меняется результат.
data-progress-measures_latest =
    { $name }: { $total } из { $highest }, { $date } ({ $band }), всего { $count } { $count ->
        [one] раз
        [few] раза
       *[many] раз
    }.
data-progress-measures_down =
    Результат по { $name } снизился на { $points } { $points ->
        [one] балл
        [few] балла
       *[many] баллов
    } с { $since }. Значимым считается изменение от { $meaningful } и больше; если результат останется низким, /gethelp поможет понять, куда обратиться.
data-progress-measures_up =
    Результат по { $name } вырос на { $points } { $points ->
        [one] балл
        [few] балла
       *[many] баллов
    } с { $since }. Значимым считается изменение от { $meaningful } и больше: что-то сдвинулось к лучшему.
data-progress-measures_small_change =
    Результат по { $name } изменился на { $points } { $points ->
        [one] балл
        [few] балла
       *[many] баллов
    } с { $since } — это меньше порога в { $meaningful }, с которого изменение считается настоящим.
data-progress-measures_footer = Это не диагноз. Опросник может лишь подсказать, что стоит поговорить с врачом или психотерапевтом.
data-progress-none_yet = Показывать пока нечего: прогресс складывается из отметок. Отправляй /checkin, когда будет минутка, и через пару дней я смогу нарисовать график.
data-progress-only_one = Пока есть одна отметка: чувства на { $presence } из 10, связь с людьми на { $connection }. Ещё один день — и я смогу показать, как всё меняется. /checkin
data-progress-one_day = Пока отметок { $count }, все за один день; последняя: чувства на { $presence } из 10, связь с людьми на { $connection }. Ещё один день — и я смогу показать, как всё меняется. /checkin
data-progress-summary =
    За последние { $total } { $total ->
        [one] день
        [few] дня
       *[many] дней
    } у тебя { $count } { $count ->
        [one] отметка
        [few] отметки
       *[many] отметок
    }, дней с отметками: { $days }. Это уже немало. Ощутимость чувств: { $presence_trend } (в последнее время около { $presence_now } из 10). Связь с людьми: { $connection_trend } (в последнее время около { $connection_now }).
data-progress-top_words = Слова, которые ты выбираешь чаще всего: { $words }.
data-progress-trend_up = растёт
data-progress-trend_steady = держится довольно ровно
data-progress-trend_down = в последнее время чуть ниже — так бывает, и это не приговор тебе

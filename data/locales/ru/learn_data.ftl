# Кнопки и заголовки уроков (data-learn-…).
data-learn-next = Дальше
data-learn-back = Назад
data-learn-done = Готово
data-learn-heading = { $title } ({ $number } из { $count })
data-learn-finished = Вот и весь урок, спасибо. В /learn есть и другие уроки, а в /menu — всё остальное.
data-learn-learn_title = короткие уроки
data-learn-learn_description = Короткие уроки об онемении и отстранённости: что это, почему так бывает и что помогает.
data-learn-learn_choose = Короткие уроки об онемении и отстранённости, по несколько экранов. Читай в своём темпе: «Дальше», «Назад» или «Готово», когда захочешь. Какой выберешь?
data-learn-learn_not_now = Не сейчас
data-learn-learn_bye = Хорошо. /learn вернёт их, когда захочешь.
data-learn-lesson_title = урок «{ $title }»

# /learn: короткие уроки.
learn-title = короткие уроки
learn-description = Короткие уроки об онемении и отстранённости: что это, почему так бывает и что помогает.
learn-choose-say = Короткие уроки об онемении и отстранённости, по несколько экранов. Читай в своём темпе: «Дальше», «Назад» или «Готово», когда захочешь. Какой выберешь?
learn-choose-option-why_feelings_go_quiet = Почему чувства затихают
learn-choose-option-numb_or_unreal = Онемение или нереальность?
learn-choose-option-what_can_cause_it = Отчего это бывает
learn-choose-option-what_helps = Что помогает
learn-choose-option-when_to_get_help = Когда нужна помощь
learn-choose-option-later = Не сейчас
learn-bye-say = Хорошо. /learn вернёт их, когда захочешь.

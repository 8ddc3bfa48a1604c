# /journal: дневник. Без прошедшего времени о человеке («какие были чувства», а не
# «что ты чувствовал»).
journal-title = дневник
journal-description = Написать что-то по мягкой подсказке или перечитать прошлые записи.
journal-write_or_read-say = Хочешь написать что-то новое или перечитать одну из прошлых записей?
journal-write_or_read-option-write = Написать новое
journal-write_or_read-option-read = Прочитать прошлые записи
journal-pick_entry-say =
    У тебя { $entry_count } { $entry_count ->
        [one] запись
        [few] записи
       *[many] записей
    }; самые новые ниже. Нажми на нужную или пришли её номер.
journal-show_entry-say = Что-нибудь ещё?
journal-show_entry-option-another = Прочитать другую
journal-show_entry-option-write = Написать новое
journal-show_entry-option-done = Пока всё
journal-pick_template-say = Когда пишешь, то, что чувствуется, превращается в слова, и это легче разглядеть. Всё, что ты здесь пишешь, шифруется, и перечитать это можешь только ты. Какая запись подойдёт тебе сейчас?
journal-pick_template-option-three_questions = Что произошло, какие были чувства, что было нужно
journal-pick_template-option-expressive = Десять минут о чём-то тяжёлом
journal-pick_template-option-feeling_in_body = Назвать чувство и найти его в теле
journal-happened-say = Что произошло? Выбери один момент из сегодняшнего дня, пусть даже совсем небольшой, и опиши его просто, как было.
journal-felt-say = Что чувствовалось тогда или чувствуется сейчас? Если трудно подобрать слово, опиши, как это в теле: тяжело, сжато, пусто, тепло.
journal-felt-skip = Не знаю
journal-needed-say = Что было нужно в тот момент? Отдых, чтобы кто-то был рядом, личное пространство, чтобы тебя выслушали, что-то ещё?
journal-needed-skip = Не знаю
journal-expressive_intro-say = Выдели минут десять. Напиши о чём-то трудном и позволь себе выйти за рамки фактов: каково это было, что это значило, как это отзывается в тебе сейчас. Лучше не начинать с самого тяжёлого воспоминания: начни с того, что тебе по силам. Об орфографии и порядке не беспокойся. Если станет слишком тяжело, остановись, осмотрись вокруг и вернись к этому в другой день — это тоже нормально.
journal-expressive_intro-option-ready = Давай начнём
journal-expressive_intro-option-later = Не сейчас
journal-expressive-say = Пиши, когда захочется. Можно отправить всё одним длинным сообщением.
journal-expressive_thanks-say = Сохранил. Спасибо за эту запись.
journal-saved_then_asked-say = Сохранил. Спасибо за эту запись.
journal-expressive_heard-say = Сохранил. Похоже, это тяжело, и я рад, что это теперь записано. Если станет хуже, /sos покажет телефоны доверия.
journal-body_place-say = Где в теле ты замечаешь «{ $feeling }», если вообще замечаешь?
journal-body_place-option-chest = Грудь
journal-body_place-option-stomach = Живот
journal-body_place-option-throat = Горло
journal-body_place-option-shoulders_or_neck = Плечи или шея
journal-body_place-option-head_or_face = Голова или лицо
journal-body_place-option-arms_or_hands = Руки или ладони
journal-body_place-option-nowhere_I_can_find = Нигде не нахожу
journal-body_note-say = Хочешь добавить что-то ещё? Какое оно, когда появилось, о чём, может быть, говорит.
journal-body_note-skip = Этого достаточно
journal-thanks-say = Сохранил. Спасибо за эту запись. В /journal её можно перечитать, когда захочешь.
journal-heard-say = Сохранил. Похоже, это тяжело, и я рад, что это теперь записано. Если станет хуже, /sos покажет телефоны доверия.
journal-bye-say = Хорошо. /journal здесь, когда захочешь.

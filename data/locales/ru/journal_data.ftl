# Записи дневника (data-journal-…).
data-journal-entry_header = { $label }
data-journal-entry_label = { $number } · { $date } · { $template }
data-journal-entry_part =
    { $title }
    { $text }
data-journal-none_yet = Записей пока нет.
data-journal-not_found =
    Не нашёл такую запись. У тебя { $count } { $count ->
        [one] запись
        [few] записи
       *[many] записей
    }: нажми на нужную или пришли её номер.
data-journal-part_body_place = Где это в теле
data-journal-part_feeling = Чувство
data-journal-part_felt = Какие были чувства
data-journal-part_happened = Что произошло
data-journal-part_needed = Что было нужно
data-journal-part_note = Подробнее
data-journal-part_writing = Моя запись
data-journal-template_expressive = Запись о чём-то тяжёлом
data-journal-template_feeling_in_body = Чувство и где оно в теле
data-journal-template_three_questions = Что произошло, какие были чувства, что было нужно

# Короткий ответ на вопрос, написанный в меню.
asked-title = короткий ответ
asked-description = Короткий ответ на вопрос, написанный в меню, короткий урок, если нужно больше, и что дальше.
asked-answer_and_lesson-say = { $answer }
asked-answer_and_lesson-option-more = Расскажи подробнее
asked-answer_and_lesson-option-check_in_with_how_i_feel = Отметить, как я себя чувствую
asked-answer_and_lesson-option-should_i_get_more_help = Нужна ли мне помощь специалиста?
asked-answer_and_lesson-option-everything_else = Всё остальное
asked-answer_only-say = { $answer }
asked-answer_only-option-check_in_with_how_i_feel = Отметить, как я себя чувствую
asked-answer_only-option-should_i_get_more_help = Нужна ли мне помощь специалиста?
asked-answer_only-option-everything_else = Всё остальное

# Ежедневное приглашение к отметке.
prompt-title = ежедневное напоминание
prompt-description = Ежедневное напоминание об отметке — в то время, которое выбрал человек.
prompt-daily-say = Привет, время отметки. Найдётся минутка прислушаться к себе: как ты сегодня?
prompt-daily-option-check_in_now = Отметиться сейчас
prompt-daily-option-not_today = Не сегодня
prompt-daily-option-pause = Приостановить напоминания
prompt-measure-say = Привет, время отметки. А ещё, как договаривались, пора для WHO-5: пять коротких вопросов о последних двух неделях. Ответишь сегодня?
prompt-measure-option-answer_the_who_5 = Ответить на WHO-5
prompt-measure-option-just_check_in = Просто отметиться
prompt-measure-option-not_today = Не сегодня
prompt-measure-option-pause = Приостановить напоминания
prompt-nudge-say = Последняя отметка была несколько дней назад. Никакого давления и ничего не нужно навёрстывать: я просто рядом, если захочется минутку для себя.
prompt-nudge-option-check_in_now = Отметиться сейчас
prompt-nudge-option-not_today = Не сегодня
prompt-nudge-option-pause = Приостановить напоминания
prompt-not_today-say = Хорошо. Завтра я снова буду здесь.
prompt-pause-say = Напоминания приостановлены. /settings снова включит их, когда захочешь.

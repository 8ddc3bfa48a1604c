# Ежедневное приглашение к отметке.
prompt-title = ежедневное напоминание
prompt-description = Ежедневное приглашение к отметке, в выбранное человеком время.
prompt-daily-say = Привет, время отметки. Найдётся минутка, чтобы заметить, как ты сегодня?
prompt-daily-option-check_in_now = Отметиться сейчас
prompt-daily-option-not_today = Не сегодня
prompt-daily-option-pause = Приостановить напоминания
prompt-measure-say = Привет, время отметки. А ещё пора для WHO-5, который ты просишь предлагать: пять коротких вопросов о последних двух неделях. Ответишь сегодня?
prompt-measure-option-answer_the_who_5 = Ответить на WHO-5
prompt-measure-option-just_check_in = Просто отметиться
prompt-measure-option-not_today = Не сегодня
prompt-measure-option-pause = Приостановить напоминания
prompt-nudge-say = Мы не отмечались уже несколько дней. Никакого давления и ничего не нужно наверстывать: я просто здесь, когда захочешь минутку для себя.
prompt-nudge-option-check_in_now = Отметиться сейчас
prompt-nudge-option-not_today = Не сегодня
prompt-nudge-option-pause = Приостановить напоминания
prompt-not_today-say = Хорошо. Я буду здесь завтра.
prompt-pause-say = Напоминания приостановлены. /settings снова включит их, когда захочешь.

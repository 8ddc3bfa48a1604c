# Как ты после записи о тяжёлом.
after_writing-title = вопрос о том, как ты после записи
after_writing-description = Как человек себя чувствует после записи о чём-то тяжёлом, с предложением заземления.
after_writing-how_now-say = Когда пишешь о тяжёлом, многое может всколыхнуться. Как ты сейчас?
after_writing-how_now-option-okay = Нормально
after_writing-how_now-option-stirred = Всё всколыхнулось
after_writing-how_now-option-far = Отстранённость или онемение
after_writing-how_now-option-more = Дописать
after_writing-more-say = Продолжай. Всё, что пришлёшь, сохранится вместе с сегодняшней записью.
after_writing-more_saved-say = Сохранил. Спасибо за эту запись.
after_writing-saved_then_asked-say = Сохранил. Спасибо за эту запись.
after_writing-okay-say = Я рад. В /journal можно перечитать запись, когда захочешь.
after_writing-stirred-say = После записи о тяжёлом это понятно. Может помочь вернуться в «здесь и сейчас»: короткое упражнение с открытыми глазами — через то, что ты видишь, слышишь и можешь потрогать.
after_writing-stirred-option-ground = Да, давай заземлимся
after_writing-stirred-option-later = Не сейчас
after_writing-not_now-say = Хорошо. Будь бережнее к себе до конца дня. /ground здесь, если захочешь, а /sos — если тебе небезопасно.

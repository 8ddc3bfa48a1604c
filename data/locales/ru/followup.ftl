# Проверка на следующий день после тяжёлого момента (по просьбе человека).
followup-title = проверка, как ты
followup-description = Проверка, о которой человек попросил после тяжёлого момента: на следующий день, в удобное ему время.
followup-hello-say-1 = Привет. Вчера мы договорились, что сегодня я спрошу, как ты, вот и пишу. Вот ещё раз телефоны доверия, на всякий случай:
followup-hello-say-2 = Как ты сегодня?
followup-hello-option-better = Немного лучше
followup-hello-option-same = Примерно так же
followup-hello-option-worse = Хуже
followup-hello-option-not_safe = Я не в безопасности
followup-better-say = Очень рад это слышать. Может, сегодня поможет что-то небольшое?
followup-better-option-ground = Упражнение на заземление
followup-better-option-plan = Мой план безопасности
followup-better-option-later = Не сейчас
followup-same-say = Спасибо, что рассказываешь, как есть. Может, сегодня поможет что-то небольшое?
followup-same-option-ground = Упражнение на заземление
followup-same-option-plan = Мой план безопасности
followup-same-option-later = Не сейчас
followup-close-say = Спасибо, что разрешаешь мне узнавать, как ты. Я здесь, когда захочешь поговорить, а /sos в любой момент снова покажет телефоны доверия.

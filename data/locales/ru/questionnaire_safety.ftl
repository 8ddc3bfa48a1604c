# Прямой вопрос, когда ответ в опроснике говорит о смерти или самоповреждении (PHQ-9, вопрос 9).
questionnaire_safety-title = вопрос о том, как ты
questionnaire_safety-description = Прямой вопрос, когда ответ в опроснике касается смерти или самоповреждения (PHQ-9, вопрос 9): задаётся до любого результата, с короткими уточнениями в духе NIMH ASQ.
questionnaire_safety-ask_directly-say = Спасибо за честный ответ. Прежде всего хочу спросить прямо, потому что это важно: у тебя есть мысли о самоубийстве или о том, чтобы уйти из жизни?
questionnaire_safety-ask_directly-option-yes = Да
questionnaire_safety-ask_directly-option-no = Нет
questionnaire_safety-ask_directly-option-unsure = Не хочу отвечать
questionnaire_safety-ask_directly-option-danger = Кто-то причиняет мне боль или пугает меня
questionnaire_safety-acting-say = Спасибо, что делишься. Ты думаешь о том, чтобы действительно это сделать? Есть ли у тебя план? Была ли недавно попытка навредить себе?
questionnaire_safety-acting-option-yes = Да
questionnaire_safety-acting-option-thoughts = Нет, это только мысли
questionnaire_safety-acting-option-unsure = Не знаю
questionnaire_safety-thoughts-say = Мысли о том, чтобы уйти из жизни, — повод обратиться за помощью сегодня же, даже если сейчас ты в безопасности. Пожалуйста, запишись на сегодня к терапевту или другому врачу или позвони по одному из этих телефонов доверия и расскажи об этих мыслях:
questionnaire_safety-unsure-say = Хорошо. Объяснять ничего не нужно. Вот люди, с которыми можно поговорить:
questionnaire_safety-not_now-say = Спасибо за ответ. Если это когда-нибудь изменится, /sos покажет телефоны доверия и номер экстренной службы там, где ты находишься. Дальше — результат опросника.
questionnaire_safety-plan-say = Твой план безопасности — в /safetyplan: там под рукой то, что тебе помогает. Дальше — результат опросника.
questionnaire_safety-close-say = /sos снова покажет эти номера, когда понадобится. Дальше — результат опросника.

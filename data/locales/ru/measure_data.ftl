# Опросники (data-measure-…).
data-measure-measure_title = опросники
data-measure-measure_description = Короткие опросники, которыми пользуются врачи: о настроении, тревоге и самочувствии.
data-measure-measure_choose = Это короткие опросники, которыми пользуются врачи и исследователи. Если отвечать на них время от времени, видно, как всё меняется. Какой выберешь?
data-measure-measure_repeat = Предлагать WHO-5 раз в несколько недель
data-measure-measure_not_now = Не сейчас
data-measure-measure_bye = Хорошо. /measure вернёт их, когда захочешь.
data-measure-questionnaire_title = { $title }
data-measure-offer = Хочешь сейчас ответить на { $name }? Там ещё несколько вопросов о том, каким было твоё настроение.
data-measure-offer_yes = Да, давай
data-measure-offer_no = Не сейчас
data-measure-result =
    Твой результат по { $name }: { $total } из { $highest }. { $meaning }

    { $not_a_diagnosis }
data-measure-short_result =
    Твой результат по { $name }: { $total } из { $highest }. { $meaning }

    { $not_a_diagnosis }
data-measure-not_a_diagnosis = Это не диагноз. Опросник может лишь подсказать, что стоит поговорить с врачом или психотерапевтом.
data-measure-safety_after = Твой ответ о мыслях причинить себе вред очень важен: пожалуйста, расскажи об этом врачу или психотерапевту, даже если сейчас ты в безопасности. /sos в любой момент покажет, с кем можно поговорить, а в /safetyplan всегда под рукой твой план безопасности.
data-measure-done = Спасибо за ответы. Результаты хранятся вместе с твоими отметками; /export пришлёт их все.

# Mais palavras de dados: diário, ativação, lições, plano da semana, gratidão, questionários, progresso.
data-journal-entry_header = { $label }
data-journal-entry_label = { $number } · { $date } · { $template }
data-journal-entry_part =
    { $title }
    { $text }
data-journal-none_yet = Ainda não há nenhuma entrada.
data-journal-not_found =
    Não encontrei essa entrada. Você tem { $count } { $count ->
        [one] entrada
        [many] entradas
       *[other] entradas
    }: toque numa delas ou mande o número.
data-journal-part_body_place = Onde fica no meu corpo
data-journal-part_feeling = O sentimento
data-journal-part_felt = O que eu senti
data-journal-part_happened = O que aconteceu
data-journal-part_needed = Do que eu precisava
data-journal-part_note = Mais sobre isso
data-journal-part_writing = O que eu escrevi
data-journal-template_expressive = Escrever sobre algo difícil
data-journal-template_feeling_in_body = Um sentimento e onde ele fica
data-journal-template_three_questions = O que aconteceu, o que senti, do que precisava
data-activation-as_expected = Mais ou menos o que você esperava. Fazer mesmo assim é o que vai construindo, mesmo com o sentimento ainda quieto.
data-activation-kept = Planejado: { $label }, { $when }. { $how }
data-activation-kept_own = Planejado: { $label }, { $when }.
data-activation-less_than_hoped = Menos do que você esperava, desta vez. Vale saber, não é um fracasso: você fez, e os sentimentos muitas vezes voltam devagar. Uma atividade menor ou diferente da próxima vez também está ótimo.
data-activation-lifted_more = Melhorou um pouco mais do que você esperava. Muitas vezes é assim: primeiro a ação, e os sentimentos vêm depois, aos poucos. Vale lembrar disso da próxima vez que a expectativa estiver baixa.
data-activation-nothing_yet = Quase nada desta vez, e isso é comum quando os sentimentos estão quietos. Ter feito ainda conta: o sentimento muitas vezes chega depois da ação.
data-activation-scores = Prazer: você esperava { $expected_pleasure }, foi { $actual_pleasure }. Sensação de realização: você esperava { $expected_achievement }, foi { $actual_achievement }.
data-activation-this_week_own = A atividade desta semana: { $label }.
data-activation-week_flat = · { $date }: { $label } (quase nada ainda, e mesmo assim conta)
data-activation-week_header = Atividades desta semana, e o que melhorou nem que fosse um pouco:
data-activation-week_lifted = · { $date }: { $label } (prazer { $pleasure }, realização { $achievement })
data-activation-week_none_lifted = Nenhuma melhorou muito ainda. Fazer já é o passo: os sentimentos muitas vezes vêm depois.
data-activation-when_later = daqui a { $days } dias, em { $date }
data-activation-when_today = hoje
data-activation-when_tomorrow = amanhã
data-learn-back = Voltar
data-learn-done = Pronto
data-learn-next = Próximo
data-learn-finished = Obrigado por ler. /learn tem as outras lições, e /menu todo o resto.
data-learn-heading = { $title } ({ $number } de { $count })
data-learn-learn_bye = Tudo bem. /learn traz as lições de volta quando você quiser.
data-learn-learn_choose = Lições curtas sobre anestesia emocional e desconexão, poucas telas cada. Leia no seu ritmo: Próximo, Voltar, ou Pronto quando quiser. Qual delas?
data-learn-learn_description = Lições curtas sobre anestesia emocional e desconexão: o que é, por que acontece, o que ajuda.
data-learn-learn_not_now = Agora não
data-learn-learn_title = as lições curtas
data-learn-lesson_title = a lição “{ $title }”
data-weekly_plan-review =
    Esta semana você fez o check-in { $count } { $count ->
        [one] vez
        [many] vezes
       *[other] vezes
    }. Em média, os sentimentos ficaram em { $presence } de 10 e a conexão em { $connection }; do primeiro ao último check-in, os sentimentos foram de { $presence_from } para { $presence_to } e a conexão de { $connection_from } para { $connection_to }. Seja o que for que os números fizeram, você continuou olhando, e essa é a prática.
data-weekly_plan-review_journal =
    Você escreveu { $count } { $count ->
        [one] entrada
        [many] entradas
       *[other] entradas
    } no diário esta semana. Reler procurando padrões faz parte do passo de hoje.
data-weekly_plan-review_no_checkins = Não houve check-ins esta semana, então não há notas para rever. Tudo bem: na próxima semana, um /checkin de um minuto por dia vai mostrar como as coisas se movem.
data-weekly_plan-review_steps = Você marcou { $done } dos { $total } passos diários como feitos.
data-gratitude-kept =
    Guardado. Agora você tem { $count } { $count ->
        [one] coisa boa pequena anotada
        [many] coisas boas pequenas anotadas
       *[other] coisas boas pequenas anotadas
    }.
data-gratitude-line = · { $date }: { $text }
data-gratitude-none_yet = Ainda não há nada guardado. Quando quiser, /gratitude pede uma.
data-gratitude-recent =
    As últimas que você guardou:
    { $lines }
data-measure-done = Obrigado por responder. Seus resultados ficam guardados com seus check-ins; /export entrega todos eles.
data-measure-measure_bye = Tudo bem. /measure traz os questionários de volta quando você quiser.
data-measure-measure_choose = Estes são questionários curtos que médicos e pesquisadores usam. Responder um de vez em quando mostra como as coisas mudam com o tempo. Qual você quer?
data-measure-measure_description = Questionários curtos que médicos usam, sobre humor, preocupação e bem-estar.
data-measure-measure_not_now = Agora não
data-measure-measure_repeat = Oferecer o WHO-5 a cada poucas semanas
data-measure-measure_title = os questionários
data-measure-not_a_diagnosis = Isto não é um diagnóstico. Um questionário só pode apontar para uma conversa que vale ter com um médico ou terapeuta.
data-measure-offer = Quer responder o { $name } agora? Ele faz mais algumas perguntas sobre como seu humor tem estado.
data-measure-offer_no = Agora não
data-measure-offer_yes = Sim, vamos lá
data-measure-questionnaire_title = o { $title }
data-measure-result =
    Sua pontuação no { $name } é { $total } de { $highest }. { $meaning }

    { $not_a_diagnosis }
data-measure-safety_after = Por causa da sua resposta sobre se machucar, conte isso a um médico ou terapeuta, mesmo que você esteja em segurança agora. /sos mostra pessoas com quem você pode conversar a qualquer hora, e /safetyplan deixa seu plano por perto.
data-measure-short_result =
    Sua pontuação no { $name } é { $total } de { $highest }. { $meaning }

    { $not_a_diagnosis }
data-progress-averaged = Num dia com mais de um check-in, o gráfico mostra a média das notas daquele dia.
data-progress-chart_connection = Conexão com as pessoas
data-progress-chart_presence = Sentimentos presentes
data-progress-chart_score = 0 = quase nada · 10 = totalmente
data-progress-chart_title = Seus últimos 30 dias
data-progress-chart_words = Palavras que você escolheu
data-progress-measures_chart_title = Seus questionários ao longo do tempo
data-progress-measures_down = Seu { $name } caiu { $points } pontos desde { $since }. Uma mudança de { $meaningful } ou mais é significativa; se continuar baixo, /gethelp pode ajudar você a saber a quem recorrer.
data-progress-measures_first = { $name }: { $total } de { $highest } em { $date } ({ $band }). Responda de novo daqui a umas duas semanas para ver como muda.
data-progress-measures_footer = Isto não é um diagnóstico. Questionários só podem apontar para uma conversa que vale ter com um médico ou terapeuta.
data-progress-measures_latest = { $name }: { $total } de { $highest } em { $date } ({ $band }), { $count } vezes até agora.
data-progress-measures_small_change =
    Seu { $name } mudou { $points } { $points ->
        [one] ponto
        [many] pontos
       *[other] pontos
    } desde { $since }, dentro dos { $meaningful } pontos que contariam como uma mudança real.
data-progress-measures_today = o anterior do mesmo dia
data-progress-measures_up = Seu { $name } subiu { $points } pontos desde { $since }. Uma mudança de { $meaningful } ou mais é significativa: algo mudou para melhor.
data-progress-none_yet = Ainda não há nada para mostrar: seu progresso se forma a partir dos check-ins. Mande /checkin quando tiver um minuto, e depois de alguns dias eu consigo desenhar um gráfico.
data-progress-one_day = Até agora você fez { $count } check-ins, todos num dia só; o último: sentimentos em { $presence } de 10, conexão em { $connection }. Mais um dia e eu começo a desenhar como as coisas se movem. /checkin
data-progress-only_one = Até agora há um check-in: sentimentos em { $presence } de 10, conexão em { $connection }. Mais um dia e eu começo a desenhar como as coisas se movem. /checkin
data-progress-summary =
    Nos últimos { $total } dias você fez o check-in { $count } { $count ->
        [one] vez
        [many] vezes
       *[other] vezes
    }, em { $days } { $days ->
        [one] dia
        [many] dias
       *[other] dias
    }. Isso já vale alguma coisa. Quão presentes os sentimentos estiveram: { $presence_trend } (ultimamente por volta de { $presence_now } de 10). Quão perto das pessoas: { $connection_trend } (ultimamente por volta de { $connection_now }).
data-progress-top_words = As palavras que você mais escolheu: { $words }.
data-progress-trend_down = um pouco mais baixo ultimamente, o que acontece; não é um veredito sobre você
data-progress-trend_steady = bem estável
data-progress-trend_up = subindo

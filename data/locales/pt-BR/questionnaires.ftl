# GAD-7, Portuguese for Brazil (Pfizer; phqscreeners.com): items and answer options as
# published, checked 2026-12-06 against several independent reproductions that agree word for
# word (not against the PDF itself); the stem before each item is the published instruction.
gad7-title = o questionário de preocupação GAD-7
gad7-description = O GAD-7 pergunta com que frequência algumas coisas incomodaram você nas últimas 2 semanas. Não há respostas certas. Toque num botão ou digite um número de 0 a 3.
gad7-intro-say = O GAD-7 pergunta com que frequência algumas coisas incomodaram você nas últimas 2 semanas. Começa com duas perguntas; as outras cinco vêm se suas respostas indicarem que vale a pena fazê-las. Não há respostas certas. Toque num botão ou digite um número de 0 a 3.
gad7-going_on-say = Obrigado. Mais cinco perguntas como estas, e depois mostro o que suas respostas somam.
gad7-done-say = Obrigado por responder. Seus resultados ficam guardados com seus check-ins; /export entrega todos eles.
gad7-item_1-say =
    Durante as últimas 2 semanas, com que freqüência você foi incomodado/a pelos problemas abaixo? (1 de 7)

    Sentir-se nervoso/a, ansioso/a ou muito tenso/a
gad7-item_1-option-0 = Nenhuma vez
gad7-item_1-option-1 = Vários dias
gad7-item_1-option-2 = Mais da metade dos dias
gad7-item_1-option-3 = Quase todos os dias
gad7-item_2-say =
    Durante as últimas 2 semanas, com que freqüência você foi incomodado/a pelos problemas abaixo? (2 de 7)

    Não ser capaz de impedir ou de controlar as preocupações
gad7-item_2-option-0 = Nenhuma vez
gad7-item_2-option-1 = Vários dias
gad7-item_2-option-2 = Mais da metade dos dias
gad7-item_2-option-3 = Quase todos os dias
gad7-item_3-say =
    Durante as últimas 2 semanas, com que freqüência você foi incomodado/a pelos problemas abaixo? (3 de 7)

    Preocupar-se muito com diversas coisas
gad7-item_3-option-0 = Nenhuma vez
gad7-item_3-option-1 = Vários dias
gad7-item_3-option-2 = Mais da metade dos dias
gad7-item_3-option-3 = Quase todos os dias
gad7-item_4-say =
    Durante as últimas 2 semanas, com que freqüência você foi incomodado/a pelos problemas abaixo? (4 de 7)

    Dificuldade para relaxar
gad7-item_4-option-0 = Nenhuma vez
gad7-item_4-option-1 = Vários dias
gad7-item_4-option-2 = Mais da metade dos dias
gad7-item_4-option-3 = Quase todos os dias
gad7-item_5-say =
    Durante as últimas 2 semanas, com que freqüência você foi incomodado/a pelos problemas abaixo? (5 de 7)

    Ficar tão agitado/a que se torna difícil permanecer sentado/a
gad7-item_5-option-0 = Nenhuma vez
gad7-item_5-option-1 = Vários dias
gad7-item_5-option-2 = Mais da metade dos dias
gad7-item_5-option-3 = Quase todos os dias
gad7-item_6-say =
    Durante as últimas 2 semanas, com que freqüência você foi incomodado/a pelos problemas abaixo? (6 de 7)

    Ficar facilmente aborrecido/a ou irritado/a
gad7-item_6-option-0 = Nenhuma vez
gad7-item_6-option-1 = Vários dias
gad7-item_6-option-2 = Mais da metade dos dias
gad7-item_6-option-3 = Quase todos os dias
gad7-item_7-say =
    Durante as últimas 2 semanas, com que freqüência você foi incomodado/a pelos problemas abaixo? (7 de 7)

    Sentir medo como se algo horrível fosse acontecer
gad7-item_7-option-0 = Nenhuma vez
gad7-item_7-option-1 = Vários dias
gad7-item_7-option-2 = Mais da metade dos dias
gad7-item_7-option-3 = Quase todos os dias

# WHO-5: its items and answers stay in English (english_only in languages.yaml). Reproductions
# of the Brazilian version disagree with each other (items 3-5, "Algumas vezes" / "De vez em
# quando"), and the wording published on the WHO-5 site could not be checked here; the intro
# says the statements are in English. Put the validated wording here once it is checked.
who5-title = o questionário de bem-estar WHO-5
who5-description = O WHO-5 tem cinco afirmações sobre as últimas duas semanas. Para cada uma, diga por quanto tempo ela foi verdade para você. Toque num botão ou digite um número de 0 (em nenhum momento) a 5 (o tempo todo).
who5-intro-say = O WHO-5 tem cinco afirmações sobre as últimas duas semanas. Para cada uma, diga por quanto tempo ela foi verdade para você. Toque num botão ou digite um número de 0 (em nenhum momento) a 5 (o tempo todo). As afirmações estão em inglês: ainda não pude conferir a versão brasileira validada.
who5-done-say = Obrigado por responder. Seus resultados ficam guardados com seus check-ins; /export entrega todos eles.
who5-offer_phq9-say = Quer responder o PHQ-9 agora? Ele faz mais algumas perguntas sobre como seu humor tem estado.
who5-offer_phq9-option-yes = Sim, vamos lá
who5-offer_phq9-option-later = Agora não

# /measure, a repetição do WHO-5 e a pergunta de segurança depois do item 9 do PHQ-9.
measure-title = os questionários
measure-description = Questionários curtos que médicos usam, sobre humor, preocupação e bem-estar.
measure-choose-say = Estes são questionários curtos que médicos e pesquisadores usam. Responder um de vez em quando mostra como as coisas mudam com o tempo. Qual você quer?
measure-choose-option-phq9 = Meu humor (PHQ-9)
measure-choose-option-gad7 = Preocupação e ansiedade (GAD-7)
measure-choose-option-who5 = Meu bem-estar (WHO-5)
measure-choose-option-repeat = Oferecer o WHO-5 a cada poucas semanas
measure-choose-option-later = Agora não
measure-bye-say = Tudo bem. /measure traz os questionários de volta quando você quiser.
measure_repeat-title = o WHO-5 a cada poucas semanas
measure_repeat-description = Receber o questionário de bem-estar WHO-5 junto com o lembrete diário a cada duas ou quatro semanas.
measure_repeat-ask-say = O WHO-5 são cinco perguntas curtas sobre seu bem-estar. Respondido a cada poucas semanas, mostra se as coisas estão mudando, mesmo devagar. Posso oferecer junto com o lembrete diário do check-in quando chegar a hora? Você sempre pode dizer "Hoje não".
measure_repeat-ask-option-14 = A cada duas semanas
measure_repeat-ask-option-28 = A cada quatro semanas
measure_repeat-ask-option-off = Não oferecer
measure_repeat-kept-say = Pronto. Quando chegar a hora, seu lembrete diário vai oferecer o WHO-5 primeiro. /progress mostra como suas respostas mudam com o tempo, e /measure muda isso.
measure_repeat-no_reminder-say = Pronto. Ele vem com o lembrete diário do check-in, que agora está desligado ou pausado para você: /settings, depois "Horário do lembrete", liga de novo.
measure_repeat-stopped-say = Certo, não vou oferecer. /measure tem ele quando você quiser.
questionnaire_safety-title = a pergunta sobre como você está
questionnaire_safety-description = A pergunta direta quando uma resposta de questionário fala de morte ou de se machucar (pergunta 9 do PHQ-9), feita antes de qualquer pontuação, com perguntas breves no estilo do ASQ do NIMH.
questionnaire_safety-ask_directly-say = Obrigado por responder com sinceridade. Antes de qualquer coisa, quero perguntar diretamente, porque é importante: você está tendo pensamentos de suicídio ou de tirar a própria vida?
questionnaire_safety-ask_directly-option-yes = Sim
questionnaire_safety-ask_directly-option-no = Não
questionnaire_safety-ask_directly-option-unsure = Prefiro não dizer
questionnaire_safety-ask_directly-option-danger = Alguém está me machucando ou me ameaçando
questionnaire_safety-acting-say = Obrigado por me contar. Você está pensando em agir a partir deles, fez um plano, ou fez algo para se machucar recentemente?
questionnaire_safety-acting-option-yes = Sim
questionnaire_safety-acting-option-thoughts = Não, são pensamentos
questionnaire_safety-acting-option-unsure = Não tenho certeza
questionnaire_safety-thoughts-say = Pensamentos de tirar a própria vida merecem ajuda hoje, mesmo com você em segurança: peça um atendimento no mesmo dia com um médico ou na UBS, ou ligue para uma destas linhas, e conte sobre esses pensamentos:
questionnaire_safety-plan-say = Seu plano de segurança em /safetyplan deixa por perto as coisas que ajudam você. A seguir, o resultado do questionário.
questionnaire_safety-not_now-say = Obrigado por me contar. Se isso mudar, /sos mostra as linhas de apoio e o número de emergência de onde você está. A seguir, o resultado do questionário.
questionnaire_safety-unsure-say = Tudo bem. Você não precisa explicar. Aqui estão pessoas com quem você pode conversar:
questionnaire_safety-close-say = /sos traz isso de volta sempre que você precisar. A seguir, o resultado do questionário.

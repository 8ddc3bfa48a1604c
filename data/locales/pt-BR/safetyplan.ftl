# /safetyplan: o plano de segurança.
safetyplan-title = o plano de segurança
safetyplan-description = Criar, ler ou mudar seu plano de segurança para momentos difíceis.
safetyplan-intro-say-1 = Um plano de segurança é uma lista curta que você escreve agora, com as coisas mais calmas, para um momento em que não estiverem. Ele tem sete partes, desde perceber os sinais cedo até o que mais importa para você. Num momento difícil, você segue as partes na ordem: se uma não ajudar, passa para a próxima. Escreva o quanto quiser; dá para pular qualquer parte e mudar depois. Se você faz terapia ou tem um médico, é bom revisar o plano com essa pessoa também.
safetyplan-intro-say-2 = Vamos começar?
safetyplan-intro-option-start = Sim, vamos começar
safetyplan-intro-option-later = Agora não
safetyplan-later-say = Tudo bem. /safetyplan está aqui sempre que você quiser fazer um.
safetyplan-warning_signs-say = 1 de 7. Sinais de alerta: o que indica que um momento difícil pode estar chegando? Pensamentos, sentimentos, situações ou coisas que você começa a fazer (por exemplo "paro de responder mensagens", "não consigo dormir").
safetyplan-warning_signs-skip = Pular esta parte
safetyplan-coping_alone-say = 2 de 7. Coisas que você pode fazer por conta própria para atravessar o momento: algo que acalme, algo com as mãos, uma caminhada, música, um banho, respirar devagar.
safetyplan-coping_alone-skip = Pular esta parte
safetyplan-distractions-say = 3 de 7. Pessoas e lugares que distraem a cabeça: alguém para conversar sobre qualquer coisa, um café, uma praça, uma biblioteca, algum lugar com gente por perto.
safetyplan-distractions-skip = Pular esta parte
safetyplan-people_to_ask-say = 4 de 7. Pessoas a quem você pode pedir ajuda, e como falar com elas: nomes e números de pessoas em quem você confia o bastante para dizer "não estou bem".
safetyplan-people_to_ask-skip = Pular esta parte
safetyplan-professionals-say =
    5 de 7. Profissionais e serviços. Coloquei as linhas de apoio de onde você está:

    { $plan_lines }

    Acrescente seu médico, terapeuta ou um serviço que você conheça, se tiver.
safetyplan-professionals-skip = Só essas linhas
safetyplan-safer_surroundings-say = 6 de 7. Deixar o ambiente mais seguro. Num momento difícil, o que você poderia guardar longe, ou entregar para alguém de confiança guardar por enquanto? Na maioria das vezes isso quer dizer remédios, armas de fogo e objetos cortantes. Quem poderia ajudar você com isso?
safetyplan-safer_surroundings-skip = Pular esta parte
safetyplan-reasons-say = 7 de 7. O que importa para você: pessoas, animais, planos, lugares, qualquer coisa que valha a pena ficar por ela, por menor que pareça hoje.
safetyplan-reasons-skip = Pular esta parte
safetyplan-saved-say = Seu plano está salvo. /safetyplan mostra o plano quando você quiser, e /sos coloca ele em primeiro lugar num momento difícil.
safetyplan-likely-say = Qual a chance de você usar o plano quando as coisas ficarem difíceis?
safetyplan-likely-option-very = Bem provável
safetyplan-likely-option-somewhat = Mais ou menos
safetyplan-likely-option-not_very = Pouco provável
safetyplan-in_the_way-say = Isso é sincero, e vale saber. O que poderia atrapalhar na hora de usar o plano?
safetyplan-in_the_way-skip = Não tenho certeza
safetyplan-easier-say = Obrigado. Mudanças pequenas podem deixar o plano mais fácil de usar: deixar onde você vai ver, encurtar, ou contar para alguém que está nele que o plano existe. /safetyplan deixa você mudar qualquer parte quando quiser.
safetyplan-share-say = Se você faz terapia ou tem um médico, revise o plano com essa pessoa também. Pode ajudar compartilhar com alguém de confiança. Quer uma cópia?
safetyplan-share-option-file = Como arquivo
safetyplan-share-option-message = Como mensagem para encaminhar
safetyplan-share-option-no = Não, prefiro não
safetyplan-review_offer-say = Olhe o plano de novo de vez em quando, e depois de um período difícil, para ver o que ajudou e o que não ajudou. Quer que eu lembre você de olhar de novo?
safetyplan-review_offer-option-week = Em uma semana
safetyplan-review_offer-option-month = Em um mês
safetyplan-review_offer-option-no = Não, prefiro não
safetyplan-review_here-say = Olhe o plano de novo de vez em quando, e depois de um período difícil, para ver o que ajudou e o que não ajudou. Um lembrete na sua agenda pode ajudar.
safetyplan-reminded_week-say = Vou lembrar você daqui a uma semana, junto com o lembrete do check-in diário.
safetyplan-reminded_month-say = Vou lembrar você daqui a um mês, junto com o lembrete do check-in diário.
safetyplan-remind_no_daily_time-say = Só consigo trazer isso de volta com o lembrete diário do check-in, e você não configurou um. /settings → Horário do lembrete configura; ou coloque um lembrete na sua agenda para olhar o plano.
safetyplan-existing-say = O que você quer fazer com ele?
safetyplan-existing-option-again = Passar por tudo de novo
safetyplan-existing-option-change = Mudar uma parte
safetyplan-existing-option-copy = Me manda uma cópia
safetyplan-existing-option-done = Por agora é só
safetyplan-pick-say = Qual parte você quer mudar?
safetyplan-pick-option-warning_signs = 1. Sinais de alerta
safetyplan-pick-option-coping_alone = 2. Por conta própria
safetyplan-pick-option-distractions = 3. Pessoas e lugares
safetyplan-pick-option-people_to_ask = 4. Pessoas para pedir ajuda
safetyplan-pick-option-professionals = 5. Profissionais
safetyplan-pick-option-safer_surroundings = 6. Ambiente mais seguro
safetyplan-pick-option-reasons = 7. O que importa
safetyplan-copy-say = Como você prefere?
safetyplan-copy-option-file = Como arquivo
safetyplan-copy-option-message = Como mensagem para encaminhar
safetyplan-copy-option-no = Não, prefiro não
safetyplan-done-say = Certo. Ele está aqui sempre que precisar: /safetyplan, ou /sos num momento difícil.

# Palavras de dados: perfil, lembretes, Telegram, ajuda, acompanhamento, exportação.
data-profile-age_band_under_18 = menos de 18
data-profile-age_band_18_to_24 = 18 a 24
data-profile-age_band_25_to_44 = 25 a 44
data-profile-age_band_45_to_64 = 45 a 64
data-profile-age_band_65_or_over = 65 ou mais
data-profile-consent_given = você disse sim
data-profile-consent_not_given = ainda não aceito
data-profile-no_prompt = desligado
data-profile-no_quiet = nenhum
data-profile-not_set = não definido
data-profile-paused = { " " }(pausado)
data-profile-quiet = { $start } às { $end }
data-profile-settings =
    Isto é o que eu tenho para você:
    • Falar sobre sentimentos: { $consent }
    • Idade: { $age_band }
    • País (para as linhas de apoio): { $country }
    • Fuso horário: { $timezone }
    • Lembrete diário do check-in: { $prompt_time }{ $paused }
    • Horário de silêncio: { $quiet }
    • Idioma: { $language }
data-reminders-activity_day = Hoje é o dia da atividade pequena que você planejou. Depois, /activity pergunta como foi: até uma faísca pequena conta. Primeiro a ação, depois os sentimentos.
data-reminders-card_boundaries = uma frase curta para colocar um limite
data-reminders-card_creative = desenhar o humor de hoje, ou três músicas que soem como ele
data-reminders-card_empathy = fazer a alguém uma pergunta aberta sobre o dia dessa pessoa
data-reminders-card_exposure = dizer um sentimento em voz alta, e respirar com ele
data-reminders-card_movement = cinco giros lentos de ombro e um alongamento, ou uma caminhada de cinco minutos
data-reminders-card_self_care = um copo de água e uma coisa para deixar a noite mais fácil
data-reminders-card_trust = mandar para uma pessoa uma coisa pequena e verdadeira
data-reminders-plan_review = Quando você fez seu plano de segurança, pediu que eu lembrasse você de olhar de novo. /safetyplan mostra o plano: tem algo que você acrescentaria ou mudaria, depois do que aconteceu desde então?
data-reminders-step_reminder = Ontem você pediu que eu lembrasse você de um passo pequeno: { $card }. /steps mostra de novo, se quiser reler.
data-telegram-answered =
    { $question }

    › { $answer }
data-telegram-commands-cancel = Parar o que estamos fazendo
data-telegram-commands-checkin = Um check-in de um minuto
data-telegram-commands-help = O que eu sei fazer, e como
data-telegram-commands-menu = Tudo o que podemos fazer juntos
data-telegram-commands-resume = Voltar a algo que deixamos de lado
data-telegram-commands-sos = Linhas de apoio, agora
data-telegram-private_only = Oi! Eu sou o Reconnect, e só converso a sós, num chat privado, para que o que as pessoas contam fique entre nós. Por favor, me mande mensagem diretamente. Vou sair deste grupo agora.
help-title = a ajuda
help-about-say-1 = Sou o Reconnect, para os dias em que os sentimentos parecem distantes. Não sou terapeuta nem serviço de emergência. Você pode me mandar a qualquer hora:
help-about-say-2 =
    /sos: com quem falar agora
    /checkin: como você se sente, em um minuto
    /ground: alguns minutos de aterramento
    /journal: escrever ou reler
    /plan: um plano tranquilo de sete dias
    /steps: algo pequeno para tentar
    /activity: uma atividade; /gratitude: algo bom
    /progress: seus últimos 30 dias
    /measure: questionários
    /learn: lições curtas
    /gethelp: encontrar mais ajuda
    /safetyplan: seu plano para momentos difíceis
    /settings: país, fuso horário, lembrete, idade
    /privacy: o que guardo; /export e /delete
    /menu: tudo o que podemos fazer
    /cancel: parar o que estamos fazendo
    /resume: retomar o que ficou pausado
idle-title = as sugestões
idle-description = O que recebe qualquer coisa digitada no menu que não seja uma escolha, um sentimento ou uma pergunta.
idle-heard-say = Isso parece pesado, e fico feliz que você disse. Se piorar, /sos mostra as linhas de apoio e o número de emergência.
idle-offer-say = Obrigado por escrever. Nem sempre consigo acompanhar um texto livre, e não guardo o que foi escrito, mas aqui estão três coisas que podemos fazer agora:
idle-offer-option-check_in_with_how_i_feel = Ver como estou me sentindo
idle-offer-option-a_grounding_exercise = Um exercício de aterramento
idle-offer-option-everything_else = Todo o resto
idle-hello-say = Oi, que bom ter notícias suas. Aqui estão três coisas que a gente pode fazer agora:
idle-hello-option-check_in_with_how_i_feel = Ver como estou me sentindo
idle-hello-option-a_grounding_exercise = Um exercício de aterramento
idle-hello-option-everything_else = Todo o resto
idle-welcome-say = De nada. Estou aqui quando você quiser; em /menu tem tudo o que podemos fazer.
data-follow_up-at_time = Amanhã às { $time } vejo como você está.
data-follow_up-same_time = Amanhã, mais ou menos neste horário, vejo como você está.
data-follow_up-usual_time = Amanhã às { $time }, seu horário de check-in de sempre, vejo como você está.
data-data_rights-export_csv =
    { $count ->
        [one] Seu { $count } check-in
        [many] Seus { $count } check-ins
       *[other] Seus { $count } check-ins
    } em tabela (CSV), para uma planilha.
data-data_rights-export_json = Tudo o que eu guardo sobre você, num arquivo só (JSON): configurações, check-ins, diário, resultados dos questionários, plano de segurança, plano da semana e os horários em que minha checagem de segurança notou algo (nunca suas palavras).
data-data_rights-export_no_checkins = Ainda não há check-ins, então não há tabela: /checkin começa um.

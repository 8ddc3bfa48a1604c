# /start: a apresentação. Tratamento por «você», como no CVV e nos chats de apoio brasileiros.
start-title = a apresentação
start-description = Quem eu sou, o que eu guardo e as primeiras configurações.
start-returning-say = Que bom ver você de novo. O que você quer fazer?
start-returning-option-open_the_menu = Abrir o menu
start-returning-option-change_my_settings = Mudar minhas configurações
start-returning-option-again = Ler de novo como você funciona
start-intro-say-1 =
    Oi, eu sou o Reconnect, para os dias em que os sentimentos parecem abafados ou distantes e as pessoas, difíceis de alcançar. Ofereço passos pequenos: um check-in de um minuto, aterramento, temas para escrever e um plano tranquilo para a semana.
start-intro-say-2 =
    Não sou terapeuta nem serviço de emergência. Se você estiver em perigo ou pensando em tirar a própria vida, mande /sos a qualquer hora: lá está com quem falar na hora.
start-intro-say-3 =
    Eu guardo suas respostas dos check-ins, suas configurações e o que você decidir escrever, tudo criptografado. Conversas com bots do Telegram não têm criptografia de ponta a ponta. /export e /delete funcionam quando você quiser.

    Tudo bem se eu perguntar sobre seus sentimentos e guardar suas respostas?
start-intro-option-yes = Sim, tudo bem
start-intro-option-more = Me conta mais antes
start-intro-option-no = Não, prefiro não
start-more-say-1 =
    Um pouco mais de detalhe. Eu guardo: as notas e palavras dos seus check-ins, as anotações e o diário que você escrever (criptografados), suas configurações (país, fuso horário, horário do lembrete, faixa etária) e o horário de qualquer momento em que minha checagem de segurança notou algo preocupante, nunca as palavras em si. Uso tudo isso só para conversar com você: sem anúncios, sem venda, ninguém lendo junto. Nada é compartilhado com ninguém. O Telegram transporta nossa conversa como qualquer outra, e ela fica no seu histórico até você apagar.
start-more-say-2 = Sabendo disso, tudo bem se eu perguntar sobre seus sentimentos e guardar suas respostas?
start-more-option-yes = Sim, tudo bem
start-more-option-no = Não, prefiro não
start-refused-say =
    Tudo bem, de verdade, e agradeço por me dizer. Não vou perguntar sobre seus sentimentos nem guardar mais nada. O que ainda posso fazer: /sos mostra linhas de apoio e números de emergência a qualquer hora, e /help explica o que eu sou. Se mudar de ideia, é só mandar /start.
start-agreed-say = Combinado, agradeço. Algumas perguntas rápidas para configurar; dá para mudar qualquer uma depois em /settings.
start-ready-say = Pronto, é isso. Quer tentar um primeiro check-in? Leva mais ou menos um minuto.
start-ready-option-yes = Sim, vamos lá
start-ready-option-show_me_everything = Me mostra tudo
start-ready-option-later = Agora não
start-later-say = Claro. Estou aqui quando você quiser: /menu mostra tudo, /checkin começa um check-in.
start-which_language-say = Oi! Ainda não falo { $app_language }. Qual destes idiomas você quer que eu use com você?

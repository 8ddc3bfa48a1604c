# /steps, /plan, /savour e /values. «Toque em Próximo» tem que bater com console.ftl.
steps-title = os passos pequenos
steps-description = Cartões curtos com uma coisa pequena para tentar agora: confiança, limites, empatia e mais.
steps-pick-say = Que tipo de passo pequeno você quer?
steps-pick-option-trust = Confiança
steps-pick-option-boundaries = Limites
steps-pick-option-empathy = Empatia
steps-pick-option-exposure = Exposição gradual
steps-pick-option-movement = Movimento
steps-pick-option-creative = Expressão criativa
steps-pick-option-self_care = Autocuidado
steps-boundaries-say =
    Limites deixam a proximidade mais segura: quando você sabe que pode dar um passo atrás, fica mais fácil chegar perto. Não precisam de uma longa explicação; uma frase curta e gentil basta.

    Tente agora: pense numa situação desta semana que esgota você. Escreva uma frase que você poderia dizer, como "Posso conversar dez minutos, depois preciso ir."
steps-boundaries-option-try = Vou tentar
steps-boundaries-option-remind = Me lembra amanhã
steps-boundaries-option-another = Outro cartão
steps-creative-say =
    Cores, música e movimento podem carregar sentimentos que ainda não têm palavras. Não precisa ficar bom; só precisa ser seu.

    Tente agora: tire dois minutos e desenhe o humor de hoje com formas e cores, ou escolha três músicas que soem como você está se sentindo.
steps-creative-option-try = Vou tentar
steps-creative-option-remind = Me lembra amanhã
steps-creative-option-another = Outro cartão
steps-empathy-say =
    A empatia faz a ponte entre você e os outros. Escutar bem é uma habilidade que dá para praticar, mesmo nos dias em que os sentimentos estão quietos.

    Tente agora: lembre da última vez que alguém contou sobre o próprio dia. Como pode ter sido do lado dessa pessoa? Se puder, faça a ela uma pergunta aberta sobre isso.
steps-empathy-option-try = Vou tentar
steps-empathy-option-remind = Me lembra amanhã
steps-empathy-option-another = Outro cartão
steps-exposure-say =
    Sentimentos e proximidade podem voltar em doses pequenas e seguras. Pequenos sucessos ensinam ao corpo que a conexão é segura.

    Tente agora: diga um sentimento em voz alta para você ("estou com um pouco de tensão"), respire devagar três vezes e repare como é ter dito isso, seja como for. Amanhã, se parecer tudo bem, tente contar para alguém.
steps-exposure-option-try = Vou tentar
steps-exposure-option-remind = Me lembra amanhã
steps-exposure-option-another = Outro cartão
steps-movement-say =
    Um movimento suave e ritmado traz a atenção de volta para o corpo, onde os sentimentos muitas vezes aparecem primeiro.

    Tente agora: levante, gire os ombros devagar cinco vezes e estique os braços para cima. Ou caminhe cinco minutos reparando nos pés e na respiração.
steps-movement-option-try = Vou tentar
steps-movement-option-remind = Me lembra amanhã
steps-movement-option-another = Outro cartão
steps-self_care-say =
    Sono, comida, água e descanso estabilizam o sistema nervoso, e isso facilita sentir sem se fechar.

    Tente agora: beba um copo de água e escolha uma coisa pequena para deixar a noite mais fácil, como um horário certo para largar o celular.
steps-self_care-option-try = Vou tentar
steps-self_care-option-remind = Me lembra amanhã
steps-self_care-option-another = Outro cartão
steps-trust-say =
    A confiança cresce com promessas pequenas cumpridas e com partilhas pequenas e concretas, não com grandes confissões. Comece com uma ou duas pessoas que pareçam seguras.

    Tente agora: mande para uma pessoa uma mensagem com uma coisa pequena e verdadeira: "Hoje foi um dia meio cinza para mim" ou "Essa música me lembrou você."
steps-trust-option-try = Vou tentar
steps-trust-option-remind = Me lembra amanhã
steps-trust-option-another = Outro cartão
steps-trying-say = Boa sorte. Do jeito que for, tentar conta. /steps tem mais cartões quando você quiser.
steps-remind_set-say = Vou lembrar você disso amanhã, junto com o lembrete do check-in diário.
steps-no_daily_time-say = Só consigo trazer isso de volta com o lembrete diário do check-in, e você não configurou um. /settings → Horário do lembrete configura; ou anote o passo em algum lugar que você vá ver amanhã. /steps tem ele quando você quiser de novo.
steps-no_reminders_here-say = Aqui no terminal não consigo mandar lembretes, então anote o passo em algum lugar que você vá ver amanhã. /steps tem ele quando você quiser de novo.
plan-title = o plano da semana
plan-description = Sete dias de passos pequenos de volta aos sentimentos e às pessoas, começando em qualquer dia.
plan-intro-say = O plano da semana são sete dias de passos pequenos: primeiro atenção tranquila e escrita, depois o corpo e um limite, depois as outras pessoas, e no sétimo dia um olhar para trás. Cada dia leva de 10 a 20 minutos. Você pode começar hoje, e pular qualquer dia sem culpa.
plan-intro-option-start = Começar hoje
plan-intro-option-later = Agora não
plan-later-say = Claro. /plan está aqui quando você quiser.
plan-begin-say = O dia 1 começa agora.
plan-day_1-say = Dia 1 de 7: cinco minutos de atenção à respiração (/ground pode guiar você), depois dez minutos de escrita: o que aconteceu hoje, o que você sentiu, do que precisava (/journal tem o modelo).
plan-day_1-option-done = Feito
plan-day_1-option-later = Mais tarde
plan-day_1-option-skipped = Pular hoje
plan-day_2-say = Dia 2 de 7: cinco minutos de atenção plena e de novo os seus dez minutos de diário. Depois conte um sentimento pequeno e concreto para alguém com quem você se sente em segurança: "hoje me senti meio sem graça" já basta.
plan-day_2-option-done = Feito
plan-day_2-option-later = Mais tarde
plan-day_2-option-skipped = Pular hoje
plan-day_3-say = Dia 3 de 7: quinze minutos de caminhada, alongamento ou ioga leve, reparando na respiração e nos músculos enquanto se move. Depois, um escaneamento curto do corpo: onde há alívio, onde há tensão? (/ground tem um.)
plan-day_3-option-done = Feito
plan-day_3-option-later = Mais tarde
plan-day_3-option-skipped = Pular hoje
plan-day_4-say = Dia 4 de 7: coloque o humor de hoje em algo que não sejam palavras: um rabisco rápido com cores e formas, ou uma playlist que soe como você está. Depois coloque um limite pequeno numa situação fácil: um "hoje não" claro ou "preciso de dez minutos", sem longas justificativas.
plan-day_4-option-done = Feito
plan-day_4-option-later = Mais tarde
plan-day_4-option-skipped = Pular hoje
plan-day_5-say = Dia 5 de 7: um exercício de empatia. Numa conversa, escute primeiro: devolva o que você ouviu ("parece que isso foi frustrante") e faça uma pergunta aberta antes de dar qualquer conselho.
plan-day_5-option-done = Feito
plan-day_5-option-later = Mais tarde
plan-day_5-option-skipped = Pular hoje
plan-day_6-say = Dia 6 de 7: pratique a congruência. Quando disser como se sente, deixe o rosto e o tom de voz combinarem com as palavras. Tente uma vez hoje, mesmo com algo pequeno: dar nome ao sentimento, reparar onde ele fica no corpo e dizer como ele é.
plan-day_6-option-done = Feito
plan-day_6-option-later = Mais tarde
plan-day_6-option-skipped = Pular hoje
plan-day_7-say = Dia 7 de 7: olhe para trás. Acima está como foi a sua semana. Releia seu diário procurando padrões (/journal) e, se você faz terapia ou acompanhamento médico, escolha um tema ou pergunta para levar nesta semana.
plan-day_7-option-done = Feito
plan-day_7-option-later = Mais tarde
plan-day_7-option-skipped = Pular hoje
plan-well_done-say = Marcado como feito. Muito bem por aparecer para você hoje. O passo de amanhã vai estar aqui em /plan.
plan-skipped-say = Pulado por hoje, e tudo bem. Amanhã é outro passo pequeno: /plan.
plan-already_marked-say = O passo de hoje (dia { $plan_day } de 7) já está marcado, então não há mais nada a fazer nele. O próximo abre amanhã: /plan mostra.
plan-finished-say = Sua última semana de passos está completa. Quer começar uma semana nova hoje?
plan-finished-option-start = Começar uma semana nova
plan-finished-option-later = Agora não
savour-title = a prática de saborear
savour-description = Ficar um pouco mais com algo bom: esperando por ele, agora, ou lembrando.
savour-which-say = Saborear é ficar um pouco mais com algo bom, por menor que seja. Quando os sentimentos estão quietos, os momentos bons muitas vezes passam sem ser notados; saborear deixa eles mais lentos. Qual você quer tentar?
savour-which-option-forward = Esperar por algo
savour-which-option-moment = Algo aqui e agora
savour-which-option-remember = Lembrar um momento bom
savour-which-option-later = Agora não
savour-forward_1-say = Pense numa coisa pequena que vem por aí e que pode ser nem que seja um pouco boa: uma refeição, uma série, uma caminhada, uma mensagem de alguém. Só uma. Toque em Próximo quando tiver.
savour-forward_1-option-next = Próximo
savour-forward_1-option-stop = Isso não está me fazendo bem
savour-forward_2-say = Imagine isso acontecendo, com alguns detalhes: onde você vai estar, o que vai ver, ouvir ou provar. Não precisa sentir empolgação; só deixe a imagem se formar. Fique com ela uns 30 segundos.
savour-forward_2-option-next = Próximo
savour-forward_2-option-stop = Isso não está me fazendo bem
savour-forward_3-say = Repare em qualquer coisa que mude, mesmo uma faísca: um calorzinho, uma leve vontade, ou nada. Seja o que for, tudo bem. Se quiser, /activity pode marcar isso para um dia.
savour-forward_3-option-finish = Terminar
savour-forward_3-option-stop = Isso não está me fazendo bem
savour-moment_1-say = Escolha algo que você possa aproveitar com os sentidos agora ou logo: uma bebida quente, uma música, sol no rosto, um banho, um pedaço de comida. Toque em Próximo quando estiver com isso.
savour-moment_1-option-next = Próximo
savour-moment_1-option-stop = Isso não está me fazendo bem
savour-moment_2-say = Vá mais devagar. Encontre três detalhes que você normalmente não notaria: uma temperatura, uma textura, um som ou um sabor. Dê nome a cada um, em silêncio. Mais ou menos um minuto.
savour-moment_2-option-next = Próximo
savour-moment_2-option-stop = Isso não está me fazendo bem
savour-moment_3-say = Se alguma parte for nem que seja um pouco agradável, fique com ela algumas respirações a mais do que o normal. Se for só neutra, tudo bem também: você praticou perceber.
savour-moment_3-option-finish = Terminar
savour-moment_3-option-stop = Isso não está me fazendo bem
savour-remember_1-say = Traga à mente um momento, recente ou antigo, que foi bom, mesmo que de um jeito quieto: uma risada, um lugar, uma gentileza. Escolha um que pareça seguro de lembrar. Toque em Próximo quando tiver.
savour-remember_1-option-next = Próximo
savour-remember_1-option-stop = Isso não está me fazendo bem
savour-remember_2-say = Volte para dentro dele: onde você estava, quem estava lá, o que dava para ver e ouvir? Deixe os detalhes virem um de cada vez. Mais ou menos um minuto.
savour-remember_2-option-next = Próximo
savour-remember_2-option-stop = Isso não está me fazendo bem
savour-remember_3-say = Repare no que está aqui agora enquanto você lembra. Se for um calorzinho, deixe ficar um momento. Se for tristeza ou quase nada, tudo bem: lembrar ainda liga você ao que importou.
savour-remember_3-option-finish = Terminar
savour-remember_3-option-stop = Isso não está me fazendo bem
savour-not_good-say = Obrigado por me dizer. Vamos parar por aqui: parar sempre é uma opção. Às vezes uma esperança ou uma lembrança traz dor no lugar. Olhe ao redor do ambiente e diga três coisas que você consegue ver. Se você não se sentir em segurança, /sos está aí a qualquer hora.
savour-not_good-option-ground = Um exercício de aterramento
savour-not_good-option-stop = Prefiro parar
savour-stopped-say = Tudo bem. Aperte os pés contra o chão por um momento. Estou aqui quando você quiser.
savour-later-say = Claro. /savour está aqui quando você quiser.
savour-close-say = Obrigado por tentar. A anestesia emocional abafa sobretudo os sentimentos bons, e saborear é um jeito de aumentar um pouco o volume deles, com o tempo. Até "quase nada" conta como prática. /savour está aqui quando você quiser.
values-title = a prática do que importa para mim
values-description = Escolher um passo pequeno pelo que importa para você, quando os sentimentos estão quietos.
values-intro-say = Quando os sentimentos estão quietos, é difícil escolher o que fazer pela vontade: muitas vezes nada dá muita vontade. O que importa para você pode ser um guia mais firme, mesmo quando você não consegue sentir isso agora. Vamos achar um passo pequeno por aí?
values-intro-option-yes = Sim, vamos tentar
values-intro-option-later = Agora não
values-later-say = Claro. /values está aqui quando você quiser.
values-area-say = Que parte da vida importa para você, mesmo que pareça distante agora?
values-area-option-people = As pessoas próximas
values-area-option-health = Minha saúde e meu corpo
values-area-option-work = Trabalho ou estudo
values-area-option-making = Aprender ou criar coisas
values-area-option-nature = Natureza e calma
values-area-option-helping = Ajudar os outros
values-area-option-stop = Isso não está me fazendo bem
values-quality-say = Como você gostaria de agir ali? Não como você se sente, mas como gostaria de agir: com cuidado, curiosidade, firmeza, honestidade, leveza. Toque numa palavra, ou digite a sua.
values-quality-skip = Não sei
values-quality-suggest-1 = Cuidado
values-quality-suggest-2 = Curiosidade
values-quality-suggest-3 = Firmeza
values-quality-suggest-4 = Honestidade
values-quality-suggest-5 = Leveza
values-quality-suggest-6 = Coragem
values-step-say = Agora pense num passo pequeno nessa direção, de dez minutos ou menos, que você poderia dar esta semana: uma mensagem para alguém, uma caminhada curta, uma página de um livro, uma mesa arrumada. Não precisa parecer significativo hoje: valores são sobre direção, não sobre sentimentos. Toque em Próximo quando tiver um.
values-step-option-next = Próximo
values-step-option-stop = Isso não está me fazendo bem
values-plan-say = Agir pelo que importa enquanto os sentimentos ficam para trás é como muita gente encontra o caminho de volta: primeiro a ação, depois os sentimentos. Quer marcar seu passo para um dia, dizendo como você espera se sentir?
values-plan-option-yes = Sim, vamos marcar
values-plan-option-later = Agora não
values-close-say = Guarde esse passo em mente esta semana. /values está aqui quando você quiser.
values-not_good-say = Obrigado por me dizer. Vamos parar por aqui: parar sempre é uma opção. Pensar no que importa pode trazer perda ou pressão. Olhe ao redor e diga três coisas que você consegue ver. Se você não se sentir em segurança, /sos está aí a qualquer hora.
values-not_good-option-ground = Um exercício de aterramento
values-not_good-option-stop = Prefiro parar
values-stopped-say = Tudo bem. Aperte os pés contra o chão por um momento. Estou aqui quando você quiser.

# /learn e as lições curtas. Cada tela: «Título (n de N)», linha em branco, texto.
learn-title = as lições curtas
learn-description = Lições curtas sobre anestesia emocional e desconexão: o que é, por que acontece, o que ajuda.
learn-choose-say = Lições curtas sobre anestesia emocional e desconexão, poucas telas cada. Leia no seu ritmo: Próximo, Voltar, ou Pronto quando quiser. Qual delas?
learn-choose-option-why_feelings_go_quiet = Por que os sentimentos silenciam
learn-choose-option-what_can_cause_it = O que pode causar isso
learn-choose-option-numb_or_unreal = Anestesia ou irrealidade?
learn-choose-option-what_helps = O que ajuda
learn-choose-option-when_to_get_help = Quando buscar ajuda
learn-choose-option-later = Agora não
learn-bye-say = Tudo bem. /learn traz as lições de volta quando você quiser.
why_feelings_go_quiet-title = a lição “Por que os sentimentos silenciam”
why_feelings_go_quiet-description = Por que os sentimentos silenciam
why_feelings_go_quiet-screen_1-say =
    Por que os sentimentos silenciam (1 de 4)

    A sensação de anestesia, apatia ou desconexão costuma ser chamada de distanciamento ou embotamento emocional. As pessoas descrevem como ver a vida através de um vidro: as coisas acontecem, você sabe que importam, mas o sentimento que deveria vir junto fica quieto. Pode atingir tanto a alegria quanto a tristeza, e também pode deixar as outras pessoas com um ar distante.
why_feelings_go_quiet-screen_1-option-close = Pronto
why_feelings_go_quiet-screen_1-option-next = Próximo
why_feelings_go_quiet-screen_2-say =
    Por que os sentimentos silenciam (2 de 4)

    O distanciamento em geral não é uma escolha, e não é um defeito. Muitas vezes é proteção. Quando estresse, dor ou medo foram demais por tempo demais, a mente pode baixar o volume para você conseguir seguir em frente. Isso pode ajudar por um tempo: ajuda as pessoas a atravessar fases difíceis.
why_feelings_go_quiet-screen_2-option-back = Voltar
why_feelings_go_quiet-screen_2-option-close = Pronto
why_feelings_go_quiet-screen_2-option-next = Próximo
why_feelings_go_quiet-screen_3-say =
    Por que os sentimentos silenciam (3 de 4)

    O problema é que o volume baixa para tudo. O mesmo controle que suaviza a dor também suaviza o carinho, o interesse e a proximidade. Com o tempo, isso pode dificultar relações, decisões e prazeres do dia a dia, e a própria anestesia pode preocupar.
why_feelings_go_quiet-screen_3-option-back = Voltar
why_feelings_go_quiet-screen_3-option-close = Pronto
why_feelings_go_quiet-screen_3-option-next = Próximo
why_feelings_go_quiet-screen_4-say =
    Por que os sentimentos silenciam (4 de 4)

    Alguma distância pode ser saudável, como um limite com alguém que esgota você. Vira um problema quando não é escolhida, quando dura, ou quando atrapalha a vida que você quer. Saber que é um padrão de proteção pode deixar isso um pouco menos assustador: é algo que aconteceu com você, e algo de que as pessoas conseguem sair.
why_feelings_go_quiet-screen_4-option-back = Voltar
why_feelings_go_quiet-screen_4-option-close = Pronto
why_feelings_go_quiet-finished-say = Obrigado por ler. /learn tem as outras lições, e /menu todo o resto.
what_can_cause_it-title = a lição “O que pode causar isso”
what_can_cause_it-description = O que pode causar isso
what_can_cause_it-screen_1-say =
    O que pode causar isso (1 de 5)

    A anestesia emocional raramente tem uma causa só, e muitas vezes várias vêm juntas. Um estresse longo é uma causa comum: meses de pressão, preocupação, cuidando de alguém, ou uma enxurrada constante de notícias ruins podem deixar a mente funcionando no mínimo.
what_can_cause_it-screen_1-option-close = Pronto
what_can_cause_it-screen_1-option-next = Próximo
what_can_cause_it-screen_2-say =
    O que pode causar isso (2 de 5)

    Desânimo e depressão muitas vezes trazem anestesia: perder o interesse pelo que você gostava, sentir vazio em vez de tristeza. A ansiedade também pode fazer isso, quando ficar em alerta por muito tempo vai desgastando os sentimentos.
what_can_cause_it-screen_2-option-back = Voltar
what_can_cause_it-screen_2-option-close = Pronto
what_can_cause_it-screen_2-option-next = Próximo
what_can_cause_it-screen_3-say =
    O que pode causar isso (3 de 5)

    Depois de um trauma, uma perda ou um abuso, se desligar pode ser o jeito da mente sobreviver. Algumas pessoas com TEPT se sentem longe dos outros. Crescer num lugar onde os sentimentos eram ignorados, punidos ou ficavam sem resposta também pode ensinar cedo a escondê-los.
what_can_cause_it-screen_3-option-back = Voltar
what_can_cause_it-screen_3-option-close = Pronto
what_can_cause_it-screen_3-option-next = Próximo
what_can_cause_it-screen_4-say =
    O que pode causar isso (4 de 5)

    Remédios podem ter um papel. Algumas pessoas que tomam antidepressivos como os ISRS percebem os sentimentos embotados, às vezes mais em doses altas. Se você se pergunta sobre isso, converse com o médico que receitou: ele pode rever a dose ou as opções com você. Nunca pare nem mude um remédio por conta própria; parar de repente pode fazer você se sentir muito pior.
what_can_cause_it-screen_4-option-back = Voltar
what_can_cause_it-screen_4-option-close = Pronto
what_can_cause_it-screen_4-option-next = Próximo
what_can_cause_it-screen_5-say =
    O que pode causar isso (5 de 5)

    Álcool ou drogas usados para aguentar, e as semanas depois de parar, também podem abafar os sentimentos. Descobrir o que está por trás da sua anestesia é algo em que um médico pode ajudar, e isso importa, porque o que ajuda depende da causa. /gethelp pode ajudar você a pensar por onde começar.
what_can_cause_it-screen_5-option-back = Voltar
what_can_cause_it-screen_5-option-close = Pronto
what_can_cause_it-finished-say = Obrigado por ler. /learn tem as outras lições, e /menu todo o resto.
numb_or_unreal-title = a lição “Anestesia ou irrealidade?”
numb_or_unreal-description = Anestesia ou irrealidade?
numb_or_unreal-screen_1-say =
    Anestesia ou irrealidade? (1 de 4)

    A anestesia emocional tem a ver com sentimentos: eles ficam abafados ou difíceis de alcançar. Algumas pessoas também têm uma experiência diferente que muitas vezes vem junto: sentir um distanciamento de si mesmas ou do mundo ao redor.
numb_or_unreal-screen_1-option-close = Pronto
numb_or_unreal-screen_1-option-next = Próximo
numb_or_unreal-screen_2-say =
    Anestesia ou irrealidade? (2 de 4)

    A sensação de irrealidade, como se você se visse de fora, ou como se seu corpo ou seus pensamentos não fossem bem seus, se chama despersonalização. Sentir o mundo estranho, apagado, enevoado ou como um cenário de filme se chama desrealização. As duas são formas de dissociação, e muitas vezes vêm durante ou depois de um grande estresse ou trauma.
numb_or_unreal-screen_2-option-back = Voltar
numb_or_unreal-screen_2-option-close = Pronto
numb_or_unreal-screen_2-option-next = Próximo
numb_or_unreal-screen_3-say =
    Anestesia ou irrealidade? (3 de 4)

    Quem tem essas sensações em geral sabe que elas não são reais, e isso é parte do que as torna tão inquietantes. Pode ajudar saber que episódios curtos são comuns, e que são uma resposta conhecida de uma mente estressada, não um sinal de perder o contato com a realidade.
numb_or_unreal-screen_3-option-back = Voltar
numb_or_unreal-screen_3-option-close = Pronto
numb_or_unreal-screen_3-option-next = Próximo
numb_or_unreal-screen_4-say =
    Anestesia ou irrealidade? (4 de 4)

    A anestesia e a irrealidade costumam aliviar quando o estresse, o desânimo ou a ansiedade por trás delas recebem cuidado. Se elas durarem, voltarem sempre ou assustarem você, conte a um médico ou terapeuta com suas palavras: são bem conhecidas, e existe ajuda. Os exercícios de aterramento em /ground podem trazer você de volta ao aqui e agora na hora.
numb_or_unreal-screen_4-option-back = Voltar
numb_or_unreal-screen_4-option-close = Pronto
numb_or_unreal-finished-say = Obrigado por ler. /learn tem as outras lições, e /menu todo o resto.
what_helps-title = a lição “O que ajuda”
what_helps-description = O que ajuda
what_helps-screen_1-say =
    O que ajuda (1 de 5)

    Os sentimentos raramente voltam porque forçamos. O que costuma ajudar são passos pequenos e constantes que deixam seguro eles voltarem. Muita gente nota pequenas mudanças em semanas de prática regular, e o progresso muitas vezes é irregular: fases quietas fazem parte.
what_helps-screen_1-option-close = Pronto
what_helps-screen_1-option-next = Próximo
what_helps-screen_2-say =
    O que ajuda (2 de 5)

    Comece pelo corpo. Os sentimentos muitas vezes aparecem ali primeiro, como tensão, calor ou peso. Alguns minutos de respiração, um escaneamento do corpo ou uma caminhada, reparando no que você sente, constroem uma ponte de volta até eles. /ground tem exercícios curtos.
what_helps-screen_2-option-back = Voltar
what_helps-screen_2-option-close = Pronto
what_helps-screen_2-option-next = Próximo
what_helps-screen_3-say =
    O que ajuda (3 de 5)

    Coloque as coisas em palavras. Dar nome mesmo a um sentimento fraco ("um pouco de tensão", "apatia") e escrever algumas linhas sobre o que aconteceu, o que você sentiu e do que precisava ajuda os sentimentos a tomarem forma. /checkin e /journal estão aí para isso.
what_helps-screen_3-option-back = Voltar
what_helps-screen_3-option-close = Pronto
what_helps-screen_3-option-next = Próximo
what_helps-screen_4-say =
    O que ajuda (4 de 5)

    Primeiro a ação, e deixe os sentimentos virem depois. Fazer coisas pequenas que você valorizava, mesmo quando nada se mexe, muitas vezes vem antes de o sentimento voltar, não depois. Conte uma coisa pequena a alguém seguro; mantenha sono, refeições e rotinas regulares. /plan e /steps sugerem passos pequenos.
what_helps-screen_4-option-back = Voltar
what_helps-screen_4-option-close = Pronto
what_helps-screen_4-option-next = Próximo
what_helps-screen_5-say =
    O que ajuda (5 de 5)

    A terapia ajuda muita gente, principalmente quando a anestesia dura. A TCC trabalha, passo a passo, pensamentos e hábitos que mantêm você em modo de proteção. A DBT desenvolve habilidades para sentimentos fortes e para as relações. A terapia psicodinâmica olha como se formaram padrões antigos de proteção. Depois de um trauma, terapias focadas no trauma podem ajudar. A sintonia com o terapeuta muitas vezes é o que mais importa. /gethelp ajuda você a pensar por onde começar.
what_helps-screen_5-option-back = Voltar
what_helps-screen_5-option-close = Pronto
what_helps-finished-say = Obrigado por ler. /learn tem as outras lições, e /menu todo o resto.
when_to_get_help-title = a lição “Quando buscar ajuda”
when_to_get_help-description = Quando buscar ajuda
when_to_get_help-screen_1-say =
    Quando buscar ajuda (1 de 4)

    Um pouco de anestesia passa com descanso e tempo. Vale conversar com um médico ou terapeuta quando ela dura mais de umas duas semanas, ou quando atrapalha o trabalho, os estudos, as relações ou o cuidado com você.
when_to_get_help-screen_1-option-close = Pronto
when_to_get_help-screen_1-option-next = Próximo
when_to_get_help-screen_2-say =
    Quando buscar ajuda (2 de 4)

    Também vale quando há um trauma, uma grande perda ou um estresse longo por trás; quando vem junto com desânimo, ansiedade forte ou sensação de irrealidade; quando tentar se reconectar traz um sofrimento forte; ou quando você começou ou mudou um remédio.
when_to_get_help-screen_2-option-back = Voltar
when_to_get_help-screen_2-option-close = Pronto
when_to_get_help-screen_2-option-next = Próximo
when_to_get_help-screen_3-say =
    Quando buscar ajuda (3 de 4)

    Em muitos lugares, um clínico geral ou médico de família é um bom primeiro passo (no Brasil, a UBS). Você não precisa das palavras certas: "faz um tempo que sinto tudo anestesiado, com uma desconexão" já basta. /gethelp faz algumas perguntas e sugere por onde começar onde você mora.
when_to_get_help-screen_3-option-back = Voltar
when_to_get_help-screen_3-option-close = Pronto
when_to_get_help-screen_3-option-next = Próximo
when_to_get_help-screen_4-say =
    Quando buscar ajuda (4 de 4)

    Se você tem pensamentos de tirar a própria vida, ou de não querer estar aqui, por favor não espere: converse com alguém hoje. /sos mostra linhas de apoio que você pode procurar agora, e o número de emergência local está lá se você puder agir a partir desses pensamentos.
when_to_get_help-screen_4-option-back = Voltar
when_to_get_help-screen_4-option-close = Pronto
when_to_get_help-finished-say = Obrigado por ler. /learn tem as outras lições, e /menu todo o resto.

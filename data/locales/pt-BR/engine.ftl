# Palavras do motor (data-engine-…).
data-engine-after_safety_question = Vamos responder esta pergunta primeiro, porque agora ela importa mais. Depois, mande { $command } de novo.
data-engine-already_here = A gente já está nisso: { $title }. Aqui está a pergunta de novo:
data-engine-cancelled = Certo, parei { $title }. Nada do que você já tinha salvo se perdeu.
data-engine-consent_declined = Isso precisa do seu OK para falar de sentimentos, e você disse não, o que está tudo bem. Mesmo assim posso guiar um aterramento (/ground, que não guarda nada), mostrar linhas de apoio a qualquer hora (/sos) e explicar o que eu sou (/help). Se mudar de ideia, mande /start.
data-engine-consent_first = Antes de falarmos de como você se sente, quero contar como eu funciono e perguntar se tudo bem para você.
data-engine-draft_kept = O que você estava escrevendo fica guardado como rascunho, em nenhum outro lugar. Quando voltarmos, você pode usar ou escrever algo novo.
data-engine-emoji_read_as = Entendi { $emoji } como { $number } de { $max }.
data-engine-feeling_heard = Você sente { $feeling }. Obrigado por dizer. Vamos ficar um minuto com isso: vou guardar "{ $feeling }" como a palavra de hoje.
data-engine-flow_gone = O que estávamos fazendo não está mais disponível. Desculpe. /menu mostra o que está.
data-engine-flow_updated = Desde a nossa última conversa, { $title } mudou um pouco, então vamos começar de novo do início.
data-engine-idle_text = Obrigado por escrever. Sou um companheiro simples, então funciono melhor com as opções abaixo.
data-engine-left_for_later = Certo, vamos deixar isso. /menu mostra tudo quando você quiser.
data-engine-heard_heavy = Isso parece pesado, e fico feliz que você disse. Se piorar, /sos mostra as linhas de apoio e o número de emergência.
data-engine-lesson_mid_flow =
    { $answer }

    /gethelp tem mais sobre como encontrar apoio, quando você quiser. Por agora, de volta a onde estávamos:
data-engine-nothing_to_cancel = Não há nada rodando para parar. Mande /menu para ver o que podemos fazer juntos.
data-engine-nothing_to_resume = Não há nada pausado para retomar agora.
data-engine-reask_choice = Não entendi direito. Você pode tocar num dos botões ou digitar o que ele diz.
data-engine-reask_scale = Pode mandar um número inteiro de { $min } a { $max }? Tocar num botão também funciona.
data-engine-reask_scale_words = Aqui eu só consigo guardar um número, de { $min } a { $max }. Qual chega mais perto disso? Um palpite já serve.
data-engine-reask_assent = Para ter certeza de que entendi direito: você pode tocar em um dos botões, ou escrever sim ou não?
data-engine-reask_scale_unsure = Tudo bem, às vezes é difícil dar um número. Serve o de { $min } a { $max } que chegar mais perto, ou /cancel se preferir deixar para depois.
data-engine-reask_unsure = Tudo bem, você não precisa ter certeza. A resposta que chegar mais perto já serve.
data-engine-reask_choice_said = Valeu por dizer isso. Aqui só consigo guardar uma das respostas: qual chega mais perto? Toque nela ou escreva o que ela diz.
data-engine-reask_back = Não consigo voltar um passo, desculpe. Você pode responder esta de novo, ou /cancel para parar aqui e começar de novo.
data-engine-reask_lost = Desculpe, não fui claro. Toque num botão ou escreva sua resposta; /cancel para aqui, /help conta o que eu sei fazer e /sos mostra as linhas de crise.
data-engine-resume_no = Deixar para lá
data-engine-resume_offer = Antes você tinha começado isto: { $title }. Quer continuar?
data-engine-resume_yes = Continuar
data-engine-resumed = Vamos retomar { $title } de onde paramos.
data-engine-safety_left_open = Se em algum momento você não estiver em segurança, /sos mostra as linhas de apoio e o número de emergência.
data-engine-safety_once_more = Antes de deixarmos isso, uma coisa importa mais que o resto, então vou perguntar mais uma vez:
data-engine-scale_hint = { $min } = { $low } · { $max } = { $high }
data-engine-something_went_wrong = Algo deu errado do meu lado, desculpe. Nada do que você salvou se perdeu. Tente de novo ou mande /menu.
data-engine-stale_button = Esse botão é de uma pergunta anterior, então deixei tudo como estava. Aqui é onde estamos agora:
data-engine-text_kept_part = Isso passou do que consigo guardar numa resposta, então guardei os primeiros { $max } caracteres e deixei o resto de fora. Se algo importante estava no final, você pode acrescentar outra hora.
data-engine-text_too_long = Isso é mais do que consigo guardar de uma vez (até { $max } caracteres). Pode dizer um pouco mais curto?
data-engine-took_and_kept = Entendi como "{ $label }" e guardei suas palavras para a próxima pergunta.
data-engine-took_only = Entendi como "{ $label }"; aqui guardo só a escolha, não as palavras.
data-engine-unknown_command = Não conheço esse comando. /menu mostra o que podemos fazer juntos, e /help lista os comandos.
data-engine-unsupported = Só consigo ler texto e botões, então não consigo receber isso. Você pode me escrever em palavras a qualquer hora.
data-engine-use_draft = Usar o que escrevi antes
data-engine-welcome_back = Que bom ter você de volta. Aqui é onde estávamos:
data-engine-reask_careful = Obrigado por me contar. Continuo aqui com você. Para saber como te ajudar melhor, primeiro isto: toque numa resposta ou escreva o que ela diz.
data-engine-reask_score = Não entendi direito. Toque num botão ou escreva a pontuação: de { $min } ({ $low }) a { $max } ({ $high }).
data-engine-reask_choice_careful = Quero ter certeza de que entendi, porque isso importa. Toque na resposta que mais combina ou escreva o que ela diz.

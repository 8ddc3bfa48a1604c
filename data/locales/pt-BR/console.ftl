# O console (terminal). Os pares «instead» trocam frases do chat pelas do terminal:
# a primeira de cada par precisa coincidir com o texto em português.
data-console-banner = Reconnect, no seu terminal. Suas respostas ficam guardadas em { $database }. Digite /quit ou aperte Ctrl-C para sair; seu lugar fica salvo.
data-console-bye = Até logo. Seu lugar fica salvo, então podemos continuar da próxima vez.
data-console-instead-0-0 = { " " }Conversas com bots do Telegram não têm criptografia de ponta a ponta. O Telegram transporta estas mensagens como qualquer outro chat, e o seu lado da conversa fica no seu histórico do Telegram até você apagar.
data-console-instead-0-1 = { " " }Aqui, tudo fica neste computador.
data-console-instead-1-0 = { " " }Conversas com bots do Telegram não têm criptografia de ponta a ponta.
data-console-instead-2-0 = { " " }O Telegram transporta nossa conversa como qualquer outra, e ela fica no seu histórico até você apagar.
data-console-instead-3-0 = { " " }Tocar num botão também funciona.
data-console-instead-4-0 = Toque num botão ou digite um número de
data-console-instead-4-1 = Digite um número de
data-console-instead-5-0 = tocar num dos botões ou digitar o que ele diz
data-console-instead-5-1 = digitar uma das respostas ou o número dela
data-console-instead-6-0 = Toque em Próximo
data-console-instead-6-1 = Digite Próximo
data-console-instead-7-0 = toque em Próximo
data-console-instead-7-1 = digite Próximo
data-console-instead-8-0 = Toque
data-console-instead-8-1 = Escolha
data-console-instead-9-0 = toque
data-console-instead-9-1 = escolha
data-console-saved_file = { "[" }{ $kind } salvo em { $path }]
data-console-kept_files = { "[" }As cópias que você fez com /export continuam em { $path }, porque são suas. Apague essa pasta quando não precisar mais delas.]

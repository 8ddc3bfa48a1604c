# La consola (terminal). Los pares «instead» cambian frases del chat por las de la
# terminal: la primera de cada par tiene que coincidir con el texto en español.
data-console-banner = Reconnect, en tu terminal. Tus respuestas se guardan en { $database }. Escribe /quit o pulsa Ctrl-C para salir; tu lugar queda guardado.
data-console-bye = Hasta pronto. Tu lugar queda guardado, así que podemos seguir la próxima vez.
data-console-instead-0-0 = { " " }Los chats con bots de Telegram no tienen cifrado de extremo a extremo. Telegram transporta estos mensajes como cualquier chat, y tu parte del chat queda en tu historial de Telegram hasta que la borres.
data-console-instead-0-1 = { " " }Aquí, todo queda en este equipo.
data-console-instead-1-0 = { " " }Los chats con bots de Telegram no tienen cifrado de extremo a extremo.
data-console-instead-2-0 = { " " }Telegram transporta nuestro chat como cualquier otro, y queda en tu historial hasta que lo borres.
data-console-instead-3-0 = { " " }También puedes tocar un botón.
data-console-instead-4-0 = Toca un botón o escribe un número del
data-console-instead-4-1 = Escribe un número del
data-console-instead-5-0 = tocar uno de los botones o escribir lo que dice
data-console-instead-5-1 = escribir una de las respuestas o su número
data-console-instead-6-0 = Toca Siguiente
data-console-instead-6-1 = Escribe Siguiente
data-console-instead-7-0 = toca Siguiente
data-console-instead-7-1 = escribe Siguiente
data-console-instead-8-0 = Toca
data-console-instead-8-1 = Elige
data-console-instead-9-0 = toca
data-console-instead-9-1 = elige
data-console-saved_file = { "[" }{ $kind } guardado en { $path }]
data-console-kept_files = { "[" }Las copias que hiciste con /export siguen en { $path }, porque son tuyas. Borra esa carpeta cuando ya no las necesites.]

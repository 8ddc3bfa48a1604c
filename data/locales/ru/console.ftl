# Консоль (терминал). Пары «instead» заменяют фразы чата на фразы терминала: первая фраза
# каждой пары должна дословно совпадать с русским текстом в других каталогах.
data-console-banner = Reconnect в твоём терминале. Ответы хранятся в { $database }. Чтобы выйти, напиши /quit или нажми Ctrl-C; место в разговоре сохранится.
data-console-bye = Пока. Место в разговоре сохранено, так что в следующий раз продолжим.
data-console-saved_file = { "[" }{ $kind }: сохранено в { $path }]
data-console-kept_files = { "[" }Копии, которые ты сделал через /export, остались в { $path }: они твои. Удали эту папку, когда они станут не нужны.]
data-console-instead-0-0 = { " " }Чаты с ботами Telegram не защищены сквозным шифрованием. Telegram передаёт эти сообщения, как любой чат, и твоя часть переписки остаётся в истории Telegram, пока ты её не очистишь.
data-console-instead-0-1 = { " " }Здесь всё это остаётся на этом компьютере.
data-console-instead-1-0 = { " " }Чаты с ботами в Telegram не защищены сквозным шифрованием.
data-console-instead-2-0 = { " " }Telegram передаёт наш чат, как любой другой, и он остаётся в твоей истории, пока ты её не очистишь.
data-console-instead-3-0 = { " " }Можно и просто нажать кнопку.
data-console-instead-4-0 = Нажми кнопку или напиши число от
data-console-instead-4-1 = Напиши число от
data-console-instead-5-0 = нажать одну из кнопок или написать, что на ней
data-console-instead-5-1 = написать один из ответов или его номер
data-console-instead-6-0 = Нажми «Дальше»
data-console-instead-6-1 = Напиши «Дальше»
data-console-instead-7-0 = нажми «Дальше»
data-console-instead-7-1 = напиши «Дальше»
data-console-instead-8-0 = Нажми на
data-console-instead-8-1 = Выбери
data-console-instead-9-0 = нажми на
data-console-instead-9-1 = выбери

# Как выводятся телефоны доверия и номер экстренной службы (data/safety.yaml).
# Название страны — в скобках, чтобы не склонять его.
data-safety-emergency = Если тебе сейчас грозит опасность, звони по номеру экстренной службы: { $number } ({ $country }).{ $note }
data-safety-emergency_unknown = Если тебе сейчас грозит опасность, звони в местную экстренную службу.
data-safety-hours = { " " }({ $hours })
data-safety-hours_unknown = { " " }(часы работы неизвестны)
data-safety-international = Здесь можно найти бесплатный конфиденциальный телефон доверия в твоей стране:
data-safety-later = Не для срочной помощи, потому что ответа можно ждать несколько часов:
data-safety-line = • { $name }: { $ways }{ $hours }{ $note }
data-safety-named = { $own_name } ({ $name })
data-safety-no_local_lines = Телефонов доверия для твоей страны у меня пока нет. Бесплатный конфиденциальный телефон доверия там можно найти здесь:
data-safety-note = { " " }{ $note }
data-safety-unlisted_country = Телефонов доверия для этой страны ({ $country }) у меня пока нет. Если когда-нибудь понадобится, бесплатный конфиденциальный телефон доверия там можно найти здесь (и /sos снова покажет, где искать):
data-safety-violence = Службы для тех, кому причиняют боль или угрожают ({ $country }):
data-safety-violence_and_lines = Эти телефоны доверия тоже могут выслушать и помочь подумать, что делать дальше:
data-safety-violence_unknown = Для места, где ты находишься, у меня нет службы помощи при насилии или жестоком обращении. Телефоны доверия ниже могут выслушать и, возможно, подскажут такую службу рядом:
data-safety-way_chat = чат на сайте { $value }
data-safety-way_phone = позвони { $value }
data-safety-way_text = напиши: { $value }
data-safety-way_web = { $value }
data-safety-when_closed = Если телефон доверия не работает или не отвечает, звони { $number }.
data-safety-your_emergency_number = в местную экстренную службу
data-safety-youth = Службы для детей и молодёжи ({ $country }):
data-safety-youth_unknown = Для места, где ты находишься, у меня пока нет службы для молодёжи. На Find A Helpline (findahelpline.com) можно найти службы рядом, а взрослый, которому ты доверяешь, школьный психолог или врач помогут найти подходящую поддержку.

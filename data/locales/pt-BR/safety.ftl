# As linhas de apoio e o plano de segurança (data-safety-…, data-safety_plan-…).
data-safety-emergency = Se você estiver em perigo agora, ligue para o número de emergência: { $number } ({ $country }).{ $note }
data-safety-emergency_unknown = Se você estiver em perigo agora, ligue para o número de emergência local.
data-safety-hours = { " " }({ $hours })
data-safety-hours_unknown = { " " }(horário desconhecido)
data-safety-international = Aqui você encontra uma linha de apoio gratuita e sigilosa no seu país:
data-safety-later = Não para agora, porque as respostas podem levar horas:
data-safety-line = • { $name }: { $ways }{ $hours }{ $note }
data-safety-named = { $own_name } ({ $name })
data-safety-no_local_lines = Ainda não tenho linhas de apoio listadas para o seu país. Aqui você encontra uma gratuita e sigilosa por lá:
data-safety-note = { " " }{ $note }
data-safety-unlisted_country = Ainda não tenho linhas de apoio listadas para { $country }. Se um dia precisar, aqui você encontra uma linha gratuita e sigilosa por lá (e /sos traz de volta):
data-safety-violence = Serviços em { $country } para quem está sofrendo violência ou ameaças:
data-safety-violence_and_lines = Estas linhas também podem ouvir você e ajudar a pensar no próximo passo:
data-safety-violence_unknown = Não tenho listado um serviço para quem enfrenta violência ou abuso onde você está. As linhas abaixo podem ouvir você e talvez conheçam um perto:
data-safety-way_chat = chat em { $value }
data-safety-way_phone = ligue { $value }
data-safety-way_text = mensagem para { $value }
data-safety-way_web = { $value }
data-safety-when_closed = Quando uma linha estiver fechada ou não atender, ligue para { $number }.
data-safety-your_emergency_number = o número de emergência local
data-safety-youth = Serviços em { $country } feitos para crianças e jovens:
data-safety-youth_unknown = Ainda não tenho listado um serviço para jovens onde você está. O Find A Helpline (findahelpline.com) permite buscar serviços perto de você, e um adulto de confiança, um orientador da escola ou um médico podem ajudar a encontrar o apoio certo.
data-safety_plan-file_name = meu-plano-de-seguranca.txt
data-safety_plan-header = Seu plano de segurança
data-safety_plan-none_yet = Você ainda não fez um plano de segurança. /safetyplan guia você, uma parte de cada vez.
data-safety_plan-part =
    { $title }
    { $text }
data-safety_plan-recall = Você fez um plano para momentos como este. Aqui está:
data-safety_plan-title_warning_signs = 1. Meus sinais de alerta
data-safety_plan-title_coping_alone = 2. Coisas que posso fazer por conta própria
data-safety_plan-title_distractions = 3. Pessoas e lugares que distraem minha cabeça
data-safety_plan-title_people_to_ask = 4. Pessoas a quem posso pedir ajuda
data-safety_plan-title_professionals = 5. Profissionais e serviços
data-safety_plan-title_safer_surroundings = 6. Deixar meu ambiente mais seguro
data-safety_plan-title_reasons = 7. O que importa para mim

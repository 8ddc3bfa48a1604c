# Как выводится план безопасности (data/safety_plan.yaml). Названия частей — как в /safetyplan.
data-safety_plan-file_name = moy-plan-bezopasnosti.txt
data-safety_plan-header = Твой план безопасности
data-safety_plan-none_yet = Плана безопасности пока нет. /safetyplan поможет его составить, по одной части за раз.
data-safety_plan-part =
    { $title }
    { $text }
data-safety_plan-recall = У тебя есть план как раз для таких минут. Вот он:
data-safety_plan-title_warning_signs = 1. Мои тревожные признаки
data-safety_plan-title_coping_alone = 2. Что я могу сделать своими силами
data-safety_plan-title_distractions = 3. Люди и места, которые помогают отвлечься
data-safety_plan-title_people_to_ask = 4. Люди, которых я могу попросить о помощи
data-safety_plan-title_professionals = 5. Специалисты и службы
data-safety_plan-title_safer_surroundings = 6. Как сделать обстановку безопаснее
data-safety_plan-title_reasons = 7. Что для меня важно

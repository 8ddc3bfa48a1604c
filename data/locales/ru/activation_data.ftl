# Итоги запланированных дел (data-activation-…).
data-activation-kept = В планах: { $label }, { $when }. { $how }
data-activation-kept_own = В планах: { $label }, { $when }.
data-activation-when_today = сегодня
data-activation-when_tomorrow = завтра
data-activation-when_later =
    через { $days } { $days ->
        [one] день
        [few] дня
       *[many] дней
    }, { $date }
data-activation-this_week_own = Дело на этой неделе: { $label }.
data-activation-scores = Удовольствие: ожидалось { $expected_pleasure }, на деле { $actual_pleasure }. Чувство, что получилось: ожидалось { $expected_achievement }, на деле { $actual_achievement }.
data-activation-lifted_more = Стало чуть лучше, чем ожидалось. Так часто и бывает: сначала действие, а чувства приходят следом, понемногу. Стоит вспомнить об этом, когда в следующий раз ожидания будут низкими.
data-activation-as_expected = Примерно как ожидалось. Главное, что дело сделано: именно это со временем и даёт плоды, даже пока чувства молчат.
data-activation-less_than_hoped = В этот раз меньше, чем хотелось. Это полезно знать, и это не провал: дело сделано, а чувства часто возвращаются медленно. В следующий раз можно выбрать что-то поменьше или другое.
data-activation-nothing_yet = В этот раз почти ничего, и так часто бывает, когда чувства затихли. Сделанное всё равно считается: чувство часто приходит позже, чем действие.
data-activation-week_header = Дела на этой неделе и то, что хоть немного подняло настроение:
data-activation-week_lifted = · { $date }: { $label } (удовольствие: { $pleasure }, чувство, что получилось: { $achievement })
data-activation-week_flat = · { $date }: { $label } (пока почти ничего, и это всё равно считается)
data-activation-week_none_lifted = Пока ничего особо не подняло настроение. Сами дела — это уже шаг: чувства часто приходят позже.

# Настройки человека (data-profile-…).
data-profile-settings =
    Вот что у меня записано:
    • Разговор о чувствах: { $consent }
    • Возраст: { $age_band }
    • Страна (для телефонов доверия): { $country }
    • Часовой пояс: { $timezone }
    • Ежедневное напоминание: { $prompt_time }{ $paused }
    • Тихие часы: { $quiet }
    • Язык: { $language }
data-profile-age_band_under_18 = до 18
data-profile-age_band_18_to_24 = 18–24
data-profile-age_band_25_to_44 = 25–44
data-profile-age_band_45_to_64 = 45–64
data-profile-age_band_65_or_over = 65 и старше
data-profile-consent_given = согласие есть
data-profile-consent_not_given = пока нет
data-profile-no_prompt = выключено
data-profile-no_quiet = нет
data-profile-not_set = не указано
data-profile-paused = { " " }(приостановлено)
data-profile-quiet = с { $start } до { $end }

## settings
## Страницата Настройки: език, портфолио, валута, резервни копия, започване отначало, тегла на риска от отпадане.

settings-title = Настройки
settings-language-heading = Език
settings-language = Език на приложението
settings-language-browser = Език на браузъра ({ $name })
settings-portfolio = Портфолио
settings-portfolio-name = Име на портфолиото
settings-name-required = Дайте име на портфолиото.
settings-name-too-long = Името трябва да е по-кратко от 80 знака.
settings-currency = Валута
settings-currency-hint = Сумите се пазят така, както са въведени; смяната на валутата променя само означението им, без превалутиране.
settings-currency-eur = EUR – евро
settings-currency-ron = RON – румънска лея
settings-currency-bgn = BGN – български лев
settings-currency-usd = USD – щатски долар
settings-currency-gbp = GBP – британска лира
settings-currency-chf = CHF – швейцарски франк
settings-currency-pln = PLN – полска злота
settings-currency-huf = HUF – унгарски форинт
settings-backups = Резервни копия
settings-reminder = Напомняй ми да изтегля резервно копие след
settings-reminder-days = { $n ->
    [one] { $n } ден
   *[other] { $n } дни
}
settings-reminder-never = Без напомняне
settings-start-over = Започване отначало
settings-start-over-hint = И двете действия могат да бъдат отменени веднага след това от съобщението в горната част.
settings-replace-with-demo = Замени всичко с демонстрационното портфолио
settings-delete-all-clients = Изтрий всички клиенти

## Тегла на риска от отпадане.
settings-weights-title = Тегла на риска от отпадане
settings-weights-lead = Риск = 100 × Σ тегло × интензитет на фактора ÷ Σ теглата на включените фактори. Стойностите по подразбиране са експертна преценка, описана заедно с мотивите в документацията; променете ги според вашия бизнес и следете прегледа, преди да запазите.
settings-weights-factor = Фактор
settings-weights-on = Вкл.
settings-weights-weight = Тегло
settings-weights-share = Дял
settings-weights-use = Включи фактора „{ $factor }“
settings-weight-range = Теглото трябва да е между 0 и { $max }.
settings-weight-invalid = Тегло: { $error }
settings-weights-all-off = Всички фактори са изключени: рискът на всеки клиент е 0.
settings-weights-purchase-note = Факторът на модела на покупките се отчита само за клиенти, чийто идентификатор е в импортираната история на покупките; за останалите дяловете се изчисляват от другите фактори.
settings-preview = Преглед
settings-preview-saved = Запазени тегла
settings-preview-changed = С вашите промени
settings-preview-unchanged = (все още няма промени)
settings-dist-aria = { $low } с нисък, { $medium } със среден и { $high } с висок риск
settings-dist-text = { $low } нисък · { $medium } среден · { $high } висок (от { $n })
settings-preview-top = Най-висок риск с тези тегла:
settings-preview-was = (преди: { $score })
settings-weights-save = Запази теглата
settings-weights-defaults = Върни стойностите по подразбиране
settings-weights-saved = Теглата са запазени; портфолиото вече ги използва.

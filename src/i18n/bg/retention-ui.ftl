## retention-ui: страница „Задържане“.

retention-ui-title = Криви на задържане
retention-ui-lead = Колко дълго наистина остават клиентите: поставете таблица с кохорти, за да изчислите крива на задържане, която расте със стажа, вижте колко струват днешните клиенти по нея и колко дълго са останали клиентите на самия портфейл.

## Поставената таблица с кохорти.
retention-ui-input-title = Таблица с кохорти
retention-ui-input-label = Останали клиенти по кохорта и период (поставете от електронна таблица)
retention-ui-input-hint = По един ред на кохорта (името ѝ, после клиентите при t = 0, 1, 2, …) или по една колона на кохорта с ред за всеки период. Брой, проценти или дялове; кохорта с име „… приход“ съдържа прихода на тази кохорта.
retention-ui-layout = Подредба
retention-ui-layout-rows = Един ред на кохорта
retention-ui-layout-columns = Една колона на кохорта
retention-ui-kind = Стойности
retention-ui-kind-counts = Брой клиенти
retention-ui-kind-percent = Проценти от началото
retention-ui-kind-share = Дялове от началото
retention-ui-separator = Разделител
retention-ui-sep-comma = Запетая
retention-ui-sep-semicolon = Точка и запетая
retention-ui-sep-tab = Табулация
retention-ui-sep-pipe = Вертикална черта
retention-ui-sep-whitespace = Интервали
retention-ui-decimal = Десетичен знак
retention-ui-decimal-dot = Точка (1.5)
retention-ui-decimal-comma = Запетая (1,5)
retention-ui-detect = Автоматично
retention-ui-detected-as = Разпознато: { $value }
retention-ui-period = Един период е
retention-ui-period-year = една година стаж
retention-ui-period-month = един месец стаж
retention-ui-unit-years = години
retention-ui-unit-months = месеци
retention-ui-size = Клиенти в началото на всяка кохорта
retention-ui-size-hint = Нужно, за да се изчисли крива по проценти или дялове.
retention-ui-size-positive = Броят клиенти трябва да е над нула.
retention-ui-fit-to = Изчисляване по периодите до
retention-ui-fit-to-hint = Оставете празно, за да се изчисли по всички периоди; следващите периоди проверяват прогнозата.
retention-ui-fit-to-invalid = Въведете цял брой периоди, 1 или повече.
retention-ui-detected = Прочетено като { $summary }: { $layout }, { $kind }, разделител { $separator }, десетичен знак { $decimal }.
retention-ui-fit = Изчисли кривите
retention-ui-fix-errors = Първо поправете редовете по-горе.
retention-ui-none-yet = Все още няма изчислена крива: поставете таблица с кохорти по-горе и натиснете „Изчисли кривите“.
retention-ui-stored-unreadable = Запазената таблица с кохорти вече не може да се прочете; поставете я отново и изчислете.

## Изчислените криви.
retention-ui-fits-title = Изчислени криви
retention-ui-fitted-on = { $summary }; изчислено по t = 0 до { $to }.
retention-ui-all-cohorts = Всички кохорти заедно
retention-ui-fit-caption = Кривите, изчислени за { $cohort }
retention-ui-col-model = Модел
retention-ui-col-params = Параметри
retention-ui-col-ll = Логаритмично правдоподобие
retention-ui-col-bic = BIC
retention-ui-col-status = Изчисление
retention-ui-model-sbg = sBG
retention-ui-model-bdw = BdW
retention-ui-model-constant = Постоянен
retention-ui-params-sbg = α = { $alpha }, β = { $beta }
retention-ui-params-bdw = α = { $alpha }, β = { $beta }, c = { $c }
retention-ui-params-constant = r = { $r }
retention-ui-bic-prefers = BIC предпочита модела { $model }: неговият BIC е по-нисък от този на { $other } с { $by }.
retention-ui-derl = DERL след подновяване { $n }, при { $rate } годишно: { $derl } предстоящи подновявания, дисконтирани ({ $model }, по едно подновяване на { $period }).
retention-ui-derl-inputs = Въведете направените подновявания (цяло число) и дисконтов процент над 0%, за да видите DERL.
retention-ui-derl-renewals = Направени подновявания (за DERL)
retention-ui-derl-discount = Дисконтов процент годишно (%)
retention-ui-in-use = използвана
retention-ui-curve-in-use = Използваната крива
retention-ui-curve-source = Кохорта
retention-ui-curve-model = Модел
retention-ui-model-by-bic = Предпочитаният от BIC
retention-ui-in-use-text = Използва се: моделът { $model } за { $cohort } ({ $params }), по едно подновяване на { $period }.
retention-ui-in-use-hint = Стойността на днешните клиенти по-долу, сценариите, които следват изчислената крива, и симулацията за клиент използват тази крива.
retention-ui-remove = Премахни таблицата с кохорти
retention-ui-curve-summary = моделът { $model } { $params }, по едно подновяване на { $period }

## Графики на прогнозата.
retention-ui-projection-title = Прогнозирани оцеляване и задържане по стаж
retention-ui-projection-hint = Използваната крива спрямо това, което показа всяка кохорта: делът на още оставащите клиенти и шансът за всяко подновяване след предишните.
retention-ui-chart-survival = Все още клиент (% от началото)
retention-ui-chart-retention = Задържане при всяко подновяване (%)
retention-ui-chart-x = Стаж ({ $units })
retention-ui-chart-renewal = Подновяване ({ $units } стаж)
retention-ui-series-fitted = Изчислен { $model }
retention-ui-series-observed = Наблюдавано: { $cohort }

## Таблицата с кохорти.
retention-ui-table-title = Таблица с кохорти
retention-ui-view = Покажи
retention-ui-view-of-start = Останали клиенти спрямо началото
retention-ui-view-of-previous = Останали клиенти спрямо предходния период
retention-ui-view-revenue-of-start = Приходи спрямо началото
retention-ui-view-nrr = Нетно задържане на приходите (NRR)
retention-ui-view-grr = Брутно задържане на приходите (GRR)
retention-ui-view-grr-of-start = Брутно задържане на приходите от началото
retention-ui-col-cohort = Кохорта
retention-ui-all-cohorts-pooled = Всички кохорти
retention-ui-revenue-hint = Добавете за кохорта ред с име „… приход“, за да видите задържането на приходите ѝ, NRR и GRR.
retention-ui-table-hint = По-тъмните клетки са по-големи дялове; редът за всички кохорти обединява достигналите до всеки период, претеглени по размер.

## Стойността на клиентската база.
retention-ui-base-title = Колко струват днешните клиенти
retention-ui-base-curve = { $n ->
    [one] { $n } настоящ клиент
   *[other] { $n } настоящи клиенти
} по кривата (марж × DERL)
retention-ui-base-flat = Същите клиенти при постоянен процент { $rate } на { $period }
retention-ui-base-difference = Разлика (крива − постоянен процент)
retention-ui-elasticity = Един пункт повече задържане при всеки стаж струва { $curve } ({ $curve_share }) по кривата и { $flat } ({ $flat_share }) при постоянния процент.
retention-ui-elasticity-curve-only = Един пункт повече задържане при всеки стаж струва { $curve } ({ $curve_share }) по кривата; постоянният процент не може да се вдигне с още един пункт.
retention-ui-base-how = Маржът на всеки клиент от { $margin } на { $period } (от базовия сценарий), умножен по дисконтирания му очакван оставащ срок при неговия стаж, при { $rate } на период; постоянният процент е този, който клиентите ще покажат през следващия период.
retention-ui-base-unknown = { $n ->
    [one] { $n } настоящ клиент няма начална дата и не е оценен.
   *[other] { $n } настоящи клиенти нямат начална дата и не са оценени.
}
retention-ui-base-by-tenure = По стаж
retention-ui-col-tenure = Стаж ({ $units })
retention-ui-col-clients = Клиенти
retention-ui-col-next = Следващо подновяване
retention-ui-col-derl = DERL
retention-ui-col-value = Стойност на клиент

## Каплан–Майер за портфейла.
retention-ui-km-title = Колко дълго са останали клиентите на портфейла
retention-ui-km-lead = Каплан–Майер от началната дата на всеки клиент до деня, в който е загубен; клиентите, които са още с нас, се броят до днес. Оцветената лента е 95% доверителен интервал.
retention-ui-km-unit = Стаж в
retention-ui-km-split = Разделяне по
retention-ui-km-summary = { $n ->
    [one] { $n } клиент
   *[other] { $n } клиенти
}, от които загубени: { $left }.
retention-ui-km-lost-no-date = { $n ->
    [one] { $n } загубен клиент няма дата на загубата и е изключен.
   *[other] { $n } загубени клиенти нямат дата на загубата и са изключени.
}
retention-ui-km-no-start = { $n ->
    [one] { $n } клиент няма начална дата и е изключен.
   *[other] { $n } клиенти нямат начална дата и са изключени.
}
retention-ui-km-out-of-order = { $n ->
    [one] { $n } клиент има дати в грешен ред (загубен преди началото или дата след днес) и е изключен.
   *[other] { $n } клиенти имат дати в грешен ред (загубени преди началото или дата след днес) и са изключени.
}
retention-ui-km-none = Все още няма клиент с начална дата.
retention-ui-km-all = Всички клиенти
retention-ui-km-group = { $group } ({ $n }, загубени: { $left })
retention-ui-km-chart = Все още клиент, по стаж в { $units }
retention-ui-km-x = Стаж ({ $units })
retention-ui-km-col-survival = Все още клиент
retention-ui-km-col-lower = 95% интервал, долна граница
retention-ui-km-col-upper = 95% интервал, горна граница
retention-ui-km-median = медианен стаж { $time } ({ $units })
retention-ui-km-no-median = повече от половината са още клиенти, затова медиана все още няма
retention-ui-km-more-groups = { $n } групи; графиката показва петте най-големи.
retention-ui-log-rank = Лог-ранг тест: χ² = { $statistic } при { $df ->
    [one] { $df } степен
   *[other] { $df } степени
} на свобода, p = { $p }.
retention-ui-log-rank-differ = Групите остават различно дълго.
retention-ui-log-rank-same = Няма ясна разлика между групите.

## purchases
## Страница „Покупки“: напаснатите модели „buy till you die“, стойност на клиентите, проверка на прогнозата.
# $unit в съобщенията по-долу е едно от: days, weeks, months (времевата единица на импорта).
purchases-title = Покупки
purchases-empty-text = Все още няма история на покупките. Импортирайте CSV файл с покупки (клиент, дата, сума) от страницата „Данни“, за да видите кои клиенти са още активни, колко ще купят и каква е стойността им.
purchases-import = Импортирай покупки
purchases-export-csv = Експортирай CSV
purchases-import-another = Импортирай друг файл
purchases-forget = Забрави тази история
# $source: името на импортирания файл; $range и $check: purchases-lead-range и purchases-lead-check или празно.
purchases-lead = { $source }: { $purchases ->
        [one] { $purchases } покупка
       *[other] { $purchases } покупки
    } от { $customers ->
        [one] { $customers } клиент
       *[other] { $customers } клиента
    }{ $range }; моделите са напаснати по покупките до { $calibration }{ $check }; времето е в { $unit ->
        [days] дни
        [weeks] седмици
       *[months] месеци
    }.
purchases-lead-range = { " " }за периода { $from } – { $to }
purchases-lead-check = , с проверка за периода { $from } – { $to }

## Модели
purchases-models = Модели
purchases-col-use = Използван
purchases-col-model = Модел
purchases-col-parameters = Параметри
purchases-col-log-likelihood = Логаритмично правдоподобие
purchases-col-bic = BIC
purchases-col-fit = Напасване
purchases-use-model = Използвай { $model }
purchases-best-bic = (най-добър BIC)
purchases-params-bgnbd = r = { $r }; α = { $alpha }; a = { $a }; b = { $b }
purchases-params-pareto = r = { $r }; α = { $alpha }; s = { $s }; β = { $beta }
purchases-params-gamma = p = { $p }; q = { $q }; γ = { $gamma }
purchases-flagged = { $n ->
    [one] 1 клиент не можа да бъде оценен: редът му казва защо и той не е включен в тези суми.
   *[other] { $n } клиенти не можаха да бъдат оценени: редовете им казват защо и те не са включени в тези суми.
}
purchases-gamma-name = Gamma-Gamma (сума на покупките)
purchases-repeat-buyers = { $n ->
        [one] { $n } клиент с повторни покупки
       *[other] { $n } клиента с повторни покупки
    }
purchases-models-hint = BG/NBD и Pareto/NBD моделират колко често купува всеки клиент и кога спира; Gamma-Gamma моделира колко харчи. По-ниският BIC означава по-добро напасване, като се отчита броят на параметрите. Формули и източници: docs/btyd.md.

## Стойност на клиентите
purchases-customer-value = Стойност на клиентите
purchases-horizon = Хоризонт (месеци)
purchases-discount = Дисконтов процент годишно (%)
purchases-margin = Марж върху покупките (%)
purchases-horizon-range = Хоризонтът е от 1 до 120 цели месеца.
purchases-discount-range = Дисконтовият процент е от 0% до 100%.
purchases-margin-range = Маржът е от 0% до 100%.
purchases-active = Клиенти, които вероятно са още активни
purchases-active-explain = сума на P(активен) за { $n ->
        [one] { $n } клиент
       *[other] { $n } клиента
    }
purchases-base-value = { $n ->
        [one] Стойност на клиентската база за следващия { $n } месец
       *[other] Стойност на клиентската база за следващите { $n } месеца
    }
purchases-base-value-explain = очаквани покупки × очаквана сума на покупка × марж, дисконтирани месечно

## Таблица с клиенти
purchases-customers = Клиенти
purchases-bulk-loading = Клиентите на тази история се четат от този браузър…
purchases-col-customer = Клиент
purchases-col-repeat = Повторни покупки
purchases-col-last-age = Последна покупка / възраст ({ $unit ->
        [days] дни
        [weeks] седмици
       *[months] месеци
    })
purchases-col-mean-spend = Средна сума на покупка
purchases-col-p-alive = P(активен)
purchases-col-expected-purchases = Очаквани покупки
purchases-col-expected-spend = Очаквана сума на покупка
purchases-col-value = Стойност
purchases-search = Намерете клиент
purchases-search-hint = Част от идентификатора на клиента; списъкът, подредбата и страниците му обхващат всички клиенти.
purchases-page = Клиенти { $first }–{ $last } от { $n }
purchases-page-prev = Предишна страница
purchases-page-next = Следваща страница
purchases-no-match = Няма идентификатор на клиент, който съдържа „{ $query }“.
purchases-heat-median = Начертана е за възрастта на медианния клиент (половината клиенти са по-стари); осите са в единицата за време на историята.

## Проверка на прогнозата
purchases-forecast-title = Колко добра е прогнозата?
purchases-holdout = В контролния период клиентите са направили { $actual ->
        [one] { $actual } повторна покупка
       *[other] { $actual } повторни покупки
    }; моделът е предвидил { $predicted }. Средна абсолютна грешка на клиент: { $mae } покупки.
purchases-holdout-none = При импортиране задайте крайна дата на калибрирането, за да отделите по-късните покупки и да проверите прогнозата спрямо тях.
purchases-tracking-title = Натрупани повторни покупки ({ $unit ->
        [days] дни
        [weeks] седмици
       *[months] месеци
    })
purchases-tracking-x = { $unit ->
        [days] дни
        [weeks] седмици
       *[months] месеци
    } от първата покупка в данните
purchases-actual = Реални
purchases-predicted = Прогнозни
purchases-heat-caption = P(активен) по брой повторни покупки и момент на последната покупка, за клиент с първа покупка преди { $age } { $unit ->
        [days] { $age ->
            [one] ден
           *[other] дни
        }
        [weeks] { $age ->
            [one] седмица
           *[other] седмици
        }
       *[months] { $age ->
            [one] месец
           *[other] месеца
        }
    }
purchases-heat-aria = Топлинна карта на вероятността клиентът да е още активен
purchases-heat-cell = x = { $x }, последна покупка в момент { $at }: P(активен) { $p }
purchases-heat-x = Момент на последната покупка ({ $unit ->
        [days] дни
        [weeks] седмици
       *[months] месеци
    })
purchases-heat-y = Повторни покупки
purchases-heat-hint = По-тъмният цвят означава по-голяма вероятност клиентът да е още активен: клиент, който е купувал често, но не и напоследък, вероятно е отпаднал.
purchases-groups-caption = Средни покупки в контролния период според покупките в периода на калибриране
purchases-groups-aria = Реални и прогнозни покупки в контролния период по групи според честотата
purchases-groups-actual = { $group }: реални { $value }
purchases-groups-predicted = { $group }: прогнозни { $value }
purchases-legend-actual = реални
purchases-legend-predicted = прогнозни
purchases-groups-col = Покупки в периода на калибриране
purchases-valuing = Клиентите се оценяват: { $done } от { $n }…

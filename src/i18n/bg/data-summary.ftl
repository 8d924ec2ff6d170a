data-summary-occasion-history = историята по поводи изисква 0 ≤ повторни покупки ≤ последен повод ≤ наблюдавани поводи (получено x = { $x }, t_x = { $tx }, n = { $n })
data-summary-uncertainty = стандартните грешки не могат да се изчислят: правдоподобието няма ясен максимум там
data-summary-columns = заглавният ред трябва да има колони frequency, recency и T (или periods); по избор: customer_id, monetary_value, брой (weights)
data-summary-empty = файлът няма редове
data-summary-needs-id = обобщение в дни, седмици или месеци изисква колона customer_id (един ред на клиент); за редове с истории и колона с брой, като даренията, изберете по-горе години, тримесечия или месеци „(поводи: BG/BB)“
data-summary-missing = { $column } е празно
data-summary-not-number = { $column } „{ $value }“ не е число
data-summary-negative = { $column } { $value } е отрицателно
data-summary-not-whole = { $column } { $value } трябва да е цяло число
data-summary-recency-after-age = последната покупка ({ $recency }) е след края на наблюдението ({ $age })
data-summary-recency-without-repeat = няма повторна покупка, затова recency трябва да е 0 (получено { $recency })
data-summary-too-many-for-occasions = { $frequency } покупки не се събират в { $recency } повода (най-много една покупка на повод)
data-summary-zero-count = броят трябва да е поне 1
data-summary-count-needs-occasions = брой над 1 се чете само за поводи (години, тримесечия, месеци); дайте по един ред на клиент за дни, седмици или месеци
data-summary-has-errors = { $n ->
        [one] 1 ред не може да се използва; поправете го и прочетете файла отново
       *[other] { $n } реда не могат да се използват; поправете ги и прочетете файла отново
    }
data-summary-title = Внос на обобщение по клиенти
data-summary-intro = Без транзакции, само обобщение за всеки клиент (както го изнася CRM): customer_id, frequency (повторни покупки), recency (кога е последната), T (време от първата), по избор monetary_value — или редове с истории и колона с брой (frequency, recency, periods, weights).
data-summary-file = Избери файл с обобщение (CSV)…
data-summary-unit = Recency и T са в
data-summary-unit-days = дни
data-summary-unit-weeks = седмици
data-summary-unit-months = месеци
data-summary-unit-years-occasions = години (поводи: BG/BB)
data-summary-unit-quarters-occasions = тримесечия (поводи: BG/BB)
data-summary-unit-months-occasions = месеци (поводи: BG/BB)
data-summary-read = Прочетени редове: { $rows }; представени клиенти: { $customers }.
data-summary-row-errors = { $n ->
        [one] 1 ред не може да се използва:
       *[other] { $n } реда не могат да се използват (показани са първите 100):
    }
data-summary-use = Напасване на моделите върху това обобщение
data-summary-fitting = Напасване…

## scenario: доживотна стойност, сценарии „какво ако“, торнадо графиката и надписите на графиките.

## Отказани входни данни за доживотната стойност.
scenario-retention-range = Задържането трябва да е поне 0% и под 100%.
scenario-no-curve = Все още няма изчислена крива на задържане: изчислете я на страница „Задържане“ или използвайте постоянния процент.
scenario-discount-min = Дисконтовият процент трябва да е 0% или повече.
scenario-discount-max-period = Дисконтовият процент трябва да е най-много 1000% за период.
scenario-enter-number = Въведете число.
scenario-amount-negative = Тази сума не може да е отрицателна.
scenario-margin-growth-range = Ръстът на маржа трябва да е над −100% и най-много 100% за период.
scenario-retention-missing = Въведете поне един процент на задържане.
scenario-horizon-min = Хоризонтът трябва да е поне 1 период.
scenario-horizon-max = Хоризонтът трябва да е най-много { $max } периода.
scenario-margin-rate-unusable = Процентът на маржа не е използваемо число.
scenario-share-range = Текущият дял от портфейла трябва да е над 0% и най-много 100%.
scenario-target-share-range = Целевият дял трябва да е между текущия дял и 100%.

## Отказани параметри на сценария.
scenario-clients-max = Най-много { $max } клиента.
scenario-margin-range = Маржът трябва да е между −100% и 100% от приходите.
scenario-cost-per-client-zero = При разходи за привличане цената на нов клиент трябва да е над нула.
scenario-care-point-zero = Цената на един пункт задържане трябва да е над нула.
scenario-price-range = Промяната на цената трябва да е над −100% и най-много +100%.
scenario-referral-range = Процентът на препоръките трябва да е между 0% и 100%.
scenario-discount-max-year = Дисконтовият процент трябва да е най-много 100% годишно.
scenario-horizon-years = Хоризонтът трябва да е от 1 до 30 години.

## Периоди на прогнозата.
scenario-period-year = година
scenario-period-month = месец

## Стълбовете на торнадо графиката: всеки параметър и стъпката му.
scenario-lever-retention = Задържане ±1 пункт
scenario-lever-margin = Марж ±1 пункт
scenario-lever-price = Цена ±1 пункт
scenario-lever-referral-rate = Процент препоръки ±1 пункт
scenario-lever-discount = Дисконтов процент ±1 пункт
scenario-lever-revenue-per-client = Приходи на клиент ±10%
scenario-lever-acquisition-spend = Разходи за привличане ±10%
scenario-lever-cost-per-client = Цена на нов клиент ±10%
scenario-lever-care-spend = Разходи за грижа ±10%
scenario-lever-clients = Начален брой клиенти ±10%

## Параметрите, които сценарият променя, изброени в извода му.
scenario-diff-retention = задържане { $from } → { $to }
scenario-diff-price-up = цена +{ $change }
scenario-diff-price = цена { $change }
scenario-diff-margin = марж { $from } → { $to }
scenario-diff-care = грижа { $amount } на клиент
scenario-diff-acquisition = разходи за привличане { $amount }
scenario-diff-cost-per-client = цена на нов клиент { $amount }
scenario-diff-referrals = препоръки { $rate }
scenario-diff-client-base = друга клиентска база
scenario-diff-discount = дисконтов процент { $rate }
scenario-diff-curve = задържане по изчислената крива
scenario-diff-flat = постоянен процент на задържане вместо изчислената крива
scenario-list-join = { $head }, { $tail }
scenario-list-empty = нищо

## Изводът за сценария спрямо базовия ($what е едно от трите начала).
scenario-readout-retention = Промяната на задържането от { $from } на { $to }
scenario-readout-unchanged = „{ $name }“ (нито един параметър не се различава от базовия сценарий)
scenario-readout-named = „{ $name }“ ({ $changes })
scenario-readout-gain = { $what } носи { $amount } дисконтирана печалба за { $years ->
    [one] { $years } година
   *[other] { $years } години
}.
scenario-readout-loss = { $what } струва { $amount } дисконтирана печалба за { $years ->
    [one] { $years } година
   *[other] { $years } години
}.
scenario-readout-gain-clients = { $what } носи { $amount } дисконтирана печалба за { $years ->
    [one] { $years } година
   *[other] { $years } години
} – колкото спечелването на { $clients ->
    [one] { $clients } допълнителен клиент
   *[other] { $clients } допълнителни клиента
}.
scenario-readout-loss-clients = { $what } струва { $amount } дисконтирана печалба за { $years ->
    [one] { $years } година
   *[other] { $years } години
} – колкото загубата на { $clients ->
    [one] { $clients } клиент
   *[other] { $clients } клиента
}.

## Списъкът със сценарии.
scenario-default-name = Сценарий { $n }
scenario-copy-of = Копие на „{ $name }“
scenario-book-full = Могат да се пазят най-много { $max } сценария; първо изтрийте един.
scenario-id-taken = Вече има сценарий с този идентификатор; опитайте отново.
scenario-gone = Този сценарий вече не съществува.
scenario-name-empty = Дайте име на сценария.
scenario-name-long = Името трябва да е по-кратко от { $max } знака.
scenario-name-taken = Вече има сценарий с името „{ $name }“.
scenario-compare-full = Могат да се сравняват най-много { $max } сценария; първо махнете отметката от един.


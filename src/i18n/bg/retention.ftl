## retention: таблици по кохорти, криви на задържане (sBG, BdW), продължителност на връзката, анализ на преживяемостта.

## Четене на таблица по кохорти.
retention-line-error = Ред { $line }: { $message }
retention-read = { $cohorts ->
    [one] { $cohorts } кохорта
   *[other] { $cohorts } кохорти
}, до { $periods ->
    [one] { $periods } период
   *[other] { $periods } периода
}
retention-read-revenue = { $cohorts ->
    [one] { $cohorts } кохорта
   *[other] { $cohorts } кохорти
}, до { $periods ->
    [one] { $periods } период
   *[other] { $periods } периода
}, с приходи
retention-too-long = Текстът е твърде дълъг: четат се най-много { $max ->
    [one] { $max } знак
   *[other] { $max } знака
}.
retention-empty = Текстът не съдържа таблица по кохорти.
retention-too-many-cohorts = Най-много { $max ->
    [one] { $max } кохорта
   *[other] { $max } кохорти
}.
retention-too-many-periods = Най-много { $max ->
    [one] { $max } период
   *[other] { $max } периода
}.
retention-no-name = Кохортата трябва да има име в първата си клетка.
retention-gap = { $cohort } има празна клетка при t = { $t } и стойности след нея.
retention-extra-cells = Повече клетки от { $columns ->
    [one] { $columns } колона
   *[other] { $columns } колони
} в заглавния ред.
retention-not-a-number = „{ $text }“ не е число ({ $cohort }, t = { $t }).
retention-too-few-periods = { $cohort } трябва да има поне два периода: началото и още един.
retention-negative = { $cohort }: оставащите клиенти не могат да са отрицателно число (t = { $t }).
retention-start-zero = { $cohort } започва без нито един клиент.
retention-above-all = { $cohort }: { $text } е повече от цялата кохорта.
retention-increase = { $cohort }: оставащите клиенти нарастват от { $previous } на { $value } при t = { $t }; една кохорта може само да намалява.
retention-duplicate = Кохортата { $cohort } се среща два пъти.
retention-revenue-negative = { $cohort }: приходите не могат да са отрицателни (t = { $t }).
retention-revenue-no-name = Приходите трябва да имат името на своята кохорта пред думата „приходи“.
retention-revenue-orphan = Дадени са приходи за { $cohort }, но няма кохорта с това име.
retention-revenue-length = { $cohort }: приходи за { $revenue ->
    [one] { $revenue } период
   *[other] { $revenue } периода
}, но оставащи клиенти за { $survivors }.
retention-size-needed = Процентите и дяловете изискват броя клиенти, с който е започнала всяка кохорта.

## Криви на задържане.
retention-model-constant = Постоянно задържане
retention-model-sbg = Отместено бета-геометрично (sBG)
retention-model-bdw = Бета-дискретно Вейбулово (BdW)
retention-shape-range = Стойността трябва да е над 0 и най-много { $max }.
retention-discount-positive = Кривата на задържане изисква дисконтов процент над 0%.
retention-discount-too-small = Дисконтовият процент е твърде малък, за да се сумира продължителността на връзката.

## Напасване на крива.
retention-fit-no-cohorts = Дайте поне една кохорта, към която да се напасне кривата.
retention-fit-survivors = Всяка кохорта трябва да има поне два периода оставащи клиенти, които започват над нула и никога не нарастват.
retention-fit-failed = Никоя крива не пасва на тези данни.

## Стойност на клиентската база и прогнози.
retention-clients-invalid = Броят клиенти трябва да е нула или повече.
retention-no-clients = Дайте поне един клиент.
retention-margin-invalid = Маржът трябва да е число.
retention-new-invalid = Новите клиенти за период трябва да са нула или повече.
retention-horizon-max = Хоризонтът трябва да е най-много { $max ->
    [one] { $max } период
   *[other] { $max } периода
}.

## Анализ на преживяемостта (Kaplan–Meier, log-rank).
retention-km-empty = Дайте поне едно наблюдение.
retention-km-time = Наблюдение { $n }: времето трябва да е брой периоди или дни, нула или повече.
retention-km-groups = Тестът log-rank изисква поне две групи.
retention-km-group-empty = Група { $n } няма наблюдения.
retention-km-no-events = Тестът log-rank изисква поне едно събитие.
retention-km-singular = Тестът log-rank не може да сравни тези групи: нямат общ момент с клиенти в риск, когато някой е напуснал.

## Кривите на задържане, приложени към портфейла.
retention-source-gone = Избраната кохорта вече не е в таблицата.
retention-base-no-tenures = Нито един настоящ клиент няма начална дата, така че няма стаж за оценка.
retention-client-no-start = Клиентът няма начална дата, така че стажът му е неизвестен.
retention-split-none = Без разделяне
retention-split-segment = Сегмент стойност × риск
retention-split-owner = Отговорник за клиента
retention-split-industry = Отрасъл
retention-group-all = Всички клиенти
retention-group-named = { $name }
retention-group-no-segment = Архивирани (без сегмент)
retention-group-no-owner = Без отговорник
retention-group-no-industry = Без отрасъл

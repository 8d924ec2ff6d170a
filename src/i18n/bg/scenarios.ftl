## scenarios
## Страницата Сценарии: сравнение, графики, редактори на базовия сценарий и на сценариите, пробитата кофа, параметри.

scenarios-title = Сценарии
scenarios-new = Нов сценарий
scenarios-lead = Колко струва портфолиото, ако задържането на клиенти, цените или разходите се променят? Стойността е печалбата от клиентите, които задържате и привличате, минус разходите за привличане и за грижа за клиентите, дисконтирана към днешна стойност и сумирана за целия хоризонт.
scenarios-comparison = Сравнение
scenarios-col-scenario = Сценарий
scenarios-col-retention = Задържане
scenarios-col-end-clients = Клиенти в края
scenarios-col-revenue = Приходи за целия хоризонт
scenarios-col-value = Стойност (дисконтирана печалба)
scenarios-col-vs-baseline = спрямо базовия сценарий
scenarios-horizon-years = { $n ->
    [one] { $n } година
   *[other] { $n } години
}
scenarios-levers-invalid = Някои параметри не са валидни; поправете ги по-долу.
scenarios-add-hint = Добавете сценарий, за да го сравните с базовия: той започва като копие на базовия сценарий; след това променете параметрите му.
scenarios-chart-clients = Клиенти във времето
scenarios-chart-years = Години от днес
scenarios-chart-value = Натрупана дисконтирана печалба ({ $currency })
scenarios-chart-data = Данните зад графиките
scenarios-chart-year = Година
scenarios-baseline = Базов сценарий
scenarios-follow-portfolio = Вземи клиентите, приходите и маржа от списъка с клиенти
scenarios-none-yet = Все още няма сценарии.
scenarios-new-from-baseline = Нов сценарий от базовия

## Редактор на сценарий.
scenarios-name = Име
scenarios-compare-up-to = Сравни (до { $n })
scenarios-duplicate = Дублирай
scenarios-delete = Изтрий сценария
scenarios-tornado-data = Данните зад графиката
scenarios-tornado-caption = Промяна в стойността спрямо { $value }
scenarios-tornado-lever = Параметър
scenarios-tornado-lowered = Намален параметър
scenarios-tornado-raised = Увеличен параметър

## Пробитата кофа.
scenarios-leaky-title = Пробитата кофа, първа година
scenarios-leaky-lost = { $n ->
    [one] { $n } клиент си тръгва и отнася
   *[other] { $n } клиента си тръгват и отнасят
} { $revenue } приходи годишно.
scenarios-leaky-stand-still = Препоръките носят { $referrals ->
    [one] { $referrals } клиент
   *[other] { $referrals } клиента
}; само за да запази броя на клиентите, привличането трябва да спечели { $needed ->
    [one] { $needed } нов клиент
   *[other] { $needed } нови клиента
}, което струва { $cost }.
scenarios-leaky-care = Ако вместо това тази сума се похарчи за грижа за клиентите, това прави { $per_client } на клиент годишно. Ако { $per_point } разходи за грижа носят един пункт задържане (ваше допускане), задържането би се повишило от { $from } на { $to }, което би запазило { $kept ->
    [one] { $kept } клиент
   *[other] { $kept } клиента
}.

## Параметрите на сценария.
scenarios-lever-clients = Клиенти в началото
scenarios-lever-revenue-per-client = Приходи на клиент годишно
scenarios-lever-margin-rate = Марж
scenarios-lever-margin-rate-hint = Дялът от приходите, който остава след преките разходи и разходите за обслужване
scenarios-lever-retention = Задържане годишно
scenarios-lever-retention-hint = Дялът от клиентите, които са все още с вас година по-късно
scenarios-lever-acquisition-spend = Разходи за привличане годишно
scenarios-lever-acquisition-spend-hint = Разходи за продажби и маркетинг за спечелване на нови клиенти
scenarios-lever-cost-per-client = Цена на нов клиент
scenarios-lever-cost-per-client-hint = Колко струва спечелването на един нов клиент
scenarios-lever-care-spend = Разходи за грижа на клиент годишно
scenarios-lever-care-spend-hint = Допълнителни усилия за задържане: събития, прегледи, благодарности
scenarios-lever-care-cost-per-point = Разходи за грижа за 1 пункт задържане
scenarios-lever-care-cost-per-point-hint = Ваше допускане, на клиент годишно
scenarios-lever-price-change = Промяна на цената
scenarios-lever-price-change-hint = Прилага се към приходите; разходите остават същите
scenarios-lever-referral-rate = Препоръки годишно на клиент
scenarios-lever-referral-rate-hint = Нови клиенти на 100 задържани клиенти
scenarios-lever-discount = Дисконтов процент годишно
scenarios-lever-discount-hint = Вашата цена на капитала
scenarios-lever-horizon-years = Хоризонт (години)
scenarios-lever-slider = Плъзгач: { $lever }
scenarios-lever-from-portfolio = От списъка с клиенти
scenarios-unit-clients = клиенти
scenarios-unit-years = години
scenarios-monthly = Прогноза месец по месец
scenarios-monthly-hint = Годишните стойности се преобразуват в месечни
scenarios-fitted-curve = По изчислената крива на задържане
scenarios-fitted-curve-hint = Всеки клиент подновява с шанса на своя стаж по { $curve }: днешните клиенти от своя стаж, новите от началото.
scenarios-fitted-curve-none = Изчислете крива на задържане на страница „Задържане“, за да може сценарият да остарява клиентите си.
scenarios-lever-retention-curve-hint = Постоянният процент, с който се сравнява сценарият; задържането идва от изчислената крива.
scenarios-by-curve = (изчислена крива)
scenarios-curve-value = С изчислената крива струва { $value } за { $years ->
    [one] { $years } година
   *[other] { $years } години
}; при постоянен процент { $rate } би струвал
scenarios-curve-difference = Разликата от кривата:
scenarios-error-whole-number = Въведете цяло число.
scenarios-error-horizon = Хоризонтът трябва да е от 1 до 30 години.

## brief: справката за клиента (теми за разговор, стаж, хронология) и досието на стойността (раздели, проверки, отчетът в Markdown).

## Теми за разговор, първо най-спешните.
brief-priority-high = Висок
brief-priority-medium = Среден
brief-priority-low = Нисък
brief-point-lost = Загубен клиент: попитайте защо е напуснал и какво би го върнало
brief-point-no-contact = Няма записан контакт: свържете се
brief-point-no-contact-since-start = Няма записан контакт през { $days ->
        [one] { $days } ден
       *[other] { $days } дни
    } от началото на отношенията, честота на контакт { $cadence }: свържете се
brief-point-overdue = Последен контакт преди { $days ->
        [one] { $days } ден
       *[other] { $days } дни
    }, а уговорената честота е веднъж на { $cadence ->
        [one] { $cadence } ден
       *[other] { $cadence } дни
    }: свържете се
brief-point-complaints = { $n ->
        [one] { $n } отворено оплакване: решете го, преди да говорите за каквото и да е друго
       *[other] { $n } отворени оплаквания: решете ги, преди да говорите за каквото и да е друго
    }
brief-point-competitor = Конкурент ухажва клиента: покажете досието на стойността и какво би му струвало да смени доставчика
brief-point-new-manager = Нов мениджър от { $since }: представете досието на стойността
brief-point-satisfaction-drop = Удовлетвореността е спаднала от { $from } на { $to }: попитайте какво се е променило и го поправете
brief-point-contract-ended = Договорът е изтекъл преди { $days ->
        [one] { $days } ден
       *[other] { $days } дни
    } без записано подновяване: подновете го или запишете новата крайна дата
brief-point-contract-ends-today = Договорът изтича днес: подгответе подновяването
brief-point-contract-ends = Договорът изтича след { $days ->
        [one] { $days } ден
       *[other] { $days } дни
    }: подгответе подновяването
brief-point-value-beyond-share = През последните 12 месеца сте дали { $value } извън договора ({ $share }% от приходите за една година): покажете го
brief-point-value-beyond = През последните 12 месеца сте дали { $value } извън договора: покажете го
brief-value-beyond-year-share = Стойност, предоставена извън договора: { $year } за последните 12 месеца ({ $share } от приходите за една година); { $all } за цялото време.
brief-value-beyond-year = Стойност, предоставена извън договора: { $year } за последните 12 месеца; { $all } за цялото време.
brief-value-beyond-earlier = Стойност, предоставена извън договора: нищо за последните 12 месеца; { $all } за цялото време.
brief-value-beyond-none = Все още няма записана стойност, предоставена извън договора.
brief-point-share-of-wallet = Дял от портфейла { $share }%: има място да предложите повече — около { $room } годишно при { $target }%
brief-point-testimonial = Силно обвързан клиент с { $n ->
        [one] { $n } направена препоръка
       *[other] { $n } направени препоръки
    }: помолете за отзив
brief-point-referral = Силно обвързан клиент (лоялност { $score }/100): помолете за препоръка
brief-point-thank = { $n ->
        [one] Препоръчал ни е на { $n } клиент
       *[other] Препоръчал ни е на { $n } клиента
    }: благодарете му
brief-point-all-clear-due = Няма тревожни сигнали: поддържайте честотата на контакт (следващият контакт е след { $days ->
        [one] { $days } ден
       *[other] { $days } дни
    })
brief-point-all-clear = Няма тревожни сигнали: поддържайте честотата на контакт

## Имена на месеците, за „Нов мениджър от март 2026 г.“.
brief-month-year = { $month } { $year } г.
brief-month-1 = януари
brief-month-2 = февруари
brief-month-3 = март
brief-month-4 = април
brief-month-5 = май
brief-month-6 = юни
brief-month-7 = юли
brief-month-8 = август
brief-month-9 = септември
brief-month-10 = октомври
brief-month-11 = ноември
brief-month-12 = декември

## От колко време клиентът е с нас.
brief-tenure-none = по-малко от месец
brief-tenure-months = { $months ->
        [one] { $months } месец
       *[other] { $months } месеца
    }
brief-tenure-years = { $years ->
        [one] { $years } година
       *[other] { $years } години
    }
brief-tenure-years-months = { $years ->
        [one] { $years } година
       *[other] { $years } години
    } и { $months ->
        [one] { $months } месец
       *[other] { $months } месеца
    }

## Хронологията на отношенията.
brief-timeline-contact = Контакт
brief-timeline-care = Дейност по грижа за клиента
brief-timeline-dossier = Досие на стойността
brief-timeline-rating = Оценка на лоялността
brief-timeline-channel-with = { $channel } с { $who }
brief-timeline-with-note = { $head }: { $note }
brief-timeline-rating-scores = Оценка: удовлетвореност { $satisfaction }, ангажираност { $involvement }, привързаност { $affinity }
brief-timeline-rating-scores-nps = Оценка: удовлетвореност { $satisfaction }, ангажираност { $involvement }, привързаност { $affinity }, отговор за NPS { $nps }

## Четирите раздела на досието на стойността и какво влиза във всеки.
brief-section-costs-we-bore = Разходи, поети от нас
brief-section-benefits-to-client = Ползи за клиента
brief-section-proofs-of-loyalty = Доказателства за нашата лоялност
brief-section-special-conditions = Специални условия
brief-section-costs-we-bore-hint = Отстъпки, безплатни консултации, допълнителна работа
brief-section-benefits-to-client-hint = Безплатна поддръжка след проект, спестявания, пари, спечелени за клиента
brief-section-proofs-of-loyalty-hint = Отлагане без увеличение на цената, поети промени в изискванията
brief-section-special-conditions-hint = Услуги извън обичайния ни обхват или обичайна работа, извършена по необичаен, дори неизгоден начин

## Проверки на формулярите за проект и за запис в досието.
brief-field-price = Цена
brief-field-start = Начална дата
brief-field-end = Крайна дата
brief-field-date = Дата
brief-field-value = Стойност
brief-field-hours = Часове
brief-check-at-most = { $label }: най-много { $max }.
brief-check-project-name = Въведете името на проекта.
brief-check-name-too-long = Името е по-дълго от { $max ->
        [one] { $max } знак
       *[other] { $max } знака
    }.
brief-check-project-dates = Проектът не може да приключи, преди да е започнал.
brief-check-date = Въведете датата.
brief-check-section = Изберете раздел на досието.
brief-check-section-unknown = Изберете един от четирите раздела на досието.
brief-check-description = Опишете какво е направено.
brief-check-description-too-long = Описанието е по-дълго от { $max ->
        [one] { $max } знак
       *[other] { $max } знака
    }.
brief-check-hours-rate = Часовете, умножени по часовата ставка, дават твърде голяма стойност.

## Отчетът в Markdown „за цялата извършена работа“ (знаците на Markdown, като **, остават същите).
brief-report-title = Досие на стойността: { $company }
brief-report-no-name = (без име)
brief-report-as-of = Отчет за цялата извършена работа към { $date }.
brief-report-client = Клиентът
brief-report-company = Фирма: { $company }
brief-report-industry = Отрасъл: { $industry }
brief-report-manager = Мениджър от страна на клиента: { $manager }
brief-report-manager-since = Мениджър от страна на клиента: { $manager } (от { $since })
brief-report-owner = Наш отговорник за клиента: { $owner }
brief-report-client-since = Клиент от: { $date }
brief-report-client-since-tenure = Клиент от: { $date } ({ $tenure })
brief-report-contract-ends = Договорът изтича на: { $date }
brief-report-revenue = Годишни приходи: { $value }
brief-report-profit = Годишна печалба (с разходите за грижа и от досието за последните 12 месеца): { $value } (марж { $margin })
brief-report-loyalty = Лоялност: { $score }/100 ({ $segment })
brief-report-projects = Проекти
brief-report-no-projects = Няма записани проекти.
brief-report-col-project = Проект
brief-report-col-price = Цена
brief-report-col-period = Период
brief-report-period = { $from } – { $to }
brief-report-period-from = от { $date }
brief-report-period-until = до { $date }
brief-report-projects-total = Общо за проектите: { $value }
brief-report-nothing = Няма записи.
brief-report-col-date = Дата
brief-report-col-description = Описание
brief-report-col-value = Стойност
brief-report-col-hours = Часове
brief-report-section-total = Общо { $section ->
        [costs_we_bore] разходи, поети от нас
        [benefits_to_client] ползи за клиента
        [proofs_of_loyalty] доказателства за нашата лоялност
       *[special_conditions] специални условия
    }: { $value }
brief-report-entries = { $n ->
        [one] { $n } запис
       *[other] { $n } записа
    }
brief-report-entries-hours = { $n ->
        [one] { $n } запис
       *[other] { $n } записа
    }, { $hours ->
        [one] { $hours } час
       *[other] { $hours } часа
    }
brief-report-value-beyond = Стойност, предоставена извън договора
brief-report-all-time = За целия период: **{ $value }** (разходи, поети от нас { $costs } + ползи за клиента { $benefits } + специални условия { $special })
brief-report-last-12-months = Последните 12 месеца ({ $from } – { $to }): **{ $value }**
brief-report-last-12-months-share = Последните 12 месеца ({ $from } – { $to }): **{ $value }**, { $share } от годишните приходи
brief-report-cost-to-us = От тях разход за нас през последните 12 месеца (разходи, поети от нас + специални условия, приспаднати от печалбата): { $value }
brief-report-proofs = Доказателства за нашата лоялност, изброени отделно: { $n ->
        [one] { $n } запис
       *[other] { $n } записа
    } на стойност { $value }

## portfolio
## Страница „Портфолио“: карти за състоянието, графика стойност × риск, списък за обаждания, таблица с клиенти.
portfolio-add-client = Добави клиент
portfolio-demo-banner = Разглеждате демонстрационни данни: { $n ->
        [one] { $n } примерен клиент
       *[other] { $n } примерни клиента
    } на малка агенция за услуги. Изпробвайте каквото пожелаете; премахнете ги, когато добавите своите.
portfolio-remove-demo = Премахни демонстрационните клиенти
portfolio-card-clients = Клиенти
portfolio-archived-count = + { $n ->
        [one] { $n } архивиран
       *[other] { $n } архивирани
    }
portfolio-card-revenue = Годишни приходи
portfolio-card-profit = Годишна печалба
portfolio-margin-explain = марж { $margin }; приходи − преки разходи − разходи за обслужване − грижа
portfolio-unprofitable = { $n ->
        [one] { $n } клиент е на загуба
       *[other] { $n } клиента са на загуба
    }
portfolio-card-value-at-risk = Стойност в риск
portfolio-at-risk-explain = годишни приходи от { $n ->
        [one] { $n } клиент
       *[other] { $n } клиента
    } с риск ≥ 50
portfolio-at-risk-explain-lifetime = годишни приходи от { $n ->
        [one] { $n } клиент
       *[other] { $n } клиента
    } с риск ≥ 50; доживотна стойност { $value }
portfolio-at-risk-explain-lifetime-zero = годишни приходи от { $n ->
        [one] { $n } клиент с риск ≥ 50; няма застрашена доживотна стойност: той не носи печалба за целия си живот като клиент
       *[other] { $n } клиента с риск ≥ 50; няма застрашена доживотна стойност: никой от тях не носи печалба за целия си живот като клиент
    }
portfolio-at-risk-none = Нито един клиент няма риск от 50 или повече.
portfolio-card-concentration = Концентрация
portfolio-concentration-explain = от приходите идват от { $client }; топ 5: { $top5 }; HHI { $hhi }
portfolio-empty-title = Все още няма клиенти
portfolio-empty-text = Добавете първия си клиент, за да видите тук неговата рентабилност, лоялност и риск от отпадане. Можете също да възстановите резервно копие от страницата „Данни“.
portfolio-call-title = На кого да се обадите тази седмица
portfolio-call-empty = Няма просрочени контакти, нито клиенти с нарастващ риск. Поддържайте честотата на контакт.

## Филтри и таблица с клиенти
portfolio-search-label = Търсене на клиенти
portfolio-search-placeholder = Търсете фирма, отрасъл, хора…
portfolio-filter-segment = Сегмент
portfolio-filter-all-segments = Всички сегменти
portfolio-filter-stage = Етап
portfolio-filter-all-stages = Всички етапи
portfolio-filter-owner = Отговорник
portfolio-filter-all-owners = Всички отговорници
portfolio-filter-risk = Риск
portfolio-filter-any-risk = Всякакъв риск
# $band: името на нивото на риска (Нисък, Среден, Висок).
portfolio-filter-band = { $band } риск
portfolio-filter-archived = И архивираните
portfolio-row-count = { $shown } от { $total ->
        [one] { $total } клиент
       *[other] { $total } клиента
    }
portfolio-table-label = Клиенти
portfolio-col-company = Фирма
portfolio-col-stage = Етап
portfolio-col-owner = Отговорник
portfolio-col-revenue = Приходи / год.
portfolio-col-profit = Печалба / год.
portfolio-col-margin = Марж
portfolio-col-loyalty = Лоялност
portfolio-col-risk = Риск
portfolio-col-segment = Сегмент
portfolio-col-abc = ABC
portfolio-col-last-contact = Последен контакт
portfolio-tag-demo = демо
portfolio-tag-archived = архивиран
portfolio-risk-rising = Рискът е нараснал през последните 30 дни
portfolio-days-ago = { $n ->
        [one] преди { $n } ден
       *[other] преди { $n } дни
    }
portfolio-never = никога
portfolio-overdue = просрочен
portfolio-show-more = Покажи още (скрити: { $n })

## Графика стойност × риск
portfolio-quadrant-title = Стойност и риск
# $summary: сегментите с броя клиенти във всеки, напр. „Защита 2, Растеж 3, …“.
portfolio-quadrant-aria = Клиенти по печалба и риск от отпадане: { $summary }
portfolio-quadrant-x = Годишна печалба ({ $currency })
portfolio-quadrant-y = Риск от отпадане
portfolio-quadrant-dot = { $company }: печалба { $profit }, риск { $risk }
portfolio-quadrant-hint = { $summary }. Разделителни линии: медианна печалба и риск 50. Щракнете върху точка, за да отворите клиента.

## Графики (използват се и на страниците „Сценарии“ и „Покупки“)
portfolio-chart-line-summary = { $series }: от { $first } до { $last }
portfolio-tornado-caption = Какво влияе най-много на стойността на портфолиото (промяна в { $currency } спрямо { $base })
portfolio-tornado-aria = Чувствителност на стойността на портфолиото към всеки параметър
portfolio-tornado-lower = Намален: { $value }
portfolio-tornado-higher = Увеличен: { $value }
portfolio-tornado-raised = при увеличен параметър
portfolio-tornado-lowered = при намален параметър
portfolio-tornado-col-lever = Параметър
portfolio-tornado-col-lowered = Промяна при намален параметър
portfolio-tornado-col-raised = Промяна при увеличен параметър

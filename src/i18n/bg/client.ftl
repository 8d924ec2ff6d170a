## client
## Страницата на клиента: формулярът за редакция, „какво ще стане, ако…“, картите с оценки, списъците със записи, моделът на покупките.
client-not-found-title = Клиентът не е намерен
client-not-found-text = Няма клиент с идентификатор „{ $id }“. Възможно е да е бил изтрит.
client-back-to-portfolio = Обратно към портфолиото
client-saved = Промените са запазени.
client-new-title = Нов клиент
client-breadcrumb = Навигационна пътека
client-crumb-portfolio = Портфолио
client-demo-tag = демонстрационен клиент
client-form-errors = Моля, коригирайте отбелязаните полета; все още нищо не е запазено.

## Формулярът за редакция.
client-legend-client = Клиент
client-company = Фирма
client-industry = Отрасъл
client-manager = Мениджър от страна на клиента
client-manager-hint = Човекът, който взема решенията от страна на клиента
client-owner = Отговорник за клиента (от нашата страна)
client-start-date = Клиент от
client-stage = Етап на отношенията
client-lost-on = Дата на загубата
client-lost-on-hint = Денят, в който клиентът ни напусна; влиза в кривите на задържане.
client-lost-on-unknown = Датата на загубата е неизвестна: въведете я, за да влезе клиентът в кривите на задържане.
client-lost-on-hint-won-back = Кога клиентът е бил загубен, преди да се върне (по избор).
# $currency е код на валута, напр. EUR.
client-legend-money = Годишни суми ({ $currency })
client-annual-revenue = Годишни приходи
client-annual-revenue-hint = напр. 120000 или 120 000,50
client-direct-cost = Преки разходи
client-direct-cost-hint = Хора, подизпълнители, лицензи за работата по този клиент
client-cost-to-serve = Разходи за обслужване
client-cost-to-serve-hint = Управление на клиента, срещи, безплатни допълнителни услуги
client-legend-relationship = Отношения
client-manager-changed = Дата на смяна на мениджъра от страна на клиента
client-manager-changed-hint = Нов човек, който взема решенията, е класическа причина клиентът да напусне
client-contract-end = Край на договора или проекта
client-cadence = Уговорен контакт на всеки (дни)
client-cadence-hint = Празно: стойността по подразбиране от „Настройки“
client-share-of-wallet = Дял от портфейла (%)
client-share-of-wallet-hint = Нашият дял от това, което купува в нашата категория
client-referrals = Направени препоръки
client-open-complaints = Отворени оплаквания
client-competitor = При този клиент е активен конкурент
client-archived = Архивиран (запазен, но не се включва в показателите на портфолиото)
client-notes = Бележки
client-add = Добави клиента
client-save = Запази промените
client-delete = Изтрий клиента

## Какво ще стане, ако инвестираме в този клиент?
client-whatif-title = Какво ще стане, ако инвестираме в този клиент?
client-whatif-care = Годишни разходи за грижа ({ $currency })
client-whatif-r = Задържане сега (%)
client-whatif-r-hint = Вероятността клиентът да остане още една година
client-whatif-r2 = Задържане при тази грижа (%)
client-whatif-d = Дисконтов процент (%)
client-whatif-h = Хоризонт (години)
client-whatif-horizon-error = Хоризонтът трябва да е цял брой години от 1 до 50.
client-whatif-numbers-error = Въведете числа във всяко поле (процентите като 85, а не 0,85).
client-whatif-sow-no-revenue = За дела от портфейла са нужни приходите на клиента.
client-whatif-sow-error = Въведете дяловете като проценти, напр. 25 и 35.
# Следва client-whatif-gain или client-whatif-loss (в получер), после едно от изреченията за изплащането.
client-whatif-readout = Ако харчим { $care } на година и повишим задържането от { $from } на { $to }, стойността на този клиент за { $years ->
        [one] { $years } година
       *[other] { $years } години
    } ще се промени от { $before } на { $after }:
client-whatif-gain = увеличение с { $amount }
client-whatif-loss = намаление с { $amount }
# Те следват непосредствено след печалбата или загубата, затова започват с точката, която завършва това изречение.
client-whatif-payback-first = . Инвестицията се изплаща още през първата година.
client-whatif-payback-year = . Инвестицията се изплаща през година { $year }.
client-whatif-no-payback = . Инвестицията не се изплаща в рамките на { $years ->
        [one] { $years } година
       *[other] { $years } години
    }.
client-whatif-sow-title = Дял от портфейла
client-whatif-sow = Нашият дял от разходите му сега (%)
client-whatif-sow-hint = Какво купува клиентът от нас в нашата категория
client-whatif-sow2 = Целеви дял (%)
client-whatif-sow-readout = При { $share } клиентът харчи около { $spend } на година в нашата категория; достигането на { $target } ще добави { $extra } приходи на година, които при маржа на този клиент струват { $value } за { $years ->
        [one] { $years } година
       *[other] { $years } години
    }.
client-whatif-hint = Стойността е годишната печалба от клиента (приходите минус двата вида разходи), умножена по вероятността той все още да е с нас, и дисконтирана; грижата се плаща всяка година, в която клиентът остава. Вижте страницата „Сценарии“ за цялото портфолио.
client-whatif-use-curve = Използвай изчислената крива на задържане
client-whatif-use-curve-hint = Тогава задържането следва { $curve } от стажа на този клиент, а грижата добавя въведените по-горе пункта всяка година.
client-whatif-by-curve = С изчислената крива:
client-whatif-derl = При стаж { $tenure } ({ $units }) кривата дава на този клиент шанс { $next } да поднови през идващата година и дисконтиран очакван оставащ срок { $derl } ({ $units }): печалбата му струва днес { $value }.

## Карти с оценки.
client-profit-label = Годишна печалба
client-profit-margin = марж { $margin }
# $change е сума със знак, напр. +1 200 €.
client-profit-margin-trend = марж { $margin }; { $change } на година според тенденцията на приходите при този марж
client-loyalty-label = Лоялност за цял живот
# $segment е сегмент на обвързаност (силно обвързан, среден, повърхностен, склонен към смяна).
client-loyalty-commitment = Сегмент по обвързаност: { $segment }
# $trend е брой точки със знак, напр. +4.
client-loyalty-commitment-trend = Сегмент по обвързаност: { $segment }; { $trend } спрямо предишната оценка
client-loyalty-none = Все още няма оценка: добавете удовлетвореност, ангажираност и привързаност по-долу.
client-risk-label = Риск от отпадане
client-risk-band-low = Нисък риск
client-risk-band-medium = Среден риск
client-risk-band-high = Висок риск
client-risk-segment = Сегмент: { $segment }. { $advice }
client-risk-ltv = Доживотна стойност: { $value }.
client-risk-weights-link = Промени теглата на риска

## Списъци със записи: взаимодействия, оценки, грижа, контакти, история на приходите.
client-interactions = Взаимодействия
client-interactions-intro = Всеки контакт се брои за уговорената честота на контакт; настроението е от −2 до +2.
client-rec-date = Дата
client-rec-channel = Канал
client-rec-who = Кой
client-rec-who-placeholder = напр. Ана (финансов директор)
client-rec-sentiment = Настроение
client-rec-note = Бележка
client-ratings = Оценки на лоялността
client-ratings-intro = Оценки от 0 до 10 от проучване или по ваша преценка: удовлетвореност, ангажираност, привързаност; отговорът за NPS, ако е зададен въпросът.
client-rec-satisfaction = Удовлетвореност
client-rec-involvement = Ангажираност
client-rec-affinity = Привързаност
client-rec-nps-answer = Отговор за NPS
client-rec-nps-placeholder = 0–10, по желание
client-rec-nps = NPS
client-care = Дейности по грижа за клиента
client-care-intro = Събития, покани, благодарности, отчети, безплатна работа и отстъпки; разходите за тях намаляват печалбата.
client-rec-kind = Вид
client-rec-cost = Разход
client-contacts = Лица за контакт при клиента
client-rec-name = Име
client-rec-role = Роля
client-rec-email = Имейл
client-rec-phone = Телефон
client-history = История на приходите
client-history-intro = По година (2025), тримесечие (2025-Q3) или месец (2025-09); тенденцията се отразява на печалбата и на риска от отпадане.
client-rec-period = Период
client-rec-revenue = Приходи
client-rec-orders = Поръчки
client-rec-optional = по желание
# Редакторът на списъци, общ за тези списъци и за досието на стойността.
client-records-none = Все още няма записи.
client-records-remove = Премахни
client-records-remove-entry = Премахни този запис
client-records-add = Добави

## От историята на покупките (импортиран файл с транзакции с идентификатора на този клиент).
client-pm-title = От историята на покупките
# $unit е days, weeks или months; $model е BG/NBD или Pareto/NBD; $alive и $margin са проценти.
client-pm-text = { $frequency ->
        [one] { $frequency } повторна покупка
       *[other] { $frequency } повторни покупки
    }, последната – { $recency } { $unit ->
        [days] дни
        [weeks] седмици
       *[months] месеца
    } след първата (наблюдаван период: { $age }). Според модела { $model } вероятността този клиент все още да купува е { $alive }; очакват се { $purchases } покупки през следващите { $months } месеца по { $spend } всяка, на стойност { $value } при марж { $margin }.
client-pm-warn = По-вероятно е клиентът да е отпаднал, отколкото да е активен: свържете се с него преди следващото подновяване.

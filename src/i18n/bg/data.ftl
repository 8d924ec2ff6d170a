## data: импортиране (списъци с клиенти, файлове с транзакции), моделите на покупките, съхранението и резервните копия.

## Ред от импортиран файл, който не можа да бъде прочетен.
data-rows-line-error = Ред { $line }: { $message }

## Списъци с клиенти, експортирани от CRM. Имената на колоните, разпознавани при импортиране, не се превеждат.
data-clients-field-company = Фирма
data-clients-field-industry = Отрасъл
data-clients-field-client-manager = Мениджър от страна на клиента
data-clients-field-owner = Отговорник за клиента
data-clients-field-start-date = Клиент от
data-clients-field-stage = Етап
data-clients-field-annual-revenue = Годишни приходи
data-clients-field-direct-cost = Преки разходи
data-clients-field-cost-to-serve = Разходи за обслужване
data-clients-field-share-of-wallet = Дял от портфейла (%)
data-clients-field-notes = Бележки
data-clients-field-lost-on = Дата на загубата
data-clients-file-empty = Файлът е празен.
data-clients-choose-company = Изберете колоната с името на фирмата.
# Две съобщения едно след друго: $first е едно изречение, $rest – останалите.
data-clients-sentences = { $first } { $rest }
data-clients-row-invalid = Редът не можа да бъде прочетен.

## Файлове с транзакции.
data-tx-file-empty = файлът е празен
data-tx-too-few-columns = { $n ->
        [one] намерена е { $n } колона
       *[other] намерени са { $n } колони
    }; файлът с транзакции трябва да съдържа поне идентификатор на клиента, дата и сума
data-tx-column = Колона { $n }
data-tx-amount-empty = сумата липсва
data-tx-not-amount = „{ $text }“ не е сума
data-tx-misplaced-separators = „{ $text }“ има неправилно поставени разделители на хилядите
data-tx-too-large = „{ $text }“ е твърде голямо
data-tx-too-few-fields = { $needed ->
        [one] очаквана е поне { $needed } колона
       *[other] очаквани са поне { $needed } колони
    }, намерени са { $found }
data-tx-customer-empty = идентификаторът на клиента липсва
data-tx-not-date = „{ $text }“ не е дата във формат { $format }
data-tx-negative-amount = отрицателна сума { $text } (връщанията не се поддържат; пропуснете ги)
data-tx-quantity = количество: { $error }
data-tx-negative-quantity = отрицателно количество { $text }
data-tx-row-errors = { $n ->
        [one] { $n } ред с грешка
       *[other] { $n } реда с грешки
    }

## Единици за време на моделите на покупките.
data-unit-days = дни
data-unit-weeks = седмици
data-unit-months = месеци
data-unit-days-count = { $n ->
        [one] { $n } ден
       *[other] { $n } дни
    }
data-unit-weeks-count = { $n ->
        [one] { $n } седмица
       *[other] { $n } седмици
    }
data-unit-months-count = { $n ->
        [one] { $n } месец
       *[other] { $n } месеца
    }

## Защо модел на покупките не можа да бъде напаснат или използван. $model е името на модел (BG/NBD, Pareto/NBD, Gamma-Gamma).
data-model-params-positive = параметрите на { $model } трябва да са положителни числа, получено: { $params }
data-model-horizon = хоризонтът трябва да е неотрицателно число, получено: { $value }
data-model-hypergeometric = хипергеометричният ред не е сходящ за тези стойности
data-model-not-finite = резултатът не е крайно число
data-model-spend-needs-repeat = Gamma-Gamma изисква x ≥ 1 и положителна средна сума на покупка, получено: x = { $x }, z̄ = { $zbar }
data-model-mean-spend-infinite = q ≤ 1: средната сума на покупка не е крайна при това напасване
data-model-spend-history = невалидна история на сумите на покупките x = { $x }, z̄ = { $zbar }
data-model-expected-spend-infinite = px + q ≤ 1: очакваната сума на покупка не е крайна при това напасване
data-model-customer-spend = клиент { $id }: средната сума на покупка не е число
data-model-spend-too-few = моделът на сумите на покупките изисква поне { $min ->
        [one] { $min } клиент
       *[other] { $min } клиента
    } с повторни покупки
data-model-periods = броят периоди трябва да е между 1 и { $max }
data-model-period-length = дължината на периода трябва да е положително число
data-model-discount-rate = дисконтовият процент трябва да е число, по-голямо от −100%
data-model-margin = маржът трябва да е между 0 и 1
data-model-customer-value = клиент { $id }: стойността не е крайно число
data-model-no-customers = няма клиенти, по които да се напасне моделът
data-model-customer = клиент { $id }: { $error }
data-model-likelihood = правдоподобието не можа да бъде изчислено от нито една начална точка
data-model-calibration-end = периодът на калибриране трябва да приключва не по-късно от края на наблюдението
data-model-observation-before-data = краят на наблюдението ({ $end }) е преди първата покупка в данните ({ $first })
data-model-observation-too-late = краят на наблюдението ({ $end }) е повече от { $years } години след последната покупка в данните ({ $last }); проверете годината
data-model-calibration-before-data = периодът на калибриране приключва ({ $end }) преди първата покупка в данните ({ $first })
data-model-unknown-customer = транзакцията се отнася до непознат клиент № { $index }
data-model-no-purchase = нито един клиент не е направил покупка до края на периода на калибриране
data-model-customer-history = невалидна история на клиент x = { $x }, t_x = { $tx }, T = { $age }: нужни са цяло x ≥ 0, 0 ≤ t_x ≤ T и t_x = 0, когато x = 0
data-model-no-holdout = обобщението няма контролен период
data-model-age = възрастта T трябва да е положително число
data-model-tracking-point = очакваните покупки до { $date } не можаха да бъдат изчислени: { $error }
data-model-holdout-length = дължината на контролния период не съответства на датите в обобщението (край на калибрирането { $cal }, край на наблюдението { $end })

## Как е завършило напасването на модел (едни и същи думи за всеки модел).
data-fit-converged = постигната сходимост
data-fit-stopped-early = спряно преждевременно
data-fit-at-bound = спряно на граница на търсенето

## Проучване на историята на покупките.
data-study-no-model = нито един модел на покупките не можа да бъде напаснат
data-study-no-buyer = нито един клиент не е купил нищо преди края на периода на калибриране
data-study-model-failed = { $model }: { $error }
data-study-tracking-failed = { $model }: покупките във времето не можаха да бъдат изчислени: { $error }
data-study-holdout-failed = проверката върху контролния период не можа да бъде изчислена: { $error }
data-study-too-many-customers = { $n ->
        [one] { $n } клиент е твърде много
       *[other] { $n } клиента са твърде много
    }, за да се пазят поотделно в хранилището на браузъра (лимит { $limit }): напаснатите модели, проверката и сумите се запазват; импортирайте отново, за да видите или експортирате резултатите по клиенти.
# Съобщение, запазено от по-стара версия, показано както е написано.
data-study-stored-text = { $text }

## Хранилището на браузъра.
data-store-unavailable = Браузърът не позволява на тази страница да съхранява данни ({ $reason }). Промените ви остават само в този раздел: изтеглете резервно копие от страницата „Данни“, преди да го затворите.
data-store-full = Хранилището на браузъра за това приложение е пълно, затова последната промяна не беше запазена. Запазените преди това данни са непокътнати, а промените ви са все още на екрана: освободете място (изтрийте стари данни в друг раздел на приложението или изчистете данните на други сайтове) и натиснете „Запази отново“.
data-store-failed = Запазването не успя ({ $reason }). Запазените преди това данни са непокътнати, а промените ви са все още на екрана; натиснете „Запази отново“.
data-store-conflict = Друг раздел запази по-нови промени. Изберете коя версия да запазите.
data-store-broken = Не е запазено: съхранените данни са се променили и вече не могат да бъдат прочетени. { $problem }
data-store-encode = Не е запазено: данните не можаха да бъдат записани като JSON ({ $reason }).
data-store-encode-failed = { $reason }
data-store-not-a-number = полето „{ $where }“ съдържа стойност, която не е число (NaN или безкрайност) и не би могла да бъде прочетена отново; предишният запис се запазва
data-store-revision-limit = Не е запазено: съхраненият номер на ревизия е достигнал границата си, което е възможно само при ръчно редактирани данни. Изтеглете резервно копие, изчистете данните на сайта в браузъра и възстановете копието.
data-store-no-window = няма прозорец
data-store-no-local-storage = localStorage липсва
data-store-disabled = хранилището е изключено за този сайт
# $name и $message са на браузъра (на английски).
data-store-browser-error = { $name }: { $message }
data-store-browser-message = { $message }
data-store-unknown-error = неизвестна грешка
data-part-clients = Клиенти (всички полета)
data-part-records = …от тях взаимодействия, грижа за клиента, оценки, лица за контакт и история на приходите
data-part-scenarios = Сценарии
data-part-settings = Настройки
data-part-purchases = Обобщение на историята на покупките и модели

## Съхранени данни, които не могат да бъдат отворени (екранът за възстановяване). $reason е едно от съобщенията data-json-* по-долу.
data-load-unparseable = Запазените данни не са четим JSON ({ $reason }). Може да са били отрязани или редактирани ръчно.
data-load-invalid = Запазените данни нямат очакваната структура ({ $reason }).
data-load-too-new = Запазените данни са записани от по-нова версия на Калкулатора за задържане на клиенти (версия на схемата { $found }; тази версия разбира до { $supported }). Отворете ги с по-новата версия или започнете отначало тук.
# What the JSON reader found wrong: $line and $column are positions in the file.
data-json-eof = свършва преждевременно, на ред { $line }, колона { $column }
data-json-syntax = е повреден на ред { $line }, колона { $column }
data-json-missing-field = липсва полето „{ $field }“
data-json-shape = стойност от грешен вид на ред { $line }, колона { $column }
data-json-io = не можа да бъде прочетен
data-load-no-version = липсва полето schema_version
data-load-version-zero = schema_version 0 никога не е записвана
data-load-no-migration = няма миграция от версия { $version }
data-load-not-object = данните от версия { $version } не са обект
data-load-clients-not-list = `clients` от версия 1 не е списък
data-load-no-data = данните от версия 2 нямат обект `data`

## Файлове с резервни копия: защо някой е отказан. Всяко съобщение завършва с това, че нищо не е променено.
data-backup-error-too-large = Този файл е { $size } МБ; резервното копие на Калкулатора за задържане на клиенти е много по-малко. Нищо не е променено.
data-backup-error-empty = Файлът е празен. Нищо не е променено.
data-backup-error-not-utf8 = Файлът не е текст в UTF-8 (може да е двоичен файл или текст, записан с друго кодиране). Нищо не е променено.
data-backup-error-not-json = Файлът не е четимо резервно копие: не е завършен JSON ({ $reason }). Нищо не е променено.
data-backup-error-not-object = Файлът е JSON, но не е резервно копие на това приложение. Нищо не е променено.
data-backup-error-no-marker = Файлът е JSON, но не е резервно копие на Калкулатора за задържане на клиенти (липсва маркер за резервно копие). Нищо не е променено.
data-backup-error-no-version = Резервното копие няма версия на схемата. Нищо не е променено.
data-backup-error-too-new = Това резервно копие е записано от по-нова версия на Калкулатора за задържане на клиенти (схема { $found }; тази версия чете до { $supported }). Отворете го с по-новата версия. Нищо не е променено.
data-backup-error-no-data = Резервното копие няма данни. Нищо не е променено.
data-backup-error-no-checksum = Резервното копие няма контролна сума. Нищо не е променено.
data-backup-error-unreadable = Резервното копие не можа да бъде прочетено ({ $reason }). Нищо не е променено.
data-backup-error-checksum = Контролната сума на резервното копие не съответства на съдържанието му: файлът е бил променен или повреден след запазването. Нищо не е променено.
data-backup-error-version-1 = Резервни копия от версия 1 на хранилището не се поддържат; първо отворете файла с версия 2.
data-backup-error-shape = Данните в резервното копие нямат очакваната структура: { $problem }. Нищо не е променено.
data-backup-error-invalid = Данните в резервното копие нарушават { $n ->
    [one] едно правило
   *[other] { $n } правила
} на формулярите, изброени по-долу. Нищо не е променено.
data-backup-problem-client = Клиент „{ $company }“: { $problem }
data-backup-problem-record = Клиент „{ $company }“, { $record }: { $problem }
data-backup-problem-same-id = Клиентът „{ $company }“ има същия идентификатор като друг клиент в резервното копие.
data-backup-problem-scenarios = Резервното копие има { $n ->
    [one] { $n } сценарий
   *[other] { $n } сценария
}; могат да се пазят най-много { $max }.
data-backup-problem-scenario-name = Сценарият „{ $name }“ има празно или твърде дълго име или идентификатор.
data-backup-problem-scenario-same-id = Сценарият „{ $name }“ има същия идентификатор като друг сценарий в резервното копие.
data-backup-problem-scenario = Сценарий „{ $name }“: { $problem }
data-backup-problem-baseline = Базов сценарий: { $problem }
data-backup-problem-reminder = Периодът на напомнянето за резервно копие ({ $days }) трябва да е от 7 до 90 дни или изключен.
data-backup-problem-figure = Стойността в { $where } е извън допустимите граници.

## Голямото хранилище (IndexedDB): клиентите на една история на покупките
data-bulk-too-new = Клиентите на тази история на покупките са записани от по-нова версия на приложението (формат { $found }; тази версия чете до { $ours }). Оставени са както са: отворете по-новата версия на приложението или премахнете историята и я импортирайте отново.
data-bulk-damaged = Клиентите на тази история на покупките не могат да бъдат прочетени ({ $reason }). Оставени са както са; моделите и числата се запазват. Премахнете историята и импортирайте файла отново, за да видите всеки клиент.
data-bulk-cut = запис свършва твърде рано
data-bulk-bad-magic = запис не е в очаквания формат
data-bulk-bad-number = запис съдържа време, което не е число
data-bulk-bad-text = идентификатор на клиент не е валиден текст
data-bulk-bad-date = запис съдържа невъзможна дата
data-bulk-trailing = запис има излишни байтове
data-bulk-bad-meta = записът, който го описва, не може да бъде прочетен
data-bulk-other-study = записаните данни принадлежат на друг импорт
data-bulk-missing-chunk = част от записите липсва
data-bulk-checksum = записите не съответстват на контролната си сума
data-bulk-missing = записите не са в този браузър (може да са изтрити заедно с данните на сайта)
data-bulk-unavailable = Този браузър не позволява на приложението да пази данни в IndexedDB ({ $reason }). Моделите на историята на покупките се запазват; клиентите ѝ не се запазват след презареждане.
data-bulk-full = Мястото на браузъра за този сайт е пълно: клиентите на историята на покупките не можаха да бъдат записани, а предишната история остава непроменена. Освободете място (Данни → Съхранение) или импортирайте по-малък файл.
data-bulk-failed = Клиентите на историята на покупките не можаха да бъдат записани ({ $reason }); предишната история остава непроменена.
data-bulk-aborted = браузърът отмени записа
data-clients-field-contract-end = Край на договора
data-clients-field-manager-changed-on = Смяна на мениджъра на
data-clients-field-referrals = Препоръки
data-clients-field-contact-cadence = Контакт на всеки (дни)
data-clients-field-open-complaints = Отворени оплаквания
data-clients-field-competitor = Активен конкурент
data-clients-field-archived = Архивиран
data-clients-not-yes-no = { $label }: „{ $text }“ не е да или не.
data-clients-unclosed-quote = Този ред отваря кавички ("), които не се затварят, затова не е прочетен. Затворете кавичките или ги премахнете.

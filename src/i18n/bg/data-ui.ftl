## Страница „Данни“: резервни копия, възстановяване, клиенти като CSV, импорт на история на покупките, хранилище, екран за възстановяване.

## Общи
data-ui-cancel = Отказ
data-ui-line-error = Ред { $line }: { $error }
data-ui-file-error = „{ $name }“: { $error }.
data-ui-named-error = „{ $name }“: { $error }
data-ui-read-failed = { $error }. Нищо не е променено.
data-ui-downloaded = Изтеглен е файлът { $name }.

## Страницата и резервното копие
data-ui-title = Данни
data-ui-backup-title = Резервно копие
data-ui-backup-intro = Всичко, което пазите в това приложение, се намира само в този браузър. От време на време изтегляйте резервно копие: един JSON файл с вашите клиенти, сценарии и настройки, версията на схемата и контролна сума, който може да се прочете от всяка по-нова версия на приложението.
# Без точка накрая: датите завършват с „г.“.
data-ui-last-backup = Последното резервно копие е изтеглено на { $date }
data-ui-no-backup = От този браузър все още не е изтеглено резервно копие.
data-ui-download-backup = Изтегли резервно копие
data-ui-backup-write-failed = Резервното копие не можа да бъде записано ({ $error }).
data-ui-backup-downloaded = Изтеглен е файлът { $name }. Пазете го на сигурно място, например заедно с другите си работни файлове.

## Възстановяване
data-ui-restore-title = Възстановяване от резервно копие
data-ui-restore-intro = Изберете файл с резервно копие. Нищо не се променя, докато не видите какво съдържа и не изберете как да го възстановите.
data-ui-choose-backup = Избери файл с резервно копие…
data-ui-restore-saved = { $file } — запазено на { $date }
data-ui-restore-saved-unknown = { $file } — запазено в неизвестен момент
data-ui-restore-migrated = Записано от по-стара версия (схема { $version }); обновено е при прочитането.
data-ui-restore-counts = { $clients ->
    [one] { $clients } клиент
   *[other] { $clients } клиента
} и { $scenarios ->
    [one] { $scenarios } сценарий
   *[other] { $scenarios } сценария
} в резервното копие.
data-ui-restore-added = Нови за този браузър ({ $n }): { $list }
data-ui-restore-only-here = Само в този браузър ({ $n }; обединяването ги запазва, замяната ги премахва): { $list }
data-ui-restore-unchanged = Без промяна: { $n }.
data-ui-restore-updated = Обновени от резервното копие, редактирани там по-късно ({ $n }): { $list }
data-ui-restore-kept = Запазени както тук, редактирани тук по-късно ({ $n }): { $list }
data-ui-restore-conflicts = Различни, без да може да се каже кое е по-ново; при обединяване се запазва вашето копие и се добавят записите, които са само в резервното копие ({ $n }): { $list }
data-ui-restore-renamed = { $name } (тук „{ $here }“)
data-ui-restore-records-added = { $name } (с { $n ->
    [one] { $n } запис
   *[other] { $n } записа
} от резервното копие)
data-ui-restore-records-kept = { $name } ({ $n ->
    [one] { $n } запис, който е само тук, е запазен
   *[other] { $n } записа, които са само тук, са запазени
})
data-ui-restore-records-differ = { $name } ({ $n ->
    [one] { $n } запис, променен
   *[other] { $n } записа, променени
} и в двете: запазва се вашият вариант)
data-ui-restore-scenarios-added = Нови сценарии за този браузър ({ $n }): { $list }
data-ui-restore-scenarios-conflicts = Сценарии, които се различават; при обединяване се запазват вашите ({ $n }): { $list }
data-ui-restore-scenarios-full = Недобавени сценарии, списъкът е пълен ({ $n }): { $list }
data-ui-restore-scenarios-unchanged = Сценарии без промяна: { $n }.
data-ui-restore-replan = Обединяването се изчислява отново от данните ви такива, каквито са при натискане на „Обедини“, така че междувременните промени се запазват.
data-ui-restore-problems-more = … и още { $n }.
data-ui-restore-purchases-added = Историята на покупките от резервното копие ({ $n ->
    [one] { $n } клиент
   *[other] { $n } клиента
}) се добавя: в този браузър няма такава.
data-ui-restore-purchases-kept = И двете имат история на покупките: при обединяване се запазва тази от браузъра, при замяна се взема тази от резервното копие.
data-ui-list-none = няма.
data-ui-list-more = { $names } и още { $n }.
data-ui-merge = Обедини с моите данни
data-ui-replace = Замени моите данни с резервното копие
data-ui-merged-undo = { $file } е обединен с вашите данни.
data-ui-replaced-undo = Вашите данни са заменени с { $file }.
data-ui-restored = Възстановено. Можете да отмените възстановяването от съобщението най-горе до следващата си промяна.

## Състояние на хранилището
data-ui-storage-title = Хранилище
data-ui-storage-used = Това приложение използва { $used } от около { $quota }, които браузърът позволява на всеки сайт ({ $percent }).
data-ui-storage-unreadable = Браузърът не позволява на тази страница да прочете хранилището си.
data-ui-storage-part = Част
data-ui-storage-size = Размер
data-ui-storage-full-hint = Когато хранилището е пълно, приложението пази последните запазени данни и ви уведомява; изтеглете резервно копие, след това премахнете това, което вече не ви трябва (стари сценарии, бележки за взаимодействия на архивирани клиенти).
data-ui-bulk-title = Клиенти от историята на покупките (IndexedDB)
data-ui-bulk-none = Не се пази история на покупките.
data-ui-bulk-loading = Клиентите на историята се четат…
data-ui-bulk-storing = Клиентите на историята се записват…
data-ui-bulk-kept = { $n } клиенти от историята на покупките се пазят в IndexedDB на този браузър, извън основния документ.
data-ui-bulk-in-document = { $n } клиенти от историята на покупките се пазят в основния документ.
data-ui-site-storage = Цялото хранилище на този сайт (и двете): { $used } от { $quota }, колкото позволява браузърът ({ $percent }).
data-ui-size-kb = { $kb } КБ
data-ui-size-mb = { $mb } МБ

## Клиенти като CSV
data-ui-clients-title = Клиенти като CSV
data-ui-clients-intro = Експортирайте списъка с клиенти за електронна таблица или CRM (клетките, които електронната таблица би изпълнила като формули, се обезвреждат) или добавете клиенти от експорт от CRM. CSV файлът съдържа всички полета от формата за клиент; записите (контакти, взаимодействия, грижа, оценки, история на приходите, досието на стойността) не са в него: те се пренасят в резервните копия.
data-ui-clients-export = Експортирай клиентите (CSV)
data-ui-clients-import = Импортирай клиенти от CSV…
data-ui-clients-not-utf8 = не е текст в UTF-8
data-ui-clients-file-error = „{ $name }“: { $error }. Нищо не е променено.
data-ui-clients-guess-error = „{ $name }“: { $error } Нищо не е променено.
data-ui-clients-not-in-file = (няма във файла)
# Изречението за прегледа: първата част, после незадължителните части (всяка започва с „; “), после точка.
data-ui-clients-preview-new = { $n ->
    [one] { $n } нов клиент за добавяне
   *[other] { $n } нови клиента за добавяне
}
data-ui-clients-preview-existing = { $n ->
    [one] ; { $n } вече е в портфолиото (същото име на фирма) и се пропуска
   *[other] ; { $n } вече са в портфолиото (същото име на фирма) и се пропускат
}
data-ui-clients-preview-errors = { $n ->
    [one] ; { $n } ред не може да бъде прочетен
   *[other] ; { $n } реда не могат да бъдат прочетени
}
data-ui-clients-add = { $n ->
    [one] Добави { $n } клиент
   *[other] Добави { $n } клиента
}
data-ui-clients-added = { $n ->
    [one] Добавен е { $n } клиент. Можете да отмените добавянето от съобщението най-горе.
   *[other] Добавени са { $n } клиента. Можете да отмените добавянето от съобщението най-горе.
}
data-ui-clients-added-undo = { $n ->
    [one] Добавен е { $n } клиент от файла.
   *[other] Добавени са { $n } клиента от файла.
}

## Импорт на история на покупките
data-ui-tx-title = Импорт на история на покупките
data-ui-tx-intro = CSV файл с покупки (идентификатор на клиента, дата, сума; по желание количество) от магазин или от счетоводен експорт. Приложението напасва към него модели „buy till you die“, за да прецени кои клиенти все още са активни и каква е стойността им. Пазят се само обобщението по клиенти и напаснатите модели, не и самите транзакции.
data-ui-tx-choose-file = Избери CSV файл…
data-ui-tx-or-paste = или поставете по-долу
data-ui-tx-paste = Поставяне на транзакции
data-ui-tx-pasted-label = Поставени транзакции
data-ui-tx-paste-placeholder =
    клиент;дата;сума
    C-1;2025-03-01;120,50
data-ui-tx-use-pasted = Използвай поставения текст
data-ui-tx-pasted-name = поставен текст
data-ui-tx-not-utf8 = не е текст в UTF-8; запазете го като CSV (UTF-8) и опитайте отново
data-ui-tx-unreadable = „{ $name }“ не може да бъде прочетен като транзакции: { $error }.
data-ui-tx-not-a-date = „{ $text }“ не е дата (YYYY-MM-DD).
data-ui-tx-obs-missing = Посочете крайната дата на наблюдението.
data-ui-tx-cal-after-obs = Периодът на калибриране трябва да завършва преди края на наблюдението (останалото е контролният период).
data-ui-tx-fit-failed = Моделите не можаха да бъдат напаснати: { $error }.
data-ui-tx-file-size = { $name } — { $bytes ->
    [one] { $bytes } байт
   *[other] { $bytes } байта
}
data-ui-tx-separator = Разделител
data-ui-tx-delim-comma = Запетая ,
data-ui-tx-delim-semicolon = Точка и запетая ;
data-ui-tx-delim-tab = Табулация
data-ui-tx-delim-pipe = Вертикална черта |
data-ui-tx-delim-spaces = Интервали
data-ui-tx-has-header = Първият ред съдържа заглавия на колоните
data-ui-tx-none = (няма)
data-ui-tx-customer-column = Колона с идентификатора на клиента
data-ui-tx-date-column = Колона с датата
data-ui-tx-amount-column = Колона със сумата
data-ui-tx-quantity-column = Колона с количеството
data-ui-tx-date-format = Формат на датата
data-ui-tx-date-ambiguous = На тези дати отговарят и DD/MM/YYYY, и MM/DD/YYYY: изберете правилния формат.
data-ui-tx-date-ambiguous-file = Всички дати във файла отговарят и на DD/MM/YYYY, и на MM/DD/YYYY: изберете правилния формат.
data-ui-tx-date-file-reads = Не всички дати във файла се четат така; всички се четат като { $format }.
data-ui-tx-decimal = Десетичен разделител
data-ui-tx-decimal-dot = Точка: 1,234.50
data-ui-tx-decimal-comma = Запетая: 1.234,50
data-ui-tx-preview-hint = Преглед на първите редове така, както ще бъдат прочетени:
data-ui-tx-col-customer = Клиент
data-ui-tx-col-date = Дата
data-ui-tx-col-amount = Сума
data-ui-tx-col-quantity = Количество
data-ui-tx-read-all = Прочети всички редове
data-ui-tx-progress = Прочетени редове: { $lines }, покупки: { $purchases }, проблеми: { $problems }…
data-ui-tx-progress-done = Прочетени редове: { $lines }, покупки: { $purchases }, проблеми: { $problems } — готово
data-ui-tx-ready = Готови за импорт: { $purchases ->
    [one] { $purchases } покупка
   *[other] { $purchases } покупки
} от { $customers ->
    [one] { $customers } клиент
   *[other] { $customers } клиента
}.
data-ui-tx-ready-range = Готови за импорт: { $purchases ->
    [one] { $purchases } покупка
   *[other] { $purchases } покупки
} от { $customers ->
    [one] { $customers } клиент
   *[other] { $customers } клиента
} за периода { $from } – { $to }
data-ui-tx-skipped = { $n ->
    [one] { $n } ред е пропуснат:
   *[other] { $n } реда са пропуснати:
}
data-ui-tx-unit = Единица за време
data-ui-tx-unit-days = Дни
data-ui-tx-unit-weeks = Седмици
data-ui-tx-unit-months = Месеци
data-ui-tx-observation-end = Край на наблюдението
data-ui-tx-calibration-end = Край на калибрирането (по желание)
data-ui-tx-calibration-hint = Моделите се напасват по покупките до тази дата; с останалите се проверява прогнозата
data-ui-tx-fitting = Напасване на моделите…
data-ui-tx-import = Импортирай и напасни моделите
data-ui-tx-replaces = Това заменя импортираната преди история на покупките.
# Импортът работи във фонов процес (worker): етапите, отказът и какво може да се обърка.
data-ui-tx-work-label = Напредък на импорта
data-ui-tx-stage-reading = Четене на файла: { $percent } готови…
data-ui-tx-stage-summarising = Обобщаване на покупките на всеки клиент…
data-ui-tx-stage-fitting-bgnbd = Напасване на модела BG/NBD…
data-ui-tx-stage-fitting-pareto = Напасване на модела Pareto/NBD…
data-ui-tx-stage-fitting-gamma = Напасване на модела за разходи Gamma-Gamma…
data-ui-tx-stage-validating = Проверка на прогнозата спрямо контролния период…
data-ui-tx-stage-saving = Всички клиенти се записват в този браузър…
data-ui-tx-step = Стъпка { $step } от { $steps }
data-ui-tx-background = Работата тече във фонов режим: междувременно страницата може да се използва.
data-ui-tx-cancel = Отказ
data-ui-tx-cancelled = Отменено. Нищо не беше импортирано и нищо не беше променено.
data-ui-tx-read-again = Прочетеният преди текст вече не е в паметта: натиснете отново „Прочети всички редове“.
data-ui-tx-worker-unavailable = Фоновият процес, който чете файла, не можа да стартира ({ $error }). Презаредете страницата и опитайте отново.
data-ui-tx-worker-stopped = Фоновият процес спря неочаквано ({ $error }). Нищо не беше променено; опитайте отново.
data-ui-tx-worker-unreadable = Фоновият процес изпрати съобщение, което тази страница не може да прочете. Презаредете страницата, за да обновите приложението.

## Екран за възстановяване (запазените данни не могат да бъдат прочетени)
data-ui-recovery-title = Запазените ви данни не могат да бъдат отворени
data-ui-recovery-kept = Нищо не е променено или изтрито: { $n ->
    [one] { $n } знак, запазен в този браузър, се пази точно такъв, какъвто е,
   *[other] { $n } знака, запазени в този браузър, се пазят точно такива, каквито са,
} докато не изберете какво да направите.
data-ui-recovery-download = Изтегли запазения текст
data-ui-recovery-downloaded = Изтеглен е файлът { $name }. Пазете го: това са вашите данни точно както са били запазени.
data-ui-recovery-start-fresh = Започни отначало…
data-ui-recovery-confirm = Започването отначало заменя нечетимите данни с демонстрационното портфолио. Първо изтеглете запазения текст, ако може да ви потрябва. Да започнем ли отначало сега?
data-ui-recovery-yes = Да, започни отначало

## brief-ui
## Справката за клиента в горната част на страницата на клиента, досието на стойността и хронологията.
brief-ui-title = Справка за клиента
brief-ui-no-manager = Няма записан мениджър.
brief-ui-no-manager-since = Няма записан мениджър (от { $date }).
brief-ui-manager = Мениджър: { $name }.
brief-ui-manager-since = Мениджър: { $name } (от { $date }).
# $tenure е продължителност, напр. „3 години и 2 месеца“.
brief-ui-client-for = Клиент от { $tenure }.
# Без точка накрая: датите завършват с „г.“.
brief-ui-last-contact-next = Последен контакт: { $last }; следващият е предвиден за { $next }
brief-ui-last-contact = Последен контакт: { $last }
brief-ui-no-contact-next = Няма записан контакт; следващият е предвиден за { $next }
brief-ui-no-contact = Няма записан контакт.
brief-ui-value-beyond = Стойност, предоставена извън договора: { $value }.
brief-ui-value-beyond-share = Стойност, предоставена извън договора: { $value } ({ $share } от годишните приходи).
brief-ui-log-label = Записване на контакт
brief-ui-note-label = За какво ставаше дума?
brief-ui-note-placeholder = За какво ставаше дума? (по желание)
brief-ui-log-button = Запиши днешния контакт
brief-ui-logged = Записано.

## Досието на стойността.
brief-ui-projects = Проекти
brief-ui-project = Проект
brief-ui-price = Цена
brief-ui-start = Начало
brief-ui-end = Край
brief-ui-entries = Записи в досието
brief-ui-entries-intro = Отстъпки, безплатни консултации и допълнителна работа; ползи, които клиентът е получил; доказателства за лоялност; специални условия.
brief-ui-date = Дата
brief-ui-section = Раздел
brief-ui-what = Какво
brief-ui-value = Стойност
brief-ui-hours = Часове
brief-ui-optional = по желание
brief-ui-dossier-title = Досие на стойността
brief-ui-entries-count = Записи
brief-ui-last-12-months = Последните 12 месеца
brief-ui-all-time = За целия период
brief-ui-value-beyond-row = Стойност, предоставена извън договора
# Сума и делът ѝ от годишните приходи.
brief-ui-value-with-share = { $value } ({ $share })
brief-ui-dossier-hint = Разходите, които сме поели, и специалните условия от последните 12 месеца намаляват печалбата от клиента. Доказателствата за лоялност се изброяват, но не се сумират.
brief-ui-export-csv = Експортирай досието (CSV)
brief-ui-export-md = Експортирай отчета (Markdown)
brief-ui-print = Отпечатай справката и досието

## Хронологията и текстовата ѝ алтернатива.
brief-ui-timeline-caption = Отношенията от { $first } до { $last }
brief-ui-timeline-label = { $n ->
        [one] { $n } събитие
       *[other] { $n } събития
    }: взаимодействия, грижа, записи в досието и оценки във времето
brief-ui-timeline-summary = В хронологията: { $contacts ->
        [one] { $contacts } контакт
       *[other] { $contacts } контакта
    }, { $care ->
        [one] { $care } дейност по грижа за клиента
       *[other] { $care } дейности по грижа за клиента
    }, { $dossier ->
        [one] { $dossier } запис в досието
       *[other] { $dossier } записа в досието
    } и { $ratings ->
        [one] { $ratings } оценка
       *[other] { $ratings } оценки
    }.

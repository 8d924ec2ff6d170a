## brief-ui
## Fișa clientului din partea de sus a paginii clientului, dosarul de valoare și cronologia.
brief-ui-title = Fișa clientului
brief-ui-no-manager = Niciun manager înregistrat.
brief-ui-no-manager-since = Niciun manager înregistrat (din { $date }).
brief-ui-manager = Manager: { $name }.
brief-ui-manager-since = Manager: { $name } (din { $date }).
# $tenure este o durată, de ex. „3 ani 2 luni”.
brief-ui-client-for = Client de { $tenure }.
brief-ui-last-contact-next = Ultimul contact: { $last }; următorul este prevăzut pentru { $next }.
brief-ui-last-contact = Ultimul contact: { $last }.
brief-ui-no-contact-next = Niciun contact înregistrat; următorul este prevăzut pentru { $next }.
brief-ui-no-contact = Niciun contact înregistrat.
brief-ui-value-beyond = Valoare oferită peste contract: { $value }.
brief-ui-value-beyond-share = Valoare oferită peste contract: { $value } ({ $share } din venitul anual).
brief-ui-log-label = Înregistrați un contact
brief-ui-note-label = Despre ce a fost vorba?
brief-ui-note-placeholder = Despre ce a fost vorba? (opțional)
brief-ui-log-button = Înregistrează contactul de azi
brief-ui-logged = Înregistrat.

## Dosarul de valoare.
brief-ui-projects = Proiecte
brief-ui-project = Proiect
brief-ui-price = Preț
brief-ui-start = Început
brief-ui-end = Sfârșit
brief-ui-entries = Înregistrări în dosar
brief-ui-entries-intro = Reduceri, consultanță gratuită și muncă suplimentară; beneficii primite de client; dovezi de loialitate; condiții speciale.
brief-ui-date = Data
brief-ui-section = Secțiune
brief-ui-what = Ce
brief-ui-value = Valoare
brief-ui-hours = Ore
brief-ui-optional = opțional
brief-ui-dossier-title = Dosar de valoare
brief-ui-entries-count = Înregistrări
brief-ui-last-12-months = Ultimele 12 luni
brief-ui-all-time = De la început
brief-ui-value-beyond-row = Valoare oferită peste contract
# O sumă și partea ei din venitul pe un an.
brief-ui-value-with-share = { $value } ({ $share })
brief-ui-dossier-hint = Costurile suportate de noi și condițiile speciale din ultimele 12 luni se scad din profitul clientului. Dovezile de loialitate sunt doar enumerate, nu adunate.
brief-ui-export-csv = Exportă dosarul (CSV)
brief-ui-export-md = Exportă raportul (Markdown)
brief-ui-print = Tipărește fișa și dosarul

## Cronologia și alternativa ei text.
brief-ui-timeline-caption = Relația de la { $first } până la { $last }
brief-ui-timeline-label = { $n ->
        [one] { $n } eveniment
        [few] { $n } evenimente
       *[other] { $n } de evenimente
    }: interacțiuni, fidelizare, înregistrări în dosar și evaluări în timp
brief-ui-timeline-summary = În cronologie: { $contacts ->
        [one] { $contacts } contact
        [few] { $contacts } contacte
       *[other] { $contacts } de contacte
    }, { $care ->
        [one] { $care } activitate de fidelizare
        [few] { $care } activități de fidelizare
       *[other] { $care } de activități de fidelizare
    }, { $dossier ->
        [one] { $dossier } înregistrare în dosar
        [few] { $dossier } înregistrări în dosar
       *[other] { $dossier } de înregistrări în dosar
    } și { $ratings ->
        [one] { $ratings } evaluare
        [few] { $ratings } evaluări
       *[other] { $ratings } de evaluări
    }.

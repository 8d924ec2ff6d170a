## Pagina Date: copii de siguranță, restaurare, clienți în CSV, import de istoric de achiziții, stocare, ecranul de recuperare.

## Comune
data-ui-cancel = Anulează
data-ui-line-error = Linia { $line }: { $error }
data-ui-file-error = „{ $name }”: { $error }.
data-ui-named-error = „{ $name }”: { $error }
data-ui-read-failed = { $error }. Nu s-a modificat nimic.
data-ui-downloaded = S-a descărcat { $name }.

## Pagina și copia de siguranță
data-ui-title = Date
data-ui-backup-title = Copie de siguranță
data-ui-backup-intro = Tot ce păstrați în această aplicație se află doar în acest browser. Descărcați din când în când o copie de siguranță: un singur fișier JSON cu clienții, scenariile și setările dumneavoastră, versiunea schemei și o sumă de control, care poate fi citit de orice versiune ulterioară a aplicației.
data-ui-last-backup = Ultima copie de siguranță a fost descărcată pe { $date }.
data-ui-no-backup = Încă nu s-a descărcat nicio copie de siguranță din acest browser.
data-ui-download-backup = Descarcă copia de siguranță
data-ui-backup-write-failed = Copia de siguranță nu a putut fi scrisă ({ $error }).
data-ui-backup-downloaded = S-a descărcat { $name }. Păstrați-l într-un loc sigur, de exemplu împreună cu celelalte fișiere de lucru.

## Restaurare
data-ui-restore-title = Restaurați o copie de siguranță
data-ui-restore-intro = Alegeți un fișier de copie de siguranță. Nimic nu se modifică până nu vedeți ce conține și alegeți cum să îl restaurați.
data-ui-choose-backup = Alege fișierul de copie…
data-ui-restore-saved = { $file } — salvat pe { $date }
data-ui-restore-saved-unknown = { $file } — salvat la o dată necunoscută
data-ui-restore-migrated = Scris de o versiune mai veche (schema { $version }); a fost actualizat la citire.
data-ui-restore-counts = { $clients ->
    [one] { $clients } client
    [few] { $clients } clienți
   *[other] { $clients } de clienți
} și { $scenarios ->
    [one] { $scenarios } scenariu
    [few] { $scenarios } scenarii
   *[other] { $scenarios } de scenarii
} în copia de siguranță.
data-ui-restore-added = { $n ->
    [one] { $n } client nou aici: { $list }
    [few] { $n } clienți noi aici: { $list }
   *[other] { $n } de clienți noi aici: { $list }
}
data-ui-restore-only-here = { $n ->
    [one] { $n } client există doar aici (o combinare îl păstrează; înlocuirea îl elimină): { $list }
    [few] { $n } clienți există doar aici (o combinare îi păstrează; înlocuirea îi elimină): { $list }
   *[other] { $n } de clienți există doar aici (o combinare îi păstrează; înlocuirea îi elimină): { $list }
}
data-ui-restore-unchanged = { $n ->
    [one] { $n } client neschimbat.
    [few] { $n } clienți neschimbați.
   *[other] { $n } de clienți neschimbați.
}
data-ui-restore-updated = Actualizați din copia de siguranță, modificați acolo mai recent ({ $n }): { $list }
data-ui-restore-kept = Păstrați ca aici, modificați aici mai recent ({ $n }): { $list }
data-ui-restore-conflicts = Diferiți, fără să se poată spune care e mai nou; o combinare păstrează copia dumneavoastră și adaugă înregistrările care sunt doar în copia de siguranță ({ $n }): { $list }
data-ui-restore-renamed = { $name } (aici „{ $here }”)
data-ui-restore-records-added = { $name } (cu { $n ->
    [one] { $n } înregistrare
    [few] { $n } înregistrări
   *[other] { $n } de înregistrări
} adăugate din copia de siguranță)
data-ui-restore-records-kept = { $name } ({ $n ->
    [one] { $n } înregistrare care există doar aici a fost păstrată
    [few] { $n } înregistrări care există doar aici au fost păstrate
   *[other] { $n } de înregistrări care există doar aici au fost păstrate
})
data-ui-restore-records-differ = { $name } ({ $n ->
    [one] { $n } înregistrare modificată
    [few] { $n } înregistrări modificate
   *[other] { $n } de înregistrări modificate
} în ambele: se păstrează ale dumneavoastră)
data-ui-restore-scenarios-added = Scenarii noi aici ({ $n }): { $list }
data-ui-restore-scenarios-conflicts = Scenarii care diferă; o combinare le păstrează pe ale dumneavoastră ({ $n }): { $list }
data-ui-restore-scenarios-full = Scenarii neadăugate, lista este plină ({ $n }): { $list }
data-ui-restore-scenarios-unchanged = Scenarii neschimbate: { $n }.
data-ui-restore-replan = Combinarea se calculează din nou din datele dumneavoastră, așa cum sunt când apăsați Combină, deci modificările făcute între timp se păstrează.
data-ui-restore-problems-more = … și încă { $n }.
data-ui-restore-purchases-added = Istoricul de achiziții din copia de siguranță ({ $n ->
    [one] { $n } client
    [few] { $n } clienți
   *[other] { $n } de clienți
}) este adăugat: acest browser nu are unul.
data-ui-restore-purchases-kept = Ambele au un istoric de achiziții: o combinare îl păstrează pe cel din acest browser; înlocuirea îl preia pe cel din copia de siguranță.
data-ui-list-none = niciunul.
data-ui-list-more = { $names } și încă { $n }.
data-ui-merge = Combină cu datele mele
data-ui-replace = Înlocuiește datele mele cu copia de siguranță
data-ui-merged-undo = { $file } a fost combinat cu datele dumneavoastră.
data-ui-replaced-undo = Datele dumneavoastră au fost înlocuite cu { $file }.
data-ui-restored = Datele au fost restaurate. Puteți anula din mesajul din partea de sus până la următoarea modificare.

## Starea stocării
data-ui-storage-title = Stocare
data-ui-storage-used = Această aplicație folosește { $used } din aproximativ { $quota }, cât permite browserul fiecărui site ({ $percent }).
data-ui-storage-unreadable = Browserul nu permite acestei pagini să citească spațiul de stocare.
data-ui-storage-part = Parte
data-ui-storage-size = Dimensiune
data-ui-storage-full-hint = Când spațiul de stocare este plin, aplicația păstrează ultimele date salvate și vă anunță; descărcați o copie de siguranță, apoi eliminați ce nu vă mai trebuie (scenarii vechi, notițele despre interacțiuni ale clienților arhivați).
data-ui-bulk-title = Clienții istoricului de cumpărături (IndexedDB)
data-ui-bulk-none = Nu se păstrează niciun istoric de cumpărături.
data-ui-bulk-loading = Se citesc clienții istoricului…
data-ui-bulk-storing = Se salvează clienții istoricului…
data-ui-bulk-kept = { $n } clienți ai istoricului de cumpărături sunt păstrați în IndexedDB-ul acestui browser, în afara documentului principal.
data-ui-bulk-in-document = { $n } clienți ai istoricului de cumpărături sunt păstrați în documentul principal.
data-ui-site-storage = Tot spațiul acestui site (ambele depozite): { $used } din { $quota } cât permite browserul ({ $percent }).
data-ui-size-kb = { $kb } KB
data-ui-size-mb = { $mb } MB

## Clienți în CSV
data-ui-clients-title = Clienți în CSV
data-ui-clients-intro = Exportați lista de clienți pentru o foaie de calcul sau un CRM (celulele pe care o foaie de calcul le-ar executa ca formule sunt făcute inofensive) sau adăugați clienți dintr-un export CRM. CSV-ul cuprinde toate câmpurile formularului de client; înregistrările (contacte, interacțiuni, grijă, evaluări, istoricul veniturilor, dosarul de valoare) nu sunt în el: ele se păstrează în copiile de siguranță.
data-ui-clients-export = Exportă clienții (CSV)
data-ui-clients-import = Importă clienți din CSV…
data-ui-clients-not-utf8 = nu este text UTF-8
data-ui-clients-file-error = „{ $name }”: { $error }. Nu s-a modificat nimic.
data-ui-clients-guess-error = „{ $name }”: { $error } Nu s-a modificat nimic.
data-ui-clients-not-in-file = (nu există în fișier)
# Propoziția de previzualizare: prima parte, apoi părțile opționale (fiecare începe cu „; ”), apoi punct.
data-ui-clients-preview-new = { $n ->
    [one] { $n } client nou de adăugat
    [few] { $n } clienți noi de adăugat
   *[other] { $n } de clienți noi de adăugat
}
data-ui-clients-preview-existing = { $n ->
    [one] ; { $n } este deja în portofoliu (același nume de companie) și se omite
    [few] ; { $n } sunt deja în portofoliu (același nume de companie) și se omit
   *[other] ; { $n } sunt deja în portofoliu (același nume de companie) și se omit
}
data-ui-clients-preview-errors = { $n ->
    [one] ; { $n } rând nu poate fi citit
    [few] ; { $n } rânduri nu pot fi citite
   *[other] ; { $n } de rânduri nu pot fi citite
}
data-ui-clients-add = { $n ->
    [one] Adaugă { $n } client
    [few] Adaugă { $n } clienți
   *[other] Adaugă { $n } de clienți
}
data-ui-clients-added = { $n ->
    [one] S-a adăugat { $n } client. Puteți anula din mesajul din partea de sus.
    [few] S-au adăugat { $n } clienți. Puteți anula din mesajul din partea de sus.
   *[other] S-au adăugat { $n } de clienți. Puteți anula din mesajul din partea de sus.
}
data-ui-clients-added-undo = { $n ->
    [one] S-a adăugat { $n } client din fișier.
    [few] S-au adăugat { $n } clienți din fișier.
   *[other] S-au adăugat { $n } de clienți din fișier.
}

## Import de istoric de achiziții
data-ui-tx-title = Importați un istoric de achiziții
data-ui-tx-intro = Un fișier CSV cu achiziții (id client, dată, sumă; opțional cantitate), dintr-un magazin sau dintr-un export contabil. Pe baza lui, aplicația estimează modele „buy till you die” care arată ce clienți sunt încă activi și cât valorează. Se păstrează doar rezumatul pe client și modelele estimate, nu tranzacțiile.
data-ui-tx-choose-file = Alege fișierul CSV…
data-ui-tx-or-paste = sau lipiți mai jos
data-ui-tx-paste = Lipiți tranzacțiile
data-ui-tx-pasted-label = Tranzacții lipite
data-ui-tx-paste-placeholder =
    client;data;suma
    C-1;2025-03-01;120,50
data-ui-tx-use-pasted = Folosește textul lipit
data-ui-tx-pasted-name = text lipit
data-ui-tx-not-utf8 = nu este text UTF-8; salvați-l ca CSV (UTF-8) și încercați din nou
data-ui-tx-unreadable = „{ $name }” nu poate fi citit ca tranzacții: { $error }.
data-ui-tx-not-a-date = „{ $text }” nu este o dată (YYYY-MM-DD).
data-ui-tx-obs-missing = Indicați data de sfârșit a observației.
data-ui-tx-cal-after-obs = Perioada de calibrare trebuie să se încheie înainte de sfârșitul observației (restul este perioada de verificare).
data-ui-tx-fit-failed = Modelele nu au putut fi estimate: { $error }.
data-ui-tx-file-size = { $name } — { $bytes ->
    [one] { $bytes } octet
    [few] { $bytes } octeți
   *[other] { $bytes } de octeți
}
data-ui-tx-separator = Separator
data-ui-tx-delim-comma = Virgulă ,
data-ui-tx-delim-semicolon = Punct și virgulă ;
data-ui-tx-delim-tab = Tab
data-ui-tx-delim-pipe = Bară verticală |
data-ui-tx-delim-spaces = Spații
data-ui-tx-has-header = Prima linie este antetul
data-ui-tx-none = (niciuna)
data-ui-tx-customer-column = Coloana cu id-ul clientului
data-ui-tx-date-column = Coloana cu data
data-ui-tx-amount-column = Coloana cu suma
data-ui-tx-quantity-column = Coloana cu cantitatea
data-ui-tx-date-format = Formatul datei
data-ui-tx-date-ambiguous = Atât DD/MM/YYYY, cât și MM/DD/YYYY se potrivesc acestor date: alegeți-l pe cel corect.
data-ui-tx-date-ambiguous-file = Toate datele din fișier se potrivesc atât cu DD/MM/YYYY, cât și cu MM/DD/YYYY: alegeți-l pe cel corect.
data-ui-tx-date-file-reads = Nu toate datele din fișier se citesc astfel; toate se citesc ca { $format }.
data-ui-tx-decimal = Separator zecimal
data-ui-tx-decimal-dot = Punct: 1,234.50
data-ui-tx-decimal-comma = Virgulă: 1.234,50
data-ui-tx-preview-hint = Previzualizarea primelor linii, așa cum vor fi citite:
data-ui-tx-col-customer = Client
data-ui-tx-col-date = Dată
data-ui-tx-col-amount = Sumă
data-ui-tx-col-quantity = Cantitate
data-ui-tx-read-all = Citește toate liniile
data-ui-tx-progress = Linii citite: { $lines }, achiziții: { $purchases }, probleme: { $problems }…
data-ui-tx-progress-done = Linii citite: { $lines }, achiziții: { $purchases }, probleme: { $problems } — gata
data-ui-tx-ready = Gata de import: { $purchases ->
    [one] { $purchases } achiziție
    [few] { $purchases } achiziții
   *[other] { $purchases } de achiziții
} de la { $customers ->
    [one] { $customers } client
    [few] { $customers } clienți
   *[other] { $customers } de clienți
}.
data-ui-tx-ready-range = Gata de import: { $purchases ->
    [one] { $purchases } achiziție
    [few] { $purchases } achiziții
   *[other] { $purchases } de achiziții
} de la { $customers ->
    [one] { $customers } client
    [few] { $customers } clienți
   *[other] { $customers } de clienți
}, între { $from } și { $to }.
data-ui-tx-skipped = { $n ->
    [one] { $n } linie a fost omisă:
    [few] { $n } linii au fost omise:
   *[other] { $n } de linii au fost omise:
}
data-ui-tx-unit = Unitate de timp
data-ui-tx-unit-days = Zile
data-ui-tx-unit-weeks = Săptămâni
data-ui-tx-unit-months = Luni
data-ui-tx-observation-end = Sfârșitul observației
data-ui-tx-calibration-end = Sfârșitul calibrării (opțional)
data-ui-tx-calibration-hint = Modelele se estimează pe achizițiile de până la această dată; restul servește la verificarea prognozei
data-ui-tx-fitting = Se estimează modelele…
data-ui-tx-import = Importă și estimează modelele
data-ui-tx-replaces = Importul înlocuiește istoricul de achiziții importat anterior.
# Importul rulează într-un proces de fundal (worker): etapele, anularea și ce poate merge prost.
data-ui-tx-work-label = Progresul importului
data-ui-tx-stage-reading = Se citește fișierul: { $percent } gata…
data-ui-tx-stage-summarising = Se rezumă achizițiile fiecărui client…
data-ui-tx-stage-fitting-bgnbd = Se estimează modelul BG/NBD…
data-ui-tx-stage-fitting-pareto = Se estimează modelul Pareto/NBD…
data-ui-tx-stage-fitting-gamma = Se estimează modelul de cheltuieli Gamma-Gamma…
data-ui-tx-stage-validating = Se verifică prognoza pe perioada de control…
data-ui-tx-stage-saving = Se salvează toți clienții în acest browser…
data-ui-tx-step = Pasul { $step } din { $steps }
data-ui-tx-background = Lucrul se face în fundal: între timp pagina poate fi folosită în continuare.
data-ui-tx-cancel = Anulează
data-ui-tx-cancelled = Anulat. Nu s-a importat nimic și nu s-a modificat nimic.
data-ui-tx-read-again = Textul citit înainte nu mai este în memorie: apăsați din nou „Citește toate liniile”.
data-ui-tx-worker-unavailable = Procesul de fundal care citește fișierul nu a putut porni ({ $error }). Reîncărcați pagina și încercați din nou.
data-ui-tx-worker-stopped = Procesul de fundal s-a oprit neașteptat ({ $error }). Nu s-a modificat nimic; încercați din nou.
data-ui-tx-worker-unreadable = Procesul de fundal a trimis un mesaj pe care această pagină nu îl poate citi. Reîncărcați pagina pentru a actualiza aplicația.

## Ecranul de recuperare (datele stocate nu pot fi citite)
data-ui-recovery-title = Datele salvate nu au putut fi deschise
data-ui-recovery-kept = Nu s-a modificat și nu s-a șters nimic: { $n ->
    [one] { $n } caracter stocat
    [few] cele { $n } caractere stocate
   *[other] cele { $n } de caractere stocate
} în acest browser { $n ->
    [one] este păstrat
   *[other] sunt păstrate
} exact așa cum { $n ->
    [one] este
   *[other] sunt
} până când alegeți ce să faceți.
data-ui-recovery-download = Descarcă textul salvat
data-ui-recovery-downloaded = S-a descărcat { $name }. Păstrați-l: sunt datele dumneavoastră exact așa cum au fost stocate.
data-ui-recovery-start-fresh = Începe de la zero…
data-ui-recovery-confirm = Începerea de la zero înlocuiește datele care nu pot fi citite cu portofoliul demonstrativ. Descărcați mai întâi textul salvat dacă s-ar putea să aveți nevoie de el. Începeți de la zero acum?
data-ui-recovery-yes = Da, începe de la zero

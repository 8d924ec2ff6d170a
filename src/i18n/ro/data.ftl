## data: importuri (liste de clienți, fișiere de tranzacții), modelele de achiziții, stocarea și copiile de siguranță.

## Un rând al unui fișier importat care nu a putut fi citit.
data-rows-line-error = Linia { $line }: { $message }

## Liste de clienți exportate dintr-un CRM. Numele de coloane recunoscute la import nu se traduc.
data-clients-field-company = Compania
data-clients-field-industry = Domeniul de activitate
data-clients-field-client-manager = Managerul clientului
data-clients-field-owner = Responsabilul de cont
data-clients-field-start-date = Client din
data-clients-field-stage = Etapa
data-clients-field-annual-revenue = Venitul anual
data-clients-field-direct-cost = Costul direct
data-clients-field-cost-to-serve = Costul de deservire
data-clients-field-share-of-wallet = Cota din bugetul clientului (%)
data-clients-field-notes = Note
data-clients-field-lost-on = Data pierderii
data-clients-file-empty = Fișierul este gol.
data-clients-choose-company = Alegeți coloana cu numele companiei.
# Două mesaje la rând: $first este o propoziție, $rest celelalte.
data-clients-sentences = { $first } { $rest }
data-clients-row-invalid = Rândul nu a putut fi citit.

## Fișiere de tranzacții.
data-tx-file-empty = fișierul este gol
data-tx-too-few-columns = { $n ->
        [one] s-a găsit { $n } coloană
        [few] s-au găsit { $n } coloane
       *[other] s-au găsit { $n } de coloane
    }; un fișier de tranzacții are nevoie cel puțin de un identificator de client, o dată și o sumă
data-tx-column = Coloana { $n }
data-tx-amount-empty = suma lipsește
data-tx-not-amount = „{ $text }” nu este o sumă
data-tx-misplaced-separators = „{ $text }” are separatoarele de mii puse greșit
data-tx-too-large = „{ $text }” este prea mare
data-tx-too-few-fields = { $needed ->
        [one] se aștepta cel puțin { $needed } coloană
        [few] se așteptau cel puțin { $needed } coloane
       *[other] se așteptau cel puțin { $needed } de coloane
    }, s-au găsit { $found }
data-tx-customer-empty = identificatorul clientului lipsește
data-tx-not-date = „{ $text }” nu este o dată în formatul { $format }
data-tx-negative-amount = sumă negativă { $text } (retururile nu sunt acceptate; lăsați-le deoparte)
data-tx-quantity = cantitate: { $error }
data-tx-negative-quantity = cantitate negativă { $text }
data-tx-row-errors = { $n ->
        [one] { $n } rând cu erori
        [few] { $n } rânduri cu erori
       *[other] { $n } de rânduri cu erori
    }

## Unitățile de timp ale modelelor de achiziții.
data-unit-days = zile
data-unit-weeks = săptămâni
data-unit-months = luni
data-unit-days-count = { $n ->
        [one] { $n } zi
        [few] { $n } zile
       *[other] { $n } de zile
    }
data-unit-weeks-count = { $n ->
        [one] { $n } săptămână
        [few] { $n } săptămâni
       *[other] { $n } de săptămâni
    }
data-unit-months-count = { $n ->
        [one] { $n } lună
        [few] { $n } luni
       *[other] { $n } de luni
    }

## De ce un model de achiziții nu a putut fi estimat sau folosit. $model este numele unui model (BG/NBD, Pareto/NBD, Gamma-Gamma).
data-model-params-positive = parametrii modelului { $model } trebuie să fie numere pozitive; s-au primit { $params }
data-model-horizon = orizontul trebuie să fie un număr nenegativ, s-a primit { $value }
data-model-hypergeometric = seria hipergeometrică nu a convers pentru aceste valori
data-model-not-finite = rezultatul nu este un număr finit
data-model-spend-needs-repeat = Gamma-Gamma are nevoie de x ≥ 1 și de o cheltuială medie pozitivă; s-au primit x = { $x }, z̄ = { $zbar }
data-model-mean-spend-infinite = q ≤ 1: cheltuiala medie nu este finită cu această estimare
data-model-spend-history = istoric de cheltuieli nevalid x = { $x }, z̄ = { $zbar }
data-model-expected-spend-infinite = px + q ≤ 1: cheltuiala așteptată nu este finită cu această estimare
data-model-customer-spend = clientul { $id }: cheltuiala medie nu este un număr
data-model-spend-too-few = modelul de cheltuieli are nevoie de cel puțin { $min ->
        [one] { $min } client
        [few] { $min } clienți
       *[other] { $min } de clienți
    } cu achiziții repetate
data-model-periods = numărul de perioade trebuie să fie între 1 și { $max }
data-model-period-length = durata perioadei trebuie să fie un număr pozitiv
data-model-discount-rate = rata de actualizare trebuie să fie un număr mai mare de −100 %
data-model-margin = marja trebuie să fie între 0 și 1
data-model-customer-value = clientul { $id }: valoarea nu este un număr finit
data-model-no-customers = nu există clienți pe care să se estimeze modelul
data-model-customer = clientul { $id }: { $error }
data-model-likelihood = verosimilitatea nu a putut fi calculată din niciun punct de pornire
data-model-calibration-end = perioada de calibrare trebuie să se încheie cel târziu la sfârșitul observației
data-model-observation-before-data = sfârșitul observației ({ $end }) este înaintea primei achiziții din date ({ $first })
data-model-observation-too-late = sfârșitul observației ({ $end }) este la mai mult de { $years } ani după ultima achiziție din date ({ $last }); verificați anul
data-model-calibration-before-data = perioada de calibrare se încheie ({ $end }) înaintea primei achiziții din date ({ $first })
data-model-unknown-customer = tranzacția se referă la clientul necunoscut nr. { $index }
data-model-no-purchase = niciun client nu a cumpărat ceva până la sfârșitul perioadei de calibrare
data-model-customer-history = istoric de client nevalid x = { $x }, t_x = { $tx }, T = { $age }: este nevoie de un x întreg ≥ 0, 0 ≤ t_x ≤ T și t_x = 0 când x = 0
data-model-no-holdout = rezumatul nu are o perioadă de verificare
data-model-age = vârsta T trebuie să fie un număr pozitiv
data-model-tracking-point = achizițiile așteptate până la { $date } nu au putut fi calculate: { $error }
data-model-holdout-length = lungimea perioadei de verificare nu corespunde datelor rezumatului (sfârșitul calibrării { $cal }, sfârșitul observației { $end })

## Cum s-a încheiat estimarea unui model (aceleași cuvinte pentru fiecare model).
data-fit-converged = convergent
data-fit-stopped-early = oprit înainte de convergență
data-fit-at-bound = oprit la o limită a căutării

## Un studiu al istoricului de achiziții.
data-study-no-model = niciun model de achiziții nu a putut fi estimat
data-study-no-buyer = niciun client nu a cumpărat nimic înainte de sfârșitul perioadei de calibrare
data-study-model-failed = { $model }: { $error }
data-study-tracking-failed = { $model }: achizițiile în timp nu au putut fi calculate: { $error }
data-study-holdout-failed = validarea pe perioada de verificare nu a putut fi calculată: { $error }
data-study-too-many-customers = { $n ->
        [one] { $n } client este prea mult
        [few] { $n } clienți sunt prea mulți
       *[other] { $n } de clienți sunt prea mulți
    } pentru a fi păstrați individual în stocarea browserului (limita este { $limit }): se păstrează modelele estimate, verificarea prognozei și totalurile; importați din nou pentru a vedea sau a exporta rezultatele pe client.
# Un mesaj păstrat de o versiune mai veche, afișat așa cum a fost scris.
data-study-stored-text = { $text }

## Stocarea browserului.
data-store-unavailable = Browserul nu permite acestei pagini să stocheze date ({ $reason }). Modificările rămân doar în această filă: exportați o copie de siguranță din pagina Date înainte de a o închide.
data-store-full = Spațiul de stocare al browserului pentru această aplicație este plin, așa că ultima modificare nu a fost salvată. Datele salvate anterior sunt intacte, iar modificările sunt încă pe ecran: eliberați spațiu (ștergeți date vechi într-o altă filă a aplicației sau datele altor site-uri) și apăsați „Reîncearcă salvarea”.
data-store-failed = Salvarea a eșuat ({ $reason }). Datele salvate anterior sunt intacte, iar modificările sunt încă pe ecran; apăsați „Reîncearcă salvarea”.
data-store-conflict = O altă filă a salvat modificări mai noi. Alegeți ce versiune păstrați.
data-store-broken = Nesalvat: datele stocate s-au schimbat în ceva ilizibil. { $problem }
data-store-encode = Nesalvat: datele nu au putut fi scrise ca JSON ({ $reason }).
data-store-encode-failed = { $reason }
data-store-not-a-number = câmpul „{ $where }” conține o valoare care nu este un număr (NaN sau infinit), care nu ar mai putea fi citită; salvarea anterioară se păstrează
data-store-revision-limit = Nesalvat: numărul de revizie stocat a ajuns la limită, ceea ce se poate întâmpla doar cu date editate manual. Descărcați o copie de siguranță, ștergeți datele acestui site din browser, apoi restaurați copia.
data-store-no-window = nu există fereastră
data-store-no-local-storage = localStorage lipsește
data-store-disabled = stocarea este dezactivată pentru acest site
# $name și $message sunt ale browserului (în engleză).
data-store-browser-error = { $name }: { $message }
data-store-browser-message = { $message }
data-store-unknown-error = eroare necunoscută
data-part-clients = Clienți (toate câmpurile)
data-part-records = …dintre care interacțiuni, fidelizare, evaluări, contacte și istoric
data-part-scenarios = Scenarii
data-part-settings = Setări
data-part-purchases = Rezumatul istoricului de achiziții și modelele

## Date stocate care nu pot fi deschise (ecranul de recuperare). $reason este unul dintre mesajele data-json-* de mai jos.
data-load-unparseable = Datele salvate nu sunt JSON lizibil ({ $reason }). Poate au fost trunchiate sau editate manual.
data-load-invalid = Datele salvate nu au structura așteptată ({ $reason }).
data-load-too-new = Datele salvate au fost scrise de o versiune mai nouă a Calculatorului de retenție (versiunea de schemă { $found }; această versiune înțelege până la { $supported }). Deschideți-le cu versiunea mai nouă sau începeți de la zero aici.
# What the JSON reader found wrong: $line and $column are positions in the file.
data-json-eof = se termină prea devreme, la linia { $line }, coloana { $column }
data-json-syntax = este greșit la linia { $line }, coloana { $column }
data-json-missing-field = lipsește câmpul „{ $field }”
data-json-shape = o valoare de tip greșit la linia { $line }, coloana { $column }
data-json-io = nu a putut fi citit
data-load-no-version = lipsește câmpul schema_version
data-load-version-zero = schema_version 0 nu a fost scrisă niciodată
data-load-no-migration = nu există migrare de la versiunea { $version }
data-load-not-object = datele versiunii { $version } nu sunt un obiect
data-load-clients-not-list = `clients` din versiunea 1 nu este o listă
data-load-no-data = datele versiunii 2 nu au obiectul `data`

## Fișiere de copie de siguranță: de ce este refuzat unul. Fiecare mesaj se încheie spunând că nu s-a schimbat nimic.
data-backup-error-too-large = Acest fișier are { $size } MB; o copie de siguranță a Calculatorului de retenție este mult mai mică. Nu s-a schimbat nimic.
data-backup-error-empty = Fișierul este gol. Nu s-a schimbat nimic.
data-backup-error-not-utf8 = Fișierul nu este text UTF-8 (poate fi un fișier binar sau text salvat cu altă codificare). Nu s-a schimbat nimic.
data-backup-error-not-json = Fișierul nu este o copie de siguranță lizibilă: nu este JSON complet ({ $reason }). Nu s-a schimbat nimic.
data-backup-error-not-object = Fișierul este JSON, dar nu este o copie de siguranță a acestei aplicații. Nu s-a schimbat nimic.
data-backup-error-no-marker = Fișierul este JSON, dar nu este o copie de siguranță a Calculatorului de retenție (lipsește marcajul de copie de siguranță). Nu s-a schimbat nimic.
data-backup-error-no-version = Copia de siguranță nu are versiune de schemă. Nu s-a schimbat nimic.
data-backup-error-too-new = Această copie de siguranță a fost scrisă de o versiune mai nouă a Calculatorului de retenție (schema { $found }; această versiune citește până la { $supported }). Deschideți-o cu versiunea mai nouă. Nu s-a schimbat nimic.
data-backup-error-no-data = Copia de siguranță nu conține date. Nu s-a schimbat nimic.
data-backup-error-no-checksum = Copia de siguranță nu are sumă de control. Nu s-a schimbat nimic.
data-backup-error-unreadable = Copia de siguranță nu a putut fi citită ({ $reason }). Nu s-a schimbat nimic.
data-backup-error-checksum = Suma de control a copiei de siguranță nu corespunde conținutului: fișierul a fost modificat sau deteriorat după salvare. Nu s-a schimbat nimic.
data-backup-error-version-1 = Copiile de siguranță ale versiunii de stocare 1 nu sunt acceptate; deschideți mai întâi fișierul cu versiunea 2.
data-backup-error-shape = Datele copiei de siguranță nu au structura așteptată: { $problem }. Nu s-a schimbat nimic.
data-backup-error-invalid = Datele copiei de siguranță încalcă { $n ->
    [one] o regulă
    [few] { $n } reguli
   *[other] { $n } de reguli
} ale formularelor, enumerate mai jos. Nu s-a schimbat nimic.
data-backup-problem-client = Clientul „{ $company }”: { $problem }
data-backup-problem-record = Clientul „{ $company }”, { $record }: { $problem }
data-backup-problem-same-id = Clientul „{ $company }” are același identificator ca alt client din copia de siguranță.
data-backup-problem-scenarios = Copia de siguranță are { $n ->
    [one] { $n } scenariu
    [few] { $n } scenarii
   *[other] { $n } de scenarii
}; se pot păstra cel mult { $max }.
data-backup-problem-scenario-name = Scenariul „{ $name }” are un nume sau un identificator gol ori prea lung.
data-backup-problem-scenario-same-id = Scenariul „{ $name }” are același identificator ca alt scenariu din copia de siguranță.
data-backup-problem-scenario = Scenariul „{ $name }”: { $problem }
data-backup-problem-baseline = Scenariul de bază: { $problem }
data-backup-problem-reminder = Perioada mementoului pentru copia de siguranță ({ $days }) trebuie să fie între 7 și 90 de zile sau dezactivată.
data-backup-problem-figure = Valoarea de la { $where } este în afara limitelor.

## Depozitul mare (IndexedDB): clienții unui istoric de cumpărături
data-bulk-too-new = Clienții acestui istoric de cumpărături au fost salvați de o versiune mai nouă a aplicației (formatul { $found }; această versiune citește până la { $ours }). Sunt lăsați așa cum sunt: deschideți versiunea mai nouă a aplicației sau eliminați istoricul și importați-l din nou.
data-bulk-damaged = Clienții acestui istoric de cumpărături nu pot fi citiți ({ $reason }). Sunt lăsați așa cum sunt; modelele și cifrele se păstrează. Eliminați istoricul și importați din nou fișierul pentru a vedea fiecare client.
data-bulk-cut = o înregistrare se termină prea devreme
data-bulk-bad-magic = o înregistrare nu este în formatul așteptat
data-bulk-bad-number = o înregistrare conține un timp care nu este un număr
data-bulk-bad-text = un identificator de client nu este text valid
data-bulk-bad-date = o înregistrare conține o dată imposibilă
data-bulk-trailing = o înregistrare are octeți în plus
data-bulk-bad-meta = înregistrarea care o descrie nu poate fi citită
data-bulk-other-study = înregistrările salvate aparțin altui import
data-bulk-missing-chunk = o parte din înregistrări lipsește
data-bulk-checksum = înregistrările nu corespund sumei lor de control
data-bulk-missing = înregistrările nu sunt în acest browser (poate au fost șterse odată cu datele site-ului)
data-bulk-unavailable = Acest browser nu permite aplicației să păstreze date în IndexedDB ({ $reason }). Modelele istoricului de cumpărături se păstrează; clienții săi nu se păstrează după reîncărcare.
data-bulk-full = Spațiul browserului pentru acest site este plin: clienții istoricului de cumpărături nu au putut fi salvați, iar istoricul anterior rămâne neschimbat. Eliberați spațiu (Date → Stocare) sau importați un fișier mai mic.
data-bulk-failed = Clienții istoricului de cumpărături nu au putut fi salvați ({ $reason }); istoricul anterior rămâne neschimbat.
data-bulk-aborted = browserul a anulat scrierea
data-clients-field-contract-end = Sfârșitul contractului
data-clients-field-manager-changed-on = Managerul s-a schimbat la
data-clients-field-referrals = Recomandări
data-clients-field-contact-cadence = Contact la fiecare (zile)
data-clients-field-open-complaints = Reclamații deschise
data-clients-field-competitor = Concurent activ
data-clients-field-archived = Arhivat
data-clients-not-yes-no = { $label }: „{ $text }” nu este da sau nu.
data-clients-unclosed-quote = Acest rând deschide ghilimele (") care nu se mai închid, așa că nu a fost citit. Închideți ghilimelele sau ștergeți-le.

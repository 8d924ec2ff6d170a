## brief: fișa clientului (puncte de discuție, vechime, cronologie) și dosarul de valoare (secțiuni, verificări, raportul Markdown).

## Puncte de discuție, cele mai urgente primele.
brief-priority-high = Ridicată
brief-priority-medium = Medie
brief-priority-low = Scăzută
brief-point-lost = Client pierdut: întrebați de ce a plecat și ce l-ar aduce înapoi
brief-point-no-contact = Niciun contact înregistrat: luați legătura
brief-point-no-contact-since-start = Niciun contact înregistrat în { $days ->
        [one] { $days } zi
        [few] { $days } zile
       *[other] { $days } de zile
    } de la începutul relației, deși ritmul de contact este o dată la { $cadence ->
        [one] { $cadence } zi
        [few] { $cadence } zile
       *[other] { $cadence } de zile
    }: luați legătura
brief-point-overdue = Ultimul contact acum { $days ->
        [one] { $days } zi
        [few] { $days } zile
       *[other] { $days } de zile
    }, deși ritmul de contact este o dată la { $cadence ->
        [one] { $cadence } zi
        [few] { $cadence } zile
       *[other] { $cadence } de zile
    }: luați legătura
brief-point-complaints = { $n ->
        [one] { $n } reclamație deschisă: rezolvați-o înainte de a discuta orice altceva
        [few] { $n } reclamații deschise: rezolvați-le înainte de a discuta orice altceva
       *[other] { $n } de reclamații deschise: rezolvați-le înainte de a discuta orice altceva
    }
brief-point-competitor = Un concurent încearcă să atragă clientul: prezentați dosarul de valoare și cât l-ar costa schimbarea furnizorului
brief-point-new-manager = Manager nou din { $since }: prezentați dosarul de valoare
brief-point-satisfaction-drop = Satisfacția a scăzut de la { $from } la { $to }: întrebați ce s-a schimbat și remediați problema
brief-point-contract-ended = Contractul s-a încheiat acum { $days ->
        [one] { $days } zi
        [few] { $days } zile
       *[other] { $days } de zile
    } și nu există nicio reînnoire înregistrată: reînnoiți-l sau înregistrați noua dată de încheiere
brief-point-contract-ends-today = Contractul se încheie astăzi: pregătiți reînnoirea
brief-point-contract-ends = Contractul se încheie peste { $days ->
        [one] { $days } zi
        [few] { $days } zile
       *[other] { $days } de zile
    }: pregătiți reînnoirea
brief-point-value-beyond-share = În ultimele 12 luni ați oferit { $value } peste prevederile contractului ({ $share } % din venitul unui an): arătați-i clientului această valoare
brief-point-value-beyond = În ultimele 12 luni ați oferit { $value } peste prevederile contractului: arătați-i clientului această valoare
brief-value-beyond-year-share = Valoare oferită peste contract: { $year } în ultimele 12 luni ({ $share } din venitul unui an); { $all } de la început.
brief-value-beyond-year = Valoare oferită peste contract: { $year } în ultimele 12 luni; { $all } de la început.
brief-value-beyond-earlier = Valoare oferită peste contract: nimic în ultimele 12 luni; { $all } de la început.
brief-value-beyond-none = Încă nu este înregistrată nicio valoare oferită peste contract.
brief-point-share-of-wallet = Cota din bugetul clientului este de { $share } %: puteți oferi mai mult — aproximativ { $room } pe an la o cotă de { $target } %
brief-point-testimonial = Client ancorat, care ne-a recomandat { $n ->
        [one] { $n } client
        [few] { $n } clienți
       *[other] { $n } de clienți
    }: cereți-i o mărturie
brief-point-referral = Client ancorat (loialitate { $score }/100): cereți-i o recomandare
brief-point-thank = Ne-a recomandat { $n ->
        [one] { $n } client
        [few] { $n } clienți
       *[other] { $n } de clienți
    }: mulțumiți-i
brief-point-all-clear-due = Nimic de semnalat: păstrați ritmul de contact (următorul contact este datorat peste { $days ->
        [one] { $days } zi
        [few] { $days } zile
       *[other] { $days } de zile
    })
brief-point-all-clear = Nimic de semnalat: păstrați ritmul de contact

## Numele lunilor, pentru „Manager nou din martie 2026”.
brief-month-year = { $month } { $year }
brief-month-1 = ianuarie
brief-month-2 = februarie
brief-month-3 = martie
brief-month-4 = aprilie
brief-month-5 = mai
brief-month-6 = iunie
brief-month-7 = iulie
brief-month-8 = august
brief-month-9 = septembrie
brief-month-10 = octombrie
brief-month-11 = noiembrie
brief-month-12 = decembrie

## De cât timp este clientul cu noi.
brief-tenure-none = mai puțin de o lună
brief-tenure-months = { $months ->
        [one] { $months } lună
        [few] { $months } luni
       *[other] { $months } de luni
    }
brief-tenure-years = { $years ->
        [one] { $years } an
        [few] { $years } ani
       *[other] { $years } de ani
    }
brief-tenure-years-months = { $years ->
        [one] { $years } an
        [few] { $years } ani
       *[other] { $years } de ani
    } și { $months ->
        [one] { $months } lună
        [few] { $months } luni
       *[other] { $months } de luni
    }

## Cronologia relației.
brief-timeline-contact = Contact
brief-timeline-care = Activitate de fidelizare
brief-timeline-dossier = Dosar de valoare
brief-timeline-rating = Evaluare a loialității
brief-timeline-channel-with = { $channel } cu { $who }
brief-timeline-with-note = { $head }: { $note }
brief-timeline-rating-scores = Evaluare: satisfacție { $satisfaction }, implicare { $involvement }, afinitate { $affinity }
brief-timeline-rating-scores-nps = Evaluare: satisfacție { $satisfaction }, implicare { $involvement }, afinitate { $affinity }, răspuns NPS { $nps }

## Cele patru secțiuni ale dosarului de valoare și ce intră în fiecare.
brief-section-costs-we-bore = Costuri suportate de noi
brief-section-benefits-to-client = Beneficii pentru client
brief-section-proofs-of-loyalty = Dovezi ale loialității noastre
brief-section-special-conditions = Condiții speciale
brief-section-costs-we-bore-hint = Reduceri, consultanță gratuită, muncă suplimentară
brief-section-benefits-to-client-hint = Asistență gratuită după un proiect, economii, bani câștigați pentru client
brief-section-proofs-of-loyalty-hint = O amânare fără creștere de preț, modificări ale cerințelor preluate fără cost
brief-section-special-conditions-hint = Servicii în afara ariei noastre obișnuite sau muncă obișnuită făcută într-un mod neobișnuit, chiar neprofitabil

## Verificările formularelor de proiect și de înregistrare în dosar.
brief-field-price = Prețul
brief-field-start = Data de început
brief-field-end = Data de încheiere
brief-field-date = Data
brief-field-value = Valoarea
brief-field-hours = Orele
brief-check-at-most = { $label } trebuie să fie de cel mult { $max }.
brief-check-project-name = Introduceți numele proiectului.
brief-check-name-too-long = Numele are mai mult de { $max ->
        [one] { $max } caracter
        [few] { $max } caractere
       *[other] { $max } de caractere
    }.
brief-check-project-dates = Proiectul nu se poate încheia înainte de a începe.
brief-check-date = Introduceți data.
brief-check-section = Alegeți secțiunea dosarului.
brief-check-section-unknown = Alegeți una dintre cele patru secțiuni ale dosarului.
brief-check-description = Descrieți ce s-a făcut.
brief-check-description-too-long = Descrierea are mai mult de { $max ->
        [one] { $max } caracter
        [few] { $max } caractere
       *[other] { $max } de caractere
    }.
brief-check-hours-rate = Orele înmulțite cu tariful orar dau o valoare prea mare.

## Raportul Markdown „al întregii activități” (marcajele Markdown, precum **, rămân neschimbate).
brief-report-title = Dosar de valoare: { $company }
brief-report-no-name = (fără nume)
brief-report-as-of = Raportul întregii activități, la data de { $date }.
brief-report-client = Clientul
brief-report-company = Compania: { $company }
brief-report-industry = Domeniul: { $industry }
brief-report-manager = Managerul clientului: { $manager }
brief-report-manager-since = Managerul clientului: { $manager } (din { $since })
brief-report-owner = Responsabilul nostru de cont: { $owner }
brief-report-client-since = Client din: { $date }
brief-report-client-since-tenure = Client din: { $date } ({ $tenure })
brief-report-contract-ends = Contractul se încheie la: { $date }
brief-report-revenue = Venit anual: { $value }
brief-report-profit = Profit anual (inclusiv costurile de fidelizare și cele din dosar din ultimele 12 luni): { $value } (marjă { $margin })
brief-report-loyalty = Loialitate: { $score }/100 ({ $segment })
brief-report-projects = Proiecte
brief-report-no-projects = Niciun proiect înregistrat.
brief-report-col-project = Proiect
brief-report-col-price = Preț
brief-report-col-period = Perioadă
brief-report-period = { $from } – { $to }
brief-report-period-from = din { $date }
brief-report-period-until = până la { $date }
brief-report-projects-total = Total proiecte: { $value }
brief-report-nothing = Nimic înregistrat.
brief-report-col-date = Data
brief-report-col-description = Descriere
brief-report-col-value = Valoare
brief-report-col-hours = Ore
brief-report-section-total = Total { $section ->
        [costs_we_bore] costuri suportate de noi
        [benefits_to_client] beneficii pentru client
        [proofs_of_loyalty] dovezi ale loialității noastre
       *[special_conditions] condiții speciale
    }: { $value }
brief-report-entries = { $n ->
        [one] { $n } înregistrare
        [few] { $n } înregistrări
       *[other] { $n } de înregistrări
    }
brief-report-entries-hours = { $n ->
        [one] { $n } înregistrare
        [few] { $n } înregistrări
       *[other] { $n } de înregistrări
    }, { $hours ->
        [one] { $hours } oră
        [few] { $hours } ore
       *[other] { $hours } de ore
    }
brief-report-value-beyond = Valoarea oferită peste prevederile contractului
brief-report-all-time = De la început: **{ $value }** (costuri suportate de noi { $costs } + beneficii pentru client { $benefits } + condiții speciale { $special })
brief-report-last-12-months = Ultimele 12 luni ({ $from } – { $to }): **{ $value }**
brief-report-last-12-months-share = Ultimele 12 luni ({ $from } – { $to }): **{ $value }**, { $share } din venitul anual
brief-report-cost-to-us = Din care cost pentru noi în ultimele 12 luni (costuri suportate de noi + condiții speciale, scăzute din profit): { $value }
brief-report-proofs = Dovezi ale loialității noastre, listate separat: { $n ->
        [one] { $n } înregistrare
        [few] { $n } înregistrări
       *[other] { $n } de înregistrări
    } în valoare de { $value }

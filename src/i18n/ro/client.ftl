## client
## Pagina clientului: formularul de editare, simularea „ce-ar fi dacă”, cardurile cu scoruri, listele de înregistrări, modelul de achiziții.
client-not-found-title = Clientul nu a fost găsit
client-not-found-text = Nu există niciun client cu id-ul „{ $id }”. Este posibil să fi fost șters.
client-back-to-portfolio = Înapoi la portofoliu
client-saved = Modificările au fost salvate.
client-new-title = Client nou
client-breadcrumb = Traseu de navigare
client-crumb-portfolio = Portofoliu
client-demo-tag = client demonstrativ
client-form-errors = Corectați câmpurile marcate; încă nu s-a salvat nimic.

## Formularul de editare.
client-legend-client = Client
client-company = Companie
client-industry = Domeniu de activitate
client-manager = Managerul clientului
client-manager-hint = Factorul de decizie din partea clientului
client-owner = Responsabil de cont (din partea noastră)
client-start-date = Client din
client-stage = Etapa relației
client-lost-on = Data pierderii
client-lost-on-hint = Ziua în care clientul ne-a părăsit; contează în curbele de retenție.
client-lost-on-unknown = Data pierderii este necunoscută: introduceți-o ca acest client să conteze în curbele de retenție.
client-lost-on-hint-won-back = Când a fost pierdut clientul înainte să revină (opțional).
# $currency este un cod de monedă, de ex. EUR.
client-legend-money = Sume pe an ({ $currency })
client-annual-revenue = Venit anual
client-annual-revenue-hint = de ex. 120000 sau 120.000,50
client-direct-cost = Cost direct
client-direct-cost-hint = Oameni, subcontractori, licențe pentru lucrările acestui client
client-cost-to-serve = Cost de deservire
client-cost-to-serve-hint = Gestionarea contului, întâlniri, servicii suplimentare gratuite
client-legend-relationship = Relația
client-manager-changed = Data schimbării managerului clientului
client-manager-changed-hint = Un nou factor de decizie este un motiv clasic de plecare
client-contract-end = Sfârșitul contractului sau al proiectului
client-cadence = Contact convenit la fiecare (zile)
client-cadence-hint = Gol: valoarea implicită din Setări
client-share-of-wallet = Cota din bugetul clientului (%)
client-share-of-wallet-hint = Partea noastră din ce cumpără clientul în categoria noastră
client-referrals = Recomandări făcute
client-open-complaints = Reclamații deschise
client-competitor = Un concurent este activ la acest client
client-archived = Arhivat (păstrat, dar exclus din cifrele portofoliului)
client-notes = Note
client-add = Adaugă clientul
client-save = Salvează modificările
client-delete = Șterge clientul

## Ce-ar fi dacă am investi în acest client?
client-whatif-title = Ce-ar fi dacă am investi în acest client?
client-whatif-care = Cheltuieli anuale de fidelizare ({ $currency })
client-whatif-r = Retenția actuală (%)
client-whatif-r-hint = Șansa ca clientul să mai rămână un an
client-whatif-r2 = Retenția cu fidelizare (%)
client-whatif-d = Rata de actualizare (%)
client-whatif-h = Orizont (ani)
client-whatif-horizon-error = Orizontul trebuie să fie un număr întreg de ani, de la 1 la 50.
client-whatif-numbers-error = Introduceți numere în fiecare câmp (procentele ca 85, nu 0,85).
client-whatif-sow-no-revenue = Pentru cota din bugetul clientului este nevoie de venitul acestuia.
client-whatif-sow-error = Introduceți cotele ca procente, de ex. 25 și 35.
# Urmează client-whatif-gain sau client-whatif-loss (îngroșat), apoi una dintre propozițiile despre amortizare.
client-whatif-readout = Dacă cheltuiți { $care } pe an și creșteți retenția de la { $from } la { $to }, valoarea acestui client pe { $years ->
        [one] { $years } an
        [few] { $years } ani
       *[other] { $years } de ani
    } trece de la { $before } la { $after }:
client-whatif-gain = un câștig de { $amount }
client-whatif-loss = o pierdere de { $amount }
# Acestea urmează direct după câștig sau pierdere, așa că încep cu punctul care încheie acea propoziție.
client-whatif-payback-first = . Investiția se recuperează chiar din primul an.
client-whatif-payback-year = . Investiția se recuperează în anul { $year }.
client-whatif-no-payback = . Investiția nu se recuperează în { $years ->
        [one] { $years } an
        [few] { $years } ani
       *[other] { $years } de ani
    }.
client-whatif-sow-title = Cota din bugetul clientului
client-whatif-sow = Cota noastră actuală din cheltuielile sale (%)
client-whatif-sow-hint = Ce cumpără clientul de la noi din categoria noastră
client-whatif-sow2 = Cota țintă (%)
client-whatif-sow-readout = La o cotă de { $share }, clientul cheltuiește aproximativ { $spend } pe an în categoria noastră; atingerea cotei de { $target } aduce { $extra } venituri în plus pe an, adică { $value } pe { $years ->
        [one] { $years } an
        [few] { $years } ani
       *[other] { $years } de ani
    } la marja acestui client.
client-whatif-hint = Valoarea este profitul anual al clientului (venitul minus ambele costuri) înmulțit cu șansa ca acesta să rămână cu noi, actualizat; cheltuielile de fidelizare se plătesc în fiecare an în care clientul rămâne. Pentru întregul portofoliu, vedeți pagina Scenarii.
client-whatif-use-curve = Folosește curba de retenție ajustată
client-whatif-use-curve-hint = Retenția urmează atunci { $curve } de la vechimea acestui client, îngrijirea adăugând în fiecare an punctele introduse mai sus.
client-whatif-by-curve = Cu curba ajustată:
client-whatif-derl = La o vechime de { $tenure } ({ $units }) curba îi dă acestui client o șansă de { $next } să reînnoiască în anul care vine și o durată rămasă așteptată, actualizată, de { $derl } ({ $units }): profitul lui valorează azi { $value }.

## Cardurile cu scoruri.
client-profit-label = Profit pe an
client-profit-margin = marjă { $margin }
# $change este o sumă cu semn, de ex. +1.200 €.
client-profit-margin-trend = marjă { $margin }; { $change } pe an din tendința veniturilor, la această marjă
client-loyalty-label = Loialitate pe viață
# $segment este un segment de angajament (ancorat, mediu, superficial, convertibil).
client-loyalty-commitment = Angajament: { $segment }
# $trend este un număr de puncte cu semn, de ex. +4.
client-loyalty-commitment-trend = Angajament: { $segment }; { $trend } față de evaluarea anterioară
client-loyalty-none = Încă nicio evaluare: adăugați mai jos satisfacția, implicarea și afinitatea.
client-risk-label = Risc de pierdere
client-risk-band-low = Risc scăzut
client-risk-band-medium = Risc mediu
client-risk-band-high = Risc ridicat
client-risk-segment = Segment: { $segment }. { $advice }
client-risk-ltv = Valoare pe durata relației: { $value }.
client-risk-weights-link = Modificați ponderile riscului

## Listele de înregistrări: interacțiuni, evaluări, fidelizare, persoane de contact, istoricul veniturilor.
client-interactions = Interacțiuni
client-interactions-intro = Fiecare contact contează pentru ritmul de contact convenit; sentimentul se notează de la −2 la +2.
client-rec-date = Data
client-rec-channel = Canal
client-rec-who = Cine
client-rec-who-placeholder = de ex. Ana (director financiar)
client-rec-sentiment = Sentiment
client-rec-note = Notă
client-ratings = Evaluări ale loialității
client-ratings-intro = Note de la 0 la 10 dintr-un sondaj sau după aprecierea dumneavoastră: satisfacție, implicare, afinitate; răspunsul NPS, dacă i s-a pus întrebarea.
client-rec-satisfaction = Satisfacție
client-rec-involvement = Implicare
client-rec-affinity = Afinitate
client-rec-nps-answer = Răspuns NPS
client-rec-nps-placeholder = 0–10, opțional
client-rec-nps = NPS
client-care = Activități de fidelizare
client-care-intro = Evenimente, invitații, mulțumiri, rapoarte, muncă gratuită și reduceri; costul lor se scade din profit.
client-rec-kind = Tip
client-rec-cost = Cost
client-contacts = Persoane de contact la client
client-rec-name = Nume
client-rec-role = Rol
client-rec-email = E-mail
client-rec-phone = Telefon
client-history = Istoricul veniturilor
client-history-intro = Pe an (2025), trimestru (2025-Q3) sau lună (2025-09); tendința influențează profitul și riscul de pierdere.
client-rec-period = Perioadă
client-rec-revenue = Venit
client-rec-orders = Comenzi
client-rec-optional = opțional
# Editorul de liste folosit de aceste liste și de dosarul de valoare.
client-records-none = Nicio înregistrare încă.
client-records-remove = Eliminare
client-records-remove-entry = Elimină această înregistrare
client-records-add = Adaugă

## Din istoricul de achiziții (un fișier de tranzacții importat, cu id-ul acestui client).
client-pm-title = Din istoricul de achiziții
# $unit este days, weeks sau months; $model este BG/NBD sau Pareto/NBD; $alive și $margin sunt procente.
client-pm-text = { $frequency ->
        [one] { $frequency } achiziție repetată
        [few] { $frequency } achiziții repetate
       *[other] { $frequency } de achiziții repetate
    }, ultima la { $recency } { $unit ->
        [days] zile
        [weeks] săptămâni
       *[months] luni
    } după prima (perioadă observată: { $age } { $unit ->
        [days] zile
        [weeks] săptămâni
       *[months] luni
    }). Modelul { $model } estimează la { $alive } șansa ca acest client să cumpere în continuare și prevede { $purchases } achiziții pe un orizont de { $months ->
        [one] { $months } lună
        [few] { $months } luni
       *[other] { $months } de luni
    }, a câte { $spend } fiecare, în valoare de { $value } la o marjă de { $margin }.
client-pm-warn = Mai degrabă pierdut decât activ: luați legătura înainte de următoarea reînnoire.

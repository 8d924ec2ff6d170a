data-summary-occasion-history = un istoric pe ocazii cere 0 ≤ cumpărări repetate ≤ ultima ocazie ≤ ocazii observate (primit x = { $x }, t_x = { $tx }, n = { $n })
data-summary-uncertainty = erorile standard nu pot fi calculate: verosimilitatea nu are acolo un maxim clar
data-summary-columns = antetul trebuie să aibă coloanele frequency, recency și T (sau periods); opțional: customer_id, monetary_value, un număr (weights)
data-summary-empty = fișierul nu are rânduri
data-summary-needs-id = un rezumat în zile, săptămâni sau luni cere o coloană customer_id (un rând pe client); pentru rânduri de istorii cu o coloană de număr, ca donațiile, alegeți mai sus ani, trimestre sau luni „(ocazii: BG/BB)”
data-summary-missing = { $column } este gol
data-summary-not-number = { $column } „{ $value }” nu este un număr
data-summary-negative = { $column } { $value } este negativ
data-summary-not-whole = { $column } { $value } trebuie să fie un număr întreg
data-summary-recency-after-age = ultima cumpărare ({ $recency }) este după sfârșitul observației ({ $age })
data-summary-recency-without-repeat = nicio cumpărare repetată, deci recency trebuie să fie 0 (primit { $recency })
data-summary-too-many-for-occasions = { $frequency } cumpărări nu încap în { $recency } ocazii (cel mult o cumpărare pe ocazie)
data-summary-zero-count = numărul trebuie să fie cel puțin 1
data-summary-count-needs-occasions = un număr peste 1 este citit doar pentru ocazii (ani, trimestre, luni); dați un rând pe client pentru zile, săptămâni sau luni
data-summary-has-errors = { $n ->
        [one] 1 rând nu poate fi folosit; corectați-l și citiți din nou fișierul
        [few] { $n } rânduri nu pot fi folosite; corectați-le și citiți din nou fișierul
       *[other] { $n } de rânduri nu pot fi folosite; corectați-le și citiți din nou fișierul
    }
data-summary-title = Importați un rezumat al clienților
data-summary-intro = Fără tranzacții, doar un rezumat pe client (cum îl exportă un CRM): customer_id, frequency (cumpărări repetate), recency (momentul ultimei), T (timpul de la prima), opțional monetary_value — sau rânduri de istorii cu o coloană de număr (frequency, recency, periods, weights).
data-summary-file = Alege fișierul rezumat (CSV)…
data-summary-unit = Recency și T sunt în
data-summary-unit-days = zile
data-summary-unit-weeks = săptămâni
data-summary-unit-months = luni
data-summary-unit-years-occasions = ani (ocazii: BG/BB)
data-summary-unit-quarters-occasions = trimestre (ocazii: BG/BB)
data-summary-unit-months-occasions = luni (ocazii: BG/BB)
data-summary-read = Rânduri citite: { $rows }; clienți reprezentați: { $customers }.
data-summary-row-errors = { $n ->
        [one] 1 rând nu poate fi folosit:
        [few] { $n } rânduri nu pot fi folosite (sunt listate primele 100):
       *[other] { $n } de rânduri nu pot fi folosite (sunt listate primele 100):
    }
data-summary-use = Potriviți modelele pe acest rezumat
data-summary-fitting = Se potrivesc modelele…

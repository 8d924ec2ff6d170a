## scenarios
## Pagina Scenarii: comparație, grafice, editoarele scenariului de bază și ale scenariilor, găleata găurită, formularul pârghiilor.

scenarios-title = Scenarii
scenarios-new = Scenariu nou
scenarios-lead = Cât valorează portofoliul dacă se schimbă retenția, prețurile sau cheltuielile? Valoarea este profitul adus de clienții pe care îi păstrați și îi câștigați, minus cheltuielile de achiziție și de fidelizare, actualizat la valoarea de azi și însumat pe tot orizontul.
scenarios-comparison = Comparație
scenarios-col-scenario = Scenariu
scenarios-col-retention = Retenție
scenarios-col-end-clients = Clienți la final
scenarios-col-revenue = Venituri pe tot orizontul
scenarios-col-value = Valoare (profit actualizat)
scenarios-col-vs-baseline = față de scenariul de bază
scenarios-horizon-years = { $n ->
    [one] { $n } an
    [few] { $n } ani
   *[other] { $n } de ani
}
scenarios-levers-invalid = Unele pârghii nu sunt valide; corectați-le mai jos.
scenarios-add-hint = Adăugați un scenariu pentru a-l compara cu scenariul de bază: pornește ca o copie a acestuia; apoi modificați-i pârghiile.
scenarios-chart-clients = Clienți în timp
scenarios-chart-years = Ani de acum înainte
scenarios-chart-value = Profit actualizat cumulat ({ $currency })
scenarios-chart-data = Cifrele din spatele graficelor
scenarios-chart-year = Anul
scenarios-baseline = Scenariul de bază
scenarios-follow-portfolio = Preia clienții, veniturile și marja din lista de clienți
scenarios-none-yet = Încă nu există scenarii.
scenarios-new-from-baseline = Scenariu nou pornind de la scenariul de bază

## Editorul scenariului.
scenarios-name = Nume
scenarios-compare-up-to = Compară (cel mult { $n })
scenarios-duplicate = Duplică
scenarios-delete = Șterge scenariul
scenarios-tornado-data = Cifrele din spatele graficului
scenarios-tornado-caption = Variația valorii față de { $value }
scenarios-tornado-lever = Pârghie
scenarios-tornado-lowered = Pârghie redusă
scenarios-tornado-raised = Pârghie mărită

## Găleata găurită.
scenarios-leaky-title = Găleata găurită, primul an
scenarios-leaky-lost = { $n ->
    [one] { $n } client pleacă și ia cu el
    [few] { $n } clienți pleacă și iau cu ei
   *[other] { $n } de clienți pleacă și iau cu ei
} venituri de { $revenue } pe an.
scenarios-leaky-stand-still = Recomandările aduc { $referrals ->
    [one] { $referrals } client
    [few] { $referrals } clienți
   *[other] { $referrals } de clienți
}; doar pentru a menține nivelul actual, achizițiile trebuie să aducă { $needed ->
    [one] { $needed } client nou
    [few] { $needed } clienți noi
   *[other] { $needed } de clienți noi
}, cu un cost de { $cost }.
scenarios-leaky-care = Cheltuită în schimb pe fidelizare, aceeași sumă ar însemna { $per_client } pe client pe an. Dacă o cheltuială de fidelizare de { $per_point } aduce un punct de retenție (ipoteza dumneavoastră), retenția ar crește de la { $from } la { $to } și s-ar păstra { $kept ->
    [one] { $kept } client
    [few] { $kept } clienți
   *[other] { $kept } de clienți
}.

## Pârghiile scenariului.
scenarios-lever-clients = Clienți la început
scenarios-lever-revenue-per-client = Venit pe client pe an
scenarios-lever-margin-rate = Marjă
scenarios-lever-margin-rate-hint = Partea din venit care rămâne după costurile directe și costul de deservire
scenarios-lever-retention = Retenție anuală
scenarios-lever-retention-hint = Proporția clienților care rămân cu dumneavoastră după un an
scenarios-lever-acquisition-spend = Cheltuieli anuale de achiziție
scenarios-lever-acquisition-spend-hint = Costuri de vânzări și marketing pentru câștigarea de clienți noi
scenarios-lever-cost-per-client = Cost pe client nou
scenarios-lever-cost-per-client-hint = Cât costă câștigarea unui client nou
scenarios-lever-care-spend = Cheltuieli de fidelizare pe client pe an
scenarios-lever-care-spend-hint = Efort suplimentar de retenție: evenimente, întâlniri de evaluare, gesturi de mulțumire
scenarios-lever-care-cost-per-point = Costul de fidelizare pentru 1 punct de retenție
scenarios-lever-care-cost-per-point-hint = Ipoteza dumneavoastră, pe client pe an
scenarios-lever-price-change = Modificare de preț
scenarios-lever-price-change-hint = Se aplică veniturilor; costurile rămân aceleași
scenarios-lever-referral-rate = Recomandări pe client pe an
scenarios-lever-referral-rate-hint = Clienți noi la 100 de clienți păstrați
scenarios-lever-discount = Rata anuală de actualizare
scenarios-lever-discount-hint = Costul capitalului dumneavoastră
scenarios-lever-horizon-years = Orizont (ani)
scenarios-lever-slider = Cursor pentru { $lever }
scenarios-lever-from-portfolio = Din lista de clienți
scenarios-unit-clients = clienți
scenarios-unit-years = ani
scenarios-monthly = Proiecție lună de lună
scenarios-monthly-hint = Valorile anuale sunt convertite în valori lunare
scenarios-fitted-curve = Urmează curba de retenție ajustată
scenarios-fitted-curve-hint = Fiecare client reînnoiește cu șansa vechimii sale după { $curve }: clienții de azi de la vechimea lor, cei noi de la început.
scenarios-fitted-curve-none = Ajustați o curbă de retenție în pagina Retenție ca scenariul să-și îmbătrânească clienții.
scenarios-lever-retention-curve-hint = Rata constantă cu care este comparat scenariul; retenția o dă curba ajustată.
scenarios-by-curve = (curba ajustată)
scenarios-curve-value = Cu curba ajustată valorează { $value } în { $years ->
    [one] { $years } an
    [few] { $years } ani
   *[other] { $years } de ani
}; la rata constantă de { $rate } ar valora
scenarios-curve-difference = Diferența dată de curbă:
scenarios-error-whole-number = Introduceți un număr întreg.
scenarios-error-horizon = Orizontul trebuie să fie între 1 și 30 de ani.

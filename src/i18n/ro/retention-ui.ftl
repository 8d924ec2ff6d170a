## retention-ui: pagina Retenție.

retention-ui-title = Curbe de retenție
retention-ui-lead = Cât rămân de fapt clienții: lipiți un tabel de cohorte pentru a ajusta o curbă de retenție care crește cu vechimea, vedeți cât valorează clienții de azi după ea și cât au rămas clienții propriului portofoliu.

## Tabelul de cohorte lipit.
retention-ui-input-title = Tabel de cohorte
retention-ui-input-label = Clienți rămași pe cohortă și perioadă (lipiți dintr-o foaie de calcul)
retention-ui-input-hint = O linie pe cohortă (numele ei, apoi clienții la t = 0, 1, 2, …) sau o coloană pe cohortă cu o linie pe perioadă. Numere, procente sau fracții; o cohortă numită „… venit” conține venitul acelei cohorte.
retention-ui-layout = Așezare
retention-ui-layout-rows = O linie pe cohortă
retention-ui-layout-columns = O coloană pe cohortă
retention-ui-kind = Valori
retention-ui-kind-counts = Număr de clienți
retention-ui-kind-percent = Procente din start
retention-ui-kind-share = Fracții din start
retention-ui-separator = Separator
retention-ui-sep-comma = Virgulă
retention-ui-sep-semicolon = Punct și virgulă
retention-ui-sep-tab = Tab
retention-ui-sep-pipe = Bară verticală
retention-ui-sep-whitespace = Spații
retention-ui-decimal = Separator zecimal
retention-ui-decimal-dot = Punct (1.5)
retention-ui-decimal-comma = Virgulă (1,5)
retention-ui-detect = Detectare automată
retention-ui-detected-as = Detectat: { $value }
retention-ui-period = O perioadă este
retention-ui-period-year = un an de vechime
retention-ui-period-month = o lună de vechime
retention-ui-unit-years = ani
retention-ui-unit-months = luni
retention-ui-size = Clienți la începutul fiecărei cohorte
retention-ui-size-hint = Necesar pentru a ajusta o curbă pe procente sau fracții.
retention-ui-size-positive = Numărul de clienți trebuie să fie peste zero.
retention-ui-fit-to = Ajustare pe perioadele până la
retention-ui-fit-to-hint = Lăsați gol pentru a ajusta pe toate perioadele; perioadele de după verifică proiecția.
retention-ui-fit-to-invalid = Introduceți un număr întreg de perioade, cel puțin 1.
retention-ui-detected = Citit ca { $summary }: { $layout }, { $kind }, separator { $separator }, zecimale { $decimal }.
retention-ui-fit = Ajustează curbele
retention-ui-fix-errors = Corectați întâi liniile de mai sus.
retention-ui-none-yet = Nicio curbă ajustată încă: lipiți mai sus un tabel de cohorte și apăsați „Ajustează curbele”.
retention-ui-stored-unreadable = Tabelul de cohorte păstrat nu mai poate fi citit; lipiți-l din nou și ajustați.

## Ajustările.
retention-ui-fits-title = Curbe ajustate
retention-ui-fitted-on = { $summary }; ajustat pe t = 0 până la { $to }.
retention-ui-all-cohorts = Toate cohortele împreună
retention-ui-fit-caption = Curbele ajustate pentru { $cohort }
retention-ui-col-model = Modelul
retention-ui-col-params = Parametrii
retention-ui-col-ll = Log-verosimilitate
retention-ui-col-bic = BIC
retention-ui-col-status = Ajustarea
retention-ui-model-sbg = sBG
retention-ui-model-bdw = BdW
retention-ui-model-constant = Constant
retention-ui-params-sbg = α = { $alpha }, β = { $beta }
retention-ui-params-bdw = α = { $alpha }, β = { $beta }, c = { $c }
retention-ui-params-constant = r = { $r }
retention-ui-bic-prefers = BIC preferă modelul { $model }: BIC-ul lui este mai mic decât al modelului { $other } cu { $by }.
retention-ui-derl = DERL după reînnoirea { $n }, la { $rate } pe an: { $derl } reînnoiri viitoare, actualizate ({ $model }, o reînnoire pe { $period }).
retention-ui-derl-inputs = Introduceți reînnoirile făcute (un număr întreg) și o rată de actualizare peste 0% pentru a vedea DERL.
retention-ui-derl-renewals = Reînnoiri făcute (pentru DERL)
retention-ui-derl-discount = Rata de actualizare pe an (%)
retention-ui-in-use = folosită
retention-ui-curve-in-use = Curba folosită
retention-ui-curve-source = Cohorta
retention-ui-curve-model = Modelul
retention-ui-model-by-bic = Cel preferat de BIC
retention-ui-in-use-text = Folosită: modelul { $model } pentru { $cohort } ({ $params }), o reînnoire pe { $period }.
retention-ui-in-use-hint = Valoarea clienților de azi de mai jos, scenariile care urmează curba ajustată și simularea pe client folosesc această curbă.
retention-ui-remove = Elimină tabelul de cohorte
retention-ui-curve-summary = modelul { $model } { $params }, o reînnoire pe { $period }

## Graficele proiecției.
retention-ui-projection-title = Supraviețuirea și retenția proiectate după vechime
retention-ui-projection-hint = Curba folosită față de ce a arătat fiecare cohortă: partea celor rămași clienți și șansa fiecărei reînnoiri după cele dinainte.
retention-ui-chart-survival = Încă client (% din start)
retention-ui-chart-retention = Retenția la fiecare reînnoire (%)
retention-ui-chart-x = Vechime ({ $units })
retention-ui-chart-renewal = Reînnoire ({ $units } de vechime)
retention-ui-series-fitted = { $model } ajustat
retention-ui-series-observed = Observat: { $cohort }

## Tabelul de cohorte.
retention-ui-table-title = Tabelul de cohorte
retention-ui-view = Arată
retention-ui-view-of-start = Clienți rămași, din start
retention-ui-view-of-previous = Clienți rămași, din perioada dinainte
retention-ui-view-revenue-of-start = Venit, din start
retention-ui-view-nrr = Retenția netă a veniturilor (NRR)
retention-ui-view-grr = Retenția brută a veniturilor (GRR)
retention-ui-view-grr-of-start = Retenția brută a veniturilor de la start
retention-ui-col-cohort = Cohorta
retention-ui-all-cohorts-pooled = Toate cohortele
retention-ui-revenue-hint = Adăugați pentru o cohortă o linie numită „… venit” ca să vedeți retenția veniturilor ei, NRR și GRR.
retention-ui-table-hint = Celulele mai închise sunt părți mai mari; linia tuturor cohortelor le cumulează pe cele care au ajuns la fiecare perioadă, ponderate după mărime.

## Valoarea bazei de clienți.
retention-ui-base-title = Cât valorează clienții de azi
retention-ui-base-curve = { $n ->
    [one] { $n } client actual
    [few] { $n } clienți actuali
   *[other] { $n } de clienți actuali
} după curbă (marjă × DERL)
retention-ui-base-flat = Aceiași clienți la o rată constantă de { $rate } pe { $period }
retention-ui-base-difference = Diferența (curbă − rată constantă)
retention-ui-elasticity = Un punct de retenție în plus la fiecare vechime valorează { $curve } ({ $curve_share }) după curbă și { $flat } ({ $flat_share }) la rata constantă.
retention-ui-elasticity-curve-only = Un punct de retenție în plus la fiecare vechime valorează { $curve } ({ $curve_share }) după curbă; rata constantă nu mai poate crește cu un punct.
retention-ui-base-how = Marja fiecărui client, de { $margin } pe { $period } (din scenariul de bază), înmulțită cu durata lui rămasă așteptată, actualizată, la vechimea lui, cu { $rate } pe perioadă; rata constantă este cea pe care clienții o vor arăta în perioada următoare.
retention-ui-base-unknown = { $n ->
    [one] { $n } client actual nu are dată de început și nu este evaluat.
    [few] { $n } clienți actuali nu au dată de început și nu sunt evaluați.
   *[other] { $n } de clienți actuali nu au dată de început și nu sunt evaluați.
}
retention-ui-base-by-tenure = După vechime
retention-ui-col-tenure = Vechime ({ $units })
retention-ui-col-clients = Clienți
retention-ui-col-next = Următoarea reînnoire
retention-ui-col-derl = DERL
retention-ui-col-value = Valoare pe client

## Kaplan–Meier pentru portofoliu.
retention-ui-km-title = Cât au rămas clienții portofoliului
retention-ui-km-lead = Kaplan–Meier de la data de început a fiecărui client până în ziua în care a fost pierdut; clienții care sunt încă cu noi contează până azi. Banda colorată este banda de încredere de 95%.
retention-ui-km-unit = Vechime în
retention-ui-km-split = Împărțire după
retention-ui-km-summary = { $n ->
    [one] { $n } client
    [few] { $n } clienți
   *[other] { $n } de clienți
}, dintre care pierduți: { $left }.
retention-ui-km-lost-no-date = { $n ->
    [one] { $n } client pierdut nu are data pierderii și este lăsat deoparte.
    [few] { $n } clienți pierduți nu au data pierderii și sunt lăsați deoparte.
   *[other] { $n } de clienți pierduți nu au data pierderii și sunt lăsați deoparte.
}
retention-ui-km-no-start = { $n ->
    [one] { $n } client nu are dată de început și este lăsat deoparte.
    [few] { $n } clienți nu au dată de început și sunt lăsați deoparte.
   *[other] { $n } de clienți nu au dată de început și sunt lăsați deoparte.
}
retention-ui-km-out-of-order = { $n ->
    [one] { $n } client are datele în ordine greșită (pierdut înainte de început sau o dată după azi) și este lăsat deoparte.
    [few] { $n } clienți au datele în ordine greșită (pierduți înainte de început sau o dată după azi) și sunt lăsați deoparte.
   *[other] { $n } de clienți au datele în ordine greșită (pierduți înainte de început sau o dată după azi) și sunt lăsați deoparte.
}
retention-ui-km-none = Niciun client nu are încă dată de început.
retention-ui-km-all = Toți clienții
retention-ui-km-group = { $group } ({ $n }, pierduți: { $left })
retention-ui-km-chart = Încă client, după vechimea în { $units }
retention-ui-km-x = Vechime ({ $units })
retention-ui-km-col-survival = Încă client
retention-ui-km-col-lower = Banda de 95%, jos
retention-ui-km-col-upper = Banda de 95%, sus
retention-ui-km-median = vechime mediană { $time } ({ $units })
retention-ui-km-no-median = mai mult de jumătate sunt încă clienți, deci încă nu există mediană
retention-ui-km-more-groups = { $n } grupuri; graficul le arată pe cele mai mari cinci.
retention-ui-log-rank = Testul log-rank: χ² = { $statistic } cu { $df ->
    [one] { $df } grad
    [few] { $df } grade
   *[other] { $df } de grade
} de libertate, p = { $p }.
retention-ui-log-rank-differ = Grupurile rămân perioade diferite.
retention-ui-log-rank-same = Nicio diferență clară între grupuri.

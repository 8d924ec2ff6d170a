## purchases
## Pagina Achiziții: modelele „buy till you die” estimate, valoarea clienților, verificarea prognozei.
# $unit în mesajele de mai jos este unul dintre: days, weeks, months (unitatea de timp a importului).
purchases-title = Achiziții
purchases-empty-text = Încă nu există un istoric de achiziții. Importați un CSV cu achiziții (client, dată, sumă) din pagina Date pentru a vedea care clienți sunt încă activi, cât vor mai cumpăra și cât valorează.
purchases-import = Importă achiziții
purchases-export-csv = Exportă CSV
purchases-import-another = Importă alt fișier
purchases-forget = Șterge acest istoric
# $source: numele fișierului importat; $range și $check: purchases-lead-range și purchases-lead-check, sau gol.
purchases-lead = { $source }: { $purchases ->
        [one] { $purchases } achiziție efectuată
        [few] { $purchases } achiziții efectuate
       *[other] { $purchases } de achiziții efectuate
    } de { $customers ->
        [one] { $customers } client
        [few] { $customers } clienți
       *[other] { $customers } de clienți
    }{ $range }; modele estimate pe achizițiile de până la { $calibration }{ $check }; timpul este exprimat în { $unit ->
        [days] zile
        [weeks] săptămâni
       *[months] luni
    }.
purchases-lead-range = { " " }în perioada { $from } – { $to }
purchases-lead-check = , cu verificare pe perioada { $from } – { $to }

## Modele
purchases-models = Modele
purchases-col-use = Folosit
purchases-col-model = Model
purchases-col-parameters = Parametri
purchases-col-log-likelihood = Log-verosimilitate
purchases-col-bic = BIC
purchases-col-fit = Estimare
purchases-use-model = Folosește { $model }
purchases-best-bic = (cel mai bun BIC)
purchases-params-bgnbd = r = { $r }; α = { $alpha }; a = { $a }; b = { $b }
purchases-params-pareto = r = { $r }; α = { $alpha }; s = { $s }; β = { $beta }
purchases-params-gamma = p = { $p }; q = { $q }; γ = { $gamma }
purchases-flagged = { $n ->
    [one] 1 client nu a putut fi evaluat: rândul său spune de ce și nu este inclus în aceste totaluri.
    [few] { $n } clienți nu au putut fi evaluați: rândurile lor spun de ce și nu sunt incluși în aceste totaluri.
   *[other] { $n } de clienți nu au putut fi evaluați: rândurile lor spun de ce și nu sunt incluși în aceste totaluri.
}
purchases-gamma-name = Gamma-Gamma (cheltuieli)
purchases-repeat-buyers = { $n ->
        [one] { $n } cumpărător recurent
        [few] { $n } cumpărători recurenți
       *[other] { $n } de cumpărători recurenți
    }
purchases-models-hint = BG/NBD și Pareto/NBD modelează cât de des cumpără fiecare client și când se oprește; Gamma-Gamma modelează cât cheltuiește. Un BIC mai mic înseamnă o potrivire mai bună cu datele, ținând cont de numărul de parametri. Formule și surse: docs/btyd.md.

## Valoarea clienților
purchases-customer-value = Valoarea clienților
purchases-horizon = Orizont (luni)
purchases-discount = Rată de actualizare anuală (%)
purchases-margin = Marja aplicată cheltuielilor (%)
purchases-horizon-range = Orizontul este între 1 și 120 de luni întregi.
purchases-discount-range = Rata de actualizare este între 0% și 100%.
purchases-margin-range = Marja este între 0% și 100%.
purchases-active = Clienți probabil încă activi
purchases-active-explain = suma P(activ) pentru { $n ->
        [one] { $n } client
        [few] { $n } clienți
       *[other] { $n } de clienți
    }
purchases-base-value = { $n ->
        [one] Valoarea bazei de clienți, în următoarea { $n } lună
        [few] Valoarea bazei de clienți, în următoarele { $n } luni
       *[other] Valoarea bazei de clienți, în următoarele { $n } de luni
    }
purchases-base-value-explain = achiziții așteptate × cheltuială așteptată × marjă, actualizate lunar

## Tabelul clienților
purchases-customers = Clienți
purchases-bulk-loading = Se citesc din acest browser clienții acestui istoric…
purchases-col-customer = Client
purchases-col-repeat = Achiziții repetate
purchases-col-last-age = Ultima / vechime ({ $unit ->
        [days] zile
        [weeks] săptămâni
       *[months] luni
    })
purchases-col-mean-spend = Cheltuială medie
purchases-col-p-alive = P(activ)
purchases-col-expected-purchases = Achiziții așteptate
purchases-col-expected-spend = Cheltuială așteptată
purchases-col-value = Valoare
purchases-search = Găsiți un client
purchases-search-hint = O parte din identificatorul clientului; lista, ordinea și paginile ei cuprind toți clienții.
purchases-page = Clienții { $first }–{ $last } din { $n }
purchases-page-prev = Pagina anterioară
purchases-page-next = Pagina următoare
purchases-no-match = Niciun identificator de client nu conține „{ $query }”.
purchases-heat-median = Este desenată pentru vechimea clientului median (jumătate dintre clienți sunt mai vechi); axele sunt în unitatea de timp a istoricului.

## Verificarea prognozei
purchases-forecast-title = Cât de bună este prognoza?
purchases-holdout = În perioada de verificare, clienții au făcut { $actual ->
        [one] { $actual } achiziție repetată
        [few] { $actual } achiziții repetate
       *[other] { $actual } de achiziții repetate
    }; modelul a prezis { $predicted }. Eroarea absolută medie per client: { $mae } achiziții.
purchases-holdout-none = Stabiliți la import o dată de sfârșit a perioadei de calibrare pentru a păstra deoparte achizițiile ulterioare și a verifica prognoza pe ele.
purchases-tracking-title = Achiziții repetate cumulate ({ $unit ->
        [days] zile
        [weeks] săptămâni
       *[months] luni
    })
purchases-tracking-x = { $unit ->
        [days] zile
        [weeks] săptămâni
       *[months] luni
    } de la prima achiziție din date
purchases-actual = Real
purchases-predicted = Prognozat
purchases-heat-caption = P(activ) după numărul de achiziții repetate și momentul ultimei achiziții, pentru un client văzut prima dată acum { $age } { $unit ->
        [days] { $age ->
            [one] zi
            [few] zile
           *[other] de zile
        }
        [weeks] { $age ->
            [one] săptămână
            [few] săptămâni
           *[other] de săptămâni
        }
       *[months] { $age ->
            [one] lună
            [few] luni
           *[other] de luni
        }
    }
purchases-heat-aria = Hartă termică a probabilității ca un client să fie încă activ
purchases-heat-cell = x = { $x }, ultima achiziție la { $at }: P(activ) { $p }
purchases-heat-x = Momentul ultimei achiziții ({ $unit ->
        [days] zile
        [weeks] săptămâni
       *[months] luni
    })
purchases-heat-y = Achiziții repetate
purchases-heat-hint = Mai închis înseamnă mai probabil încă activ: un client care a cumpărat des, dar nu și recent, probabil a plecat.
purchases-groups-caption = Achiziții medii în perioada de verificare, după numărul de achiziții din perioada de calibrare
purchases-groups-aria = Achiziții reale și prognozate în perioada de verificare, pe grupe de frecvență
purchases-groups-actual = { $group }: real { $value }
purchases-groups-predicted = { $group }: prognozat { $value }
purchases-legend-actual = real
purchases-legend-predicted = prognozat
purchases-groups-col = Achiziții în perioada de calibrare
purchases-valuing = Se evaluează clienții: { $done } din { $n }…

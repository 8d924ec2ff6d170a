data-occasions-label = Timpul se numără
data-occasions-continuous = continuu (zile, săptămâni, luni)
data-occasions-per-years = pe ocazii: ani
data-occasions-per-quarters = pe ocazii: trimestre
data-occasions-per-months = pe ocazii: luni
data-occasions-hint-continuous = Continuu când clienții pot cumpăra în orice zi (un magazin, un serviciu): BG/NBD, Pareto/NBD și MBG/NBD.
data-occasions-hint-occasions = Pe ocazii când clienții cumpără cel mult o dată pe ocazie (reînnoiri, sezoane, donații): BG/BB pe cine a cumpărat în fiecare ocazie.
data-occasions-observation-hint = Contează doar ocaziile încheiate până în această zi; o ultimă ocazie parțială este lăsată deoparte.
data-occasions-stage-counting = Se numără cumpărăturile pe ocazii
data-occasions-stage-fitting = Se potrivește BG/BB
data-occasions-none-whole = nicio cumpărătură nu cade { $unit ->
        [years] într-un an întreg
        [quarters] într-un trimestru întreg
       *[months] într-o lună întreagă
    } până la { $end }: contează doar ocaziile încheiate până la sfârșitul observației
data-occasions-shorter-than-one = istoricul, de la { $from } la { $to }, este mai scurt decât { $unit ->
        [years] un an
        [quarters] un trimestru
       *[months] o lună
    }: numărați pe o ocazie mai scurtă sau continuu
data-occasions-too-few = { $n ->
        [one] doar 1 { $unit ->
            [years] an întreg observat
            [quarters] trimestru întreg observat
           *[months] lună întreagă observată
        }
        [few] doar { $n } { $unit ->
            [years] ani întregi observați
            [quarters] trimestre întregi observate
           *[months] luni întregi observate
        }
       *[other] doar { $n } de { $unit ->
            [years] ani întregi observați
            [quarters] trimestre întregi observate
           *[months] luni întregi observate
        }
    } până la { $end }: BG/BB are nevoie de cel puțin 2 (cea a primei cumpărături și încă una)
data-occasions-one-pattern = toți clienții au același istoric (x = { $x }, t_x = { $tx }, n = { $n }): BG/BB nu poate deosebi cumpărarea de renunțare; numărați pe o ocazie mai scurtă sau continuu
data-occasions-partial = { $unit ->
        [years] Anul care conține sfârșitul observației ({ $end }) nu se încheiase: cumpărăturile din el sunt lăsate deoparte. Alegeți { $last } ca sfârșit al observației pentru a-l număra.
        [quarters] Trimestrul care conține sfârșitul observației ({ $end }) nu se încheiase: cumpărăturile din el sunt lăsate deoparte. Alegeți { $last } ca sfârșit al observației pentru a-l număra.
       *[months] Luna care conține sfârșitul observației ({ $end }) nu se încheiase: cumpărăturile din ea sunt lăsate deoparte. Alegeți { $last } ca sfârșit al observației pentru a o număra.
    }
data-occasions-lead = { $source }: { $purchases ->
        [one] 1 cumpărătură
        [few] { $purchases } cumpărături
       *[other] { $purchases } de cumpărături
    } ale { $customers ->
        [one] unui client
        [few] a { $customers } clienți
       *[other] a { $customers } de clienți
    }, numărate pe { $unit ->
        [years] ani
        [quarters] trimestre
       *[months] luni
    } de la { $from } la { $to }; BG/BB potrivit pe istoriile lor.

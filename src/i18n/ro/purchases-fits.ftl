purchases-fits-col-uncertainty = Eroare standard (interval 90%)
purchases-fits-se = { $name } ± { $se } ({ $low }–{ $high })
purchases-fits-no-se = nu se poate calcula
purchases-fits-params-bgbb = α = { $alpha }; β = { $beta }; γ = { $gamma }; δ = { $delta }
purchases-fits-hint = MBG/NBD este BG/NBD cu o șansă de renunțare chiar după prima cumpărare, deci nu toți cumpărătorii unici sunt socotiți activi. Erorile standard vin din curbura log-verosimilității în maximul ei; intervalele de 90% sunt pe scară logaritmică.
purchases-fits-occasions-title = Cumpărări la ocazii (BG/BB)
purchases-fits-occasions-lead = { $customers ->
        [one] 1 client
        [few] { $customers } clienți
       *[other] { $customers } de clienți
    } în { $rows ->
        [one] 1 istorie distinctă
        [few] { $rows } istorii distincte
       *[other] { $rows } de istorii distincte
    }, numărate pe { $unit ->
        [years] ani
        [quarters] trimestre
       *[months] luni
    }.
purchases-fits-next = Ocazii înainte
purchases-fits-discount = Rata de actualizare pe ocazie (%)
purchases-fits-col-x = Cumpărări repetate (x)
purchases-fits-col-tx = Ultima ocazie (t_x)
purchases-fits-col-n = Ocazii (n)
purchases-fits-col-count = Clienți
purchases-fits-col-alive = P(activ la ocazia următoare)
purchases-fits-col-expected = Cumpărări așteptate
purchases-fits-col-dert = DERT
purchases-fits-bad-number = introduceți un număr întreg de ocazii (1–100) și o rată de actualizare peste 0 și cel mult 100%
purchases-fits-source = { $source }: { $customers ->
        [one] 1 client, importat
        [few] { $customers } clienți, importați
       *[other] { $customers } de clienți, importați
    } pe { $date } ca istorii pe { $unit ->
        [years] ani
        [quarters] trimestre
       *[months] luni
    }; BG/BB potrivit pe ele.
purchases-fits-bad-days = introduceți un număr întreg de zile de la 1 la 3.650
purchases-fits-chance-title = Șansa unei comenzi
purchases-fits-chance-customer = Client
purchases-fits-chance-days = În următoarele (zile după sfârșitul istoricului)
purchases-fits-chance-hint = Introduceți codul unui client pentru a vedea șansa de nicio comandă, exact una și cel puțin una după fiecare model.
purchases-fits-chance-unknown = Niciun client „{ $id }” în acest istoric.
purchases-fits-col-none = Nicio comandă
purchases-fits-col-one = Exact una
purchases-fits-col-some = Cel puțin una

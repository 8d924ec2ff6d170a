## scenario: valoarea pe durata relației, scenarii „ce-ar fi dacă”, graficul tornadă și etichetele graficelor.

## Date de intrare refuzate pentru valoarea pe durata relației.
scenario-retention-range = Retenția trebuie să fie de cel puțin 0 % și sub 100 %.
scenario-no-curve = Nu există încă o curbă de retenție ajustată: ajustați una în pagina Retenție sau folosiți rata constantă.
scenario-discount-min = Rata de actualizare trebuie să fie de 0 % sau mai mult.
scenario-discount-max-period = Rata de actualizare trebuie să fie de cel mult 1000 % pe perioadă.
scenario-enter-number = Introduceți un număr.
scenario-amount-negative = Această sumă nu poate fi negativă.
scenario-margin-growth-range = Creșterea marjei trebuie să fie peste −100 % și de cel mult 100 % pe perioadă.
scenario-retention-missing = Introduceți cel puțin o rată de retenție.
scenario-horizon-min = Orizontul trebuie să fie de cel puțin o perioadă.
scenario-horizon-max = Orizontul trebuie să fie de cel mult { $max ->
    [one] { $max } perioadă
    [few] { $max } perioade
   *[other] { $max } de perioade
}.
scenario-margin-rate-unusable = Rata marjei nu este un număr utilizabil.
scenario-share-range = Cota actuală din bugetul clientului trebuie să fie peste 0 % și de cel mult 100 %.
scenario-target-share-range = Cota țintă trebuie să fie între cota actuală și 100 %.

## Pârghii de scenariu refuzate.
scenario-clients-max = Cel mult { $max ->
    [one] { $max } client
    [few] { $max } clienți
   *[other] { $max } de clienți
}.
scenario-margin-range = Marja trebuie să fie între −100 % și 100 % din venit.
scenario-cost-per-client-zero = Când există cheltuieli de achiziție, costul pe client nou trebuie să fie mai mare decât zero.
scenario-care-point-zero = Costul unui punct de retenție trebuie să fie mai mare decât zero.
scenario-price-range = Modificarea prețului trebuie să fie peste −100 % și de cel mult +100 %.
scenario-referral-range = Rata recomandărilor trebuie să fie între 0 % și 100 %.
scenario-discount-max-year = Rata de actualizare trebuie să fie de cel mult 100 % pe an.
scenario-horizon-years = Orizontul trebuie să fie între 1 și 30 de ani.

## Perioadele proiecției.
scenario-period-year = an
scenario-period-month = lună

## Barele graficului tornadă: fiecare pârghie și pasul ei.
scenario-lever-retention = Retenție ±1 punct
scenario-lever-margin = Marjă ±1 punct
scenario-lever-price = Preț ±1 punct
scenario-lever-referral-rate = Rata recomandărilor ±1 punct
scenario-lever-discount = Rata de actualizare ±1 punct
scenario-lever-revenue-per-client = Venit pe client ±10 %
scenario-lever-acquisition-spend = Cheltuieli de achiziție ±10 %
scenario-lever-cost-per-client = Cost pe client nou ±10 %
scenario-lever-care-spend = Cheltuieli de fidelizare ±10 %
scenario-lever-clients = Clienți la început ±10 %

## Pârghiile schimbate de un scenariu, enumerate în concluzia lui.
scenario-diff-retention = retenția { $from } → { $to }
scenario-diff-price-up = prețul +{ $change }
scenario-diff-price = prețul { $change }
scenario-diff-margin = marja { $from } → { $to }
scenario-diff-care = fidelizare { $amount } pe client
scenario-diff-acquisition = cheltuieli de achiziție { $amount }
scenario-diff-cost-per-client = cost pe client nou { $amount }
scenario-diff-referrals = recomandări { $rate }
scenario-diff-client-base = o altă bază de clienți
scenario-diff-discount = rata de actualizare { $rate }
scenario-diff-curve = retenția după curba ajustată
scenario-diff-flat = o rată de retenție constantă în locul curbei ajustate
scenario-list-join = { $head }, { $tail }
scenario-list-empty = nimic

## Concluzia unui scenariu față de scenariul de bază ($what este unul dintre cele trei începuturi).
scenario-readout-retention = Modificarea retenției de la { $from } la { $to }
scenario-readout-unchanged = „{ $name }” (nicio pârghie nu diferă de scenariul de bază)
scenario-readout-named = „{ $name }” ({ $changes })
scenario-readout-gain = { $what } valorează { $amount } în profit actualizat pe { $years ->
    [one] { $years } an
    [few] { $years } ani
   *[other] { $years } de ani
}.
scenario-readout-loss = { $what } costă { $amount } în profit actualizat pe { $years ->
    [one] { $years } an
    [few] { $years } ani
   *[other] { $years } de ani
}.
scenario-readout-gain-clients = { $what } valorează { $amount } în profit actualizat pe { $years ->
    [one] { $years } an
    [few] { $years } ani
   *[other] { $years } de ani
}, echivalentul câștigării { $clients ->
    [one] unui client în plus
    [few] a { $clients } clienți în plus
   *[other] a { $clients } de clienți în plus
}.
scenario-readout-loss-clients = { $what } costă { $amount } în profit actualizat pe { $years ->
    [one] { $years } an
    [few] { $years } ani
   *[other] { $years } de ani
}, echivalentul pierderii { $clients ->
    [one] unui client
    [few] a { $clients } clienți
   *[other] a { $clients } de clienți
}.

## Lista de scenarii.
scenario-default-name = Scenariul { $n }
scenario-copy-of = Copie după { $name }
scenario-book-full = Se pot păstra cel mult { $max ->
    [one] { $max } scenariu
    [few] { $max } scenarii
   *[other] { $max } de scenarii
}; ștergeți mai întâi unul.
scenario-id-taken = Un scenariu cu acest identificator există deja; încercați din nou.
scenario-gone = Scenariul nu mai există.
scenario-name-empty = Dați un nume scenariului.
scenario-name-long = Numele trebuie să aibă mai puțin de { $max ->
    [one] { $max } caracter
    [few] { $max } caractere
   *[other] { $max } de caractere
}.
scenario-name-taken = Există deja un scenariu numit „{ $name }”.
scenario-compare-full = Se pot compara cel mult { $max ->
    [one] { $max } scenariu
    [few] { $max } scenarii
   *[other] { $max } de scenarii
}; debifați mai întâi unul.


## retention: tabele de cohorte, curbe de retenție (sBG, BdW), durate ale relației, analiză de supraviețuire.

## Citirea unui tabel de cohorte.
retention-line-error = Linia { $line }: { $message }
retention-read = { $cohorts ->
    [one] { $cohorts } cohortă
    [few] { $cohorts } cohorte
   *[other] { $cohorts } de cohorte
}, până la { $periods ->
    [one] { $periods } perioadă
    [few] { $periods } perioade
   *[other] { $periods } de perioade
}
retention-read-revenue = { $cohorts ->
    [one] { $cohorts } cohortă
    [few] { $cohorts } cohorte
   *[other] { $cohorts } de cohorte
}, până la { $periods ->
    [one] { $periods } perioadă
    [few] { $periods } perioade
   *[other] { $periods } de perioade
}, cu venituri
retention-too-long = Textul este prea lung: se citesc cel mult { $max ->
    [one] { $max } caracter
    [few] { $max } caractere
   *[other] { $max } de caractere
}.
retention-empty = Textul nu conține niciun tabel de cohorte.
retention-too-many-cohorts = Cel mult { $max ->
    [one] { $max } cohortă
    [few] { $max } cohorte
   *[other] { $max } de cohorte
}.
retention-too-many-periods = Cel mult { $max ->
    [one] { $max } perioadă
    [few] { $max } perioade
   *[other] { $max } de perioade
}.
retention-no-name = O cohortă are nevoie de un nume în prima celulă.
retention-gap = { $cohort } are o celulă goală la t = { $t } și valori după ea.
retention-extra-cells = Mai multe celule decât { $columns ->
    [one] singura coloană
    [few] cele { $columns } coloane
   *[other] cele { $columns } de coloane
} ale antetului.
retention-not-a-number = „{ $text }” nu este un număr ({ $cohort }, t = { $t }).
retention-too-few-periods = { $cohort } are nevoie de cel puțin două perioade: începutul și încă una.
retention-negative = { $cohort }: numărul de clienți rămași nu poate fi negativ (t = { $t }).
retention-start-zero = { $cohort } începe fără niciun client.
retention-above-all = { $cohort }: { $text } depășește întreaga cohortă.
retention-increase = { $cohort }: clienții rămași cresc de la { $previous } la { $value } la t = { $t }; o cohortă poate doar să scadă.
retention-duplicate = Cohorta { $cohort } apare de două ori.
retention-revenue-negative = { $cohort }: venitul nu poate fi negativ (t = { $t }).
retention-revenue-no-name = Venitul are nevoie de numele cohortei sale înaintea cuvântului „venit”.
retention-revenue-orphan = Sunt date venituri pentru { $cohort }, dar nu există nicio cohortă cu acest nume.
retention-revenue-length = { $cohort }: venituri pentru { $revenue ->
    [one] { $revenue } perioadă
    [few] { $revenue } perioade
   *[other] { $revenue } de perioade
}, dar clienți rămași pentru { $survivors }.
retention-size-needed = Procentele și ponderile au nevoie de numărul de clienți cu care a început fiecare cohortă.

## Curbe de retenție.
retention-model-constant = Retenție constantă
retention-model-sbg = Beta-geometric deplasat (sBG)
retention-model-bdw = Beta-Weibull discret (BdW)
retention-shape-range = Valoarea trebuie să fie peste 0 și de cel mult { $max }.
retention-discount-positive = O curbă de retenție are nevoie de o rată de actualizare peste 0 %.
retention-discount-too-small = Rata de actualizare este prea mică pentru ca durata relației să poată fi însumată.

## Ajustarea unei curbe.
retention-fit-no-cohorts = Introduceți cel puțin o cohortă la care să se ajusteze curba.
retention-fit-survivors = Fiecare cohortă are nevoie de cel puțin două perioade de clienți rămași, care încep peste zero și nu cresc niciodată.
retention-fit-failed = Nicio curbă nu se potrivește acestor date.

## Valoarea portofoliului și proiecții.
retention-clients-invalid = Un număr de clienți trebuie să fie zero sau mai mare.
retention-no-clients = Introduceți cel puțin un client.
retention-margin-invalid = Marja trebuie să fie un număr.
retention-new-invalid = Clienții noi pe perioadă trebuie să fie zero sau mai mulți.
retention-horizon-max = Orizontul trebuie să fie de cel mult { $max ->
    [one] { $max } perioadă
    [few] { $max } perioade
   *[other] { $max } de perioade
}.

## Analiză de supraviețuire (Kaplan–Meier, log-rank).
retention-km-empty = Introduceți cel puțin o observație.
retention-km-time = Observația { $n }: timpul trebuie să fie un număr de perioade sau de zile, zero sau mai mare.
retention-km-groups = Testul log-rank are nevoie de cel puțin două grupuri.
retention-km-group-empty = Grupul { $n } nu are nicio observație.
retention-km-no-events = Testul log-rank are nevoie de cel puțin un eveniment.
retention-km-singular = Testul log-rank nu poate compara aceste grupuri: nu au niciun moment comun cu clienți expuși când a plecat cineva.

## Curbele de retenție aplicate portofoliului.
retention-source-gone = Cohorta aleasă nu mai este în tabel.
retention-base-no-tenures = Niciun client actual nu are o dată de început, deci niciunul nu are o vechime de evaluat.
retention-client-no-start = Clientul nu are dată de început, deci vechimea lui este necunoscută.
retention-split-none = Fără împărțire
retention-split-segment = Segment valoare × risc
retention-split-owner = Responsabil de cont
retention-split-industry = Domeniu de activitate
retention-group-all = Toți clienții
retention-group-named = { $name }
retention-group-no-segment = Arhivați (fără segment)
retention-group-no-owner = Fără responsabil
retention-group-no-industry = Fără domeniu

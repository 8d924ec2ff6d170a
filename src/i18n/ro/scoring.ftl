## scoring: scorurile, explicațiile lor, segmentele, avertismentele despre portofoliu și lista de apeluri
## (src/engine/scoring.rs, src/engine/segments.rs).

## Profit: ce compune profitul anual.
scoring-profit-revenue = Venituri
scoring-profit-revenue-detail = { $amount } pe an
scoring-profit-direct-cost = Costuri directe
scoring-profit-direct-cost-detail = { $amount } pe an pentru oameni, subcontractori și licențe
scoring-profit-cost-to-serve = Cost de deservire
scoring-profit-cost-to-serve-detail = { $amount } pe an pentru gestionarea contului
scoring-profit-care = Fidelizare, muncă gratuită și reduceri
scoring-profit-care-detail = { $amount } în ultimele 12 luni ({ $count ->
    [one] { $count } activitate
    [few] { $count } activități
   *[other] { $count } de activități
})
scoring-profit-dossier = Dosar: costuri suportate de noi
scoring-profit-dossier-detail = { $amount } în ultimele 12 luni ({ $count ->
    [one] { $count } înregistrare în dosar
    [few] { $count } înregistrări în dosar
   *[other] { $count } de înregistrări în dosar
}: costuri suportate de noi și condiții speciale)

## Loialitate (Conversion Model): segmentele de angajament și componentele scorului.
scoring-commitment-entrenched = Ancorat
    .lower = ancorat
scoring-commitment-average = Mediu
    .lower = mediu
scoring-commitment-shallow = Superficial
    .lower = superficial
scoring-commitment-convertible = Convertibil
    .lower = convertibil
scoring-nps-detractor = detractor
scoring-nps-passive = pasiv
scoring-nps-promoter = promotor
scoring-loyalty-satisfaction = Satisfacție
scoring-loyalty-satisfaction-detail = { $value }/10 la { $date }
scoring-loyalty-involvement = Implicare
scoring-loyalty-involvement-detail = { $value }/10
scoring-loyalty-affinity = Afinitate
scoring-loyalty-affinity-full = Afinitatea { $affinity }/10 contează integral: satisfacția și implicarea sunt ambele cel puțin { $full }
scoring-loyalty-affinity-none = Afinitatea { $affinity }/10 nu contează încă: necesită satisfacție și implicare peste { $from } (cea mai mică dintre ele este { $lower })
scoring-loyalty-affinity-partial = Afinitatea { $affinity }/10 contează în proporție de { $share }: cea mai mică dintre satisfacție și implicare este { $lower } (integral de la { $full })
scoring-loyalty-nps = Ar recomanda (NPS)
# $category este detractor, passive sau promoter.
scoring-loyalty-nps-detail = A răspuns { $answer }/10: { $category ->
    [promoter] promotor
    [passive] pasiv
   *[detractor] detractor
} (afișat ca referință, nu face parte din scor)

## Riscul de pierdere: benzi și factori.
scoring-band-low = Scăzut
    .lower = scăzut
scoring-band-medium = Mediu
    .lower = mediu
scoring-band-high = Ridicat
    .lower = ridicat
scoring-factor-silence = Lipsă de contact peste ritmul convenit
scoring-factor-satisfaction-drop = Satisfacție în scădere
scoring-factor-revenue-decline = Venituri sau comenzi în scădere
scoring-factor-contract-end = Se apropie sfârșitul contractului
scoring-factor-new-manager = Manager nou la client
scoring-factor-complaints = Reclamații deschise
scoring-factor-competitor = Activitatea concurenței
scoring-factor-low-share-of-wallet = Cotă mică din bugetul clientului
scoring-factor-low-loyalty = Loialitate scăzută
scoring-factor-purchase-model = Modelul de achiziții: probabil a încetat să cumpere
scoring-risk-all-off = Niciun factor de risc
scoring-risk-all-off-detail = Toți factorii de risc sunt dezactivați (sau au ponderea 0), deci riscul este 0.

## Riscul de pierdere: cifrele din spatele fiecărui factor.
scoring-silence-cadence-agreed = ritm convenit: o dată la { $days ->
    [one] { $days } zi
    [few] { $days } zile
   *[other] { $days } de zile
}
scoring-silence-cadence-default = ritm implicit: o dată la { $days ->
    [one] { $days } zi
    [few] { $days } zile
   *[other] { $days } de zile
}
scoring-silence-no-contact = Niciun contact înregistrat
# $cadence este scoring-silence-cadence-agreed sau -default.
scoring-silence-since-start = Nicio interacțiune înregistrată; { $days ->
    [one] { $days } zi
    [few] { $days } zile
   *[other] { $days } de zile
} de la începutul relației; { $cadence }
scoring-silence-overdue = Niciun contact de { $days ->
    [one] { $days } zi
    [few] { $days } zile
   *[other] { $days } de zile
}; { $cadence }
scoring-silence-recent = Ultimul contact acum { $days ->
    [one] { $days } zi
    [few] { $days } zile
   *[other] { $days } de zile
}; { $cadence }
scoring-satisfaction-no-ratings = Încă nicio evaluare
scoring-satisfaction-one-rating = O singură evaluare; încă nu există o tendință
scoring-satisfaction-fell = Satisfacția a scăzut de la { $from } la { $to } (din 10)
scoring-satisfaction-rose = Satisfacția a crescut de la { $from } la { $to } (din 10)
scoring-satisfaction-unchanged = Satisfacție neschimbată, la { $value } (din 10)
scoring-revenue-no-history = Istoric de venituri insuficient (sunt necesare două perioade)
scoring-revenue-fell = Veniturile au scăzut cu { $change }
scoring-revenue-rose = Veniturile au crescut cu { $change }
scoring-revenue-unchanged = Venituri neschimbate
scoring-revenue-from-nothing = Venituri pornind de la zero
# $change este unul dintre cele patru de mai sus; perioadele sunt etichete precum 2025-Q2.
scoring-revenue-detail = { $change } ({ $previous_period }: { $previous } → { $last_period }: { $last })
scoring-revenue-detail-orders = { $detail }; comenzi { $previous } → { $last }
scoring-contract-none = Nicio dată de încheiere a contractului înregistrată
scoring-contract-ended = Contractul s-a încheiat acum { $days ->
    [one] { $days } zi
    [few] { $days } zile
   *[other] { $days } de zile
}, fără o reînnoire înregistrată
scoring-contract-ends-today = Contractul se încheie astăzi
scoring-contract-ends-watched = Contractul se încheie peste { $days ->
    [one] { $days } zi
    [few] { $days } zile
   *[other] { $days } de zile
}; urmărit cu { $window ->
    [one] { $window } zi
    [few] { $window } zile
   *[other] { $window } de zile
} înainte
scoring-contract-ends = Contractul se încheie peste { $days ->
    [one] { $days } zi
    [few] { $days } zile
   *[other] { $days } de zile
}
scoring-manager-none = Nicio schimbare de manager înregistrată
scoring-manager-future = Schimbare de manager înregistrată peste { $days ->
    [one] { $days } zi
    [few] { $days } zile
   *[other] { $days } de zile
}; nu se ia încă în calcul
scoring-manager-new = Manager nou la client, schimbat acum { $days ->
    [one] { $days } zi
    [few] { $days } zile
   *[other] { $days } de zile
}
scoring-manager-old = Managerul s-a schimbat acum { $days ->
    [one] { $days } zi
    [few] { $days } zile
   *[other] { $days } de zile
} (în afara ferestrei de { $window ->
    [one] { $window } zi
    [few] { $window } zile
   *[other] { $window } de zile
})
scoring-complaints-none = Nicio reclamație deschisă
scoring-complaints-open = { $count ->
    [one] { $count } reclamație deschisă
    [few] { $count } reclamații deschise
   *[other] { $count } de reclamații deschise
}
scoring-competitor-active = Un concurent încearcă să atragă clientul
scoring-competitor-none = Nicio activitate cunoscută a concurenței
scoring-share-of-wallet-unknown = Cota din bugetul clientului este necunoscută
scoring-share-of-wallet-detail = Avem { $share } din cheltuielile clientului în categoria noastră
scoring-low-loyalty-unknown = Loialitate necunoscută (nicio evaluare)
# $segment este segmentul de angajament, cu literă mică.
scoring-low-loyalty-detail = Loialitate { $score }/100 ({ $segment })
scoring-purchase-model-none = Niciun istoric de achiziții pentru acest client
scoring-purchase-model-detail = Modelul de achiziții estimează la { $share } șansa ca acest client să mai cumpere (P(activ) din istoricul de achiziții)

## Segmentele valoare × risc.
scoring-segment-protect = Protejare
scoring-segment-grow = Creștere
scoring-segment-review = Revizuire
scoring-segment-develop = Dezvoltare
scoring-segment-protect-advice = Valoare mare, risc ridicat: sunați, rezolvați ce nu merge, prezentați dosarul de valoare.
scoring-segment-grow-advice = Valoare mare, risc scăzut: păstrați ritmul de contact și creșteți cota din bugetul clientului.
scoring-segment-review-advice = Valoare mică, risc ridicat: revizuiți costul de deservire și condițiile înainte de a investi mai mult.
scoring-segment-develop-advice = Valoare mică, risc scăzut: dezvoltați relația astfel încât să aducă mai multă valoare.

## Avertismente despre sănătatea portofoliului. HHI este indicele Herfindahl–Hirschman pe scara 0–10.000.
scoring-warning-top-client = Cel mai mare client aduce { $share } din venituri (avertizare peste { $limit }): pierderea lui ar afecta serios afacerea.
scoring-warning-top5 = Cei mai mari cinci clienți aduc { $share } din venituri (avertizare peste { $limit }).
scoring-warning-hhi-high = Veniturile sunt foarte concentrate: HHI { $hhi } (peste { $high }).
scoring-warning-hhi-moderate = Veniturile sunt moderat concentrate: HHI { $hhi } (între { $moderate } și { $high }).
scoring-warning-unprofitable = { $count ->
    [one] { $count } client costă mai mult decât aduce.
    [few] { $count } clienți costă mai mult decât aduc.
   *[other] { $count } de clienți costă mai mult decât aduc.
}
scoring-warning-revenue-at-risk = Clienții expuși riscului aduc { $share } din venituri (avertizare peste { $limit }).

## „Pe cine să sunați săptămâna aceasta”: de ce apare un client în listă.
scoring-call-no-contact = Niciun contact înregistrat
scoring-call-cadence-agreed = ritm convenit: o dată la { $days ->
    [one] { $days } zi
    [few] { $days } zile
   *[other] { $days } de zile
}
scoring-call-cadence-default = ritm implicit: o dată la { $days ->
    [one] { $days } zi
    [few] { $days } zile
   *[other] { $days } de zile
}
# $cadence este scoring-call-cadence-agreed sau -default.
scoring-call-overdue = Ultimul contact acum { $days ->
    [one] { $days } zi
    [few] { $days } zile
   *[other] { $days } de zile
}; { $cadence } (cu { $overdue ->
    [one] { $overdue } zi
    [few] { $overdue } zile
   *[other] { $overdue } de zile
} întârziere)
scoring-call-overdue-since-start = Niciun contact de la începutul relației, început acum { $days ->
    [one] { $days } zi
    [few] { $days } zile
   *[other] { $days } de zile
}; { $cadence } (cu { $overdue ->
    [one] { $overdue } zi
    [few] { $overdue } zile
   *[other] { $overdue } de zile
} întârziere)
scoring-call-risk-rising = Riscul a crescut de la { $from } la { $to } în { $days ->
    [one] { $days } zi
    [few] { $days } zile
   *[other] { $days } de zile
}
# $band este banda de risc, cu literă mică.
scoring-call-risk = Risc { $risk } ({ $band })
# $reason este unul dintre motivele de mai sus.
scoring-call-and-risk = { $reason }; risc { $risk } ({ $band })
# $main este explicația celui mai important factor de risc în afară de tăcere.
scoring-call-and-main-risk = { $reason }; riscul principal: { $main }

## model: fișele clienților, numere și date tastate, validarea formularelor clientului.

## Etapele relației.
model-stage-onboarding = Integrare
model-stage-active = Activ
model-stage-renewal = Reînnoire
model-stage-at-risk = Expus riscului
model-stage-lost = Pierdut
model-stage-won-back = Recâștigat

## Cum am luat legătura.
model-channel-meeting = Întâlnire
model-channel-call = Apel
model-channel-email = E-mail
model-channel-event = Eveniment
model-channel-other = Altul

## Tipuri de activități de fidelizare.
model-care-event = Eveniment
model-care-invitation = Invitație
model-care-thank-you = Mulțumire
model-care-report = Raport al lucrărilor efectuate
model-care-gift = Cadou
model-care-free-work = Muncă gratuită
model-care-discount = Reducere
model-care-other = Altceva

## Numere, date și perioade tastate ($text este ce s-a tastat).
model-enter-number = introduceți un număr.
model-not-a-number = „{ $text }” nu este un număr.
model-ambiguous-dot = „{ $text }” este ambiguu: scrieți { $thousands } pentru mii sau { $decimal } pentru zecimale.
model-ambiguous-comma = „{ $text }” este ambiguu: scrieți { $decimal } pentru virgulă zecimală sau { $thousands } pentru mii.
model-two-decimal-separators = „{ $text }” are mai mult de un separator zecimal.
model-too-large = „{ $text }” este prea mare.
model-misplaced-separators = „{ $text }” are separatoare de mii puse greșit.
model-outside-years = „{ $text }” este în afara anilor 1900–2200.
model-not-a-date = „{ $text }” nu este o dată; folosiți YYYY-MM-DD, de exemplu 2024-03-31.
model-period-invalid = „{ $text }” nu este o perioadă; scrieți un an (2024), un trimestru (2025-Q2) sau o lună (2025-03).
model-period-quarter = „{ $text }”: trimestrul trebuie să fie între Q1 și Q4.
model-period-month = „{ $text }”: luna trebuie să fie între 01 și 12.

## Numele câmpurilor din mesajele de validare.
model-label-company = Numele companiei
model-label-industry = Domeniul de activitate
model-label-client-manager = Managerul clientului
model-label-owner = Responsabilul de cont
model-label-annual-revenue = Venitul anual
model-label-direct-cost = Costul direct
model-label-cost-to-serve = Costul de deservire
model-label-manager-changed-on = Data schimbării managerului
model-label-contract-end = Sfârșitul contractului
model-label-lost-on = Data pierderii
model-label-share-of-wallet = Cota din bugetul clientului
model-label-referrals = Recomandările
model-label-contact-cadence = Ritmul de contact
model-label-open-complaints = Reclamațiile deschise
model-label-revenue = Venitul
model-label-orders = Comenzile
model-label-date = Data
model-label-who = Participanții
model-label-cost = Costul
model-label-survey-date = Data sondajului
model-label-satisfaction = Satisfacția
model-label-involvement = Implicarea
model-label-affinity = Afinitatea
model-label-nps = Răspunsul NPS
model-label-name = Numele
model-label-role = Rolul
model-label-email = E-mailul
model-label-phone = Telefonul

## Mesaje de validare ($label este unul dintre numele de câmpuri de mai sus).
model-field-problem = { $label }: { $problem }
model-negative = { $label }: valoarea nu poate fi negativă.
model-too-long = { $label }: textul depășește { $max ->
    [one] { $max } caracter
    [few] { $max } caractere
   *[other] { $max } de caractere
}.
model-at-most = { $label }: valoarea trebuie să fie cel mult { $max }.
model-whole-number = { $label }: introduceți un număr întreg, de exemplu 3.
model-scale = { $label }: introduceți un număr întreg de la 0 la { $max }.
model-notes-too-long = Notele depășesc { $max ->
    [one] { $max } caracter
    [few] { $max } caractere
   *[other] { $max } de caractere
}.
model-note-too-long = Nota depășește { $max ->
    [one] { $max } caracter
    [few] { $max } caractere
   *[other] { $max } de caractere
}.
model-enter-company = Introduceți numele companiei.
model-choose-stage = Alegeți o etapă a relației.
model-share-range = Cota din bugetul clientului trebuie să fie între 0 % și 100 %.
model-lost-before-start = Data pierderii nu poate fi înainte de data de început a clientului.
model-lost-in-future = Data pierderii nu poate fi după ziua de azi.
model-cadence-min = Ritmul de contact trebuie să fie de cel puțin o zi (lăsați câmpul gol pentru valoarea implicită).
model-enter-contact-name = Introduceți numele persoanei de contact.
model-email-invalid = „{ $text }” nu este o adresă de e-mail, de tipul nume@exemplu.ro.
model-phone-invalid = „{ $text }” nu este un număr de telefon; folosiți doar cifre, spații și + - ( ).
model-enter-period-revenue = Introduceți venitul perioadei (0 dacă nu a existat).
model-enter-date = Introduceți data.
model-enter-survey-date = Introduceți data sondajului.
model-choose-channel = Alegeți cum ați luat legătura.
model-sentiment-range = Sentimentul trebuie să fie un număr întreg de la −2 (foarte negativ) la 2 (foarte pozitiv).
model-choose-care-kind = Alegeți tipul activității de fidelizare.
model-enter-satisfaction = Introduceți satisfacția (0–10).
model-enter-involvement = Introduceți implicarea (0–10).
model-enter-affinity = Introduceți afinitatea (0–10).

## Cuvinte comune: folosite pe mai multe pagini.
common-clients-count = { $n ->
    [one] { $n } client
    [few] { $n } clienți
   *[other] { $n } de clienți
}

## Cum citiți scorurile (panoul de ajutor din pagina portofoliului).
common-help-title = Cum citiți scorurile
common-help-intro = Fiecare cifră este calculată în acest browser din ce ați înregistrat; deschideți un client ca să vedeți ce a făcut să crească sau să scadă fiecare scor.
common-help-got-it = Am înțeles
common-help-profit = Profit pe an
common-help-profit-text = Venitul minus costul direct, costul de deservire și ce ați cheltuit pentru fidelizarea clientului (cadouri, muncă gratuită, reduceri) în ultimele 12 luni.
common-help-loyalty = Loialitate pe viață (0–100)
common-help-loyalty-text = Cât de atașat este clientul, din satisfacție, implicare și afinitate; afinitatea contează doar după ce clientul este mulțumit și implicat.
common-help-risk = Risc de pierdere (0–100)
common-help-risk-text = O medie ponderată a până la zece semnale de alarmă, precum lipsa de contact peste ritmul convenit, venitul în scădere sau un manager nou; 50 sau mai mult înseamnă risc ridicat.
common-help-segment = Segment valoare × risc
common-help-segment-text = Protejați clienții valoroși expuși riscului, extindeți colaborarea cu cei valoroși și siguri, revizuiți condițiile celor mici și riscanți și dezvoltați relația cu cei mici și siguri.
common-help-abc = Clasa ABC
common-help-abc-text = Clienții A aduc primii 80% din profit, B următorii 15%, C restul.
common-help-clv = Valoare pe durata relației
common-help-clv-text = Profitul pe care se așteaptă să îl aducă clientul pe orizontul scenariului, cu retenția din scenariul de bază, actualizat la valoarea banilor de azi.
common-help-concentration = Concentrare
common-help-concentration-text = Cât din venit depinde de cei mai mari clienți; un indice HHI peste 2.500 de puncte înseamnă că afacerea se sprijină pe câțiva clienți.
common-help-palive = P(activ)
common-help-palive-text = Dintr-un istoric de achiziții importat: probabilitatea ca un client să cumpere în continuare, după cât de des și cât de recent a cumpărat.

## Numele portofoliului demonstrativ la prima pornire.
common-demo-portfolio-name = Portofoliu demonstrativ de agenție
# Numele unui portofoliu salvat fără nume (date din prima versiune a aplicației).
common-default-portfolio-name = Portofoliul meu

client-order-title = Șansa unei comenzi înainte de următorul contact planificat
client-order-next = Următorul contact planificat: { $date }, { $days ->
        [one] la 1 zi după sfârșitul istoricului de cumpărări
        [few] la { $days } zile după sfârșitul istoricului de cumpărări
       *[other] la { $days } de zile după sfârșitul istoricului de cumpărări
    }.
client-order-none-planned = Niciun contact nu este planificat. Adăugați în jurnalul de contacte un contact cu o dată după azi pentru a vedea șansa unei comenzi înainte de el.
client-order-chance = Șansa a cel puțin unei comenzi până atunci: { $p }
client-order-interval = interval de 90% { $low }–{ $high }
client-order-detail = Nicio comandă: { $none }; exact una: { $one } ({ $model }).
client-order-alive = Încă activ (P(activ)): { $p }
client-order-expected = Cumpărări așteptate în { $months ->
        [one] luna următoare
        [few] următoarele { $months } luni
       *[other] următoarele { $months } de luni
    }: { $n }
client-order-by-model = Aceeași șansă după fiecare model potrivit:
client-order-value = Valoarea în { $months ->
        [one] luna următoare
        [few] următoarele { $months } luni
       *[other] următoarele { $months } de luni
    }: { $value }

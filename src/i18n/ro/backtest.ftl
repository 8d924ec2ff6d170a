# Setări → „Cât de bine avertizează scorul de risc?” (testul pe trecut) și ponderile învățate.
# $days is always a horizon (30, 90 or 180 days), so it always takes "de zile".
backtest-title = Cât de bine avertizează scorul de risc?
backtest-lead = Pentru fiecare client marcat pierdut cu dată, riscul pe care îl avea cu câteva zile înainte de plecare, comparat cu riscul clienților care au rămas în acele zile. Scorurile sunt recalculate din înregistrările de dinaintea fiecărei zile, cu ponderile salvate.
backtest-window = Pierderile din
backtest-window-all = toată perioada
backtest-window-months = { $n ->
        [one] ultima lună
        [few] ultimele { $n } luni
       *[other] ultimele { $n } de luni
    }
backtest-horizon = Riscul măsurat
backtest-horizon-days = { $n ->
        [one] cu { $n } zi înainte de pierdere
        [few] cu { $n } zile înainte de pierdere
       *[other] cu { $n } de zile înainte de pierdere
    }
backtest-losses = { $n ->
        [one] { $n } pierdere în perioadă.
        [few] { $n } pierderi în perioadă.
       *[other] { $n } de pierderi în perioadă.
    }
backtest-stayed = { $n ->
        [one] Comparată cu { $n } scor al unui client încă al nostru după { $days } de zile.
        [few] Comparate cu { $n } scoruri ale clienților încă ai noștri după { $days } de zile.
       *[other] Comparate cu { $n } de scoruri ale clienților încă ai noștri după { $days } de zile.
    }
backtest-too-new = { $n ->
        [one] { $n } client pierdut nu începuse cu { $days } de zile înainte de plecare și nu este evaluat.
        [few] { $n } clienți pierduți nu începuseră cu { $days } de zile înainte de plecare și nu sunt evaluați.
       *[other] { $n } de clienți pierduți nu începuseră cu { $days } de zile înainte de plecare și nu sunt evaluați.
    }
backtest-undated = { $n ->
        [one] { $n } client este marcat pierdut fără dată și este lăsat deoparte: completați ziua pierderii în pagina lui.
        [few] { $n } clienți sunt marcați pierduți fără dată și sunt lăsați deoparte: completați ziua pierderii în paginile lor.
       *[other] { $n } de clienți sunt marcați pierduți fără dată și sunt lăsați deoparte: completați ziua pierderii în paginile lor.
    }
backtest-anecdotal = { $n ->
        [one] Cu { $n } pierdere (mai puțin de { $min }) cifrele sunt anecdotice: un client în plus sau în minus le schimbă mult.
        [few] Cu { $n } pierderi (mai puțin de { $min }) cifrele sunt anecdotice: un client în plus sau în minus le schimbă mult.
       *[other] Cu { $n } de pierderi (mai puțin de { $min }) cifrele sunt anecdotice: un client în plus sau în minus le schimbă mult.
    }
backtest-no-losses = Niciun client din această perioadă nu este marcat pierdut cu dată. Alegeți etapa „Pierdut” și ziua pierderii în pagina clientului.
backtest-auc-label = AUC (aria de sub curba ROC)
backtest-auc-explain = În { $share } din perechile unui client pierdut cu unul rămas, clientul pierdut avea riscul mai mare cu { $days } de zile înainte. 0,5 înseamnă dat cu banul, 1 un avertisment perfect.
backtest-high-label = Pierderi în banda ridicată
backtest-high-explain = Ponderea pierderilor cu risc ridicat cu { $days } de zile înainte de plecare; dintre clienții rămași, { $stayed } aveau risc ridicat.
backtest-lead-label = Timp de avertizare (median)
backtest-lead-days = { $n ->
        [one] { $n } zi
        [few] { $n } zile
       *[other] { $n } de zile
    }
backtest-lead-explain = { $n ->
        [one] Cât timp înainte de plecare riscul era deja ridicat (verificat la sfârșit de lună): { $warned } din { $n } pierdere avertizată.
        [few] Cât timp înainte de plecare riscul era deja ridicat (verificat la sfârșit de lună): { $warned } din { $n } pierderi avertizate.
       *[other] Cât timp înainte de plecare riscul era deja ridicat (verificat la sfârșit de lună): { $warned } din { $n } de pierderi avertizate.
    }
backtest-roc-title = Curba ROC, riscul cu { $days } de zile înainte de pierdere
backtest-roc-x = Clienți rămași semnalați
backtest-roc-y = Pierderi semnalate
backtest-roc-figures = Cifrele curbei
backtest-roc-col-threshold = Semnalat de la riscul
backtest-roc-col-losses = Pierderi semnalate
backtest-roc-col-stayed = Rămași semnalați
backtest-roc-at-least = ≥ { $risk }
backtest-survival-title = Încă clienți, după banda de risc de la începutul perioadei
backtest-survival-x = Zile de la începutul perioadei
backtest-survival-col = Încă clienți
backtest-survival-lower = Limita de jos (95%)
backtest-survival-upper = Limita de sus (95%)
backtest-survival-series = { $band } ({ $n })
backtest-survival-explain = Kaplan–Meier: banda de risc a fiecărui client la { $from }, apoi câți erau încă clienți, zi de zi.
backtest-leads-caption = Pierderile și cât de devreme a avertizat riscul
backtest-col-client = Client
backtest-col-lost-on = Pierdut la
backtest-col-lead = Risc ridicat înainte cu
backtest-not-warned = neavertizat
backtest-how = Formulele sunt în documentație (docs/scoring.md, „Backtest”).
backtest-link = Cât de bine avertizează scorul de risc?
backtest-link-hint = Testul pe propriile pierderi și ponderile învățate din ele sunt în Setări.
backtest-learn-title = Ponderi învățate din pierderile dvs.
backtest-learn-lead = { $n ->
        [one] O regresie logistică a „pierdut în 90 de zile” pe factori, pe { $rows } scoruri cu { $n } pierdere (perioada de mai sus). Nimic nu se schimbă până nu acceptați.
        [few] O regresie logistică a „pierdut în 90 de zile” pe factori, pe { $rows } scoruri cu { $n } pierderi (perioada de mai sus). Nimic nu se schimbă până nu acceptați.
       *[other] O regresie logistică a „pierdut în 90 de zile” pe factori, pe { $rows } scoruri cu { $n } de pierderi (perioada de mai sus). Nimic nu se schimbă până nu acceptați.
    }
backtest-learn-current = Acum
backtest-learn-proposed = Învățată
backtest-learn-note = De ce
backtest-learn-note-learned = coeficient { $b }
backtest-learn-note-negative = coeficient { $b }: aici a însoțit rămânerea, deci 0 (o pondere nu poate fi negativă)
backtest-learn-note-off = dezactivat: păstrat
backtest-learn-note-not-seen = nu apare în niciun scor al eșantionului: păstrat
backtest-learn-auc = AUC prin validare încrucișată ({ $folds } grupe după client): { $current } cu ponderile actuale, { $learned } cu cele învățate.
backtest-learn-preview = Arată în previzualizare
backtest-learn-accept = Acceptă ponderile învățate
backtest-learn-nothing = Niciun factor nu a însoțit plecarea în acest eșantion: nu există ponderi de propus.
backtest-learn-too-few = Pentru a învăța ponderi sunt necesare cel puțin { $min } pierderi cu dată și clienți care au rămas.

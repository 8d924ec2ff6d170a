## settings
## Pagina Setări: limbă, portofoliu, monedă, copii de siguranță, începerea de la zero, ponderile riscului de pierdere.

settings-title = Setări
settings-language-heading = Limbă
settings-language = Limba aplicației
settings-language-browser = Limba browserului ({ $name })
settings-portfolio = Portofoliu
settings-portfolio-name = Numele portofoliului
settings-name-required = Dați un nume portofoliului.
settings-name-too-long = Numele trebuie să aibă mai puțin de 80 de caractere.
settings-currency = Monedă
settings-currency-hint = Sumele sunt păstrate așa cum au fost introduse; schimbarea monedei le schimbă doar eticheta, fără conversie.
settings-currency-eur = EUR – euro
settings-currency-ron = RON – leu românesc
settings-currency-bgn = BGN – leva bulgărească
settings-currency-usd = USD – dolar american
settings-currency-gbp = GBP – liră sterlină
settings-currency-chf = CHF – franc elvețian
settings-currency-pln = PLN – zlot polonez
settings-currency-huf = HUF – forint maghiar
settings-backups = Copii de siguranță
settings-reminder = Amintește-mi să descarc o copie de siguranță după
settings-reminder-days = { $n ->
    [one] { $n } zi
    [few] { $n } zile
   *[other] { $n } de zile
}
settings-reminder-never = Nu-mi aminti niciodată
settings-start-over = Începeți de la zero
settings-start-over-hint = Ambele acțiuni pot fi anulate imediat după aceea, din mesajul din partea de sus.
settings-replace-with-demo = Înlocuiește totul cu portofoliul demonstrativ
settings-delete-all-clients = Șterge toți clienții

## Ponderile riscului de pierdere.
settings-weights-title = Ponderile riscului de pierdere
settings-weights-lead = Risc = 100 × Σ pondere × intensitatea factorului ÷ Σ ponderile factorilor activi. Valorile implicite sunt o judecată profesională, documentată împreună cu argumentele ei; modificați-le după specificul afacerii dumneavoastră și urmăriți previzualizarea înainte de a salva.
settings-weights-factor = Factor
settings-weights-on = Activ
settings-weights-weight = Pondere
settings-weights-share = Proporție
settings-weights-use = Folosește { $factor }
settings-weight-range = Ponderea trebuie să fie între 0 și { $max }.
settings-weight-invalid = Pondere: { $error }
settings-weights-all-off = Toți factorii sunt dezactivați: riscul fiecărui client este 0.
settings-weights-purchase-note = Factorul modelului de achiziții contează doar pentru clienții al căror id apare în istoricul de achiziții importat; pentru ceilalți, proporțiile se calculează din ceilalți factori.
settings-preview = Previzualizare
settings-preview-saved = Ponderile salvate
settings-preview-changed = Cu modificările dumneavoastră
settings-preview-unchanged = (încă nicio modificare)
settings-dist-aria = { $low } cu risc scăzut, { $medium } cu risc mediu, { $high } cu risc ridicat
settings-dist-text = { $low } scăzut · { $medium } mediu · { $high } ridicat (din { $n })
settings-preview-top = Cel mai mare risc cu aceste ponderi:
settings-preview-was = (înainte: { $score })
settings-weights-save = Salvează ponderile
settings-weights-defaults = Revino la valorile implicite
settings-weights-saved = Ponderile au fost salvate; portofoliul le folosește de acum.

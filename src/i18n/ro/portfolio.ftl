## portfolio
## Pagina Portofoliu: carduri de sănătate, graficul valoare × risc, lista de apeluri, tabelul clienților.
portfolio-add-client = Adaugă client
portfolio-demo-banner = Vedeți date demonstrative: { $n ->
        [one] { $n } client fictiv al unei mici agenții de servicii
        [few] { $n } clienți fictivi ai unei mici agenții de servicii
       *[other] { $n } de clienți fictivi ai unei mici agenții de servicii
    }. Încercați orice; eliminați-i când îi adăugați pe ai dumneavoastră.
portfolio-remove-demo = Elimină clienții demonstrativi
portfolio-card-clients = Clienți
portfolio-archived-count = + { $n ->
        [one] { $n } arhivat
        [few] { $n } arhivați
       *[other] { $n } de arhivați
    }
portfolio-card-revenue = Venituri pe an
portfolio-card-profit = Profit pe an
portfolio-margin-explain = marjă { $margin }; venituri − costuri directe − cost de deservire − fidelizare
portfolio-unprofitable = { $n ->
        [one] { $n } client aduce pierderi
        [few] { $n } clienți aduc pierderi
       *[other] { $n } de clienți aduc pierderi
    }
portfolio-card-value-at-risk = Valoare expusă riscului
portfolio-at-risk-explain = venituri anuale de la { $n ->
        [one] { $n } client
        [few] { $n } clienți
       *[other] { $n } de clienți
    } cu risc ≥ 50
portfolio-at-risk-explain-lifetime = venituri anuale de la { $n ->
        [one] { $n } client
        [few] { $n } clienți
       *[other] { $n } de clienți
    } cu risc ≥ 50; valoare pe durata relației { $value }
portfolio-at-risk-explain-lifetime-zero = venituri anuale de la { $n ->
        [one] { $n } client cu risc ≥ 50; nicio valoare pe durata relației în pericol: nu aduce profit pe durata relației
        [few] { $n } clienți cu risc ≥ 50; nicio valoare pe durata relației în pericol: niciunul nu aduce profit pe durata relației
       *[other] { $n } de clienți cu risc ≥ 50; nicio valoare pe durata relației în pericol: niciunul nu aduce profit pe durata relației
    }
portfolio-at-risk-none = Niciun client nu are un risc de 50 sau mai mare.
portfolio-card-concentration = Concentrare
portfolio-concentration-explain = din venituri de la { $client }; primii 5: { $top5 }; HHI { $hhi }
portfolio-empty-title = Încă nu există clienți
portfolio-empty-text = Adăugați primul client pentru a-i vedea aici profitabilitatea, loialitatea și riscul de pierdere. Puteți și restaura o copie de siguranță din pagina Date.
portfolio-call-title = Pe cine să sunați săptămâna aceasta
portfolio-call-empty = Niciun client nu are contactul întârziat sau riscul în creștere. Păstrați ritmul de contact.

## Filtre și tabelul clienților
portfolio-search-label = Caută clienți
portfolio-search-placeholder = Căutați companie, domeniu, persoane…
portfolio-filter-segment = Segment
portfolio-filter-all-segments = Toate segmentele
portfolio-filter-stage = Etapă
portfolio-filter-all-stages = Toate etapele
portfolio-filter-owner = Responsabil
portfolio-filter-all-owners = Toți responsabilii
portfolio-filter-risk = Risc
portfolio-filter-any-risk = Orice risc
# $band: numele nivelului de risc (Scăzut, Mediu, Ridicat).
portfolio-filter-band = Risc: { $band }
portfolio-filter-archived = Inclusiv arhivați
portfolio-row-count = { $shown } din { $total ->
        [one] { $total } client
        [few] { $total } clienți
       *[other] { $total } de clienți
    }
portfolio-table-label = Clienți
portfolio-col-company = Companie
portfolio-col-stage = Etapă
portfolio-col-owner = Responsabil
portfolio-col-revenue = Venituri / an
portfolio-col-profit = Profit / an
portfolio-col-margin = Marjă
portfolio-col-loyalty = Loialitate
portfolio-col-risk = Risc
portfolio-col-segment = Segment
portfolio-col-abc = ABC
portfolio-col-last-contact = Ultimul contact
portfolio-tag-demo = demo
portfolio-tag-archived = arhivat
portfolio-risk-rising = Riscul a crescut în ultimele 30 de zile
portfolio-days-ago = { $n ->
        [one] acum { $n } zi
        [few] acum { $n } zile
       *[other] acum { $n } de zile
    }
portfolio-never = niciodată
portfolio-overdue = contact întârziat
portfolio-show-more = Afișează mai mulți (încă { $n })

## Graficul valoare × risc
portfolio-quadrant-title = Valoare și risc
# $summary: segmentele cu numărul de clienți, de ex. „Protejare 2, Creștere 3, …”.
portfolio-quadrant-aria = Clienți după profit și risc de pierdere: { $summary }
portfolio-quadrant-x = Profit pe an ({ $currency })
portfolio-quadrant-y = Risc de pierdere
portfolio-quadrant-dot = { $company }: profit { $profit }, risc { $risk }
portfolio-quadrant-hint = { $summary }. Liniile de separare: profitul median și riscul 50. Faceți clic pe un punct pentru a deschide clientul.

## Grafice (folosite și de paginile Scenarii și Achiziții)
portfolio-chart-line-summary = { $series }: de la { $first } la { $last }
portfolio-tornado-caption = Ce influențează cel mai mult valoarea portofoliului (variația în { $currency } față de { $base })
portfolio-tornado-aria = Sensibilitatea valorii portofoliului la fiecare pârghie
portfolio-tornado-lower = Redusă: { $value }
portfolio-tornado-higher = Mărită: { $value }
portfolio-tornado-raised = pârghie mărită
portfolio-tornado-lowered = pârghie redusă
portfolio-tornado-col-lever = Pârghie
portfolio-tornado-col-lowered = Variația cu pârghia redusă
portfolio-tornado-col-raised = Variația cu pârghia mărită

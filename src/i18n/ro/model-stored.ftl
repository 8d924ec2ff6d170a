## Stored data checked with the forms' rules (a restored backup): which record, and problems
## only stored data can have.
model-stored-not-a-number = { $label } nu este un număr utilizabil.
model-stored-label-start-date = Data începerii
model-stored-bad-id = Identificatorul clientului este gol, prea lung sau conține caractere de control.
model-stored-bad-time = Momentul ultimei modificări nu este o dată validă.
model-stored-bad-record-id = Identificatorul înregistrării este gol, are peste 64 de caractere sau conține caractere de control.
model-stored-same-record-id = O altă înregistrare a acestui client are același identificator.
model-stored-contact = persoana de contact { $n }
model-stored-revenue = perioada de venit { $n }
model-stored-interaction = interacțiunea { $n } ({ $date })
model-stored-care = activitatea de fidelizare { $n } ({ $date })
model-stored-rating = evaluarea de loialitate { $n } ({ $date })
model-stored-project = proiectul { $n }
model-stored-dossier-entry = înregistrarea din dosar { $n } ({ $date })

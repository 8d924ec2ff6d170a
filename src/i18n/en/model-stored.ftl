## Stored data checked with the forms' rules (a restored backup): which record, and problems
## only stored data can have.
model-stored-not-a-number = { $label } is not a usable number.
model-stored-label-start-date = Start date
model-stored-bad-id = The client's id is empty, too long or holds control characters.
model-stored-bad-time = The time of the last edit is not a time.
model-stored-bad-record-id = The record's id is empty, longer than 64 characters or holds control characters.
model-stored-same-record-id = Another record of this client has the same id.
model-stored-contact = contact { $n }
model-stored-revenue = revenue period { $n }
model-stored-interaction = interaction { $n } ({ $date })
model-stored-care = care activity { $n } ({ $date })
model-stored-rating = loyalty survey { $n } ({ $date })
model-stored-project = project { $n }
model-stored-dossier-entry = dossier entry { $n } ({ $date })

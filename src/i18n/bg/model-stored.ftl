## Stored data checked with the forms' rules (a restored backup): which record, and problems
## only stored data can have.
model-stored-not-a-number = { $label } не е използваемо число.
model-stored-label-start-date = Начална дата
model-stored-bad-id = Идентификаторът на клиента е празен, твърде дълъг или съдържа управляващи знаци.
model-stored-bad-time = Времето на последната редакция не е валидно време.
model-stored-bad-record-id = Идентификаторът на записа е празен, по-дълъг от 64 знака или съдържа управляващи знаци.
model-stored-same-record-id = Друг запис на този клиент има същия идентификатор.
model-stored-contact = контакт { $n }
model-stored-revenue = период на приходи { $n }
model-stored-interaction = взаимодействие { $n } ({ $date })
model-stored-care = грижа { $n } ({ $date })
model-stored-rating = оценка на лоялността { $n } ({ $date })
model-stored-project = проект { $n }
model-stored-dossier-entry = запис в досието { $n } ({ $date })

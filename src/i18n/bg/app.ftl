## app
## Рамката на приложението: заглавна лента, навигация, състояние на запазването, банери, известия с Отмяна, 404.

app-product-name = Калкулатор за задържане на клиенти
app-skip-to-content = Към съдържанието
app-nav-label = Основна навигация
app-route-portfolio = Портфолио
app-route-client = Клиент
app-route-scenarios = Сценарии
app-route-purchases = Покупки
app-route-retention = Задържане
app-route-data = Данни
app-route-settings = Настройки
app-route-not-found = Страницата не е намерена

app-status-saving = Запазване…
app-status-saved = Всички промени са запазени
app-status-failed = Не е запазено
app-status-conflict = Конфликт с друг раздел
app-status-disabled = Хранилището е изключено: промените не се запазват

app-retry-saving = Запази отново
app-conflict-text = Друг раздел запази промени (в { $time }), докато в този раздел имаше незапазени промени. Коя версия искате да запазите? Другата ще бъде отхвърлена.
app-conflict-unknown-time = неизвестен момент
app-conflict-keep-theirs = Запази версията от другия раздел
app-conflict-keep-mine = Запази версията от този раздел
app-undo = Отмени
app-dismiss-message = Затвори съобщението
app-backup-reminder = { $days ->
    [one] Няма резервно копие от { $days } ден.
   *[other] Няма резервно копие от { $days } дни.
} Данните ви се пазят само в този браузър: ако го изчистите или дискът се повреди, те ще бъдат загубени.
app-backup-download = Изтегли резервно копие
app-backup-later = По-късно

## Известия и надписи за Отмяна.
app-notice-upgraded = Данните бяха обновени от версия { $from } на хранилището до версия { $to }; копие на старата версия е запазено.
app-notice-undone = Действието е отменено.
app-notice-external = Данните са обновени с промените, запазени в друг раздел.
app-notice-kept-theirs = Запазена е версията от другия раздел.
app-notice-started-fresh = Започнахте отначало с демонстрационното портфолио.
# Изречение, вече написано на езика на читателя от страницата, която го е изпратила.
app-notice-as-is = { $text }
app-undo-deleted-client = Изтрит клиент: { $name }.
app-undo-removed-demo = { $n ->
    [one] Премахнат е { $n } демонстрационен клиент.
   *[other] Премахнати са { $n } демонстрационни клиента.
}
app-undo-removed-purchases = Историята на покупките е премахната.
app-undo-removed-retention = Таблицата с кохорти и изчислената крива са премахнати.
app-undo-replaced-all = Всички данни са заменени.
app-undo-deleted-scenario = Изтрит сценарий: „{ $name }“.

## Файлове: изтегляне и четене на избрани файлове (последните две допълват изречение на страницата).
app-download-failed = Изтеглянето не можа да бъде подготвено ({ $what }).
app-file-too-large = файлът е { $size } МБ, а най-големият файл, който може да се прочете тук, е { $max } МБ
app-file-unreadable = файлът не можа да бъде прочетен ({ $error })

## Страницата не е намерена.
app-not-found-title = Страницата не е намерена
app-not-found-text = Този адрес не води до страница на Калкулатора за задържане на клиенти. Данните ви са в безопасност.
app-not-found-home = Към портфолиото

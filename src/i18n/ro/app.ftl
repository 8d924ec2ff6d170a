## app
## Cadrul aplicației: antet, navigare, starea salvării, bannere, notificări cu Anulare, 404.

app-product-name = Calculator de retenție
app-skip-to-content = Salt la conținut
app-nav-label = Navigare principală
app-route-portfolio = Portofoliu
app-route-client = Client
app-route-scenarios = Scenarii
app-route-purchases = Achiziții
app-route-retention = Retenție
app-route-data = Date
app-route-settings = Setări
app-route-not-found = Pagina nu a fost găsită

app-status-saving = Se salvează…
app-status-saved = Toate modificările sunt salvate
app-status-failed = Nesalvat
app-status-conflict = Conflict cu altă filă
app-status-disabled = Stocare indisponibilă: modificările nu se păstrează

app-retry-saving = Reîncearcă salvarea
app-conflict-text = Altă filă a salvat modificări (la { $time }) în timp ce această filă avea modificări nesalvate. Ce versiune doriți să păstrați? Cealaltă va fi abandonată.
app-conflict-unknown-time = o oră necunoscută
app-conflict-keep-theirs = Păstrează versiunea din cealaltă filă
app-conflict-keep-mine = Păstrează versiunea din această filă
app-undo = Anulează
app-dismiss-message = Închide mesajul
app-backup-reminder = { $days ->
    [one] Nu ați mai făcut o copie de siguranță de { $days } zi.
    [few] Nu ați mai făcut o copie de siguranță de { $days } zile.
   *[other] Nu ați mai făcut o copie de siguranță de { $days } de zile.
} Datele dumneavoastră există doar în acest browser: dacă îl goliți sau discul se defectează, le pierdeți.
app-backup-download = Descarcă o copie de siguranță
app-backup-later = Mai târziu

## Notificări și etichete pentru Anulare.
app-notice-upgraded = Datele au fost actualizate de la versiunea de stocare { $from } la { $to }; o copie a versiunii vechi este păstrată.
app-notice-undone = Acțiunea a fost anulată.
app-notice-external = Datele au fost actualizate cu modificările salvate în altă filă.
app-notice-kept-theirs = S-a păstrat versiunea salvată în cealaltă filă.
app-notice-started-fresh = S-a pornit de la zero cu portofoliul demonstrativ.
# O propoziție deja scrisă în limba cititorului de pagina care a trimis-o.
app-notice-as-is = { $text }
app-undo-deleted-client = Clientul { $name } a fost șters.
app-undo-removed-demo = { $n ->
    [one] A fost eliminat { $n } client demonstrativ.
    [few] Au fost eliminați { $n } clienți demonstrativi.
   *[other] Au fost eliminați { $n } de clienți demonstrativi.
}
app-undo-removed-purchases = Istoricul de achiziții a fost eliminat.
app-undo-removed-retention = Tabelul de cohorte și curba ajustată au fost eliminate.
app-undo-replaced-all = Toate datele au fost înlocuite.
app-undo-deleted-scenario = S-a șters scenariul „{ $name }”.

## Fișiere: descărcări și citirea fișierelor alese (ultimele două completează o propoziție a paginii).
app-download-failed = Descărcarea nu a putut fi pregătită ({ $what }).
app-file-too-large = are { $size } MB; cel mai mare fișier care poate fi citit aici are { $max } MB
app-file-unreadable = nu a putut fi citit ({ $error })

## Pagina nu a fost găsită.
app-not-found-title = Pagina nu a fost găsită
app-not-found-text = Această adresă nu duce la o pagină din Calculatorul de retenție. Datele dumneavoastră sunt în siguranță.
app-not-found-home = Mergi la portofoliu

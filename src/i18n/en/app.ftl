## app
## The frame of the app: header, navigation, save status, banners, notices with Undo, 404.

app-product-name = Retention Calculator
app-skip-to-content = Skip to content
app-nav-label = Main
app-route-portfolio = Portfolio
app-route-client = Client
app-route-scenarios = Scenarios
app-route-purchases = Purchases
app-route-retention = Retention
app-route-data = Data
app-route-settings = Settings
app-route-not-found = Page not found

app-status-saving = Saving…
app-status-saved = All changes saved
app-status-failed = Not saved
app-status-conflict = Conflict with another tab
app-status-disabled = Storage off: changes are not kept

app-retry-saving = Retry saving
app-conflict-text = Another tab saved changes (at { $time }) while this tab had unsaved ones. Which version do you want to keep? The other is discarded.
app-conflict-unknown-time = an unknown time
app-conflict-keep-theirs = Keep the other tab's version
app-conflict-keep-mine = Keep this tab's version
app-undo = Undo
app-dismiss-message = Dismiss message
app-backup-reminder = { $days ->
    [one] No backup for { $days } day.
   *[other] No backup for { $days } days.
} Your data lives only in this browser: clearing it, or a broken disk, loses it.
app-backup-download = Download a backup
app-backup-later = Later

## Notices and Undo labels.
app-notice-upgraded = Your data was upgraded from storage version { $from } to { $to }; a copy of the old version is kept.
app-notice-undone = Undone.
app-notice-external = Updated with changes saved in another tab.
app-notice-kept-theirs = Kept the version saved in the other tab.
app-notice-started-fresh = Started fresh with the demo portfolio.
# A sentence already written in the reader's language by the page that sent it.
app-notice-as-is = { $text }
app-undo-deleted-client = Deleted { $name }.
app-undo-removed-demo = { $n ->
    [one] Removed { $n } demo client.
   *[other] Removed { $n } demo clients.
}
app-undo-removed-purchases = Removed the purchase history.
app-undo-removed-retention = Removed the cohort table and its fitted curve.
app-undo-replaced-all = Replaced all data.
app-undo-deleted-scenario = Deleted scenario “{ $name }”.

## Files: downloads and reading chosen files (the last two complete a sentence of the page).
app-download-failed = The download could not be prepared ({ $what }).
app-file-too-large = it is { $size } MB; the largest file read here is { $max } MB
app-file-unreadable = it could not be read ({ $error })

## Page not found.
app-not-found-title = Page not found
app-not-found-text = This address does not lead to a page of Retention Calculator. Your data is safe.
app-not-found-home = Go to the portfolio

## Data page: backups, restore, clients as CSV, purchase history import, storage, recovery screen.

## Shared
data-ui-cancel = Cancel
data-ui-line-error = Line { $line }: { $error }
data-ui-file-error = “{ $name }”: { $error }.
data-ui-named-error = “{ $name }”: { $error }
data-ui-read-failed = { $error }. Nothing was changed.
data-ui-downloaded = Downloaded { $name }.

## Page and backup
data-ui-title = Data
data-ui-backup-title = Backup
data-ui-backup-intro = Everything you keep in this app lives only in this browser. Download a backup now and then: one JSON file with your clients, scenarios and settings, its schema version and a checksum, readable by any later version of the app.
data-ui-last-backup = Last backup downloaded { $date }.
data-ui-no-backup = No backup downloaded from this browser yet.
data-ui-download-backup = Download backup
data-ui-backup-write-failed = The backup could not be written ({ $error }).
data-ui-backup-downloaded = Downloaded { $name }. Keep it somewhere safe, e.g. with your other work files.

## Restore
data-ui-restore-title = Restore a backup
data-ui-restore-intro = Choose a backup file. Nothing changes until you have seen what it holds and chosen how to restore it.
data-ui-choose-backup = Choose backup file…
data-ui-restore-saved = { $file } — saved { $date }
data-ui-restore-saved-unknown = { $file } — saved at an unknown time
data-ui-restore-migrated = Written by an older version (schema { $version }); it was upgraded on reading.
data-ui-restore-counts = { $clients ->
    [one] { $clients } client
   *[other] { $clients } clients
} and { $scenarios ->
    [one] { $scenarios } scenario
   *[other] { $scenarios } scenarios
} in the backup.
data-ui-restore-added = { $n } new here: { $list }
data-ui-restore-only-here = { $n } only here (a merge keeps them; replacing removes them): { $list }
data-ui-restore-unchanged = { $n } unchanged.
data-ui-restore-updated = Updated from the backup, edited there later ({ $n }): { $list }
data-ui-restore-kept = Kept as here, edited here later ({ $n }): { $list }
data-ui-restore-conflicts = Different, with nothing to tell which is newer; a merge keeps your copy and adds the records only in the backup ({ $n }): { $list }
data-ui-restore-renamed = { $name } (here “{ $here }”)
data-ui-restore-records-added = { $name } (with { $n ->
    [one] { $n } record
   *[other] { $n } records
} from the backup added)
data-ui-restore-records-kept = { $name } (with { $n ->
    [one] { $n } record
   *[other] { $n } records
} only here kept)
data-ui-restore-records-differ = { $name } ({ $n ->
    [one] { $n } record
   *[other] { $n } records
} changed in both: yours kept)
data-ui-restore-scenarios-added = Scenarios new here ({ $n }): { $list }
data-ui-restore-scenarios-conflicts = Scenarios that differ; a merge keeps yours ({ $n }): { $list }
data-ui-restore-scenarios-full = Scenarios not added, the list is full ({ $n }): { $list }
data-ui-restore-scenarios-unchanged = Scenarios unchanged: { $n }.
data-ui-restore-replan = The merge is worked out again from your data as it is when you press Merge, so changes made meanwhile are kept.
data-ui-restore-problems-more = … and { $n } more.
data-ui-restore-purchases-added = The backup's purchase history ({ $n ->
    [one] { $n } customer
   *[other] { $n } customers
}) is added: this browser has none.
data-ui-restore-purchases-kept = Both have a purchase history: a merge keeps this browser's, a replace takes the backup's.
data-ui-list-none = none.
data-ui-list-more = { $names } and { $n } more.
data-ui-merge = Merge into my data
data-ui-replace = Replace my data with the backup
data-ui-merged-undo = Merged { $file } into your data.
data-ui-replaced-undo = Replaced your data with { $file }.
data-ui-restored = Restored. Undo is available from the message at the top until your next change.

## Storage health
data-ui-storage-title = Storage
data-ui-storage-used = This app uses { $used } of about { $quota } the browser allows each site ({ $percent }).
data-ui-storage-unreadable = The browser does not let this page read its storage.
data-ui-storage-part = Part
data-ui-storage-size = Size
data-ui-storage-full-hint = When storage is full, the app keeps your last saved data and tells you; download a backup, then remove what you no longer need (old scenarios, archived clients' interaction notes).
data-ui-bulk-title = Purchase history customers (IndexedDB)
data-ui-bulk-none = No purchase history is kept.
data-ui-bulk-loading = Reading the history's customers…
data-ui-bulk-storing = Saving the history's customers…
data-ui-bulk-kept = { $n } customers of the purchase history are kept in this browser's IndexedDB, outside the main document.
data-ui-bulk-in-document = { $n } customers of the purchase history are kept in the main document.
data-ui-site-storage = All of this site's storage (both stores): { $used } of { $quota } the browser allows ({ $percent }).
data-ui-size-kb = { $kb } KB
data-ui-size-mb = { $mb } MB

## Clients as CSV
data-ui-clients-title = Clients as CSV
data-ui-clients-intro = Export the client list for a spreadsheet or CRM (cells that a spreadsheet would run as formulas are made harmless), or add clients from a CRM export. The CSV holds every field of the client form; the records (contacts, interactions, care, ratings, revenue history, the value dossier) are not in it: they travel in backups.
data-ui-clients-export = Export clients (CSV)
data-ui-clients-import = Import clients from CSV…
data-ui-clients-not-utf8 = it is not UTF-8 text
data-ui-clients-file-error = “{ $name }”: { $error }. Nothing was changed.
data-ui-clients-guess-error = “{ $name }”: { $error } Nothing was changed.
data-ui-clients-not-in-file = (not in the file)
# Preview sentence: the first part, then the optional parts (each starting with "; "), then a full stop.
data-ui-clients-preview-new = { $n ->
    [one] { $n } new client to add
   *[other] { $n } new clients to add
}
data-ui-clients-preview-existing = { $n ->
    [one] ; { $n } already in the portfolio (same company name) is skipped
   *[other] ; { $n } already in the portfolio (same company name) are skipped
}
data-ui-clients-preview-errors = { $n ->
    [one] ; { $n } row cannot be read
   *[other] ; { $n } rows cannot be read
}
data-ui-clients-add = { $n ->
    [one] Add { $n } client
   *[other] Add { $n } clients
}
data-ui-clients-added = { $n ->
    [one] Added { $n } client.
   *[other] Added { $n } clients.
} Undo is available from the message at the top.
data-ui-clients-added-undo = { $n ->
    [one] Added { $n } client from the file.
   *[other] Added { $n } clients from the file.
}

## Purchase history import
data-ui-tx-title = Import a purchase history
data-ui-tx-intro = A CSV file of purchases (customer id, date, amount; optionally quantity), from a shop or an accounting export. The app fits “buy till you die” models on it to estimate which customers are still active and what they are worth. Only the per-customer summary and the fitted models are kept, not the transactions.
data-ui-tx-choose-file = Choose CSV file…
data-ui-tx-or-paste = or paste below
data-ui-tx-paste = Paste transactions
data-ui-tx-pasted-label = Pasted transactions
data-ui-tx-paste-placeholder =
    customer;date;amount
    C-1;2025-03-01;120,50
data-ui-tx-use-pasted = Use the pasted text
data-ui-tx-pasted-name = pasted text
data-ui-tx-not-utf8 = it is not UTF-8 text; save it as CSV (UTF-8) and try again
data-ui-tx-unreadable = “{ $name }” cannot be read as transactions: { $error }.
data-ui-tx-not-a-date = “{ $text }” is not a date (YYYY-MM-DD).
data-ui-tx-obs-missing = Give the observation end date.
data-ui-tx-cal-after-obs = The calibration period must end before the observation end (the rest is the holdout).
data-ui-tx-fit-failed = The models could not be fitted: { $error }.
data-ui-tx-file-size = { $name } — { $bytes ->
    [one] { $bytes } byte
   *[other] { $bytes } bytes
}
data-ui-tx-separator = Separator
data-ui-tx-delim-comma = Comma ,
data-ui-tx-delim-semicolon = Semicolon ;
data-ui-tx-delim-tab = Tab
data-ui-tx-delim-pipe = Pipe |
data-ui-tx-delim-spaces = Spaces
data-ui-tx-has-header = First line is a header
data-ui-tx-none = (none)
data-ui-tx-customer-column = Customer id column
data-ui-tx-date-column = Date column
data-ui-tx-amount-column = Amount column
data-ui-tx-quantity-column = Quantity column
data-ui-tx-date-format = Date format
data-ui-tx-date-ambiguous = Both DD/MM/YYYY and MM/DD/YYYY fit these dates: choose the right one.
data-ui-tx-date-ambiguous-file = Every date in the whole file fits both DD/MM/YYYY and MM/DD/YYYY: choose the right one.
data-ui-tx-date-file-reads = Not every date of the file reads this way; all of them read as { $format }.
data-ui-tx-decimal = Decimal separator
data-ui-tx-decimal-dot = Dot: 1,234.50
data-ui-tx-decimal-comma = Comma: 1.234,50
data-ui-tx-preview-hint = Preview of the first lines as they will be read:
data-ui-tx-col-customer = Customer
data-ui-tx-col-date = Date
data-ui-tx-col-amount = Amount
data-ui-tx-col-quantity = Quantity
data-ui-tx-read-all = Read all lines
data-ui-tx-progress = { $lines } lines read, { $purchases } purchases, { $problems } problems…
data-ui-tx-progress-done = { $lines } lines read, { $purchases } purchases, { $problems } problems — done
data-ui-tx-ready = Ready to import { $purchases ->
    [one] { $purchases } purchase
   *[other] { $purchases } purchases
} of { $customers ->
    [one] { $customers } customer
   *[other] { $customers } customers
}.
data-ui-tx-ready-range = Ready to import { $purchases ->
    [one] { $purchases } purchase
   *[other] { $purchases } purchases
} of { $customers ->
    [one] { $customers } customer
   *[other] { $customers } customers
}, from { $from } to { $to }.
data-ui-tx-skipped = { $n ->
    [one] { $n } line was skipped:
   *[other] { $n } lines were skipped:
}
data-ui-tx-unit = Time unit
data-ui-tx-unit-days = Days
data-ui-tx-unit-weeks = Weeks
data-ui-tx-unit-months = Months
data-ui-tx-observation-end = Observation ends
data-ui-tx-calibration-end = Calibration ends (optional)
data-ui-tx-calibration-hint = Fit on purchases up to this date; the rest checks the forecast
data-ui-tx-fitting = Fitting…
data-ui-tx-import = Import and fit the models
data-ui-tx-replaces = This replaces the purchase history imported before.
# The import runs in a background worker: its stages, cancelling it, and what can go wrong with it.
data-ui-tx-work-label = Import progress
data-ui-tx-stage-reading = Reading the file: { $percent } done…
data-ui-tx-stage-summarising = Summarising each customer's purchases…
data-ui-tx-stage-fitting-bgnbd = Fitting the BG/NBD model…
data-ui-tx-stage-fitting-pareto = Fitting the Pareto/NBD model…
data-ui-tx-stage-fitting-gamma = Fitting the Gamma-Gamma spend model…
data-ui-tx-stage-validating = Checking the forecast against the holdout period…
data-ui-tx-stage-saving = Saving every customer in this browser…
data-ui-tx-step = Step { $step } of { $steps }
data-ui-tx-background = This runs in the background: the page stays usable meanwhile.
data-ui-tx-cancel = Cancel
data-ui-tx-cancelled = Cancelled. Nothing was imported and nothing was changed.
data-ui-tx-read-again = The text read before is no longer in memory: press “Read all lines” again.
data-ui-tx-worker-unavailable = The background worker that reads the file could not start ({ $error }). Reload the page and try again.
data-ui-tx-worker-stopped = The background worker stopped unexpectedly ({ $error }). Nothing was changed; try again.
data-ui-tx-worker-unreadable = The background worker sent a message this page cannot read. Reload the page to update the app.

## Recovery screen (stored data cannot be read)
data-ui-recovery-title = Your saved data could not be opened
data-ui-recovery-kept = Nothing has been changed or deleted: { $n ->
    [one] the { $n } character stored in this browser is kept exactly as it is
   *[other] the { $n } characters stored in this browser are kept exactly as they are
} until you choose what to do.
data-ui-recovery-download = Download the saved text
data-ui-recovery-downloaded = Downloaded { $name }. Keep it: it is your data exactly as it was stored.
data-ui-recovery-start-fresh = Start fresh…
data-ui-recovery-confirm = Starting fresh replaces the unreadable data with the demo portfolio. Download the saved text first if you may need it. Start fresh now?
data-ui-recovery-yes = Yes, start fresh

## data: imports (client lists, transaction files), the purchase models, storage and backups.

## A row of an imported file that could not be read.
data-rows-line-error = Line { $line }: { $message }

## Client lists from a CRM export. The header names recognised on import are not translated.
data-clients-field-company = Company
data-clients-field-industry = Industry
data-clients-field-client-manager = Client's manager
data-clients-field-owner = Account owner
data-clients-field-start-date = Client since
data-clients-field-stage = Stage
data-clients-field-annual-revenue = Annual revenue
data-clients-field-direct-cost = Direct cost
data-clients-field-cost-to-serve = Cost to serve
data-clients-field-share-of-wallet = Share of wallet (%)
data-clients-field-notes = Notes
data-clients-field-lost-on = Date lost
data-clients-file-empty = The file is empty.
data-clients-choose-company = Choose the column with the company name.
# Two messages in a row: $first is one sentence, $rest the others.
data-clients-sentences = { $first } { $rest }
data-clients-row-invalid = The row could not be read.

## Transaction files.
data-tx-file-empty = the file is empty
data-tx-too-few-columns = found { $n ->
        [one] { $n } column
       *[other] { $n } columns
    }; a transaction file needs at least a customer id, a date and an amount
data-tx-column = Column { $n }
data-tx-amount-empty = the amount is empty
data-tx-not-amount = “{ $text }” is not an amount
data-tx-misplaced-separators = “{ $text }” has misplaced thousands separators
data-tx-too-large = “{ $text }” is too large
data-tx-too-few-fields = expected at least { $needed ->
        [one] { $needed } column
       *[other] { $needed } columns
    }, found { $found }
data-tx-customer-empty = the customer id is empty
data-tx-not-date = “{ $text }” is not a date in the format { $format }
data-tx-negative-amount = negative amount { $text } (returns are not supported; leave them out)
data-tx-quantity = quantity: { $error }
data-tx-negative-quantity = negative quantity { $text }
data-tx-row-errors = { $n ->
        [one] { $n } row error
       *[other] { $n } row errors
    }

## Time units of the purchase models.
data-unit-days = days
data-unit-weeks = weeks
data-unit-months = months
data-unit-days-count = { $n ->
        [one] { $n } day
       *[other] { $n } days
    }
data-unit-weeks-count = { $n ->
        [one] { $n } week
       *[other] { $n } weeks
    }
data-unit-months-count = { $n ->
        [one] { $n } month
       *[other] { $n } months
    }

## Why a purchase model could not be fitted or used. $model is a model's name (BG/NBD, Pareto/NBD, Gamma-Gamma).
data-model-params-positive = { $model } parameters must be positive numbers, got { $params }
data-model-horizon = the horizon must be a non-negative number, got { $value }
data-model-hypergeometric = the hypergeometric series did not converge for these values
data-model-not-finite = the result is not a finite number
data-model-spend-needs-repeat = Gamma-Gamma needs x ≥ 1 and a positive mean spend, got x = { $x }, z̄ = { $zbar }
data-model-mean-spend-infinite = q ≤ 1: the mean spend is not finite under this fit
data-model-spend-history = invalid spend history x = { $x }, z̄ = { $zbar }
data-model-expected-spend-infinite = px + q ≤ 1: the expected spend is not finite under this fit
data-model-customer-spend = customer { $id }: the mean spend is not a number
data-model-spend-too-few = the spend model needs at least { $min } customers with repeat purchases
data-model-periods = the number of periods must be between 1 and { $max }
data-model-period-length = the period length must be a positive number
data-model-discount-rate = the discount rate must be a number above −100 %
data-model-margin = the margin must be between 0 and 1
data-model-customer-value = customer { $id }: the value is not a finite number
data-model-no-customers = there are no customers to fit
data-model-customer = customer { $id }: { $error }
data-model-likelihood = the likelihood could not be evaluated at any starting point
data-model-calibration-end = the calibration period must end on or before the observation end
data-model-observation-before-data = the observation end ({ $end }) is before the first purchase in the data ({ $first })
data-model-observation-too-late = the observation end ({ $end }) is more than { $years } years after the last purchase in the data ({ $last }); check the year
data-model-calibration-before-data = the calibration period ends ({ $end }) before the first purchase in the data ({ $first })
data-model-unknown-customer = transaction refers to unknown customer #{ $index }
data-model-no-purchase = no customer made a purchase by the end of the calibration period
data-model-customer-history = invalid customer history x = { $x }, t_x = { $tx }, T = { $age }: need a whole x ≥ 0, 0 ≤ t_x ≤ T, and t_x = 0 when x = 0
data-model-no-holdout = the summary has no holdout period
data-model-age = the age T must be a positive number
data-model-tracking-point = the expected purchases up to { $date } could not be computed: { $error }
data-model-holdout-length = the holdout length does not match the summary's dates (calibration end { $cal }, observation end { $end })

## How a model's fit ended (the same words for every model).
data-fit-converged = converged
data-fit-stopped-early = stopped early
data-fit-at-bound = ended on a search bound

## A purchase-history study.
data-study-no-model = no purchase model could be fitted
data-study-no-buyer = no customer bought anything before the end of the calibration period
data-study-model-failed = { $model }: { $error }
data-study-tracking-failed = { $model }: the purchases over time could not be computed: { $error }
data-study-holdout-failed = the holdout check could not be computed: { $error }
data-study-too-many-customers = { $n ->
        [one] { $n } customer is
       *[other] { $n } customers are
    } too many to keep per customer in browser storage (limit { $limit }): the fitted models, validation and totals are kept; import again to see or export per-customer results.
# A message kept by an older version, shown as it was written.
data-study-stored-text = { $text }

## Browser storage.
data-store-unavailable = The browser does not allow this page to store data ({ $reason }). Your changes stay in this tab only: export a backup from the Data page before closing it.
data-store-full = The browser's storage for this app is full, so the last change was not saved. The previously saved data is intact and your changes are still on screen: free space (remove old data in another tab of this app, or clear other sites' data) and press Retry.
data-store-failed = Saving failed ({ $reason }). The previously saved data is intact and your changes are still on screen; press Retry.
data-store-conflict = Another tab saved newer changes. Choose which version to keep.
data-store-broken = Not saved: the stored data changed to something unreadable. { $problem }
data-store-encode = Not saved: the data could not be written as JSON ({ $reason }).
data-store-encode-failed = { $reason }
data-store-not-a-number = the field “{ $where }” holds a value that is not a number (NaN or infinity), which could not be read back; the previous save is kept
data-store-revision-limit = Not saved: the stored revision number has reached its limit, which only a hand-edited store can do. Download a backup, clear this site's data in the browser, then restore the backup.
data-store-no-window = no window
data-store-no-local-storage = localStorage is missing
data-store-disabled = storage is disabled for this site
# $name and $message are the browser's own (in English).
data-store-browser-error = { $name }: { $message }
data-store-browser-message = { $message }
data-store-unknown-error = unknown error
data-part-clients = Clients (all fields)
data-part-records = …of which interactions, care, ratings, contacts and history
data-part-scenarios = Scenarios
data-part-settings = Settings
data-part-purchases = Purchase history summary and models

## Stored data that cannot be opened (the recovery screen). $reason is one of the data-json-* messages below.
data-load-unparseable = The saved data is not readable JSON ({ $reason }). It may have been cut short or edited by hand.
data-load-invalid = The saved data does not have the expected shape ({ $reason }).
data-load-too-new = The saved data was written by a newer version of Retention Calculator (schema version { $found }; this version understands up to { $supported }). Open it with the newer version, or start fresh here.
# What the JSON reader found wrong: $line and $column are positions in the file.
data-json-eof = it ends early, at line { $line }, column { $column }
data-json-syntax = it breaks at line { $line }, column { $column }
data-json-missing-field = the field “{ $field }” is missing
data-json-shape = a value of the wrong kind at line { $line }, column { $column }
data-json-io = it could not be read
data-load-no-version = no schema_version field
data-load-version-zero = schema_version 0 was never written
data-load-no-migration = no migration from version { $version }
data-load-not-object = version { $version } data is not an object
data-load-clients-not-list = version 1 `clients` is not a list
data-load-no-data = version 2 data has no `data` object

## Backup files: why one is refused. Every message ends by saying that nothing was changed.
data-backup-error-too-large = This file is { $size } MB; a backup of Retention Calculator is much smaller. Nothing was changed.
data-backup-error-empty = The file is empty. Nothing was changed.
data-backup-error-not-utf8 = The file is not UTF-8 text (it may be a binary file, or text saved in another encoding). Nothing was changed.
data-backup-error-not-json = The file is not a readable backup: it is not complete JSON ({ $reason }). Nothing was changed.
data-backup-error-not-object = The file is JSON, but not a backup of this app. Nothing was changed.
data-backup-error-no-marker = The file is JSON, but not a backup of Retention Calculator (no backup marker). Nothing was changed.
data-backup-error-no-version = The backup has no schema version. Nothing was changed.
data-backup-error-too-new = This backup was written by a newer version of Retention Calculator (schema { $found }; this version reads up to { $supported }). Open it with the newer version. Nothing was changed.
data-backup-error-no-data = The backup has no data. Nothing was changed.
data-backup-error-no-checksum = The backup has no checksum. Nothing was changed.
data-backup-error-unreadable = The backup could not be read ({ $reason }). Nothing was changed.
data-backup-error-checksum = The backup's checksum does not match its contents: the file was changed or damaged after it was saved. Nothing was changed.
data-backup-error-version-1 = Backups of storage version 1 are not supported; open the file with version 2 first.
data-backup-error-shape = The backup's data does not have the expected shape: { $problem }. Nothing was changed.
data-backup-error-invalid = The backup's data breaks { $n ->
    [one] one rule
   *[other] { $n } rules
} of the forms, listed below. Nothing was changed.
data-backup-problem-client = Client “{ $company }”: { $problem }
data-backup-problem-record = Client “{ $company }”, { $record }: { $problem }
data-backup-problem-same-id = Client “{ $company }” has the same id as another client of the backup.
data-backup-problem-scenarios = The backup has { $n ->
    [one] { $n } scenario
   *[other] { $n } scenarios
}; at most { $max } can be kept.
data-backup-problem-scenario-name = Scenario “{ $name }” has an empty or too long name or id.
data-backup-problem-scenario-same-id = Scenario “{ $name }” has the same id as another scenario of the backup.
data-backup-problem-scenario = Scenario “{ $name }”: { $problem }
data-backup-problem-baseline = Baseline: { $problem }
data-backup-problem-reminder = The backup reminder period ({ $days } days) must be 7 to 90 days, or off.
data-backup-problem-figure = The figure at { $where } is out of range.

## The bulk store (IndexedDB): a purchase history's customers
data-bulk-too-new = The customers of this purchase history were saved by a newer version of the app (format { $found }; this version reads up to { $ours }). They are left as they are: open the app's newer version, or remove the history and import it again.
data-bulk-damaged = The customers of this purchase history cannot be read ({ $reason }). They are left as they are; the models and figures are kept. Remove the history and import the file again to see every customer.
data-bulk-cut = a record ends too early
data-bulk-bad-magic = a record is not in the expected format
data-bulk-bad-number = a record holds a time that is not a number
data-bulk-bad-text = a customer id is not valid text
data-bulk-bad-date = a record holds an impossible date
data-bulk-trailing = a record has bytes left over
data-bulk-bad-meta = its description record cannot be read
data-bulk-other-study = the stored records belong to another import
data-bulk-missing-chunk = part of the records is missing
data-bulk-checksum = the records do not match their checksum
data-bulk-missing = the records are not in this browser (they may have been cleared with the site's data)
data-bulk-unavailable = This browser does not let the app keep data in IndexedDB ({ $reason }). The purchase history's models are kept; its customers are not kept after a reload.
data-bulk-full = The browser's storage for this site is full: the purchase history's customers could not be saved, and the previous history is kept as it was. Free some space (Data → Storage) or import a smaller file.
data-bulk-failed = The purchase history's customers could not be saved ({ $reason }); the previous history is kept as it was.
data-bulk-aborted = the browser cancelled the write
data-clients-field-contract-end = Contract end
data-clients-field-manager-changed-on = Manager changed on
data-clients-field-referrals = Referrals
data-clients-field-contact-cadence = Contact every (days)
data-clients-field-open-complaints = Open complaints
data-clients-field-competitor = Competitor active
data-clients-field-archived = Archived
data-clients-not-yes-no = { $label }: “{ $text }” is not yes or no.
data-clients-unclosed-quote = This line opens a quote (") that is never closed, so it was not read. Close the quote or remove it.

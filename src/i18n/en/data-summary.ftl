data-summary-occasion-history = a history at occasions needs 0 ≤ repeat purchases ≤ last occasion ≤ occasions observed (got x = { $x }, t_x = { $tx }, n = { $n })
data-summary-uncertainty = the standard errors cannot be computed: the likelihood has no clear maximum there
data-summary-columns = the header needs columns frequency, recency and T (or periods); optional: customer_id, monetary_value, a count (weights)
data-summary-empty = the file has no rows
data-summary-needs-id = a summary in days, weeks or months needs a customer_id column (one row per customer); for rows of histories with a count, as donations, choose years, quarters or months "(occasions: BG/BB)" above
data-summary-missing = { $column } is empty
data-summary-not-number = { $column } "{ $value }" is not a number
data-summary-negative = { $column } { $value } is negative
data-summary-not-whole = { $column } { $value } must be a whole number
data-summary-recency-after-age = the last purchase ({ $recency }) is after the end of the observation ({ $age })
data-summary-recency-without-repeat = no repeat purchase, so recency must be 0 (got { $recency })
data-summary-too-many-for-occasions = { $frequency } purchases cannot fit in { $recency } occasions (at most one purchase per occasion)
data-summary-zero-count = the count must be at least 1
data-summary-count-needs-occasions = a count above 1 is read only for occasions (years, quarters, months); give one row per customer for days, weeks or months
data-summary-has-errors = { $n ->
        [one] 1 row cannot be used; correct it and read the file again
       *[other] { $n } rows cannot be used; correct them and read the file again
    }
data-summary-title = Import a customer summary
data-summary-intro = No transactions, only a summary per customer (as a CRM exports it): customer_id, frequency (repeat purchases), recency (time of the last one), T (time since the first), optionally monetary_value — or rows of histories with a count column (frequency, recency, periods, weights).
data-summary-file = Choose a summary file (CSV)…
data-summary-unit = Recency and T are in
data-summary-unit-days = days
data-summary-unit-weeks = weeks
data-summary-unit-months = months
data-summary-unit-years-occasions = years (occasions: BG/BB)
data-summary-unit-quarters-occasions = quarters (occasions: BG/BB)
data-summary-unit-months-occasions = months (occasions: BG/BB)
data-summary-read = { $customers ->
        [one] { $rows } rows read, for 1 customer.
       *[other] { $rows } rows read, for { $customers } customers.
    }
data-summary-row-errors = { $n ->
        [one] 1 row cannot be used:
       *[other] { $n } rows cannot be used (the first 100 are listed):
    }
data-summary-use = Fit the models on this summary
data-summary-fitting = Fitting…

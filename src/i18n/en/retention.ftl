## retention: cohort tables, retention curves (sBG, BdW), lifetimes, survival analysis.

## Reading a cohort table.
retention-line-error = Line { $line }: { $message }
retention-read = { $cohorts ->
    [one] { $cohorts } cohort
   *[other] { $cohorts } cohorts
}, up to { $periods ->
    [one] { $periods } period
   *[other] { $periods } periods
}
retention-read-revenue = { $cohorts ->
    [one] { $cohorts } cohort
   *[other] { $cohorts } cohorts
}, up to { $periods ->
    [one] { $periods } period
   *[other] { $periods } periods
}, with revenue
retention-too-long = The text is too long: at most { $max ->
    [one] { $max } character is
   *[other] { $max } characters are
} read.
retention-empty = The text holds no cohort table.
retention-too-many-cohorts = At most { $max ->
    [one] { $max } cohort
   *[other] { $max } cohorts
}.
retention-too-many-periods = At most { $max ->
    [one] { $max } period
   *[other] { $max } periods
}.
retention-no-name = A cohort needs a name in its first cell.
retention-gap = { $cohort } has an empty cell at t = { $t } and values after it.
retention-extra-cells = More cells than the header's { $columns ->
    [one] { $columns } column
   *[other] { $columns } columns
}.
retention-not-a-number = “{ $text }” is not a number ({ $cohort }, t = { $t }).
retention-too-few-periods = { $cohort } needs at least two periods: its start and one more.
retention-negative = { $cohort }: survivors cannot be negative (t = { $t }).
retention-start-zero = { $cohort } starts with no customers.
retention-above-all = { $cohort }: { $text } is more than the whole cohort.
retention-increase = { $cohort }: survivors rise from { $previous } to { $value } at t = { $t }; a cohort can only shrink.
retention-duplicate = The cohort { $cohort } appears twice.
retention-revenue-negative = { $cohort }: revenue cannot be negative (t = { $t }).
retention-revenue-no-name = Revenue needs the name of its cohort before the word “revenue”.
retention-revenue-orphan = Revenue is given for { $cohort }, but there is no cohort of that name.
retention-revenue-length = { $cohort }: revenue for { $revenue ->
    [one] { $revenue } period
   *[other] { $revenue } periods
} but survivors for { $survivors }.
retention-size-needed = Percentages and shares need the number of customers each cohort started with.

## Retention curves.
retention-model-constant = Constant retention
retention-model-sbg = Shifted beta-geometric (sBG)
retention-model-bdw = Beta-discrete-Weibull (BdW)
retention-shape-range = This must be above 0 and at most { $max }.
retention-discount-positive = A retention curve needs a discount rate above 0%.
retention-discount-too-small = The discount rate is too small for the lifetime to be summed.

## Fitting a curve.
retention-fit-no-cohorts = Give at least one cohort to fit the curve to.
retention-fit-survivors = Each cohort needs at least two periods of survivors, starting above zero and never rising.
retention-fit-failed = No curve fits these survivors.

## The value of the base and projections.
retention-clients-invalid = A number of clients must be zero or more.
retention-no-clients = Give at least one client.
retention-margin-invalid = The margin must be a number.
retention-new-invalid = New clients per period must be zero or more.
retention-horizon-max = The horizon must be at most { $max ->
    [one] { $max } period
   *[other] { $max } periods
}.

## Survival analysis (Kaplan–Meier, log-rank).
retention-km-empty = Give at least one observation.
retention-km-time = Observation { $n }: the time must be a number of periods or days, zero or more.
retention-km-groups = The log-rank test needs at least two groups.
retention-km-group-empty = Group { $n } has no observations.
retention-km-no-events = The log-rank test needs at least one event.
retention-km-singular = The log-rank test cannot compare these groups: they share no time at risk when someone left.

## The retention curves applied to the portfolio.
retention-source-gone = The cohort chosen is no longer in the table.
retention-base-no-tenures = No current client has a start date, so none has a tenure to value.
retention-client-no-start = The client has no start date, so its tenure is unknown.
retention-split-none = No split
retention-split-segment = Value × risk segment
retention-split-owner = Account owner
retention-split-industry = Industry
retention-group-all = All clients
retention-group-named = { $name }
retention-group-no-segment = Archived (no segment)
retention-group-no-owner = No owner
retention-group-no-industry = No industry

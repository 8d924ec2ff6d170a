## retention-ui: the Retention page.

retention-ui-title = Retention curves
retention-ui-lead = How long clients really stay: paste a cohort table to fit a retention curve that rises with tenure, see what today's clients are worth under it, and see how long the portfolio's own clients have stayed.

## The cohort table pasted.
retention-ui-input-title = Cohort table
retention-ui-input-label = Survivors per cohort and period (paste from a spreadsheet)
retention-ui-input-hint = One line per cohort (its name, then the customers at t = 0, 1, 2, …) or one column per cohort with a line per period. Counts, percentages or shares; a cohort named “… revenue” holds that cohort's revenue.
retention-ui-layout = Layout
retention-ui-layout-rows = One line per cohort
retention-ui-layout-columns = One column per cohort
retention-ui-kind = Values
retention-ui-kind-counts = Counts of customers
retention-ui-kind-percent = Percentages of the start
retention-ui-kind-share = Shares of the start
retention-ui-separator = Separator
retention-ui-sep-comma = Comma
retention-ui-sep-semicolon = Semicolon
retention-ui-sep-tab = Tab
retention-ui-sep-pipe = Vertical bar
retention-ui-sep-whitespace = Spaces
retention-ui-decimal = Decimal separator
retention-ui-decimal-dot = Dot (1.5)
retention-ui-decimal-comma = Comma (1,5)
retention-ui-detect = Detect
retention-ui-detected-as = Detected: { $value }
retention-ui-period = One period is
retention-ui-period-year = a year of tenure
retention-ui-period-month = a month of tenure
retention-ui-unit-years = years
retention-ui-unit-months = months
retention-ui-size = Customers each cohort started with
retention-ui-size-hint = Needed to fit a curve to percentages or shares.
retention-ui-size-positive = The number of customers must be above zero.
retention-ui-fit-to = Fit on periods up to
retention-ui-fit-to-hint = Leave empty to fit on every period; later periods then check the projection.
retention-ui-fit-to-invalid = Enter a whole number of periods, 1 or more.
retention-ui-detected = Read as { $summary }: { $layout }, { $kind }, separator { $separator }, decimal { $decimal }.
retention-ui-fit = Fit the curves
retention-ui-fix-errors = Correct the lines listed above first.
retention-ui-none-yet = No curve fitted yet: paste a cohort table above and press “Fit the curves”.
retention-ui-stored-unreadable = The stored cohort table can no longer be read; paste it again and fit.

## The fits.
retention-ui-fits-title = Fitted curves
retention-ui-fitted-on = { $summary }; fitted on t = 0 to { $to }.
retention-ui-all-cohorts = All cohorts together
retention-ui-fit-caption = The curves fitted to { $cohort }
retention-ui-col-model = Model
retention-ui-col-params = Parameters
retention-ui-col-ll = Log-likelihood
retention-ui-col-bic = BIC
retention-ui-col-status = Fit
retention-ui-model-sbg = sBG
retention-ui-model-bdw = BdW
retention-ui-model-constant = Constant
retention-ui-params-sbg = α = { $alpha }, β = { $beta }
retention-ui-params-bdw = α = { $alpha }, β = { $beta }, c = { $c }
retention-ui-params-constant = r = { $r }
retention-ui-bic-prefers = BIC prefers the { $model }: its BIC is lower than the { $other }'s by { $by }.
retention-ui-derl = DERL after renewal { $n }, at { $rate } a year: { $derl } renewals to come, discounted ({ $model }, one renewal a { $period }).
retention-ui-derl-inputs = Enter the renewals made (a whole number) and a discount rate above 0% to see the DERL.
retention-ui-derl-renewals = Renewals made (for the DERL)
retention-ui-derl-discount = Discount rate a year (%)
retention-ui-in-use = in use
retention-ui-curve-in-use = The curve in use
retention-ui-curve-source = Cohort
retention-ui-curve-model = Model
retention-ui-model-by-bic = The one BIC prefers
retention-ui-in-use-text = In use: the { $model } of { $cohort } ({ $params }), one period a { $period }.
retention-ui-in-use-hint = The value of today's clients below, scenarios set to follow the fitted curve and the client what-if use this curve.
retention-ui-remove = Remove the cohort table
retention-ui-curve-summary = the { $model } { $params }, one period a { $period }

## Projection charts.
retention-ui-projection-title = Projected survival and retention by tenure
retention-ui-projection-hint = The curve in use against what each cohort showed: the share still a client, and the chance of each renewal given the ones before.
retention-ui-chart-survival = Still a client (% of the start)
retention-ui-chart-retention = Retention at each renewal (%)
retention-ui-chart-x = Tenure ({ $units })
retention-ui-chart-renewal = Renewal ({ $units } of tenure)
retention-ui-series-fitted = Fitted { $model }
retention-ui-series-observed = Observed: { $cohort }

## The cohort table.
retention-ui-table-title = Cohort table
retention-ui-view = Show
retention-ui-view-of-start = Customers still there, of the start
retention-ui-view-of-previous = Customers still there, of the period before
retention-ui-view-revenue-of-start = Revenue, of the start
retention-ui-view-nrr = Net revenue retention (NRR)
retention-ui-view-grr = Gross revenue retention (GRR)
retention-ui-view-grr-of-start = Gross revenue retention since the start
retention-ui-col-cohort = Cohort
retention-ui-all-cohorts-pooled = All cohorts
retention-ui-revenue-hint = Add a line named “… revenue” for a cohort to see its revenue retention, NRR and GRR.
retention-ui-table-hint = Darker cells are higher shares; the all-cohorts line pools the cohorts that reached each period, weighted by size.

## The value of the base.
retention-ui-base-title = What today's clients are worth
retention-ui-base-curve = { $n ->
    [one] { $n } current client
   *[other] { $n } current clients
} under the curve (margin × DERL)
retention-ui-base-flat = The same clients at one flat rate of { $rate } a { $period }
retention-ui-base-difference = Difference (curve − flat rate)
retention-ui-elasticity = One point more retention at every tenure is worth { $curve } ({ $curve_share }) under the curve, and { $flat } ({ $flat_share }) at the flat rate.
retention-ui-elasticity-curve-only = One point more retention at every tenure is worth { $curve } ({ $curve_share }) under the curve; the flat rate cannot rise one more point.
retention-ui-base-how = Each client's margin of { $margin } a { $period } (the scenarios' baseline) times its discounted expected residual lifetime at its tenure, at { $rate } a period; the flat rate is the one the clients will show next period.
retention-ui-base-unknown = { $n ->
    [one] { $n } current client has no start date and is not valued.
   *[other] { $n } current clients have no start date and are not valued.
}
retention-ui-base-by-tenure = By tenure
retention-ui-col-tenure = Tenure ({ $units })
retention-ui-col-clients = Clients
retention-ui-col-next = Next renewal
retention-ui-col-derl = DERL
retention-ui-col-value = Value per client

## Kaplan–Meier of the portfolio.
retention-ui-km-title = How long the portfolio's clients have stayed
retention-ui-km-lead = Kaplan–Meier from each client's start date to the day it was lost; clients still with us count until today. The shaded band is the 95% confidence band.
retention-ui-km-unit = Tenure in
retention-ui-km-split = Split by
retention-ui-km-summary = { $n ->
    [one] { $n } client
   *[other] { $n } clients
}, { $left } of them lost.
retention-ui-km-lost-no-date = { $n ->
    [one] { $n } lost client has no date lost and is left out.
   *[other] { $n } lost clients have no date lost and are left out.
}
retention-ui-km-no-start = { $n ->
    [one] { $n } client has no start date and is left out.
   *[other] { $n } clients have no start date and are left out.
}
retention-ui-km-out-of-order = { $n ->
    [one] { $n } client has dates out of order (lost before its start, or a date after today) and is left out.
   *[other] { $n } clients have dates out of order (lost before their start, or a date after today) and are left out.
}
retention-ui-km-none = No client has a start date yet.
retention-ui-km-all = All clients
retention-ui-km-group = { $group } ({ $n }, { $left } lost)
retention-ui-km-chart = Still a client, by tenure in { $units }
retention-ui-km-x = Tenure ({ $units })
retention-ui-km-col-survival = Still a client
retention-ui-km-col-lower = 95% band, lower
retention-ui-km-col-upper = 95% band, upper
retention-ui-km-median = median tenure { $time } ({ $units })
retention-ui-km-no-median = more than half are still clients, so no median yet
retention-ui-km-more-groups = { $n } groups; the chart draws the five largest.
retention-ui-log-rank = Log-rank test: χ² = { $statistic } on { $df ->
    [one] { $df } degree
   *[other] { $df } degrees
} of freedom, p = { $p }.
retention-ui-log-rank-differ = The groups stay for different lengths of time.
retention-ui-log-rank-same = No clear difference between the groups.

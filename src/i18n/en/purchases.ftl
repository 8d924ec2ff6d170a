## purchases
## Purchases page: fitted "buy till you die" models, customer values, forecast checks.
# $unit in the messages below is one of: days, weeks, months (the time unit of the import).
purchases-title = Purchases
purchases-empty-text = No purchase history yet. Import a CSV of purchases (customer, date, amount) on the Data page to see which customers are still active, how much they will buy, and what they are worth.
purchases-import = Import purchases
purchases-export-csv = Export CSV
purchases-import-another = Import another file
purchases-forget = Forget this history
# $source: the imported file's name; $range and $check: purchases-lead-range and purchases-lead-check, or empty.
purchases-lead = { $source }: { $purchases ->
    [one] { $purchases } purchase
   *[other] { $purchases } purchases
} by { $customers ->
    [one] { $customers } customer
   *[other] { $customers } customers
}{ $range }; fitted on purchases up to { $calibration }{ $check }; times in { $unit ->
        [days] days
        [weeks] weeks
       *[months] months
    }.
purchases-lead-range = { " " }from { $from } to { $to }
purchases-lead-check = , checked against { $from } to { $to }

## Models
purchases-models = Models
purchases-col-use = Use
purchases-col-model = Model
purchases-col-parameters = Parameters
purchases-col-log-likelihood = Log-likelihood
purchases-col-bic = BIC
purchases-col-fit = Fit
purchases-use-model = Use { $model }
purchases-best-bic = (best BIC)
purchases-params-bgnbd = r = { $r }, α = { $alpha }, a = { $a }, b = { $b }
purchases-params-pareto = r = { $r }, α = { $alpha }, s = { $s }, β = { $beta }
purchases-params-gamma = p = { $p }, q = { $q }, γ = { $gamma }
purchases-flagged = { $n ->
    [one] 1 customer could not be valued: its row says why, and it is left out of these totals.
   *[other] { $n } customers could not be valued: their rows say why, and they are left out of these totals.
}
purchases-gamma-name = Gamma-Gamma (spend)
purchases-repeat-buyers = { $n ->
    [one] { $n } repeat buyer
   *[other] { $n } repeat buyers
}
purchases-models-hint = BG/NBD and Pareto/NBD model how often each customer buys and when they stop; Gamma-Gamma models how much they spend. Lower BIC fits better for the number of parameters. Formulas and sources: docs/btyd.md.

## Customer value
purchases-customer-value = Customer value
purchases-horizon = Horizon (months)
purchases-discount = Discount rate a year (%)
purchases-margin = Margin on spend (%)
purchases-horizon-range = The horizon is 1 to 120 whole months.
purchases-discount-range = The discount rate is 0% to 100%.
purchases-margin-range = The margin is 0% to 100%.
purchases-active = Customers likely still active
purchases-active-explain = sum of P(alive) over { $n ->
    [one] { $n } customer
   *[other] { $n } customers
}
purchases-base-value = Value of the base, next { $n ->
    [one] month
   *[other] { $n } months
}
purchases-base-value-explain = expected purchases × expected spend × margin, discounted monthly

## Customer table
purchases-customers = Customers
purchases-bulk-loading = Reading the customers of this history from this browser…
purchases-col-customer = Customer
purchases-col-repeat = Repeat purchases
purchases-col-last-age = Last / age ({ $unit ->
        [days] days
        [weeks] weeks
       *[months] months
    })
purchases-col-mean-spend = Mean spend
purchases-col-p-alive = P(alive)
purchases-col-expected-purchases = Expected purchases
purchases-col-expected-spend = Expected spend
purchases-col-value = Value
purchases-search = Find a customer
purchases-search-hint = Part of the customer id; the list, its order and its pages cover every customer.
purchases-page = Customers { $first }–{ $last } of { $n }
purchases-page-prev = Previous page
purchases-page-next = Next page
purchases-no-match = No customer id contains “{ $query }”.
purchases-heat-median = It is drawn for the median customer's age (half the customers are older); the axes are in the history's time unit.

## Forecast checks
purchases-forecast-title = How good is the forecast?
purchases-holdout = In the holdout period the customers made { $actual ->
    [one] { $actual } repeat purchase
   *[other] { $actual } repeat purchases
}; the model predicted { $predicted }. Mean absolute error per customer: { $mae } purchases.
purchases-holdout-none = Set a calibration end date when importing to hold the later purchases back and check the forecast against them.
purchases-tracking-title = Cumulative repeat purchases ({ $unit ->
        [days] days
        [weeks] weeks
       *[months] months
    })
purchases-tracking-x = { $unit ->
        [days] days
        [weeks] weeks
       *[months] months
    } since the first purchase in the data
purchases-actual = Actual
purchases-predicted = Predicted
purchases-heat-caption = P(alive) by repeat purchases and time of the last one, for a customer first seen { $age } { $unit ->
        [days] days
        [weeks] weeks
       *[months] months
    } ago
purchases-heat-aria = Heat map of the probability that a customer is still active
purchases-heat-cell = x = { $x }, last purchase at { $at }: P(alive) { $p }
purchases-heat-x = Time of the last purchase ({ $unit ->
        [days] days
        [weeks] weeks
       *[months] months
    })
purchases-heat-y = Repeat purchases
purchases-heat-hint = Darker is more likely still active: a customer who bought often but not lately has probably left.
purchases-groups-caption = Mean purchases in the holdout, by purchases in the calibration period
purchases-groups-aria = Actual and predicted holdout purchases by frequency group
purchases-groups-actual = { $group }: actual { $value }
purchases-groups-predicted = { $group }: predicted { $value }
purchases-legend-actual = actual
purchases-legend-predicted = predicted
purchases-groups-col = Purchases in the calibration period
purchases-valuing = Valuing the customers: { $done } of { $n }…

## scenarios
## The Scenarios page: comparison, charts, baseline and scenario editors, leaky bucket, lever form.

scenarios-title = Scenarios
scenarios-new = New scenario
scenarios-lead = What is the portfolio worth if retention, prices or spending change? Value is the profit of the clients you keep and win, less acquisition and care spend, discounted to today and summed over the horizon.
scenarios-comparison = Comparison
scenarios-col-scenario = Scenario
scenarios-col-retention = Retention
scenarios-col-end-clients = Clients at the end
scenarios-col-revenue = Revenue over the horizon
scenarios-col-value = Value (discounted profit)
scenarios-col-vs-baseline = vs baseline
scenarios-horizon-years = { $n ->
    [one] { $n } year
   *[other] { $n } years
}
scenarios-levers-invalid = Some levers are not valid; fix them below.
scenarios-add-hint = Add a scenario to compare it with the baseline: it starts as a copy of the baseline; then move its levers.
scenarios-chart-clients = Clients over time
scenarios-chart-years = Years from now
scenarios-chart-value = Cumulative discounted profit ({ $currency })
scenarios-chart-data = Figures behind the charts
scenarios-chart-year = Year
scenarios-baseline = Baseline
scenarios-follow-portfolio = Take clients, revenue and margin from the client list
scenarios-none-yet = No scenarios yet.
scenarios-new-from-baseline = New scenario from the baseline

## Scenario editor.
scenarios-name = Name
scenarios-compare-up-to = Compare (up to { $n })
scenarios-duplicate = Duplicate
scenarios-delete = Delete scenario
scenarios-tornado-data = Figures behind the chart
scenarios-tornado-caption = Change in value from { $value }
scenarios-tornado-lever = Lever
scenarios-tornado-lowered = Lever lowered
scenarios-tornado-raised = Lever raised

## The leaky bucket.
scenarios-leaky-title = The leaky bucket, first year
scenarios-leaky-lost = { $n ->
    [one] { $n } client leaves
   *[other] { $n } clients leave
}, taking { $revenue } of revenue a year with them.
scenarios-leaky-stand-still = Referrals bring { $referrals }; acquisition must win { $needed ->
    [one] { $needed } new client
   *[other] { $needed } new clients
} just to stand still, costing { $cost }.
scenarios-leaky-care = Spent on care instead, that is { $per_client } per client a year. If { $per_point } of care buys one point of retention (your assumption), retention would rise from { $from } to { $to } and keep { $kept ->
    [one] { $kept } client
   *[other] { $kept } clients
}.

## The lever form.
scenarios-lever-clients = Clients at the start
scenarios-lever-revenue-per-client = Revenue per client a year
scenarios-lever-margin-rate = Margin
scenarios-lever-margin-rate-hint = Share of revenue left after direct cost and cost to serve
scenarios-lever-retention = Retention a year
scenarios-lever-retention-hint = Share of clients still with you a year later
scenarios-lever-acquisition-spend = Acquisition spend a year
scenarios-lever-acquisition-spend-hint = Sales and marketing spent on winning new clients
scenarios-lever-cost-per-client = Cost per new client
scenarios-lever-cost-per-client-hint = What winning one new client costs
scenarios-lever-care-spend = Care spend per client a year
scenarios-lever-care-spend-hint = Extra retention effort: events, reviews, thank-yous
scenarios-lever-care-cost-per-point = Care that buys 1 point of retention
scenarios-lever-care-cost-per-point-hint = Your assumption, per client a year
scenarios-lever-price-change = Price change
scenarios-lever-price-change-hint = Applied to revenue; costs stay
scenarios-lever-referral-rate = Referrals a year per client
scenarios-lever-referral-rate-hint = New clients per 100 retained clients
scenarios-lever-discount = Discount rate a year
scenarios-lever-discount-hint = Your cost of capital
scenarios-lever-horizon-years = Horizon (years)
scenarios-lever-slider = { $lever } slider
scenarios-lever-from-portfolio = From the client list
scenarios-unit-clients = clients
scenarios-unit-years = years
scenarios-monthly = Project month by month
scenarios-monthly-hint = Yearly figures are converted to months
scenarios-fitted-curve = Follow the fitted retention curve
scenarios-fitted-curve-hint = Each client renews with the chance of its tenure under { $curve }: today's clients from their own tenure, new ones from the start.
scenarios-fitted-curve-none = Fit a retention curve on the Retention page to let the scenario age its clients.
scenarios-lever-retention-curve-hint = The flat rate this scenario is compared with; the fitted curve sets retention.
scenarios-by-curve = (fitted curve)
scenarios-curve-value = With the fitted curve this is worth { $value } over { $years ->
    [one] { $years } year
   *[other] { $years } years
}; at the flat { $rate } it would be worth
scenarios-curve-difference = The curve's difference:
scenarios-error-whole-number = Enter a whole number.
scenarios-error-horizon = The horizon must be 1 to 30 years.

## scenario: lifetime value, what-if scenarios, the tornado chart and chart labels.

## Lifetime-value inputs refused.
scenario-retention-range = Retention must be at least 0% and below 100%.
scenario-no-curve = No retention curve is fitted yet: fit one on the Retention page, or use the flat rate.
scenario-discount-min = The discount rate must be 0% or more.
scenario-discount-max-period = The discount rate must be at most 1000% per period.
scenario-enter-number = Enter a number.
scenario-amount-negative = This amount cannot be negative.
scenario-margin-growth-range = Margin growth must be above −100% and at most 100% per period.
scenario-retention-missing = Give at least one retention rate.
scenario-horizon-min = The horizon must be at least 1 period.
scenario-horizon-max = The horizon must be at most { $max } periods.
scenario-margin-rate-unusable = The margin rate is not a usable number.
scenario-share-range = The current share of wallet must be above 0% and at most 100%.
scenario-target-share-range = The target share must be between the current share and 100%.

## Scenario levers refused.
scenario-clients-max = At most { $max } clients.
scenario-margin-range = The margin must be between −100% and 100% of revenue.
scenario-cost-per-client-zero = With acquisition spend, the cost per new client must be above zero.
scenario-care-point-zero = The cost of one retention point must be above zero.
scenario-price-range = The price change must be above −100% and at most +100%.
scenario-referral-range = The referral rate must be between 0% and 100%.
scenario-discount-max-year = The discount rate must be at most 100% a year.
scenario-horizon-years = The horizon must be 1 to 30 years.

## Projection periods.
scenario-period-year = year
scenario-period-month = month

## Tornado bars: each lever and its step.
scenario-lever-retention = Retention ±1 point
scenario-lever-margin = Margin ±1 point
scenario-lever-price = Price ±1 point
scenario-lever-referral-rate = Referral rate ±1 point
scenario-lever-discount = Discount rate ±1 point
scenario-lever-revenue-per-client = Revenue per client ±10%
scenario-lever-acquisition-spend = Acquisition spend ±10%
scenario-lever-cost-per-client = Cost per new client ±10%
scenario-lever-care-spend = Care spend ±10%
scenario-lever-clients = Starting clients ±10%

## The levers a scenario changes, listed in its read-out.
scenario-diff-retention = retention { $from } → { $to }
scenario-diff-price-up = price +{ $change }
scenario-diff-price = price { $change }
scenario-diff-margin = margin { $from } → { $to }
scenario-diff-care = care { $amount } per client
scenario-diff-acquisition = acquisition spend { $amount }
scenario-diff-cost-per-client = cost per new client { $amount }
scenario-diff-referrals = referrals { $rate }
scenario-diff-client-base = a different client base
scenario-diff-discount = discount rate { $rate }
scenario-diff-curve = retention by the fitted curve
scenario-diff-flat = a flat retention rate instead of the fitted curve
scenario-list-join = { $head }, { $tail }
scenario-list-empty = nothing

## The read-out of a scenario against the baseline ($what is one of the three openings).
scenario-readout-retention = Moving retention from { $from } to { $to }
scenario-readout-unchanged = “{ $name }” (no lever differs from the baseline)
scenario-readout-named = “{ $name }” ({ $changes })
scenario-readout-gain = { $what } is worth { $amount } over { $years ->
    [one] { $years } year
   *[other] { $years } years
} in discounted profit.
scenario-readout-loss = { $what } costs { $amount } over { $years ->
    [one] { $years } year
   *[other] { $years } years
} in discounted profit.
scenario-readout-gain-clients = { $what } is worth { $amount } over { $years ->
    [one] { $years } year
   *[other] { $years } years
} in discounted profit, the same as winning { $clients ->
    [one] { $clients } extra client
   *[other] { $clients } extra clients
}.
scenario-readout-loss-clients = { $what } costs { $amount } over { $years ->
    [one] { $years } year
   *[other] { $years } years
} in discounted profit, the same as losing { $clients ->
    [one] { $clients } extra client
   *[other] { $clients } extra clients
}.

## The scenario book.
scenario-default-name = Scenario { $n }
scenario-copy-of = Copy of { $name }
scenario-book-full = At most { $max } scenarios can be kept; delete one first.
scenario-id-taken = A scenario with this id is already kept; try again.
scenario-gone = That scenario no longer exists.
scenario-name-empty = Give the scenario a name.
scenario-name-long = Keep the name under { $max } characters.
scenario-name-taken = Another scenario is already called “{ $name }”.
scenario-compare-full = Up to { $max } scenarios can be compared; untick one first.


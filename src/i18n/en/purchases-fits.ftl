purchases-fits-col-uncertainty = Standard error (90% interval)
purchases-fits-se = { $name } ± { $se } ({ $low }–{ $high })
purchases-fits-no-se = not computable
purchases-fits-params-bgbb = α = { $alpha }; β = { $beta }; γ = { $gamma }; δ = { $delta }
purchases-fits-hint = MBG/NBD is BG/NBD with a chance of stopping right after the first purchase, so one-time buyers are not all counted as active. The standard errors come from the curvature of the log-likelihood at its maximum; the 90% intervals are on the log scale.
purchases-fits-occasions-title = Purchases at occasions (BG/BB)
purchases-fits-occasions-lead = { $customers ->
        [one] 1 customer
       *[other] { $customers } customers
    } in { $rows ->
        [one] 1 distinct history
       *[other] { $rows } distinct histories
    }, counted by { $unit ->
        [years] year
        [quarters] quarter
       *[months] month
    }.
purchases-fits-next = Occasions ahead
purchases-fits-discount = Discount rate per occasion (%)
purchases-fits-col-x = Repeat purchases (x)
purchases-fits-col-tx = Last occasion (t_x)
purchases-fits-col-n = Occasions (n)
purchases-fits-col-count = Customers
purchases-fits-col-alive = P(alive next occasion)
purchases-fits-col-expected = Expected purchases ahead
purchases-fits-col-dert = DERT
purchases-fits-bad-number = type a whole number of occasions (1–100) and a discount rate above 0 and up to 100%
purchases-fits-source = { $source }: { $customers ->
        [one] 1 customer
       *[other] { $customers } customers
    }, imported on { $date } as histories by { $unit ->
        [years] year
        [quarters] quarter
       *[months] month
    }; BG/BB fitted on them.
purchases-fits-bad-days = type a whole number of days from 1 to 3,650
purchases-fits-chance-title = Chance of an order
purchases-fits-chance-customer = Customer
purchases-fits-chance-days = Within the next (days after the end of the history)
purchases-fits-chance-hint = Type a customer's id to see the chance of no order, exactly one and at least one under each model.
purchases-fits-chance-unknown = No customer "{ $id }" in this history.
purchases-fits-col-none = No order
purchases-fits-col-one = Exactly one
purchases-fits-col-some = At least one

data-occasions-label = Time is counted
data-occasions-continuous = continuously (days, weeks, months)
data-occasions-per-years = per occasion: years
data-occasions-per-quarters = per occasion: quarters
data-occasions-per-months = per occasion: months
data-occasions-hint-continuous = Continuously when customers can buy on any day (a shop, a service): BG/NBD, Pareto/NBD and MBG/NBD.
data-occasions-hint-occasions = Per occasion when customers buy at most once per occasion (renewals, seasons, donations): BG/BB on who bought in each occasion.
data-occasions-observation-hint = Only occasions over by this day count; a partial last occasion is left out.
data-occasions-stage-counting = Counting the purchases per occasion
data-occasions-stage-fitting = Fitting BG/BB
data-occasions-none-whole = no purchase falls in { $unit ->
        [years] a whole year
        [quarters] a whole quarter
       *[months] a whole month
    } up to { $end }: only occasions over by the observation end count
data-occasions-shorter-than-one = the history, { $from } to { $to }, is shorter than one { $unit ->
        [years] year
        [quarters] quarter
       *[months] month
    }: count per a shorter occasion, or continuously
data-occasions-too-few = { $n ->
        [one] only 1 whole { $unit ->
            [years] year
            [quarters] quarter
           *[months] month
        }
       *[other] only { $n } whole { $unit ->
            [years] years
            [quarters] quarters
           *[months] months
        }
    } observed up to { $end }: BG/BB needs at least 2 (the first purchase's and one more)
data-occasions-one-pattern = every customer has the same history (x = { $x }, t_x = { $tx }, n = { $n }): BG/BB cannot tell buying from dropping out; count per a shorter occasion, or continuously
data-occasions-partial = The { $unit ->
        [years] year
        [quarters] quarter
       *[months] month
    } containing the observation end ({ $end }) was not over: its purchases are left out. Set the observation end to { $last } to count it.
data-occasions-lead = { $source }: { $purchases ->
        [one] 1 purchase
       *[other] { $purchases } purchases
    } by { $customers ->
        [one] 1 customer
       *[other] { $customers } customers
    }, counted per { $unit ->
        [years] year
        [quarters] quarter
       *[months] month
    } from { $from } to { $to }; BG/BB fitted on their histories.

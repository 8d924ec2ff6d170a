# Score history: the client page's sparklines and the portfolio table's trend arrow.
history-risk = Risk at month ends
history-loyalty = Loyalty at month ends
history-col-day = Day
history-sparkline-summary = { $label }: { $first } on { $from }, { $last } on { $to } (lowest { $low }, highest { $high })
history-col-trend = Trend
history-trend-none = No trend yet
history-trend-rising = Risk rising between the last two month ends: { $from } → { $to }
history-trend-falling = Risk falling between the last two month ends: { $from } → { $to }
history-trend-steady = Risk steady between the last two month ends: { $from } → { $to }

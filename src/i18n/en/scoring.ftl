## scoring: scores, their explanations, segments, portfolio warnings and the call list
## (src/engine/scoring.rs, src/engine/segments.rs).

## Profit: what adds up to the yearly profit.
scoring-profit-revenue = Revenue
scoring-profit-revenue-detail = { $amount } per year
scoring-profit-direct-cost = Direct cost
scoring-profit-direct-cost-detail = { $amount } per year of people, subcontractors and licences
scoring-profit-cost-to-serve = Cost to serve
scoring-profit-cost-to-serve-detail = { $amount } per year of account management
scoring-profit-care = Care, free work and discounts
scoring-profit-care-detail = { $amount } over the last 12 months ({ $count ->
    [one] { $count } activity
   *[other] { $count } activities
})
scoring-profit-dossier = Dossier: costs we bore
scoring-profit-dossier-detail = { $amount } over the last 12 months ({ $count ->
    [one] { $count } dossier entry
   *[other] { $count } dossier entries
}: costs we bore and special conditions)

## Loyalty (Conversion Model): commitment segments and the parts of the score.
scoring-commitment-entrenched = Entrenched
    .lower = entrenched
scoring-commitment-average = Average
    .lower = average
scoring-commitment-shallow = Shallow
    .lower = shallow
scoring-commitment-convertible = Convertible
    .lower = convertible
scoring-nps-detractor = detractor
scoring-nps-passive = passive
scoring-nps-promoter = promoter
scoring-loyalty-satisfaction = Satisfaction
scoring-loyalty-satisfaction-detail = { $value }/10 on { $date }
scoring-loyalty-involvement = Involvement
scoring-loyalty-involvement-detail = { $value }/10
scoring-loyalty-affinity = Affinity
scoring-loyalty-affinity-full = Affinity { $affinity }/10 counts fully: satisfaction and involvement are both at least { $full }
scoring-loyalty-affinity-none = Affinity { $affinity }/10 does not count yet: it needs satisfaction and involvement above { $from } (lower is { $lower })
scoring-loyalty-affinity-partial = Affinity { $affinity }/10 counts { $share }: the lower of satisfaction and involvement is { $lower } (full from { $full })
scoring-loyalty-nps = Would recommend (NPS)
# $category is detractor, passive or promoter.
scoring-loyalty-nps-detail = Answered { $answer }/10: { $category ->
    [promoter] a promoter
    [passive] a passive
   *[detractor] a detractor
} (shown for reference, not part of the score)

## Churn risk: bands and factors.
scoring-band-low = Low
    .lower = low
scoring-band-medium = Medium
    .lower = medium
scoring-band-high = High
    .lower = high
scoring-factor-silence = Silence beyond the agreed cadence
scoring-factor-satisfaction-drop = Falling satisfaction
scoring-factor-revenue-decline = Falling revenue or orders
scoring-factor-contract-end = Contract end approaching
scoring-factor-new-manager = New manager on the client's side
scoring-factor-complaints = Open complaints
scoring-factor-competitor = Competitor activity
scoring-factor-low-share-of-wallet = Low share of wallet
scoring-factor-low-loyalty = Low loyalty
scoring-factor-purchase-model = Purchase model: likely stopped buying
scoring-risk-all-off = No risk factors
scoring-risk-all-off-detail = All risk factors are switched off (or weigh 0), so the risk is 0.

## Churn risk: the figures behind each factor.
scoring-silence-cadence-agreed = agreed every { $days }
scoring-silence-cadence-default = default cadence every { $days }
scoring-silence-no-contact = No contact on record
# $cadence is scoring-silence-cadence-agreed or -default.
scoring-silence-since-start = No interactions recorded; { $days ->
    [one] { $days } day
   *[other] { $days } days
} since the relationship started; { $cadence }
scoring-silence-overdue = No contact for { $days ->
    [one] { $days } day
   *[other] { $days } days
}; { $cadence }
scoring-silence-recent = Last contact { $days ->
    [one] { $days } day
   *[other] { $days } days
} ago; { $cadence }
scoring-satisfaction-no-ratings = No ratings yet
scoring-satisfaction-one-rating = Only one rating; no trend yet
scoring-satisfaction-fell = Satisfaction fell from { $from } to { $to } (of 10)
scoring-satisfaction-rose = Satisfaction rose from { $from } to { $to } (of 10)
scoring-satisfaction-unchanged = Satisfaction unchanged at { $value } (of 10)
scoring-revenue-no-history = Not enough revenue history (needs two periods)
scoring-revenue-fell = Revenue fell { $change }
scoring-revenue-rose = Revenue rose { $change }
scoring-revenue-unchanged = Revenue unchanged
scoring-revenue-from-nothing = Revenue from nothing
# $change is one of the four above; periods are labels such as 2025-Q2.
scoring-revenue-detail = { $change } ({ $previous_period }: { $previous } → { $last_period }: { $last })
scoring-revenue-detail-orders = { $detail }; orders { $previous } → { $last }
scoring-contract-none = No contract end recorded
scoring-contract-ended = Contract ended { $days ->
    [one] { $days } day
   *[other] { $days } days
} ago with no renewal recorded
scoring-contract-ends-today = Contract ends today
scoring-contract-ends-watched = Contract ends in { $days ->
    [one] { $days } day
   *[other] { $days } days
}; watched from { $window ->
    [one] { $window } day
   *[other] { $window } days
} before
scoring-contract-ends = Contract ends in { $days ->
    [one] { $days } day
   *[other] { $days } days
}
scoring-manager-none = No manager change recorded
scoring-manager-future = Manager change recorded for { $days ->
    [one] { $days } day
   *[other] { $days } days
} from now; not counted yet
scoring-manager-new = New manager on the client's side { $days ->
    [one] { $days } day
   *[other] { $days } days
} ago
scoring-manager-old = Manager changed { $days ->
    [one] { $days } day
   *[other] { $days } days
} ago (beyond the { $window }-day window)
scoring-complaints-none = No open complaints
scoring-complaints-open = { $count ->
    [one] { $count } open complaint
   *[other] { $count } open complaints
}
scoring-competitor-active = A competitor is courting the client
scoring-competitor-none = No competitor activity known
scoring-share-of-wallet-unknown = Share of wallet unknown
scoring-share-of-wallet-detail = We have { $share } of the client's spend in our category
scoring-low-loyalty-unknown = Loyalty unknown (no rating)
# $segment is the commitment segment in lower case.
scoring-low-loyalty-detail = Loyalty { $score }/100 ({ $segment })
scoring-purchase-model-none = No purchase history for this client
scoring-purchase-model-detail = Purchase model puts the chance this client still buys at { $share } (P(alive) from the purchase history)

## Value × risk segments.
scoring-segment-protect = Protect
scoring-segment-grow = Grow
scoring-segment-review = Review
scoring-segment-develop = Develop
scoring-segment-protect-advice = High value at high risk: call, fix what is wrong, show the value dossier.
scoring-segment-grow-advice = High value, low risk: keep the cadence and grow the share of wallet.
scoring-segment-review-advice = Low value at high risk: review the cost to serve and the terms before investing more.
scoring-segment-develop-advice = Low value, low risk: develop the relationship into more value.

## Portfolio health warnings. HHI is the Herfindahl–Hirschman index on its 0–10,000 scale.
scoring-warning-top-client = Your largest client brings { $share } of revenue (warning above { $limit }): losing it would hurt.
scoring-warning-top5 = The five largest clients bring { $share } of revenue (warning above { $limit }).
scoring-warning-hhi-high = Revenue is highly concentrated: HHI { $hhi } (above { $high }).
scoring-warning-hhi-moderate = Revenue is moderately concentrated: HHI { $hhi } ({ $moderate } to { $high }).
scoring-warning-unprofitable = { $count ->
    [one] { $count } client costs more than it brings.
   *[other] { $count } clients cost more than they bring.
}
scoring-warning-revenue-at-risk = Clients at risk bring { $share } of revenue (warning above { $limit }).

## "Who to call this week": why a client is listed.
scoring-call-no-contact = No contact on record
scoring-call-cadence-agreed = agreed every { $days }
scoring-call-cadence-default = default every { $days }
# $cadence is scoring-call-cadence-agreed or -default.
scoring-call-overdue = Last contact { $days ->
    [one] { $days } day
   *[other] { $days } days
} ago; { $cadence } ({ $overdue ->
    [one] { $overdue } day
   *[other] { $overdue } days
} overdue)
scoring-call-overdue-since-start = No contact since the start { $days ->
    [one] { $days } day
   *[other] { $days } days
} ago; { $cadence } ({ $overdue ->
    [one] { $overdue } day
   *[other] { $overdue } days
} overdue)
scoring-call-risk-rising = Risk rose from { $from } to { $to } in { $days ->
    [one] { $days } day
   *[other] { $days } days
}
# $band is the risk band in lower case.
scoring-call-risk = Risk { $risk } ({ $band })
# $reason is one of the reasons above.
scoring-call-and-risk = { $reason }; risk { $risk } ({ $band })
# $main is the explanation of the largest risk factor other than silence.
scoring-call-and-main-risk = { $reason }; main risk: { $main }

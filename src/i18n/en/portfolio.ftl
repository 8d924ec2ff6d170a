## portfolio
## Portfolio page: health cards, value × risk chart, call list, client table.
portfolio-add-client = Add client
portfolio-demo-banner = You are looking at demo data: { $n } example clients of a small services agency. Try anything; remove them when you add your own.
portfolio-remove-demo = Remove demo clients
portfolio-card-clients = Clients
portfolio-archived-count = + { $n } archived
portfolio-card-revenue = Revenue per year
portfolio-card-profit = Profit per year
portfolio-margin-explain = margin { $margin }; revenue − direct cost − cost to serve − care
portfolio-unprofitable = { $n ->
    [one] { $n } client loses money
   *[other] { $n } clients lose money
}
portfolio-card-value-at-risk = Value at risk
portfolio-at-risk-explain = revenue a year of { $n ->
    [one] { $n } client
   *[other] { $n } clients
} with risk ≥ 50
portfolio-at-risk-explain-lifetime = revenue a year of { $n ->
    [one] { $n } client
   *[other] { $n } clients
} with risk ≥ 50; lifetime value { $value }
portfolio-at-risk-explain-lifetime-zero = revenue a year of { $n ->
    [one] { $n } client with risk ≥ 50; no lifetime value at risk: it makes no profit over its lifetime
   *[other] { $n } clients with risk ≥ 50; no lifetime value at risk: none of them makes a profit over its lifetime
}
portfolio-at-risk-none = No client has a risk of 50 or more.
portfolio-card-concentration = Concentration
portfolio-concentration-explain = of revenue from { $client }; top 5: { $top5 }; HHI { $hhi }
portfolio-empty-title = No clients yet
portfolio-empty-text = Add your first client to see its profitability, loyalty and churn risk here. You can also restore a backup from the Data page.
portfolio-call-title = Who to call this week
portfolio-call-empty = Nobody is overdue or at rising risk. Keep the cadence.

## Filters and the client table
portfolio-search-label = Search clients
portfolio-search-placeholder = Search company, industry, people…
portfolio-filter-segment = Segment
portfolio-filter-all-segments = All segments
portfolio-filter-stage = Stage
portfolio-filter-all-stages = All stages
portfolio-filter-owner = Owner
portfolio-filter-all-owners = All owners
portfolio-filter-risk = Risk
portfolio-filter-any-risk = Any risk
# $band: the risk band's name (Low, Medium, High).
portfolio-filter-band = { $band } risk
portfolio-filter-archived = Archived too
portfolio-row-count = { $shown } of { $total ->
    [one] { $total } client
   *[other] { $total } clients
}
portfolio-table-label = Clients
portfolio-col-company = Company
portfolio-col-stage = Stage
portfolio-col-owner = Owner
portfolio-col-revenue = Revenue / yr
portfolio-col-profit = Profit / yr
portfolio-col-margin = Margin
portfolio-col-loyalty = Loyalty
portfolio-col-risk = Risk
portfolio-col-segment = Segment
portfolio-col-abc = ABC
portfolio-col-last-contact = Last contact
portfolio-tag-demo = demo
portfolio-tag-archived = archived
portfolio-risk-rising = Risk rose over the last 30 days
portfolio-days-ago = { $n ->
    [one] { $n } day ago
   *[other] { $n } days ago
}
portfolio-never = never
portfolio-overdue = overdue
portfolio-show-more = Show more ({ $n } not shown)

## Value × risk chart
portfolio-quadrant-title = Value and risk
# $summary: the segments with their client counts, e.g. "Protect 2, Grow 3, …".
portfolio-quadrant-aria = Clients by profit and churn risk: { $summary }
portfolio-quadrant-x = Profit a year ({ $currency })
portfolio-quadrant-y = Churn risk
portfolio-quadrant-dot = { $company }: profit { $profit }, risk { $risk }
portfolio-quadrant-hint = { $summary }. Dividing lines: median profit and risk 50. Click a dot to open the client.

## Charts (shared by the Scenarios and Purchases pages)
portfolio-chart-line-summary = { $series }: from { $first } to { $last }
portfolio-tornado-caption = What moves the portfolio's value most (change in { $currency } from { $base })
portfolio-tornado-aria = Sensitivity of portfolio value to each lever
portfolio-tornado-lower = Lower: { $value }
portfolio-tornado-higher = Higher: { $value }
portfolio-tornado-raised = lever raised
portfolio-tornado-lowered = lever lowered
portfolio-tornado-col-lever = Lever
portfolio-tornado-col-lowered = Change with the lever lowered
portfolio-tornado-col-raised = Change with the lever raised

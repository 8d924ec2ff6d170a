## Shared words: used on several pages.
common-clients-count = { $n ->
    [one] { $n } client
   *[other] { $n } clients
}

## How to read the scores (help panel on the portfolio page).
common-help-title = How to read the scores
common-help-intro = Every figure is computed in this browser from what you recorded; open a client to see what raised or lowered each score.
common-help-got-it = Got it
common-help-profit = Profit per year
common-help-profit-text = Revenue minus direct cost, cost to serve and what you spent caring for the client (gifts, free work, discounts) over the last 12 months.
common-help-loyalty = Loyalty for life (0–100)
common-help-loyalty-text = How committed the client is, from satisfaction, involvement and affinity; affinity only counts once the client is satisfied and involved.
common-help-risk = Churn risk (0–100)
common-help-risk-text = A weighted average of up to ten warning signs, such as silence beyond the agreed cadence, falling revenue or a new manager; 50 or more is high.
common-help-segment = Value × risk segment
common-help-segment-text = Protect valuable clients at risk, grow valuable safe ones, review small risky ones and develop small safe ones.
common-help-abc = ABC class
common-help-abc-text = A clients bring the first 80% of profit, B the next 15%, C the rest.
common-help-clv = Lifetime value
common-help-clv-text = Profit the client is expected to bring over the scenario horizon, kept with the baseline retention and discounted to today's money.
common-help-concentration = Concentration
common-help-concentration-text = How much of the revenue depends on the largest clients; the HHI index above 2,500 points means a few clients carry the business.
common-help-palive = P(alive)
common-help-palive-text = From an imported purchase history: the probability that a customer is still buying, given how often and how recently they bought.

## The demo portfolio's name on first start.
common-demo-portfolio-name = Demo agency portfolio
# The name of a portfolio saved without one (data from the first version of the app).
common-default-portfolio-name = My portfolio

## client
## The client page: the edit form, what-if, score cards, record lists, purchase model.
client-not-found-title = Client not found
client-not-found-text = There is no client with the id “{ $id }”. It may have been deleted.
client-back-to-portfolio = Back to the portfolio
client-saved = Changes saved.
client-new-title = New client
client-breadcrumb = Breadcrumb
client-crumb-portfolio = Portfolio
client-demo-tag = demo client
client-form-errors = Please correct the highlighted fields; nothing was saved yet.

## The edit form.
client-legend-client = Client
client-company = Company
client-industry = Industry
client-manager = Client's manager
client-manager-hint = The decision-maker on the client's side
client-owner = Account owner (ours)
client-start-date = Client since
client-stage = Journey stage
client-lost-on = Date lost
client-lost-on-hint = The day the client left us; it counts in the retention curves.
client-lost-on-unknown = Date lost unknown: enter it to count this client in the retention curves.
client-lost-on-hint-won-back = When the client was lost before it came back (optional).
# $currency is a currency code, e.g. EUR.
client-legend-money = Money per year ({ $currency })
client-annual-revenue = Annual revenue
client-annual-revenue-hint = e.g. 120000 or 120.000,50
client-direct-cost = Direct cost
client-direct-cost-hint = People, subcontractors, licences for this client's work
client-cost-to-serve = Cost to serve
client-cost-to-serve-hint = Account management, meetings, free extras
client-legend-relationship = Relationship
client-manager-changed = Client's manager changed on
client-manager-changed-hint = A new decision-maker is a classic reason to leave
client-contract-end = Contract or project ends
client-cadence = Agreed contact every (days)
client-cadence-hint = Empty: the default from Settings
client-share-of-wallet = Share of wallet (%)
client-share-of-wallet-hint = Our share of what it buys in our category
client-referrals = Referrals made
client-open-complaints = Open complaints
client-competitor = A competitor is active at this client
client-archived = Archived (kept, but left out of portfolio figures)
client-notes = Notes
client-add = Add client
client-save = Save changes
client-delete = Delete client

## What if we invested in this client?
client-whatif-title = What if we invested in this client?
client-whatif-care = Care spend a year ({ $currency })
client-whatif-r = Retention now (%)
client-whatif-r-hint = Chance the client stays another year
client-whatif-r2 = Retention with the care (%)
client-whatif-d = Discount rate (%)
client-whatif-h = Horizon (years)
client-whatif-horizon-error = The horizon must be a whole number of years from 1 to 50.
client-whatif-numbers-error = Enter numbers in every field (percentages as 85, not 0.85).
client-whatif-sow-no-revenue = Share of wallet needs the client's revenue.
client-whatif-sow-error = Enter the shares as percentages, e.g. 25 and 35.
# Followed by client-whatif-gain or client-whatif-loss (in bold), then one of the payback sentences.
client-whatif-readout = Spending { $care } a year and lifting retention from { $from } to { $to } moves this client's value over { $years ->
        [one] { $years } year
       *[other] { $years } years
    } from { $before } to { $after }:
client-whatif-gain = a gain of { $amount }
client-whatif-loss = a loss of { $amount }
# These follow the gain or loss directly, so they start with the full stop that ends that sentence.
client-whatif-payback-first = . It pays for itself in the first year.
client-whatif-payback-year = . It pays back in year { $year }.
client-whatif-no-payback = . It does not pay back within { $years ->
        [one] { $years } year
       *[other] { $years } years
    }.
client-whatif-sow-title = Share of wallet
client-whatif-sow = Our share of its spend now (%)
client-whatif-sow-hint = What the client buys in our category from us
client-whatif-sow2 = Target share (%)
client-whatif-sow-readout = At { $share } the client spends about { $spend } a year in our category; reaching { $target } adds { $extra } of revenue a year, worth { $value } over { $years ->
        [one] { $years } year
       *[other] { $years } years
    } at this client's margin.
client-whatif-hint = Value is the client's yearly profit (revenue less both costs) times the chance it is still with us, discounted; care is paid each year the client stays. See the Scenarios page for the whole portfolio.
client-whatif-use-curve = Use the fitted retention curve
client-whatif-use-curve-hint = Retention then follows { $curve } from this client's tenure, the care adding the points typed above to every year.
client-whatif-by-curve = With the fitted curve:
client-whatif-derl = At a tenure of { $tenure } ({ $units }) the curve gives this client a { $next } chance of renewing in the coming year and a discounted expected residual lifetime of { $derl } ({ $units }): its profit is worth { $value } today.

## Score cards.
client-profit-label = Profit per year
client-profit-margin = margin { $margin }
# $change is signed money, e.g. +EUR 1,200.
client-profit-margin-trend = margin { $margin }; { $change } a year from the revenue trend at this margin
client-loyalty-label = Loyalty for life
# $segment is a commitment segment (Entrenched, Average, Shallow, Convertible).
client-loyalty-commitment = { $segment } commitment
# $trend is a signed number of points, e.g. +4.
client-loyalty-commitment-trend = { $segment } commitment; { $trend } since the previous rating
client-loyalty-none = No rating yet: add satisfaction, involvement and affinity below.
client-risk-label = Churn risk
client-risk-band-low = Low risk
client-risk-band-medium = Medium risk
client-risk-band-high = High risk
client-risk-segment = Segment: { $segment }. { $advice }
client-risk-ltv = Lifetime value { $value }.
client-risk-weights-link = Change the risk weights

## Record lists: interactions, ratings, care, contacts, revenue history.
client-interactions = Interactions
client-interactions-intro = Every contact counts for the agreed cadence; sentiment −2 to +2.
client-rec-date = Date
client-rec-channel = Channel
client-rec-who = Who
client-rec-who-placeholder = e.g. Ana (CFO)
client-rec-sentiment = Sentiment
client-rec-note = Note
client-ratings = Loyalty ratings
client-ratings-intro = Scores 0–10 from a survey or your judgement: satisfaction, involvement, affinity; NPS answer if asked.
client-rec-satisfaction = Satisfaction
client-rec-involvement = Involvement
client-rec-affinity = Affinity
client-rec-nps-answer = NPS answer
client-rec-nps-placeholder = 0–10, optional
client-rec-nps = NPS
client-care = Care activities
client-care-intro = Events, invitations, thank-yous, reports, free work and discounts; their cost counts against profit.
client-rec-kind = Kind
client-rec-cost = Cost
client-contacts = Contacts at the client
client-rec-name = Name
client-rec-role = Role
client-rec-email = Email
client-rec-phone = Phone
client-history = Revenue history
client-history-intro = By year (2025), quarter (2025-Q3) or month (2025-09); the trend feeds profit and churn risk.
client-rec-period = Period
client-rec-revenue = Revenue
client-rec-orders = Orders
client-rec-optional = optional
# The list editor shared by these lists and the value dossier.
client-records-none = None recorded yet.
client-records-remove = Remove
client-records-remove-entry = Remove this entry
client-records-add = Add

## From the purchase history (an imported transaction file with this client's id).
client-pm-title = From the purchase history
# $unit is days, weeks or months; $model is BG/NBD or Pareto/NBD; $alive and $margin are percentages.
client-pm-text = { $frequency ->
        [one] { $frequency } repeat purchase
       *[other] { $frequency } repeat purchases
    }, the last { $recency } { $unit ->
        [days] days
        [weeks] weeks
       *[months] months
    } after the first (observed for { $age }). The { $model } model puts the chance that this client is still buying at { $alive }, expects { $purchases } purchases in the next { $months ->
        [one] month
       *[other] { $months } months
    } at { $spend } each, worth { $value } at a { $margin } margin.
client-pm-warn = More likely gone than active: check in before the next renewal.

## brief: the client brief (talking points, tenure, timeline) and the value dossier (sections, checks, the Markdown report).

## Talking points, most urgent first.
brief-priority-high = High
brief-priority-medium = Medium
brief-priority-low = Low
brief-point-lost = Client lost: ask why they left and what would bring them back
brief-point-no-contact = No contact on record: get in touch
brief-point-no-contact-since-start = No contact recorded in the { $days ->
        [one] { $days } day
       *[other] { $days } days
    } since the relationship started, cadence { $cadence }: get in touch
brief-point-overdue = Last contact { $days ->
        [one] { $days } day
       *[other] { $days } days
    } ago, cadence { $cadence }: get in touch
brief-point-complaints = { $n ->
        [one] { $n } open complaint: resolve it before talking about anything else
       *[other] { $n } open complaints: resolve them before talking about anything else
    }
brief-point-competitor = A competitor is courting them: show the value dossier and what switching would cost them
brief-point-new-manager = New manager since { $since }: present the value dossier
brief-point-satisfaction-drop = Satisfaction fell from { $from } to { $to }: ask what changed and fix it
brief-point-contract-ended = Contract ended { $days ->
        [one] { $days } day
       *[other] { $days } days
    } ago with no renewal recorded: renew it or record the new end
brief-point-contract-ends-today = Contract ends today: prepare the renewal
brief-point-contract-ends = Contract ends in { $days ->
        [one] { $days } day
       *[other] { $days } days
    }: prepare the renewal
brief-point-value-beyond-share = You gave { $value } beyond the contract in the last 12 months ({ $share }% of a year's revenue): show it
brief-point-value-beyond = You gave { $value } beyond the contract in the last 12 months: show it
brief-value-beyond-year-share = Value given beyond the contract: { $year } in the last 12 months ({ $share } of a year's revenue); { $all } all time.
brief-value-beyond-year = Value given beyond the contract: { $year } in the last 12 months; { $all } all time.
brief-value-beyond-earlier = Value given beyond the contract: none in the last 12 months; { $all } all time.
brief-value-beyond-none = No value given beyond the contract is recorded yet.
brief-point-share-of-wallet = Share of wallet { $share }%: room to offer more — about { $room } a year at { $target }%
brief-point-testimonial = Entrenched and referred { $n ->
        [one] { $n } client
       *[other] { $n } clients
    }: ask for a testimonial
brief-point-referral = Entrenched (loyalty { $score }/100): ask for a referral
brief-point-thank = Referred { $n ->
        [one] { $n } client
       *[other] { $n } clients
    } to us: thank them
brief-point-all-clear-due = Nothing to flag: keep the cadence (next contact due in { $days ->
        [one] { $days } day
       *[other] { $days } days
    })
brief-point-all-clear = Nothing to flag: keep the cadence

## Month names, for "New manager since March 2026".
brief-month-year = { $month } { $year }
brief-month-1 = January
brief-month-2 = February
brief-month-3 = March
brief-month-4 = April
brief-month-5 = May
brief-month-6 = June
brief-month-7 = July
brief-month-8 = August
brief-month-9 = September
brief-month-10 = October
brief-month-11 = November
brief-month-12 = December

## How long the client has been with us.
brief-tenure-none = less than a month
brief-tenure-months = { $months ->
        [one] { $months } month
       *[other] { $months } months
    }
brief-tenure-years = { $years ->
        [one] { $years } year
       *[other] { $years } years
    }
brief-tenure-years-months = { $years ->
        [one] { $years } year
       *[other] { $years } years
    } { $months ->
        [one] { $months } month
       *[other] { $months } months
    }

## The relationship timeline.
brief-timeline-contact = Contact
brief-timeline-care = Care activity
brief-timeline-dossier = Value dossier
brief-timeline-rating = Loyalty rating
brief-timeline-channel-with = { $channel } with { $who }
brief-timeline-with-note = { $head }: { $note }
brief-timeline-rating-scores = Rating: satisfaction { $satisfaction }, involvement { $involvement }, affinity { $affinity }
brief-timeline-rating-scores-nps = Rating: satisfaction { $satisfaction }, involvement { $involvement }, affinity { $affinity }, NPS answer { $nps }

## The four sections of the value dossier, and what belongs in each.
brief-section-costs-we-bore = Costs we bore
brief-section-benefits-to-client = Benefits to the client
brief-section-proofs-of-loyalty = Proofs of our loyalty
brief-section-special-conditions = Special conditions
brief-section-costs-we-bore-hint = Discounts, free consultations, extra work
brief-section-benefits-to-client-hint = Free support after a project, savings, money earned for them
brief-section-proofs-of-loyalty-hint = A postponement without a price rise, changes of requirements absorbed
brief-section-special-conditions-hint = Services outside our scope, or usual work done in an unusual, even unprofitable, way

## Checks of the project and dossier entry forms.
brief-field-price = Price
brief-field-start = Start date
brief-field-end = End date
brief-field-date = Date
brief-field-value = Value
brief-field-hours = Hours
brief-check-at-most = { $label } must be at most { $max }.
brief-check-project-name = Enter the project's name.
brief-check-name-too-long = The name is longer than { $max } characters.
brief-check-project-dates = The project cannot end before it starts.
brief-check-date = Enter the date.
brief-check-section = Choose the section of the dossier.
brief-check-section-unknown = Choose one of the four sections of the dossier.
brief-check-description = Describe what was done.
brief-check-description-too-long = The description is longer than { $max } characters.
brief-check-hours-rate = Hours × hourly rate is too large.

## The Markdown "report of all work done" (Markdown marks such as ** stay as they are).
brief-report-title = Value dossier: { $company }
brief-report-no-name = (no name)
brief-report-as-of = Report of all work done, as of { $date }.
brief-report-client = The client
brief-report-company = Company: { $company }
brief-report-industry = Industry: { $industry }
brief-report-manager = Client's manager: { $manager }
brief-report-manager-since = Client's manager: { $manager } (since { $since })
brief-report-owner = Our account owner: { $owner }
brief-report-client-since = Client since: { $date }
brief-report-client-since-tenure = Client since: { $date } ({ $tenure })
brief-report-contract-ends = Contract ends: { $date }
brief-report-revenue = Revenue per year: { $value }
brief-report-profit = Profit per year (care and dossier costs of the last 12 months included): { $value } (margin { $margin })
brief-report-loyalty = Loyalty: { $score }/100 ({ $segment })
brief-report-projects = Projects
brief-report-no-projects = No projects recorded.
brief-report-col-project = Project
brief-report-col-price = Price
brief-report-col-period = Period
brief-report-period = { $from } – { $to }
brief-report-period-from = from { $date }
brief-report-period-until = until { $date }
brief-report-projects-total = Projects total: { $value }
brief-report-nothing = Nothing recorded.
brief-report-col-date = Date
brief-report-col-description = Description
brief-report-col-value = Value
brief-report-col-hours = Hours
brief-report-section-total = Total { $section ->
        [costs_we_bore] costs we bore
        [benefits_to_client] benefits to the client
        [proofs_of_loyalty] proofs of our loyalty
       *[special_conditions] special conditions
    }: { $value }
brief-report-entries = { $n ->
        [one] { $n } entry
       *[other] { $n } entries
    }
brief-report-entries-hours = { $n ->
        [one] { $n } entry
       *[other] { $n } entries
    }, { $hours ->
        [one] { $hours } hour
       *[other] { $hours } hours
    }
brief-report-value-beyond = Value given beyond the contract
brief-report-all-time = All time: **{ $value }** (costs we bore { $costs } + benefits to the client { $benefits } + special conditions { $special })
brief-report-last-12-months = Last 12 months ({ $from } – { $to }): **{ $value }**
brief-report-last-12-months-share = Last 12 months ({ $from } – { $to }): **{ $value }**, { $share } of annual revenue
brief-report-cost-to-us = Of which a cost to us in the last 12 months (costs we bore + special conditions, counted against profit): { $value }
brief-report-proofs = Proofs of our loyalty, listed apart: { $n ->
        [one] { $n } entry
       *[other] { $n } entries
    } worth { $value }

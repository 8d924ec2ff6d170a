## model: client records, typed numbers and dates, validation of the client forms.

## Journey stages.
model-stage-onboarding = Onboarding
model-stage-active = Active
model-stage-renewal = Renewal
model-stage-at-risk = At risk
model-stage-lost = Lost
model-stage-won-back = Won back

## How we were in touch.
model-channel-meeting = Meeting
model-channel-call = Call
model-channel-email = Email
model-channel-event = Event
model-channel-other = Other

## Kinds of care activity.
model-care-event = Event
model-care-invitation = Invitation
model-care-thank-you = Thank-you
model-care-report = Report of work done
model-care-gift = Gift
model-care-free-work = Free work
model-care-discount = Discount
model-care-other = Other

## Typed numbers, dates and periods ($text is what was typed).
model-enter-number = enter a number.
model-not-a-number = “{ $text }” is not a number.
model-ambiguous-dot = “{ $text }” is ambiguous: write { $thousands } for thousands or { $decimal } for a decimal.
model-ambiguous-comma = “{ $text }” is ambiguous: write { $decimal } for a decimal comma or { $thousands } for thousands.
model-two-decimal-separators = “{ $text }” has more than one decimal separator.
model-too-large = “{ $text }” is too large.
model-misplaced-separators = “{ $text }” has misplaced thousands separators.
model-outside-years = “{ $text }” is outside the years 1900–2200.
model-not-a-date = “{ $text }” is not a date; use YYYY-MM-DD, for example 2024-03-31.
model-period-invalid = “{ $text }” is not a period; write a year (2024), a quarter (2025-Q2) or a month (2025-03).
model-period-quarter = “{ $text }”: the quarter must be Q1 to Q4.
model-period-month = “{ $text }”: the month must be 01 to 12.

## Field names inside validation messages.
model-label-company = Company name
model-label-industry = Industry
model-label-client-manager = Client's manager
model-label-owner = Account owner
model-label-annual-revenue = Annual revenue
model-label-direct-cost = Direct cost
model-label-cost-to-serve = Cost to serve
model-label-manager-changed-on = Manager change date
model-label-contract-end = Contract end
model-label-lost-on = Date lost
model-label-share-of-wallet = Share of wallet
model-label-referrals = Referrals
model-label-contact-cadence = Contact cadence
model-label-open-complaints = Open complaints
model-label-revenue = Revenue
model-label-orders = Orders
model-label-date = Date
model-label-who = Who
model-label-cost = Cost
model-label-survey-date = Survey date
model-label-satisfaction = Satisfaction
model-label-involvement = Involvement
model-label-affinity = Affinity
model-label-nps = The NPS answer
model-label-name = Name
model-label-role = Role
model-label-email = Email
model-label-phone = Phone

## Validation messages ($label is one of the field names above).
model-field-problem = { $label }: { $problem }
model-negative = { $label } cannot be negative.
model-too-long = { $label } is longer than { $max } characters.
model-at-most = { $label } must be at most { $max }.
model-whole-number = { $label } must be a whole number, like 3.
model-scale = { $label } must be a whole number from 0 to { $max }.
model-notes-too-long = Notes are longer than { $max } characters.
model-note-too-long = The note is longer than { $max } characters.
model-enter-company = Enter the company name.
model-choose-stage = Choose a journey stage.
model-share-range = Share of wallet must be between 0% and 100%.
model-lost-before-start = The date lost cannot be before the client's start date.
model-lost-in-future = The date lost cannot be after today.
model-cadence-min = Contact cadence must be at least 1 day (leave it empty for the default).
model-enter-contact-name = Enter the contact's name.
model-email-invalid = “{ $text }” is not an email address, like name@example.com.
model-phone-invalid = “{ $text }” is not a phone number; use digits, spaces, + - ( ) only.
model-enter-period-revenue = Enter the revenue of the period (0 if none).
model-enter-date = Enter the date.
model-enter-survey-date = Enter the survey date.
model-choose-channel = Choose how you were in touch.
model-sentiment-range = Sentiment must be a whole number from −2 (very negative) to 2 (very positive).
model-choose-care-kind = Choose the kind of care activity.
model-enter-satisfaction = Enter satisfaction (0–10).
model-enter-involvement = Enter involvement (0–10).
model-enter-affinity = Enter affinity (0–10).

## brief-ui
## The client brief at the top of the client page, the value dossier and the timeline.
brief-ui-title = Brief
brief-ui-no-manager = No manager recorded.
brief-ui-no-manager-since = No manager recorded (since { $date }).
brief-ui-manager = Manager: { $name }.
brief-ui-manager-since = Manager: { $name } (since { $date }).
# $tenure is a length of time, e.g. "3 years 2 months".
brief-ui-client-for = Client for { $tenure }.
brief-ui-last-contact-next = Last contact { $last }; next due { $next }.
brief-ui-last-contact = Last contact { $last }.
brief-ui-no-contact-next = No contact recorded; next due { $next }.
brief-ui-no-contact = No contact recorded.
brief-ui-value-beyond = Value given beyond the contract: { $value }.
brief-ui-value-beyond-share = Value given beyond the contract: { $value } ({ $share } of a year's revenue).
brief-ui-log-label = Log a contact
brief-ui-note-label = What was it about?
brief-ui-note-placeholder = What was it about? (optional)
brief-ui-log-button = Log today's contact
brief-ui-logged = Logged.

## The value dossier.
brief-ui-projects = Projects
brief-ui-project = Project
brief-ui-price = Price
brief-ui-start = Start
brief-ui-end = End
brief-ui-entries = Dossier entries
brief-ui-entries-intro = Discounts, free consultations and extra work; benefits the client received; proofs of loyalty; special conditions.
brief-ui-date = Date
brief-ui-section = Section
brief-ui-what = What
brief-ui-value = Value
brief-ui-hours = Hours
brief-ui-optional = optional
brief-ui-dossier-title = Value dossier
brief-ui-entries-count = Entries
brief-ui-last-12-months = Last 12 months
brief-ui-all-time = All time
brief-ui-value-beyond-row = Value given beyond the contract
# Money and its share of a year's revenue.
brief-ui-value-with-share = { $value } ({ $share })
brief-ui-dossier-hint = Costs we bore and special conditions of the last 12 months count against the client's profit. Proofs of loyalty are listed, not added.
brief-ui-export-csv = Export dossier (CSV)
brief-ui-export-md = Export report (Markdown)
brief-ui-print = Print brief and dossier

## The timeline chart and its text alternative.
brief-ui-timeline-caption = The relationship from { $first } to { $last }
brief-ui-timeline-label = { $n ->
        [one] { $n } event
       *[other] { $n } events
    }: interactions, care, dossier entries and ratings over time
brief-ui-timeline-summary = On the timeline: { $contacts ->
        [one] { $contacts } contact
       *[other] { $contacts } contacts
    }, { $care ->
        [one] { $care } care activity
       *[other] { $care } care activities
    }, { $dossier ->
        [one] { $dossier } dossier entry
       *[other] { $dossier } dossier entries
    } and { $ratings ->
        [one] { $ratings } rating
       *[other] { $ratings } ratings
    }.

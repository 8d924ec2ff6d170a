## settings
## The Settings page: language, portfolio, currency, backups, start over, churn-risk weights.

settings-title = Settings
settings-language-heading = Language
settings-language = Language of the app
settings-language-browser = Browser language ({ $name })
settings-portfolio = Portfolio
settings-portfolio-name = Portfolio name
settings-name-required = Give the portfolio a name.
settings-name-too-long = Keep the name under 80 characters.
settings-currency = Currency
settings-currency-hint = Amounts are stored as typed; changing the currency relabels them and does not convert.
settings-currency-eur = EUR – euro
settings-currency-ron = RON – Romanian leu
settings-currency-bgn = BGN – Bulgarian lev
settings-currency-usd = USD – US dollar
settings-currency-gbp = GBP – pound sterling
settings-currency-chf = CHF – Swiss franc
settings-currency-pln = PLN – Polish złoty
settings-currency-huf = HUF – Hungarian forint
settings-backups = Backups
settings-reminder = Remind me to download a backup after
settings-reminder-days = { $n ->
    [one] { $n } day
   *[other] { $n } days
}
settings-reminder-never = Never remind me
settings-start-over = Start over
settings-start-over-hint = Both actions can be undone right after, from the message at the top.
settings-replace-with-demo = Replace everything with the demo portfolio
settings-delete-all-clients = Delete all clients

## Churn-risk weights.
settings-weights-title = Churn-risk weights
settings-weights-lead = Risk = 100 × Σ weight × factor intensity ÷ Σ weights of the factors switched on. The defaults are judgement, written down with their reasons in the docs; change them to fit your business and watch the preview before saving.
settings-weights-factor = Factor
settings-weights-on = On
settings-weights-weight = Weight
settings-weights-share = Share
settings-weights-use = Use { $factor }
settings-weight-range = A weight is between 0 and { $max }.
settings-weight-invalid = Weight: { $error }
settings-weights-all-off = All factors are off: every client's risk is 0.
settings-weights-purchase-note = The purchase-model factor counts only for clients whose id is in the imported purchase history; for the others the shares are of the other factors.
settings-preview = Preview
settings-preview-saved = Saved weights
settings-preview-changed = With your changes
settings-preview-unchanged = (no changes yet)
settings-dist-aria = { $low } low, { $medium } medium, { $high } high risk
settings-dist-text = { $low } low · { $medium } medium · { $high } high (of { $n })
settings-preview-top = Highest risk with these weights:
settings-preview-was = (was { $score })
settings-weights-save = Save weights
settings-weights-defaults = Back to the defaults
settings-weights-saved = Weights saved; the portfolio uses them now.

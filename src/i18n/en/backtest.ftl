# Settings → "How well does the risk score warn?" (the backtest) and the learned weights.
backtest-title = How well does the risk score warn?
backtest-lead = For every client you marked lost with a date, the risk it had some days before it left, against the risk of the clients that stayed on those days. Scores are recomputed from the records dated before each day, with your saved weights.
backtest-window = Losses of
backtest-window-all = all time
backtest-window-months = { $n ->
    [one] the last month
   *[other] the last { $n } months
}
backtest-horizon = Risk measured
backtest-horizon-days = { $n ->
    [one] { $n } day before the loss
   *[other] { $n } days before the loss
}
backtest-losses = { $n ->
        [one] { $n } loss in the window.
       *[other] { $n } losses in the window.
    }
backtest-stayed = { $n ->
        [one] Compared with { $n } score of a client still with us { $days } days later.
       *[other] Compared with { $n } scores of clients still with us { $days } days later.
    }
backtest-too-new = { $n ->
        [one] { $n } lost client had not started { $days } days before it left and is not scored.
       *[other] { $n } lost clients had not started { $days } days before they left and are not scored.
    }
backtest-undated = { $n ->
        [one] { $n } client is marked lost without a date and is left out: set the day it was lost on its page.
       *[other] { $n } clients are marked lost without a date and are left out: set the day they were lost on their pages.
    }
backtest-anecdotal = { $n ->
        [one] With { $n } loss (fewer than { $min }) these figures are anecdotal: one client more or less changes them a lot.
       *[other] With { $n } losses (fewer than { $min }) these figures are anecdotal: one client more or less changes them a lot.
    }
backtest-no-losses = No client in this window is marked lost with a date. Set the stage to "Lost" and the day it was lost on the client's page.
backtest-auc-label = AUC (area under the ROC curve)
backtest-auc-explain = In { $share } of pairs of a lost client and one that stayed, the lost client had the higher risk { $days } days before. 0.5 is a coin toss, 1 a perfect warning.
backtest-high-label = Losses in the high band
backtest-high-explain = Share of losses whose risk was high { $days } days before they left; of the clients that stayed, { $stayed } were high.
backtest-lead-label = Lead time (median)
backtest-lead-days = { $n ->
        [one] { $n } day
       *[other] { $n } days
    }
backtest-lead-explain = { $n ->
        [one] How long before leaving risk was already high (checked at month ends): { $warned } of { $n } loss warned.
       *[other] How long before leaving risk was already high (checked at month ends): { $warned } of { $n } losses warned.
    }
backtest-roc-title = ROC curve, risk { $days } days before the loss
backtest-roc-x = Clients that stayed flagged
backtest-roc-y = Losses flagged
backtest-roc-figures = Figures of the curve
backtest-roc-col-threshold = Flag from risk
backtest-roc-col-losses = Losses flagged
backtest-roc-col-stayed = Stayed flagged
backtest-roc-at-least = ≥ { $risk }
backtest-survival-title = Still clients, by risk band at the start of the window
backtest-survival-x = Days since the start of the window
backtest-survival-col = Still clients
backtest-survival-lower = Lower bound (95%)
backtest-survival-upper = Upper bound (95%)
backtest-survival-series = { $band } ({ $n })
backtest-survival-explain = Kaplan–Meier: each client's risk band on { $from }, then how many were still clients day by day.
backtest-leads-caption = The losses and how early risk warned
backtest-col-client = Client
backtest-col-lost-on = Lost on
backtest-col-lead = High risk before
backtest-not-warned = not warned
backtest-how = The formulas are in the documentation (docs/scoring.md, "Backtest").
backtest-link = How well does the risk score warn?
backtest-link-hint = The backtest on your own losses, and weights learned from them, are in Settings.
backtest-learn-title = Weights learned from your losses
backtest-learn-lead = { $n ->
        [one] A logistic regression of "lost within 90 days" on the factors, over { $rows } scores with { $n } loss (the window above). Nothing changes until you accept.
       *[other] A logistic regression of "lost within 90 days" on the factors, over { $rows } scores with { $n } losses (the window above). Nothing changes until you accept.
    }
backtest-learn-current = Now
backtest-learn-proposed = Learned
backtest-learn-note = Why
backtest-learn-note-learned = coefficient { $b }
backtest-learn-note-negative = coefficient { $b }: came with staying here, so 0 (a weight cannot be negative)
backtest-learn-note-off = switched off: kept
backtest-learn-note-not-seen = not present in any score of the sample: kept
backtest-learn-auc = Cross-validated AUC ({ $folds } folds by client): { $current } with the current weights, { $learned } with the learned ones.
backtest-learn-preview = Show in the preview
backtest-learn-accept = Accept learned weights
backtest-learn-nothing = No factor came with leaving in this sample: there are no weights to propose.
backtest-learn-too-few = At least { $min } losses with a date and clients that stayed are needed to learn weights.

"""Reference for the learned risk weights (src/engine/scoring/learn.rs, tests).

Fits scikit-learn's L2-penalised (default penalty, newton-cholesky solver) logistic regression on the fixed sample
tests/fixtures/learn_sample.csv (the factor intensities of the backtest's sample, "lost within
90 days" as the label), on the columns that are not all zero, with C = 1/λ = 1: scikit-learn
minimises C·Σ log-loss + ½‖w‖² with the intercept unpenalised, which is Σ log-loss + (λ/2)‖w‖².
Also prints scikit-learn's ROC AUC of the default-weight risk on the same rows.

Run from the repository root:  python tests/reference/learn_logistic.py
"""
import csv

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

with open("tests/fixtures/learn_sample.csv") as f:
    rows = list(csv.reader(f))
header, rows = rows[0], rows[1:]
names = header[3:]
X = np.array([[float(v) for v in r[3:]] for r in rows])
y = np.array([int(r[2]) for r in rows])
keep = [j for j in range(X.shape[1]) if np.any(X[:, j] > 0)]
# The penalty is L2 (scikit-learn's default).
# newton-cholesky: lbfgs stops about 1e-7 short of the minimum even with a tiny tol.
model = LogisticRegression(C=1.0, fit_intercept=True, solver="newton-cholesky", tol=1e-14, max_iter=1000)
model.fit(X[:, keep], y)
print("rows", len(y), "lost", int(y.sum()))
print("intercept %.8f" % model.intercept_[0])
for j, b in zip(keep, model.coef_[0]):
    print("%-20s %.8f" % (names[j], b))

# Default weights, in the column order (the purchase model does not count without P(alive)).
w = np.array([15, 15, 15, 10, 10, 10, 10, 5, 10, 0], dtype=float)
risk = 100 * X @ w / w.sum()
print("auc default weights %.10f" % roc_auc_score(y, risk))

"""Reference figures for tests/retention.rs, computed independently with mpmath at 50 digits.

The sBG and BdW log-likelihoods of the Fader & Hardie (2007) cohorts (years 0-7, counts per
1,000, from tests/fixtures/cohorts/fader_hardie_2007.csv) at fixed parameters, the projected
survivors for years 8-12 under the published sBG fits, and DEL/DERL at a 10% discount rate:
for the sBG by the Gaussian hypergeometric closed forms of Fader & Hardie (2010), for the BdW
by summing its survival series (S(t) <= 1, so the rest after 4,000 terms is below 1.1^-4000 * 11).

Run: python3 -m pip install mpmath  (1.3 or later), then
     python3 tests/reference/retention_mpmath.py
and compare with the figures pasted into tests/retention.rs.

    S(t)     = B(alpha, beta + t^c) / B(alpha, beta)          (c = 1: the sBG)
    P(T = t) = S(t - 1) - S(t)
    LL       = sum_{t=1..7} (n_{t-1} - n_t) ln P(T = t) + n_7 ln S(7)
    DEL      = sum_{t>=0} S(t) / (1+d)^t                  = 2F1(1, beta; alpha+beta; 1/(1+d))
    DERL(n)  = sum_{t>n} S(t)/S(n) / (1+d)^(t-n-1)        = (beta+n)/(alpha+beta+n)
                                                             * 2F1(1, beta+n+1; alpha+beta+n+1; 1/(1+d))
"""

import csv
import os

import mpmath
from mpmath import mp, mpf

mp.dps = 50

HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "..", "fixtures", "cohorts", "fader_hardie_2007.csv"), newline="") as f:
    rows = list(csv.DictReader(f))
DATA = {name: [int(r[name]) for r in rows] for name in ("regular", "high_end")}


def survival(alpha, beta, c, t):
    alpha, beta, c = mpf(alpha), mpf(beta), mpf(c)
    return mpmath.beta(alpha, beta + mpf(t) ** c) / mpmath.beta(alpha, beta)


def log_likelihood(alpha, beta, c, n):
    ll = mpf(0)
    for t in range(1, len(n)):
        p = survival(alpha, beta, c, t - 1) - survival(alpha, beta, c, t)
        ll += (n[t - 1] - n[t]) * mpmath.log(p)
    return ll + n[-1] * mpmath.log(survival(alpha, beta, c, len(n) - 1))


def show(label, value):
    print(f"{label}: {mpmath.nstr(value, 17)}")


print("mpmath", mpmath.__version__)
years_1_7 = {name: n[:8] for name, n in DATA.items()}
# sBG at the published fits; BdW at c = 1 (the same) and at other points.
show("sBG LL regular (0.704, 1.182)", log_likelihood("0.704", "1.182", 1, years_1_7["regular"]))
show("sBG LL high_end (0.668, 3.806)", log_likelihood("0.668", "3.806", 1, years_1_7["high_end"]))
show("BdW LL regular (0.704, 1.182, 1)", log_likelihood("0.704", "1.182", "1", years_1_7["regular"]))
show("BdW LL regular (0.5, 0.8, 1.3)", log_likelihood("0.5", "0.8", "1.3", years_1_7["regular"]))
show("BdW LL high_end (0.2, 1.4, 1.7)", log_likelihood("0.2", "1.4", "1.7", years_1_7["high_end"]))
show("BdW LL high_end (1.5, 6, 0.6)", log_likelihood("1.5", "6", "0.6", years_1_7["high_end"]))
show("BdW LL regular years 0-12 (0.5, 0.87, 1.2)", log_likelihood("0.5", "0.87", "1.2", DATA["regular"]))

for name, (a, b) in {"regular": ("0.704", "1.182"), "high_end": ("0.668", "3.806")}.items():
    projected = [1000 * survival(a, b, 1, t) for t in range(8, 13)]
    print(f"sBG projected survivors {name} years 8-12:", ", ".join(mpmath.nstr(p, 17) for p in projected))

d = mpf("0.1")
x = 1 / (1 + d)
for name, (a, b) in {"regular": ("0.704", "1.182"), "high_end": ("0.668", "3.806")}.items():
    a, b = mpf(a), mpf(b)
    show(f"sBG DEL {name} d=0.1", mpmath.hyp2f1(1, b, a + b, x))
    for n in (0, 7):
        show(f"sBG DERL {name} d=0.1 n={n}", (b + n) / (a + b + n) * mpmath.hyp2f1(1, b + n + 1, a + b + n + 1, x))

# BdW lifetimes by the series.
a, b, c = mpf("0.2"), mpf("1.4"), mpf("1.7")
s = [survival(a, b, c, t) for t in range(0, 4008)]
show("BdW DEL (0.2, 1.4, 1.7) d=0.1", mpmath.fsum(s[t] * x**t for t in range(0, 4000)))
show("BdW DERL (0.2, 1.4, 1.7) d=0.1 n=7", mpmath.fsum(s[t] / s[7] * x ** (t - 8) for t in range(8, 4008)))

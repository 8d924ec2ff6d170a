"""Reference figures for tests/btyd_models.rs: MBG/NBD and BG/BB fits, purchase probabilities and
standard errors.

Run from the repository root, with mpmath and lifetimes 0.11.3 installed:

    python3 tests/reference/btyd_models_mpmath.py

1. lifetimes fits MBG/NBD on the CDNOW calibration summary and BG/BB on donations.csv (an
   independent optimiser), and gives P(alive), expected purchases, DERT and P(X(t) = n) at the
   published parameters.
2. mpmath evaluates the log-likelihoods again, written out from the papers (Batislam, Denizel &
   Filiztekin 2007 eq. 4; Fader, Hardie & Lee 2005 eq. 6; Fader, Hardie & Shang 2010 eq. 5), at 40
   digits, and takes the Hessian by central differences at the lifetimes optimum; the standard
   errors are the square roots of the diagonal of the inverse of minus the Hessian.
"""

import csv
import warnings
from collections import Counter

import mpmath as mp
import numpy as np
import pandas as pd
from lifetimes import BetaGeoBetaBinomFitter, BetaGeoFitter, GammaGammaFitter, ModifiedBetaGeoFitter, ParetoNBDFitter

warnings.simplefilter("ignore")
mp.mp.dps = 40


def cdnow_rows():
    rows = Counter()
    with open("tests/fixtures/cdnow/cdnow_customers_summary_with_transactions.csv") as f:
        for r in csv.DictReader(f):
            rows[(int(r["x"]), mp.mpf(r["t_x"]), mp.mpf(r["T"]))] += 1
    return rows


def donation_rows():
    with open("tests/fixtures/donations/donations.csv") as f:
        return [(int(r["frequency"]), int(r["recency"]), int(r["periods"]), int(r["weights"])) for r in csv.DictReader(f)]


def lnB(a, b):
    return mp.loggamma(a) + mp.loggamma(b) - mp.loggamma(a + b)


def ll_mbgnbd(p, rows):
    r, alpha, a, b = p
    total = mp.mpf(0)
    for (x, tx, T), w in rows.items():
        head = mp.loggamma(r + x) - mp.loggamma(r) + r * mp.log(alpha)
        alive = mp.exp(lnB(a, b + x + 1) - lnB(a, b) - (r + x) * mp.log(alpha + T))
        dead = mp.exp(lnB(a + 1, b + x) - lnB(a, b) - (r + x) * mp.log(alpha + tx))
        total += w * (head + mp.log(alive + dead))
    return total


def ll_bgnbd(p, rows):
    r, alpha, a, b = p
    total = mp.mpf(0)
    for (x, tx, T), w in rows.items():
        head = mp.loggamma(r + x) - mp.loggamma(r) + r * mp.log(alpha)
        alive = mp.exp(lnB(a, b + x) - lnB(a, b) - (r + x) * mp.log(alpha + T))
        dead = mp.exp(lnB(a + 1, b + x - 1) - lnB(a, b) - (r + x) * mp.log(alpha + tx)) if x > 0 else 0
        total += w * (head + mp.log(alive + dead))
    return total


def ll_gamma_gamma(v, rows):
    # Fader & Hardie (2013), the density of the mean z of x transactions.
    p, q, g = v
    total = mp.mpf(0)
    for x, z in rows:
        x, z = mp.mpf(x), mp.mpf(z)
        total += (mp.loggamma(p * x + q) - mp.loggamma(p * x) - mp.loggamma(q) + q * mp.log(g) + (p * x - 1) * mp.log(z)
                  + p * x * mp.log(x) - (p * x + q) * mp.log(g + x * z))
    return total


def ll_bgbb(p, rows):
    al, be, ga, de = p
    total = mp.mpf(0)
    for x, tx, n, w in rows:
        l = mp.exp(lnB(al + x, be + n - x) - lnB(al, be) + lnB(ga, de + n) - lnB(ga, de))
        for i in range(n - tx):
            l += mp.exp(lnB(al + x, be + tx - x + i) - lnB(al, be) + lnB(ga + 1, de + tx + i) - lnB(ga, de))
        total += w * mp.log(l)
    return total


def standard_errors(ll, p, rows):
    p = [mp.mpf(v) for v in p]
    k = len(p)
    h = [mp.mpf("1e-5") * v for v in p]

    def at(steps):
        q = list(p)
        for i, d in steps:
            q[i] += d
        return ll(q, rows)

    f0 = ll(p, rows)
    H = mp.matrix(k, k)
    for i in range(k):
        H[i, i] = (at([(i, h[i])]) - 2 * f0 + at([(i, -h[i])])) / h[i] ** 2
        for j in range(i):
            v = (at([(i, h[i]), (j, h[j])]) - at([(i, h[i]), (j, -h[j])]) - at([(i, -h[i]), (j, h[j])])
                 + at([(i, -h[i]), (j, -h[j])])) / (4 * h[i] * h[j])
            H[i, j] = H[j, i] = v
    cov = (-H) ** -1
    return [mp.sqrt(cov[i, i]) for i in range(k)], f0


def main():
    cd = pd.read_csv("tests/fixtures/cdnow/cdnow_customers_summary_with_transactions.csv")
    rows = cdnow_rows()

    mbg = ModifiedBetaGeoFitter().fit(cd["x"], cd["t_x"], cd["T"])
    p = [mbg.params_[k] for k in ("r", "alpha", "a", "b")]
    se, ll = standard_errors(ll_mbgnbd, p, rows)
    print("MBG/NBD (lifetimes fit):", [f"{v:.7g}" for v in p], "LL (mpmath)", mp.nstr(ll, 12))
    print("MBG/NBD SE (mpmath Hessian):", [mp.nstr(v, 6) for v in se])

    bg = BetaGeoFitter().fit(cd["x"], cd["t_x"], cd["T"])
    pb = [bg.params_[k] for k in ("r", "alpha", "a", "b")]
    se, ll = standard_errors(ll_bgnbd, pb, rows)
    print("BG/NBD (lifetimes fit):", [f"{v:.7g}" for v in pb], "LL (mpmath)", mp.nstr(ll, 12))
    print("BG/NBD SE (mpmath Hessian):", [mp.nstr(v, 6) for v in se])

    rep = cd[cd["x"] > 0]
    gg = GammaGammaFitter().fit(rep["x"], rep["zbar"])
    pg = [gg.params_[k] for k in ("p", "q", "v")]
    spend_rows = [(int(x), mp.mpf(str(z))) for x, z in zip(rep["x"], rep["zbar"])]
    se, ll = standard_errors(ll_gamma_gamma, pg, spend_rows)
    print("Gamma-Gamma (lifetimes fit):", [f"{v:.7g}" for v in pg], "LL (mpmath)", mp.nstr(ll, 12))
    print("Gamma-Gamma SE (mpmath Hessian):", [mp.nstr(v, 6) for v in se])

    don = pd.read_csv("tests/fixtures/donations/donations.csv")
    bb = BetaGeoBetaBinomFitter().fit(don["frequency"], don["recency"], don["periods"], weights=don["weights"])
    q = [bb.params_[k] for k in ("alpha", "beta", "gamma", "delta")]
    se, ll = standard_errors(ll_bgbb, q, donation_rows())
    print("BG/BB (lifetimes fit):", [f"{v:.7g}" for v in q], "LL (mpmath)", mp.nstr(ll, 12))
    print("BG/BB SE (mpmath Hessian):", [mp.nstr(v, 6) for v in se])

    # At the published BG/BB parameters.
    pub = BetaGeoBetaBinomFitter()
    pub.params_ = pd.Series({"alpha": 1.204, "beta": 0.750, "gamma": 0.657, "delta": 2.783})
    for x, tx in [(0, 0), (2, 4), (6, 6)]:
        h = (np.array([x]), np.array([tx]), np.array([6]))
        a = pub.conditional_probability_alive(1, *h)
        e = pub.conditional_expected_number_of_purchases_up_to_time(5, *h)
        print(f"BG/BB published ({x},{tx},6): P(alive next) {float(np.squeeze(a)):.10f} E[5 next] {float(np.squeeze(e)):.10f}")
    # DERT at d = 0.1 (FHS 2010 eq. 14) written out in mpmath.
    al, be, ga, de = [mp.mpf(v) for v in ("1.204", "0.750", "0.657", "2.783")]
    for x, tx in [(0, 0), (2, 4), (6, 6)]:
        n, d = 6, mp.mpf("0.1")
        l = mp.exp(ll_bgbb((al, be, ga, de), [(x, tx, n, 1)]))
        v = mp.exp(lnB(al + x + 1, be + n - x) - lnB(al, be) + lnB(ga, de + n + 1) - lnB(ga, de)) / (1 + d)
        v *= mp.hyp2f1(1, de + n + 1, ga + de + n + 1, 1 / (1 + d)) / l
        print(f"BG/BB published ({x},{tx},6): DERT(0.1) {mp.nstr(v, 12)}")

    # Probabilities at fixed published parameters.
    m = ModifiedBetaGeoFitter()
    m.params_ = pd.Series({"r": 0.525, "alpha": 6.183, "a": 0.891, "b": 1.614})
    b = BetaGeoFitter()
    b.params_ = pd.Series({"r": 0.243, "alpha": 4.414, "a": 0.793, "b": 2.426})
    pa = ParetoNBDFitter()
    pa.params_ = pd.Series({"r": 0.553, "alpha": 10.578, "s": 0.606, "beta": 11.669})
    for n in (0, 1, 2, 5):
        print(f"P(X(39) = {n}) MBG/NBD {float(m.probability_of_n_purchases_up_to_time(39, n)):.10f}"
              f" BG/NBD {float(b.probability_of_n_purchases_up_to_time(39, n)):.10f}")
    for n in (0, 1, 2):
        v = pa.conditional_probability_of_n_purchases_up_to_time(n, 39, 2, 30.43, 38.86)
        print(f"Pareto/NBD P(Y(39) = {n} | 2, 30.43, 38.86) {float(np.squeeze(v)):.10f}")
    print("MBG/NBD P(alive | 0, 0, 38.86)", float(np.squeeze(m.conditional_probability_alive(0, 0, 38.86))))
    print("MBG/NBD E[Y(39) | 2, 30.43, 38.86]", float(np.squeeze(m.conditional_expected_number_of_purchases_up_to_time(39, 2, 30.43, 38.86))))


if __name__ == "__main__":
    main()

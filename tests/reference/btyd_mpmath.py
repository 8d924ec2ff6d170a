"""Reference values for the purchase models, evaluated at 50 significant digits with mpmath from
the papers' formulas, independently of this project's code (no series, transformation or
log-space trick of `src/engine/` is reused).

    python3 -m pip install mpmath
    python3 tests/reference/btyd_mpmath.py

The figures it prints are pasted into `tests/btyd_references.rs`, where they are cited.

Formulas:
- BG/NBD (Fader, Hardie & Lee 2005, eqs. 6, 9, 10; P(alive) from their 2008 note):
  E[X(t)] = (a+b-1)/(a-1) [1 - (alpha/(alpha+t))^r 2F1(r, b; a+b-1; t/(alpha+t))]; at a + b = 1
  the limit c 2F1(r, b; c; z) -> r b z 2F1(r+1, b+1; 2; z) as c = a+b-1 -> 0 (A&S 15.1.2).
- Pareto/NBD (Schmittlein, Morrison & Colombo 1987; Fader & Hardie 2005 note 009): the likelihood
  as the integral over the death time,
  L = G(r+x) alpha^r beta^s / G(r) [ (alpha+T)^-(r+x) (beta+T)^-s
        + s Int_{t_x}^{T} (alpha+y)^-(r+x) (beta+y)^-(s+1) dy ],
  by numerical quadrature (so not through 2F1 at all), P(alive) = the first term / the bracket,
  E[Y(t)] = (r+x)(beta+T)/((alpha+T)(s-1)) [1 - ((beta+T)/(beta+T+t))^(s-1)] P(alive).
- Log-likelihoods over the CDNOW calibration summary (`tests/fixtures/cdnow/`) at the parameters
  lifetimes 0.11.3 fits (fixture README), the Pareto/NBD one through mpmath's hyp2f1 (note 009).
"""

import csv
import os

from mpmath import mp, mpf, gamma, loggamma, beta as B, hyp2f1, quad, log, exp

mp.dps = 50

HERE = os.path.dirname(os.path.abspath(__file__))
SUMMARY = os.path.join(HERE, "..", "fixtures", "cdnow", "cdnow_customers_summary_with_transactions.csv")

BG = dict(r=mpf("0.2425929"), alpha=mpf("4.413532"), a=mpf("0.7928860"), b=mpf("2.425752"))
PARETO = dict(r=mpf("0.5532736"), alpha=mpf("10.57760"), s=mpf("0.6062582"), beta=mpf("11.66933"))


def bg_p_alive(p, x, tx, T):
    if x == 0:
        return mpf(1)
    r, al, a, b = p["r"], p["alpha"], p["a"], p["b"]
    return 1 / (1 + a / (b + x - 1) * ((al + T) / (al + tx)) ** (r + x))


def bg_c_times_f(a_, b_, c, z):
    """c * 2F1(a_, b_; c; z), with its limit at c = 0."""
    if c == 0:
        return a_ * b_ * z * hyp2f1(a_ + 1, b_ + 1, 2, z)
    return c * hyp2f1(a_, b_, c, z)


def bg_new(p, t):
    r, al, a, b = p["r"], p["alpha"], p["a"], p["b"]
    t = mpf(t)
    c = a + b - 1
    return (c - (al / (al + t)) ** r * bg_c_times_f(r, b, c, t / (al + t))) / (a - 1)


def bg_conditional(p, t, x, tx, T):
    r, al, a, b = p["r"], p["alpha"], p["a"], p["b"]
    t, tx, T = mpf(t), mpf(tx), mpf(T)
    c = a + b + x - 1
    z = t / (al + T + t)
    bracket = c - ((al + T) / (al + T + t)) ** (r + x) * bg_c_times_f(r + x, b + x, c, z)
    return bracket / (a - 1) * bg_p_alive(p, x, tx, T)


def bg_ll(p, x, tx, T):
    r, al, a, b = p["r"], p["alpha"], p["a"], p["b"]
    head = gamma(r + x) * al**r / gamma(r)
    l = B(a, b + x) / B(a, b) * head / (al + T) ** (r + x)
    if x > 0:
        l += B(a + 1, b + x - 1) / B(a, b) * head / (al + tx) ** (r + x)
    return log(l)


def pareto_parts(p, x, tx, T):
    """(ln L, P(alive)) by quadrature of the death-time integral."""
    r, al, s, be = p["r"], p["alpha"], p["s"], p["beta"]
    tx, T = mpf(tx), mpf(T)
    ln_head = loggamma(r + x) - loggamma(r) + r * log(al) + s * log(be)
    alive = (al + T) ** -(r + x) * (be + T) ** -s
    if tx < T:
        f = lambda y: (al + y) ** -(r + x) * (be + y) ** -(s + 1)
        # 256 pieces of Gauss-Legendre: the integrand falls like (alpha+y)^-(r+x), steeply for heavy buyers.
        pts = [tx + (T - tx) * k / 256 for k in range(257)]
        dead = s * quad(f, pts, method="gauss-legendre")
    else:
        dead = mpf(0)
    return ln_head + log(alive + dead), alive / (alive + dead)


def pareto_ll_hyp(p, x, tx, T):
    """ln L through the two-branch 2F1 form of note 009 (mpmath's hyp2f1)."""
    r, al, s, be = p["r"], p["alpha"], p["s"], p["beta"]
    tx, T = mpf(tx), mpf(T)
    rho = r + s + x
    if al >= be:
        F = lambda y: hyp2f1(rho, s + 1, rho + 1, (al - be) / (al + y)) / (al + y) ** rho
    else:
        F = lambda y: hyp2f1(rho, r + x, rho + 1, (be - al) / (be + y)) / (be + y) ** rho
    a0 = F(tx) - F(T)
    l = gamma(r + x) * al**r * be**s / gamma(r) * (1 / ((al + T) ** (r + x) * (be + T) ** s) + s / rho * a0)
    return log(l)


def pareto_conditional(p, t, x, tx, T):
    r, al, s, be = p["r"], p["alpha"], p["s"], p["beta"]
    t, T = mpf(t), mpf(T)
    _, pa = pareto_parts(p, x, tx, T)
    return (r + x) * (be + T) / ((al + T) * (s - 1)) * (1 - ((be + T) / (be + T + t)) ** (s - 1)) * pa


def pareto_new(p, t):
    r, al, s, be = p["r"], p["alpha"], p["s"], p["beta"]
    t = mpf(t)
    return r * be / (al * (s - 1)) * (1 - (be / (be + t)) ** (s - 1))


def n(v, d=17):
    return mp.nstr(v, d)


def main():
    print("Heavy buyers (CLVTools issue #100), Pareto/NBD at lifetimes' CDNOW fit: P(alive), E[Y(52)]")
    heavy = [(221, "103.43", "103.57"), (254, "100", "104"), (161, "80", "104"), (204, "52", "104")]
    for x, tx, T in heavy:
        ll, pa = pareto_parts(PARETO, x, tx, T)
        check = pareto_ll_hyp(PARETO, x, tx, T)
        assert abs(ll - check) < mpf(10) ** -15, (ll, check)  # quadrature against 2F1
        print("  (%d, %s, %s): P(alive) %s, E[Y(52)] %s, ln L %s" % (x, tx, T, n(pa), n(pareto_conditional(PARETO, 52, x, tx, T)), n(ll)))
    print("Heavy buyers, BG/NBD at lifetimes' CDNOW fit: P(alive), E[Y(52)]")
    for x, tx, T in heavy:
        print("  (%d, %s, %s): P(alive) %s, E[Y(52)] %s, ln L %s" % (
            x, tx, T, n(bg_p_alive(BG, x, mpf(tx), mpf(T))), n(bg_conditional(BG, 52, x, tx, T)), n(bg_ll(BG, x, mpf(tx), mpf(T)))))

    print("\nPareto/NBD with beta/alpha above 100 (r, s of the CDNOW fit): P(alive), E[Y(10)], ln L")
    for al, be in [("0.1", "15"), ("0.02", "11.66933"), ("0.01", "10")]:
        p = dict(PARETO, alpha=mpf(al), beta=mpf(be))
        for x, tx, T in [(0, "0", "39"), (0, "0", "1"), (3, "20", "39")]:
            ll, pa = pareto_parts(p, x, tx, T)
            print("  alpha %s beta %s (%d, %s, %s): %s, %s, %s" % (al, be, x, tx, T, n(pa), n(pareto_conditional(p, 10, x, tx, T)), n(ll)))

    print("\nBG/NBD with a + b <= 1 (r, alpha of the CDNOW fit): P(alive), E[Y(39)] for (2, 30.43, 38.86), (0, 0, 38.86); E[X(39)]")
    for a, b in [("0.3", "0.5"), ("0.5", "0.5"), ("0.2", "0.8"), ("0.9", "0.05")]:
        p = dict(BG, a=mpf(a), b=mpf(b))
        print("  a %s b %s: %s, %s, %s; %s" % (a, b, n(bg_p_alive(p, 2, mpf("30.43"), mpf("38.86"))),
                                           n(bg_conditional(p, 39, 2, "30.43", "38.86")),
                                           n(bg_conditional(p, 39, 0, "0", "38.86")), n(bg_new(p, 39))))

    print("\nShort horizons at lifetimes' CDNOW fits: E[X(t)], E[Y(t) | 2, 30.43, 38.86]")
    for t in ["1e-12", "1e-9", "1e-6", "39"]:
        print("  t = %s: BG/NBD %s, %s; Pareto/NBD %s, %s" % (
            t, n(bg_new(BG, t)), n(bg_conditional(BG, t, 2, "30.43", "38.86")),
            n(pareto_new(PARETO, t)), n(pareto_conditional(PARETO, t, 2, "30.43", "38.86"))))

    print("\nUnit tests (src/engine/btyd/bgnbd.rs, pareto.rs), lifetimes' CDNOW fits")
    x, tx, T = 221, mpf("103.43"), mpf("103.57")
    print("  BG/NBD (221, 103.43, 103.57): E[Y(1)] %s, E[Y(39)] %s, E[Y(520)] %s; P(alive | 221, 5, 103.57) %s" % (
        n(bg_conditional(BG, 1, x, tx, T)), n(bg_conditional(BG, 39, x, tx, T)), n(bg_conditional(BG, 520, x, tx, T)),
        n(bg_p_alive(BG, x, mpf(5), T))))
    # a = 1: the limit of (a+b-1)/(a-1) [..] as a -> 1, from both sides at 1e-30 (exact to ~1e-30).
    eps = mpf(10) ** -30
    lim = (bg_new(dict(BG, a=1 - eps), 39) + bg_new(dict(BG, a=1 + eps), 39)) / 2
    print("  BG/NBD a = 1: E[X(39)] %s" % n(lim))
    q = dict(PARETO, alpha=mpf(20), beta=mpf(3))
    _, pa = pareto_parts(q, x, tx, T)
    print("  Pareto/NBD alpha 20 beta 3 (221, 103.43, 103.57): P(alive) %s, E[Y(39)] %s" % (n(pa), n(pareto_conditional(q, 39, x, tx, T))))
    print("  Pareto/NBD (221, 103.43, 103.57): E[Y(39)] %s" % n(pareto_conditional(PARETO, 39, x, tx, T)))
    # s = 1: E[X(t)] = r beta / alpha ln(1 + t/beta).
    print("  Pareto/NBD s = 1: E[X(39)] %s" % n(PARETO["r"] * PARETO["beta"] / PARETO["alpha"] * log(1 + 39 / PARETO["beta"])))

    rows = {}
    with open(SUMMARY) as f:
        for row in csv.DictReader(f):
            key = (int(row["x"]), row["t_x"], row["T"])
            rows[key] = rows.get(key, 0) + 1
    bg_total = sum(w * bg_ll(BG, x, mpf(tx), mpf(T)) for (x, tx, T), w in rows.items())
    pa_total = sum(w * pareto_ll_hyp(PARETO, x, tx, T) for (x, tx, T), w in rows.items())
    print("\nCDNOW log-likelihood (%d customers) at lifetimes' fits: BG/NBD %s, Pareto/NBD %s"
          % (sum(rows.values()), n(bg_total), n(pa_total)))


if __name__ == "__main__":
    main()

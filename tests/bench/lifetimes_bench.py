"""Fit Python `lifetimes` (BG/NBD, Pareto/NBD, Gamma-Gamma, MBG/NBD) on the CDNOW calibration
summary, and BG/BB on donations.csv.

Usage: python lifetimes_bench.py SUMMARY_CSV [RUNS] [DONATIONS_CSV]
(DONATIONS_CSV defaults to tests/fixtures/donations/donations.csv next to this script's tests/.)
Prints one JSON object: per model the median/min/max wall time in ms over RUNS fits and the
fitted parameters (lifetimes' own names mapped to ours).
"""
import json
import statistics
import sys
import time
import warnings

import lifetimes
import pandas as pd
import os

from lifetimes import BetaGeoBetaBinomFitter, BetaGeoFitter, GammaGammaFitter, ModifiedBetaGeoFitter, ParetoNBDFitter

warnings.filterwarnings("ignore")


def timed(fit, runs):
    times, last = [], None
    for _ in range(runs):
        start = time.perf_counter()
        last = fit()
        times.append((time.perf_counter() - start) * 1000.0)
    return {
        "runs": runs,
        "median_ms": statistics.median(times),
        "min_ms": min(times),
        "max_ms": max(times),
    }, last


def main():
    path = sys.argv[1]
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    df = pd.read_csv(path)
    x, t_x, T, zbar = df["x"], df["t_x"], df["T"], df["zbar"]
    repeat = df[df["x"] > 0]
    out = {"lifetimes": lifetimes.__version__, "python": sys.version.split()[0],
           "numpy": __import__("numpy").__version__, "scipy": __import__("scipy").__version__,
           "pandas": pd.__version__}

    t, m = timed(lambda: BetaGeoFitter(penalizer_coef=0.0).fit(x, t_x, T), runs)
    p = m.params_
    out["bgnbd"] = dict(t, params={"r": p["r"], "alpha": p["alpha"], "a": p["a"], "b": p["b"]})

    t, m = timed(lambda: ParetoNBDFitter(penalizer_coef=0.0).fit(x, t_x, T), runs)
    p = m.params_
    out["pareto_nbd"] = dict(t, params={"r": p["r"], "alpha": p["alpha"], "s": p["s"], "beta": p["beta"]})

    t, m = timed(lambda: GammaGammaFitter(penalizer_coef=0.0).fit(repeat["x"], repeat["zbar"]), runs)
    p = m.params_
    out["gamma_gamma"] = dict(t, params={"p": p["p"], "q": p["q"], "gamma": p["v"]})

    t, m = timed(lambda: ModifiedBetaGeoFitter(penalizer_coef=0.0).fit(x, t_x, T), runs)
    p = m.params_
    out["mbgnbd"] = dict(t, params={"r": p["r"], "alpha": p["alpha"], "a": p["a"], "b": p["b"]})

    here = os.path.dirname(os.path.abspath(__file__))
    donations = sys.argv[3] if len(sys.argv) > 3 else os.path.join(here, "..", "fixtures", "donations", "donations.csv")
    d = pd.read_csv(donations)
    t, m = timed(lambda: BetaGeoBetaBinomFitter(penalizer_coef=0.0).fit(d["frequency"], d["recency"], d["periods"],
                                                                           weights=d["weights"]), runs)
    p = m.params_
    out["bgbb"] = dict(t, params={"alpha": p["alpha"], "beta": p["beta"], "gamma": p["gamma"], "delta": p["delta"]})

    print(json.dumps(out))


if __name__ == "__main__":
    main()

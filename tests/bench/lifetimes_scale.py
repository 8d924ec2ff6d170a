"""The pipeline at scale in Python `lifetimes`: the same generated histories as the native and
browser runs (written by `cargo bench --features bench --bench engine -- scale`, described in
`target/bench/scale-data.json`), through the same stages.

Usage: python lifetimes_scale.py SCALE_DATA_JSON [--cap-s SECONDS] [--only NAME]

Per history, in a child process of its own (so that its peak memory, ru_maxrss, is its own):
  read             pandas.read_csv of the file
  summary          lifetimes.utils.summary_data_from_transaction_data(..., freq="D",
                   freq_multiplier=7, observation_period_end=<the history's last day>): frequency
                   = purchase days after the first, recency and T in weeks, monetary_value = mean
                   of the repeat purchase days' totals (the Rust summary's definitions)
  fit_bgnbd        BetaGeoFitter(penalizer_coef=0).fit
  fit_gamma_gamma  GammaGammaFitter(penalizer_coef=0).fit on the repeat buyers
  customer_values  conditional_probability_alive, conditional_expected_number_of_purchases_up_to_time
                   (12 × 4.345 weeks), conditional_expected_average_profit and
                   customer_lifetime_value(time=12, discount_rate=0.01, freq="W") of every customer
  fit_pareto_nbd   ParetoNBDFitter(penalizer_coef=0).fit (last: it is the slow one)

Each stage gets at most --cap-s seconds (default 600): a stage still running then is stopped and
reported as {"status": "timeout"}; a stage whose time projected from the previous (smaller)
history exceeds the cap is not started ({"status": "skipped", "projected_s": ...}). Prints one
JSON object.
"""
import json
import os
import queue
import resource
import subprocess
import sys
import tempfile
import threading
import time

STAGES = ["read", "summary", "fit_bgnbd", "fit_gamma_gamma", "customer_values", "fit_pareto_nbd"]
# What a stage's time grows with, to project it from a smaller history.
GROWS_WITH = {"read": "rows", "summary": "rows"}
# What a stage needs from earlier stages.
DEPENDS = {"summary": ["read"], "fit_bgnbd": ["summary"], "fit_gamma_gamma": ["summary"],
           "customer_values": ["fit_bgnbd", "fit_gamma_gamma"], "fit_pareto_nbd": ["summary"]}


def peak_rss_kb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kB on Linux


def emit(obj):
    sys.stdout.write(json.dumps(obj) + "\n")
    sys.stdout.flush()


def child(path, observation_end, clv, skip):
    import warnings

    warnings.filterwarnings("ignore")
    import numpy as np
    import pandas as pd
    from lifetimes import BetaGeoFitter, GammaGammaFitter, ParetoNBDFitter
    from lifetimes.utils import summary_data_from_transaction_data

    state = {}

    def stage(name, f):
        if name in skip:
            return
        emit({"event": "start", "stage": name})
        start = time.perf_counter()
        result = f()
        ms = (time.perf_counter() - start) * 1000.0
        emit({"event": "done", "stage": name, "ms": ms, "peak_rss_kb": peak_rss_kb(), "result": result})

    def read():
        state["df"] = pd.read_csv(path)
        return {"rows": len(state["df"])}

    def summary():
        s = summary_data_from_transaction_data(
            state["df"], "customer", "date", monetary_value_col="amount", datetime_format="%Y-%m-%d",
            observation_period_end=observation_end, freq="D", freq_multiplier=7)
        state["s"] = s
        return {"customers": len(s), "repeat_buyers": int((s["frequency"] > 0).sum())}

    def fit_bgnbd():
        s = state["s"]
        m = BetaGeoFitter(penalizer_coef=0.0).fit(s["frequency"], s["recency"], s["T"])
        state["bg"] = m
        p = m.params_
        # (lifetimes fits on rescaled times, so its log-likelihood is not comparable: left out.)
        return {"r": p["r"], "alpha": p["alpha"], "a": p["a"], "b": p["b"]}

    def fit_gamma_gamma():
        s = state["s"]
        rep = s[(s["frequency"] > 0) & (s["monetary_value"] > 0)]
        m = GammaGammaFitter(penalizer_coef=0.0).fit(rep["frequency"], rep["monetary_value"])
        state["gg"] = m
        p = m.params_
        return {"p": p["p"], "q": p["q"], "gamma": p["v"], "log_likelihood": -m._negative_log_likelihood_ * len(rep)}

    def customer_values():
        s, bg, gg = state["s"], state["bg"], state["gg"]
        x, t_x, T, m = s["frequency"], s["recency"], s["T"], s["monetary_value"]
        horizon = clv["periods"] * clv["period_length"]
        times = {}

        def part(name, f):
            start = time.perf_counter()
            v = f()
            times[name] = (time.perf_counter() - start) * 1000.0
            return np.asarray(v, dtype=float)

        alive = part("p_alive", lambda: bg.conditional_probability_alive(x, t_x, T))
        purchases = part("expected_purchases", lambda: bg.conditional_expected_number_of_purchases_up_to_time(horizon, x, t_x, T))
        spend = part("expected_spend", lambda: gg.conditional_expected_average_profit(x, m))
        value = part("clv", lambda: gg.customer_lifetime_value(bg, x, t_x, T, m, time=clv["periods"],
                                                               discount_rate=clv["discount_rate"], freq="W"))
        n = len(s)
        ids = [f"C{i:07d}" for i in (0, n // 2, n - 1)]
        pos = {c: i for i, c in enumerate(s.index)}
        samples = {}
        for c in ids:
            if c in pos:
                i = pos[c]
                samples[c] = {"frequency": float(x.iloc[i]), "recency": float(t_x.iloc[i]), "T": float(T.iloc[i]),
                              "monetary": float(m.iloc[i]), "p_alive": alive[i], "expected_purchases": purchases[i],
                              "expected_spend": spend[i], "clv": value[i]}
        return {"parts_ms": times,
                "sums": {"p_alive": alive.sum(), "expected_purchases": purchases.sum(),
                         "expected_spend": spend.sum(), "clv": value.sum()},
                "samples": samples}

    def fit_pareto_nbd():
        s = state["s"]
        m = ParetoNBDFitter(penalizer_coef=0.0).fit(s["frequency"], s["recency"], s["T"])
        p = m.params_
        return {"r": p["r"], "alpha": p["alpha"], "s": p["s"], "beta": p["beta"]}

    emit({"event": "begin", "peak_rss_kb": peak_rss_kb()})
    for name, f in [("read", read), ("summary", summary), ("fit_bgnbd", fit_bgnbd),
                    ("fit_gamma_gamma", fit_gamma_gamma), ("customer_values", customer_values),
                    ("fit_pareto_nbd", fit_pareto_nbd)]:
        stage(name, f)
    emit({"event": "end", "peak_rss_kb": peak_rss_kb()})


def run_size(file, cap_s, previous):
    """Run one history in a child process, stage by stage under the cap."""
    out = {"name": file["name"], "rows": file["rows"], "customers": file["customers"], "stages": {}}
    skip = []
    for st in STAGES:
        prev = previous["stages"].get(st, {}) if previous else {}
        missing = [d for d in DEPENDS.get(st, []) if d in skip]
        if missing:
            skip.append(st)
            out["stages"][st] = {"status": "skipped", "reason": f"needs {', '.join(missing)}"}
        elif prev.get("status") == "ok":
            key = GROWS_WITH.get(st, "customers")
            projected = prev["ms"] / 1000.0 * file[key] / previous[key]
            if projected > cap_s:
                skip.append(st)
                out["stages"][st] = {"status": "skipped", "projected_s": projected,
                                     "reason": f"projected {projected:.0f} s from the {previous['name']} history "
                                               f"exceeds the {cap_s:.0f} s cap"}
        elif prev.get("status") in ("timeout", "skipped"):
            skip.append(st)
            out["stages"][st] = {"status": "skipped", "reason": f"did not finish on the smaller {previous['name']} history"}
    cmd = [sys.executable, os.path.abspath(__file__), "--child", file["path"], file["observation_end"],
           json.dumps(file["clv"]), ",".join(skip)]
    errors = tempfile.TemporaryFile(mode="w+")
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=errors, text=True)
    lines = queue.Queue()

    def pump():
        for line in proc.stdout:
            lines.put(line)
        lines.put(None)

    threading.Thread(target=pump, daemon=True).start()
    current, started, killed = None, time.monotonic(), False
    while True:
        wait = None if current is None else max(0.0, cap_s - (time.monotonic() - started))
        try:
            line = lines.get(timeout=wait)
        except queue.Empty:
            proc.kill()
            killed = True
            out["stages"][current] = {"status": "timeout", "after_s": cap_s,
                                      "reason": f"did not finish in {cap_s:.0f} s"}
            sys.stderr.write(f"[lifetimes] {file['name']} {current}: did not finish in {cap_s:.0f} s, stopped\n")
            break
        if line is None:
            break
        ev = json.loads(line)
        if ev["event"] == "start":
            current, started = ev["stage"], time.monotonic()
        elif ev["event"] == "done":
            current = None
            out["stages"][ev["stage"]] = {"status": "ok", "ms": ev["ms"], "peak_rss_kb": ev["peak_rss_kb"], "result": ev["result"]}
            sys.stderr.write(f"[lifetimes] {file['name']} {ev['stage']}: {ev['ms']:.0f} ms\n")
        elif ev["event"] == "end":
            out["peak_rss_kb"] = ev["peak_rss_kb"]
    code = proc.wait()
    errors.seek(0)
    err = errors.read()
    if code != 0 and not killed:
        out["error"] = f"exit status {code}: {err.strip()[-2000:]}"
        if current is not None:
            out["stages"][current] = {"status": "error", "reason": out["error"]}
        sys.stderr.write(f"[lifetimes] {file['name']}: {out['error']}\n")
    peaks = [s.get("peak_rss_kb", 0) for s in out["stages"].values() if s.get("status") == "ok"]
    out.setdefault("peak_rss_kb", max(peaks, default=None))
    for st in STAGES:
        out["stages"].setdefault(st, {"status": "not run"})
    return out


def main():
    args = sys.argv[1:]
    if args and args[0] == "--child":
        path, end, clv, skip = args[1], args[2], json.loads(args[3]), [s for s in args[4].split(",") if s]
        child(path, end, clv, skip)
        return
    meta_path = args[0]
    cap_s = float(args[args.index("--cap-s") + 1]) if "--cap-s" in args else 600.0
    only = args[args.index("--only") + 1] if "--only" in args else None
    with open(meta_path) as f:
        meta = json.load(f)
    import lifetimes
    import numpy
    import pandas
    import scipy

    out = {"lifetimes": lifetimes.__version__, "python": sys.version.split()[0], "numpy": numpy.__version__,
           "scipy": scipy.__version__, "pandas": pandas.__version__, "cap_s": cap_s, "sizes": {}}
    previous = None
    for file in sorted(meta["files"], key=lambda f: f["rows"]):
        if only and file["name"] != only:
            continue
        r = run_size(file, cap_s, previous)
        out["sizes"][file["name"]] = r
        previous = r
    print(json.dumps(out))


if __name__ == "__main__":
    main()

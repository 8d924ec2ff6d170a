"""Reference figures for tests/retention.rs: Kaplan-Meier survival with 95% confidence bands
and the log-rank test, computed by lifelines on a fixed small data set.

Run: python3 -m pip install lifelines  (0.30.3 was used), then
     python3 tests/reference/kaplan_meier_lifelines.py
and compare with the figures pasted into tests/retention.rs.

lifelines' defaults are used: the survival function's confidence interval is the "exponential
Greenwood" (log(-log)) interval, exp(-exp(ln(-ln S) -/+ z*sqrt(V)/ln S)) with
V = sum d/(n(n-d)), z = 1.959963984540054 (95%); the median is the first time S(t) <= 0.5.
"""

import warnings

import lifelines
from lifelines import KaplanMeierFitter
from lifelines.statistics import logrank_test, multivariate_logrank_test

warnings.filterwarnings("ignore")

# The same data are written into tests/retention.rs (times in months, 1 = left, 0 = censored).
GROUPS = {
    "A": ([1, 2, 2, 3, 3, 4, 5, 5, 6, 8, 8, 9, 11, 12, 12, 15],
          [1, 1, 0, 1, 1, 0, 1, 1, 0, 1, 1, 0, 1, 0, 1, 0]),
    "B": ([2, 3, 4, 6, 6, 7, 9, 10, 12, 13, 14, 15, 16, 18],
          [1, 0, 1, 1, 0, 1, 0, 1, 1, 0, 1, 0, 0, 0]),
    "C": ([1, 1, 2, 3, 4, 4, 5, 6, 7, 8],
          [1, 1, 1, 0, 1, 1, 1, 0, 1, 1]),
}

print("lifelines", lifelines.__version__)
print("rows: (t, S, lower, upper)")
for name, (t, e) in GROUPS.items():
    kmf = KaplanMeierFitter().fit(t, event_observed=e)
    sf = kmf.survival_function_.iloc[:, 0]
    ci = kmf.confidence_interval_survival_function_
    print(f"group {name}: median {float(kmf.median_survival_time_)!r}")
    for time in sf.index:
        print(f"  ({float(time)!r}, {float(sf[time])!r}, {float(ci.iloc[:, 0][time])!r}, {float(ci.iloc[:, 1][time])!r}),")

(ta, ea), (tb, eb), (tc, ec) = GROUPS["A"], GROUPS["B"], GROUPS["C"]
two = logrank_test(ta, tb, event_observed_A=ea, event_observed_B=eb)
print(f"logrank A B: statistic {float(two.test_statistic)!r} p {float(two.p_value)!r}")
groups = ["A"] * len(ta) + ["B"] * len(tb) + ["C"] * len(tc)
three = multivariate_logrank_test(ta + tb + tc, groups, ea + eb + ec)
print(f"logrank A B C: statistic {float(three.test_statistic)!r} p {float(three.p_value)!r} df {int(three.degrees_of_freedom)!r}")

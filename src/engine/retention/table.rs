//! Cohort tables: customer retention per cohort and period, relative to the start and to the
//! previous period, and revenue retention (net and gross) when revenue is given.
//!
//! For a cohort with survivors n_t and revenue R_t (t = 0 the start):
//!
//! - retention since the start n_t / n_0, period retention n_t / n_{t−1};
//! - revenue retention since the start R_t / R_0;
//! - net revenue retention (NRR) of period t: R_t / R_{t−1} — what the cohort's customers pay now
//!   over what they paid a period before, with expansion, contraction and churn;
//! - gross revenue retention (GRR) of period t: min(R_t, R_{t−1}) / R_{t−1} — the same with
//!   expansion capped at the previous period's revenue, so it is never above 100%;
//!   GRR since the start chains the periods: Π_{k ≤ t} GRR_k.
//!
//! A cohort is closed (no customer joins it later), so its revenue now all comes from customers
//! it had a period before, as these definitions require (ChartMogul and Baremetrics define NRR
//! and GRR the same way on the MRR of the customers present at the start of the period; see
//! docs/retention.md). From a cohort's total alone expansion of one customer cannot be told from
//! contraction of another, so this GRR is an upper bound on the customer-by-customer figure.
//!
//! The **all cohorts** line pools the cohorts observed at each period: Σ n_t / Σ n_0 and
//! Σ n_t / Σ n_{t−1} over the cohorts that reached t (weighted by size), and likewise for revenue.

use serde::{Deserialize, Serialize};

use super::cohorts::Cohort;

/// The figures of one cohort (or of all pooled) at one period. Ratios are `None` where their
/// denominator is zero or the figure does not apply (t = 0 has no previous period).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PeriodFigures {
    pub survivors: f64,
    /// n_t / n_0.
    pub of_start: Option<f64>,
    /// n_t / n_{t−1}.
    pub of_previous: Option<f64>,
    pub revenue: Option<f64>,
    /// R_t / R_0.
    pub revenue_of_start: Option<f64>,
    /// Net revenue retention of the period, R_t / R_{t−1}.
    pub nrr: Option<f64>,
    /// Gross revenue retention of the period, min(R_t, R_{t−1}) / R_{t−1}.
    pub grr: Option<f64>,
    /// Gross revenue retention since the start: the product of the periods' GRR.
    pub grr_of_start: Option<f64>,
}

/// One cohort's line of the table.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CohortLine {
    pub name: String,
    pub periods: Vec<PeriodFigures>,
}

/// The cohort table: a line per cohort and the pooled line.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CohortTable {
    pub lines: Vec<CohortLine>,
    /// All cohorts pooled, as long as the longest cohort.
    pub all: Vec<PeriodFigures>,
}

fn ratio(a: f64, b: f64) -> Option<f64> {
    (b > 0.0 && a.is_finite() && b.is_finite()).then(|| a / b)
}

/// The table of the cohorts (as read by `cohorts::parse_cohorts`, whose checks it relies on only
/// for meaning: any numbers give a table, with `None` where a ratio has no denominator).
pub fn cohort_table(cohorts: &[Cohort]) -> CohortTable {
    let lines = cohorts.iter().map(line_of).collect();
    let longest = cohorts.iter().map(|c| c.survivors.len()).max().unwrap_or(0);
    let capped: Vec<Option<Vec<f64>>> = cohorts.iter().map(|c| c.revenue.as_deref().map(capped_path)).collect();
    let mut all = Vec::with_capacity(longest);
    for t in 0..longest {
        let reached: Vec<&Cohort> = cohorts.iter().filter(|c| c.survivors.len() > t).collect();
        let sum = |f: &dyn Fn(&Cohort) -> f64| reached.iter().map(|c| f(c)).sum::<f64>();
        let survivors = sum(&|c| c.survivors[t]);
        let mut p = PeriodFigures { survivors, of_start: ratio(survivors, sum(&|c| c.survivors[0])), ..Default::default() };
        if t > 0 {
            p.of_previous = ratio(survivors, sum(&|c| c.survivors[t - 1]));
        }
        // (revenue, its capped path) of the cohorts with revenue that reached t.
        let with_revenue: Vec<(&Vec<f64>, &Vec<f64>)> = cohorts
            .iter()
            .zip(&capped)
            .filter_map(|(c, g)| c.revenue.as_ref().zip(g.as_ref()))
            .filter(|(r, g)| r.len() > t && g.len() > t)
            .collect();
        if !with_revenue.is_empty() {
            let rsum = |f: &dyn Fn(&[f64], &[f64]) -> f64| with_revenue.iter().map(|(r, g)| f(r, g)).sum::<f64>();
            let revenue = rsum(&|r, _| r[t]);
            p.revenue = Some(revenue);
            p.revenue_of_start = ratio(revenue, rsum(&|r, _| r[0]));
            if t > 0 {
                let before = rsum(&|r, _| r[t - 1]);
                p.nrr = ratio(revenue, before);
                p.grr = ratio(rsum(&|r, _| r[t].min(r[t - 1])), before);
                p.grr_of_start = ratio(rsum(&|_, g| g[t]), rsum(&|r, _| r[0]));
            } else {
                p.grr_of_start = p.revenue_of_start.map(|_| 1.0);
            }
        }
        all.push(p);
    }
    CohortTable { lines, all }
}

/// G_0 = R_0, G_t = G_{t−1} · min(R_t, R_{t−1}) / R_{t−1}: the revenue kept with every
/// period's expansion left out (0 once the revenue has been 0).
fn capped_path(revenue: &[f64]) -> Vec<f64> {
    let mut out = Vec::with_capacity(revenue.len());
    let mut g = revenue.first().copied().unwrap_or(0.0);
    for (t, r) in revenue.iter().enumerate() {
        if t > 0 {
            let before = revenue[t - 1];
            g = if before > 0.0 { g * (r.min(before) / before) } else { 0.0 };
        }
        out.push(g);
    }
    out
}

fn line_of(c: &Cohort) -> CohortLine {
    let s = &c.survivors;
    let capped = c.revenue.as_deref().map(capped_path);
    let periods = (0..s.len())
        .map(|t| {
            let mut p = PeriodFigures { survivors: s[t], of_start: ratio(s[t], s[0]), ..Default::default() };
            if t > 0 {
                p.of_previous = ratio(s[t], s[t - 1]);
            }
            if let (Some(r), Some(g)) = (c.revenue.as_deref(), capped.as_deref()) {
                if let Some(&now) = r.get(t) {
                    p.revenue = Some(now);
                    p.revenue_of_start = ratio(now, r[0]);
                    p.grr_of_start = ratio(g[t], r[0]);
                    if t > 0 {
                        p.nrr = ratio(now, r[t - 1]);
                        p.grr = ratio(now.min(r[t - 1]), r[t - 1]);
                    }
                }
            }
            p
        })
        .collect();
    CohortLine { name: c.name.clone(), periods }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cohort(name: &str, s: &[f64], r: Option<&[f64]>) -> Cohort {
        Cohort { name: name.into(), line: 1, survivors: s.to_vec(), revenue: r.map(<[f64]>::to_vec) }
    }

    fn near(a: Option<f64>, b: f64) -> bool {
        a.is_some_and(|a| (a - b).abs() < 1e-12)
    }

    #[test]
    fn one_cohort_with_expansion_and_churn() {
        // 100 customers paying 10,000; a year later 80 pay 10,400 (expansion beat churn); then 70
        // pay 9,100.
        let c = cohort("2023", &[100.0, 80.0, 70.0], Some(&[10_000.0, 10_400.0, 9_100.0]));
        let t = cohort_table(&[c]);
        let p = &t.lines[0].periods;
        assert!(near(p[0].of_start, 1.0) && p[0].of_previous.is_none() && p[0].nrr.is_none());
        assert!(near(p[1].of_start, 0.8) && near(p[1].of_previous, 0.8));
        assert!(near(p[2].of_start, 0.7) && near(p[2].of_previous, 0.875));
        assert!(near(p[1].nrr, 1.04) && near(p[1].grr, 1.0), "{:?}", p[1]);
        assert!(near(p[2].nrr, 0.875) && near(p[2].grr, 0.875));
        assert!(near(p[2].revenue_of_start, 0.91));
        // Gross since the start leaves the first year's expansion out: 1 × 0.875.
        assert!(near(p[2].grr_of_start, 0.875) && near(p[0].grr_of_start, 1.0));
        assert_eq!(t.all, *p);
    }

    #[test]
    fn the_pooled_line_weights_by_size_over_the_cohorts_that_reached_each_period() {
        let a = cohort("a", &[100.0, 50.0, 40.0], Some(&[100.0, 60.0, 30.0]));
        let b = cohort("b", &[300.0, 270.0], None);
        let t = cohort_table(&[a, b]);
        assert_eq!(t.all.len(), 3);
        assert!(near(t.all[1].of_start, 320.0 / 400.0) && near(t.all[1].of_previous, 0.8));
        // Only a reached t = 2.
        assert!(near(t.all[2].of_start, 0.4) && near(t.all[2].of_previous, 0.8));
        // Revenue figures come from a alone.
        assert!(near(t.all[1].nrr, 0.6) && near(t.all[2].grr, 0.5) && near(t.all[2].grr_of_start, 0.3));
        assert_eq!(t.lines[1].periods[1].revenue, None);
    }

    #[test]
    fn zero_denominators_give_no_ratio_and_nothing_panics() {
        let t = cohort_table(&[cohort("z", &[10.0, 0.0, 0.0], Some(&[0.0, 5.0, 0.0]))]);
        let p = &t.lines[0].periods;
        assert!(p[2].of_previous.is_none() && p[1].nrr.is_none() && p[0].revenue_of_start.is_none());
        assert!(cohort_table(&[]).all.is_empty());
    }
}

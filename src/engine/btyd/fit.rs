//! Shared fitting machinery: data aggregation, fit reports, the log-parameter search.

use super::error::BtydError;
use super::summary::{check_customer, CustomerSummary};
use crate::engine::util::optimize::{self, BfgsSettings, Settings};
use crate::i18n::Text;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

/// How a fit went. `bic` = k·ln(n) − 2·LL (Schwarz 1978), n = customers used.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FitReport {
    /// Maximised log-likelihood (natural log, whole sample).
    pub log_likelihood: f64,
    pub n_params: usize,
    /// Customers the model was fitted on.
    pub n_customers: usize,
    pub bic: f64,
    /// Objective evaluations used by the optimiser.
    pub evaluations: usize,
    /// False when the optimiser stopped on its evaluation cap.
    pub converged: bool,
    /// True when a parameter ended at the search bound (e^±12): the data barely identify it.
    pub at_bound: bool,
}

pub use crate::engine::util::optimize::FitStatus;

impl FitReport {
    /// How the fit ended: on a search bound (whether or not the optimiser met its tolerance
    /// there), else stopped early when it did not converge, else converged.
    pub fn status(&self) -> FitStatus {
        FitStatus::of(self.converged, self.at_bound)
    }

    /// [`FitReport::status`] in words ("converged", "stopped early", "ended on a search bound"),
    /// for a status column that reads the same for every model row.
    pub fn status_text(&self) -> Text {
        self.status().label()
    }
}

/// Parameters together with how they were obtained.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Fitted<P> {
    pub params: P,
    pub report: FitReport,
}

/// Customers with the same (x, t_x, T) share one row with a weight.
#[derive(Clone, Debug)]
pub(crate) struct Row {
    pub t_x: f64,
    pub age: f64,
    /// Index of `age` in the group's `ages`.
    pub age_idx: usize,
    pub weight: f64,
}

/// The rows of one frequency x.
#[derive(Clone, Debug)]
pub(crate) struct Group {
    pub x: f64,
    /// Distinct ages T in this group (terms that depend only on x and T are computed once each).
    pub ages: Vec<f64>,
    pub rows: Vec<Row>,
}

/// Rows grouped by frequency, so per-x constants (Γ and B functions) are computed once.
#[derive(Clone, Debug)]
pub(crate) struct Grouped {
    pub groups: Vec<Group>,
    pub n: usize,
}

pub(crate) fn group(customers: &[CustomerSummary]) -> Result<Grouped, BtydError> {
    if customers.is_empty() {
        return Err(BtydError::Input(Text::new("data-model-no-customers")));
    }
    let mut map: BTreeMap<u32, HashMap<(u64, u64), f64>> = BTreeMap::new();
    for c in customers {
        check_customer(c.frequency as f64, c.recency, c.age).map_err(|e| {
            BtydError::Input(Text::new("data-model-customer").arg("id", c.id.as_str()).arg("error", e.text().clone()))
        })?;
        *map.entry(c.frequency).or_default().entry((c.recency.to_bits(), c.age.to_bits())).or_default() += 1.0;
    }
    let groups = map
        .into_iter()
        .map(|(x, rows)| {
            let mut rows: Vec<Row> = rows
                .into_iter()
                .map(|((tx, t), w)| Row { t_x: f64::from_bits(tx), age: f64::from_bits(t), age_idx: 0, weight: w })
                .collect();
            // By (t_x, age): stable by the second key, then by the first.
            crate::engine::util::sort::sort_by_f64_key(&mut rows, |r| r.age);
            crate::engine::util::sort::sort_by_f64_key(&mut rows, |r| r.t_x);
            let mut ages: Vec<f64> = rows.iter().map(|r| r.age).collect();
            crate::engine::util::sort::sort_f64(&mut ages);
            ages.dedup();
            for r in rows.iter_mut() {
                r.age_idx = ages.partition_point(|a| *a < r.age);
            }
            Group { x: x as f64, ages, rows }
        })
        .collect();
    Ok(Grouped { groups, n: customers.len() })
}

/// Bound on |ln parameter| during the search.
pub(crate) const LOG_BOUND: f64 = 12.0;

/// Maximise `log_lik` over positive parameters by Nelder–Mead on their logarithms, from each
/// start in turn; the best result wins.
pub(crate) fn maximise<F: Fn(&[f64]) -> f64>(
    log_lik: F,
    starts: &[Vec<f64>],
    n_customers: usize,
) -> Result<(Vec<f64>, FitReport), BtydError> {
    let objective = |lp: &[f64]| -> f64 {
        if lp.iter().any(|v| v.abs() > LOG_BOUND) {
            return f64::INFINITY;
        }
        let p: Vec<f64> = lp.iter().map(|v| v.exp()).collect();
        -log_lik(&p)
    };
    let mut best: Option<optimize::Minimum> = None;
    let mut evaluations = 0;
    for s in starts {
        let start: Vec<f64> = s.iter().map(|v| v.ln()).collect();
        let m = optimize::minimize(objective, &start, Settings::default());
        evaluations += m.evaluations;
        // A run that ends on the search bound follows a ridge the data cannot resolve (for
        // example no sign of drop-out at all); another start would crawl the same ridge.
        let ridge = m.x.iter().any(|v| v.abs() > LOG_BOUND - 0.01);
        if best.as_ref().is_none_or(|b| m.value < b.value) {
            best = Some(m);
        }
        if ridge {
            break;
        }
    }
    let best = match best {
        Some(b) if b.value.is_finite() => b,
        _ => return Err(BtydError::Fit(Text::new("data-model-likelihood"))),
    };
    let params: Vec<f64> = best.x.iter().map(|v| v.exp()).collect();
    let ll = -best.value;
    let k = params.len();
    let report = FitReport {
        log_likelihood: ll,
        n_params: k,
        n_customers,
        bic: k as f64 * (n_customers as f64).ln() - 2.0 * ll,
        evaluations,
        converged: best.converged,
        at_bound: best.x.iter().any(|v| v.abs() > LOG_BOUND - 0.01),
    };
    Ok((params, report))
}

/// Maximise a log-likelihood with an analytic gradient: BFGS on the log-parameters from the
/// first start; when BFGS does not meet its gradient test, or ends on the search bound (a ridge
/// the data cannot resolve), the Nelder–Mead search of [`maximise`] runs from all starts and the
/// better result wins.
///
/// `log_lik_grad(p, grad)` returns ln L at the parameters p and writes ∂ln L/∂p into `grad`
/// (NaN or ∞ for a point outside the domain).
pub(crate) fn maximise_with_gradient<F, G>(
    log_lik: F,
    log_lik_grad: G,
    starts: &[Vec<f64>],
    n_customers: usize,
) -> Result<(Vec<f64>, FitReport), BtydError>
where
    F: Fn(&[f64]) -> f64,
    G: Fn(&[f64], &mut [f64]) -> f64,
{
    let quasi_newton = starts.first().map(|s| {
        let start: Vec<f64> = s.iter().map(|v| v.ln()).collect();
        let mut p = vec![0.0; start.len()];
        let objective = |lp: &[f64], g: &mut [f64]| -> f64 {
            if lp.iter().any(|v| v.abs() > LOG_BOUND) {
                return f64::INFINITY;
            }
            for (p, v) in p.iter_mut().zip(lp) {
                *p = v.exp();
            }
            let ll = log_lik_grad(&p, g);
            // d(−ln L)/d ln p = −p ∂ln L/∂p.
            for (g, p) in g.iter_mut().zip(&p) {
                *g *= -p;
            }
            -ll
        };
        // The gradient test scales with the sample: ln L is a sum over customers.
        let settings = BfgsSettings { g_tol: 1e-8 * (n_customers.max(1) as f64).max(1.0) * 4.0, ..BfgsSettings::default() };
        optimize::bfgs(objective, &start, settings)
    });
    let bfgs_evaluations = quasi_newton.as_ref().map_or(0, |m| m.evaluations);
    if let Some(m) = quasi_newton {
        let at_bound = m.x.iter().any(|v| v.abs() > LOG_BOUND - 0.01);
        if m.converged && m.value.is_finite() && !at_bound {
            let params: Vec<f64> = m.x.iter().map(|v| v.exp()).collect();
            let k = params.len();
            return Ok((params, report(-m.value, k, n_customers, m.evaluations, true, false)));
        }
        let (params, mut rep) = maximise(log_lik, starts, n_customers)?;
        rep.evaluations += bfgs_evaluations;
        if m.value.is_finite() && -m.value > rep.log_likelihood && m.converged {
            let params: Vec<f64> = m.x.iter().map(|v| v.exp()).collect();
            let k = params.len();
            return Ok((params, report(-m.value, k, n_customers, rep.evaluations, true, at_bound)));
        }
        return Ok((params, rep));
    }
    maximise(log_lik, starts, n_customers)
}

fn report(ll: f64, k: usize, n_customers: usize, evaluations: usize, converged: bool, at_bound: bool) -> FitReport {
    FitReport {
        log_likelihood: ll,
        n_params: k,
        n_customers,
        bic: k as f64 * (n_customers as f64).ln() - 2.0 * ll,
        evaluations,
        converged,
        at_bound,
    }
}

/// A row of a model comparison table.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ModelComparisonRow {
    pub model: String,
    pub log_likelihood: f64,
    pub n_params: usize,
    pub bic: f64,
}

/// Purchase models fitted on the same customers, best (lowest BIC) first.
pub fn compare_models(models: &[(&str, &FitReport)]) -> Vec<ModelComparisonRow> {
    let mut rows: Vec<ModelComparisonRow> = models
        .iter()
        .map(|(name, r)| ModelComparisonRow {
            model: name.to_string(),
            log_likelihood: r.log_likelihood,
            n_params: r.n_params,
            bic: r.bic,
        })
        .collect();
    crate::engine::util::sort::sort_by(&mut rows, |a, b| a.bic.total_cmp(&b.bic));
    rows
}

/// Tests: the analytic gradient of a four-parameter log-likelihood (`grad`, which also gives the
/// value) against central differences of `value` at `at`, and the two values alike.
#[cfg(test)]
pub(crate) fn assert_gradient(at: [f64; 4], value: impl Fn([f64; 4]) -> f64, grad: impl Fn([f64; 4], &mut [f64; 4]) -> f64) {
    let mut g = [0.0; 4];
    let v = grad(at, &mut g);
    assert!((v - value(at)).abs() < 1e-10, "{at:?}: {v}");
    for i in 0..4 {
        let h = 1e-6 * at[i];
        let moved = |d: f64| {
            let mut q = at;
            q[i] += d;
            value(q)
        };
        let fd = (moved(h) - moved(-h)) / (2.0 * h);
        assert!((g[i] - fd).abs() < 1e-5 * fd.abs().max(1.0), "{at:?} {i}: {} vs {fd}", g[i]);
    }
}

/// Customers with the given (x, t_x, T), for tests.
#[cfg(test)]
pub(crate) fn test_customers(rows: &[(u32, f64, f64)]) -> Vec<CustomerSummary> {
    rows.iter()
        .enumerate()
        .map(|(i, &(x, tx, t))| CustomerSummary {
            id: i.to_string(),
            frequency: x,
            recency: tx,
            age: t,
            monetary: 0.0,
            first_purchase: chrono::NaiveDate::default(),
            holdout_frequency: 0,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_status_puts_the_bound_first() {
        let r = report(-10.0, 2, 5, 30, true, false);
        assert_eq!((r.status(), r.status_text().key), (FitStatus::Converged, "data-fit-converged"));
        let early = FitReport { converged: false, ..r.clone() };
        assert_eq!((early.status(), early.status_text().key), (FitStatus::StoppedEarly, "data-fit-stopped-early"));
        for converged in [true, false] {
            let bound = FitReport { converged, at_bound: true, ..r.clone() };
            assert_eq!((bound.status(), bound.status_text().key), (FitStatus::AtBound, "data-fit-at-bound"));
        }
        assert_eq!(FitStatus::AtBound.key(), "at_bound");
    }
}

//! Fitting a retention curve to cohorts by maximum likelihood, and choosing between the sBG
//! and the BdW by BIC.
//!
//! The data of a cohort are its survivors n_0 ≥ n_1 ≥ … ≥ n_T at t = 0, 1, …, T. The n_{t−1} − n_t
//! customers who left at the t-th renewal each contribute ln P(T = t); the n_T still there are
//! right-censored and contribute ln S(T) (Fader & Hardie 2007):
//!
//! LL = Σ_{t=1..T} (n_{t−1} − n_t) · ln P(T = t) + n_T · ln S(T).
//!
//! Several cohorts fitted together share one curve and add their log-likelihoods.

use serde::{Deserialize, Serialize};

use super::curve::{Curve, CurveModel, CurveParams, MAX_C};
use crate::engine::model::FieldError;
use crate::engine::util::optimize::{minimize, Settings};
use crate::i18n::Text;

/// The simplex search of a curve's two or three log-parameters: tight tolerances (the published
/// figures are matched to their last printed digit) and restarts until one no longer improves.
const SEARCH: Settings = Settings { initial_step: 0.5, f_tol: 1e-12, x_tol: 1e-10, max_evaluations: 20_000, max_restarts: 8 };

/// Bound on |ln α| and |ln β| during the search (as in the purchase models).
pub const LOG_BOUND: f64 = 12.0;
/// Bounds on ln c during the search: c from e⁻⁶ ≈ 0.0025 to e⁵ ≈ 148.
const LOG_C_MIN: f64 = -6.0;
const LOG_C_MAX: f64 = 5.0;

/// How a fit went. `bic` = k·ln(n) − 2·LL (Schwarz 1978), n = customers at t = 0.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CurveFit {
    pub curve: Curve,
    /// Maximised log-likelihood (natural log, all cohorts fitted).
    pub log_likelihood: f64,
    pub n_params: usize,
    /// Customers at t = 0, summed over the cohorts (not necessarily whole).
    pub customers: f64,
    pub bic: f64,
    /// Log-likelihood evaluations used by the optimiser (0 for the closed-form constant rate).
    pub evaluations: usize,
    /// False when the optimiser stopped on its evaluation cap.
    pub converged: bool,
    /// True when a parameter ended on its search bound: the data barely identify it (for
    /// example survivors that fall at one steady rate drive α and β of an sBG to infinity).
    pub at_bound: bool,
}

pub use crate::engine::util::optimize::FitStatus;

impl CurveFit {
    /// On a search bound, else stopped early when the optimiser did not converge, else converged.
    pub fn status(&self) -> FitStatus {
        FitStatus::of(self.converged, self.at_bound)
    }

    pub fn status_text(&self) -> Text {
        self.status().label()
    }
}

/// The sBG and the BdW fitted to the same cohorts, and the one with the lower BIC (the sBG on
/// a tie: it is the simpler one).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CurveChoice {
    pub sbg: CurveFit,
    pub bdw: CurveFit,
    pub chosen: CurveModel,
}

impl CurveChoice {
    pub fn best(&self) -> &CurveFit {
        if self.chosen == CurveModel::Bdw {
            &self.bdw
        } else {
            &self.sbg
        }
    }
}

/// The log-likelihood of one cohort's survivors under a curve (formula above); −∞ when the
/// curve gives a zero probability to something that happened.
pub fn log_likelihood(curve: &Curve, survivors: &[f64]) -> f64 {
    let mut ll = 0.0;
    for t in 1..survivors.len() {
        let left = survivors[t - 1] - survivors[t];
        if left > 0.0 {
            ll += left * curve.ln_churn(t as u32);
        }
    }
    match survivors.last() {
        Some(&n) if n > 0.0 && survivors.len() > 1 => ll + n * curve.ln_survival(survivors.len() as u32 - 1),
        _ => ll,
    }
}

fn check_cohorts(cohorts: &[&[f64]]) -> Result<f64, FieldError> {
    if cohorts.is_empty() {
        return Err(FieldError::new("survivors", Text::new("retention-fit-no-cohorts")));
    }
    let mut customers = 0.0;
    for c in cohorts {
        let ok = c.len() >= 2
            && c.len() <= u32::MAX as usize
            && c.iter().all(|v| v.is_finite() && *v >= 0.0)
            && c[0] > 0.0
            && c.windows(2).all(|w| w[1] <= w[0]);
        if !ok {
            return Err(FieldError::new("survivors", Text::new("retention-fit-survivors")));
        }
        customers += c[0];
    }
    Ok(customers)
}

/// Fit a curve of the given kind to the cohorts' survivors (counts; several cohorts share the
/// curve). Constant: the closed form r̂ = Σ_{t≥1} n_t / Σ_{t≥1} n_{t−1}. sBG and BdW: Nelder–Mead
/// on the log-parameters from several starts, the best one kept.
pub fn fit_curve(model: CurveModel, cohorts: &[&[f64]]) -> Result<CurveFit, FieldError> {
    let customers = check_cohorts(cohorts)?;
    let total = |curve: &Curve| cohorts.iter().map(|c| log_likelihood(curve, c)).sum::<f64>();
    let report = |curve: Curve, ll: f64, evaluations: usize, converged: bool, at_bound: bool| {
        let k = match model {
            CurveModel::Constant => 1,
            CurveModel::Sbg => 2,
            CurveModel::Bdw => 3,
        };
        CurveFit {
            curve,
            log_likelihood: ll,
            n_params: k,
            customers,
            bic: k as f64 * customers.ln() - 2.0 * ll,
            evaluations,
            converged,
            at_bound,
        }
    };
    match model {
        CurveModel::Constant => {
            let kept: f64 = cohorts.iter().map(|c| c[1..].iter().sum::<f64>()).sum();
            let exposed: f64 = cohorts.iter().map(|c| c[..c.len() - 1].iter().sum::<f64>()).sum();
            let r = kept / exposed;
            // Nobody left: the rate would be 1, which no finite value allows.
            let at_bound = r >= 1.0 - 1e-9;
            let curve = Curve::constant(r.min(1.0 - 1e-9))?;
            Ok(report(curve, total(&curve), 0, true, at_bound))
        }
        CurveModel::Sbg => {
            let objective = |lp: &[f64]| -> f64 {
                if lp.iter().any(|v| v.abs() > LOG_BOUND) {
                    return f64::INFINITY;
                }
                match Curve::sbg(lp[0].exp(), lp[1].exp()) {
                    Ok(c) => -total(&c),
                    Err(_) => f64::INFINITY,
                }
            };
            let mut starts = vec![[0.0, 0.0], [0.5f64.ln(), 3.0f64.ln()], [3.0f64.ln(), 10.0f64.ln()]];
            if let Some((a, b)) = moment_start(cohorts) {
                starts.insert(0, [a.ln(), b.ln()]);
            }
            let (x, value, evaluations, converged) = best_of(&objective, starts.iter().map(|s| s.to_vec()))?;
            let at_bound = x.iter().any(|v| v.abs() > LOG_BOUND - 0.01);
            let curve = Curve::sbg(x[0].exp(), x[1].exp())?;
            Ok(report(curve, -value, evaluations, converged, at_bound))
        }
        CurveModel::Bdw => {
            let objective = |lp: &[f64]| -> f64 {
                if lp[..2].iter().any(|v| v.abs() > LOG_BOUND) || !(LOG_C_MIN..=LOG_C_MAX).contains(&lp[2]) {
                    return f64::INFINITY;
                }
                match Curve::bdw(lp[0].exp(), lp[1].exp(), lp[2].exp().min(MAX_C)) {
                    Ok(c) => -total(&c),
                    Err(_) => f64::INFINITY,
                }
            };
            // From the sBG's optimum (c = 1) and from either side of it.
            let sbg = fit_curve(CurveModel::Sbg, cohorts)?;
            let (a, b) = match sbg.curve.params() {
                CurveParams::Sbg { alpha, beta } => (alpha.ln(), beta.ln()),
                _ => (0.0, 0.0),
            };
            let starts = [[a, b, 0.0], [a, b, 0.5f64.ln()], [a, b, 2.0f64.ln()], [0.0, 0.0, 0.0]];
            let (x, value, evaluations, converged) = best_of(&objective, starts.iter().map(|s| s.to_vec()))?;
            let at_bound =
                x[..2].iter().any(|v| v.abs() > LOG_BOUND - 0.01) || x[2] < LOG_C_MIN + 0.01 || x[2] > LOG_C_MAX - 0.01;
            let curve = Curve::bdw(x[0].exp(), x[1].exp(), x[2].exp())?;
            Ok(report(curve, -value, evaluations + sbg.evaluations, converged, at_bound))
        }
    }
}

/// Run the search from each start; the lowest value wins.
fn best_of(
    objective: &dyn Fn(&[f64]) -> f64,
    starts: impl Iterator<Item = Vec<f64>>,
) -> Result<(Vec<f64>, f64, usize, bool), FieldError> {
    let mut best: Option<(Vec<f64>, f64, bool)> = None;
    let mut evaluations = 0;
    for s in starts {
        let m = minimize(objective, &s, SEARCH);
        evaluations += m.evaluations;
        if best.as_ref().is_none_or(|b| m.value < b.1) {
            best = Some((m.x, m.value, m.converged));
        }
    }
    match best {
        Some((x, v, converged)) if v.is_finite() => Ok((x, v, evaluations, converged)),
        _ => Err(FieldError::new("survivors", Text::new("retention-fit-failed"))),
    }
}

/// The sBG whose first two retention rates are the pooled r₁ and r₂ of the data, when one is:
/// r₁ = β/(α+β) and r₂ = (β+1)/(α+β+1) give α = (1 − r₂)/(r₂ − (1 − r₂)·r₁/(1 − r₁)), β = α·r₁/(1 − r₁).
fn moment_start(cohorts: &[&[f64]]) -> Option<(f64, f64)> {
    let pooled = |t: usize| -> Option<f64> {
        let (mut kept, mut at_risk) = (0.0, 0.0);
        for c in cohorts.iter().filter(|c| c.len() > t) {
            kept += c[t];
            at_risk += c[t - 1];
        }
        (at_risk > 0.0).then(|| kept / at_risk)
    };
    let (r1, r2) = (pooled(1)?, pooled(2)?);
    if !(r1 > 0.0 && r1 < 1.0 && r2 > r1 && r2 < 1.0) {
        return None;
    }
    let k = r1 / (1.0 - r1);
    let alpha = (1.0 - r2) / (r2 - (1.0 - r2) * k);
    let beta = alpha * k;
    (alpha.is_finite() && alpha > 0.0 && beta.is_finite() && beta > 0.0).then_some((alpha, beta))
}

/// Fit the sBG and the BdW to the same cohorts and choose by BIC.
pub fn fit_and_choose(cohorts: &[&[f64]]) -> Result<CurveChoice, FieldError> {
    let sbg = fit_curve(CurveModel::Sbg, cohorts)?;
    let bdw = fit_curve(CurveModel::Bdw, cohorts)?;
    let chosen = if bdw.bic < sbg.bic { CurveModel::Bdw } else { CurveModel::Sbg };
    Ok(CurveChoice { sbg, bdw, chosen })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_likelihood_by_hand() {
        // 10 customers, 4 leave at t = 1, 2 at t = 2, 4 still there: constant r = 0.5.
        let c = Curve::constant(0.5).unwrap();
        let ll = log_likelihood(&c, &[10.0, 6.0, 4.0]);
        let by_hand = 4.0 * 0.5f64.ln() + 2.0 * 0.25f64.ln() + 4.0 * 0.25f64.ln();
        assert!((ll - by_hand).abs() < 1e-12);
        // Nobody leaves and nobody stays: only the censored term; nothing to learn from one period.
        assert_eq!(log_likelihood(&c, &[5.0]), 0.0);
    }

    #[test]
    fn the_constant_rate_in_closed_form_is_its_maximum() {
        let data = [1000.0, 800.0, 640.0, 512.0];
        let fit = fit_curve(CurveModel::Constant, &[&data]).unwrap();
        let CurveParams::Constant { retention } = fit.curve.params() else { panic!() };
        assert!((retention - 0.8).abs() < 1e-15);
        for r in [0.79, 0.81] {
            assert!(log_likelihood(&Curve::constant(r).unwrap(), &data) < fit.log_likelihood);
        }
        assert_eq!(fit.status(), FitStatus::Converged);
        // Nobody leaves: on the bound.
        let none = fit_curve(CurveModel::Constant, &[&[10.0, 10.0, 10.0]]).unwrap();
        assert_eq!(none.status(), FitStatus::AtBound);
        assert_eq!(none.status_text().english(), "ended on a search bound");
    }

    #[test]
    fn bad_cohorts_are_refused_in_words() {
        for bad in [&[][..], &[10.0][..], &[10.0, 11.0][..], &[0.0, 0.0][..], &[10.0, f64::NAN][..], &[10.0, -1.0][..]] {
            let e = fit_curve(CurveModel::Sbg, &[bad]).unwrap_err();
            assert_eq!(e.field, "survivors");
        }
        assert_eq!(
            fit_curve(CurveModel::Bdw, &[]).unwrap_err().message.english(),
            "Give at least one cohort to fit the curve to."
        );
    }

    #[test]
    fn a_curve_is_recovered_from_its_own_expected_survivors() {
        let truth = Curve::sbg(1.5, 4.0).unwrap();
        let data: Vec<f64> = truth.survival_curve(10).iter().map(|s| s * 1e6).collect();
        let fit = fit_curve(CurveModel::Sbg, &[&data]).unwrap();
        let CurveParams::Sbg { alpha, beta } = fit.curve.params() else { panic!() };
        assert!((alpha - 1.5).abs() < 1e-4 && (beta - 4.0).abs() < 1e-3, "{alpha} {beta}");
        let truth = Curve::bdw(0.9, 2.5, 0.7).unwrap();
        let data: Vec<f64> = truth.survival_curve(15).iter().map(|s| s * 1e6).collect();
        let choice = fit_and_choose(&[&data]).unwrap();
        let CurveParams::Bdw { c, .. } = choice.bdw.curve.params() else { panic!() };
        assert!((c - 0.7).abs() < 1e-3, "{c}");
        assert_eq!(choice.chosen, CurveModel::Bdw);
        assert!(std::ptr::eq(choice.best(), &choice.bdw));
    }

    #[test]
    fn steady_decay_drives_the_sbg_to_its_bound() {
        let data = [1000.0, 800.0, 640.0, 512.0, 409.6];
        let fit = fit_curve(CurveModel::Sbg, &[&data]).unwrap();
        assert!(fit.at_bound, "{fit:?}");
        // And then it is still a curve of about 80% retention.
        assert!((fit.curve.retention(3) - 0.8).abs() < 1e-3);
    }
}

//! How sure a fit is: standard errors and 90 % intervals of the parameters from the observed
//! information (the Hessian of ln L at the optimum), and intervals of any figure computed from the
//! parameters by the delta method.
//!
//! The Hessian is taken numerically in the log-parameters θᵢ = ln pᵢ (the coordinates of the
//! search, where ln L is close to quadratic), Σ = (−H)⁻¹. At the optimum the gradient is zero, so
//! the covariance of the parameters themselves is D Σ D with D = diag(p): SE(pᵢ) = pᵢ·√Σᵢᵢ. The
//! 90 % interval is taken on the log scale, exp(θᵢ ± 1.645 √Σᵢᵢ), so it stays positive. For a
//! figure g(p) (P(alive), expected purchases, value): Var g ≈ ∇gᵀ Σ ∇g with ∇g by central
//! differences in θ, interval g ± 1.645 √Var g (clamped to 0..1 for a probability).

use super::error::BtydError;
use crate::engine::util::linalg::{hessian, hessian_of_gradient, invert_spd};
use crate::i18n::Text;
use serde::{Deserialize, Serialize};

/// z of a two-sided 90 % normal interval (the 95th percentile of N(0, 1)).
pub const Z90: f64 = 1.644_853_626_951_472_2;

/// Step of the numerical Hessian in the log-parameters.
const HESSIAN_STEP: f64 = 1e-4;
/// Step of the delta method's gradient in the log-parameters.
const DELTA_STEP: f64 = 1e-5;

/// The covariance of a fit's log-parameters, kept with the study.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Uncertainty {
    /// The fitted parameters, in the model's order (r, α, a, b; …).
    pub params: Vec<f64>,
    /// Covariance of their logarithms, Σ = (−H)⁻¹.
    pub log_covariance: Vec<Vec<f64>>,
}

/// One parameter's estimate, standard error and 90 % interval.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Estimate {
    pub value: f64,
    pub se: f64,
    pub low: f64,
    pub high: f64,
}

/// A figure with its 90 % interval.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Interval {
    pub value: f64,
    pub se: f64,
    pub low: f64,
    pub high: f64,
}

impl Uncertainty {
    /// The covariance of `params` from `log_lik` (the whole sample's ln L as a function of the
    /// parameters) at its maximum `params`. Refuses a Hessian that is not negative definite (a
    /// parameter the data do not identify, a fit on the search bound).
    pub fn at_optimum(log_lik: impl Fn(&[f64]) -> f64, params: &[f64]) -> Result<Uncertainty, BtydError> {
        if params.iter().any(|p| !(p.is_finite() && *p > 0.0)) {
            return Err(BtydError::Numeric(Text::new("data-summary-uncertainty")));
        }
        let theta: Vec<f64> = params.iter().map(|p| p.ln()).collect();
        let neg = |t: &[f64]| -log_lik(&t.iter().map(|v| v.exp()).collect::<Vec<_>>());
        let h = hessian(neg, &theta, HESSIAN_STEP);
        let cov = invert_spd(&h).ok_or_else(|| BtydError::Numeric(Text::new("data-summary-uncertainty")))?;
        Ok(Uncertainty { params: params.to_vec(), log_covariance: cov })
    }

    /// [`Uncertainty::at_optimum`] from the gradient of ln L (`grad(p, g)` writes ∂ln L/∂p into g):
    /// the Hessian by differences of the gradient, 2k gradient evaluations instead of
    /// 1 + 2k + 2k(k−1) of ln L, and no cancellation of ln L's large value.
    pub fn at_optimum_with_gradient(grad: impl Fn(&[f64], &mut [f64]), params: &[f64]) -> Result<Uncertainty, BtydError> {
        if params.iter().any(|p| !(p.is_finite() && *p > 0.0)) {
            return Err(BtydError::Numeric(Text::new("data-summary-uncertainty")));
        }
        let theta: Vec<f64> = params.iter().map(|p| p.ln()).collect();
        // −∂ln L/∂θᵢ = −pᵢ ∂ln L/∂pᵢ.
        let neg = |t: &[f64], g: &mut [f64]| {
            let p: Vec<f64> = t.iter().map(|v| v.exp()).collect();
            grad(&p, g);
            for (g, p) in g.iter_mut().zip(&p) {
                *g *= -p;
            }
        };
        let h = hessian_of_gradient(neg, &theta, HESSIAN_STEP);
        let cov = invert_spd(&h).ok_or_else(|| BtydError::Numeric(Text::new("data-summary-uncertainty")))?;
        Ok(Uncertainty { params: params.to_vec(), log_covariance: cov })
    }

    /// Each parameter's estimate, standard error and 90 % interval (on the log scale).
    pub fn estimates(&self) -> Vec<Estimate> {
        self.params
            .iter()
            .zip(&self.log_covariance)
            .enumerate()
            .map(|(i, (&p, row))| {
                let s = row.get(i).copied().unwrap_or(f64::NAN).max(0.0).sqrt();
                Estimate { value: p, se: p * s, low: p * (-Z90 * s).exp(), high: p * (Z90 * s).exp() }
            })
            .collect()
    }

    /// The 90 % interval of g(params) by the delta method; `g` fails where the figure cannot be
    /// computed.
    pub fn delta(&self, g: impl Fn(&[f64]) -> Result<f64, BtydError>) -> Result<Interval, BtydError> {
        let value = g(&self.params)?;
        let k = self.params.len();
        let mut grad = vec![0.0; k];
        for (i, slot) in grad.iter_mut().enumerate() {
            let at = |d: f64| {
                let mut p = self.params.clone();
                p[i] *= d.exp();
                g(&p)
            };
            *slot = (at(DELTA_STEP)? - at(-DELTA_STEP)?) / (2.0 * DELTA_STEP);
        }
        let mut var = 0.0;
        for i in 0..k {
            for j in 0..k {
                var += grad[i] * grad[j] * self.log_covariance.get(i).and_then(|r| r.get(j)).copied().unwrap_or(0.0);
            }
        }
        let se = var.max(0.0).sqrt();
        if !(value.is_finite() && se.is_finite()) {
            return Err(BtydError::Numeric(Text::new("data-model-not-finite")));
        }
        Ok(Interval { value, se, low: value - Z90 * se, high: value + Z90 * se })
    }
}

impl Interval {
    /// The interval clamped to 0..=1 (a probability).
    pub fn probability(self) -> Interval {
        Interval { low: self.low.clamp(0.0, 1.0), high: self.high.clamp(0.0, 1.0), ..self }
    }

    /// The interval clamped at 0 (a count or an amount).
    pub fn non_negative(self) -> Interval {
        Interval { low: self.low.max(0.0), high: self.high.max(0.0), ..self }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_normal_sample_gives_the_textbook_standard_error() {
        // ln L of n exponential observations with mean 1/λ: n ln λ − λ Σy; the MLE is n/Σy and
        // its standard error λ̂/√n.
        let (n, sum) = (400.0, 250.0);
        let ll = |p: &[f64]| n * p[0].ln() - p[0] * sum;
        let lambda = n / sum;
        let u = Uncertainty::at_optimum(ll, &[lambda]).unwrap();
        let e = u.estimates()[0];
        assert!((e.se - lambda / n.sqrt()).abs() < 1e-6 * lambda, "{e:?}");
        assert!(e.low < lambda && e.high > lambda);
        // The delta method on g(λ) = 1/λ: SE = SE(λ)/λ².
        let i = u.delta(|p| Ok(1.0 / p[0])).unwrap();
        assert!((i.se - e.se / (lambda * lambda)).abs() < 1e-6, "{i:?}");
        assert!(Uncertainty::at_optimum(|p| p[0], &[1.0]).is_err(), "no maximum");
    }
}

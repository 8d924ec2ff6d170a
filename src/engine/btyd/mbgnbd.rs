//! MBG/NBD (Batislam, Denizel & Filiztekin 2007, "Empirical validation and comparison of models
//! for customer base analysis", International Journal of Research in Marketing 24(3)).
//!
//! As BG/NBD (purchases at Poisson rate λ ~ Gamma(r, α) while alive, drop-out probability
//! p ~ Beta(a, b)), except that a customer may also drop out right after the first purchase, at
//! time 0. So a one-time buyer is not certainly alive: BG/NBD gives every customer with x = 0
//! P(alive) = 1, MBG/NBD gives 1 / (1 + a/b · ((α+T)/α)^r).

use super::bgnbd::{
    check_horizon, finite, grouped_log_likelihood, grouped_log_likelihood_grad, hyp_error, logistic_of_minus, XConstants, XSlopes,
};
use super::error::BtydError;
use super::fit::{self, Fitted};
use super::summary::{check_customer, CustomerSummary};
use crate::engine::util::special::{digamma, ln_beta, ln_gamma, ln_hyp2f1};
use serde::{Deserialize, Serialize};

/// MBG/NBD parameters (all > 0). α is in the summary's time unit.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct MbgNbdParams {
    pub r: f64,
    pub alpha: f64,
    pub a: f64,
    pub b: f64,
}

/// Values of `a` closer to 1 than this are evaluated as the mean of a ± this (the expectations
/// divide by a − 1 but have a finite limit).
const A_NEAR_ONE: f64 = 1e-6;

impl MbgNbdParams {
    /// All parameters finite and positive.
    pub fn validate(&self) -> Result<(), BtydError> {
        super::error::check_positive("MBG/NBD", &[self.r, self.alpha, self.a, self.b], self)
    }

    /// ln L for one customer (Batislam et al. 2007, eq. 4):
    /// L = Γ(r+x)α^r/Γ(r) · [ B(a, b+x+1)/B(a, b) · (α+T)^−(r+x) + B(a+1, b+x)/B(a, b) · (α+t_x)^−(r+x) ].
    pub fn log_likelihood(&self, x: f64, t_x: f64, age: f64) -> Result<f64, BtydError> {
        self.validate()?;
        check_customer(x, t_x, age)?;
        Ok(self.constants(x).row(self.r, self.alpha, x, t_x, age))
    }

    fn constants(&self, x: f64) -> XConstants {
        let Self { r, alpha, a, b } = *self;
        let lb = ln_beta(a, b);
        XConstants {
            head: ln_gamma(r + x) - ln_gamma(r) + r * alpha.ln(),
            alive: ln_beta(a, b + x + 1.0) - lb,
            dead: ln_beta(a + 1.0, b + x) - lb,
        }
    }

    /// Sum of ln L over (grouped) customers.
    pub(crate) fn total_log_likelihood(&self, data: &fit::Grouped) -> f64 {
        grouped_log_likelihood(data, self.r, self.alpha, |x| self.constants(x))
    }

    /// Sum of ln L and its gradient in (r, α, a, b) (the form BG/NBD has,
    /// [`grouped_log_likelihood_grad`]), with ∂alive/∂a = ψ(a+b) − ψ(a+b+x+1),
    /// ∂alive/∂b = ψ(b+x+1) − ψ(b) + ψ(a+b) − ψ(a+b+x+1), ∂dead/∂a = 1/a + ψ(a+b) − ψ(a+b+x+1),
    /// ∂dead/∂b = ψ(b+x) − ψ(b) + ψ(a+b) − ψ(a+b+x+1).
    pub(crate) fn total_log_likelihood_grad(&self, data: &fit::Grouped, grad: &mut [f64]) -> f64 {
        let Self { a, b, .. } = *self;
        let (psi_b, psi_ab) = (digamma(b), digamma(a + b));
        let per_x = |x: f64| {
            let psi_abx = digamma(a + b + x + 1.0);
            let slopes = XSlopes {
                alive_a: psi_ab - psi_abx,
                alive_b: digamma(b + x + 1.0) - psi_b + psi_ab - psi_abx,
                dead_a: 1.0 / a + psi_ab - psi_abx,
                dead_b: digamma(b + x) - psi_b + psi_ab - psi_abx,
            };
            (self.constants(x), slopes)
        };
        grouped_log_likelihood_grad(data, self.r, self.alpha, per_x, grad)
    }

    /// P(alive | x, t_x, T) (Batislam et al. 2007, appendix): 1 / (1 + a/(b+x) · ((α+T)/(α+t_x))^(r+x)),
    /// for one-time buyers too.
    pub fn p_alive(&self, x: f64, t_x: f64, age: f64) -> Result<f64, BtydError> {
        self.validate()?;
        check_customer(x, t_x, age)?;
        finite(self.p_alive_unchecked(x, t_x, age))
    }

    fn p_alive_unchecked(&self, x: f64, t_x: f64, age: f64) -> f64 {
        let ln_odds = self.a.ln() - (self.b + x).ln() + (self.r + x) * ((self.alpha + age) / (self.alpha + t_x)).ln();
        logistic_of_minus(ln_odds)
    }

    /// E[X(t)] for a new customer (Batislam et al. 2007, eq. 6):
    /// b/(a−1) · [1 − (α/(α+t))^r ₂F₁(r, b+1; a+b; t/(α+t))].
    pub fn expected_purchases_new(&self, t: f64) -> Result<f64, BtydError> {
        self.validate()?;
        check_horizon(t)?;
        self.near_a_one(|p| {
            let Self { r, alpha, a, b } = *p;
            if t == 0.0 {
                return Ok(0.0);
            }
            let f = ln_hyp2f1(r, b + 1.0, a + b, t / (alpha + t)).ok_or_else(hyp_error)?;
            let bracket = 1.0 - f.sign * (r * (alpha / (alpha + t)).ln() + f.ln_abs).exp();
            finite(b / (a - 1.0) * bracket)
        })
    }

    /// E[Y(t) | x, t_x, T] (Batislam et al. 2007, eq. 7):
    /// (a+b+x)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x) ₂F₁(r+x, b+x+1; a+b+x; t/(α+T+t))] · P(alive).
    pub fn conditional_expected_purchases(&self, t: f64, x: f64, t_x: f64, age: f64) -> Result<f64, BtydError> {
        self.validate()?;
        check_customer(x, t_x, age)?;
        check_horizon(t)?;
        self.near_a_one(|p| {
            let Self { r, alpha, a, b } = *p;
            if t == 0.0 {
                return Ok(0.0);
            }
            let f = ln_hyp2f1(r + x, b + x + 1.0, a + b + x, t / (alpha + age + t)).ok_or_else(hyp_error)?;
            let ln_term = (r + x) * ((alpha + age) / (alpha + age + t)).ln() + f.ln_abs;
            let bracket = 1.0 - f.sign * ln_term.exp();
            finite((a + b + x) / (a - 1.0) * bracket * p.p_alive_unchecked(x, t_x, age))
        })
    }

    fn near_a_one(&self, f: impl Fn(&Self) -> Result<f64, BtydError>) -> Result<f64, BtydError> {
        if (self.a - 1.0).abs() < A_NEAR_ONE {
            let lo = f(&Self { a: 1.0 - A_NEAR_ONE, ..*self })?;
            let hi = f(&Self { a: 1.0 + A_NEAR_ONE, ..*self })?;
            Ok(0.5 * (lo + hi))
        } else {
            f(self)
        }
    }
}

/// Sum of ln L over customers (for the uncertainty of the fit).
pub fn total_log_likelihood(p: &MbgNbdParams, customers: &[CustomerSummary]) -> Result<f64, BtydError> {
    let data = fit::group(customers)?;
    Ok(p.total_log_likelihood(&data))
}

/// Fit MBG/NBD by maximum likelihood (BFGS with the analytic gradient on the log-parameters,
/// Nelder–Mead from two starts as the fallback), as BG/NBD.
pub fn fit_mbgnbd(customers: &[CustomerSummary]) -> Result<Fitted<MbgNbdParams>, BtydError> {
    let data = fit::group(customers)?;
    let total_x: f64 = customers.iter().map(|c| c.frequency as f64).sum();
    let total_t: f64 = customers.iter().map(|c| c.age).sum();
    let alpha0 = (total_t / total_x.max(1.0)).clamp(1e-3, 1e4);
    let starts = vec![vec![1.0, alpha0, 1.0, 1.0], vec![0.3, 0.3 * alpha0, 0.5, 3.0]];
    let at = |p: &[f64]| MbgNbdParams { r: p[0], alpha: p[1], a: p[2], b: p[3] };
    let ll = |p: &[f64]| at(p).total_log_likelihood(&data);
    let ll_grad = |p: &[f64], g: &mut [f64]| at(p).total_log_likelihood_grad(&data, g);
    let (p, report) = fit::maximise_with_gradient(ll, ll_grad, &starts, data.n)?;
    Ok(Fitted { params: at(&p), report })
}

#[cfg(test)]
mod tests {
    use super::*;

    const P: MbgNbdParams = MbgNbdParams { r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 };

    #[test]
    fn gradient_matches_differences() {
        let rows = [(0, 0.0, 38.0), (1, 1.0, 2.0), (2, 30.43, 38.86), (5, 12.0, 30.0), (221, 103.43, 103.57)];
        let customers = fit::test_customers(&rows);
        let data = fit::group(&customers).unwrap();
        for p in [P, MbgNbdParams { r: 1.3, alpha: 0.7, a: 2.1, b: 0.4 }] {
            fit::assert_gradient(
                [p.r, p.alpha, p.a, p.b],
                |q| MbgNbdParams { r: q[0], alpha: q[1], a: q[2], b: q[3] }.total_log_likelihood(&data),
                |q, g| MbgNbdParams { r: q[0], alpha: q[1], a: q[2], b: q[3] }.total_log_likelihood_grad(&data, g),
            );
        }
    }

    #[test]
    fn a_one_time_buyer_is_not_certainly_alive() {
        let p = P.p_alive(0.0, 0.0, 38.0).unwrap();
        assert!(p < 0.6 && p > 0.1, "{p}");
        // Longer silence, lower P(alive).
        assert!(P.p_alive(0.0, 0.0, 60.0).unwrap() < p);
        assert!(P.conditional_expected_purchases(39.0, 0.0, 0.0, 38.0).unwrap() > 0.0);
        assert!(P.log_likelihood(1.0, 3.0, 2.0).is_err());
        assert!(MbgNbdParams { a: -1.0, ..P }.p_alive(1.0, 1.0, 2.0).is_err());
    }
}

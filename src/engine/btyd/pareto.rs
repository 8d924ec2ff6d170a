//! Pareto/NBD (Schmittlein, Morrison & Colombo 1987, "Counting Your Customers", Management
//! Science 33(1)); likelihood and expressions as in Fader & Hardie (2005), "A Note on Deriving
//! the Pareto/NBD Model and Related Expressions".
//!
//! While alive a customer buys at Poisson rate λ ~ Gamma(r, α); lifetimes are exponential with
//! rate μ ~ Gamma(s, β). Times are in the summary's unit.

use super::bgnbd::{check_horizon, finite, hyp_error};
use super::error::BtydError;
use super::fit::{self, Fitted};
use super::summary::{check_customer, CustomerSummary};
use crate::engine::util::special::{
    digamma, ln_gamma, ln_hyp2f1_capped, ln_hyp2f1_grad, log_diff_exp, log_sum_exp, log_sum_exp_weights, MAX_TERMS,
};
use serde::{Deserialize, Serialize};

/// Pareto/NBD parameters (all > 0).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct ParetoNbdParams {
    pub r: f64,
    pub alpha: f64,
    pub s: f64,
    pub beta: f64,
}

impl ParetoNbdParams {
    /// All parameters finite and positive.
    pub fn validate(&self) -> Result<(), BtydError> {
        super::error::check_positive("Pareto/NBD", &[self.r, self.alpha, self.s, self.beta], self)
    }

    /// ln L for one customer (Fader & Hardie 2005 note, section on the likelihood, with its two expressions for A₀):
    ///
    /// L = Γ(r+x)α^r β^s / Γ(r) · { 1/((α+T)^(r+x) (β+T)^s) + s/(r+s+x) · A₀ }
    ///
    /// α ≥ β: A₀ = F(α, s+1, t_x) − F(α, s+1, T), F(m, b, y) = ₂F₁(r+s+x, b; r+s+x+1; (α−β)/(m+y)) / (m+y)^(r+s+x);
    /// α < β: A₀ = F(β, r+x, t_x) − F(β, r+x, T) with argument (β−α)/(β+y).
    ///
    /// Returns (ln L, ln of the "alive" part), the latter for P(alive).
    fn parts(&self, x: f64, t_x: f64, age: f64) -> Option<(f64, f64)> {
        // One customer: the full series cap, so β/α in the hundreds (₂F₁ near z = 1 for x = 0
        // and t_x = 0) is still evaluated.
        let k = XTerms { cap: MAX_TERMS, ..XTerms::new(self, x) };
        let at_age = k.at(self, age)?;
        k.combine(self, t_x, age, at_age)
    }

    /// ln L for one customer (see the source comments for the formula).
    pub fn log_likelihood(&self, x: f64, t_x: f64, age: f64) -> Result<f64, BtydError> {
        self.validate()?;
        check_customer(x, t_x, age)?;
        let (ll, _) = self.parts(x, t_x, age).ok_or_else(hyp_error)?;
        finite(ll)
    }

    pub(crate) fn total_log_likelihood(&self, data: &fit::Grouped) -> f64 {
        let mut total = 0.0;
        let mut at_ages = Vec::new();
        for g in &data.groups {
            let k = XTerms::new(self, g.x);
            at_ages.clear();
            for &age in &g.ages {
                match k.at(self, age) {
                    Some(v) => at_ages.push(v),
                    None => return f64::NAN,
                }
            }
            for row in &g.rows {
                match k.combine(self, row.t_x, row.age, at_ages[row.age_idx]) {
                    Some((ll, _)) => total += row.weight * ll,
                    None => return f64::NAN,
                }
            }
        }
        total
    }

    /// Sum of ln L over (grouped) customers and its gradient with respect to (r, α, s, β), written
    /// into `grad`; NaN where the likelihood is not evaluable. Each term of ln L is differentiated
    /// in closed form except ln ₂F₁, whose derivatives in its parameters and argument come from the
    /// series itself ([`ln_hyp2f1_grad`]); ln A₀ = ln(e^f₁ − e^f₂) has derivative
    /// (f₁′ − q f₂′)/(1 − q), q = e^(f₂−f₁). Terms that depend on (x, T) only are computed once.
    pub(crate) fn total_log_likelihood_grad(&self, data: &fit::Grouped, grad: &mut [f64]) -> f64 {
        let Self { r, alpha, s, beta } = *self;
        let (psi_r, ln_alpha, ln_beta) = (digamma(r), alpha.ln(), beta.ln());
        let mut total = 0.0;
        let mut g = [0.0_f64; 4];
        let mut at_ages: Vec<(f64, [f64; 4], f64, [f64; 4])> = Vec::new();
        for grp in &data.groups {
            let k = XTerms::new(self, grp.x);
            let rx = r + grp.x;
            let d_head = [digamma(rx) - psi_r + ln_alpha, r / alpha, ln_beta, s / beta];
            let d_dead_const = [-1.0 / k.rho, 0.0, 1.0 / s - 1.0 / k.rho, 0.0];
            at_ages.clear();
            for &age in &grp.ages {
                let (la, lb) = ((alpha + age).ln(), (beta + age).ln());
                let alive = -rx * la - s * lb;
                let d_alive = [-la, -rx / (alpha + age), -lb, -s / (beta + age)];
                let Some((f, df)) = k.ln_f_grad(self, age) else {
                    return f64::NAN;
                };
                at_ages.push((alive, d_alive, f, df));
            }
            for row in &grp.rows {
                let (alive, d_alive, f2, df2) = at_ages[row.age_idx];
                let mut dead = f64::NEG_INFINITY;
                let mut d_dead = [0.0; 4];
                if row.t_x < row.age {
                    let Some((f1, df1)) = k.ln_f_grad(self, row.t_x) else {
                        return f64::NAN;
                    };
                    if f1 > f2 {
                        dead = (s / k.rho).ln() + log_diff_exp(f1, f2);
                        let q = (f2 - f1).exp();
                        let one_minus_q = -(f2 - f1).exp_m1();
                        for i in 0..4 {
                            d_dead[i] = (df1[i] - q * df2[i]) / one_minus_q + d_dead_const[i];
                        }
                    }
                }
                let (lse, w1, w2) = log_sum_exp_weights(alive, dead);
                let wt = row.weight;
                total += wt * (k.head + lse);
                for i in 0..4 {
                    g[i] += wt * (d_head[i] + w1 * d_alive[i] + w2 * d_dead[i]);
                }
            }
        }
        grad.copy_from_slice(&g);
        total
    }

    /// P(alive | x, t_x, T) = [Γ(r+x)α^r β^s / (Γ(r)(α+T)^(r+x)(β+T)^s)] / L (Fader & Hardie 2005 note, section on P(alive)).
    pub fn p_alive(&self, x: f64, t_x: f64, age: f64) -> Result<f64, BtydError> {
        self.validate()?;
        check_customer(x, t_x, age)?;
        let (ll, alive) = self.parts(x, t_x, age).ok_or_else(hyp_error)?;
        finite((alive - ll).exp().min(1.0))
    }

    /// E[Y(t) | x, t_x, T] = (r+x)(β+T) / ((α+T)(s−1)) · [1 − ((β+T)/(β+T+t))^(s−1)] · P(alive)
    /// (SMC 1987; Fader & Hardie 2005 note, section on the conditional expectation).
    pub fn conditional_expected_purchases(&self, t: f64, x: f64, t_x: f64, age: f64) -> Result<f64, BtydError> {
        check_horizon(t)?;
        let p = self.p_alive(x, t_x, age)?;
        let Self { r, alpha, s, beta } = *self;
        let g = power_gap(s - 1.0, (t / (beta + age)).ln_1p());
        finite((r + x) * (beta + age) / (alpha + age) * g * p)
    }

    /// E[X(t)] for a customer just acquired: rβ/(α(s−1)) · [1 − (β/(β+t))^(s−1)] (SMC 1987;
    /// Fader & Hardie 2005 note).
    pub fn expected_purchases_new(&self, t: f64) -> Result<f64, BtydError> {
        self.validate()?;
        check_horizon(t)?;
        let Self { r, alpha, s, beta } = *self;
        finite(r * beta / alpha * power_gap(s - 1.0, (t / beta).ln_1p()))
    }
}

/// Series cap of the likelihood summed in a fit (see `XTerms::ln_f`).
const LIKELIHOOD_TERMS: usize = 2_000;

/// Terms of the Pareto/NBD likelihood that depend on x only.
struct XTerms {
    x: f64,
    head: f64,
    rho: f64,
    m: f64,
    b_par: f64,
    diff: f64,
    /// Most ₂F₁ series terms (see `ln_f`).
    cap: usize,
}

/// Terms that depend on x and T only: (ln of the alive part without `head`, ln F(T)).
type AtAge = (f64, f64);

impl XTerms {
    fn new(p: &ParetoNbdParams, x: f64) -> Self {
        let ParetoNbdParams { r, alpha, s, beta } = *p;
        let (m, b_par, diff) = if alpha >= beta { (alpha, s + 1.0, alpha - beta) } else { (beta, r + x, beta - alpha) };
        XTerms {
            x,
            head: ln_gamma(r + x) - ln_gamma(r) + r * alpha.ln() + s * beta.ln(),
            rho: r + s + x,
            m,
            b_par,
            diff,
            cap: LIKELIHOOD_TERMS,
        }
    }

    fn ln_f(&self, y: f64) -> Option<f64> {
        // 2,000 terms reach z ≈ 0.98; beyond, the likelihood counts as not evaluable (the
        // optimiser then stays away from β/α → 0 with t_x → 0).
        let z = self.diff / (self.m + y);
        let h = ln_hyp2f1_capped(self.rho, self.b_par, self.rho + 1.0, z, self.cap)?;
        if h.sign <= 0.0 {
            return None;
        }
        Some(h.ln_abs - self.rho * (self.m + y).ln())
    }

    /// ln F(y) (as in `ln_f`) and its gradient with respect to (r, α, s, β). With
    /// F = ₂F₁(ρ, b; ρ+1; z)/(m+y)^ρ, ρ = r+s+x:
    /// - α ≥ β (m = α, b = s+1, z = (α−β)/(α+y)): ∂z/∂α = (β+y)/(α+y)², ∂z/∂β = −1/(α+y);
    /// - α < β (m = β, b = r+x, z = (β−α)/(β+y)): ∂z/∂β = (α+y)/(β+y)², ∂z/∂α = −1/(β+y).
    fn ln_f_grad(&self, p: &ParetoNbdParams, y: f64) -> Option<(f64, [f64; 4])> {
        let my = self.m + y;
        let z = self.diff / my;
        let h = ln_hyp2f1_grad(self.rho, self.b_par, self.rho + 1.0, z, LIKELIHOOD_TERMS)?;
        let l_my = my.ln();
        let through_rho = h.d_a + h.d_c - l_my;
        let d = if p.alpha >= p.beta {
            [through_rho, h.d_z * (p.beta + y) / (my * my) - self.rho / my, through_rho + h.d_b, -h.d_z / my]
        } else {
            [through_rho + h.d_b, -h.d_z / my, through_rho, h.d_z * (p.alpha + y) / (my * my) - self.rho / my]
        };
        Some((h.ln - self.rho * l_my, d))
    }

    fn at(&self, p: &ParetoNbdParams, age: f64) -> Option<AtAge> {
        let alive = -(p.r + self.x) * (p.alpha + age).ln() - p.s * (p.beta + age).ln();
        Some((alive, self.ln_f(age)?))
    }

    fn combine(&self, p: &ParetoNbdParams, t_x: f64, age: f64, (alive, f_age): AtAge) -> Option<(f64, f64)> {
        let ln_a0 = if t_x >= age {
            f64::NEG_INFINITY
        } else {
            let f_tx = self.ln_f(t_x)?;
            // A₀ is an integral of a positive function; rounding can only make it look ≤ 0 when tiny.
            if f_tx > f_age {
                log_diff_exp(f_tx, f_age)
            } else {
                f64::NEG_INFINITY
            }
        };
        let dead = (p.s / self.rho).ln() + ln_a0;
        Some((self.head + log_sum_exp(alive, dead), self.head + alive))
    }
}

/// (1 − e^(−k·L)) / k, with its limit L at k = 0.
fn power_gap(k: f64, l: f64) -> f64 {
    if k.abs() < 1e-10 {
        l
    } else {
        -(-k * l).exp_m1() / k
    }
}

/// Fit Pareto/NBD by maximum likelihood (BFGS with the analytic gradient on ln r, ln α, ln s, ln β;
/// Nelder–Mead from two starts as the fallback).
pub fn fit_pareto_nbd(customers: &[CustomerSummary]) -> Result<Fitted<ParetoNbdParams>, BtydError> {
    let data = fit::group(customers)?;
    let total_x: f64 = customers.iter().map(|c| c.frequency as f64).sum();
    let total_t: f64 = customers.iter().map(|c| c.age).sum();
    let alpha0 = (total_t / total_x.max(1.0)).clamp(1e-3, 1e4);
    let mean_t = (total_t / data.n as f64).max(1e-3);
    let starts = vec![vec![1.0, alpha0, 1.0, mean_t], vec![0.3, 0.3 * alpha0, 0.5, 0.3 * mean_t]];
    let ll = |p: &[f64]| ParetoNbdParams { r: p[0], alpha: p[1], s: p[2], beta: p[3] }.total_log_likelihood(&data);
    let ll_grad = |p: &[f64], g: &mut [f64]| {
        ParetoNbdParams { r: p[0], alpha: p[1], s: p[2], beta: p[3] }.total_log_likelihood_grad(&data, g)
    };
    let (p, report) = fit::maximise_with_gradient(ll, ll_grad, &starts, data.n)?;
    Ok(Fitted { params: ParetoNbdParams { r: p[0], alpha: p[1], s: p[2], beta: p[3] }, report })
}

#[cfg(test)]
// Reference figures as tests/reference/btyd_mpmath.py prints them (17 significant digits).
#[allow(clippy::excessive_precision)]
mod tests {
    use super::*;

    /// lifetimes 0.11.3 on the CDNOW calibration summary (tests/fixtures/cdnow/README.md).
    const CDNOW: ParetoNbdParams = ParetoNbdParams { r: 0.5532736, alpha: 10.57760, s: 0.6062582, beta: 11.66933 };

    #[test]
    fn both_branches_agree_near_alpha_equal_beta() {
        let below = ParetoNbdParams { alpha: 10.0, beta: 10.0 + 1e-9, ..CDNOW };
        let above = ParetoNbdParams { alpha: 10.0 + 1e-9, beta: 10.0, ..CDNOW };
        for (x, tx, t) in [(0.0, 0.0, 38.0), (3.0, 20.0, 38.0), (1.0, 1.0, 2.0)] {
            let (a, b) = (below.log_likelihood(x, tx, t).unwrap(), above.log_likelihood(x, tx, t).unwrap());
            assert!((a - b).abs() < 1e-7, "{a} vs {b}");
        }
    }

    #[test]
    fn likelihood_matches_numerical_integration() {
        // L = ∫ over death times: the alive term plus ∫_{t_x}^{T} of the death density, which we
        // integrate by Simpson's rule on the closed form for fixed rates averaged over the gamma
        // mixtures: r, α, s, β enter via (α+τ)^−(r+x) (β+τ)^−(s+1).
        for p in [CDNOW, ParetoNbdParams { alpha: 20.0, beta: 3.0, ..CDNOW }] {
            let (x, tx, t): (f64, f64, f64) = (4.0, 12.5, 38.0);
            let head = (ln_gamma(p.r + x) - ln_gamma(p.r) + p.r * p.alpha.ln() + p.s * p.beta.ln()).exp();
            let alive = (p.alpha + t).powf(-(p.r + x)) * (p.beta + t).powf(-p.s);
            let n = 20_000;
            let h = (t - tx) / n as f64;
            let g = |y: f64| p.s * (p.alpha + y).powf(-(p.r + x)) * (p.beta + y).powf(-(p.s + 1.0));
            let mut integral = g(tx) + g(t);
            for i in 1..n {
                integral += g(tx + i as f64 * h) * if i % 2 == 1 { 4.0 } else { 2.0 };
            }
            integral *= h / 3.0;
            let want = (head * (alive + integral)).ln();
            let got = p.log_likelihood(x, tx, t).unwrap();
            assert!((got - want).abs() < 1e-8, "{got} vs {want}");
        }
    }

    #[test]
    fn gradient_matches_differences() {
        let customers = fit::test_customers(&[
            (0, 0.0, 38.0),
            (1, 1.0, 2.0),
            (2, 30.43, 38.86),
            (2, 30.43, 30.44),
            (4, 12.5, 38.0),
            (5, 0.5, 30.0),
            (221, 103.43, 103.57),
        ]);
        let data = fit::group(&customers).unwrap();
        for p in [
            CDNOW,
            ParetoNbdParams { alpha: 20.0, beta: 3.0, ..CDNOW },
            ParetoNbdParams { r: 1.7, alpha: 2.0, s: 0.2, beta: 30.0 },
        ] {
            fit::assert_gradient(
                [p.r, p.alpha, p.s, p.beta],
                |q| ParetoNbdParams { r: q[0], alpha: q[1], s: q[2], beta: q[3] }.total_log_likelihood(&data),
                |q, g| ParetoNbdParams { r: q[0], alpha: q[1], s: q[2], beta: q[3] }.total_log_likelihood_grad(&data, g),
            );
        }
    }

    #[test]
    fn heavy_buyer_is_stable() {
        // References: tests/reference/btyd_mpmath.py ("Heavy buyers", "Unit tests"), 50 digits,
        // the likelihood by quadrature; held to 10⁻⁹ relative.
        let (x, tx, t) = (221.0, 103.43, 103.57);
        let exact = |got: f64, want: f64| assert!((got - want).abs() <= 1e-9 * want.abs(), "{got} vs {want}");
        for (p, p_alive, e39) in [
            (CDNOW, 0.999153499735508, 69.029643150306027),
            (ParetoNbdParams { alpha: 20.0, beta: 3.0, ..CDNOW }, 0.99909447018563676, 63.342584645317464),
        ] {
            assert!(p.log_likelihood(x, tx, t).unwrap().is_finite());
            exact(p.p_alive(x, tx, t).unwrap(), p_alive);
            exact(p.conditional_expected_purchases(39.0, x, tx, t).unwrap(), e39);
        }
        exact(CDNOW.log_likelihood(x, tx, t).unwrap(), -76.963500882357614);
    }

    #[test]
    fn new_customer_and_s_equal_one() {
        let e = CDNOW.expected_purchases_new(0.01).unwrap();
        assert!((e / (CDNOW.r * 0.01 / CDNOW.alpha) - 1.0).abs() < 0.01);
        // s = 1: rβ/α · ln(1 + t/β) (btyd_mpmath.py, "Unit tests").
        let one = ParetoNbdParams { s: 1.0, ..CDNOW }.expected_purchases_new(39.0).unwrap();
        assert!((one - 0.89625237148421291).abs() <= 1e-9 * one, "{one}");
        let near = ParetoNbdParams { s: 1.0 + 1e-6, ..CDNOW }.expected_purchases_new(39.0).unwrap();
        assert!((one - near).abs() < 1e-5);
        assert!(CDNOW.conditional_expected_purchases(-1.0, 1.0, 1.0, 2.0).is_err());
    }

    #[test]
    fn fit_without_drop_out_says_it_ended_on_the_bound() {
        // Every customer bought until the end of the period: the likelihood keeps rising as the
        // drop-out rate s/β falls, so the fit ends on the search bound and says so.
        let customers = fit::test_customers(&[(3, 20.0, 20.0), (1, 10.0, 10.0), (0, 0.0, 15.0), (5, 30.0, 30.0), (2, 8.0, 8.0)]);
        let fit = fit_pareto_nbd(&customers).unwrap();
        assert!(fit.report.at_bound && fit.report.log_likelihood.is_finite(), "{fit:?}");
        assert_eq!(fit.report.status(), fit::FitStatus::AtBound);
    }
}

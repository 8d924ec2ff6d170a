//! BG/NBD (Fader, Hardie & Lee 2005, "Counting Your Customers the Easy Way", Marketing Science 24(2)).
//!
//! While alive a customer buys at Poisson rate λ ~ Gamma(r, α); after each purchase they drop out
//! with probability p ~ Beta(a, b). Times are in the summary's unit; α is in those units.

use super::error::BtydError;
use super::fit::{self, Fitted};
use super::summary::{check_customer, CustomerSummary};
use crate::engine::util::special::{digamma, ln_beta, ln_gamma, ln_hyp2f1, log_sum_exp, log_sum_exp_weights};
use crate::i18n::Text;
use serde::{Deserialize, Serialize};

/// BG/NBD parameters (all > 0).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct BgNbdParams {
    pub r: f64,
    pub alpha: f64,
    pub a: f64,
    pub b: f64,
}

/// Values of `a` closer to 1 than this are evaluated as the mean of a ± this (the formulas divide
/// by a − 1 but have a finite limit).
const A_NEAR_ONE: f64 = 1e-6;

impl BgNbdParams {
    /// All parameters finite and positive.
    pub fn validate(&self) -> Result<(), BtydError> {
        super::error::check_positive("BG/NBD", &[self.r, self.alpha, self.a, self.b], self)
    }

    /// ln L for one customer, FHL 2005 eq. (6), in log space:
    /// L = B(a,b+x)/B(a,b) · Γ(r+x)α^r/(Γ(r)(α+T)^(r+x))
    ///   + δ(x>0) B(a+1,b+x−1)/B(a,b) · Γ(r+x)α^r/(Γ(r)(α+t_x)^(r+x)).
    pub fn log_likelihood(&self, x: f64, t_x: f64, age: f64) -> Result<f64, BtydError> {
        self.validate()?;
        check_customer(x, t_x, age)?;
        let c = self.constants(x);
        Ok(c.row(self.r, self.alpha, x, t_x, age))
    }

    fn constants(&self, x: f64) -> XConstants {
        let Self { r, alpha, a, b } = *self;
        let lb = ln_beta(a, b);
        XConstants {
            head: ln_gamma(r + x) - ln_gamma(r) + r * alpha.ln(),
            alive: ln_beta(a, b + x) - lb,
            dead: if x > 0.0 { ln_beta(a + 1.0, b + x - 1.0) - lb } else { f64::NEG_INFINITY },
        }
    }

    /// Sum of ln L over (grouped) customers.
    pub(crate) fn total_log_likelihood(&self, data: &fit::Grouped) -> f64 {
        grouped_log_likelihood(data, self.r, self.alpha, |x| self.constants(x))
    }

    /// Sum of ln L over (grouped) customers and its gradient with respect to (r, α, a, b),
    /// written into `grad` ([`grouped_log_likelihood_grad`]), with (ψ = digamma)
    /// ∂alive/∂a = ψ(a+b) − ψ(a+b+x), ∂alive/∂b = ψ(b+x) − ψ(b) + ψ(a+b) − ψ(a+b+x),
    /// ∂dead/∂a = 1/a + ψ(a+b) − ψ(a+b+x), ∂dead/∂b = ψ(b+x−1) − ψ(b) + ψ(a+b) − ψ(a+b+x).
    pub(crate) fn total_log_likelihood_grad(&self, data: &fit::Grouped, grad: &mut [f64]) -> f64 {
        let Self { a, b, .. } = *self;
        let (psi_b, psi_ab) = (digamma(b), digamma(a + b));
        let per_x = |x: f64| {
            let psi_abx = digamma(a + b + x);
            let slopes = XSlopes {
                alive_a: psi_ab - psi_abx,
                alive_b: digamma(b + x) - psi_b + psi_ab - psi_abx,
                dead_a: 1.0 / a + psi_ab - psi_abx,
                dead_b: if x > 0.0 { digamma(b + x - 1.0) - psi_b + psi_ab - psi_abx } else { 0.0 },
            };
            (self.constants(x), slopes)
        };
        grouped_log_likelihood_grad(data, self.r, self.alpha, per_x, grad)
    }

    /// P(alive | x, t_x, T), Fader, Hardie & Lee (2008), note "Computing P(alive) Using the BG/NBD Model":
    /// 1 / (1 + δ(x>0) a/(b+x−1) ((α+T)/(α+t_x))^(r+x)).
    pub fn p_alive(&self, x: f64, t_x: f64, age: f64) -> Result<f64, BtydError> {
        self.validate()?;
        check_customer(x, t_x, age)?;
        finite(self.p_alive_unchecked(x, t_x, age))
    }

    fn p_alive_unchecked(&self, x: f64, t_x: f64, age: f64) -> f64 {
        if x <= 0.0 {
            return 1.0;
        }
        let ln_odds = self.a.ln() - (self.b + x - 1.0).ln() + (self.r + x) * ((self.alpha + age) / (self.alpha + t_x)).ln();
        logistic_of_minus(ln_odds)
    }

    /// E[X(t)] for a customer just acquired, FHL 2005 eq. (9):
    /// (a+b−1)/(a−1) · [1 − (α/(α+t))^r ₂F₁(r, b; a+b−1; t/(α+t))].
    pub fn expected_purchases_new(&self, t: f64) -> Result<f64, BtydError> {
        self.validate()?;
        check_horizon(t)?;
        self.near_a_one(|p| p.expected_new_raw(t))
    }

    fn expected_new_raw(&self, t: f64) -> Result<f64, BtydError> {
        let Self { r, alpha, a, b } = *self;
        if t == 0.0 {
            return Ok(0.0);
        }
        let z = t / (alpha + t);
        let f = ln_hyp2f1(r, b, a + b - 1.0, z).ok_or_else(hyp_error)?;
        let ln_term = -r * (t / alpha).ln_1p() + f.ln_abs;
        finite((a + b - 1.0) / (a - 1.0) * one_minus(f.sign, ln_term))
    }

    /// E[Y(t) | x, t_x, T]: expected purchases in the next t, FHL 2005 eq. (10):
    /// (a+b+x−1)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x) ₂F₁(r+x, b+x; a+b+x−1; t/(α+T+t))]
    /// / [1 + δ(x>0) a/(b+x−1) ((α+T)/(α+t_x))^(r+x)].
    pub fn conditional_expected_purchases(&self, t: f64, x: f64, t_x: f64, age: f64) -> Result<f64, BtydError> {
        self.validate()?;
        check_customer(x, t_x, age)?;
        check_horizon(t)?;
        self.near_a_one(|p| p.conditional_raw(t, x, t_x, age))
    }

    fn conditional_raw(&self, t: f64, x: f64, t_x: f64, age: f64) -> Result<f64, BtydError> {
        let Self { r, alpha, a, b } = *self;
        if t == 0.0 {
            return Ok(0.0);
        }
        let z = t / (alpha + age + t);
        let f = ln_hyp2f1(r + x, b + x, a + b + x - 1.0, z).ok_or_else(hyp_error)?;
        let ln_term = -(r + x) * (t / (alpha + age)).ln_1p() + f.ln_abs;
        finite((a + b + x - 1.0) / (a - 1.0) * one_minus(f.sign, ln_term) * self.p_alive_unchecked(x, t_x, age))
    }

    /// Evaluates `f` at `a`, or where the formulas have a removable singularity as the mean of
    /// the two sides: a = 1 (they divide by a − 1), and a + b = 1 (₂F₁ with c = a + b − 1 = 0 for
    /// a customer without repeat purchases; (a+b−1)·₂F₁ has a finite limit there).
    fn near_a_one(&self, f: impl Fn(&Self) -> Result<f64, BtydError>) -> Result<f64, BtydError> {
        if (self.a - 1.0).abs() < A_NEAR_ONE {
            let lo = f(&Self { a: 1.0 - A_NEAR_ONE, ..*self })?;
            let hi = f(&Self { a: 1.0 + A_NEAR_ONE, ..*self })?;
            Ok(0.5 * (lo + hi))
        } else if (self.a + self.b - 1.0).abs() < A_NEAR_ONE {
            let c = self.a + self.b - 1.0;
            let lo = f(&Self { b: self.b - A_NEAR_ONE - c, ..*self })?;
            let hi = f(&Self { b: self.b + A_NEAR_ONE - c, ..*self })?;
            Ok(0.5 * (lo + hi))
        } else {
            f(self)
        }
    }
}

/// The terms of one repeat-purchase count x in the likelihood that BG/NBD and MBG/NBD share:
/// ln L = head + ln(e^(alive − (r+x) ln(α+T)) + e^(dead − (r+x) ln(α+t_x))), with
/// head = ln Γ(r+x) − ln Γ(r) + r ln α; the two models differ only in `alive` and `dead`.
pub(crate) struct XConstants {
    pub(crate) head: f64,
    pub(crate) alive: f64,
    pub(crate) dead: f64,
}

impl XConstants {
    pub(crate) fn row(&self, r: f64, alpha: f64, x: f64, t_x: f64, age: f64) -> f64 {
        let k = r + x;
        self.head + log_sum_exp(self.alive - k * (alpha + age).ln(), self.dead - k * (alpha + t_x).ln())
    }
}

/// The slopes of `alive` and `dead` in a and b at one x (each model's own).
pub(crate) struct XSlopes {
    pub(crate) alive_a: f64,
    pub(crate) alive_b: f64,
    pub(crate) dead_a: f64,
    pub(crate) dead_b: f64,
}

/// Sum of ln L over (grouped) customers, the terms of each x computed once per group.
pub(crate) fn grouped_log_likelihood(data: &fit::Grouped, r: f64, alpha: f64, constants: impl Fn(f64) -> XConstants) -> f64 {
    let mut total = 0.0;
    for g in &data.groups {
        let c = constants(g.x);
        for row in &g.rows {
            total += row.weight * c.row(r, alpha, g.x, row.t_x, row.age);
        }
    }
    total
}

/// Sum of ln L over (grouped) customers and its gradient in (r, α, a, b), written into `grad`.
/// Per row, with u₁ = alive − (r+x) ln(α+T), u₂ = dead − (r+x) ln(α+t_x) and weights
/// wᵢ = e^(uᵢ − ln(e^u₁ + e^u₂)):
/// - ∂/∂r = ψ(r+x) − ψ(r) + ln α − w₁ ln(α+T) − w₂ ln(α+t_x);
/// - ∂/∂α = r/α − (r+x)(w₁/(α+T) + w₂/(α+t_x));
/// - ∂/∂a, ∂/∂b = w₁ ∂alive + w₂ ∂dead, the slopes given per x by `per_x` (once per group).
pub(crate) fn grouped_log_likelihood_grad(
    data: &fit::Grouped,
    r: f64,
    alpha: f64,
    per_x: impl Fn(f64) -> (XConstants, XSlopes),
    grad: &mut [f64],
) -> f64 {
    let (psi_r, ln_alpha, head_alpha) = (digamma(r), alpha.ln(), r / alpha);
    let mut total = 0.0;
    let mut g = [0.0_f64; 4];
    for grp in &data.groups {
        let x = grp.x;
        let (c, s) = per_x(x);
        let k = r + x;
        let head_r = digamma(k) - psi_r + ln_alpha;
        for row in &grp.rows {
            let (l_t, l_tx) = ((alpha + row.age).ln(), (alpha + row.t_x).ln());
            let (lse, w1, w2) = log_sum_exp_weights(c.alive - k * l_t, c.dead - k * l_tx);
            let wt = row.weight;
            total += wt * (c.head + lse);
            g[0] += wt * (head_r - w1 * l_t - w2 * l_tx);
            g[1] += wt * (head_alpha - k * (w1 / (alpha + row.age) + w2 / (alpha + row.t_x)));
            g[2] += wt * (w1 * s.alive_a + w2 * s.dead_a);
            g[3] += wt * (w1 * s.alive_b + w2 * s.dead_b);
        }
    }
    grad.copy_from_slice(&g);
    total
}

/// 1 − sign·e^v, through `exp_m1` so that a short horizon (v near 0) keeps its digits.
fn one_minus(sign: f64, v: f64) -> f64 {
    if sign > 0.0 {
        -v.exp_m1()
    } else {
        1.0 - sign * v.exp()
    }
}

/// 1 / (1 + e^v) without overflow.
pub(crate) fn logistic_of_minus(v: f64) -> f64 {
    if v > 0.0 {
        let e = (-v).exp();
        e / (1.0 + e)
    } else {
        1.0 / (1.0 + v.exp())
    }
}

pub(crate) fn check_horizon(t: f64) -> Result<(), BtydError> {
    if t.is_finite() && t >= 0.0 {
        Ok(())
    } else {
        Err(BtydError::Input(Text::new("data-model-horizon").arg("value", format!("{t}"))))
    }
}

pub(crate) fn hyp_error() -> BtydError {
    BtydError::Numeric(Text::new("data-model-hypergeometric"))
}

pub(crate) fn finite(v: f64) -> Result<f64, BtydError> {
    if v.is_finite() {
        Ok(v)
    } else {
        Err(BtydError::Numeric(Text::new("data-model-not-finite")))
    }
}

/// Fit BG/NBD by maximum likelihood (BFGS with the analytic gradient on ln r, ln α, ln a, ln b;
/// Nelder–Mead from two starts as the fallback).
pub fn fit_bgnbd(customers: &[CustomerSummary]) -> Result<Fitted<BgNbdParams>, BtydError> {
    let data = fit::group(customers)?;
    let total_x: f64 = customers.iter().map(|c| c.frequency as f64).sum();
    let total_t: f64 = customers.iter().map(|c| c.age).sum();
    // Start the rate scale where r/α matches the observed purchase rate.
    let alpha0 = (total_t / total_x.max(1.0)).clamp(1e-3, 1e4);
    let starts = vec![vec![1.0, alpha0, 1.0, 1.0], vec![0.3, 0.3 * alpha0, 0.5, 3.0]];
    let ll = |p: &[f64]| BgNbdParams { r: p[0], alpha: p[1], a: p[2], b: p[3] }.total_log_likelihood(&data);
    let ll_grad =
        |p: &[f64], g: &mut [f64]| BgNbdParams { r: p[0], alpha: p[1], a: p[2], b: p[3] }.total_log_likelihood_grad(&data, g);
    let (p, report) = fit::maximise_with_gradient(ll, ll_grad, &starts, data.n)?;
    Ok(Fitted { params: BgNbdParams { r: p[0], alpha: p[1], a: p[2], b: p[3] }, report })
}

#[cfg(test)]
// Reference figures as tests/reference/btyd_mpmath.py prints them (17 significant digits).
#[allow(clippy::excessive_precision)]
mod tests {
    use super::*;

    impl BgNbdParams {
        fn p_alive_ok(&self, x: f64, t_x: f64, age: f64) -> f64 {
            self.p_alive(x, t_x, age).unwrap()
        }
    }

    /// lifetimes 0.11.3 on the CDNOW calibration summary (tests/fixtures/cdnow/README.md).
    const CDNOW: BgNbdParams = BgNbdParams { r: 0.2425929, alpha: 4.413532, a: 0.7928860, b: 2.425752 };

    /// |got − want| ≤ 10⁻⁹·|want|: references from tests/reference/btyd_mpmath.py (50 digits).
    fn exact(got: f64, want: f64) {
        assert!((got - want).abs() <= 1e-9 * want.abs(), "{got:e} vs {want:e}");
    }

    #[test]
    fn published_spot_value() {
        // FHL 2005: x = 2, t_x = 30.43, T = 38.86 expects 1.226 purchases in the next 39 weeks
        // (3 decimals: ± 0.0005); btyd_mpmath.py gives 1.2259103443033858.
        let e = CDNOW.conditional_expected_purchases(39.0, 2.0, 30.43, 38.86).unwrap();
        assert!((e - 1.226).abs() <= 5e-4, "{e}");
        exact(e, 1.2259103443033858);
    }

    #[test]
    fn heavy_buyer_is_stable() {
        let (x, tx, t) = (221.0, 103.43, 103.57);
        let ll = CDNOW.log_likelihood(x, tx, t).unwrap();
        assert!(ll.is_finite() && ll < 0.0, "{ll}");
        // References: btyd_mpmath.py ("Heavy buyers", "Unit tests").
        exact(CDNOW.p_alive_ok(x, tx, t), 0.99527260976897143);
        for (horizon, want) in [(1.0, 2.0317891699677143), (39.0, 70.17989571377147), (520.0, 469.59813797594006)] {
            exact(CDNOW.conditional_expected_purchases(horizon, x, tx, t).unwrap(), want);
        }
        // A heavy buyer who stopped long ago is almost surely gone.
        exact(CDNOW.p_alive_ok(x, 5.0, t), 1.0428772517050232e-232);
    }

    #[test]
    fn expected_purchases_for_a_new_customer_rise_with_time() {
        let mut last = 0.0;
        for t in [1.0, 10.0, 39.0, 78.0, 1000.0] {
            let e = CDNOW.expected_purchases_new(t).unwrap();
            assert!(e > last, "{t}: {e}");
            last = e;
        }
        // Small t: E[X(t)] ≈ r t / α.
        let e = CDNOW.expected_purchases_new(0.01).unwrap();
        assert!((e / (CDNOW.r * 0.01 / CDNOW.alpha) - 1.0).abs() < 0.01);
        // E[X(39)] (btyd_mpmath.py, "Short horizons").
        exact(CDNOW.expected_purchases_new(39.0).unwrap(), 1.1950160753174659);
        // a = 1 exactly is handled through the limit (btyd_mpmath.py; the mean of a = 1 ± 10⁻⁶
        // is within ~10⁻¹⁰ of it).
        let at_one = BgNbdParams { a: 1.0, ..CDNOW }.expected_purchases_new(39.0).unwrap();
        assert!((at_one - 1.0826893578086062).abs() <= 1e-8, "{at_one}");
    }

    #[test]
    fn p_alive_limits() {
        assert_eq!(CDNOW.p_alive_ok(0.0, 0.0, 30.0), 1.0);
        assert!(CDNOW.p_alive_ok(5.0, 30.0, 30.0) > CDNOW.p_alive_ok(5.0, 10.0, 30.0));
    }

    #[test]
    fn gradient_matches_differences() {
        let rows = [(0, 0.0, 38.0), (1, 1.0, 2.0), (2, 30.43, 38.86), (5, 12.0, 30.0), (221, 103.43, 103.57)];
        let customers = fit::test_customers(&rows);
        let data = fit::group(&customers).unwrap();
        for p in [CDNOW, BgNbdParams { r: 1.3, alpha: 0.7, a: 2.1, b: 0.4 }] {
            fit::assert_gradient(
                [p.r, p.alpha, p.a, p.b],
                |q| BgNbdParams { r: q[0], alpha: q[1], a: q[2], b: q[3] }.total_log_likelihood(&data),
                |q, g| BgNbdParams { r: q[0], alpha: q[1], a: q[2], b: q[3] }.total_log_likelihood_grad(&data, g),
            );
        }
    }

    #[test]
    fn fit_without_drop_out_falls_back_and_matches_nelder_mead() {
        // Nobody has stopped buying: the likelihood rises towards the search bound, where BFGS
        // hands over to Nelder–Mead; the result is at least as good as Nelder–Mead alone.
        let customers = fit::test_customers(&[(3, 20.0, 20.0), (1, 10.0, 10.0), (0, 0.0, 15.0), (5, 30.0, 30.0), (2, 8.0, 8.0)]);
        let fit = fit_bgnbd(&customers).unwrap();
        assert!(fit.report.log_likelihood.is_finite());
        let data = fit::group(&customers).unwrap();
        let ll = |p: &[f64]| BgNbdParams { r: p[0], alpha: p[1], a: p[2], b: p[3] }.total_log_likelihood(&data);
        let starts = vec![vec![1.0, 10.0, 1.0, 1.0], vec![0.3, 3.0, 0.5, 3.0]];
        let (_, nm) = fit::maximise(ll, &starts, data.n).unwrap();
        assert!(fit.report.log_likelihood >= nm.log_likelihood - 1e-6, "{fit:?} {nm:?}");
        // …and it says that it ended on the bound.
        assert!(fit.report.at_bound, "{fit:?}");
        assert_eq!(fit.report.status(), fit::FitStatus::AtBound);
        assert_eq!(fit.report.status_text().key, "data-fit-at-bound");
    }

    #[test]
    fn the_nelder_mead_fallback_alone_reaches_the_published_bgnbd_fit() {
        // The fallback is what runs when BFGS fails; on data that identify every parameter it
        // must converge inside the bound to the same optimum. CDNOW's published summary:
        // FHL 2005 print r = 0.243, α = 4.414, a = 0.793, b = 2.426 (± half a unit of the 3rd
        // decimal); ln L at lifetimes' estimates is −9582.4255605673759
        // (tests/reference/btyd_mpmath.py), which the maximum cannot fall below.
        let text = include_str!("../../../tests/fixtures/cdnow/cdnow_customers_summary_with_transactions.csv");
        let rows: Vec<(u32, f64, f64)> = text
            .lines()
            .skip(1)
            .map(|l| {
                let f: Vec<f64> = l.split(',').map(|v| v.parse().unwrap()).collect();
                (f[1] as u32, f[2], f[3])
            })
            .collect();
        let customers = fit::test_customers(&rows);
        let data = fit::group(&customers).unwrap();
        let ll = |p: &[f64]| BgNbdParams { r: p[0], alpha: p[1], a: p[2], b: p[3] }.total_log_likelihood(&data);
        let starts = vec![vec![1.0, 10.0, 1.0, 1.0], vec![0.3, 3.0, 0.5, 3.0]];
        let (p, rep) = fit::maximise(ll, &starts, data.n).unwrap();
        assert!(rep.converged && !rep.at_bound, "{rep:?}");
        assert_eq!(rep.status(), fit::FitStatus::Converged);
        assert!(rep.log_likelihood >= -9582.4255605673759 - 1e-4, "{rep:?}");
        for (got, published) in p.iter().zip([0.243, 4.414, 0.793, 2.426]) {
            assert!((got - published).abs() <= 5e-4, "{p:?}");
        }
    }

    #[test]
    fn refuses_bad_input() {
        assert!(BgNbdParams { r: -1.0, ..CDNOW }.log_likelihood(1.0, 1.0, 2.0).is_err());
        assert!(CDNOW.log_likelihood(1.0, 3.0, 2.0).is_err());
        assert!(CDNOW.conditional_expected_purchases(f64::NAN, 1.0, 1.0, 2.0).is_err());
        assert!(fit_bgnbd(&[]).is_err());
    }
}

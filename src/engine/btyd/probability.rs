//! Purchase probabilities over any horizon: P(no purchase), P(exactly n), P(at least one) in the
//! next t time units, for a customer with history (x, t_x, T) or a new customer, under BG/NBD,
//! MBG/NBD and Pareto/NBD. Formulas and sources: `docs/btyd.md`, "Purchase probabilities".
//!
//! A customer alive at T behaves from T on as a new customer with updated parameters: for BG/NBD
//! λ ~ Gamma(r+x, α+T), p ~ Beta(a, b+x) (dropping out only after a purchase, as from time 0);
//! for MBG/NBD p ~ Beta(a, b+x+1) (they survived x+1 chances to drop out); for Pareto/NBD
//! λ ~ Gamma(r+x, α+T), μ ~ Gamma(s, β+T). So
//! P(Y(t) = n | x, t_x, T) = P(alive) · Pₙ(t | updated parameters) + δ(n=0) · (1 − P(alive)).

use super::error::BtydError;
use super::value::PurchaseModel;
use crate::engine::util::special::{ln_beta, ln_gamma};
use crate::i18n::Text;

/// ln of the NBD probability of j events in time t: Γ(r+j)/(Γ(r) j!) (α/(α+t))^r (t/(α+t))^j.
fn ln_nbd(r: f64, alpha: f64, t: f64, j: f64) -> f64 {
    let tail = if j == 0.0 { 0.0 } else { j * (t / (alpha + t)).ln() };
    ln_gamma(r + j) - ln_gamma(r) - ln_gamma(j + 1.0) + r * (alpha / (alpha + t)).ln() + tail
}

/// P(N(t) ≥ n) of the NBD: 1 − Σ_{j<n} NBD(j).
fn nbd_at_least(r: f64, alpha: f64, t: f64, n: u32) -> f64 {
    let below: f64 = (0..n).map(|j| ln_nbd(r, alpha, t, j as f64).exp()).sum();
    (1.0 - below).max(0.0)
}

/// P(X(t) = n) of a new BG/NBD customer (FHL 2005 eq. 8):
/// B(a, b+n)/B(a, b) NBD(n) + δ(n>0) B(a+1, b+n−1)/B(a, b) P(NBD ≥ n).
fn bgnbd_new(r: f64, alpha: f64, a: f64, b: f64, t: f64, n: u32) -> f64 {
    let nf = n as f64;
    let lb = ln_beta(a, b);
    let first = (ln_beta(a, b + nf) - lb + ln_nbd(r, alpha, t, nf)).exp();
    if n == 0 {
        return first;
    }
    first + (ln_beta(a + 1.0, b + nf - 1.0) - lb).exp() * nbd_at_least(r, alpha, t, n)
}

/// P(X(t) = n) of a new MBG/NBD customer (Batislam et al. 2007, eq. 5):
/// B(a, b+n+1)/B(a, b) NBD(n) + B(a+1, b+n)/B(a, b) P(NBD ≥ n) (for n = 0 the second term is
/// a/(a+b), the drop-out at time 0).
fn mbgnbd_new(r: f64, alpha: f64, a: f64, b: f64, t: f64, n: u32) -> f64 {
    let nf = n as f64;
    let lb = ln_beta(a, b);
    (ln_beta(a, b + nf + 1.0) - lb + ln_nbd(r, alpha, t, nf)).exp()
        + (ln_beta(a + 1.0, b + nf) - lb).exp() * nbd_at_least(r, alpha, t, n)
}

/// P(n purchases in (0, t]) of a Pareto/NBD customer alive at 0 with λ ~ Gamma(r, α),
/// μ ~ Gamma(s, β): alive all along, or dead at u ∈ (0, t] after n purchases,
/// NBD(n; t) (β/(β+t))^s + ∫₀ᵗ s/β (β/(β+u))^(s+1) NBD(n; u) du (Simpson, adaptive).
fn pareto_alive(r: f64, alpha: f64, s: f64, beta: f64, t: f64, n: u32) -> f64 {
    let nf = n as f64;
    let alive = (ln_nbd(r, alpha, t, nf) + s * (beta / (beta + t)).ln()).exp();
    let density = |u: f64| (s / beta).ln() + (s + 1.0) * (beta / (beta + u)).ln();
    let f = |u: f64| {
        if u == 0.0 {
            return if n == 0 { s / beta } else { 0.0 };
        }
        (density(u) + ln_nbd(r, alpha, u, nf)).exp()
    };
    alive + adaptive_simpson(&f, 0.0, t, 1e-12)
}

fn adaptive_simpson(f: &impl Fn(f64) -> f64, a: f64, b: f64, eps: f64) -> f64 {
    #[allow(clippy::too_many_arguments)]
    fn step(f: &impl Fn(f64) -> f64, a: f64, b: f64, fa: f64, fm: f64, fb: f64, whole: f64, eps: f64, depth: u32) -> f64 {
        let m = 0.5 * (a + b);
        let (lm, rm) = (0.5 * (a + m), 0.5 * (m + b));
        let (flm, frm) = (f(lm), f(rm));
        let left = (m - a) / 6.0 * (fa + 4.0 * flm + fm);
        let right = (b - m) / 6.0 * (fm + 4.0 * frm + fb);
        let diff = left + right - whole;
        if depth == 0 || diff.abs() <= 15.0 * eps {
            return left + right + diff / 15.0;
        }
        step(f, a, m, fa, flm, fm, left, eps / 2.0, depth - 1) + step(f, m, b, fm, frm, fb, right, eps / 2.0, depth - 1)
    }
    if b <= a {
        return 0.0;
    }
    // Start from 16 panels so that a narrow peak near 0 is not missed.
    let panels = 16;
    let w = (b - a) / panels as f64;
    (0..panels)
        .map(|i| {
            let (x0, x1) = (a + i as f64 * w, a + (i + 1) as f64 * w);
            let (f0, f1, f2) = (f(x0), f(0.5 * (x0 + x1)), f(x1));
            step(f, x0, x1, f0, f1, f2, (x1 - x0) / 6.0 * (f0 + 4.0 * f1 + f2), eps / panels as f64, 40)
        })
        .sum()
}

fn check(t: f64) -> Result<(), BtydError> {
    super::bgnbd::check_horizon(t)
}

/// P(exactly n purchases in the first t time units) of a new customer.
pub fn new_customer_probability(model: &PurchaseModel, n: u32, t: f64) -> Result<f64, BtydError> {
    check(t)?;
    let v = match model {
        PurchaseModel::BgNbd(p) => {
            p.validate()?;
            bgnbd_new(p.r, p.alpha, p.a, p.b, t, n)
        }
        PurchaseModel::MbgNbd(p) => {
            p.validate()?;
            mbgnbd_new(p.r, p.alpha, p.a, p.b, t, n)
        }
        PurchaseModel::ParetoNbd(p) => {
            p.validate()?;
            pareto_alive(p.r, p.alpha, p.s, p.beta, t, n)
        }
    };
    super::bgnbd::finite(v.clamp(0.0, 1.0))
}

/// P(exactly n purchases in the next t time units | x, t_x, T).
pub fn probability_of_purchases(model: &PurchaseModel, n: u32, t: f64, x: f64, t_x: f64, age: f64) -> Result<f64, BtydError> {
    check(t)?;
    let alive = model.p_alive(x, t_x, age)?;
    let given_alive = match model {
        PurchaseModel::BgNbd(p) => bgnbd_new(p.r + x, p.alpha + age, p.a, p.b + x, t, n),
        PurchaseModel::MbgNbd(p) => bgnbd_new(p.r + x, p.alpha + age, p.a, p.b + x + 1.0, t, n),
        PurchaseModel::ParetoNbd(p) => pareto_alive(p.r + x, p.alpha + age, p.s, p.beta + age, t, n),
    };
    let v = alive * given_alive + if n == 0 { 1.0 - alive } else { 0.0 };
    super::bgnbd::finite(v.clamp(0.0, 1.0))
}

/// P(no purchase), P(exactly 1), P(at least one) in the next t time units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PurchaseChances {
    pub none: f64,
    pub one: f64,
    pub at_least_one: f64,
}

/// [`PurchaseChances`] of a customer with history (x, t_x, T).
pub fn purchase_chances(model: &PurchaseModel, t: f64, x: f64, t_x: f64, age: f64) -> Result<PurchaseChances, BtydError> {
    let none = probability_of_purchases(model, 0, t, x, t_x, age)?;
    let one = probability_of_purchases(model, 1, t, x, t_x, age)?;
    Ok(PurchaseChances { none, one, at_least_one: 1.0 - none })
}

/// A horizon in the summary's unit from a number of days, refusing a date in the past.
pub fn horizon_from_days(days: i64, unit_days: f64) -> Result<f64, BtydError> {
    if days < 0 || unit_days.is_nan() || unit_days <= 0.0 {
        return Err(BtydError::Input(Text::new("data-model-horizon").arg("value", days.to_string())));
    }
    Ok(days as f64 / unit_days)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::btyd::bgnbd::BgNbdParams;
    use crate::engine::btyd::mbgnbd::MbgNbdParams;
    use crate::engine::btyd::pareto::ParetoNbdParams;

    const BG: BgNbdParams = BgNbdParams { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

    #[test]
    fn probabilities_add_up_and_their_mean_is_the_expected_count() {
        let models = [
            PurchaseModel::BgNbd(BG),
            PurchaseModel::MbgNbd(MbgNbdParams { r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 }),
            PurchaseModel::ParetoNbd(ParetoNbdParams { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 }),
        ];
        for m in &models {
            for (x, tx, age) in [(0.0, 0.0, 38.0), (2.0, 30.43, 38.86), (7.0, 35.0, 38.0)] {
                let t = 39.0;
                let ps: Vec<f64> = (0..200).map(|n| probability_of_purchases(m, n, t, x, tx, age).unwrap()).collect();
                let total: f64 = ps.iter().sum();
                assert!((total - 1.0).abs() < 1e-6, "{} {x}: {total}", m.name());
                let mean: f64 = ps.iter().enumerate().map(|(n, p)| n as f64 * p).sum();
                let e = m.conditional_expected_purchases(t, x, tx, age).unwrap();
                assert!((mean - e).abs() < 1e-5 * e.max(1.0), "{} {x}: {mean} vs {e}", m.name());
            }
        }
    }
}

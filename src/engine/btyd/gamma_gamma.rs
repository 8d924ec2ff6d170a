//! Gamma-Gamma model of spend per transaction (Fader & Hardie 2013, "The Gamma-Gamma Model of
//! Monetary Value"; Colombo & Jiang 1999).
//!
//! Each transaction value z ~ Gamma(p, ν); across customers ν ~ Gamma(q, γ). The mean z̄ of a
//! customer's x repeat transactions then has density
//! f(z̄ | p, q, γ; x) = Γ(px+q) / (Γ(px)Γ(q)) · γ^q x^(px) z̄^(px−1) / (γ + x z̄)^(px+q).
//! Monetary values are in the currency of the data.

use super::error::BtydError;
use super::fit::{self, Fitted};
use super::summary::CustomerSummary;
use crate::engine::util::special::{digamma, ln_gamma};
use crate::i18n::Text;
use serde::{Deserialize, Serialize};

/// Gamma-Gamma parameters (all > 0; `q > 1` for a finite population mean).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct GammaGammaParams {
    pub p: f64,
    pub q: f64,
    pub gamma: f64,
}

impl GammaGammaParams {
    /// All parameters finite and positive.
    pub fn validate(&self) -> Result<(), BtydError> {
        super::error::check_positive("Gamma-Gamma", &[self.p, self.q, self.gamma], self)
    }

    /// ln f(z̄ | x) for a customer with x ≥ 1 repeat purchases of mean value z̄ > 0.
    pub fn log_likelihood(&self, x: f64, zbar: f64) -> Result<f64, BtydError> {
        self.validate()?;
        if !(x >= 1.0 && x.is_finite() && zbar > 0.0 && zbar.is_finite()) {
            return Err(BtydError::Input(
                Text::new("data-model-spend-needs-repeat").arg("x", format!("{x}")).arg("zbar", format!("{zbar}")),
            ));
        }
        Ok(self.ll(x, zbar))
    }

    fn ll(&self, x: f64, zbar: f64) -> f64 {
        let Self { p, q, gamma } = *self;
        let px = p * x;
        ln_gamma(px + q) - ln_gamma(px) - ln_gamma(q) + q * gamma.ln() + px * x.ln() + (px - 1.0) * zbar.ln()
            - (px + q) * (gamma + x * zbar).ln()
    }

    /// Population mean spend per transaction, E[Z] = pγ/(q−1) (needs q > 1).
    pub fn population_mean(&self) -> Result<f64, BtydError> {
        self.validate()?;
        if self.q <= 1.0 {
            return Err(BtydError::Numeric(Text::new("data-model-mean-spend-infinite")));
        }
        Ok(self.p * self.gamma / (self.q - 1.0))
    }

    /// E[M | x, z̄] = p(γ + x z̄)/(px + q − 1) (Fader & Hardie 2013): a weighted average of the population
    /// mean and the customer's observed mean. For x = 0 it is the population mean.
    pub fn conditional_expected_spend(&self, x: f64, zbar: f64) -> Result<f64, BtydError> {
        self.validate()?;
        if !(x >= 0.0 && x.is_finite() && zbar >= 0.0 && zbar.is_finite()) {
            return Err(BtydError::Input(
                Text::new("data-model-spend-history").arg("x", format!("{x}")).arg("zbar", format!("{zbar}")),
            ));
        }
        if x == 0.0 {
            return self.population_mean();
        }
        let Self { p, q, gamma } = *self;
        let denom = p * x + q - 1.0;
        if denom <= 0.0 {
            return Err(BtydError::Numeric(Text::new("data-model-expected-spend-infinite")));
        }
        Ok(p * (gamma + x * zbar) / denom)
    }
}

/// Fit on the repeat buyers with positive mean spend (others carry no spend information).
/// Errors when fewer than 3 such customers exist.
///
/// The search runs in units of the mean spend m (every z̄ divided by m), so a mean spend of
/// 1,000,000 fits as well as one of 25: the log-parameter bound e^±12 and the starting points are
/// relative to the data. The model is closed under a change of unit: if every z̄ is multiplied by
/// s, the maximum moves from (p, q, γ) to (p, q, s·γ) and the log-likelihood falls by n·ln s
/// (each density f(z̄) is divided by s). The fit in units of m is rescaled accordingly: γ = m·γ′,
/// ln L = ln L′ − n·ln m (and BIC = BIC′ + 2n·ln m), so the report is in the data's currency.
/// `at_bound` is judged in the scaled units, where it means the data do not identify a parameter.
pub fn fit_gamma_gamma(customers: &[CustomerSummary]) -> Result<Fitted<GammaGammaParams>, BtydError> {
    let mut rows: Vec<(f64, f64)> = Vec::new();
    for c in customers.iter().filter(|c| c.frequency > 0 && c.monetary > 0.0) {
        if !c.monetary.is_finite() {
            return Err(BtydError::Input(Text::new("data-model-customer-spend").arg("id", c.id.as_str())));
        }
        rows.push((c.frequency as f64, c.monetary));
    }
    if rows.len() < 3 {
        return Err(BtydError::Input(Text::new("data-model-spend-too-few").arg("min", 3)));
    }
    let n = rows.len();
    // The mean spend, without overflow for spends near the largest float.
    let mut scale = rows.iter().map(|r| r.1).sum::<f64>() / n as f64;
    if !scale.is_finite() {
        scale = rows.iter().map(|r| r.1 / n as f64).sum::<f64>();
    }
    if !(scale.is_finite() && scale > 0.0) {
        return Err(BtydError::Numeric(Text::new("data-model-not-finite")));
    }
    let ln_scale = scale.ln();
    let starts = vec![vec![1.0, 2.0, 1.0], vec![5.0, 3.0, 2.0]];
    // Group by x: the Γ terms depend on x only; keep z̄/m and ln(z̄/m) per customer (the logarithm
    // as ln z̄ − ln m, which cannot underflow).
    crate::engine::util::sort::sort_by_f64_key(&mut rows, |a| a.0);
    let mut groups: Vec<(f64, Vec<(f64, f64)>)> = Vec::new();
    for (x, z) in rows {
        let scaled = (z / scale, z.ln() - ln_scale);
        match groups.last_mut() {
            Some(g) if g.0 == x => g.1.push(scaled),
            _ => groups.push((x, vec![scaled])),
        }
    }
    let ll = |v: &[f64]| {
        let (p, q, gamma) = (v[0], v[1], v[2]);
        let mut total = 0.0;
        let (lg_q, ln_gamma_par) = (ln_gamma(q), gamma.ln());
        for (x, zs) in &groups {
            let px = p * x;
            let head = ln_gamma(px + q) - ln_gamma(px) - lg_q + q * ln_gamma_par + px * x.ln();
            for &(z, ln_z) in zs {
                total += head + (px - 1.0) * ln_z - (px + q) * (gamma + x * z).ln();
            }
        }
        total
    };
    // Gradient (ψ = digamma), per customer:
    // ∂/∂p = x [ψ(px+q) − ψ(px) + ln x + ln z̄ − ln(γ + x z̄)],
    // ∂/∂q = ψ(px+q) − ψ(q) + ln γ − ln(γ + x z̄),  ∂/∂γ = q/γ − (px+q)/(γ + x z̄).
    let ll_grad = |v: &[f64], grad: &mut [f64]| {
        let (p, q, gamma) = (v[0], v[1], v[2]);
        let mut total = 0.0;
        let (lg_q, ln_gamma_par, psi_q) = (ln_gamma(q), gamma.ln(), digamma(q));
        let mut g = [0.0_f64; 3];
        for (x, zs) in &groups {
            let px = p * x;
            let ln_x = x.ln();
            let head = ln_gamma(px + q) - ln_gamma(px) - lg_q + q * ln_gamma_par + px * ln_x;
            let psi_pxq = digamma(px + q);
            let dp_head = psi_pxq - digamma(px) + ln_x;
            let dq_head = psi_pxq - psi_q + ln_gamma_par;
            for &(z, ln_z) in zs {
                let denom = gamma + x * z;
                let ln_d = denom.ln();
                total += head + (px - 1.0) * ln_z - (px + q) * ln_d;
                g[0] += x * (dp_head + ln_z - ln_d);
                g[1] += dq_head - ln_d;
                g[2] += q / gamma - (px + q) / denom;
            }
        }
        grad.copy_from_slice(&g);
        total
    };
    let (v, mut report) = fit::maximise_with_gradient(ll, ll_grad, &starts, n)?;
    let params = GammaGammaParams { p: v[0], q: v[1], gamma: v[2] * scale };
    let shift = n as f64 * ln_scale;
    report.log_likelihood -= shift;
    report.bic += 2.0 * shift;
    if !(params.gamma.is_finite() && report.log_likelihood.is_finite()) {
        return Err(BtydError::Numeric(Text::new("data-model-not-finite")));
    }
    Ok(Fitted { params, report })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn published_expected_spend() {
        // Fader & Hardie 2013 (p, q, γ as printed): x = 2, z̄ = 22.35 expects about 24.66 (2
        // decimals: ± 0.005); the closed form gives 6.25 · 60.14 / 15.24 = 24.6637….
        let p = GammaGammaParams { p: 6.25, q: 3.74, gamma: 15.44 };
        let e = p.conditional_expected_spend(2.0, 22.35).unwrap();
        assert!((e - 24.66).abs() <= 0.005, "{e}");
        assert!((e - 6.25 * 60.14 / 15.24).abs() < 1e-12, "{e}");
        assert!((p.conditional_expected_spend(0.0, 0.0).unwrap() - 6.25 * 15.44 / 2.74).abs() < 1e-12);
    }

    #[test]
    fn density_integrates_to_one() {
        let p = GammaGammaParams { p: 6.25, q: 3.74, gamma: 15.44 };
        let (n, top) = (200_000, 2_000.0);
        let h = top / n as f64;
        let total: f64 = (1..n).map(|i| p.log_likelihood(3.0, i as f64 * h).unwrap().exp() * h).sum();
        assert!((total - 1.0).abs() < 1e-4, "{total}");
    }

    #[test]
    fn fit_matches_a_direct_check_of_the_gradient() {
        // Synthetic spends: the fitted point must be a stationary point of the summed ln f.
        let customers: Vec<CustomerSummary> = (0..60)
            .map(|i| {
                let mut c = fit::test_customers(&[(1 + i % 5, 1.0, 2.0)]).remove(0);
                c.monetary = 10.0 + (i * 37 % 23) as f64 + 0.1 * i as f64;
                c
            })
            .collect();
        let fit = fit_gamma_gamma(&customers).unwrap();
        let at = |p: GammaGammaParams| -> f64 {
            customers.iter().map(|c| p.log_likelihood(c.frequency as f64, c.monetary).unwrap()).sum()
        };
        let p = fit.params;
        assert!(fit.report.converged && !fit.report.at_bound, "{fit:?}");
        assert!((fit.report.log_likelihood - at(p)).abs() < 1e-9);
        for scale in [1.001, 0.999] {
            assert!(at(GammaGammaParams { p: p.p * scale, ..p }) <= at(p));
            assert!(at(GammaGammaParams { q: p.q * scale, ..p }) <= at(p));
            assert!(at(GammaGammaParams { gamma: p.gamma * scale, ..p }) <= at(p));
        }
    }

    #[test]
    fn identical_spends_end_on_the_search_bound_and_say_so() {
        // Every customer spends exactly 40 a purchase: the likelihood keeps rising as the spread
        // shrinks (p and q → ∞ at a fixed mean), so the fit must end on the bound, in any unit.
        for unit in [1.0, 1e6] {
            let customers: Vec<CustomerSummary> = (0..40)
                .map(|i| {
                    let mut c = fit::test_customers(&[(1 + i % 4, 1.0, 2.0)]).remove(0);
                    c.monetary = 40.0 * unit;
                    c
                })
                .collect();
            let fit = fit_gamma_gamma(&customers).unwrap();
            assert!(fit.report.at_bound, "{fit:?}");
            assert_eq!(fit.report.status(), fit::FitStatus::AtBound);
            assert_eq!(fit.report.status_text().key, "data-fit-at-bound");
            // The mean spend the fit implies is still the one observed.
            let mean = fit.params.population_mean().unwrap();
            assert!((mean / (40.0 * unit) - 1.0).abs() < 1e-3, "{mean}");
        }
    }

    #[test]
    fn refuses_bad_input() {
        let p = GammaGammaParams { p: 6.25, q: 0.5, gamma: 15.44 };
        assert!(p.population_mean().is_err());
        assert!(p.log_likelihood(0.0, 3.0).is_err());
        assert!(fit_gamma_gamma(&[]).is_err());
    }
}

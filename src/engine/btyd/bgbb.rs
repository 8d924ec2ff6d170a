//! BG/BB (Fader, Hardie & Shang 2010, "Customer-Base Analysis in a Discrete-Time Noncontractual
//! Setting", Marketing Science 29(6)): purchases at discrete occasions (a yearly renewal, a
//! season, a donation drive).
//!
//! At each occasion an alive customer buys with probability p ~ Beta(α, β), and drops out before
//! the next one with probability θ ~ Beta(γ, δ). A history is (x, t_x, n): x purchases in the n
//! occasions after the first, the last at occasion t_x (0 without one). Rows with the same history
//! share a weight (donations: 22 rows for 11,104 donors).

use super::error::BtydError;
use super::fit::{self, FitReport, Fitted};
use crate::engine::util::special::{ln_beta, ln_gamma, ln_hyp2f1, log_sum_exp};
use crate::i18n::Text;
use serde::{Deserialize, Serialize};

/// BG/BB parameters (all > 0).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct BgBbParams {
    pub alpha: f64,
    pub beta: f64,
    pub gamma: f64,
    pub delta: f64,
}

/// One history at discrete occasions, with how many customers share it.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct OccasionHistory {
    /// x: occasions with a purchase after the first one.
    pub frequency: u32,
    /// t_x: the occasion of the last purchase (0 without a repeat).
    pub recency: u32,
    /// n: occasions observed after the first purchase.
    pub periods: u32,
    /// Customers with this history.
    pub weight: f64,
}

impl OccasionHistory {
    /// x ≤ t_x ≤ n, t_x = 0 when x = 0, and a positive finite weight.
    pub fn check(&self) -> Result<(), BtydError> {
        let ok = self.frequency <= self.recency
            && self.recency <= self.periods
            && (self.frequency > 0 || self.recency == 0)
            && self.weight.is_finite()
            && self.weight > 0.0;
        if ok {
            Ok(())
        } else {
            Err(BtydError::Input(
                Text::new("data-summary-occasion-history")
                    .arg("x", self.frequency)
                    .arg("tx", self.recency)
                    .arg("n", self.periods),
            ))
        }
    }
}

impl BgBbParams {
    /// All parameters finite and positive.
    pub fn validate(&self) -> Result<(), BtydError> {
        super::error::check_positive("BG/BB", &[self.alpha, self.beta, self.gamma, self.delta], self)
    }

    /// ln L(x, t_x, n) (FHS 2010 eq. 5):
    /// L = B(α+x, β+n−x)/B(α,β) · B(γ, δ+n)/B(γ,δ)
    ///   + Σ_{i=0}^{n−t_x−1} B(α+x, β+t_x−x+i)/B(α,β) · B(γ+1, δ+t_x+i)/B(γ,δ).
    pub fn log_likelihood(&self, h: &OccasionHistory) -> Result<f64, BtydError> {
        self.validate()?;
        h.check()?;
        Ok(self.ll(h.frequency as f64, h.recency as f64, h.periods as f64))
    }

    fn ll(&self, x: f64, tx: f64, n: f64) -> f64 {
        let Self { alpha, beta, gamma, delta } = *self;
        let (lab, lgd) = (ln_beta(alpha, beta), ln_beta(gamma, delta));
        let mut total = ln_beta(alpha + x, beta + n - x) - lab + ln_beta(gamma, delta + n) - lgd;
        let mut i = 0.0;
        while tx + i < n {
            total = log_sum_exp(total, ln_beta(alpha + x, beta + tx - x + i) - lab + ln_beta(gamma + 1.0, delta + tx + i) - lgd);
            i += 1.0;
        }
        total
    }

    /// Weighted sum of ln L.
    pub fn total_log_likelihood(&self, rows: &[OccasionHistory]) -> f64 {
        rows.iter().map(|h| h.weight * self.ll(h.frequency as f64, h.recency as f64, h.periods as f64)).sum()
    }

    /// P(alive at occasion n + m | x, t_x, n) (FHS 2010 eq. A10; m = 1: alive at the next occasion):
    /// B(α+x, β+n−x)/B(α,β) · B(γ, δ+n+m)/B(γ,δ) / L.
    pub fn p_alive(&self, m: u32, h: &OccasionHistory) -> Result<f64, BtydError> {
        let l = self.log_likelihood(h)?;
        let Self { alpha, beta, gamma, delta } = *self;
        let (x, n) = (h.frequency as f64, h.periods as f64);
        let v = ln_beta(alpha + x, beta + n - x) - ln_beta(alpha, beta) + ln_beta(gamma, delta + n + m as f64)
            - ln_beta(gamma, delta)
            - l;
        super::bgnbd::finite(v.exp().min(1.0))
    }

    /// Expected purchases in the next n* occasions (FHS 2010 eq. 13):
    /// 1/L · B(α+x+1, β+n−x)/B(α,β) · δ/(γ−1) · Γ(γ+δ)/Γ(1+δ)
    ///   · [Γ(1+δ+n)/Γ(γ+δ+n) − Γ(1+δ+n+n*)/Γ(γ+δ+n+n*)].
    /// At γ = 1 (a removable singularity) the mean of γ = 1 ± 10⁻⁶.
    pub fn conditional_expected_purchases(&self, next: u32, h: &OccasionHistory) -> Result<f64, BtydError> {
        if (self.gamma - 1.0).abs() < 1e-6 {
            let lo = Self { gamma: 1.0 - 1e-6, ..*self }.conditional_expected_purchases(next, h)?;
            let hi = Self { gamma: 1.0 + 1e-6, ..*self }.conditional_expected_purchases(next, h)?;
            return Ok(0.5 * (lo + hi));
        }
        let l = self.log_likelihood(h)?;
        let Self { alpha, beta, gamma, delta } = *self;
        let (x, n, m) = (h.frequency as f64, h.periods as f64, next as f64);
        let head =
            ln_beta(alpha + x + 1.0, beta + n - x) - ln_beta(alpha, beta) - l + ln_gamma(gamma + delta) - ln_gamma(1.0 + delta);
        let g1 = ln_gamma(1.0 + delta + n) - ln_gamma(gamma + delta + n);
        let g2 = ln_gamma(1.0 + delta + n + m) - ln_gamma(gamma + delta + n + m);
        // δ/(γ−1) (e^g1 − e^g2) = δ e^g1 (1 − e^(g2−g1)) / (γ−1); both factors have the sign of γ−1.
        let v = delta * (head + g1).exp() * (-(g2 - g1).exp_m1()) / (gamma - 1.0);
        super::bgnbd::finite(v)
    }

    /// Discounted expected residual transactions (FHS 2010 eq. 14) at discount rate d per occasion:
    /// B(α+x+1, β+n−x)/B(α,β) · B(γ, δ+n+1)/B(γ,δ) / (1+d) · ₂F₁(1, δ+n+1; γ+δ+n+1; 1/(1+d)) / L.
    pub fn dert(&self, d: f64, h: &OccasionHistory) -> Result<f64, BtydError> {
        if !(d.is_finite() && d > 0.0) {
            return Err(BtydError::Input(Text::new("data-model-discount-rate")));
        }
        let l = self.log_likelihood(h)?;
        let Self { alpha, beta, gamma, delta } = *self;
        let (x, n) = (h.frequency as f64, h.periods as f64);
        let f = ln_hyp2f1(1.0, delta + n + 1.0, gamma + delta + n + 1.0, 1.0 / (1.0 + d)).ok_or_else(super::bgnbd::hyp_error)?;
        let v = ln_beta(alpha + x + 1.0, beta + n - x) - ln_beta(alpha, beta) + ln_beta(gamma, delta + n + 1.0)
            - ln_beta(gamma, delta)
            - (1.0 + d).ln()
            + f.ln_abs
            - l;
        super::bgnbd::finite(f.sign * v.exp())
    }
}

/// Fit BG/BB by maximum likelihood on weighted histories (Nelder–Mead on the log-parameters from
/// two starts; a handful of distinct histories make each evaluation cheap). `n_customers` in the
/// report is the sum of the weights, rounded.
pub fn fit_bgbb(rows: &[OccasionHistory]) -> Result<Fitted<BgBbParams>, BtydError> {
    if rows.is_empty() {
        return Err(BtydError::Input(Text::new("data-model-no-customers")));
    }
    for h in rows {
        h.check()?;
    }
    let n = rows.iter().map(|h| h.weight).sum::<f64>().round() as usize;
    let at = |p: &[f64]| BgBbParams { alpha: p[0], beta: p[1], gamma: p[2], delta: p[3] };
    let ll = |p: &[f64]| at(p).total_log_likelihood(rows);
    let starts = vec![vec![1.0, 1.0, 1.0, 1.0], vec![0.5, 2.0, 0.5, 3.0]];
    let (p, report) = fit::maximise(ll, &starts, n)?;
    let report = FitReport { log_likelihood: at(&p).total_log_likelihood(rows), ..report };
    Ok(Fitted { params: at(&p), report })
}

#[cfg(test)]
mod tests {
    use super::*;

    const P: BgBbParams = BgBbParams { alpha: 1.204, beta: 0.750, gamma: 0.657, delta: 2.783 };

    #[test]
    fn the_likelihood_sums_to_one_over_every_history() {
        // For n occasions, Σ over all (x, t_x) of L = 1 (there are binom(t_x − 1, x − 1) orderings
        // of the purchases before t_x for each (x, t_x)).
        let n = 6;
        let mut total = 0.0;
        let binom = |k: u32, j: u32| -> f64 { (0..j).map(|i| (k - i) as f64 / (i + 1) as f64).product() };
        for tx in 0..=n {
            for x in 0..=tx {
                if (x == 0) != (tx == 0) {
                    continue;
                }
                let h = OccasionHistory { frequency: x, recency: tx, periods: n, weight: 1.0 };
                let ways = if x == 0 { 1.0 } else { binom(tx - 1, x - 1) };
                total += ways * P.log_likelihood(&h).unwrap().exp();
            }
        }
        assert!((total - 1.0).abs() < 1e-12, "{total}");
    }

    #[test]
    fn refuses_impossible_histories() {
        let h = OccasionHistory { frequency: 3, recency: 2, periods: 6, weight: 1.0 };
        assert!(P.log_likelihood(&h).is_err());
        assert!(fit_bgbb(&[]).is_err());
        assert!(P.dert(0.0, &OccasionHistory { frequency: 1, recency: 1, periods: 6, weight: 1.0 }).is_err());
    }
}

//! Retention curves: how long a customer stays, by tenure.
//!
//! A customer signs up at t = 0 and renews (or not) at t = 1, 2, …; S(t) is the probability it is
//! still a customer at t, r_t = S(t)/S(t − 1) the probability of the t-th renewal. Three curves:
//!
//! - **constant**: r_t = r, S(t) = rᵗ (the flat rate of `clv::margin_multiple`);
//! - **sBG**, the shifted-beta-geometric of Fader & Hardie (2007): each customer has a constant
//!   churn probability θ, θ ~ Beta(α, β) across customers, so S(t) = B(α, β + t)/B(α, β) and
//!   r_t = (β + t − 1)/(α + β + t − 1), rising with tenure as the likelier leavers leave;
//! - **BdW**, the beta-discrete-Weibull of Fader, Hardie, Liu, Davin & Steenburgh (2018): each
//!   customer's own churn probability also changes with tenure (c < 1 falling, c > 1 rising),
//!   S(t) = B(α, β + t^c)/B(α, β); with c = 1 it is the sBG.
//!
//! Lifetimes (Fader & Hardie 2010): DEL, the discounted expected lifetime of a new customer, and
//! DERL, the discounted expected residual lifetime of one who has renewed n times, summed over the
//! survival series until a proven bound on the rest is negligible (docs/retention.md).

use serde::{Deserialize, Serialize};

use crate::engine::clv::{check_discount, check_retention};
use crate::engine::model::keyed::keyed_enum;
use crate::engine::model::FieldError;
use crate::engine::util::special::ln_gamma_shift;
use crate::i18n::Text;

/// The largest α or β accepted (beyond it the curve is a constant rate for every purpose).
pub const MAX_SHAPE: f64 = 1e8;
/// The largest c accepted.
pub const MAX_C: f64 = 200.0;
/// The sums stop after this many terms; a discount rate too small to get there is refused.
const MAX_TERMS: u32 = 2_000_000;
/// The sums stop when the bound on the rest is below this share of the sum.
const SUM_TOLERANCE: f64 = 1e-15;

keyed_enum! {
    /// The kinds of retention curve.
    CurveModel {
        /// One retention rate at every tenure.
        Constant => ("constant", crate::k!("retention-model-constant")),
        /// Shifted-beta-geometric (Fader & Hardie 2007).
        Sbg => ("sbg", crate::k!("retention-model-sbg")),
        /// Beta-discrete-Weibull (Fader et al. 2018).
        Bdw => ("bdw", crate::k!("retention-model-bdw")),
    }
}

/// A curve's parameters as stored and read back.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "model", rename_all = "snake_case")]
pub enum CurveParams {
    Constant { retention: f64 },
    Sbg { alpha: f64, beta: f64 },
    Bdw { alpha: f64, beta: f64, c: f64 },
}

/// A retention curve with checked parameters (build it with [`Curve::new`] or the constructors;
/// read back from storage it is checked again).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "CurveParams", into = "CurveParams")]
pub struct Curve(CurveParams);

impl From<Curve> for CurveParams {
    fn from(c: Curve) -> CurveParams {
        c.0
    }
}

impl TryFrom<CurveParams> for Curve {
    type Error = String;
    fn try_from(p: CurveParams) -> Result<Curve, String> {
        Curve::new(p).map_err(|e| e.message.english())
    }
}

fn check_shape(field: &'static str, v: f64, max: f64) -> Result<(), FieldError> {
    if !v.is_finite() || v <= 0.0 || v > max {
        return Err(FieldError::new(field, Text::new("retention-shape-range").arg("max", max)));
    }
    Ok(())
}

impl Curve {
    /// Check the parameters: retention in [0, 1); α, β in (0, 10⁸]; c in (0, 200].
    pub fn new(params: CurveParams) -> Result<Curve, FieldError> {
        match params {
            CurveParams::Constant { retention } => check_retention("retention", retention)?,
            CurveParams::Sbg { alpha, beta } => {
                check_shape("alpha", alpha, MAX_SHAPE)?;
                check_shape("beta", beta, MAX_SHAPE)?;
            }
            CurveParams::Bdw { alpha, beta, c } => {
                check_shape("alpha", alpha, MAX_SHAPE)?;
                check_shape("beta", beta, MAX_SHAPE)?;
                check_shape("c", c, MAX_C)?;
            }
        }
        Ok(Curve(params))
    }

    pub fn constant(retention: f64) -> Result<Curve, FieldError> {
        Curve::new(CurveParams::Constant { retention })
    }

    pub fn sbg(alpha: f64, beta: f64) -> Result<Curve, FieldError> {
        Curve::new(CurveParams::Sbg { alpha, beta })
    }

    pub fn bdw(alpha: f64, beta: f64, c: f64) -> Result<Curve, FieldError> {
        Curve::new(CurveParams::Bdw { alpha, beta, c })
    }

    pub fn params(&self) -> CurveParams {
        self.0
    }

    pub fn model(&self) -> CurveModel {
        match self.0 {
            CurveParams::Constant { .. } => CurveModel::Constant,
            CurveParams::Sbg { .. } => CurveModel::Sbg,
            CurveParams::Bdw { .. } => CurveModel::Bdw,
        }
    }

    /// ln S(t). For the beta curves ln B(α, β + u) − ln B(α, β) with u = t (sBG) or t^c (BdW),
    /// written as ln Γ shifts so that it stays accurate far out in tenure; the sBG and a BdW
    /// with c = 1 go through the same arithmetic and agree to the last bit.
    pub fn ln_survival(&self, t: u32) -> f64 {
        if t == 0 {
            return 0.0;
        }
        let beta_family =
            |alpha: f64, beta: f64, u: f64| -> f64 { ln_gamma_shift(beta, alpha) - ln_gamma_shift(beta + u, alpha) };
        match self.0 {
            CurveParams::Constant { retention } => {
                if retention == 0.0 {
                    f64::NEG_INFINITY
                } else {
                    t as f64 * retention.ln()
                }
            }
            CurveParams::Sbg { alpha, beta } => beta_family(alpha, beta, t as f64),
            CurveParams::Bdw { alpha, beta, c } => {
                let t = t as f64;
                beta_family(alpha, beta, if c == 1.0 { t } else { t.powf(c) })
            }
        }
    }

    /// S(t), the probability of still being a customer at t (S(0) = 1).
    pub fn survival(&self, t: u32) -> f64 {
        self.ln_survival(t).exp()
    }

    /// S(0), …, S(horizon).
    pub fn survival_curve(&self, horizon: u32) -> Vec<f64> {
        (0..=horizon).map(|t| self.survival(t)).collect()
    }

    /// r_t = S(t)/S(t − 1), the probability of the t-th renewal for a customer who made the ones
    /// before (1 at t = 0). sBG: (β + t − 1)/(α + β + t − 1).
    pub fn retention(&self, t: u32) -> f64 {
        if t == 0 {
            return 1.0;
        }
        match self.0 {
            CurveParams::Constant { retention } => retention,
            CurveParams::Sbg { alpha, beta } => {
                let k = t as f64 - 1.0;
                (beta + k) / (alpha + beta + k)
            }
            CurveParams::Bdw { .. } => {
                let diff = self.ln_survival(t) - self.ln_survival(t - 1);
                if diff.is_nan() {
                    0.0
                } else {
                    // Never above 1, even by a rounding.
                    diff.exp().min(1.0)
                }
            }
        }
    }

    /// ln P(T = t) = ln(S(t − 1) − S(t)) for t ≥ 1, the chance of leaving at the t-th renewal,
    /// computed as ln S(t − 1) + ln(1 − e^{ln S(t) − ln S(t − 1)}) so that small churn keeps its
    /// digits.
    pub fn ln_churn(&self, t: u32) -> f64 {
        if t == 0 {
            return f64::NEG_INFINITY;
        }
        let before = self.ln_survival(t - 1);
        let now = self.ln_survival(t);
        if before == f64::NEG_INFINITY {
            return f64::NEG_INFINITY;
        }
        before + (-(now - before).exp_m1()).ln()
    }

    /// DERL: the discounted expected residual lifetime, in renewals, of a customer who has just
    /// made its n-th renewal (is a customer at t = n): Σ_{t > n} S(t)/S(n) · (1+d)^{−(t−n−1)}
    /// (Fader & Hardie 2010: the next renewal counts in full, as it is paid when made).
    /// For the sBG it equals (β+n)/(α+β+n) · ₂F₁(1, β+n+1; α+β+n+1; 1/(1+d)).
    /// The constant curve: r(1+d)/(1+d−r). A beta curve needs d > 0 (with α ≤ 1 the
    /// undiscounted lifetime of an sBG is infinite).
    pub fn derl(&self, discount: f64, renewals: u32) -> Result<f64, FieldError> {
        check_discount(discount)?;
        match self.0 {
            CurveParams::Constant { retention: r } => Ok(r * (1.0 + discount) / (1.0 + discount - r)),
            _ if discount == 0.0 => Err(FieldError::new("discount", Text::new("retention-discount-positive"))),
            _ => discounted_residual(|t| self.retention(t), renewals, discount),
        }
    }

    /// DEL: the discounted expected lifetime of a new customer, Σ_{t ≥ 0} S(t)/(1+d)^t = 1 +
    /// DERL(d, 0)/(1+d), counting the sign-up payment (Fader & Hardie 2010; for the sBG
    /// ₂F₁(1, β; α+β; 1/(1+d))). The constant curve: (1+d)/(1+d−r).
    pub fn del(&self, discount: f64) -> Result<f64, FieldError> {
        Ok(1.0 + self.derl(discount, 0)? / (1.0 + discount))
    }
}

/// Σ_{k ≥ 1} (r_{n+1} ⋯ r_{n+k}) · (1+d)^{−(k−1)} for any retention rates r_t in [0, 1]: the
/// discounted residual lifetime of a customer at tenure n under those rates. The terms'
/// products never rise, so the rest after K terms is at most P_K·x^K/(1 − x) with x = 1/(1+d);
/// the sum stops when that bound is below 10⁻¹⁵ of the sum. Needs d > 0 unless some r_t is 0.
pub fn discounted_residual(retention: impl Fn(u32) -> f64, renewals: u32, discount: f64) -> Result<f64, FieldError> {
    check_discount(discount)?;
    let x = 1.0 / (1.0 + discount);
    let mut product = 1.0;
    let mut weight = 1.0; // x^(k−1)
    let mut sum = 0.0;
    for k in 1..=MAX_TERMS {
        let r = retention(renewals.saturating_add(k));
        let r = if r.is_finite() { r.clamp(0.0, 1.0) } else { 0.0 };
        product *= r;
        let term = product * weight;
        sum += term;
        weight *= x;
        if product == 0.0 || (discount > 0.0 && product * weight / (1.0 - x) <= SUM_TOLERANCE * sum) {
            return Ok(sum);
        }
    }
    Err(FieldError::new("discount", Text::new("retention-discount-too-small")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64, rel: f64) -> bool {
        (a - b).abs() <= rel * b.abs()
    }

    #[test]
    fn parameters_are_checked() {
        assert!(Curve::sbg(0.7, 1.2).is_ok());
        assert_eq!(Curve::sbg(0.0, 1.0).unwrap_err().field, "alpha");
        assert_eq!(Curve::sbg(1.0, f64::NAN).unwrap_err().field, "beta");
        assert_eq!(Curve::bdw(1.0, 1.0, 500.0).unwrap_err().field, "c");
        assert_eq!(Curve::constant(1.0).unwrap_err().field, "retention");
        assert_eq!(Curve::sbg(-1.0, 1.0).unwrap_err().message.english(), "This must be above 0 and at most 100,000,000.");
        // Read back from storage, a curve is checked again.
        let json = serde_json::to_string(&Curve::bdw(0.5, 2.0, 1.3).unwrap()).unwrap();
        assert_eq!(json, r#"{"model":"bdw","alpha":0.5,"beta":2.0,"c":1.3}"#);
        assert_eq!(serde_json::from_str::<Curve>(&json).unwrap(), Curve::bdw(0.5, 2.0, 1.3).unwrap());
        assert!(serde_json::from_str::<Curve>(r#"{"model":"sbg","alpha":-1.0,"beta":2.0}"#).is_err());
        assert_eq!(Curve::constant(0.8).unwrap().model(), CurveModel::Constant);
    }

    #[test]
    fn sbg_survival_and_retention_by_tenure() {
        let c = Curve::sbg(0.704, 1.182).unwrap();
        // S(1) = β/(α+β), S(2) = S(1)·(β+1)/(α+β+1).
        let s1 = 1.182 / 1.886;
        assert!(close(c.survival(1), s1, 1e-14));
        assert!(close(c.survival(2), s1 * 2.182 / 2.886, 1e-14));
        for t in 1..50 {
            assert!(close(c.retention(t), c.survival(t) / c.survival(t - 1), 1e-12), "{t}");
            let churn = c.survival(t - 1) - c.survival(t);
            assert!(close(c.ln_churn(t).exp(), churn, 1e-12), "{t}");
        }
        assert_eq!(c.survival(0), 1.0);
        assert_eq!(c.retention(0), 1.0);
        // Retention rises with tenure.
        assert!((2..30).all(|t| c.retention(t) > c.retention(t - 1)));
        assert_eq!(c.survival_curve(3).len(), 4);
    }

    #[test]
    fn bdw_with_c_one_is_the_sbg_and_c_moves_duration_dependence() {
        let sbg = Curve::sbg(0.668, 3.806).unwrap();
        let bdw = Curve::bdw(0.668, 3.806, 1.0).unwrap();
        for t in 0..200 {
            assert_eq!(bdw.survival(t).to_bits(), sbg.survival(t).to_bits(), "{t}");
            assert_eq!(bdw.ln_churn(t).to_bits(), sbg.ln_churn(t).to_bits(), "{t}");
            assert!(close(bdw.retention(t), sbg.retention(t), 1e-13), "{t}");
        }
        // c > 1: individual churn rises with tenure, so survival falls faster late on.
        let steep = Curve::bdw(0.668, 3.806, 1.5).unwrap();
        assert!(steep.survival(10) < sbg.survival(10));
        // Constant curve: rᵗ.
        let flat = Curve::constant(0.8).unwrap();
        assert!(close(flat.survival(3), 0.512, 1e-14));
        assert_eq!(Curve::constant(0.0).unwrap().survival(2), 0.0);
        assert_eq!(Curve::constant(0.0).unwrap().ln_churn(1), 0.0);
    }

    #[test]
    fn lifetimes_of_the_constant_curve_in_closed_form_and_by_the_series() {
        let r: f64 = 0.8;
        let d = 0.1;
        let c = Curve::constant(r).unwrap();
        assert!(close(c.derl(d, 5).unwrap(), r * 1.1 / (1.1 - r), 1e-15));
        assert!(close(c.del(d).unwrap(), 1.1 / (1.1 - r), 1e-15));
        let series = discounted_residual(|_| r, 3, d).unwrap();
        assert!(close(series, r * 1.1 / (1.1 - r), 1e-13), "{series}");
        // At d = 0 the constant curve is r/(1 − r); a series with no churn at all cannot end.
        assert!(close(c.derl(0.0, 0).unwrap(), 4.0, 1e-15));
        assert!(discounted_residual(|_| 1.0, 0, 0.0).is_err());
        assert!(discounted_residual(|_| 0.5, 0, -0.1).is_err());
        assert_eq!(discounted_residual(|_| 0.0, 0, 0.0).unwrap(), 0.0);
    }

    #[test]
    fn sbg_lifetimes_match_the_hypergeometric_closed_form() {
        // ₂F₁(1, b; c; z) = Σ_k (b)_k/(c)_k z^k, summed here independently of the code above.
        fn f21(b: f64, c: f64, z: f64) -> f64 {
            let (mut term, mut sum) = (1.0, 1.0);
            for k in 0..20_000 {
                term *= (b + k as f64) / (c + k as f64) * z;
                sum += term;
                if term < 1e-18 * sum {
                    break;
                }
            }
            sum
        }
        let (a, b, d) = (0.668, 3.806, 0.1);
        let curve = Curve::sbg(a, b).unwrap();
        let z = 1.0 / (1.0 + d);
        assert!(close(curve.del(d).unwrap(), f21(b, a + b, z), 1e-13));
        for n in [0u32, 1, 7, 30] {
            let n_f = n as f64;
            let closed = (b + n_f) / (a + b + n_f) * f21(b + n_f + 1.0, a + b + n_f + 1.0, z);
            assert!(close(curve.derl(d, n).unwrap(), closed, 1e-13), "{n}");
        }
        // Monthly discounting needs thousands of terms and still converges.
        assert!(curve.derl(0.008, 12).unwrap() > curve.derl(0.1, 12).unwrap());
        // A beta curve undiscounted is refused rather than summed for ever.
        assert_eq!(curve.derl(0.0, 0).unwrap_err().field, "discount");
        assert_eq!(
            curve.derl(1e-9, 0).unwrap_err().message.english(),
            "The discount rate is too small for the lifetime to be summed."
        );
    }
}

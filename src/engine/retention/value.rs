//! The value of the client base under a retention curve, beside the flat-rate figure, and how
//! much one more point of retention is worth.
//!
//! Timing as in `clv` (docs/clv.md): a client pays its margin m at the end of each future period
//! it is still a client, discounted by (1+d)^k. A client that has renewed n times (tenure n) stays
//! k more periods with probability S(n+k)/S(n), so it is worth
//!
//!   m · Σ_{k≥1} S(n+k)/S(n) · (1+d)^{−k} = m · DERL(d, n)/(1+d)
//!
//! (Fader & Hardie 2010 count the next renewal's payment undiscounted, i.e. m · DERL; the factor
//! 1+d between the two is only when the payment falls). The base is worth the sum over its
//! clients. The flat-rate figure gives every client the same retention r:
//! m · r/(1+d−r) (`clv::margin_multiple`); r defaults to the rate the base itself will show next
//! period, Σ clients_n · r_{n+1} / Σ clients_n — the "observed retention rate" that, Fader & Hardie
//! show, undervalues a base whose clients grow more loyal with tenure.
//!
//! Retention elasticity: every tenure's retention one point higher, r′_t = min(r_t + 0.01, 1),
//! the value summed again, and the gain compared (absolute and as a share of the value).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::curve::{discounted_residual, Curve};
use crate::engine::clv::{check_discount, check_retention, margin_multiple};
use crate::engine::model::FieldError;
use crate::i18n::Text;

/// Clients who have been with us `tenure` periods (have renewed `tenure` times).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct TenureGroup {
    pub clients: f64,
    pub tenure: u32,
}

/// One tenure's part of the base.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct GroupValue {
    pub tenure: u32,
    pub clients: f64,
    /// r_{n+1}: the chance each of them renews next period.
    pub next_retention: f64,
    /// DERL(d, n) in Fader & Hardie's timing (renewals, the next one undiscounted).
    pub derl: f64,
    /// m · DERL/(1+d): one client's value in the app's timing.
    pub value_per_client: f64,
}

/// The base valued with the curve and with one flat rate.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BaseValue {
    pub clients: f64,
    /// m · Σ clients_n · DERL(d, n)/(1+d).
    pub curve_value: f64,
    /// Σ clients_n · r_{n+1} / Σ clients_n.
    pub base_retention: f64,
    /// The flat rate used: the one given, or `base_retention`.
    pub flat_retention: f64,
    /// m · clients · r/(1+d−r).
    pub flat_value: f64,
    /// curve_value − flat_value: what ignoring how loyalty grows with tenure misses.
    pub difference: f64,
    /// By tenure, shortest first (groups of one tenure merged).
    pub groups: Vec<GroupValue>,
}

/// One more point of retention at every tenure.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RetentionElasticity {
    /// Value gained under the curve with r′_t = min(r_t + 0.01, 1).
    pub curve_gain: f64,
    /// `curve_gain` as a share of the curve value (`None` when that value is 0).
    pub curve_change: Option<f64>,
    /// Value gained at the flat rate r + 0.01 (`None` when that would reach 100%).
    pub flat_gain: Option<f64>,
    pub flat_change: Option<f64>,
}

/// The step of the elasticity: one percentage point.
pub const ELASTICITY_STEP: f64 = 0.01;

/// Clients merged by tenure, checked.
pub(crate) fn merge_groups(groups: &[TenureGroup]) -> Result<BTreeMap<u32, f64>, FieldError> {
    let mut merged: BTreeMap<u32, f64> = BTreeMap::new();
    for g in groups {
        if !g.clients.is_finite() || g.clients < 0.0 || g.clients > 1e12 {
            return Err(FieldError::new("clients", Text::new("retention-clients-invalid")));
        }
        *merged.entry(g.tenure).or_default() += g.clients;
    }
    Ok(merged)
}

fn check_inputs(groups: &[TenureGroup], margin: f64, discount: f64) -> Result<(BTreeMap<u32, f64>, f64), FieldError> {
    let merged = merge_groups(groups)?;
    let clients: f64 = merged.values().sum();
    if clients <= 0.0 {
        return Err(FieldError::new("clients", Text::new("retention-no-clients")));
    }
    if !margin.is_finite() || margin.abs() > 1e12 {
        return Err(FieldError::new("margin", Text::new("retention-margin-invalid")));
    }
    check_discount(discount)?;
    Ok((merged, clients))
}

/// The value of the base under the curve, beside the flat-rate figure (formulas above).
pub fn base_value(
    groups: &[TenureGroup],
    curve: &Curve,
    margin: f64,
    discount: f64,
    flat_retention: Option<f64>,
) -> Result<BaseValue, FieldError> {
    let (merged, clients) = check_inputs(groups, margin, discount)?;
    let mut out = Vec::with_capacity(merged.len());
    for (&tenure, &n) in &merged {
        let derl = curve.derl(discount, tenure)?;
        let next_retention = curve.retention(tenure.saturating_add(1));
        out.push(GroupValue { tenure, clients: n, next_retention, derl, value_per_client: margin * derl / (1.0 + discount) });
    }
    let curve_value: f64 = out.iter().map(|g| g.clients * g.value_per_client).sum();
    let base_retention = out.iter().map(|g| g.clients * g.next_retention).sum::<f64>() / clients;
    let flat = flat_retention.unwrap_or(base_retention);
    check_retention("flat_retention", flat)?;
    let flat_value = margin * clients * margin_multiple(flat, discount)?;
    Ok(BaseValue {
        clients,
        curve_value,
        base_retention,
        flat_retention: flat,
        flat_value,
        difference: curve_value - flat_value,
        groups: out,
    })
}

/// What one more point of retention at every tenure is worth, under the curve and at the flat
/// rate (the same flat rate as [`base_value`]).
pub fn retention_elasticity(
    groups: &[TenureGroup],
    curve: &Curve,
    margin: f64,
    discount: f64,
    flat_retention: Option<f64>,
) -> Result<RetentionElasticity, FieldError> {
    let base = base_value(groups, curve, margin, discount, flat_retention)?;
    let raised = |t: u32| (curve.retention(t) + ELASTICITY_STEP).min(1.0);
    let mut lifted = 0.0;
    for g in &base.groups {
        // With d = 0 a rate raised to 100% never ends: the sum is refused in words.
        lifted += g.clients * margin * discounted_residual(raised, g.tenure, discount)? / (1.0 + discount);
    }
    let curve_gain = lifted - base.curve_value;
    let share = |gain: f64, of: f64| (of != 0.0).then(|| gain / of.abs());
    let flat_gain = margin_multiple(base.flat_retention + ELASTICITY_STEP, discount)
        .ok()
        .map(|m| margin * base.clients * m - base.flat_value);
    Ok(RetentionElasticity {
        curve_gain,
        curve_change: share(curve_gain, base.curve_value),
        flat_gain,
        flat_change: flat_gain.and_then(|g| share(g, base.flat_value)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64, rel: f64) -> bool {
        (a - b).abs() <= rel * b.abs()
    }

    #[test]
    fn a_constant_curve_is_worth_the_margin_multiple() {
        let c = Curve::constant(0.8).unwrap();
        let groups = [TenureGroup { clients: 60.0, tenure: 0 }, TenureGroup { clients: 40.0, tenure: 5 }];
        let v = base_value(&groups, &c, 1000.0, 0.1, None).unwrap();
        assert!(close(v.curve_value, 100.0 * 1000.0 * 0.8 / 0.3, 1e-13));
        assert!(close(v.flat_value, v.curve_value, 1e-13) && v.difference.abs() < 1e-6);
        assert!(close(v.base_retention, 0.8, 1e-15));
        let e = retention_elasticity(&groups, &c, 1000.0, 0.1, None).unwrap();
        // r 0.80 → 0.81 at every tenure, and the flat figure, agree.
        let gain = 100.0 * 1000.0 * (0.81 / 0.29 - 0.8 / 0.3);
        assert!(close(e.curve_gain, gain, 1e-9), "{} {gain}", e.curve_gain);
        assert!(close(e.flat_gain.unwrap(), gain, 1e-12));
    }

    #[test]
    fn a_loyal_base_is_worth_more_than_its_observed_rate_says() {
        // Fader & Hardie's high-end cohort: long-tenured clients renew far more often.
        let c = Curve::sbg(0.668, 3.806).unwrap();
        let groups: Vec<TenureGroup> = (0..8).map(|n| TenureGroup { clients: 100.0, tenure: n }).collect();
        let v = base_value(&groups, &c, 100.0, 0.1, None).unwrap();
        assert!(v.difference > 0.0, "{v:?}");
        assert_eq!(v.groups.len(), 8);
        assert!((1..8).all(|i| v.groups[i].derl > v.groups[i - 1].derl));
        // A given flat rate is used as given.
        let given = base_value(&groups, &c, 100.0, 0.1, Some(0.9)).unwrap();
        assert!(close(given.flat_value, 800.0 * 100.0 * 0.9 / 0.2, 1e-13));
        let e = retention_elasticity(&groups, &c, 100.0, 0.1, None).unwrap();
        assert!(e.curve_gain > 0.0 && e.curve_change.unwrap() > 0.0 && e.flat_gain.unwrap() > 0.0);
    }

    #[test]
    fn inputs_are_checked() {
        let c = Curve::constant(0.8).unwrap();
        let ok = [TenureGroup { clients: 1.0, tenure: 0 }];
        assert_eq!(base_value(&[], &c, 1.0, 0.1, None).unwrap_err().field, "clients");
        assert_eq!(base_value(&[TenureGroup { clients: -1.0, tenure: 0 }], &c, 1.0, 0.1, None).unwrap_err().field, "clients");
        assert_eq!(base_value(&ok, &c, f64::NAN, 0.1, None).unwrap_err().field, "margin");
        assert_eq!(base_value(&ok, &c, 1.0, -0.1, None).unwrap_err().field, "discount");
        assert_eq!(base_value(&ok, &c, 1.0, 0.1, Some(1.0)).unwrap_err().field, "flat_retention");
        // The flat step to 100% has no figure; the curve's does.
        let high = Curve::constant(0.995).unwrap();
        let e = retention_elasticity(&ok, &high, 1.0, 0.1, None).unwrap();
        assert!(e.flat_gain.is_none() && e.curve_gain > 0.0);
    }
}

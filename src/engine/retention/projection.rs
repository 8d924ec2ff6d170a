//! Tenure-dependent projection: how many of today's clients, and of those still to be won, will
//! be clients in each future period when retention depends on tenure.
//!
//! A group of c clients at tenure n has c · S(n+t)/S(n) = c · r_{n+1} ⋯ r_{n+t} left after t
//! periods. New clients, `new` a period, join at the end of periods 1, 2, … at tenure 0, as in
//! the scenarios' N(t+1) = r·N(t) + new (docs/clv.md): those won at the end of period s are
//! new · S(t − s) at t. So
//!
//!   N(t) = Σ_groups c · Π_{j=1..t} r_{n+j}  +  new · Σ_{k=0..t−1} S(k),
//!
//! which with a constant rate is exactly N(t+1) = r·N(t) + new.

use super::curve::Curve;
use super::value::{merge_groups, TenureGroup};
use crate::engine::model::FieldError;
use crate::i18n::Text;

/// The longest projection: 100 years of months.
pub const MAX_HORIZON: usize = 1_200;

/// Expected clients at t = 0, 1, …, `horizon` (`horizon + 1` figures; the first is today's
/// count), each group following the curve from its own tenure and new clients from tenure 0.
pub fn project_with_curve(
    groups: &[TenureGroup],
    new_per_period: f64,
    curve: &Curve,
    horizon: usize,
) -> Result<Vec<f64>, FieldError> {
    let merged = merge_groups(groups)?;
    if !new_per_period.is_finite() || !(0.0..=1e12).contains(&new_per_period) {
        return Err(FieldError::new("new_per_period", Text::new("retention-new-invalid")));
    }
    if horizon > MAX_HORIZON {
        return Err(FieldError::new("horizon", Text::new("retention-horizon-max").arg("max", MAX_HORIZON)));
    }
    let mut out = vec![0.0; horizon + 1];
    for (&tenure, &clients) in &merged {
        let mut left = clients;
        out[0] += left;
        for (t, slot) in out.iter_mut().enumerate().skip(1) {
            left *= curve.retention(tenure.saturating_add(t as u32));
            *slot += left;
        }
    }
    if new_per_period > 0.0 {
        // Σ_{k<t} S(k), with S(k) = r_1 ⋯ r_k.
        let mut s = 1.0;
        let mut cumulative = 0.0;
        for (t, slot) in out.iter_mut().enumerate().skip(1) {
            cumulative += s;
            *slot += new_per_period * cumulative;
            s *= curve.retention(t as u32);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_flat_curve_follows_the_scenario_recursion() {
        let r = 0.85;
        let c = Curve::constant(r).unwrap();
        let groups = [TenureGroup { clients: 70.0, tenure: 0 }, TenureGroup { clients: 30.0, tenure: 9 }];
        let n = project_with_curve(&groups, 12.0, &c, 40).unwrap();
        assert_eq!(n.len(), 41);
        let mut expect = 100.0;
        assert_eq!(n[0], 100.0);
        for got in &n[1..] {
            expect = r * expect + 12.0;
            assert!((got - expect).abs() < 1e-10 * expect, "{got} {expect}");
        }
    }

    #[test]
    fn each_group_follows_the_curve_from_its_own_tenure() {
        let c = Curve::sbg(0.704, 1.182).unwrap();
        let young = project_with_curve(&[TenureGroup { clients: 1000.0, tenure: 0 }], 0.0, &c, 5).unwrap();
        let old = project_with_curve(&[TenureGroup { clients: 1000.0, tenure: 6 }], 0.0, &c, 5).unwrap();
        for t in 0..=5u32 {
            assert!((young[t as usize] - 1000.0 * c.survival(t)).abs() < 1e-9);
            assert!((old[t as usize] - 1000.0 * c.survival(6 + t) / c.survival(6)).abs() < 1e-9);
        }
        // Loyal clients keep more of themselves.
        assert!(old[5] > young[5]);
        // New clients only: new · Σ_{k<t} S(k).
        let fresh = project_with_curve(&[], 10.0, &c, 3).unwrap();
        let expect = 10.0 * (1.0 + c.survival(1) + c.survival(2));
        assert!((fresh[3] - expect).abs() < 1e-12);
    }

    #[test]
    fn inputs_are_checked() {
        let c = Curve::constant(0.9).unwrap();
        assert_eq!(project_with_curve(&[], -1.0, &c, 3).unwrap_err().field, "new_per_period");
        assert_eq!(project_with_curve(&[], 1.0, &c, MAX_HORIZON + 1).unwrap_err().field, "horizon");
        let bad = [TenureGroup { clients: f64::INFINITY, tenure: 1 }];
        assert_eq!(project_with_curve(&bad, 1.0, &c, 3).unwrap_err().field, "clients");
        assert_eq!(project_with_curve(&[], 0.0, &c, 0).unwrap(), [0.0]);
    }
}

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
//!
//! [`project_by_tenure`] is the same model followed group by group, for any retention by tenure
//! (a curve read in another period, or lifted by care) and new clients that may depend on the
//! clients kept (referrals); with a curve and a fixed number of new clients it gives
//! [`project_with_curve`]'s figures (a test).

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

/// One period of [`project_by_tenure`]: the clients at its start, those of them still clients at
/// its end, and the new clients who join at its end (at tenure 0).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TenurePeriod {
    pub start: f64,
    pub retained: f64,
    pub new: f64,
}

impl TenurePeriod {
    pub fn end(&self) -> f64 {
        self.retained + self.new
    }
}

/// Follow each tenure group period by period: a group at tenure n keeps r_{n+1} of itself
/// (`retention(n + 1)`, clamped to [0, 1]) and moves to tenure n + 1; then `new_clients(kept)`
/// clients join at tenure 0 (a negative or non-finite number counts as none). `horizon` periods.
pub fn project_by_tenure(
    groups: &[TenureGroup],
    retention: impl Fn(u32) -> f64,
    mut new_clients: impl FnMut(f64) -> f64,
    horizon: usize,
) -> Result<Vec<TenurePeriod>, FieldError> {
    let merged = merge_groups(groups)?;
    if horizon > MAX_HORIZON {
        return Err(FieldError::new("horizon", Text::new("retention-horizon-max").arg("max", MAX_HORIZON)));
    }
    let mut present: Vec<(u32, f64)> = merged.into_iter().collect();
    let mut out = Vec::with_capacity(horizon);
    for _ in 0..horizon {
        let start: f64 = present.iter().map(|g| g.1).sum();
        let mut retained = 0.0;
        for g in present.iter_mut() {
            let r = retention(g.0.saturating_add(1));
            let r = if r.is_finite() { r.clamp(0.0, 1.0) } else { 0.0 };
            g.0 = g.0.saturating_add(1);
            g.1 *= r;
            retained += g.1;
        }
        let new = new_clients(retained);
        let new = if new.is_finite() && new > 0.0 { new } else { 0.0 };
        present.retain(|g| g.1 > 0.0);
        if new > 0.0 {
            present.insert(0, (0, new));
        }
        out.push(TenurePeriod { start, retained, new });
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
    fn group_by_group_gives_the_same_figures() {
        let c = Curve::sbg(0.704, 1.182).unwrap();
        let groups = [TenureGroup { clients: 60.0, tenure: 0 }, TenureGroup { clients: 40.0, tenure: 7 }];
        let n = project_with_curve(&groups, 12.0, &c, 30).unwrap();
        let by = project_by_tenure(&groups, |t| c.retention(t), |_| 12.0, 30).unwrap();
        assert_eq!(by.len(), 30);
        assert_eq!(by[0].start, 100.0);
        for (t, p) in by.iter().enumerate() {
            assert!((p.end() - n[t + 1]).abs() < 1e-10 * n[t + 1], "t = {}: {} {}", t + 1, p.end(), n[t + 1]);
            assert!((p.start - n[t]).abs() < 1e-10 * n[t]);
        }
        // New clients that depend on those kept: a referral rate of 10%.
        let referred = project_by_tenure(&groups, |t| c.retention(t), |kept| 0.1 * kept, 3).unwrap();
        assert!((referred[0].new - 0.1 * referred[0].retained).abs() < 1e-12);
        assert!(project_by_tenure(&groups, |_| 0.5, |_| f64::NAN, 2).unwrap()[1].new == 0.0);
        assert_eq!(project_by_tenure(&groups, |_| 0.5, |_| 0.0, MAX_HORIZON + 1).unwrap_err().field, "horizon");
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

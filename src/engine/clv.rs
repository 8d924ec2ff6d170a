//! Lifetime value of one client: the margin multiple, a finite-horizon discounted cash flow,
//! the value of a larger share of wallet, and the per-client care what-if.
//!
//! Conventions (see `docs/clv.md` for sources): a client is won at time 0; at the end of each
//! period t = 1, 2, … it pays that period's margin if it is still a client, which it is with
//! probability S(t) = r₁·r₂·…·r_t; cash at the end of period t is discounted by (1 + d)^t.
//! With constant margin m and retention r this sums to the margin multiple m·r / (1 + d − r)
//! (Gupta & Lehmann 2003).

use crate::engine::model::FieldError;
use crate::engine::profit::Profitability;
use crate::engine::util::parse::parse_amount;
use crate::i18n::{input_number, Text};

fn err(field: &'static str, message: Text) -> FieldError {
    FieldError { field, message }
}

/// Retention must be a probability below 1 (at 1 nobody ever leaves and value is infinite).
pub fn check_retention(field: &'static str, r: f64) -> Result<(), FieldError> {
    if !r.is_finite() || !(0.0..1.0).contains(&r) {
        return Err(err(field, Text::new("scenario-retention-range")));
    }
    Ok(())
}

/// A discount rate is zero or positive.
pub fn check_discount(d: f64) -> Result<(), FieldError> {
    if !d.is_finite() || d < 0.0 {
        return Err(err("discount", Text::new("scenario-discount-min")));
    }
    if d > 10.0 {
        return Err(err("discount", Text::new("scenario-discount-max-period")));
    }
    Ok(())
}

/// A finite amount of money (may be negative where the field allows it).
pub fn check_amount(field: &'static str, v: f64, allow_negative: bool) -> Result<(), FieldError> {
    if !v.is_finite() {
        return Err(err(field, Text::new("scenario-enter-number")));
    }
    if !allow_negative && v < 0.0 {
        return Err(err(field, Text::new("scenario-amount-negative")));
    }
    Ok(())
}

/// The margin multiple r / (1 + d − r): how many periods' margin one client is worth today,
/// for constant retention r and discount rate d, over an infinite horizon.
pub fn margin_multiple(retention: f64, discount: f64) -> Result<f64, FieldError> {
    check_retention("retention", retention)?;
    check_discount(discount)?;
    // 1 + d − r ≥ 1 − r > 0 because r < 1 and d ≥ 0: no division by zero.
    Ok(retention / (1.0 + discount - retention))
}

/// Lifetime value m·r/(1+d−r) with constant margin per period.
pub fn simple_clv(margin: f64, retention: f64, discount: f64) -> Result<f64, FieldError> {
    check_amount("margin", margin, true)?;
    Ok(margin * margin_multiple(retention, discount)?)
}

/// Inputs of the finite-horizon discounted cash flow.
#[derive(Clone, Debug, PartialEq)]
pub struct DcfInputs {
    /// Margin in the first period of the relationship.
    pub margin: f64,
    /// Growth of the margin per period of tenure (0.05 = +5% a period): relationships get
    /// more profitable as they age (Reichheld & Sasser 1990).
    pub margin_growth: f64,
    /// Retention by tenure: `retention[0]` is the chance a new client stays through its first
    /// period, `retention[1]` through its second, …; the last value repeats. Never empty.
    pub retention: Vec<f64>,
    pub discount: f64,
    /// Number of periods, at least 1.
    pub horizon: u32,
    /// Paid once at time 0 to win the client (0 for a client we already have).
    pub acquisition_cost: f64,
}

impl DcfInputs {
    /// Constant retention, no growth, no acquisition cost.
    pub fn flat(margin: f64, retention: f64, discount: f64, horizon: u32) -> Self {
        DcfInputs { margin, margin_growth: 0.0, retention: vec![retention], discount, horizon, acquisition_cost: 0.0 }
    }

    pub fn validate(&self) -> Result<(), FieldError> {
        check_amount("margin", self.margin, true)?;
        if !self.margin_growth.is_finite() || self.margin_growth <= -1.0 || self.margin_growth > 1.0 {
            return Err(err("margin_growth", Text::new("scenario-margin-growth-range")));
        }
        if self.retention.is_empty() {
            return Err(err("retention", Text::new("scenario-retention-missing")));
        }
        for r in &self.retention {
            check_retention("retention", *r)?;
        }
        check_discount(self.discount)?;
        if self.horizon == 0 {
            return Err(err("horizon", Text::new("scenario-horizon-min")));
        }
        if self.horizon > 1200 {
            return Err(err("horizon", Text::new("scenario-horizon-max").arg("max", 1200)));
        }
        check_amount("acquisition_cost", self.acquisition_cost, false)
    }

    fn retention_at(&self, tenure: usize) -> f64 {
        // validate() guarantees a non-empty list; the fallback only keeps this total.
        self.retention.get(tenure).or(self.retention.last()).copied().unwrap_or(0.0)
    }
}

/// One period of a client's expected cash flow.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DcfPeriod {
    /// 1-based period.
    pub period: u32,
    /// Chance the client is still with us at the end of this period.
    pub survival: f64,
    pub margin: f64,
    /// survival × margin, discounted to today.
    pub discounted: f64,
    /// Running lifetime value after this period, acquisition cost included.
    pub cumulative: f64,
}

/// The result of the discounted cash flow.
#[derive(Clone, Debug, PartialEq)]
pub struct Dcf {
    pub periods: Vec<DcfPeriod>,
    /// Σ discounted expected margins − acquisition cost.
    pub value: f64,
    /// Expected number of periods the client stays within the horizon (Σ survival).
    pub expected_periods: f64,
}

/// Finite-horizon lifetime value: Σ_{t=1..H} m·(1+g)^(t−1) · S(t) / (1+d)^t − AC.
pub fn dcf(inp: &DcfInputs) -> Result<Dcf, FieldError> {
    inp.validate()?;
    let mut survival = 1.0;
    let mut margin = inp.margin;
    let mut factor = 1.0;
    let mut cumulative = -inp.acquisition_cost;
    let mut expected_periods = 0.0;
    let mut periods = Vec::with_capacity(inp.horizon as usize);
    for t in 1..=inp.horizon {
        survival *= inp.retention_at(t as usize - 1);
        factor /= 1.0 + inp.discount;
        let discounted = margin * survival * factor;
        cumulative += discounted;
        expected_periods += survival;
        periods.push(DcfPeriod { period: t, survival, margin, discounted, cumulative });
        margin *= 1.0 + inp.margin_growth;
    }
    Ok(Dcf { periods, value: cumulative, expected_periods })
}

/// What a larger share of wallet is worth.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct WalletGain {
    /// What the client buys in our category per period: revenue / current share.
    pub category_spend: f64,
    /// Extra revenue per period at the target share.
    pub extra_revenue: f64,
    /// Lifetime value of that extra revenue at the client's margin rate.
    pub value: f64,
}

/// The client buys `revenue / current_share` in our category; at `target_share` we would sell it
/// `revenue × target / current` at the same margin rate.
pub fn share_of_wallet_gain(
    revenue: f64,
    margin_rate: f64,
    current_share: f64,
    target_share: f64,
    retention: f64,
    discount: f64,
    horizon: u32,
) -> Result<WalletGain, FieldError> {
    check_amount("revenue", revenue, false)?;
    if !margin_rate.is_finite() || margin_rate.abs() > 10.0 {
        return Err(err("margin", Text::new("scenario-margin-rate-unusable")));
    }
    if !current_share.is_finite() || current_share <= 0.0 || current_share > 1.0 {
        return Err(err("share_of_wallet", Text::new("scenario-share-range")));
    }
    if !target_share.is_finite() || target_share < current_share || target_share > 1.0 {
        return Err(err("target_share", Text::new("scenario-target-share-range")));
    }
    let extra_revenue = revenue * (target_share / current_share - 1.0);
    let value = dcf(&DcfInputs::flat(extra_revenue * margin_rate, retention, discount, horizon))?.value;
    Ok(WalletGain { category_spend: revenue / current_share, extra_revenue, value })
}

/// The per-client what-if: spend `care` a period on the client and retention rises from
/// `retention` to `improved`.
#[derive(Clone, Debug, PartialEq)]
pub struct CareWhatIf {
    pub value_before: f64,
    /// Lifetime value with the higher retention, net of the care spend.
    pub value_after: f64,
    pub gain: f64,
    /// First period at whose end the cumulative discounted extra cash is ≥ 0; `None` when it
    /// does not pay back within the horizon.
    pub payback_period: Option<u32>,
}

/// Care spend is paid at the end of each period the client is still with us (alongside the
/// margin it protects), so the extra cash in period t is (m − care)·S′(t) − m·S(t), discounted.
pub fn care_what_if(
    margin: f64,
    retention: f64,
    improved: f64,
    care: f64,
    discount: f64,
    horizon: u32,
) -> Result<CareWhatIf, FieldError> {
    care_what_if_by_tenure(margin, &[retention], &[improved], care, discount, horizon)
}

/// [`care_what_if`] with retention by period: `retention[k]` is the chance the client renews at
/// the end of the (k+1)-th period from now, before and with the care (the last value repeats).
pub fn care_what_if_by_tenure(
    margin: f64,
    retention: &[f64],
    improved: &[f64],
    care: f64,
    discount: f64,
    horizon: u32,
) -> Result<CareWhatIf, FieldError> {
    check_amount("care", care, false)?;
    for r in improved {
        check_retention("improved", *r)?;
    }
    let by_tenure = |margin: f64, retention: &[f64]| DcfInputs {
        retention: retention.to_vec(),
        ..DcfInputs::flat(margin, 0.0, discount, horizon)
    };
    let before = dcf(&by_tenure(margin, retention))?;
    let after = dcf(&by_tenure(margin - care, improved))?;
    let mut payback_period = None;
    for (b, a) in before.periods.iter().zip(&after.periods) {
        if a.cumulative - b.cumulative >= -1e-9 {
            payback_period = Some(a.period);
            break;
        }
    }
    Ok(CareWhatIf { value_before: before.value, value_after: after.value, gain: after.value - before.value, payback_period })
}

/// The per-client what-if form as typed (percentages as percent, money per year): care spend,
/// retention now and with the care, discount rate, horizon in years, share of wallet now and the
/// target share.
#[derive(Clone, Debug, PartialEq)]
pub struct WhatIfDraft {
    pub care: String,
    pub retention: String,
    pub improved: String,
    pub discount: String,
    pub horizon: String,
    pub share: String,
    pub target_share: String,
    /// Retention follows the fitted curve from the client's tenure (when one is fitted): the
    /// care adds the same points to every year's rate.
    pub use_curve: bool,
}

/// The highest retention the what-if's care can lift a curve's rate to.
pub const MAX_CURVE_RETENTION: f64 = 0.999;

/// The longest horizon the what-if accepts, in years.
pub const WHAT_IF_MAX_YEARS: u32 = 50;

impl WhatIfDraft {
    /// Defaults for a client: care of 2% of its revenue, retention as in the scenarios' baseline
    /// and five points more (at most 99%), the baseline's discount rate and horizon, share of
    /// wallet 25% → 35%.
    pub fn defaults(annual_revenue: f64, retention: f64, discount: f64, horizon_years: u32) -> Self {
        let care = (annual_revenue * 0.02).round().max(0.0);
        let r = (retention * 100.0).round();
        WhatIfDraft {
            care: input_number(care, 0),
            retention: input_number(r, 0),
            improved: input_number((r + 5.0).min(99.0), 0),
            discount: input_number((discount * 100.0).round(), 0),
            horizon: horizon_years.to_string(),
            share: "25".to_string(),
            target_share: "35".to_string(),
            use_curve: false,
        }
    }

    /// Both readouts for a client with profitability `pr` (the same profit as its profit card):
    /// the care what-if on its profit, and the share-of-wallet gain at its margin rate.
    pub fn evaluate(&self, pr: &Profitability) -> WhatIf {
        self.evaluate_by_tenure(pr, None)
    }

    /// As [`evaluate`](Self::evaluate); when `use_curve` is on and `yearly` gives the client's
    /// retention in the k-th year from now (k = 1, 2, …, from a fitted curve at its tenure), the
    /// care what-if follows it: retention r_k before, r_k + (improved − retention) with the care
    /// (kept below 100%, never below r_k when the care adds points). The read-out's rates are
    /// then next year's.
    pub fn evaluate_by_tenure(&self, pr: &Profitability, yearly: Option<&dyn Fn(u32) -> f64>) -> WhatIf {
        let num = |s: &str| parse_amount(s).ok();
        let pct = |s: &str| num(s).map(|v| v / 100.0);
        let (care, retention, improved, discount) =
            (num(&self.care), pct(&self.retention), pct(&self.improved), pct(&self.discount));
        let (share, target_share) = (pct(&self.share), pct(&self.target_share));
        let horizon =
            num(&self.horizon).filter(|h| h.fract() == 0.0 && (1.0..=f64::from(WHAT_IF_MAX_YEARS)).contains(h)).map(|h| h as u32);
        let curve = yearly.filter(|_| self.use_curve);
        // (before, with the care) by year, from the curve.
        let by_year = match (curve, retention, improved, horizon) {
            (Some(rate), Some(r), Some(r2), Some(h)) => {
                let lift = r2 - r;
                let before: Vec<f64> = (1..=h).map(|k| rate(k).clamp(0.0, 1.0 - 1e-9)).collect();
                let after = before
                    .iter()
                    .map(|r| if lift >= 0.0 { (r + lift).min(MAX_CURVE_RETENTION).max(*r) } else { (r + lift).max(0.0) })
                    .collect::<Vec<f64>>();
                Some((before, after))
            }
            _ => None,
        };
        let care_result = match (care, retention, improved, discount, horizon) {
            (Some(care), Some(_), Some(_), Some(d), Some(h)) if by_year.is_some() => {
                let (before, after) = by_year.clone().unwrap_or_default();
                care_what_if_by_tenure(pr.profit, &before, &after, care, d, h).map_err(|e| e.message)
            }
            (Some(care), Some(r), Some(r2), Some(d), Some(h)) => {
                care_what_if(pr.profit, r, r2, care, d, h).map_err(|e| e.message)
            }
            (_, _, _, _, None) => Err(Text::new("client-whatif-horizon-error")),
            _ => Err(Text::new("client-whatif-numbers-error")),
        };
        let wallet = match (share, target_share, retention, discount, horizon, pr.margin) {
            (Some(a), Some(b), Some(r), Some(d), Some(h), Some(m)) => {
                share_of_wallet_gain(pr.revenue, m, a, b, r, d, h).map_err(|e| e.message)
            }
            (.., None) => Err(Text::new("client-whatif-sow-no-revenue")),
            _ => Err(Text::new("client-whatif-sow-error")),
        };
        let (retention, improved) = match &by_year {
            Some((before, after)) => (before.first().copied(), after.first().copied()),
            None => (retention, improved),
        };
        WhatIf {
            care: care.unwrap_or(0.0),
            retention,
            improved,
            by_curve: by_year.is_some(),
            share,
            target_share,
            years: horizon.unwrap_or(1),
            care_result,
            wallet,
        }
    }
}

/// The what-if's readouts, with the figures as read from the form.
#[derive(Clone, Debug, PartialEq)]
pub struct WhatIf {
    pub care: f64,
    /// Retention before and with the care (next year's, when it follows the curve).
    pub retention: Option<f64>,
    pub improved: Option<f64>,
    /// The care what-if followed the fitted curve.
    pub by_curve: bool,
    pub share: Option<f64>,
    pub target_share: Option<f64>,
    /// The horizon read (1 when it is not valid).
    pub years: u32,
    pub care_result: Result<CareWhatIf, Text>,
    pub wallet: Result<WalletGain, Text>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64, tol: f64) -> bool {
        (a - b).abs() <= tol
    }

    #[test]
    fn margin_multiple_matches_published_examples() {
        // Gupta & Lehmann (2005), table of margin multiples: r = 80%, d = 10% → 2.67.
        assert!(close(margin_multiple(0.8, 0.10).unwrap(), 2.6667, 1e-4));
        // m = 1000, r = 5%, d = 3% → 1000 · 0.05 / 0.98 = 51.02.
        assert!(close(simple_clv(1000.0, 0.05, 0.03).unwrap(), 51.02, 0.005));
    }

    #[test]
    fn limits_of_the_margin_multiple() {
        assert_eq!(margin_multiple(0.0, 0.1).unwrap(), 0.0, "nobody stays: no value");
        // d = 0: r / (1 − r), e.g. 90% retention is worth 9 periods.
        assert!(close(margin_multiple(0.9, 0.0).unwrap(), 9.0, 1e-12));
        assert!(margin_multiple(1.0, 0.1).is_err(), "100% retention is refused, not infinite");
        assert!(margin_multiple(-0.1, 0.1).is_err());
        assert!(margin_multiple(f64::NAN, 0.1).is_err());
        assert!(margin_multiple(0.5, -0.01).is_err());
        assert!(simple_clv(f64::INFINITY, 0.5, 0.1).is_err());
    }

    #[test]
    fn finite_horizon_converges_to_the_margin_multiple() {
        let long = dcf(&DcfInputs::flat(1000.0, 0.8, 0.10, 400)).unwrap();
        assert!(close(long.value, 1000.0 * 0.8 / 0.3, 1e-6));
        // Horizon 1: one period of margin × retention, discounted once.
        let one = dcf(&DcfInputs::flat(1000.0, 0.8, 0.10, 1)).unwrap();
        assert!(close(one.value, 800.0 / 1.1, 1e-9));
        assert_eq!(one.periods.len(), 1);
        // d = 0, r → 0.
        assert_eq!(dcf(&DcfInputs::flat(1000.0, 0.0, 0.0, 5)).unwrap().value, 0.0);
    }

    #[test]
    fn hand_worked_dcf_with_growth_tenure_retention_and_acquisition_cost() {
        // m = 100 growing 10%, retention 50% in the first period then 80%, d = 0, AC = 30, 3 periods:
        // 100·0.5 + 110·0.4 + 121·0.32 − 30 = 50 + 44 + 38.72 − 30 = 102.72.
        let inp = DcfInputs {
            margin: 100.0,
            margin_growth: 0.10,
            retention: vec![0.5, 0.8],
            discount: 0.0,
            horizon: 3,
            acquisition_cost: 30.0,
        };
        let out = dcf(&inp).unwrap();
        assert!(close(out.value, 102.72, 1e-9));
        assert!(close(out.expected_periods, 0.5 + 0.4 + 0.32, 1e-12));
        assert!(close(out.periods[0].cumulative, 20.0, 1e-9), "payback shows in the running value");
    }

    #[test]
    fn invalid_inputs_are_refused_with_the_field_named() {
        let mut inp = DcfInputs::flat(100.0, 0.8, 0.1, 0);
        assert_eq!(dcf(&inp).unwrap_err().field, "horizon");
        assert_eq!(dcf(&inp).unwrap_err().to_string(), "The horizon must be at least 1 period.");
        inp.horizon = 1201;
        assert_eq!(dcf(&inp).unwrap_err().to_string(), "The horizon must be at most 1,200 periods.");
        inp.horizon = 3;
        inp.retention.clear();
        assert_eq!(dcf(&inp).unwrap_err().field, "retention");
        inp.retention = vec![0.8];
        inp.acquisition_cost = -1.0;
        assert_eq!(dcf(&inp).unwrap_err().field, "acquisition_cost");
        inp.acquisition_cost = 0.0;
        inp.margin_growth = -1.0;
        assert_eq!(dcf(&inp).unwrap_err().field, "margin_growth");
    }

    #[test]
    fn value_rises_with_retention_and_margin_and_falls_with_discount() {
        let v = |m: f64, r: f64, d: f64| dcf(&DcfInputs::flat(m, r, d, 10)).unwrap().value;
        let mut prev = f64::NEG_INFINITY;
        for i in 0..99 {
            let r = i as f64 / 100.0;
            let now = v(1000.0, r, 0.1);
            assert!(now >= prev, "retention {r}");
            prev = now;
        }
        assert!(v(1100.0, 0.8, 0.1) > v(1000.0, 0.8, 0.1));
        let mut prev = f64::INFINITY;
        for i in 0..50 {
            let d = i as f64 / 100.0;
            let now = v(1000.0, 0.8, d);
            assert!(now <= prev, "discount {d}");
            prev = now;
        }
        for i in 0..99 {
            let r = i as f64 / 100.0;
            assert!(margin_multiple(r + 0.01, 0.1).unwrap() > margin_multiple(r, 0.1).unwrap());
        }
    }

    #[test]
    fn share_of_wallet_gain_is_worked_out_from_category_spend() {
        // 40,000 at 20% share → 200,000 category spend; at 30% we sell 60,000: +20,000 revenue.
        let g = share_of_wallet_gain(40_000.0, 0.25, 0.20, 0.30, 0.8, 0.0, 1).unwrap();
        let (extra, value) = (g.extra_revenue, g.value);
        assert!(close(g.category_spend, 200_000.0, 1e-6));
        assert!(close(extra, 20_000.0, 1e-6));
        assert!(close(value, 20_000.0 * 0.25 * 0.8, 1e-6));
        assert!(share_of_wallet_gain(40_000.0, 0.25, 0.0, 0.3, 0.8, 0.0, 1).is_err());
        assert_eq!(
            share_of_wallet_gain(40_000.0, 0.25, 0.4, 0.3, 0.8, 0.0, 1).unwrap_err().message.to_string(),
            "The target share must be between the current share and 100%."
        );
    }

    #[test]
    fn care_what_if_pays_back_when_the_lift_is_worth_more_than_the_spend() {
        // m = 10,000, r 80% → 85%, care 200, d = 0, 1 period: 9,800·0.85 − 10,000·0.8 = 330 ≥ 0.
        let w = care_what_if(10_000.0, 0.80, 0.85, 200.0, 0.0, 1).unwrap();
        assert!(close(w.gain, 330.0, 1e-9));
        assert_eq!(w.payback_period, Some(1));
        // Spending more than the margin can never pay back.
        let w = care_what_if(1_000.0, 0.80, 0.85, 2_000.0, 0.1, 10).unwrap();
        assert!(w.gain < 0.0);
        assert_eq!(w.payback_period, None);
        // A lift that only pays over time: first period loses, later periods recover.
        let w = care_what_if(1_000.0, 0.80, 0.90, 120.0, 0.0, 10).unwrap();
        assert!(w.gain > 0.0);
        assert!(w.payback_period.is_some_and(|p| p > 1), "{w:?}");
    }

    #[test]
    fn what_if_form_reads_percentages_and_refuses_a_bad_horizon() {
        let d = WhatIfDraft::defaults(48_000.0, 0.85, 0.10, 5);
        assert_eq!((d.care.as_str(), d.retention.as_str(), d.improved.as_str()), ("960", "85", "90"));
        assert_eq!((d.discount.as_str(), d.horizon.as_str()), ("10", "5"));
        assert_eq!(WhatIfDraft::defaults(1.0, 0.97, 0.1, 5).improved, "99", "capped at 99%");
        let pr =
            Profitability { revenue: 48_000.0, contract_profit: 12_000.0, profit: 10_000.0, margin: Some(10_000.0 / 48_000.0) };
        let w = d.evaluate(&pr);
        assert_eq!((w.retention, w.improved, w.years), (Some(0.85), Some(0.90), 5));
        let expected = care_what_if(10_000.0, 0.85, 0.90, 960.0, 0.10, 5).unwrap();
        assert_eq!(w.care_result, Ok(expected), "the what-if works on the profit after care, as the profit card");
        let g = w.wallet.clone().unwrap();
        assert!((g.category_spend - 48_000.0 / 0.25).abs() < 1e-6);
        for bad in ["0", "51", "2.5", "x"] {
            let w = WhatIfDraft { horizon: bad.into(), ..d.clone() }.evaluate(&pr);
            assert_eq!(w.care_result.unwrap_err().key, "client-whatif-horizon-error", "horizon {bad}");
        }
        let no_revenue = Profitability { revenue: 0.0, contract_profit: 0.0, profit: 0.0, margin: None };
        assert_eq!(d.evaluate(&no_revenue).wallet.unwrap_err().key, "client-whatif-sow-no-revenue");
    }

    #[test]
    fn what_if_follows_a_curve_when_asked() {
        let d = WhatIfDraft::defaults(48_000.0, 0.85, 0.10, 5);
        let pr =
            Profitability { revenue: 48_000.0, contract_profit: 12_000.0, profit: 10_000.0, margin: Some(10_000.0 / 48_000.0) };
        let flat = |_: u32| 0.85;
        // Off, the curve is not used; on with a flat "curve", the same figures.
        assert_eq!(d.evaluate_by_tenure(&pr, Some(&flat)), d.evaluate(&pr));
        let on = WhatIfDraft { use_curve: true, ..d.clone() };
        let w = on.evaluate_by_tenure(&pr, Some(&flat));
        assert!(w.by_curve);
        let expected = care_what_if(10_000.0, 0.85, 0.90, 960.0, 0.10, 5).unwrap();
        let got = w.care_result.clone().unwrap();
        assert!((got.value_before - expected.value_before).abs() < 1e-9 && (got.gain - expected.gain).abs() < 1e-9);
        // No curve fitted: the flat rates.
        assert!(!on.evaluate_by_tenure(&pr, None).by_curve);
        // A curve rising with tenure: next year's rate is shown, the care adds 5 points every year.
        let rising = |k: u32| 0.80 + 0.01 * f64::from(k);
        let w = on.evaluate_by_tenure(&pr, Some(&rising));
        assert_eq!((w.retention, w.improved.map(|r| (r * 1e9).round() / 1e9)), (Some(0.81), Some(0.86)));
        let by_hand =
            care_what_if_by_tenure(10_000.0, &[0.81, 0.82, 0.83, 0.84, 0.85], &[0.86, 0.87, 0.88, 0.89, 0.90], 960.0, 0.10, 5)
                .unwrap();
        let got = w.care_result.unwrap();
        assert!((got.value_after - by_hand.value_after).abs() < 1e-6 && got.payback_period == by_hand.payback_period);
        // Near 100% the care cannot lift the rate to 100%.
        let high = |_: u32| 0.998;
        assert!(on.evaluate_by_tenure(&pr, Some(&high)).care_result.is_ok());
    }
}

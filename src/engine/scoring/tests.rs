use chrono::NaiveDate;

use super::*;
use crate::engine::model::*;
use crate::engine::model::{CareActivity, CareKind, Channel, Interaction, RevenuePoint};
use crate::engine::profit::*;

pub(crate) fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
}

fn rating(date: &str, s: u8, i: u8, a: u8) -> LoyaltyRating {
    LoyaltyRating { id: None, date: d(date), satisfaction: s, involvement: i, affinity: a, nps: None }
}

/// A neutral call with Ana on `date`.
fn call(date: &str) -> Interaction {
    Interaction { id: None, date: d(date), channel: Channel::Call, who: "Ana".into(), note: String::new(), sentiment: 0 }
}

fn base() -> Client {
    Client {
        id: "c1".into(),
        company: "Test SRL".into(),
        annual_revenue: 100_000.0,
        direct_cost: 50_000.0,
        cost_to_serve: 10_000.0,
        ..Client::default()
    }
}

#[test]
fn profit_counts_care_of_the_last_12_months_only() {
    let mut c = base();
    let as_of = d("2025-06-30");
    c.care_activities = vec![
        CareActivity { id: None, date: d("2025-06-30"), kind: CareKind::Gift, note: String::new(), cost: 500.0 },
        CareActivity { id: None, date: d("2024-07-01"), kind: CareKind::FreeWork, note: String::new(), cost: 2_000.0 },
        // Exactly 365 days before: outside the window.
        CareActivity { id: None, date: d("2024-06-30"), kind: CareKind::Event, note: String::new(), cost: 9_999.0 },
        // In the future: ignored.
        CareActivity { id: None, date: d("2025-07-01"), kind: CareKind::Discount, note: String::new(), cost: 7_777.0 },
        // Negative cost: counts as 0.
        CareActivity { id: None, date: d("2025-01-01"), kind: CareKind::Other, note: String::new(), cost: -300.0 },
    ];
    let p = profit_score(&c, as_of);
    assert_eq!(p.care_cost, 2_500.0);
    assert_eq!(p.profit, 100_000.0 - 50_000.0 - 10_000.0 - 2_500.0);
    assert_eq!(p.margin, Some(0.375));
    let sum: f64 = p.contributions().iter().map(|c| c.points).sum();
    assert_eq!(sum, p.profit, "contributions add up to profit");
    assert_eq!(p.contributions()[3].detail.to_string(), "EUR 2,500 over the last 12 months (3 activities)");
    // The contract profit ignores care.
    assert_eq!(profitability(&c, as_of).contract_profit, 40_000.0);
    assert_eq!(c.contract_profit(), 40_000.0);
}

#[test]
fn no_revenue_gives_no_margin_and_no_nan() {
    let mut c = base();
    c.annual_revenue = 0.0;
    let p = profit_score(&c, d("2025-01-01"));
    assert_eq!(p.margin, None);
    assert_eq!(p.profit, -60_000.0);
    assert!(p.trend.is_none() && p.profit_change.is_none());
    c.annual_revenue = f64::NAN;
    c.direct_cost = f64::INFINITY;
    let p = profit_score(&c, d("2025-01-01"));
    assert!(p.profit.is_finite());
    assert!(p.contributions().iter().all(|c| c.points.is_finite()));
}

#[test]
fn revenue_trend_last_vs_previous_and_slope() {
    let mut c = base();
    c.revenue_history = vec![
        RevenuePoint { id: None, period: "2023".into(), revenue: 80_000.0, orders: Some(10) },
        RevenuePoint { id: None, period: "2025".into(), revenue: 90_000.0, orders: Some(6) },
        RevenuePoint { id: None, period: "2024".into(), revenue: 120_000.0, orders: Some(12) },
        RevenuePoint { id: None, period: "garbage".into(), revenue: 1e9, orders: None },
        // A future period is ignored.
        RevenuePoint { id: None, period: "2026".into(), revenue: 1.0, orders: None },
    ];
    let as_of = d("2025-06-30");
    let t = revenue_trend(&c, as_of).expect("three years");
    assert_eq!((t.previous_period.label().as_str(), t.last_period.label().as_str()), ("2024", "2025"));
    assert_eq!(t.change, Some(-0.25));
    // Points (0, 80k), (1, 120k), (2, 90k): slope = Σdx·dy/Σdx² = (−1·−16.67k + 1·3.33k)/2 = 5,000.
    assert!((t.slope - 5_000.0).abs() < 1e-6, "{}", t.slope);
    assert_eq!(t.periods_used, 3);
    let p = profit_score(&c, as_of);
    // (90k − 120k) × 40% margin.
    assert_eq!(p.profit_change, Some(-12_000.0));
    // Revenue fell 25% → 0.25/0.30; orders fell 50% → full. The larger counts.
    let r = risk_score(&c, &RiskWeights::default(), as_of);
    assert_eq!(r.intensity(RiskFactor::RevenueDecline), 1.0);
    let detail = r.contributions().into_iter().find(|c| c.key == "revenue_decline").unwrap().detail;
    assert_eq!(detail.to_string(), "Revenue fell 25% (2024: EUR 120,000 → 2025: EUR 90,000); orders 12 → 6");
}

#[test]
fn fast_period_parsing_agrees_with_period_parse() {
    let mut labels: Vec<String> = vec![
        "",
        "202",
        "20245",
        "2025-",
        "-2025",
        "2025-Q",
        "2025-Q12",
        "2025-1",
        "2025-001",
        "2025-+1",
        "+202",
        "2025/03",
        "2025-Qé",
        "é025-Q1",
        " 2025",
        "2025 ",
        "Q2 2025",
        "2025 q2",
        "2025-Q2-1",
    ]
    .into_iter()
    .map(String::from)
    .collect();
    for y in [0, 999, 1899, 1900, 2024, 2200, 2201, 9999] {
        labels.push(format!("{y:04}"));
        for q in ['Q', 'q', 'X'] {
            for n in 0..=9 {
                labels.push(format!("{y:04}-{q}{n}"));
            }
        }
        for m in 0..=19 {
            labels.push(format!("{y:04}-{m:02}"));
        }
    }
    for l in &labels {
        assert_eq!(parse_period(l), Period::parse(l).ok(), "{l:?}");
    }
}

#[test]
fn trend_slope_uses_the_last_eight_periods() {
    let mut c = base();
    // 2014..=2025, listed newest first; revenue 1,000 × (year − 2014), except an outlier in 2014.
    c.revenue_history = (2014..=2025)
        .rev()
        .map(|y| RevenuePoint {
            id: None,
            period: y.to_string(),
            revenue: if y == 2014 { 1e9 } else { 1_000.0 * (y - 2014) as f64 },
            orders: None,
        })
        .collect();
    let t = revenue_trend(&c, d("2025-12-31")).unwrap();
    assert_eq!(t.periods_used, TREND_PERIODS);
    assert!((t.slope - 1_000.0).abs() < 1e-9, "the 2014 outlier is outside the window: {}", t.slope);
    assert_eq!((t.previous, t.last), (10_000.0, 11_000.0));
}

#[test]
fn quarters_are_compared_within_their_kind() {
    let mut c = base();
    c.revenue_history = vec![
        RevenuePoint { id: None, period: "2024".into(), revenue: 400_000.0, orders: None },
        RevenuePoint { id: None, period: "2025-Q1".into(), revenue: 100_000.0, orders: None },
        RevenuePoint { id: None, period: "2025-q2".into(), revenue: 110_000.0, orders: None },
        RevenuePoint { id: None, period: "2025-Q2".into(), revenue: 120_000.0, orders: None },
    ];
    let t = revenue_trend(&c, d("2025-06-30")).unwrap();
    assert_eq!(t.kind, PeriodKind::Quarter);
    assert_eq!(t.last, 120_000.0, "a duplicated label keeps its last entry");
    assert_eq!(t.change, Some(0.2));
    c.revenue_history.truncate(2);
    assert!(revenue_trend(&c, d("2025-06-30")).is_none(), "one quarter is no trend");
}

#[test]
fn loyalty_hand_worked() {
    // 8/8/8: 32 + 24 + 24·1 = 80, entrenched.
    assert_eq!(loyalty_value(8.0, 8.0, 8.0), 80.0);
    assert_eq!(Commitment::from_score(80.0), Commitment::Entrenched);
    // 7/6/8: 28 + 18 + 24·0.5 = 58, average (gate: min 6 → (6−5)/2).
    assert_eq!(loyalty_value(7.0, 6.0, 8.0), 58.0);
    // 5/5/10: affinity does not count yet: 20 + 15 = 35, shallow.
    assert_eq!(loyalty_value(5.0, 5.0, 10.0), 35.0);
    assert_eq!(Commitment::from_score(35.0), Commitment::Shallow);
    // 3/4/2: 12 + 12 = 24, convertible.
    assert_eq!(Commitment::from_score(loyalty_value(3.0, 4.0, 2.0)), Commitment::Convertible);
    assert_eq!(loyalty_value(10.0, 10.0, 10.0), 100.0);
    assert_eq!(loyalty_value(0.0, 0.0, 0.0), 0.0);
    assert_eq!(loyalty_value(f64::NAN, 99.0, -5.0), 30.0, "clamped, never NaN");
}

#[test]
fn loyalty_uses_latest_rating_and_trend() {
    let mut c = base();
    assert!(loyalty_score(&c, d("2025-06-30")).is_none(), "no rating is unknown, not 0");
    c.ratings = vec![
        rating("2025-01-10", 7, 6, 8),
        rating("2024-06-01", 8, 8, 8),
        rating("2025-09-01", 2, 2, 2), // after as_of: ignored
    ];
    c.ratings[0].nps = Some(9);
    let l = loyalty_score(&c, d("2025-06-30")).unwrap();
    assert_eq!(l.score, 58.0);
    assert_eq!(l.segment, Commitment::Average);
    assert_eq!(l.rating_date, d("2025-01-10"));
    assert_eq!(l.previous_score, Some(80.0));
    assert_eq!(l.trend, Some(-22.0));
    assert_eq!(l.affinity_gate, 0.5);
    assert_eq!(l.nps, Some((9, NpsCategory::Promoter)));
    let pts: f64 = l.contributions().iter().map(|c| c.points).sum();
    assert_eq!(pts, l.score, "contributions add up to the score");
    assert_eq!(
        l.contributions()[2].detail.to_string(),
        "Affinity 8/10 counts 50%: the lower of satisfaction and involvement is 6 (full from 7)"
    );
    // Out-of-range stored answers are clamped.
    c.ratings = vec![rating("2025-01-01", 200, 200, 200)];
    assert_eq!(loyalty_score(&c, d("2025-06-30")).unwrap().score, 100.0);
}

#[test]
fn risk_hand_worked() {
    let as_of = d("2025-06-30");
    let mut c = base();
    c.contact_cadence_days = Some(14);
    c.interactions = vec![call("2025-05-20")];
    c.open_complaints = 1;
    c.competitor_activity = true;
    c.contract_end = Some(d("2025-08-14")); // 45 days → 0.5 of a 90-day window
    c.ratings = vec![rating("2024-06-01", 8, 8, 8), rating("2025-06-01", 6, 6, 6)];
    let w = RiskWeights::default();
    let r = risk_score(&c, &w, as_of);
    // Silence 41 days vs 14 → (41−14)/14 ≥ 1 → 1.0 × 15 = 15
    // Satisfaction 8 → 6: 2/3 × 15 = 10
    // Contract 0.5 × 10 = 5; complaints 1/3 × 10; competitor 10
    // Loyalty 6/6/6: 24 + 18 + 18·0.5 = 51 → (70−51)/50 = 0.38 × 10 = 3.8
    let expected = 15.0 + 10.0 + 5.0 + 10.0 / 3.0 + 10.0 + 3.8;
    assert!((r.score - expected).abs() < 1e-9, "{} vs {expected}", r.score);
    assert_eq!(r.band, RiskBand::Medium);
    assert_eq!(r.contributions()[0].key, "silence");
    assert_eq!(r.contributions()[0].detail.to_string(), "No contact for 41 days; agreed every 14");
    let sum: f64 = r.contributions().iter().map(|c| c.points).sum();
    assert!((sum - r.score).abs() < 1e-9);
    assert_eq!(risk_value(&c, &w, as_of), r.score);
    let find = |k: &str| r.contributions().iter().find(|c| c.key == k).unwrap().detail.to_string();
    assert_eq!(find("satisfaction_drop"), "Satisfaction fell from 8 to 6 (of 10)");
    assert_eq!(find("contract_end"), "Contract ends in 45 days; watched from 90 days before");
    assert_eq!(find("low_loyalty"), "Loyalty 51/100 (shallow)");
    assert_eq!(find("low_share_of_wallet"), "Share of wallet unknown");
}

#[test]
fn risk_edge_cases() {
    let as_of = d("2025-06-30");
    let c = base();
    // No interactions, no start date, nothing else: only silence counts (no contact on record).
    let r = risk_score(&c, &RiskWeights::default(), as_of);
    assert_eq!(r.score, 15.0);
    assert_eq!(r.band, RiskBand::Low);
    assert!(r.contributions().iter().any(|c| c.detail.to_string() == "No contact on record"));
    // A start date 10 days ago: within the 30-day default cadence.
    let mut fresh = c.clone();
    fresh.start_date = Some(d("2025-06-20"));
    assert_eq!(risk_score(&fresh, &RiskWeights::default(), as_of).score, 0.0);
    // All factors off.
    let mut bad = c.clone();
    bad.competitor_activity = true;
    bad.open_complaints = 99;
    let r = risk_score(&bad, &RiskWeights::all_off(), as_of);
    assert_eq!(r.score, 0.0);
    assert_eq!(r.band, RiskBand::Low);
    assert_eq!(r.contributions().len(), 1);
    assert_eq!(r.contributions()[0].key, "all_off");
    assert_eq!(r.contributions()[0].detail.to_string(), "All risk factors are switched off (or weigh 0), so the risk is 0.");
    // Only one factor on: it is the whole scale.
    let mut w = RiskWeights::all_off();
    w.competitor.enabled = true;
    assert_eq!(risk_score(&bad, &w, as_of).score, 100.0);
    // Hostile weights: NaN, negative and huge are clamped; never NaN.
    let mut w = RiskWeights::default();
    w.silence.weight = f64::NAN;
    w.competitor.weight = -5.0;
    w.complaints.weight = 1e308;
    w.medium_from = f64::NAN;
    let r = risk_score(&bad, &w, as_of);
    assert!(r.score.is_finite() && (0.0..=100.0).contains(&r.score));
}

#[test]
fn new_manager_and_expired_contract() {
    let as_of = d("2025-06-30");
    let mut c = base();
    c.start_date = Some(d("2025-06-29"));
    c.manager_changed_on = Some(d("2025-05-01")); // 60 days of 180 → 2/3
    c.contract_end = Some(d("2025-06-01"));
    let r = risk_score(&c, &RiskWeights::default(), as_of);
    assert!((r.intensity(RiskFactor::NewManager) - 2.0 / 3.0).abs() < 1e-12);
    assert_eq!(r.intensity(RiskFactor::ContractEnd), 1.0);
    let ce = r.contributions().into_iter().find(|c| c.key == "contract_end").unwrap();
    assert_eq!(ce.detail.to_string(), "Contract ended 29 days ago with no renewal recorded");
}

use crate::engine::util::rng::SplitMix as Rng;

#[test]
fn property_factor_intensities_are_monotone_and_bounded() {
    let mut rng = Rng(42);
    for _ in 0..20_000 {
        let cadence = rng.range(0, 400) as u32;
        let (a, b) = (rng.range(-50, 2_000), rng.range(-50, 2_000));
        let (lo, hi) = (a.min(b), a.max(b));
        // More silence never lowers risk.
        assert!(silence_intensity(Some(lo), cadence) <= silence_intensity(Some(hi), cadence));
        assert!(silence_intensity(Some(hi), cadence) <= silence_intensity(None, cadence));
        // A nearer contract end / fresher manager change never lowers risk.
        let window = rng.range(0, 400) as u32;
        assert!(contract_end_intensity(hi, window) <= contract_end_intensity(lo, window));
        assert!(new_manager_intensity(hi, window) <= new_manager_intensity(lo, window));
        // Lower current revenue never lowers risk; more complaints never lower it.
        let prev = rng.unit() * 1e6;
        let (r1, r2) = (rng.unit() * 2e6, rng.unit() * 2e6);
        assert!(decline_intensity(prev, r1.max(r2)) <= decline_intensity(prev, r1.min(r2)));
        let (n1, n2) = (rng.range(0, 10) as u32, rng.range(0, 10) as u32);
        assert!(complaints_intensity(n1.min(n2)) <= complaints_intensity(n1.max(n2)));
        let (s1, s2) = (rng.unit() * 1.2 - 0.1, rng.unit() * 1.2 - 0.1);
        assert!(share_of_wallet_intensity(s1.max(s2)) <= share_of_wallet_intensity(s1.min(s2)));
        let (l1, l2) = (rng.unit() * 120.0 - 10.0, rng.unit() * 120.0 - 10.0);
        assert!(low_loyalty_intensity(l1.max(l2)) <= low_loyalty_intensity(l1.min(l2)));
        let p = rng.unit() * 10.0;
        let (q1, q2) = (rng.unit() * 10.0, rng.unit() * 10.0);
        assert!(satisfaction_drop_intensity(p, q1.max(q2)) <= satisfaction_drop_intensity(p, q1.min(q2)));
        for v in [
            silence_intensity(Some(lo), cadence),
            contract_end_intensity(lo, window),
            new_manager_intensity(lo, window),
            decline_intensity(prev, r1),
            share_of_wallet_intensity(s1),
            low_loyalty_intensity(l1),
            satisfaction_drop_intensity(p, q1),
        ] {
            assert!((0.0..=1.0).contains(&v), "{v}");
        }
    }
}

#[test]
fn property_higher_answers_never_lower_loyalty() {
    let mut rng = Rng(7);
    for _ in 0..20_000 {
        let s = rng.range(0, 10) as f64;
        let i = rng.range(0, 10) as f64;
        let a = rng.range(0, 10) as f64;
        let base = loyalty_value(s, i, a);
        assert!((0.0..=100.0).contains(&base));
        let up = rng.range(0, 3) as f64;
        assert!(loyalty_value(s + up, i, a) >= base);
        assert!(loyalty_value(s, i + up, a) >= base);
        assert!(loyalty_value(s, i, a + up) >= base);
    }
}

#[test]
fn property_whole_client_risk_is_monotone_in_silence_and_weights() {
    let mut rng = Rng(99);
    let as_of = d("2025-06-30");
    for _ in 0..2_000 {
        let mut c = base();
        c.contact_cadence_days = Some(rng.range(1, 60) as u32);
        c.open_complaints = rng.range(0, 4) as u32;
        c.competitor_activity = rng.range(0, 1) == 1;
        c.ratings = vec![rating("2025-01-01", rng.range(0, 10) as u8, rng.range(0, 10) as u8, rng.range(0, 10) as u8)];
        let mut w = RiskWeights::default();
        for f in RiskFactor::ALL {
            *w.get_mut(f) = FactorWeight { enabled: rng.range(0, 3) > 0, weight: rng.unit() * 30.0 };
        }
        let gap_a = rng.range(0, 200);
        let gap_b = rng.range(0, 200);
        let mut near = c.clone();
        near.interactions = vec![Interaction {
            id: None,
            date: as_of - chrono::Days::new(gap_a.min(gap_b) as u64),
            channel: Channel::Email,
            who: String::new(),
            note: String::new(),
            sentiment: 0,
        }];
        let mut far = c.clone();
        far.interactions =
            vec![Interaction { date: as_of - chrono::Days::new(gap_a.max(gap_b) as u64), ..near.interactions[0].clone() }];
        let (rn, rf) = (risk_value(&near, &w, as_of), risk_value(&far, &w, as_of));
        assert!(rn <= rf + 1e-12, "more silence lowered risk: {rn} > {rf}");
        // More satisfaction never raises the low-loyalty risk.
        let mut happier = near.clone();
        happier.ratings[0].satisfaction = (happier.ratings[0].satisfaction + 1).min(10);
        assert!(risk_value(&happier, &w, as_of) <= rn + 1e-12);
        assert!((0.0..=100.0).contains(&rn));
    }
}

#[test]
fn purchase_model_factor_counts_only_with_a_known_p_alive() {
    let as_of = d("2025-06-30");
    let mut c = base();
    c.contact_cadence_days = Some(14);
    c.interactions = vec![call("2025-05-20")];
    c.competitor_activity = true;
    let w = RiskWeights::default();
    let without = risk_score(&c, &w, as_of);
    // Without purchase data: exactly the nine-factor score (silence 15 + competitor 10).
    assert_eq!(without.score, 25.0);
    assert_eq!(risk_score_with_p_alive(&c, &w, as_of, None), without);
    assert_eq!(risk_score_with_p_alive(&c, &w, as_of, Some(f64::NAN)), without, "NaN is no data");
    assert!(!without.counted[RiskFactor::PurchaseModel.index()]);
    assert!(without.contributions().iter().all(|x| x.key != "purchase_model"));
    assert_eq!(risk_value(&c, &w, as_of), without.score);
    // P(alive) 0.2: intensity 0.8, weight 10 of 110 → 100·10·0.8/110 points.
    let with = risk_score_with_p_alive(&c, &w, as_of, Some(0.2));
    assert!((with.intensity(RiskFactor::PurchaseModel) - 0.8).abs() < 1e-12);
    assert!(with.counted[RiskFactor::PurchaseModel.index()]);
    let pm = with.contributions().into_iter().find(|x| x.key == "purchase_model").expect("in the explanation");
    assert_eq!(pm.label.to_string(), "Purchase model: likely stopped buying");
    assert!((pm.points - 100.0 * 10.0 * 0.8 / 110.0).abs() < 1e-9, "{}", pm.points);
    assert_eq!(
        pm.detail.to_string(),
        "Purchase model puts the chance this client still buys at 20% (P(alive) from the purchase history)"
    );
    assert!((with.score - (15.0 + 10.0 + 8.0) * 100.0 / 110.0).abs() < 1e-9, "{}", with.score);
    let sum: f64 = with.contributions().iter().map(|x| x.points).sum();
    assert!((sum - with.score).abs() < 1e-9);
    assert_eq!(with.main_factor(None).unwrap().key, "silence");
    // Switched off: no purchase-model line, the score of the nine factors.
    let mut off = w.clone();
    off.purchase_model.enabled = false;
    let r = risk_score_with_p_alive(&c, &off, as_of, Some(0.2));
    assert_eq!(r.score, without.score);
    assert!(r.contributions().iter().all(|x| x.key != "purchase_model"));
    // Only the purchase model on: a client without data has no risk, one with data has 1 − P(alive).
    let mut only = RiskWeights::all_off();
    only.purchase_model.enabled = true;
    assert_eq!(risk_score(&c, &only, as_of).score, 0.0);
    assert!((risk_score_with_p_alive(&c, &only, as_of, Some(0.25)).score - 75.0).abs() < 1e-9);
    // Out-of-range P(alive) is clamped.
    assert_eq!(purchase_model_intensity(1.7), 0.0);
    assert_eq!(purchase_model_intensity(-0.3), 1.0);
    assert_eq!(purchase_model_intensity(f64::NAN), 0.0);
}

#[test]
fn property_lower_p_alive_never_lowers_risk() {
    let mut rng = Rng(2024);
    let as_of = d("2025-06-30");
    for _ in 0..2_000 {
        let mut c = base();
        c.contact_cadence_days = Some(rng.range(1, 60) as u32);
        c.open_complaints = rng.range(0, 4) as u32;
        c.competitor_activity = rng.range(0, 1) == 1;
        c.ratings = vec![rating("2025-01-01", rng.range(0, 10) as u8, rng.range(0, 10) as u8, rng.range(0, 10) as u8)];
        let mut w = RiskWeights::default();
        for f in RiskFactor::ALL {
            *w.get_mut(f) = FactorWeight { enabled: rng.range(0, 3) > 0, weight: rng.unit() * 30.0 };
        }
        let (a, b) = (rng.unit() * 1.2 - 0.1, rng.unit() * 1.2 - 0.1);
        let (lo, hi) = (a.min(b), a.max(b));
        assert!(purchase_model_intensity(hi) <= purchase_model_intensity(lo));
        let r_lo = risk_score_with_p_alive(&c, &w, as_of, Some(lo)).score;
        let r_hi = risk_score_with_p_alive(&c, &w, as_of, Some(hi)).score;
        assert!(r_hi <= r_lo + 1e-12, "lower P(alive) lowered risk: {r_lo} < {r_hi}");
        assert!((0.0..=100.0).contains(&r_lo));
    }
}

#[test]
fn stored_weights_without_the_purchase_model_load_with_its_default() {
    let mut old = serde_json::to_value(RiskWeights::default()).unwrap();
    let map = old.as_object_mut().unwrap();
    assert!(map.remove("purchase_model").is_some());
    map.insert("silence".into(), serde_json::json!({ "enabled": false, "weight": 3.0 }));
    let w: RiskWeights = serde_json::from_value(old).unwrap();
    assert_eq!(w.purchase_model, FactorWeight::on(10.0));
    assert_eq!(w.silence, FactorWeight { enabled: false, weight: 3.0 });
    assert_eq!(w.low_loyalty, RiskWeights::default().low_loyalty);
    // The nine classic defaults are unchanged and still add up to 100.
    let d = RiskWeights::default();
    let classic: f64 = RiskFactor::ALL.iter().filter(|f| **f != RiskFactor::PurchaseModel).map(|f| d.get(*f).weight).sum();
    assert_eq!(classic, 100.0);
    assert_eq!(RiskFactor::ALL.len(), 10);
    assert_eq!(RiskFactor::PurchaseModel.key(), "purchase_model");
}

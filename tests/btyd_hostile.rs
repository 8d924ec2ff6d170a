//! Hostile input through the purchase models: damaged summaries (NaN, infinities, negative and
//! impossible histories), random parameters and dates anywhere in the calendar. Nothing may panic,
//! every customer gets a row without a NaN, and every refusal is an error in words.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests: a failed unwrap is a failed test

use chrono::NaiveDate;
use retention_calculator::engine::btyd::{
    customer_rows, fit_bgnbd, fit_gamma_gamma, fit_pareto_nbd, summarize, validation, value_totals, BgNbdParams, ClvSettings,
    CustomerSummary, GammaGammaParams, ParetoNbdParams, PurchaseModel, Summary, SummaryOptions, TimeUnit, Transaction,
    TransactionSet,
};
use retention_calculator::engine::files::customer_values::export_rows_csv;
use retention_calculator::engine::util::rng::SplitMix;

const ODD: [f64; 10] = [f64::NAN, f64::INFINITY, f64::NEG_INFINITY, -1.0, 0.0, 1e-300, 1e300, f64::MAX, 5e-324, -0.0];

fn figure(rng: &mut SplitMix) -> f64 {
    if rng.chance(0.2) {
        ODD[rng.below(ODD.len() as u64) as usize]
    } else {
        rng.unit() * 100.0
    }
}

fn customers(rng: &mut SplitMix, n: usize) -> Vec<CustomerSummary> {
    (0..n)
        .map(|i| {
            let age = figure(rng);
            let frequency = if rng.chance(0.05) { u32::MAX } else { rng.below(12) as u32 };
            let recency = if frequency == 0 && rng.chance(0.8) { 0.0 } else { figure(rng).min(age.abs()) };
            CustomerSummary {
                id: format!("c{i}"),
                frequency,
                recency: if rng.chance(0.1) { figure(rng) } else { recency },
                age,
                monetary: if frequency == 0 { 0.0 } else { figure(rng) },
                first_purchase: NaiveDate::from_ymd_opt(2024, 1, 1).unwrap(),
                holdout_frequency: rng.below(4) as u32,
            }
        })
        .collect()
}

#[test]
fn damaged_summaries_give_a_row_for_every_customer_and_no_nan() {
    let mut rng = SplitMix(0xBAD_5EED);
    let end = NaiveDate::from_ymd_opt(2024, 12, 31).unwrap();
    for round in 0..40 {
        let customers = customers(&mut rng, 30);
        let summary = Summary {
            unit: TimeUnit::Weeks,
            calibration_end: end,
            observation_end: end,
            holdout_length: 0.0,
            customers,
            transactions_after_end: 0,
        };
        let p = |rng: &mut SplitMix| if rng.chance(0.1) { figure(rng) } else { 0.05 + rng.unit() * 5.0 };
        let models = [
            PurchaseModel::BgNbd(BgNbdParams { r: p(&mut rng), alpha: p(&mut rng), a: p(&mut rng), b: p(&mut rng) }),
            PurchaseModel::ParetoNbd(ParetoNbdParams { r: p(&mut rng), alpha: p(&mut rng), s: p(&mut rng), beta: p(&mut rng) }),
        ];
        let gg = GammaGammaParams { p: p(&mut rng), q: p(&mut rng), gamma: p(&mut rng) };
        let settings = ClvSettings { periods: 1 + rng.below(24) as u32, period_length: 4.348, discount_rate: 0.01, margin: 0.3 };
        for model in &models {
            for spend in [Some(&gg), None] {
                let rows = customer_rows(&summary, model, spend, &settings).unwrap();
                assert_eq!(rows.len(), summary.customers.len(), "round {round}");
                for r in &rows {
                    let v = &r.value;
                    let all = [v.recency, v.age, v.monetary, v.p_alive, v.expected_purchases, v.expected_spend, v.clv];
                    assert!(all.iter().all(|f| f.is_finite()), "round {round}: {r:?}");
                    if let Some(problem) = &r.problem {
                        assert!(!problem.to_string().is_empty());
                    }
                }
                let totals = value_totals(&rows);
                assert_eq!(totals.customers + totals.flagged, rows.len());
                assert_eq!(export_rows_csv(&rows).lines().count(), rows.len() + 1);
            }
        }
        // The fits refuse or fit; they never panic.
        let _ = fit_bgnbd(&summary.customers);
        let _ = fit_gamma_gamma(&summary.customers);
        if round % 8 == 0 {
            let _ = fit_pareto_nbd(&summary.customers);
        }
    }
}

#[test]
fn dates_anywhere_in_the_calendar_are_refused_or_tracked_within_the_bound() {
    let mut rng = SplitMix(0xDA7E5);
    let model = PurchaseModel::ParetoNbd(ParetoNbdParams { r: 0.55, alpha: 10.58, s: 0.61, beta: 11.67 });
    let day = |rng: &mut SplitMix| {
        let base = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
        let span = [30, 3_000, 300_000, 3_000_000][rng.below(4) as usize];
        base.checked_add_signed(chrono::Duration::days(rng.range(-span, span))).unwrap_or(base)
    };
    for _ in 0..60 {
        let transactions: Vec<Transaction> = (0..20)
            .map(|_| Transaction { customer: rng.below(5) as u32, date: day(&mut rng), amount: 10.0, quantity: None })
            .collect();
        let data = TransactionSet { customer_ids: (0..5).map(|i| format!("k{i}")).collect(), transactions };
        let unit = [TimeUnit::Days, TimeUnit::Weeks, TimeUnit::Months][rng.below(3) as usize];
        let observation_end = day(&mut rng);
        let calibration_end = if rng.chance(0.5) { Some(day(&mut rng)) } else { None };
        let options = SummaryOptions { unit, observation_end, calibration_end, round_decimals: None };
        match summarize(&data, &options) {
            Ok(summary) => {
                let (first, last) = data.date_range().unwrap();
                assert!(
                    observation_end >= first && observation_end <= last.checked_add_months(chrono::Months::new(120)).unwrap()
                );
                if let Ok(points) = validation::cumulative_tracking(&model, &data, &options) {
                    assert!(points.len() <= validation::MAX_TRACKING_POINTS);
                }
                let _ = validation::holdout_validation(&model, &summary);
            }
            Err(e) => assert!(!e.to_string().is_empty()),
        }
    }
}

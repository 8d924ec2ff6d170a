//! Hostile input through the purchase models: damaged summaries (NaN, infinities, negative and
//! impossible histories), random parameters and dates anywhere in the calendar. Nothing may panic,
//! every customer gets a row without a NaN, and every refusal is an error in words. Property
//! tests (proptest): a failure is shrunk to a minimal case and printed.

#![cfg(not(target_arch = "wasm32"))] // proptest is a native dev-dependency
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests: a failed unwrap is a failed test

use chrono::NaiveDate;
use proptest::prelude::*;
use retention_calculator::engine::btyd::{
    customer_rows, fit_bgnbd, fit_gamma_gamma, fit_pareto_nbd, summarize, validation, value_totals, BgNbdParams, ClvSettings,
    CustomerSummary, GammaGammaParams, ParetoNbdParams, PurchaseModel, Summary, SummaryOptions, TimeUnit, Transaction,
    TransactionSet,
};
use retention_calculator::engine::files::customer_values::export_rows_csv;

const ODD: [f64; 10] = [f64::NAN, f64::INFINITY, f64::NEG_INFINITY, -1.0, 0.0, 1e-300, 1e300, f64::MAX, 5e-324, -0.0];

/// A figure of a damaged summary: one time in five a value from `ODD`, else in [0, 100).
fn figure() -> impl Strategy<Value = f64> {
    prop_oneof![1 => prop::sample::select(ODD.to_vec()), 4 => 0.0..100.0f64]
}

/// A model parameter: one time in ten a `figure`, else in [0.05, 5.05).
fn param() -> impl Strategy<Value = f64> {
    prop_oneof![1 => figure(), 9 => 0.05..5.05f64]
}

fn customer() -> impl Strategy<Value = CustomerSummary> {
    (
        figure(),
        prop_oneof![1 => Just(u32::MAX), 19 => 0..12u32],
        figure(),
        prop::option::weighted(0.1, figure()),
        figure(),
        0..4u32,
    )
        .prop_map(|(age, frequency, recency, odd_recency, monetary, holdout_frequency)| {
            let recency = if frequency == 0 { 0.0 } else { recency.min(age.abs()) };
            CustomerSummary {
                id: String::new(),
                frequency,
                recency: odd_recency.unwrap_or(recency),
                age,
                monetary: if frequency == 0 { 0.0 } else { monetary },
                first_purchase: NaiveDate::from_ymd_opt(2024, 1, 1).unwrap(),
                holdout_frequency,
            }
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, failure_persistence: None, ..ProptestConfig::default() })]

    /// Damaged summaries (NaN, infinities, negative and impossible histories) under random
    /// parameters: a row for every customer, no NaN, every problem in words; the fits refuse or
    /// fit. Shrinking reduces a failure to the fewest customers and plainest figures.
    #[test]
    fn damaged_summaries_give_a_row_for_every_customer_and_no_nan(
        mut customers in prop::collection::vec(customer(), 1..30),
        bg in (param(), param(), param(), param()),
        pareto in (param(), param(), param(), param()),
        gg in (param(), param(), param()),
        periods in 1..25u32,
        fit_pareto in prop::bool::weighted(0.25),
    ) {
        for (i, c) in customers.iter_mut().enumerate() {
            c.id = format!("c{i}");
        }
        let end = NaiveDate::from_ymd_opt(2024, 12, 31).unwrap();
        let summary = Summary {
            unit: TimeUnit::Weeks,
            calibration_end: end,
            observation_end: end,
            holdout_length: 0.0,
            customers,
            transactions_after_end: 0,
        };
        let models = [
            PurchaseModel::BgNbd(BgNbdParams { r: bg.0, alpha: bg.1, a: bg.2, b: bg.3 }),
            PurchaseModel::ParetoNbd(ParetoNbdParams { r: pareto.0, alpha: pareto.1, s: pareto.2, beta: pareto.3 }),
        ];
        let gg = GammaGammaParams { p: gg.0, q: gg.1, gamma: gg.2 };
        let settings = ClvSettings { periods, period_length: 4.348, discount_rate: 0.01, margin: 0.3 };
        for model in &models {
            for spend in [Some(&gg), None] {
                let rows = customer_rows(&summary, model, spend, &settings).unwrap();
                prop_assert_eq!(rows.len(), summary.customers.len());
                for r in &rows {
                    let v = &r.value;
                    let all = [v.recency, v.age, v.monetary, v.p_alive, v.expected_purchases, v.expected_spend, v.clv];
                    prop_assert!(all.iter().all(|f| f.is_finite()), "{:?}", r);
                    if let Some(problem) = &r.problem {
                        prop_assert!(!problem.to_string().is_empty());
                    }
                }
                let totals = value_totals(&rows);
                prop_assert_eq!(totals.customers + totals.flagged, rows.len());
                prop_assert_eq!(export_rows_csv(&rows).lines().count(), rows.len() + 1);
            }
        }
        // The fits refuse or fit; they never panic.
        let _ = fit_bgnbd(&summary.customers);
        let _ = fit_gamma_gamma(&summary.customers);
        if fit_pareto {
            let _ = fit_pareto_nbd(&summary.customers);
        }
    }
}

/// A day within ±30, ±3,000, ±300,000 or ±3,000,000 days of 2024-01-01 (or that day when the
/// calendar ends first).
fn day() -> impl Strategy<Value = NaiveDate> {
    prop::sample::select(vec![30i64, 3_000, 300_000, 3_000_000]).prop_flat_map(|span| {
        (-span..span).prop_map(|d| {
            let base = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
            base.checked_add_signed(chrono::Duration::days(d)).unwrap_or(base)
        })
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, failure_persistence: None, ..ProptestConfig::default() })]

    /// Dates anywhere in the calendar: refused in words, or a summary and a tracking series of at
    /// most `MAX_TRACKING_POINTS` points.
    #[test]
    fn dates_anywhere_in_the_calendar_are_refused_or_tracked_within_the_bound(
        purchases in prop::collection::vec((0..5u32, day()), 1..20),
        unit in prop::sample::select(vec![TimeUnit::Days, TimeUnit::Weeks, TimeUnit::Months]),
        observation_end in day(),
        calibration_end in prop::option::of(day()),
    ) {
        let model = PurchaseModel::ParetoNbd(ParetoNbdParams { r: 0.55, alpha: 10.58, s: 0.61, beta: 11.67 });
        let transactions: Vec<Transaction> =
            purchases.iter().map(|&(customer, date)| Transaction { customer, date, amount: 10.0, quantity: None }).collect();
        let data = TransactionSet { customer_ids: (0..5).map(|i| format!("k{i}")).collect(), transactions };
        let options = SummaryOptions { unit, observation_end, calibration_end, round_decimals: None };
        match summarize(&data, &options) {
            Ok(summary) => {
                let (first, last) = data.date_range().unwrap();
                prop_assert!(
                    observation_end >= first && observation_end <= last.checked_add_months(chrono::Months::new(120)).unwrap()
                );
                if let Ok(points) = validation::cumulative_tracking(&model, &data, &options) {
                    prop_assert!(points.len() <= validation::MAX_TRACKING_POINTS);
                }
                let _ = validation::holdout_validation(&model, &summary);
            }
            Err(e) => prop_assert!(!e.to_string().is_empty()),
        }
    }
}

//! Purchase histories at real scale: a generated 1,000,000-row history of 100,000 customers
//! through the whole pipeline (summary, the three fits, customer values and their export,
//! tracking and holdout), timed. Ignored by default; run it by hand, optimised:
//!
//! `cargo test --release --test scale -- --ignored --nocapture`
//!
//! The figures it prints are the ones in `docs/btyd.md` ("At scale").

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests: a failed unwrap is a failed test

use chrono::NaiveDate;
use retention_calculator::engine::btyd::{
    self, customer_rows, fit_bgnbd, fit_gamma_gamma, fit_pareto_nbd, summarize, validation, value_totals, ClvSettings,
    PurchaseModel, SummaryOptions, TimeUnit, Transaction, TransactionSet,
};
use retention_calculator::engine::files::customer_values::export_rows_csv;
use retention_calculator::engine::util::rng::SplitMix;
use std::time::{Duration, Instant};

fn start() -> NaiveDate {
    NaiveDate::from_ymd_opt(2023, 1, 1).unwrap()
}

/// Days in the generated history: 2023-01-01 to 2024-12-31.
const DAYS: u64 = 731;

/// `rows` transaction lines of `customers` customers, deterministic. Each customer makes a first
/// purchase in the first year and then, while alive, buys at a rate of their own (exponential
/// across customers, about one purchase every 50 days on average) and drops out after any purchase
/// with a probability of their own (uniform in 0–0.3), as the BG/NBD story goes. The purchase days
/// are then filled up to exactly `rows` lines with extra lines on those days (baskets of several
/// lines, merged into one purchase day by the summary). Amounts: exponential around a mean spend of
/// the customer's own (10–100). Lines are in date order, as in a shop's export.
fn generate(rows: usize, customers: usize, seed: u64) -> TransactionSet {
    let mut rng = SplitMix(seed);
    let mut days: Vec<(u32, u32)> = Vec::with_capacity(rows);
    let mut spend = Vec::with_capacity(customers);
    for c in 0..customers as u32 {
        let rate = -(1.0 - rng.unit()).ln() * 0.02;
        let drop = 0.3 * rng.unit();
        spend.push(10.0 + 90.0 * rng.unit());
        let mut day = rng.below(365) as f64;
        days.push((c, day as u32));
        loop {
            if rng.chance(drop) {
                break;
            }
            day += -(1.0 - rng.unit()).ln() / rate.max(1e-9);
            if day >= DAYS as f64 {
                break;
            }
            days.push((c, day as u32));
        }
    }
    assert!(days.len() <= rows, "{} purchase days for {rows} rows: lower the rates", days.len());
    let purchase_days = days.len();
    for _ in purchase_days..rows {
        let extra = days[rng.below(purchase_days as u64) as usize];
        days.push(extra);
    }
    days.sort_by_key(|&(c, d)| (d, c));
    // Ids in the order customers first appear in the file.
    let mut index = vec![u32::MAX; customers];
    let mut customer_ids = Vec::with_capacity(customers);
    let transactions = days
        .into_iter()
        .map(|(c, d)| {
            if index[c as usize] == u32::MAX {
                index[c as usize] = customer_ids.len() as u32;
                customer_ids.push(format!("C{c:06}"));
            }
            let amount = (spend[c as usize] * -(1.0 - rng.unit()).ln() * 100.0).round().max(1.0) / 100.0;
            Transaction { customer: index[c as usize], date: start() + chrono::Days::new(u64::from(d)), amount, quantity: None }
        })
        .collect();
    TransactionSet { customer_ids, transactions }
}

fn timed<T>(what: &str, f: impl FnOnce() -> T) -> (T, Duration) {
    let t = Instant::now();
    let out = f();
    let took = t.elapsed();
    println!("{what:<48} {:>10.1} ms", took.as_secs_f64() * 1e3);
    (out, took)
}

fn options() -> SummaryOptions {
    SummaryOptions {
        unit: TimeUnit::Weeks,
        observation_end: NaiveDate::from_ymd_opt(2024, 12, 31).unwrap(),
        calibration_end: NaiveDate::from_ymd_opt(2024, 6, 30),
        round_decimals: None,
    }
}

/// Summary and customer values (the parts that grow with the number of customers) for a history.
fn linear_parts(data: &TransactionSet, model: &PurchaseModel, gg: &btyd::GammaGammaParams) -> Duration {
    let settings = ClvSettings { periods: 12, period_length: 30.4375 / 7.0, discount_rate: 0.008, margin: 0.3 };
    let t = Instant::now();
    let summary = summarize(data, &options()).unwrap();
    let rows = customer_rows(&summary, model, Some(gg), &settings).unwrap();
    assert_eq!(rows.len(), summary.customers.len());
    t.elapsed()
}

#[test]
#[ignore = "timing at scale, run by hand: cargo test --release --test scale -- --ignored --nocapture"]
fn a_million_rows_of_a_hundred_thousand_customers() {
    let (data, _) = timed("generate 1,000,000 rows / 100,000 customers", || generate(1_000_000, 100_000, 0x5CA1E));
    assert_eq!((data.transactions.len(), data.customer_ids.len()), (1_000_000, 100_000));
    let options = options();
    let (summary, _) = timed("summarize (weeks, holdout from 2024-07-01)", || summarize(&data, &options).unwrap());
    let distinct: std::collections::HashSet<(u32, u64, u64)> =
        summary.customers.iter().map(|c| (c.frequency, c.recency.to_bits(), c.age.to_bits())).collect();
    println!(
        "  {} customers in calibration, {} repeat buyers, {} distinct (x, t_x, T)",
        summary.customers.len(),
        summary.repeat_buyers(),
        distinct.len()
    );
    let (bg, _) = timed("fit BG/NBD", || fit_bgnbd(&summary.customers).unwrap());
    println!("  {:?}\n  {:?}", bg.params, bg.report);
    let (pareto, _) = timed("fit Pareto/NBD", || fit_pareto_nbd(&summary.customers).unwrap());
    println!("  {:?}\n  {:?}", pareto.params, pareto.report);
    let (gg, _) = timed("fit Gamma-Gamma", || fit_gamma_gamma(&summary.customers).unwrap());
    println!("  {:?}\n  {:?}", gg.params, gg.report);
    for report in [&bg.report, &pareto.report, &gg.report] {
        assert_eq!(report.status(), btyd::FitStatus::Converged, "{report:?}");
    }
    let model = PurchaseModel::BgNbd(bg.params);
    let settings = ClvSettings { periods: 12, period_length: 30.4375 / 7.0, discount_rate: 0.008, margin: 0.3 };
    let (rows, _) = timed("customer_rows (BG/NBD + Gamma-Gamma, 12 months)", || {
        customer_rows(&summary, &model, Some(&gg.params), &settings).unwrap()
    });
    let (totals, _) = timed("value_totals", || value_totals(&rows));
    println!("  {totals:?}");
    assert_eq!((totals.customers, totals.flagged), (summary.customers.len(), 0));
    let (csv, _) = timed("export_rows_csv", || export_rows_csv(&rows));
    println!("  {} bytes", csv.len());
    let (points, _) = timed("cumulative_tracking", || validation::cumulative_tracking(&model, &data, &options).unwrap());
    assert!(!points.is_empty() && points.len() <= validation::MAX_TRACKING_POINTS);
    let (holdout, _) = timed("holdout_validation", || validation::holdout_validation(&model, &summary).unwrap());
    let holdout = holdout.expect("a holdout period");
    println!("  actual {} vs predicted {:.0} holdout purchases", holdout.total_actual, holdout.total_predicted);

    // Not quadratic: a quarter of the history takes about a quarter of the time (4× the rows
    // would be 16× the time if it were quadratic).
    let quarter = generate(250_000, 25_000, 0x5CA1E);
    let small = (0..3).map(|_| linear_parts(&quarter, &model, &gg.params)).min().unwrap();
    let large = (0..3).map(|_| linear_parts(&data, &model, &gg.params)).min().unwrap();
    let ratio = large.as_secs_f64() / small.as_secs_f64();
    println!(
        "summarize + customer_rows: {:.1} ms for 250,000 rows, {:.1} ms for 1,000,000 (× {ratio:.1})",
        small.as_secs_f64() * 1e3,
        large.as_secs_f64() * 1e3
    );
    assert!(ratio < 8.0, "× {ratio:.1} for 4× the data");
}

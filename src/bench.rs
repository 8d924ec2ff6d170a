//! Benchmark workloads (cargo feature `bench`, off by default; see `docs/performance.md`).
//!
//! The same workloads run natively (`tests/bench/engine.rs`, `cargo bench`) and in the browser
//! (the `bench_*` functions below, exported with `#[wasm_bindgen]` when the release app is built
//! with `--features bench`; Trunk exposes them as `window.wasmBindings`). Each browser export runs
//! its workload a number of times and returns the timings and a check value as JSON.
//!
//! Nothing here is used by the app itself.

use crate::engine::btyd::{self, BtydError, CustomerSummary, Summary, SummaryOptions, TimeUnit};
use crate::engine::clv::{dcf, DcfInputs};
use crate::engine::files::transactions as csv;
use crate::engine::model::Portfolio;
use crate::engine::sample::{generate_clients, generated_as_of};
use crate::engine::scenario::{Levers, Periodicity};
use crate::engine::scoring::RiskWeights;
use crate::engine::scoring::{score_portfolio, PortfolioScores, ScoringAssumptions};
use crate::engine::util::csv::Delimiter;
use crate::engine::util::parse::{DateFormat, DecimalSeparator};
use chrono::NaiveDate;

/// Seed of the generated portfolios.
pub const PORTFOLIO_SEED: u64 = 42;

/// Read the published CDNOW calibration summary (`ID,x,t_x,T,zbar`) into customer summaries.
pub fn customers_from_summary_csv(text: &str) -> Result<Vec<CustomerSummary>, String> {
    // The first purchase is not used by the fits; any fixed day will do.
    let first = NaiveDate::from_ymd_opt(1997, 1, 1).ok_or("date")?;
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate().skip(1) {
        if line.trim().is_empty() {
            continue;
        }
        let f: Vec<&str> = line.trim().split(',').collect();
        if f.len() < 5 {
            return Err(format!("line {}: expected 5 columns", i + 1));
        }
        let num = |k: usize| f[k].parse::<f64>().map_err(|e| format!("line {}: {e}", i + 1));
        out.push(CustomerSummary {
            id: f[0].to_string(),
            frequency: num(1)? as u32,
            recency: num(2)?,
            age: num(3)?,
            monetary: num(4)?,
            first_purchase: first,
            holdout_frequency: 0,
        });
    }
    Ok(out)
}

// SplitMix64: deterministic test data without a dependency.
use crate::engine::util::rng::SplitMix as Mix;

/// First day of the generated transactions; they span two years.
fn csv_start() -> NaiveDate {
    NaiveDate::from_ymd_opt(2023, 1, 1).unwrap_or_default()
}

/// Last day of the generated transactions (the observation end of their summary).
pub fn csv_end() -> NaiveDate {
    NaiveDate::from_ymd_opt(2024, 12, 31).unwrap_or_default()
}

/// `rows` transaction rows over `customers` customers, as a comma-separated file with a header:
/// `customer_id,date,amount` (ISO dates within 2023–2024, amounts with 2 decimals). Deterministic.
pub fn generate_transactions_csv(rows: usize, customers: usize) -> String {
    let mut rng = Mix(0xC5F0_0D5E_ED00_0001);
    let start = csv_start();
    let span = (csv_end() - start).num_days() as u64 + 1;
    let customers = customers.max(1) as u64;
    let mut out = String::with_capacity(rows * 32 + 32);
    out.push_str("customer_id,date,amount\n");
    for _ in 0..rows {
        let c = rng.below(customers);
        let day = start + chrono::Days::new(rng.below(span));
        let cents = 100 + rng.below(50_000);
        use std::fmt::Write;
        let _ = writeln!(out, "C{c:06},{},{}.{:02}", day.format("%Y-%m-%d"), cents / 100, cents % 100);
    }
    out
}

/// How the generated file is read (what the import dialog would propose for it).
pub fn csv_settings() -> csv::CsvSettings {
    csv::CsvSettings {
        delimiter: Delimiter::Comma,
        has_header: true,
        columns: csv::ColumnMapping { customer: 0, date: 1, amount: 2, quantity: None },
        date_format: DateFormat::Iso,
        decimal: DecimalSeparator::Dot,
    }
}

/// The first half of the import: parse the text a slice at a time (as the UI does).
pub fn parse_csv(text: &str) -> csv::ParsedTransactions {
    let mut parser = csv::TransactionParser::new(csv_settings());
    while !parser.is_finished() {
        parser.parse_lines(text, 50_000);
    }
    parser.finish()
}

/// The import: parse the text (see [`parse_csv`]) and summarise it in weeks.
pub fn import_csv(text: &str) -> Result<Summary, BtydError> {
    let parsed = parse_csv(text);
    if parsed.error_count > 0 {
        return Err(BtydError::Input(crate::i18n::Text::new("data-tx-row-errors").arg("n", parsed.error_count)));
    }
    btyd::summarize(
        &parsed.data,
        &SummaryOptions { unit: TimeUnit::Weeks, observation_end: csv_end(), calibration_end: None, round_decimals: None },
    )
}

/// A generated portfolio of `n` clients.
pub fn portfolio(n: usize) -> Portfolio {
    generate_clients(n, PORTFOLIO_SEED)
}

/// Every client's scores and the portfolio figures, as the Portfolio page recomputes them.
pub fn score(p: &Portfolio) -> PortfolioScores {
    score_portfolio(p, &RiskWeights::default(), generated_as_of(), &ScoringAssumptions::default())
}

/// Each client's yearly profit (input of [`lifetime_values`]).
pub fn profits(scores: &PortfolioScores) -> Vec<f64> {
    scores.clients.iter().map(|c| c.profit.profit).collect()
}

/// The sum of every client's discounted lifetime value (flat DCF with the default assumptions).
pub fn lifetime_values(profits: &[f64]) -> f64 {
    let a = ScoringAssumptions::default();
    profits
        .iter()
        .map(|&m| dcf(&DcfInputs::flat(m, a.retention, a.discount, a.horizon_years)).map(|d| d.value).unwrap_or(0.0))
        .sum()
}

/// The levers of the 10-year monthly projection and the tornado.
pub fn ten_year_monthly() -> Levers {
    Levers { horizon_years: 10, period: Periodicity::Month, ..Levers::default() }
}

/// Run `f` `runs` times and return each run's time in ms from `clock` (ms). A workload faster
/// than about 2 ms is repeated in batches (one batch per sample, time divided by the batch size)
/// so that the clock's resolution does not dominate. Returns (times, batch size).
pub fn sample<T>(runs: usize, clock: &dyn Fn() -> f64, mut f: impl FnMut() -> T) -> (Vec<f64>, usize) {
    // Warm-up, and an estimate of one run.
    let t0 = clock();
    std::hint::black_box(f());
    let one = clock() - t0;
    let batch = if one >= 2.0 { 1 } else { ((2.0 / one.max(0.001)).ceil() as usize).clamp(1, 100_000) };
    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs.max(1) {
        let t = clock();
        for _ in 0..batch {
            std::hint::black_box(f());
        }
        times.push((clock() - t) / batch as f64);
    }
    (times, batch)
}

/// Browser exports (built only with `--features bench` for wasm32).
#[cfg(target_arch = "wasm32")]
mod web {
    use super::*;
    use serde_json::{json, Value};
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;

    /// `performance.now()` through js-sys (no extra web-sys feature needed).
    fn now() -> f64 {
        let perf = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("performance")).ok();
        let f = perf.as_ref().and_then(|p| js_sys::Reflect::get(p, &JsValue::from_str("now")).ok());
        match (perf, f.and_then(|f| f.dyn_into::<js_sys::Function>().ok())) {
            (Some(p), Some(f)) => f.call0(&p).ok().and_then(|v| v.as_f64()).unwrap_or_else(js_sys::Date::now),
            _ => js_sys::Date::now(),
        }
    }

    fn report(name: &str, (times, batch): (Vec<f64>, usize), check: Value) -> String {
        json!({ "name": name, "runs": times.len(), "batch": batch, "times_ms": times, "check": check }).to_string()
    }

    fn error(name: &str, e: impl std::fmt::Display) -> String {
        json!({ "name": name, "error": e.to_string() }).to_string()
    }

    #[wasm_bindgen]
    pub fn bench_fit_bgnbd(summary_csv: &str, runs: u32) -> String {
        let customers = match customers_from_summary_csv(summary_csv) {
            Ok(c) => c,
            Err(e) => return error("fit_bgnbd", e),
        };
        let fit = match btyd::fit_bgnbd(&customers) {
            Ok(f) => f,
            Err(e) => return error("fit_bgnbd", e),
        };
        let p = fit.params;
        let t = sample(runs as usize, &now, || btyd::fit_bgnbd(&customers));
        report("fit_bgnbd", t, json!({ "r": p.r, "alpha": p.alpha, "a": p.a, "b": p.b, "evaluations": fit.report.evaluations }))
    }

    #[wasm_bindgen]
    pub fn bench_fit_pareto_nbd(summary_csv: &str, runs: u32) -> String {
        let customers = match customers_from_summary_csv(summary_csv) {
            Ok(c) => c,
            Err(e) => return error("fit_pareto_nbd", e),
        };
        let fit = match btyd::fit_pareto_nbd(&customers) {
            Ok(f) => f,
            Err(e) => return error("fit_pareto_nbd", e),
        };
        let p = fit.params;
        let t = sample(runs as usize, &now, || btyd::fit_pareto_nbd(&customers));
        report(
            "fit_pareto_nbd",
            t,
            json!({ "r": p.r, "alpha": p.alpha, "s": p.s, "beta": p.beta, "evaluations": fit.report.evaluations }),
        )
    }

    #[wasm_bindgen]
    pub fn bench_fit_gamma_gamma(summary_csv: &str, runs: u32) -> String {
        let customers = match customers_from_summary_csv(summary_csv) {
            Ok(c) => c,
            Err(e) => return error("fit_gamma_gamma", e),
        };
        let fit = match btyd::fit_gamma_gamma(&customers) {
            Ok(f) => f,
            Err(e) => return error("fit_gamma_gamma", e),
        };
        let p = fit.params;
        let t = sample(runs as usize, &now, || btyd::fit_gamma_gamma(&customers));
        report("fit_gamma_gamma", t, json!({ "p": p.p, "q": p.q, "gamma": p.gamma, "evaluations": fit.report.evaluations }))
    }

    /// Scoring of `clients` generated clients (generation not timed).
    #[wasm_bindgen]
    pub fn bench_portfolio(clients: u32, runs: u32) -> String {
        let p = portfolio(clients as usize);
        let n = score(&p).clients.len();
        let t = sample(runs as usize, &now, || score(&p));
        report(&format!("portfolio_{clients}"), t, json!({ "clients": n }))
    }

    /// Flat DCF lifetime value of `clients` generated clients (scoring not timed).
    #[wasm_bindgen]
    pub fn bench_lifetime_values(clients: u32, runs: u32) -> String {
        let m = profits(&score(&portfolio(clients as usize)));
        let total = lifetime_values(&m);
        let t = sample(runs as usize, &now, || lifetime_values(&m));
        report(&format!("clv_{clients}"), t, json!({ "total": total }))
    }

    #[wasm_bindgen]
    pub fn bench_projection(runs: u32) -> String {
        let l = ten_year_monthly();
        let periods = crate::engine::scenario::project(&l).map(|p| p.periods.len()).unwrap_or(0);
        let t = sample(runs as usize, &now, || crate::engine::scenario::project(&l));
        report("projection_10y_monthly", t, json!({ "periods": periods }))
    }

    #[wasm_bindgen]
    pub fn bench_tornado(runs: u32) -> String {
        let l = ten_year_monthly();
        let bars = crate::engine::scenario::tornado(&l).map(|(_, b)| b.len()).unwrap_or(0);
        let t = sample(runs as usize, &now, || crate::engine::scenario::tornado(&l));
        report("tornado_10y_monthly", t, json!({ "bars": bars }))
    }

    /// Parse `rows` generated rows (over rows / 10 customers) and summarise them; generating the
    /// text is not timed.
    #[wasm_bindgen]
    pub fn bench_csv_import(rows: u32, runs: u32) -> String {
        let name = format!("csv_import_{rows}");
        let text = generate_transactions_csv(rows as usize, (rows as usize / 10).max(1));
        let customers = match import_csv(&text) {
            Ok(s) => s.customers.len(),
            Err(e) => return error(&name, e),
        };
        let t = sample(runs as usize, &now, || import_csv(&text));
        report(&name, t, json!({ "customers": customers, "bytes": text.len() }))
    }

    /// Parsing only (no summary) of `rows` generated rows.
    #[wasm_bindgen]
    pub fn bench_csv_parse(rows: u32, runs: u32) -> String {
        let text = generate_transactions_csv(rows as usize, (rows as usize / 10).max(1));
        let n = parse_csv(&text).data.transactions.len();
        let t = sample(runs as usize, &now, || parse_csv(&text));
        report(&format!("csv_parse_{rows}"), t, json!({ "transactions": n }))
    }
}

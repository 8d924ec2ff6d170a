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
        let _ = writeln!(out, "C{c:06},{},{}.{:02}", day, cents / 100, cents % 100);
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
    let mut batch = if one >= 2.0 { 1 } else { ((2.0 / one.max(0.001)).ceil() as usize).clamp(1, 100_000) };
    // A coarse clock (100 µs in a browser page) can make one run look a tick long: grow the
    // batch until it really takes 2 ms.
    while one < 2.0 && batch < 100_000 {
        let t = clock();
        for _ in 0..batch {
            std::hint::black_box(f());
        }
        if clock() - t >= 2.0 {
            break;
        }
        batch = (batch * 2).min(100_000);
    }
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

// ---------------------------------------------------------------------------------------------
// Purchase histories at scale: the whole pipeline (import → summary → fits → per-customer
// results) on generated histories of 1,000,000 and 5,000,000 rows, natively, in the browser and
// in Python `lifetimes`, all reading the same files (docs/performance.md, "Pipeline at scale").

/// The generated histories of the scale benchmark: (name, rows, customers).
pub const SCALE_SIZES: [(&str, usize, usize); 2] = [("1m", 1_000_000, 100_000), ("5m", 5_000_000, 1_000_000)];

/// Seed of the generated histories (the same seed gives the same file, byte for byte).
pub const HISTORY_SEED: u64 = 0x5CA1_E0F0_2023_0101;

/// The behaviour behind a generated history, in days: purchase rates λ ~ Gamma(shape
/// `rate_shape`, scale chosen so that the file has the wanted rows), a drop-out chance after
/// each purchase p ~ Beta(`dropout_a`, `dropout_b`) (the BG/NBD story), and amounts
/// z ~ Gamma(`spend_p`, ν) with ν ~ Gamma(`spend_q`, `spend_gamma`) (the Gamma-Gamma story:
/// mean amount `spend_p`·`spend_gamma`/(`spend_q` − 1)).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Behaviour {
    pub rate_shape: f64,
    pub dropout_a: f64,
    pub dropout_b: f64,
    pub spend_p: f64,
    pub spend_q: f64,
    pub spend_gamma: f64,
    /// Share of the rows that are a second line of an order (another item bought the same day).
    pub extra_lines: f64,
}

/// The behaviour of every generated history.
pub const BEHAVIOUR: Behaviour = Behaviour {
    rate_shape: 0.8,
    dropout_a: 0.6,
    dropout_b: 4.0,
    spend_p: 4.0,
    spend_q: 3.0,
    spend_gamma: 20.0,
    extra_lines: 0.08,
};

/// First day of the generated histories (2023-01-01); they span two years.
pub fn history_start() -> NaiveDate {
    csv_start()
}

/// Last day of the generated histories (2024-12-31): the observation end of their summary.
pub fn history_end() -> NaiveDate {
    csv_end()
}

/// Gamma(shape, scale 1) by Marsaglia & Tsang (2000), boosted for shape < 1.
fn gamma_draw(rng: &mut Mix, shape: f64) -> f64 {
    if shape < 1.0 {
        let u = 1.0 - rng.unit(); // (0, 1]
        return gamma_draw(rng, shape + 1.0) * u.powf(1.0 / shape);
    }
    let d = shape - 1.0 / 3.0;
    let c = 1.0 / (9.0 * d).sqrt();
    loop {
        let (x, v) = loop {
            // Box–Muller: a standard normal from two uniforms.
            let (u1, u2) = (1.0 - rng.unit(), rng.unit());
            let x = (-2.0 * u1.ln()).sqrt() * (std::f64::consts::TAU * u2).cos();
            let v = 1.0 + c * x;
            if v > 0.0 {
                break (x, v * v * v);
            }
        };
        let u = 1.0 - rng.unit();
        if u.ln() < 0.5 * x * x + d - d * v + d * v.ln() {
            return d * v;
        }
    }
}

/// One customer's purchase days (days after [`history_start`], ascending, the first being the
/// acquisition) when their purchase rate is `rate_scale` × their own draw. Depends only on
/// (seed, customer), not on the scale's effect on other customers, so the number of purchases is
/// non-decreasing in `rate_scale` (common random numbers), which [`history_rows`] relies on.
fn customer_days(seed: u64, customer: u64, rate_scale: f64, b: &Behaviour, span: u32, out: &mut Vec<u16>) {
    out.clear();
    let mut rng = Mix(seed ^ customer.wrapping_mul(0xD1B5_4A32_D192_ED03));
    let first = rng.below(span as u64) as u32;
    let rate = gamma_draw(&mut rng, b.rate_shape) * rate_scale;
    let (ga, gb) = (gamma_draw(&mut rng, b.dropout_a), gamma_draw(&mut rng, b.dropout_b));
    let dropout = ga / (ga + gb);
    out.push(first as u16);
    let mut t = first as f64;
    // After each purchase the customer drops out with probability p, else buys again after an
    // exponential wait (in days) at their rate.
    while rate > 0.0 && !rng.chance(dropout) {
        t += -(1.0 - rng.unit()).ln() / rate;
        if t >= span as f64 {
            break;
        }
        out.push(t as u16);
    }
}

/// The scale of the purchase rates that gives about `orders_per_customer` purchases per customer
/// (bisection on a sample of the customers).
fn rate_scale_for(seed: u64, customers: u64, orders_per_customer: f64, b: &Behaviour, span: u32) -> f64 {
    let sample = customers.min(50_000);
    let mut days = Vec::new();
    let mean = |scale: f64, days: &mut Vec<u16>| {
        let mut n = 0usize;
        for c in 0..sample {
            customer_days(seed, c, scale, b, span, days);
            n += days.len();
        }
        n as f64 / sample as f64
    };
    let (mut lo, mut hi) = (1e-6_f64.ln(), 10f64.ln());
    for _ in 0..40 {
        let mid = 0.5 * (lo + hi);
        if mean(mid.exp(), &mut days) < orders_per_customer {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    (0.5 * (lo + hi)).exp()
}

/// One row of a generated history.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct HistoryRow {
    /// Days after [`history_start`].
    pub day: u16,
    pub customer: u32,
    pub cents: u32,
}

/// A purchase history of exactly `rows` rows over exactly `customers` customers (every one
/// buys at least once; `rows` ≥ `customers` ≥ 1), sorted by date as a shop's export would be,
/// then by customer. The behaviour is [`BEHAVIOUR`]: each customer is acquired on a uniformly
/// drawn day of the two years and then buys and drops out as in BG/NBD; the rate scale is
/// chosen so that orders make up about 1 − `extra_lines` of the rows, then the exact count is
/// reached by adding second lines to random orders (or, rarely, removing random repeat orders).
/// Deterministic for a given seed.
pub fn history_rows(rows: usize, customers: usize, seed: u64) -> Vec<HistoryRow> {
    let b = BEHAVIOUR;
    let customers = customers.max(1);
    let rows = rows.max(customers);
    let span = ((history_end() - history_start()).num_days() + 1) as u32;
    let per_customer = rows as f64 * (1.0 - b.extra_lines) / customers as f64;
    let scale = if per_customer <= 1.0 { 0.0 } else { rate_scale_for(seed, customers as u64, per_customer, &b, span) };
    let mut spend = Mix(seed ^ 0x0005_BE2D);
    let mut out: Vec<HistoryRow> = Vec::with_capacity(rows + rows / 8);
    let mut nu = Vec::with_capacity(customers);
    let mut first_row = Vec::with_capacity(customers);
    let mut days = Vec::new();
    let amount = |rng: &mut Mix, nu: f64| (gamma_draw(rng, b.spend_p) / nu * 100.0).round().max(1.0) as u32;
    for c in 0..customers {
        customer_days(seed, c as u64, scale, &b, span, &mut days);
        // ν is a rate: mean amount p / ν.
        let v = gamma_draw(&mut spend, b.spend_q) / b.spend_gamma;
        nu.push(v);
        first_row.push(out.len());
        for &d in &days {
            out.push(HistoryRow { day: d, customer: c as u32, cents: amount(&mut spend, v) });
        }
    }
    let mut pick = Mix(seed ^ 0x0000_E8AC_7C07);
    if out.len() > rows {
        // Remove random repeat orders (never a customer's first) until the count is exact.
        let mut removed = vec![false; out.len()];
        let is_first = {
            let mut f = vec![false; out.len()];
            for &i in &first_row {
                f[i] = true;
            }
            f
        };
        let mut excess = out.len() - rows;
        while excess > 0 {
            let i = pick.below(out.len() as u64) as usize;
            if !removed[i] && !is_first[i] {
                removed[i] = true;
                excess -= 1;
            }
        }
        let mut k = 0;
        out.retain(|_| {
            k += 1;
            !removed[k - 1]
        });
    } else {
        // Second lines of random orders: the same customer and day, another amount.
        let orders = out.len();
        for _ in orders..rows {
            let o = out[pick.below(orders as u64) as usize];
            out.push(HistoryRow { cents: amount(&mut spend, nu[o.customer as usize]), ..o });
        }
    }
    out.sort_unstable();
    out
}

/// A customer's id in the generated files.
pub fn history_id(customer: u32) -> String {
    format!("C{customer:07}")
}

/// The generated history as CSV text: `customer,date,amount` with a header, ISO dates, amounts
/// with 2 decimals (see [`history_rows`]).
pub fn history_csv(rows: usize, customers: usize, seed: u64) -> String {
    use std::fmt::Write;
    let data = history_rows(rows, customers, seed);
    let start = history_start();
    let span = (history_end() - start).num_days() as u64 + 1;
    let dates: Vec<String> = (0..span).map(|d| (start + chrono::Days::new(d)).to_string()).collect();
    let mut out = String::with_capacity(data.len() * 30 + 32);
    out.push_str("customer,date,amount\n");
    for r in &data {
        let date = dates.get(r.day as usize).map_or("", String::as_str);
        let _ = writeln!(out, "C{:07},{date},{}.{:02}", r.customer, r.cents / 100, r.cents % 100);
    }
    out
}

/// How the generated histories are read (what the import dialog proposes for them).
pub fn history_settings() -> csv::CsvSettings {
    csv_settings()
}

/// The summary options of the scale benchmark: weeks, observed to [`history_end`], no holdout
/// (the import dialog's defaults for these files). Python reads the same files with
/// `summary_data_from_transaction_data(..., observation_period_end=history_end, freq="D",
/// freq_multiplier=7)`: frequency = purchase days after the first, recency and T in weeks.
pub fn history_summary_options() -> SummaryOptions {
    SummaryOptions { unit: TimeUnit::Weeks, observation_end: history_end(), calibration_end: None, round_decimals: None }
}

/// The customer-value settings of the scale benchmark, those of `lifetimes`'
/// `customer_lifetime_value(..., time=12, discount_rate=0.01, freq="W")`: 12 periods of 4.345
/// weeks, 1% a period, the whole spend (margin 1).
pub fn history_clv_settings() -> btyd::ClvSettings {
    btyd::ClvSettings { periods: 12, period_length: 4.345, discount_rate: 0.01, margin: 1.0 }
}

/// The stages of [`scale_pipeline`], in the order they run.
pub const SCALE_STAGES: [&str; 6] = ["parse", "summary", "fit_bgnbd", "fit_pareto_nbd", "fit_gamma_gamma", "customer_values"];

/// The whole pipeline on one generated history, each stage timed once with `clock` (ms):
/// parse (`files::transactions`, in slices of 50,000 lines as the UI does), summary, the
/// BG/NBD, Pareto/NBD and Gamma-Gamma fits, and every customer's P(alive), expected purchases,
/// expected spend and discounted value (BG/NBD with the Gamma-Gamma spend,
/// [`history_clv_settings`]). `after_stage(name)` is called after each stage (outside its time).
/// Returns `{ stages_ms: {stage: ms}, check: {...} }`: the fitted parameters, and sums and a few
/// customers of the per-customer results, to compare with `lifetimes`.
pub fn scale_pipeline(
    text: &str,
    clock: &dyn Fn() -> f64,
    after_stage: &mut dyn FnMut(&str),
) -> Result<serde_json::Value, String> {
    use serde_json::json;
    let mut stages = serde_json::Map::new();
    let mut timed = |name: &str, t0: f64, stages: &mut serde_json::Map<String, serde_json::Value>| {
        stages.insert(name.to_string(), json!(clock() - t0));
        after_stage(name);
    };

    let t0 = clock();
    let parsed = parse_csv(text);
    timed("parse", t0, &mut stages);
    if parsed.error_count > 0 {
        return Err(format!("{} rows could not be read", parsed.error_count));
    }
    let rows = parsed.data.transactions.len();

    let t0 = clock();
    let summary = btyd::summarize(&parsed.data, &history_summary_options()).map_err(|e| format!("summary: {e}"))?;
    timed("summary", t0, &mut stages);
    drop(parsed);

    let t0 = clock();
    let bg = btyd::fit_bgnbd(&summary.customers).map_err(|e| format!("BG/NBD: {e}"))?;
    timed("fit_bgnbd", t0, &mut stages);
    let t0 = clock();
    let pa = btyd::fit_pareto_nbd(&summary.customers).map_err(|e| format!("Pareto/NBD: {e}"))?;
    timed("fit_pareto_nbd", t0, &mut stages);
    let t0 = clock();
    let gg = btyd::fit_gamma_gamma(&summary.customers).map_err(|e| format!("Gamma-Gamma: {e}"))?;
    timed("fit_gamma_gamma", t0, &mut stages);

    let t0 = clock();
    let model = btyd::PurchaseModel::BgNbd(bg.params);
    let values = btyd::customer_values(&summary, &model, Some(&gg.params), &history_clv_settings())
        .map_err(|e| format!("customer values: {e}"))?;
    timed("customer_values", t0, &mut stages);

    let sum = |f: fn(&btyd::CustomerValue) -> f64| values.iter().map(f).sum::<f64>();
    let n = summary.customers.len();
    // Three customers by id (every generated customer buys): the same in the Python run.
    let samples: serde_json::Map<String, serde_json::Value> = [0, n / 2, n.saturating_sub(1)]
        .iter()
        .map(|&i| history_id(i as u32))
        .filter_map(|id| values.iter().find(|v| v.id == id))
        .map(|v| {
            let row = json!({
                "frequency": v.frequency, "recency": v.recency, "T": v.age, "monetary": v.monetary,
                "p_alive": v.p_alive, "expected_purchases": v.expected_purchases,
                "expected_spend": v.expected_spend, "clv": v.clv,
            });
            (v.id.clone(), row)
        })
        .collect();
    let (b, p, g) = (bg.params, pa.params, gg.params);
    Ok(json!({
        "stages_ms": stages,
        "check": {
            "rows": rows,
            "customers": n,
            "repeat_buyers": summary.repeat_buyers(),
            "bgnbd": { "r": b.r, "alpha": b.alpha, "a": b.a, "b": b.b,
                       "log_likelihood": bg.report.log_likelihood, "evaluations": bg.report.evaluations },
            "pareto_nbd": { "r": p.r, "alpha": p.alpha, "s": p.s, "beta": p.beta,
                            "log_likelihood": pa.report.log_likelihood, "evaluations": pa.report.evaluations },
            "gamma_gamma": { "p": g.p, "q": g.q, "gamma": g.gamma,
                             "log_likelihood": gg.report.log_likelihood, "evaluations": gg.report.evaluations },
            "sums": {
                "p_alive": sum(|v| v.p_alive),
                "expected_purchases": sum(|v| v.expected_purchases),
                "expected_spend": sum(|v| v.expected_spend),
                "clv": sum(|v| v.clv),
            },
            "samples": samples,
        },
    }))
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

    #[wasm_bindgen]
    pub fn bench_fit_mbgnbd(summary_csv: &str, runs: u32) -> String {
        let customers = match customers_from_summary_csv(summary_csv) {
            Ok(c) => c,
            Err(e) => return error("fit_mbgnbd", e),
        };
        let fit = match btyd::fit_mbgnbd(&customers) {
            Ok(f) => f,
            Err(e) => return error("fit_mbgnbd", e),
        };
        let p = fit.params;
        let t = sample(runs as usize, &now, || btyd::fit_mbgnbd(&customers));
        report("fit_mbgnbd", t, json!({ "r": p.r, "alpha": p.alpha, "a": p.a, "b": p.b, "evaluations": fit.report.evaluations }))
    }

    /// BG/BB on a summary by yearly occasion (donations.csv).
    #[wasm_bindgen]
    pub fn bench_fit_bgbb(donations_csv: &str, runs: u32) -> String {
        use crate::engine::btyd::occasions::OccasionUnit;
        use crate::engine::files::summary_csv::{parse_summary, SummaryUnit};
        let histories = match parse_summary(donations_csv, SummaryUnit::Occasions(OccasionUnit::Years)) {
            Ok(f) => f.histories,
            Err(e) => return error("fit_bgbb", e),
        };
        let fit = match btyd::fit_bgbb(&histories) {
            Ok(f) => f,
            Err(e) => return error("fit_bgbb", e),
        };
        let p = fit.params;
        let t = sample(runs as usize, &now, || btyd::fit_bgbb(&histories));
        report(
            "fit_bgbb",
            t,
            json!({ "alpha": p.alpha, "beta": p.beta, "gamma": p.gamma, "delta": p.delta, "evaluations": fit.report.evaluations }),
        )
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

    /// The whole pipeline of the scale benchmark on the text of a generated history (see
    /// [`scale_pipeline`]): each stage timed once. `{ stages_ms, check }`, or `{ error }`.
    #[wasm_bindgen]
    pub fn bench_scale_pipeline(text: &str) -> String {
        match scale_pipeline(text, &now, &mut |_| {}) {
            Ok(v) => v.to_string(),
            Err(e) => error("scale_pipeline", e),
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn check(rows: usize, customers: usize) -> Vec<HistoryRow> {
        let h = history_rows(rows, customers, HISTORY_SEED);
        assert_eq!(h.len(), rows);
        let mut bought = vec![false; customers];
        let span = (history_end() - history_start()).num_days() as u16;
        for r in &h {
            bought[r.customer as usize] = true;
            assert!(r.day <= span && r.cents >= 1);
        }
        assert!(bought.iter().all(|b| *b), "every customer buys");
        assert!(h.windows(2).all(|w| w[0] <= w[1]), "sorted by day, then customer");
        h
    }

    #[test]
    fn generated_histories_have_the_exact_size_and_are_deterministic() {
        let a = check(20_000, 2_000);
        assert_eq!(a, history_rows(20_000, 2_000, HISTORY_SEED));
        assert_ne!(a, history_rows(20_000, 2_000, HISTORY_SEED + 1));
        // Few rows per customer: the orders may outnumber the rows and are thinned.
        check(1_050, 1_000);
        check(1_000, 1_000);
        // More customers than rows: every customer still buys once.
        assert_eq!(history_rows(5, 10, HISTORY_SEED).len(), 10);
    }

    #[test]
    fn the_generated_file_reads_back_and_fits() {
        let text = history_csv(30_000, 3_000, HISTORY_SEED);
        let parsed = parse_csv(&text);
        assert_eq!((parsed.error_count, parsed.data.transactions.len(), parsed.data.customer_ids.len()), (0, 30_000, 3_000));
        let summary = btyd::summarize(&parsed.data, &history_summary_options()).unwrap();
        assert_eq!(summary.customers.len(), 3_000);
        // Repeat buyers, and some who stopped: a history the models can be fitted on.
        let repeat = summary.repeat_buyers();
        assert!(repeat > 1_500 && repeat < 3_000, "{repeat} repeat buyers");
        let report = scale_pipeline(&text, &|| 0.0, &mut |_| {}).unwrap();
        let p_alive = report["check"]["sums"]["p_alive"].as_f64().unwrap();
        assert!(p_alive > 300.0 && p_alive < 2_900.0, "Σ P(alive) {p_alive}");
        assert_eq!(report["check"]["samples"].as_object().map(|m| m.len()), Some(3));
    }
}

//! Native engine benchmarks: a small hand-rolled harness (median and spread over N runs).
//!
//! Run with `cargo bench --features bench --bench engine` (or `make bench`, which also runs the
//! browser and Python comparisons and prints one table). Each line of output is one JSON object;
//! with `BENCH_JSON=path` the same lines are also written to that file.
//! The workloads are shared with the browser exports: `src/bench.rs`.
//!
//! The scale workloads (`scale_1m`, `scale_5m`) first write the generated histories to
//! `target/bench/` (or `$BENCH_DATA`) with `scale-data.json` describing them, which the Python
//! and browser runs read; then each history runs through the whole pipeline once in a child
//! process of this program (so that its peak resident memory, VmHWM, is its own).

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests: a failed unwrap is a failed test

use retention_calculator::bench;
use retention_calculator::engine::btyd::occasions::OccasionUnit;
use retention_calculator::engine::btyd::{fit_bgbb, fit_bgnbd, fit_gamma_gamma, fit_mbgnbd, fit_pareto_nbd};
use retention_calculator::engine::files::summary_csv::{parse_summary, SummaryUnit};
use retention_calculator::engine::purchases::ModelUncertainty;
use retention_calculator::engine::scenario::{project, tornado};
use std::io::Write;
use std::time::Instant;

const CDNOW_SUMMARY: &str = include_str!("../fixtures/cdnow/cdnow_customers_summary_with_transactions.csv");
const DONATIONS: &str = include_str!("../fixtures/donations/donations.csv");

fn median(v: &[f64]) -> f64 {
    let mut s = v.to_vec();
    s.sort_by(f64::total_cmp);
    let n = s.len();
    if n == 0 {
        f64::NAN
    } else if n % 2 == 1 {
        s[n / 2]
    } else {
        (s[n / 2 - 1] + s[n / 2]) / 2.0
    }
}

struct Out {
    lines: Vec<String>,
}

impl Out {
    fn record(&mut self, name: &str, (times, batch): (Vec<f64>, usize), check: serde_json::Value) {
        let min = times.iter().copied().fold(f64::INFINITY, f64::min);
        let max = times.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        eprintln!(
            "{name:<24} median {:>10.4} ms  (min {:.4} – max {:.4}, {} runs × {batch})",
            median(&times),
            min,
            max,
            times.len()
        );
        let line = serde_json::json!({
            "name": name, "runs": times.len(), "batch": batch, "times_ms": times, "check": check,
        })
        .to_string();
        println!("{line}");
        self.lines.push(line);
    }
}

/// Peak resident memory of this process so far, in kB (Linux `/proc/self/status` VmHWM).
fn peak_rss_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Child mode (`BENCH_SCALE_CHILD=file`): read the file, run the pipeline once, print one JSON
/// object with the stage times, the check values and the peak memory after each stage.
fn scale_child(path: &str) {
    let start = Instant::now();
    let clock = move || start.elapsed().as_secs_f64() * 1000.0;
    let base = peak_rss_kb();
    let t0 = clock();
    let text = std::fs::read_to_string(path).expect("the generated history reads");
    let read_ms = clock() - t0;
    let mut peaks = serde_json::Map::new();
    peaks.insert("read".into(), serde_json::json!(peak_rss_kb()));
    let mut report = bench::scale_pipeline(&text, &clock, &mut |stage| {
        peaks.insert(stage.into(), serde_json::json!(peak_rss_kb()));
    })
    .expect("the pipeline runs");
    report["stages_ms"]["read"] = serde_json::json!(read_ms);
    report["bytes"] = serde_json::json!(text.len());
    report["peak_rss_kb"] = serde_json::json!(peak_rss_kb());
    report["peak_rss_kb_after"] = serde_json::Value::Object(peaks);
    report["start_rss_kb"] = serde_json::json!(base);
    println!("{report}");
}

/// Where the generated histories go.
fn data_dir() -> std::path::PathBuf {
    std::env::var_os("BENCH_DATA").map_or_else(|| std::path::PathBuf::from("target/bench"), std::path::PathBuf::from)
}

fn main() {
    if let Ok(path) = std::env::var("BENCH_SCALE_CHILD") {
        scale_child(&path);
        return;
    }
    // `cargo bench` passes `--bench`; an optional filter is any other argument.
    let filter: Option<String> = std::env::args().skip(1).find(|a| !a.starts_with("--"));
    let wanted = |name: &str| filter.as_deref().is_none_or(|f| name.contains(f));
    let start = Instant::now();
    let clock = move || start.elapsed().as_secs_f64() * 1000.0;
    let mut out = Out { lines: Vec::new() };

    let customers = bench::customers_from_summary_csv(CDNOW_SUMMARY).expect("the CDNOW summary reads");
    assert_eq!(customers.len(), 2_357);

    if wanted("fit_bgnbd") {
        let fit = fit_bgnbd(&customers).expect("fit");
        let p = fit.params;
        let t = bench::sample(30, &clock, || fit_bgnbd(&customers));
        out.record(
            "fit_bgnbd",
            t,
            serde_json::json!({ "r": p.r, "alpha": p.alpha, "a": p.a, "b": p.b, "evaluations": fit.report.evaluations }),
        );
    }
    if wanted("fit_pareto_nbd") {
        let fit = fit_pareto_nbd(&customers).expect("fit");
        let p = fit.params;
        let t = bench::sample(15, &clock, || fit_pareto_nbd(&customers));
        out.record(
            "fit_pareto_nbd",
            t,
            serde_json::json!({ "r": p.r, "alpha": p.alpha, "s": p.s, "beta": p.beta, "evaluations": fit.report.evaluations }),
        );
    }
    if wanted("fit_gamma_gamma") {
        let fit = fit_gamma_gamma(&customers).expect("fit");
        let p = fit.params;
        let t = bench::sample(30, &clock, || fit_gamma_gamma(&customers));
        out.record(
            "fit_gamma_gamma",
            t,
            serde_json::json!({ "p": p.p, "q": p.q, "gamma": p.gamma, "evaluations": fit.report.evaluations }),
        );
    }

    if wanted("fit_mbgnbd") {
        let fit = fit_mbgnbd(&customers).expect("fit");
        let p = fit.params;
        let t = bench::sample(30, &clock, || fit_mbgnbd(&customers));
        out.record(
            "fit_mbgnbd",
            t,
            serde_json::json!({ "r": p.r, "alpha": p.alpha, "a": p.a, "b": p.b, "evaluations": fit.report.evaluations }),
        );
    }
    if wanted("fit_bgbb") {
        let histories = parse_summary(DONATIONS, SummaryUnit::Occasions(OccasionUnit::Years)).expect("donations read").histories;
        let fit = fit_bgbb(&histories).expect("fit");
        let p = fit.params;
        let t = bench::sample(30, &clock, || fit_bgbb(&histories));
        out.record(
            "fit_bgbb",
            t,
            serde_json::json!({ "alpha": p.alpha, "beta": p.beta, "gamma": p.gamma, "delta": p.delta, "evaluations": fit.report.evaluations }),
        );
    }

    if wanted("uncertainty") {
        // Standard errors of the four fits on CDNOW (the Hessians a study computes at import).
        let (bg, pa, mbg, gg) = (
            fit_bgnbd(&customers).expect("fit"),
            fit_pareto_nbd(&customers).expect("fit"),
            fit_mbgnbd(&customers).expect("fit"),
            fit_gamma_gamma(&customers).expect("fit"),
        );
        let of = || ModelUncertainty::of(&customers, Some(&bg), Some(&pa), Some(&mbg), Some(&gg));
        let u = of();
        let t = bench::sample(15, &clock, of);
        out.record("uncertainty", t, serde_json::json!({ "pareto": u.pareto.is_some(), "gamma": u.gamma.is_some() }));
    }

    for (n, runs) in [(10_000usize, 15usize), (100_000, 5)] {
        let name = format!("portfolio_{n}");
        let clv = format!("clv_{n}");
        if !wanted(&name) && !wanted(&clv) {
            continue;
        }
        let p = bench::portfolio(n);
        let scores = bench::score(&p);
        if wanted(&name) {
            let t = bench::sample(runs, &clock, || bench::score(&p));
            out.record(&name, t, serde_json::json!({ "clients": scores.clients.len() }));
        }
        if wanted(&clv) {
            let m = bench::profits(&scores);
            let total = bench::lifetime_values(&m);
            let t = bench::sample(15, &clock, || bench::lifetime_values(&m));
            out.record(&clv, t, serde_json::json!({ "total": total }));
        }
    }

    let levers = bench::ten_year_monthly();
    if wanted("projection_10y_monthly") {
        let periods = project(&levers).expect("projection").periods.len();
        let t = bench::sample(15, &clock, || project(&levers));
        out.record("projection_10y_monthly", t, serde_json::json!({ "periods": periods }));
    }
    if wanted("tornado_10y_monthly") {
        let bars = tornado(&levers).expect("tornado").1.len();
        let t = bench::sample(15, &clock, || tornado(&levers));
        out.record("tornado_10y_monthly", t, serde_json::json!({ "bars": bars }));
    }

    for (rows, runs) in [(100_000usize, 9usize), (1_000_000, 5)] {
        let name = format!("csv_import_{rows}");
        if !wanted(&name) {
            continue;
        }
        let text = bench::generate_transactions_csv(rows, rows / 10);
        let customers = bench::import_csv(&text).expect("import").customers.len();
        let t = bench::sample(runs, &clock, || bench::import_csv(&text));
        out.record(&name, t, serde_json::json!({ "customers": customers, "bytes": text.len() }));
        if rows == 1_000_000 && wanted("csv_parse_1000000") {
            let n = bench::parse_csv(&text).data.transactions.len();
            let t = bench::sample(runs, &clock, || bench::parse_csv(&text));
            out.record("csv_parse_1000000", t, serde_json::json!({ "transactions": n }));
        }
    }

    let scale: Vec<_> = bench::SCALE_SIZES.iter().filter(|(name, _, _)| wanted(&format!("scale_{name}"))).collect();
    if !scale.is_empty() {
        let dir = data_dir();
        std::fs::create_dir_all(&dir).expect("the data directory can be created");
        let mut files = Vec::new();
        // Every history is written first (Python and the browser read them all), then timed.
        for &&(name, rows, customers) in &scale {
            let t0 = clock();
            let text = bench::history_csv(rows, customers, bench::HISTORY_SEED);
            let gen_ms = clock() - t0;
            let path = dir.join(format!("purchases-{name}.csv"));
            std::fs::write(&path, &text).expect("the generated history is writable");
            eprintln!(
                "generated {} ({rows} rows, {customers} customers, {} bytes) in {gen_ms:.0} ms",
                path.display(),
                text.len()
            );
            files.push(serde_json::json!({
                "name": name, "path": path, "rows": rows, "customers": customers, "bytes": text.len(),
                "first_day": bench::history_start().to_string(), "observation_end": bench::history_end().to_string(),
                "unit": "weeks", "generate_ms": gen_ms,
                "clv": bench::history_clv_settings(),
            }));
        }
        let meta = serde_json::json!({ "seed": bench::HISTORY_SEED, "files": files });
        std::fs::write(dir.join("scale-data.json"), format!("{meta}\n")).expect("scale-data.json is writable");
        let exe = std::env::current_exe().expect("this program's path");
        for (&&(name, rows, customers), file) in scale.iter().zip(&files) {
            let path = file["path"].as_str().expect("a path");
            let t0 = clock();
            let child = std::process::Command::new(&exe)
                .env("BENCH_SCALE_CHILD", path)
                .stderr(std::process::Stdio::inherit())
                .output()
                .expect("the child process starts");
            assert!(child.status.success(), "the scale pipeline on {path} failed: {}", child.status);
            let mut r: serde_json::Value = serde_json::from_slice(&child.stdout).expect("the child prints JSON");
            let total: f64 = r["stages_ms"].as_object().map_or(0.0, |m| m.values().filter_map(|v| v.as_f64()).sum());
            eprintln!(
                "scale_{name:<18} pipeline {total:>9.0} ms (child {:.0} ms), peak RSS {} MB",
                clock() - t0,
                r["peak_rss_kb"].as_u64().unwrap_or(0) / 1024
            );
            for stage in std::iter::once("read").chain(bench::SCALE_STAGES) {
                eprintln!("    {stage:<18} {:>9.1} ms", r["stages_ms"][stage].as_f64().unwrap_or(f64::NAN));
            }
            r["name"] = serde_json::json!(format!("scale_{name}"));
            r["rows"] = serde_json::json!(rows);
            r["customers"] = serde_json::json!(customers);
            r["generate_ms"] = file["generate_ms"].clone();
            let line = r.to_string();
            println!("{line}");
            out.lines.push(line);
        }
    }

    if let Ok(path) = std::env::var("BENCH_JSON") {
        let mut f = std::fs::File::create(&path).expect("BENCH_JSON is writable");
        for l in &out.lines {
            writeln!(f, "{l}").expect("write");
        }
    }
}

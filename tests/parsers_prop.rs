//! Property tests (proptest, with shrinking: a failure is reduced to a minimal input) of the
//! purchase-history readers and writers:
//!
//! - the transaction file reader (`files::transactions`: `sniff`, `parse_transactions`,
//!   `TransactionParser`) never panics on arbitrary bytes, keeps its invariants (row errors with
//!   real line numbers, every amount a finite non-negative number, every customer index valid),
//!   reads a file in slices exactly as in one piece, and reads back a file written in its format;
//! - the customer-values export (`files::customer_values`) read back with the app's own CSV line
//!   splitter gives every id and every figure, to the decimals it prints;
//! - a stored summary (`btyd::Summary`, JSON) reads back exactly, and damaged JSON is refused,
//!   never a panic.
//!
//! `PROPTEST_CASES=10000 cargo test --release --test parsers_prop` runs more cases.

#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests: a failed unwrap is a failed test

use chrono::{Datelike, NaiveDate};
use proptest::prelude::*;
use retention_calculator::engine::btyd::{CustomerRow, CustomerSummary, CustomerValue, Summary, TimeUnit};
use retention_calculator::engine::files::customer_values::{export_csv, export_rows_csv, EXPORT_HEADER, ROWS_EXPORT_HEADER};
use retention_calculator::engine::files::transactions::{
    parse_transactions, sniff, ColumnMapping, CsvSettings, TransactionParser, MAX_ROW_ERRORS,
};
use retention_calculator::engine::util::csv::{split_line, Delimiter};
use retention_calculator::engine::util::parse::{DateFormat, DecimalSeparator};

/// Default case counts (256, or `PROPTEST_CASES`); a failure is shrunk and printed, not saved
/// to a file beside the sources.
fn config() -> ProptestConfig {
    ProptestConfig { failure_persistence: None, ..ProptestConfig::default() }
}

/// Pieces that exercise the reader: delimiters, quotes, numbers in both notations, dates in every
/// format, signs, exponents, byte-order marks, right-to-left marks, line ends.
const PIECES: &[&str] = &[
    ",",
    ";",
    "\t",
    "|",
    " ",
    "\"",
    "\"\"",
    "\n",
    "\r\n",
    "\u{feff}",
    "\u{202e}",
    "0",
    "7",
    "-",
    "+",
    ".",
    "1,234.50",
    "1.234,50",
    "12,5",
    "1e5",
    "NaN",
    "inf",
    "€",
    "$",
    "'",
    "2024-02-29",
    "1900-02-29",
    "20240229",
    "29.02.2024",
    "02/29/2024",
    "31/12/2024",
    "2200-12-31",
    "9999-99-99",
    "customer",
    "date",
    "amount",
    "client",
    "data",
    "suma",
    "клиент",
    "дата",
    "=cmd",
    "ä",
    "💶",
];

/// Text made of `PIECES` and arbitrary characters.
fn texty() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![3 => prop::sample::select(PIECES).prop_map(str::to_string), 1 => any::<char>().prop_map(String::from)],
        0..120,
    )
    .prop_map(|v| v.concat())
}

/// Lines of an id, a date and an amount (each replaced by random pieces one time in four, and
/// sometimes followed by a fourth cell) separated by one delimiter: text that `sniff` takes for a
/// transaction table, with rows that read and rows that do not.
fn table_like() -> impl Strategy<Value = String> {
    let junk = || prop::collection::vec(prop::sample::select(PIECES), 0..3).prop_map(|v| v.concat());
    let pick = |v: &'static [&'static str]| prop::sample::select(v).prop_map(str::to_string);
    let id = prop_oneof![3 => pick(&["c1", "client 7", "A-9", "\"x, y\"", "клиент", "1001"]), 1 => junk()];
    let date = prop_oneof![3 => pick(&["2024-02-29", "2023-12-31", "2024-03-01 10:00", "1999-01-01"]), 1 => junk()];
    let amount = prop_oneof![3 => pick(&["7", "12.50", "1,234.50", "0", "-3.00", "\"1,5\""]), 1 => junk()];
    let extra = prop::option::weighted(0.2, junk());
    let line = (id, date, amount, extra).prop_map(|(i, d, a, e)| {
        let mut cells = vec![i, d, a];
        cells.extend(e);
        cells.into_iter().map(|c| c.replace(['\n', '\r'], "")).collect::<Vec<_>>()
    });
    (prop::sample::select(vec![",", ";", "\t", "|", "  "]), prop::collection::vec(line, 1..30))
        .prop_map(|(sep, lines)| lines.iter().map(|cells| cells.join(sep)).collect::<Vec<_>>().join("\n"))
}

fn settings_strategy() -> impl Strategy<Value = CsvSettings> {
    let delimiter = prop::sample::select(vec![
        Delimiter::Comma,
        Delimiter::Semicolon,
        Delimiter::Tab,
        Delimiter::Pipe,
        Delimiter::Whitespace,
    ]);
    let format = prop::sample::select(vec![
        DateFormat::Iso,
        DateFormat::Compact,
        DateFormat::DayMonthDots,
        DateFormat::DayMonthSlash,
        DateFormat::MonthDaySlash,
    ]);
    let decimal = prop::sample::select(vec![DecimalSeparator::Dot, DecimalSeparator::Comma]);
    (delimiter, any::<bool>(), 0..5usize, 0..5usize, 0..5usize, prop::option::of(0..5usize), format, decimal).prop_map(
        |(delimiter, has_header, customer, date, amount, quantity, date_format, decimal)| CsvSettings {
            delimiter,
            has_header,
            columns: ColumnMapping { customer, date, amount, quantity },
            date_format,
            decimal,
        },
    )
}

/// The invariants of any parse of `text`.
fn check_parse(text: &str, settings: CsvSettings) -> Result<(), TestCaseError> {
    let parsed = parse_transactions(text, settings);
    let lines = text.split('\n').count();
    prop_assert!(parsed.errors.len() <= MAX_ROW_ERRORS);
    prop_assert!(parsed.error_count >= parsed.errors.len());
    prop_assert!(parsed.lines <= lines, "{} lines read of {lines}", parsed.lines);
    for e in &parsed.errors {
        prop_assert!(e.line >= 1 && e.line <= lines, "line {} of {lines}", e.line);
        prop_assert!(!e.text().to_string().is_empty());
    }
    prop_assert!(parsed.errors.windows(2).all(|w| w[0].line < w[1].line));
    let ids = &parsed.data.customer_ids;
    for t in &parsed.data.transactions {
        prop_assert!((t.customer as usize) < ids.len());
        prop_assert!(t.amount.is_finite() && t.amount >= 0.0, "{t:?}");
        prop_assert!(t.quantity.is_none_or(|q| q.is_finite() && q >= 0.0), "{t:?}");
        prop_assert!((1900..=2200).contains(&t.date.year()), "{t:?}");
    }
    prop_assert!(ids.iter().all(|id| !id.is_empty()));
    Ok(())
}

proptest! {
    #![proptest_config(config())]
    #[test]
    fn arbitrary_bytes_never_panic_the_transaction_reader(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        let text = String::from_utf8_lossy(&bytes);
        if let Ok(guess) = sniff(&text) {
            check_parse(&text, guess.settings)?;
        }
    }

    #[test]
    fn text_like_a_transaction_file_never_panics_with_any_settings(
        text in prop_oneof![texty(), table_like()],
        settings in settings_strategy(),
    ) {
        match sniff(&text) {
            Ok(guess) => {
                prop_assert!(guess.headers.len() >= 3);
                check_parse(&text, guess.settings)?;
            }
            Err(e) => prop_assert!(!e.to_string().is_empty()),
        }
        check_parse(&text, settings)?;
    }

    #[test]
    fn reading_in_slices_gives_what_one_piece_gives(text in prop_oneof![texty(), table_like()], settings in settings_strategy(), slice in 1..7usize) {
        let whole = parse_transactions(&text, settings);
        let mut parser = TransactionParser::new(settings);
        let mut calls = 0;
        while !parser.is_finished() {
            let progress = parser.parse_lines(&text, slice);
            prop_assert!(progress.bytes_read <= progress.total_bytes && (0.0..=1.0).contains(&progress.fraction()));
            calls += 1;
            prop_assert!(calls <= text.len() + 2, "the parser does not advance");
        }
        prop_assert_eq!(parser.finish(), whole);
    }
}

/// A customer id as a shop's export may hold: letters first (so no column looks like a date or
/// an amount), then letters, digits, spaces, commas, quotes and dashes; no spaces at the ends.
fn id_strategy() -> impl Strategy<Value = String> {
    "[A-Za-zÄÖăîșțабв][A-Za-z0-9 ,\"'._äșж-]{0,12}[A-Za-z0-9]".prop_map(|s| s.to_string())
}

fn date_strategy() -> impl Strategy<Value = NaiveDate> {
    // 1900-01-01 ..= 2200-12-31, the years the reader accepts.
    let first = NaiveDate::from_ymd_opt(1900, 1, 1).unwrap();
    let days = (NaiveDate::from_ymd_opt(2200, 12, 31).unwrap() - first).num_days();
    (0..=days).prop_map(move |d| first + chrono::Duration::days(d))
}

/// RFC 4180 quoting, as a spreadsheet writes a cell.
fn quoted(s: &str) -> String {
    if s.contains([',', '"']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

proptest! {
    #![proptest_config(config())]
    #[test]
    fn a_transaction_file_reads_back_as_written(
        rows in prop::collection::vec((id_strategy(), date_strategy(), 0u64..100_000_000), 1..40),
        crlf in any::<bool>(),
    ) {
        // customer,date,amount with a header, dates YYYY-MM-DD, amounts with 2 decimals.
        let end = if crlf { "\r\n" } else { "\n" };
        let mut text = format!("customer,date,amount{end}");
        for (id, date, cents) in &rows {
            text.push_str(&format!("{},{},{}.{:02}{end}", quoted(id), date.format("%Y-%m-%d"), cents / 100, cents % 100));
        }
        let settings = CsvSettings {
            delimiter: Delimiter::Comma,
            has_header: true,
            columns: ColumnMapping { customer: 0, date: 1, amount: 2, quantity: None },
            date_format: DateFormat::Iso,
            decimal: DecimalSeparator::Dot,
        };
        let parsed = parse_transactions(&text, settings);
        prop_assert_eq!(parsed.error_count, 0, "{:?}\n{}", parsed.errors, text);
        prop_assert_eq!(parsed.data.transactions.len(), rows.len());
        for ((id, date, cents), t) in rows.iter().zip(&parsed.data.transactions) {
            prop_assert_eq!(&parsed.data.customer_ids[t.customer as usize], id);
            prop_assert_eq!(t.date, *date);
            prop_assert_eq!(t.amount, *cents as f64 / 100.0);
        }
        // The reader's own guess finds the same layout.
        let guess = sniff(&text).unwrap();
        prop_assert_eq!(guess.settings, settings, "{:?}", guess);
    }
}

fn finite(max: f64) -> impl Strategy<Value = f64> {
    prop_oneof![Just(0.0), Just(max), 0.0..max, (0.0..1.0f64).prop_map(move |v| v * v * v * max)]
}

fn value_strategy() -> impl Strategy<Value = CustomerValue> {
    (
        prop_oneof![id_strategy(), "[=+@-][A-Za-z0-9(),\"]{0,8}", "[0-9]{1,6}"],
        0u32..10_000,
        finite(1e4),
        finite(1e4),
        finite(1e7),
        finite(1.0),
        finite(1e4),
        finite(1e7),
        finite(1e9),
    )
        .prop_map(|(id, frequency, recency, age, monetary, p_alive, expected_purchases, expected_spend, clv)| {
            CustomerValue { id, frequency, recency, age, monetary, p_alive, expected_purchases, expected_spend, clv }
        })
}

/// `cell` as written with `decimals` decimals reads back within half a unit of the last one
/// (plus the rounding of a float of that size).
fn check_number(cell: &str, v: f64, decimals: i32) -> Result<(), TestCaseError> {
    let got: f64 = cell.parse().map_err(|_| TestCaseError::fail(format!("{cell:?} is not a number")))?;
    prop_assert!((got - v).abs() <= 0.5 * 10f64.powi(-decimals) + v.abs() * 1e-15, "{cell} vs {v}");
    prop_assert_eq!(cell.split('.').nth(1).map(str::len), Some(decimals as usize), "{}", cell);
    Ok(())
}

proptest! {
    #![proptest_config(config())]
    #[test]
    fn the_customer_values_export_reads_back(values in prop::collection::vec(value_strategy(), 0..30), flags in prop::collection::vec(any::<bool>(), 30)) {
        let text = export_csv(&values);
        let lines: Vec<&str> = text.lines().collect();
        prop_assert_eq!(lines.len(), values.len() + 1);
        prop_assert_eq!(lines[0], EXPORT_HEADER);
        for (line, v) in lines[1..].iter().zip(&values) {
            let cells = split_line(line, Delimiter::Comma);
            prop_assert_eq!(cells.len(), 9, "{}", line);
            // The id as written, behind an apostrophe where it would start a spreadsheet formula.
            let want = if v.id.starts_with(['=', '+', '-', '@']) { format!("'{}", v.id) } else { v.id.clone() };
            prop_assert_eq!(&cells[0], &want);
            prop_assert_eq!(cells[1].parse::<u32>().ok(), Some(v.frequency));
            check_number(&cells[2], v.recency, 4)?;
            check_number(&cells[3], v.age, 4)?;
            check_number(&cells[4], v.monetary, 2)?;
            check_number(&cells[5], v.p_alive, 6)?;
            check_number(&cells[6], v.expected_purchases, 6)?;
            check_number(&cells[7], v.expected_spend, 2)?;
            check_number(&cells[8], v.clv, 2)?;
        }
        // The row export: the same cells and an empty `problem` for a computed row; a flagged row
        // keeps its history, leaves the figures empty and says why.
        let rows: Vec<CustomerRow> = values
            .iter()
            .zip(&flags)
            .map(|(v, &flag)| {
                if flag {
                    CustomerRow { value: v.clone(), problem: Some(retention_calculator::i18n::Text::new("data-model-not-finite")) }
                } else {
                    CustomerRow { value: v.clone(), problem: None }
                }
            })
            .collect();
        let rows_text = export_rows_csv(&rows);
        let row_lines: Vec<&str> = rows_text.lines().collect();
        prop_assert_eq!(row_lines[0], ROWS_EXPORT_HEADER);
        for ((line, plain), row) in row_lines[1..].iter().zip(&lines[1..]).zip(&rows) {
            let cells = split_line(line, Delimiter::Comma);
            prop_assert_eq!(cells.len(), 10, "{}", line);
            let plain_cells = split_line(plain, Delimiter::Comma);
            if row.problem.is_none() {
                prop_assert_eq!(&cells[..9], &plain_cells[..]);
                prop_assert_eq!(cells[9].as_str(), "");
            } else {
                prop_assert_eq!(&cells[..5], &plain_cells[..5]);
                prop_assert!(cells[5..9].iter().all(String::is_empty), "{}", line);
                prop_assert!(!cells[9].is_empty());
            }
        }
    }
}

fn summary_strategy() -> impl Strategy<Value = Summary> {
    let customer = (id_strategy(), 0u32..500, finite(1e4), finite(1e4), finite(1e6), date_strategy(), 0u32..100).prop_map(
        |(id, frequency, recency, age, monetary, first_purchase, holdout_frequency)| CustomerSummary {
            id,
            frequency,
            recency,
            age,
            monetary,
            first_purchase,
            holdout_frequency,
        },
    );
    (
        prop::sample::select(vec![TimeUnit::Days, TimeUnit::Weeks, TimeUnit::Months]),
        date_strategy(),
        0i64..4_000,
        prop::collection::vec(customer, 0..20),
        0usize..1_000_000,
    )
        .prop_map(|(unit, calibration_end, holdout_days, customers, transactions_after_end)| Summary {
            unit,
            calibration_end,
            observation_end: calibration_end + chrono::Duration::days(holdout_days),
            holdout_length: holdout_days as f64 / unit.days(),
            customers,
            transactions_after_end,
        })
}

proptest! {
    #![proptest_config(config())]
    #[test]
    fn a_stored_summary_reads_back_exactly(summary in summary_strategy()) {
        // serde_json with `float_roundtrip`: every float comes back to the bit.
        let json = serde_json::to_string(&summary).unwrap();
        let back: Summary = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(back, summary);
    }

    #[test]
    fn damaged_summary_json_is_refused_without_panicking(summary in summary_strategy(), cut in any::<prop::sample::Index>(), junk in texty()) {
        let json = serde_json::to_string(&summary).unwrap();
        let at = cut.index(json.len() + 1);
        let damaged = format!("{}{junk}", json.get(..at).unwrap_or(&json));
        if let Ok(back) = serde_json::from_str::<Summary>(&damaged) {
            // Only a complete document (junk that is whitespace) may read.
            prop_assert_eq!(back, summary);
        }
        let _ = serde_json::from_str::<Summary>(&junk);
    }
}

//! Transaction files: delimiter, header, column and date-format detection, and an incremental
//! parser that reports row errors with 1-based line numbers instead of aborting.
//!
//! Typical use from the UI:
//! 1. [`sniff`] a sample (the first few kilobytes) to propose [`CsvSettings`];
//! 2. if [`date_format_candidates`] over the whole text returns both slash formats, ask the user;
//! 3. create a [`TransactionParser`] and call [`TransactionParser::parse_lines`] with the same text
//!    a few thousand lines at a time (one call per animation frame), showing
//!    [`ParseProgress::fraction`];
//! 4. [`TransactionParser::finish`] gives the [`ParsedTransactions`].
//!
//! Quoted fields (`"a, b"`, `""` for a quote) are supported within one line; a quoted field
//! spanning several lines is not.

use crate::engine::btyd::{BtydError, Transaction, TransactionSet};
use crate::engine::util::csv::{detect_delimiter, non_empty_lines, split_line, Delimiter, RowError};
use crate::engine::util::parse::{excerpt, parse_amount_as, parse_date_as, DateFormat, DecimalSeparator};
use crate::i18n::Text;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// How many row errors are kept (all are counted).
pub const MAX_ROW_ERRORS: usize = 100;

/// Which column (0-based) holds what.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ColumnMapping {
    pub customer: usize,
    pub date: usize,
    pub amount: usize,
    pub quantity: Option<usize>,
}

/// Everything needed to read a file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CsvSettings {
    pub delimiter: Delimiter,
    /// Skip the first non-empty line.
    pub has_header: bool,
    pub columns: ColumnMapping,
    pub date_format: DateFormat,
    pub decimal: DecimalSeparator,
}

/// What [`sniff`] found: proposed settings plus what the UI needs to let the user correct them.
#[derive(Clone, Debug, PartialEq)]
pub struct CsvGuess {
    pub settings: CsvSettings,
    /// Header names (or `Column 1`, `Column 2`, … without a header).
    pub headers: Vec<String>,
    /// Date formats that read every sampled date; more than one means the user may need to choose.
    pub date_formats: Vec<DateFormat>,
    /// True when both `DD/MM/YYYY` and `MM/DD/YYYY` fit the sample.
    pub date_ambiguous: bool,
}

/// The result of a whole parse.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ParsedTransactions {
    pub data: TransactionSet,
    /// The first [`MAX_ROW_ERRORS`] row errors.
    pub errors: Vec<RowError>,
    /// All row errors, including those not kept.
    pub error_count: usize,
    /// Lines read, including the header and empty lines.
    pub lines: usize,
    /// The date formats that read every date cell of the text (every line, not a sample), in
    /// preference order; empty when there was no date.
    pub date_formats: Vec<DateFormat>,
}

impl ParsedTransactions {
    /// Every date of the whole text reads both day-first and month-first (no day above 12).
    pub fn date_ambiguous(&self) -> bool {
        self.date_formats.contains(&DateFormat::DayMonthSlash) && self.date_formats.contains(&DateFormat::MonthDaySlash)
    }
}

/// Progress of an incremental parse.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ParseProgress {
    pub lines_read: usize,
    pub bytes_read: usize,
    pub total_bytes: usize,
    pub rows_ok: usize,
    pub error_count: usize,
    pub finished: bool,
}

impl ParseProgress {
    /// Share of the text read, 0 to 1.
    pub fn fraction(&self) -> f64 {
        if self.total_bytes == 0 {
            1.0
        } else {
            self.bytes_read as f64 / self.total_bytes as f64
        }
    }
}

/// The formats (in preference order) that read every non-empty value given.
pub fn detect_date_formats<'a>(values: impl IntoIterator<Item = &'a str>) -> Vec<DateFormat> {
    let mut ok = DateFormat::ALL.to_vec();
    let mut any = false;
    for v in values {
        if v.trim().is_empty() {
            continue;
        }
        any = true;
        ok.retain(|f| parse_date_as(v, *f).is_some());
        if ok.is_empty() {
            break;
        }
    }
    if any {
        ok
    } else {
        Vec::new()
    }
}

/// Scan the date column of the whole text: the formats that read every date. If both slash
/// formats remain (every day-of-month ≤ 12), the file is ambiguous and the user must choose.
/// Rows too short to have the column are ignored here (the parser reports them).
pub fn date_format_candidates(text: &str, delimiter: Delimiter, has_header: bool, date_column: usize) -> Vec<DateFormat> {
    let mut lines = text.lines().filter(|l| !l.trim().is_empty());
    if has_header {
        lines.next();
    }
    let values: Vec<String> = lines.filter_map(|l| split_line(l, delimiter).into_iter().nth(date_column)).collect();
    detect_date_formats(values.iter().map(String::as_str))
}

fn has_letters(s: &str) -> bool {
    s.chars().any(char::is_alphabetic)
}

fn looks_like_date(s: &str) -> bool {
    DateFormat::ALL.iter().any(|f| parse_date_as(s, *f).is_some())
}

fn guess_decimal(values: &[&str]) -> DecimalSeparator {
    let comma_decimal = values.iter().any(|v| {
        let v = v.trim();
        match (v.rfind(','), v.rfind('.')) {
            (Some(c), Some(d)) => c > d,
            (Some(c), None) => {
                let after = &v[c + 1..];
                !after.is_empty() && after.len() <= 2 && after.bytes().all(|b| b.is_ascii_digit())
            }
            _ => false,
        }
    });
    // In a comma-delimited file a decimal comma can only appear inside quoted fields, which
    // split_line has already unquoted, so the same rule applies whatever the delimiter.
    if comma_decimal {
        DecimalSeparator::Comma
    } else {
        DecimalSeparator::Dot
    }
}

fn find_by_name(headers: &[String], words: &[&str], taken: &[usize]) -> Option<usize> {
    for w in words {
        for (i, h) in headers.iter().enumerate() {
            if !taken.contains(&i) && h.to_lowercase().contains(w) {
                return Some(i);
            }
        }
    }
    None
}

/// Propose settings from a sample of the text (the first 200 non-empty lines are looked at).
/// Errors only when the sample is empty or has fewer than three columns.
pub fn sniff(text: &str) -> Result<CsvGuess, BtydError> {
    let lines = non_empty_lines(text, 200);
    if lines.is_empty() {
        return Err(BtydError::Input(Text::new("data-tx-file-empty")));
    }
    let delimiter = detect_delimiter(text);
    let rows: Vec<Vec<String>> = lines.iter().map(|l| split_line(l, delimiter)).collect();
    let width = rows.iter().map(Vec::len).max().unwrap_or(0);
    if width < 3 {
        return Err(BtydError::Input(Text::new("data-tx-too-few-columns").arg("n", width)));
    }
    let first = &rows[0];
    let has_header = match rows.get(1) {
        Some(second) => first
            .iter()
            .zip(second.iter())
            .any(|(a, b)| has_letters(a) && !looks_like_date(a) && !b.is_empty() && (!has_letters(b) || looks_like_date(b))),
        None => first.iter().all(|f| !f.chars().any(|c| c.is_ascii_digit())),
    };
    let data: &[Vec<String>] = if has_header { &rows[1..] } else { &rows[..] };
    let column = |j: usize| -> Vec<&str> { data.iter().filter_map(|r| r.get(j).map(String::as_str)).collect() };
    // Columns without a name are called "Column 3" (in the reader's language at the time).
    let unnamed = |j: usize| Text::new("data-tx-column").arg("n", (j + 1).to_string()).to_string();
    let headers: Vec<String> = if has_header {
        (0..width).map(|j| first.get(j).cloned().unwrap_or_else(|| unnamed(j))).collect()
    } else {
        (0..width).map(unnamed).collect()
    };

    // Date column: by name, else the first column whose sample reads as dates.
    let date_col =
        if has_header { find_by_name(&headers, &["date", "dată", "data", "дата", "day", "time"], &[]) } else { None }
            .or_else(|| (0..width).find(|&j| !detect_date_formats(column(j)).is_empty()));
    let date = date_col.unwrap_or(1.min(width - 1));
    let numeric = |j: usize| {
        let vals = column(j);
        !vals.is_empty()
            && vals
                .iter()
                .all(|v| parse_amount_as(v, DecimalSeparator::Dot).is_ok() || parse_amount_as(v, DecimalSeparator::Comma).is_ok())
    };
    let amount = (if has_header {
        find_by_name(
            &headers,
            &[
                "amount",
                "revenue",
                "value",
                "sales",
                "spend",
                "total",
                "price",
                "sum",
                "sumă",
                "suma",
                "valoare",
                "сума",
                "стойност",
            ],
            &[date],
        )
    } else {
        None
    })
    .or_else(|| {
        (0..width).rev().find(|&j| j != date && numeric(j) && column(j).iter().any(|v| v.contains('.') || v.contains(',')))
    })
    .or_else(|| (0..width).rev().find(|&j| j != date && numeric(j)))
    .unwrap_or(width - 1);
    let customer = (if has_header {
        find_by_name(&headers, &["customer", "client", "user", "member", "buyer", "cust", "клиент", "id"], &[date, amount])
    } else {
        None
    })
    .or_else(|| (0..width).find(|&j| j != date && j != amount))
    .unwrap_or(0);
    let quantity = if has_header {
        find_by_name(&headers, &["quantity", "qty", "units", "count", "cantitate", "количество"], &[date, amount, customer])
    } else {
        None
    };
    let date_formats = detect_date_formats(column(date));
    let date_ambiguous = date_formats.contains(&DateFormat::DayMonthSlash) && date_formats.contains(&DateFormat::MonthDaySlash);
    let decimal = guess_decimal(&column(amount));
    Ok(CsvGuess {
        settings: CsvSettings {
            delimiter,
            has_header,
            columns: ColumnMapping { customer, date, amount, quantity },
            date_format: date_formats.first().copied().unwrap_or(DateFormat::Iso),
            decimal,
        },
        headers,
        date_formats,
        date_ambiguous,
    })
}

/// Reads transactions a slice of lines at a time (see the module docs).
#[derive(Clone, Debug)]
pub struct TransactionParser {
    settings: CsvSettings,
    offset: usize,
    line: usize,
    header_pending: bool,
    ids: HashMap<String, u32>,
    out: ParsedTransactions,
    rows_ok: usize,
    finished: bool,
    /// The formats still reading every date cell seen, and whether one was seen.
    date_formats: Vec<DateFormat>,
    dates_seen: bool,
}

impl TransactionParser {
    pub fn new(settings: CsvSettings) -> Self {
        TransactionParser {
            settings,
            offset: 0,
            line: 0,
            header_pending: settings.has_header,
            ids: HashMap::new(),
            out: ParsedTransactions::default(),
            rows_ok: 0,
            finished: false,
            date_formats: DateFormat::ALL.to_vec(),
            dates_seen: false,
        }
    }

    /// Read up to `max_lines` more lines of `text`. Pass the same text on every call; the parser
    /// remembers where it stopped.
    pub fn parse_lines(&mut self, text: &str, max_lines: usize) -> ParseProgress {
        let mut done = 0;
        while done < max_lines && !self.finished {
            let rest = match text.get(self.offset..) {
                Some(r) if !r.is_empty() => r,
                _ => {
                    self.finished = true;
                    break;
                }
            };
            let (raw, advance) = match rest.find('\n') {
                Some(i) => (&rest[..i], i + 1),
                None => (rest, rest.len()),
            };
            self.offset += advance;
            self.line += 1;
            done += 1;
            let mut line = raw.strip_suffix('\r').unwrap_or(raw);
            if self.line == 1 {
                line = line.trim_start_matches('\u{feff}');
            }
            if line.trim().is_empty() {
                continue;
            }
            if self.header_pending {
                self.header_pending = false;
                continue;
            }
            match self.read_row(line) {
                Ok(t) => {
                    self.out.data.transactions.push(t);
                    self.rows_ok += 1;
                }
                Err(message) => {
                    self.out.error_count += 1;
                    if self.out.errors.len() < MAX_ROW_ERRORS {
                        self.out.errors.push(RowError { line: self.line, message });
                    }
                }
            }
        }
        if self.offset >= text.len() {
            self.finished = true;
        }
        self.progress(text.len())
    }

    fn progress(&self, total_bytes: usize) -> ParseProgress {
        ParseProgress {
            lines_read: self.line,
            bytes_read: self.offset.min(total_bytes),
            total_bytes,
            rows_ok: self.rows_ok,
            error_count: self.out.error_count,
            finished: self.finished,
        }
    }

    /// True once the whole text has been read.
    pub fn is_finished(&self) -> bool {
        self.finished
    }

    /// The row errors kept so far.
    pub fn errors(&self) -> &[RowError] {
        &self.out.errors
    }

    /// Stop and hand over what was read.
    pub fn finish(mut self) -> ParsedTransactions {
        self.out.lines = self.line;
        self.out.date_formats = if self.dates_seen { self.date_formats } else { Vec::new() };
        self.out
    }

    fn read_row(&mut self, line: &str) -> Result<Transaction, Text> {
        let c = self.settings.columns;
        let fields = split_line(line, self.settings.delimiter);
        let needed = c.customer.max(c.date).max(c.amount).max(c.quantity.unwrap_or(0)) + 1;
        if fields.len() < needed {
            return Err(Text::new("data-tx-too-few-fields").arg("needed", needed).arg("found", fields.len()));
        }
        let cell = fields[c.date].trim();
        if !cell.is_empty() && !self.date_formats.is_empty() {
            self.dates_seen = true;
            self.date_formats.retain(|f| parse_date_as(cell, *f).is_some());
        }
        let id = fields[c.customer].as_str();
        if id.is_empty() {
            return Err(Text::new("data-tx-customer-empty"));
        }
        let date = parse_date_as(&fields[c.date], self.settings.date_format).ok_or_else(|| {
            Text::new("data-tx-not-date").arg("text", excerpt(&fields[c.date])).arg("format", self.settings.date_format.pattern())
        })?;
        let amount = parse_amount_as(&fields[c.amount], self.settings.decimal)?;
        if amount < 0.0 {
            return Err(Text::new("data-tx-negative-amount").arg("text", excerpt(&fields[c.amount])));
        }
        let quantity = match c.quantity {
            Some(q) if !fields[q].is_empty() => {
                let v = parse_amount_as(&fields[q], self.settings.decimal)
                    .map_err(|e| Text::new("data-tx-quantity").arg("error", e))?;
                if v < 0.0 {
                    return Err(Text::new("data-tx-negative-quantity").arg("text", excerpt(&fields[q])));
                }
                Some(v)
            }
            _ => None,
        };
        let next = self.ids.len() as u32;
        let customer = match self.ids.get(id) {
            Some(&k) => k,
            None => {
                self.ids.insert(id.to_string(), next);
                self.out.data.customer_ids.push(id.to_string());
                next
            }
        };
        Ok(Transaction { customer, date, amount, quantity })
    }
}

/// Parse a whole text at once (tests, small files).
pub fn parse_transactions(text: &str, settings: CsvSettings) -> ParsedTransactions {
    let mut p = TransactionParser::new(settings);
    while !p.is_finished() {
        p.parse_lines(text, 50_000);
    }
    p.finish()
}

/// A small purchase history through the same path as an import (`customers` customers with one
/// to three purchases each), for tests of the layers that keep studies.
#[cfg(test)]
pub(crate) fn small_study(customers: usize) -> crate::engine::purchases::PurchaseStudy {
    use crate::engine::btyd::{SummaryOptions, TimeUnit};
    use chrono::NaiveDate;
    let mut text = String::from("customer,date,amount\n");
    for c in 0..customers {
        for (m, day) in [(1, 5), (3, 9), (6, 2)].into_iter().take(1 + c % 3) {
            text.push_str(&format!("k{c},2025-{m:02}-{day:02},{}\n", 20 + c));
        }
    }
    let guess = sniff(&text).unwrap().settings;
    let data = parse_transactions(&text, guess).data;
    let d = |s| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    let options =
        SummaryOptions { unit: TimeUnit::Weeks, observation_end: d("2025-12-31"), calibration_end: None, round_decimals: None };
    crate::engine::purchases::build_study("t.csv", &data, &options).unwrap()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        // Test dates are valid constants.
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn delimiters_are_detected() {
        assert_eq!(detect_delimiter("a,b,c\n1,2,3\n"), Delimiter::Comma);
        assert_eq!(detect_delimiter("id;date;amount\n1;2024-01-01;12,50\n2;2024-01-02;3,10\n"), Delimiter::Semicolon);
        assert_eq!(detect_delimiter("id\tdate\tamount\n1\t2024-01-01\t1,5\n"), Delimiter::Tab);
        assert_eq!(detect_delimiter(" 00004 0001 19970101  2   29.33\n 00004 0001 19970118  2   29.73\n"), Delimiter::Whitespace);
        assert_eq!(detect_delimiter("a|b|c\n1|2|3\n"), Delimiter::Pipe);
    }

    #[test]
    fn quoted_fields() {
        assert_eq!(split_line(r#""Smith, J.",2024-01-01,"1,5""#, Delimiter::Comma), vec!["Smith, J.", "2024-01-01", "1,5"]);
        assert_eq!(split_line(r#""say ""hi""",x"#, Delimiter::Comma), vec![r#"say "hi""#, "x"]);
    }

    #[test]
    fn amounts_with_decimal_commas_and_thousands() {
        use DecimalSeparator::*;
        assert_eq!(parse_amount_as("12,50", Comma), Ok(12.5));
        assert_eq!(parse_amount_as("1.234,50", Comma), Ok(1234.5));
        assert_eq!(parse_amount_as("1 234,50 lei", Comma), Ok(1234.5));
        assert_eq!(parse_amount_as("1,234.50", Dot), Ok(1234.5));
        assert_eq!(parse_amount_as("$29.33", Dot), Ok(29.33));
        assert_eq!(parse_amount_as("€ 7", Dot), Ok(7.0));
        assert_eq!(parse_amount_as("-3.5", Dot), Ok(-3.5));
        assert_eq!(parse_amount_as(".5", Dot), Ok(0.5));
        for bad in ["", "abc", "1e5", "NaN", "inf", "12,5", "1.23.4", "1,23,4", "--2", "."] {
            assert!(parse_amount_as(bad, Dot).is_err(), "{bad:?} should fail with a dot decimal");
        }
        assert!(parse_amount_as("1.23", Comma).is_err(), "a dot group must have three digits");
        assert!(parse_amount_as(&"9".repeat(400), Dot).is_err());
    }

    #[test]
    fn dates_in_every_format() {
        assert_eq!(parse_date_as("2024-03-31", DateFormat::Iso), Some(d(2024, 3, 31)));
        assert_eq!(parse_date_as("2024-03-31T10:00:00", DateFormat::Iso), Some(d(2024, 3, 31)));
        assert_eq!(parse_date_as("19970101", DateFormat::Compact), Some(d(1997, 1, 1)));
        assert_eq!(parse_date_as("31.03.2024", DateFormat::DayMonthDots), Some(d(2024, 3, 31)));
        assert_eq!(parse_date_as("1/2/2024", DateFormat::DayMonthSlash), Some(d(2024, 2, 1)));
        assert_eq!(parse_date_as("1/2/2024", DateFormat::MonthDaySlash), Some(d(2024, 1, 2)));
        assert_eq!(parse_date_as("2023-02-29", DateFormat::Iso), None);
        assert_eq!(parse_date_as("00004", DateFormat::Compact), None);
        assert_eq!(parse_date_as("18991231", DateFormat::Compact), None);
    }

    #[test]
    fn ambiguous_slash_dates_are_flagged() {
        let amb = "c,d,a\n1,01/02/2024,3\n2,03/04/2024,4\n";
        assert_eq!(
            date_format_candidates(amb, Delimiter::Comma, true, 1),
            vec![DateFormat::DayMonthSlash, DateFormat::MonthDaySlash]
        );
        let g = sniff(amb).unwrap();
        assert!(g.date_ambiguous);
        let dmy = "c,d,a\n1,01/02/2024,3\n2,25/04/2024,4\n";
        assert_eq!(date_format_candidates(dmy, Delimiter::Comma, true, 1), vec![DateFormat::DayMonthSlash]);
        let mdy = "c,d,a\n1,01/02/2024,3\n2,04/25/2024,4\n";
        assert_eq!(date_format_candidates(mdy, Delimiter::Comma, true, 1), vec![DateFormat::MonthDaySlash]);
    }

    #[test]
    fn date_ambiguity_is_judged_on_every_line_of_the_read() {
        // 5,000 rows whose days are all ≤ 12, then one 25/04: the sniff's first lines are
        // ambiguous, the whole read is not (docs/btyd.md, "Importing").
        let mut text = String::from("c,d,a\n");
        for i in 0..5000 {
            text.push_str(&format!("k{},{:02}/{:02}/2024,1\n", i % 50, 1 + i % 12, 1 + (i / 12) % 12));
        }
        let g = sniff(&text).unwrap();
        assert!(g.date_ambiguous);
        let parsed = parse_transactions(&text, g.settings);
        assert!(parsed.date_ambiguous() && parsed.error_count == 0);
        text.push_str("k1,25/04/2024,1\n");
        let parsed = parse_transactions(&text, g.settings);
        assert_eq!(parsed.date_formats, vec![DateFormat::DayMonthSlash]);
        assert!(!parsed.date_ambiguous());
        // Read month-first, that last line is an error and the whole text says day-first.
        let mut mdy = g.settings;
        mdy.date_format = DateFormat::MonthDaySlash;
        let parsed = parse_transactions(&text, mdy);
        assert_eq!((parsed.error_count, parsed.date_formats.as_slice()), (1, [DateFormat::DayMonthSlash].as_slice()));
        assert_eq!(parse_transactions("c,d,a\n", g.settings).date_formats, vec![]);
    }

    #[test]
    fn sniffs_a_european_file() {
        let text = "Client;Data;Cantitate;Sumă\nA-1;31.01.2024;2;1.234,50\nB-2;01.02.2024;1;12,5\n";
        let g = sniff(text).unwrap();
        assert_eq!(g.settings.delimiter, Delimiter::Semicolon);
        assert!(g.settings.has_header);
        assert_eq!(g.settings.columns, ColumnMapping { customer: 0, date: 1, amount: 3, quantity: Some(2) });
        assert_eq!(g.settings.date_format, DateFormat::DayMonthDots);
        assert_eq!(g.settings.decimal, DecimalSeparator::Comma);
        let parsed = parse_transactions(text, g.settings);
        assert_eq!(parsed.error_count, 0);
        assert_eq!(parsed.data.transactions[0].amount, 1234.5);
        assert_eq!(parsed.data.transactions[1].quantity, Some(1.0));
        assert_eq!(parsed.data.customer_ids, vec!["A-1", "B-2"]);
    }

    #[test]
    fn sniffs_the_cdnow_layout() {
        let text = " 00004 0001 19970101  2   29.33\n 00004 0001 19970118  2   29.73\n 00021 0002 19970101  3   63.34\n";
        let g = sniff(text).unwrap();
        assert_eq!(g.settings.delimiter, Delimiter::Whitespace);
        assert!(!g.settings.has_header);
        assert_eq!(g.settings.columns.date, 2);
        assert_eq!(g.settings.columns.amount, 4);
        assert_eq!(g.settings.date_format, DateFormat::Compact);
    }

    #[test]
    fn bad_rows_are_reported_with_line_numbers_and_parsing_goes_on() {
        let text = "customer,date,amount\r\nA,2024-01-01,10\r\n\r\nB,2024-13-01,5\r\nC,2024-01-02\r\n,2024-01-02,4\r\nD,2024-01-03,abc\r\nE,2024-01-03,-4\r\nA,2024-01-05,7.5";
        let settings = sniff(text).unwrap().settings;
        let p = parse_transactions(text, settings);
        assert_eq!(p.data.transactions.len(), 2);
        let lines: Vec<usize> = p.errors.iter().map(|e| e.line).collect();
        assert_eq!(lines, vec![4, 5, 6, 7, 8]);
        assert_eq!(p.errors[0].message.to_string(), "“2024-13-01” is not a date in the format YYYY-MM-DD");
        assert_eq!(p.errors[0].text().to_string(), "Line 4: “2024-13-01” is not a date in the format YYYY-MM-DD");
        assert_eq!(p.errors[1].message.to_string(), "expected at least 3 columns, found 2");
        assert_eq!(p.lines, 9);
    }

    #[test]
    fn error_list_is_capped_but_counted() {
        let mut text = String::from("c,d,a\n");
        for _ in 0..250 {
            text.push_str("x,not-a-date,1\n");
        }
        let settings = CsvSettings {
            delimiter: Delimiter::Comma,
            has_header: true,
            columns: ColumnMapping { customer: 0, date: 1, amount: 2, quantity: None },
            date_format: DateFormat::Iso,
            decimal: DecimalSeparator::Dot,
        };
        let p = parse_transactions(&text, settings);
        assert_eq!(p.errors.len(), MAX_ROW_ERRORS);
        assert_eq!(p.error_count, 250);
    }

    #[test]
    fn empty_input() {
        assert!(sniff("").is_err());
        assert!(sniff("\n\n  \n").is_err());
        let settings = CsvSettings {
            delimiter: Delimiter::Comma,
            has_header: false,
            columns: ColumnMapping { customer: 0, date: 1, amount: 2, quantity: None },
            date_format: DateFormat::Iso,
            decimal: DecimalSeparator::Dot,
        };
        let p = parse_transactions("", settings);
        assert!(p.data.transactions.is_empty() && p.errors.is_empty());
    }

    #[test]
    fn incremental_parsing_reports_progress() {
        let mut text = String::from("id,date,amount\n");
        for i in 0..1000 {
            text.push_str(&format!("c{},2024-01-{:02},{}.5\n", i % 37, 1 + i % 28, i));
        }
        let settings = sniff(&text).unwrap().settings;
        let mut p = TransactionParser::new(settings);
        let first = p.parse_lines(&text, 100);
        assert_eq!(first.lines_read, 100);
        assert!(!first.finished && first.fraction() > 0.05 && first.fraction() < 0.2);
        let mut calls = 1;
        while !p.is_finished() {
            p.parse_lines(&text, 100);
            calls += 1;
        }
        assert!(calls >= 10);
        let out = p.finish();
        assert_eq!(out.data.transactions.len(), 1000);
        assert_eq!(out.data.customer_ids.len(), 37);
        assert_eq!(out, parse_transactions(&text, settings));
    }
}

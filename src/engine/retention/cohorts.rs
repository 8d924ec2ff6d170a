//! Reading a cohort table: survivors per period for one or more cohorts, pasted or from a file.
//!
//! Two layouts, detected and overridable ([`CohortOptions`]):
//!
//! - **rows**: one line per cohort, its name first, then the survivors at t = 0, 1, 2, …;
//!   an optional header line names the periods (`cohort,0,1,2` or `cohort;month 0;month 1`);
//!   younger cohorts may stop earlier (trailing cells empty);
//! - **columns**, as published tables print them: a header line with the cohort names after
//!   a first cell naming the periods, then one line per period (t = 0 first), its label first;
//!   a cohort that is younger leaves its cells empty at the bottom.
//!
//! Values are counts, percentages of the start (`100%`, `63.1%`, or `100, 63.1` with decimals) or
//! shares (`1, 0.631`), detected and overridable; comma, semicolon, tab or pipe separated, decimal
//! commas read (detected, overridable). Revenue per cohort and period: a cohort whose name ends in
//! the word `revenue` (or `(revenue)`; also `venit`, `venituri`, `приход`, `приходи`) holds the
//! revenue of the cohort named by the rest: a line `2020 revenue,…` in rows, a column
//! `regular revenue` in columns. Revenue may rise (expansion); survivors may not.
//!
//! Every problem comes back with its line number in words; no input makes the reader panic.

use serde::{Deserialize, Serialize};

use crate::engine::util::csv::{detect_delimiter, split_line, Delimiter};
use crate::engine::util::parse::{excerpt, parse_amount_as, DecimalSeparator};
use crate::i18n::Text;

/// At most this many characters of text are read.
pub const MAX_TEXT: usize = 4_000_000;
/// At most this many cohorts.
pub const MAX_COHORTS: usize = 1_000;
/// At most this many periods (t = 0 included).
pub const MAX_PERIODS: usize = 1_200;
/// Errors past this many are not listed.
const MAX_ERRORS: usize = 50;

/// Words that mark a revenue series, lower case, longest first where one ends another.
const REVENUE_MARKERS: &[&str] = &["revenue", "venituri", "venit", "приходи", "приход"];

/// Where the cohorts are in the table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Layout {
    /// One line per cohort.
    Rows,
    /// One column per cohort.
    Columns,
}

/// What the values are.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ValueKind {
    /// Numbers of customers.
    Counts,
    /// Percentages of some base, 0–100 (a `%` sign is allowed).
    Percent,
    /// Shares, 0–1.
    Share,
}

/// Choices the reader would otherwise detect; `None` detects.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CohortOptions {
    pub layout: Option<Layout>,
    pub kind: Option<ValueKind>,
    pub delimiter: Option<Delimiter>,
    pub decimal: Option<DecimalSeparator>,
}

/// One cohort as read.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Cohort {
    pub name: String,
    /// Line of the cohort's name (its line in rows, the header in columns).
    pub line: usize,
    /// Survivors at t = 0, 1, …: counts for [`ValueKind::Counts`], otherwise shares of 1
    /// (percentages divided by 100). At least two, non-negative, never rising, the first > 0.
    pub survivors: Vec<f64>,
    /// Revenue of the cohort at the same periods, when given (≥ 0).
    pub revenue: Option<Vec<f64>>,
}

/// A cohort table read, with what was detected or chosen.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CohortSet {
    pub cohorts: Vec<Cohort>,
    /// Labels of the periods t = 0, 1, … (from the header or the first column; the index when
    /// the table has none), as long as the longest cohort.
    pub periods: Vec<String>,
    pub layout: Layout,
    pub kind: ValueKind,
    pub delimiter: Delimiter,
    pub decimal: DecimalSeparator,
}

/// A problem with the text, at a line when it has one.
#[derive(Clone, Debug, PartialEq)]
pub struct CohortError {
    /// 1-based line number in the text.
    pub line: Option<usize>,
    pub message: Text,
}

impl CohortError {
    fn at(line: usize, message: Text) -> CohortError {
        CohortError { line: Some(line), message }
    }

    fn whole(message: Text) -> CohortError {
        CohortError { line: None, message }
    }

    /// "Line 12: …", or the message alone when it concerns the whole text.
    pub fn text(&self) -> Text {
        match self.line {
            Some(line) => Text::new("retention-line-error").arg("line", line.to_string()).arg("message", self.message.clone()),
            None => self.message.clone(),
        }
    }
}

impl CohortSet {
    /// Survivors as counts for fitting a curve: the counts themselves, or shares times the
    /// cohort's size (`size`, the number of customers each cohort started with, required then).
    pub fn counts(&self, size: Option<f64>) -> Result<Vec<Vec<f64>>, Text> {
        match self.kind {
            ValueKind::Counts => Ok(self.cohorts.iter().map(|c| c.survivors.clone()).collect()),
            ValueKind::Percent | ValueKind::Share => match size {
                Some(n) if n.is_finite() && n > 0.0 && n <= 1e12 => {
                    Ok(self.cohorts.iter().map(|c| c.survivors.iter().map(|s| s * n).collect()).collect())
                }
                _ => Err(Text::new("retention-size-needed")),
            },
        }
    }

    /// "3 cohorts, up to 13 periods, with revenue" in words.
    pub fn summary(&self) -> Text {
        let periods = self.cohorts.iter().map(|c| c.survivors.len()).max().unwrap_or(0);
        let key = if self.cohorts.iter().any(|c| c.revenue.is_some()) {
            crate::k!("retention-read-revenue")
        } else {
            crate::k!("retention-read")
        };
        Text::new(key).arg("cohorts", self.cohorts.len()).arg("periods", periods)
    }
}

/// A series of cells as laid out, before its values are read.
struct RawSeries {
    name: String,
    line: usize,
    /// (line, cell text) for t = 0, 1, …
    cells: Vec<(usize, String)>,
}

/// Read a cohort table. Returns the cohorts, or every problem found (up to 50) with its line.
pub fn parse_cohorts(text: &str, options: &CohortOptions) -> Result<CohortSet, Vec<CohortError>> {
    if text.len() > MAX_TEXT {
        return Err(vec![CohortError::whole(Text::new("retention-too-long").arg("max", MAX_TEXT))]);
    }
    let delimiter = options.delimiter.unwrap_or_else(|| detect_delimiter(text));
    let rows: Vec<(usize, Vec<String>)> = text
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, split_line(l.trim_start_matches('\u{feff}'), delimiter)))
        .filter(|(_, cells)| cells.iter().any(|c| !c.is_empty()))
        .collect();
    if rows.is_empty() {
        return Err(vec![CohortError::whole(Text::new("retention-empty"))]);
    }
    let decimal = options.decimal.unwrap_or_else(|| detect_decimal(&rows));
    let attempt = |layout: Layout| -> Result<CohortSet, Vec<CohortError>> {
        let (series, periods) = match layout {
            Layout::Rows => lay_out_rows(&rows, decimal)?,
            Layout::Columns => lay_out_columns(&rows)?,
        };
        build(series, periods, layout, options.kind, delimiter, decimal)
    };
    match options.layout {
        Some(layout) => attempt(layout),
        None => {
            let guess = guess_layout(&rows, decimal);
            let other = if guess == Layout::Rows { Layout::Columns } else { Layout::Rows };
            match attempt(guess) {
                Ok(set) => Ok(set),
                Err(errors) => attempt(other).map_err(|_| errors),
            }
        }
    }
}

/// A cell read as a number (a trailing `%` allowed), or `None`.
fn number(cell: &str, decimal: DecimalSeparator) -> Option<f64> {
    let t = cell.trim();
    let t = t.strip_suffix('%').map(str::trim_end).unwrap_or(t);
    if t.is_empty() {
        return None;
    }
    parse_amount_as(t, decimal).ok()
}

/// Decimal commas when more number cells show a decimal comma than a decimal dot. A cell with
/// one separator followed by exactly three digits (`1.100`, `2,500`) could be either and does
/// not count; with comma separators a comma can only be inside quotes.
fn detect_decimal(rows: &[(usize, Vec<String>)]) -> DecimalSeparator {
    let mut comma = 0usize;
    let mut dot = 0usize;
    for (_, cells) in rows.iter().take(200) {
        for c in cells {
            match decimal_of(c.trim().trim_end_matches('%').trim_end()) {
                Some(DecimalSeparator::Comma) => comma += 1,
                Some(DecimalSeparator::Dot) => dot += 1,
                None => {}
            }
        }
    }
    if comma > dot {
        DecimalSeparator::Comma
    } else {
        DecimalSeparator::Dot
    }
}

/// The decimal separator a number cell shows, if it shows one unambiguously.
fn decimal_of(t: &str) -> Option<DecimalSeparator> {
    let t = t.strip_prefix(['-', '+']).unwrap_or(t);
    if t.is_empty() || !t.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b',') {
        return None;
    }
    match (t.rfind(','), t.rfind('.')) {
        (Some(c), Some(d)) => Some(if c > d { DecimalSeparator::Comma } else { DecimalSeparator::Dot }),
        (None, None) => None,
        (Some(i), None) | (None, Some(i)) => {
            let sep = t.as_bytes()[i];
            let (before, after) = (&t[..i], &t[i + 1..]);
            let one = |s: u8| if s == b',' { DecimalSeparator::Comma } else { DecimalSeparator::Dot };
            let other = |s: u8| if s == b',' { DecimalSeparator::Dot } else { DecimalSeparator::Comma };
            if t.bytes().filter(|b| *b == sep).count() > 1 {
                // Several of them: they group thousands.
                Some(other(sep))
            } else if after.len() == 3 && !before.is_empty() && before.len() <= 3 && before != "0" {
                None
            } else {
                Some(one(sep))
            }
        }
    }
}

/// Labels 0, 1, 2, … or 1, 2, 3, … (at least two).
fn consecutive_integers(cells: &[String], decimal: DecimalSeparator) -> bool {
    let cells: Vec<&String> = cells.iter().filter(|c| !c.is_empty()).collect();
    if cells.len() < 2 {
        return false;
    }
    let values: Option<Vec<f64>> = cells.iter().map(|c| number(c, decimal)).collect();
    match values {
        Some(v) => (v[0] == 0.0 || v[0] == 1.0) && v.windows(2).all(|w| w[1] == w[0] + 1.0),
        None => false,
    }
}

/// Columns when the first line names cohorts in words and every later line starts with a
/// number (the period); rows otherwise, and always when the first line numbers the periods.
fn guess_layout(rows: &[(usize, Vec<String>)], decimal: DecimalSeparator) -> Layout {
    let first = &rows[0].1;
    let rest = first.get(1..).unwrap_or(&[]);
    if consecutive_integers(rest, decimal) {
        return Layout::Rows;
    }
    let words_on_top = rest.iter().any(|c| !c.is_empty() && number(c, decimal).is_none());
    let periods_down = rows.len() >= 2 && rows[1..].iter().all(|(_, c)| c.first().is_some_and(|p| number(p, decimal).is_some()));
    if words_on_top && periods_down {
        Layout::Columns
    } else {
        Layout::Rows
    }
}

/// Lay out rows: an optional header naming the periods, then one cohort per line.
fn lay_out_rows(
    rows: &[(usize, Vec<String>)],
    decimal: DecimalSeparator,
) -> Result<(Vec<RawSeries>, Vec<String>), Vec<CohortError>> {
    let first = &rows[0].1;
    let rest = first.get(1..).unwrap_or(&[]);
    let header = consecutive_integers(rest, decimal) || rest.iter().any(|c| !c.is_empty() && number(c, decimal).is_none());
    let mut periods: Vec<String> = if header { trimmed(rest).to_vec() } else { Vec::new() };
    let mut errors = Vec::new();
    let mut series = Vec::new();
    for (line, cells) in rows.iter().skip(usize::from(header)) {
        if series.len() >= 2 * MAX_COHORTS {
            errors.push(CohortError::whole(Text::new("retention-too-many-cohorts").arg("max", MAX_COHORTS)));
            break;
        }
        let name = cells.first().cloned().unwrap_or_default();
        let values = trimmed(cells.get(1..).unwrap_or(&[]));
        if name.is_empty() {
            errors.push(CohortError::at(*line, Text::new("retention-no-name")));
            continue;
        }
        if let Some(t) = values.iter().position(String::is_empty) {
            errors.push(CohortError::at(*line, Text::new("retention-gap").arg("cohort", name.as_str()).arg("t", t)));
            continue;
        }
        if values.len() > MAX_PERIODS {
            errors.push(CohortError::at(*line, Text::new("retention-too-many-periods").arg("max", MAX_PERIODS)));
            continue;
        }
        series.push(RawSeries { name, line: *line, cells: values.iter().map(|v| (*line, v.clone())).collect() });
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let longest = series.iter().map(|s| s.cells.len()).max().unwrap_or(0);
    while periods.len() < longest {
        periods.push(periods.len().to_string());
    }
    periods.truncate(longest);
    Ok((series, periods))
}

/// Lay out columns: the header names the cohorts, each later line is one period.
fn lay_out_columns(rows: &[(usize, Vec<String>)]) -> Result<(Vec<RawSeries>, Vec<String>), Vec<CohortError>> {
    let (header_line, header) = (&rows[0].0, &rows[0].1);
    let names = trimmed(header.get(1..).unwrap_or(&[]));
    let mut errors = Vec::new();
    if names.len() > 2 * MAX_COHORTS {
        return Err(vec![CohortError::at(*header_line, Text::new("retention-too-many-cohorts").arg("max", MAX_COHORTS))]);
    }
    if rows.len() - 1 > MAX_PERIODS {
        return Err(vec![CohortError::whole(Text::new("retention-too-many-periods").arg("max", MAX_PERIODS))]);
    }
    let mut series: Vec<RawSeries> =
        names.iter().map(|n| RawSeries { name: n.clone(), line: *header_line, cells: Vec::new() }).collect();
    // Where a cohort's column first went empty.
    let mut ended: Vec<Option<usize>> = vec![None; names.len()];
    let mut periods = Vec::new();
    for (line, cells) in &rows[1..] {
        periods.push(cells.first().cloned().unwrap_or_default());
        let values = cells.get(1..).unwrap_or(&[]);
        if trimmed(values).len() > names.len() {
            errors.push(CohortError::at(*line, Text::new("retention-extra-cells").arg("columns", names.len() + 1)));
            continue;
        }
        for (j, s) in series.iter_mut().enumerate() {
            let cell = values.get(j).map(String::as_str).unwrap_or("");
            if cell.is_empty() {
                if ended[j].is_none() {
                    ended[j] = Some(s.cells.len());
                }
            } else if let Some(t) = ended[j] {
                errors.push(CohortError::at(*line, Text::new("retention-gap").arg("cohort", s.name.as_str()).arg("t", t)));
            } else {
                s.cells.push((*line, cell.to_string()));
            }
        }
        if errors.len() >= MAX_ERRORS {
            break;
        }
    }
    for s in &series {
        if s.name.is_empty() && !s.cells.is_empty() {
            errors.push(CohortError::at(*header_line, Text::new("retention-no-name")));
        }
    }
    if !errors.is_empty() {
        errors.truncate(MAX_ERRORS);
        return Err(errors);
    }
    series.retain(|s| !s.name.is_empty());
    let longest = series.iter().map(|s| s.cells.len()).max().unwrap_or(0);
    periods.truncate(longest);
    Ok((series, periods))
}

/// The cells without the empty ones at the end.
fn trimmed(cells: &[String]) -> &[String] {
    let end = cells.iter().rposition(|c| !c.is_empty()).map_or(0, |i| i + 1);
    &cells[..end]
}

/// The cohort a revenue series belongs to: its name without the revenue marker, or `None` when
/// the name is not marked. A name that is only the marker gives `Some("")`.
fn revenue_base(name: &str) -> Option<String> {
    let mut s = name.trim();
    let paren = s.ends_with(')');
    if paren {
        s = s[..s.len() - 1].trim_end();
    }
    let total = s.chars().count();
    for marker in REVENUE_MARKERS {
        let m = marker.chars().count();
        if total < m {
            continue;
        }
        let cut = s.char_indices().nth(total - m).map_or(0, |(i, _)| i);
        if s[cut..].to_lowercase() != *marker {
            continue;
        }
        // The marker is a word of its own: "east revenue", "east (revenue)", "east: revenue".
        if s[..cut].chars().last().is_some_and(char::is_alphanumeric) {
            continue;
        }
        let mut base = s[..cut].trim_end();
        if paren {
            match base.strip_suffix('(') {
                Some(b) => base = b.trim_end(),
                None => continue,
            }
        }
        let base = base.trim_end_matches([':', '-', '–', '—', '_', '/', '|']).trim_end();
        return Some(base.to_string());
    }
    None
}

/// Read the values, choose the kind, check each cohort and attach revenue.
fn build(
    series: Vec<RawSeries>,
    periods: Vec<String>,
    layout: Layout,
    kind: Option<ValueKind>,
    delimiter: Delimiter,
    decimal: DecimalSeparator,
) -> Result<CohortSet, Vec<CohortError>> {
    let mut errors: Vec<CohortError> = Vec::new();
    let (revenue, survivors): (Vec<RawSeries>, Vec<RawSeries>) =
        series.into_iter().partition(|s| revenue_base(&s.name).is_some());
    if survivors.is_empty() {
        return Err(vec![CohortError::whole(Text::new("retention-empty"))]);
    }
    if survivors.len() > MAX_COHORTS {
        return Err(vec![CohortError::whole(Text::new("retention-too-many-cohorts").arg("max", MAX_COHORTS))]);
    }
    let kind = kind.unwrap_or_else(|| detect_kind(&survivors, decimal));
    let scale = match kind {
        ValueKind::Counts | ValueKind::Share => 1.0,
        ValueKind::Percent => 100.0,
    };
    let mut cohorts: Vec<Cohort> = Vec::new();
    let mut seen: std::collections::HashSet<&str> = std::collections::HashSet::new();
    for s in &survivors {
        if errors.len() >= MAX_ERRORS {
            break;
        }
        if !seen.insert(s.name.as_str()) {
            errors.push(CohortError::at(s.line, Text::new("retention-duplicate").arg("cohort", s.name.as_str())));
            continue;
        }
        let Some(values) = read_values(s, decimal, &mut errors) else { continue };
        let values: Vec<f64> = values.iter().map(|v| v / scale).collect();
        if check_survivors(s, &values, kind, &mut errors) {
            cohorts.push(Cohort { name: s.name.clone(), line: s.line, survivors: values, revenue: None });
        }
    }
    for r in &revenue {
        if errors.len() >= MAX_ERRORS {
            break;
        }
        let base = revenue_base(&r.name).unwrap_or_default();
        let Some(values) = read_values(r, decimal, &mut errors) else { continue };
        if let Some(t) = values.iter().position(|v| *v < 0.0) {
            let line = r.cells.get(t).map_or(r.line, |c| c.0);
            errors.push(CohortError::at(line, Text::new("retention-revenue-negative").arg("cohort", base.as_str()).arg("t", t)));
            continue;
        }
        match cohorts.iter_mut().find(|c| c.name == base) {
            None if base.is_empty() => errors.push(CohortError::at(r.line, Text::new("retention-revenue-no-name"))),
            None if survivors.iter().any(|s| s.name == base) => {} // its cohort had errors of its own
            None => errors.push(CohortError::at(r.line, Text::new("retention-revenue-orphan").arg("cohort", base.as_str()))),
            Some(c) if c.revenue.is_some() => {
                errors.push(CohortError::at(r.line, Text::new("retention-duplicate").arg("cohort", r.name.as_str())));
            }
            Some(c) if c.survivors.len() != values.len() => errors.push(CohortError::at(
                r.line,
                Text::new("retention-revenue-length")
                    .arg("cohort", base.as_str())
                    .arg("revenue", values.len())
                    .arg("survivors", c.survivors.len()),
            )),
            Some(c) => c.revenue = Some(values),
        }
    }
    if !errors.is_empty() {
        errors.truncate(MAX_ERRORS);
        return Err(errors);
    }
    Ok(CohortSet { cohorts, periods, layout, kind, delimiter, decimal })
}

/// Percentages when a survivor cell has a `%` or every cohort starts at 100 with a decimal
/// somewhere; shares when every cohort starts at 1 and no value is above 1 with a decimal
/// somewhere; counts otherwise.
fn detect_kind(survivors: &[RawSeries], decimal: DecimalSeparator) -> ValueKind {
    if survivors.iter().any(|s| s.cells.iter().any(|(_, c)| c.trim_end().ends_with('%'))) {
        return ValueKind::Percent;
    }
    let values: Vec<Vec<f64>> =
        survivors.iter().map(|s| s.cells.iter().filter_map(|(_, c)| number(c, decimal)).collect()).collect();
    let fractional = values.iter().flatten().any(|v| v.fract() != 0.0);
    let starts_at = |x: f64| values.iter().all(|v| v.first() == Some(&x) && v.iter().all(|y| *y <= x));
    if fractional && starts_at(1.0) {
        ValueKind::Share
    } else if fractional && starts_at(100.0) {
        ValueKind::Percent
    } else {
        ValueKind::Counts
    }
}

/// The numbers of a series, or `None` after recording the cells that are not numbers.
fn read_values(s: &RawSeries, decimal: DecimalSeparator, errors: &mut Vec<CohortError>) -> Option<Vec<f64>> {
    let mut out = Vec::with_capacity(s.cells.len());
    let mut ok = true;
    for (t, (line, cell)) in s.cells.iter().enumerate() {
        match number(cell, decimal) {
            Some(v) => out.push(v),
            None => {
                ok = false;
                if errors.len() < MAX_ERRORS {
                    errors.push(CohortError::at(
                        *line,
                        Text::new("retention-not-a-number").arg("text", excerpt(cell)).arg("cohort", s.name.as_str()).arg("t", t),
                    ));
                }
            }
        }
    }
    ok.then_some(out)
}

/// The survivor rules; records what breaks them and says whether the cohort passed.
fn check_survivors(s: &RawSeries, values: &[f64], kind: ValueKind, errors: &mut Vec<CohortError>) -> bool {
    let name = s.name.as_str();
    let line_of = |t: usize| s.cells.get(t).map_or(s.line, |c| c.0);
    if values.len() < 2 {
        errors.push(CohortError::at(s.line, Text::new("retention-too-few-periods").arg("cohort", name)));
        return false;
    }
    if let Some(t) = values.iter().position(|v| *v < 0.0) {
        errors.push(CohortError::at(line_of(t), Text::new("retention-negative").arg("cohort", name).arg("t", t)));
        return false;
    }
    if values[0] <= 0.0 {
        errors.push(CohortError::at(line_of(0), Text::new("retention-start-zero").arg("cohort", name)));
        return false;
    }
    if kind != ValueKind::Counts {
        if let Some(t) = values.iter().position(|v| *v > 1.0) {
            let shown = s.cells.get(t).map(|c| c.1.as_str()).unwrap_or("");
            errors.push(CohortError::at(
                line_of(t),
                Text::new("retention-above-all").arg("cohort", name).arg("text", excerpt(shown)),
            ));
            return false;
        }
    }
    if let Some(t) = (1..values.len()).find(|&t| values[t] > values[t - 1]) {
        let cell = |i: usize| s.cells.get(i).map(|c| c.1.clone()).unwrap_or_default();
        errors.push(CohortError::at(
            line_of(t),
            Text::new("retention-increase").arg("cohort", name).arg("t", t).arg("value", cell(t)).arg("previous", cell(t - 1)),
        ));
        return false;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> CohortSet {
        match parse_cohorts(text, &CohortOptions::default()) {
            Ok(set) => set,
            Err(e) => panic!("{:?}", e.iter().map(|e| e.text().english()).collect::<Vec<_>>()),
        }
    }

    fn errors(text: &str, options: CohortOptions) -> Vec<String> {
        match parse_cohorts(text, &options) {
            Ok(set) => panic!("read {set:?}"),
            Err(e) => e.iter().map(|e| e.text().english()).collect(),
        }
    }

    #[test]
    fn published_columns_are_read_with_their_names_and_periods() {
        let set = read("year,regular,high_end\n0,1000,1000\n1,631,869\n2,468,743\n");
        assert_eq!(set.layout, Layout::Columns);
        assert_eq!(set.kind, ValueKind::Counts);
        assert_eq!(set.delimiter, Delimiter::Comma);
        assert_eq!(set.periods, ["0", "1", "2"]);
        assert_eq!(set.cohorts.len(), 2);
        assert_eq!(set.cohorts[0].name, "regular");
        assert_eq!(set.cohorts[0].survivors, [1000.0, 631.0, 468.0]);
        assert_eq!(set.cohorts[1].survivors, [1000.0, 869.0, 743.0]);
        assert_eq!(set.cohorts[1].line, 1);
        assert_eq!(set.summary().english(), "2 cohorts, up to 3 periods");
    }

    #[test]
    fn the_summary_in_every_language_with_its_plurals() {
        use crate::i18n::{set_lang, Lang};
        let two = read("year,a,b\n0,10,5\n1,8,4\n2,7,3\n");
        let many = read(&(0..20).map(|i| format!("c{i},10,9\n")).collect::<String>());
        let one = read("a,10,9\na revenue,100,90\n");
        set_lang(Lang::Ro);
        let ro = [two.summary().to_string(), many.summary().to_string(), one.summary().to_string()];
        set_lang(Lang::Bg);
        let bg = [two.summary().to_string(), many.summary().to_string(), one.summary().to_string()];
        set_lang(Lang::En);
        assert_eq!(
            ro,
            ["2 cohorte, până la 3 perioade", "20 de cohorte, până la 2 perioade", "1 cohortă, până la 2 perioade, cu venituri"]
        );
        assert_eq!(bg, ["2 кохорти, до 3 периода", "20 кохорти, до 2 периода", "1 кохорта, до 2 периода, с приходи"]);
    }

    #[test]
    fn rows_with_a_period_header_and_younger_cohorts() {
        let set = read("cohort;0;1;2;3\nJan 2024;120;100;90;85\nFeb 2024;80;70;66;\nMar 2024;95;90;;\n");
        assert_eq!(set.layout, Layout::Rows);
        assert_eq!(set.delimiter, Delimiter::Semicolon);
        assert_eq!(set.periods, ["0", "1", "2", "3"]);
        assert_eq!(set.cohorts.iter().map(|c| c.survivors.len()).collect::<Vec<_>>(), [4, 3, 2]);
        assert_eq!(set.cohorts[2].line, 4);
        // Without a header the periods are numbered.
        let set = read("a,10,8,7\nb,20,15\n");
        assert_eq!(set.layout, Layout::Rows);
        assert_eq!(set.periods, ["0", "1", "2"]);
    }

    #[test]
    fn columns_with_younger_cohorts_leave_cells_empty_at_the_bottom() {
        let set = read("month\tA\tB\n0\t100\t50\n1\t80\t45\n2\t70\t\n");
        assert_eq!(set.delimiter, Delimiter::Tab);
        assert_eq!(set.cohorts[1].survivors, [50.0, 45.0]);
        assert_eq!(set.periods, ["0", "1", "2"]);
    }

    #[test]
    fn percentages_shares_and_decimal_commas() {
        let set = read("cohort;0;1;2\nA;100%;63,1%;46,8%\nB;100%;70%;55,5%\n");
        assert_eq!(set.kind, ValueKind::Percent);
        assert_eq!(set.decimal, DecimalSeparator::Comma);
        assert!((set.cohorts[0].survivors[1] - 0.631).abs() < 1e-15);
        let set = read("cohort,0,1,2\nA,100,63.1,46.8\n");
        assert_eq!(set.kind, ValueKind::Percent);
        let set = read("A\t1\t0,631\t0,468\nB\t1\t0,7\t0,5\n");
        assert_eq!(set.kind, ValueKind::Share);
        assert_eq!(set.cohorts[1].survivors, [1.0, 0.7, 0.5]);
        // Whole numbers starting at 100 are counts unless told otherwise.
        assert_eq!(read("A,100,80,70\n").kind, ValueKind::Counts);
        let told =
            parse_cohorts("A,100,80,70\n", &CohortOptions { kind: Some(ValueKind::Percent), ..Default::default() }).unwrap();
        assert_eq!(told.cohorts[0].survivors, [1.0, 0.8, 0.7]);
        // Shares need a size to be counts.
        assert!(told.counts(None).is_err());
        assert_eq!(told.counts(Some(1000.0)).unwrap()[0], [1000.0, 800.0, 700.0]);
        assert_eq!(read("A,10,8\n").counts(None).unwrap()[0], [10.0, 8.0]);
    }

    #[test]
    fn revenue_marked_in_names_in_either_layout() {
        let set =
            read("cohort,0,1,2\n2023,100,80,70\n2023 revenue,10000,9500,9800\n2024,50,45,\n2024 (Revenue),\"5000\",4000,\n");
        assert_eq!(set.cohorts.len(), 2);
        assert_eq!(set.cohorts[0].revenue.as_deref(), Some(&[10000.0, 9500.0, 9800.0][..]));
        assert_eq!(set.cohorts[1].revenue.as_deref(), Some(&[5000.0, 4000.0][..]));
        assert_eq!(set.summary().english(), "2 cohorts, up to 3 periods, with revenue");
        let set = read("year;east;east: venit;west\n0;10;1.000,50;20\n1;9;1.100;15\n");
        assert_eq!(set.layout, Layout::Columns);
        assert_eq!(set.cohorts.len(), 2);
        assert_eq!(set.cohorts[0].revenue.as_deref(), Some(&[1000.5, 1100.0][..]));
        assert_eq!(set.cohorts[1].revenue, None);
        // A name that merely ends in the letters is a cohort.
        assert_eq!(revenue_base("Prevenue"), None);
        assert_eq!(revenue_base("Nord — приходи").as_deref(), Some("Nord"));
        assert_eq!(revenue_base("revenue").as_deref(), Some(""));
        let e = errors("A,10,8\nRevenue,5,4\n", CohortOptions::default());
        assert_eq!(e, ["Line 2: Revenue needs the name of its cohort before the word “revenue”."]);
        assert_eq!(decimal_of("0,631"), Some(DecimalSeparator::Comma));
        assert_eq!(decimal_of("1.100"), None);
        assert_eq!(decimal_of("1.234.567"), Some(DecimalSeparator::Comma));
        assert_eq!(decimal_of("12,5"), Some(DecimalSeparator::Comma));
        assert_eq!(decimal_of("1,234.5"), Some(DecimalSeparator::Dot));
    }

    #[test]
    fn the_layout_falls_back_when_the_guess_cannot_be_read_and_can_be_forced() {
        // Looks like columns (words on top, numbers down), but reads only as rows.
        let set = read("Cohort;Month 0;Month 1\n2019;1000;800\n2020;1200;900\n");
        assert_eq!(set.layout, Layout::Rows);
        assert_eq!(set.cohorts[1].name, "2020");
        assert_eq!(set.periods, ["Month 0", "Month 1"]);
        let forced = errors(
            "Cohort;Month 0;Month 1\n2019;1000;800\n2020;1200;900\n",
            CohortOptions { layout: Some(Layout::Columns), ..Default::default() },
        );
        assert_eq!(
            forced,
            [
                "Line 3: Month 0: survivors rise from 1000 to 1200 at t = 1; a cohort can only shrink.",
                "Line 3: Month 1: survivors rise from 800 to 900 at t = 1; a cohort can only shrink.",
            ]
        );
    }

    #[test]
    fn problems_are_listed_with_their_lines_in_words() {
        let e = errors("cohort,0,1,2\nA,100,110,90\nB,abc,5,4\nC,10\n,5,4\nD,0,0\nE,5,-1\n", CohortOptions::default());
        assert_eq!(e, ["Line 5: A cohort needs a name in its first cell.",]);
        let e = errors("cohort,0,1,2\nA,100,110,90\nB,abc,5,4\nC,10\nD,0,0\nE,5,-1\nA,3,2\n", CohortOptions::default());
        assert_eq!(
            e,
            [
                "Line 2: A: survivors rise from 100 to 110 at t = 1; a cohort can only shrink.",
                "Line 3: “abc” is not a number (B, t = 0).",
                "Line 4: C needs at least two periods: its start and one more.",
                "Line 5: D starts with no customers.",
                "Line 6: E: survivors cannot be negative (t = 1).",
                "Line 7: The cohort A appears twice.",
            ]
        );
        let e = errors("A,10,,8\n", CohortOptions::default());
        assert_eq!(e, ["Line 1: A has an empty cell at t = 1 and values after it."]);
        let e = errors("A;100%;120%\n", CohortOptions::default());
        assert_eq!(e, ["Line 1: A: 120% is more than the whole cohort."]);
        let e = errors("A,10,8\nB revenue,5,4\nA revenue,1,2,3\n", CohortOptions::default());
        assert_eq!(
            e,
            [
                "Line 2: Revenue is given for B, but there is no cohort of that name.",
                "Line 3: A: revenue for 3 periods but survivors for 2.",
            ]
        );
        let e = errors("A,10,8\nA revenue,5,-4\n", CohortOptions::default());
        assert_eq!(e, ["Line 2: A: revenue cannot be negative (t = 1)."]);
        assert_eq!(errors("\n ;; \n", CohortOptions::default()), ["The text holds no cohort table."]);
        let e = errors("year,a,b\n0,10,5\n1,8,4,3\n", CohortOptions { layout: Some(Layout::Columns), ..Default::default() });
        assert_eq!(e, ["Line 3: More cells than the header's 3 columns."]);
    }

    #[test]
    fn limits_are_refused_in_words() {
        let long = "x".repeat(MAX_TEXT + 1);
        assert_eq!(errors(&long, CohortOptions::default()).len(), 1);
        let wide = format!("A,{}\n", vec!["1"; MAX_PERIODS + 1].join(","));
        assert_eq!(errors(&wide, CohortOptions::default()), ["Line 1: At most 1,200 periods."]);
    }
}

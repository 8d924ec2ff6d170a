//! One CSV reader and writer for every file format of the app: delimiter detection, splitting a
//! line with quotes, the line-numbered row error, and the cells written for spreadsheets (text
//! cells neutralised against formulas, numbers with dot decimals).

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::i18n::Text;

/// How fields are separated.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Delimiter {
    Comma,
    Semicolon,
    Tab,
    Pipe,
    /// One or more spaces or tabs (fixed-width-looking text such as `CDNOW_sample.txt`).
    Whitespace,
}

/// A row that could not be read.
#[derive(Clone, Debug, PartialEq)]
pub struct RowError {
    /// 1-based line number in the text.
    pub line: usize,
    /// What is wrong, in the reader's language.
    pub message: Text,
}

impl RowError {
    /// "Line 12: …", with the line number as written (not grouped: "line 1234").
    pub fn text(&self) -> Text {
        Text::new("data-rows-line-error").arg("line", self.line.to_string()).arg("message", self.message.clone())
    }
}

/// Split one line into fields.
pub fn split_line(line: &str, delimiter: Delimiter) -> Vec<String> {
    let sep = match delimiter {
        Delimiter::Whitespace => return line.split_whitespace().map(str::to_string).collect(),
        Delimiter::Comma => ',',
        Delimiter::Semicolon => ';',
        Delimiter::Tab => '\t',
        Delimiter::Pipe => '|',
    };
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut in_quotes = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        if in_quotes {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    field.push('"');
                    chars.next();
                } else {
                    in_quotes = false;
                }
            } else {
                field.push(c);
            }
        } else if c == '"' && field.trim().is_empty() {
            field.clear();
            in_quotes = true;
        } else if c == sep {
            fields.push(std::mem::take(&mut field).trim().to_string());
        } else {
            field.push(c);
        }
    }
    fields.push(field.trim().to_string());
    fields
}

pub fn non_empty_lines(text: &str, max: usize) -> Vec<&str> {
    text.lines().map(|l| l.trim_start_matches('\u{feff}')).filter(|l| !l.trim().is_empty()).take(max).collect()
}

/// Guess the delimiter from sample lines: the candidate that splits (nearly) every line into the
/// same number (≥ 2) of fields, preferring more fields, then tab, semicolon, pipe, comma;
/// whitespace when no character works.
pub fn detect_delimiter(text: &str) -> Delimiter {
    let lines = non_empty_lines(text, 50);
    if lines.is_empty() {
        return Delimiter::Comma;
    }
    let mut best: Option<(f64, usize, Delimiter)> = None;
    for d in [Delimiter::Tab, Delimiter::Semicolon, Delimiter::Pipe, Delimiter::Comma, Delimiter::Whitespace] {
        let counts: Vec<usize> = lines.iter().map(|l| split_line(l, d).len()).collect();
        let mut freq: HashMap<usize, usize> = HashMap::new();
        for c in &counts {
            *freq.entry(*c).or_default() += 1;
        }
        let (mode, hits) = freq.iter().max_by_key(|(k, v)| (**v, **k)).map(|(k, v)| (*k, *v)).unwrap_or((0, 0));
        if mode < 2 {
            continue;
        }
        let share = hits as f64 / lines.len() as f64;
        if share < 0.9 {
            continue;
        }
        // Whitespace only when no character delimiter qualifies.
        if d == Delimiter::Whitespace && best.is_some() {
            continue;
        }
        let better = match best {
            None => true,
            Some((s, m, _)) => share > s + 1e-9 || ((share - s).abs() <= 1e-9 && mode > m),
        };
        if better {
            best = Some((share, mode, d));
        }
    }
    best.map(|b| b.2).unwrap_or(Delimiter::Comma)
}

/// A text cell for a spreadsheet: a leading `=`, `+`, `-`, `@`, tab or carriage return would make
/// Excel or LibreOffice run it as a formula, so such cells get a leading apostrophe; cells with a
/// comma, quote or line break are quoted (RFC 4180).
pub fn text_cell(s: &str) -> String {
    let guarded = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{s}") } else { s.to_string() };
    if guarded.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

/// A number cell: dot decimals; whole numbers without decimals; otherwise the shortest text that
/// reads back as the same number (`max_decimals` `None`) or at most `max_decimals` decimals with
/// trailing zeros dropped; an empty cell for a value that is not a finite number.
pub fn number_cell(v: f64, max_decimals: Option<usize>) -> String {
    if !v.is_finite() {
        return String::new();
    }
    if v.fract() == 0.0 && v.abs() < 1e15 {
        return format!("{v:.0}");
    }
    let Some(d) = max_decimals else { return format!("{v}") };
    let s = format!("{v:.d$}");
    let s = if s.contains('.') { s.trim_end_matches('0').trim_end_matches('.').to_string() } else { s };
    if s == "-0" {
        "0".to_string()
    } else {
        s
    }
}

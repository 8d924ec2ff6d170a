//! Per-customer purchase values as CSV: one line per customer, every customer.

use std::fmt::Write;

use crate::engine::btyd::{CustomerRow, CustomerValue};
use crate::engine::util::csv::text_cell;

/// The export file's header.
pub const EXPORT_HEADER: &str = "customer_id,frequency,recency,T,monetary_value,p_alive,expected_purchases,expected_spend,clv";

/// The header of [`export_rows_csv`]: [`EXPORT_HEADER`]'s columns, then `problem`.
pub const ROWS_EXPORT_HEADER: &str =
    "customer_id,frequency,recency,T,monetary_value,p_alive,expected_purchases,expected_spend,clv,problem";

/// The export CSV (header plus one line per customer, `\n` line ends).
pub fn export_csv(values: &[CustomerValue]) -> String {
    let mut out = format!("{EXPORT_HEADER}\n");
    out.push_str(&export_rows(values));
    out
}

/// The lines of `values`, without the header.
fn export_rows(values: &[CustomerValue]) -> String {
    let mut out = String::with_capacity(64 * values.len());
    for v in values {
        history_cells(&mut out, v);
        figure_cells(&mut out, v);
        out.push('\n');
    }
    out
}

/// The export CSV of a value table, flagged rows included (header [`ROWS_EXPORT_HEADER`], one
/// line per row, `\n` line ends). A computed row is written as [`export_csv`] writes it, with an
/// empty `problem`. A flagged row keeps its history (id, frequency, recency, T, monetary value),
/// leaves the four model figures empty (a spreadsheet's SUM and AVERAGE then skip it, where a 0
/// would pull an average down), and says why in `problem`, in the reader's language.
pub fn export_rows_csv(rows: &[CustomerRow]) -> String {
    let mut out = format!("{ROWS_EXPORT_HEADER}\n");
    out.push_str(&row_lines(rows));
    out
}

/// [`export_rows_csv`] in parts of at most `per_part` rows each (the first part is the header):
/// what the browser is handed for a history of any size, so no single string holds every customer.
pub fn export_rows_csv_parts(rows: &[CustomerRow], per_part: usize) -> Vec<String> {
    let mut parts = vec![format!("{ROWS_EXPORT_HEADER}\n")];
    parts.extend(rows.chunks(per_part.max(1)).map(row_lines));
    parts
}

/// The lines of `rows`, without the header.
fn row_lines(rows: &[CustomerRow]) -> String {
    let mut out = String::with_capacity(72 * rows.len());
    for row in rows {
        history_cells(&mut out, &row.value);
        match &row.problem {
            None => {
                figure_cells(&mut out, &row.value);
                out.push(',');
            }
            Some(problem) => {
                out.push_str(",,,,,");
                out.push_str(&text_cell(&problem.to_string()));
            }
        }
        out.push('\n');
    }
    out
}

/// `customer_id,frequency,recency,T,monetary_value` (no trailing comma).
fn history_cells(out: &mut String, v: &CustomerValue) {
    // Writing to a String cannot fail.
    let _ = write!(out, "{},{},{:.4},{:.4},{:.2}", text_cell(&v.id), v.frequency, v.recency, v.age, v.monetary);
}

/// `,p_alive,expected_purchases,expected_spend,clv`.
fn figure_cells(out: &mut String, v: &CustomerValue) {
    let _ = write!(out, ",{:.6},{:.6},{:.2},{:.2}", v.p_alive, v.expected_purchases, v.expected_spend, v.clv);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(id: &str, p_alive: f64) -> CustomerRow {
        CustomerRow { value: value(id, p_alive), problem: None }
    }

    fn value(id: &str, p_alive: f64) -> CustomerValue {
        CustomerValue {
            id: id.into(),
            frequency: 2,
            recency: 10.0,
            age: 20.0,
            monetary: 5.5,
            p_alive,
            expected_purchases: 1.25,
            expected_spend: 5.5,
            clv: 3.0,
        }
    }

    #[test]
    fn the_parts_joined_are_the_whole_file() {
        let mut rows: Vec<_> = (0..23).map(|i| row(&format!("c{i}"), i as f64 / 23.0)).collect();
        rows[7].problem = Some(crate::i18n::Text::new("data-model-not-finite"));
        let parts = export_rows_csv_parts(&rows, 5);
        assert_eq!(parts.len(), 1 + 5, "the header and five parts of at most five customers");
        assert_eq!(parts.concat(), export_rows_csv(&rows));
        assert_eq!(export_rows_csv_parts(&[], 5).concat(), format!("{ROWS_EXPORT_HEADER}\n"));
    }
}

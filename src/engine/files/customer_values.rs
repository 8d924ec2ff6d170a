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
    let mut out = String::with_capacity(64 * (values.len() + 1));
    out.push_str(EXPORT_HEADER);
    out.push('\n');
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
    let mut out = String::with_capacity(72 * (rows.len() + 1));
    out.push_str(ROWS_EXPORT_HEADER);
    out.push('\n');
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

//! Per-customer purchase values as CSV: one line per customer, every customer.

use crate::engine::btyd::CustomerValue;
use crate::engine::util::csv::text_cell;

/// The export file's header.
pub const EXPORT_HEADER: &str = "customer_id,frequency,recency,T,monetary_value,p_alive,expected_purchases,expected_spend,clv";

/// The export CSV (header plus one line per customer, `\n` line ends).
pub fn export_csv(values: &[CustomerValue]) -> String {
    let mut out = format!("{EXPORT_HEADER}\n");
    out.push_str(&export_rows(values));
    out
}

/// The export CSV in parts of at most `rows` customers each (the first part is the header): what
/// the browser is handed for a history of any size, so no single string holds every customer.
pub fn export_csv_parts(values: &[CustomerValue], rows: usize) -> Vec<String> {
    let mut parts = vec![format!("{EXPORT_HEADER}\n")];
    parts.extend(values.chunks(rows.max(1)).map(export_rows));
    parts
}

/// The lines of `values`, without the header.
fn export_rows(values: &[CustomerValue]) -> String {
    let mut out = String::with_capacity(64 * values.len());
    for v in values {
        out.push_str(&format!(
            "{},{},{:.4},{:.4},{:.2},{:.6},{:.6},{:.2},{:.2}\n",
            text_cell(&v.id),
            v.frequency,
            v.recency,
            v.age,
            v.monetary,
            v.p_alive,
            v.expected_purchases,
            v.expected_spend,
            v.clv
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let values: Vec<_> = (0..23).map(|i| value(&format!("c{i}"), i as f64 / 23.0)).collect();
        let parts = export_csv_parts(&values, 5);
        assert_eq!(parts.len(), 1 + 5, "the header and five parts of at most five customers");
        assert_eq!(parts.concat(), export_csv(&values));
        assert_eq!(export_csv_parts(&[], 5).concat(), format!("{EXPORT_HEADER}\n"));
    }
}

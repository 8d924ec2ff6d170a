//! Per-customer purchase values as CSV: one line per customer, every customer.

use crate::engine::btyd::CustomerValue;
use crate::engine::util::csv::text_cell;

/// The export file's header.
pub const EXPORT_HEADER: &str = "customer_id,frequency,recency,T,monetary_value,p_alive,expected_purchases,expected_spend,clv";

/// The export CSV (header plus one line per customer, `\n` line ends).
pub fn export_csv(values: &[CustomerValue]) -> String {
    let mut out = String::with_capacity(64 * (values.len() + 1));
    out.push_str(EXPORT_HEADER);
    out.push('\n');
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

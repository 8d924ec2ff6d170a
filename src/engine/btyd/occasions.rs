//! Purchase histories counted per occasion (year, quarter or month) for BG/BB: every purchase
//! falls in one occasion, several purchases in one occasion count once.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use super::bgbb::OccasionHistory;
use super::error::BtydError;
use super::transactions::TransactionSet;
use crate::i18n::Text;

/// The length of one purchase occasion.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OccasionUnit {
    Years,
    Quarters,
    Months,
}

impl OccasionUnit {
    /// Stable key (`years`, `quarters`, `months`), what the message files select the word on.
    pub fn key(self) -> &'static str {
        match self {
            OccasionUnit::Years => "years",
            OccasionUnit::Quarters => "quarters",
            OccasionUnit::Months => "months",
        }
    }

    /// The occasion a date falls in, counted from year 0.
    pub fn index(self, d: NaiveDate) -> i64 {
        let (y, m) = (i64::from(d.year()), i64::from(d.month0()));
        match self {
            OccasionUnit::Years => y,
            OccasionUnit::Quarters => y * 4 + m / 3,
            OccasionUnit::Months => y * 12 + m,
        }
    }
}

/// Each customer's history (x, t_x, n) in occasions up to the one containing `end` (purchases
/// after `end` are ignored), counted from their first occasion; identical histories are merged
/// with weights. Customers first seen in the last occasion (n = 0) tell nothing and are left out.
pub fn occasion_histories(data: &TransactionSet, unit: OccasionUnit, end: NaiveDate) -> Result<Vec<OccasionHistory>, BtydError> {
    let last = unit.index(end);
    let mut seen: HashMap<u32, BTreeSet<i64>> = HashMap::new();
    for t in data.transactions.iter().filter(|t| t.date <= end) {
        seen.entry(t.customer).or_default().insert(unit.index(t.date));
    }
    let mut merged: BTreeMap<(u32, u32, u32), f64> = BTreeMap::new();
    for occasions in seen.values() {
        let (Some(&first), Some(&latest)) = (occasions.first(), occasions.last()) else { continue };
        let n = last - first;
        if n <= 0 {
            continue;
        }
        let x = occasions.len() as u32 - 1;
        let key = (x, (latest - first) as u32, n as u32);
        *merged.entry(key).or_default() += 1.0;
    }
    if merged.is_empty() {
        return Err(BtydError::Input(Text::new("data-study-no-buyer")));
    }
    Ok(merged
        .into_iter()
        .map(|((frequency, recency, periods), weight)| OccasionHistory { frequency, recency, periods, weight })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::btyd::transactions::Transaction;

    #[test]
    fn purchases_are_counted_once_per_occasion() {
        let d = |s| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let tx = |c, s| Transaction { customer: c, date: d(s), amount: 1.0, quantity: None };
        let data = TransactionSet {
            customer_ids: vec!["a".into(), "b".into(), "c".into()],
            transactions: vec![
                tx(0, "2020-03-01"),
                tx(0, "2020-11-01"), // same year: once
                tx(0, "2022-05-01"),
                tx(1, "2021-01-05"),
                tx(2, "2025-02-01"), // first seen in the last year: left out
                tx(0, "2026-01-01"), // after the end
            ],
        };
        let h = occasion_histories(&data, OccasionUnit::Years, d("2025-12-31")).unwrap();
        assert_eq!(
            h,
            vec![
                OccasionHistory { frequency: 0, recency: 0, periods: 4, weight: 1.0 },
                OccasionHistory { frequency: 1, recency: 2, periods: 5, weight: 1.0 },
            ]
        );
        assert_eq!(OccasionUnit::Quarters.index(d("2020-04-01")) - OccasionUnit::Quarters.index(d("2020-03-31")), 1);
    }
}

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

    /// The first day of occasion `index` (the inverse of [`OccasionUnit::index`]).
    pub fn start(self, index: i64) -> Option<NaiveDate> {
        let (year, month0) = match self {
            OccasionUnit::Years => (index, 0),
            OccasionUnit::Quarters => (index.div_euclid(4), index.rem_euclid(4) * 3),
            OccasionUnit::Months => (index.div_euclid(12), index.rem_euclid(12)),
        };
        NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, u32::try_from(month0 + 1).ok()?, 1)
    }

    /// The last occasion that is over by `end` (whose last day is `end` or earlier).
    pub fn last_whole(self, end: NaiveDate) -> i64 {
        match end.succ_opt() {
            Some(next) if self.index(next) == self.index(end) => self.index(end) - 1,
            _ => self.index(end),
        }
    }
}

/// A purchase history counted per occasion, as [`count_occasions`] finds it.
#[derive(Clone, Debug, PartialEq)]
pub struct OccasionCount {
    /// The weighted (x, t_x, n) patterns, in order of (x, t_x, n).
    pub histories: Vec<OccasionHistory>,
    /// The first occasion with a purchase and the last whole occasion (indices of [`OccasionUnit::index`]).
    pub first: i64,
    pub last: i64,
    /// Purchases counted (up to the end of the last whole occasion).
    pub purchases: usize,
    /// The occasion containing the observation end was not over: its purchases (and later ones)
    /// are left out.
    pub partial_left_out: bool,
}

impl OccasionCount {
    /// Whole occasions observed, from the first purchase's occasion to the last whole one.
    pub fn occasions(&self) -> i64 {
        self.last - self.first + 1
    }
}

/// Each customer's history (x, t_x, n) in whole occasions up to `end`, counted from the occasion of
/// their first purchase (occasion 0); identical histories are merged with weights.
///
/// Only occasions that are over by `end` count (their last day is `end` or earlier): purchases in
/// a partial last occasion, and after `end`, are left out, since the customers who will still buy
/// in it have not yet had the chance. Customers first seen in the last whole occasion (n = 0) tell
/// nothing and are left out. Refused in words: no purchase in a whole occasion, a history shorter
/// than one occasion, fewer than 2 whole occasions, every customer with the same history.
pub fn count_occasions(data: &TransactionSet, unit: OccasionUnit, end: NaiveDate) -> Result<OccasionCount, BtydError> {
    let last = unit.last_whole(end);
    let mut seen: HashMap<u32, BTreeSet<i64>> = HashMap::new();
    let mut purchases = 0;
    let mut partial_left_out = false;
    for t in &data.transactions {
        let k = unit.index(t.date);
        if k > last {
            partial_left_out |= t.date <= end;
            continue;
        }
        purchases += 1;
        seen.entry(t.customer).or_default().insert(k);
    }
    let unit_arg = || unit.key();
    let Some(first) = seen.values().filter_map(|s| s.first().copied()).min() else {
        return Err(BtydError::Input(match data.date_range() {
            Some((from, _)) if from <= end && unit.index(from) > last => {
                Text::new("data-occasions-shorter-than-one").arg("from", from).arg("to", end).arg("unit", unit_arg())
            }
            _ => Text::new("data-occasions-none-whole").arg("end", end).arg("unit", unit_arg()),
        }));
    };
    if last - first + 1 < 2 {
        return Err(BtydError::Input(
            Text::new("data-occasions-too-few").arg("n", last - first + 1).arg("unit", unit_arg()).arg("end", end),
        ));
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
    // At least one customer was first seen before the last whole occasion (2 occasions or more),
    // so there is at least one history.
    if let (1, Some(&(x, tx, n))) = (merged.len(), merged.keys().next()) {
        return Err(BtydError::Input(Text::new("data-occasions-one-pattern").arg("x", x).arg("tx", tx).arg("n", n)));
    }
    let histories = merged
        .into_iter()
        .map(|((frequency, recency, periods), weight)| OccasionHistory { frequency, recency, periods, weight })
        .collect();
    Ok(OccasionCount { histories, first, last, purchases, partial_left_out })
}

/// Each customer's history (x, t_x, n) in whole occasions up to `end` ([`count_occasions`]'s
/// histories).
pub fn occasion_histories(data: &TransactionSet, unit: OccasionUnit, end: NaiveDate) -> Result<Vec<OccasionHistory>, BtydError> {
    count_occasions(data, unit, end).map(|c| c.histories)
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

    /// A small history in years, counted by hand. Observation end 2024-12-31: years 2019–2024
    /// are whole.
    /// - a: 2019 (twice), 2020, 2022 (three times) → first 2019, repeats in 2020 and 2022:
    ///   x = 2, t_x = 3, n = 5.
    /// - b: 2019, 2024 → x = 1, t_x = 5, n = 5.
    /// - c: 2019 only → x = 0, t_x = 0, n = 5.
    /// - d: 2021, 2022, 2023, 2024 → x = 3, t_x = 3, n = 3.
    /// - e: 2021 → x = 0, t_x = 0, n = 3; f the same (weight 2).
    /// - g: 2024 only → n = 0, left out.
    #[test]
    fn a_history_counted_by_hand_gives_the_same_patterns() {
        let d = |s| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let ids = ["a", "b", "c", "d", "e", "f", "g"];
        let rows = [
            (0, "2019-02-01"),
            (0, "2019-12-31"),
            (0, "2020-06-15"),
            (0, "2022-01-01"),
            (0, "2022-05-05"),
            (0, "2022-12-31"),
            (1, "2019-07-01"),
            (1, "2024-12-31"),
            (2, "2019-03-03"),
            (3, "2021-01-01"),
            (3, "2022-02-02"),
            (3, "2023-03-03"),
            (3, "2024-04-04"),
            (4, "2021-08-08"),
            (5, "2021-09-09"),
            (6, "2024-10-10"),
        ];
        let data = TransactionSet {
            customer_ids: ids.iter().map(|s| s.to_string()).collect(),
            transactions: rows
                .iter()
                .map(|&(c, s)| Transaction { customer: c, date: d(s), amount: 1.0, quantity: None })
                .collect(),
        };
        let h = |frequency, recency, periods, weight| OccasionHistory { frequency, recency, periods, weight };
        let count = count_occasions(&data, OccasionUnit::Years, d("2024-12-31")).unwrap();
        assert_eq!(count.histories, vec![h(0, 0, 3, 2.0), h(0, 0, 5, 1.0), h(1, 5, 5, 1.0), h(2, 3, 5, 1.0), h(3, 3, 3, 1.0)]);
        assert_eq!(
            (count.first, count.last, count.occasions(), count.purchases, count.partial_left_out),
            (2019, 2024, 6, 16, false)
        );
        // The same history observed to 2024-06-30: 2024 is not over, so its purchases are left out
        // (b has no repeat, d's last is 2023, g is not seen) and n is one less.
        let partial = count_occasions(&data, OccasionUnit::Years, d("2024-06-30")).unwrap();
        assert_eq!(partial.histories, vec![h(0, 0, 2, 2.0), h(0, 0, 4, 2.0), h(2, 2, 2, 1.0), h(2, 3, 4, 1.0)]);
        assert_eq!((partial.last, partial.purchases, partial.partial_left_out), (2023, 13, true));
        // Per quarter the same purchases make other patterns (d: 2021Q1 … 2024Q2, n = 13).
        let q = count_occasions(&data, OccasionUnit::Quarters, d("2024-12-31")).unwrap();
        assert!(q.histories.contains(&h(3, 13, 15, 1.0)), "{:?}", q.histories);
    }

    #[test]
    fn occasions_start_and_end_where_the_calendar_says() {
        let d = |s| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        for unit in [OccasionUnit::Years, OccasionUnit::Quarters, OccasionUnit::Months] {
            for day in ["2020-01-01", "2020-02-29", "2020-12-31", "2021-07-15"] {
                let k = unit.index(d(day));
                assert!(unit.start(k).unwrap() <= d(day) && d(day) < unit.start(k + 1).unwrap(), "{unit:?} {day}");
            }
        }
        assert_eq!(OccasionUnit::Years.last_whole(d("2020-12-31")), 2020);
        assert_eq!(OccasionUnit::Years.last_whole(d("2020-12-30")), 2019);
        assert_eq!(OccasionUnit::Quarters.last_whole(d("2020-03-31")), 2020 * 4);
        assert_eq!(OccasionUnit::Months.last_whole(d("2020-02-28")), 2020 * 12);
        assert_eq!(OccasionUnit::Months.last_whole(d("2020-02-29")), 2020 * 12 + 1);
    }

    #[test]
    fn histories_that_cannot_be_fitted_are_refused_in_words() {
        fn d(s: &str) -> NaiveDate {
            NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
        }
        let set = |rows: &[(u32, &str)]| TransactionSet {
            customer_ids: (0..4).map(|i| format!("c{i}")).collect(),
            transactions: rows
                .iter()
                .map(|&(c, s)| Transaction { customer: c, date: d(s), amount: 1.0, quantity: None })
                .collect(),
        };
        let key = |data: &TransactionSet, unit, end| match count_occasions(data, unit, d(end)) {
            Err(BtydError::Input(t)) => t.key,
            other => panic!("{other:?}"),
        };
        let short = set(&[(0, "2024-02-01"), (1, "2024-03-01"), (0, "2024-05-01")]);
        // Three months of purchases counted per year: shorter than one occasion.
        assert_eq!(key(&short, OccasionUnit::Years, "2024-05-31"), "data-occasions-shorter-than-one");
        // Per quarter: only Q1 is over by 2024-05-31, one whole occasion.
        assert_eq!(key(&short, OccasionUnit::Quarters, "2024-05-31"), "data-occasions-too-few");
        // Every customer with the same history (first in 2022, again in 2023).
        let same = set(&[(0, "2022-01-05"), (0, "2023-01-05"), (1, "2022-06-01"), (1, "2023-02-01")]);
        assert_eq!(key(&same, OccasionUnit::Years, "2023-12-31"), "data-occasions-one-pattern");
        // Everyone but one first seen in the last whole year (left out, n = 0): one history.
        let late = set(&[(0, "2023-01-05"), (1, "2023-02-01"), (2, "2022-12-31")]);
        assert_eq!(key(&late, OccasionUnit::Years, "2023-12-31"), "data-occasions-one-pattern");
        // Nothing before the end.
        assert_eq!(key(&set(&[(0, "2025-01-01")]), OccasionUnit::Years, "2024-12-31"), "data-occasions-none-whole");
    }
}

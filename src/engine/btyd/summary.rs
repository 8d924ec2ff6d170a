//! Per-customer summaries (frequency, recency, age, mean repeat spend) from transactions.

use super::error::BtydError;
use super::transactions::TransactionSet;
use crate::i18n::Text;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The time unit of recency, age, horizons and fitted rate parameters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum TimeUnit {
    Days,
    /// 7 days.
    Weeks,
    /// 30.4375 days (365.25 / 12: the average Gregorian month).
    Months,
}

impl TimeUnit {
    /// Length in days.
    pub fn days(self) -> f64 {
        match self {
            TimeUnit::Days => 1.0,
            TimeUnit::Weeks => 7.0,
            TimeUnit::Months => 30.4375,
        }
    }

    /// Stable key (`days`, `weeks`, `months`): what the message files select the unit's word on.
    pub fn key(self) -> &'static str {
        match self {
            TimeUnit::Days => "days",
            TimeUnit::Weeks => "weeks",
            TimeUnit::Months => "months",
        }
    }

    /// The unit's name in the plural ("weeks"), in the reader's language.
    pub fn label(self) -> Text {
        Text::new(match self {
            TimeUnit::Days => crate::k!("data-unit-days"),
            TimeUnit::Weeks => crate::k!("data-unit-weeks"),
            TimeUnit::Months => crate::k!("data-unit-months"),
        })
    }

    /// `n` units ("3 weeks", "1 week"), with the plural form `n` needs.
    pub fn count(self, n: f64) -> Text {
        Text::new(match self {
            TimeUnit::Days => crate::k!("data-unit-days-count"),
            TimeUnit::Weeks => crate::k!("data-unit-weeks-count"),
            TimeUnit::Months => crate::k!("data-unit-months-count"),
        })
        .arg("n", n)
    }
}

/// How to summarise.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct SummaryOptions {
    pub unit: TimeUnit,
    /// Last day observed (inclusive). Later transactions are ignored.
    #[serde(with = "crate::engine::util::parse::iso_date")]
    pub observation_end: NaiveDate,
    /// With a holdout: last day of the calibration period (inclusive). Frequency, recency, age and
    /// spend use only purchases up to it; purchases after it, up to `observation_end`, are counted
    /// as holdout purchases; customers whose first purchase is after it are left out.
    #[serde(default, with = "crate::engine::util::parse::iso_date_opt")]
    pub calibration_end: Option<NaiveDate>,
    /// Round recency and age to this many decimals (CDNOW's published summary uses 2, in weeks).
    pub round_decimals: Option<u32>,
}

/// One customer's summary. Times are in the summary's [`TimeUnit`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CustomerSummary {
    pub id: String,
    /// x: repeat purchases (purchase days after the first one; same-day purchases are one).
    pub frequency: u32,
    /// t_x: time from the first to the last purchase (0 without repeats).
    pub recency: f64,
    /// T: time from the first purchase to the end of calibration.
    pub age: f64,
    /// z̄: mean value of the repeat purchases (0 without repeats). The first purchase is left out,
    /// as in Fader & Hardie's Gamma-Gamma note.
    pub monetary: f64,
    #[serde(with = "crate::engine::util::parse::iso_date")]
    pub first_purchase: NaiveDate,
    /// Purchases (days) in the holdout period (0 without a holdout).
    pub holdout_frequency: u32,
}

/// The summaries plus the settings that produced them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    pub unit: TimeUnit,
    /// End of the period the frequencies describe (the calibration end with a holdout).
    #[serde(with = "crate::engine::util::parse::iso_date")]
    pub calibration_end: NaiveDate,
    /// End of the holdout (equal to `calibration_end` without one).
    #[serde(with = "crate::engine::util::parse::iso_date")]
    pub observation_end: NaiveDate,
    /// Holdout length in units (0 without a holdout).
    pub holdout_length: f64,
    pub customers: Vec<CustomerSummary>,
    /// Transactions dated after `observation_end`, ignored.
    pub transactions_after_end: usize,
}

impl Summary {
    /// True when a holdout period was split off.
    pub fn has_holdout(&self) -> bool {
        self.observation_end > self.calibration_end
    }

    /// Customers with at least one repeat purchase.
    pub fn repeat_buyers(&self) -> usize {
        self.customers.iter().filter(|c| c.frequency > 0).count()
    }
}

fn round_to(v: f64, decimals: Option<u32>) -> f64 {
    match decimals {
        Some(d) => {
            let f = 10f64.powi(d.min(12) as i32);
            (v * f).round() / f
        }
        None => v,
    }
}

/// How far after the last purchase the observation may end, in years: a later end is almost
/// surely a typing mistake (2205 for 2025), and would make every customer look long gone.
pub const MAX_YEARS_AFTER_LAST_PURCHASE: u32 = 10;

/// The data's first and last purchase dates, once the dates of `options` are checked against
/// them: the observation end must lie between the first purchase and
/// [`MAX_YEARS_AFTER_LAST_PURCHASE`] years after the last one, and the calibration end (when
/// given) between the first purchase and the observation end. Errors in words, with the dates.
pub fn check_dates(data: &TransactionSet, options: &SummaryOptions) -> Result<(NaiveDate, NaiveDate), BtydError> {
    let Some((first, last)) = data.date_range() else {
        return Err(BtydError::Input(Text::new("data-model-no-purchase")));
    };
    let end = options.observation_end;
    if end < first {
        return Err(BtydError::Input(Text::new("data-model-observation-before-data").arg("end", end).arg("first", first)));
    }
    // No limit when the limit itself is past the last date the calendar holds.
    let latest = last.checked_add_months(chrono::Months::new(12 * MAX_YEARS_AFTER_LAST_PURCHASE)).unwrap_or(NaiveDate::MAX);
    if end > latest {
        return Err(BtydError::Input(
            Text::new("data-model-observation-too-late")
                .arg("end", end)
                .arg("last", last)
                .arg("years", MAX_YEARS_AFTER_LAST_PURCHASE),
        ));
    }
    if let Some(cal) = options.calibration_end {
        if cal > end {
            return Err(BtydError::Input(Text::new("data-model-calibration-end")));
        }
        if cal < first {
            return Err(BtydError::Input(Text::new("data-model-calibration-before-data").arg("end", cal).arg("first", first)));
        }
    }
    Ok((first, last))
}

/// Build the per-customer summary. Customers keep the order of their first appearance in the
/// data. Errors when the dates do not fit the data ([`check_dates`]) or no customer made a
/// purchase by the calibration end.
pub fn summarize(data: &TransactionSet, options: &SummaryOptions) -> Result<Summary, BtydError> {
    check_dates(data, options)?;
    let cal_end = options.calibration_end.unwrap_or(options.observation_end);
    let unit_days = options.unit.days();
    // Purchases per customer as (date, amount), within the observation window.
    let mut per: Vec<Vec<(NaiveDate, f64)>> = vec![Vec::new(); data.customer_ids.len()];
    let mut after_end = 0;
    for t in &data.transactions {
        if t.date > options.observation_end {
            after_end += 1;
            continue;
        }
        match per.get_mut(t.customer as usize) {
            Some(v) => v.push((t.date, t.amount)),
            None => return Err(BtydError::Input(Text::new("data-model-unknown-customer").arg("index", t.customer.to_string()))),
        }
    }
    let mut customers = Vec::new();
    for (idx, purchases) in per.iter_mut().enumerate() {
        if purchases.is_empty() {
            continue;
        }
        crate::engine::util::sort::sort_by_key(purchases, |p| p.0);
        // Merge same-day purchases.
        let mut days: Vec<(NaiveDate, f64)> = Vec::with_capacity(purchases.len());
        for &(d, a) in purchases.iter() {
            match days.last_mut() {
                Some(last) if last.0 == d => last.1 += a,
                _ => days.push((d, a)),
            }
        }
        let first = days[0].0;
        if first > cal_end {
            continue;
        }
        let calibration: Vec<&(NaiveDate, f64)> = days.iter().filter(|p| p.0 <= cal_end).collect();
        let holdout = days.len() - calibration.len();
        let x = calibration.len() - 1;
        let last = calibration[x].0;
        let span = |from: NaiveDate, to: NaiveDate| (to - from).num_days() as f64 / unit_days;
        let monetary = if x > 0 { calibration[1..].iter().map(|p| p.1).sum::<f64>() / x as f64 } else { 0.0 };
        customers.push(CustomerSummary {
            id: data.customer_ids[idx].clone(),
            frequency: x as u32,
            recency: round_to(span(first, last), options.round_decimals),
            age: round_to(span(first, cal_end), options.round_decimals),
            monetary,
            first_purchase: first,
            holdout_frequency: holdout as u32,
        });
    }
    if customers.is_empty() {
        return Err(BtydError::Input(Text::new("data-model-no-purchase")));
    }
    Ok(Summary {
        unit: options.unit,
        calibration_end: cal_end,
        observation_end: options.observation_end,
        holdout_length: (options.observation_end - cal_end).num_days() as f64 / unit_days,
        customers,
        transactions_after_end: after_end,
    })
}

/// Check one customer's (x, t_x, T) before it reaches a model.
pub fn check_customer(x: f64, t_x: f64, age: f64) -> Result<(), BtydError> {
    let ok = x.is_finite()
        && t_x.is_finite()
        && age.is_finite()
        && x >= 0.0
        && x.fract() == 0.0
        && t_x >= 0.0
        && age >= 0.0
        && t_x <= age + 1e-9
        && (x > 0.0 || t_x == 0.0);
    if ok {
        Ok(())
    } else {
        Err(BtydError::Input(
            Text::new("data-model-customer-history")
                .arg("x", format!("{x}"))
                .arg("tx", format!("{t_x}"))
                .arg("age", format!("{age}")),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::btyd::transactions::Transaction;

    fn d(s: &str) -> NaiveDate {
        // Test constants are valid ISO dates.
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn data() -> TransactionSet {
        let t = |c: u32, date: &str, amount: f64| Transaction { customer: c, date: d(date), amount, quantity: None };
        TransactionSet {
            customer_ids: vec!["a".into(), "b".into(), "c".into()],
            transactions: vec![
                t(0, "2024-01-01", 10.0),
                t(0, "2024-01-01", 5.0), // same day: merged
                t(0, "2024-01-15", 20.0),
                t(0, "2024-01-29", 40.0),
                t(0, "2024-02-20", 7.0), // holdout
                t(1, "2024-01-08", 3.0),
                t(2, "2024-02-10", 9.0), // first purchase in the holdout: left out
                t(2, "2024-03-10", 9.0), // after the end: ignored
            ],
        }
    }

    #[test]
    fn frequency_recency_age_and_spend() {
        let opts = SummaryOptions {
            unit: TimeUnit::Weeks,
            observation_end: d("2024-01-29"),
            calibration_end: None,
            round_decimals: None,
        };
        let s = summarize(&data(), &opts).unwrap();
        let a = &s.customers[0];
        assert_eq!((a.frequency, a.recency, a.age, a.monetary), (2, 4.0, 4.0, 30.0));
        let b = &s.customers[1];
        assert_eq!((b.frequency, b.recency, b.age, b.monetary), (0, 0.0, 3.0, 0.0));
        assert_eq!(s.customers.len(), 2);
        assert_eq!(s.transactions_after_end, 3);
        assert!(!s.has_holdout());
    }

    #[test]
    fn holdout_counts() {
        let opts = SummaryOptions {
            unit: TimeUnit::Days,
            observation_end: d("2024-02-29"),
            calibration_end: Some(d("2024-01-31")),
            round_decimals: None,
        };
        let s = summarize(&data(), &opts).unwrap();
        assert_eq!(s.customers.len(), 2);
        assert_eq!(s.customers[0].holdout_frequency, 1);
        assert_eq!(s.customers[0].age, 30.0);
        assert_eq!(s.holdout_length, 29.0);
        assert!(s.has_holdout());
    }

    #[test]
    fn dates_outside_the_data_are_refused_in_words() {
        let opts = |end: &str, cal: Option<&str>| SummaryOptions {
            unit: TimeUnit::Days,
            observation_end: d(end),
            calibration_end: cal.map(d),
            round_decimals: None,
        };
        let key = |o: SummaryOptions| summarize(&data(), &o).err().map(|e| e.text().key);
        // The data run from 2024-01-01 to 2024-03-10.
        assert_eq!(key(opts("2023-12-31", None)), Some("data-model-observation-before-data"));
        assert_eq!(key(opts("2034-03-10", None)), None, "ten years after the last purchase");
        assert_eq!(key(opts("2034-03-11", None)), Some("data-model-observation-too-late"));
        assert_eq!(key(opts("2205-01-01", None)), Some("data-model-observation-too-late"));
        assert_eq!(key(opts("2024-02-29", Some("2023-12-31"))), Some("data-model-calibration-before-data"));
        assert_eq!(key(opts("2024-02-29", Some("2024-03-01"))), Some("data-model-calibration-end"));
        assert_eq!(key(opts("2024-02-29", Some("2024-01-01"))), None, "calibration may end on the first purchase");
        let e = summarize(&data(), &opts("2205-01-01", None)).unwrap_err().to_string();
        assert!(e.contains("10") && e.contains("2024"), "{e}");
        let empty = TransactionSet::default();
        assert_eq!(check_dates(&empty, &opts("2024-01-01", None)).unwrap_err().text().key, "data-model-no-purchase");
    }

    #[test]
    fn bad_options_and_histories() {
        let opts = SummaryOptions {
            unit: TimeUnit::Months,
            observation_end: d("2023-01-01"),
            calibration_end: None,
            round_decimals: None,
        };
        assert!(summarize(&data(), &opts).is_err());
        assert!(check_customer(1.0, 2.0, 1.0).is_err());
        assert!(check_customer(0.0, 1.0, 2.0).is_err());
        assert!(check_customer(1.5, 1.0, 2.0).is_err());
        assert!(check_customer(f64::NAN, 1.0, 2.0).is_err());
        assert!(check_customer(3.0, 1.0, 2.0).is_ok());
    }
}

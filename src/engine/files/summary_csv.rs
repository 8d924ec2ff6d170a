//! Summary import: a CSV of per-customer RFM summaries (`customer_id, frequency, recency, T[,
//! monetary_value]`, as a CRM or `lifetimes.utils.summary_data_from_transaction_data` writes them)
//! or of aggregated histories with a count column (`frequency, recency, periods, weights`, as
//! `donations.csv`), in a unit the user states. Format and checks: `docs/btyd.md`, "Summary import".

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::engine::btyd::occasions::OccasionUnit;
use crate::engine::btyd::{BtydError, CustomerSummary, OccasionHistory, TimeUnit};
use crate::engine::purchases::{study_from_customers, study_from_occasions, PurchaseStudy};
use crate::engine::util::csv::{detect_delimiter, split_line, RowError};
use crate::engine::util::parse::parse_amount;
use crate::i18n::Text;

/// The unit the summary's recency and T are in, as the user states it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SummaryUnit {
    /// Continuous time (BG/NBD, MBG/NBD, Pareto/NBD, Gamma-Gamma).
    Time(TimeUnit),
    /// Discrete occasions (BG/BB): recency and T are whole numbers of occasions.
    Occasions(OccasionUnit),
}

impl SummaryUnit {
    /// Every unit, in the order a form lists them.
    pub const ALL: [SummaryUnit; 6] = [
        SummaryUnit::Time(TimeUnit::Days),
        SummaryUnit::Time(TimeUnit::Weeks),
        SummaryUnit::Time(TimeUnit::Months),
        SummaryUnit::Occasions(OccasionUnit::Years),
        SummaryUnit::Occasions(OccasionUnit::Quarters),
        SummaryUnit::Occasions(OccasionUnit::Months),
    ];

    /// A stable key for a form's option (`weeks`, `occasions-years`).
    pub fn key(self) -> &'static str {
        match self {
            SummaryUnit::Time(TimeUnit::Days) => "days",
            SummaryUnit::Time(TimeUnit::Weeks) => "weeks",
            SummaryUnit::Time(TimeUnit::Months) => "months",
            SummaryUnit::Occasions(OccasionUnit::Years) => "occasions-years",
            SummaryUnit::Occasions(OccasionUnit::Quarters) => "occasions-quarters",
            SummaryUnit::Occasions(OccasionUnit::Months) => "occasions-months",
        }
    }

    /// The unit of a key.
    pub fn from_key(key: &str) -> Option<SummaryUnit> {
        SummaryUnit::ALL.into_iter().find(|u| u.key() == key)
    }

    /// The unit's name in the reader's language.
    pub fn label(self) -> Text {
        Text::new(match self {
            SummaryUnit::Time(TimeUnit::Days) => crate::k!("data-summary-unit-days"),
            SummaryUnit::Time(TimeUnit::Weeks) => crate::k!("data-summary-unit-weeks"),
            SummaryUnit::Time(TimeUnit::Months) => crate::k!("data-summary-unit-months"),
            SummaryUnit::Occasions(OccasionUnit::Years) => crate::k!("data-summary-unit-years-occasions"),
            SummaryUnit::Occasions(OccasionUnit::Quarters) => crate::k!("data-summary-unit-quarters-occasions"),
            SummaryUnit::Occasions(OccasionUnit::Months) => crate::k!("data-summary-unit-months-occasions"),
        })
    }
}

/// Row errors kept (all are counted).
const MAX_ERRORS: usize = 100;

/// The columns found in the header.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SummaryColumns {
    pub id: Option<usize>,
    pub frequency: usize,
    pub recency: usize,
    pub age: usize,
    pub monetary: Option<usize>,
    pub count: Option<usize>,
}

/// A summary file read: per-customer rows (continuous time) or weighted histories (occasions),
/// or the line-numbered reasons it cannot be used.
#[derive(Clone, Debug, PartialEq)]
pub struct SummaryFile {
    pub unit: SummaryUnit,
    pub columns: SummaryColumns,
    pub customers: Vec<CustomerSummary>,
    pub histories: Vec<OccasionHistory>,
    /// Customers the rows stand for (the sum of the counts).
    pub represented: f64,
    pub errors: Vec<RowError>,
    pub error_count: usize,
}

fn name_is(field: &str, names: &[&str]) -> bool {
    let f = field.trim().trim_matches('"').to_lowercase();
    names.contains(&f.as_str())
}

/// Find the columns by their header names (English, Romanian, Bulgarian).
pub fn summary_columns(header: &[String]) -> Result<SummaryColumns, Text> {
    let find = |names: &[&str]| header.iter().position(|h| name_is(h, names));
    let id = find(&["customer_id", "id", "customer", "client", "client_id", "id_client", "клиент"]);
    let frequency = find(&["frequency", "x", "repeat", "frecventa", "frecvență", "честота"]);
    let recency = find(&["recency", "t_x", "tx", "recenta", "recență", "давност"]);
    // `t` matches `T` (the names are compared in lower case).
    let age = find(&["t", "age", "periods", "n", "vechime", "perioade", "възраст", "периоди"]);
    let monetary = find(&["monetary_value", "monetary", "zbar", "spend", "valoare", "стойност"]);
    let count = find(&["count", "weights", "weight", "customers", "n_customers", "numar", "număr", "брой"]);
    match (frequency, recency, age) {
        (Some(frequency), Some(recency), Some(age)) => Ok(SummaryColumns { id, frequency, recency, age, monetary, count }),
        _ => Err(Text::new("data-summary-columns")),
    }
}

/// Read a summary CSV (the first non-empty line is the header). Every row is checked: numbers
/// non-negative, recency ≤ T, frequency 0 ⇒ recency 0, frequency (and, for occasions, recency
/// and T) whole numbers, at most one purchase per occasion (frequency ≤ recency), counts positive
/// whole numbers; a row that fails is reported with its line number and left out.
pub fn parse_summary(text: &str, unit: SummaryUnit) -> Result<SummaryFile, Text> {
    let delimiter = detect_delimiter(text);
    let mut lines =
        text.lines().enumerate().map(|(i, l)| (i + 1, l.trim_start_matches('\u{feff}'))).filter(|(_, l)| !l.trim().is_empty());
    let Some((_, header)) = lines.next() else { return Err(Text::new("data-summary-empty")) };
    let columns = summary_columns(&split_line(header, delimiter))?;
    let occasions = matches!(unit, SummaryUnit::Occasions(_));
    if !occasions && columns.id.is_none() {
        return Err(Text::new("data-summary-needs-id"));
    }
    let mut out = SummaryFile {
        unit,
        columns,
        customers: Vec::new(),
        histories: Vec::new(),
        represented: 0.0,
        errors: Vec::new(),
        error_count: 0,
    };
    let mut merged: BTreeMap<(u32, u32, u32), f64> = BTreeMap::new();
    for (line, l) in lines {
        let fields = split_line(l, delimiter);
        match read_row(&fields, &columns, occasions) {
            Ok(row) => {
                out.represented += row.count;
                if occasions {
                    *merged.entry((row.frequency, row.recency as u32, row.age as u32)).or_default() += row.count;
                } else {
                    out.customers.push(CustomerSummary {
                        id: row.id,
                        frequency: row.frequency,
                        recency: row.recency,
                        age: row.age,
                        monetary: row.monetary,
                        first_purchase: NaiveDate::default(),
                        holdout_frequency: 0,
                    });
                }
            }
            Err(message) => {
                out.error_count += 1;
                if out.errors.len() < MAX_ERRORS {
                    out.errors.push(RowError { line, message });
                }
            }
        }
    }
    out.histories = merged
        .into_iter()
        .map(|((frequency, recency, periods), weight)| OccasionHistory { frequency, recency, periods, weight })
        .collect();
    if out.error_count == 0 && out.customers.is_empty() && out.histories.is_empty() {
        return Err(Text::new("data-summary-empty"));
    }
    Ok(out)
}

struct Row {
    id: String,
    frequency: u32,
    recency: f64,
    age: f64,
    monetary: f64,
    count: f64,
}

fn read_row(fields: &[String], c: &SummaryColumns, occasions: bool) -> Result<Row, Text> {
    let cell = |i: usize, name: &'static str| -> Result<f64, Text> {
        let raw = fields.get(i).map(|s| s.trim()).unwrap_or("");
        if raw.is_empty() {
            return Err(Text::new("data-summary-missing").arg("column", name));
        }
        let v = parse_amount(raw).map_err(|_| Text::new("data-summary-not-number").arg("column", name).arg("value", raw))?;
        if v < 0.0 {
            return Err(Text::new("data-summary-negative").arg("column", name).arg("value", raw));
        }
        Ok(v)
    };
    let whole = |v: f64, name: &'static str| -> Result<f64, Text> {
        if v.fract() == 0.0 && v <= f64::from(u32::MAX) {
            Ok(v)
        } else {
            Err(Text::new("data-summary-not-whole").arg("column", name).arg("value", v.to_string()))
        }
    };
    let frequency = whole(cell(c.frequency, "frequency")?, "frequency")?;
    let mut recency = cell(c.recency, "recency")?;
    let mut age = cell(c.age, "T")?;
    if occasions {
        recency = whole(recency, "recency")?;
        age = whole(age, "T")?;
    }
    if recency > age {
        return Err(Text::new("data-summary-recency-after-age").arg("recency", recency.to_string()).arg("age", age.to_string()));
    }
    if frequency == 0.0 && recency != 0.0 {
        return Err(Text::new("data-summary-recency-without-repeat").arg("recency", recency.to_string()));
    }
    if occasions && frequency > recency {
        return Err(Text::new("data-summary-too-many-for-occasions")
            .arg("frequency", frequency.to_string())
            .arg("recency", recency.to_string()));
    }
    let monetary = match c.monetary {
        Some(i) if fields.get(i).is_some_and(|s| !s.trim().is_empty()) => cell(i, "monetary_value")?,
        _ => 0.0,
    };
    let count = match c.count {
        Some(i) => {
            let n = whole(cell(i, "count")?, "count")?;
            if n == 0.0 {
                return Err(Text::new("data-summary-zero-count"));
            }
            n
        }
        None => 1.0,
    };
    if !occasions && count != 1.0 {
        return Err(Text::new("data-summary-count-needs-occasions"));
    }
    let id = match c.id {
        Some(i) => fields.get(i).map(|s| s.trim().to_string()).unwrap_or_default(),
        None => String::new(),
    };
    if !occasions && id.is_empty() {
        return Err(Text::new("data-summary-missing").arg("column", "customer_id"));
    }
    Ok(Row { id, frequency: frequency as u32, recency, age, monetary, count })
}

impl SummaryFile {
    /// The study of this summary, as of `as_of` (the day the summary describes): the continuous
    /// models on per-customer rows, BG/BB on occasions. Refuses a file with row errors.
    pub fn study(&self, source: &str, as_of: NaiveDate) -> Result<PurchaseStudy, BtydError> {
        if self.error_count > 0 {
            return Err(BtydError::Input(Text::new("data-summary-has-errors").arg("n", self.error_count)));
        }
        match self.unit {
            SummaryUnit::Time(unit) => study_from_customers(source, unit, as_of, self.customers.clone()),
            SummaryUnit::Occasions(unit) => study_from_occasions(source, unit, as_of, self.histories.clone()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_that_break_the_rules_are_named_by_line() {
        let text = "customer_id,frequency,recency,T\nA,2,10,30\nB,0,5,30\nC,1,40,30\nD,1.5,3,30\nE,x,1,2\n\nF,0,0,12\n";
        let f = parse_summary(text, SummaryUnit::Time(TimeUnit::Weeks)).unwrap();
        assert_eq!(f.customers.len(), 2);
        let lines: Vec<(usize, &str)> = f.errors.iter().map(|e| (e.line, e.message.key)).collect();
        assert_eq!(
            lines,
            vec![
                (3, "data-summary-recency-without-repeat"),
                (4, "data-summary-recency-after-age"),
                (5, "data-summary-not-whole"),
                (6, "data-summary-not-number"),
            ]
        );
        assert_eq!(f.errors[1].text().to_string(), "Line 4: the last purchase (40) is after the end of the observation (30)");
        assert!(f.study("x.csv", NaiveDate::default()).is_err(), "a file with errors is refused");
    }

    #[test]
    fn occasions_need_whole_numbers_and_one_purchase_per_occasion() {
        let text = "frequency,recency,periods,weights\n0,0,6,10\n3,2,6,1\n1,1.5,6,1\n2,4,6,0\n2,4,6,5\n2,4,6,2\n";
        let f = parse_summary(text, SummaryUnit::Occasions(OccasionUnit::Years)).unwrap();
        assert_eq!(f.error_count, 3);
        assert_eq!(f.errors.iter().map(|e| e.line).collect::<Vec<_>>(), vec![3, 4, 5]);
        assert_eq!(f.histories.len(), 2, "identical histories merged: {:?}", f.histories);
        assert_eq!(f.histories[1].weight, 7.0);
        assert_eq!(f.represented, 17.0);
        assert_eq!(parse_summary("a,b\n1,2\n", SummaryUnit::Time(TimeUnit::Days)).unwrap_err().key, "data-summary-columns");
        let counted = "customer_id,frequency,recency,T,count\nA,1,2,3,4\n";
        let f = parse_summary(counted, SummaryUnit::Time(TimeUnit::Days)).unwrap();
        assert_eq!(f.errors[0].message.key, "data-summary-count-needs-occasions");
        for u in SummaryUnit::ALL {
            assert_eq!(SummaryUnit::from_key(u.key()), Some(u));
        }
    }
}

//! Checking a fitted model: holdout predictions by frequency group, per-customer error, the
//! P(alive) heat map and cumulative repeat purchases over time.

use super::error::BtydError;
use super::summary::{check_dates, Summary, SummaryOptions};
use super::transactions::TransactionSet;
use super::value::PurchaseModel;
use crate::i18n::Text;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

/// Mean holdout purchases, actual and predicted, of customers with the same calibration frequency.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FrequencyGroup {
    /// "0", "1", …, or "7+" for the top group.
    pub label: String,
    pub customers: usize,
    pub mean_actual: f64,
    pub mean_predicted: f64,
}

/// Holdout accuracy over all customers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HoldoutMetrics {
    pub customers: usize,
    pub total_actual: f64,
    pub total_predicted: f64,
    /// Mean over customers of |actual − predicted| holdout purchases.
    pub mean_absolute_error: f64,
    /// Per frequency group, 0 to `top_group` ("7+" with the default).
    pub groups: Vec<FrequencyGroup>,
}

/// The top frequency group of FHL 2005, Figure 4 ("7+").
pub const HOLDOUT_TOP_GROUP: u32 = 7;

/// Compare E[Y(holdout length) | x, t_x, T] with the holdout purchases actually made.
/// Customers with calibration frequency ≥ `top_group` are pooled (FHL 2005 use 7+). Errors in
/// words: no holdout period, a holdout length that does not match the summary's dates (a summary
/// damaged in storage), or a customer whose prediction cannot be computed (named).
pub fn holdout_metrics(model: &PurchaseModel, summary: &Summary, top_group: u32) -> Result<HoldoutMetrics, BtydError> {
    if !summary.has_holdout() {
        return Err(BtydError::Input(Text::new("data-model-no-holdout")));
    }
    let days = (summary.observation_end - summary.calibration_end).num_days() as f64 / summary.unit.days();
    let length = summary.holdout_length;
    if !(length.is_finite() && length > 0.0 && (length - days).abs() <= 1e-9 * days.max(1.0)) {
        return Err(BtydError::Input(
            Text::new("data-model-holdout-length").arg("cal", summary.calibration_end).arg("end", summary.observation_end),
        ));
    }
    let top = top_group.max(1);
    let mut sums: BTreeMap<u32, (usize, f64, f64)> = BTreeMap::new();
    let (mut actual_total, mut pred_total, mut abs_err) = (0.0, 0.0, 0.0);
    for c in &summary.customers {
        let pred = model
            .conditional_expected_purchases(summary.holdout_length, c.frequency as f64, c.recency, c.age)
            .and_then(|p| if p.is_finite() { Ok(p) } else { Err(BtydError::Numeric(Text::new("data-model-not-finite"))) })
            .map_err(|e| {
                BtydError::Numeric(Text::new("data-model-customer").arg("id", c.id.as_str()).arg("error", e.text().clone()))
            })?;
        let actual = c.holdout_frequency as f64;
        actual_total += actual;
        pred_total += pred;
        abs_err += (actual - pred).abs();
        let e = sums.entry(c.frequency.min(top)).or_default();
        e.0 += 1;
        e.1 += actual;
        e.2 += pred;
    }
    let n = summary.customers.len();
    let groups = (0..=top)
        .map(|g| {
            let (count, a, p) = sums.get(&g).copied().unwrap_or((0, 0.0, 0.0));
            let div = count.max(1) as f64;
            FrequencyGroup {
                label: if g == top { format!("{g}+") } else { g.to_string() },
                customers: count,
                mean_actual: a / div,
                mean_predicted: p / div,
            }
        })
        .collect();
    Ok(HoldoutMetrics {
        customers: n,
        total_actual: actual_total,
        total_predicted: pred_total,
        mean_absolute_error: abs_err / n.max(1) as f64,
        groups,
    })
}

/// The holdout validation of a study, when there is one: `Ok(None)` for a summary without a
/// holdout period or without customers, the metrics ([`holdout_metrics`], top group 7+), or why
/// they could not be computed — for the caller to show, not to drop.
pub fn holdout_validation(model: &PurchaseModel, summary: &Summary) -> Result<Option<HoldoutMetrics>, BtydError> {
    if !summary.has_holdout() || summary.customers.is_empty() {
        return Ok(None);
    }
    holdout_metrics(model, summary, HOLDOUT_TOP_GROUP).map(Some)
}

/// P(alive) on a frequency × recency grid for customers of a given age T (a heat map).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PAliveGrid {
    pub age: f64,
    /// Row labels: x = 0, 1, …, max.
    pub frequencies: Vec<u32>,
    /// Column labels: t_x from 0 to T in equal steps.
    pub recencies: Vec<f64>,
    /// `values[i][j]` is P(alive) for `frequencies[i]`, `recencies[j]`; for x = 0 only t_x = 0 is a
    /// possible history, and the row repeats that value.
    pub values: Vec<Vec<f64>>,
}

/// Build the P(alive) grid (`steps` ≥ 2 recency columns, at most 200 rows/columns).
pub fn p_alive_grid(model: &PurchaseModel, max_frequency: u32, age: f64, steps: usize) -> Result<PAliveGrid, BtydError> {
    if !(age.is_finite() && age > 0.0) {
        return Err(BtydError::Input(Text::new("data-model-age")));
    }
    let max_frequency = max_frequency.min(200);
    let steps = steps.clamp(2, 200);
    let recencies: Vec<f64> = (0..steps).map(|j| age * j as f64 / (steps - 1) as f64).collect();
    let frequencies: Vec<u32> = (0..=max_frequency).collect();
    let mut values = Vec::with_capacity(frequencies.len());
    for &x in &frequencies {
        let row = if x == 0 {
            vec![model.p_alive(0.0, 0.0, age)?; steps]
        } else {
            recencies.iter().map(|&tx| model.p_alive(x as f64, tx, age)).collect::<Result<Vec<_>, _>>()?
        };
        values.push(row);
    }
    Ok(PAliveGrid { age, frequencies, recencies, values })
}

/// Cumulative repeat purchases of the calibration cohort up to a date: actual and expected.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TrackingPoint {
    /// Time since the first customer's first purchase, in units.
    pub t: f64,
    #[serde(with = "crate::engine::util::parse::iso_date")]
    pub date: NaiveDate,
    pub actual: f64,
    pub predicted: f64,
}

/// Most points of a tracking series: beyond this many time units the series steps by several
/// units at a time, so that no date range can freeze the page or fill the storage.
pub const MAX_TRACKING_POINTS: usize = 2_000;

/// Cumulative repeat purchases over time for the customers whose first purchase falls in the
/// calibration period (as in FHL 2005, Figure 3): actual (same-day purchases merged) against
/// Σ over first-purchase days d of n_d · E[X(τ − d)]. One point per time unit — or, over more than
/// [`MAX_TRACKING_POINTS`] units, one every ⌈units / MAX_TRACKING_POINTS⌉ units and one at the
/// last whole unit — so never more than [`MAX_TRACKING_POINTS`] points. The dates must fit the
/// data as for [`summarize`](super::summary::summarize) ([`check_dates`]); an expectation that
/// cannot be computed is an error that names the point's date.
pub fn cumulative_tracking(
    model: &PurchaseModel,
    data: &TransactionSet,
    options: &SummaryOptions,
) -> Result<Vec<TrackingPoint>, BtydError> {
    check_dates(data, options)?;
    let cal_end = options.calibration_end.unwrap_or(options.observation_end);
    let unit_days = options.unit.days();
    // Purchase days per customer.
    let mut days: Vec<Vec<NaiveDate>> = vec![Vec::new(); data.customer_ids.len()];
    for t in &data.transactions {
        if t.date <= options.observation_end {
            if let Some(v) = days.get_mut(t.customer as usize) {
                v.push(t.date);
            }
        }
    }
    let mut cohorts: BTreeMap<NaiveDate, f64> = BTreeMap::new();
    let mut repeat_days: BTreeMap<NaiveDate, f64> = BTreeMap::new();
    for v in days.iter_mut() {
        crate::engine::util::sort::sort_by(v, Ord::cmp);
        v.dedup();
        let Some(&first) = v.first() else { continue };
        if first > cal_end {
            continue;
        }
        *cohorts.entry(first).or_default() += 1.0;
        for d in &v[1..] {
            *repeat_days.entry(*d).or_default() += 1.0;
        }
    }
    drop(days);
    let Some(&origin) = cohorts.keys().next() else {
        return Err(BtydError::Input(Text::new("data-model-no-purchase")));
    };
    let total_days = (options.observation_end - origin).num_days().max(0);
    let units = (total_days as f64 / unit_days).floor() as i64;
    let stride = tracking_stride(units);
    let mut steps: Vec<i64> = (1..=units / stride).map(|i| i * stride).collect();
    if units % stride != 0 {
        steps.push(units);
    }
    // E[X(t)] by whole days since first purchase, computed once each: a table over every day up
    // to ~1,000 years (3 MB at most), a map of the gaps used beyond (data built outside the file
    // reader may span any dates).
    let mut by_day = GapCache::new(total_days as usize + 1);
    let mut points = Vec::with_capacity(steps.len());
    let repeats: Vec<(i64, f64)> = repeat_days.iter().map(|(d, n)| ((*d - origin).num_days(), *n)).collect();
    let cohort_days: Vec<(i64, f64)> = cohorts.iter().map(|(d, n)| ((*d - origin).num_days(), *n)).collect();
    let mut actual = 0.0;
    let mut next_repeat = 0;
    for k in steps {
        let day = ((k as f64 * unit_days).floor() as i64).min(total_days);
        let date = origin + chrono::Duration::days(day);
        while next_repeat < repeats.len() && repeats[next_repeat].0 <= day {
            actual += repeats[next_repeat].1;
            next_repeat += 1;
        }
        let mut predicted = 0.0;
        for &(d, n) in &cohort_days {
            if d >= day {
                break;
            }
            let gap = (day - d) as usize;
            let e = match by_day.get(gap) {
                Some(e) => e,
                None => {
                    let e = model.expected_purchases_new(gap as f64 / unit_days).map_err(|e| {
                        BtydError::Numeric(
                            Text::new("data-model-tracking-point").arg("date", date).arg("error", e.text().clone()),
                        )
                    })?;
                    by_day.set(gap, e);
                    e
                }
            };
            predicted += n * e;
        }
        points.push(TrackingPoint { t: day as f64 / unit_days, date, actual, predicted });
    }
    Ok(points)
}

/// Values by day gap: a dense table up to [`GapCache::DENSE_DAYS`] days, a map beyond.
enum GapCache {
    Dense(Vec<Option<f64>>),
    Sparse(HashMap<usize, f64>),
}

impl GapCache {
    const DENSE_DAYS: usize = 400_000;

    fn new(days: usize) -> GapCache {
        if days <= Self::DENSE_DAYS {
            GapCache::Dense(vec![None; days])
        } else {
            GapCache::Sparse(HashMap::new())
        }
    }

    fn get(&self, gap: usize) -> Option<f64> {
        match self {
            GapCache::Dense(v) => v.get(gap).copied().flatten(),
            GapCache::Sparse(m) => m.get(&gap).copied(),
        }
    }

    fn set(&mut self, gap: usize, value: f64) {
        match self {
            GapCache::Dense(v) => {
                if let Some(slot) = v.get_mut(gap) {
                    *slot = Some(value);
                }
            }
            GapCache::Sparse(m) => {
                m.insert(gap, value);
            }
        }
    }
}

/// Whole time units between two points of a tracking series over `units` units: 1 up to
/// [`MAX_TRACKING_POINTS`] units, else the smallest step that keeps the series within it.
pub fn tracking_stride(units: i64) -> i64 {
    let max = MAX_TRACKING_POINTS as i64;
    if units <= max {
        1
    } else {
        (units + max - 1) / max
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::btyd::bgnbd::BgNbdParams;
    use crate::engine::btyd::pareto::ParetoNbdParams;
    use crate::engine::btyd::summary::{summarize, TimeUnit};
    use crate::engine::btyd::transactions::Transaction;

    const BG: BgNbdParams = BgNbdParams { r: 0.2425945, alpha: 4.4136019, a: 0.7929199, b: 2.4258881 };

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    /// Three customers buying now and then from 2024-01-01 to 2024-03-10.
    fn data() -> TransactionSet {
        let t = |c: u32, date: &str| Transaction { customer: c, date: d(date), amount: 10.0, quantity: None };
        TransactionSet {
            customer_ids: vec!["a".into(), "b".into(), "c".into()],
            transactions: vec![
                t(0, "2024-01-01"),
                t(0, "2024-01-15"),
                t(1, "2024-01-08"),
                t(0, "2024-02-20"),
                t(2, "2024-02-10"),
                t(1, "2024-03-10"),
            ],
        }
    }

    fn options(unit: TimeUnit, end: &str, cal: Option<&str>) -> SummaryOptions {
        SummaryOptions { unit, observation_end: d(end), calibration_end: cal.map(d), round_decimals: None }
    }

    #[test]
    fn tracking_is_one_point_a_unit_up_to_the_cap_and_coarser_beyond() {
        let model = PurchaseModel::BgNbd(BG);
        let weekly = cumulative_tracking(&model, &data(), &options(TimeUnit::Weeks, "2024-06-30", None)).unwrap();
        assert_eq!(weekly.len(), 25, "181 days");
        assert_eq!(weekly.iter().map(|p| p.t).collect::<Vec<_>>(), (1..=25).map(f64::from).collect::<Vec<_>>());
        // Ten years after the last purchase, in days: 3,721 days, so a point every 2 days and one
        // on the last day.
        let daily = cumulative_tracking(&model, &data(), &options(TimeUnit::Days, "2034-03-10", None)).unwrap();
        assert_eq!(daily.len(), 1_861);
        assert_eq!((daily[0].t, daily[1].t), (2.0, 4.0));
        assert_eq!(daily.last().map(|p| p.date), Some(d("2034-03-10")), "the last whole unit is a point");
        assert!(daily.windows(2).all(|w| w[0].t < w[1].t && w[0].actual <= w[1].actual && w[0].predicted <= w[1].predicted));
        assert_eq!(daily.last().map(|p| p.actual), Some(3.0));
        // Three centuries of data, in days: still at most the cap.
        let t = |c: u32, date: &str| Transaction { customer: c, date: d(date), amount: 1.0, quantity: None };
        let long = TransactionSet {
            customer_ids: vec!["old".into(), "new".into()],
            transactions: vec![t(0, "1900-01-01"), t(0, "1950-06-01"), t(1, "2150-01-01"), t(1, "2199-12-31")],
        };
        // (Pareto/NBD: BG/NBD's E[X(t)] needs ₂F₁ at t/(α+t), which does not converge within
        // ~10⁻⁵ of 1, here after about a century with α in weeks.)
        let pareto = PurchaseModel::ParetoNbd(ParetoNbdParams { r: 0.55, alpha: 10.58, s: 0.61, beta: 11.67 });
        let points = cumulative_tracking(&pareto, &long, &options(TimeUnit::Days, "2200-01-01", None)).unwrap();
        assert!(points.len() <= MAX_TRACKING_POINTS, "{}", points.len());
        assert_eq!(points.last().map(|p| (p.date, p.actual)), Some((d("2200-01-01"), 2.0)));
        // Dates far outside what the file reader accepts, spanning 20,000 years: no table that big.
        let t = |c: u32, date: NaiveDate| Transaction { customer: c, date, amount: 1.0, quantity: None };
        let ymd = |y| NaiveDate::from_ymd_opt(y, 1, 1).unwrap();
        let vast = TransactionSet {
            customer_ids: vec!["first".into(), "last".into()],
            transactions: vec![t(0, ymd(-9_000)), t(0, ymd(-8_000)), t(1, ymd(11_000))],
        };
        let opts =
            SummaryOptions { unit: TimeUnit::Months, observation_end: ymd(11_000), calibration_end: None, round_decimals: None };
        let points = cumulative_tracking(&pareto, &vast, &opts).unwrap();
        assert_eq!((points.len(), points.last().map(|p| p.actual)), (2_000, Some(1.0)));
        for (units, points) in [(0, 0), (1, 1), (2_000, 2_000), (2_001, 1_001), (4_000, 2_000), (109_573, 1_993)] {
            let stride = tracking_stride(units);
            let n = units / stride + i64::from(units % stride != 0);
            assert_eq!(n, points, "{units} units");
        }
    }

    #[test]
    fn tracking_refuses_dates_outside_the_data_and_reports_a_failed_expectation() {
        let model = PurchaseModel::BgNbd(BG);
        let key = |o: SummaryOptions| cumulative_tracking(&model, &data(), &o).err().map(|e| e.text().key);
        assert_eq!(key(options(TimeUnit::Days, "2205-01-01", None)), Some("data-model-observation-too-late"));
        assert_eq!(key(options(TimeUnit::Days, "2023-06-01", None)), Some("data-model-observation-before-data"));
        assert_eq!(key(options(TimeUnit::Days, "2024-03-10", Some("2023-12-01"))), Some("data-model-calibration-before-data"));
        assert_eq!(key(options(TimeUnit::Days, "2024-03-10", Some("2024-04-01"))), Some("data-model-calibration-end"));
        // A model that cannot give E[X(t)] is an error naming the date, not an empty series.
        let broken = PurchaseModel::BgNbd(BgNbdParams { r: -1.0, ..BG });
        let e = cumulative_tracking(&broken, &data(), &options(TimeUnit::Weeks, "2024-06-30", None)).unwrap_err();
        assert_eq!(e.text().key, "data-model-tracking-point");
        assert!(e.to_string().contains("BG/NBD"), "{e}");
    }

    #[test]
    fn holdout_validation_is_none_without_a_holdout_and_an_error_in_words_when_it_fails() {
        let model = PurchaseModel::BgNbd(BG);
        let plain = summarize(&data(), &options(TimeUnit::Weeks, "2024-03-10", None)).unwrap();
        assert_eq!(holdout_validation(&model, &plain), Ok(None));
        let split = summarize(&data(), &options(TimeUnit::Weeks, "2024-03-10", Some("2024-02-01"))).unwrap();
        let metrics = holdout_validation(&model, &split).unwrap().unwrap();
        assert_eq!(metrics, holdout_metrics(&model, &split, HOLDOUT_TOP_GROUP).unwrap());
        assert_eq!((metrics.customers, metrics.total_actual), (2, 2.0));
        // A stored summary whose holdout length does not match its dates.
        let damaged = Summary { holdout_length: 1e300, ..split.clone() };
        assert_eq!(holdout_validation(&model, &damaged).unwrap_err().text().key, "data-model-holdout-length");
        // A customer whose prediction cannot be computed is named.
        let mut odd = split.clone();
        odd.customers[1].recency = odd.customers[1].age + 1.0;
        let e = holdout_validation(&model, &odd).unwrap_err();
        assert_eq!(e.text().key, "data-model-customer");
        assert!(e.to_string().starts_with(&format!("customer {}:", odd.customers[1].id)), "{e}");
    }
}

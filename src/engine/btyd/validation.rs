//! Checking a fitted model: holdout predictions by frequency group, per-customer error, the
//! P(alive) heat map and cumulative repeat purchases over time.

use super::error::BtydError;
use super::summary::{Summary, SummaryOptions};
use super::transactions::TransactionSet;
use super::value::PurchaseModel;
use crate::i18n::Text;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

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

/// Compare E[Y(holdout length) | x, t_x, T] with the holdout purchases actually made.
/// Customers with calibration frequency ≥ `top_group` are pooled (FHL 2005 use 7+).
pub fn holdout_metrics(model: &PurchaseModel, summary: &Summary, top_group: u32) -> Result<HoldoutMetrics, BtydError> {
    if !summary.has_holdout() {
        return Err(BtydError::Input(Text::new("data-model-no-holdout")));
    }
    let top = top_group.max(1);
    let mut sums: BTreeMap<u32, (usize, f64, f64)> = BTreeMap::new();
    let (mut actual_total, mut pred_total, mut abs_err) = (0.0, 0.0, 0.0);
    for c in &summary.customers {
        let pred = model.conditional_expected_purchases(summary.holdout_length, c.frequency as f64, c.recency, c.age)?;
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
    pub date: NaiveDate,
    pub actual: f64,
    pub predicted: f64,
}

/// Cumulative repeat purchases over time, one point per time unit, for the customers whose first
/// purchase falls in the calibration period (as in FHL 2005, Figure 3): actual (same-day purchases
/// merged) against Σ over first-purchase days d of n_d · E[X(τ − d)].
pub fn cumulative_tracking(
    model: &PurchaseModel,
    data: &TransactionSet,
    options: &SummaryOptions,
) -> Result<Vec<TrackingPoint>, BtydError> {
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
        v.sort();
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
    let Some(&origin) = cohorts.keys().next() else {
        return Err(BtydError::Input(Text::new("data-model-no-purchase")));
    };
    let total_days = (options.observation_end - origin).num_days();
    let steps = (total_days as f64 / unit_days).floor() as i64;
    if steps > 100_000 {
        return Err(BtydError::Input(Text::new("data-model-too-many-units")));
    }
    // E[X(t)] by whole days since first purchase, computed once each.
    let mut by_day: Vec<Option<f64>> = vec![None; total_days.max(0) as usize + 1];
    let mut points = Vec::new();
    let repeats: Vec<(i64, f64)> = repeat_days.iter().map(|(d, n)| ((*d - origin).num_days(), *n)).collect();
    let cohort_days: Vec<(i64, f64)> = cohorts.iter().map(|(d, n)| ((*d - origin).num_days(), *n)).collect();
    let mut actual = 0.0;
    let mut next_repeat = 0;
    for k in 1..=steps {
        let day = (k as f64 * unit_days).floor() as i64;
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
            let e = match by_day.get(gap).copied().flatten() {
                Some(e) => e,
                None => {
                    let e = model.expected_purchases_new(gap as f64 / unit_days)?;
                    if let Some(slot) = by_day.get_mut(gap) {
                        *slot = Some(e);
                    }
                    e
                }
            };
            predicted += n * e;
        }
        points.push(TrackingPoint { t: day as f64 / unit_days, date: origin + chrono::Duration::days(day), actual, predicted });
    }
    Ok(points)
}

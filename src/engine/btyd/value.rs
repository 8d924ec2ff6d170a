//! Per-customer results (P(alive), expected purchases and spend, discounted CLV) and CSV export.

use super::bgnbd::BgNbdParams;
use super::error::BtydError;
use super::gamma_gamma::GammaGammaParams;
use super::mbgnbd::MbgNbdParams;
use super::pareto::ParetoNbdParams;
use super::summary::{CustomerSummary, Summary};
use crate::i18n::Text;
use serde::{Deserialize, Serialize};

/// A fitted purchase-count model, storable as JSON.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub enum PurchaseModel {
    BgNbd(BgNbdParams),
    ParetoNbd(ParetoNbdParams),
    MbgNbd(MbgNbdParams),
}

impl PurchaseModel {
    /// Display name.
    pub fn name(&self) -> &'static str {
        match self {
            PurchaseModel::BgNbd(_) => "BG/NBD",
            PurchaseModel::ParetoNbd(_) => "Pareto/NBD",
            PurchaseModel::MbgNbd(_) => "MBG/NBD",
        }
    }

    /// P(alive | x, t_x, T).
    pub fn p_alive(&self, x: f64, t_x: f64, age: f64) -> Result<f64, BtydError> {
        match self {
            PurchaseModel::BgNbd(p) => p.p_alive(x, t_x, age),
            PurchaseModel::ParetoNbd(p) => p.p_alive(x, t_x, age),
            PurchaseModel::MbgNbd(p) => p.p_alive(x, t_x, age),
        }
    }

    /// E[Y(t) | x, t_x, T]: expected purchases in the next `t` time units.
    pub fn conditional_expected_purchases(&self, t: f64, x: f64, t_x: f64, age: f64) -> Result<f64, BtydError> {
        match self {
            PurchaseModel::BgNbd(p) => p.conditional_expected_purchases(t, x, t_x, age),
            PurchaseModel::ParetoNbd(p) => p.conditional_expected_purchases(t, x, t_x, age),
            PurchaseModel::MbgNbd(p) => p.conditional_expected_purchases(t, x, t_x, age),
        }
    }

    /// E[X(t)]: expected repeat purchases of a customer in the first `t` units after their first purchase.
    pub fn expected_purchases_new(&self, t: f64) -> Result<f64, BtydError> {
        match self {
            PurchaseModel::BgNbd(p) => p.expected_purchases_new(t),
            PurchaseModel::ParetoNbd(p) => p.expected_purchases_new(t),
            PurchaseModel::MbgNbd(p) => p.expected_purchases_new(t),
        }
    }
}

/// CLV settings. Time is measured in the summary's unit.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct ClvSettings {
    /// Number of discounting periods K (for example 12).
    pub periods: u32,
    /// Length L of one period in time units (for example 4.348 weeks for a month of 30.4375 days).
    pub period_length: f64,
    /// Discount rate d per period (0.01 = 1 % a period).
    pub discount_rate: f64,
    /// Margin m as a fraction of revenue (0–1; 1 gives discounted revenue).
    pub margin: f64,
}

impl ClvSettings {
    /// Check the settings.
    pub fn validate(&self) -> Result<(), BtydError> {
        if self.periods == 0 || self.periods > 10_000 {
            return Err(BtydError::Input(Text::new("data-model-periods").arg("max", 10_000)));
        }
        if !(self.period_length.is_finite() && self.period_length > 0.0) {
            return Err(BtydError::Input(Text::new("data-model-period-length")));
        }
        if !(self.discount_rate.is_finite() && self.discount_rate > -1.0) {
            return Err(BtydError::Input(Text::new("data-model-discount-rate")));
        }
        if !(self.margin.is_finite() && (0.0..=1.0).contains(&self.margin)) {
            return Err(BtydError::Input(Text::new("data-model-margin")));
        }
        Ok(())
    }

    /// The whole horizon K·L in time units.
    pub fn horizon(&self) -> f64 {
        self.periods as f64 * self.period_length
    }
}

/// One customer's results.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CustomerValue {
    pub id: String,
    pub frequency: u32,
    pub recency: f64,
    pub age: f64,
    pub monetary: f64,
    pub p_alive: f64,
    /// E[Y(K·L) | x, t_x, T].
    pub expected_purchases: f64,
    /// Expected spend per future purchase.
    pub expected_spend: f64,
    /// Discounted margin over the horizon.
    pub clv: f64,
}

/// Expected spend per purchase without a spend model: the customer's mean repeat spend, or for
/// customers without repeats the mean over repeat buyers.
fn fallback_spend(c: &CustomerSummary, mean_repeat_spend: f64) -> f64 {
    if c.frequency > 0 {
        c.monetary
    } else {
        mean_repeat_spend
    }
}

/// Results for one customer history:
///
/// CLV = m · E[M] · Σ_{k=1..K} (E[Y(kL)] − E[Y((k−1)L)]) / (1 + d)^k,
///
/// the expected purchases falling in period k, valued at the expected spend E[M], times the margin,
/// discounted to the end of the calibration period at d per period (end-of-period convention).
pub fn customer_value(
    customer: &CustomerSummary,
    model: &PurchaseModel,
    expected_spend: f64,
    settings: &ClvSettings,
) -> Result<CustomerValue, BtydError> {
    settings.validate()?;
    figures(customer, model, expected_spend, settings).map_err(|e| match e {
        BtydError::Numeric(t) if t.key == "data-model-not-finite" => {
            BtydError::Numeric(Text::new("data-model-customer-value").arg("id", customer.id.as_str()))
        }
        e => e,
    })
}

/// [`customer_value`] with the settings already checked; a figure that is not finite is
/// `data-model-not-finite`.
fn figures(
    customer: &CustomerSummary,
    model: &PurchaseModel,
    expected_spend: f64,
    settings: &ClvSettings,
) -> Result<CustomerValue, BtydError> {
    let (x, t_x, age) = (customer.frequency as f64, customer.recency, customer.age);
    let p_alive = model.p_alive(x, t_x, age)?;
    let mut clv = 0.0;
    let mut previous = 0.0;
    let mut discount = 1.0;
    for k in 1..=settings.periods {
        let cumulative = model.conditional_expected_purchases(k as f64 * settings.period_length, x, t_x, age)?;
        discount /= 1.0 + settings.discount_rate;
        clv += (cumulative - previous) * discount;
        previous = cumulative;
    }
    let clv = settings.margin * expected_spend * clv;
    if ![p_alive, previous, expected_spend, clv].iter().all(|v| v.is_finite()) {
        return Err(BtydError::Numeric(Text::new("data-model-not-finite")));
    }
    Ok(CustomerValue {
        id: customer.id.clone(),
        frequency: customer.frequency,
        recency: customer.recency,
        age: customer.age,
        monetary: customer.monetary,
        p_alive,
        expected_purchases: previous,
        expected_spend,
        clv,
    })
}

/// One customer's row of the value table: its figures, or why they could not be computed.
#[derive(Clone, Debug, PartialEq)]
pub struct CustomerRow {
    /// The figures. On a flagged row the history (id, x, t_x, T, z̄) is the summary's (a value
    /// that is not finite as 0) and every model figure (P(alive), expected purchases and spend,
    /// CLV) is 0: never NaN, and never to be read as a result — check [`CustomerRow::problem`].
    pub value: CustomerValue,
    /// Why the figures could not be computed (`None` on a computed row), without the customer's
    /// id (the row has it).
    pub problem: Option<Text>,
}

impl CustomerRow {
    /// A row whose figures could not be computed.
    pub fn is_flagged(&self) -> bool {
        self.problem.is_some()
    }

    /// The figures, when they were computed.
    pub fn computed(&self) -> Option<&CustomerValue> {
        if self.is_flagged() {
            None
        } else {
            Some(&self.value)
        }
    }

    /// A flagged row for `customer`: placeholder figures and the reason.
    pub fn flagged(customer: &CustomerSummary, problem: Text) -> CustomerRow {
        let finite = |v: f64| if v.is_finite() { v } else { 0.0 };
        CustomerRow {
            value: CustomerValue {
                id: customer.id.clone(),
                frequency: customer.frequency,
                recency: finite(customer.recency),
                age: finite(customer.age),
                monetary: finite(customer.monetary),
                p_alive: 0.0,
                expected_purchases: 0.0,
                expected_spend: 0.0,
                clv: 0.0,
            },
            problem: Some(problem),
        }
    }
}

/// One customer's row: the figures of [`customer_value`], or a flagged row with the reason when
/// the spend or the purchase model cannot give a finite value for this history. Invalid
/// settings flag the row too; [`customer_rows`] refuses them once for the whole list.
pub fn customer_row(
    customer: &CustomerSummary,
    model: &PurchaseModel,
    spend: &SpendEstimate<'_>,
    settings: &ClvSettings,
) -> CustomerRow {
    let value = settings.validate().and_then(|()| spend.of(customer)).and_then(|m| figures(customer, model, m, settings));
    match value {
        Ok(value) => CustomerRow { value, problem: None },
        Err(e) => CustomerRow::flagged(customer, e.text().clone()),
    }
}

/// One row for every customer of a summary, in the summary's order (see [`customer_row`]): a
/// customer whose value cannot be computed is flagged on its row and the others are unaffected.
/// The only error is for invalid settings. With a spend model the expected spend is its
/// conditional expectation; without one the observed mean ([`SpendEstimate`]). For very large
/// summaries call [`customer_row`] in slices between frames.
pub fn customer_rows(
    summary: &Summary,
    model: &PurchaseModel,
    spend: Option<&GammaGammaParams>,
    settings: &ClvSettings,
) -> Result<Vec<CustomerRow>, BtydError> {
    settings.validate()?;
    let spend = SpendEstimate::new(&summary.customers, spend);
    Ok(summary.customers.iter().map(|c| customer_row(c, model, &spend, settings)).collect())
}

/// Results for every customer of a summary, all or nothing: the first customer whose value
/// cannot be computed fails the whole list (its error names the customer). Prefer
/// [`customer_rows`], which flags that customer's row instead.
pub fn customer_values(
    summary: &Summary,
    model: &PurchaseModel,
    spend: Option<&GammaGammaParams>,
    settings: &ClvSettings,
) -> Result<Vec<CustomerValue>, BtydError> {
    customer_rows(summary, model, spend, settings)?
        .into_iter()
        .map(|row| match row.problem {
            None => Ok(row.value),
            Some(problem) => {
                Err(BtydError::Numeric(Text::new("data-model-customer").arg("id", row.value.id.as_str()).arg("error", problem)))
            }
        })
        .collect()
}

/// Totals over the rows that have figures; flagged rows are left out and counted.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct ValueTotals {
    /// Rows with figures (those summed).
    pub customers: usize,
    /// Flagged rows, left out of the sums.
    pub flagged: usize,
    /// Σ P(alive): the customers expected to be still active.
    pub expected_active: f64,
    /// Σ E[Y(K·L) | x, t_x, T]: purchases expected over the horizon.
    pub expected_purchases: f64,
    /// Σ CLV: the discounted margin over the horizon.
    pub value: f64,
}

/// [`ValueTotals`] of a value table.
pub fn value_totals(rows: &[CustomerRow]) -> ValueTotals {
    rows.iter().fold(ValueTotals::default(), |mut t, row| {
        match row.computed() {
            Some(v) => {
                t.customers += 1;
                t.expected_active += v.p_alive;
                t.expected_purchases += v.expected_purchases;
                t.value += v.clv;
            }
            None => t.flagged += 1,
        }
        t
    })
}

/// The expected spend per purchase of each customer: the spend model's conditional expectation,
/// or without one the observed mean (the repeat buyers' mean for a customer with no repeat
/// purchase). One estimate for the customer table, the export and the client page alike.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SpendEstimate<'a> {
    spend: Option<&'a GammaGammaParams>,
    mean_repeat: f64,
}

impl<'a> SpendEstimate<'a> {
    /// The estimate over `customers` (the whole summary: the fallback needs its mean).
    pub fn new(customers: &[CustomerSummary], spend: Option<&'a GammaGammaParams>) -> Self {
        // A repeat buyer whose mean spend is not a number is left out (its own row is flagged),
        // so that it cannot spoil every one-time buyer's estimate.
        let (sum, n) = customers
            .iter()
            .filter(|c| c.frequency > 0 && c.monetary.is_finite())
            .fold((0.0, 0usize), |(s, n), c| (s + c.monetary, n + 1));
        SpendEstimate { spend, mean_repeat: if n == 0 { 0.0 } else { sum / n as f64 } }
    }

    /// The estimate from a mean repeat spend worked out before (see [`SpendEstimate::mean_repeat`]).
    pub fn with_mean(spend: Option<&'a GammaGammaParams>, mean_repeat: f64) -> Self {
        SpendEstimate { spend, mean_repeat }
    }

    /// The repeat buyers' mean spend (the fallback for customers without repeats).
    pub fn mean_repeat(&self) -> f64 {
        self.mean_repeat
    }

    /// E[M] for one customer.
    pub fn of(&self, c: &CustomerSummary) -> Result<f64, BtydError> {
        match self.spend {
            Some(g) => g.conditional_expected_spend(c.frequency as f64, c.monetary),
            None => Ok(fallback_spend(c, self.mean_repeat)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::files::customer_values::{export_csv, EXPORT_HEADER};
    use crate::engine::util::csv::text_cell;
    use chrono::NaiveDate;

    /// lifetimes 0.11.3 on the CDNOW calibration summary (tests/fixtures/cdnow/README.md).
    const BG: BgNbdParams = BgNbdParams { r: 0.2425929, alpha: 4.413532, a: 0.7928860, b: 2.425752 };

    fn customer(id: &str, x: u32, tx: f64, t: f64, m: f64) -> CustomerSummary {
        CustomerSummary {
            id: id.into(),
            frequency: x,
            recency: tx,
            age: t,
            monetary: m,
            // A valid constant date.
            first_purchase: NaiveDate::from_ymd_opt(1997, 1, 1).unwrap(),
            holdout_frequency: 0,
        }
    }

    #[test]
    fn clv_without_discount_is_margin_times_spend_times_purchases() {
        let c = customer("1", 2, 30.43, 38.86, 22.35);
        let s = ClvSettings { periods: 3, period_length: 13.0, discount_rate: 0.0, margin: 0.5 };
        let v = customer_value(&c, &PurchaseModel::BgNbd(BG), 24.66, &s).unwrap();
        assert!((v.expected_purchases - 1.226).abs() < 5e-4);
        assert!((v.clv - 0.5 * 24.66 * v.expected_purchases).abs() < 1e-9);
        let d = customer_value(&c, &PurchaseModel::BgNbd(BG), 24.66, &ClvSettings { discount_rate: 0.1, ..s }).unwrap();
        assert!(d.clv < v.clv && d.clv > v.clv / 1.1_f64.powi(3));
    }

    #[test]
    fn export_escapes_ids() {
        let c = customer("Smith, \"J\"", 0, 0.0, 10.0, 0.0);
        let s = ClvSettings { periods: 1, period_length: 10.0, discount_rate: 0.0, margin: 1.0 };
        let v = customer_value(&c, &PurchaseModel::BgNbd(BG), 10.0, &s).unwrap();
        let csv = export_csv(&[v]);
        let mut lines = csv.lines();
        assert_eq!(lines.next(), Some(EXPORT_HEADER));
        assert!(lines.next().unwrap_or("").starts_with("\"Smith, \"\"J\"\"\",0,0.0000,10.0000,0.00,1.000000,"));
        assert_eq!(text_cell("=cmd"), "'=cmd");
        assert_eq!(text_cell("plain"), "plain");
    }

    fn summary_of(customers: Vec<CustomerSummary>) -> Summary {
        let end = NaiveDate::from_ymd_opt(1997, 9, 30).unwrap();
        Summary {
            unit: crate::engine::btyd::summary::TimeUnit::Weeks,
            calibration_end: end,
            observation_end: end,
            holdout_length: 0.0,
            customers,
            transactions_after_end: 0,
        }
    }

    #[test]
    fn a_customer_whose_value_cannot_be_computed_is_flagged_on_its_row() {
        let s = ClvSettings { periods: 12, period_length: 4.348, discount_rate: 0.01, margin: 0.3 };
        let gg = GammaGammaParams { p: 6.25, q: 3.74, gamma: 15.44 };
        let summary = summary_of(vec![
            customer("good", 2, 30.43, 38.86, 22.35),
            customer("late", 2, 40.0, 38.86, 22.35), // t_x after T: not a possible history
            customer("nan", 3, f64::NAN, 38.86, 10.0),
            customer("spend", 3, 20.0, 38.86, f64::NAN),
            customer("once", 0, 0.0, 38.86, 0.0),
        ]);
        let model = PurchaseModel::BgNbd(BG);
        let rows = customer_rows(&summary, &model, Some(&gg), &s).unwrap();
        assert_eq!(rows.len(), 5);
        let flagged: Vec<&str> = rows.iter().filter(|r| r.is_flagged()).map(|r| r.value.id.as_str()).collect();
        assert_eq!(flagged, ["late", "nan", "spend"]);
        for r in &rows {
            let v = &r.value;
            let figures = [v.recency, v.age, v.monetary, v.p_alive, v.expected_purchases, v.expected_spend, v.clv];
            assert!(figures.iter().all(|f| f.is_finite()), "{r:?}");
            if r.is_flagged() {
                assert_eq!((v.p_alive, v.expected_purchases, v.expected_spend, v.clv), (0.0, 0.0, 0.0, 0.0));
                assert_eq!(r.computed(), None);
            } else {
                let c = summary.customers.iter().find(|c| c.id == v.id).unwrap();
                let spend = gg.conditional_expected_spend(c.frequency as f64, c.monetary).unwrap();
                assert_eq!(r.computed(), Some(&customer_value(c, &model, spend, &s).unwrap()));
            }
        }
        assert_eq!(rows[1].problem.as_ref().map(|t| t.key), Some("data-model-customer-history"));
        assert_eq!(rows[2].problem.as_ref().map(|t| t.key), Some("data-model-customer-history"));
        assert_eq!(rows[3].problem.as_ref().map(|t| t.key), Some("data-model-spend-history"));
        assert_eq!(rows[2].value.recency, 0.0, "a history figure that is not a number is 0 on the flagged row");
        // The totals skip and count the flagged rows.
        let t = value_totals(&rows);
        assert_eq!((t.customers, t.flagged), (2, 3));
        assert!((t.value - (rows[0].value.clv + rows[4].value.clv)).abs() < 1e-12);
        assert!((t.expected_active - (rows[0].value.p_alive + rows[4].value.p_alive)).abs() < 1e-12);
        assert!((t.expected_purchases - (rows[0].value.expected_purchases + rows[4].value.expected_purchases)).abs() < 1e-12);
        // All or nothing: the old list fails on the first flagged customer and names it.
        let e = customer_values(&summary, &model, Some(&gg), &s).unwrap_err();
        assert_eq!((e.text().key, e.to_string().contains("late")), ("data-model-customer", true));
        // Only the settings fail the whole list.
        let bad = ClvSettings { margin: 2.0, ..s };
        assert_eq!(customer_rows(&summary, &model, Some(&gg), &bad).unwrap_err().text().key, "data-model-margin");
    }

    #[test]
    fn a_spend_model_without_a_finite_mean_flags_only_the_one_time_buyers() {
        // q ≤ 1: the population mean spend is infinite, so customers without a repeat purchase
        // have no expected spend; repeat buyers still do.
        let s = ClvSettings { periods: 3, period_length: 13.0, discount_rate: 0.0, margin: 1.0 };
        let gg = GammaGammaParams { p: 6.25, q: 0.8, gamma: 15.44 };
        let summary = summary_of(vec![customer("once", 0, 0.0, 38.86, 0.0), customer("twice", 1, 20.0, 38.86, 30.0)]);
        let rows = customer_rows(&summary, &PurchaseModel::BgNbd(BG), Some(&gg), &s).unwrap();
        assert_eq!(rows[0].problem.as_ref().map(|t| t.key), Some("data-model-mean-spend-infinite"));
        assert!(!rows[1].is_flagged() && rows[1].value.clv > 0.0);
        // Without a spend model, a repeat buyer whose spend is not a number does not spoil the
        // one-time buyers' estimate (the repeat buyers' mean).
        let summary = summary_of(vec![
            customer("once", 0, 0.0, 38.86, 0.0),
            customer("twice", 1, 20.0, 38.86, 30.0),
            customer("nan", 1, 20.0, 38.86, f64::NAN),
        ]);
        let rows = customer_rows(&summary, &PurchaseModel::BgNbd(BG), None, &s).unwrap();
        assert_eq!(rows.iter().map(CustomerRow::is_flagged).collect::<Vec<_>>(), [false, false, true]);
        assert_eq!(rows[0].value.expected_spend, 30.0);
    }

    #[test]
    fn the_row_export_leaves_a_flagged_rows_figures_empty_and_says_why() {
        use crate::engine::files::customer_values::{export_rows_csv, ROWS_EXPORT_HEADER};
        assert!(ROWS_EXPORT_HEADER.starts_with(&format!("{EXPORT_HEADER},")));
        let s = ClvSettings { periods: 1, period_length: 10.0, discount_rate: 0.0, margin: 1.0 };
        let summary = summary_of(vec![customer("ok", 0, 0.0, 10.0, 0.0), customer("=bad", 2, 12.0, 10.0, 5.0)]);
        let rows = customer_rows(&summary, &PurchaseModel::BgNbd(BG), None, &s).unwrap();
        let csv = export_rows_csv(&rows);
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(lines.len(), 3);
        assert_eq!(lines[0], ROWS_EXPORT_HEADER);
        // A computed row: the same cells as the old export, then an empty problem.
        let old = export_csv(&[rows[0].value.clone()]);
        assert_eq!(lines[1], format!("{},", old.lines().nth(1).unwrap()));
        // A flagged row: its history, four empty figures and the reason in words.
        let reason = rows[1].problem.as_ref().unwrap().to_string();
        assert!(reason.contains("t_x = 12"), "{reason}");
        assert_eq!(lines[2], format!("'=bad,2,12.0000,10.0000,5.00,,,,,{}", text_cell(&reason)));
        assert_eq!(lines.iter().map(|l| l.matches(',').count()).min(), Some(9), "ten cells on every line");
    }

    #[test]
    fn settings_are_checked() {
        let c = customer("1", 0, 0.0, 10.0, 0.0);
        let bad = ClvSettings { periods: 0, period_length: 1.0, discount_rate: 0.0, margin: 1.0 };
        assert!(customer_value(&c, &PurchaseModel::BgNbd(BG), 1.0, &bad).is_err());
        let bad = ClvSettings { periods: 1, period_length: 1.0, discount_rate: f64::NAN, margin: 1.0 };
        assert!(customer_value(&c, &PurchaseModel::BgNbd(BG), 1.0, &bad).is_err());
    }
}

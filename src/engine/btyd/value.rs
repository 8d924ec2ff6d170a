//! Per-customer results (P(alive), expected purchases and spend, discounted CLV) and CSV export.

use super::bgnbd::BgNbdParams;
use super::error::BtydError;
use super::gamma_gamma::GammaGammaParams;
use super::pareto::ParetoNbdParams;
use super::summary::{CustomerSummary, Summary};
use crate::i18n::Text;
use serde::{Deserialize, Serialize};

/// A fitted purchase-count model, storable as JSON.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub enum PurchaseModel {
    BgNbd(BgNbdParams),
    ParetoNbd(ParetoNbdParams),
}

impl PurchaseModel {
    /// Display name.
    pub fn name(&self) -> &'static str {
        match self {
            PurchaseModel::BgNbd(_) => "BG/NBD",
            PurchaseModel::ParetoNbd(_) => "Pareto/NBD",
        }
    }

    /// P(alive | x, t_x, T).
    pub fn p_alive(&self, x: f64, t_x: f64, age: f64) -> Result<f64, BtydError> {
        match self {
            PurchaseModel::BgNbd(p) => p.p_alive(x, t_x, age),
            PurchaseModel::ParetoNbd(p) => p.p_alive(x, t_x, age),
        }
    }

    /// E[Y(t) | x, t_x, T]: expected purchases in the next `t` time units.
    pub fn conditional_expected_purchases(&self, t: f64, x: f64, t_x: f64, age: f64) -> Result<f64, BtydError> {
        match self {
            PurchaseModel::BgNbd(p) => p.conditional_expected_purchases(t, x, t_x, age),
            PurchaseModel::ParetoNbd(p) => p.conditional_expected_purchases(t, x, t_x, age),
        }
    }

    /// E[X(t)]: expected repeat purchases of a customer in the first `t` units after their first purchase.
    pub fn expected_purchases_new(&self, t: f64) -> Result<f64, BtydError> {
        match self {
            PurchaseModel::BgNbd(p) => p.expected_purchases_new(t),
            PurchaseModel::ParetoNbd(p) => p.expected_purchases_new(t),
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
    if !(clv.is_finite() && previous.is_finite() && expected_spend.is_finite()) {
        return Err(BtydError::Numeric(Text::new("data-model-customer-value").arg("id", customer.id.as_str())));
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

/// Results for every customer of a summary. With a spend model the expected spend is its
/// conditional expectation; without one, see `fallback_spend` in the docs (observed mean).
/// For very large summaries call [`customer_value`] in slices between frames.
pub fn customer_values(
    summary: &Summary,
    model: &PurchaseModel,
    spend: Option<&GammaGammaParams>,
    settings: &ClvSettings,
) -> Result<Vec<CustomerValue>, BtydError> {
    settings.validate()?;
    let spend = SpendEstimate::new(&summary.customers, spend);
    summary.customers.iter().map(|c| customer_value(c, model, spend.of(c)?, settings)).collect()
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
        let (sum, n) = customers.iter().filter(|c| c.frequency > 0).fold((0.0, 0usize), |(s, n), c| (s + c.monetary, n + 1));
        SpendEstimate { spend, mean_repeat: if n == 0 { 0.0 } else { sum / n as f64 } }
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

    const BG: BgNbdParams = BgNbdParams { r: 0.2425945, alpha: 4.4136019, a: 0.7929199, b: 2.4258881 };

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

    #[test]
    fn settings_are_checked() {
        let c = customer("1", 0, 0.0, 10.0, 0.0);
        let bad = ClvSettings { periods: 0, period_length: 1.0, discount_rate: 0.0, margin: 1.0 };
        assert!(customer_value(&c, &PurchaseModel::BgNbd(BG), 1.0, &bad).is_err());
        let bad = ClvSettings { periods: 1, period_length: 1.0, discount_rate: f64::NAN, margin: 1.0 };
        assert!(customer_value(&c, &PurchaseModel::BgNbd(BG), 1.0, &bad).is_err());
    }
}

//! A purchase-history study: what the app keeps after importing transactions (the per-customer
//! summary, the fitted models and their validation — never the raw transactions), and the
//! per-customer results derived from it. The models themselves are in [`super::btyd`].

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::btyd::occasions::{count_occasions, OccasionUnit};
use super::btyd::probability::{purchase_chances, PurchaseChances};
use super::btyd::uncertainty::{Interval, Uncertainty, Z90};
use super::btyd::validation::{cumulative_tracking, holdout_validation, HoldoutMetrics, TrackingPoint};
use super::btyd::value::SpendEstimate;
use super::btyd::{
    compare_models, customer_row, customer_value, fit_bgnbd, fit_gamma_gamma, fit_pareto_nbd, summarize, BgNbdParams, BtydError,
    ClvSettings, CustomerRow, CustomerSummary, CustomerValue, Fitted, GammaGammaParams, ModelComparisonRow, ParetoNbdParams,
    PurchaseModel, Summary, SummaryOptions, TimeUnit, TransactionSet,
};
use super::btyd::{fit_bgbb, fit_mbgnbd, BgBbParams, MbgNbdParams, OccasionHistory};
use super::util::parse::parse_amount;
use super::util::sort::largest_first;
use super::util::special::digamma;
use crate::i18n::Text;

/// A study's customers: shared, so cloning a study (as every state change does) never copies
/// them. When they are kept in the bulk store (IndexedDB, see [`BulkRef`]) they are written to the
/// main document as an empty list, so the localStorage document stays small whatever their number;
/// in memory they are the same list either way.
#[derive(Clone, Debug, Default)]
pub struct Customers {
    list: Arc<Vec<CustomerSummary>>,
    kept_elsewhere: bool,
}

impl Customers {
    /// Customers written with the document (as before the bulk store, and in backups).
    pub fn inline(list: Vec<CustomerSummary>) -> Self {
        Customers { list: Arc::new(list), kept_elsewhere: false }
    }

    /// Customers read from, or written to, the bulk store: the document holds only the reference.
    pub fn kept_elsewhere(list: Arc<Vec<CustomerSummary>>) -> Self {
        Customers { list, kept_elsewhere: true }
    }

    /// Whether the document leaves them out (they are in the bulk store).
    pub fn is_kept_elsewhere(&self) -> bool {
        self.kept_elsewhere
    }

    /// The same customers, written with the document (a backup carries every customer).
    pub fn to_inline(&self) -> Self {
        Customers { list: Arc::clone(&self.list), kept_elsewhere: false }
    }

    /// The shared list.
    pub fn shared(&self) -> Arc<Vec<CustomerSummary>> {
        Arc::clone(&self.list)
    }

    /// Whether both are the very same list (no comparison of the customers).
    pub fn same_list(&self, other: &Customers) -> bool {
        Arc::ptr_eq(&self.list, &other.list)
    }
}

impl std::ops::Deref for Customers {
    type Target = [CustomerSummary];
    fn deref(&self) -> &[CustomerSummary] {
        &self.list
    }
}

impl PartialEq for Customers {
    fn eq(&self, other: &Self) -> bool {
        self.same_list(other) || self.list == other.list
    }
}

impl Serialize for Customers {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let empty: &[CustomerSummary] = &[];
        if self.kept_elsewhere {
            empty.serialize(s)
        } else {
            self.list.as_slice().serialize(s)
        }
    }
}

impl<'de> Deserialize<'de> for Customers {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Vec::<CustomerSummary>::deserialize(d).map(Customers::inline)
    }
}

impl From<Vec<CustomerSummary>> for Customers {
    fn from(list: Vec<CustomerSummary>) -> Self {
        Customers::inline(list)
    }
}

/// Where a study's customers are kept when they are not in the main document: the bulk store's
/// record `id`, how many customers it holds and the CRC-32 of their encoding (checked on reading).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BulkRef {
    pub id: String,
    pub customers: usize,
    pub checksum: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum ModelChoice {
    #[default]
    BgNbd,
    ParetoNbd,
    MbgNbd,
}

/// How lifetime value is computed, in terms a manager types.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct ValueSettings {
    /// Months ahead.
    pub horizon_months: u32,
    /// Discount rate a year (0.10 = 10%).
    pub annual_discount: f64,
    /// Share of spend that is profit.
    pub margin: f64,
}

impl Default for ValueSettings {
    fn default() -> Self {
        ValueSettings { horizon_months: 12, annual_discount: 0.10, margin: 0.30 }
    }
}

impl ValueSettings {
    /// Monthly periods measured in the summary's time unit, discounted monthly.
    pub fn clv_settings(&self, unit: TimeUnit) -> ClvSettings {
        ClvSettings {
            periods: self.horizon_months,
            period_length: TimeUnit::Months.days() / unit.days(),
            discount_rate: (1.0 + self.annual_discount.max(0.0)).powf(1.0 / 12.0) - 1.0,
            margin: self.margin,
        }
    }
}

/// Everything kept about one imported purchase history.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PurchaseStudy {
    /// The file it came from.
    pub source: String,
    pub transactions: usize,
    pub customers: usize,
    #[serde(default, with = "crate::engine::util::parse::iso_date_opt")]
    pub first_date: Option<NaiveDate>,
    #[serde(default, with = "crate::engine::util::parse::iso_date_opt")]
    pub last_date: Option<NaiveDate>,
    pub unit: TimeUnit,
    #[serde(with = "crate::engine::util::parse::iso_date")]
    pub calibration_end: NaiveDate,
    #[serde(with = "crate::engine::util::parse::iso_date")]
    pub observation_end: NaiveDate,
    /// Per-customer summary, every customer (in the bulk store when [`PurchaseStudy::bulk`] is set).
    pub summary: Customers,
    pub holdout_length: f64,
    pub bgnbd: Option<Fitted<BgNbdParams>>,
    pub pareto: Option<Fitted<ParetoNbdParams>>,
    pub gamma: Option<Fitted<GammaGammaParams>>,
    /// Why a model could not be fitted, in words (shown in the reader's language; stored as
    /// message keys and arguments, see [`stored_texts`]).
    #[serde(with = "stored_texts")]
    pub problems: Vec<Text>,
    pub model: ModelChoice,
    pub value: ValueSettings,
    /// Predicted and actual cumulative repeat purchases over time, per time unit.
    pub tracking: Vec<TrackingPoint>,
    /// Holdout validation of the chosen model at import time.
    pub holdout: Option<HoldoutMetrics>,
    /// The tracking series of the other purchase model (BG/NBD or Pareto/NBD) than `model`, so
    /// that choosing it shows its own curve (absent in older documents).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub other_tracking: Vec<TrackingPoint>,
    /// Where the customers are kept when not in the document (absent in older documents, whose
    /// customers are inline).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bulk: Option<BulkRef>,
    /// MBG/NBD fitted on the same customers (absent in older documents).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mbgnbd: Option<Fitted<MbgNbdParams>>,
    /// Standard errors of the fits (absent in older documents).
    #[serde(default, skip_serializing_if = "ModelUncertainty::is_empty")]
    pub uncertainty: ModelUncertainty,
    /// Tracking curves of models not shown (beyond `other_tracking`), by model.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parked_tracking: Vec<ParkedCurve>,
    /// A history at discrete occasions and its BG/BB fit (a summary imported by occasion).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub occasions: Option<OccasionStudy>,
}

/// The covariance of each fit's log-parameters ([`Uncertainty`]), where the Hessian could be
/// inverted.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ModelUncertainty {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bgnbd: Option<Uncertainty>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pareto: Option<Uncertainty>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mbgnbd: Option<Uncertainty>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gamma: Option<Uncertainty>,
}

impl ModelUncertainty {
    pub fn is_empty(&self) -> bool {
        self == &ModelUncertainty::default()
    }

    /// The covariances of the fits of these customers (a fit on the search bound has none).
    pub fn of(
        customers: &[CustomerSummary],
        bgnbd: Option<&Fitted<BgNbdParams>>,
        pareto: Option<&Fitted<ParetoNbdParams>>,
        mbgnbd: Option<&Fitted<MbgNbdParams>>,
        gamma: Option<&Fitted<GammaGammaParams>>,
    ) -> ModelUncertainty {
        let Ok(data) = super::btyd::fit::group(customers) else { return ModelUncertainty::default() };
        let usable = |r: &super::btyd::FitReport| !r.at_bound && r.log_likelihood.is_finite();
        // One four-parameter model's covariance from the differences of its analytic gradient.
        let of = |report: &super::btyd::FitReport, at: [f64; 4], grad: &dyn Fn(&[f64], &mut [f64])| {
            usable(report).then(|| Uncertainty::at_optimum_with_gradient(grad, &at).ok()).flatten()
        };
        let bg = bgnbd.and_then(|f| {
            let p = f.params;
            of(&f.report, [p.r, p.alpha, p.a, p.b], &|q, g| {
                BgNbdParams { r: q[0], alpha: q[1], a: q[2], b: q[3] }.total_log_likelihood_grad(&data, g);
            })
        });
        let pa = pareto.and_then(|f| {
            let p = f.params;
            of(&f.report, [p.r, p.alpha, p.s, p.beta], &|q, g| {
                ParetoNbdParams { r: q[0], alpha: q[1], s: q[2], beta: q[3] }.total_log_likelihood_grad(&data, g);
            })
        });
        let mbg = mbgnbd.and_then(|f| {
            let p = f.params;
            of(&f.report, [p.r, p.alpha, p.a, p.b], &|q, g| {
                MbgNbdParams { r: q[0], alpha: q[1], a: q[2], b: q[3] }.total_log_likelihood_grad(&data, g);
            })
        });
        let gg = gamma.filter(|f| usable(&f.report)).and_then(|f| gamma_gamma_uncertainty(customers, &f.params));
        ModelUncertainty { bgnbd: bg, pareto: pa, mbgnbd: mbg, gamma: gg }
    }

    /// The covariance of the fit behind `model`.
    pub fn of_model(&self, model: &PurchaseModel) -> Option<&Uncertainty> {
        match model {
            PurchaseModel::BgNbd(_) => self.bgnbd.as_ref(),
            PurchaseModel::ParetoNbd(_) => self.pareto.as_ref(),
            PurchaseModel::MbgNbd(_) => self.mbgnbd.as_ref(),
        }
    }
}

/// The covariance of a Gamma-Gamma fit, from differences of its gradient (Fader & Hardie 2013,
/// the formulas of `fit_gamma_gamma`), in units of the mean spend m like the fit: the covariance of
/// (ln p, ln q, ln γ) does not depend on the currency unit (ln γ only moves by ln m).
fn gamma_gamma_uncertainty(customers: &[CustomerSummary], params: &GammaGammaParams) -> Option<Uncertainty> {
    let mut groups: std::collections::BTreeMap<u32, Vec<f64>> = std::collections::BTreeMap::new();
    for c in customers.iter().filter(|c| c.frequency > 0 && c.monetary > 0.0 && c.monetary.is_finite()) {
        groups.entry(c.frequency).or_default().push(c.monetary);
    }
    let n: usize = groups.values().map(Vec::len).sum();
    let m = groups.values().flatten().map(|z| z / n as f64).sum::<f64>();
    if n < 3 || !(m.is_finite() && m > 0.0) {
        return None;
    }
    let groups: Vec<(f64, Vec<f64>)> =
        groups.into_iter().map(|(x, zs)| (f64::from(x), zs.iter().map(|z| z / m).collect())).collect();
    // Per customer: ∂/∂p = x [ψ(px+q) − ψ(px) + ln x + ln z̄ − ln(γ + x z̄)],
    // ∂/∂q = ψ(px+q) − ψ(q) + ln γ − ln(γ + x z̄), ∂/∂γ = q/γ − (px+q)/(γ + x z̄).
    let grad = |v: &[f64], g: &mut [f64]| {
        let (p, q, gamma) = (v[0], v[1], v[2]);
        let (psi_q, ln_g) = (digamma(q), gamma.ln());
        let mut acc = [0.0_f64; 3];
        for (x, zs) in &groups {
            let px = p * x;
            let psi_pxq = digamma(px + q);
            let dp = psi_pxq - digamma(px) + x.ln();
            let dq = psi_pxq - psi_q + ln_g;
            for &z in zs {
                let d = gamma + x * z;
                acc[0] += x * (dp + z.ln() - d.ln());
                acc[1] += dq - d.ln();
                acc[2] += q / gamma - (px + q) / d;
            }
        }
        g.copy_from_slice(&acc);
    };
    let scaled = Uncertainty::at_optimum_with_gradient(grad, &[params.p, params.q, params.gamma / m]).ok()?;
    Some(Uncertainty { params: vec![params.p, params.q, params.gamma], ..scaled })
}

/// The tracking curve of a model that is not shown.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ParkedCurve {
    pub model: ModelChoice,
    pub points: Vec<TrackingPoint>,
}

/// Histories at discrete occasions (weighted: donations.csv has 22 rows for 11,104 donors) and
/// their BG/BB fit.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OccasionStudy {
    pub unit: OccasionUnit,
    pub histories: Vec<OccasionHistory>,
    pub fit: Option<Fitted<BgBbParams>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uncertainty: Option<Uncertainty>,
}

/// One BG/BB history's outlook: P(alive at the next occasion), expected purchases in the next
/// `next` occasions and DERT at the discount rate per occasion.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct OccasionOutlook {
    pub history: OccasionHistory,
    pub p_alive: f64,
    pub expected: f64,
    pub dert: f64,
}

impl OccasionStudy {
    /// Fit BG/BB on the histories, with the standard errors.
    pub fn fit(unit: OccasionUnit, histories: Vec<OccasionHistory>) -> Result<OccasionStudy, BtydError> {
        let fit = fit_bgbb(&histories)?;
        let p = fit.params;
        let uncertainty = Uncertainty::at_optimum(
            |q| BgBbParams { alpha: q[0], beta: q[1], gamma: q[2], delta: q[3] }.total_log_likelihood(&histories),
            &[p.alpha, p.beta, p.gamma, p.delta],
        )
        .ok();
        Ok(OccasionStudy { unit, histories, fit: Some(fit), uncertainty })
    }

    /// Every history's outlook (a history whose figures cannot be computed is left out).
    pub fn outlook(&self, next: u32, discount: f64) -> Vec<OccasionOutlook> {
        let Some(f) = &self.fit else { return Vec::new() };
        self.histories
            .iter()
            .filter_map(|h| {
                Some(OccasionOutlook {
                    history: *h,
                    p_alive: f.params.p_alive(1, h).ok()?,
                    expected: f.params.conditional_expected_purchases(next, h).ok()?,
                    dert: f.params.dert(discount, h).ok()?,
                })
            })
            .collect()
    }
}

/// The BG/BB outlook settings as typed: occasions ahead (a whole number 1–100) and the discount
/// rate per occasion in percent (above 0, at most 100).
pub fn occasion_settings(next: &str, discount_percent: &str) -> Result<(u32, f64), Text> {
    let bad = || Text::new("purchases-fits-bad-number");
    let n = parse_amount(next).map_err(|_| bad())?;
    let d = parse_amount(discount_percent).map_err(|_| bad())?;
    if n.fract() != 0.0 || !(1.0..=100.0).contains(&n) || !(d > 0.0 && d <= 100.0) {
        return Err(bad());
    }
    Ok((n as u32, d / 100.0))
}

/// A horizon typed in days: a whole number from 1 to 3,650 (ten years).
pub fn horizon_days(text: &str) -> Result<i64, Text> {
    match parse_amount(text) {
        Ok(n) if n.fract() == 0.0 && (1.0..=3650.0).contains(&n) => Ok(n as i64),
        _ => Err(Text::new("purchases-fits-bad-days")),
    }
}

/// The next planned contact with a client: the earliest contact in the log dated after `today`.
pub fn next_planned_contact(client: &crate::engine::model::Client, today: NaiveDate) -> Option<NaiveDate> {
    client.interactions.iter().map(|i| i.date).filter(|d| *d > today).min()
}

/// What the purchase model expects of one customer until a date: the chances of buying, with
/// 90 % intervals of P(alive), expected purchases and P(at least one) where the fit has them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CustomerOutlook {
    /// The horizon in the study's unit.
    pub horizon: f64,
    pub chances: PurchaseChances,
    pub at_least_one: Option<Interval>,
    pub p_alive: Option<Interval>,
    pub expected_purchases: Option<Interval>,
    /// The customer value (CLV over the value settings' horizon): the purchase model's and the
    /// spend model's uncertainty combined as independent, Var(m·M·D) ≈ m²(D² Var M + M² Var D)
    /// (M expected spend, D discounted expected purchases).
    pub value: Option<Interval>,
}

/// How the rows of the customer table are computed (see [`PurchaseStudy::result_plan`]).
#[derive(Clone, Debug, PartialEq)]
pub struct ResultPlan {
    model: PurchaseModel,
    gamma: Option<GammaGammaParams>,
    mean_repeat: f64,
    settings: ClvSettings,
}

impl ResultPlan {
    /// The rows of these customers (a slice of the study's, in order), as
    /// [`PurchaseStudy::results`] gives them.
    pub fn rows(&self, customers: &[CustomerSummary]) -> Vec<CustomerRow> {
        let spend = SpendEstimate::with_mean(self.gamma.as_ref(), self.mean_repeat);
        customers.iter().map(|c| customer_row(c, &self.model, &spend, &self.settings)).collect()
    }
}

/// One customer as the client page shows it: the model's name, recency and age to one decimal
/// (in the study's unit), and its values.
#[derive(Clone, Debug, PartialEq)]
pub struct CustomerCard {
    pub model_name: &'static str,
    pub recency: f64,
    pub age: f64,
    pub value: CustomerValue,
}

/// The fields of the customer-value settings form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValueField {
    /// Months ahead, 1–120.
    Horizon,
    /// Discount rate a year, typed in percent (0–100).
    Discount,
    /// Margin on spend, typed in percent (0–100).
    Margin,
}

impl ValueSettings {
    /// The field's value as the form shows it (percentages in percent).
    pub fn field_text(&self, field: ValueField) -> String {
        match field {
            ValueField::Horizon => self.horizon_months.to_string(),
            ValueField::Discount => crate::i18n::input_number(self.annual_discount * 100.0, 4),
            ValueField::Margin => crate::i18n::input_number(self.margin * 100.0, 4),
        }
    }

    /// These settings with `field` set from what was typed, or why it is refused.
    pub fn with_field(&self, field: ValueField, text: &str) -> Result<ValueSettings, Text> {
        let n = parse_amount(text)?;
        let mut next = *self;
        match field {
            ValueField::Horizon if n.fract() == 0.0 && (1.0..=120.0).contains(&n) => next.horizon_months = n as u32,
            ValueField::Horizon => return Err(Text::new("purchases-horizon-range")),
            ValueField::Discount if (0.0..=100.0).contains(&n) => next.annual_discount = n / 100.0,
            ValueField::Discount => return Err(Text::new("purchases-discount-range")),
            ValueField::Margin if (0.0..=100.0).contains(&n) => next.margin = n / 100.0,
            ValueField::Margin => return Err(Text::new("purchases-margin-range")),
        }
        Ok(next)
    }
}

impl PurchaseStudy {
    pub fn summary(&self) -> Summary {
        Summary {
            unit: self.unit,
            calibration_end: self.calibration_end,
            observation_end: self.observation_end,
            holdout_length: self.holdout_length,
            customers: self.summary.to_vec(),
            transactions_after_end: 0,
        }
    }

    /// The chosen purchase model, falling back to the other when it could not be fitted.
    pub fn purchase_model(&self) -> Option<PurchaseModel> {
        let bg = self.bgnbd.as_ref().map(|f| PurchaseModel::BgNbd(f.params));
        let pa = self.pareto.as_ref().map(|f| PurchaseModel::ParetoNbd(f.params));
        let mbg = self.mbgnbd.as_ref().map(|f| PurchaseModel::MbgNbd(f.params));
        match self.model {
            ModelChoice::BgNbd => bg.or(pa).or(mbg),
            ModelChoice::ParetoNbd => pa.or(bg).or(mbg),
            ModelChoice::MbgNbd => mbg.or(bg).or(pa),
        }
    }

    pub fn comparison(&self) -> Vec<ModelComparisonRow> {
        let mut rows = Vec::new();
        if let Some(f) = &self.bgnbd {
            rows.push(("BG/NBD", &f.report));
        }
        if let Some(f) = &self.pareto {
            rows.push(("Pareto/NBD", &f.report));
        }
        if let Some(f) = &self.mbgnbd {
            rows.push(("MBG/NBD", &f.report));
        }
        compare_models(&rows)
    }

    /// What the purchase model says of one customer (a portfolio client with the same id), as
    /// its row of [`PurchaseStudy::results`] would: `None` when the id is not in the history or
    /// no value can be computed.
    pub fn customer_card(&self, id: &str) -> Option<CustomerCard> {
        let model = self.purchase_model()?;
        let c = self.summary.iter().find(|c| c.id == id)?;
        let spend = SpendEstimate::new(&self.summary, self.gamma.as_ref().map(|g| &g.params)).of(c).ok()?;
        let value = customer_value(c, &model, spend, &self.value.clv_settings(self.unit)).ok()?;
        let tenth = |x: f64| (x * 10.0).round() / 10.0;
        Some(CustomerCard { model_name: model.name(), recency: tenth(value.recency), age: tenth(value.age), value })
    }

    /// The chances that customer `id` buys within `days` days from the end of calibration, with
    /// 90 % intervals (delta method on the fit's covariance) where the study has them. `None` when
    /// the id is not in the history or the figures cannot be computed.
    pub fn customer_outlook(&self, id: &str, days: i64) -> Option<CustomerOutlook> {
        let model = self.purchase_model()?;
        let c = self.summary.iter().find(|c| c.id == id)?;
        let horizon = super::btyd::probability::horizon_from_days(days, self.unit.days()).ok()?;
        let (x, t_x, age) = (f64::from(c.frequency), c.recency, c.age);
        let chances = purchase_chances(&model, horizon, x, t_x, age).ok()?;
        let cov = self.uncertainty.of_model(&model);
        let with =
            |f: &dyn Fn(&PurchaseModel) -> Result<f64, BtydError>| cov.and_then(|u| u.delta(|q| f(&model_with(&model, q))).ok());
        let settings = self.value.clv_settings(self.unit);
        let gamma = self.gamma.as_ref().map(|g| g.params);
        let mean_repeat = SpendEstimate::new(&self.summary, gamma.as_ref()).mean_repeat();
        let spend_at = |g: Option<GammaGammaParams>| SpendEstimate::with_mean(g.as_ref(), mean_repeat).of(c);
        let discounted = |m: &PurchaseModel| customer_value(c, m, 1.0, &ClvSettings { margin: 1.0, ..settings }).map(|v| v.clv);
        let value = (|| {
            let d = with(&discounted)?;
            let spend = spend_at(gamma).ok()?;
            let spend_se = match (&self.uncertainty.gamma, gamma) {
                (Some(u), Some(_)) => u.delta(|q| spend_at(Some(GammaGammaParams { p: q[0], q: q[1], gamma: q[2] }))).ok()?.se,
                _ => 0.0,
            };
            let v = settings.margin * spend * d.value;
            let se = settings.margin * ((d.value * spend_se).powi(2) + (spend * d.se).powi(2)).sqrt();
            v.is_finite().then_some(Interval { value: v, se, low: v - Z90 * se, high: v + Z90 * se }.non_negative())
        })();
        Some(CustomerOutlook {
            horizon,
            chances,
            value,
            at_least_one: with(&|m| purchase_chances(m, horizon, x, t_x, age).map(|c| c.at_least_one)).map(Interval::probability),
            p_alive: with(&|m| m.p_alive(x, t_x, age)).map(Interval::probability),
            expected_purchases: with(&|m| {
                m.conditional_expected_purchases(self.value.clv_settings(self.unit).horizon(), x, t_x, age)
            })
            .map(Interval::non_negative),
        })
    }

    /// The chances of customer `id` within `days` days from the end of calibration under every
    /// fitted purchase model (BG/NBD, Pareto/NBD, MBG/NBD, in that order), to compare them.
    pub fn chances_by_model(&self, id: &str, days: i64) -> Vec<(&'static str, PurchaseChances)> {
        let Some(c) = self.summary.iter().find(|c| c.id == id) else { return Vec::new() };
        let Ok(horizon) = super::btyd::probability::horizon_from_days(days, self.unit.days()) else { return Vec::new() };
        let models = [
            self.bgnbd.as_ref().map(|f| PurchaseModel::BgNbd(f.params)),
            self.pareto.as_ref().map(|f| PurchaseModel::ParetoNbd(f.params)),
            self.mbgnbd.as_ref().map(|f| PurchaseModel::MbgNbd(f.params)),
        ];
        models
            .into_iter()
            .flatten()
            .filter_map(|m| Some((m.name(), purchase_chances(&m, horizon, f64::from(c.frequency), c.recency, c.age).ok()?)))
            .collect()
    }

    /// [`PurchaseStudy::customer_outlook`] until `date` (counted from the end of calibration, the
    /// last day the history describes), with the days from then.
    pub fn outlook_until(&self, id: &str, date: NaiveDate) -> Option<(i64, CustomerOutlook)> {
        let days = (date - self.calibration_end).num_days();
        self.customer_outlook(id, days).map(|o| (days, o))
    }

    /// Per-customer P(alive), expected purchases and spend, and discounted value: one row per
    /// customer, a customer whose value cannot be computed flagged on its row.
    pub fn results(&self) -> Result<Vec<CustomerRow>, BtydError> {
        Ok(self.result_plan()?.rows(&self.summary))
    }

    /// What the customer table needs, worked out once (model, spend estimate, settings): the rows
    /// are then computed a slice at a time ([`ResultPlan::rows`]) so a page can stay responsive.
    pub fn result_plan(&self) -> Result<ResultPlan, BtydError> {
        let model = self.purchase_model().ok_or_else(|| BtydError::Fit(Text::new("data-study-no-model")))?;
        let settings = self.value.clv_settings(self.unit);
        settings.validate()?;
        let gamma = self.gamma.as_ref().map(|g| g.params);
        let mean_repeat = SpendEstimate::new(&self.summary, gamma.as_ref()).mean_repeat();
        Ok(ResultPlan { model, gamma, mean_repeat, settings })
    }

    /// Choose the purchase model: its tracking curve and its holdout figures (recomputed from the
    /// customers when they are in memory; a failure is kept as a problem, in words).
    pub fn choose_model(&mut self, m: ModelChoice) {
        if m == self.model {
            return;
        }
        let before = self.purchase_model();
        self.model = m;
        let after = self.purchase_model();
        if after == before {
            return; // the other model was not fitted: nothing changes
        }
        match (before.map(|p| choice_of(&p)), after.map(|p| choice_of(&p))) {
            (Some(b), Some(a)) if b != ModelChoice::MbgNbd && a != ModelChoice::MbgNbd && self.parked_tracking.is_empty() => {
                std::mem::swap(&mut self.tracking, &mut self.other_tracking)
            }
            (b, a) => {
                let shown = std::mem::take(&mut self.tracking);
                if let Some(b) = b {
                    self.parked_tracking.push(ParkedCurve { model: b, points: shown });
                }
                if let Some(a) = a {
                    self.tracking = match self.parked_tracking.iter().position(|c| c.model == a) {
                        Some(i) => self.parked_tracking.remove(i).points,
                        None => std::mem::take(&mut self.other_tracking),
                    };
                }
            }
        }
        match self.validate_holdout() {
            Ok(Some(h)) => self.holdout = Some(h),
            // Customers not in memory (still being read): the figures of the import stay.
            Ok(None) => {}
            Err(e) => {
                self.holdout = None;
                let problem = Text::new("data-study-holdout-failed").arg("error", e.text().clone());
                if !self.problems.contains(&problem) {
                    self.problems.push(problem);
                }
            }
        }
    }

    /// Holdout validation of the chosen model: `Ok(None)` without a fitted model, customers or a
    /// holdout period; otherwise the metrics or why they could not be computed.
    pub fn validate_holdout(&self) -> Result<Option<HoldoutMetrics>, BtydError> {
        match self.purchase_model() {
            Some(model) if !self.summary.is_empty() => holdout_validation(&model, &self.summary()),
            _ => Ok(None),
        }
    }
}

/// `model` with the parameters `q` (in the model's order).
fn model_with(model: &PurchaseModel, q: &[f64]) -> PurchaseModel {
    match model {
        PurchaseModel::BgNbd(_) => PurchaseModel::BgNbd(BgNbdParams { r: q[0], alpha: q[1], a: q[2], b: q[3] }),
        PurchaseModel::ParetoNbd(_) => PurchaseModel::ParetoNbd(ParetoNbdParams { r: q[0], alpha: q[1], s: q[2], beta: q[3] }),
        PurchaseModel::MbgNbd(_) => PurchaseModel::MbgNbd(MbgNbdParams { r: q[0], alpha: q[1], a: q[2], b: q[3] }),
    }
}

fn choice_of(m: &PurchaseModel) -> ModelChoice {
    match m {
        PurchaseModel::BgNbd(_) => ModelChoice::BgNbd,
        PurchaseModel::ParetoNbd(_) => ModelChoice::ParetoNbd,
        PurchaseModel::MbgNbd(_) => ModelChoice::MbgNbd,
    }
}

/// P(alive) of every customer of the stored summary, by customer id (trimmed), from the chosen
/// purchase model (`PurchaseModel::p_alive(x, t_x, T)`, at the end of calibration). Empty without
/// a fitted model or a stored summary; customers whose P(alive) cannot be computed (or is not
/// finite) are left out. Values are clamped to 0..=1.
pub fn p_alive_by_id(study: &PurchaseStudy) -> HashMap<String, f64> {
    p_alive_where(study, |_| true)
}

/// [`p_alive_by_id`] for the given ids only (compared trimmed): what scoring a portfolio needs,
/// without computing P(alive) for customers that are not clients.
pub fn p_alive_for_ids<'a>(study: &PurchaseStudy, ids: impl IntoIterator<Item = &'a str>) -> HashMap<String, f64> {
    let wanted: HashSet<&str> = ids.into_iter().map(str::trim).collect();
    if wanted.is_empty() {
        return HashMap::new();
    }
    // A million customers, a few hundred clients: most ids differ in length from every client's,
    // and a length is cheaper to compare than a string to hash.
    let mut lengths = [false; 256];
    wanted.iter().for_each(|id| lengths[id.len().min(255)] = true);
    p_alive_where(study, |id| lengths[id.len().min(255)] && wanted.contains(id))
}

fn p_alive_where(study: &PurchaseStudy, keep: impl Fn(&str) -> bool) -> HashMap<String, f64> {
    let Some(model) = study.purchase_model() else {
        return HashMap::new();
    };
    let mut out = HashMap::new();
    for c in study.summary.iter() {
        let id = c.id.trim();
        if !keep(id) {
            continue;
        }
        if let Ok(p) = model.p_alive(f64::from(c.frequency), c.recency, c.age) {
            if p.is_finite() {
                out.insert(id.to_string(), p.clamp(0.0, 1.0));
            }
        }
    }
    out
}

/// What the customer table is sorted by (always largest first).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CustomerSort {
    Value,
    PAlive,
    ExpectedPurchases,
    Frequency,
}

/// Indexes of `rows` in the order of `sort`, largest first (ties keep the file order); flagged
/// rows (no figures) come last.
pub fn customer_order(rows: &[CustomerRow], sort: CustomerSort) -> Vec<usize> {
    let key = |r: &CustomerRow| {
        let c = &r.value;
        match sort {
            CustomerSort::Value => c.clv,
            CustomerSort::PAlive => c.p_alive,
            CustomerSort::ExpectedPurchases => c.expected_purchases,
            CustomerSort::Frequency => f64::from(c.frequency),
        }
    };
    // A radix sort: a million rows are ordered well within one frame (`util::sort`).
    let (valued, flagged): (Vec<usize>, Vec<usize>) = (0..rows.len()).partition(|&i| !rows[i].is_flagged());
    let mut order = largest_first(&valued, |i| key(&rows[i]));
    order.extend(largest_first(&flagged, |i| key(&rows[i])));
    order
}

/// The customers to list: those whose id contains `query` (ignoring case and surrounding spaces;
/// every customer for an empty query), in the order of `sort`, largest first.
pub fn customer_view(rows: &[CustomerRow], sort: CustomerSort, query: &str) -> Vec<usize> {
    let q = query.trim().to_lowercase();
    let mut order = customer_order(rows, sort);
    if !q.is_empty() {
        order.retain(|&i| rows[i].value.id.to_lowercase().contains(&q));
    }
    order
}

/// One page of a list of `len` rows, `per_page` a page: the rows shown (`first..end`), the page
/// shown (0-based, moved back inside the list when it shrank) and the number of pages (at least 1).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Page {
    pub first: usize,
    pub end: usize,
    pub page: usize,
    pub pages: usize,
}

pub fn page_of(len: usize, page: usize, per_page: usize) -> Page {
    let per = per_page.max(1);
    let pages = len.div_ceil(per).max(1);
    let page = page.min(pages - 1);
    let first = (page * per).min(len);
    Page { first, end: (first + per).min(len), page, pages }
}

/// The age (T) of the median customer: the age the P(alive) heat map is drawn for, so it shows a
/// typical customer rather than the oldest one. `None` without customers.
pub fn typical_age(customers: &[CustomerSummary]) -> Option<f64> {
    let mut ages: Vec<f64> = customers.iter().map(|c| c.age).filter(|a| a.is_finite() && *a > 0.0).collect();
    if ages.is_empty() {
        return None;
    }
    let mid = ages.len() / 2;
    let (_, m, _) = ages.select_nth_unstable_by(mid, f64::total_cmp);
    Some(*m)
}

/// Summarise, fit the three models, validate, and build the study to keep.
pub fn build_study(source: &str, data: &TransactionSet, options: &SummaryOptions) -> Result<PurchaseStudy, BtydError> {
    build_study_staged(source, data, options, |_| {})
}

/// The steps of [`build_study`], in order, as [`build_study_staged`] announces them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StudyStage {
    Summarising,
    FittingBgNbd,
    FittingParetoNbd,
    FittingGammaGamma,
    Validating,
}

/// [`build_study`], telling `stage` before each step (the import worker reports them to the page).
pub fn build_study_staged(
    source: &str,
    data: &TransactionSet,
    options: &SummaryOptions,
    mut stage: impl FnMut(StudyStage),
) -> Result<PurchaseStudy, BtydError> {
    stage(StudyStage::Summarising);
    let summary = summarize(data, options)?;
    if summary.customers.is_empty() {
        return Err(BtydError::Input(Text::new("data-study-no-buyer")));
    }
    let mut problems = Vec::new();
    let mut failed = |model: &str, e: BtydError| {
        problems.push(Text::new("data-study-model-failed").arg("model", model).arg("error", e.text().clone()))
    };
    stage(StudyStage::FittingBgNbd);
    let bgnbd = fit_bgnbd(&summary.customers).map_err(|e| failed("BG/NBD", e)).ok();
    let mbgnbd = fit_mbgnbd(&summary.customers).map_err(|e| failed("MBG/NBD", e)).ok();
    stage(StudyStage::FittingParetoNbd);
    let pareto = fit_pareto_nbd(&summary.customers).map_err(|e| failed("Pareto/NBD", e)).ok();
    stage(StudyStage::FittingGammaGamma);
    let gamma = fit_gamma_gamma(&summary.customers).map_err(|e| failed("Gamma-Gamma", e)).ok();
    stage(StudyStage::Validating);
    let (first_date, last_date) = data.date_range().map_or((None, None), |(a, b)| (Some(a), Some(b)));
    let mut study = PurchaseStudy {
        transactions: data.transactions.len(),
        first_date,
        last_date,
        holdout_length: summary.holdout_length,
        bgnbd,
        pareto,
        gamma,
        problems,
        mbgnbd,
        ..unfitted_study(source, summary.unit, summary.calibration_end, summary.observation_end, summary.customers)
    };
    study.uncertainty = ModelUncertainty::of(
        &study.summary,
        study.bgnbd.as_ref(),
        study.pareto.as_ref(),
        study.mbgnbd.as_ref(),
        study.gamma.as_ref(),
    );
    // The tracking curve of each fitted model: the chosen one's is shown, the others are kept for
    // when the user chooses them.
    for (choice, fitted) in [
        (ModelChoice::BgNbd, study.bgnbd.as_ref().map(|f| PurchaseModel::BgNbd(f.params))),
        (ModelChoice::ParetoNbd, study.pareto.as_ref().map(|f| PurchaseModel::ParetoNbd(f.params))),
        (ModelChoice::MbgNbd, study.mbgnbd.as_ref().map(|f| PurchaseModel::MbgNbd(f.params))),
    ] {
        let Some(model) = fitted else { continue };
        match cumulative_tracking(&model, data, options) {
            Ok(points) if choice == study.model => study.tracking = points,
            Ok(points) if choice == ModelChoice::MbgNbd => study.parked_tracking.push(ParkedCurve { model: choice, points }),
            Ok(points) => study.other_tracking = points,
            Err(e) => study
                .problems
                .push(Text::new("data-study-tracking-failed").arg("model", model.name()).arg("error", e.text().clone())),
        }
    }
    match study.validate_holdout() {
        Ok(h) => study.holdout = h,
        Err(e) => study.problems.push(Text::new("data-study-holdout-failed").arg("error", e.text().clone())),
    }
    Ok(study)
}

/// A study of `customers` with nothing fitted yet: the chosen model BG/NBD, default value
/// settings, no tracking, holdout, problems or histories at occasions. The builders below fill in
/// what they have.
fn unfitted_study(
    source: &str,
    unit: TimeUnit,
    calibration_end: NaiveDate,
    observation_end: NaiveDate,
    customers: Vec<CustomerSummary>,
) -> PurchaseStudy {
    PurchaseStudy {
        source: source.to_string(),
        transactions: 0,
        customers: customers.len(),
        first_date: None,
        last_date: None,
        unit,
        calibration_end,
        observation_end,
        summary: Customers::inline(customers),
        holdout_length: 0.0,
        bgnbd: None,
        pareto: None,
        gamma: None,
        problems: Vec::new(),
        model: ModelChoice::BgNbd,
        value: ValueSettings::default(),
        tracking: Vec::new(),
        holdout: None,
        other_tracking: Vec::new(),
        bulk: None,
        mbgnbd: None,
        uncertainty: ModelUncertainty::default(),
        parked_tracking: Vec::new(),
        occasions: None,
    }
}

/// The study of per-customer summaries without transactions (a CRM's frequency, recency and T):
/// BG/NBD, Pareto/NBD, MBG/NBD and, with spend, Gamma-Gamma, with their standard errors; no
/// tracking curve and no holdout (they need dates). `as_of` is the day the summary describes.
pub fn study_from_customers(
    source: &str,
    unit: TimeUnit,
    as_of: NaiveDate,
    customers: Vec<CustomerSummary>,
) -> Result<PurchaseStudy, BtydError> {
    if customers.is_empty() {
        return Err(BtydError::Input(Text::new("data-study-no-buyer")));
    }
    let mut problems = Vec::new();
    let mut failed = |model: &str, e: BtydError| {
        problems.push(Text::new("data-study-model-failed").arg("model", model).arg("error", e.text().clone()))
    };
    let bgnbd = fit_bgnbd(&customers).map_err(|e| failed("BG/NBD", e)).ok();
    let pareto = fit_pareto_nbd(&customers).map_err(|e| failed("Pareto/NBD", e)).ok();
    let mbgnbd = fit_mbgnbd(&customers).map_err(|e| failed("MBG/NBD", e)).ok();
    let gamma = if customers.iter().any(|c| c.monetary > 0.0) {
        fit_gamma_gamma(&customers).map_err(|e| failed("Gamma-Gamma", e)).ok()
    } else {
        None
    };
    let uncertainty = ModelUncertainty::of(&customers, bgnbd.as_ref(), pareto.as_ref(), mbgnbd.as_ref(), gamma.as_ref());
    let transactions = customers.iter().map(|c| c.frequency as usize + 1).sum();
    Ok(PurchaseStudy {
        transactions,
        bgnbd,
        pareto,
        gamma,
        problems,
        mbgnbd,
        uncertainty,
        ..unfitted_study(source, unit, as_of, as_of, customers)
    })
}

/// The study of histories at discrete occasions (weighted rows): the BG/BB fit and its standard
/// errors; the continuous models are not fitted (their times are not in occasions).
pub fn study_from_occasions(
    source: &str,
    unit: OccasionUnit,
    as_of: NaiveDate,
    histories: Vec<OccasionHistory>,
) -> Result<PurchaseStudy, BtydError> {
    let represented: f64 = histories.iter().map(|h| h.weight).sum();
    let transactions = histories.iter().map(|h| h.weight * (f64::from(h.frequency) + 1.0)).sum::<f64>().round() as usize;
    let occasions = OccasionStudy::fit(unit, histories)?;
    Ok(PurchaseStudy {
        transactions,
        customers: represented.round() as usize,
        occasions: Some(occasions),
        ..unfitted_study(source, TimeUnit::Months, as_of, as_of, Vec::new())
    })
}

/// The study of a transaction history counted per occasion ([`count_occasions`]: whole occasions
/// up to `end`): the BG/BB fit of its weighted histories, as [`study_from_occasions`] builds it
/// from a summary by occasion, with the history's purchases and dates. A partial last occasion is
/// named among the problems.
pub fn study_from_transaction_occasions(
    source: &str,
    data: &TransactionSet,
    unit: OccasionUnit,
    end: NaiveDate,
) -> Result<PurchaseStudy, BtydError> {
    let count = count_occasions(data, unit, end)?;
    let mut study = study_from_occasions(source, unit, end, count.histories)?;
    study.transactions = count.purchases;
    study.first_date = unit.start(count.first);
    study.last_date = unit.start(count.last + 1).and_then(|d| d.pred_opt());
    if count.partial_left_out {
        let last = unit.start(unit.index(end) + 1).and_then(|d| d.pred_opt()).unwrap_or(end);
        study.problems.push(Text::new("data-occasions-partial").arg("unit", unit.key()).arg("end", end).arg("last", last));
    }
    Ok(study)
}

/// Messages kept in storage with a study (its problems), as message keys and arguments: see
/// [`crate::i18n::stored`].
pub use crate::i18n::stored as stored_texts;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::files::transactions::{parse_transactions, sniff};

    /// The summary options of the CDNOW tests: weeks, observed to 1998-06-30, with or without
    /// the holdout from 1997-09-30 (Fader, Hardie & Lee 2005).
    fn cdnow_options(holdout: bool) -> SummaryOptions {
        let d = |s| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        SummaryOptions {
            unit: TimeUnit::Weeks,
            observation_end: d("1998-06-30"),
            calibration_end: holdout.then(|| d("1997-09-30")),
            round_decimals: Some(2),
        }
    }

    fn cdnow() -> TransactionSet {
        let text = include_str!("../../tests/fixtures/cdnow/CDNOW_sample.txt");
        let mut guess = sniff(text).unwrap().settings;
        // Columns: master id, sample id, date, CDs, dollars; key by the sample id.
        guess.columns.customer = 1;
        guess.columns.date = 2;
        guess.columns.amount = 4;
        guess.columns.quantity = Some(3);
        let parsed = parse_transactions(text, guess);
        assert_eq!(parsed.error_count, 0);
        parsed.data
    }

    #[test]
    fn a_study_of_cdnow_reproduces_the_published_fit_and_validates_on_the_holdout() {
        let data = cdnow();
        let options = cdnow_options(true);
        let study = build_study("CDNOW_sample.txt", &data, &options).unwrap();
        assert_eq!(study.customers, 2357);
        let bg = study.bgnbd.as_ref().unwrap();
        // FHL 2005 print r = 0.243 and ln L = −9582.4: half a unit of the last digit.
        assert!((bg.params.r - 0.243).abs() <= 5e-4, "{:?}", bg.params);
        assert!((bg.report.log_likelihood + 9582.4).abs() <= 0.05);
        assert!(study.pareto.is_some() && study.gamma.is_some(), "{:?}", study.problems);
        // Holdout: 1,882 repeat purchases; lifetimes 0.11.3 predicts 1653.423163 and a mean
        // absolute error of 0.785456520 at its estimates (tests/reference/btyd_lifetimes.py): 0.1 %.
        let h = study.holdout.as_ref().unwrap();
        assert_eq!(h.total_actual, 1882.0);
        assert!((h.total_predicted / 1653.423163 - 1.0).abs() <= 1e-3, "{h:?}");
        assert!((h.mean_absolute_error / 0.785456520 - 1.0).abs() <= 1e-3, "{h:?}");
        assert!(!study.tracking.is_empty());
        let results = study.results().unwrap();
        assert_eq!(results.len(), 2357);
        assert!(results.iter().all(|r| !r.is_flagged() && (0.0..=1.0).contains(&r.value.p_alive) && r.value.clv.is_finite()));
        // Stored and read back, the results are the same.
        let json = serde_json::to_string(&study).unwrap();
        let back: PurchaseStudy = serde_json::from_str(&json).unwrap();
        assert!(back.results().unwrap() == results, "stored figures must read back exactly");
        assert!(json.len() < 400_000, "{} bytes", json.len());
        // P(alive) by id agrees with the per-customer results.
        let by_id = p_alive_by_id(&study);
        assert_eq!(by_id.len(), 2357);
        for r in results.iter().take(50).map(|r| &r.value) {
            assert_eq!(by_id.get(r.id.trim()).copied(), Some(r.p_alive.clamp(0.0, 1.0)), "{}", r.id);
        }
        let first = results[0].value.id.trim();
        let some = p_alive_for_ids(&study, [first, "not a customer"]);
        assert_eq!(some.len(), 1);
        assert_eq!(some.get(first), by_id.get(first));
        assert!(p_alive_for_ids(&study, []).is_empty());
        let mut no_model = study.clone();
        no_model.bgnbd = None;
        no_model.pareto = None;
        no_model.mbgnbd = None;
        assert!(p_alive_by_id(&no_model).is_empty());
    }

    #[test]
    fn problems_are_stored_as_messages_and_read_back_in_any_language() {
        #[derive(Serialize, Deserialize, PartialEq, Debug)]
        struct Kept {
            #[serde(with = "stored_texts")]
            problems: Vec<Text>,
        }
        let fit = Text::new("data-model-customer").arg("id", "c7").arg("error", Text::new("data-model-not-finite"));
        let kept = Kept {
            problems: vec![
                Text::new("data-study-model-failed").arg("model", "BG/NBD").arg("error", fit),
                Text::new("data-study-too-many-customers").arg("n", 25_000).arg("limit", 20_000),
                Text::new("data-backup-error-too-large").arg("size", crate::i18n::Arg::Dec(21.5, 1)),
            ],
        };
        let json = serde_json::to_string(&kept).unwrap();
        let back: Kept = serde_json::from_str(&json).unwrap();
        assert_eq!(back, kept);
        assert_eq!(back.problems[0].to_string(), "BG/NBD: customer c7: the result is not a finite number");
        assert!(back.problems[1].to_string().starts_with("25,000 customers are too many"));
        // An older version's English sentence, an unknown key and hostile shapes are kept as text.
        let old = r#"{"problems":["Gamma-Gamma: the spend model needs at least 3 customers with repeat purchases",
            {"key":"no-such-key","args":[]},{"key":"data-model-customer","args":[["id",{"num":"abc"}],[5,{}],["error",{"text":"x"}]]},
            42,null,{"args":"x"}]}"#;
        let read: Kept = serde_json::from_str(old).unwrap();
        assert_eq!(read.problems.len(), 6);
        assert_eq!(read.problems[0].to_string(), "Gamma-Gamma: the spend model needs at least 3 customers with repeat purchases");
        assert_eq!(read.problems[1].to_string(), "no-such-key");
        assert_eq!(read.problems[2].to_string(), "customer : x");
        assert_eq!(read.problems[3].to_string(), "42");
        // Figures that are not finite are kept as a dash (JSON cannot hold them).
        let nan = Kept { problems: vec![Text::new("data-tx-row-errors").arg("n", f64::NAN)] };
        assert!(serde_json::from_str::<Kept>(&serde_json::to_string(&nan).unwrap()).is_ok());
        // Read back, a problem follows the reader's language.
        crate::i18n::set_lang(crate::i18n::Lang::Ro);
        let ro = back.problems[1].to_string();
        crate::i18n::set_lang(crate::i18n::Lang::En);
        assert!(ro.starts_with("25.000 de clienți") || ro.starts_with("25,000 de clienți"), "{ro}");
    }

    #[test]
    fn value_settings_convert_months_to_the_summary_unit() {
        let v = ValueSettings { horizon_months: 12, annual_discount: 0.1, margin: 0.3 };
        let s = v.clv_settings(TimeUnit::Weeks);
        assert_eq!(s.periods, 12);
        assert!((s.period_length - 30.4375 / 7.0).abs() < 1e-12);
        assert!(((1.0 + s.discount_rate).powi(12) - 1.1).abs() < 1e-12);
    }

    #[test]
    fn customers_sort_largest_first_and_the_base_adds_up() {
        let v = |id: &str, p_alive: f64, clv: f64| CustomerRow {
            value: CustomerValue {
                id: id.into(),
                frequency: 1,
                recency: 1.0,
                age: 2.0,
                monetary: 1.0,
                p_alive,
                expected_purchases: clv / 10.0,
                expected_spend: 10.0,
                clv,
            },
            problem: None,
        };
        let mut flagged = v("d", 0.0, 0.0);
        flagged.problem = Some(Text::new("data-model-not-finite"));
        let rows = vec![v("a", 0.2, 5.0), flagged, v("b", 0.9, 50.0), v("c", 0.5, 5.0)];
        assert_eq!(customer_order(&rows, CustomerSort::Value), vec![2, 0, 3, 1], "a flagged row comes last");
        assert_eq!(customer_order(&rows, CustomerSort::PAlive), vec![2, 3, 0, 1]);
        let totals = crate::engine::btyd::value_totals(&rows);
        assert!((totals.expected_active - 1.6).abs() < 1e-12 && (totals.value - 60.0).abs() < 1e-12);
        assert_eq!((totals.customers, totals.flagged), (3, 1));
    }

    #[test]
    fn the_client_card_shows_the_same_value_as_the_customer_table() {
        let data = cdnow();
        let options = cdnow_options(false);
        let mut study = build_study("CDNOW_sample.txt", &data, &options).unwrap();
        for gamma in [true, false] {
            if !gamma {
                // Without a spend model, one-time buyers are valued at the repeat buyers' mean spend on
                // the card as in the table (not at their own first spend).
                study.gamma = None;
            }
            let rows = study.results().unwrap();
            let rows: Vec<&CustomerValue> = rows.iter().map(|r| &r.value).collect();
            for row in rows.iter().filter(|r| r.frequency == 0).take(3).chain(rows.iter().filter(|r| r.frequency > 3).take(3)) {
                let card = study.customer_card(&row.id).unwrap();
                assert_eq!(&card.value, *row, "customer {} (spend model: {gamma})", row.id);
                assert_eq!(card.recency, (row.recency * 10.0).round() / 10.0);
            }
        }
        assert_eq!(study.customer_card("no such customer"), None);
    }

    #[test]
    fn value_settings_are_typed_in_percent_and_checked() {
        let v = ValueSettings::default();
        assert_eq!(v.field_text(ValueField::Horizon), "12");
        assert_eq!(v.field_text(ValueField::Margin), "30");
        let m = v.with_field(ValueField::Margin, "25,5").unwrap();
        assert!((m.margin - 0.255).abs() < 1e-12);
        assert_eq!(v.with_field(ValueField::Discount, "8").unwrap().annual_discount, 0.08);
        assert_eq!(v.with_field(ValueField::Horizon, "24").unwrap().horizon_months, 24);
        assert_eq!(v.with_field(ValueField::Horizon, "2.5").unwrap_err().key, "purchases-horizon-range");
        assert_eq!(v.with_field(ValueField::Horizon, "121").unwrap_err().key, "purchases-horizon-range");
        assert_eq!(v.with_field(ValueField::Margin, "101").unwrap_err().key, "purchases-margin-range");
        assert_eq!(v.with_field(ValueField::Discount, "-1").unwrap_err().key, "purchases-discount-range");
        assert!(v.with_field(ValueField::Margin, "abc").is_err(), "not a number");
    }

    #[test]
    fn the_customer_list_is_searched_sorted_and_paged_over_every_customer() {
        let study = crate::engine::files::transactions::small_study(60);
        let values = study.results().unwrap();
        let all = customer_view(&values, CustomerSort::Value, "  ");
        assert_eq!(all.len(), 60);
        assert!(all.windows(2).all(|w| values[w[0]].value.clv >= values[w[1]].value.clv));
        let found = customer_view(&values, CustomerSort::PAlive, "K5");
        let ids: Vec<&str> = found.iter().map(|&i| values[i].value.id.as_str()).collect();
        assert_eq!(ids.len(), 11, "k5 and k50–k59: {ids:?}");
        assert!(ids.iter().all(|id| id.contains("k5")));
        assert_eq!(page_of(60, 0, 25), Page { first: 0, end: 25, page: 0, pages: 3 });
        assert_eq!(page_of(60, 2, 25), Page { first: 50, end: 60, page: 2, pages: 3 });
        assert_eq!(page_of(11, 2, 25), Page { first: 0, end: 11, page: 0, pages: 1 }, "back inside a list that shrank");
        assert_eq!(page_of(0, 0, 25), Page { first: 0, end: 0, page: 0, pages: 1 });
    }

    #[test]
    fn the_heat_map_is_drawn_for_the_median_customer() {
        let study = crate::engine::files::transactions::small_study(9);
        let mut ages: Vec<f64> = study.summary.iter().map(|c| c.age).collect();
        ages.sort_by(f64::total_cmp);
        assert_eq!(typical_age(&study.summary), Some(ages[4]));
        assert_eq!(typical_age(&[]), None);
    }

    #[test]
    fn choosing_the_other_model_shows_its_own_tracking_curve_and_holdout_figures() {
        let data = cdnow();
        let options = cdnow_options(true);
        let mut study = build_study("CDNOW_sample.txt", &data, &options).unwrap();
        let (bg_tracking, bg_holdout) = (study.tracking.clone(), study.holdout.clone().unwrap());
        let pareto = PurchaseModel::ParetoNbd(study.pareto.as_ref().unwrap().params);
        let expected = cumulative_tracking(&pareto, &data, &options).unwrap();
        assert_eq!(study.other_tracking, expected, "the other model's curve is kept from the import");
        study.choose_model(ModelChoice::ParetoNbd);
        assert_eq!(study.tracking, expected);
        let h = study.holdout.clone().unwrap();
        assert_eq!(Some(h.clone()), holdout_validation(&pareto, &study.summary()).unwrap());
        assert_ne!(h.total_predicted, bg_holdout.total_predicted);
        study.choose_model(ModelChoice::BgNbd);
        assert_eq!((study.tracking.clone(), study.holdout.clone().unwrap()), (bg_tracking, bg_holdout));
    }

    #[test]
    fn rows_computed_a_slice_at_a_time_are_the_customer_table() {
        let study = crate::engine::files::transactions::small_study(70);
        let plan = study.result_plan().unwrap();
        let sliced: Vec<CustomerRow> = study.summary.chunks(9).flat_map(|c| plan.rows(c)).collect();
        let model = study.purchase_model().unwrap();
        let direct = crate::engine::btyd::customer_rows(
            &study.summary(),
            &model,
            study.gamma.as_ref().map(|g| &g.params),
            &study.value.clv_settings(study.unit),
        )
        .unwrap();
        assert_eq!(sliced, direct);
        assert_eq!(study.results().unwrap(), direct);
    }

    #[test]
    fn every_model_shows_its_own_tracking_curve_whatever_the_order_of_choices() {
        let data = cdnow();
        let options = cdnow_options(true);
        let mut study = build_study("CDNOW_sample.txt", &data, &options).unwrap();
        let curve = |m: PurchaseModel| cumulative_tracking(&m, &data, &options).unwrap();
        let bg = curve(PurchaseModel::BgNbd(study.bgnbd.as_ref().unwrap().params));
        let pa = curve(PurchaseModel::ParetoNbd(study.pareto.as_ref().unwrap().params));
        let mbg = curve(PurchaseModel::MbgNbd(study.mbgnbd.as_ref().unwrap().params));
        assert_eq!(study.tracking, bg);
        for (choice, want) in [
            (ModelChoice::MbgNbd, &mbg),
            (ModelChoice::ParetoNbd, &pa),
            (ModelChoice::BgNbd, &bg),
            (ModelChoice::ParetoNbd, &pa),
            (ModelChoice::MbgNbd, &mbg),
            (ModelChoice::BgNbd, &bg),
        ] {
            study.choose_model(choice);
            assert_eq!(&study.tracking, want, "{choice:?}");
            let shown = study.purchase_model().unwrap();
            assert_eq!(study.holdout, holdout_validation(&shown, &study.summary()).unwrap(), "{choice:?}");
        }
        // Stored and read back, the choice and the curves stay.
        study.choose_model(ModelChoice::MbgNbd);
        let back: PurchaseStudy = serde_json::from_str(&serde_json::to_string(&study).unwrap()).unwrap();
        assert!(back == study);
        assert!(study.comparison().iter().any(|r| r.model == "MBG/NBD"));
    }

    #[test]
    fn the_chance_of_an_order_before_a_date_comes_with_intervals() {
        let data = cdnow();
        let study = build_study("CDNOW_sample.txt", &data, &cdnow_options(false)).unwrap();
        let c = study.summary.iter().find(|c| c.frequency >= 3).unwrap().clone();
        let date = study.calibration_end + chrono::Days::new(70);
        let (days, o) = study.outlook_until(&c.id, date).unwrap();
        assert_eq!(days, 70);
        assert!((o.horizon - 10.0).abs() < 1e-12, "70 days are 10 weeks");
        let model = study.purchase_model().unwrap();
        let p0 =
            crate::engine::btyd::probability::probability_of_purchases(&model, 0, 10.0, f64::from(c.frequency), c.recency, c.age);
        assert_eq!(o.chances.none, p0.unwrap());
        assert!((o.chances.none + o.chances.at_least_one - 1.0).abs() < 1e-12);
        let card = study.customer_card(&c.id).unwrap();
        assert!((o.value.unwrap().value - card.value.clv).abs() < 1e-9 * card.value.clv, "the card's value");
        for i in [o.at_least_one.unwrap(), o.p_alive.unwrap(), o.expected_purchases.unwrap(), o.value.unwrap()] {
            assert!(i.low <= i.value && i.value <= i.high && i.se > 0.0, "{i:?}");
        }
        assert!(o.at_least_one.unwrap().high <= 1.0);
        assert_eq!(study.outlook_until(&c.id, study.calibration_end - chrono::Days::new(1)), None, "a date before the history");
        assert_eq!(study.outlook_until("nobody", date), None);
        let all = study.chances_by_model(&c.id, 70);
        assert_eq!(all.iter().map(|(m, _)| *m).collect::<Vec<_>>(), ["BG/NBD", "Pareto/NBD", "MBG/NBD"]);
        assert_eq!(all[0].1, o.chances, "the chosen model's figures are the card's");
    }

    #[test]
    fn the_next_planned_contact_is_the_first_one_after_today() {
        let d = |s| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let mut client = crate::engine::sample::demo::demo_portfolio().clients[0].clone();
        client.interactions.clear();
        assert_eq!(next_planned_contact(&client, d("2026-06-01")), None);
        for day in ["2026-05-01", "2026-09-01", "2026-07-15", "2026-06-01"] {
            client.interactions.push(crate::engine::model::Interaction {
                id: None,
                date: d(day),
                channel: Default::default(),
                who: String::new(),
                note: String::new(),
                sentiment: 0,
            });
        }
        assert_eq!(next_planned_contact(&client, d("2026-06-01")), Some(d("2026-07-15")));
        assert_eq!(occasion_settings("5", "10"), Ok((5, 0.1)));
        assert_eq!(horizon_days("30"), Ok(30));
        for bad in ["0", "1.5", "3651", "soon"] {
            assert!(horizon_days(bad).is_err(), "{bad}");
        }
        for (n, pct) in [("0", "10"), ("2.5", "10"), ("5", "0"), ("5", "x"), ("101", "5")] {
            assert!(occasion_settings(n, pct).is_err(), "{n} {pct}");
        }
    }
}

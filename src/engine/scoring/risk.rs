//! Churn risk from factors the user can weigh and switch off, and one client's scores in one pass.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::contribution::*;
use super::loyalty::*;
use super::profit::*;
use crate::engine::model::keyed::keyed_enum;
use crate::engine::model::Client;
use crate::engine::profit::*;
use crate::engine::util::parse::days_between;
use crate::i18n::{Arg, Text};
use crate::k;

// ------------------------------------------------------------------------------------------
// Churn risk
// ------------------------------------------------------------------------------------------

/// A churn-risk factor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RiskFactor {
    Silence,
    SatisfactionDrop,
    RevenueDecline,
    ContractEnd,
    NewManager,
    Complaints,
    Competitor,
    LowShareOfWallet,
    LowLoyalty,
    /// The purchase-history model's P(alive): counts only for clients with a known P(alive).
    PurchaseModel,
}

impl RiskFactor {
    pub const ALL: [RiskFactor; 10] = [
        RiskFactor::Silence,
        RiskFactor::SatisfactionDrop,
        RiskFactor::RevenueDecline,
        RiskFactor::ContractEnd,
        RiskFactor::NewManager,
        RiskFactor::Complaints,
        RiskFactor::Competitor,
        RiskFactor::LowShareOfWallet,
        RiskFactor::LowLoyalty,
        RiskFactor::PurchaseModel,
    ];

    pub fn key(self) -> &'static str {
        match self {
            RiskFactor::Silence => "silence",
            RiskFactor::SatisfactionDrop => "satisfaction_drop",
            RiskFactor::RevenueDecline => "revenue_decline",
            RiskFactor::ContractEnd => "contract_end",
            RiskFactor::NewManager => "new_manager",
            RiskFactor::Complaints => "complaints",
            RiskFactor::Competitor => "competitor",
            RiskFactor::LowShareOfWallet => "low_share_of_wallet",
            RiskFactor::LowLoyalty => "low_loyalty",
            RiskFactor::PurchaseModel => "purchase_model",
        }
    }

    /// The factor's name, e.g. "Silence beyond the agreed cadence".
    pub fn label(self) -> Text {
        Text::new(match self {
            RiskFactor::Silence => crate::k!("scoring-factor-silence"),
            RiskFactor::SatisfactionDrop => crate::k!("scoring-factor-satisfaction-drop"),
            RiskFactor::RevenueDecline => crate::k!("scoring-factor-revenue-decline"),
            RiskFactor::ContractEnd => crate::k!("scoring-factor-contract-end"),
            RiskFactor::NewManager => crate::k!("scoring-factor-new-manager"),
            RiskFactor::Complaints => crate::k!("scoring-factor-complaints"),
            RiskFactor::Competitor => crate::k!("scoring-factor-competitor"),
            RiskFactor::LowShareOfWallet => crate::k!("scoring-factor-low-share-of-wallet"),
            RiskFactor::LowLoyalty => crate::k!("scoring-factor-low-loyalty"),
            RiskFactor::PurchaseModel => crate::k!("scoring-factor-purchase-model"),
        })
    }

    pub(super) fn index(self) -> usize {
        self as usize
    }
}

/// One factor's switch and weight.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct FactorWeight {
    pub enabled: bool,
    /// Relative weight, 0..=100 (values outside are clamped; NaN counts as 0).
    pub weight: f64,
}

impl FactorWeight {
    pub const fn on(weight: f64) -> Self {
        FactorWeight { enabled: true, weight }
    }

    /// The weight that counts: 0 when switched off.
    pub fn effective(self) -> f64 {
        if self.enabled {
            finite(self.weight).clamp(0.0, MAX_FACTOR_WEIGHT)
        } else {
            0.0
        }
    }
}

/// Largest weight a factor can carry.
pub const MAX_FACTOR_WEIGHT: f64 = 100.0;

/// The user's risk settings: a switch and weight per factor, the windows the factors look at,
/// and the band thresholds. Defaults (the nine classic factors add up to 100; the purchase model's
/// 10 only counts for clients with a known P(alive)) are judgement, see `docs/scoring.md`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct RiskWeights {
    pub silence: FactorWeight,
    pub satisfaction_drop: FactorWeight,
    pub revenue_decline: FactorWeight,
    pub contract_end: FactorWeight,
    pub new_manager: FactorWeight,
    pub complaints: FactorWeight,
    pub competitor: FactorWeight,
    pub low_share_of_wallet: FactorWeight,
    pub low_loyalty: FactorWeight,
    /// The purchase-history model's "likely stopped buying" (1 − P(alive)); only counts for
    /// clients whose id has a P(alive). Stored weights without it load with the default.
    pub purchase_model: FactorWeight,
    /// Contact cadence for clients without an agreed one.
    pub default_cadence_days: u32,
    /// A contract ending within this many days raises risk (linearly as the end nears).
    pub contract_window_days: u32,
    /// A manager change within this many days raises risk (fading linearly).
    pub manager_window_days: u32,
    /// Risk from this is "medium" …
    pub medium_from: f64,
    /// … and from this "high".
    pub high_from: f64,
}

impl Default for RiskWeights {
    fn default() -> Self {
        RiskWeights {
            silence: FactorWeight::on(15.0),
            satisfaction_drop: FactorWeight::on(15.0),
            revenue_decline: FactorWeight::on(15.0),
            contract_end: FactorWeight::on(10.0),
            new_manager: FactorWeight::on(10.0),
            complaints: FactorWeight::on(10.0),
            competitor: FactorWeight::on(10.0),
            low_share_of_wallet: FactorWeight::on(5.0),
            low_loyalty: FactorWeight::on(10.0),
            purchase_model: FactorWeight::on(10.0),
            default_cadence_days: 30,
            contract_window_days: 90,
            manager_window_days: 180,
            medium_from: 25.0,
            high_from: 50.0,
        }
    }
}

impl RiskWeights {
    pub fn get(&self, f: RiskFactor) -> FactorWeight {
        match f {
            RiskFactor::Silence => self.silence,
            RiskFactor::SatisfactionDrop => self.satisfaction_drop,
            RiskFactor::RevenueDecline => self.revenue_decline,
            RiskFactor::ContractEnd => self.contract_end,
            RiskFactor::NewManager => self.new_manager,
            RiskFactor::Complaints => self.complaints,
            RiskFactor::Competitor => self.competitor,
            RiskFactor::LowShareOfWallet => self.low_share_of_wallet,
            RiskFactor::LowLoyalty => self.low_loyalty,
            RiskFactor::PurchaseModel => self.purchase_model,
        }
    }

    pub fn get_mut(&mut self, f: RiskFactor) -> &mut FactorWeight {
        match f {
            RiskFactor::Silence => &mut self.silence,
            RiskFactor::SatisfactionDrop => &mut self.satisfaction_drop,
            RiskFactor::RevenueDecline => &mut self.revenue_decline,
            RiskFactor::ContractEnd => &mut self.contract_end,
            RiskFactor::NewManager => &mut self.new_manager,
            RiskFactor::Complaints => &mut self.complaints,
            RiskFactor::Competitor => &mut self.competitor,
            RiskFactor::LowShareOfWallet => &mut self.low_share_of_wallet,
            RiskFactor::LowLoyalty => &mut self.low_loyalty,
            RiskFactor::PurchaseModel => &mut self.purchase_model,
        }
    }

    /// Every factor switched off.
    /// Each factor's share of the combined weight (0 when no factor counts), over `factors`.
    pub fn shares(&self, factors: &[RiskFactor]) -> Vec<(RiskFactor, f64)> {
        let total: f64 = factors.iter().map(|f| self.get(*f).effective()).sum();
        factors.iter().map(|f| (*f, if total > 0.0 { self.get(*f).effective() / total } else { 0.0 })).collect()
    }

    pub fn all_off() -> Self {
        let mut w = RiskWeights::default();
        for f in RiskFactor::ALL {
            w.get_mut(f).enabled = false;
        }
        w
    }

    /// The band of a risk score. Non-finite thresholds fall back to the defaults.
    pub fn band(&self, score: f64) -> RiskBand {
        let (medium, high) = self.band_thresholds();
        band_of(medium, high, score)
    }

    /// The medium and high thresholds that count (non-finite ones fall back to the defaults).
    fn band_thresholds(&self) -> (f64, f64) {
        let d = RiskWeights::default();
        let medium = if self.medium_from.is_finite() { self.medium_from } else { d.medium_from };
        let high = if self.high_from.is_finite() { self.high_from } else { d.high_from };
        (medium, high)
    }
}

pub(super) fn band_of(medium: f64, high: f64, score: f64) -> RiskBand {
    let score = finite(score);
    if score >= high {
        RiskBand::High
    } else if score >= medium {
        RiskBand::Medium
    } else {
        RiskBand::Low
    }
}

keyed_enum! {
    /// Risk band. Keys are the same in every language (as stored; CSS classes, filter values).
    #[derive(PartialOrd, Ord)]
    RiskBand {
        Low => ("low", k!("scoring-band-low"), k!("scoring-band-low.lower")),
        Medium => ("medium", k!("scoring-band-medium"), k!("scoring-band-medium.lower")),
        High => ("high", k!("scoring-band-high"), k!("scoring-band-high.lower")),
    }
}

// Factor intensities, each 0..=1 and monotone in its input (property-tested below).

/// Silence: 0 within the cadence, rising linearly to 1 at twice the cadence:
/// clamp((days − cadence) / cadence). No contact on record at all (`None`) is 1.
pub fn silence_intensity(days_since_contact: Option<i64>, cadence_days: u32) -> f64 {
    match days_since_contact {
        None => 1.0,
        Some(d) => {
            let c = f64::from(cadence_days.max(1));
            ((d as f64 - c) / c).clamp(0.0, 1.0)
        }
    }
}

/// Satisfaction points lost (0–10 scale) that make the factor full.
pub const SATISFACTION_DROP_FULL: f64 = 3.0;

/// Falling satisfaction: clamp((previous − last) / 3); rises count 0.
pub fn satisfaction_drop_intensity(previous: f64, last: f64) -> f64 {
    finite((scale10(previous) - scale10(last)) / SATISFACTION_DROP_FULL).clamp(0.0, 1.0)
}

/// Relative decline that makes the revenue factor full (30%).
pub const DECLINE_FULL: f64 = 0.30;

/// Decline of a positive quantity: clamp(((previous − last) / previous) / 0.30); 0 when the
/// previous value is not positive.
pub fn decline_intensity(previous: f64, last: f64) -> f64 {
    // NaN fails `is_finite`, so the comparison below only sees numbers.
    if !previous.is_finite() || previous <= 0.0 {
        return 0.0;
    }
    let last = finite(last).max(0.0);
    finite((previous - last) / previous / DECLINE_FULL).clamp(0.0, 1.0)
}

/// Contract end: 1 once ended (days ≤ 0), then 1 − days/window inside the window, 0 beyond it.
pub fn contract_end_intensity(days_to_end: i64, window_days: u32) -> f64 {
    if days_to_end <= 0 {
        return 1.0;
    }
    if window_days == 0 {
        return 0.0;
    }
    (1.0 - days_to_end as f64 / f64::from(window_days)).clamp(0.0, 1.0)
}

/// New manager: 1 on the day of the change, fading linearly to 0 at the end of the window.
/// (A change dated after `as_of` is not counted by the risk score.)
pub fn new_manager_intensity(days_since_change: i64, window_days: u32) -> f64 {
    if days_since_change <= 0 {
        return 1.0;
    }
    if window_days == 0 {
        return 0.0;
    }
    (1.0 - days_since_change as f64 / f64::from(window_days)).clamp(0.0, 1.0)
}

/// Open complaints that make the factor full.
pub const COMPLAINTS_FULL: u32 = 3;

pub fn complaints_intensity(open: u32) -> f64 {
    (f64::from(open) / f64::from(COMPLAINTS_FULL)).min(1.0)
}

/// Share of wallet from which the factor is 0 (we are the main supplier).
pub const SHARE_OF_WALLET_SAFE: f64 = 0.5;

/// Low share of wallet: clamp((0.5 − share) / 0.5): 1 at 0%, 0 from 50%.
pub fn share_of_wallet_intensity(share: f64) -> f64 {
    let s = finite(share).clamp(0.0, 1.0);
    ((SHARE_OF_WALLET_SAFE - s) / SHARE_OF_WALLET_SAFE).clamp(0.0, 1.0)
}

/// Loyalty from which the low-loyalty factor is 0, and to which it is full.
pub const LOYALTY_SAFE: f64 = 70.0;
pub const LOYALTY_FULL_RISK: f64 = 20.0;

/// Low loyalty: clamp((70 − loyalty) / 50): 0 from 70, 1 at 20 or below.
pub fn low_loyalty_intensity(loyalty: f64) -> f64 {
    let l = finite(loyalty).clamp(0.0, 100.0);
    ((LOYALTY_SAFE - l) / (LOYALTY_SAFE - LOYALTY_FULL_RISK)).clamp(0.0, 1.0)
}

/// Purchase model: 1 − P(alive), the chance the purchase-history model gives that the client has
/// stopped buying (P(alive) clamped to 0..=1; NaN counts as 0 risk). Lower P(alive) never lowers it.
pub fn purchase_model_intensity(p_alive: f64) -> f64 {
    if p_alive.is_nan() {
        return 0.0;
    }
    (1.0 - p_alive.clamp(0.0, 1.0)).clamp(0.0, 1.0)
}

/// When we were last in touch, and whether a contact is overdue.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ContactStatus {
    /// Date of the latest interaction not after `as_of`.
    pub last_contact: Option<NaiveDate>,
    /// No interaction on record: the silence is counted from the start of the relationship.
    pub from_start_date: bool,
    /// Days since the last contact (or the start date); `None` when neither is known.
    pub days_since: Option<i64>,
    /// The agreed cadence, or the default.
    pub cadence_days: u32,
    /// Whether the cadence is the client's own.
    pub agreed_cadence: bool,
    /// Days past the cadence (0 when on time); `None` when no contact is on record at all.
    pub days_overdue: Option<i64>,
}

impl ContactStatus {
    /// A contact is due: past the cadence, or never on record.
    pub fn is_overdue(&self) -> bool {
        self.days_overdue.is_none_or(|d| d > 0)
    }
}

pub fn contact_status(c: &Client, weights: &RiskWeights, as_of: NaiveDate) -> ContactStatus {
    let last_contact = c.interactions.iter().map(|i| i.date).filter(|d| *d <= as_of).max();
    contact_from(c, weights, as_of, last_contact)
}

/// [`contact_status`] with the latest interaction not after `as_of` already found.
pub(super) fn contact_from(
    c: &Client,
    weights: &RiskWeights,
    as_of: NaiveDate,
    last_contact: Option<NaiveDate>,
) -> ContactStatus {
    let (from, from_start_date) = match last_contact {
        Some(d) => (Some(d), false),
        None => (c.start_date.filter(|d| *d <= as_of), true),
    };
    let agreed_cadence = c.contact_cadence_days.is_some_and(|d| d > 0);
    let cadence_days = c.contact_cadence_days.filter(|d| *d > 0).unwrap_or(weights.default_cadence_days).max(1);
    let days_since = from.map(|d| days_between(d, as_of));
    ContactStatus {
        last_contact,
        from_start_date: from_start_date && from.is_some(),
        days_since,
        cadence_days,
        agreed_cadence,
        days_overdue: days_since.map(|d| (d - i64::from(cadence_days)).max(0)),
    }
}

/// The raw figures behind the factors, before weighting.
#[derive(Clone, PartialEq)]
pub(super) struct RiskInputs {
    contract_window_days: u32,
    manager_window_days: u32,
    contact: ContactStatus,
    satisfaction: Option<(u8, Option<u8>)>,
    trend: Option<RevenueTrend>,
    days_to_contract_end: Option<i64>,
    days_since_manager_change: Option<i64>,
    complaints: u32,
    competitor: bool,
    share_of_wallet: Option<f64>,
    loyalty: Option<f64>,
    /// P(alive) from the purchase-history model (0..=1); `None` without purchase data, and then
    /// the purchase-model factor does not count for the client.
    p_alive: Option<f64>,
}

/// As derived, except that `p_alive` is shown only when known: without purchase data a client
/// prints exactly as before the purchase-model factor existed (the pinned fingerprints of
/// `segments` hash this output).
impl std::fmt::Debug for RiskInputs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("RiskInputs");
        d.field("contract_window_days", &self.contract_window_days)
            .field("manager_window_days", &self.manager_window_days)
            .field("contact", &self.contact)
            .field("satisfaction", &self.satisfaction)
            .field("trend", &self.trend)
            .field("days_to_contract_end", &self.days_to_contract_end)
            .field("days_since_manager_change", &self.days_since_manager_change)
            .field("complaints", &self.complaints)
            .field("competitor", &self.competitor)
            .field("share_of_wallet", &self.share_of_wallet)
            .field("loyalty", &self.loyalty);
        if self.p_alive.is_some() {
            d.field("p_alive", &self.p_alive);
        }
        d.finish()
    }
}

pub(super) fn risk_inputs(
    c: &Client,
    w: &RiskWeights,
    as_of: NaiveDate,
    trend: Option<RevenueTrend>,
    p_alive: Option<f64>,
) -> RiskInputs {
    risk_inputs_from(c, w, as_of, contact_status(c, w, as_of), last_two_ratings(c, as_of), trend, p_alive)
}

/// [`risk_inputs`] with the contact status and the latest two ratings already found.
pub(super) fn risk_inputs_from(
    c: &Client,
    w: &RiskWeights,
    as_of: NaiveDate,
    contact: ContactStatus,
    (last, prev): LastTwo<'_>,
    trend: Option<RevenueTrend>,
    p_alive: Option<f64>,
) -> RiskInputs {
    RiskInputs {
        contract_window_days: w.contract_window_days,
        manager_window_days: w.manager_window_days,
        contact,
        satisfaction: last.map(|l| (l.satisfaction.min(10), prev.map(|p| p.satisfaction.min(10)))),
        trend,
        days_to_contract_end: c.contract_end.map(|d| days_between(as_of, d)),
        days_since_manager_change: c.manager_changed_on.map(|d| days_between(d, as_of)),
        complaints: c.open_complaints,
        competitor: c.competitor_activity,
        share_of_wallet: c.share_of_wallet.filter(|s| s.is_finite()),
        loyalty: last.map(rating_value),
        // A non-finite P(alive) is no data.
        p_alive: p_alive.filter(|p| p.is_finite()).map(|p| p.clamp(0.0, 1.0)),
    }
}

pub(super) fn intensities(inp: &RiskInputs, w: &RiskWeights) -> [f64; FACTORS] {
    let mut x = [0.0; FACTORS];
    x[RiskFactor::Silence.index()] = silence_intensity(inp.contact.days_since, inp.contact.cadence_days);
    x[RiskFactor::SatisfactionDrop.index()] = match inp.satisfaction {
        Some((last, Some(prev))) => satisfaction_drop_intensity(f64::from(prev), f64::from(last)),
        _ => 0.0,
    };
    x[RiskFactor::RevenueDecline.index()] = match &inp.trend {
        Some(t) => {
            let orders = match (t.previous_orders, t.last_orders) {
                (Some(p), Some(l)) => decline_intensity(f64::from(p), f64::from(l)),
                _ => 0.0,
            };
            decline_intensity(t.previous, t.last).max(orders)
        }
        None => 0.0,
    };
    x[RiskFactor::ContractEnd.index()] =
        inp.days_to_contract_end.map_or(0.0, |d| contract_end_intensity(d, w.contract_window_days));
    // A change dated after `as_of` has not happened yet and does not count.
    x[RiskFactor::NewManager.index()] = match inp.days_since_manager_change {
        Some(d) if d >= 0 => new_manager_intensity(d, w.manager_window_days),
        _ => 0.0,
    };
    x[RiskFactor::Complaints.index()] = complaints_intensity(inp.complaints);
    x[RiskFactor::Competitor.index()] = if inp.competitor { 1.0 } else { 0.0 };
    x[RiskFactor::LowShareOfWallet.index()] = inp.share_of_wallet.map_or(0.0, share_of_wallet_intensity);
    x[RiskFactor::LowLoyalty.index()] = inp.loyalty.map_or(0.0, low_loyalty_intensity);
    x[RiskFactor::PurchaseModel.index()] = inp.p_alive.map_or(0.0, purchase_model_intensity);
    x
}

/// Number of risk factors.
pub(super) const FACTORS: usize = RiskFactor::ALL.len();
// The purchase-model factor is the last one (`RiskScore`'s Debug leaves it out without data).
const _: () = assert!(RiskFactor::PurchaseModel as usize == FACTORS - 1);

/// Combine intensities: 100 · Σ wᵢ·xᵢ / Σ wᵢ over the factors that count (see [`FactorScale`]);
/// 0 when none counts. Returns the score, each factor's points and Σ wᵢ.
pub(super) fn combine_with(x: &[f64; FACTORS], scale: &FactorScale) -> (f64, [f64; FACTORS], f64) {
    let (effective, total) = (&scale.effective, scale.total);
    let mut points = [0.0; FACTORS];
    if total <= 0.0 {
        return (0.0, points, 0.0);
    }
    for i in 0..FACTORS {
        points[i] = 100.0 * effective[i] * x[i].clamp(0.0, 1.0) / total;
    }
    (finite(points.iter().sum::<f64>()).clamp(0.0, 100.0), points, total)
}

/// The risk of a client whose factors have intensities `x`, under `w`, without purchase data (the
/// purchase-model factor does not count): exactly the `score` [`risk_score`] gives such a client.
pub(super) fn risk_of_intensities(x: &[f64; FACTORS], w: &RiskWeights) -> f64 {
    combine_with(x, &PreparedWeights::new(w).without_p_alive).0
}

/// The weights that count for one client, in [`RiskFactor::ALL`] order, their sum and which
/// factors count. The purchase-model factor only counts for a client with a known P(alive):
/// without one its weight is 0, so it is left out of Σ wᵢ and the other factors' points are exactly
/// what they were without the factor.
#[derive(Clone, Copy, Debug)]
pub(super) struct FactorScale {
    effective: [f64; FACTORS],
    total: f64,
    counted: [bool; FACTORS],
}

impl FactorScale {
    fn new(effective: [f64; FACTORS]) -> Self {
        FactorScale { total: effective.iter().sum(), counted: effective.map(|e| e > 0.0), effective }
    }
}

/// Churn risk, explained.
#[derive(Clone, PartialEq)]
pub struct RiskScore {
    /// 0..=100.
    pub score: f64,
    pub band: RiskBand,
    /// Each factor's intensity 0..=1, in [`RiskFactor::ALL`] order (computed even when switched off).
    pub intensities: [f64; FACTORS],
    /// Each factor's points, in [`RiskFactor::ALL`] order (0 when switched off); they add up to `score`.
    pub points: [f64; FACTORS],
    /// Which factors count (enabled with a weight above 0; the purchase model only with a known
    /// P(alive)), in [`RiskFactor::ALL`] order.
    pub counted: [bool; FACTORS],
    inputs: RiskInputs,
}

/// As derived, except that without a known P(alive) the purchase-model entries (intensity 0,
/// 0 points, not counted) are left out: a client without purchase data prints exactly as before
/// the factor existed (the pinned fingerprints of `segments` hash this output).
impl std::fmt::Debug for RiskScore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let n = if self.inputs.p_alive.is_some() { FACTORS } else { RiskFactor::PurchaseModel.index() };
        f.debug_struct("RiskScore")
            .field("score", &self.score)
            .field("band", &self.band)
            .field("intensities", &&self.intensities[..n])
            .field("points", &&self.points[..n])
            .field("counted", &&self.counted[..n])
            .field("inputs", &self.inputs)
            .finish()
    }
}

impl RiskScore {
    /// The counted factors, largest first (equal points keep the factor order), each with the
    /// figures behind it; a single `all_off` entry when no factor counts. Built on demand.
    pub fn contributions(&self) -> Vec<Contribution> {
        let mut out = Vec::with_capacity(FACTORS);
        for f in RiskFactor::ALL {
            if self.counted[f.index()] {
                out.push(contribution(f.key(), f.label(), self.points[f.index()], risk_detail(f, &self.inputs)));
            }
        }
        if out.is_empty() {
            out.push(contribution("all_off", Text::new("scoring-risk-all-off"), 0.0, Text::new("scoring-risk-all-off-detail")));
        }
        crate::engine::util::sort::sort_by(&mut out, |a, b| b.points.total_cmp(&a.points));
        out
    }

    /// The counted factor with the most points above 0, other than `except`, with its sentence.
    pub fn main_factor(&self, except: Option<RiskFactor>) -> Option<Contribution> {
        RiskFactor::ALL
            .into_iter()
            .filter(|f| self.counted[f.index()] && self.points[f.index()] > 0.0 && Some(*f) != except)
            .max_by(|a, b| self.points[a.index()].total_cmp(&self.points[b.index()]).then(b.index().cmp(&a.index())))
            .map(|f| contribution(f.key(), f.label(), self.points[f.index()], risk_detail(f, &self.inputs)))
    }

    pub fn intensity(&self, f: RiskFactor) -> f64 {
        self.intensities[f.index()]
    }
}

/// Just the risk number (no explanations); what [`risk_score`] would return as `score`.
pub fn risk_value(c: &Client, weights: &RiskWeights, as_of: NaiveDate) -> f64 {
    let trend = if weights.revenue_decline.effective() > 0.0 { revenue_trend(c, as_of) } else { None };
    let inp = risk_inputs(c, weights, as_of, trend, None);
    PreparedWeights::new(weights).risk_value(&inp)
}

/// Churn risk without purchase data: the purchase-model factor does not count.
pub fn risk_score(c: &Client, weights: &RiskWeights, as_of: NaiveDate) -> RiskScore {
    risk_score_with_p_alive(c, weights, as_of, None)
}

/// [`risk_score`] with the client's P(alive) from the purchase-history model (`None`: no purchase
/// data, exactly [`risk_score`]).
pub fn risk_score_with_p_alive(c: &Client, weights: &RiskWeights, as_of: NaiveDate, p_alive: Option<f64>) -> RiskScore {
    risk_score_with_trend(c, weights, as_of, revenue_trend(c, as_of), p_alive)
}

/// [`risk_score`] with the revenue trend already computed.
pub(super) fn risk_score_with_trend(
    c: &Client,
    weights: &RiskWeights,
    as_of: NaiveDate,
    trend: Option<RevenueTrend>,
    p_alive: Option<f64>,
) -> RiskScore {
    PreparedWeights::new(weights).risk_score(risk_inputs(c, weights, as_of, trend, p_alive))
}

/// The risk weights as every client's score uses them, worked out once per recompute.
pub(crate) struct PreparedWeights<'w> {
    weights: &'w RiskWeights,
    /// Effective weights for clients with a known P(alive) (every enabled factor) …
    with_p_alive: FactorScale,
    /// … and without one (the purchase-model factor weighs 0).
    without_p_alive: FactorScale,
    /// Band thresholds that count.
    medium: f64,
    high: f64,
}

impl<'w> PreparedWeights<'w> {
    pub(crate) fn new(weights: &'w RiskWeights) -> Self {
        let effective = RiskFactor::ALL.map(|f| weights.get(f).effective());
        let mut without = effective;
        without[RiskFactor::PurchaseModel.index()] = 0.0;
        let (medium, high) = weights.band_thresholds();
        PreparedWeights {
            weights,
            with_p_alive: FactorScale::new(effective),
            without_p_alive: FactorScale::new(without),
            medium,
            high,
        }
    }

    /// The weights that count for a client with these inputs.
    fn scale(&self, inp: &RiskInputs) -> &FactorScale {
        if inp.p_alive.is_some() {
            &self.with_p_alive
        } else {
            &self.without_p_alive
        }
    }

    fn risk_value(&self, inp: &RiskInputs) -> f64 {
        combine_with(&intensities(inp, self.weights), self.scale(inp)).0
    }

    fn risk_score(&self, inp: RiskInputs) -> RiskScore {
        let x = intensities(&inp, self.weights);
        let scale = self.scale(&inp);
        let (score, points, _) = combine_with(&x, scale);
        let counted = scale.counted;
        RiskScore { score, band: band_of(self.medium, self.high, score), intensities: x, points, counted, inputs: inp }
    }
}

/// What every client's scores need to know about a day, worked out once per recompute.
#[derive(Clone, Copy)]
pub(crate) struct ScoringDay {
    day: NaiveDate,
    /// `window_start(day)`: the first day of the 12-month care and dossier window.
    window_from: NaiveDate,
    /// `month_number(day)`: revenue periods started by this month count.
    month: i64,
}

impl ScoringDay {
    pub(crate) fn new(day: NaiveDate) -> Self {
        ScoringDay { day, window_from: window_start(day), month: month_number(day) }
    }

    pub(crate) fn day(&self) -> NaiveDate {
        self.day
    }
}

/// One client's scores on `as_of`, and its risk on an `earlier` day, for `score_portfolio`.
pub(crate) struct ClientParts {
    pub profit: ProfitScore,
    pub loyalty: Option<LoyaltyScore>,
    pub risk: RiskScore,
    pub contact: ContactStatus,
    /// [`risk_value`] on the earlier day, when one was asked for.
    pub earlier_risk: Option<f64>,
}

/// Exactly [`profit_score`], [`loyalty_score`], [`risk_score`], [`contact_status`] on `as_of`
/// and [`risk_value`] on `earlier` (both with the client's P(alive) from the purchase-history
/// model, `None` without purchase data), with each of the client's record lists read once: the
/// ratings and interactions in one pass for both days, the revenue labels parsed once (into
/// `scratch`, reused across clients) for the trends of both days, the care activities and the
/// dossier once.
pub(crate) fn score_parts(
    c: &Client,
    pw: &PreparedWeights<'_>,
    today: &ScoringDay,
    then: Option<&ScoringDay>,
    scratch: &mut Vec<ParsedPoint>,
    p_alive: Option<f64>,
) -> ClientParts {
    let w = pw.weights;
    let (as_of, earlier) = (today.day, then.map(|t| t.day));
    // Ratings and last contact, for both days.
    let (mut ratings, mut ratings_then): (LastTwo<'_>, LastTwo<'_>) = ((None, None), (None, None));
    for r in &c.ratings {
        if r.date <= as_of {
            step_rating(&mut ratings, r);
        }
        if earlier.is_some_and(|e| r.date <= e) {
            step_rating(&mut ratings_then, r);
        }
    }
    let (mut contact, mut contact_then): (Option<NaiveDate>, Option<NaiveDate>) = (None, None);
    for d in c.interactions.iter().map(|i| i.date) {
        if d <= as_of {
            contact = contact.max(Some(d));
        }
        if earlier.is_some_and(|e| d <= e) {
            contact_then = contact_then.max(Some(d));
        }
    }
    // Revenue labels parsed once; the trend of each day keeps the periods started by then.
    scratch.clear();
    scratch.extend(c.revenue_history.iter().filter_map(parse_point));
    let points = &*scratch;
    let month = today.month;
    let trend = trend_of(|| points.iter().copied(), month);

    let profit = profit_score_with_trend(c, today.window_from, as_of, trend);
    let loyalty = loyalty_from(ratings);
    let contact = contact_from(c, w, as_of, contact);
    let risk = pw.risk_score(risk_inputs_from(c, w, as_of, contact, ratings, trend, p_alive));
    let earlier_risk = then.map(|then| {
        let e = then.day;
        // As `risk_value`: the trend only when the revenue factor counts. The trend only depends
        // on which periods had started: when none started in between, it is today's.
        let trend_then = if pw.without_p_alive.effective[RiskFactor::RevenueDecline.index()] <= 0.0 {
            None
        } else if !points.iter().any(|(per, _, _)| (then.month + 1..=month).contains(&per.start_month())) {
            trend
        } else {
            trend_of(|| points.iter().copied(), then.month)
        };
        let contact_then = contact_from(c, w, e, contact_then);
        // The purchase history has one P(alive) (at its calibration end): the same on both days,
        // so importing it does not show up as a change of risk.
        pw.risk_value(&risk_inputs_from(c, w, e, contact_then, ratings_then, trend_then, p_alive))
    });
    ClientParts { profit, loyalty, risk, contact, earlier_risk }
}

pub(super) fn risk_detail(f: RiskFactor, inp: &RiskInputs) -> Text {
    match f {
        RiskFactor::Silence => {
            let cs = &inp.contact;
            let cadence = if cs.agreed_cadence {
                Text::new("scoring-silence-cadence-agreed").arg("days", cs.cadence_days)
            } else {
                Text::new("scoring-silence-cadence-default").arg("days", cs.cadence_days)
            };
            match (cs.days_since, cs.from_start_date) {
                (None, _) => Text::new("scoring-silence-no-contact"),
                (Some(d), true) => Text::new("scoring-silence-since-start").arg("days", d).arg("cadence", cadence),
                (Some(d), false) if d > i64::from(cs.cadence_days) => {
                    Text::new("scoring-silence-overdue").arg("days", d).arg("cadence", cadence)
                }
                (Some(d), false) => Text::new("scoring-silence-recent").arg("days", d).arg("cadence", cadence),
            }
        }
        RiskFactor::SatisfactionDrop => match inp.satisfaction {
            None => Text::new("scoring-satisfaction-no-ratings"),
            Some((_, None)) => Text::new("scoring-satisfaction-one-rating"),
            Some((l, Some(p))) if l < p => {
                Text::new("scoring-satisfaction-fell").arg("from", u32::from(p)).arg("to", u32::from(l))
            }
            Some((l, Some(p))) if l > p => {
                Text::new("scoring-satisfaction-rose").arg("from", u32::from(p)).arg("to", u32::from(l))
            }
            Some((l, Some(_))) => Text::new("scoring-satisfaction-unchanged").arg("value", u32::from(l)),
        },
        RiskFactor::RevenueDecline => match &inp.trend {
            None => Text::new("scoring-revenue-no-history"),
            Some(t) => {
                let change = match t.change {
                    Some(ch) if ch < 0.0 => Text::new("scoring-revenue-fell").arg("change", Arg::Percent(Some(-ch))),
                    Some(ch) if ch > 0.0 => Text::new("scoring-revenue-rose").arg("change", Arg::Percent(Some(ch))),
                    Some(_) => Text::new("scoring-revenue-unchanged"),
                    None => Text::new("scoring-revenue-from-nothing"),
                };
                let detail = Text::new("scoring-revenue-detail")
                    .arg("change", change)
                    .arg("previous_period", t.previous_period.label())
                    .arg("previous", Arg::Money(t.previous))
                    .arg("last_period", t.last_period.label())
                    .arg("last", Arg::Money(t.last));
                match (t.previous_orders, t.last_orders) {
                    (Some(p), Some(l)) => {
                        Text::new("scoring-revenue-detail-orders").arg("detail", detail).arg("previous", p).arg("last", l)
                    }
                    _ => detail,
                }
            }
        },
        RiskFactor::ContractEnd => match inp.days_to_contract_end {
            None => Text::new("scoring-contract-none"),
            Some(d) if d < 0 => Text::new("scoring-contract-ended").arg("days", -d),
            Some(0) => Text::new("scoring-contract-ends-today"),
            Some(d) if d <= i64::from(inp.contract_window_days) => {
                Text::new("scoring-contract-ends-watched").arg("days", d).arg("window", inp.contract_window_days)
            }
            Some(d) => Text::new("scoring-contract-ends").arg("days", d),
        },
        RiskFactor::NewManager => match inp.days_since_manager_change {
            None => Text::new("scoring-manager-none"),
            Some(d) if d < 0 => Text::new("scoring-manager-future").arg("days", -d),
            Some(d) if d <= i64::from(inp.manager_window_days) => Text::new("scoring-manager-new").arg("days", d),
            Some(d) => Text::new("scoring-manager-old").arg("days", d).arg("window", inp.manager_window_days),
        },
        RiskFactor::Complaints => match inp.complaints {
            0 => Text::new("scoring-complaints-none"),
            n => Text::new("scoring-complaints-open").arg("count", n),
        },
        RiskFactor::Competitor => {
            if inp.competitor {
                Text::new("scoring-competitor-active")
            } else {
                Text::new("scoring-competitor-none")
            }
        }
        RiskFactor::LowShareOfWallet => match inp.share_of_wallet {
            None => Text::new("scoring-share-of-wallet-unknown"),
            Some(s) => Text::new("scoring-share-of-wallet-detail").arg("share", Arg::Percent(Some(s.clamp(0.0, 1.0)))),
        },
        RiskFactor::LowLoyalty => match inp.loyalty {
            None => Text::new("scoring-low-loyalty-unknown"),
            Some(l) => Text::new("scoring-low-loyalty-detail")
                .arg("score", Arg::Dec(l, 0))
                .arg("segment", Commitment::from_score(l).label_lower()),
        },
        RiskFactor::PurchaseModel => match inp.p_alive {
            None => Text::new("scoring-purchase-model-none"),
            Some(p) => Text::new("scoring-purchase-model-detail").arg("share", Arg::Percent(Some(p))),
        },
    }
}

//! Explainable per-client scores: profitability with care costs, loyalty for life (after
//! Hofmeyr's Conversion Model) and churn risk from factors the user can weigh and switch off.
//!
//! Every score comes with a list of [`Contribution`]s: which factor, how many points it added or
//! removed, and a sentence with the figures behind it, as [`Text`]s (message key and typed
//! arguments, messages in `src/i18n/*/engine-scoring.ftl`) shown in the reader's language.
//! Formulas, defaults and sources are in `docs/scoring.md`.
//!
//! Conventions: every function takes the day of the calculation `as_of` (the engine has no clock);
//! records dated after `as_of` are ignored; no function panics or returns NaN on any input.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use super::dossier::{dossier_cost_and_entries_between, dossier_cost_last_12_months, window_start};
use super::model::{Client, LoyaltyRating, Period, PeriodKind, RevenuePoint};
use super::portfolio::Profitability;
use crate::i18n::{Arg, Text};

/// One factor's part in a score.
#[derive(Clone, Debug, PartialEq)]
pub struct Contribution {
    /// Stable key (e.g. `silence`), for the UI and tests.
    pub key: &'static str,
    /// The factor's name, shown in the reader's language.
    pub label: Text,
    /// Points added (+) or removed (−): money for profit, score points for loyalty and risk.
    pub points: f64,
    /// The figures behind it, e.g. "No contact for 41 days; agreed every 14".
    pub detail: Text,
}

fn contribution(key: &'static str, label: Text, points: f64, detail: Text) -> Contribution {
    Contribution { key, label, points: finite(points), detail }
}

/// A finite number, or 0 for NaN/±∞ (stored data can hold anything).
fn finite(v: f64) -> f64 {
    if v.is_finite() {
        v
    } else {
        0.0
    }
}

/// Whole days from `from` to `to` (negative when `from` is later).
pub fn days_between(from: NaiveDate, to: NaiveDate) -> i64 {
    to.signed_duration_since(from).num_days()
}

// ------------------------------------------------------------------------------------------
// Profitability
// ------------------------------------------------------------------------------------------

/// Care activities count against profit for this many days before `as_of` (the last 12 months).
pub const CARE_WINDOW_DAYS: i64 = 365;

/// Cost of care activities (events, gifts, free work, discounts, …) dated in the 365 days up to
/// and including `as_of`. Negative or non-finite costs count as 0.
pub fn care_cost_last_12_months(c: &Client, as_of: NaiveDate) -> f64 {
    care_cost_and_count(c, window_start(as_of), as_of).0
}

/// [`care_cost_last_12_months`] and how many activities it counts, in one pass. `from` is
/// `window_start(as_of)`: `from <= date <= as_of` is `days_between(date, as_of)` in
/// `0..CARE_WINDOW_DAYS`, by plain date comparisons.
fn care_cost_and_count(c: &Client, from: NaiveDate, as_of: NaiveDate) -> (f64, usize) {
    let mut n = 0;
    let cost = c
        .care_activities
        .iter()
        .filter(|a| from <= a.date && a.date <= as_of)
        .map(|a| {
            n += 1;
            finite(a.cost).max(0.0)
        })
        .sum();
    (cost, n)
}

/// Yearly profitability with care costs: revenue − direct cost − cost to serve − care costs of the
/// last 12 months − the value dossier's costs of the last 12 months ("costs we bore" and "special
/// conditions" entries, see `engine::dossier`). The same [`Profitability`] as
/// `portfolio::profitability`, which ignores care and the dossier.
pub fn profitability_with_care(c: &Client, as_of: NaiveDate) -> Profitability {
    let revenue = finite(c.annual_revenue);
    let profit = revenue
        - finite(c.direct_cost)
        - finite(c.cost_to_serve)
        - care_cost_last_12_months(c, as_of)
        - dossier_cost_last_12_months(c, as_of);
    let margin = if revenue > 0.0 { Some(profit / revenue) } else { None };
    Profitability { revenue, profit, margin }
}

/// How revenue moved over the recorded history.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RevenueTrend {
    /// The granularity compared (that of the latest recorded period).
    pub kind: PeriodKind,
    /// The last period (`last_period.label()` gives `2025-Q2`).
    pub last_period: Period,
    pub last: f64,
    /// The recorded period of the same kind before the last one (not necessarily adjacent).
    pub previous_period: Period,
    pub previous: f64,
    /// (last − previous) / previous; `None` when the previous revenue is 0.
    pub change: Option<f64>,
    /// Least-squares slope of revenue per period over the last (up to) [`TREND_PERIODS`] periods
    /// of that kind, gaps respected.
    pub slope: f64,
    /// How many periods the slope uses (≥ 2).
    pub periods_used: usize,
    pub last_orders: Option<u32>,
    pub previous_orders: Option<u32>,
}

/// Periods used by the trend slope.
pub const TREND_PERIODS: usize = 8;

/// The revenue trend from the client's history: the latest period (by start date, not after
/// `as_of`) fixes the granularity; periods of that kind are sorted, a duplicated label keeps its
/// last entry; the last two are compared and a slope is fitted. `None` with fewer than two
/// periods of that kind. Unparseable labels are skipped.
pub fn revenue_trend(c: &Client, as_of: NaiveDate) -> Option<RevenueTrend> {
    trend_of(|| c.revenue_history.iter().filter_map(parse_point), month_number(as_of))
}

/// A parsed revenue point: period, revenue (non-finite → 0), orders.
pub(crate) type ParsedPoint = (Period, f64, Option<u32>);

/// `year × 12 + month0` of a day, the scale of [`Period::start_month`].
fn month_number(d: NaiveDate) -> i64 {
    i64::from(d.year()) * 12 + i64::from(d.month0())
}

/// A revenue point with its label parsed; `None` for a label [`Period::parse`] rejects.
fn parse_point(p: &RevenuePoint) -> Option<ParsedPoint> {
    parse_period(&p.period).map(|per| (per, finite(p.revenue), p.orders))
}

/// [`Period::parse`], with a fast path for the canonical labels `2024`, `2025-Q2` / `2025-q2`
/// and `2025-03` (exactly what `Period::parse` gives for them, without trimming and splitting);
/// anything else goes to `Period::parse`.
fn parse_period(text: &str) -> Option<Period> {
    let b = text.as_bytes();
    let digits = |s: &[u8]| s.iter().all(u8::is_ascii_digit);
    let number = |s: &[u8]| s.iter().fold(0u32, |n, d| n * 10 + u32::from(d - b'0'));
    // Four ASCII digits: at most 9999, so the cast is exact.
    let year = |s: &[u8]| Some(number(s) as i32).filter(|y| (1900..=2200).contains(y));
    if b.len() == 4 && digits(b) {
        return year(b).map(Period::Year);
    }
    if b.len() == 7 && b[4] == b'-' && digits(&b[..4]) {
        if matches!(b[5], b'Q' | b'q') && b[6].is_ascii_digit() {
            let q = number(&b[6..]);
            return if (1..=4).contains(&q) { year(&b[..4]).map(|y| Period::Quarter(y, q)) } else { None };
        }
        if digits(&b[5..]) {
            let m = number(&b[5..]);
            return if (1..=12).contains(&m) { year(&b[..4]).map(|y| Period::Month(y, m)) } else { None };
        }
    }
    Period::parse(text).ok()
}

/// The trend of the parsed points (in history order) that have started by `as_of_month`.
fn trend_of<I: Iterator<Item = ParsedPoint>>(points: impl Fn() -> I, as_of_month: i64) -> Option<RevenueTrend> {
    // No allocation: scoring calls this for every client. Pass 1 finds the granularity of the
    // latest period; pass 2 keeps the last TREND_PERIODS distinct periods of it, sorted.
    // A period counts once it has started: its first month is not after as_of's month.
    let parsed = || points().filter(move |(per, _, _)| per.start_month() <= as_of_month);
    let kind = parsed().map(|(per, _, _)| (per.start_month(), per.kind())).max()?.1;
    let mut window = [(Period::Year(0), 0.0, None::<u32>); TREND_PERIODS];
    let mut n = 0;
    for point in parsed().filter(|(per, _, _)| per.kind() == kind) {
        let idx = point.0.index();
        if let Some(slot) = window[..n].iter_mut().find(|w| w.0.index() == idx) {
            *slot = point; // a duplicated label keeps its last entry
            continue;
        }
        if n < TREND_PERIODS {
            window[n] = point;
            n += 1;
        } else if idx > window[0].0.index() {
            window[0] = point; // drop the oldest
        } else {
            continue;
        }
        window[..n].sort_by_key(|w| w.0.index());
    }
    if n < 2 {
        return None;
    }
    let window = &window[..n];
    let (lp, last, lo) = window[n - 1];
    let (pp, previous, po) = window[n - 2];
    let x0 = window[0].0.index();
    let m = n as f64;
    let mean_x = window.iter().map(|p| (p.0.index() - x0) as f64).sum::<f64>() / m;
    let mean_y = window.iter().map(|p| p.1).sum::<f64>() / m;
    let (mut sxy, mut sxx) = (0.0, 0.0);
    for p in window {
        let dx = (p.0.index() - x0) as f64 - mean_x;
        sxy += dx * (p.1 - mean_y);
        sxx += dx * dx;
    }
    // Periods are distinct, so sxx > 0; the guard keeps it total anyway.
    let slope = if sxx > 0.0 { finite(sxy / sxx) } else { 0.0 };
    let change = if previous > 0.0 { Some(finite((last - previous) / previous)) } else { None };
    Some(RevenueTrend {
        kind,
        last_period: lp,
        last,
        previous_period: pp,
        previous,
        change,
        slope,
        periods_used: n,
        last_orders: lo,
        previous_orders: po,
    })
}

/// A client's profitability, explained.
#[derive(Clone, Debug, PartialEq)]
pub struct ProfitScore {
    pub revenue: f64,
    pub direct_cost: f64,
    pub cost_to_serve: f64,
    /// Care activities of the last 12 months (free work and discounts included).
    pub care_cost: f64,
    /// Value-dossier entries of the last 12 months that are a cost to us ("costs we bore" and
    /// "special conditions").
    pub dossier_cost: f64,
    /// revenue − direct cost − cost to serve − care cost − dossier cost.
    pub profit: f64,
    /// profit / revenue; `None` without revenue.
    pub margin: Option<f64>,
    pub trend: Option<RevenueTrend>,
    /// Estimated profit change of the last period against the previous one:
    /// (last − previous revenue) × today's margin. `None` without a trend or a margin.
    pub profit_change: Option<f64>,
    /// Care activities counted in `care_cost`.
    pub care_activities: usize,
    /// Dossier entries counted in `dossier_cost`.
    pub dossier_entries: usize,
}

impl ProfitScore {
    /// Revenue (+) and each cost (−), in money; they add up to `profit`. The dossier line
    /// (`dossier_cost`) is there only when dossier costs were counted. Built on demand (the
    /// figures are computed eagerly, the sentences only when shown).
    pub fn contributions(&self) -> Vec<Contribution> {
        let mut lines = vec![
            contribution(
                "revenue",
                Text::new("scoring-profit-revenue"),
                self.revenue,
                Text::new("scoring-profit-revenue-detail").arg("amount", Arg::Money(self.revenue)),
            ),
            contribution(
                "direct_cost",
                Text::new("scoring-profit-direct-cost"),
                -self.direct_cost,
                Text::new("scoring-profit-direct-cost-detail").arg("amount", Arg::Money(self.direct_cost)),
            ),
            contribution(
                "cost_to_serve",
                Text::new("scoring-profit-cost-to-serve"),
                -self.cost_to_serve,
                Text::new("scoring-profit-cost-to-serve-detail").arg("amount", Arg::Money(self.cost_to_serve)),
            ),
            contribution(
                "care_cost",
                Text::new("scoring-profit-care"),
                -self.care_cost,
                Text::new("scoring-profit-care-detail")
                    .arg("amount", Arg::Money(self.care_cost))
                    .arg("count", self.care_activities),
            ),
        ];
        if self.dossier_entries > 0 || self.dossier_cost != 0.0 {
            lines.push(contribution(
                "dossier_cost",
                Text::new("scoring-profit-dossier"),
                -self.dossier_cost,
                Text::new("scoring-profit-dossier-detail")
                    .arg("amount", Arg::Money(self.dossier_cost))
                    .arg("count", self.dossier_entries),
            ));
        }
        lines
    }
}

pub fn profit_score(c: &Client, as_of: NaiveDate) -> ProfitScore {
    profit_score_with_trend(c, window_start(as_of), as_of, revenue_trend(c, as_of))
}

/// [`profit_score`] with the revenue trend and the first day of the 12-month window
/// (`window_start(as_of)`) already computed.
fn profit_score_with_trend(c: &Client, from: NaiveDate, as_of: NaiveDate, trend: Option<RevenueTrend>) -> ProfitScore {
    let (care_cost, care_activities) = care_cost_and_count(c, from, as_of);
    let (dossier_cost, dossier_entries) = dossier_cost_and_entries_between(c, from, as_of);
    // The same sums, in the same order, as `profitability_with_care`.
    let revenue = finite(c.annual_revenue);
    let (direct_cost, cost_to_serve) = (finite(c.direct_cost), finite(c.cost_to_serve));
    let profit = revenue - direct_cost - cost_to_serve - care_cost - dossier_cost;
    let margin = if revenue > 0.0 { Some(profit / revenue) } else { None };
    let profit_change = match (&trend, margin) {
        (Some(t), Some(m)) => Some(finite((t.last - t.previous) * m)),
        _ => None,
    };
    ProfitScore {
        revenue,
        direct_cost,
        cost_to_serve,
        care_cost,
        dossier_cost,
        profit,
        margin,
        trend,
        profit_change,
        care_activities,
        dossier_entries,
    }
}

// ------------------------------------------------------------------------------------------
// Loyalty for life (Conversion Model)
// ------------------------------------------------------------------------------------------

/// Points of the loyalty score from satisfaction, involvement and (gated) affinity; they add to 100.
pub const LOYALTY_WEIGHTS: (f64, f64, f64) = (40.0, 30.0, 30.0);
/// Affinity starts to count when both satisfaction and involvement reach this (0–10 scale) …
pub const AFFINITY_GATE_FROM: f64 = 5.0;
/// … and counts fully once both reach this.
pub const AFFINITY_GATE_FULL: f64 = 7.0;

/// How much of affinity counts, 0..=1: min(satisfaction, involvement) ramped linearly from
/// [`AFFINITY_GATE_FROM`] (0) to [`AFFINITY_GATE_FULL`] (1). Affinity only arises once the other two exist.
pub fn affinity_gate(satisfaction: f64, involvement: f64) -> f64 {
    let base = finite(satisfaction.min(involvement));
    ((base - AFFINITY_GATE_FROM) / (AFFINITY_GATE_FULL - AFFINITY_GATE_FROM)).clamp(0.0, 1.0)
}

fn scale10(v: f64) -> f64 {
    finite(v).clamp(0.0, 10.0)
}

/// Loyalty 0..=100 from answers on 0–10 scales (clamped):
/// 4·S + 3·I + 3·A·gate(min(S, I)). Non-decreasing in each answer.
pub fn loyalty_value(satisfaction: f64, involvement: f64, affinity: f64) -> f64 {
    let (s, i, a) = (scale10(satisfaction), scale10(involvement), scale10(affinity));
    let (ws, wi, wa) = LOYALTY_WEIGHTS;
    (ws * s / 10.0 + wi * i / 10.0 + wa * a / 10.0 * affinity_gate(s, i)).clamp(0.0, 100.0)
}

fn rating_value(r: &LoyaltyRating) -> f64 {
    loyalty_value(f64::from(r.satisfaction), f64::from(r.involvement), f64::from(r.affinity))
}

/// Commitment segments of the Conversion Model's users, by loyalty score.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Commitment {
    /// Below [`SHALLOW_FROM`]: ready to switch.
    Convertible,
    Shallow,
    Average,
    /// From [`ENTRENCHED_FROM`]: will stay for the foreseeable future.
    Entrenched,
}

pub const ENTRENCHED_FROM: f64 = 75.0;
pub const AVERAGE_FROM: f64 = 55.0;
pub const SHALLOW_FROM: f64 = 35.0;

impl Commitment {
    pub fn from_score(score: f64) -> Commitment {
        match finite(score) {
            s if s >= ENTRENCHED_FROM => Commitment::Entrenched,
            s if s >= AVERAGE_FROM => Commitment::Average,
            s if s >= SHALLOW_FROM => Commitment::Shallow,
            _ => Commitment::Convertible,
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Commitment::Entrenched => "entrenched",
            Commitment::Average => "average",
            Commitment::Shallow => "shallow",
            Commitment::Convertible => "convertible",
        }
    }

    /// The segment's name, e.g. "Entrenched".
    pub fn label(self) -> Text {
        Text::new(match self {
            Commitment::Entrenched => crate::k!("scoring-commitment-entrenched"),
            Commitment::Average => crate::k!("scoring-commitment-average"),
            Commitment::Shallow => crate::k!("scoring-commitment-shallow"),
            Commitment::Convertible => crate::k!("scoring-commitment-convertible"),
        })
    }

    /// The name inside a sentence, e.g. "entrenched" in "Loyalty 80/100 (entrenched)".
    pub fn label_lower(self) -> Text {
        Text::new(match self {
            Commitment::Entrenched => crate::k!("scoring-commitment-entrenched.lower"),
            Commitment::Average => crate::k!("scoring-commitment-average.lower"),
            Commitment::Shallow => crate::k!("scoring-commitment-shallow.lower"),
            Commitment::Convertible => crate::k!("scoring-commitment-convertible.lower"),
        })
    }
}

/// Reichheld's Net Promoter categories of a 0–10 answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NpsCategory {
    /// 0–6
    Detractor,
    /// 7–8
    Passive,
    /// 9–10
    Promoter,
}

impl NpsCategory {
    pub fn from_answer(answer: u8) -> NpsCategory {
        match answer {
            0..=6 => NpsCategory::Detractor,
            7..=8 => NpsCategory::Passive,
            _ => NpsCategory::Promoter,
        }
    }

    /// Stable key: `detractor`, `passive`, `promoter` (also the variant picked in messages).
    pub fn key(self) -> &'static str {
        match self {
            NpsCategory::Detractor => "detractor",
            NpsCategory::Passive => "passive",
            NpsCategory::Promoter => "promoter",
        }
    }

    /// The category's name, e.g. "promoter".
    pub fn label(self) -> Text {
        Text::new(match self {
            NpsCategory::Detractor => crate::k!("scoring-nps-detractor"),
            NpsCategory::Passive => crate::k!("scoring-nps-passive"),
            NpsCategory::Promoter => crate::k!("scoring-nps-promoter"),
        })
    }
}

/// Loyalty for life, explained.
#[derive(Clone, Debug, PartialEq)]
pub struct LoyaltyScore {
    /// 0..=100.
    pub score: f64,
    pub segment: Commitment,
    /// Date of the rating it comes from (the latest not after `as_of`).
    pub rating_date: NaiveDate,
    /// Share of affinity that counted, 0..=1.
    pub affinity_gate: f64,
    /// Score of the rating before, when there is one.
    pub previous_score: Option<f64>,
    /// score − previous score.
    pub trend: Option<f64>,
    /// The NPS answer of the latest rating and its category (reported, not part of the score).
    pub nps: Option<(u8, NpsCategory)>,
    /// The answers used (clamped to 0..=10).
    pub satisfaction: f64,
    pub involvement: f64,
    pub affinity: f64,
}

impl LoyaltyScore {
    /// Satisfaction, involvement and gated affinity points (they add up to `score`), plus the NPS
    /// answer as a 0-point line when there is one. Built on demand.
    pub fn contributions(&self) -> Vec<Contribution> {
        let (s, i, a, gate) = (self.satisfaction, self.involvement, self.affinity, self.affinity_gate);
        let (ws, wi, wa) = LOYALTY_WEIGHTS;
        let aff_detail = if gate >= 1.0 {
            Text::new("scoring-loyalty-affinity-full").arg("affinity", a).arg("full", AFFINITY_GATE_FULL)
        } else if gate <= 0.0 {
            Text::new("scoring-loyalty-affinity-none")
                .arg("affinity", a)
                .arg("from", AFFINITY_GATE_FROM)
                .arg("lower", s.min(i))
        } else {
            Text::new("scoring-loyalty-affinity-partial")
                .arg("affinity", a)
                .arg("share", Arg::Percent(Some(gate)))
                .arg("lower", s.min(i))
                .arg("full", AFFINITY_GATE_FULL)
        };
        let mut out = vec![
            contribution(
                "satisfaction",
                Text::new("scoring-loyalty-satisfaction"),
                ws * s / 10.0,
                Text::new("scoring-loyalty-satisfaction-detail").arg("value", s).arg("date", self.rating_date),
            ),
            contribution(
                "involvement",
                Text::new("scoring-loyalty-involvement"),
                wi * i / 10.0,
                Text::new("scoring-loyalty-involvement-detail").arg("value", i),
            ),
            contribution("affinity", Text::new("scoring-loyalty-affinity"), wa * a / 10.0 * gate, aff_detail),
        ];
        if let Some((n, cat)) = self.nps {
            out.push(contribution(
                "nps",
                Text::new("scoring-loyalty-nps"),
                0.0,
                Text::new("scoring-loyalty-nps-detail").arg("answer", u32::from(n)).arg("category", cat.key()),
            ));
        }
        out
    }
}

/// The latest and the previous rating.
type LastTwo<'a> = (Option<&'a LoyaltyRating>, Option<&'a LoyaltyRating>);

/// Take the next rating (in list order) into the latest two (ties: later in the list wins).
fn step_rating<'a>((last, prev): &mut LastTwo<'a>, r: &'a LoyaltyRating) {
    match *last {
        Some(l) if r.date < l.date => {
            if prev.is_none_or(|p| r.date >= p.date) {
                *prev = Some(r);
            }
        }
        _ => {
            *prev = *last;
            *last = Some(r);
        }
    }
}

/// The latest and the previous rating dated not after `as_of` (ties: later in the list wins).
fn last_two_ratings(c: &Client, as_of: NaiveDate) -> LastTwo<'_> {
    let mut two = (None, None);
    for r in c.ratings.iter().filter(|r| r.date <= as_of) {
        step_rating(&mut two, r);
    }
    two
}

/// Loyalty from the latest rating; `None` ("unknown", not 0) when there is no rating.
pub fn loyalty_score(c: &Client, as_of: NaiveDate) -> Option<LoyaltyScore> {
    loyalty_from(last_two_ratings(c, as_of))
}

fn loyalty_from((last, prev): LastTwo<'_>) -> Option<LoyaltyScore> {
    let r = last?;
    let (s, i, a) = (f64::from(r.satisfaction.min(10)), f64::from(r.involvement.min(10)), f64::from(r.affinity.min(10)));
    let gate = affinity_gate(s, i);
    let score = loyalty_value(s, i, a);
    let nps = r.nps.map(|n| (n.min(10), NpsCategory::from_answer(n.min(10))));
    let previous_score = prev.map(rating_value);
    Some(LoyaltyScore {
        score,
        segment: Commitment::from_score(score),
        rating_date: r.date,
        affinity_gate: gate,
        previous_score,
        trend: previous_score.map(|p| score - p),
        nps,
        satisfaction: s,
        involvement: i,
        affinity: a,
    })
}

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

    fn index(self) -> usize {
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

fn band_of(medium: f64, high: f64, score: f64) -> RiskBand {
    let score = finite(score);
    if score >= high {
        RiskBand::High
    } else if score >= medium {
        RiskBand::Medium
    } else {
        RiskBand::Low
    }
}

/// Risk band.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RiskBand {
    Low,
    Medium,
    High,
}

impl RiskBand {
    /// Stable key, the same in every language: `low`, `medium`, `high` (as stored; CSS classes,
    /// filter values).
    pub fn key(self) -> &'static str {
        match self {
            RiskBand::Low => "low",
            RiskBand::Medium => "medium",
            RiskBand::High => "high",
        }
    }

    /// The band's name, e.g. "High".
    pub fn label(self) -> Text {
        Text::new(match self {
            RiskBand::Low => crate::k!("scoring-band-low"),
            RiskBand::Medium => crate::k!("scoring-band-medium"),
            RiskBand::High => crate::k!("scoring-band-high"),
        })
    }

    /// The name inside a sentence, e.g. "high" in "Risk 72 (high)".
    pub fn label_lower(self) -> Text {
        Text::new(match self {
            RiskBand::Low => crate::k!("scoring-band-low.lower"),
            RiskBand::Medium => crate::k!("scoring-band-medium.lower"),
            RiskBand::High => crate::k!("scoring-band-high.lower"),
        })
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
fn contact_from(c: &Client, weights: &RiskWeights, as_of: NaiveDate, last_contact: Option<NaiveDate>) -> ContactStatus {
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
struct RiskInputs {
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

fn risk_inputs(c: &Client, w: &RiskWeights, as_of: NaiveDate, trend: Option<RevenueTrend>, p_alive: Option<f64>) -> RiskInputs {
    risk_inputs_from(c, w, as_of, contact_status(c, w, as_of), last_two_ratings(c, as_of), trend, p_alive)
}

/// [`risk_inputs`] with the contact status and the latest two ratings already found.
fn risk_inputs_from(
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

fn intensities(inp: &RiskInputs, w: &RiskWeights) -> [f64; FACTORS] {
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
const FACTORS: usize = RiskFactor::ALL.len();
// The purchase-model factor is the last one (`RiskScore`'s Debug leaves it out without data).
const _: () = assert!(RiskFactor::PurchaseModel as usize == FACTORS - 1);

/// Combine intensities: 100 · Σ wᵢ·xᵢ / Σ wᵢ over the factors that count (see [`FactorScale`]);
/// 0 when none counts. Returns the score, each factor's points and Σ wᵢ.
fn combine_with(x: &[f64; FACTORS], scale: &FactorScale) -> (f64, [f64; FACTORS], f64) {
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

/// The weights that count for one client, in [`RiskFactor::ALL`] order, their sum and which
/// factors count. The purchase-model factor only counts for a client with a known P(alive):
/// without one its weight is 0, so it is left out of Σ wᵢ and the other factors' points are exactly
/// what they were without the factor.
#[derive(Clone, Copy, Debug)]
struct FactorScale {
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
            out.push(contribution(
                "all_off",
                Text::new("scoring-risk-all-off"),
                0.0,
                Text::new("scoring-risk-all-off-detail"),
            ));
        }
        out.sort_by(|a, b| b.points.total_cmp(&a.points));
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
fn risk_score_with_trend(
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

fn risk_detail(f: RiskFactor, inp: &RiskInputs) -> Text {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::model::{CareActivity, CareKind, Channel, Interaction, RevenuePoint};

    pub(crate) fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
    }

    fn rating(date: &str, s: u8, i: u8, a: u8) -> LoyaltyRating {
        LoyaltyRating { date: d(date), satisfaction: s, involvement: i, affinity: a, nps: None }
    }

    fn base() -> Client {
        Client {
            id: "c1".into(),
            company: "Test SRL".into(),
            annual_revenue: 100_000.0,
            direct_cost: 50_000.0,
            cost_to_serve: 10_000.0,
            ..Client::default()
        }
    }

    #[test]
    fn profit_counts_care_of_the_last_12_months_only() {
        let mut c = base();
        let as_of = d("2025-06-30");
        c.care_activities = vec![
            CareActivity { date: d("2025-06-30"), kind: CareKind::Gift, note: String::new(), cost: 500.0 },
            CareActivity { date: d("2024-07-01"), kind: CareKind::FreeWork, note: String::new(), cost: 2_000.0 },
            // Exactly 365 days before: outside the window.
            CareActivity { date: d("2024-06-30"), kind: CareKind::Event, note: String::new(), cost: 9_999.0 },
            // In the future: ignored.
            CareActivity { date: d("2025-07-01"), kind: CareKind::Discount, note: String::new(), cost: 7_777.0 },
            // Negative cost: counts as 0.
            CareActivity { date: d("2025-01-01"), kind: CareKind::Other, note: String::new(), cost: -300.0 },
        ];
        let p = profit_score(&c, as_of);
        assert_eq!(p.care_cost, 2_500.0);
        assert_eq!(p.profit, 100_000.0 - 50_000.0 - 10_000.0 - 2_500.0);
        assert_eq!(p.margin, Some(0.375));
        let sum: f64 = p.contributions().iter().map(|c| c.points).sum();
        assert_eq!(sum, p.profit, "contributions add up to profit");
        assert_eq!(p.contributions()[3].detail.to_string(), "EUR 2,500 over the last 12 months (3 activities)");
        // The existing profitability ignores care.
        assert_eq!(crate::engine::portfolio::profitability(&c).profit, 40_000.0);
    }

    #[test]
    fn no_revenue_gives_no_margin_and_no_nan() {
        let mut c = base();
        c.annual_revenue = 0.0;
        let p = profit_score(&c, d("2025-01-01"));
        assert_eq!(p.margin, None);
        assert_eq!(p.profit, -60_000.0);
        assert!(p.trend.is_none() && p.profit_change.is_none());
        c.annual_revenue = f64::NAN;
        c.direct_cost = f64::INFINITY;
        let p = profit_score(&c, d("2025-01-01"));
        assert!(p.profit.is_finite());
        assert!(p.contributions().iter().all(|c| c.points.is_finite()));
    }

    #[test]
    fn revenue_trend_last_vs_previous_and_slope() {
        let mut c = base();
        c.revenue_history = vec![
            RevenuePoint { period: "2023".into(), revenue: 80_000.0, orders: Some(10) },
            RevenuePoint { period: "2025".into(), revenue: 90_000.0, orders: Some(6) },
            RevenuePoint { period: "2024".into(), revenue: 120_000.0, orders: Some(12) },
            RevenuePoint { period: "garbage".into(), revenue: 1e9, orders: None },
            // A future period is ignored.
            RevenuePoint { period: "2026".into(), revenue: 1.0, orders: None },
        ];
        let as_of = d("2025-06-30");
        let t = revenue_trend(&c, as_of).expect("three years");
        assert_eq!((t.previous_period.label().as_str(), t.last_period.label().as_str()), ("2024", "2025"));
        assert_eq!(t.change, Some(-0.25));
        // Points (0, 80k), (1, 120k), (2, 90k): slope = Σdx·dy/Σdx² = (−1·−16.67k + 1·3.33k)/2 = 5,000.
        assert!((t.slope - 5_000.0).abs() < 1e-6, "{}", t.slope);
        assert_eq!(t.periods_used, 3);
        let p = profit_score(&c, as_of);
        // (90k − 120k) × 40% margin.
        assert_eq!(p.profit_change, Some(-12_000.0));
        // Revenue fell 25% → 0.25/0.30; orders fell 50% → full. The larger counts.
        let r = risk_score(&c, &RiskWeights::default(), as_of);
        assert_eq!(r.intensity(RiskFactor::RevenueDecline), 1.0);
        let detail = r.contributions().into_iter().find(|c| c.key == "revenue_decline").unwrap().detail;
        assert_eq!(detail.to_string(), "Revenue fell 25% (2024: EUR 120,000 → 2025: EUR 90,000); orders 12 → 6");
    }

    #[test]
    fn fast_period_parsing_agrees_with_period_parse() {
        let mut labels: Vec<String> = vec!["", "202", "20245", "2025-", "-2025", "2025-Q", "2025-Q12", "2025-1", "2025-001", "2025-+1", "+202", "2025/03", "2025-Qé", "é025-Q1", " 2025", "2025 ", "Q2 2025", "2025 q2", "2025-Q2-1"]
            .into_iter()
            .map(String::from)
            .collect();
        for y in [0, 999, 1899, 1900, 2024, 2200, 2201, 9999] {
            labels.push(format!("{y:04}"));
            for q in ['Q', 'q', 'X'] {
                for n in 0..=9 {
                    labels.push(format!("{y:04}-{q}{n}"));
                }
            }
            for m in 0..=19 {
                labels.push(format!("{y:04}-{m:02}"));
            }
        }
        for l in &labels {
            assert_eq!(parse_period(l), Period::parse(l).ok(), "{l:?}");
        }
    }

    #[test]
    fn trend_slope_uses_the_last_eight_periods() {
        let mut c = base();
        // 2014..=2025, listed newest first; revenue 1,000 × (year − 2014), except an outlier in 2014.
        c.revenue_history = (2014..=2025)
            .rev()
            .map(|y| RevenuePoint { period: y.to_string(), revenue: if y == 2014 { 1e9 } else { 1_000.0 * (y - 2014) as f64 }, orders: None })
            .collect();
        let t = revenue_trend(&c, d("2025-12-31")).unwrap();
        assert_eq!(t.periods_used, TREND_PERIODS);
        assert!((t.slope - 1_000.0).abs() < 1e-9, "the 2014 outlier is outside the window: {}", t.slope);
        assert_eq!((t.previous, t.last), (10_000.0, 11_000.0));
    }

    #[test]
    fn quarters_are_compared_within_their_kind() {
        let mut c = base();
        c.revenue_history = vec![
            RevenuePoint { period: "2024".into(), revenue: 400_000.0, orders: None },
            RevenuePoint { period: "2025-Q1".into(), revenue: 100_000.0, orders: None },
            RevenuePoint { period: "2025-q2".into(), revenue: 110_000.0, orders: None },
            RevenuePoint { period: "2025-Q2".into(), revenue: 120_000.0, orders: None },
        ];
        let t = revenue_trend(&c, d("2025-06-30")).unwrap();
        assert_eq!(t.kind, PeriodKind::Quarter);
        assert_eq!(t.last, 120_000.0, "a duplicated label keeps its last entry");
        assert_eq!(t.change, Some(0.2));
        c.revenue_history.truncate(2);
        assert!(revenue_trend(&c, d("2025-06-30")).is_none(), "one quarter is no trend");
    }

    #[test]
    fn loyalty_hand_worked() {
        // 8/8/8: 32 + 24 + 24·1 = 80, entrenched.
        assert_eq!(loyalty_value(8.0, 8.0, 8.0), 80.0);
        assert_eq!(Commitment::from_score(80.0), Commitment::Entrenched);
        // 7/6/8: 28 + 18 + 24·0.5 = 58, average (gate: min 6 → (6−5)/2).
        assert_eq!(loyalty_value(7.0, 6.0, 8.0), 58.0);
        // 5/5/10: affinity does not count yet: 20 + 15 = 35, shallow.
        assert_eq!(loyalty_value(5.0, 5.0, 10.0), 35.0);
        assert_eq!(Commitment::from_score(35.0), Commitment::Shallow);
        // 3/4/2: 12 + 12 = 24, convertible.
        assert_eq!(Commitment::from_score(loyalty_value(3.0, 4.0, 2.0)), Commitment::Convertible);
        assert_eq!(loyalty_value(10.0, 10.0, 10.0), 100.0);
        assert_eq!(loyalty_value(0.0, 0.0, 0.0), 0.0);
        assert_eq!(loyalty_value(f64::NAN, 99.0, -5.0), 30.0, "clamped, never NaN");
    }

    #[test]
    fn loyalty_uses_latest_rating_and_trend() {
        let mut c = base();
        assert!(loyalty_score(&c, d("2025-06-30")).is_none(), "no rating is unknown, not 0");
        c.ratings = vec![
            rating("2025-01-10", 7, 6, 8),
            rating("2024-06-01", 8, 8, 8),
            rating("2025-09-01", 2, 2, 2), // after as_of: ignored
        ];
        c.ratings[0].nps = Some(9);
        let l = loyalty_score(&c, d("2025-06-30")).unwrap();
        assert_eq!(l.score, 58.0);
        assert_eq!(l.segment, Commitment::Average);
        assert_eq!(l.rating_date, d("2025-01-10"));
        assert_eq!(l.previous_score, Some(80.0));
        assert_eq!(l.trend, Some(-22.0));
        assert_eq!(l.affinity_gate, 0.5);
        assert_eq!(l.nps, Some((9, NpsCategory::Promoter)));
        let pts: f64 = l.contributions().iter().map(|c| c.points).sum();
        assert_eq!(pts, l.score, "contributions add up to the score");
        assert_eq!(
            l.contributions()[2].detail.to_string(),
            "Affinity 8/10 counts 50%: the lower of satisfaction and involvement is 6 (full from 7)"
        );
        // Out-of-range stored answers are clamped.
        c.ratings = vec![rating("2025-01-01", 200, 200, 200)];
        assert_eq!(loyalty_score(&c, d("2025-06-30")).unwrap().score, 100.0);
    }

    #[test]
    fn risk_hand_worked() {
        let as_of = d("2025-06-30");
        let mut c = base();
        c.contact_cadence_days = Some(14);
        c.interactions = vec![Interaction {
            date: d("2025-05-20"),
            channel: Channel::Call,
            who: "Ana".into(),
            note: String::new(),
            sentiment: 0,
        }];
        c.open_complaints = 1;
        c.competitor_activity = true;
        c.contract_end = Some(d("2025-08-14")); // 45 days → 0.5 of a 90-day window
        c.ratings = vec![rating("2024-06-01", 8, 8, 8), rating("2025-06-01", 6, 6, 6)];
        let w = RiskWeights::default();
        let r = risk_score(&c, &w, as_of);
        // Silence 41 days vs 14 → (41−14)/14 ≥ 1 → 1.0 × 15 = 15
        // Satisfaction 8 → 6: 2/3 × 15 = 10
        // Contract 0.5 × 10 = 5; complaints 1/3 × 10; competitor 10
        // Loyalty 6/6/6: 24 + 18 + 18·0.5 = 51 → (70−51)/50 = 0.38 × 10 = 3.8
        let expected = 15.0 + 10.0 + 5.0 + 10.0 / 3.0 + 10.0 + 3.8;
        assert!((r.score - expected).abs() < 1e-9, "{} vs {expected}", r.score);
        assert_eq!(r.band, RiskBand::Medium);
        assert_eq!(r.contributions()[0].key, "silence");
        assert_eq!(r.contributions()[0].detail.to_string(), "No contact for 41 days; agreed every 14");
        let sum: f64 = r.contributions().iter().map(|c| c.points).sum();
        assert!((sum - r.score).abs() < 1e-9);
        assert_eq!(risk_value(&c, &w, as_of), r.score);
        let find = |k: &str| r.contributions().iter().find(|c| c.key == k).unwrap().detail.to_string();
        assert_eq!(find("satisfaction_drop"), "Satisfaction fell from 8 to 6 (of 10)");
        assert_eq!(find("contract_end"), "Contract ends in 45 days; watched from 90 days before");
        assert_eq!(find("low_loyalty"), "Loyalty 51/100 (shallow)");
        assert_eq!(find("low_share_of_wallet"), "Share of wallet unknown");
    }

    #[test]
    fn risk_edge_cases() {
        let as_of = d("2025-06-30");
        let c = base();
        // No interactions, no start date, nothing else: only silence counts (no contact on record).
        let r = risk_score(&c, &RiskWeights::default(), as_of);
        assert_eq!(r.score, 15.0);
        assert_eq!(r.band, RiskBand::Low);
        assert!(r.contributions().iter().any(|c| c.detail.to_string() == "No contact on record"));
        // A start date 10 days ago: within the 30-day default cadence.
        let mut fresh = c.clone();
        fresh.start_date = Some(d("2025-06-20"));
        assert_eq!(risk_score(&fresh, &RiskWeights::default(), as_of).score, 0.0);
        // All factors off.
        let mut bad = c.clone();
        bad.competitor_activity = true;
        bad.open_complaints = 99;
        let r = risk_score(&bad, &RiskWeights::all_off(), as_of);
        assert_eq!(r.score, 0.0);
        assert_eq!(r.band, RiskBand::Low);
        assert_eq!(r.contributions().len(), 1);
        assert_eq!(r.contributions()[0].key, "all_off");
        assert_eq!(
            r.contributions()[0].detail.to_string(),
            "All risk factors are switched off (or weigh 0), so the risk is 0."
        );
        // Only one factor on: it is the whole scale.
        let mut w = RiskWeights::all_off();
        w.competitor.enabled = true;
        assert_eq!(risk_score(&bad, &w, as_of).score, 100.0);
        // Hostile weights: NaN, negative and huge are clamped; never NaN.
        let mut w = RiskWeights::default();
        w.silence.weight = f64::NAN;
        w.competitor.weight = -5.0;
        w.complaints.weight = 1e308;
        w.medium_from = f64::NAN;
        let r = risk_score(&bad, &w, as_of);
        assert!(r.score.is_finite() && (0.0..=100.0).contains(&r.score));
    }

    #[test]
    fn new_manager_and_expired_contract() {
        let as_of = d("2025-06-30");
        let mut c = base();
        c.start_date = Some(d("2025-06-29"));
        c.manager_changed_on = Some(d("2025-05-01")); // 60 days of 180 → 2/3
        c.contract_end = Some(d("2025-06-01"));
        let r = risk_score(&c, &RiskWeights::default(), as_of);
        assert!((r.intensity(RiskFactor::NewManager) - 2.0 / 3.0).abs() < 1e-12);
        assert_eq!(r.intensity(RiskFactor::ContractEnd), 1.0);
        let ce = r.contributions().into_iter().find(|c| c.key == "contract_end").unwrap();
        assert_eq!(ce.detail.to_string(), "Contract ended 29 days ago with no renewal recorded");
    }

    use crate::engine::rng::SplitMix as Rng;

    #[test]
    fn property_factor_intensities_are_monotone_and_bounded() {
        let mut rng = Rng(42);
        for _ in 0..20_000 {
            let cadence = rng.range(0, 400) as u32;
            let (a, b) = (rng.range(-50, 2_000), rng.range(-50, 2_000));
            let (lo, hi) = (a.min(b), a.max(b));
            // More silence never lowers risk.
            assert!(silence_intensity(Some(lo), cadence) <= silence_intensity(Some(hi), cadence));
            assert!(silence_intensity(Some(hi), cadence) <= silence_intensity(None, cadence));
            // A nearer contract end / fresher manager change never lowers risk.
            let window = rng.range(0, 400) as u32;
            assert!(contract_end_intensity(hi, window) <= contract_end_intensity(lo, window));
            assert!(new_manager_intensity(hi, window) <= new_manager_intensity(lo, window));
            // Lower current revenue never lowers risk; more complaints never lower it.
            let prev = rng.unit() * 1e6;
            let (r1, r2) = (rng.unit() * 2e6, rng.unit() * 2e6);
            assert!(decline_intensity(prev, r1.max(r2)) <= decline_intensity(prev, r1.min(r2)));
            let (n1, n2) = (rng.range(0, 10) as u32, rng.range(0, 10) as u32);
            assert!(complaints_intensity(n1.min(n2)) <= complaints_intensity(n1.max(n2)));
            let (s1, s2) = (rng.unit() * 1.2 - 0.1, rng.unit() * 1.2 - 0.1);
            assert!(share_of_wallet_intensity(s1.max(s2)) <= share_of_wallet_intensity(s1.min(s2)));
            let (l1, l2) = (rng.unit() * 120.0 - 10.0, rng.unit() * 120.0 - 10.0);
            assert!(low_loyalty_intensity(l1.max(l2)) <= low_loyalty_intensity(l1.min(l2)));
            let p = rng.unit() * 10.0;
            let (q1, q2) = (rng.unit() * 10.0, rng.unit() * 10.0);
            assert!(satisfaction_drop_intensity(p, q1.max(q2)) <= satisfaction_drop_intensity(p, q1.min(q2)));
            for v in [
                silence_intensity(Some(lo), cadence),
                contract_end_intensity(lo, window),
                new_manager_intensity(lo, window),
                decline_intensity(prev, r1),
                share_of_wallet_intensity(s1),
                low_loyalty_intensity(l1),
                satisfaction_drop_intensity(p, q1),
            ] {
                assert!((0.0..=1.0).contains(&v), "{v}");
            }
        }
    }

    #[test]
    fn property_higher_answers_never_lower_loyalty() {
        let mut rng = Rng(7);
        for _ in 0..20_000 {
            let s = rng.range(0, 10) as f64;
            let i = rng.range(0, 10) as f64;
            let a = rng.range(0, 10) as f64;
            let base = loyalty_value(s, i, a);
            assert!((0.0..=100.0).contains(&base));
            let up = rng.range(0, 3) as f64;
            assert!(loyalty_value(s + up, i, a) >= base);
            assert!(loyalty_value(s, i + up, a) >= base);
            assert!(loyalty_value(s, i, a + up) >= base);
        }
    }

    #[test]
    fn property_whole_client_risk_is_monotone_in_silence_and_weights() {
        let mut rng = Rng(99);
        let as_of = d("2025-06-30");
        for _ in 0..2_000 {
            let mut c = base();
            c.contact_cadence_days = Some(rng.range(1, 60) as u32);
            c.open_complaints = rng.range(0, 4) as u32;
            c.competitor_activity = rng.range(0, 1) == 1;
            c.ratings = vec![rating("2025-01-01", rng.range(0, 10) as u8, rng.range(0, 10) as u8, rng.range(0, 10) as u8)];
            let mut w = RiskWeights::default();
            for f in RiskFactor::ALL {
                *w.get_mut(f) = FactorWeight { enabled: rng.range(0, 3) > 0, weight: rng.unit() * 30.0 };
            }
            let gap_a = rng.range(0, 200);
            let gap_b = rng.range(0, 200);
            let mut near = c.clone();
            near.interactions =
                vec![Interaction { date: as_of - chrono::Days::new(gap_a.min(gap_b) as u64), channel: Channel::Email, who: String::new(), note: String::new(), sentiment: 0 }];
            let mut far = c.clone();
            far.interactions = vec![Interaction { date: as_of - chrono::Days::new(gap_a.max(gap_b) as u64), ..near.interactions[0].clone() }];
            let (rn, rf) = (risk_value(&near, &w, as_of), risk_value(&far, &w, as_of));
            assert!(rn <= rf + 1e-12, "more silence lowered risk: {rn} > {rf}");
            // More satisfaction never raises the low-loyalty risk.
            let mut happier = near.clone();
            happier.ratings[0].satisfaction = (happier.ratings[0].satisfaction + 1).min(10);
            assert!(risk_value(&happier, &w, as_of) <= rn + 1e-12);
            assert!((0.0..=100.0).contains(&rn));
        }
    }

    #[test]
    fn purchase_model_factor_counts_only_with_a_known_p_alive() {
        let as_of = d("2025-06-30");
        let mut c = base();
        c.contact_cadence_days = Some(14);
        c.interactions = vec![Interaction { date: d("2025-05-20"), channel: Channel::Call, who: "Ana".into(), note: String::new(), sentiment: 0 }];
        c.competitor_activity = true;
        let w = RiskWeights::default();
        let without = risk_score(&c, &w, as_of);
        // Without purchase data: exactly the nine-factor score (silence 15 + competitor 10).
        assert_eq!(without.score, 25.0);
        assert_eq!(risk_score_with_p_alive(&c, &w, as_of, None), without);
        assert_eq!(risk_score_with_p_alive(&c, &w, as_of, Some(f64::NAN)), without, "NaN is no data");
        assert!(!without.counted[RiskFactor::PurchaseModel.index()]);
        assert!(without.contributions().iter().all(|x| x.key != "purchase_model"));
        assert_eq!(risk_value(&c, &w, as_of), without.score);
        // P(alive) 0.2: intensity 0.8, weight 10 of 110 → 100·10·0.8/110 points.
        let with = risk_score_with_p_alive(&c, &w, as_of, Some(0.2));
        assert!((with.intensity(RiskFactor::PurchaseModel) - 0.8).abs() < 1e-12);
        assert!(with.counted[RiskFactor::PurchaseModel.index()]);
        let pm = with.contributions().into_iter().find(|x| x.key == "purchase_model").expect("in the explanation");
        assert_eq!(pm.label.to_string(), "Purchase model: likely stopped buying");
        assert!((pm.points - 100.0 * 10.0 * 0.8 / 110.0).abs() < 1e-9, "{}", pm.points);
        assert_eq!(
            pm.detail.to_string(),
            "Purchase model puts the chance this client still buys at 20% (P(alive) from the purchase history)"
        );
        assert!((with.score - (15.0 + 10.0 + 8.0) * 100.0 / 110.0).abs() < 1e-9, "{}", with.score);
        let sum: f64 = with.contributions().iter().map(|x| x.points).sum();
        assert!((sum - with.score).abs() < 1e-9);
        assert_eq!(with.main_factor(None).unwrap().key, "silence");
        // Switched off: no purchase-model line, the score of the nine factors.
        let mut off = w.clone();
        off.purchase_model.enabled = false;
        let r = risk_score_with_p_alive(&c, &off, as_of, Some(0.2));
        assert_eq!(r.score, without.score);
        assert!(r.contributions().iter().all(|x| x.key != "purchase_model"));
        // Only the purchase model on: a client without data has no risk, one with data has 1 − P(alive).
        let mut only = RiskWeights::all_off();
        only.purchase_model.enabled = true;
        assert_eq!(risk_score(&c, &only, as_of).score, 0.0);
        assert!((risk_score_with_p_alive(&c, &only, as_of, Some(0.25)).score - 75.0).abs() < 1e-9);
        // Out-of-range P(alive) is clamped.
        assert_eq!(purchase_model_intensity(1.7), 0.0);
        assert_eq!(purchase_model_intensity(-0.3), 1.0);
        assert_eq!(purchase_model_intensity(f64::NAN), 0.0);
    }

    #[test]
    fn property_lower_p_alive_never_lowers_risk() {
        let mut rng = Rng(2024);
        let as_of = d("2025-06-30");
        for _ in 0..2_000 {
            let mut c = base();
            c.contact_cadence_days = Some(rng.range(1, 60) as u32);
            c.open_complaints = rng.range(0, 4) as u32;
            c.competitor_activity = rng.range(0, 1) == 1;
            c.ratings = vec![rating("2025-01-01", rng.range(0, 10) as u8, rng.range(0, 10) as u8, rng.range(0, 10) as u8)];
            let mut w = RiskWeights::default();
            for f in RiskFactor::ALL {
                *w.get_mut(f) = FactorWeight { enabled: rng.range(0, 3) > 0, weight: rng.unit() * 30.0 };
            }
            let (a, b) = (rng.unit() * 1.2 - 0.1, rng.unit() * 1.2 - 0.1);
            let (lo, hi) = (a.min(b), a.max(b));
            assert!(purchase_model_intensity(hi) <= purchase_model_intensity(lo));
            let r_lo = risk_score_with_p_alive(&c, &w, as_of, Some(lo)).score;
            let r_hi = risk_score_with_p_alive(&c, &w, as_of, Some(hi)).score;
            assert!(r_hi <= r_lo + 1e-12, "lower P(alive) lowered risk: {r_lo} < {r_hi}");
            assert!((0.0..=100.0).contains(&r_lo));
        }
    }

    #[test]
    fn stored_weights_without_the_purchase_model_load_with_its_default() {
        let mut old = serde_json::to_value(RiskWeights::default()).unwrap();
        let map = old.as_object_mut().unwrap();
        assert!(map.remove("purchase_model").is_some());
        map.insert("silence".into(), serde_json::json!({ "enabled": false, "weight": 3.0 }));
        let w: RiskWeights = serde_json::from_value(old).unwrap();
        assert_eq!(w.purchase_model, FactorWeight::on(10.0));
        assert_eq!(w.silence, FactorWeight { enabled: false, weight: 3.0 });
        assert_eq!(w.low_loyalty, RiskWeights::default().low_loyalty);
        // The nine classic defaults are unchanged and still add up to 100.
        let d = RiskWeights::default();
        let classic: f64 = RiskFactor::ALL.iter().filter(|f| **f != RiskFactor::PurchaseModel).map(|f| d.get(*f).weight).sum();
        assert_eq!(classic, 100.0);
        assert_eq!(RiskFactor::ALL.len(), 10);
        assert_eq!(RiskFactor::PurchaseModel.key(), "purchase_model");
    }
}

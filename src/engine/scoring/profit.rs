//! A client's profit explained: revenue trend and the profit score.

use chrono::{Datelike, NaiveDate};

use super::contribution::*;
use crate::engine::model::{Client, Period, PeriodKind, RevenuePoint};
use crate::engine::profit::*;
use crate::i18n::{Arg, Text};

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
pub(super) fn month_number(d: NaiveDate) -> i64 {
    i64::from(d.year()) * 12 + i64::from(d.month0())
}

/// A revenue point with its label parsed; `None` for a label [`Period::parse`] rejects.
pub(super) fn parse_point(p: &RevenuePoint) -> Option<ParsedPoint> {
    parse_period(&p.period).map(|per| (per, finite(p.revenue), p.orders))
}

/// [`Period::parse`], with a fast path for the canonical labels `2024`, `2025-Q2` / `2025-q2`
/// and `2025-03` (exactly what `Period::parse` gives for them, without trimming and splitting);
/// anything else goes to `Period::parse`.
pub(super) fn parse_period(text: &str) -> Option<Period> {
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
pub(super) fn trend_of<I: Iterator<Item = ParsedPoint>>(points: impl Fn() -> I, as_of_month: i64) -> Option<RevenueTrend> {
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
        crate::engine::util::sort::sort_by_key(&mut window[..n], |w| w.0.index());
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
pub(super) fn profit_score_with_trend(c: &Client, from: NaiveDate, as_of: NaiveDate, trend: Option<RevenueTrend>) -> ProfitScore {
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

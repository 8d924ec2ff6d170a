//! Score history: a client's churn risk and loyalty recomputed at every month end from its start,
//! each from the records dated on or before that day (the scores ignore later records), and the
//! trend of the last two month ends for the portfolio table's arrow.

use chrono::{Datelike, Days, NaiveDate};

use super::loyalty::loyalty_score;
use super::risk::{risk_value, RiskWeights};
use crate::engine::model::Client;

/// The most month ends a history goes back (20 years), so one client's history stays cheap.
pub const MAX_MONTHS: usize = 240;

/// A change of at least this many risk points between the last two month ends is a trend
/// (an arrow up or down); less is steady.
pub const TREND_POINTS: f64 = 5.0;

/// One point of a client's history.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ScorePoint {
    pub day: NaiveDate,
    /// Churn risk 0..=100 on `day` (without purchase data: the purchase model has no dated P(alive)).
    pub risk: f64,
    /// Loyalty for life on `day`; `None` before the first rating.
    pub loyalty: Option<f64>,
}

/// The last day of `d`'s month.
pub fn month_end(d: NaiveDate) -> NaiveDate {
    let (y, m) = if d.month() == 12 { (d.year() + 1, 1) } else { (d.year(), d.month() + 1) };
    NaiveDate::from_ymd_opt(y, m, 1).and_then(|first| first.pred_opt()).unwrap_or(d)
}

/// The month ends from `from`'s month up to `to` (month ends after `to` left out), then `to` itself
/// when it is not a month end; at most the last [`MAX_MONTHS`] + 1 days. Empty when `from > to`.
pub fn month_ends(from: NaiveDate, to: NaiveDate) -> Vec<NaiveDate> {
    let mut out = Vec::new();
    if from > to {
        return out;
    }
    let mut e = month_end(from);
    while e <= to {
        out.push(e);
        match e.checked_add_days(Days::new(1)) {
            Some(next) => e = month_end(next),
            None => break,
        }
    }
    if out.last() != Some(&to) {
        out.push(to);
    }
    if out.len() > MAX_MONTHS + 1 {
        out.drain(..out.len() - MAX_MONTHS - 1);
    }
    out
}

/// The first day a client's history can start: its start date, else its earliest interaction or
/// rating; `None` when none is known.
pub fn history_start(c: &Client) -> Option<NaiveDate> {
    c.start_date.or_else(|| c.interactions.iter().map(|i| i.date).chain(c.ratings.iter().map(|r| r.date)).min())
}

/// The client's risk and loyalty at every month end from its start to `as_of` (or to the day
/// before it was lost, when it was lost by then), then on that last day. Empty when no start is known.
pub fn score_history(c: &Client, w: &RiskWeights, as_of: NaiveDate) -> Vec<ScorePoint> {
    let Some(start) = history_start(c) else { return Vec::new() };
    let end = match c.lost_on {
        Some(l) if l <= as_of => l.pred_opt().unwrap_or(l),
        _ => as_of,
    };
    month_ends(start, end).into_iter().map(|day| score_on(c, w, day)).collect()
}

/// The client's scores on one day.
pub fn score_on(c: &Client, w: &RiskWeights, day: NaiveDate) -> ScorePoint {
    ScorePoint { day, risk: risk_value(c, w, day), loyalty: loyalty_score(c, day).map(|l| l.score) }
}

/// Where risk went between the last two month ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Trend {
    Falling,
    Steady,
    Rising,
}

/// The risk trend: risk at the last month end on or before `as_of` minus risk at the month end
/// before it, with the two risks. `None` when the client had not started by the earlier month end.
pub fn risk_trend(c: &Client, w: &RiskWeights, as_of: NaiveDate) -> Option<(Trend, f64, f64)> {
    let last =
        if month_end(as_of) == as_of { as_of } else { NaiveDate::from_ymd_opt(as_of.year(), as_of.month(), 1)?.pred_opt()? };
    let before = NaiveDate::from_ymd_opt(last.year(), last.month(), 1)?.pred_opt()?;
    if history_start(c).is_none_or(|s| s > before) {
        return None;
    }
    let (then, now) = (risk_value(c, w, before), risk_value(c, w, last));
    let change = now - then;
    let trend = if change >= TREND_POINTS {
        Trend::Rising
    } else if change <= -TREND_POINTS {
        Trend::Falling
    } else {
        Trend::Steady
    };
    Some((trend, then, now))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::sample::demo_portfolio;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
    }

    #[test]
    fn month_ends_run_from_the_start_month_to_the_day() {
        assert_eq!(month_end(d("2024-02-10")), d("2024-02-29"));
        assert_eq!(month_end(d("2025-12-01")), d("2025-12-31"));
        assert_eq!(
            month_ends(d("2025-10-15"), d("2026-01-20")),
            vec![d("2025-10-31"), d("2025-11-30"), d("2025-12-31"), d("2026-01-20")]
        );
        assert_eq!(month_ends(d("2025-10-15"), d("2025-11-30")), vec![d("2025-10-31"), d("2025-11-30")]);
        assert!(month_ends(d("2025-10-15"), d("2025-10-14")).is_empty());
        assert_eq!(month_ends(d("1990-01-01"), d("2026-01-20")).len(), MAX_MONTHS + 1);
    }

    #[test]
    fn a_lost_client_history_stops_the_day_before_it_left() {
        let mut c = demo_portfolio().clients[0].clone();
        c.start_date = Some(d("2025-01-10"));
        c.lost_on = Some(d("2025-06-15"));
        let h = score_history(&c, &RiskWeights::default(), d("2026-01-01"));
        assert_eq!(h.first().map(|p| p.day), Some(d("2025-01-31")));
        assert_eq!(h.last().map(|p| p.day), Some(d("2025-06-14")));
        assert_eq!(h.len(), 6);
    }

    #[test]
    fn trend_compares_the_last_two_month_ends() {
        // A client we stopped calling: silence grows from month to month.
        let mut c = demo_portfolio().clients[0].clone();
        c.start_date = Some(d("2020-01-01"));
        c.contact_cadence_days = Some(20);
        let last = c.interactions.iter().map(|i| i.date).max().expect("demo has interactions");
        let as_of = month_end(last).checked_add_days(Days::new(32)).expect("date");
        let (trend, then, now) = risk_trend(&c, &RiskWeights::default(), as_of).expect("started long ago");
        assert!(now > then, "{then} → {now}");
        assert_eq!(trend, if now - then >= TREND_POINTS { Trend::Rising } else { Trend::Steady });
        // A client that started last month has no trend yet.
        c.start_date = Some(as_of);
        c.interactions.clear();
        c.ratings.clear();
        assert_eq!(risk_trend(&c, &RiskWeights::default(), as_of), None);
    }

    /// The client with every record dated after `day` removed, and a loss after `day` undone. Dates
    /// that are plans rather than records (contract end, a manager change announced) stay.
    fn cut_at(c: &Client, day: NaiveDate) -> Client {
        let mut c = c.clone();
        c.interactions.retain(|i| i.date <= day);
        c.ratings.retain(|r| r.date <= day);
        c.care_activities.retain(|a| a.date <= day);
        c.dossier.entries.retain(|e| e.date <= day);
        c.revenue_history.retain(|p| crate::engine::model::Period::parse(&p.period).is_ok_and(|per| per.start() <= day));
        if c.lost_on.is_some_and(|l| l > day) {
            c.lost_on = None;
            c.stage = crate::engine::model::Stage::Active;
        }
        c
    }

    #[cfg(not(target_arch = "wasm32"))]
    mod property {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(64))]
            /// Scoring as of a past day ignores every record after it: the same scores as the client
            /// whose records stop that day, for every demo client and any day of the last six years.
            #[test]
            fn scores_as_of_a_past_day_equal_the_client_cut_at_that_day(client in 0usize..8, back in 0u64..2200, lost_in in 0u64..400) {
                let p = demo_portfolio();
                let mut c = p.clients[client % p.clients.len()].clone();
                let as_of = crate::engine::sample::demo_as_of();
                let day = as_of.checked_sub_days(Days::new(back)).expect("date");
                c.lost_on = day.checked_add_days(Days::new(lost_in));
                let w = RiskWeights::default();
                let cut = cut_at(&c, day);
                prop_assert_eq!(score_on(&c, &w, day), score_on(&cut, &w, day));
                let full = crate::engine::scoring::risk_score(&c, &w, day);
                let short = crate::engine::scoring::risk_score(&cut, &w, day);
                prop_assert_eq!(full.intensities, short.intensities);
                prop_assert_eq!(full.contributions(), short.contributions());
                prop_assert_eq!(crate::engine::scoring::profit_score(&c, day), crate::engine::scoring::profit_score(&cut, day));
                // The history up to that day is the cut client's history.
                let h = score_history(&c, &w, day);
                prop_assert_eq!(h, score_history(&cut, &w, day));
            }

            /// The same on generated clients (care, dossier entries, quarters and months of revenue).
            #[test]
            fn generated_clients_as_of_a_past_day_equal_the_client_cut_at_that_day(seed in 0u64..10_000, back in 0u64..1500) {
                let p = crate::engine::sample::generate_clients(1, seed);
                let c = &p.clients[0];
                let day = crate::engine::sample::generated_as_of().checked_sub_days(Days::new(back)).expect("date");
                let w = RiskWeights::default();
                let cut = cut_at(c, day);
                prop_assert_eq!(score_on(c, &w, day), score_on(&cut, &w, day));
                let (full, short) = (crate::engine::scoring::risk_score(c, &w, day), crate::engine::scoring::risk_score(&cut, &w, day));
                prop_assert_eq!(full.contributions(), short.contributions());
                prop_assert_eq!(crate::engine::scoring::profit_score(c, day), crate::engine::scoring::profit_score(&cut, day));
            }
        }
    }
}

//! Tenure: how long the portfolio's clients have been with us, in years or months, as the
//! retention layer reads it.
//!
//! - [`Periodicity`]: years or months (a projection's period, a fitted curve's period);
//! - [`tenure`]: whole periods completed between two dates ("tenure n" = n renewals made);
//! - [`tenure_groups`]: today's clients (every stage but lost) grouped by tenure, for the value of
//!   the base and the projections that age;
//! - [`portfolio_observations`]: each client's time with us for Kaplan–Meier — start date to the
//!   date it was lost (an event), or to today (censored); lost clients without a date, clients
//!   without a start date and dates out of order are left out and counted;
//! - [`CurveIn`]: a curve fitted in one period read in the other (monthly from yearly and back).

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use super::curve::Curve;
use super::kaplan_meier::Observation;
use super::value::TenureGroup;
use crate::engine::model::{Portfolio, Stage};
use crate::i18n::Text;

/// Days in a calendar year on average (Gregorian).
pub const DAYS_PER_YEAR: f64 = 365.2425;

/// Years or months: the period of a projection, or of a fitted curve's tenure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Periodicity {
    #[default]
    Year,
    Month,
}

impl Periodicity {
    pub fn per_year(self) -> u32 {
        match self {
            Periodicity::Year => 1,
            Periodicity::Month => 12,
        }
    }

    /// Months in one period: 12 or 1.
    pub fn months(self) -> u32 {
        12 / self.per_year()
    }

    /// "year" or "month", in the reader's language.
    pub fn noun(self) -> Text {
        match self {
            Periodicity::Year => Text::new("scenario-period-year"),
            Periodicity::Month => Text::new("scenario-period-month"),
        }
    }

    /// A yearly discount rate as a rate per period of this length: (1 + d)^(1/k) − 1.
    pub fn discount(self, yearly: f64) -> f64 {
        match self {
            Periodicity::Year => yearly,
            Periodicity::Month => (1.0 + yearly).powf(1.0 / 12.0) - 1.0,
        }
    }
}

/// Whole calendar months from `from` to `to` (`None` when `to` is before `from`). A month is
/// complete on the same day of the month, or on the last day of a shorter month (31 January to
/// 28 February is one month).
pub fn whole_months(from: NaiveDate, to: NaiveDate) -> Option<u32> {
    if to < from {
        return None;
    }
    let mut months = (to.year() - from.year()) * 12 + to.month() as i32 - from.month() as i32;
    let last_of_month = to.succ_opt().is_none_or(|next| next.month() != to.month());
    if to.day() < from.day() && !last_of_month {
        months -= 1;
    }
    u32::try_from(months.max(0)).ok()
}

/// Whole periods completed between `start` and `on` (`None` when `on` is before `start`).
pub fn tenure(start: NaiveDate, on: NaiveDate, period: Periodicity) -> Option<u32> {
    whole_months(start, on).map(|m| m / period.months())
}

/// Time from `start` to `end` in periods, with fractions (days ÷ days per period).
pub fn time_in_periods(start: NaiveDate, end: NaiveDate, period: Periodicity) -> f64 {
    (end - start).num_days() as f64 / (DAYS_PER_YEAR / f64::from(period.per_year()))
}

/// Today's clients by tenure.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Tenures {
    /// One group per tenure present, shortest first.
    pub groups: Vec<TenureGroup>,
    /// Clients counted (every stage but lost) whose start date is missing or after today.
    pub unknown: usize,
}

impl Tenures {
    pub fn clients(&self) -> f64 {
        self.groups.iter().map(|g| g.clients).sum()
    }

    /// The groups scaled to `clients` in all (the same shares of each tenure); when no tenure is
    /// known, all of them at tenure 0.
    pub fn scaled_to(&self, clients: f64) -> Vec<TenureGroup> {
        let known = self.clients();
        if known <= 0.0 {
            return vec![TenureGroup { clients, tenure: 0 }];
        }
        self.groups.iter().map(|g| TenureGroup { clients: g.clients * clients / known, tenure: g.tenure }).collect()
    }
}

/// The portfolio's current clients (every stage but lost, archived ones included, as in the
/// scenarios' baseline) grouped by their tenure on `today`.
pub fn tenure_groups(p: &Portfolio, today: NaiveDate, period: Periodicity) -> Tenures {
    let mut counts: std::collections::BTreeMap<u32, f64> = std::collections::BTreeMap::new();
    let mut unknown = 0;
    for c in p.clients.iter().filter(|c| c.stage != Stage::Lost) {
        match c.start_date.and_then(|s| tenure(s, today, period)) {
            Some(n) => *counts.entry(n).or_default() += 1.0,
            None => unknown += 1,
        }
    }
    Tenures { groups: counts.into_iter().map(|(tenure, clients)| TenureGroup { clients, tenure }).collect(), unknown }
}

/// The clients' times with us, for Kaplan–Meier, and those left out.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PortfolioTimes {
    /// (index of the client in the portfolio, its observation).
    pub observations: Vec<(usize, Observation)>,
    /// Lost clients with no date lost (they left, but when is unknown).
    pub lost_without_date: usize,
    /// Clients without a start date.
    pub without_start: usize,
    /// Dates out of order: lost before the start, a date after today.
    pub out_of_order: usize,
}

/// Every client's time from its start date: to the day it was lost (an event), or to `today`
/// for the others (censored: still a client). A won-back client counts as a client.
pub fn portfolio_observations(p: &Portfolio, today: NaiveDate, period: Periodicity) -> PortfolioTimes {
    let mut out = PortfolioTimes::default();
    for (i, c) in p.clients.iter().enumerate() {
        let Some(start) = c.start_date else {
            out.without_start += 1;
            continue;
        };
        let (end, event) = match (c.stage, c.lost_on) {
            (Stage::Lost, Some(lost)) => (lost, true),
            (Stage::Lost, None) => {
                out.lost_without_date += 1;
                continue;
            }
            _ => (today, false),
        };
        if end < start || end > today {
            out.out_of_order += 1;
            continue;
        }
        out.observations.push((i, Observation { time: time_in_periods(start, end, period), event }));
    }
    out
}

/// A curve fitted in periods of one length read in periods of another: r_t of a monthly curve
/// read yearly is S(12t)/S(12t − 12); of a yearly curve read monthly, r_⌈t/12⌉^(1/12) (each
/// month of a year renews with the same chance, the year's rate spread evenly).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CurveIn {
    pub curve: Curve,
    /// The period the curve was fitted in.
    pub fitted: Periodicity,
    /// The period it is read in.
    pub read: Periodicity,
}

impl CurveIn {
    /// r_t in the reading period (1 at t = 0).
    pub fn retention(&self, t: u32) -> f64 {
        if t == 0 {
            return 1.0;
        }
        match (self.fitted, self.read) {
            (a, b) if a == b => self.curve.retention(t),
            (Periodicity::Year, _) => self.curve.retention(t.div_ceil(12)).powf(1.0 / 12.0),
            (Periodicity::Month, _) => {
                let hi = t.saturating_mul(12);
                let diff = self.curve.ln_survival(hi) - self.curve.ln_survival(hi - 12);
                if diff.is_nan() {
                    0.0
                } else {
                    diff.exp().min(1.0)
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::model::Client;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn months_are_counted_on_the_calendar() {
        assert_eq!(whole_months(d("2020-01-15"), d("2020-01-15")), Some(0));
        assert_eq!(whole_months(d("2020-01-15"), d("2020-02-14")), Some(0));
        assert_eq!(whole_months(d("2020-01-15"), d("2020-02-15")), Some(1));
        assert_eq!(whole_months(d("2020-01-31"), d("2020-02-29")), Some(1), "the last day of a shorter month");
        assert_eq!(whole_months(d("2020-01-31"), d("2020-02-28")), Some(0));
        assert_eq!(whole_months(d("2019-03-01"), d("2026-11-20")), Some(92));
        assert_eq!(whole_months(d("2020-02-01"), d("2020-01-31")), None);
        assert_eq!(tenure(d("2019-03-01"), d("2026-11-20"), Periodicity::Year), Some(7));
        assert_eq!(tenure(d("2019-03-01"), d("2026-11-20"), Periodicity::Month), Some(92));
        assert!((time_in_periods(d("2020-01-01"), d("2021-01-01"), Periodicity::Year) - 366.0 / DAYS_PER_YEAR).abs() < 1e-12);
        assert!((Periodicity::Month.discount(0.1) - (1.1f64.powf(1.0 / 12.0) - 1.0)).abs() < 1e-15);
        assert_eq!(Periodicity::Year.discount(0.1), 0.1);
    }

    fn client(stage: Stage, start: Option<&str>, lost: Option<&str>) -> Client {
        Client { stage, start_date: start.map(d), lost_on: lost.map(d), ..Client::default() }
    }

    #[test]
    fn observations_and_groups_from_the_portfolio() {
        let today = d("2026-01-01");
        let p = Portfolio {
            clients: vec![
                client(Stage::Active, Some("2024-01-01"), None),
                client(Stage::Lost, Some("2023-01-01"), Some("2025-01-01")),
                client(Stage::Lost, Some("2023-01-01"), None),
                client(Stage::Active, None, None),
                client(Stage::Lost, Some("2023-01-01"), Some("2022-01-01")),
                client(Stage::WonBack, Some("2025-06-01"), Some("2025-09-01")),
                client(Stage::Onboarding, Some("2026-03-01"), None),
            ],
            ..Portfolio::default()
        };
        let times = portfolio_observations(&p, today, Periodicity::Year);
        assert_eq!((times.lost_without_date, times.without_start, times.out_of_order), (1, 1, 2));
        let obs: Vec<(usize, bool)> = times.observations.iter().map(|(i, o)| (*i, o.event)).collect();
        assert_eq!(obs, [(0, false), (1, true), (5, false)], "a won-back client is still a client");
        assert!((times.observations[1].1.time - 731.0 / DAYS_PER_YEAR).abs() < 1e-12);
        let months = portfolio_observations(&p, today, Periodicity::Month);
        assert!((months.observations[1].1.time - 12.0 * times.observations[1].1.time).abs() < 1e-9);

        let g = tenure_groups(&p, today, Periodicity::Year);
        assert_eq!(g.groups, [TenureGroup { clients: 1.0, tenure: 0 }, TenureGroup { clients: 1.0, tenure: 2 }]);
        assert_eq!(g.unknown, 2, "no start date, and a start after today");
        let scaled = g.scaled_to(10.0);
        assert_eq!(scaled.iter().map(|g| g.clients).sum::<f64>(), 10.0);
        assert_eq!(Tenures::default().scaled_to(4.0), [TenureGroup { clients: 4.0, tenure: 0 }]);
    }

    #[test]
    fn a_curve_reads_in_either_period() {
        let yearly = Curve::sbg(0.704, 1.182).unwrap();
        let same = CurveIn { curve: yearly, fitted: Periodicity::Year, read: Periodicity::Year };
        assert_eq!(same.retention(3), yearly.retention(3));
        let monthly = CurveIn { curve: yearly, fitted: Periodicity::Year, read: Periodicity::Month };
        // Twelve months of a year multiply to the year's rate.
        let year2: f64 = (13..=24).map(|m| monthly.retention(m)).product();
        assert!((year2 - yearly.retention(2)).abs() < 1e-12);
        let m = Curve::sbg(0.5, 8.0).unwrap();
        let read_yearly = CurveIn { curve: m, fitted: Periodicity::Month, read: Periodicity::Year };
        assert!((read_yearly.retention(2) - m.survival(24) / m.survival(12)).abs() < 1e-12);
        assert_eq!(read_yearly.retention(0), 1.0);
        let gone = CurveIn { curve: Curve::constant(0.0).unwrap(), fitted: Periodicity::Month, read: Periodicity::Year };
        assert_eq!(gone.retention(2), 0.0);
    }
}

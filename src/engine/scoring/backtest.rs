//! Backtest of the churn risk on the portfolio's own losses: for every client lost in a window,
//! its risk a horizon (30, 90 or 180 days) before it left, against the risk the clients that
//! stayed had on those days. ROC curve and AUC, the share of losses that were in the high band,
//! the lead time (how early risk crossed into the high band), and survival by risk band
//! (Kaplan–Meier). Formulas in `docs/scoring.md`, section "Backtest".

use std::collections::BTreeSet;

use chrono::{Datelike, Days, NaiveDate};

use super::history::{history_start, month_ends};
use super::risk::{risk_of_intensities, risk_score, risk_value, RiskBand, RiskWeights, FACTORS};
use crate::engine::model::{Client, Portfolio, Stage};
use crate::engine::retention::kaplan_meier::{kaplan_meier, KaplanMeier, Observation};
use crate::engine::util::parse::days_between;
use crate::engine::util::rng::SplitMix;

/// The horizons the backtest offers, in days.
pub const HORIZONS: [u32; 3] = [30, 90, 180];

/// The most rows of clients that stayed in a sample, spread evenly over the scoring days; above it
/// each day takes a deterministic random sample of its clients (so a large portfolio stays fast).
pub const MAX_STAYED_ROWS: usize = 4_000;
const STAYED_SEED: u64 = 0x5EED_BAC7;

/// Below this many losses the figures are anecdotal (the page says so).
pub const FEW_LOSSES: usize = 10;

/// One (client, day) of the sample: a client scored on `day`, and whether it left `horizon` days later.
#[derive(Clone, Debug, PartialEq)]
pub struct SampleRow {
    /// Position of the client in the portfolio.
    pub client: usize,
    pub day: NaiveDate,
    /// True for a lost client scored `horizon` days before it left; false for a client that was
    /// still with us `horizon` days after `day`.
    pub lost: bool,
    /// The factor intensities on `day`, in `RiskFactor::ALL` order (the purchase model is 0: it
    /// has no dated P(alive)).
    pub intensities: [f64; FACTORS],
    /// The risk on `day` with the weights the sample was built with.
    pub risk: f64,
}

/// Who is in the sample.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Sample {
    pub rows: Vec<SampleRow>,
    /// Clients lost in the window and scored (one positive row each).
    pub losses: usize,
    /// Clients lost in the window that had not started `horizon` days before they left.
    pub too_new: usize,
    /// Clients marked lost without a date (left out: when they left is unknown).
    pub undated: usize,
}

/// The clients the backtest looks at: not archived (as every portfolio figure).
fn counted(c: &Client) -> bool {
    !c.archived
}

fn started_by(c: &Client, day: NaiveDate) -> bool {
    history_start(c).is_none_or(|s| s <= day)
}

/// The sample for losses dated `from ..= as_of` (no lower bound when `from` is `None`): each lost
/// client scored `horizon` days before it left (skipped when it had not started then), and on each of
/// those days every other client that had started, was not lost yet, and was still with us `horizon`
/// days later (at most [`MAX_STAYED_ROWS`] of those rows). Clients lost without a date are left out
/// altogether.
pub fn backtest_sample(p: &Portfolio, w: &RiskWeights, from: Option<NaiveDate>, as_of: NaiveDate, horizon: u32) -> Sample {
    let mut s = Sample::default();
    let mut days = BTreeSet::new();
    for (i, c) in p.clients.iter().enumerate().filter(|(_, c)| counted(c)) {
        match c.lost_on {
            None if c.stage == Stage::Lost => s.undated += 1,
            Some(l) if l <= as_of && from.is_none_or(|f| l >= f) => {
                let Some(day) = l.checked_sub_days(Days::new(u64::from(horizon))) else { continue };
                if !started_by(c, day) {
                    s.too_new += 1;
                    continue;
                }
                let r = risk_score(c, w, day);
                s.rows.push(SampleRow { client: i, day, lost: true, intensities: r.intensities, risk: r.score });
                s.losses += 1;
                days.insert(day);
            }
            _ => {}
        }
    }
    let quota = if days.is_empty() { 0 } else { MAX_STAYED_ROWS.div_ceil(days.len()) };
    for day in days {
        let Some(later) = day.checked_add_days(Days::new(u64::from(horizon))) else { continue };
        let eligible = |c: &Client| {
            let stayed = match c.lost_on {
                Some(l) => l > later,
                None => c.stage != Stage::Lost,
            };
            counted(c) && stayed && started_by(c, day)
        };
        let n = p.clients.len();
        let mut rng = SplitMix(STAYED_SEED ^ day.num_days_from_ce() as u64);
        let mut picked: Vec<usize> = Vec::new();
        if n > quota {
            // Most clients are usually eligible: draw at random until the day's quota is met, so a
            // day costs about its quota, not the whole portfolio.
            let mut seen = std::collections::HashSet::new();
            let mut attempts = 0;
            while picked.len() < quota && attempts < 8 * quota + 64 {
                attempts += 1;
                let i = rng.below(n as u64) as usize;
                if seen.insert(i) && eligible(&p.clients[i]) {
                    picked.push(i);
                }
            }
        }
        let eligible: Vec<usize> = if picked.len() == quota {
            crate::engine::util::sort::sort_by_u64_key(&mut picked, |&i| i as u64);
            picked
        } else {
            // Few clients, or few of them eligible: list them all and keep at most `quota`
            // (partial Fisher–Yates).
            let mut all: Vec<usize> = (0..n).filter(|i| eligible(&p.clients[*i])).collect();
            if all.len() > quota {
                for k in 0..quota {
                    let j = k + rng.below((all.len() - k) as u64) as usize;
                    all.swap(k, j);
                }
                all.truncate(quota);
                crate::engine::util::sort::sort_by_u64_key(&mut all, |&i| i as u64);
            }
            all
        };
        for i in eligible {
            let r = risk_score(&p.clients[i], w, day);
            s.rows.push(SampleRow { client: i, day, lost: false, intensities: r.intensities, risk: r.score });
        }
    }
    s
}

/// The area under the ROC curve as the Mann–Whitney statistic: the share of (lost, stayed) pairs in
/// which the lost client had the higher score, ties counting ½. `None` without both kinds.
pub fn auc(lost: &[f64], stayed: &[f64]) -> Option<f64> {
    if lost.is_empty() || stayed.is_empty() {
        return None;
    }
    let mut neg: Vec<f64> = stayed.to_vec();
    crate::engine::util::sort::sort_f64(&mut neg);
    let mut wins = 0.0;
    for x in lost {
        let below = neg.partition_point(|n| n < x);
        let not_above = neg.partition_point(|n| n <= x);
        wins += below as f64 + 0.5 * (not_above - below) as f64;
    }
    Some(wins / (lost.len() as f64 * neg.len() as f64))
}

/// One point of the ROC curve: flagging every score ≥ `threshold`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RocPoint {
    pub threshold: f64,
    /// Share of the clients that stayed flagged (false-positive rate).
    pub false_positive: f64,
    /// Share of the losses flagged (true-positive rate, sensitivity).
    pub true_positive: f64,
}

/// The ROC curve from (0, 0) (threshold above every score) to (1, 1), one point per distinct score,
/// highest first. Its trapezoid area equals [`auc`]. Empty without both kinds.
pub fn roc(lost: &[f64], stayed: &[f64]) -> Vec<RocPoint> {
    if lost.is_empty() || stayed.is_empty() {
        return Vec::new();
    }
    let mut all: Vec<(f64, bool)> = lost.iter().map(|x| (*x, true)).chain(stayed.iter().map(|x| (*x, false))).collect();
    crate::engine::util::sort::sort_by_f64_key_desc(&mut all, |a| a.0);
    let (np, nn) = (lost.len() as f64, stayed.len() as f64);
    let mut out = vec![RocPoint { threshold: f64::INFINITY, false_positive: 0.0, true_positive: 0.0 }];
    let (mut tp, mut fp) = (0usize, 0usize);
    let mut i = 0;
    while i < all.len() {
        let t = all[i].0;
        while i < all.len() && all[i].0 == t {
            if all[i].1 {
                tp += 1;
            } else {
                fp += 1;
            }
            i += 1;
        }
        out.push(RocPoint { threshold: t, false_positive: fp as f64 / nn, true_positive: tp as f64 / np });
    }
    out
}

/// Trapezoid area under a ROC curve.
pub fn roc_area(points: &[RocPoint]) -> f64 {
    points.windows(2).map(|w| (w[1].false_positive - w[0].false_positive) * (w[1].true_positive + w[0].true_positive) / 2.0).sum()
}

/// How early one lost client's risk warned.
#[derive(Clone, Debug, PartialEq)]
pub struct LeadTime {
    pub client: usize,
    pub lost_on: NaiveDate,
    /// Days from the first month end of the last unbroken run of high risk (checked at every month
    /// end and on the day before it left) to the day it left; `None` when its risk was below the high
    /// band the day before it left.
    pub days: Option<i64>,
}

/// Kaplan–Meier survival of the clients in one risk band on the window's first day.
#[derive(Clone, Debug, PartialEq)]
pub struct BandSurvival {
    pub band: RiskBand,
    pub clients: usize,
    pub lost: usize,
    /// Days from the window's first day; `None` without clients in the band.
    pub km: Option<KaplanMeier>,
}

/// Everything the backtest section shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Backtest {
    pub horizon: u32,
    pub from: Option<NaiveDate>,
    pub as_of: NaiveDate,
    pub losses: usize,
    pub too_new: usize,
    pub undated: usize,
    /// Rows of clients that stayed (one per client and scoring day).
    pub stayed: usize,
    pub auc: Option<f64>,
    pub roc: Vec<RocPoint>,
    /// Share of the losses that were in the high band `horizon` days before they left.
    pub high_share: Option<f64>,
    /// Share of the stayed rows in the high band (the price of the warnings).
    pub stayed_high_share: Option<f64>,
    /// One per loss in the window (also those too new to be scored), by date.
    pub lead_times: Vec<LeadTime>,
    /// Median lead time of the losses that were warned.
    pub median_lead_days: Option<f64>,
    /// Low, medium, high; empty when the window has no first day.
    pub survival: Vec<BandSurvival>,
    /// Fewer than [`FEW_LOSSES`] losses: anecdotal.
    pub anecdotal: bool,
}

fn median(v: &mut [f64]) -> Option<f64> {
    if v.is_empty() {
        return None;
    }
    crate::engine::util::sort::sort_f64(v);
    let n = v.len();
    Some(if n % 2 == 1 { v[n / 2] } else { (v[n / 2 - 1] + v[n / 2]) / 2.0 })
}

/// The lead time of a client lost on `lost_on`.
pub fn lead_time(c: &Client, w: &RiskWeights, lost_on: NaiveDate) -> Option<i64> {
    let last = lost_on.pred_opt()?;
    let start = history_start(c)?;
    let mut first_high = None;
    for day in month_ends(start, last).into_iter().rev() {
        if w.band(risk_value(c, w, day)) == RiskBand::High {
            first_high = Some(day);
        } else {
            break;
        }
    }
    first_high.map(|d| days_between(d, lost_on))
}

/// The backtest of losses dated `from ..= as_of` with the given horizon.
pub fn backtest(p: &Portfolio, w: &RiskWeights, from: Option<NaiveDate>, as_of: NaiveDate, horizon: u32) -> Backtest {
    let sample = backtest_sample(p, w, from, as_of, horizon);
    backtest_of(p, w, &sample, from, as_of, horizon)
}

/// [`backtest`] on a sample already built.
pub fn backtest_of(
    p: &Portfolio,
    w: &RiskWeights,
    s: &Sample,
    from: Option<NaiveDate>,
    as_of: NaiveDate,
    horizon: u32,
) -> Backtest {
    let lost: Vec<f64> = s.rows.iter().filter(|r| r.lost).map(|r| r.risk).collect();
    let stayed: Vec<f64> = s.rows.iter().filter(|r| !r.lost).map(|r| r.risk).collect();
    let share_high = |v: &[f64]| {
        if v.is_empty() {
            None
        } else {
            Some(v.iter().filter(|x| w.band(**x) == RiskBand::High).count() as f64 / v.len() as f64)
        }
    };
    let mut lead_times: Vec<LeadTime> = p
        .clients
        .iter()
        .enumerate()
        .filter(|(_, c)| counted(c))
        .filter_map(|(i, c)| {
            let l = c.lost_on.filter(|l| *l <= as_of && from.is_none_or(|f| *l >= f))?;
            Some(LeadTime { client: i, lost_on: l, days: lead_time(c, w, l) })
        })
        .collect();
    crate::engine::util::sort::sort_by_key(&mut lead_times, |l| (l.lost_on, l.client));
    let mut leads: Vec<f64> = lead_times.iter().filter_map(|l| l.days).map(|d| d as f64).collect();
    Backtest {
        horizon,
        from,
        as_of,
        losses: s.losses,
        too_new: s.too_new,
        undated: s.undated,
        stayed: stayed.len(),
        auc: auc(&lost, &stayed),
        roc: roc(&lost, &stayed),
        high_share: share_high(&lost),
        stayed_high_share: share_high(&stayed),
        median_lead_days: median(&mut leads),
        lead_times,
        survival: from.map(|f| survival_by_band(p, w, f, as_of)).unwrap_or_default(),
        anecdotal: s.losses < FEW_LOSSES,
    }
}

/// Kaplan–Meier survival by the risk band each client had on `from`: the clients (not archived)
/// that had started by then and were not lost yet, followed in days from `from` to the day they left
/// (an event) or to `as_of` (censored). Clients lost without a date are left out.
pub fn survival_by_band(p: &Portfolio, w: &RiskWeights, from: NaiveDate, as_of: NaiveDate) -> Vec<BandSurvival> {
    let mut groups: [Vec<Observation>; 3] = Default::default();
    if from > as_of {
        return Vec::new();
    }
    for c in p.clients.iter().filter(|c| counted(c) && started_by(c, from)) {
        let obs = match c.lost_on {
            Some(l) if l <= from => continue,
            Some(l) if l <= as_of => Observation { time: days_between(from, l) as f64, event: true },
            None if c.stage == Stage::Lost => continue,
            _ => Observation { time: days_between(from, as_of) as f64, event: false },
        };
        let g = match w.band(risk_value(c, w, from)) {
            RiskBand::Low => 0,
            RiskBand::Medium => 1,
            RiskBand::High => 2,
        };
        groups[g].push(obs);
    }
    [RiskBand::Low, RiskBand::Medium, RiskBand::High]
        .into_iter()
        .zip(groups)
        .map(|(band, obs)| BandSurvival {
            band,
            clients: obs.len(),
            lost: obs.iter().filter(|o| o.event).count(),
            km: kaplan_meier(&obs).ok(),
        })
        .collect()
}

/// The risk of each row under other weights (without purchase data, as the rows).
pub fn rescore(rows: &[SampleRow], w: &RiskWeights) -> Vec<f64> {
    rows.iter().map(|r| risk_of_intensities(&r.intensities, w)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::sample::{demo_as_of, demo_portfolio};

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
    }

    /// Worked by hand: lost 0.9, 0.5, 0.5; stayed 0.5, 0.2. Pairs (lost > stayed = 1, tie = ½):
    /// 0.9: 1 + 1; 0.5: ½ + 1; 0.5: ½ + 1 → 5 of 6 pairs.
    #[test]
    fn auc_is_the_share_of_pairs_ranked_right_with_ties_half() {
        let (lost, stayed) = ([0.9, 0.5, 0.5], [0.5, 0.2]);
        let a = auc(&lost, &stayed).expect("both kinds");
        assert!((a - 5.0 / 6.0).abs() < 1e-12, "{a}");
        // The ROC curve: (0,0) → t 0.9 (0, 1/3) → t 0.5 (1/2, 1) → t 0.2 (1, 1); area 5/6.
        let r = roc(&lost, &stayed);
        let pts: Vec<(f64, f64)> = r.iter().map(|p| (p.false_positive, p.true_positive)).collect();
        assert_eq!(pts, vec![(0.0, 0.0), (0.0, 1.0 / 3.0), (0.5, 1.0), (1.0, 1.0)]);
        assert!((roc_area(&r) - 5.0 / 6.0).abs() < 1e-12);
        // Perfect, reversed and all tied.
        assert_eq!(auc(&[3.0, 4.0], &[1.0, 2.0]), Some(1.0));
        assert_eq!(auc(&[1.0], &[2.0, 3.0]), Some(0.0));
        assert_eq!(auc(&[1.0, 1.0], &[1.0]), Some(0.5));
        assert_eq!(auc(&[], &[1.0]), None);
    }

    fn demo_with_losses() -> Portfolio {
        let mut p = demo_portfolio();
        // Three clients lost this year, and the demo's lost client with its date.
        for (id, day) in [("c5", "2026-10-15"), ("c2", "2026-09-01"), ("c8", "2026-06-30")] {
            let c = p.clients.iter_mut().find(|c| c.id == id).expect("demo client");
            c.stage = Stage::Lost;
            c.lost_on = Some(d(day));
        }
        p
    }

    #[test]
    fn the_sample_pairs_each_loss_with_the_clients_that_stayed_that_day() {
        let p = demo_with_losses();
        let w = RiskWeights::default();
        let s = backtest_sample(&p, &w, Some(d("2025-11-20")), demo_as_of(), 90);
        assert_eq!((s.losses, s.too_new, s.undated), (3, 0, 0));
        let days: BTreeSet<NaiveDate> = s.rows.iter().filter(|r| r.lost).map(|r| r.day).collect();
        assert_eq!(days, [d("2026-04-01"), d("2026-06-03"), d("2026-07-17")].into_iter().collect());
        // On each day, the five other clients stayed (c2 and c5 lost later are not "stayed"
        // on the days within 90 days of their loss).
        for r in s.rows.iter().filter(|r| !r.lost) {
            let c = &p.clients[r.client];
            assert!(c.lost_on.is_none_or(|l| l > r.day.checked_add_days(Days::new(90)).expect("date")), "{}", c.id);
        }
        // A row's risk is the risk of the client on its day.
        for r in &s.rows {
            assert_eq!(r.risk, risk_score(&p.clients[r.client], &w, r.day).score);
            assert_eq!(r.risk, risk_of_intensities(&r.intensities, &w));
        }
        let b = backtest_of(&p, &w, &s, Some(d("2025-11-20")), demo_as_of(), 90);
        assert!(b.anecdotal);
        assert!(b.auc.is_some());
        assert!((roc_area(&b.roc) - b.auc.unwrap_or(0.0)).abs() < 1e-12);
        assert_eq!(b.lead_times.len(), 3);
        let followed: usize = b.survival.iter().map(|g| g.clients).sum();
        let lost: usize = b.survival.iter().map(|g| g.lost).sum();
        assert_eq!((followed, lost), (8, 3));
    }

    #[test]
    fn a_large_portfolio_keeps_a_deterministic_sample_of_the_clients_that_stayed() {
        use crate::engine::sample::{generate_clients, generated_as_of};
        let mut p = generate_clients(3_000, 4);
        let as_of = generated_as_of();
        let mut rng = SplitMix(1);
        for c in &mut p.clients {
            if c.stage == Stage::Lost {
                c.lost_on = as_of.checked_sub_days(Days::new(rng.int(0, 300)));
            }
        }
        let w = RiskWeights::default();
        let s = backtest_sample(&p, &w, None, as_of, 90);
        let days: BTreeSet<NaiveDate> = s.rows.iter().filter(|r| r.lost).map(|r| r.day).collect();
        let quota = MAX_STAYED_ROWS.div_ceil(days.len());
        assert!(s.losses > 100 && quota < 40, "{} losses, quota {quota}", s.losses);
        for day in &days {
            let mut ids: Vec<usize> = s.rows.iter().filter(|r| !r.lost && r.day == *day).map(|r| r.client).collect();
            assert_eq!(ids.len(), quota, "each day takes its quota (most clients stayed)");
            ids.dedup();
            assert_eq!(ids.len(), quota, "no client twice on a day");
        }
        let later = |d: NaiveDate| d.checked_add_days(Days::new(90)).expect("date");
        for r in s.rows.iter().filter(|r| !r.lost) {
            let c = &p.clients[r.client];
            let stayed = match c.lost_on {
                Some(l) => l > later(r.day),
                None => c.stage != Stage::Lost,
            };
            assert!(stayed, "{} stayed 90 days after {}", c.id, r.day);
            assert!(started_by(c, r.day));
        }
        assert_eq!(s, backtest_sample(&p, &w, None, as_of, 90), "the same portfolio, the same sample");
    }

    #[test]
    fn lead_time_counts_from_the_start_of_the_last_run_of_high_risk() {
        // No contact on record: silence counts from the start (cadence 30), and with every other
        // factor off the risk is 100 · clamp((days − 30) / 30). It reaches 50 at 45 days
        // (2025-02-24): the first month end in the high band is 2025-02-28, 81 days before.
        let mut c = Client { start_date: Some(d("2025-01-10")), ..Client::default() };
        let mut w = RiskWeights::all_off();
        w.silence.enabled = true;
        c.lost_on = Some(d("2025-05-20"));
        assert_eq!(lead_time(&c, &w, d("2025-05-20")), Some(81));
        // A contact on 2025-05-01 (cadence 30): silence 0 on the day before it left.
        c.interactions.push(crate::engine::model::Interaction {
            id: None,
            date: d("2025-05-01"),
            channel: crate::engine::model::Channel::Call,
            who: String::new(),
            note: String::new(),
            sentiment: 0,
        });
        assert_eq!(lead_time(&c, &w, d("2025-05-20")), None);
    }
}

#[cfg(test)]
mod timing {
    use super::*;
    use crate::engine::sample::{generate_clients, generated_as_of};

    /// Times the backtest, the learned weights and the trend arrows on a generated portfolio:
    /// `BACKTEST_CLIENTS=10000 cargo test --release --lib backtest_timing -- --ignored --nocapture`.
    #[test]
    #[ignore]
    fn backtest_timing() {
        let n: usize = std::env::var("BACKTEST_CLIENTS").ok().and_then(|v| v.parse().ok()).unwrap_or(1000);
        let mut p = generate_clients(n, 3);
        let as_of = generated_as_of();
        let mut rng = SplitMix(9);
        for c in &mut p.clients {
            if c.stage == Stage::Lost {
                c.lost_on = as_of.checked_sub_days(Days::new(rng.int(0, 700)));
            }
        }
        let w = RiskWeights::default();
        let from = as_of.checked_sub_days(Days::new(365));
        let t = std::time::Instant::now();
        let s = backtest_sample(&p, &w, from, as_of, 90);
        let t_sample = t.elapsed();
        let b = backtest_of(&p, &w, &s, from, as_of, 90);
        let t_all = t.elapsed();
        let l = crate::engine::scoring::learn::learn_weights(&s, &w);
        let t_learn = t.elapsed();
        let trends = p.clients.iter().filter_map(|c| super::super::history::risk_trend(c, &w, as_of)).count();
        let t_trend = t.elapsed();
        println!(
            "clients {n}, losses {}, rows {}: sample {:?}, backtest {:?}, learn {:?} (+{:?}), trends {trends} {:?}",
            b.losses,
            s.rows.len(),
            t_sample,
            t_all,
            t_learn - t_all,
            l.folds,
            t_trend - t_learn
        );
    }
}

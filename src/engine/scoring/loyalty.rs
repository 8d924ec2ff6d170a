//! Loyalty for life (after Hofmeyr's Conversion Model): satisfaction, involvement and affinity.

use chrono::NaiveDate;

use super::contribution::*;
use crate::engine::model::keyed::keyed_enum;
use crate::engine::model::{Client, LoyaltyRating};
use crate::i18n::{Arg, Text};
use crate::k;

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

pub(super) fn scale10(v: f64) -> f64 {
    finite(v).clamp(0.0, 10.0)
}

/// Loyalty 0..=100 from answers on 0–10 scales (clamped):
/// 4·S + 3·I + 3·A·gate(min(S, I)). Non-decreasing in each answer.
pub fn loyalty_value(satisfaction: f64, involvement: f64, affinity: f64) -> f64 {
    let (s, i, a) = (scale10(satisfaction), scale10(involvement), scale10(affinity));
    let (ws, wi, wa) = LOYALTY_WEIGHTS;
    (ws * s / 10.0 + wi * i / 10.0 + wa * a / 10.0 * affinity_gate(s, i)).clamp(0.0, 100.0)
}

pub(super) fn rating_value(r: &LoyaltyRating) -> f64 {
    loyalty_value(f64::from(r.satisfaction), f64::from(r.involvement), f64::from(r.affinity))
}

keyed_enum! {
    /// Commitment segments of the Conversion Model's users, by loyalty score.
    #[derive(PartialOrd, Ord)]
    Commitment {
        /// Below [`SHALLOW_FROM`]: ready to switch.
        Convertible => ("convertible", k!("scoring-commitment-convertible"), k!("scoring-commitment-convertible.lower")),
        Shallow => ("shallow", k!("scoring-commitment-shallow"), k!("scoring-commitment-shallow.lower")),
        Average => ("average", k!("scoring-commitment-average"), k!("scoring-commitment-average.lower")),
        /// From [`ENTRENCHED_FROM`]: will stay for the foreseeable future.
        Entrenched => ("entrenched", k!("scoring-commitment-entrenched"), k!("scoring-commitment-entrenched.lower")),
    }
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
}

keyed_enum! {
    /// Reichheld's Net Promoter categories of a 0–10 answer.
    NpsCategory {
        /// 0–6
        Detractor => ("detractor", k!("scoring-nps-detractor")),
        /// 7–8
        Passive => ("passive", k!("scoring-nps-passive")),
        /// 9–10
        Promoter => ("promoter", k!("scoring-nps-promoter")),
    }
}

impl NpsCategory {
    pub fn from_answer(answer: u8) -> NpsCategory {
        match answer {
            0..=6 => NpsCategory::Detractor,
            7..=8 => NpsCategory::Passive,
            _ => NpsCategory::Promoter,
        }
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
            Text::new("scoring-loyalty-affinity-none").arg("affinity", a).arg("from", AFFINITY_GATE_FROM).arg("lower", s.min(i))
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
pub(super) type LastTwo<'a> = (Option<&'a LoyaltyRating>, Option<&'a LoyaltyRating>);

/// Take the next rating (in list order) into the latest two (ties: later in the list wins).
pub(super) fn step_rating<'a>((last, prev): &mut LastTwo<'a>, r: &'a LoyaltyRating) {
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
pub(super) fn last_two_ratings(c: &Client, as_of: NaiveDate) -> LastTwo<'_> {
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

pub(super) fn loyalty_from((last, prev): LastTwo<'_>) -> Option<LoyaltyScore> {
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

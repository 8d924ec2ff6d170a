//! A deterministic synthetic portfolio for benchmarks and tests (not in the app).

use chrono::{Days, NaiveDate};

use crate::engine::model::*;
use crate::engine::util::rng::SplitMix;

/// The day the generated portfolio is "as of": its records are dated up to it.
pub fn generated_as_of() -> NaiveDate {
    // A fixed valid date; the fallback only keeps the function total.
    NaiveDate::from_ymd_opt(2025, 6, 30).unwrap_or_default()
}

/// A deterministic synthetic portfolio of `n` clients (ids `g1`…), with realistic spreads of
/// revenue, costs, interactions, ratings, care, history and risk signals, dated up to
/// [`generated_as_of`]. Same `n` and `seed`, same portfolio.
pub fn generate_clients(n: usize, seed: u64) -> Portfolio {
    const INDUSTRIES: [&str; 8] =
        ["Logistics", "Retail", "Healthcare", "Energy", "Pharmaceuticals", "Printing", "Maritime", "Software"];
    const CADENCES: [u32; 4] = [7, 14, 30, 60];
    let mut rng = SplitMix(seed ^ 0x0005_EED0_FC11_EA75);
    let as_of = generated_as_of();
    let day = |rng: &mut SplitMix, back_max: u64| as_of.checked_sub_days(Days::new(rng.int(0, back_max))).unwrap_or(as_of);
    let mut clients = Vec::with_capacity(n);
    for k in 1..=n {
        // Revenue: skewed (a few large clients), 5k .. ~1.3M.
        let revenue = (5_000.0 * (1.0 + 15.0 * rng.unit()) * (1.0 + 15.0 * rng.unit() * rng.unit())).round();
        let direct_cost = (revenue * (0.35 + 0.4 * rng.unit())).round();
        let cost_to_serve = (revenue * (0.03 + 0.15 * rng.unit())).round();
        let stage = match rng.int(0, 19) {
            0 => Stage::Lost,
            1..=2 => Stage::AtRisk,
            3..=4 => Stage::Onboarding,
            5..=6 => Stage::Renewal,
            7 => Stage::WonBack,
            _ => Stage::Active,
        };
        let channels = [Channel::Meeting, Channel::Call, Channel::Email, Channel::Event, Channel::Other];
        let interactions = (0..rng.int(0, 12))
            .map(|_| Interaction {
                id: None,
                date: day(&mut rng, 400),
                channel: channels[rng.int(0, 4) as usize],
                who: String::new(),
                note: String::new(),
                sentiment: rng.int(0, 4) as i8 - 2,
            })
            .collect();
        let ratings = (0..rng.int(0, 3))
            .map(|_| {
                let base = rng.int(3, 10);
                LoyaltyRating {
                    id: None,
                    date: day(&mut rng, 900),
                    satisfaction: base as u8,
                    involvement: rng.int(base.saturating_sub(3), 10) as u8,
                    affinity: rng.int(0, 10) as u8,
                    nps: if rng.chance(0.5) { Some(rng.int(0, 10) as u8) } else { None },
                }
            })
            .collect();
        let kinds = [CareKind::Event, CareKind::Gift, CareKind::FreeWork, CareKind::Discount, CareKind::Report];
        let care_activities = (0..rng.int(0, 4))
            .map(|_| CareActivity {
                id: None,
                date: day(&mut rng, 500),
                kind: kinds[rng.int(0, 4) as usize],
                note: String::new(),
                cost: (revenue * 0.01 * rng.unit()).round(),
            })
            .collect();
        let years = rng.int(0, 4) as i32;
        let mut r = revenue * (0.7 + 0.6 * rng.unit());
        let revenue_history = (0..years)
            .map(|y| {
                r *= 0.8 + 0.4 * rng.unit();
                RevenuePoint {
                    id: None,
                    period: format!("{}", 2025 - years + y),
                    revenue: r.round(),
                    orders: Some(rng.int(1, 40) as u32),
                }
            })
            .collect();
        let days_ahead = |rng: &mut SplitMix| as_of.checked_add_days(Days::new(rng.int(0, 400))).unwrap_or(as_of);
        clients.push(Client {
            id: format!("g{k}"),
            company: format!("Generated client {k}"),
            industry: INDUSTRIES[rng.int(0, 7) as usize].to_string(),
            start_date: Some(day(&mut rng, 4_000)),
            stage,
            annual_revenue: if stage == Stage::Lost { 0.0 } else { revenue },
            direct_cost: if stage == Stage::Lost { 0.0 } else { direct_cost },
            cost_to_serve,
            contract_end: if rng.chance(0.6) { Some(days_ahead(&mut rng)) } else { None },
            manager_changed_on: if rng.chance(0.2) { Some(day(&mut rng, 700)) } else { None },
            share_of_wallet: if rng.chance(0.5) { Some((rng.unit() * 100.0).round() / 100.0) } else { None },
            referrals: rng.int(0, 3) as u32,
            contact_cadence_days: if rng.chance(0.7) { Some(CADENCES[rng.int(0, 3) as usize]) } else { None },
            interactions,
            care_activities,
            ratings,
            revenue_history,
            open_complaints: if rng.chance(0.15) { rng.int(1, 4) as u32 } else { 0 },
            competitor_activity: rng.chance(0.15),
            archived: rng.chance(0.03),
            ..Client::default()
        });
    }
    Portfolio { name: format!("Generated portfolio ({n} clients, seed {seed})"), currency: "EUR".into(), clients }
}

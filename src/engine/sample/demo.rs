//! The embedded demo portfolio: a handful of B2B clients of a small services agency.
//! Every client is marked `demo` so the user can remove them all in one click.

use chrono::{Datelike, Days, NaiveDate};

use crate::engine::model::Portfolio;

/// The day the embedded demo portfolio's records are written up to: score the demo "as of" this
/// day to see it as intended (with a later day, its contacts simply look older).
pub fn demo_as_of() -> NaiveDate {
    // A fixed valid date; the fallback only keeps the function total.
    NaiveDate::from_ymd_opt(2026, 11, 20).unwrap_or_default()
}

const DEMO_JSON: &str = include_str!("demo_portfolio.json");

/// The demo portfolio. The embedded JSON is checked by a unit test, so parsing cannot fail
/// at run time; should it ever, an empty portfolio is returned rather than a panic.
pub fn demo_portfolio() -> Portfolio {
    serde_json::from_str(DEMO_JSON).unwrap_or_default()
}

/// The demo portfolio as if written up to `today`: every date moves forward by the days since
/// the demo was written (and revenue-history periods by whole years), so a demo opened months
/// later still shows recent contacts, a contract ending soon, and the same scores.
pub fn demo_portfolio_on(today: NaiveDate) -> Portfolio {
    let mut p = demo_portfolio();
    let days = (today - demo_as_of()).num_days();
    if days <= 0 {
        return p;
    }
    let shift = |d: NaiveDate| d.checked_add_days(Days::new(days as u64)).unwrap_or(d);
    let shift_opt = |d: &mut Option<NaiveDate>| *d = d.map(shift);
    // Whole years the calendar moved on, for period labels such as "2025" or "2025-Q3".
    let years = today.year() - demo_as_of().year();
    for c in &mut p.clients {
        shift_opt(&mut c.start_date);
        shift_opt(&mut c.lost_on);
        shift_opt(&mut c.manager_changed_on);
        shift_opt(&mut c.contract_end);
        c.interactions.iter_mut().for_each(|i| i.date = shift(i.date));
        c.care_activities.iter_mut().for_each(|a| a.date = shift(a.date));
        c.ratings.iter_mut().for_each(|r| r.date = shift(r.date));
        c.dossier.entries.iter_mut().for_each(|e| e.date = shift(e.date));
        for pr in &mut c.dossier.projects {
            shift_opt(&mut pr.start);
            shift_opt(&mut pr.end);
        }
        if years > 0 {
            for h in &mut c.revenue_history {
                if let Some((y, rest)) = h.period.get(..4).and_then(|y| y.parse::<i32>().ok()).map(|y| (y, &h.period[4..])) {
                    h.period = format!("{}{rest}", y + years);
                }
            }
        }
    }
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demo_parses_and_is_marked() {
        let p: Portfolio = serde_json::from_str(DEMO_JSON).expect("embedded demo JSON must parse");
        assert!(p.clients.len() >= 6);
        assert!(p.clients.iter().all(|c| c.demo));
        let mut ids: Vec<_> = p.clients.iter().map(|c| c.id.clone()).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), p.clients.len(), "ids are unique");
    }

    #[test]
    fn demo_records_are_valid_and_rich() {
        use crate::engine::model::Period;
        let p = demo_portfolio();
        for c in &p.clients {
            assert!(!c.contacts.is_empty(), "{} has contacts", c.id);
            assert!(!c.interactions.is_empty(), "{} has interactions", c.id);
            assert!(!c.ratings.is_empty(), "{} has ratings", c.id);
            assert!(c.revenue_history.len() >= 3, "{} has history", c.id);
            assert!(c.revenue_history.iter().all(|h| Period::parse(&h.period).is_ok() && h.revenue >= 0.0));
            assert!(c.ratings.iter().all(|r| r.satisfaction <= 10 && r.involvement <= 10 && r.affinity <= 10));
            assert!(c.interactions.iter().all(|i| (-2..=2).contains(&i.sentiment)));
            assert!(c.care_activities.iter().all(|a| a.cost >= 0.0));
            assert!(c.share_of_wallet.is_none_or(|s| (0.0..=1.0).contains(&s)));
        }
        // The original figures are kept.
        assert_eq!(p.clients[0].annual_revenue, 184_000.0);
        assert_eq!(p.clients[7].cost_to_serve, 2_500.0);
    }

    #[test]
    fn the_dated_demo_scores_the_same_whenever_it_is_opened() {
        use crate::engine::scoring::RiskWeights;
        use crate::engine::scoring::{score_portfolio, ScoringAssumptions};
        let written = demo_as_of();
        let later = NaiveDate::from_ymd_opt(2027, 5, 3).unwrap();
        let a = score_portfolio(&demo_portfolio_on(written), &RiskWeights::default(), written, &ScoringAssumptions::default());
        let b = score_portfolio(&demo_portfolio_on(later), &RiskWeights::default(), later, &ScoringAssumptions::default());
        let risks = |s: &crate::engine::scoring::PortfolioScores| {
            s.clients.iter().map(|c| (c.id.clone(), c.risk.score.round() as i64)).collect::<Vec<_>>()
        };
        assert_eq!(risks(&a), risks(&b));
        let p = demo_portfolio_on(later);
        assert!(p.clients.iter().flat_map(|c| &c.interactions).all(|i| i.date <= later));
        assert_eq!(demo_portfolio_on(written), demo_portfolio(), "on the day it was written nothing moves");
    }

    // Stored types and drafts on the demo portfolio (here rather than in `model`, which lies below
    // this layer).
    use crate::engine::model::ClientDraft;

    #[test]
    fn draft_round_trip_keeps_every_record() {
        let p = demo_portfolio();
        for c in &p.clients {
            let back = ClientDraft::from_client(c).apply_to(c, demo_as_of()).expect("demo clients are valid");
            assert_eq!(&back, c, "editing and saving {} changes nothing", c.id);
        }
        let mut zero = p.clients[0].clone();
        zero.share_of_wallet = Some(0.0);
        let draft = ClientDraft::from_client(&zero);
        assert_eq!(draft.share_of_wallet, "0");
        assert_eq!(draft.validate(&zero.id, true, demo_as_of()).unwrap().share_of_wallet, Some(0.0));
    }

    #[test]
    fn upsert_remove_and_demo_removal() {
        let mut p = demo_portfolio();
        let n = p.clients.len();
        assert!(n >= 5);
        let mut c = p.clients[0].clone();
        c.company = "Renamed SRL".into();
        p.upsert(c.clone());
        assert_eq!(p.clients.len(), n);
        assert_eq!(p.client(&c.id).map(|c| c.company.as_str()), Some("Renamed SRL"));
        let id = p.next_id();
        assert!(p.client(&id).is_none());
        let mut mine = c.clone();
        mine.id = id.clone();
        mine.demo = false;
        p.upsert(mine);
        assert_eq!(p.clients.len(), n + 1);
        assert_eq!(p.remove_demo(), n);
        assert_eq!(p.clients.len(), 1, "only the user's own client stays");
        assert!(p.remove(&id).is_some());
        assert!(p.remove(&id).is_none());
    }
}

//! The embedded demo portfolio: a handful of B2B clients of a small services agency.
//! Every client is marked `demo` so the user can remove them all in one click.

use super::model::Portfolio;

const DEMO_JSON: &str = include_str!("demo_portfolio.json");

/// The demo portfolio. The embedded JSON is checked by a unit test, so parsing cannot fail
/// at run time; should it ever, an empty portfolio is returned rather than a panic.
pub fn demo_portfolio() -> Portfolio {
    serde_json::from_str(DEMO_JSON).unwrap_or_default()
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
}

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
}

//! The portfolio table's search, filters and sort, over scored clients.

use super::portfolio::{ClientScores, ValueRiskSegment};
use super::risk::RiskBand;
use crate::engine::model::Portfolio;

/// What the user filters by; empty strings and `None` mean "any".
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ClientFilter {
    /// Matched case-insensitively against company, industry, owner and the client's manager.
    pub text: String,
    pub segment: Option<ValueRiskSegment>,
    /// A stage key (`at_risk`, …).
    pub stage: String,
    pub owner: String,
    pub band: Option<RiskBand>,
    pub show_archived: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SortKey {
    Company,
    Revenue,
    Profit,
    Margin,
    Loyalty,
    Risk,
    RiskChange,
    LastContact,
}

impl SortKey {
    pub const ALL: [SortKey; 8] = [
        SortKey::Company,
        SortKey::Revenue,
        SortKey::Profit,
        SortKey::Margin,
        SortKey::Loyalty,
        SortKey::Risk,
        SortKey::RiskChange,
        SortKey::LastContact,
    ];
}

/// Indexes into `scores` of the clients that pass the filter, in sort order. Unknown values
/// (no margin, no loyalty rating, no contact) sort last in either direction.
pub fn filter_and_sort(p: &Portfolio, scores: &[ClientScores], f: &ClientFilter, key: SortKey, descending: bool) -> Vec<usize> {
    let needle = f.text.trim().to_lowercase();
    let mut rows: Vec<usize> = scores
        .iter()
        .enumerate()
        .filter(|(i, s)| {
            let Some(c) = p.clients.get(*i) else { return false };
            (f.show_archived || !s.archived)
                && (needle.is_empty()
                    || [&c.company, &c.industry, &c.owner, &c.client_manager].iter().any(|t| t.to_lowercase().contains(&needle)))
                && f.segment.is_none_or(|seg| s.segment == Some(seg))
                && (f.stage.is_empty() || s.stage.key() == f.stage)
                && (f.owner.is_empty() || c.owner == f.owner)
                && f.band.is_none_or(|b| s.risk.band == b)
        })
        .map(|(i, _)| i)
        .collect();
    let value = |i: usize| -> Option<f64> {
        let s = &scores[i];
        match key {
            SortKey::Company => None,
            SortKey::Revenue => Some(s.profit.revenue),
            SortKey::Profit => Some(s.profit.profit),
            SortKey::Margin => s.profit.margin,
            SortKey::Loyalty => s.loyalty.as_ref().map(|l| l.score),
            SortKey::Risk => Some(s.risk.score),
            SortKey::RiskChange => Some(s.risk_change),
            SortKey::LastContact => s.contact.days_since.map(|d| -(d as f64)),
        }
    };
    crate::engine::util::sort::sort_by(&mut rows, |&a, &b| {
        let ord = if key == SortKey::Company {
            scores[a].company.to_lowercase().cmp(&scores[b].company.to_lowercase())
        } else {
            match (value(a), value(b)) {
                (Some(x), Some(y)) => x.total_cmp(&y),
                (Some(_), None) => return std::cmp::Ordering::Less,
                (None, Some(_)) => return std::cmp::Ordering::Greater,
                (None, None) => std::cmp::Ordering::Equal,
            }
        };
        let ord = if descending { ord.reverse() } else { ord };
        ord.then_with(|| a.cmp(&b))
    });
    rows
}

/// The distinct owners, sorted, for the owner filter.
pub fn owners(p: &Portfolio) -> Vec<String> {
    let mut v: Vec<String> = p.clients.iter().map(|c| c.owner.trim().to_string()).filter(|o| !o.is_empty()).collect();
    crate::engine::util::sort::sort_by(&mut v, Ord::cmp);
    v.dedup();
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::sample::demo_as_of;
    use crate::engine::sample::demo_portfolio;
    use crate::engine::scoring::RiskWeights;
    use crate::engine::scoring::{score_portfolio, ScoringAssumptions};

    #[test]
    fn filters_combine_and_sorts_order_with_unknowns_last() {
        let p = demo_portfolio();
        let s = score_portfolio(&p, &RiskWeights::default(), demo_as_of(), &ScoringAssumptions::default());
        let all = filter_and_sort(&p, &s.clients, &ClientFilter::default(), SortKey::Risk, true);
        assert_eq!(all.len(), p.clients.len());
        assert!(all.windows(2).all(|w| s.clients[w[0]].risk.score >= s.clients[w[1]].risk.score));
        let asc = filter_and_sort(&p, &s.clients, &ClientFilter::default(), SortKey::Company, false);
        let names: Vec<_> = asc.iter().map(|&i| s.clients[i].company.to_lowercase()).collect();
        let mut sorted = names.clone();
        sorted.sort();
        assert_eq!(names, sorted);

        let owner = p.clients[0].owner.clone();
        let by_owner = filter_and_sort(
            &p,
            &s.clients,
            &ClientFilter { owner: owner.clone(), ..Default::default() },
            SortKey::Company,
            false,
        );
        assert!(!by_owner.is_empty() && by_owner.iter().all(|&i| p.clients[i].owner == owner));
        let text = filter_and_sort(
            &p,
            &s.clients,
            &ClientFilter { text: p.clients[1].company[..4].to_uppercase(), ..Default::default() },
            SortKey::Company,
            false,
        );
        assert!(text.contains(&1));
        let none = filter_and_sort(
            &p,
            &s.clients,
            &ClientFilter { text: "zzzz-no-such".into(), ..Default::default() },
            SortKey::Company,
            false,
        );
        assert!(none.is_empty());

        // Clients without a loyalty rating sort last whichever the direction.
        let mut q = p.clone();
        q.clients[0].ratings.clear();
        let s2 = score_portfolio(&q, &RiskWeights::default(), demo_as_of(), &ScoringAssumptions::default());
        for desc in [true, false] {
            let order = filter_and_sort(&q, &s2.clients, &ClientFilter::default(), SortKey::Loyalty, desc);
            assert_eq!(*order.last().unwrap(), 0);
        }
        assert!(!owners(&p).is_empty());
    }

    #[test]
    fn archived_clients_are_hidden_unless_asked_for() {
        let mut p = demo_portfolio();
        p.clients[2].archived = true;
        let s = score_portfolio(&p, &RiskWeights::default(), demo_as_of(), &ScoringAssumptions::default());
        let shown = filter_and_sort(&p, &s.clients, &ClientFilter::default(), SortKey::Company, false);
        assert!(!shown.contains(&2));
        let all =
            filter_and_sort(&p, &s.clients, &ClientFilter { show_archived: true, ..Default::default() }, SortKey::Company, false);
        assert!(all.contains(&2));
    }
}

//! Portfolio operations and client profitability.
//!
//! Profit = revenue − direct cost − cost to serve (per year); margin = profit / revenue.

use super::model::{Client, Portfolio};

/// A client's yearly profitability.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Profitability {
    pub revenue: f64,
    pub profit: f64,
    /// Profit as a share of revenue; `None` when there is no revenue.
    pub margin: Option<f64>,
}

pub fn profitability(c: &Client) -> Profitability {
    let profit = c.annual_revenue - c.direct_cost - c.cost_to_serve;
    let margin = if c.annual_revenue > 0.0 { Some(profit / c.annual_revenue) } else { None };
    Profitability { revenue: c.annual_revenue, profit, margin }
}

/// Totals over the portfolio's clients.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct Totals {
    pub clients: usize,
    pub demo_clients: usize,
    pub revenue: f64,
    pub profit: f64,
    pub margin: Option<f64>,
    /// Clients whose profit is below zero.
    pub unprofitable: usize,
}

pub fn totals(p: &Portfolio) -> Totals {
    let mut t = Totals::default();
    for c in &p.clients {
        let pr = profitability(c);
        t.clients += 1;
        t.demo_clients += usize::from(c.demo);
        t.revenue += pr.revenue;
        t.profit += pr.profit;
        t.unprofitable += usize::from(pr.profit < 0.0);
    }
    t.margin = if t.revenue > 0.0 { Some(t.profit / t.revenue) } else { None };
    t
}

impl Portfolio {
    pub fn client(&self, id: &str) -> Option<&Client> {
        self.clients.iter().find(|c| c.id == id)
    }

    /// A fresh id that no client has: `c` followed by the next free number.
    pub fn next_id(&self) -> String {
        let max = self
            .clients
            .iter()
            .filter_map(|c| c.id.strip_prefix('c').and_then(|n| n.parse::<u64>().ok()))
            .max()
            .unwrap_or(0);
        format!("c{}", max + 1)
    }

    /// Replace the client with the same id, or add it at the end.
    pub fn upsert(&mut self, client: Client) {
        match self.clients.iter_mut().find(|c| c.id == client.id) {
            Some(slot) => *slot = client,
            None => self.clients.push(client),
        }
    }

    /// Remove a client; returns it (for undo) when it existed.
    pub fn remove(&mut self, id: &str) -> Option<Client> {
        let pos = self.clients.iter().position(|c| c.id == id)?;
        Some(self.clients.remove(pos))
    }

    /// Remove every demo client; returns how many were removed.
    pub fn remove_demo(&mut self) -> usize {
        let before = self.clients.len();
        self.clients.retain(|c| !c.demo);
        before - self.clients.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::demo::demo_portfolio;

    #[test]
    fn profit_is_revenue_less_both_costs() {
        let p = demo_portfolio();
        let c = &p.clients[0];
        let pr = profitability(c);
        assert_eq!(pr.profit, c.annual_revenue - c.direct_cost - c.cost_to_serve);
        let mut free = c.clone();
        free.annual_revenue = 0.0;
        assert_eq!(profitability(&free).margin, None, "no revenue: margin undefined, never NaN");
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

    #[test]
    fn totals_add_up() {
        let p = demo_portfolio();
        let t = totals(&p);
        let rev: f64 = p.clients.iter().map(|c| c.annual_revenue).sum();
        assert_eq!(t.revenue, rev);
        assert_eq!(t.demo_clients, t.clients);
        assert!(t.margin.unwrap() > 0.0 && t.margin.unwrap() < 1.0);
        assert_eq!(totals(&Portfolio::default()).margin, None);
    }
}

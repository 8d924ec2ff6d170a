//! Layer 2: money over a client's last 12 months — the window, care costs, the value dossier's
//! costs and totals — and the one profit function, [`profitability`].
//!
//! Profit = revenue − direct cost − cost to serve (the contract profit) − care costs of the last
//! 12 months − the dossier's costs of the last 12 months. Pure: functions take `as_of`; non-finite
//! or negative stored amounts count as 0.

use chrono::NaiveDate;

use super::model::{Client, DossierEntry, Section};

/// A finite number, or 0 for NaN/±∞ (stored data can hold anything).
pub fn finite(v: f64) -> f64 {
    if v.is_finite() {
        v
    } else {
        0.0
    }
}

/// A client's yearly profitability.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Profitability {
    pub revenue: f64,
    /// Revenue − direct cost − cost to serve, before care and the dossier (the scenarios' margin).
    pub contract_profit: f64,
    /// The contract profit less care and dossier costs of the last 12 months.
    pub profit: f64,
    /// Profit as a share of revenue; `None` when there is no revenue.
    pub margin: Option<f64>,
}

/// Care activities count against profit for this many days before `as_of` (the last 12 months).
pub const CARE_WINDOW_DAYS: i64 = 365;

/// Cost of care activities (events, gifts, free work, discounts, …) dated in the 365 days up to
/// and including `as_of`. Negative or non-finite costs count as 0.
pub fn care_cost_last_12_months(c: &Client, as_of: NaiveDate) -> f64 {
    care_cost_and_count(c, window_start(as_of), as_of).0
}

/// [`care_cost_last_12_months`] and how many activities it counts, in one pass. `from` is
/// `window_start(as_of)`: `from <= date <= as_of` is `days_between(date, as_of)` in
/// `0..CARE_WINDOW_DAYS`, by plain date comparisons.
pub(crate) fn care_cost_and_count(c: &Client, from: NaiveDate, as_of: NaiveDate) -> (f64, usize) {
    let mut n = 0;
    let cost = c
        .care_activities
        .iter()
        .filter(|a| from <= a.date && a.date <= as_of)
        .map(|a| {
            n += 1;
            finite(a.cost).max(0.0)
        })
        .sum();
    (cost, n)
}

/// Yearly profitability with care costs: revenue − direct cost − cost to serve − care costs of the
/// last 12 months − the value dossier's costs of the last 12 months ("costs we bore" and "special
/// conditions" entries, see `model::dossier`).
pub fn profitability(c: &Client, as_of: NaiveDate) -> Profitability {
    let revenue = finite(c.annual_revenue);
    let contract_profit = c.contract_profit();
    let profit = contract_profit - care_cost_last_12_months(c, as_of) - dossier_cost_last_12_months(c, as_of);
    let margin = if revenue > 0.0 { Some(profit / revenue) } else { None };
    Profitability { revenue, contract_profit, profit, margin }
}

pub(crate) fn amount(v: f64) -> f64 {
    if v.is_finite() {
        v.max(0.0)
    } else {
        0.0
    }
}

pub(crate) fn hours_of(e: &DossierEntry) -> f64 {
    e.hours.map_or(0.0, amount)
}

// ------------------------------------------------------------------------------------------
// Totals
// ------------------------------------------------------------------------------------------

/// One section's figures.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SectionTotal {
    pub section: Section,
    pub entries: usize,
    pub value: f64,
    pub hours: f64,
}

/// The dossier's figures over a period.
#[derive(Clone, Debug, PartialEq)]
pub struct DossierTotals {
    /// First day counted (`None` = from the first entry).
    pub from: Option<NaiveDate>,
    /// Last day counted; entries dated later are ignored.
    pub as_of: NaiveDate,
    /// One per section, in [`Section::ALL`] order.
    pub sections: [SectionTotal; 4],
    /// costs we bore + benefits to the client + special conditions.
    pub value_beyond_contract: f64,
    /// `value_beyond_contract` / annual revenue; `None` without revenue.
    pub share_of_revenue: Option<f64>,
    /// costs we bore + special conditions: the part that is a cost to us.
    pub cost_to_us: f64,
    /// Entries counted, all sections.
    pub entries: usize,
    /// Hours counted, all sections.
    pub hours: f64,
}

impl DossierTotals {
    pub fn section(&self, s: Section) -> &SectionTotal {
        &self.sections[s.index()]
    }
}

/// Totals of the entries dated from `from` (inclusive; `None` = no lower bound) to `as_of`
/// (inclusive). The share of revenue compares with one year's revenue (`annual_revenue`).
pub fn dossier_totals(c: &Client, from: Option<NaiveDate>, as_of: NaiveDate) -> DossierTotals {
    let mut sections = [Section::CostsWeBore, Section::BenefitsToClient, Section::ProofsOfLoyalty, Section::SpecialConditions]
        .map(|section| SectionTotal { section, entries: 0, value: 0.0, hours: 0.0 });
    for e in c.dossier.entries.iter().filter(|e| e.date <= as_of && from.is_none_or(|f| e.date >= f)) {
        let t = &mut sections[e.section.index()];
        t.entries += 1;
        t.value += amount(e.value);
        t.hours += hours_of(e);
    }
    let sum = |f: fn(Section) -> bool| sections.iter().filter(|t| f(t.section)).map(|t| t.value).sum::<f64>();
    let value_beyond_contract = sum(Section::counts_beyond_contract);
    let cost_to_us = sum(Section::counts_as_cost);
    let revenue = if c.annual_revenue.is_finite() { c.annual_revenue } else { 0.0 };
    let share_of_revenue =
        if revenue > 0.0 && value_beyond_contract.is_finite() { Some(value_beyond_contract / revenue) } else { None };
    DossierTotals {
        from,
        as_of,
        entries: sections.iter().map(|t| t.entries).sum(),
        hours: sections.iter().map(|t| t.hours).sum(),
        sections,
        value_beyond_contract,
        share_of_revenue,
        cost_to_us,
    }
}

/// First day of the 12-month window ending on `as_of` (the 365 days of the care window).
pub fn window_start(as_of: NaiveDate) -> NaiveDate {
    as_of.checked_sub_days(chrono::Days::new((CARE_WINDOW_DAYS - 1) as u64)).unwrap_or(NaiveDate::MIN)
}

/// Totals of the last 12 months (the 365 days up to and including `as_of`).
pub fn totals_last_12_months(c: &Client, as_of: NaiveDate) -> DossierTotals {
    dossier_totals(c, Some(window_start(as_of)), as_of)
}

/// Totals of every entry up to `as_of`.
pub fn totals_all_time(c: &Client, as_of: NaiveDate) -> DossierTotals {
    dossier_totals(c, None, as_of)
}

/// A cost entry dated from `from` (the first day of the 365-day window, [`window_start`]) to
/// `as_of`, both included (`scoring::days_between(e.date, as_of)` in `0..CARE_WINDOW_DAYS`), by plain date
/// comparisons.
pub(crate) fn in_cost_window(e: &DossierEntry, from: NaiveDate, as_of: NaiveDate) -> bool {
    e.section.counts_as_cost() && from <= e.date && e.date <= as_of
}

/// The dossier's cost to us over the last 12 months: "costs we bore" and "special conditions"
/// entries dated in the 365 days up to and including `as_of`. Negative or non-finite values count as 0.
pub fn dossier_cost_last_12_months(c: &Client, as_of: NaiveDate) -> f64 {
    dossier_cost_and_entries_last_12_months(c, as_of).0
}

/// How many entries [`dossier_cost_last_12_months`] counts.
pub fn dossier_cost_entries_last_12_months(c: &Client, as_of: NaiveDate) -> usize {
    dossier_cost_and_entries_last_12_months(c, as_of).1
}

/// [`dossier_cost_last_12_months`] and [`dossier_cost_entries_last_12_months`] in one pass.
pub(crate) fn dossier_cost_and_entries_last_12_months(c: &Client, as_of: NaiveDate) -> (f64, usize) {
    dossier_cost_and_entries_between(c, window_start(as_of), as_of)
}

/// The same, with `from = window_start(as_of)` already computed (scoring computes it once per
/// recompute, not per client).
pub(crate) fn dossier_cost_and_entries_between(c: &Client, from: NaiveDate, as_of: NaiveDate) -> (f64, usize) {
    let mut n = 0;
    let cost = c
        .dossier
        .entries
        .iter()
        .filter(|e| in_cost_window(e, from, as_of))
        .map(|e| {
            n += 1;
            amount(e.value)
        })
        .sum();
    (cost, n)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::sample::{demo_as_of, demo_portfolio};

    #[test]
    fn contract_profit_is_revenue_less_both_costs() {
        let p = demo_portfolio();
        let c = &p.clients[0];
        let pr = profitability(c, demo_as_of());
        assert_eq!(pr.contract_profit, c.annual_revenue - c.direct_cost - c.cost_to_serve);
        let mut free = c.clone();
        free.annual_revenue = 0.0;
        assert_eq!(profitability(&free, demo_as_of()).margin, None, "no revenue: margin undefined, never NaN");
    }
}

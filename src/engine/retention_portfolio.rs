//! The retention curves applied to the portfolio: what the Retention page keeps and shows
//! (docs/retention.md, "The Retention page").
//!
//! - [`RetentionStudy`]: the pasted cohort table, how it is read, and the curve chosen — stored as
//!   `data.retention`;
//! - [`analyse`]: the table read, its cohort table, and the sBG and BdW fitted to each cohort (and
//!   to all of them together), the choice by BIC;
//! - [`value_of_base`]: today's clients valued under the curve (margin × Σ DERL) beside the flat
//!   rate, and the retention elasticity;
//! - [`portfolio_survival`]: Kaplan–Meier of the portfolio's clients by tenure, split by segment,
//!   owner or industry, with the log-rank test between the groups;
//! - [`client_what_if`]: the per-client what-if following the curve from the client's tenure, and
//!   the client's DERL;
//! - [`curve_basis`]: what the scenarios need to follow the curve.
//!
//! It sits above `scenario` (the baseline's margin, the period of the levers) and `scoring` (the
//! value × risk segments).

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::clv::{WhatIf, WhatIfDraft};
use super::model::keyed::keyed_enum;
use super::model::{Client, Portfolio};
use super::profit::Profitability;
use super::retention::{
    base_value, cohort_table, fit_and_choose, kaplan_meier, log_rank, parse_cohorts, portfolio_observations,
    retention_elasticity, tenure, tenure_groups, BaseValue, CohortError, CohortOptions, CohortSet, CohortTable, Curve,
    CurveChoice, CurveModel, KaplanMeier, LogRank, Observation, Periodicity, PortfolioTimes, RetentionElasticity, Tenures,
};
use super::scenario::{CurveBasis, Levers};
use super::scoring::ClientScores;
use crate::engine::util::parse::parse_amount;
use crate::i18n::Text;
use crate::k;

/// What the Retention page keeps: the pasted table, how it is read and fitted, and the curve in
/// use (stored as `data.retention`; see docs/storage.md).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RetentionStudy {
    /// The cohort table as pasted.
    pub text: String,
    /// The reader's choices the user overrode (each `None`: detected).
    #[serde(default, skip_serializing_if = "is_detected")]
    pub options: CohortOptions,
    /// Customers each cohort started with, for a table of percentages or shares.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cohort_size: Option<f64>,
    /// What one period of the table is: a year or a month of tenure.
    #[serde(default)]
    pub period: Periodicity,
    /// Fit on t = 0, …, `fit_to` only (the periods after it are a holdout); `None`: every period.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fit_to: Option<u32>,
    /// The cohort whose curve is used; `None`: all cohorts fitted together.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The model chosen by the user; `None`: the one BIC prefers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model: Option<CurveModel>,
    /// The curve in use (for the value of the base, the scenarios and the client what-if).
    pub curve: Curve,
}

fn is_detected(o: &CohortOptions) -> bool {
    *o == CohortOptions::default()
}

/// The most periods the charts project.
const MAX_CHART_HORIZON: u32 = 120;

/// One cohort's fit (or all cohorts' together).
#[derive(Clone, Debug, PartialEq)]
pub struct CohortFit {
    /// The cohort's name; `None` for all cohorts together.
    pub name: Option<String>,
    /// The sBG and the BdW with BIC's choice, or why they could not be fitted.
    pub choice: Result<CurveChoice, Text>,
}

impl CohortFit {
    /// The curve of the model chosen (`None`: BIC's).
    pub fn curve(&self, model: Option<CurveModel>) -> Option<Curve> {
        let choice = self.choice.as_ref().ok()?;
        Some(match model {
            Some(CurveModel::Bdw) => choice.bdw.curve,
            Some(CurveModel::Sbg) => choice.sbg.curve,
            _ => choice.best().curve,
        })
    }
}

/// A cohort table read and fitted.
#[derive(Clone, Debug, PartialEq)]
pub struct RetentionAnalysis {
    pub set: CohortSet,
    pub table: CohortTable,
    /// Why the cohorts cannot be fitted (percentages without the cohorts' size), if so.
    pub counts_problem: Option<Text>,
    /// One per cohort, in the table's order.
    pub fits: Vec<CohortFit>,
    /// All cohorts fitted together, when there are several.
    pub pooled: Option<CohortFit>,
    /// The periods fitted on: t = 0, …, this (the longest cohort's last period when all).
    pub fitted_to: u32,
}

impl RetentionAnalysis {
    /// The fit a study's `source` names: a cohort by name, or all together (the only cohort when
    /// there is one).
    pub fn fit_of(&self, source: Option<&str>) -> Option<&CohortFit> {
        match source {
            Some(name) => self.fits.iter().find(|f| f.name.as_deref() == Some(name)),
            None => self.pooled.as_ref().or(self.fits.first()),
        }
    }

    /// Periods for the projection charts: twice the table's length, 10 to 120.
    pub fn chart_horizon(&self) -> u32 {
        let longest = self.set.cohorts.iter().map(|c| c.survivors.len()).max().unwrap_or(1) as u32;
        (2 * longest.saturating_sub(1)).clamp(10, MAX_CHART_HORIZON)
    }
}

/// Read the table and fit the curves: each cohort alone, and all together when there are
/// several, on t = 0, …, `fit_to` (every period when `None`; at least the start and one more).
pub fn analyse(
    text: &str,
    options: &CohortOptions,
    cohort_size: Option<f64>,
    fit_to: Option<u32>,
) -> Result<RetentionAnalysis, Vec<CohortError>> {
    let set = parse_cohorts(text, options)?;
    let table = cohort_table(&set.cohorts);
    let longest = set.cohorts.iter().map(|c| c.survivors.len()).max().unwrap_or(2) as u32;
    let fitted_to = fit_to.unwrap_or(longest - 1).clamp(1, longest - 1);
    let (fits, pooled, counts_problem) = match set.counts(cohort_size) {
        Err(why) => {
            let failed = |name: Option<String>| CohortFit { name, choice: Err(why.clone()) };
            let fits = set.cohorts.iter().map(|c| failed(Some(c.name.clone()))).collect();
            (fits, (set.cohorts.len() > 1).then(|| failed(None)), Some(why))
        }
        Ok(counts) => {
            let cut: Vec<&[f64]> = counts.iter().map(|c| &c[..c.len().min(fitted_to as usize + 1)]).collect();
            let fit = |series: &[&[f64]]| fit_and_choose(series).map_err(|e| e.message);
            let fits =
                set.cohorts.iter().zip(&cut).map(|(c, s)| CohortFit { name: Some(c.name.clone()), choice: fit(&[s]) }).collect();
            let pooled = (cut.len() > 1).then(|| CohortFit { name: None, choice: fit(&cut) });
            (fits, pooled, None)
        }
    };
    Ok(RetentionAnalysis { set, table, counts_problem, fits, pooled, fitted_to })
}

/// What the user chose on the Retention page before fitting: the table and how to read and fit it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StudyInputs {
    pub text: String,
    pub options: CohortOptions,
    pub cohort_size: Option<f64>,
    pub period: Periodicity,
    pub fit_to: Option<u32>,
    /// A cohort by name; `None`: all together.
    pub source: Option<String>,
    /// `None`: the model BIC prefers.
    pub model: Option<CurveModel>,
}

impl StudyInputs {
    /// Read and fit the table as chosen.
    pub fn analyse(&self) -> Result<RetentionAnalysis, Vec<CohortError>> {
        analyse(&self.text, &self.options, self.cohort_size, self.fit_to)
    }
}

impl RetentionStudy {
    /// The choices the study was fitted with.
    pub fn inputs(&self) -> StudyInputs {
        StudyInputs {
            text: self.text.clone(),
            options: self.options,
            cohort_size: self.cohort_size,
            period: self.period,
            fit_to: self.fit_to,
            source: self.source.clone(),
            model: self.model,
        }
    }
}

/// The study to keep after a fit: the curve of the inputs' `source` (a cohort, or all together)
/// and `model` (`None`: BIC's), or why there is none.
pub fn study_from(analysis: &RetentionAnalysis, inputs: StudyInputs) -> Result<RetentionStudy, Text> {
    let fit = analysis.fit_of(inputs.source.as_deref()).ok_or_else(|| Text::new("retention-source-gone"))?;
    let curve = match &fit.choice {
        Ok(_) => fit.curve(inputs.model).ok_or_else(|| Text::new("retention-fit-failed"))?,
        Err(why) => return Err(why.clone()),
    };
    let StudyInputs { text, options, cohort_size, period, fit_to, source, model } = inputs;
    // A single cohort is its own "all together".
    let source = source.filter(|_| analysis.fits.len() > 1);
    Ok(RetentionStudy { text, options, cohort_size, period, fit_to, source, model, curve })
}

/// What the scenarios need to follow the stored curve (none without a study).
pub fn curve_basis(study: Option<&RetentionStudy>, p: &Portfolio, today: NaiveDate) -> Option<CurveBasis> {
    study.map(|s| CurveBasis::from_portfolio(s.curve, s.period, p, today))
}

/// Today's clients valued under the curve beside the flat rate.
#[derive(Clone, Debug, PartialEq)]
pub struct BaseValuation {
    pub value: BaseValue,
    pub elasticity: RetentionElasticity,
    /// The clients valued, by tenure in the curve's periods, and those whose tenure is unknown.
    pub tenures: Tenures,
    /// Margin per client per period of the curve (the scenarios' baseline, per period).
    pub margin: f64,
    /// The discount rate per period of the curve.
    pub discount: f64,
}

/// The value of today's clients under the study's curve: margin × Σ DERL/(1+d) (the margin per
/// client of the scenarios' baseline, `baseline.margin_per_client()` a year), beside the flat
/// figure at the base's own next-period retention, with the retention elasticity. The yearly
/// discount rate is read per period of the curve.
pub fn value_of_base(
    study: &RetentionStudy,
    p: &Portfolio,
    baseline: &Levers,
    today: NaiveDate,
    yearly_discount: f64,
) -> Result<BaseValuation, Text> {
    let tenures = tenure_groups(p, today, study.period);
    if tenures.groups.is_empty() {
        return Err(Text::new("retention-base-no-tenures"));
    }
    let margin = baseline.margin_per_client() / f64::from(study.period.per_year());
    let discount = study.period.discount(yearly_discount);
    let value = base_value(&tenures.groups, &study.curve, margin, discount, None).map_err(|e| e.message)?;
    let elasticity = retention_elasticity(&tenures.groups, &study.curve, margin, discount, None).map_err(|e| e.message)?;
    Ok(BaseValuation { value, elasticity, tenures, margin, discount })
}

keyed_enum! {
    /// How the Kaplan–Meier curves of the portfolio are split.
    #[derive(Default)]
    KmSplit {
        #[default]
        None => ("none", k!("retention-split-none")),
        Segment => ("segment", k!("retention-split-segment")),
        Owner => ("owner", k!("retention-split-owner")),
        Industry => ("industry", k!("retention-split-industry")),
    }
}

/// One group's Kaplan–Meier curve.
#[derive(Clone, Debug, PartialEq)]
pub struct KmGroup {
    pub label: Text,
    pub km: KaplanMeier,
    pub events: usize,
}

/// Kaplan–Meier of the portfolio's clients by tenure.
#[derive(Clone, Debug, PartialEq)]
pub struct PortfolioSurvival {
    pub period: Periodicity,
    /// All clients together (`None` when none has a usable time).
    pub all: Option<KaplanMeier>,
    /// The groups of the split, largest first (empty when not split).
    pub groups: Vec<KmGroup>,
    /// The log-rank test between the groups (two or more), or why it cannot be run.
    pub log_rank: Option<Result<LogRank, Text>>,
    /// Clients left out, and why.
    pub times: PortfolioTimes,
    /// Clients with a time, and those who left.
    pub clients: usize,
    pub events: usize,
}

/// The group a client falls in.
fn group_of(c: &Client, scores: Option<&ClientScores>, split: KmSplit) -> Text {
    let named = |name: &str, none: &'static str| {
        if name.trim().is_empty() {
            Text::new(none)
        } else {
            Text::new("retention-group-named").arg("name", name.trim())
        }
    };
    match split {
        KmSplit::None => Text::new("retention-group-all"),
        KmSplit::Segment => match scores.and_then(|s| s.segment) {
            Some(segment) => segment.label(),
            None => Text::new("retention-group-no-segment"),
        },
        KmSplit::Owner => named(&c.owner, k!("retention-group-no-owner")),
        KmSplit::Industry => named(&c.industry, k!("retention-group-no-industry")),
    }
}

/// Each client's time from its start date to the day it was lost, or to `today` (censored);
/// Kaplan–Meier of all of them and of each group of `split` (`scores`: the portfolio's, for the
/// segments), with the log-rank test between the groups.
pub fn portfolio_survival(
    p: &Portfolio,
    scores: &[ClientScores],
    today: NaiveDate,
    period: Periodicity,
    split: KmSplit,
) -> PortfolioSurvival {
    let times = portfolio_observations(p, today, period);
    let all_obs: Vec<Observation> = times.observations.iter().map(|(_, o)| *o).collect();
    let events = all_obs.iter().filter(|o| o.event).count();
    let all = kaplan_meier(&all_obs).ok();
    let mut groups = Vec::new();
    let mut log = None;
    if split != KmSplit::None && !all_obs.is_empty() {
        let by_id: HashMap<&str, &ClientScores> = scores.iter().map(|s| (s.id.as_str(), s)).collect();
        // Keyed by the group's English label, so the order does not depend on the language.
        let mut split_obs: BTreeMap<String, (Text, Vec<Observation>)> = BTreeMap::new();
        for (i, o) in &times.observations {
            let c = &p.clients[*i];
            let label = group_of(c, by_id.get(c.id.as_str()).copied(), split);
            split_obs.entry(label.english()).or_insert_with(|| (label, Vec::new())).1.push(*o);
        }
        let mut list: Vec<(Text, Vec<Observation>)> = split_obs.into_values().collect();
        crate::engine::util::sort::sort_by_key(&mut list, |g| std::cmp::Reverse(g.1.len()));
        for (label, obs) in &list {
            if let Ok(km) = kaplan_meier(obs) {
                groups.push(KmGroup { label: label.clone(), km, events: obs.iter().filter(|o| o.event).count() });
            }
        }
        if list.len() >= 2 {
            let slices: Vec<&[Observation]> = list.iter().map(|g| g.1.as_slice()).collect();
            log = Some(log_rank(&slices).map_err(|e| e.message));
        }
    }
    PortfolioSurvival { period, all, groups, log_rank: log, clients: all_obs.len(), events, times }
}

/// The client's residual lifetime under the curve.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ClientCurve {
    /// Renewals made: whole periods of the curve since the client's start.
    pub tenure: u32,
    pub period: Periodicity,
    /// DERL(d, tenure) in periods of the curve (Fader & Hardie's timing).
    pub derl: f64,
    /// Profit per period × DERL/(1+d): what the client's future profit is worth today.
    pub value: f64,
    /// The chance it renews at the end of the coming year.
    pub next_year: f64,
}

/// The chance a client at `tenure` (periods of `period`) renews in the k-th year from now.
fn yearly_rate(curve: &Curve, period: Periodicity, tenure: u32, k: u32) -> f64 {
    match period {
        Periodicity::Year => curve.retention(tenure.saturating_add(k)),
        Periodicity::Month => {
            let hi = tenure.saturating_add(k.saturating_mul(12));
            let diff = curve.ln_survival(hi) - curve.ln_survival(hi.saturating_sub(12));
            if diff.is_nan() {
                0.0
            } else {
                diff.exp().min(1.0)
            }
        }
    }
}

/// The per-client what-if, following the stored curve from the client's tenure when the draft
/// asks for it, and the client's DERL (`None` without a study; an error in words when the client
/// has no start date or the discount rate cannot be read).
pub fn client_what_if(
    draft: &WhatIfDraft,
    pr: &Profitability,
    client: &Client,
    today: NaiveDate,
    study: Option<&RetentionStudy>,
) -> (WhatIf, Option<Result<ClientCurve, Text>>) {
    let Some(study) = study else { return (draft.evaluate(pr), None) };
    let Some(n) = client.start_date.and_then(|s| tenure(s, today, study.period)) else {
        return (draft.evaluate(pr), Some(Err(Text::new("retention-client-no-start"))));
    };
    let curve = study.curve;
    let rate = move |k: u32| yearly_rate(&curve, study.period, n, k);
    let what_if = draft.evaluate_by_tenure(pr, Some(&rate));
    let yearly = parse_amount(&draft.discount).ok().map(|d| d / 100.0);
    let detail = match yearly {
        Some(d) => {
            let dp = study.period.discount(d);
            curve.derl(dp, n).map_err(|e| e.message).map(|derl| ClientCurve {
                tenure: n,
                period: study.period,
                derl,
                value: pr.profit / f64::from(study.period.per_year()) * derl / (1.0 + dp),
                next_year: rate(1),
            })
        }
        None => Err(Text::new("client-whatif-numbers-error")),
    };
    (what_if, Some(detail))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::sample::{demo_as_of, demo_portfolio};
    use crate::engine::scenario::baseline_from_portfolio;
    use crate::engine::scoring::{score_portfolio, RiskWeights, ScoringAssumptions};

    /// Fader & Hardie's regular cohort, years 0–7.
    const REGULAR: &str = "year,regular\n0,1000\n1,631\n2,468\n3,382\n4,326\n5,289\n6,262\n7,241\n";

    fn inputs(text: &str) -> StudyInputs {
        StudyInputs { text: text.into(), ..StudyInputs::default() }
    }

    fn study(text: &str) -> RetentionStudy {
        let a = inputs(text).analyse().unwrap();
        study_from(&a, inputs(text)).unwrap()
    }

    #[test]
    fn the_regular_cohort_gives_the_published_fit() {
        let a = analyse(REGULAR, &CohortOptions::default(), None, None).unwrap();
        assert_eq!((a.fits.len(), a.pooled.is_none(), a.fitted_to), (1, true, 7));
        let choice = a.fits[0].choice.as_ref().unwrap();
        assert_eq!(choice.chosen, CurveModel::Sbg, "BIC keeps the sBG");
        let s = study(REGULAR);
        let crate::engine::retention::CurveParams::Sbg { alpha, beta } = s.curve.params() else { panic!("an sBG") };
        assert_eq!((format!("{alpha:.3}"), format!("{beta:.3}")), ("0.704".to_string(), "1.182".to_string()));
        assert_eq!(s.source, None, "one cohort is all of them");
        // A holdout: fitted on years 0–4 only.
        let short = analyse(REGULAR, &CohortOptions::default(), None, Some(4)).unwrap();
        assert_eq!(short.fitted_to, 4);
        assert_ne!(short.fits[0].curve(None), a.fits[0].curve(None));
        assert_eq!(analyse(REGULAR, &CohortOptions::default(), None, Some(99)).unwrap().fitted_to, 7);
        assert!(a.chart_horizon() >= 14);
    }

    #[test]
    fn several_cohorts_are_fitted_alone_and_together() {
        let text =
            "year,regular,high_end\n0,1000,1000\n1,631,869\n2,468,743\n3,382,653\n4,326,593\n5,289,551\n6,262,517\n7,241,491\n";
        let a = analyse(text, &CohortOptions::default(), None, None).unwrap();
        assert_eq!(a.fits.len(), 2);
        let high = a.fit_of(Some("high_end")).unwrap().choice.as_ref().unwrap();
        let crate::engine::retention::CurveParams::Sbg { alpha, beta } = high.sbg.curve.params() else { panic!() };
        assert!((alpha - 0.668).abs() < 5e-4 && (beta - 3.806).abs() < 5e-4, "{alpha} {beta}");
        assert!(a.fit_of(None).unwrap().name.is_none(), "all together");
        let chosen =
            study_from(&a, StudyInputs { source: Some("high_end".into()), model: Some(CurveModel::Bdw), ..inputs(text) });
        let chosen = chosen.unwrap();
        assert_eq!(chosen.curve, high.bdw.curve);
        assert_eq!(chosen.inputs().source.as_deref(), Some("high_end"));
        let gone = study_from(&a, StudyInputs { source: Some("gone".into()), ..inputs(text) });
        assert_eq!(gone.unwrap_err().key, "retention-source-gone");
        // Percentages need the cohorts' size before they can be fitted.
        let pct = analyse("t,a\n0,100%\n1,60%\n2,45%\n", &CohortOptions::default(), None, None).unwrap();
        assert_eq!(pct.counts_problem.as_ref().map(|t| t.key), Some("retention-size-needed"));
        assert!(analyse("t,a\n0,100%\n1,60%\n2,45%\n", &CohortOptions::default(), Some(500.0), None).unwrap().fits[0]
            .choice
            .is_ok());
        assert!(analyse("nonsense", &CohortOptions::default(), None, None).is_err());
    }

    #[test]
    fn the_base_is_valued_under_the_curve() {
        let p = demo_portfolio();
        let s = study(REGULAR);
        let base = baseline_from_portfolio(&p);
        let v = value_of_base(&s, &p, &base, demo_as_of(), 0.10).unwrap();
        assert_eq!(v.tenures.clients(), 7.0);
        assert!((v.margin - base.margin_per_client()).abs() < 1e-9);
        // margin × Σ DERL/(1+d), by hand.
        let by_hand: f64 =
            v.tenures.groups.iter().map(|g| g.clients * v.margin * s.curve.derl(0.1, g.tenure).unwrap() / 1.1).sum();
        assert!((v.value.curve_value - by_hand).abs() < 1e-6 * by_hand);
        assert!(v.elasticity.curve_gain > 0.0);
        let monthly = RetentionStudy { period: Periodicity::Month, ..s.clone() };
        let m = value_of_base(&monthly, &p, &base, demo_as_of(), 0.10).unwrap();
        assert!((m.margin * 12.0 - v.margin).abs() < 1e-9 && m.tenures.groups.len() >= v.tenures.groups.len());
        assert_eq!(
            value_of_base(&s, &Portfolio::default(), &base, demo_as_of(), 0.1).unwrap_err().key,
            "retention-base-no-tenures"
        );
    }

    #[test]
    fn kaplan_meier_of_the_portfolio_split_and_compared() {
        let mut p = demo_portfolio();
        let today = demo_as_of();
        let scores = score_portfolio(&p, &RiskWeights::default(), today, &ScoringAssumptions::default()).clients;
        let km = portfolio_survival(&p, &scores, today, Periodicity::Year, KmSplit::None);
        // The demo's lost client has no date: left out and counted.
        assert_eq!((km.times.lost_without_date, km.clients, km.events), (1, 7, 0));
        assert_eq!(km.all.as_ref().unwrap().survival_at(100.0), 1.0);
        assert!(km.log_rank.is_none() && km.groups.is_empty());
        // Two clients lost with dates: the curve falls.
        for (id, lost) in [("c5", "2025-05-10"), ("c2", "2024-09-15")] {
            let c = p.clients.iter_mut().find(|c| c.id == id).unwrap();
            c.stage = crate::engine::model::Stage::Lost;
            c.lost_on = NaiveDate::parse_from_str(lost, "%Y-%m-%d").ok();
        }
        let km = portfolio_survival(&p, &scores, today, Periodicity::Year, KmSplit::Owner);
        assert_eq!((km.clients, km.events), (9 - 1 - 1, 2));
        assert!(km.all.as_ref().unwrap().survival_at(10.0) < 1.0);
        assert_eq!(km.groups.iter().map(|g| g.km.observations).sum::<usize>(), km.clients);
        let owners: Vec<String> = km.groups.iter().map(|g| g.label.english()).collect();
        assert!(owners.contains(&"Maria Dinu".to_string()), "{owners:?}");
        let lr = km.log_rank.unwrap().unwrap();
        assert_eq!(lr.degrees_of_freedom, km.groups.len() - 1);
        let seg = portfolio_survival(&p, &scores, today, Periodicity::Month, KmSplit::Segment);
        assert!(!seg.groups.is_empty() && seg.period == Periodicity::Month);
        let none = portfolio_survival(&Portfolio::default(), &[], today, Periodicity::Year, KmSplit::Industry);
        assert!(none.all.is_none() && none.groups.is_empty() && none.log_rank.is_none());
    }

    #[test]
    fn the_client_what_if_follows_the_curve_from_its_tenure() {
        let p = demo_portfolio();
        let s = study(REGULAR);
        let c = &p.clients[0];
        let pr = crate::engine::profit::profitability(c, demo_as_of());
        let draft = WhatIfDraft { use_curve: true, ..WhatIfDraft::defaults(c.annual_revenue, 0.85, 0.10, 5) };
        let (w, detail) = client_what_if(&draft, &pr, c, demo_as_of(), Some(&s));
        let detail = detail.unwrap().unwrap();
        assert_eq!(detail.tenure, 7, "c1 started on 2019-03-01");
        assert!((detail.derl - s.curve.derl(0.1, 7).unwrap()).abs() < 1e-12);
        assert!((detail.value - pr.profit * detail.derl / 1.1).abs() < 1e-6);
        assert!(w.by_curve && w.retention == Some(s.curve.retention(8)));
        // Without a study, or a start date, the flat what-if.
        assert!(client_what_if(&draft, &pr, c, demo_as_of(), None).1.is_none());
        let no_start = Client { start_date: None, ..c.clone() };
        let (w, detail) = client_what_if(&draft, &pr, &no_start, demo_as_of(), Some(&s));
        assert!(!w.by_curve && detail.unwrap().is_err());
        // A monthly curve read yearly.
        let m = Curve::sbg(0.5, 20.0).unwrap();
        assert!((yearly_rate(&m, Periodicity::Month, 30, 2) - m.survival(54) / m.survival(42)).abs() < 1e-12);
    }

    #[test]
    fn the_study_round_trips_and_leaves_out_what_is_not_set() {
        let s = study(REGULAR);
        let text = serde_json::to_string(&s).unwrap();
        assert!(!text.contains("options") && !text.contains("source") && !text.contains("model\":null"), "{text}");
        assert_eq!(serde_json::from_str::<RetentionStudy>(&text).unwrap(), s);
    }
}

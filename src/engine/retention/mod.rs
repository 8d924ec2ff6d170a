//! Retention curves: how long clients really stay (docs/retention.md).
//!
//! - `cohorts` — reading a cohort table (survivors and revenue per cohort and period);
//! - `table` — retention per cohort and period, revenue retention, NRR and GRR;
//! - `curve` — the constant, sBG and BdW curves: survival, retention by tenure, DEL and DERL;
//! - `fit` — maximum-likelihood fits on cohorts, and the choice between sBG and BdW by BIC;
//! - `value` — the value of the base under a curve beside the flat rate, retention elasticity;
//! - `projection` — survivors per future period when retention depends on tenure;
//! - `kaplan_meier` — Kaplan–Meier with Greenwood bands, the median, the log-rank test;
//! - `tenure` — the portfolio's tenures, its clients' times for Kaplan–Meier, a curve read in
//!   years or months.

pub mod cohorts;
pub mod curve;
pub mod fit;
pub mod kaplan_meier;
pub mod projection;
pub mod table;
pub mod tenure;
pub mod value;

pub use cohorts::{parse_cohorts, Cohort, CohortError, CohortOptions, CohortSet, Layout, ValueKind};
pub use curve::{discounted_residual, Curve, CurveModel, CurveParams};
pub use fit::{fit_and_choose, fit_curve, log_likelihood, CurveChoice, CurveFit, FitStatus};
pub use kaplan_meier::{kaplan_meier, log_rank, KaplanMeier, KmPoint, LogRank, Observation};
pub use projection::{project_by_tenure, project_with_curve, TenurePeriod};
pub use table::{cohort_table, CohortLine, CohortTable, PeriodFigures};
pub use tenure::{
    portfolio_observations, tenure, tenure_groups, time_in_periods, whole_months, CurveIn, Periodicity, PortfolioTimes, Tenures,
};
pub use value::{base_value, retention_elasticity, BaseValue, GroupValue, RetentionElasticity, TenureGroup};

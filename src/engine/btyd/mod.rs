//! "Buy till you die" models fitted on transaction histories: BG/NBD, Pareto/NBD and the
//! Gamma-Gamma spend model, with P(alive), expected purchases and spend, and a discounted CLV.
//! Formulas, sources and units: `docs/btyd.md`.
//!
//! Flow for the UI:
//! 1. a purchase history read by `files::transactions` (sniff, parse) into a
//!    [`transactions::TransactionSet`];
//! 2. [`summary::summarize`] → [`summary::Summary`] (serialisable; store this, not the raw data);
//! 3. [`bgnbd::fit_bgnbd`], [`pareto::fit_pareto_nbd`], [`gamma_gamma::fit_gamma_gamma`] →
//!    [`fit::Fitted`] parameters with a [`fit::FitReport`]; [`fit::compare_models`] by BIC;
//! 4. [`value::customer_rows`]: one row per customer, a customer whose value cannot be computed
//!    flagged on its row; [`value::value_totals`] over the computed rows (written as a file by
//!    `files::customer_values::export_rows_csv`);
//! 5. [`validation::holdout_metrics`], [`validation::p_alive_grid`], [`validation::cumulative_tracking`].

pub mod bgbb;
pub mod bgnbd;
pub mod error;
pub mod fit;
pub mod gamma_gamma;
pub mod mbgnbd;
pub mod occasions;
pub mod pareto;
pub mod probability;
pub mod summary;
pub mod transactions;
pub mod uncertainty;
pub mod validation;
pub mod value;

pub use bgbb::{fit_bgbb, BgBbParams, OccasionHistory};
pub use bgnbd::{fit_bgnbd, BgNbdParams};
pub use error::BtydError;
pub use fit::{compare_models, FitReport, FitStatus, Fitted, ModelComparisonRow};
pub use gamma_gamma::{fit_gamma_gamma, GammaGammaParams};
pub use mbgnbd::{fit_mbgnbd, MbgNbdParams};
pub use pareto::{fit_pareto_nbd, ParetoNbdParams};
pub use summary::{summarize, CustomerSummary, Summary, SummaryOptions, TimeUnit};
pub use transactions::{Transaction, TransactionSet};
pub use value::{
    customer_row, customer_rows, customer_value, customer_values, value_totals, ClvSettings, CustomerRow, CustomerValue,
    PurchaseModel, SpendEstimate, ValueTotals,
};

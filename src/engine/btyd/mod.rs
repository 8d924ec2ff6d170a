//! "Buy till you die" models fitted on transaction histories: BG/NBD, Pareto/NBD and the
//! Gamma-Gamma spend model, with P(alive), expected purchases and spend, and a discounted CLV.
//! Formulas, sources and units: `docs/btyd.md`.
//!
//! Flow for the UI:
//! 1. [`csv::sniff`] → [`csv::CsvSettings`] (ask the user when [`csv::CsvGuess::date_ambiguous`]);
//!    [`csv::TransactionParser::parse_lines`] a few thousand lines per frame → [`csv::ParsedTransactions`];
//! 2. [`summary::summarize`] → [`summary::Summary`] (serialisable; store this, not the raw data);
//! 3. [`bgnbd::fit_bgnbd`], [`pareto::fit_pareto_nbd`], [`gamma_gamma::fit_gamma_gamma`] →
//!    [`fit::Fitted`] parameters with a [`fit::FitReport`]; [`fit::compare_models`] by BIC;
//! 4. [`clv::customer_values`] → [`clv::export_csv`];
//! 5. [`validation::holdout_metrics`], [`validation::p_alive_grid`], [`validation::cumulative_tracking`].

pub mod bgnbd;
pub mod clv;
pub mod csv;
pub mod fit;
pub mod gamma_gamma;
pub mod optimize;
pub mod pareto;
pub mod special;
pub mod summary;
pub mod validation;

pub use bgnbd::{fit_bgnbd, BgNbdParams};
pub use clv::{
    customer_value, customer_values, export_csv, ClvSettings, CustomerValue, PurchaseModel,
};
pub use csv::{parse_transactions, sniff, CsvSettings, TransactionParser, TransactionSet};
pub use fit::{compare_models, FitReport, Fitted, ModelComparisonRow};
pub use gamma_gamma::{fit_gamma_gamma, GammaGammaParams};
pub use pareto::{fit_pareto_nbd, ParetoNbdParams};
pub use summary::{summarize, CustomerSummary, Summary, SummaryOptions, TimeUnit};

use std::fmt;

use crate::i18n::Text;

/// What can go wrong, in words for the user (a message shown in the reader's language).
#[derive(Clone, Debug, PartialEq)]
pub enum BtydError {
    /// The data or settings are not usable.
    Input(Text),
    /// A fit failed.
    Fit(Text),
    /// A computation left the range where it is reliable.
    Numeric(Text),
}

impl BtydError {
    /// The message.
    pub fn text(&self) -> &Text {
        match self {
            BtydError::Input(m) | BtydError::Fit(m) | BtydError::Numeric(m) => m,
        }
    }
}

impl fmt::Display for BtydError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.text().fmt(f)
    }
}

impl std::error::Error for BtydError {}

//! Layer 3: explainable scores — each client's profit, loyalty for life (after
//! Hofmeyr's Conversion Model) and churn risk from factors the user can weigh and switch off.
//!
//! Every score comes with a list of [`Contribution`]s: which factor, how many points it added or
//! removed, and a sentence with the figures behind it, as [`Text`]s (message key and typed
//! arguments, messages in `src/i18n/*/scoring.ftl`) shown in the reader's language.
//! Formulas, defaults and sources are in `docs/scoring.md`.
//!
//! Conventions: every function takes the day of the calculation `as_of` (the engine has no clock);
//! records dated after `as_of` are ignored; no function panics or returns NaN on any input.
//!
//! One way: `contribution` ← `profit` ← `loyalty` ← `risk` ← `portfolio` (every client in one
//! pass, segments, ABC, concentration, call list) ← `table` (search, filters, sort) ← `history`
//! (scores at month ends) ← `backtest` (ROC, AUC, lead time, survival by band) ← `learn` (weights
//! from a logistic regression on the backtest's sample).

pub mod backtest;
pub mod contribution;
pub mod history;
pub mod learn;
pub mod loyalty;
pub mod portfolio;
pub mod profit;
pub mod risk;
pub mod table;

pub use contribution::*;
pub use loyalty::*;
pub use portfolio::*;
pub use profit::*;
pub use risk::*;

#[cfg(test)]
mod tests;

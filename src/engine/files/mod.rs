//! The top layer: every import and export format — client lists, transaction histories, the
//! value dossier's CSV and report, per-customer purchase values. The only engine code that turns
//! figures into a user's file (or a user's file into engine types).

pub mod clients_csv;
pub mod customer_values;
pub mod dossier;
pub mod summary_csv;
pub mod transactions;

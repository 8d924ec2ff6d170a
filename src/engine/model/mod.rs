//! Layer 1: the stored types — a client and its records, the value dossier, the portfolio — and
//! the drafts (form text) that validate into them, with one [`FieldError`] type. Uses only
//! `util`. New ids come from an [`ids::IdSource`] the caller gives.

pub mod client;
pub mod dossier;
pub mod draft;
pub mod ids;
pub mod keyed;
pub mod portfolio;

pub use client::*;
pub use dossier::*;
pub use draft::*;
pub use portfolio::*;

#[cfg(test)]
mod tests;

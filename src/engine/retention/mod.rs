//! Retention curves: how long clients really stay (docs/retention.md).
//!
//! - `special` — ln Γ, its stable shift, the incomplete gamma function for chi-square tails;
//! - `optimize` — a compact Nelder–Mead for the curves' log-parameters;

pub mod optimize;
pub mod special;

//! The pure engine: domain types, validation, parsing and every computation.
//!
//! Nothing in here knows it runs in a browser: no yew, web-sys, js-sys or gloo.
//! Everything is tested natively with `cargo test`.

pub mod brief;
pub mod btyd;
pub mod chart;
pub mod clients_csv;
pub mod clv;
pub mod demo;
pub mod dossier;
pub mod model;
pub mod parse;
pub mod portfolio;
pub mod purchases;
pub mod rng;
pub mod scenario;
pub mod scoring;
pub mod segments;
pub mod table;

pub use model::{Client, ClientDraft, FieldError, Portfolio, Stage};

//! The pure engine: domain types, validation, parsing and every computation.
//!
//! Nothing in here knows it runs in a browser: no yew, web-sys, js-sys or gloo.
//! Everything is tested natively with `cargo test`.
//!
//! Layered one way; a module uses only the layers above it in this list (`tests/layers.rs`
//! reads every `use` and fails on an import that points up or closes a cycle):
//!
//! 1. `util` — parsing, CSV cells, chart geometry, RNG;
//! 2. `model` — the stored types and their drafts;
//! 3. `sample` — the demo portfolio (and the test generator);
//! 4. `profit` — the 12-month window, care and dossier costs, the profit function;
//! 5. `clv` — one client's lifetime value;
//! 6. `retention` — retention curves, cohort tables, survival analysis;
//! 7. `scoring` — profit score, loyalty, risk, portfolio scores, the table;
//! 8. `scenario` — portfolio what-ifs;
//! 9. `retention_portfolio` — the retention curves applied to the portfolio (the Retention page);
//! 10. `btyd` — the purchase models;
//! 11. `purchases` — the stored purchase study;
//! 12. `brief` — talking points, summary, timeline;
//! 13. `files` — every import and export format.

pub mod brief;
pub mod btyd;
pub mod clv;
pub mod files;
pub mod model;
pub mod profit;
pub mod purchases;
pub mod retention;
pub mod retention_portfolio;
pub mod sample;
pub mod scenario;
pub mod scoring;
pub mod util;

pub use model::{Client, ClientDraft, FieldError, Portfolio, Stage};

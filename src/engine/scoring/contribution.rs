//! One factor's part in a score, with the figures behind it.

pub use crate::engine::profit::finite;
use crate::i18n::Text;

/// One factor's part in a score.
#[derive(Clone, Debug, PartialEq)]
pub struct Contribution {
    /// Stable key (e.g. `silence`), for the UI and tests.
    pub key: &'static str,
    /// The factor's name, shown in the reader's language.
    pub label: Text,
    /// Points added (+) or removed (−): money for profit, score points for loyalty and risk.
    pub points: f64,
    /// The figures behind it, e.g. "No contact for 41 days; agreed every 14".
    pub detail: Text,
}

pub(super) fn contribution(key: &'static str, label: Text, points: f64, detail: Text) -> Contribution {
    Contribution { key, label, points: finite(points), detail }
}

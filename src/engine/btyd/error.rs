//! What can go wrong in the purchase models, in words for the user.

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

/// A model's parameters (`values`) all finite and positive, else the one message every model gives,
/// naming the model and its parameters as written (`params`, their `Debug` form).
pub fn check_positive(model: &str, values: &[f64], params: &dyn fmt::Debug) -> Result<(), BtydError> {
    if values.iter().all(|v| v.is_finite() && *v > 0.0) {
        Ok(())
    } else {
        Err(BtydError::Input(
            Text::new("data-model-params-positive").arg("model", model.to_string()).arg("params", format!("{params:?}")),
        ))
    }
}

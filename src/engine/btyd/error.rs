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

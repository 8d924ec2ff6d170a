//! A purchase history as the models read it: transactions with interned customer ids.

use chrono::NaiveDate;

/// One purchase. `customer` indexes [`TransactionSet::customer_ids`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Transaction {
    pub customer: u32,
    pub date: NaiveDate,
    pub amount: f64,
    pub quantity: Option<f64>,
}

/// Transactions with interned customer ids (ids are stored once, in first-seen order).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TransactionSet {
    pub customer_ids: Vec<String>,
    pub transactions: Vec<Transaction>,
}

impl TransactionSet {
    /// The first and last purchase dates, if there are purchases.
    pub fn date_range(&self) -> Option<(NaiveDate, NaiveDate)> {
        let first = self.transactions.iter().map(|t| t.date).min()?;
        let last = self.transactions.iter().map(|t| t.date).max()?;
        Some((first, last))
    }
}

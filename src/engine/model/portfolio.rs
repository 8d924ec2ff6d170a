//! The portfolio as stored: the client list, its name and currency.

use serde::{Deserialize, Serialize};

use super::client::Client;
use super::ids::IdSource;

/// The client list and its currency.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Portfolio {
    /// Empty when the stored document had none: the store gives it the default name in the
    /// reader's language when it loads it ([`default_name`]); serde translates nothing.
    #[serde(default)]
    pub name: String,
    #[serde(default = "default_currency")]
    pub currency: String,
    #[serde(default)]
    pub clients: Vec<Client>,
}

/// The default portfolio name, in the reader's language.
pub fn default_name() -> String {
    crate::i18n::t("common-default-portfolio-name")
}

pub fn default_currency() -> String {
    "EUR".to_string()
}

impl Default for Portfolio {
    fn default() -> Self {
        Portfolio { name: default_name(), currency: default_currency(), clients: Vec::new() }
    }
}

impl Portfolio {
    pub fn client(&self, id: &str) -> Option<&Client> {
        self.clients.iter().find(|c| c.id == id)
    }

    /// A sequential id no client has (`c` and the next free number), for the demo portfolio and
    /// generated data only: two browsers would number their clients alike, so the app gives new
    /// clients [`Portfolio::new_client_id`]. Past `c18446744073709551615` it takes the first free
    /// number (there is one among the first `clients.len() + 1`).
    pub fn next_id(&self) -> String {
        let number = |c: &Client| c.id.strip_prefix('c').and_then(|n| n.parse::<u64>().ok());
        let max = self.clients.iter().filter_map(number).max().unwrap_or(0);
        let n = max.checked_add(1).unwrap_or_else(|| {
            let taken: std::collections::HashSet<u64> = self.clients.iter().filter_map(number).collect();
            (1..).find(|n| !taken.contains(n)).unwrap_or(1)
        });
        format!("c{n}")
    }

    /// A fresh id for a new client: a random UUID from `ids`, drawn again in the (astronomically
    /// unlikely) case that a client here has it.
    pub fn new_client_id(&self, ids: &mut dyn IdSource) -> String {
        loop {
            let id = ids.new_id();
            if self.client(&id).is_none() {
                return id;
            }
        }
    }

    /// Replace the client with the same id, or add it at the end.
    pub fn upsert(&mut self, client: Client) {
        match self.clients.iter_mut().find(|c| c.id == client.id) {
            Some(slot) => *slot = client,
            None => self.clients.push(client),
        }
    }

    /// Remove a client; returns it (for undo) when it existed.
    pub fn remove(&mut self, id: &str) -> Option<Client> {
        let pos = self.clients.iter().position(|c| c.id == id)?;
        Some(self.clients.remove(pos))
    }

    /// Remove every demo client; returns how many were removed.
    pub fn remove_demo(&mut self) -> usize {
        let before = self.clients.len();
        self.clients.retain(|c| !c.demo);
        before - self.clients.len()
    }
}

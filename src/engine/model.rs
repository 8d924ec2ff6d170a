//! Domain types: clients and the portfolio, with validation of user input.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::parse::{parse_amount, parse_date};

/// Where a client stands in its journey with us.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    Onboarding,
    #[default]
    Active,
    Renewal,
    AtRisk,
    Lost,
    WonBack,
}

impl Stage {
    pub const ALL: [Stage; 6] = [
        Stage::Onboarding,
        Stage::Active,
        Stage::Renewal,
        Stage::AtRisk,
        Stage::Lost,
        Stage::WonBack,
    ];

    /// Stable identifier, used in forms and in the stored JSON.
    pub fn key(self) -> &'static str {
        match self {
            Stage::Onboarding => "onboarding",
            Stage::Active => "active",
            Stage::Renewal => "renewal",
            Stage::AtRisk => "at_risk",
            Stage::Lost => "lost",
            Stage::WonBack => "won_back",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Stage::Onboarding => "Onboarding",
            Stage::Active => "Active",
            Stage::Renewal => "Renewal",
            Stage::AtRisk => "At risk",
            Stage::Lost => "Lost",
            Stage::WonBack => "Won back",
        }
    }

    pub fn from_key(key: &str) -> Option<Stage> {
        Stage::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// One client of the business, as stored.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Client {
    pub id: String,
    pub company: String,
    #[serde(default)]
    pub industry: String,
    /// The manager on the client's side.
    #[serde(default)]
    pub client_manager: String,
    /// Our account owner.
    #[serde(default)]
    pub owner: String,
    #[serde(default)]
    pub start_date: Option<NaiveDate>,
    #[serde(default)]
    pub stage: Stage,
    /// Revenue per year from this client, in the portfolio currency.
    #[serde(default)]
    pub annual_revenue: f64,
    /// Direct cost of delivering the work (people, subcontractors, licences) per year.
    #[serde(default)]
    pub direct_cost: f64,
    /// Cost of serving the relationship (account management, meetings, free extras) per year.
    #[serde(default)]
    pub cost_to_serve: f64,
    #[serde(default)]
    pub notes: String,
    /// Part of the embedded demo portfolio; removable in one click.
    #[serde(default)]
    pub demo: bool,
}

/// The client list and its currency.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Portfolio {
    #[serde(default = "default_name")]
    pub name: String,
    #[serde(default = "default_currency")]
    pub currency: String,
    #[serde(default)]
    pub clients: Vec<Client>,
}

fn default_name() -> String {
    "My portfolio".to_string()
}

pub fn default_currency() -> String {
    "EUR".to_string()
}

impl Default for Portfolio {
    fn default() -> Self {
        Portfolio { name: default_name(), currency: default_currency(), clients: Vec::new() }
    }
}

/// A validation problem with one field of a form, in words a user understands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: &'static str,
    pub message: String,
}

/// The text of the client form, exactly as typed.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ClientDraft {
    pub company: String,
    pub industry: String,
    pub client_manager: String,
    pub owner: String,
    pub start_date: String,
    pub stage: String,
    pub annual_revenue: String,
    pub direct_cost: String,
    pub cost_to_serve: String,
    pub notes: String,
}

/// Longest text accepted in a name-like field; keeps storage and layout sane.
pub const MAX_NAME_LEN: usize = 120;
/// Longest free-text note.
pub const MAX_NOTES_LEN: usize = 10_000;

impl ClientDraft {
    /// The form's text for an existing client, so an edit starts from what is stored.
    pub fn from_client(c: &Client) -> Self {
        ClientDraft {
            company: c.company.clone(),
            industry: c.industry.clone(),
            client_manager: c.client_manager.clone(),
            owner: c.owner.clone(),
            start_date: c.start_date.map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default(),
            stage: c.stage.key().to_string(),
            annual_revenue: plain_number(c.annual_revenue),
            direct_cost: plain_number(c.direct_cost),
            cost_to_serve: plain_number(c.cost_to_serve),
            notes: c.notes.clone(),
        }
    }

    /// Check every field; return the client (with `id`) or all the problems at once.
    pub fn validate(&self, id: &str, demo: bool) -> Result<Client, Vec<FieldError>> {
        let mut errors = Vec::new();
        let company = self.company.trim().to_string();
        if company.is_empty() {
            errors.push(FieldError { field: "company", message: "Enter the company name.".into() });
        }
        for (field, label, value) in [
            ("company", "Company name", &self.company),
            ("industry", "Industry", &self.industry),
            ("client_manager", "Client's manager", &self.client_manager),
            ("owner", "Account owner", &self.owner),
        ] {
            if value.trim().chars().count() > MAX_NAME_LEN {
                errors.push(FieldError {
                    field,
                    message: format!("{label} is longer than {MAX_NAME_LEN} characters."),
                });
            }
        }
        if self.notes.chars().count() > MAX_NOTES_LEN {
            errors.push(FieldError {
                field: "notes",
                message: format!("Notes are longer than {MAX_NOTES_LEN} characters."),
            });
        }
        let start_date = if self.start_date.trim().is_empty() {
            None
        } else {
            match parse_date(&self.start_date) {
                Ok(d) => Some(d),
                Err(e) => {
                    errors.push(FieldError { field: "start_date", message: e });
                    None
                }
            }
        };
        let stage = if self.stage.trim().is_empty() {
            Stage::Active
        } else {
            match Stage::from_key(self.stage.trim()) {
                Some(s) => s,
                None => {
                    errors.push(FieldError { field: "stage", message: "Choose a journey stage.".into() });
                    Stage::Active
                }
            }
        };
        let mut money = |field: &'static str, label: &str, text: &str| -> f64 {
            if text.trim().is_empty() {
                return 0.0;
            }
            match parse_amount(text) {
                Ok(v) if v < 0.0 => {
                    errors.push(FieldError { field, message: format!("{label} cannot be negative.") });
                    0.0
                }
                Ok(v) => v,
                Err(e) => {
                    errors.push(FieldError { field, message: format!("{label}: {e}") });
                    0.0
                }
            }
        };
        let annual_revenue = money("annual_revenue", "Annual revenue", &self.annual_revenue);
        let direct_cost = money("direct_cost", "Direct cost", &self.direct_cost);
        let cost_to_serve = money("cost_to_serve", "Cost to serve", &self.cost_to_serve);
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Client {
            id: id.to_string(),
            company,
            industry: self.industry.trim().to_string(),
            client_manager: self.client_manager.trim().to_string(),
            owner: self.owner.trim().to_string(),
            start_date,
            stage,
            annual_revenue,
            direct_cost,
            cost_to_serve,
            notes: self.notes.clone(),
            demo,
        })
    }
}

/// A number as a user would type it back: no exponent, no trailing zeros.
fn plain_number(v: f64) -> String {
    if v == 0.0 {
        return String::new();
    }
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        let s = format!("{v:.2}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

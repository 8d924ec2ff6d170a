//! The value dossier (customer value file): the projects done for a client and a dated table of
//! everything done for the client's benefit beyond the contract, in four sections — costs we bore,
//! benefits the client received, proofs of our loyalty and special conditions. It is shown to a new
//! manager on the client's side or to a client tempted by a cheaper competitor.
//!
//! Definitions (also in `docs/dossier.md`):
//! - **value given beyond the contract** = costs we bore + benefits to the client + special
//!   conditions (proofs of loyalty are listed and totalled but not added: they are mostly forgone
//!   price rises and absorbed changes whose money value is an estimate, and adding them would count
//!   the same goodwill twice);
//! - the **dossier cost** of the last 12 months = costs we bore + special conditions dated in the
//!   365 days up to and including `as_of` (the window of care activities); it counts against
//!   profit in `profit::profitability` and `scoring::profit_score`.
//!
//! This module holds the stored types; totals are in `engine::profit`, forms in `model::draft`,
//! the CSV and the Markdown report in `files::dossier`.
//!
//! Pure: no clock (functions take `as_of`), no panics, no NaN (non-finite or negative stored
//! amounts count as 0).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::ids::RecordId;
use super::keyed::keyed_enum;
use crate::i18n::Text;
use crate::k;

keyed_enum! {
    /// The four dated sections of the dossier (the first section of the brief's table, "the client,
    /// its manager and the projects", is the client's own fields plus [`Dossier::projects`]).
    #[derive(PartialOrd, Ord, Default)]
    Section {
        /// Discounts, free consultations, extra work.
        #[default]
        CostsWeBore => ("costs_we_bore", k!("brief-section-costs-we-bore")),
        /// Free post-project support, savings, money earned for them.
        BenefitsToClient => ("benefits_to_client", k!("brief-section-benefits-to-client")),
        /// A postponement without a price rise, changes of requirements absorbed.
        ProofsOfLoyalty => ("proofs_of_loyalty", k!("brief-section-proofs-of-loyalty")),
        /// Services outside our usual scope, or usual work done in an unusual, even unprofitable, way.
        SpecialConditions => ("special_conditions", k!("brief-section-special-conditions")),
    }
}

impl Section {
    /// What belongs in the section, for form hints.
    pub fn hint(self) -> Text {
        Text::new(match self {
            Section::CostsWeBore => k!("brief-section-costs-we-bore-hint"),
            Section::BenefitsToClient => k!("brief-section-benefits-to-client-hint"),
            Section::ProofsOfLoyalty => k!("brief-section-proofs-of-loyalty-hint"),
            Section::SpecialConditions => k!("brief-section-special-conditions-hint"),
        })
    }

    /// Whether the section's entries are a cost to us that counts against profit.
    pub fn counts_as_cost(self) -> bool {
        matches!(self, Section::CostsWeBore | Section::SpecialConditions)
    }

    /// Whether the section counts in the value given beyond the contract.
    pub fn counts_beyond_contract(self) -> bool {
        !matches!(self, Section::ProofsOfLoyalty)
    }

    pub(crate) fn index(self) -> usize {
        match self {
            Section::CostsWeBore => 0,
            Section::BenefitsToClient => 1,
            Section::ProofsOfLoyalty => 2,
            Section::SpecialConditions => 3,
        }
    }
}

/// A project done for the client.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Project {
    /// The record's id (a UUID for records made since ids were given; none for older ones).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<RecordId>,
    pub name: String,
    /// Contract price, in the portfolio currency.
    pub price: f64,
    #[serde(default, with = "crate::engine::util::parse::iso_date_opt")]
    pub start: Option<NaiveDate>,
    #[serde(default, with = "crate::engine::util::parse::iso_date_opt")]
    pub end: Option<NaiveDate>,
}

/// One dated line of the dossier.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DossierEntry {
    /// The record's id (a UUID for records made since ids were given; none for older ones).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<RecordId>,
    #[serde(with = "crate::engine::util::parse::iso_date")]
    pub date: NaiveDate,
    #[serde(default)]
    pub section: Section,
    #[serde(default)]
    pub description: String,
    /// Money value, ≥ 0, in the portfolio currency (what it cost us, or what it was worth to them).
    #[serde(default)]
    pub value: f64,
    /// Hours spent, when the work is counted in hours.
    #[serde(default)]
    pub hours: Option<f64>,
}

/// The value dossier of one client.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Dossier {
    pub projects: Vec<Project>,
    pub entries: Vec<DossierEntry>,
}

impl Dossier {
    pub fn is_empty(&self) -> bool {
        self.projects.is_empty() && self.entries.is_empty()
    }

    /// The entries, oldest first (equal dates keep their order).
    pub fn entries_by_date(&self) -> Vec<&DossierEntry> {
        let mut v: Vec<&DossierEntry> = self.entries.iter().collect();
        crate::engine::util::sort::sort_by_key(&mut v, |e| e.date);
        v
    }

    /// Sort the entries by date and the projects by start date (undated projects last); stable.
    pub fn sort_by_date(&mut self) {
        crate::engine::util::sort::sort_by_key(&mut self.entries, |e| e.date);
        crate::engine::util::sort::sort_by_key(&mut self.projects, |p| (p.start.is_none(), p.start, p.end));
    }

    /// The entries of one section, oldest first.
    pub fn section_entries(&self, section: Section) -> Vec<&DossierEntry> {
        self.entries_by_date().into_iter().filter(|e| e.section == section).collect()
    }
}

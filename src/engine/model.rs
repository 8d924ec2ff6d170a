//! Domain types: clients and the portfolio, with validation of user input.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::dossier::Dossier;
use super::parse::{parse_amount, parse_date};
use crate::i18n::Text;
use crate::k;

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

    /// The stage's name, in the reader's language.
    pub fn label(self) -> Text {
        Text::new(self.label_key())
    }

    /// The message key of [`Stage::label`].
    pub fn label_key(self) -> &'static str {
        match self {
            Stage::Onboarding => k!("model-stage-onboarding"),
            Stage::Active => k!("model-stage-active"),
            Stage::Renewal => k!("model-stage-renewal"),
            Stage::AtRisk => k!("model-stage-at-risk"),
            Stage::Lost => k!("model-stage-lost"),
            Stage::WonBack => k!("model-stage-won-back"),
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

    // ---- Relationship records (schema 3 data has none of these: every one defaults). ----
    /// People on the client's side.
    #[serde(default)]
    pub contacts: Vec<Contact>,
    /// When the manager on the client's side last changed (a new manager may bring their own suppliers).
    #[serde(default)]
    pub manager_changed_on: Option<NaiveDate>,
    /// When the current contract ends.
    #[serde(default)]
    pub contract_end: Option<NaiveDate>,
    /// Revenue per period ("2024", "2025-Q2" or "2025-03"), in any order.
    #[serde(default)]
    pub revenue_history: Vec<RevenuePoint>,
    /// Our share of what the client spends in our category, 0..=1; `None` when unknown.
    #[serde(default)]
    pub share_of_wallet: Option<f64>,
    /// New clients this client has referred to us.
    #[serde(default)]
    pub referrals: u32,
    /// Agreed contact cadence in days (e.g. 14); `None` uses the default in the risk settings.
    #[serde(default)]
    pub contact_cadence_days: Option<u32>,
    /// Meetings, calls, emails, events: the contact log.
    #[serde(default)]
    pub interactions: Vec<Interaction>,
    /// What we did for the relationship: events, invitations, thank-yous, reports, gifts,
    /// free work and discounts (their cost counts against profit).
    #[serde(default)]
    pub care_activities: Vec<CareActivity>,
    /// Dated loyalty surveys (satisfaction, involvement, affinity, optional NPS answer).
    #[serde(default)]
    pub ratings: Vec<LoyaltyRating>,
    #[serde(default)]
    pub open_complaints: u32,
    /// A competitor is known to be courting the client.
    #[serde(default)]
    pub competitor_activity: bool,
    /// The value dossier: projects and everything done for the client beyond the contract
    /// (see `engine::dossier` and `docs/dossier.md`). Its "costs we bore" and "special conditions"
    /// of the last 12 months count against profit.
    #[serde(default)]
    pub dossier: Dossier,
    /// Hidden from portfolio figures but kept and listable.
    #[serde(default)]
    pub archived: bool,
    /// When this client was last saved (ISO 8601, UTC), set by the app; used to merge backups.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
}

impl Default for Client {
    /// An empty client with an empty id; lets code build a client with `..Client::default()`.
    fn default() -> Self {
        Client {
            id: String::new(),
            company: String::new(),
            industry: String::new(),
            client_manager: String::new(),
            owner: String::new(),
            start_date: None,
            stage: Stage::Active,
            annual_revenue: 0.0,
            direct_cost: 0.0,
            cost_to_serve: 0.0,
            notes: String::new(),
            demo: false,
            contacts: Vec::new(),
            manager_changed_on: None,
            contract_end: None,
            revenue_history: Vec::new(),
            share_of_wallet: None,
            referrals: 0,
            contact_cadence_days: None,
            interactions: Vec::new(),
            care_activities: Vec::new(),
            ratings: Vec::new(),
            open_complaints: 0,
            competitor_activity: false,
            dossier: Dossier::default(),
            updated_at: None,
            archived: false,
        }
    }
}

/// A person on the client's side.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Contact {
    pub name: String,
    pub role: String,
    pub email: String,
    pub phone: String,
}

/// Revenue of one period; `orders` (optional) is the number of orders in it, for order frequency.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
pub struct RevenuePoint {
    /// `"2024"`, `"2025-Q2"` or `"2025-03"`; see [`Period::parse`].
    pub period: String,
    #[serde(default)]
    pub revenue: f64,
    #[serde(default)]
    pub orders: Option<u32>,
}

/// Granularity of a revenue period.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PeriodKind {
    Year,
    Quarter,
    Month,
}

/// A parsed revenue period label.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Period {
    Year(i32),
    /// Year and quarter 1..=4.
    Quarter(i32, u32),
    /// Year and month 1..=12.
    Month(i32, u32),
}

impl Period {
    /// Parse `"2024"`, `"2025-Q2"` (also `"2025 q2"`, `"Q2 2025"`) or `"2025-03"`; years 1900–2200.
    pub fn parse(text: &str) -> Result<Period, Text> {
        // No allocation on the happy path: scoring parses every label of every client.
        let t = text.trim();
        let bad = || Text::new("model-period-invalid").arg("text", t);
        let year = |y: &str| -> Result<i32, Text> {
            if y.len() != 4 || !y.bytes().all(|c| c.is_ascii_digit()) {
                return Err(bad());
            }
            let y: i32 = y.parse().map_err(|_| bad())?;
            if !(1900..=2200).contains(&y) {
                return Err(Text::new("model-outside-years").arg("text", t));
            }
            Ok(y)
        };
        let is_quarter = |p: &str| p.len() == 2 && (p.starts_with('Q') || p.starts_with('q'));
        let mut parts = t.split(['-', ' ']).filter(|p| !p.is_empty());
        let (first, second) = (parts.next(), parts.next());
        if parts.next().is_some() {
            return Err(bad());
        }
        match (first, second) {
            (Some(y), None) => Ok(Period::Year(year(y)?)),
            (Some(a), Some(b)) if is_quarter(a) || is_quarter(b) => {
                let (y, q) = if is_quarter(b) { (a, b) } else { (b, a) };
                // `q` starts with the one-byte 'Q', so slicing at 1 is on a character boundary.
                let n: u32 = q[1..].parse().map_err(|_| bad())?;
                if !(1..=4).contains(&n) {
                    return Err(Text::new("model-period-quarter").arg("text", t));
                }
                Ok(Period::Quarter(year(y)?, n))
            }
            (Some(y), Some(m)) if m.len() <= 2 && m.bytes().all(|c| c.is_ascii_digit()) => {
                let n: u32 = m.parse().map_err(|_| bad())?;
                if !(1..=12).contains(&n) {
                    return Err(Text::new("model-period-month").arg("text", t));
                }
                Ok(Period::Month(year(y)?, n))
            }
            _ => Err(bad()),
        }
    }

    pub fn kind(self) -> PeriodKind {
        match self {
            Period::Year(_) => PeriodKind::Year,
            Period::Quarter(..) => PeriodKind::Quarter,
            Period::Month(..) => PeriodKind::Month,
        }
    }

    /// Consecutive number within its kind: consecutive periods differ by exactly 1.
    pub fn index(self) -> i64 {
        match self {
            Period::Year(y) => i64::from(y),
            Period::Quarter(y, q) => i64::from(y) * 4 + i64::from(q) - 1,
            Period::Month(y, m) => i64::from(y) * 12 + i64::from(m) - 1,
        }
    }

    /// The period's first month as a month count (year × 12 + month − 1): cheap ordering by start.
    pub fn start_month(self) -> i64 {
        match self {
            Period::Year(y) => i64::from(y) * 12,
            Period::Quarter(y, q) => i64::from(y) * 12 + i64::from((q.clamp(1, 4) - 1) * 3),
            Period::Month(y, m) => i64::from(y) * 12 + i64::from(m.clamp(1, 12)) - 1,
        }
    }

    /// First day of the period.
    pub fn start(self) -> NaiveDate {
        let (y, m) = match self {
            Period::Year(y) => (y, 1),
            Period::Quarter(y, q) => (y, (q.clamp(1, 4) - 1) * 3 + 1),
            Period::Month(y, m) => (y, m.clamp(1, 12)),
        };
        // Month is clamped to 1..=12 and day 1 always exists, so this is Some for any year
        // chrono supports; the fallback only keeps the function total.
        NaiveDate::from_ymd_opt(y, m, 1).unwrap_or_default()
    }

    /// The canonical label: `2024`, `2025-Q2`, `2025-03`.
    pub fn label(self) -> String {
        match self {
            Period::Year(y) => format!("{y}"),
            Period::Quarter(y, q) => format!("{y}-Q{q}"),
            Period::Month(y, m) => format!("{y}-{m:02}"),
        }
    }
}

/// Declares a small enum with a stable snake_case key, a label and `ALL`. The label is given as
/// a message key, written `k!("…")`: `Meeting => ("meeting", k!("model-channel-meeting"))`;
/// `label()` gives it as a [`Text`] in the reader's language.
macro_rules! keyed_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => ($key:literal, $label:expr)),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($(#[$vmeta])* $variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// Stable identifier, used in forms and in the stored JSON.
            pub fn key(self) -> &'static str { match self { $($name::$variant => $key),+ } }
            /// The name shown to the reader, in the current language.
            pub fn label(self) -> $crate::i18n::Text { $crate::i18n::Text::new(self.label_key()) }
            /// The message key of the label.
            pub fn label_key(self) -> &'static str { match self { $($name::$variant => $label),+ } }
            pub fn from_key(key: &str) -> Option<$name> { Self::ALL.iter().copied().find(|v| v.key() == key.trim()) }
        }
    };
}
pub(crate) use keyed_enum;

keyed_enum! {
    /// How we were in touch.
    Channel {
        Meeting => ("meeting", k!("model-channel-meeting")),
        Call => ("call", k!("model-channel-call")),
        Email => ("email", k!("model-channel-email")),
        Event => ("event", k!("model-channel-event")),
        #[default]
        Other => ("other", k!("model-channel-other")),
    }
}

keyed_enum! {
    /// What kind of care activity. `FreeWork` and `Discount` are the "costs we bore" of the value dossier.
    CareKind {
        Event => ("event", k!("model-care-event")),
        Invitation => ("invitation", k!("model-care-invitation")),
        ThankYou => ("thank_you", k!("model-care-thank-you")),
        Report => ("report", k!("model-care-report")),
        Gift => ("gift", k!("model-care-gift")),
        FreeWork => ("free_work", k!("model-care-free-work")),
        Discount => ("discount", k!("model-care-discount")),
        #[default]
        Other => ("other", k!("model-care-other")),
    }
}

/// One contact with the client.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Interaction {
    pub date: NaiveDate,
    #[serde(default)]
    pub channel: Channel,
    /// Who took part (on either side).
    #[serde(default)]
    pub who: String,
    #[serde(default)]
    pub note: String,
    /// −2 (very negative) ..= 2 (very positive); 0 neutral. Out-of-range stored values are clamped when scored.
    #[serde(default)]
    pub sentiment: i8,
}

/// Something we did for the relationship, with what it cost us.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CareActivity {
    pub date: NaiveDate,
    #[serde(default)]
    pub kind: CareKind,
    #[serde(default)]
    pub note: String,
    /// Cost to us, ≥ 0, in the portfolio currency.
    #[serde(default)]
    pub cost: f64,
}

/// One dated loyalty survey; every answer on a 0–10 scale (values above 10 are clamped when scored).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LoyaltyRating {
    pub date: NaiveDate,
    /// Delivered what was promised, at least as well as the alternatives.
    pub satisfaction: u8,
    /// How much the client has invested in the relationship and takes part in decisions.
    pub involvement: u8,
    /// The emotional bond.
    pub affinity: u8,
    /// "How likely are you to recommend us?" 0–10, when asked.
    #[serde(default)]
    pub nps: Option<u8>,
}

/// The list records of a client that the main form does not edit; carried through
/// [`ClientDraft`] so saving the form never loses them.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ClientRecords {
    pub contacts: Vec<Contact>,
    pub revenue_history: Vec<RevenuePoint>,
    pub interactions: Vec<Interaction>,
    pub care_activities: Vec<CareActivity>,
    pub ratings: Vec<LoyaltyRating>,
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

/// A validation problem with one field of a form, in words a user understands (shown in the
/// reader's language: `e.message.to_string()` or `{ &e.message }`).
#[derive(Clone, Debug, PartialEq)]
pub struct FieldError {
    pub field: &'static str,
    pub message: Text,
}

impl FieldError {
    pub fn new(field: &'static str, message: Text) -> FieldError {
        FieldError { field, message }
    }
}

/// "`label`: `problem`", e.g. "Annual revenue: “abc” is not a number."
pub(crate) fn field_problem(label: Text, problem: Text) -> Text {
    Text::new("model-field-problem").arg("label", label).arg("problem", problem)
}

/// "`label` cannot be negative."
pub(crate) fn cannot_be_negative(label: Text) -> Text {
    Text::new("model-negative").arg("label", label)
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
    /// Date the client's manager changed (empty = never / unknown).
    pub manager_changed_on: String,
    pub contract_end: String,
    /// Share of wallet as a percentage, 0–100 (empty = unknown).
    pub share_of_wallet: String,
    pub referrals: String,
    /// Agreed contact cadence in days (empty = use the default).
    pub contact_cadence_days: String,
    pub open_complaints: String,
    pub competitor_activity: bool,
    pub archived: bool,
    /// Contacts, history, interactions, care activities and ratings, carried unchanged.
    pub records: ClientRecords,
    /// The value dossier, carried unchanged (edited in its own lists, like the records).
    pub dossier: Dossier,
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
            manager_changed_on: iso_date(c.manager_changed_on),
            contract_end: iso_date(c.contract_end),
            share_of_wallet: match c.share_of_wallet {
                Some(0.0) => "0".into(),
                Some(s) => plain_number(s * 100.0),
                None => String::new(),
            },
            referrals: count_text(c.referrals),
            contact_cadence_days: c.contact_cadence_days.map(|d| d.to_string()).unwrap_or_default(),
            open_complaints: count_text(c.open_complaints),
            competitor_activity: c.competitor_activity,
            archived: c.archived,
            records: ClientRecords {
                contacts: c.contacts.clone(),
                revenue_history: c.revenue_history.clone(),
                interactions: c.interactions.clone(),
                care_activities: c.care_activities.clone(),
                ratings: c.ratings.clone(),
            },
            dossier: c.dossier.clone(),
        }
    }

    /// Check every field; return the client (with `id`) or all the problems at once.
    pub fn validate(&self, id: &str, demo: bool) -> Result<Client, Vec<FieldError>> {
        let mut errors = Vec::new();
        let company = self.company.trim().to_string();
        if company.is_empty() {
            errors.push(FieldError { field: "company", message: Text::new("model-enter-company") });
        }
        for (field, label, value) in [
            ("company", Text::new("model-label-company"), &self.company),
            ("industry", Text::new("model-label-industry"), &self.industry),
            ("client_manager", Text::new("model-label-client-manager"), &self.client_manager),
            ("owner", Text::new("model-label-owner"), &self.owner),
        ] {
            max_len(&mut errors, field, label, value, MAX_NAME_LEN);
        }
        if self.notes.chars().count() > MAX_NOTES_LEN {
            errors.push(FieldError {
                field: "notes",
                message: Text::new("model-notes-too-long").arg("max", MAX_NOTES_LEN),
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
                    errors.push(FieldError { field: "stage", message: Text::new("model-choose-stage") });
                    Stage::Active
                }
            }
        };
        let annual_revenue =
            non_negative_money(&mut errors, "annual_revenue", Text::new("model-label-annual-revenue"), &self.annual_revenue);
        let direct_cost = non_negative_money(&mut errors, "direct_cost", Text::new("model-label-direct-cost"), &self.direct_cost);
        let cost_to_serve =
            non_negative_money(&mut errors, "cost_to_serve", Text::new("model-label-cost-to-serve"), &self.cost_to_serve);
        let manager_changed_on = optional_date(
            &mut errors,
            "manager_changed_on",
            Text::new("model-label-manager-changed-on"),
            &self.manager_changed_on,
        );
        let contract_end = optional_date(&mut errors, "contract_end", Text::new("model-label-contract-end"), &self.contract_end);
        let share_of_wallet = if self.share_of_wallet.trim().is_empty() {
            None
        } else {
            match parse_percent(&self.share_of_wallet) {
                Ok(v) if (0.0..=1.0).contains(&v) => Some(v),
                Ok(_) => {
                    errors.push(FieldError {
                        field: "share_of_wallet",
                        message: Text::new("model-share-range"),
                    });
                    None
                }
                Err(e) => {
                    errors.push(FieldError {
                        field: "share_of_wallet",
                        message: field_problem(Text::new("model-label-share-of-wallet"), e),
                    });
                    None
                }
            }
        };
        let referrals =
            whole(&mut errors, "referrals", Text::new("model-label-referrals"), &self.referrals, 1_000_000).unwrap_or(0);
        let contact_cadence_days = whole(
            &mut errors,
            "contact_cadence_days",
            Text::new("model-label-contact-cadence"),
            &self.contact_cadence_days,
            3650,
        );
        if contact_cadence_days == Some(0) {
            errors.push(FieldError { field: "contact_cadence_days", message: Text::new("model-cadence-min") });
        }
        let open_complaints =
            whole(&mut errors, "open_complaints", Text::new("model-label-open-complaints"), &self.open_complaints, 10_000)
                .unwrap_or(0);
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
            contacts: self.records.contacts.clone(),
            manager_changed_on,
            contract_end,
            revenue_history: self.records.revenue_history.clone(),
            share_of_wallet,
            referrals,
            contact_cadence_days,
            interactions: self.records.interactions.clone(),
            care_activities: self.records.care_activities.clone(),
            ratings: self.records.ratings.clone(),
            open_complaints,
            competitor_activity: self.competitor_activity,
            dossier: self.dossier.clone(),
            archived: self.archived,
            updated_at: None,
        })
    }
}

pub(crate) fn iso_date(d: Option<NaiveDate>) -> String {
    d.map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default()
}

fn count_text(n: u32) -> String {
    if n == 0 {
        String::new()
    } else {
        n.to_string()
    }
}

/// An optional date field: empty is `None`; a bad date adds "`label`: why".
pub(crate) fn optional_date(errors: &mut Vec<FieldError>, field: &'static str, label: Text, text: &str) -> Option<NaiveDate> {
    if text.trim().is_empty() {
        return None;
    }
    match parse_date(text) {
        Ok(d) => Some(d),
        Err(e) => {
            errors.push(FieldError { field, message: field_problem(label, e) });
            None
        }
    }
}

/// A required date field: empty adds `missing` ("Enter the date."), a bad date "`label`: why".
pub(crate) fn required_date(
    errors: &mut Vec<FieldError>,
    field: &'static str,
    label: Text,
    missing: Text,
    text: &str,
) -> Option<NaiveDate> {
    if text.trim().is_empty() {
        errors.push(FieldError { field, message: missing });
        return None;
    }
    optional_date(errors, field, label, text)
}

/// An optional whole number 0..=max: empty is `None`.
fn whole(errors: &mut Vec<FieldError>, field: &'static str, label: Text, text: &str, max: u32) -> Option<u32> {
    let t = text.trim();
    if t.is_empty() {
        return None;
    }
    match t.parse::<i64>() {
        Ok(v) if v < 0 => {
            errors.push(FieldError { field, message: cannot_be_negative(label) });
            None
        }
        Ok(v) if v > i64::from(max) => {
            errors.push(FieldError { field, message: Text::new("model-at-most").arg("label", label).arg("max", max) });
            None
        }
        // 0 ≤ v ≤ max ≤ u32::MAX, so the conversion cannot fail.
        Ok(v) => u32::try_from(v).ok(),
        Err(_) => {
            errors.push(FieldError { field, message: Text::new("model-whole-number").arg("label", label) });
            None
        }
    }
}

/// A score on a 0..=max scale, typed as a whole number.
fn scale(errors: &mut Vec<FieldError>, field: &'static str, label: Text, text: &str, max: u8) -> Option<u8> {
    if text.trim().is_empty() {
        return None;
    }
    match text.trim().parse::<i64>() {
        Ok(v) if (0..=i64::from(max)).contains(&v) => u8::try_from(v).ok(),
        _ => {
            errors.push(FieldError {
                field,
                message: Text::new("model-scale").arg("label", label).arg("max", u32::from(max)),
            });
            None
        }
    }
}

/// A percentage typed by a person (`35`, `35%`, `12,5 %`) as a share (0.35).
pub fn parse_percent(text: &str) -> Result<f64, Text> {
    let t = text.trim().trim_end_matches('%').trim();
    parse_amount(t).map(|v| v / 100.0)
}

fn non_negative_money(errors: &mut Vec<FieldError>, field: &'static str, label: Text, text: &str) -> f64 {
    if text.trim().is_empty() {
        return 0.0;
    }
    match parse_amount(text) {
        Ok(v) if v < 0.0 => {
            errors.push(FieldError { field, message: cannot_be_negative(label) });
            0.0
        }
        Ok(v) => v,
        Err(e) => {
            errors.push(FieldError { field, message: field_problem(label, e) });
            0.0
        }
    }
}

fn max_len(errors: &mut Vec<FieldError>, field: &'static str, label: Text, text: &str, max: usize) {
    if text.trim().chars().count() > max {
        errors.push(FieldError { field, message: Text::new("model-too-long").arg("label", label).arg("max", max) });
    }
}

/// Form text of one contact person.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ContactDraft {
    pub name: String,
    pub role: String,
    pub email: String,
    pub phone: String,
}

impl ContactDraft {
    pub fn from_contact(c: &Contact) -> Self {
        ContactDraft { name: c.name.clone(), role: c.role.clone(), email: c.email.clone(), phone: c.phone.clone() }
    }

    pub fn validate(&self) -> Result<Contact, Vec<FieldError>> {
        let mut errors = Vec::new();
        if self.name.trim().is_empty() {
            errors.push(FieldError { field: "name", message: Text::new("model-enter-contact-name") });
        }
        max_len(&mut errors, "name", Text::new("model-label-name"), &self.name, MAX_NAME_LEN);
        max_len(&mut errors, "role", Text::new("model-label-role"), &self.role, MAX_NAME_LEN);
        max_len(&mut errors, "email", Text::new("model-label-email"), &self.email, MAX_NAME_LEN);
        max_len(&mut errors, "phone", Text::new("model-label-phone"), &self.phone, 40);
        let email = self.email.trim();
        if !email.is_empty() {
            let ok = match email.split_once('@') {
                Some((user, domain)) => {
                    !user.is_empty()
                        && !domain.contains('@')
                        && domain.contains('.')
                        && !domain.starts_with('.')
                        && !domain.ends_with('.')
                        && !email.contains(char::is_whitespace)
                }
                None => false,
            };
            if !ok {
                errors.push(FieldError {
                    field: "email",
                    message: Text::new("model-email-invalid").arg("text", email),
                });
            }
        }
        let phone = self.phone.trim();
        if !phone.is_empty()
            && (!phone.chars().all(|c| c.is_ascii_digit() || " +-()./".contains(c))
                || phone.chars().filter(char::is_ascii_digit).count() < 3)
        {
            errors.push(FieldError {
                field: "phone",
                message: Text::new("model-phone-invalid").arg("text", phone),
            });
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Contact {
            name: self.name.trim().into(),
            role: self.role.trim().into(),
            email: email.into(),
            phone: phone.into(),
        })
    }
}

/// Form text of one revenue-history row.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct RevenuePointDraft {
    pub period: String,
    pub revenue: String,
    /// Number of orders in the period (empty = not recorded).
    pub orders: String,
}

impl RevenuePointDraft {
    pub fn from_point(p: &RevenuePoint) -> Self {
        RevenuePointDraft {
            period: p.period.clone(),
            revenue: if p.revenue == 0.0 { "0".into() } else { plain_number(p.revenue) },
            orders: p.orders.map(|o| o.to_string()).unwrap_or_default(),
        }
    }

    /// The period label is stored in its canonical form (`2025-q2` → `2025-Q2`).
    pub fn validate(&self) -> Result<RevenuePoint, Vec<FieldError>> {
        let mut errors = Vec::new();
        let period = match Period::parse(&self.period) {
            Ok(p) => p.label(),
            Err(e) => {
                errors.push(FieldError { field: "period", message: e });
                String::new()
            }
        };
        if self.revenue.trim().is_empty() {
            errors.push(FieldError { field: "revenue", message: Text::new("model-enter-period-revenue") });
        }
        let revenue = non_negative_money(&mut errors, "revenue", Text::new("model-label-revenue"), &self.revenue);
        let orders = whole(&mut errors, "orders", Text::new("model-label-orders"), &self.orders, 10_000_000);
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(RevenuePoint { period, revenue, orders })
    }
}

/// Form text of one interaction.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct InteractionDraft {
    pub date: String,
    pub channel: String,
    pub who: String,
    pub note: String,
    /// −2..=2; empty = 0 (neutral).
    pub sentiment: String,
}

impl InteractionDraft {
    pub fn from_interaction(i: &Interaction) -> Self {
        InteractionDraft {
            date: i.date.format("%Y-%m-%d").to_string(),
            channel: i.channel.key().into(),
            who: i.who.clone(),
            note: i.note.clone(),
            sentiment: i.sentiment.to_string(),
        }
    }

    pub fn validate(&self) -> Result<Interaction, Vec<FieldError>> {
        let mut errors = Vec::new();
        let date = required_date(&mut errors, "date", Text::new("model-label-date"), Text::new("model-enter-date"), &self.date);
        let channel = if self.channel.trim().is_empty() {
            Channel::Other
        } else {
            Channel::from_key(&self.channel).unwrap_or_else(|| {
                errors.push(FieldError { field: "channel", message: Text::new("model-choose-channel") });
                Channel::Other
            })
        };
        max_len(&mut errors, "who", Text::new("model-label-who"), &self.who, MAX_NAME_LEN);
        if self.note.chars().count() > MAX_NOTES_LEN {
            errors.push(FieldError { field: "note", message: Text::new("model-note-too-long").arg("max", MAX_NOTES_LEN) });
        }
        let sentiment = match self.sentiment.trim().replace('\u{2212}', "-").replace('+', "") {
            t if t.is_empty() => 0,
            t => match t.parse::<i8>() {
                Ok(v) if (-2..=2).contains(&v) => v,
                _ => {
                    errors.push(FieldError {
                        field: "sentiment",
                        message: Text::new("model-sentiment-range"),
                    });
                    0
                }
            },
        };
        match (date, errors.is_empty()) {
            (Some(date), true) => Ok(Interaction {
                date,
                channel,
                who: self.who.trim().into(),
                note: self.note.clone(),
                sentiment,
            }),
            _ => Err(errors),
        }
    }
}

/// Form text of one care activity.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct CareActivityDraft {
    pub date: String,
    pub kind: String,
    pub note: String,
    pub cost: String,
}

impl CareActivityDraft {
    pub fn from_activity(a: &CareActivity) -> Self {
        CareActivityDraft {
            date: a.date.format("%Y-%m-%d").to_string(),
            kind: a.kind.key().into(),
            note: a.note.clone(),
            cost: plain_number(a.cost),
        }
    }

    pub fn validate(&self) -> Result<CareActivity, Vec<FieldError>> {
        let mut errors = Vec::new();
        let date = required_date(&mut errors, "date", Text::new("model-label-date"), Text::new("model-enter-date"), &self.date);
        let kind = if self.kind.trim().is_empty() {
            CareKind::Other
        } else {
            CareKind::from_key(&self.kind).unwrap_or_else(|| {
                errors.push(FieldError { field: "kind", message: Text::new("model-choose-care-kind") });
                CareKind::Other
            })
        };
        if self.note.chars().count() > MAX_NOTES_LEN {
            errors.push(FieldError { field: "note", message: Text::new("model-note-too-long").arg("max", MAX_NOTES_LEN) });
        }
        let cost = non_negative_money(&mut errors, "cost", Text::new("model-label-cost"), &self.cost);
        match (date, errors.is_empty()) {
            (Some(date), true) => Ok(CareActivity { date, kind, note: self.note.clone(), cost }),
            _ => Err(errors),
        }
    }
}

/// Form text of one loyalty survey.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct RatingDraft {
    pub date: String,
    pub satisfaction: String,
    pub involvement: String,
    pub affinity: String,
    /// Optional NPS answer 0–10.
    pub nps: String,
}

impl RatingDraft {
    pub fn from_rating(r: &LoyaltyRating) -> Self {
        RatingDraft {
            date: r.date.format("%Y-%m-%d").to_string(),
            satisfaction: r.satisfaction.to_string(),
            involvement: r.involvement.to_string(),
            affinity: r.affinity.to_string(),
            nps: r.nps.map(|n| n.to_string()).unwrap_or_default(),
        }
    }

    pub fn validate(&self) -> Result<LoyaltyRating, Vec<FieldError>> {
        let mut errors = Vec::new();
        let date = required_date(
            &mut errors,
            "date",
            Text::new("model-label-survey-date"),
            Text::new("model-enter-survey-date"),
            &self.date,
        );
        let mut required = |field: &'static str, label: Text, missing: Text, text: &str| -> u8 {
            if text.trim().is_empty() {
                errors.push(FieldError { field, message: missing });
                return 0;
            }
            scale(&mut errors, field, label, text, 10).unwrap_or(0)
        };
        let satisfaction = required(
            "satisfaction",
            Text::new("model-label-satisfaction"),
            Text::new("model-enter-satisfaction"),
            &self.satisfaction,
        );
        let involvement =
            required("involvement", Text::new("model-label-involvement"), Text::new("model-enter-involvement"), &self.involvement);
        let affinity = required("affinity", Text::new("model-label-affinity"), Text::new("model-enter-affinity"), &self.affinity);
        let nps = scale(&mut errors, "nps", Text::new("model-label-nps"), &self.nps, 10);
        match (date, errors.is_empty()) {
            (Some(date), true) => Ok(LoyaltyRating { date, satisfaction, involvement, affinity, nps }),
            _ => Err(errors),
        }
    }
}

/// A number as a user would type it back into a form field: the reader's decimal separator, at
/// most two decimals (so never the ambiguous `1,234`); empty for 0 (and for a value that is not a
/// number), so an unset field stays empty.
pub(crate) fn plain_number(v: f64) -> String {
    if v == 0.0 {
        return String::new();
    }
    crate::i18n::input_number(v, 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
    }

    #[test]
    fn schema_3_client_without_new_fields_still_loads() {
        let old = r#"{"id":"c4","company":"Kept Ltd","industry":"Retail","client_manager":"A","owner":"B",
            "start_date":"2020-01-01","stage":"active","annual_revenue":5000,"direct_cost":1000,
            "cost_to_serve":500,"notes":"n","demo":false}"#;
        let c: Client = serde_json::from_str(old).expect("old client parses");
        assert_eq!(c.annual_revenue, 5000.0);
        assert!(c.interactions.is_empty() && c.ratings.is_empty() && c.contacts.is_empty());
        assert_eq!((c.share_of_wallet, c.contact_cadence_days, c.referrals), (None, None, 0));
        assert!(!c.archived && !c.competitor_activity);
        // And the new fields round-trip.
        let mut full = c.clone();
        full.contacts.push(Contact { name: "Ana".into(), role: "CFO".into(), email: "a@b.ro".into(), phone: "+40 1".into() });
        full.interactions.push(Interaction {
            date: d("2025-01-02"),
            channel: Channel::Meeting,
            who: "Ana".into(),
            note: "QBR".into(),
            sentiment: 2,
        });
        full.care_activities.push(CareActivity { date: d("2025-01-03"), kind: CareKind::ThankYou, note: String::new(), cost: 50.0 });
        full.ratings.push(LoyaltyRating { date: d("2025-01-04"), satisfaction: 8, involvement: 7, affinity: 6, nps: Some(9) });
        full.revenue_history.push(RevenuePoint { period: "2025-Q2".into(), revenue: 1.5, orders: Some(3) });
        full.share_of_wallet = Some(0.4);
        full.manager_changed_on = Some(d("2024-05-01"));
        full.archived = true;
        let json = serde_json::to_string(&full).unwrap();
        assert!(json.contains(r#""kind":"thank_you""#) && json.contains(r#""channel":"meeting""#));
        assert_eq!(serde_json::from_str::<Client>(&json).unwrap(), full);
        // Only `id` is required, as before.
        let minimal: Client = serde_json::from_str(r#"{"id":"x","company":"X"}"#).unwrap();
        assert_eq!(minimal.stage, Stage::Active);
    }

    #[test]
    fn periods() {
        assert_eq!(Period::parse("2024"), Ok(Period::Year(2024)));
        assert_eq!(Period::parse(" 2025-q2 "), Ok(Period::Quarter(2025, 2)));
        assert_eq!(Period::parse("Q3 2025"), Ok(Period::Quarter(2025, 3)));
        assert_eq!(Period::parse("2025-03"), Ok(Period::Month(2025, 3)));
        assert_eq!(Period::parse("2025-3").map(Period::label), Ok("2025-03".to_string()));
        for bad in ["", "24", "2025-Q5", "2025-Q0", "2025-13", "2025-00", "1899", "abcd", "2025-Q12", "2025-01-01", "Q2"] {
            assert!(Period::parse(bad).is_err(), "{bad:?} should be refused");
        }
        assert_eq!(Period::parse("2025-Q5").unwrap_err().to_string(), "“2025-Q5”: the quarter must be Q1 to Q4.");
        assert_eq!(Period::parse("2025-13").unwrap_err().to_string(), "“2025-13”: the month must be 01 to 12.");
        assert_eq!(Period::parse("1899").unwrap_err().to_string(), "“1899” is outside the years 1900–2200.");
        assert_eq!(
            Period::parse("last year").unwrap_err().to_string(),
            "“last year” is not a period; write a year (2024), a quarter (2025-Q2) or a month (2025-03)."
        );
        assert_eq!(Period::Quarter(2025, 2).start(), d("2025-04-01"));
        assert_eq!(Period::Quarter(2025, 2).start_month(), Period::Month(2025, 4).start_month());
        assert_eq!(Period::Quarter(2025, 1).index() - Period::Quarter(2024, 4).index(), 1);
        assert_eq!(Period::Month(2025, 1).index() - Period::Month(2024, 12).index(), 1);
    }

    #[test]
    fn draft_round_trip_keeps_every_record() {
        let p = crate::engine::demo::demo_portfolio();
        for c in &p.clients {
            let back = ClientDraft::from_client(c).validate(&c.id, c.demo).expect("demo clients are valid");
            assert_eq!(&back, c, "editing and saving {} changes nothing", c.id);
        }
        let mut zero = p.clients[0].clone();
        zero.share_of_wallet = Some(0.0);
        let draft = ClientDraft::from_client(&zero);
        assert_eq!(draft.share_of_wallet, "0");
        assert_eq!(draft.validate(&zero.id, true).unwrap().share_of_wallet, Some(0.0));
    }

    #[test]
    fn draft_new_fields_are_validated_with_words() {
        let draft = ClientDraft {
            company: "X".into(),
            contract_end: "2025-02-30".into(),
            manager_changed_on: "soon".into(),
            share_of_wallet: "120%".into(),
            referrals: "-1".into(),
            contact_cadence_days: "0".into(),
            open_complaints: "two".into(),
            ..Default::default()
        };
        let errors = draft.validate("c1", false).unwrap_err();
        let fields: Vec<_> = errors.iter().map(|e| e.field).collect();
        assert_eq!(
            fields,
            vec!["manager_changed_on", "contract_end", "share_of_wallet", "referrals", "contact_cadence_days", "open_complaints"]
        );
        let messages: Vec<String> = errors.iter().map(|e| e.message.to_string()).collect();
        assert_eq!(
            messages,
            vec![
                "Manager change date: “soon” is not a date; use YYYY-MM-DD, for example 2024-03-31.",
                "Contract end: “2025-02-30” is not a date; use YYYY-MM-DD, for example 2024-03-31.",
                "Share of wallet must be between 0% and 100%.",
                "Referrals cannot be negative.",
                "Contact cadence must be at least 1 day (leave it empty for the default).",
                "Open complaints must be a whole number, like 3.",
            ]
        );
        let ok = ClientDraft {
            company: "X".into(),
            share_of_wallet: "35,5 %".into(),
            contact_cadence_days: "14".into(),
            referrals: "3".into(),
            competitor_activity: true,
            ..Default::default()
        }
        .validate("c1", false)
        .unwrap();
        assert_eq!(ok.share_of_wallet, Some(0.355));
        assert_eq!((ok.contact_cadence_days, ok.referrals, ok.competitor_activity), (Some(14), 3, true));
    }

    #[test]
    fn record_drafts() {
        let i = InteractionDraft { date: "12.03.2025".into(), channel: "call".into(), sentiment: "−2".into(), ..Default::default() }
            .validate()
            .unwrap();
        assert_eq!((i.date, i.channel, i.sentiment), (d("2025-03-12"), Channel::Call, -2));
        let e = InteractionDraft { date: String::new(), channel: "fax".into(), sentiment: "3".into(), ..Default::default() }
            .validate()
            .unwrap_err();
        assert_eq!(e.iter().map(|e| e.field).collect::<Vec<_>>(), vec!["date", "channel", "sentiment"]);
        assert_eq!(
            e.iter().map(|e| e.message.to_string()).collect::<Vec<_>>(),
            vec![
                "Enter the date.",
                "Choose how you were in touch.",
                "Sentiment must be a whole number from −2 (very negative) to 2 (very positive).",
            ]
        );

        let r = RatingDraft { date: "2025-01-01".into(), satisfaction: "8".into(), involvement: "7".into(), affinity: "0".into(), nps: String::new() }
            .validate()
            .unwrap();
        assert_eq!((r.satisfaction, r.involvement, r.affinity, r.nps), (8, 7, 0, None));
        let e = RatingDraft { date: "2025-01-01".into(), satisfaction: "11".into(), involvement: String::new(), affinity: "7.5".into(), nps: "x".into() }
            .validate()
            .unwrap_err();
        assert_eq!(e.iter().map(|e| e.field).collect::<Vec<_>>(), vec!["satisfaction", "involvement", "affinity", "nps"]);
        let messages: Vec<String> = e.iter().map(|e| e.message.to_string()).collect();
        assert_eq!(
            messages,
            vec![
                "Satisfaction must be a whole number from 0 to 10.",
                "Enter involvement (0–10).",
                "Affinity must be a whole number from 0 to 10.",
                "The NPS answer must be a whole number from 0 to 10.",
            ]
        );

        let c = CareActivityDraft { date: "2025-01-01".into(), kind: "free_work".into(), note: String::new(), cost: "1.200,50".into() }
            .validate()
            .unwrap();
        assert_eq!((c.kind, c.cost), (CareKind::FreeWork, 1200.5));
        assert!(CareActivityDraft { date: "2025-01-01".into(), cost: "-5".into(), ..Default::default() }.validate().is_err());
        assert_eq!(CareActivityDraft::from_activity(&c).validate().unwrap(), c);

        let p = RevenuePointDraft { period: "2025 q2".into(), revenue: "10 000".into(), orders: "4".into() }.validate().unwrap();
        assert_eq!((p.period.as_str(), p.revenue, p.orders), ("2025-Q2", 10_000.0, Some(4)));
        let e = RevenuePointDraft { period: "last year".into(), revenue: String::new(), orders: "-1".into() }.validate().unwrap_err();
        assert_eq!(e.iter().map(|e| e.field).collect::<Vec<_>>(), vec!["period", "revenue", "orders"]);
        assert_eq!(e[1].message.to_string(), "Enter the revenue of the period (0 if none).");
        assert_eq!(e[2].message.to_string(), "Orders cannot be negative.");
        assert_eq!(RevenuePointDraft::from_point(&p).validate().unwrap(), p);

        let ok = ContactDraft { name: " Ana ".into(), role: "CFO".into(), email: "ana@firm.ro".into(), phone: "+40 (21) 555-0101".into() }
            .validate()
            .unwrap();
        assert_eq!(ok.name, "Ana");
        let e = ContactDraft { name: String::new(), role: String::new(), email: "ana@firm".into(), phone: "call me".into() }
            .validate()
            .unwrap_err();
        assert_eq!(e.iter().map(|e| e.field).collect::<Vec<_>>(), vec!["name", "email", "phone"]);
        assert_eq!(
            e.iter().map(|e| e.message.to_string()).collect::<Vec<_>>(),
            vec![
                "Enter the contact's name.",
                "“ana@firm” is not an email address, like name@example.com.",
                "“call me” is not a phone number; use digits, spaces, + - ( ) only.",
            ]
        );
        assert_eq!(Stage::AtRisk.label().to_string(), "At risk");
        assert_eq!(CareKind::Report.label().to_string(), "Report of work done");
        assert_eq!(Channel::Email.label().to_string(), "Email");
    }
}

//! A client as stored, and its records: contacts, revenue history, interactions, care, ratings.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::dossier::{Dossier, DossierEntry, Project};
use super::ids::IdSource;
pub use super::ids::RecordId;
use super::keyed::keyed_enum;
use crate::i18n::Text;
use crate::k;

keyed_enum! {
    /// Where a client stands in its journey with us.
    #[derive(Default)]
    Stage {
        Onboarding => ("onboarding", k!("model-stage-onboarding")),
        #[default]
        Active => ("active", k!("model-stage-active")),
        Renewal => ("renewal", k!("model-stage-renewal")),
        AtRisk => ("at_risk", k!("model-stage-at-risk")),
        Lost => ("lost", k!("model-stage-lost")),
        WonBack => ("won_back", k!("model-stage-won-back")),
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
    #[serde(default, with = "crate::engine::util::parse::iso_date_opt")]
    pub start_date: Option<NaiveDate>,
    #[serde(default)]
    pub stage: Stage,
    /// The day the client was lost (stage lost), or last lost before being won back. Clients lost
    /// before this field existed have none: "date lost unknown".
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::engine::util::parse::iso_date_opt")]
    pub lost_on: Option<NaiveDate>,
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
    #[serde(default, with = "crate::engine::util::parse::iso_date_opt")]
    pub manager_changed_on: Option<NaiveDate>,
    /// When the current contract ends.
    #[serde(default, with = "crate::engine::util::parse::iso_date_opt")]
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

impl Client {
    /// Take every profile field of `profile` (what the client form edits: names, dates, stage,
    /// money, scores' inputs, flags and `updated_at`), keeping this client's id, demo mark,
    /// records and value dossier.
    pub fn set_profile(&mut self, profile: Client) {
        let Client {
            id: _,
            demo: _,
            contacts: _,
            revenue_history: _,
            interactions: _,
            care_activities: _,
            ratings: _,
            dossier: _,
            company,
            industry,
            client_manager,
            owner,
            start_date,
            stage,
            lost_on,
            annual_revenue,
            direct_cost,
            cost_to_serve,
            notes,
            manager_changed_on,
            contract_end,
            share_of_wallet,
            referrals,
            contact_cadence_days,
            open_complaints,
            competitor_activity,
            archived,
            updated_at,
        } = profile;
        *self = Client {
            company,
            industry,
            client_manager,
            owner,
            start_date,
            stage,
            lost_on,
            annual_revenue,
            direct_cost,
            cost_to_serve,
            notes,
            manager_changed_on,
            contract_end,
            share_of_wallet,
            referrals,
            contact_cadence_days,
            open_complaints,
            competitor_activity,
            archived,
            updated_at,
            ..std::mem::take(self)
        };
    }

    /// Revenue − direct cost − cost to serve, per year: the profit of the contract alone, before
    /// care and the value dossier (those are in `profit::profitability`). Non-finite stored
    /// amounts count as 0.
    pub fn contract_profit(&self) -> f64 {
        let f = |v: f64| if v.is_finite() { v } else { 0.0 };
        f(self.annual_revenue) - f(self.direct_cost) - f(self.cost_to_serve)
    }
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
            lost_on: None,
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

/// A record of a client with an optional id.
pub trait Record {
    fn id(&self) -> Option<&str>;
    fn set_id(&mut self, id: RecordId);
}

macro_rules! record {
    ($($t:ty),+) => {$(
        impl Record for $t {
            fn id(&self) -> Option<&str> {
                self.id.as_deref()
            }
            fn set_id(&mut self, id: RecordId) {
                self.id = Some(id);
            }
        }
    )+};
}
record!(Contact, RevenuePoint, Interaction, CareActivity, LoyaltyRating, Project, DossierEntry);

/// A record made on a form, to be added to a client with a fresh id ([`Client::add_new_record`]).
#[derive(Clone, Debug, PartialEq)]
pub enum NewRecord {
    Contact(Contact),
    Revenue(RevenuePoint),
    Interaction(Interaction),
    Care(CareActivity),
    Rating(LoyaltyRating),
    Project(Project),
    DossierEntry(DossierEntry),
}

impl Client {
    /// Every record id this client holds, of every kind.
    pub fn record_ids(&self) -> impl Iterator<Item = &str> {
        fn ids<T: Record>(v: &[T]) -> impl Iterator<Item = &str> {
            v.iter().filter_map(Record::id)
        }
        ids(&self.contacts)
            .chain(ids(&self.revenue_history))
            .chain(ids(&self.interactions))
            .chain(ids(&self.care_activities))
            .chain(ids(&self.ratings))
            .chain(ids(&self.dossier.projects))
            .chain(ids(&self.dossier.entries))
    }

    /// A fresh record id: a random UUID from `ids`, drawn again in the (astronomically unlikely)
    /// case that a record of this client has it.
    pub fn new_record_id(&self, ids: &mut dyn IdSource) -> RecordId {
        loop {
            let id = ids.new_id();
            if !self.record_ids().any(|r| r == id) {
                return id;
            }
        }
    }

    /// Add a record made on a form, with a fresh id from `ids` (the forms call this with the
    /// browser's random ids, before the edit reaches the reducer); returns the id.
    pub fn add_new_record(&mut self, record: NewRecord, ids: &mut dyn IdSource) -> RecordId {
        let id = self.new_record_id(ids);
        fn push<T: Record>(to: &mut Vec<T>, mut x: T, id: &str) {
            x.set_id(id.to_string());
            to.push(x);
        }
        match record {
            NewRecord::Contact(x) => push(&mut self.contacts, x, &id),
            NewRecord::Revenue(x) => push(&mut self.revenue_history, x, &id),
            NewRecord::Interaction(x) => push(&mut self.interactions, x, &id),
            NewRecord::Care(x) => push(&mut self.care_activities, x, &id),
            NewRecord::Rating(x) => push(&mut self.ratings, x, &id),
            NewRecord::Project(x) => push(&mut self.dossier.projects, x, &id),
            NewRecord::DossierEntry(x) => push(&mut self.dossier.entries, x, &id),
        }
        id
    }
}

/// A person on the client's side.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Contact {
    /// The record's id (a UUID for records made since ids were given; none for older ones).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<RecordId>,
    pub name: String,
    pub role: String,
    pub email: String,
    pub phone: String,
}

/// Revenue of one period; `orders` (optional) is the number of orders in it, for order frequency.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
pub struct RevenuePoint {
    /// The record's id (a UUID for records made since ids were given; none for older ones).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<RecordId>,
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

keyed_enum! {
    /// How we were in touch.
    #[derive(Default)]
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
    #[derive(Default)]
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
    /// The record's id (a UUID for records made since ids were given; none for older ones).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<RecordId>,
    #[serde(with = "crate::engine::util::parse::iso_date")]
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
    /// The record's id (a UUID for records made since ids were given; none for older ones).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<RecordId>,
    #[serde(with = "crate::engine::util::parse::iso_date")]
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
    /// The record's id (a UUID for records made since ids were given; none for older ones).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<RecordId>,
    #[serde(with = "crate::engine::util::parse::iso_date")]
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

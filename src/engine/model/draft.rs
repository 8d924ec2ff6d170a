//! Drafts: the text of each form as typed, validated into the stored types with every problem
//! reported as a [`FieldError`] in words.

use chrono::NaiveDate;

use super::client::*;
use super::dossier::{Dossier, DossierEntry, Project, Section};
use crate::engine::util::parse::{iso_date, parse_amount, parse_date};
use crate::i18n::Text;

/// A validation problem with one field of a form, in words a user understands (shown in the
/// reader's language: `e.message.to_string()` or `{ &e.message }`).
#[derive(Clone, Debug, PartialEq)]
pub struct FieldError {
    pub field: &'static str,
    pub message: Text,
}

impl std::fmt::Display for FieldError {
    /// The message in the reader's language.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(&self.message, f)
    }
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
    /// The day the client was lost (kept for the lost and won-back stages; empty = unknown).
    pub lost_on: String,
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
            start_date: c.start_date.map(|d| d.to_string()).unwrap_or_default(),
            stage: c.stage.key().to_string(),
            lost_on: iso_date(c.lost_on),
            annual_revenue: field_number(c.annual_revenue),
            direct_cost: field_number(c.direct_cost),
            cost_to_serve: field_number(c.cost_to_serve),
            notes: c.notes.clone(),
            manager_changed_on: iso_date(c.manager_changed_on),
            contract_end: iso_date(c.contract_end),
            share_of_wallet: match c.share_of_wallet {
                Some(0.0) => "0".into(),
                Some(s) => field_number(s * 100.0),
                None => String::new(),
            },
            referrals: count_text(c.referrals),
            contact_cadence_days: c.contact_cadence_days.map(|d| d.to_string()).unwrap_or_default(),
            open_complaints: count_text(c.open_complaints),
            competitor_activity: c.competitor_activity,
            archived: c.archived,
        }
    }

    /// The form's profile fields applied to `current`, whose records (contacts, revenue history,
    /// interactions, care, ratings) and value dossier are kept as they are: the form edits the
    /// profile only, so saving it can never overwrite a record saved in the meantime.
    pub fn apply_to(&self, current: &Client, today: NaiveDate) -> Result<Client, Vec<FieldError>> {
        let profile = self.validate(&current.id, current.demo, today)?;
        let mut next = current.clone();
        next.set_profile(profile);
        Ok(next)
    }

    /// The stage chosen on the form, and the date lost it would then take: when the stage
    /// becomes lost and no date is given yet, today (the user can change it).
    pub fn with_stage(&self, stage: &str, today: NaiveDate) -> ClientDraft {
        let mut next = ClientDraft { stage: stage.to_string(), ..self.clone() };
        if stage == Stage::Lost.key() && self.stage != Stage::Lost.key() && self.lost_on.trim().is_empty() {
            next.lost_on = today.to_string();
        }
        next
    }

    /// Check every field; return a new client (with `id` and no records yet) or all the problems
    /// at once. `today` bounds the date lost (it cannot be in the future).
    pub fn validate(&self, id: &str, demo: bool, today: NaiveDate) -> Result<Client, Vec<FieldError>> {
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
            errors.push(FieldError { field: "notes", message: Text::new("model-notes-too-long").arg("max", MAX_NOTES_LEN) });
        }
        let start_date = if self.start_date.trim().is_empty() {
            None
        } else {
            match parse_date(&self.start_date) {
                Ok(d) => date_value(&mut errors, "start_date", Text::new("model-stored-label-start-date"), d),
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
        // The date lost belongs to a lost client, or to one won back (when it was lost before).
        let lost_on = match stage {
            Stage::Lost | Stage::WonBack => {
                let d = optional_date(&mut errors, "lost_on", Text::new("model-label-lost-on"), &self.lost_on);
                d.and_then(|lost| lost_on_value(&mut errors, lost, start_date, today))
            }
            _ => None,
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
                Ok(v) => share_value(&mut errors, v),
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
        let contact_cadence_days = match self.contact_cadence_days.trim() {
            "" => None,
            t => match t.parse::<i64>() {
                Ok(v) => cadence_value(&mut errors, v),
                Err(_) => {
                    let label = Text::new("model-label-contact-cadence");
                    errors.push(FieldError {
                        field: "contact_cadence_days",
                        message: Text::new("model-whole-number").arg("label", label),
                    });
                    None
                }
            },
        };
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
            lost_on,
            annual_revenue,
            direct_cost,
            cost_to_serve,
            notes: self.notes.clone(),
            demo,
            contacts: Vec::new(),
            manager_changed_on,
            contract_end,
            revenue_history: Vec::new(),
            share_of_wallet,
            referrals,
            contact_cadence_days,
            interactions: Vec::new(),
            care_activities: Vec::new(),
            ratings: Vec::new(),
            open_complaints,
            competitor_activity: self.competitor_activity,
            dossier: Dossier::default(),
            archived: self.archived,
            updated_at: None,
        })
    }
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
        Ok(d) => date_value(errors, field, label, d),
        Err(e) => {
            errors.push(FieldError { field, message: field_problem(label, e) });
            None
        }
    }
}

/// The first and last years a date may have, in a form or in stored data (`parse_date` reads
/// the same window).
pub const FIRST_YEAR: i32 = 1900;
pub const LAST_YEAR: i32 = 2200;
/// Largest amount of money accepted in one field (a trillion in the portfolio currency): beyond
/// it a figure is a typing slip or a hostile file, and sums of such figures lose their cents.
pub const MAX_AMOUNT: f64 = 1e12;

/// The date rule of every date field: within [`FIRST_YEAR`]–[`LAST_YEAR`].
pub(crate) fn date_value(errors: &mut Vec<FieldError>, field: &'static str, label: Text, d: NaiveDate) -> Option<NaiveDate> {
    use chrono::Datelike;
    if (FIRST_YEAR..=LAST_YEAR).contains(&d.year()) {
        Some(d)
    } else {
        let problem = Text::new("model-outside-years").arg("text", d.to_string());
        errors.push(FieldError { field, message: field_problem(label, problem) });
        None
    }
}

/// The rule of every money field: a finite number, not negative, at most [`MAX_AMOUNT`].
pub(crate) fn money_value(errors: &mut Vec<FieldError>, field: &'static str, label: Text, v: f64) -> f64 {
    bounded_value(errors, field, label, v, MAX_AMOUNT).unwrap_or(0.0)
}

/// A finite number in 0..=max.
pub(crate) fn bounded_value(errors: &mut Vec<FieldError>, field: &'static str, label: Text, v: f64, max: f64) -> Option<f64> {
    if !v.is_finite() {
        errors.push(FieldError::new(field, Text::new("model-stored-not-a-number").arg("label", label)));
        None
    } else if v < 0.0 {
        errors.push(FieldError::new(field, cannot_be_negative(label)));
        None
    } else if v > max {
        errors.push(FieldError::new(field, Text::new("brief-check-at-most").arg("label", label).arg("max", max)));
        None
    } else {
        Some(v)
    }
}

/// The rule of whole-number fields: 0..=max.
fn whole_value(errors: &mut Vec<FieldError>, field: &'static str, label: Text, v: i64, max: u32) -> Option<u32> {
    if v < 0 {
        errors.push(FieldError { field, message: cannot_be_negative(label) });
        None
    } else if v > i64::from(max) {
        errors.push(FieldError { field, message: Text::new("model-at-most").arg("label", label).arg("max", max) });
        None
    } else {
        // 0 ≤ v ≤ max ≤ u32::MAX, so the conversion cannot fail.
        u32::try_from(v).ok()
    }
}

/// The rule of scores: 0..=max.
fn scale_value(errors: &mut Vec<FieldError>, field: &'static str, label: Text, v: i64, max: u8) -> Option<u8> {
    if (0..=i64::from(max)).contains(&v) {
        u8::try_from(v).ok()
    } else {
        errors.push(FieldError { field, message: Text::new("model-scale").arg("label", label).arg("max", u32::from(max)) });
        None
    }
}

/// The rule of a sentiment: −2..=2.
fn sentiment_value(errors: &mut Vec<FieldError>, v: i64) -> i8 {
    match i8::try_from(v) {
        Ok(v) if (-2..=2).contains(&v) => v,
        _ => {
            errors.push(FieldError { field: "sentiment", message: Text::new("model-sentiment-range") });
            0
        }
    }
}

/// The rule of the share of wallet: a share in 0..=1.
fn share_value(errors: &mut Vec<FieldError>, v: f64) -> Option<f64> {
    if v.is_finite() && (0.0..=1.0).contains(&v) {
        Some(v)
    } else {
        errors.push(FieldError { field: "share_of_wallet", message: Text::new("model-share-range") });
        None
    }
}

/// The rule of the contact cadence: 1..=3650 days.
fn cadence_value(errors: &mut Vec<FieldError>, v: i64) -> Option<u32> {
    let d = whole_value(errors, "contact_cadence_days", Text::new("model-label-contact-cadence"), v, 3650);
    if d == Some(0) {
        errors.push(FieldError { field: "contact_cadence_days", message: Text::new("model-cadence-min") });
    }
    d
}

/// The rule of the date lost: not before the start, not after today.
fn lost_on_value(errors: &mut Vec<FieldError>, lost: NaiveDate, start: Option<NaiveDate>, today: NaiveDate) -> Option<NaiveDate> {
    match start {
        Some(start) if lost < start => {
            errors.push(FieldError { field: "lost_on", message: Text::new("model-lost-before-start") });
            None
        }
        _ if lost > today => {
            errors.push(FieldError { field: "lost_on", message: Text::new("model-lost-in-future") });
            None
        }
        _ => Some(lost),
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
        Ok(v) => whole_value(errors, field, label, v, max),
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
        Ok(v) => scale_value(errors, field, label, v, max),
        Err(_) => {
            errors.push(FieldError { field, message: Text::new("model-scale").arg("label", label).arg("max", u32::from(max)) });
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
        Ok(v) => money_value(errors, field, label, v),
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
                errors.push(FieldError { field: "email", message: Text::new("model-email-invalid").arg("text", email) });
            }
        }
        let phone = self.phone.trim();
        if !phone.is_empty()
            && (!phone.chars().all(|c| c.is_ascii_digit() || " +-()./".contains(c))
                || phone.chars().filter(char::is_ascii_digit).count() < 3)
        {
            errors.push(FieldError { field: "phone", message: Text::new("model-phone-invalid").arg("text", phone) });
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Contact {
            id: None,
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
            revenue: if p.revenue == 0.0 { "0".into() } else { field_number(p.revenue) },
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
        Ok(RevenuePoint { id: None, period, revenue, orders })
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
            date: i.date.to_string(),
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
            t => match t.parse::<i64>() {
                Ok(v) => sentiment_value(&mut errors, v),
                Err(_) => {
                    errors.push(FieldError { field: "sentiment", message: Text::new("model-sentiment-range") });
                    0
                }
            },
        };
        match (date, errors.is_empty()) {
            (Some(date), true) => {
                Ok(Interaction { id: None, date, channel, who: self.who.trim().into(), note: self.note.clone(), sentiment })
            }
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
            date: a.date.to_string(),
            kind: a.kind.key().into(),
            note: a.note.clone(),
            cost: field_number(a.cost),
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
            (Some(date), true) => Ok(CareActivity { id: None, date, kind, note: self.note.clone(), cost }),
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
            date: r.date.to_string(),
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
        let involvement = required(
            "involvement",
            Text::new("model-label-involvement"),
            Text::new("model-enter-involvement"),
            &self.involvement,
        );
        let affinity = required("affinity", Text::new("model-label-affinity"), Text::new("model-enter-affinity"), &self.affinity);
        let nps = scale(&mut errors, "nps", Text::new("model-label-nps"), &self.nps, 10);
        match (date, errors.is_empty()) {
            (Some(date), true) => Ok(LoyaltyRating { id: None, date, satisfaction, involvement, affinity, nps }),
            _ => Err(errors),
        }
    }
}

/// A number as a user would type it back into a form field: the reader's decimal separator, at
/// most two decimals (so never the ambiguous `1,234`); empty for 0 (and for a value that is not a
/// number), so an unset field stays empty.
pub(crate) fn field_number(v: f64) -> String {
    if v == 0.0 {
        return String::new();
    }
    crate::i18n::input_number(v, 2)
}

// ------------------------------------------------------------------------------------------
// Forms
// ------------------------------------------------------------------------------------------

/// Longest description of a dossier entry.
pub const MAX_DESCRIPTION_LEN: usize = 500;
/// Largest number of hours accepted on one entry.
pub const MAX_HOURS: f64 = 100_000.0;

/// An optional non-negative number: empty is `None`.
fn non_negative(errors: &mut Vec<FieldError>, field: &'static str, label: Text, text: &str, max: f64) -> Option<f64> {
    if text.trim().is_empty() {
        return None;
    }
    match parse_amount(text) {
        Ok(v) => bounded_value(errors, field, label, v, max),
        Err(e) => {
            errors.push(FieldError::new(field, field_problem(label, e)));
            None
        }
    }
}

fn iso(d: NaiveDate) -> String {
    iso_date(Some(d))
}

/// Form text of one project.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ProjectDraft {
    pub name: String,
    pub price: String,
    pub start: String,
    pub end: String,
}

impl ProjectDraft {
    pub fn from_project(p: &Project) -> Self {
        ProjectDraft {
            name: p.name.clone(),
            price: field_number(p.price),
            start: p.start.map(iso).unwrap_or_default(),
            end: p.end.map(iso).unwrap_or_default(),
        }
    }

    /// Name required (≤ 120 characters); price ≥ 0 (empty = 0); dates optional, the end not before the start.
    pub fn validate(&self) -> Result<Project, Vec<FieldError>> {
        let mut errors = Vec::new();
        let name = self.name.trim();
        if name.is_empty() {
            errors.push(FieldError::new("name", Text::new("brief-check-project-name")));
        } else if name.chars().count() > MAX_NAME_LEN {
            errors.push(FieldError::new("name", Text::new("brief-check-name-too-long").arg("max", MAX_NAME_LEN)));
        }
        let price = non_negative(&mut errors, "price", Text::new("brief-field-price"), &self.price, MAX_AMOUNT).unwrap_or(0.0);
        let start = optional_date(&mut errors, "start", Text::new("brief-field-start"), &self.start);
        let end = optional_date(&mut errors, "end", Text::new("brief-field-end"), &self.end);
        if let (Some(s), Some(e)) = (start, end) {
            if e < s {
                errors.push(FieldError::new("end", Text::new("brief-check-project-dates")));
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Project { id: None, name: name.to_string(), price, start, end })
    }
}

/// Form text of one dossier entry.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct DossierEntryDraft {
    pub date: String,
    /// A [`Section::key`].
    pub section: String,
    pub description: String,
    /// Money value; empty = 0, or hours × the hourly rate when one is given.
    pub value: String,
    /// Optional hours.
    pub hours: String,
}

impl DossierEntryDraft {
    pub fn from_entry(e: &DossierEntry) -> Self {
        DossierEntryDraft {
            date: iso(e.date),
            section: e.section.key().into(),
            description: e.description.clone(),
            value: if e.value == 0.0 { "0".into() } else { field_number(e.value) },
            hours: e.hours.map(field_number).unwrap_or_default(),
        }
    }

    /// [`DossierEntryDraft::validate_with_rate`] without an hourly rate.
    pub fn validate(&self) -> Result<DossierEntry, Vec<FieldError>> {
        self.validate_with_rate(None)
    }

    /// Date required; section required (a known key); description required, at most 500
    /// characters; value ≥ 0 (`1.200,50` and `1,200.50` accepted); hours optional, ≥ 0. With an
    /// empty value, hours and an `hourly_rate` above 0, the value is hours × rate (work valued at
    /// our rate); otherwise an empty value is 0 (e.g. a postponement with no price attached).
    pub fn validate_with_rate(&self, hourly_rate: Option<f64>) -> Result<DossierEntry, Vec<FieldError>> {
        let mut errors = Vec::new();
        let date = required_date(&mut errors, "date", Text::new("brief-field-date"), Text::new("brief-check-date"), &self.date);
        let section = if self.section.trim().is_empty() {
            errors.push(FieldError::new("section", Text::new("brief-check-section")));
            None
        } else {
            let s = Section::from_key(&self.section);
            if s.is_none() {
                errors.push(FieldError::new("section", Text::new("brief-check-section-unknown")));
            }
            s
        };
        let description = self.description.trim();
        if description.is_empty() {
            errors.push(FieldError::new("description", Text::new("brief-check-description")));
        } else if description.chars().count() > MAX_DESCRIPTION_LEN {
            errors.push(FieldError::new(
                "description",
                Text::new("brief-check-description-too-long").arg("max", MAX_DESCRIPTION_LEN),
            ));
        }
        let value = non_negative(&mut errors, "value", Text::new("brief-field-value"), &self.value, MAX_AMOUNT);
        let hours = non_negative(&mut errors, "hours", Text::new("brief-field-hours"), &self.hours, MAX_HOURS);
        let value = match (value, hours, hourly_rate) {
            (Some(v), _, _) => v,
            (None, Some(h), Some(rate)) if rate.is_finite() && rate > 0.0 => {
                let v = h * rate;
                if v.is_finite() {
                    v
                } else {
                    errors.push(FieldError::new("value", Text::new("brief-check-hours-rate")));
                    0.0
                }
            }
            _ => 0.0,
        };
        match (date, section, errors.is_empty()) {
            (Some(date), Some(section), true) => {
                Ok(DossierEntry { id: None, date, section, description: description.to_string(), value, hours })
            }
            _ => Err(errors),
        }
    }
}

// ------------------------------------------------------------------------------------------
// Stored data (a restored backup, another version's document)
// ------------------------------------------------------------------------------------------

/// Longest id accepted in stored data (a UUID has 36 characters).
pub const MAX_ID_LEN: usize = 64;

/// One problem of a stored client: which record (`None`: the client's own fields) and what.
#[derive(Clone, Debug, PartialEq)]
pub struct StoredProblem {
    /// "interaction 2 (2026-03-04)", "dossier entry 1", … in the reader's language.
    pub record: Option<Text>,
    pub error: FieldError,
}

/// Every problem of a client as stored, checked with the rules the forms use (the same
/// functions: [`money_value`], [`date_value`], the whole-number, score, share, cadence, date-lost
/// and length rules, and the contact form whole, since a contact is text only). A client that
/// passes could have been typed into the forms. `today` bounds the date lost, as on the form.
pub fn check_stored_client(c: &Client, today: NaiveDate) -> Vec<StoredProblem> {
    let mut out = Vec::new();
    let mut own = Vec::new();
    let id = c.id.trim();
    if id.is_empty() || c.id.chars().count() > MAX_ID_LEN || c.id.chars().any(char::is_control) {
        own.push(FieldError::new("id", Text::new("model-stored-bad-id")));
    }
    if c.company.trim().is_empty() {
        own.push(FieldError::new("company", Text::new("model-enter-company")));
    }
    for (field, label, value) in [
        ("company", Text::new("model-label-company"), &c.company),
        ("industry", Text::new("model-label-industry"), &c.industry),
        ("client_manager", Text::new("model-label-client-manager"), &c.client_manager),
        ("owner", Text::new("model-label-owner"), &c.owner),
    ] {
        max_len(&mut own, field, label, value, MAX_NAME_LEN);
    }
    if c.notes.chars().count() > MAX_NOTES_LEN {
        own.push(FieldError { field: "notes", message: Text::new("model-notes-too-long").arg("max", MAX_NOTES_LEN) });
    }
    let start = c.start_date.and_then(|d| date_value(&mut own, "start_date", Text::new("model-stored-label-start-date"), d));
    if let Some(lost) = c.lost_on {
        if date_value(&mut own, "lost_on", Text::new("model-label-lost-on"), lost).is_some() {
            lost_on_value(&mut own, lost, start, today);
        }
    }
    money_value(&mut own, "annual_revenue", Text::new("model-label-annual-revenue"), c.annual_revenue);
    money_value(&mut own, "direct_cost", Text::new("model-label-direct-cost"), c.direct_cost);
    money_value(&mut own, "cost_to_serve", Text::new("model-label-cost-to-serve"), c.cost_to_serve);
    if let Some(d) = c.manager_changed_on {
        date_value(&mut own, "manager_changed_on", Text::new("model-label-manager-changed-on"), d);
    }
    if let Some(d) = c.contract_end {
        date_value(&mut own, "contract_end", Text::new("model-label-contract-end"), d);
    }
    if let Some(s) = c.share_of_wallet {
        share_value(&mut own, s);
    }
    whole_value(&mut own, "referrals", Text::new("model-label-referrals"), i64::from(c.referrals), 1_000_000);
    if let Some(d) = c.contact_cadence_days {
        cadence_value(&mut own, i64::from(d));
    }
    whole_value(&mut own, "open_complaints", Text::new("model-label-open-complaints"), i64::from(c.open_complaints), 10_000);
    if c.updated_at.as_deref().is_some_and(|t| t.chars().count() > MAX_ID_LEN) {
        own.push(FieldError::new("updated_at", Text::new("model-stored-bad-time")));
    }
    out.extend(own.into_iter().map(|error| StoredProblem { record: None, error }));

    let mut record = |kind: &'static str, n: usize, date: Option<NaiveDate>, errors: Vec<FieldError>| {
        let name = Text::new(kind).arg("n", n + 1).arg("date", date.map(|d| d.to_string()).unwrap_or_default());
        out.extend(errors.into_iter().map(|error| StoredProblem { record: Some(name.clone()), error }));
    };
    // A record's id, when it has one: not empty, at most 64 characters, no control characters,
    // and no other record of this client with the same.
    let mut seen = std::collections::HashSet::new();
    let mut record_id = |e: &mut Vec<FieldError>, id: Option<&str>| {
        let Some(id) = id else { return };
        if id.trim().is_empty() || id.chars().count() > MAX_ID_LEN || id.chars().any(char::is_control) {
            e.push(FieldError::new("id", Text::new("model-stored-bad-record-id")));
        } else if !seen.insert(id.to_string()) {
            e.push(FieldError::new("id", Text::new("model-stored-same-record-id")));
        }
    };
    for (i, contact) in c.contacts.iter().enumerate() {
        let mut e = ContactDraft::from_contact(contact).validate().err().unwrap_or_default();
        record_id(&mut e, contact.id.as_deref());
        record("model-stored-contact", i, None, e);
    }
    for (i, p) in c.revenue_history.iter().enumerate() {
        let mut e = Vec::new();
        if let Err(m) = Period::parse(&p.period) {
            e.push(FieldError::new("period", m));
        }
        money_value(&mut e, "revenue", Text::new("model-label-revenue"), p.revenue);
        if let Some(o) = p.orders {
            whole_value(&mut e, "orders", Text::new("model-label-orders"), i64::from(o), 10_000_000);
        }
        record_id(&mut e, p.id.as_deref());
        record("model-stored-revenue", i, None, e);
    }
    for (i, it) in c.interactions.iter().enumerate() {
        let mut e = Vec::new();
        date_value(&mut e, "date", Text::new("model-label-date"), it.date);
        max_len(&mut e, "who", Text::new("model-label-who"), &it.who, MAX_NAME_LEN);
        if it.note.chars().count() > MAX_NOTES_LEN {
            e.push(FieldError { field: "note", message: Text::new("model-note-too-long").arg("max", MAX_NOTES_LEN) });
        }
        sentiment_value(&mut e, i64::from(it.sentiment));
        record_id(&mut e, it.id.as_deref());
        record("model-stored-interaction", i, Some(it.date), e);
    }
    for (i, a) in c.care_activities.iter().enumerate() {
        let mut e = Vec::new();
        date_value(&mut e, "date", Text::new("model-label-date"), a.date);
        if a.note.chars().count() > MAX_NOTES_LEN {
            e.push(FieldError { field: "note", message: Text::new("model-note-too-long").arg("max", MAX_NOTES_LEN) });
        }
        money_value(&mut e, "cost", Text::new("model-label-cost"), a.cost);
        record_id(&mut e, a.id.as_deref());
        record("model-stored-care", i, Some(a.date), e);
    }
    for (i, r) in c.ratings.iter().enumerate() {
        let mut e = Vec::new();
        date_value(&mut e, "date", Text::new("model-label-survey-date"), r.date);
        scale_value(&mut e, "satisfaction", Text::new("model-label-satisfaction"), i64::from(r.satisfaction), 10);
        scale_value(&mut e, "involvement", Text::new("model-label-involvement"), i64::from(r.involvement), 10);
        scale_value(&mut e, "affinity", Text::new("model-label-affinity"), i64::from(r.affinity), 10);
        if let Some(n) = r.nps {
            scale_value(&mut e, "nps", Text::new("model-label-nps"), i64::from(n), 10);
        }
        record_id(&mut e, r.id.as_deref());
        record("model-stored-rating", i, Some(r.date), e);
    }
    for (i, p) in c.dossier.projects.iter().enumerate() {
        let mut e = Vec::new();
        let name = p.name.trim();
        if name.is_empty() {
            e.push(FieldError::new("name", Text::new("brief-check-project-name")));
        } else if name.chars().count() > MAX_NAME_LEN {
            e.push(FieldError::new("name", Text::new("brief-check-name-too-long").arg("max", MAX_NAME_LEN)));
        }
        money_value(&mut e, "price", Text::new("brief-field-price"), p.price);
        let s = p.start.and_then(|d| date_value(&mut e, "start", Text::new("brief-field-start"), d));
        let t = p.end.and_then(|d| date_value(&mut e, "end", Text::new("brief-field-end"), d));
        if let (Some(s), Some(t)) = (s, t) {
            if t < s {
                e.push(FieldError::new("end", Text::new("brief-check-project-dates")));
            }
        }
        record_id(&mut e, p.id.as_deref());
        record("model-stored-project", i, None, e);
    }
    for (i, d) in c.dossier.entries.iter().enumerate() {
        let mut e = Vec::new();
        date_value(&mut e, "date", Text::new("brief-field-date"), d.date);
        let description = d.description.trim();
        if description.is_empty() {
            e.push(FieldError::new("description", Text::new("brief-check-description")));
        } else if description.chars().count() > MAX_DESCRIPTION_LEN {
            e.push(FieldError::new("description", Text::new("brief-check-description-too-long").arg("max", MAX_DESCRIPTION_LEN)));
        }
        money_value(&mut e, "value", Text::new("brief-field-value"), d.value);
        if let Some(h) = d.hours {
            bounded_value(&mut e, "hours", Text::new("brief-field-hours"), h, MAX_HOURS);
        }
        record_id(&mut e, d.id.as_deref());
        record("model-stored-dossier-entry", i, Some(d.date), e);
    }
    out
}

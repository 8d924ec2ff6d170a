//! The client brief for a sales meeting: talking points (what to raise, most urgent first), a short
//! summary (tenure, figures, next contact) and the relationship timeline for a chart.
//!
//! Rules and thresholds are in `docs/dossier.md`. Pure: no clock (functions take `as_of`), no
//! panics, no NaN.

use chrono::{Datelike, NaiveDate};

use super::model::{Client, LoyaltyRating, Stage};
use super::profit::{totals_all_time, totals_last_12_months};
use super::scoring::{loyalty_value, ClientScores, Commitment, RiskWeights, SHARE_OF_WALLET_SAFE};
use super::util::parse::days_between;
use crate::i18n::{Arg, Text};
use crate::k;

/// How soon a point should be raised. Sorting ascending puts `High` first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Priority {
    High,
    Medium,
    Low,
}

impl Priority {
    pub fn key(self) -> &'static str {
        match self {
            Priority::High => "high",
            Priority::Medium => "medium",
            Priority::Low => "low",
        }
    }

    pub fn label(self) -> Text {
        Text::new(match self {
            Priority::High => k!("brief-priority-high"),
            Priority::Medium => k!("brief-priority-medium"),
            Priority::Low => k!("brief-priority-low"),
        })
    }
}

/// One thing to raise with the client.
#[derive(Clone, Debug, PartialEq)]
pub struct TalkingPoint {
    /// Stable key of the rule (`overdue_contact`, `new_manager`, …), for the UI and tests.
    pub key: &'static str,
    pub text: Text,
    pub priority: Priority,
}

/// A contract ending within the risk settings' contract window calls for preparing the renewal …
/// urgently within this many days.
pub const CONTRACT_URGENT_DAYS: i64 = 30;
/// The value given beyond the contract in the last 12 months is worth mentioning from this share
/// of annual revenue (any amount above 0 when there is no revenue).
pub const VALUE_BEYOND_MENTION_SHARE: f64 = 0.02;
/// A satisfaction drop of at least this many points (0–10 scale) is urgent.
pub const SATISFACTION_DROP_URGENT: u8 = 2;

/// A whole percentage (`0.3` → 30), shown without decimals; the `%` sign is in the message.
fn whole_percent(share: f64) -> Arg {
    Arg::Dec(share * 100.0, 0)
}

/// The month and year of `d` ("March 2026"), in the reader's language.
fn month_year(d: NaiveDate) -> Text {
    const MONTHS: [&str; 12] = [
        k!("brief-month-1"),
        k!("brief-month-2"),
        k!("brief-month-3"),
        k!("brief-month-4"),
        k!("brief-month-5"),
        k!("brief-month-6"),
        k!("brief-month-7"),
        k!("brief-month-8"),
        k!("brief-month-9"),
        k!("brief-month-10"),
        k!("brief-month-11"),
        k!("brief-month-12"),
    ];
    let month = MONTHS[(d.month0() as usize).min(11)];
    // The year as written, not as a grouped number ("2,026").
    Text::new("brief-month-year").arg("month", Text::new(month)).arg("year", d.year().to_string())
}

/// The latest two ratings dated on or before `as_of` (latest first; ties keep the later in the list).
fn last_two_ratings(c: &Client, as_of: NaiveDate) -> (Option<&LoyaltyRating>, Option<&LoyaltyRating>) {
    let mut rated: Vec<&LoyaltyRating> = c.ratings.iter().filter(|r| r.date <= as_of).collect();
    crate::engine::util::sort::sort_by_key(&mut rated, |r| r.date);
    let last = rated.pop();
    (last, rated.pop())
}

/// Round to a "about" figure: nearest 100 below 10,000, nearest 1,000 above.
fn about(v: f64) -> f64 {
    let step = if v.abs() < 10_000.0 { 100.0 } else { 1_000.0 };
    (v / step).round() * step
}

/// What to raise with the client, most urgent first (rules in `docs/dossier.md`):
///
/// | key | when | priority |
/// |---|---|---|
/// | `lost` | the client is lost (then only `lost`, `complaints` and `value_beyond_contract` apply) | Medium |
/// | `overdue_contact` | past the cadence, or no contact on record | High |
/// | `complaints` | open complaints | High |
/// | `competitor` | a competitor is courting the client | High |
/// | `new_manager` | the client's manager changed within the risk settings' new-manager window (180 days by default) | High |
/// | `satisfaction_drop` | the latest rating's satisfaction is below the one before | High (≥ 2 points) / Medium |
/// | `contract_end` | the contract ends within the risk settings' contract window (90 days by default), or ended | High (≤ 30 days or ended) / Medium |
/// | `value_beyond_contract` | value beyond the contract in 12 months ≥ 2% of revenue | Medium |
/// | `share_of_wallet` | share of wallet known, above 0 and below 50%, with revenue | Low |
/// | `loyalty` | entrenched, or referred clients to us | Low |
/// | `all_clear` | none of the above | Low |
///
/// Amounts are money arguments, shown in the portfolio currency of the installed formats. Equal
/// priorities keep the order of the table.
pub fn talking_points(c: &Client, scores: &ClientScores, as_of: NaiveDate, rules: &RiskWeights) -> Vec<TalkingPoint> {
    let mut out: Vec<TalkingPoint> = Vec::new();
    let mut push = |key: &'static str, priority: Priority, text: Text| out.push(TalkingPoint { key, text, priority });
    let lost = c.stage == Stage::Lost;

    if lost {
        push("lost", Priority::Medium, Text::new("brief-point-lost"));
    }

    // Contact cadence.
    let cs = &scores.contact;
    if !lost && cs.is_overdue() {
        let text = match (cs.days_since, cs.from_start_date) {
            (None, _) => Text::new("brief-point-no-contact"),
            (Some(d), true) => Text::new("brief-point-no-contact-since-start").arg("days", d).arg("cadence", cs.cadence_days),
            (Some(d), false) => Text::new("brief-point-overdue").arg("days", d).arg("cadence", cs.cadence_days),
        };
        push("overdue_contact", Priority::High, text);
    }

    if c.open_complaints > 0 {
        push("complaints", Priority::High, Text::new("brief-point-complaints").arg("n", c.open_complaints));
    }

    if !lost && c.competitor_activity {
        push("competitor", Priority::High, Text::new("brief-point-competitor"));
    }

    if !lost {
        if let Some(changed) = c.manager_changed_on {
            let days = days_between(changed, as_of);
            if (0..=i64::from(rules.manager_window_days)).contains(&days) {
                push("new_manager", Priority::High, Text::new("brief-point-new-manager").arg("since", month_year(changed)));
            }
        }

        if let (Some(last), Some(prev)) = last_two_ratings(c, as_of) {
            let (l, p) = (last.satisfaction.min(10), prev.satisfaction.min(10));
            if l < p {
                let priority = if p - l >= SATISFACTION_DROP_URGENT { Priority::High } else { Priority::Medium };
                push(
                    "satisfaction_drop",
                    priority,
                    Text::new("brief-point-satisfaction-drop").arg("from", u32::from(p)).arg("to", u32::from(l)),
                );
            }
        }

        if let Some(end) = c.contract_end {
            let days = days_between(as_of, end);
            if days < 0 {
                push("contract_end", Priority::High, Text::new("brief-point-contract-ended").arg("days", -days));
            } else if days <= i64::from(rules.contract_window_days) {
                let priority = if days <= CONTRACT_URGENT_DAYS { Priority::High } else { Priority::Medium };
                let text = if days == 0 {
                    Text::new("brief-point-contract-ends-today")
                } else {
                    Text::new("brief-point-contract-ends").arg("days", days)
                };
                push("contract_end", priority, text);
            }
        }
    }

    // Value beyond the contract over the last 12 months.
    let year = totals_last_12_months(c, as_of);
    let worth_mentioning =
        year.value_beyond_contract > 0.0 && year.share_of_revenue.is_none_or(|s| s >= VALUE_BEYOND_MENTION_SHARE);
    if worth_mentioning {
        let value = Arg::Money(year.value_beyond_contract);
        let text = match year.share_of_revenue {
            Some(s) => Text::new("brief-point-value-beyond-share").arg("value", value).arg("share", whole_percent(s)),
            None => Text::new("brief-point-value-beyond").arg("value", value),
        };
        push("value_beyond_contract", Priority::Medium, text);
    }

    if !lost {
        let revenue = if c.annual_revenue.is_finite() { c.annual_revenue } else { 0.0 };
        if let Some(share) = c.share_of_wallet.filter(|s| s.is_finite() && *s > 0.0 && *s < SHARE_OF_WALLET_SAFE) {
            if revenue > 0.0 {
                let room = about(revenue / share * SHARE_OF_WALLET_SAFE - revenue);
                push(
                    "share_of_wallet",
                    Priority::Low,
                    Text::new("brief-point-share-of-wallet")
                        .arg("share", whole_percent(share))
                        .arg("room", Arg::Money(room))
                        .arg("target", whole_percent(SHARE_OF_WALLET_SAFE)),
                );
            }
        }

        let entrenched = scores.loyalty.as_ref().filter(|l| l.segment == Commitment::Entrenched);
        let referred = i64::from(c.referrals);
        match (entrenched, referred) {
            (Some(_), r) if r > 0 => push("loyalty", Priority::Low, Text::new("brief-point-testimonial").arg("n", r)),
            (Some(l), _) => push("loyalty", Priority::Low, Text::new("brief-point-referral").arg("score", Arg::Dec(l.score, 0))),
            (None, r) if r > 0 => push("loyalty", Priority::Low, Text::new("brief-point-thank").arg("n", r)),
            _ => {}
        }
    }

    let flagged = out.iter().any(|p| p.key != "loyalty");
    if !flagged {
        let text = match cs.days_since {
            Some(d) => {
                let due = i64::from(cs.cadence_days) - d;
                Text::new("brief-point-all-clear-due").arg("days", due.max(0))
            }
            None => Text::new("brief-point-all-clear"),
        };
        out.push(TalkingPoint { key: "all_clear", text, priority: Priority::Low });
    }
    // Stable: equal priorities keep the rule order.
    crate::engine::util::sort::sort_by_key(&mut out, |p| p.priority);
    out
}

// ------------------------------------------------------------------------------------------
// Summary
// ------------------------------------------------------------------------------------------

/// How long the client has been with us, in whole years and months.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tenure {
    pub years: i64,
    pub months: i64,
}

impl Tenure {
    pub fn total_months(self) -> i64 {
        self.years * 12 + self.months
    }

    /// "3 years 2 months", "1 year", "5 months", "less than a month".
    pub fn text(self) -> Text {
        match (self.years, self.months) {
            (0, 0) => Text::new("brief-tenure-none"),
            (0, m) => Text::new("brief-tenure-months").arg("months", m),
            (y, 0) => Text::new("brief-tenure-years").arg("years", y),
            (y, m) => Text::new("brief-tenure-years-months").arg("years", y).arg("months", m),
        }
    }
}

/// Whole months from `start` to `as_of` (a month counts once its day is reached); `None` when
/// `start` is after `as_of`.
pub fn tenure(start: NaiveDate, as_of: NaiveDate) -> Option<Tenure> {
    if start > as_of {
        return None;
    }
    let mut months =
        (i64::from(as_of.year()) - i64::from(start.year())) * 12 + i64::from(as_of.month()) - i64::from(start.month());
    if as_of.day() < start.day() {
        months -= 1;
    }
    let months = months.max(0);
    Some(Tenure { years: months / 12, months: months % 12 })
}

/// The brief's headline figures.
#[derive(Clone, Debug, PartialEq)]
pub struct BriefSummary {
    pub company: String,
    pub client_manager: String,
    pub owner: String,
    pub stage: Stage,
    /// From `start_date`; `None` without one (or if it is after `as_of`).
    pub tenure: Option<Tenure>,
    pub revenue: f64,
    /// Profit with care and dossier costs.
    pub profit: f64,
    pub margin: Option<f64>,
    pub risk: f64,
    pub loyalty: Option<f64>,
    pub last_contact: Option<NaiveDate>,
    /// When the next contact is due by the cadence (last contact + cadence; with no contact on
    /// record, the start date + cadence); `None` when neither is known.
    pub next_contact_due: Option<NaiveDate>,
    /// Days to the contract end (negative once it has passed).
    pub days_to_contract_end: Option<i64>,
    pub projects: usize,
    /// Value given beyond the contract over the last 12 months, and its share of annual revenue.
    pub value_beyond_contract_12m: f64,
    pub value_beyond_share: Option<f64>,
    /// Value given beyond the contract, all time.
    pub value_beyond_contract_all: f64,
    pub referrals: u32,
}

impl BriefSummary {
    /// The brief's line on value given beyond the contract: each sum with its period (the last
    /// 12 months, all time), a share only beside the 12 months' sum (a share of one year's
    /// revenue), and a zero said as such.
    pub fn value_beyond_text(&self) -> Text {
        // A sum that is not a positive number counts as nothing given.
        let given = |v: f64| v > 0.0;
        let (year, all) = (self.value_beyond_contract_12m, self.value_beyond_contract_all);
        if !given(all) && !given(year) {
            return Text::new("brief-value-beyond-none");
        }
        if !given(year) {
            return Text::new("brief-value-beyond-earlier").arg("all", Arg::Money(all));
        }
        let text = match self.value_beyond_share {
            Some(s) => Text::new("brief-value-beyond-year-share").arg("share", Arg::Percent(Some(s))),
            None => Text::new("brief-value-beyond-year"),
        };
        text.arg("year", Arg::Money(year)).arg("all", Arg::Money(all))
    }
}

pub fn brief_summary(c: &Client, scores: &ClientScores, as_of: NaiveDate) -> BriefSummary {
    let year = totals_last_12_months(c, as_of);
    let all = totals_all_time(c, as_of);
    let cs = &scores.contact;
    let base = cs.last_contact.or(if cs.from_start_date { c.start_date.filter(|d| *d <= as_of) } else { None });
    BriefSummary {
        company: c.company.clone(),
        client_manager: c.client_manager.clone(),
        owner: c.owner.clone(),
        stage: c.stage,
        tenure: c.start_date.and_then(|s| tenure(s, as_of)),
        revenue: scores.profit.revenue,
        profit: scores.profit.profit,
        margin: scores.profit.margin,
        risk: scores.risk.score,
        loyalty: scores.loyalty.as_ref().map(|l| l.score),
        last_contact: cs.last_contact,
        next_contact_due: base.and_then(|d| d.checked_add_days(chrono::Days::new(u64::from(cs.cadence_days)))),
        days_to_contract_end: c.contract_end.map(|e| days_between(as_of, e)),
        projects: c.dossier.projects.len(),
        value_beyond_contract_12m: year.value_beyond_contract,
        value_beyond_share: year.share_of_revenue,
        value_beyond_contract_all: all.value_beyond_contract,
        referrals: c.referrals,
    }
}

// ------------------------------------------------------------------------------------------
// Timeline
// ------------------------------------------------------------------------------------------

/// What a timeline event is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TimelineKind {
    Interaction,
    Care,
    Dossier,
    Rating,
}

impl TimelineKind {
    pub const ALL: [TimelineKind; 4] =
        [TimelineKind::Interaction, TimelineKind::Care, TimelineKind::Dossier, TimelineKind::Rating];

    pub fn key(self) -> &'static str {
        match self {
            TimelineKind::Interaction => "interaction",
            TimelineKind::Care => "care",
            TimelineKind::Dossier => "dossier",
            TimelineKind::Rating => "rating",
        }
    }

    pub fn label(self) -> Text {
        Text::new(match self {
            TimelineKind::Interaction => k!("brief-timeline-contact"),
            TimelineKind::Care => k!("brief-timeline-care"),
            TimelineKind::Dossier => k!("brief-timeline-dossier"),
            TimelineKind::Rating => k!("brief-timeline-rating"),
        })
    }
}

/// One point of the relationship timeline.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineEvent {
    pub date: NaiveDate,
    pub kind: TimelineKind,
    pub label: Text,
    /// Interaction: sentiment −2..=2; care: cost; dossier: value; rating: loyalty 0..=100.
    pub value: Option<f64>,
}

/// Longest note shown in a timeline label.
pub const TIMELINE_NOTE_CHARS: usize = 80;

fn short(s: &str) -> String {
    let s = s.trim().replace(['\r', '\n', '\t'], " ");
    if s.chars().count() <= TIMELINE_NOTE_CHARS {
        s
    } else {
        let mut t: String = s.chars().take(TIMELINE_NOTE_CHARS - 1).collect();
        t.push('…');
        t
    }
}

fn with_note(head: Text, note: &str) -> Text {
    let note = short(note);
    if note.is_empty() {
        head
    } else {
        Text::new("brief-timeline-with-note").arg("head", head).arg("note", note)
    }
}

fn finite_or_zero(v: f64) -> f64 {
    if v.is_finite() {
        v.max(0.0)
    } else {
        0.0
    }
}

/// Interactions, care activities, dossier entries and ratings dated on or before `as_of`, oldest
/// first; on the same day in the order contact, care, dossier, rating, then as recorded.
pub fn timeline(c: &Client, as_of: NaiveDate) -> Vec<TimelineEvent> {
    let mut out = Vec::with_capacity(c.interactions.len() + c.care_activities.len() + c.dossier.entries.len() + c.ratings.len());
    for i in c.interactions.iter().filter(|i| i.date <= as_of) {
        let head = if i.who.trim().is_empty() {
            i.channel.label()
        } else {
            Text::new("brief-timeline-channel-with").arg("channel", i.channel.label()).arg("who", short(&i.who))
        };
        out.push(TimelineEvent {
            date: i.date,
            kind: TimelineKind::Interaction,
            label: with_note(head, &i.note),
            value: Some(f64::from(i.sentiment.clamp(-2, 2))),
        });
    }
    for a in c.care_activities.iter().filter(|a| a.date <= as_of) {
        out.push(TimelineEvent {
            date: a.date,
            kind: TimelineKind::Care,
            label: with_note(a.kind.label(), &a.note),
            value: Some(finite_or_zero(a.cost)),
        });
    }
    for e in c.dossier.entries.iter().filter(|e| e.date <= as_of) {
        out.push(TimelineEvent {
            date: e.date,
            kind: TimelineKind::Dossier,
            label: with_note(e.section.label(), &e.description),
            value: Some(finite_or_zero(e.value)),
        });
    }
    for r in c.ratings.iter().filter(|r| r.date <= as_of) {
        let (s, i, a) = (r.satisfaction.min(10), r.involvement.min(10), r.affinity.min(10));
        let label = match r.nps {
            None => Text::new("brief-timeline-rating-scores"),
            Some(n) => Text::new("brief-timeline-rating-scores-nps").arg("nps", u32::from(n.min(10))),
        };
        let label = label.arg("satisfaction", u32::from(s)).arg("involvement", u32::from(i)).arg("affinity", u32::from(a));
        out.push(TimelineEvent {
            date: r.date,
            kind: TimelineKind::Rating,
            label,
            value: Some(loyalty_value(f64::from(s), f64::from(i), f64::from(a))),
        });
    }
    crate::engine::util::sort::sort_by_key(&mut out, |e| (e.date, e.kind));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::model::{CareActivity, CareKind, Channel, Interaction};
    use crate::engine::model::{Dossier, DossierEntry, Project, Section};
    use crate::engine::scoring::{score_client, ScoringAssumptions};

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
    }

    const AS_OF: &str = "2026-06-30";

    fn talk(date: &str) -> Interaction {
        Interaction { id: None, date: d(date), channel: Channel::Call, who: "Ana".into(), note: String::new(), sentiment: 1 }
    }

    fn rating(date: &str, s: u8, i: u8, a: u8) -> LoyaltyRating {
        LoyaltyRating { id: None, date: d(date), satisfaction: s, involvement: i, affinity: a, nps: None }
    }

    /// A quiet client: contacted 5 days ago on a 14-day cadence, nothing else to say.
    fn calm() -> Client {
        Client {
            id: "c1".into(),
            company: "Calm SRL".into(),
            start_date: Some(d("2022-04-15")),
            annual_revenue: 100_000.0,
            direct_cost: 60_000.0,
            contact_cadence_days: Some(14),
            interactions: vec![talk("2026-06-25")],
            ratings: vec![rating("2026-01-10", 7, 6, 5)],
            ..Client::default()
        }
    }

    fn points(c: &Client) -> Vec<TalkingPoint> {
        let as_of = d(AS_OF);
        let s = score_client(c, &RiskWeights::default(), as_of, &ScoringAssumptions::default());
        talking_points(c, &s, as_of, &RiskWeights::default())
    }

    fn keys(c: &Client) -> Vec<&'static str> {
        points(c).iter().map(|p| p.key).collect()
    }

    fn find(c: &Client, key: &str) -> TalkingPoint {
        points(c).into_iter().find(|p| p.key == key).unwrap_or_else(|| panic!("no {key} point in {:#?}", points(c)))
    }

    #[test]
    fn nothing_to_flag_gives_one_calm_point() {
        let p = points(&calm());
        assert_eq!(p.len(), 1, "{p:#?}");
        assert_eq!(p[0].key, "all_clear");
        assert_eq!(p[0].priority, Priority::Low);
        assert_eq!(p[0].text.to_string(), "Nothing to flag: keep the cadence (next contact due in 9 days)");
    }

    #[test]
    fn overdue_contact() {
        let mut c = calm();
        c.interactions = vec![talk("2026-05-20")];
        let p = find(&c, "overdue_contact");
        assert_eq!(p.text.to_string(), "Last contact 41 days ago, cadence 14: get in touch");
        assert_eq!(p.priority, Priority::High);
        assert!(!keys(&c).contains(&"all_clear"));
        c.interactions.clear();
        assert!(find(&c, "overdue_contact")
            .text
            .to_string()
            .starts_with("No contact recorded in the 1,537 days since the relationship started"));
        c.start_date = None;
        assert_eq!(find(&c, "overdue_contact").text.to_string(), "No contact on record: get in touch");
    }

    #[test]
    fn new_manager_within_180_days() {
        let mut c = calm();
        c.manager_changed_on = Some(d("2026-03-02"));
        let p = find(&c, "new_manager");
        assert_eq!(p.text.to_string(), "New manager since March 2026: present the value dossier");
        assert_eq!(p.priority, Priority::High);
        c.manager_changed_on = Some(d("2025-12-31")); // 181 days
        assert!(!keys(&c).contains(&"new_manager"));
        c.manager_changed_on = Some(d("2026-07-15")); // in the future: not yet
        assert!(!keys(&c).contains(&"new_manager"));
    }

    #[test]
    fn windows_follow_the_risk_settings() {
        let mut c = calm();
        c.manager_changed_on = Some(d("2026-03-02")); // 120 days before AS_OF
        c.contract_end = Some(d("2026-09-28")); // 90 days after
        let as_of = d(AS_OF);
        let mut rules = RiskWeights::default();
        let s = score_client(&c, &rules, as_of, &ScoringAssumptions::default());
        let keys_with = |rules: &RiskWeights| talking_points(&c, &s, as_of, rules).into_iter().map(|p| p.key).collect::<Vec<_>>();
        assert!(keys_with(&rules).contains(&"new_manager") && keys_with(&rules).contains(&"contract_end"));
        rules.manager_window_days = 90;
        rules.contract_window_days = 60;
        let narrower = keys_with(&rules);
        assert!(!narrower.contains(&"new_manager"), "a manager changed 120 days ago is not new with a 90-day window");
        assert!(!narrower.contains(&"contract_end"), "a contract ending in 90 days is not near with a 60-day window");
    }

    #[test]
    fn low_share_of_wallet_with_room_to_grow() {
        let mut c = calm();
        c.share_of_wallet = Some(0.3);
        // Category spend 100k / 0.3 = 333,333; at 50% we would bill 166,667: about 67,000 more.
        let p = find(&c, "share_of_wallet");
        assert_eq!(p.text.to_string(), "Share of wallet 30%: room to offer more — about EUR 67,000 a year at 50%");
        assert_eq!(p.priority, Priority::Low);
        c.share_of_wallet = Some(0.5);
        assert!(!keys(&c).contains(&"share_of_wallet"));
        c.share_of_wallet = Some(0.0);
        assert!(!keys(&c).contains(&"share_of_wallet"), "0% with revenue is inconsistent data: no figure");
        c.share_of_wallet = Some(0.25);
        c.annual_revenue = 6_000.0;
        assert!(find(&c, "share_of_wallet").text.to_string().contains("about EUR 6,000 a year"));
    }

    #[test]
    fn contract_end_approaching() {
        let mut c = calm();
        c.contract_end = Some(d("2026-08-07"));
        let p = find(&c, "contract_end");
        assert_eq!(p.text.to_string(), "Contract ends in 38 days: prepare the renewal");
        assert_eq!(p.priority, Priority::Medium);
        c.contract_end = Some(d("2026-07-20"));
        assert_eq!(find(&c, "contract_end").priority, Priority::High);
        c.contract_end = Some(d("2026-06-30"));
        assert_eq!(find(&c, "contract_end").text.to_string(), "Contract ends today: prepare the renewal");
        c.contract_end = Some(d("2026-06-18"));
        assert!(find(&c, "contract_end").text.to_string().starts_with("Contract ended 12 days ago"));
        c.contract_end = Some(d("2026-12-31"));
        assert!(!keys(&c).contains(&"contract_end"));
    }

    #[test]
    fn falling_satisfaction() {
        let mut c = calm();
        c.ratings = vec![rating("2026-05-01", 6, 6, 6), rating("2025-11-01", 8, 7, 7)];
        let p = find(&c, "satisfaction_drop");
        assert_eq!(p.text.to_string(), "Satisfaction fell from 8 to 6: ask what changed and fix it");
        assert_eq!(p.priority, Priority::High);
        c.ratings[0].satisfaction = 7;
        assert_eq!(find(&c, "satisfaction_drop").priority, Priority::Medium);
        c.ratings[0].satisfaction = 9;
        assert!(!keys(&c).contains(&"satisfaction_drop"));
        // A rating after as_of is not known yet.
        c.ratings = vec![rating("2026-07-01", 2, 2, 2), rating("2025-11-01", 8, 7, 7)];
        assert!(!keys(&c).contains(&"satisfaction_drop"));
    }

    #[test]
    fn complaints_and_competitor() {
        let mut c = calm();
        c.open_complaints = 2;
        c.competitor_activity = true;
        let p = points(&c);
        assert_eq!(p.iter().map(|p| p.key).collect::<Vec<_>>(), vec!["complaints", "competitor"]);
        assert_eq!(p[0].text.to_string(), "2 open complaints: resolve them before talking about anything else");
        assert!(p[1].text.to_string().starts_with("A competitor is courting them: show the value dossier"));
        assert!(p.iter().all(|p| p.priority == Priority::High));
        c.open_complaints = 1;
        assert_eq!(find(&c, "complaints").text.to_string(), "1 open complaint: resolve it before talking about anything else");
    }

    #[test]
    fn value_beyond_the_contract_worth_mentioning() {
        let mut c = calm();
        c.annual_revenue = 137_800.0;
        c.dossier = Dossier {
            projects: vec![],
            entries: vec![
                DossierEntry {
                    id: None,
                    date: d("2026-02-01"),
                    section: Section::CostsWeBore,
                    description: "Free audit".into(),
                    value: 4_400.0,
                    hours: None,
                },
                DossierEntry {
                    id: None,
                    date: d("2026-03-01"),
                    section: Section::BenefitsToClient,
                    description: "Saved fees".into(),
                    value: 6_000.0,
                    hours: None,
                },
                DossierEntry {
                    id: None,
                    date: d("2026-04-01"),
                    section: Section::SpecialConditions,
                    description: "Night shift".into(),
                    value: 2_000.0,
                    hours: None,
                },
                DossierEntry {
                    id: None,
                    date: d("2026-04-02"),
                    section: Section::ProofsOfLoyalty,
                    description: "Postponed".into(),
                    value: 50_000.0,
                    hours: None,
                },
                DossierEntry {
                    id: None,
                    date: d("2025-01-01"),
                    section: Section::CostsWeBore,
                    description: "Too old".into(),
                    value: 50_000.0,
                    hours: None,
                },
            ],
        };
        let p = find(&c, "value_beyond_contract");
        assert_eq!(
            p.text.to_string(),
            "You gave EUR 12,400 beyond the contract in the last 12 months (9% of a year's revenue): show it"
        );
        assert_eq!(p.priority, Priority::Medium);
        // Below 2% of revenue it is not worth a point.
        c.annual_revenue = 1_000_000.0;
        assert!(!keys(&c).contains(&"value_beyond_contract"));
        // Without revenue any amount is worth mentioning, with no share.
        c.annual_revenue = 0.0;
        assert_eq!(
            find(&c, "value_beyond_contract").text.to_string(),
            "You gave EUR 12,400 beyond the contract in the last 12 months: show it"
        );
    }

    #[test]
    fn the_value_given_line_names_the_period_of_each_sum_and_shares_only_the_year() {
        let as_of = d(AS_OF);
        let line = |c: &Client| {
            let s = score_client(c, &RiskWeights::default(), as_of, &ScoringAssumptions::default());
            brief_summary(c, &s, as_of).value_beyond_text().to_string()
        };
        let mut c = calm();
        assert_eq!(line(&c), "No value given beyond the contract is recorded yet.");
        let old = DossierEntry {
            id: None,
            date: d("2024-05-01"),
            section: Section::CostsWeBore,
            description: "Free audit".into(),
            value: 51_900.0,
            hours: None,
        };
        c.dossier.entries.push(old.clone());
        // All of it more than 12 months ago: no share of this year's revenue (not "0.0%").
        assert_eq!(line(&c), "Value given beyond the contract: none in the last 12 months; EUR 51,900 all time.");
        c.dossier.entries.push(DossierEntry { date: d("2026-05-01"), value: 4_000.0, ..old });
        // EUR 4,000 of a EUR 100,000 year's revenue is 4%; the all-time sum has no share.
        assert_eq!(
            line(&c),
            "Value given beyond the contract: EUR 4,000 in the last 12 months (4% of a year's revenue); EUR 55,900 all time."
        );
        c.annual_revenue = 0.0;
        assert_eq!(line(&c), "Value given beyond the contract: EUR 4,000 in the last 12 months; EUR 55,900 all time.");
    }

    #[test]
    fn strong_loyalty_and_referrals() {
        let mut c = calm();
        c.ratings = vec![rating("2026-01-10", 9, 8, 8)];
        c.referrals = 2;
        let p = points(&c);
        assert_eq!(p[0].key, "loyalty");
        assert_eq!(p[0].text.to_string(), "Entrenched and referred 2 clients: ask for a testimonial");
        assert_eq!(p.last().unwrap().key, "all_clear", "a compliment is not a flag: the calm point stays");
        c.referrals = 0;
        assert_eq!(find(&c, "loyalty").text.to_string(), "Entrenched (loyalty 84/100): ask for a referral");
        c.ratings = vec![rating("2026-01-10", 5, 5, 5)];
        c.referrals = 1;
        assert_eq!(find(&c, "loyalty").text.to_string(), "Referred 1 client to us: thank them");
    }

    #[test]
    fn talking_points_read_in_romanian_and_bulgarian() {
        use crate::i18n::{set_lang, Lang};
        let mut c = calm();
        c.interactions = vec![talk("2026-05-20")];
        c.manager_changed_on = Some(d("2026-03-02"));
        c.open_complaints = 3;
        let text = |key: &str| find(&c, key).text;
        let (overdue, manager, complaints) = (text("overdue_contact"), text("new_manager"), text("complaints"));
        set_lang(Lang::Ro);
        let ro =
            [overdue.to_string(), manager.to_string(), complaints.to_string(), Tenure { years: 2, months: 1 }.text().to_string()];
        set_lang(Lang::Bg);
        let bg =
            [overdue.to_string(), manager.to_string(), complaints.to_string(), Tenure { years: 2, months: 1 }.text().to_string()];
        set_lang(Lang::En);
        assert_eq!(ro[0], "Ultimul contact acum 41 de zile, deși ritmul de contact este o dată la 14 zile: luați legătura");
        assert_eq!(ro[1], "Manager nou din martie 2026: prezentați dosarul de valoare");
        assert!(ro[2].starts_with("3 reclamații deschise: rezolvați-le"), "{}", ro[2]);
        assert_eq!(ro[3], "2 ani și 1 lună");
        assert_eq!(bg[0], "Последен контакт преди 41 дни, а уговорената честота е веднъж на 14 дни: свържете се");
        assert_eq!(bg[1], "Нов мениджър от март 2026 г.: представете досието на стойността");
        assert!(bg[2].starts_with("3 отворени оплаквания"), "{}", bg[2]);
        assert_eq!(bg[3], "2 години и 1 месец");
        assert_eq!(overdue.to_string(), "Last contact 41 days ago, cadence 14: get in touch", "back in English");
    }

    #[test]
    fn lost_clients_get_a_win_back_point() {
        let mut c = calm();
        c.stage = Stage::Lost;
        c.interactions.clear();
        c.competitor_activity = true;
        c.share_of_wallet = Some(0.1);
        assert_eq!(keys(&c), vec!["lost"]);
    }

    #[test]
    fn points_are_sorted_by_priority() {
        let mut c = calm();
        c.interactions = vec![talk("2026-05-20")];
        c.share_of_wallet = Some(0.3);
        c.contract_end = Some(d("2026-08-07"));
        c.open_complaints = 1;
        c.manager_changed_on = Some(d("2026-03-02"));
        let p = points(&c);
        assert_eq!(
            p.iter().map(|p| p.key).collect::<Vec<_>>(),
            vec!["overdue_contact", "complaints", "new_manager", "contract_end", "share_of_wallet"]
        );
        assert!(p.windows(2).all(|w| w[0].priority <= w[1].priority));
    }

    #[test]
    fn tenure_in_years_and_months() {
        assert_eq!(tenure(d("2022-04-15"), d("2026-06-30")), Some(Tenure { years: 4, months: 2 }));
        assert_eq!(tenure(d("2022-04-30"), d("2026-06-29")).map(|t| t.text().to_string()), Some("4 years 1 month".into()));
        assert_eq!(tenure(d("2026-06-01"), d("2026-06-30")).map(|t| t.text().to_string()), Some("less than a month".into()));
        assert_eq!(tenure(d("2025-06-30"), d("2026-06-30")).map(|t| t.text().to_string()), Some("1 year".into()));
        assert_eq!(tenure(d("2027-01-01"), d("2026-06-30")), None);
        let c = calm();
        let as_of = d(AS_OF);
        let s = score_client(&c, &RiskWeights::default(), as_of, &ScoringAssumptions::default());
        let b = brief_summary(&c, &s, as_of);
        assert_eq!(b.tenure.map(Tenure::total_months), Some(50));
        assert_eq!(b.next_contact_due, Some(d("2026-07-09")));
        assert_eq!(b.profit, 40_000.0);
        assert_eq!(b.value_beyond_contract_12m, 0.0);
    }

    #[test]
    fn timeline_is_sorted_and_labelled() {
        let mut c = calm();
        c.interactions.push(Interaction { note: "QBR\nall good".into(), channel: Channel::Meeting, ..talk("2026-01-10") });
        c.care_activities =
            vec![CareActivity { id: None, date: d("2026-01-10"), kind: CareKind::Gift, note: "Wine".into(), cost: 120.0 }];
        c.dossier = Dossier {
            projects: vec![Project::default()],
            entries: vec![
                DossierEntry {
                    id: None,
                    date: d("2026-01-10"),
                    section: Section::CostsWeBore,
                    description: "Free audit".into(),
                    value: 900.0,
                    hours: Some(6.0),
                },
                DossierEntry {
                    id: None,
                    date: d("2026-07-10"),
                    section: Section::CostsWeBore,
                    description: "Future".into(),
                    value: 1.0,
                    hours: None,
                },
            ],
        };
        c.ratings.push(rating("2025-12-01", 8, 8, 8));
        let t = timeline(&c, d(AS_OF));
        let kinds: Vec<_> = t.iter().map(|e| (e.date, e.kind)).collect();
        assert_eq!(
            kinds,
            vec![
                (d("2025-12-01"), TimelineKind::Rating),
                (d("2026-01-10"), TimelineKind::Interaction),
                (d("2026-01-10"), TimelineKind::Care),
                (d("2026-01-10"), TimelineKind::Dossier),
                (d("2026-01-10"), TimelineKind::Rating),
                (d("2026-06-25"), TimelineKind::Interaction),
            ]
        );
        assert_eq!(t[0].value, Some(80.0));
        assert_eq!(t[1].label.to_string(), "Meeting with Ana: QBR all good");
        assert_eq!((t[2].label.to_string(), t[2].value), ("Gift: Wine".to_string(), Some(120.0)));
        assert_eq!((t[3].label.to_string(), t[3].value), ("Costs we bore: Free audit".to_string(), Some(900.0)));
        assert!(t.iter().all(|e| e.value.is_some_and(f64::is_finite)));
        assert!(timeline(&Client::default(), d(AS_OF)).is_empty());
        let long = "x".repeat(500);
        c.care_activities[0].note = long;
        let t = timeline(&c, d(AS_OF));
        assert_eq!(t[2].label.to_string().chars().count(), "Gift: ".len() + TIMELINE_NOTE_CHARS);
    }

    #[test]
    fn hostile_clients_never_panic() {
        let mut c = calm();
        c.annual_revenue = f64::NAN;
        c.share_of_wallet = Some(f64::NAN);
        c.referrals = u32::MAX;
        c.open_complaints = u32::MAX;
        c.contract_end = Some(NaiveDate::MAX);
        c.manager_changed_on = Some(NaiveDate::MIN);
        c.start_date = Some(NaiveDate::MIN);
        c.dossier.entries.push(DossierEntry {
            id: None,
            date: NaiveDate::MIN,
            section: Section::CostsWeBore,
            description: String::new(),
            value: f64::INFINITY,
            hours: Some(f64::NAN),
        });
        let p = points(&c);
        assert!(!p.is_empty());
        let as_of = d(AS_OF);
        let s = score_client(&c, &RiskWeights::default(), as_of, &ScoringAssumptions::default());
        let b = brief_summary(&c, &s, as_of);
        assert!(b.value_beyond_contract_all.is_finite());
        assert!(timeline(&c, as_of).iter().all(|e| e.value.is_some_and(f64::is_finite)));
    }
}

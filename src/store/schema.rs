//! The one versioned schema of everything the app keeps, and its migrations.
//!
//! The stored value is an [`Envelope`]: `schema_version`, a `revision` that grows by one on
//! every save (used to detect a newer save from another tab), the time of the save, and the
//! data. Older versions are migrated step by step (v1 → v2 → …) on load; a newer version is
//! refused, never overwritten. See `docs/storage.md`.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::engine::model::{default_currency, Portfolio};
use crate::engine::scenario::ScenarioBook;
use crate::i18n::Text;

/// The version this build writes.
pub const SCHEMA_VERSION: u32 = 3;

/// Everything the user keeps.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
pub struct AppData {
    pub portfolio: Portfolio,
    #[serde(default)]
    pub settings: Settings,
    /// The what-if baseline and saved scenarios (since version 3).
    #[serde(default)]
    pub scenarios: ScenarioBook,
    /// The imported purchase history's summary and fitted models (since version 3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purchases: Option<Box<crate::engine::purchases::PurchaseStudy>>,
    /// The Retention page's cohort table and the curve fitted to it (within version 3; absent
    /// until a curve is fitted).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retention: Option<Box<crate::engine::retention_portfolio::RetentionStudy>>,
}

/// User preferences.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    /// Days after which the app reminds the user to download a backup.
    #[serde(default = "default_backup_days")]
    pub backup_reminder_days: u32,
    /// When a backup was last downloaded (ISO 8601); `None` if never.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_backup_at: Option<String>,
    /// When the data was first saved in this browser, so "no backup yet" can be dated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_saved_at: Option<String>,
    /// Weights of the churn-risk factors (Settings page).
    #[serde(default)]
    pub risk_weights: crate::engine::scoring::RiskWeights,
    /// The UI language chosen in Settings (`en`, `ro`, `bg`); `None` follows the browser's language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// The user closed the first-run "How to read the scores" panel.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub help_dismissed: bool,
}

impl Settings {
    /// Days since the last backup (or since the first save when there never was one) when that
    /// is more than the reminder period; `None` when no reminder is due or reminders are off (0).
    pub fn backup_overdue_days(&self, now: &str) -> Option<i64> {
        if self.backup_reminder_days == 0 {
            return None;
        }
        let day = |t: &str| crate::engine::util::parse::parse_iso_date(t.get(..10)?);
        let since = day(self.last_backup_at.as_deref().or(self.first_saved_at.as_deref())?)?;
        let days = (day(now)? - since).num_days();
        (days > i64::from(self.backup_reminder_days)).then_some(days)
    }
}

fn default_backup_days() -> u32 {
    14
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            backup_reminder_days: default_backup_days(),
            last_backup_at: None,
            first_saved_at: None,
            risk_weights: Default::default(),
            language: None,
            help_dismissed: false,
        }
    }
}

/// What is written under the storage key.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Envelope {
    pub schema_version: u32,
    pub revision: u64,
    /// Which tab wrote this revision (a random id per tab, within version 3; absent in what older
    /// builds wrote): two tabs that write the same revision number are told apart by it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub writer: Option<String>,
    #[serde(default)]
    pub saved_at: String,
    pub data: AppData,
}

impl Envelope {
    /// The revision and its writer: what a tab's data is based on.
    pub fn stamp(&self) -> Stamp {
        Stamp { revision: self.revision, writer: self.writer.clone() }
    }
}

/// A stored revision as one tab saw it: its number and the tab that wrote it. Two saves are the
/// same only when both agree (two tabs may write the same number at the same moment).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Stamp {
    pub revision: u64,
    pub writer: Option<String>,
}

/// Why a stored text could not be opened.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    /// Not JSON at all (truncated, edited by hand, another app's data).
    Unparseable(Text),
    /// JSON, but not of a shape any version of this app wrote: what is wrong.
    Invalid(Text),
    /// Written by a newer version of the app than this one.
    TooNew { found: u64 },
}

impl LoadError {
    /// The problem in words for the recovery screen, in the reader's language.
    pub fn explain(&self) -> Text {
        match self {
            LoadError::Unparseable(e) => Text::new("data-load-unparseable").arg("reason", e.clone()),
            LoadError::Invalid(e) => Text::new("data-load-invalid").arg("reason", e.clone()),
            // Version numbers as written, not as grouped figures.
            LoadError::TooNew { found } => {
                Text::new("data-load-too-new").arg("found", found.to_string()).arg("supported", SCHEMA_VERSION.to_string())
            }
        }
    }

    /// What the JSON reader found wrong, in the reader's language.
    fn detail(e: serde_json::Error) -> LoadError {
        LoadError::Invalid(json_problem(&e))
    }
}

/// A JSON reader's error in words of the reader's language: where the text ends early or breaks,
/// or which field is missing. (serde_json's own messages are English.)
pub fn json_problem(e: &serde_json::Error) -> Text {
    use serde_json::error::Category;
    let at = |t: Text| t.arg("line", e.line().to_string()).arg("column", e.column().to_string());
    match e.classify() {
        Category::Eof => at(Text::new("data-json-eof")),
        Category::Syntax => at(Text::new("data-json-syntax")),
        Category::Data => {
            let message = e.to_string();
            let field = message.strip_prefix("missing field `").and_then(|rest| rest.split('`').next());
            match field {
                Some(f) => Text::new("data-json-missing-field").arg("field", f.to_string()),
                None => at(Text::new("data-json-shape")),
            }
        }
        Category::Io => Text::new("data-json-io"),
    }
}

/// The stored text's schema version, read without building the document: 1 ..= the current one.
fn stored_version(raw: &str) -> Result<u32, LoadError> {
    /// Only the version; every other field is skipped unread.
    #[derive(Deserialize)]
    struct Head {
        schema_version: Option<serde_json::Number>,
    }
    // Only an object has a version (serde would also read a struct from an array).
    if !raw.trim_start().starts_with('{') {
        return Err(match serde_json::from_str::<serde::de::IgnoredAny>(raw) {
            Ok(_) => LoadError::Invalid(Text::new("data-load-no-version")),
            Err(e) => LoadError::Unparseable(json_problem(&e)),
        });
    }
    let head: Head = serde_json::from_str(raw).map_err(|e| match e.classify() {
        // The one field read has the wrong type (a string, an object…): no version to go by.
        serde_json::error::Category::Data => LoadError::Invalid(Text::new("data-load-no-version")),
        _ => LoadError::Unparseable(json_problem(&e)),
    })?;
    let version =
        head.schema_version.and_then(|n| n.as_u64()).ok_or_else(|| LoadError::Invalid(Text::new("data-load-no-version")))?;
    if version > u64::from(SCHEMA_VERSION) {
        return Err(LoadError::TooNew { found: version });
    }
    if version == 0 {
        return Err(LoadError::Invalid(Text::new("data-load-version-zero")));
    }
    Ok(version as u32) // checked above: 1 ..= SCHEMA_VERSION
}

/// A document of the current version, read straight into its types (no JSON tree in between).
fn decode_typed(raw: &str) -> Result<Envelope, LoadError> {
    let mut env: Envelope = serde_json::from_str(raw).map_err(LoadError::detail)?;
    if env.data.portfolio.name.trim().is_empty() {
        env.data.portfolio.name = crate::engine::model::default_name();
    }
    Ok(env)
}

/// Parse a stored text, migrating it to the current version.
/// Returns the envelope and, when a migration ran, the version it started from.
pub fn decode(raw: &str) -> Result<(Envelope, Option<u32>), LoadError> {
    let from = stored_version(raw)?;
    if from == SCHEMA_VERSION {
        return Ok((decode_typed(raw)?, None));
    }
    let value: Value = serde_json::from_str(raw).map_err(|e| LoadError::Unparseable(json_problem(&e)))?;
    let migrated = migrate(value, from)?;
    let text = serde_json::to_string(&migrated).map_err(|e| LoadError::Invalid(json_problem(&e)))?;
    Ok((decode_typed(&text)?, Some(from)))
}

/// A stored text of the current version, read as [`decode`] reads it; `None` for anything that
/// would need a migration or cannot be read. The first screen reads storage with this, so the
/// migrations (and their JSON tree) stay out of its module: whatever it cannot draw waits for
/// the full app, which reads it with [`decode`].
pub fn decode_current(raw: &str) -> Option<Envelope> {
    match stored_version(raw) {
        Ok(SCHEMA_VERSION) => decode_typed(raw).ok(),
        _ => None,
    }
}

/// Serialise an envelope of the current version, with no writer.
pub fn encode(data: &AppData, revision: u64, saved_at: &str) -> Result<String, String> {
    encode_stamped(data, &Stamp { revision, writer: None }, saved_at).map_err(|e| e.to_string())
}

/// Serialise an envelope of the current version as `stamp`, refusing a text that would not read
/// back: JSON has no NaN or infinity (serde writes them as `null`, which no number field reads),
/// so such a value would make the whole store unreadable. The error says where.
pub fn encode_stamped(data: &AppData, stamp: &Stamp, saved_at: &str) -> Result<String, Text> {
    let env = Envelope {
        schema_version: SCHEMA_VERSION,
        revision: stamp.revision,
        writer: stamp.writer.clone(),
        saved_at: saved_at.to_string(),
        data: data.clone(),
    };
    let text = serde_json::to_string(&env).map_err(|e| Text::new("data-store-encode-failed").arg("reason", e.to_string()))?;
    match serde_json::from_str::<Envelope>(&text) {
        Ok(_) => Ok(text),
        Err(e) => Err(Text::new("data-store-not-a-number").arg("where", unreadable_field(&text, e.column()))),
    }
}

/// The field a read-back failed at (the last key before the column), for the message.
fn unreadable_field(text: &str, column: usize) -> String {
    let upto = text.get(..column.min(text.len())).unwrap_or(text);
    let key = upto.rsplit("\":").nth(1).and_then(|k| k.rsplit('"').next()).unwrap_or("?");
    key.to_string()
}

/// Run every migration step from `from` up to the current version.
fn migrate(mut value: Value, from: u32) -> Result<Value, LoadError> {
    let mut version = from;
    while version < SCHEMA_VERSION {
        value = match version {
            1 => v1_to_v2(value)?,
            2 => v2_to_v3(value)?,
            v => return Err(LoadError::Invalid(Text::new("data-load-no-migration").arg("version", v.to_string()))),
        };
        version += 1;
    }
    Ok(value)
}

/// Version 1 kept `currency` and `clients` at the top level, with a client's yearly revenue
/// under `revenue`, and had no settings. Version 2 nests them as `data.portfolio`, renames
/// `revenue` to `annual_revenue`, and adds `data.settings` with defaults.
fn v1_to_v2(v1: Value) -> Result<Value, LoadError> {
    let Value::Object(mut top) = v1 else {
        return Err(LoadError::Invalid(Text::new("data-load-not-object").arg("version", "1")));
    };
    let revision = top.remove("revision").unwrap_or(Value::from(0));
    let currency = top.remove("currency").unwrap_or_else(|| Value::from(default_currency()));
    let mut clients = match top.remove("clients") {
        Some(Value::Array(a)) => a,
        None => Vec::new(),
        Some(_) => return Err(LoadError::Invalid(Text::new("data-load-clients-not-list"))),
    };
    for c in &mut clients {
        if let Value::Object(obj) = c {
            if let Some(rev) = obj.remove("revenue") {
                obj.insert("annual_revenue".into(), rev);
            }
        }
    }
    let mut portfolio = Map::new();
    portfolio.insert("currency".into(), currency);
    portfolio.insert("clients".into(), Value::Array(clients));
    if let Some(name) = top.remove("name") {
        portfolio.insert("name".into(), name);
    }
    let mut data = Map::new();
    data.insert("portfolio".into(), Value::Object(portfolio));
    data.insert("settings".into(), serde_json::to_value(Settings::default()).unwrap_or(Value::Null));
    let mut out = Map::new();
    out.insert("schema_version".into(), Value::from(2));
    out.insert("revision".into(), revision);
    out.insert("saved_at".into(), top.remove("saved_at").unwrap_or(Value::from("")));
    out.insert("data".into(), Value::Object(data));
    Ok(Value::Object(out))
}

/// Version 3 adds `data.scenarios`: the baseline levers and the saved what-if scenarios.
/// Nothing else changes; older data starts with an empty book that follows the portfolio.
fn v2_to_v3(v2: Value) -> Result<Value, LoadError> {
    let Value::Object(mut top) = v2 else {
        return Err(LoadError::Invalid(Text::new("data-load-not-object").arg("version", "2")));
    };
    let Some(Value::Object(data)) = top.get_mut("data") else {
        return Err(LoadError::Invalid(Text::new("data-load-no-data")));
    };
    if !data.contains_key("scenarios") {
        let book = serde_json::to_value(ScenarioBook::default()).map_err(LoadError::detail)?;
        data.insert("scenarios".into(), book);
    }
    top.insert("schema_version".into(), Value::from(3));
    Ok(Value::Object(top))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::sample::demo_portfolio;

    #[test]
    fn round_trip_of_the_current_version() {
        let mut data = AppData { portfolio: demo_portfolio(), ..Default::default() };
        data.scenarios.add("Better care", crate::engine::scenario::Levers::default()).unwrap();
        let raw = encode(&data, 7, "2026-01-01T00:00:00Z").unwrap();
        let (env, migrated) = decode(&raw).unwrap();
        assert_eq!(env.data, data);
        assert_eq!(env.revision, 7);
        assert_eq!(migrated, None);
    }

    #[test]
    fn version_1_migrates_through_every_step() {
        let v1 = r#"{"schema_version":1,"revision":3,"currency":"RON",
            "clients":[{"id":"c1","company":"Old Style SRL","revenue":12000,"direct_cost":5000}]}"#;
        let (env, migrated) = decode(v1).unwrap();
        assert_eq!(migrated, Some(1));
        assert_eq!(env.schema_version, SCHEMA_VERSION);
        assert_eq!(env.revision, 3);
        assert_eq!(env.data.portfolio.currency, "RON");
        let c = &env.data.portfolio.clients[0];
        assert_eq!(c.company, "Old Style SRL");
        assert_eq!(c.annual_revenue, 12000.0, "revenue is carried over, not lost");
        assert_eq!(c.direct_cost, 5000.0);
        assert_eq!(env.data.settings, Settings::default());
    }

    #[test]
    fn a_portfolio_stored_without_a_name_gets_the_default_name_on_load_in_the_readers_language() {
        let v3 = r#"{"schema_version":3,"revision":1,"saved_at":"","data":{"portfolio":{"currency":"EUR","clients":[]}}}"#;
        let (env, _) = decode(v3).unwrap();
        assert_eq!(env.data.portfolio.name, "My portfolio");
        // Serde itself fills nothing in: the plain type reads an empty name.
        let p: crate::engine::model::Portfolio = serde_json::from_str(r#"{"currency":"EUR"}"#).unwrap();
        assert_eq!(p.name, "");
    }

    #[test]
    fn version_2_migrates_to_version_3_keeping_everything() {
        let v2 = r#"{"schema_version":2,"revision":9,"saved_at":"2026-11-01T10:00:00Z",
            "data":{"portfolio":{"name":"Agency","currency":"BGN","clients":[{"id":"c4","company":"Kept Ltd","annual_revenue":5000}]},
                    "settings":{"backup_reminder_days":30}}}"#;
        let (env, migrated) = decode(v2).unwrap();
        assert_eq!(migrated, Some(2));
        assert_eq!(env.schema_version, 3);
        assert_eq!(env.revision, 9);
        assert_eq!(env.data.portfolio.name, "Agency");
        assert_eq!(env.data.portfolio.clients[0].company, "Kept Ltd");
        assert_eq!(env.data.settings.backup_reminder_days, 30);
        assert_eq!(env.data.scenarios, ScenarioBook::default());
        assert!(env.data.scenarios.follow_portfolio);
    }

    #[test]
    fn the_backup_reminder_counts_days_since_the_last_backup_or_the_first_save() {
        let mut s = Settings::default();
        assert_eq!(s.backup_overdue_days("2026-11-23T10:00:00Z"), None, "nothing saved yet: nothing to back up");
        s.first_saved_at = Some("2026-11-01T09:00:00Z".into());
        assert_eq!(s.backup_overdue_days("2026-11-23T10:00:00Z"), Some(22));
        assert_eq!(s.backup_overdue_days("2026-11-10T10:00:00Z"), None, "within 14 days");
        s.last_backup_at = Some("2026-11-20T09:00:00Z".into());
        assert_eq!(s.backup_overdue_days("2026-11-23T10:00:00Z"), None);
        assert_eq!(s.backup_overdue_days("2026-12-05T10:00:00Z"), Some(15));
        s.backup_reminder_days = 0;
        assert_eq!(s.backup_overdue_days("2027-12-05T10:00:00Z"), None, "reminders off");
        assert_eq!(
            Settings { backup_reminder_days: 7, last_backup_at: Some("garbage".into()), ..Settings::default() }
                .backup_overdue_days("2026-12-05"),
            None
        );
    }

    #[test]
    fn newer_versions_and_garbage_are_refused() {
        assert_eq!(decode(r#"{"schema_version":99,"revision":1,"data":{}}"#).unwrap_err(), LoadError::TooNew { found: 99 });
        assert!(matches!(decode("{\"schema_version\":2,\"revi").unwrap_err(), LoadError::Unparseable(_)));
        assert!(matches!(decode("[1,2,3]").unwrap_err(), LoadError::Invalid(_)));
        assert!(matches!(decode(r#"{"schema_version":1,"clients":5}"#).unwrap_err(), LoadError::Invalid(_)));
        assert!(matches!(decode(r#"{"schema_version":3,"revision":1}"#).unwrap_err(), LoadError::Invalid(_)));
        assert!(LoadError::TooNew { found: 3 }.explain().to_string().contains("newer version"));
    }

    #[test]
    fn json_problems_say_where_in_words() {
        let e = decode("{\"schema_version\":3,\n\"revi").unwrap_err();
        assert_eq!(e.explain().to_string(), "The saved data is not readable JSON (it ends early, at line 2, column 5). It may have been cut short or edited by hand.");
        let e = decode("{\"schema_version\":3, x}").unwrap_err();
        assert!(e.explain().to_string().contains("it breaks at line 1, column 22"), "{}", e.explain());
        let e = decode("{\"schema_version\":3,\"revision\":1,\"saved_at\":\"2026-01-01T00:00:00Z\"}").unwrap_err();
        assert!(e.explain().to_string().contains("the field “data” is missing"), "{}", e.explain());
    }
}

//! Backup files: everything the app keeps in one JSON file with its schema version and a
//! checksum, and the way back in — validated, migrated from older versions, refused from newer
//! ones, summarised before anything changes, then replacing or merging.
//!
//! The checksum is CRC-32 (IEEE) of the compact JSON of `data` as written. It detects a file
//! that was cut short or edited by hand; it is not a signature.

use std::collections::HashSet;

use chrono::NaiveDate;
use serde_json::{Map, Value};

use super::schema::{decode, AppData, LoadError, SCHEMA_VERSION};
use crate::engine::model::ids::{is_unique_id, IdSource};
use crate::engine::model::{check_stored_client, Client, Record, MAX_ID_LEN};
use crate::engine::scenario::{Scenario, MAX_SCENARIOS};
use crate::i18n::{Arg, Text};

/// The `format` field that marks a backup of this app.
pub const BACKUP_FORMAT: &str = "retention-calculator-backup";
/// Files larger than this are refused before reading: a backup is rarely over a few megabytes,
/// and browser storage holds about five.
pub const MAX_BACKUP_BYTES: usize = 512 * 1024 * 1024;
/// Backups of histories with more customers than this are written without indentation.
pub const COMPACT_FROM_CUSTOMERS: usize = 20_000;

fn checksum(data_json: &str) -> String {
    format!("crc32:{:08x}", crc32fast::hash(data_json.as_bytes()))
}

/// The text of a backup file of `data`. A purchase history's customers are written into it
/// whole, wherever this browser keeps them (the bulk store's reference is left out: another
/// browser has no such record); a history whose customers could not be read keeps its reference.
/// Files of large histories are written without indentation (a third of the size).
pub fn export_backup(data: &AppData, exported_at: &str) -> Result<String, String> {
    let mut data = data.clone();
    let mut large = false;
    if let Some(p) = data.purchases.as_deref_mut() {
        let in_memory = p.bulk.as_ref().is_none_or(|b| b.customers == p.summary.len());
        if in_memory {
            p.summary = p.summary.to_inline();
            p.bulk = None;
        }
        large = p.summary.len() > COMPACT_FROM_CUSTOMERS;
    }
    let data = &data;
    let data_value = serde_json::to_value(data).map_err(|e| e.to_string())?;
    let data_json = serde_json::to_string(&data_value).map_err(|e| e.to_string())?;
    let mut top = Map::new();
    top.insert("format".into(), Value::from(BACKUP_FORMAT));
    top.insert("schema_version".into(), Value::from(SCHEMA_VERSION));
    top.insert("exported_at".into(), Value::from(exported_at));
    top.insert("checksum".into(), Value::from(checksum(&data_json)));
    top.insert("data".into(), data_value);
    if large {
        serde_json::to_string(&Value::Object(top)).map_err(|e| e.to_string())
    } else {
        serde_json::to_string_pretty(&Value::Object(top)).map_err(|e| e.to_string())
    }
}

/// A backup that was read and checked.
#[derive(Clone, Debug, PartialEq)]
pub struct Backup {
    pub data: AppData,
    pub exported_at: String,
    /// The version it was written with, when older than this build's (it was migrated).
    pub migrated_from: Option<u32>,
}

/// Why a backup was refused: one sentence, and for data that breaks the rules every problem
/// found (client, record, field and why), in the reader's language.
#[derive(Clone, Debug, PartialEq)]
pub struct Refusal {
    pub reason: Text,
    pub problems: Vec<Text>,
}

impl From<Text> for Refusal {
    fn from(reason: Text) -> Self {
        Refusal { reason, problems: Vec::new() }
    }
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.reason)?;
        for p in &self.problems {
            write!(f, "\n{p}")?;
        }
        Ok(())
    }
}

/// Read a backup file. Every way a file can be wrong comes back as a sentence, in the reader's
/// language; each ends by saying that nothing was changed. Data that reads but breaks the rules
/// of the forms (checked with the same functions, `today` bounding the date lost) is refused with
/// the list of every problem.
pub fn import_backup(bytes: &[u8], today: NaiveDate) -> Result<Backup, Refusal> {
    let backup = read_backup(bytes)?;
    let problems = check_data(&backup.data, today);
    if problems.is_empty() {
        Ok(backup)
    } else {
        Err(Refusal { reason: Text::new("data-backup-error-invalid").arg("n", problems.len()), problems })
    }
}

/// The file's data, checked for shape, version and checksum but not yet for its values.
fn read_backup(bytes: &[u8]) -> Result<Backup, Text> {
    if bytes.len() > MAX_BACKUP_BYTES {
        return Err(Text::new("data-backup-error-too-large").arg("size", Arg::Dec(bytes.len() as f64 / 1_048_576.0, 1)));
    }
    if bytes.is_empty() {
        return Err(Text::new("data-backup-error-empty"));
    }
    let text = std::str::from_utf8(bytes).map_err(|_| Text::new("data-backup-error-not-utf8"))?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value: Value = serde_json::from_str(text)
        .map_err(|e| Text::new("data-backup-error-not-json").arg("reason", super::schema::json_problem(&e)))?;
    let Value::Object(mut top) = value else {
        return Err(Text::new("data-backup-error-not-object"));
    };
    if top.get("format").and_then(Value::as_str) != Some(BACKUP_FORMAT) {
        return Err(Text::new("data-backup-error-no-marker"));
    }
    let version = top.get("schema_version").and_then(Value::as_u64).ok_or_else(|| Text::new("data-backup-error-no-version"))?;
    if version > u64::from(SCHEMA_VERSION) {
        // Version numbers as written, not as grouped figures.
        return Err(Text::new("data-backup-error-too-new")
            .arg("found", version.to_string())
            .arg("supported", SCHEMA_VERSION.to_string()));
    }
    let data = top.remove("data").ok_or_else(|| Text::new("data-backup-error-no-data"))?;
    let expected = top.get("checksum").and_then(Value::as_str).ok_or_else(|| Text::new("data-backup-error-no-checksum"))?;
    let data_json =
        serde_json::to_string(&data).map_err(|e| Text::new("data-backup-error-unreadable").arg("reason", e.to_string()))?;
    if checksum(&data_json) != expected {
        return Err(Text::new("data-backup-error-checksum"));
    }
    // Reuse the storage migrations: a backup's data is what storage holds under `data`.
    let mut env = Map::new();
    env.insert("schema_version".into(), Value::from(version));
    env.insert("revision".into(), Value::from(0));
    env.insert("data".into(), data);
    if version == 1 {
        // Version 1 kept the portfolio at the top level of what was stored.
        return Err(Text::new("data-backup-error-version-1"));
    }
    let env_text = serde_json::to_string(&Value::Object(env))
        .map_err(|e| Text::new("data-backup-error-unreadable").arg("reason", e.to_string()))?;
    let (envelope, migrated_from) = decode(&env_text).map_err(|e| match e {
        LoadError::TooNew { .. } | LoadError::Unparseable(_) | LoadError::Invalid(_) => {
            Text::new("data-backup-error-shape").arg("problem", e.explain())
        }
    })?;
    Ok(Backup {
        data: envelope.data,
        exported_at: top.get("exported_at").and_then(Value::as_str).unwrap_or_default().to_string(),
        migrated_from,
    })
}

/// Largest magnitude of any figure in a purchase history (counts, days, money, model
/// parameters and fit statistics): far above any real one, far below where sums overflow.
pub const MAX_STUDY_FIGURE: f64 = 1e15;
/// Largest figure in the settings (weights, windows in days, thresholds).
pub const MAX_SETTING_FIGURE: f64 = 1e6;

/// Every problem of restored data, checked with the rules the forms use: each client and its
/// records ([`check_stored_client`]), each scenario's levers (`Levers::validate`, the scenario
/// form's rules) and name, the settings' reminder period, and every figure of the settings and of
/// the purchase history kept within bounds.
pub fn check_data(data: &AppData, today: NaiveDate) -> Vec<Text> {
    let mut out = Vec::new();
    let mut ids = HashSet::new();
    for c in &data.portfolio.clients {
        let name = if c.company.trim().is_empty() { c.id.clone() } else { c.company.clone() };
        for p in check_stored_client(c, today) {
            out.push(match p.record {
                None => Text::new("data-backup-problem-client").arg("company", name.as_str()).arg("problem", p.error.message),
                Some(r) => Text::new("data-backup-problem-record")
                    .arg("company", name.as_str())
                    .arg("record", r)
                    .arg("problem", p.error.message),
            });
        }
        if !ids.insert(c.id.as_str()) {
            out.push(Text::new("data-backup-problem-same-id").arg("company", name.as_str()));
        }
    }
    let book = &data.scenarios;
    if book.scenarios.len() > MAX_SCENARIOS {
        out.push(Text::new("data-backup-problem-scenarios").arg("n", book.scenarios.len()).arg("max", MAX_SCENARIOS));
    }
    let mut scenario_ids = HashSet::new();
    for sc in &book.scenarios {
        let name = sc.name.trim();
        if name.is_empty() || name.chars().count() > 60 || sc.id.trim().is_empty() || sc.id.chars().count() > MAX_ID_LEN {
            out.push(Text::new("data-backup-problem-scenario-name").arg("name", sc.name.as_str()));
        }
        if !scenario_ids.insert(sc.id.as_str()) {
            out.push(Text::new("data-backup-problem-scenario-same-id").arg("name", sc.name.as_str()));
        }
        for e in sc.levers.validate() {
            out.push(Text::new("data-backup-problem-scenario").arg("name", sc.name.as_str()).arg("problem", e.message));
        }
    }
    if let Some(levers) = &book.baseline {
        for e in levers.validate() {
            out.push(Text::new("data-backup-problem-baseline").arg("problem", e.message));
        }
    }
    let days = data.settings.backup_reminder_days;
    if days != 0 && !(7..=90).contains(&days) {
        out.push(Text::new("data-backup-problem-reminder").arg("days", days.to_string()));
    }
    if let Ok(v) = serde_json::to_value(&data.settings) {
        if let Some(at) = figure_beyond(&v, MAX_SETTING_FIGURE, "settings") {
            out.push(Text::new("data-backup-problem-figure").arg("where", at));
        }
    }
    if let Some(study) = data.purchases.as_deref() {
        match serde_json::to_value(study) {
            Ok(v) => {
                if let Some(at) = figure_beyond(&v, MAX_STUDY_FIGURE, "purchases") {
                    out.push(Text::new("data-backup-problem-figure").arg("where", at));
                }
            }
            Err(e) => out.push(Text::new("data-backup-problem-figure").arg("where", e.to_string())),
        }
    }
    out
}

/// The path of the first number whose magnitude is above `max` (or not finite), if any.
fn figure_beyond(v: &Value, max: f64, path: &str) -> Option<String> {
    match v {
        Value::Number(n) => n.as_f64().filter(|x| x.is_finite() && x.abs() <= max).is_none().then(|| path.to_string()),
        Value::Array(a) => a.iter().enumerate().find_map(|(i, x)| figure_beyond(x, max, &format!("{path}[{i}]"))),
        Value::Object(o) => o.iter().find_map(|(k, x)| figure_beyond(x, max, &format!("{path}.{k}"))),
        _ => None,
    }
}

/// What a merge does with one client or scenario of the backup.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Not here: added (with a new id when its id is taken here by another one).
    Added,
    /// Here too, and the backup's copy was edited later: the backup's copy is taken.
    Updated,
    /// Here too, and this browser's copy was edited later: it is kept.
    Kept,
    /// Here too and different, with nothing to tell which is newer (no edit times, the same
    /// time, or a scenario, which has none): this browser's copy is kept and the user is told;
    /// a client's records only in the backup's copy are added to it (nothing is lost).
    Conflict,
    /// Here too and the same.
    Unchanged,
    /// Not added: the scenario book is full (at most 20).
    BookFull,
}

/// One item of the backup and what a merge does with it.
#[derive(Clone, Debug, PartialEq)]
pub struct Merged {
    /// The backup's name for it (company or scenario name).
    pub name: String,
    /// This browser's name, when it was matched to one named otherwise (by id).
    pub here_name: Option<String>,
    pub outcome: Outcome,
    /// Records of the backup's copy added to this browser's (kept or in conflict).
    pub records_added: usize,
    /// Records with the same id in both copies but different content, in a conflict: this
    /// browser's kept.
    pub records_differ: usize,
    /// Records only in this browser's copy kept beside the backup's newer copy (updated): a merge
    /// never deletes, so a contact logged here after the backup was made is not lost.
    pub records_kept: usize,
}

/// What restoring a backup would change, for the user to read before choosing. Computed again
/// from the data of the moment when the user confirms, so edits made meanwhile are kept.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct RestorePlan {
    /// Every client of the backup and its outcome, in the backup's order.
    pub clients: Vec<Merged>,
    /// Clients only here (kept by a merge, removed by a replace).
    pub only_here: Vec<String>,
    /// Every scenario of the backup and its outcome.
    pub scenarios: Vec<Merged>,
    /// What a merge does with the imported purchase histories.
    pub purchases: PurchasesMerge,
    /// The merged data.
    pub merged: AppData,
}

impl RestorePlan {
    /// The clients with this outcome (backup names).
    pub fn clients_with(&self, outcome: Outcome) -> Vec<&Merged> {
        self.clients.iter().filter(|m| m.outcome == outcome).collect()
    }

    /// The scenarios with this outcome.
    pub fn scenarios_with(&self, outcome: Outcome) -> Vec<&Merged> {
        self.scenarios.iter().filter(|m| m.outcome == outcome).collect()
    }
}

/// A purchase history is one imported study, not a list to merge item by item.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum PurchasesMerge {
    /// The backup has no purchase history: nothing to do.
    #[default]
    None,
    /// Only the backup has one: a merge adds it (this many customers).
    FromBackup(usize),
    /// Both have one: a merge keeps this browser's; a replace takes the backup's.
    KeptHere,
}

/// A company name as compared across browsers: case, spacing and surrounding blanks ignored.
fn same_name(a: &str, b: &str) -> bool {
    let norm = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    norm(a) == norm(b)
}

/// Whether a backup item with `id` and `name` is the one here with `here_id` and `here_name`:
/// a UUID (made by this build) names one item everywhere; an older sequential id (`c9`, `s1`)
/// was numbered per browser, so it counts only with the same name.
fn same_item(id: &str, name: &str, here_id: &str, here_name: &str) -> bool {
    id == here_id && (is_unique_id(id) || same_name(name, here_name))
}

/// Add to `mine` the records of `theirs` it does not have, oldest first as they come; returns
/// how many were added and how many differ under the same id. A record with an id is the record
/// here with that id: the same content is nothing to do, different content a conflict (this
/// browser's kept, counted). Records without an id on either side (stored before ids) are
/// compared whole, as before: an equal record counts as the same, and a revenue period counts
/// by its label (this browser's figure kept). Used when nothing tells which copy is newer, so a
/// contact logged in one browser only is not lost.
fn add_missing_records(mine: &mut Client, theirs: &Client) -> (usize, usize) {
    fn add<T: PartialEq + Clone + Record>(to: &mut Vec<T>, from: &[T], same: impl Fn(&T, &T) -> bool) -> (usize, usize) {
        let (mut added, mut differ) = (0, 0);
        let mut new = Vec::new();
        for x in from {
            let by_id = x.id().and_then(|id| to.iter().find(|m| m.id() == Some(id)));
            match by_id {
                Some(m) if m == x => {}
                Some(_) => differ += 1,
                None if to.iter().any(|m| same(m, x)) => {}
                None => {
                    new.push(x.clone());
                    added += 1;
                }
            }
        }
        to.extend(new);
        (added, differ)
    }
    fn whole<T: PartialEq>(a: &T, b: &T) -> bool {
        a == b
    }
    let counts = [
        add(&mut mine.revenue_history, &theirs.revenue_history, |a, b| a == b || a.period == b.period),
        add(&mut mine.contacts, &theirs.contacts, whole),
        add(&mut mine.interactions, &theirs.interactions, whole),
        add(&mut mine.care_activities, &theirs.care_activities, whole),
        add(&mut mine.ratings, &theirs.ratings, whole),
        add(&mut mine.dossier.projects, &theirs.dossier.projects, whole),
        add(&mut mine.dossier.entries, &theirs.dossier.entries, whole),
    ];
    counts.iter().fold((0, 0), |(a, d), (x, y)| (a + x, d + y))
}

/// Compare a backup with the current data and build the merge. Clients are matched by id (see
/// [`same_item`]), then by company name; each is added, updated, kept, in conflict or unchanged
/// (listed in [`RestorePlan::clients`]); an added one whose id is taken here gets a new one from
/// `ids`. Scenarios likewise (matched by id, then name; differing ones are a conflict, this
/// browser's kept; beyond the book's 20 they are listed as not added). A merge never deletes.
pub fn plan_restore(current: &AppData, backup: &AppData, ids: &mut dyn IdSource) -> RestorePlan {
    let mut plan = RestorePlan { merged: current.clone(), ..Default::default() };
    let here = &current.portfolio.clients;
    let mut matched: HashSet<usize> = HashSet::new();
    for b in &backup.portfolio.clients {
        let by_id = here.iter().position(|h| same_item(&b.id, &b.company, &h.id, &h.company));
        let by_name = || here.iter().enumerate().position(|(i, h)| !matched.contains(&i) && same_name(&h.company, &b.company));
        let found = by_id.filter(|i| !matched.contains(i)).or_else(by_name);
        let Some(i) = found else {
            let mut added = b.clone();
            let taken = |id: &str| plan.merged.portfolio.client(id).is_some();
            if added.id.trim().is_empty() || taken(&added.id) {
                added.id = plan.merged.portfolio.new_client_id(ids);
            }
            plan.merged.portfolio.clients.push(added);
            plan.clients.push(Merged {
                name: b.company.clone(),
                here_name: None,
                outcome: Outcome::Added,
                records_added: 0,
                records_differ: 0,
                records_kept: 0,
            });
            continue;
        };
        matched.insert(i);
        let h = &here[i];
        let theirs = Client { id: h.id.clone(), ..b.clone() };
        let outcome = if theirs == *h {
            Outcome::Unchanged
        } else {
            match (h.updated_at.as_deref(), b.updated_at.as_deref()) {
                (Some(x), Some(y)) if y > x => Outcome::Updated,
                (Some(x), Some(y)) if x > y => Outcome::Kept,
                (None, Some(_)) => Outcome::Updated,
                (Some(_), None) => Outcome::Kept,
                _ => Outcome::Conflict,
            }
        };
        let (mut records_added, mut records_differ, mut records_kept) = (0, 0, 0);
        match outcome {
            // The backup's copy is newer: it replaces the profile, and this browser's records it
            // lacks are kept (a record of the same id keeps the newer copy's version).
            Outcome::Updated => {
                let mut newer = theirs;
                (records_kept, _) = add_missing_records(&mut newer, h);
                plan.merged.portfolio.upsert(newer);
            }
            // This browser's copy is newer or nothing tells: it stays, and the backup's records
            // it lacks are added (a record changed in both keeps this browser's, counted in a
            // conflict).
            Outcome::Kept | Outcome::Conflict => {
                let mut mine = h.clone();
                let differ;
                (records_added, differ) = add_missing_records(&mut mine, b);
                if outcome == Outcome::Conflict {
                    records_differ = differ;
                }
                plan.merged.portfolio.upsert(mine);
            }
            _ => {}
        }
        let here_name = (!same_name(&h.company, &b.company)).then(|| h.company.clone());
        plan.clients.push(Merged { name: b.company.clone(), here_name, outcome, records_added, records_differ, records_kept });
    }
    plan.only_here = here.iter().enumerate().filter(|(i, _)| !matched.contains(i)).map(|(_, c)| c.company.clone()).collect();
    // Purchase history: take the backup's when there is none here.
    plan.purchases = match (&current.purchases, &backup.purchases) {
        (_, None) => PurchasesMerge::None,
        (None, Some(study)) => {
            plan.merged.purchases = Some(study.clone());
            PurchasesMerge::FromBackup(study.customers)
        }
        (Some(_), Some(_)) => PurchasesMerge::KeptHere,
    };
    // The retention study: the backup's when there is none here (one fitted curve, not a list).
    if plan.merged.retention.is_none() {
        plan.merged.retention = backup.retention.clone();
    }
    // Scenarios: by id, then by name; the backup's that are not here are added while the book
    // has room.
    let here_sc = &current.scenarios.scenarios;
    let mut matched: HashSet<usize> = HashSet::new();
    for b in &backup.scenarios.scenarios {
        let by_id = here_sc.iter().position(|h| same_item(&b.id, &b.name, &h.id, &h.name));
        let by_name = || here_sc.iter().enumerate().position(|(i, h)| !matched.contains(&i) && same_name(&h.name, &b.name));
        let found = by_id.filter(|i| !matched.contains(i)).or_else(by_name);
        let outcome = match found {
            Some(i) => {
                matched.insert(i);
                let h: &Scenario = &here_sc[i];
                if h.levers == b.levers {
                    Outcome::Unchanged
                } else {
                    Outcome::Conflict
                }
            }
            None => {
                let book = &mut plan.merged.scenarios;
                if book.scenarios.len() >= MAX_SCENARIOS {
                    Outcome::BookFull
                } else {
                    let id = if !b.id.trim().is_empty() && book.get(&b.id).is_none() { b.id.clone() } else { ids.new_id() };
                    match book.add_as(id, &b.name, b.levers.clone()) {
                        Ok(_) => Outcome::Added,
                        Err(_) => Outcome::BookFull,
                    }
                }
            }
        };
        plan.scenarios.push(Merged {
            name: b.name.clone(),
            here_name: None,
            outcome,
            records_added: 0,
            records_differ: 0,
            records_kept: 0,
        });
    }
    plan
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::model::ids::SeededIds;
    use crate::store::first_start_data;

    fn today() -> NaiveDate {
        crate::engine::sample::demo_as_of()
    }

    fn import(bytes: &[u8]) -> Result<Backup, Refusal> {
        import_backup(bytes, today())
    }

    fn plan(here: &AppData, theirs: &AppData) -> RestorePlan {
        plan_restore(here, theirs, &mut SeededIds::new(1))
    }

    fn sample() -> AppData {
        let mut d = first_start_data();
        d.portfolio.clients[0].updated_at = Some("2026-11-01T10:00:00Z".into());
        d.scenarios.add("Care", crate::engine::scenario::Levers::default()).unwrap();
        d
    }

    #[test]
    fn a_backup_round_trips_every_figure() {
        let data = sample();
        let text = export_backup(&data, "2026-11-23T10:00:00Z").unwrap();
        assert!(text.contains("\"format\": \"retention-calculator-backup\""));
        let back = import(text.as_bytes()).unwrap();
        assert_eq!(back.data, data);
        assert_eq!(back.exported_at, "2026-11-23T10:00:00Z");
        assert_eq!(back.migrated_from, None);
        // A byte-order mark from an editor does not matter.
        let with_bom = format!("\u{feff}{text}");
        assert_eq!(import(with_bom.as_bytes()).unwrap().data, data);
    }

    #[test]
    fn damaged_foreign_and_newer_files_are_refused_in_words() {
        let text = export_backup(&sample(), "t").unwrap();
        let edited = text.replacen("184000", "999999", 1);
        assert_ne!(edited, text);
        assert!(import(edited.as_bytes()).unwrap_err().to_string().contains("checksum does not match"));
        assert!(import(&text.as_bytes()[..text.len() / 2]).unwrap_err().to_string().contains("not complete JSON"));
        assert!(import(b"").unwrap_err().to_string().contains("empty"));
        assert!(import(&[0xff, 0xfe, 0x00, 0x41]).unwrap_err().to_string().contains("not UTF-8"));
        assert!(import(b"[1,2]").unwrap_err().to_string().contains("not a backup"));
        assert!(import(br#"{"schema_version":3,"data":{}}"#).unwrap_err().to_string().contains("no backup marker"));
        let newer = text.replacen(&format!("\"schema_version\": {SCHEMA_VERSION}"), "\"schema_version\": 99", 1);
        assert!(import(newer.as_bytes()).unwrap_err().to_string().contains("newer version"));
        let huge = vec![b' '; MAX_BACKUP_BYTES + 1];
        assert!(import(&huge).unwrap_err().to_string().contains("MB"));
    }

    #[test]
    fn a_backup_carries_every_customer_of_a_history_kept_in_the_bulk_store() {
        use crate::engine::purchases::{BulkRef, Customers};
        let mut here = first_start_data();
        let mut p = *study(30);
        let list = p.summary.shared();
        p.summary = Customers::kept_elsewhere(list.clone());
        p.bulk = Some(BulkRef { id: "b1".into(), customers: 30, checksum: 1 });
        here.purchases = Some(Box::new(p.clone()));
        let text = export_backup(&here, "2026-12-01T00:00:00Z").unwrap();
        let back = import(text.as_bytes()).unwrap();
        let restored = back.data.purchases.unwrap();
        assert_eq!(restored.summary.len(), 30, "every customer, though the document leaves them out");
        assert_eq!(*restored.summary.shared(), *list);
        assert_eq!(restored.bulk, None, "another browser has no such record");
        // Customers that could not be read here: the backup keeps the reference, and says nothing false.
        let mut unread = p.clone();
        unread.summary = Customers::kept_elsewhere(std::sync::Arc::new(Vec::new()));
        here.purchases = Some(Box::new(unread));
        let back = import(export_backup(&here, "t").unwrap().as_bytes()).unwrap();
        assert_eq!(back.data.purchases.unwrap().bulk.map(|b| b.customers), Some(30));
    }

    #[test]
    fn an_older_backup_is_migrated() {
        // A version-2 backup (no scenarios yet), with a correct checksum.
        let data = r#"{"portfolio":{"name":"Old","currency":"RON","clients":[{"id":"c1","company":"Veche SRL","annual_revenue":1000}]},"settings":{"backup_reminder_days":14}}"#;
        let value: Value = serde_json::from_str(data).unwrap();
        let sum = checksum(&serde_json::to_string(&value).unwrap());
        let file =
            format!(r#"{{"format":"{BACKUP_FORMAT}","schema_version":2,"exported_at":"x","checksum":"{sum}","data":{data}}}"#);
        let back = import(file.as_bytes()).unwrap();
        assert_eq!(back.migrated_from, Some(2));
        assert_eq!(back.data.portfolio.clients[0].company, "Veche SRL");
        assert!(back.data.scenarios.scenarios.is_empty());
    }

    #[test]
    fn a_merge_lists_every_clients_outcome_added_updated_kept_conflict_and_unchanged() {
        let mut here = sample();
        here.portfolio.clients[2].updated_at = Some("2026-11-21T10:00:00Z".into());
        let mut theirs = here.clone();
        // c1: edited later in the backup → updated.
        theirs.portfolio.clients[0].notes = "Edited in the backup".into();
        theirs.portfolio.clients[0].updated_at = Some("2026-11-20T10:00:00Z".into());
        // c2: differs, no edit times → conflict, this browser's copy kept.
        theirs.portfolio.clients[1].annual_revenue += 1.0;
        // c3: edited here later → kept.
        theirs.portfolio.clients[2].direct_cost += 1.0;
        theirs.portfolio.clients[2].updated_at = Some("2026-11-01T10:00:00Z".into());
        // c4 only here; a new client only in the backup.
        theirs.portfolio.clients.retain(|c| c.id != "c4");
        let mut extra = theirs.portfolio.clients[4].clone();
        extra.id = "c99".into();
        extra.company = "Only In Backup".into();
        theirs.portfolio.clients.push(extra);
        let p = plan(&here, &theirs);
        let names = |o: Outcome| p.clients_with(o).iter().map(|m| m.name.clone()).collect::<Vec<_>>();
        assert_eq!(names(Outcome::Added), vec!["Only In Backup".to_string()]);
        assert_eq!(names(Outcome::Updated), vec![here.portfolio.clients[0].company.clone()]);
        assert_eq!(names(Outcome::Conflict), vec![here.portfolio.clients[1].company.clone()]);
        assert_eq!(names(Outcome::Kept), vec![here.portfolio.clients[2].company.clone()]);
        assert_eq!(p.only_here.len(), 1);
        assert_eq!(p.clients.len(), theirs.portfolio.clients.len(), "every backup client has an outcome");
        let merged = &p.merged.portfolio;
        assert_eq!(merged.client("c2").unwrap().annual_revenue, here.portfolio.client("c2").unwrap().annual_revenue);
        assert_eq!(merged.client("c1").unwrap().notes, "Edited in the backup");
        assert!(merged.client("c4").is_some(), "a merge never deletes");
        assert!(merged.client("c99").is_some());
    }

    #[test]
    fn a_conflict_keeps_this_browsers_copy_and_adds_the_records_only_in_the_backups() {
        let here = sample();
        let mut theirs = here.clone();
        let c = &mut theirs.portfolio.clients[1];
        c.annual_revenue += 1.0;
        let mut logged = c.interactions.first().cloned().expect("the demo client has interactions");
        logged.note = "Logged in the other browser only".into();
        c.interactions.push(logged.clone());
        let p = plan(&here, &theirs);
        let m = &p.clients[1];
        assert_eq!((m.outcome, m.records_added), (Outcome::Conflict, 1));
        let merged = p.merged.portfolio.client(&here.portfolio.clients[1].id).unwrap();
        assert_eq!(merged.annual_revenue, here.portfolio.clients[1].annual_revenue, "this browser's figures");
        assert!(merged.interactions.contains(&logged), "the record from the backup is not lost");
        assert_eq!(merged.interactions.len(), here.portfolio.clients[1].interactions.len() + 1, "no record twice");
    }

    /// Browser `seed`'s copy of `here` with one interaction logged on the client form's path.
    fn with_logged(here: &AppData, seed: u64, note: &str) -> (AppData, String) {
        use crate::engine::model::{Channel, Interaction, NewRecord};
        let mut d = here.clone();
        let c = &mut d.portfolio.clients[1];
        let date = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        let it = Interaction { id: None, date, channel: Channel::Call, who: "Ana".into(), note: note.into(), sentiment: 1 };
        let id = c.add_new_record(NewRecord::Interaction(it), &mut SeededIds::new(seed));
        (d, id)
    }

    /// Both browsers logged a call on the same client, one later than the other: whichever copy
    /// is newer, the merged client has both calls (a merge never deletes).
    #[test]
    fn a_call_logged_in_each_browser_survives_the_merge_whichever_copy_is_newer() {
        let base = sample();
        let (mut here, id_here) = with_logged(&base, 1, "Called here");
        let (mut theirs, id_theirs) = with_logged(&base, 2, "Called there");
        let has = |d: &AppData, id: &str| d.portfolio.clients[1].interactions.iter().any(|i| i.id.as_deref() == Some(id));
        for (here_at, theirs_at, outcome) in [
            ("2026-11-24T09:00:00Z", "2026-11-24T10:00:00Z", Outcome::Updated),
            ("2026-11-24T11:00:00Z", "2026-11-24T10:00:00Z", Outcome::Kept),
        ] {
            here.portfolio.clients[1].updated_at = Some(here_at.into());
            theirs.portfolio.clients[1].updated_at = Some(theirs_at.into());
            let p = plan(&here, &theirs);
            let m = &p.clients[1];
            assert_eq!(m.outcome, outcome);
            assert!(has(&p.merged, &id_here) && has(&p.merged, &id_theirs), "{outcome:?}: both calls kept");
            let counted = if outcome == Outcome::Updated { m.records_kept } else { m.records_added };
            assert_eq!((counted, m.records_differ), (1, 0), "{outcome:?}");
            let n = p.merged.portfolio.clients[1].interactions.len();
            assert_eq!(n, base.portfolio.clients[1].interactions.len() + 2, "{outcome:?}: no record twice");
        }
    }

    #[test]
    fn two_browsers_logging_the_same_call_on_the_same_day_keep_both_after_a_merge() {
        let base = sample();
        let (here, id_here) = with_logged(&base, 1, "Called about the renewal");
        let (theirs, id_theirs) = with_logged(&base, 2, "Called about the renewal");
        assert_ne!(id_here, id_theirs);
        let p = plan(&here, &theirs);
        let m = &p.clients[1];
        assert_eq!((m.outcome, m.records_added, m.records_differ), (Outcome::Conflict, 1, 0));
        let merged = p.merged.portfolio.client(&base.portfolio.clients[1].id).unwrap();
        let calls: Vec<Option<&str>> =
            merged.interactions.iter().filter(|i| i.note == "Called about the renewal").map(|i| i.id.as_deref()).collect();
        assert_eq!(calls, [Some(id_here.as_str()), Some(id_theirs.as_str())], "two calls, not one");
        // Merging the same backup again adds nothing more.
        let again = plan(&p.merged, &theirs);
        assert_eq!(
            again.merged.portfolio.client(&base.portfolio.clients[1].id).unwrap().interactions.len(),
            merged.interactions.len()
        );
    }

    #[test]
    fn a_record_changed_in_both_browsers_is_a_conflict_listed_and_this_browsers_is_kept() {
        let (here, id) = with_logged(&sample(), 1, "Called");
        let mut theirs = here.clone();
        let edited = theirs.portfolio.clients[1].interactions.iter_mut().find(|i| i.id.as_deref() == Some(id.as_str())).unwrap();
        edited.note = "Called, edited in the other browser".into();
        let p = plan(&here, &theirs);
        let m = &p.clients[1];
        assert_eq!((m.outcome, m.records_added, m.records_differ), (Outcome::Conflict, 0, 1));
        let merged = p.merged.portfolio.client(&here.portfolio.clients[1].id).unwrap();
        assert_eq!(merged.interactions, here.portfolio.clients[1].interactions, "this browser's record kept, not doubled");
    }

    #[test]
    fn records_without_ids_still_merge_by_comparing_them_whole() {
        let here = sample();
        assert!(here.portfolio.clients[1].interactions.iter().all(|i| i.id.is_none()), "the demo's records have no ids");
        let mut theirs = here.clone();
        let c = &mut theirs.portfolio.clients[1];
        c.interactions[0].note = "Changed in the backup".into();
        c.revenue_history[0].revenue += 1.0;
        let p = plan(&here, &theirs);
        let m = &p.clients[1];
        // The changed interaction is another record (added); the revenue period counts by its label.
        assert_eq!((m.outcome, m.records_added, m.records_differ), (Outcome::Conflict, 1, 0));
        let merged = p.merged.portfolio.client(&here.portfolio.clients[1].id).unwrap();
        assert_eq!(merged.interactions.len(), here.portfolio.clients[1].interactions.len() + 1);
        assert_eq!(merged.revenue_history, here.portfolio.clients[1].revenue_history);
    }

    #[test]
    fn a_renamed_client_with_a_new_style_id_is_updated_not_duplicated() {
        let mut here = sample();
        let id = crate::engine::model::ids::uuid_v4([7; 16]);
        here.portfolio.clients[0].id = id.clone();
        let mut theirs = here.clone();
        theirs.portfolio.clients[0].company = "Renamed in backup".into();
        theirs.portfolio.clients[0].updated_at = Some("2026-11-20T10:00:00Z".into());
        let p = plan(&here, &theirs);
        assert_eq!(p.clients[0].outcome, Outcome::Updated);
        assert_eq!(p.clients[0].here_name.as_deref(), Some(here.portfolio.clients[0].company.as_str()));
        assert_eq!(p.merged.portfolio.client(&id).unwrap().company, "Renamed in backup");
        assert_eq!(p.merged.portfolio.clients.len(), here.portfolio.clients.len());
    }

    #[test]
    fn two_browsers_clients_that_share_old_style_ids_but_not_companies_are_all_kept() {
        let client = |id: &str, company: &str| Client { id: id.into(), company: company.into(), ..Client::default() };
        let mut here = AppData::default();
        here.portfolio.clients = vec![client("c1", "Alfa SRL"), client("c2", "Beta SA")];
        here.scenarios.add("Care", Default::default()).unwrap();
        let mut theirs = AppData::default();
        theirs.portfolio.clients = vec![client("c1", "Gama SRL"), client("c2", "Delta OOD"), client("c3", "Beta SA")];
        theirs.scenarios.add("Price rise", Default::default()).unwrap();
        assert_eq!(theirs.scenarios.scenarios[0].id, here.scenarios.scenarios[0].id, "both numbered s1");
        let p = plan(&here, &theirs);
        let companies: Vec<&str> = p.merged.portfolio.clients.iter().map(|c| c.company.as_str()).collect();
        assert_eq!(companies, ["Alfa SRL", "Beta SA", "Gama SRL", "Delta OOD"], "Beta SA matched by name, nothing lost");
        let ids: HashSet<&str> = p.merged.portfolio.clients.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids.len(), 4, "the added clients got ids of their own");
        assert_eq!(p.clients.iter().map(|m| m.outcome).collect::<Vec<_>>(), [Outcome::Added, Outcome::Added, Outcome::Unchanged]);
        let scenarios: Vec<&str> = p.merged.scenarios.scenarios.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(scenarios, ["Care", "Price rise"]);
        assert_eq!(p.scenarios[0].outcome, Outcome::Added);
        assert_ne!(p.merged.scenarios.scenarios[0].id, p.merged.scenarios.scenarios[1].id);
    }

    #[test]
    fn scenarios_beyond_the_books_twenty_are_listed_as_not_added_and_differing_ones_as_conflicts() {
        let mut here = first_start_data();
        for i in 0..19 {
            here.scenarios.add(&format!("Here {i}"), Default::default()).unwrap();
        }
        let mut theirs = first_start_data();
        let changed = crate::engine::scenario::Levers { retention: 0.7, ..Default::default() };
        theirs.scenarios.add_as("x-0".into(), "Here 0", changed).unwrap();
        for i in 0..3 {
            theirs.scenarios.add_as(format!("x-{}", i + 1), &format!("Theirs {i}"), Default::default()).unwrap();
        }
        let p = plan(&here, &theirs);
        let outcomes: Vec<Outcome> = p.scenarios.iter().map(|m| m.outcome).collect();
        assert_eq!(outcomes, [Outcome::Conflict, Outcome::Added, Outcome::BookFull, Outcome::BookFull]);
        assert_eq!(p.merged.scenarios.scenarios.len(), MAX_SCENARIOS);
    }

    #[test]
    fn a_backup_with_hostile_values_and_a_recomputed_checksum_is_refused_with_every_problem() {
        let mut data = sample();
        data.portfolio.clients[0].annual_revenue = 1e308;
        data.portfolio.clients[1].direct_cost = -5.0;
        data.portfolio.clients[2].start_date = NaiveDate::from_ymd_opt(200_000, 1, 1);
        data.portfolio.clients[3].interactions[0].sentiment = 9;
        if let Some(r) = data.portfolio.clients[3].ratings.first_mut() {
            r.affinity = 200;
        }
        data.scenarios.scenarios[0].levers.retention = 7.0;
        data.settings.backup_reminder_days = 100_000;
        let text = export_backup(&data, "2026-11-23T10:00:00Z").unwrap();
        let err = import(text.as_bytes()).unwrap_err();
        let all = err.to_string();
        assert!(err.reason.to_string().contains("Nothing was changed"), "{all}");
        for needle in
            ["Annual revenue", "Direct cost cannot be negative", "200000-01-01", "Sentiment", "Affinity", "Retention", "100000"]
        {
            assert!(all.contains(needle), "`{needle}` missing from:\n{all}");
        }
        assert!(err.problems.len() >= 7, "{all}");
        // Every record kind is checked too: a dossier entry of year 200,000 and a care cost of 1e300.
        let mut data = sample();
        data.portfolio.clients[0].care_activities[0].cost = 1e300;
        let text = export_backup(&data, "t").unwrap();
        assert!(import(text.as_bytes()).unwrap_err().to_string().contains("Cost"));
        // −0 is a number the forms accept (it is 0): not a problem.
        let mut data = sample();
        data.portfolio.clients[0].cost_to_serve = -0.0;
        assert!(import(export_backup(&data, "t").unwrap().as_bytes()).is_ok());
    }

    #[test]
    fn every_kind_of_record_travels_in_a_backup() {
        let data = sample();
        let c = data.portfolio.clients.iter().find(|c| {
            !c.interactions.is_empty() && !c.care_activities.is_empty() && !c.ratings.is_empty() && !c.dossier.entries.is_empty()
        });
        let c = c.expect("the demo has a client with every kind of record").clone();
        let back = import(export_backup(&data, "t").unwrap().as_bytes()).unwrap();
        let r = back.data.portfolio.client(&c.id).unwrap();
        assert_eq!(r.interactions, c.interactions);
        assert_eq!(r.care_activities, c.care_activities);
        assert_eq!(r.ratings, c.ratings);
        assert_eq!(r.dossier, c.dossier);
        assert_eq!(r.contacts, c.contacts);
        assert_eq!(r.revenue_history, c.revenue_history);
    }

    /// A small purchase history through the same path as an import.
    fn study(customers: usize) -> Box<crate::engine::purchases::PurchaseStudy> {
        Box::new(crate::engine::files::transactions::small_study(customers))
    }

    #[test]
    fn a_merge_takes_the_backups_purchase_history_only_when_there_is_none_here() {
        let here = first_start_data();
        let mut theirs = here.clone();
        theirs.purchases = Some(study(30));
        let p = plan(&here, &theirs);
        assert_eq!(p.purchases, PurchasesMerge::FromBackup(30));
        assert_eq!(p.merged.purchases, theirs.purchases, "added by the merge");

        let mut mine = here.clone();
        mine.purchases = Some(study(12));
        let p = plan(&mine, &theirs);
        assert_eq!(p.purchases, PurchasesMerge::KeptHere);
        assert_eq!(p.merged.purchases, mine.purchases, "this browser's history is kept");

        let p = plan(&mine, &here);
        assert_eq!(p.purchases, PurchasesMerge::None);
        assert_eq!(p.merged.purchases, mine.purchases, "a backup without a history removes nothing");
    }

    #[test]
    fn a_merge_takes_the_backups_retention_study_only_when_there_is_none_here() {
        use crate::engine::retention::Curve;
        use crate::engine::retention_portfolio::RetentionStudy;
        let with = |alpha: f64| {
            let mut d = first_start_data();
            d.retention = Some(Box::new(RetentionStudy {
                text: "t,a\n0,10\n1,6\n".into(),
                options: Default::default(),
                cohort_size: None,
                period: Default::default(),
                fit_to: None,
                source: None,
                model: None,
                curve: Curve::sbg(alpha, 1.0).unwrap(),
            }));
            d
        };
        let (none, theirs, mine) = (first_start_data(), with(0.7), with(0.5));
        assert_eq!(plan(&none, &theirs).merged.retention, theirs.retention, "added by the merge");
        assert_eq!(plan(&mine, &theirs).merged.retention, mine.retention, "this browser's is kept");
        assert_eq!(plan(&mine, &none).merged.retention, mine.retention);
    }
}

//! Backup files: everything the app keeps in one JSON file with its schema version and a
//! checksum, and the way back in — validated, migrated from older versions, refused from newer
//! ones, summarised before anything changes, then replacing or merging.
//!
//! The checksum is CRC-32 (IEEE) of the compact JSON of `data` as written. It detects a file
//! that was cut short or edited by hand; it is not a signature.

use std::collections::BTreeSet;

use serde_json::{Map, Value};

use super::schema::{decode, AppData, LoadError, SCHEMA_VERSION};
use crate::engine::model::Client;
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

/// Read a backup file. Every way a file can be wrong comes back as a sentence, in the reader's
/// language; each ends by saying that nothing was changed.
pub fn import_backup(bytes: &[u8]) -> Result<Backup, Text> {
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
    for c in &envelope.data.portfolio.clients {
        check_client(c)?;
    }
    Ok(Backup {
        data: envelope.data,
        exported_at: top.get("exported_at").and_then(Value::as_str).unwrap_or_default().to_string(),
        migrated_from,
    })
}

/// Figures in a backup must be usable numbers (JSON cannot hold NaN, but it can hold 1e308).
fn check_client(c: &Client) -> Result<(), Text> {
    for (field, v) in [("annual_revenue", c.annual_revenue), ("direct_cost", c.direct_cost), ("cost_to_serve", c.cost_to_serve)] {
        if !v.is_finite() || v.abs() > 1e15 {
            return Err(Text::new("data-backup-error-client-figure").arg("company", c.company.as_str()).arg("field", field));
        }
    }
    if c.id.trim().is_empty() {
        return Err(Text::new("data-backup-error-client-id").arg("company", c.company.as_str()));
    }
    Ok(())
}

/// What restoring a backup would change, for the user to read before choosing.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct RestorePlan {
    /// Clients only in the backup (names).
    pub added: Vec<String>,
    /// Clients in both that differ, and which side a merge keeps.
    pub changed: Vec<(String, MergeWinner)>,
    /// Clients only here (kept by a merge, removed by a replace).
    pub only_here: Vec<String>,
    pub unchanged: usize,
    /// What a merge does with the imported purchase histories.
    pub purchases: PurchasesMerge,
    /// The merged data (newest edit wins per client; scenarios merged by id; the backup's purchase
    /// history and retention study when this browser has none).
    pub merged: AppData,
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

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MergeWinner {
    /// The backup's copy was edited later.
    Backup,
    /// This browser's copy was edited later.
    Here,
    /// Neither side says when it was edited, or both say the same time: this browser's copy is kept.
    Conflict,
}

impl MergeWinner {
    /// Which copy a merge keeps, and why: "the backup's copy (edited later)".
    pub fn describe(self) -> Text {
        Text::new(match self {
            MergeWinner::Backup => crate::k!("data-merge-keeps-backup"),
            MergeWinner::Here => crate::k!("data-merge-keeps-here"),
            MergeWinner::Conflict => crate::k!("data-merge-keeps-here-conflict"),
        })
    }
}

/// Compare a backup with the current data and build the merge.
pub fn plan_restore(current: &AppData, backup: &AppData) -> RestorePlan {
    let mut plan = RestorePlan { merged: current.clone(), ..Default::default() };
    let here_ids: BTreeSet<&str> = current.portfolio.clients.iter().map(|c| c.id.as_str()).collect();
    let backup_ids: BTreeSet<&str> = backup.portfolio.clients.iter().map(|c| c.id.as_str()).collect();
    for b in &backup.portfolio.clients {
        match current.portfolio.client(&b.id) {
            None => {
                plan.added.push(b.company.clone());
                plan.merged.portfolio.clients.push(b.clone());
            }
            Some(h) if h == b => plan.unchanged += 1,
            Some(h) => {
                let winner = match (h.updated_at.as_deref(), b.updated_at.as_deref()) {
                    (Some(x), Some(y)) if y > x => MergeWinner::Backup,
                    (Some(x), Some(y)) if x > y => MergeWinner::Here,
                    (None, Some(_)) => MergeWinner::Backup,
                    (Some(_), None) => MergeWinner::Here,
                    _ => MergeWinner::Conflict,
                };
                if winner == MergeWinner::Backup {
                    plan.merged.portfolio.upsert(b.clone());
                }
                plan.changed.push((b.company.clone(), winner));
            }
        }
    }
    plan.only_here =
        current.portfolio.clients.iter().filter(|c| !backup_ids.contains(c.id.as_str())).map(|c| c.company.clone()).collect();
    debug_assert!(here_ids.len() <= current.portfolio.clients.len());
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
    // Scenarios: add the backup's that are not here (by id), renaming on a name clash.
    for s in &backup.scenarios.scenarios {
        if plan.merged.scenarios.get(&s.id).is_none() {
            let _ = plan.merged.scenarios.add(&s.name, s.levers.clone());
        }
    }
    plan
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::first_start_data;

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
        let back = import_backup(text.as_bytes()).unwrap();
        assert_eq!(back.data, data);
        assert_eq!(back.exported_at, "2026-11-23T10:00:00Z");
        assert_eq!(back.migrated_from, None);
        // A byte-order mark from an editor does not matter.
        let with_bom = format!("\u{feff}{text}");
        assert_eq!(import_backup(with_bom.as_bytes()).unwrap().data, data);
    }

    #[test]
    fn damaged_foreign_and_newer_files_are_refused_in_words() {
        let text = export_backup(&sample(), "t").unwrap();
        let edited = text.replacen("184000", "999999", 1);
        assert_ne!(edited, text);
        assert!(import_backup(edited.as_bytes()).unwrap_err().to_string().contains("checksum does not match"));
        assert!(import_backup(&text.as_bytes()[..text.len() / 2]).unwrap_err().to_string().contains("not complete JSON"));
        assert!(import_backup(b"").unwrap_err().to_string().contains("empty"));
        assert!(import_backup(&[0xff, 0xfe, 0x00, 0x41]).unwrap_err().to_string().contains("not UTF-8"));
        assert!(import_backup(b"[1,2]").unwrap_err().to_string().contains("not a backup"));
        assert!(import_backup(br#"{"schema_version":3,"data":{}}"#).unwrap_err().to_string().contains("no backup marker"));
        let newer = text.replacen(&format!("\"schema_version\": {SCHEMA_VERSION}"), "\"schema_version\": 99", 1);
        assert!(import_backup(newer.as_bytes()).unwrap_err().to_string().contains("newer version"));
        let huge = vec![b' '; MAX_BACKUP_BYTES + 1];
        assert!(import_backup(&huge).unwrap_err().to_string().contains("MB"));
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
        let back = import_backup(text.as_bytes()).unwrap();
        let restored = back.data.purchases.unwrap();
        assert_eq!(restored.summary.len(), 30, "every customer, though the document leaves them out");
        assert_eq!(*restored.summary.shared(), *list);
        assert_eq!(restored.bulk, None, "another browser has no such record");
        // Customers that could not be read here: the backup keeps the reference, and says nothing false.
        let mut unread = p.clone();
        unread.summary = Customers::kept_elsewhere(std::sync::Arc::new(Vec::new()));
        here.purchases = Some(Box::new(unread));
        let back = import_backup(export_backup(&here, "t").unwrap().as_bytes()).unwrap();
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
        let back = import_backup(file.as_bytes()).unwrap();
        assert_eq!(back.migrated_from, Some(2));
        assert_eq!(back.data.portfolio.clients[0].company, "Veche SRL");
        assert!(back.data.scenarios.scenarios.is_empty());
    }

    #[test]
    fn merge_keeps_the_newest_edit_and_lists_what_changes() {
        let here = sample();
        let mut theirs = sample();
        // c1: edited later in the backup → backup wins.
        theirs.portfolio.clients[0].company = "Renamed in backup".into();
        theirs.portfolio.clients[0].updated_at = Some("2026-11-20T10:00:00Z".into());
        // c2: differs, no timestamps → conflict, this browser's copy kept.
        theirs.portfolio.clients[1].annual_revenue += 1.0;
        // c3 only here; a new client only in the backup.
        theirs.portfolio.clients.retain(|c| c.id != "c3");
        let mut extra = theirs.portfolio.clients[0].clone();
        extra.id = "c99".into();
        extra.company = "Only In Backup".into();
        theirs.portfolio.clients.push(extra);
        let plan = plan_restore(&here, &theirs);
        assert_eq!(plan.added, vec!["Only In Backup".to_string()]);
        assert_eq!(plan.only_here.len(), 1);
        assert!(plan.changed.contains(&("Renamed in backup".into(), MergeWinner::Backup)));
        assert_eq!(plan.changed.iter().filter(|(_, w)| *w == MergeWinner::Conflict).count(), 1);
        let merged = &plan.merged.portfolio;
        assert_eq!(merged.client("c1").unwrap().company, "Renamed in backup");
        assert_eq!(merged.client("c2").unwrap().annual_revenue, here.portfolio.client("c2").unwrap().annual_revenue);
        assert!(merged.client("c3").is_some(), "a merge never deletes");
        assert!(merged.client("c99").is_some());
        assert_eq!(plan.unchanged, here.portfolio.clients.len() - 3);
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
        let plan = plan_restore(&here, &theirs);
        assert_eq!(plan.purchases, PurchasesMerge::FromBackup(30));
        assert_eq!(plan.merged.purchases, theirs.purchases, "added by the merge");

        let mut mine = here.clone();
        mine.purchases = Some(study(12));
        let plan = plan_restore(&mine, &theirs);
        assert_eq!(plan.purchases, PurchasesMerge::KeptHere);
        assert_eq!(plan.merged.purchases, mine.purchases, "this browser's history is kept");

        let plan = plan_restore(&mine, &here);
        assert_eq!(plan.purchases, PurchasesMerge::None);
        assert_eq!(plan.merged.purchases, mine.purchases, "a backup without a history removes nothing");
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
        assert_eq!(plan_restore(&none, &theirs).merged.retention, theirs.retention, "added by the merge");
        assert_eq!(plan_restore(&mine, &theirs).merged.retention, mine.retention, "this browser's is kept");
        assert_eq!(plan_restore(&mine, &none).merged.retention, mine.retention);
    }
}

//! The stored document of schema version 3, pinned byte for byte: `tests/fixtures/store_v3.json`
//! has every field of the stored data filled with a value that is not its default (every client
//! field and record kind, the dossier's projects and every section, scenarios with every lever,
//! every setting, a purchase study with messages of every argument kind, a retention study). Reading it and writing
//! it back must give the same bytes, so a change to the stored types that would drop, rename or
//! re-shape a field fails here (and then needs a schema version and a migration).

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests: a failed unwrap is a failed test

use std::path::Path;

use retention_calculator::engine::model::Section;
use retention_calculator::engine::model::Stage;
use retention_calculator::engine::purchases::ModelChoice;
use retention_calculator::engine::retention::Curve;
use retention_calculator::store::{decode, encode_stamped, SCHEMA_VERSION};
use serde_json::Value;

fn fixture() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/store_v3.json");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Where two texts first differ, with some context, instead of two 8 KB strings.
fn first_difference(expected: &str, actual: &str) -> Option<String> {
    let at = expected.bytes().zip(actual.bytes()).position(|(a, b)| a != b);
    let at = match at {
        Some(i) => i,
        None if expected.len() == actual.len() => return None,
        None => expected.len().min(actual.len()),
    };
    let around = |s: &str| {
        let mut from = at.saturating_sub(60).min(s.len());
        while !s.is_char_boundary(from) {
            from -= 1;
        }
        let mut to = (at + 60).min(s.len());
        while !s.is_char_boundary(to) {
            to += 1;
        }
        s[from..to].to_string()
    };
    Some(format!(
        "first difference at byte {at} (lengths {} and {}):\n fixture: …{}…\n written: …{}…",
        expected.len(),
        actual.len(),
        around(expected),
        around(actual)
    ))
}

#[test]
fn the_version_3_document_reads_and_writes_back_byte_for_byte() {
    let raw = fixture();
    let (env, migrated) = decode(&raw).expect("the fixture reads");
    assert_eq!(migrated, None, "version 3 needs no migration");
    assert_eq!(env.schema_version, 3);
    assert_eq!(SCHEMA_VERSION, 3, "a new schema version needs a fixture of its own (and this one kept for the migration)");
    assert_eq!((env.revision, env.saved_at.as_str()), (42, "2026-11-23T09:30:00Z"));
    assert_eq!(env.writer.as_deref(), Some("0b5e7c1a-2f4d-4e8b-9a61-3c7d2e9f4a10"), "the tab that wrote the revision");

    // What a user would notice if it were lost.
    let data = &env.data;
    assert_eq!(data.portfolio.name, "Northwind Agency");
    assert_eq!(data.portfolio.currency, "RON");
    let ardent = &data.portfolio.clients[0];
    assert_eq!(ardent.company, "Ardent Logistics SRL");
    assert_eq!(ardent.stage, Stage::WonBack);
    assert_eq!(ardent.lost_on.map(|d| d.to_string()).as_deref(), Some("2024-05-31"));
    assert_eq!(ardent.annual_revenue, 84_500.5);
    assert_eq!(ardent.contacts[0].email, "ioana.marin@ardent.example");
    assert_eq!(ardent.interactions[1].note, "Late delivery in Cluj.");
    assert_eq!(ardent.interactions[1].id.as_deref(), Some("2cc9d354-d76f-4970-b440-6663d3e1ec74"), "records keep their ids");
    assert_eq!(ardent.ratings[0].nps, Some(9));
    let benefit = &ardent.dossier.entries[1];
    assert_eq!(benefit.section, Section::BenefitsToClient);
    assert_eq!((benefit.description.as_str(), benefit.value, benefit.hours), ("Route plan saved them fuel", 4_250.0, Some(12.5)));
    assert_eq!(ardent.dossier.projects[0].price, 32_000.0);
    assert_eq!(data.portfolio.clients[1].company, "Boreal Foods SA");
    let care = &data.scenarios.scenarios[0];
    assert_eq!((care.name.as_str(), care.levers.retention), ("Better care", 0.9));
    assert!(care.levers.fitted_curve, "the scenario follows the fitted curve");
    let retention = data.retention.as_ref().expect("a retention study");
    assert_eq!(retention.source.as_deref(), Some("regular"));
    assert_eq!(retention.curve, Curve::sbg(0.704, 1.182).unwrap());
    assert_eq!(data.scenarios.baseline.as_ref().map(|l| l.retention), Some(0.82));
    assert!(!data.scenarios.follow_portfolio);
    assert_eq!(data.settings.language.as_deref(), Some("ro"));
    assert_eq!(data.settings.risk_weights.silence.weight, 20.0);
    let study = data.purchases.as_ref().expect("a purchase study");
    assert_eq!(study.model, ModelChoice::ParetoNbd);
    assert_eq!(study.summary[0].monetary, 412.35);
    // The later models, their standard errors and a history counted per occasion.
    assert_eq!(study.mbgnbd.as_ref().map(|f| f.params.alpha), Some(6.183));
    assert_eq!(study.uncertainty.gamma.as_ref().map(|u| u.params.len()), Some(3));
    assert_eq!(study.parked_tracking[0].points[1].predicted, 5.875);
    let occasions = study.occasions.as_ref().expect("a history counted per year");
    assert_eq!(occasions.histories.iter().map(|h| h.weight).sum::<f64>(), 4726.0);
    assert_eq!(occasions.fit.as_ref().map(|f| f.params.delta), Some(2.783));
    // Stored messages read back as messages, in words.
    assert_eq!(study.problems[0].english(), "Gamma-Gamma: the spend model needs at least 3 customers with repeat purchases");
    assert!(study.problems[1].english().starts_with("25,000 customers are too many"), "{}", study.problems[1].english());
    assert_eq!(study.problems[3].english(), "8/10 on 2026-10-05");

    let written = encode_stamped(&env.data, &env.stamp(), &env.saved_at).expect("it writes");
    if let Some(diff) = first_difference(&raw, &written) {
        panic!("the version 3 document does not write back as it was read: {diff}");
    }
}

#[derive(Clone, Debug)]
enum Seg {
    Key(String),
    Index(usize),
}

fn show(path: &[Seg]) -> String {
    let mut out = String::new();
    for seg in path {
        match seg {
            Seg::Key(k) if out.is_empty() => out.push_str(k),
            Seg::Key(k) => {
                out.push('.');
                out.push_str(k);
            }
            Seg::Index(i) => out.push_str(&format!("[{i}]")),
        }
    }
    out
}

/// Every value in the document with its path, the document itself first.
fn walk<'a>(value: &'a Value, path: &mut Vec<Seg>, out: &mut Vec<(Vec<Seg>, &'a Value)>) {
    out.push((path.clone(), value));
    match value {
        Value::Object(members) => {
            for (k, v) in members {
                path.push(Seg::Key(k.clone()));
                walk(v, path, out);
                path.pop();
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                path.push(Seg::Index(i));
                walk(v, path, out);
                path.pop();
            }
        }
        _ => {}
    }
}

fn get<'a>(value: &'a Value, path: &[Seg]) -> Option<&'a Value> {
    path.iter().try_fold(value, |v, seg| match seg {
        Seg::Key(k) => v.get(k.as_str()),
        Seg::Index(i) => v.get(*i),
    })
}

/// The document without the object member at `path`.
fn without(value: &Value, path: &[Seg]) -> Value {
    let mut out = value.clone();
    let (last, parent) = path.split_last().expect("a member, not the document");
    let parent = parent.iter().try_fold(&mut out, |v, seg| match seg {
        Seg::Key(k) => v.get_mut(k.as_str()),
        Seg::Index(i) => v.get_mut(*i),
    });
    if let (Some(Value::Object(members)), Seg::Key(k)) = (parent, last) {
        members.remove(k);
    }
    out
}

/// Values that are their field's default on purpose.
const DEFAULT_ON_PURPOSE: &[&str] = &[
    // The dossier has an entry of every section, so one of them is in the default section.
    "data.portfolio.clients[0].dossier.entries[0].section",
    "data.portfolio.clients[1].dossier.entries[0].section",
];

/// Members of the document that hold their default value: every member the reader can do without
/// (it has a serde default, or is left out when it has its default) must hold something else than
/// what reading without it gives. A member the reader needs makes the reading fail when removed.
fn members_holding_their_default(doc: &Value) -> Vec<String> {
    let mut all = Vec::new();
    walk(doc, &mut Vec::new(), &mut all);
    let mut defaults = Vec::new();
    for (path, value) in all.iter().filter(|(p, _)| matches!(p.last(), Some(Seg::Key(_)))) {
        let Ok((env, _)) = decode(&without(doc, path).to_string()) else { continue };
        let written: Value = serde_json::from_str(&encode_stamped(&env.data, &env.stamp(), &env.saved_at).unwrap()).unwrap();
        let shown = show(path);
        if get(&written, path) == Some(*value) && !DEFAULT_ON_PURPOSE.contains(&shown.as_str()) {
            defaults.push(shown);
        }
    }
    defaults
}

#[test]
fn the_version_3_document_has_every_field_filled() {
    let doc: Value = serde_json::from_str(&fixture()).expect("JSON");
    let mut all = Vec::new();
    walk(&doc, &mut Vec::new(), &mut all);
    assert!(all.len() > 400, "{} values: the fixture lost its content", all.len());

    // Nothing empty: no null, no empty list, text or object.
    let empty: Vec<String> = all
        .iter()
        .filter(|(_, v)| match v {
            Value::Null => true,
            Value::String(s) => s.is_empty(),
            Value::Array(a) => a.is_empty(),
            Value::Object(o) => o.is_empty(),
            _ => false,
        })
        .map(|(path, _)| show(path))
        .collect();
    assert!(empty.is_empty(), "empty values in the fixture: {empty:#?}");

    // Nothing at its default either.
    let defaults = members_holding_their_default(&doc);
    assert!(defaults.is_empty(), "members of the fixture holding their default value: {defaults:#?}");
}

#[test]
fn the_default_check_finds_defaults() {
    // The check above is not vacuous: a client that is not archived, a portfolio in euros and a
    // scenario book that follows the portfolio are all at their defaults.
    let mut doc: Value = serde_json::from_str(&fixture()).unwrap();
    doc["data"]["portfolio"]["clients"][1]["archived"] = Value::Bool(false);
    doc["data"]["portfolio"]["currency"] = Value::from("EUR");
    doc["data"]["scenarios"]["follow_portfolio"] = Value::Bool(true);
    assert_eq!(
        members_holding_their_default(&doc),
        ["data.portfolio.clients[1].archived", "data.portfolio.currency", "data.scenarios.follow_portfolio"]
    );
}

/// Every kind of record (contacts, revenue history, interactions, care, ratings, the dossier's
/// projects and entries) and every other part of the fixture travels in a backup and comes back
/// equal; the fixture, a document with every field filled, also passes the forms' rules.
#[test]
fn every_record_of_the_full_document_travels_in_a_backup_and_passes_the_forms_rules() {
    use retention_calculator::store::backup::{export_backup, import_backup};
    let (env, _) = decode(&fixture()).unwrap();
    let text = export_backup(&env.data, "2026-11-23T10:00:00Z").unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    let back = import_backup(text.as_bytes(), today).unwrap_or_else(|e| panic!("{e}"));
    let (a, b) = (&env.data.portfolio.clients[0], &back.data.portfolio.clients[0]);
    assert!(!a.contacts.is_empty() && !a.revenue_history.is_empty() && !a.interactions.is_empty());
    assert!(!a.care_activities.is_empty() && !a.ratings.is_empty() && !a.dossier.projects.is_empty());
    assert_eq!((&b.contacts, &b.revenue_history, &b.interactions), (&a.contacts, &a.revenue_history, &a.interactions));
    assert_eq!((&b.care_activities, &b.ratings, &b.dossier), (&a.care_activities, &a.ratings, &a.dossier));
    // The per-customer summary goes inline into the file; apart from that, all is the same.
    let mut expected = env.data.clone();
    let mut got = back.data.clone();
    expected.purchases = None;
    got.purchases = None;
    assert_eq!(got, expected);
}

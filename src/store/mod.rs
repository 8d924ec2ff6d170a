//! Persistence: the versioned schema, migrations, and the storage adapter.
//!
//! The logic (what to load, when a save must not overwrite) is written against the small
//! [`KeyValue`] trait so it is tested natively with [`MemoryKv`]; the browser's localStorage
//! implements the same trait in [`local`]. UI effects call this module; reducers never do.

pub mod backup;
pub mod bulk;
pub mod schema;

#[cfg(target_arch = "wasm32")]
pub mod local;

#[cfg(target_arch = "wasm32")]
pub mod idb;

use std::cell::RefCell;
use std::collections::HashMap;

pub use schema::{decode, encode, AppData, Envelope, LoadError, Settings, SCHEMA_VERSION};

use crate::engine::sample::demo_portfolio;
use crate::i18n::Text;

/// The localStorage key of the app's data.
pub const STORAGE_KEY: &str = "retention-calculator";
/// Where the pre-migration text is kept after a migration, in case it is ever needed.
pub const PRE_MIGRATION_KEY: &str = "retention-calculator.before-migration";

/// A failure of the underlying storage.
#[derive(Clone, Debug, PartialEq)]
pub enum StorageError {
    /// Storage is switched off or not allowed (private mode, a policy, a sandboxed frame): why.
    Unavailable(Text),
    /// The browser's quota for this site is used up.
    QuotaExceeded,
    /// Another failure, as the browser reported it.
    Other(Text),
}

impl StorageError {
    /// What happened and what to do, in the reader's language.
    pub fn explain(&self) -> Text {
        match self {
            StorageError::Unavailable(e) => Text::new("data-store-unavailable").arg("reason", e.clone()),
            StorageError::QuotaExceeded => Text::new("data-store-full"),
            StorageError::Other(e) => Text::new("data-store-failed").arg("reason", e.clone()),
        }
    }
}

/// A minimal key-value storage: localStorage in the browser, a map in tests.
pub trait KeyValue {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError>;
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError>;
    fn remove(&self, key: &str) -> Result<(), StorageError>;
}

/// What the app finds in storage at start.
#[derive(Clone, Debug, PartialEq)]
// One value, made once at start: boxing the large variant would buy nothing.
#[allow(clippy::large_enum_variant)]
pub enum LoadOutcome {
    /// Nothing stored yet: a first start.
    Missing,
    /// Data of this or an older (now migrated) version.
    Loaded { envelope: Envelope, migrated_from: Option<u32> },
    /// Stored text that cannot be opened; it must not be overwritten without the user's say.
    Broken { raw: String, problem: LoadError },
    /// Storage cannot be read at all.
    Unavailable(StorageError),
}

/// Why a save did not happen.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveError {
    /// Another tab saved a newer revision since this tab last loaded or saved.
    Conflict(Box<Envelope>),
    /// What is stored now cannot be read; it is left alone.
    Broken(LoadError),
    Storage(StorageError),
    Encode(String),
}

impl SaveError {
    /// What happened and what to do, in the reader's language.
    pub fn explain(&self) -> Text {
        match self {
            SaveError::Conflict(_) => Text::new("data-store-conflict"),
            SaveError::Broken(p) => Text::new("data-store-broken").arg("problem", p.explain()),
            SaveError::Storage(e) => e.explain(),
            SaveError::Encode(e) => Text::new("data-store-encode").arg("reason", e.as_str()),
        }
    }
}

/// The app's store over some key-value storage.
pub struct Store<K: KeyValue> {
    pub kv: K,
}

impl<K: KeyValue> Store<K> {
    pub fn new(kv: K) -> Self {
        Store { kv }
    }

    /// Read and migrate the stored data.
    pub fn load(&self) -> LoadOutcome {
        match self.kv.get(STORAGE_KEY) {
            Err(e) => LoadOutcome::Unavailable(e),
            Ok(None) => LoadOutcome::Missing,
            Ok(Some(raw)) => Self::interpret(raw),
        }
    }

    /// Interpret a stored text (also used for the `storage` event from another tab).
    pub fn interpret(raw: String) -> LoadOutcome {
        match decode(&raw) {
            Ok((envelope, migrated_from)) => LoadOutcome::Loaded { envelope, migrated_from },
            Err(problem) => LoadOutcome::Broken { raw, problem },
        }
    }

    /// Keep a copy of the text a migration started from (best effort: a full quota only
    /// means no copy is kept).
    pub fn keep_pre_migration_copy(&self, raw: &str) {
        let _ = self.kv.set(PRE_MIGRATION_KEY, raw);
    }

    /// Save `data` as the next revision after `base_revision`, the revision this tab last
    /// loaded or saved. Refuses when storage holds a newer revision (another tab saved) or
    /// something unreadable. A failed write leaves the stored text as it was.
    pub fn save(&self, data: &AppData, base_revision: u64, now: &str) -> Result<u64, SaveError> {
        if let Some(raw) = self.kv.get(STORAGE_KEY).map_err(SaveError::Storage)? {
            match decode(&raw) {
                Ok((theirs, _)) if theirs.revision > base_revision => {
                    return Err(SaveError::Conflict(Box::new(theirs)));
                }
                Ok(_) => {}
                Err(p) => return Err(SaveError::Broken(p)),
            }
        }
        let revision = base_revision + 1;
        let text = encode(data, revision, now).map_err(SaveError::Encode)?;
        self.kv.set(STORAGE_KEY, &text).map_err(SaveError::Storage)?;
        Ok(revision)
    }

    /// Write `data` regardless of what is stored: only on the user's explicit choice
    /// (start fresh on the recovery screen, keep my version in a conflict).
    pub fn overwrite(&self, data: &AppData, revision: u64, now: &str) -> Result<u64, SaveError> {
        let text = encode(data, revision, now).map_err(SaveError::Encode)?;
        self.kv.set(STORAGE_KEY, &text).map_err(SaveError::Storage)?;
        Ok(revision)
    }
}

/// About what browsers allow one site in localStorage: 5 million UTF-16 code units (10 MB of
/// memory); this app counts 2 bytes a unit like the browser, so the figure is 10 MB.
pub const STORAGE_QUOTA_BYTES: usize = 10 * 1024 * 1024;

/// The size of each part of the data as stored (UTF-16 bytes, as the quota counts), largest first,
/// with the part's name in the reader's language.
pub fn part_sizes(data: &AppData) -> Vec<(Text, usize)> {
    let size = |v: Result<String, serde_json::Error>| v.map(|s| s.encode_utf16().count() * 2).unwrap_or(0);
    let p = &data.portfolio;
    let records: usize = p
        .clients
        .iter()
        .map(|c| size(serde_json::to_string(&(&c.interactions, &c.care_activities, &c.ratings, &c.contacts, &c.revenue_history))))
        .sum();
    let mut parts = vec![
        (Text::new("data-part-clients"), size(serde_json::to_string(p))),
        (Text::new("data-part-records"), records),
        (Text::new("data-part-scenarios"), size(serde_json::to_string(&data.scenarios))),
        (Text::new("data-part-settings"), size(serde_json::to_string(&data.settings))),
        (Text::new("data-part-purchases"), size(serde_json::to_string(&data.purchases))),
    ];
    parts.sort_by_key(|p| std::cmp::Reverse(p.1));
    parts
}

/// The data of a first start on `today`: the demo portfolio with its dates moved up to today.
pub fn first_start_data_on(today: chrono::NaiveDate) -> AppData {
    AppData { portfolio: crate::engine::sample::demo_portfolio_on(today), ..first_start_data() }
}

/// The data of a first start: the demo portfolio and default settings.
pub fn first_start_data() -> AppData {
    AppData {
        portfolio: demo_portfolio(),
        settings: Settings::default(),
        scenarios: Default::default(),
        purchases: None,
        retention: None,
    }
}

/// An in-memory [`KeyValue`] for tests, which can be told to fail writes like a full quota.
#[derive(Default)]
pub struct MemoryKv {
    pub map: RefCell<HashMap<String, String>>,
    pub fail_writes: RefCell<Option<StorageError>>,
}

impl KeyValue for MemoryKv {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        Ok(self.map.borrow().get(key).cloned())
    }
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        if let Some(e) = self.fail_writes.borrow().clone() {
            return Err(e);
        }
        self.map.borrow_mut().insert(key.to_string(), value.to_string());
        Ok(())
    }
    fn remove(&self, key: &str) -> Result<(), StorageError> {
        self.map.borrow_mut().remove(key);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: &str = "2026-11-23T10:00:00Z";

    #[test]
    fn a_missing_store_starts_with_the_demo_portfolio() {
        let store = Store::new(MemoryKv::default());
        assert_eq!(store.load(), LoadOutcome::Missing);
        let data = first_start_data();
        assert!(data.portfolio.clients.len() >= 5);
        assert!(data.portfolio.clients.iter().all(|c| c.demo), "demo clients are marked as demo");
        let rev = store.save(&data, 0, NOW).unwrap();
        assert_eq!(rev, 1);
        match store.load() {
            LoadOutcome::Loaded { envelope, migrated_from: None } => assert_eq!(envelope.data, data),
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn a_broken_or_newer_store_is_never_overwritten() {
        for raw in ["{\"schema_version\":2,\"revis", r#"{"schema_version":9,"revision":4,"data":{}}"#] {
            let store = Store::new(MemoryKv::default());
            store.kv.set(STORAGE_KEY, raw).unwrap();
            assert!(matches!(store.load(), LoadOutcome::Broken { .. }));
            let err = store.save(&first_start_data(), 0, NOW).unwrap_err();
            assert!(matches!(err, SaveError::Broken(_)));
            assert_eq!(store.kv.get(STORAGE_KEY).unwrap().as_deref(), Some(raw), "stored text untouched");
        }
    }

    #[test]
    fn a_failed_write_keeps_the_previous_save() {
        let store = Store::new(MemoryKv::default());
        let mut data = first_start_data();
        let rev = store.save(&data, 0, NOW).unwrap();
        let before = store.kv.get(STORAGE_KEY).unwrap();
        data.portfolio.clients[0].company = "Edited while full".into();
        *store.kv.fail_writes.borrow_mut() = Some(StorageError::QuotaExceeded);
        let err = store.save(&data, rev, NOW).unwrap_err();
        assert_eq!(err, SaveError::Storage(StorageError::QuotaExceeded));
        assert!(err.explain().to_string().contains("full"), "the user is told in words");
        assert_eq!(store.kv.get(STORAGE_KEY).unwrap(), before, "previous save intact");
        // Space freed: the retry saves the edit that was kept in memory.
        *store.kv.fail_writes.borrow_mut() = None;
        assert_eq!(store.save(&data, rev, NOW), Ok(rev + 1));
        match store.load() {
            LoadOutcome::Loaded { envelope, .. } => {
                assert_eq!(envelope.data.portfolio.clients[0].company, "Edited while full")
            }
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn a_tab_never_silently_overwrites_another_tabs_newer_save() {
        let store = Store::new(MemoryKv::default());
        let data = first_start_data();
        let r1 = store.save(&data, 0, NOW).unwrap();
        // Tab A and tab B both loaded revision r1. Tab B saves first.
        let mut b = data.clone();
        b.portfolio.currency = "RON".into();
        let r2 = store.save(&b, r1, NOW).unwrap();
        // Tab A now tries to save from r1: refused, and it is handed tab B's data.
        let mut a = data.clone();
        a.portfolio.name = "Tab A".into();
        match store.save(&a, r1, NOW) {
            Err(SaveError::Conflict(theirs)) => {
                assert_eq!(theirs.revision, r2);
                assert_eq!(theirs.data.portfolio.currency, "RON");
            }
            other => panic!("expected a conflict, got {other:?}"),
        }
        // Having taken tab B's revision into account, tab A can save on top of it.
        assert_eq!(store.save(&a, r2, NOW), Ok(r2 + 1));
    }

    #[test]
    fn migration_keeps_a_copy_of_the_old_text() {
        let store = Store::new(MemoryKv::default());
        let v1 = r#"{"schema_version":1,"revision":2,"clients":[]}"#;
        store.kv.set(STORAGE_KEY, v1).unwrap();
        let LoadOutcome::Loaded { migrated_from: Some(1), envelope } = store.load() else {
            panic!("v1 must load with a migration")
        };
        store.keep_pre_migration_copy(v1);
        assert_eq!(store.save(&envelope.data, envelope.revision, NOW), Ok(3));
        assert_eq!(store.kv.get(PRE_MIGRATION_KEY).unwrap().as_deref(), Some(v1));
    }
}

//! Persistence: the versioned schema, migrations, and the storage adapter.
//!
//! The logic (what to load, when a save must not overwrite) is written against the small
//! [`KeyValue`] trait so it is tested natively with [`MemoryKv`]; the browser's localStorage
//! implements the same trait in [`local`]. UI effects call this module; reducers never do.

pub mod backup;
pub mod bulk;
pub mod ids;
pub mod schema;

#[cfg(target_arch = "wasm32")]
pub mod local;

#[cfg(target_arch = "wasm32")]
pub mod idb;

use std::cell::RefCell;
use std::collections::HashMap;

pub use schema::{decode, decode_current, encode, encode_stamped, AppData, Envelope, LoadError, Settings, Stamp, SCHEMA_VERSION};

use crate::engine::sample::demo_portfolio;
use crate::i18n::Text;

/// The localStorage key of the app's data.
pub const STORAGE_KEY: &str = "retention-calculator";
/// Where the pre-migration text is kept after a migration, in case it is ever needed.
pub const PRE_MIGRATION_KEY: &str = "retention-calculator.before-migration";
/// When that copy was written (ISO 8601): it is removed 30 days later, or once a backup was
/// downloaded after it.
pub const PRE_MIGRATION_AT_KEY: &str = "retention-calculator.before-migration.kept-at";
/// Days the pre-migration copy is kept when no backup is downloaded.
pub const PRE_MIGRATION_DAYS: i64 = 30;

/// What became of the pre-migration copy.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PreMigration {
    /// Written now.
    Kept,
    /// A copy was already there (written once, never again).
    AlreadyKept,
    /// Not written: with the document it would take more than half of the storage quota.
    TooLarge,
    /// Not written: the browser refused.
    Refused,
}

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
    /// The data cannot be written so that it reads back (why, in words).
    Encode(Text),
    /// The stored revision number is at its limit (only a hand-edited store gets there).
    RevisionLimit,
}

impl SaveError {
    /// What happened and what to do, in the reader's language.
    pub fn explain(&self) -> Text {
        match self {
            SaveError::Conflict(_) => Text::new("data-store-conflict"),
            SaveError::Broken(p) => Text::new("data-store-broken").arg("problem", p.explain()),
            SaveError::Storage(e) => e.explain(),
            SaveError::Encode(e) => Text::new("data-store-encode").arg("reason", e.clone()),
            SaveError::RevisionLimit => Text::new("data-store-revision-limit"),
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

    /// Read the stored data only if it needs nothing but reading: nothing stored yet, or a
    /// readable document of the current version. `None` for a migration, an unreadable text or
    /// unavailable storage (the full app's [`Store::load`] deals with those).
    pub fn load_current(&self) -> Option<LoadOutcome> {
        match self.kv.get(STORAGE_KEY) {
            Err(_) => None,
            Ok(None) => Some(LoadOutcome::Missing),
            Ok(Some(raw)) => decode_current(&raw).map(|envelope| LoadOutcome::Loaded { envelope, migrated_from: None }),
        }
    }

    /// Interpret a stored text (also used for the `storage` event from another tab).
    pub fn interpret(raw: String) -> LoadOutcome {
        match decode(&raw) {
            Ok((envelope, migrated_from)) => LoadOutcome::Loaded { envelope, migrated_from },
            Err(problem) => LoadOutcome::Broken { raw, problem },
        }
    }

    /// Keep a copy of the text a migration started from, once: never rewritten while one is
    /// there, and only when the copy and the document (`document_bytes`, UTF-16 as the quota
    /// counts) take at most half of [`STORAGE_QUOTA_BYTES`], so the copy alone can never fill the
    /// quota. A refusal only means no copy is kept.
    pub fn keep_pre_migration_copy(&self, raw: &str, document_bytes: usize, now: &str) -> PreMigration {
        if matches!(self.kv.get(PRE_MIGRATION_KEY), Ok(Some(_))) {
            return PreMigration::AlreadyKept;
        }
        let copy_bytes = (raw.encode_utf16().count() + now.len()) * 2;
        if copy_bytes.saturating_add(document_bytes) > STORAGE_QUOTA_BYTES / 2 {
            return PreMigration::TooLarge;
        }
        if self.kv.set(PRE_MIGRATION_AT_KEY, now).is_err() || self.kv.set(PRE_MIGRATION_KEY, raw).is_err() {
            self.remove_pre_migration_copy();
            return PreMigration::Refused;
        }
        PreMigration::Kept
    }

    /// Remove the pre-migration copy once a backup was downloaded after it was kept, or
    /// [`PRE_MIGRATION_DAYS`] after it was kept. A copy without a date (an older build wrote it)
    /// is dated now. Returns whether it was removed.
    pub fn expire_pre_migration_copy(&self, last_backup_at: Option<&str>, now: &str) -> bool {
        if !matches!(self.kv.get(PRE_MIGRATION_KEY), Ok(Some(_))) {
            return false;
        }
        let Ok(Some(kept_at)) = self.kv.get(PRE_MIGRATION_AT_KEY) else {
            let _ = self.kv.set(PRE_MIGRATION_AT_KEY, now);
            return false;
        };
        let instant = |t: &str| chrono::DateTime::parse_from_rfc3339(t).ok().map(|d| d.with_timezone(&chrono::Utc));
        let (Some(kept), Some(now)) = (instant(&kept_at), instant(now)) else {
            // An unreadable date: start the 30 days again rather than keep the copy for ever.
            let _ = self.kv.set(PRE_MIGRATION_AT_KEY, now);
            return false;
        };
        let backed_up = last_backup_at.and_then(instant).is_some_and(|b| b > kept);
        if backed_up || (now - kept).num_days() >= PRE_MIGRATION_DAYS {
            self.remove_pre_migration_copy();
            return true;
        }
        false
    }

    fn remove_pre_migration_copy(&self) {
        let _ = self.kv.remove(PRE_MIGRATION_KEY);
        let _ = self.kv.remove(PRE_MIGRATION_AT_KEY);
    }

    /// Save `data` as the next revision after `base`, the revision this tab last loaded or saved,
    /// written by `writer` (this tab's id). Refuses when storage holds anything else than `base`
    /// (another tab saved, even with the same revision number, or started fresh) or something
    /// unreadable, and when the data would not read back. A failed write leaves the stored text
    /// as it was; when the quota is full and a pre-migration copy is there, the copy is removed
    /// and the write tried once more (the copy must never be why a save fails).
    pub fn save(&self, data: &AppData, base: &Stamp, writer: &str, now: &str) -> Result<Stamp, SaveError> {
        let mut stored_revision = 0;
        if let Some(raw) = self.kv.get(STORAGE_KEY).map_err(SaveError::Storage)? {
            match decode(&raw) {
                Ok((theirs, _)) if theirs.stamp() != *base => {
                    return Err(SaveError::Conflict(Box::new(theirs)));
                }
                Ok((theirs, _)) => stored_revision = theirs.revision,
                Err(p) => return Err(SaveError::Broken(p)),
            }
        }
        let revision = base.revision.max(stored_revision).checked_add(1).ok_or(SaveError::RevisionLimit)?;
        let stamp = Stamp { revision, writer: Some(writer.to_string()) };
        self.write(data, &stamp, now)?;
        Ok(stamp)
    }

    /// Write `data` as `stamp`, removing the pre-migration copy and trying again once if the
    /// quota is full.
    fn write(&self, data: &AppData, stamp: &Stamp, now: &str) -> Result<(), SaveError> {
        let text = encode_stamped(data, stamp, now).map_err(SaveError::Encode)?;
        match self.kv.set(STORAGE_KEY, &text) {
            Err(StorageError::QuotaExceeded) if matches!(self.kv.get(PRE_MIGRATION_KEY), Ok(Some(_))) => {
                self.remove_pre_migration_copy();
                self.kv.set(STORAGE_KEY, &text).map_err(SaveError::Storage)
            }
            r => r.map_err(SaveError::Storage),
        }
    }

    /// Start fresh with `data` over what is stored (the recovery screen, on the user's explicit
    /// choice), as a revision above any seen: above `seen` (the highest this tab knows of) and the
    /// revision the stored text names, even when it cannot be read. With the writer id, a tab that
    /// still holds older data sees a different stamp and does not write over it.
    pub fn start_fresh(&self, data: &AppData, seen: u64, writer: &str, now: &str) -> Result<Stamp, SaveError> {
        let stored = self.kv.get(STORAGE_KEY).map_err(SaveError::Storage)?;
        let named = stored.as_deref().map(revision_named).unwrap_or(0);
        // Saturating: at the limit the writer id still tells this start apart.
        let revision = seen.max(named).saturating_add(1);
        let stamp = Stamp { revision, writer: Some(writer.to_string()) };
        self.write(data, &stamp, now)?;
        Ok(stamp)
    }
}

/// The revision a stored text names, read leniently (the text may be cut short or not JSON):
/// the number after the first `"revision":`, 0 when there is none.
pub fn revision_named(raw: &str) -> u64 {
    let Some(at) = raw.find("\"revision\"") else { return 0 };
    let rest = raw[at + "\"revision\"".len()..].trim_start();
    let Some(rest) = rest.strip_prefix(':') else { return 0 };
    let digits: String = rest.trim_start().chars().take_while(char::is_ascii_digit).collect();
    // More digits than a u64 holds: the largest.
    if digits.is_empty() {
        0
    } else {
        digits.parse().unwrap_or(u64::MAX)
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
    crate::engine::util::sort::sort_by_key(&mut parts, |p| std::cmp::Reverse(p.1));
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

    fn base(revision: u64, writer: &str) -> Stamp {
        Stamp { revision, writer: (!writer.is_empty()).then(|| writer.to_string()) }
    }

    #[test]
    fn a_missing_store_starts_with_the_demo_portfolio() {
        let store = Store::new(MemoryKv::default());
        assert_eq!(store.load(), LoadOutcome::Missing);
        let data = first_start_data();
        assert!(data.portfolio.clients.len() >= 5);
        assert!(data.portfolio.clients.iter().all(|c| c.demo), "demo clients are marked as demo");
        let stamp = store.save(&data, &Stamp::default(), "tab-a", NOW).unwrap();
        assert_eq!(stamp, base(1, "tab-a"));
        match store.load() {
            LoadOutcome::Loaded { envelope, migrated_from: None } => {
                assert_eq!(envelope.data, data);
                assert_eq!(envelope.stamp(), stamp, "the writer is stored with the revision");
            }
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn a_broken_or_newer_store_is_never_overwritten() {
        for raw in ["{\"schema_version\":2,\"revis", r#"{"schema_version":9,"revision":4,"data":{}}"#] {
            let store = Store::new(MemoryKv::default());
            store.kv.set(STORAGE_KEY, raw).unwrap();
            assert!(matches!(store.load(), LoadOutcome::Broken { .. }));
            let err = store.save(&first_start_data(), &Stamp::default(), "a", NOW).unwrap_err();
            assert!(matches!(err, SaveError::Broken(_)));
            assert_eq!(store.kv.get(STORAGE_KEY).unwrap().as_deref(), Some(raw), "stored text untouched");
        }
    }

    #[test]
    fn a_failed_write_keeps_the_previous_save() {
        let store = Store::new(MemoryKv::default());
        let mut data = first_start_data();
        let stamp = store.save(&data, &Stamp::default(), "a", NOW).unwrap();
        let before = store.kv.get(STORAGE_KEY).unwrap();
        data.portfolio.clients[0].company = "Edited while full".into();
        *store.kv.fail_writes.borrow_mut() = Some(StorageError::QuotaExceeded);
        let err = store.save(&data, &stamp, "a", NOW).unwrap_err();
        assert_eq!(err, SaveError::Storage(StorageError::QuotaExceeded));
        assert!(err.explain().to_string().contains("full"), "the user is told in words");
        assert_eq!(store.kv.get(STORAGE_KEY).unwrap(), before, "previous save intact");
        // Space freed: the retry saves the edit that was kept in memory.
        *store.kv.fail_writes.borrow_mut() = None;
        assert_eq!(store.save(&data, &stamp, "a", NOW), Ok(base(2, "a")));
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
        let r1 = store.save(&data, &Stamp::default(), "a", NOW).unwrap();
        // Tab A and tab B both loaded r1. Tab B saves first.
        let mut b = data.clone();
        b.portfolio.currency = "RON".into();
        let r2 = store.save(&b, &r1, "b", NOW).unwrap();
        // Tab A now tries to save from r1: refused, and it is handed tab B's data.
        let mut a = data.clone();
        a.portfolio.name = "Tab A".into();
        match store.save(&a, &r1, "a", NOW) {
            Err(SaveError::Conflict(theirs)) => {
                assert_eq!(theirs.stamp(), r2);
                assert_eq!(theirs.data.portfolio.currency, "RON");
            }
            other => panic!("expected a conflict, got {other:?}"),
        }
        // Having taken tab B's revision into account, tab A can save on top of it.
        assert_eq!(store.save(&a, &r2, "a", NOW), Ok(base(3, "a")));
    }

    #[test]
    fn two_tabs_writing_the_same_revision_number_are_told_apart_by_their_writer() {
        let store = Store::new(MemoryKv::default());
        let r1 = store.save(&first_start_data(), &Stamp::default(), "a", NOW).unwrap();
        // Both tabs read r1 at the same moment and both write revision 2: B's write lands last.
        let mut a = first_start_data();
        a.portfolio.name = "Tab A".into();
        let a2 = store.save(&a, &r1, "a", NOW).unwrap();
        let mut b = first_start_data();
        b.portfolio.name = "Tab B".into();
        store.kv.set(STORAGE_KEY, &encode_stamped(&b, &base(2, "b"), NOW).unwrap()).unwrap();
        assert_eq!(a2.revision, 2);
        // Tab A saves again from its revision 2: the stored revision 2 is B's, so A is refused
        // and handed B's data instead of writing revision 3 over it.
        a.portfolio.currency = "BGN".into();
        match store.save(&a, &a2, "a", NOW) {
            Err(SaveError::Conflict(theirs)) => assert_eq!(theirs.data.portfolio.name, "Tab B"),
            other => panic!("expected a conflict, got {other:?}"),
        }
    }

    #[test]
    fn a_fresh_start_writes_a_revision_above_the_broken_one_and_an_older_tab_cannot_overwrite_it() {
        let store = Store::new(MemoryKv::default());
        let old = store.save(&first_start_data(), &Stamp::default(), "old", NOW).unwrap();
        // Something breaks the stored text; it still names revision 41.
        store.kv.set(STORAGE_KEY, "{\"schema_version\":3,\"revision\": 41,\"data\":{\"portf").unwrap();
        let fresh = store.start_fresh(&first_start_data(), 0, "recovery", NOW).unwrap();
        assert_eq!(fresh, base(42, "recovery"));
        // The older tab (based on revision 1) tries to save: refused, handed the fresh data.
        let mut mine = first_start_data();
        mine.portfolio.name = "Old tab".into();
        assert!(matches!(store.save(&mine, &old, "old", NOW), Err(SaveError::Conflict(t)) if t.stamp() == fresh));
        // Even a fresh start at revision 1 over unreadable text without a number.
        store.kv.set(STORAGE_KEY, "garbage").unwrap();
        let fresh = store.start_fresh(&first_start_data(), 0, "recovery", NOW).unwrap();
        assert_eq!(fresh.revision, 1);
        assert!(matches!(store.save(&mine, &old, "old", NOW), Err(SaveError::Conflict(_))), "same number, other writer");
        assert_eq!(revision_named("{\"revision\":99999999999999999999999"), u64::MAX);
        assert_eq!(revision_named("no number"), 0);
    }

    #[test]
    fn revisions_at_their_limit_are_refused_in_words_not_wrapped_to_zero() {
        let store = Store::new(MemoryKv::default());
        let top = base(u64::MAX, "a");
        store.kv.set(STORAGE_KEY, &encode_stamped(&first_start_data(), &top, NOW).unwrap()).unwrap();
        let err = store.save(&first_start_data(), &top, "a", NOW).unwrap_err();
        assert_eq!(err, SaveError::RevisionLimit);
        assert!(err.explain().to_string().contains("backup"), "{}", err.explain());
        // A fresh start at the limit still differs by its writer.
        assert_eq!(store.start_fresh(&first_start_data(), u64::MAX, "b", NOW).unwrap(), base(u64::MAX, "b"));
    }

    #[test]
    fn the_store_refuses_to_write_a_number_it_could_not_read_back_and_says_where() {
        let store = Store::new(MemoryKv::default());
        let first = store.save(&first_start_data(), &Stamp::default(), "a", NOW).unwrap();
        let before = store.kv.get(STORAGE_KEY).unwrap();
        for bad in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
            let mut data = first_start_data();
            data.portfolio.clients[1].direct_cost = bad;
            let err = store.save(&data, &first, "a", NOW).unwrap_err();
            assert!(matches!(err, SaveError::Encode(_)), "{err:?}");
            let words = err.explain().to_string();
            assert!(words.contains("direct_cost") && words.contains("not a number"), "{words}");
            assert_eq!(store.kv.get(STORAGE_KEY).unwrap(), before, "nothing written");
        }
    }

    #[test]
    fn the_pre_migration_copy_is_written_once_only_if_it_fits_and_removed_after_a_backup_or_30_days() {
        let store = Store::new(MemoryKv::default());
        let v1 = r#"{"schema_version":1,"revision":2,"clients":[]}"#;
        store.kv.set(STORAGE_KEY, v1).unwrap();
        let LoadOutcome::Loaded { migrated_from: Some(1), envelope } = store.load() else {
            panic!("v1 must load with a migration")
        };
        assert_eq!(store.keep_pre_migration_copy(v1, 1000, NOW), PreMigration::Kept);
        assert_eq!(store.save(&envelope.data, &envelope.stamp(), "a", NOW).map(|s| s.revision), Ok(3));
        assert_eq!(store.kv.get(PRE_MIGRATION_KEY).unwrap().as_deref(), Some(v1));
        // Never written again, whatever is offered later.
        assert_eq!(store.keep_pre_migration_copy("other", 1000, NOW), PreMigration::AlreadyKept);
        assert_eq!(store.kv.get(PRE_MIGRATION_KEY).unwrap().as_deref(), Some(v1));
        // Kept while no backup was downloaded after it, for 29 days…
        assert!(!store.expire_pre_migration_copy(Some("2026-11-01T00:00:00Z"), "2026-12-22T09:00:00Z"));
        assert!(store.kv.get(PRE_MIGRATION_KEY).unwrap().is_some());
        // …and gone after a backup…
        assert!(store.expire_pre_migration_copy(Some("2026-11-23T10:05:00Z"), "2026-11-23T10:06:00Z"));
        assert_eq!(store.kv.get(PRE_MIGRATION_KEY).unwrap(), None);
        assert_eq!(store.kv.get(PRE_MIGRATION_AT_KEY).unwrap(), None);
        // …or after 30 days.
        assert_eq!(store.keep_pre_migration_copy(v1, 1000, NOW), PreMigration::Kept);
        assert!(store.expire_pre_migration_copy(None, "2026-12-23T10:00:00Z"));
        assert_eq!(store.kv.get(PRE_MIGRATION_KEY).unwrap(), None);
        // A copy that would take, with the document, more than half of the quota is not written.
        let big = "x".repeat(STORAGE_QUOTA_BYTES / 4);
        assert_eq!(store.keep_pre_migration_copy(&big, 1000, NOW), PreMigration::TooLarge);
        assert_eq!(store.kv.get(PRE_MIGRATION_KEY).unwrap(), None);
    }

    #[test]
    fn a_full_quota_removes_the_pre_migration_copy_before_it_fails_a_save() {
        /// Storage that holds at most `limit` characters in all.
        #[derive(Default)]
        struct Small {
            inner: MemoryKv,
            limit: usize,
        }
        impl KeyValue for Small {
            fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
                self.inner.get(key)
            }
            fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
                let others: usize = self.inner.map.borrow().iter().filter(|(k, _)| *k != key).map(|(_, v)| v.len()).sum();
                if others + value.len() > self.limit {
                    return Err(StorageError::QuotaExceeded);
                }
                self.inner.set(key, value)
            }
            fn remove(&self, key: &str) -> Result<(), StorageError> {
                self.inner.remove(key)
            }
        }
        let data = first_start_data();
        let size = encode(&data, 1, NOW).unwrap().len();
        let store = Store::new(Small { inner: MemoryKv::default(), limit: size * 2 + 100 });
        let first = store.save(&data, &Stamp::default(), "a", NOW).unwrap();
        let copy = "y".repeat(size);
        assert_eq!(store.keep_pre_migration_copy(&copy, 0, NOW), PreMigration::Kept);
        // The document grows: it fits only without the copy.
        let mut bigger = data.clone();
        bigger.portfolio.clients[0].notes = "z".repeat(150);
        assert_eq!(store.save(&bigger, &first, "a", NOW).map(|s| s.revision), Ok(2));
        assert_eq!(store.kv.get(PRE_MIGRATION_KEY).unwrap(), None, "the copy gave way to the document");
    }
}

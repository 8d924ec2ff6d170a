//! The root state and its reducer. The reducer is pure: it never touches storage.
//! Saving happens in an effect (see `persist.rs`) that reports back with actions.

use std::rc::Rc;
use std::sync::Arc;

use crate::engine::btyd::CustomerSummary;
use crate::engine::model::Client;
use crate::engine::purchases::{BulkRef, Customers, PurchaseStudy};
use crate::engine::scenario::Levers;
use crate::i18n::Text;
use crate::store::{AppData, Envelope, LoadError, LoadOutcome, Stamp, StorageError};

/// Whether what is on screen is safely stored.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveStatus {
    Saved,
    /// The last save failed; the message says why in words. In-memory data is kept.
    Failed(String),
    /// Another tab saved newer data while this tab had unsaved changes.
    Conflict(Rc<Envelope>),
    /// Storage cannot be used at all; the app works in memory.
    Disabled(String),
}

/// Which screen the app shows at the top level.
#[derive(Clone, Debug, PartialEq)]
pub enum Boot {
    Ready,
    /// The stored text cannot be opened; nothing is saved until the user decides.
    Recovery {
        raw: Rc<String>,
        problem: LoadError,
    },
}

/// Where the customers of the purchase history stand: the main document names them, the bulk
/// store (IndexedDB) holds them. Effects in `app.rs` read and write the bulk store and report back.
#[derive(Clone, Debug, PartialEq)]
pub enum BulkStatus {
    /// Nothing to do: no history, or its customers are in memory.
    Settled,
    /// The history's customers are being read from the bulk store.
    Loading(BulkRef),
    /// They could not be read; the records are left as they are.
    Failed { bulk: BulkRef, problem: Text },
    /// A history with its customers in memory only (just imported, restored, or from an older
    /// version's document) is being written to the bulk store; the main document is not saved
    /// meanwhile. If the write fails, `revert` is the history to go back to (`None`: keep this one
    /// in the document as before).
    Storing { revert: Option<Option<Box<PurchaseStudy>>> },
    /// The bulk store refused these customers: they stay in the main document, as before.
    InDocument { problem: Text },
}

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub data: AppData,
    /// The stored revision this tab's data is based on…
    pub revision: u64,
    /// …and the tab that wrote it (`None`: an older build, or nothing stored yet).
    pub base_writer: Option<String>,
    /// This tab's writer id (random, made at start), stored with every revision it writes.
    pub writer: String,
    /// Counts local edits; the save effect runs whenever it changes.
    pub edits: u64,
    /// The value of `edits` at the last successful save.
    pub saved_edits: u64,
    pub save_status: SaveStatus,
    pub boot: Boot,
    /// A one-line message for the user (saved from another tab, migrated, removed…), shown in
    /// the reader's language when drawn.
    pub notice: Option<Text>,
    /// The data before the last destructive action, for Undo, with the message saying what it was.
    pub undo: Option<(Text, Rc<AppData>)>,
    /// The text a migration started from, to be kept once before the first save.
    pub pre_migration_raw: Option<Rc<String>>,
    /// The purchase history's customers and the bulk store.
    pub bulk: BulkStatus,
}

impl AppState {
    /// The state at start, from what storage holds.
    pub fn boot(outcome: LoadOutcome, first_start: AppData) -> Self {
        let base = AppState {
            data: first_start.clone(),
            revision: 0,
            base_writer: None,
            writer: String::new(),
            edits: 0,
            saved_edits: 0,
            save_status: SaveStatus::Saved,
            boot: Boot::Ready,
            notice: None,
            undo: None,
            pre_migration_raw: None,
            bulk: BulkStatus::Settled,
        };
        let booted = match outcome {
            // First start: the demo portfolio, saved at once by the effect.
            LoadOutcome::Missing => AppState { edits: 1, ..base },
            LoadOutcome::Loaded { envelope, migrated_from: None } => {
                AppState { data: envelope.data, revision: envelope.revision, base_writer: envelope.writer, ..base }
            }
            LoadOutcome::Loaded { envelope, migrated_from: Some(v) } => AppState {
                data: envelope.data,
                revision: envelope.revision,
                base_writer: envelope.writer,
                edits: 1,
                notice: Some(
                    Text::new("app-notice-upgraded")
                        .arg("from", v.to_string())
                        .arg("to", crate::store::SCHEMA_VERSION.to_string()),
                ),
                ..base
            },
            LoadOutcome::Broken { raw, problem } => AppState { boot: Boot::Recovery { raw: Rc::new(raw), problem }, ..base },
            LoadOutcome::Unavailable(e) => AppState { save_status: SaveStatus::Disabled(e.explain().to_string()), ..base },
        };
        // A history of an older version's document has its customers inline: move them to the
        // bulk store, keeping them in the document if that fails.
        let mut booted = booted;
        booted.bulk = next_bulk(&BulkStatus::Settled, None, booted.data.purchases.as_deref(), None);
        booted
    }

    /// The stored revision this tab's data is based on, with its writer.
    pub fn base(&self) -> Stamp {
        Stamp { revision: self.revision, writer: self.base_writer.clone() }
    }

    /// Whether `theirs` (another tab's document) writes over this tab's own last save without
    /// having seen it: the same revision number from another writer, while this tab wrote the
    /// revision it is based on (two tabs saved at the same moment).
    fn overwrites_my_save(&self, theirs: &Envelope) -> bool {
        !self.writer.is_empty()
            && self.base_writer.as_deref() == Some(self.writer.as_str())
            && theirs.revision == self.revision
            && theirs.writer != self.base_writer
    }

    pub fn has_unsaved_changes(&self) -> bool {
        self.edits != self.saved_edits
    }

    /// Whether the main document may be saved now: not while a history's customers are being
    /// moved to the bulk store (the document would carry them all).
    pub fn may_save(&self) -> bool {
        !matches!(self.bulk, BulkStatus::Storing { .. })
    }

    /// Which customers the purchase history has in memory (the list's identity and length):
    /// memos of figures from them are keyed on it, as they arrive from the bulk store later than
    /// the document.
    pub fn customers_key(&self) -> Option<(usize, usize)> {
        self.data.purchases.as_deref().map(|p| (Arc::as_ptr(&p.summary.shared()) as usize, p.summary.len()))
    }

    /// The customers to write to the bulk store, when a history waits for it.
    pub fn customers_to_store(&self) -> Option<Arc<Vec<CustomerSummary>>> {
        match (&self.bulk, self.data.purchases.as_deref()) {
            (BulkStatus::Storing { .. }, Some(study)) => Some(study.summary.shared()),
            _ => None,
        }
    }
}

/// The bulk status after a change of the history from `before` to `after`. `revert` is what a
/// failed write goes back to: the previous history when the user imported a new one.
fn next_bulk(
    status: &BulkStatus,
    before: Option<&PurchaseStudy>,
    after: Option<&PurchaseStudy>,
    revert: Option<Option<Box<PurchaseStudy>>>,
) -> BulkStatus {
    let Some(study) = after else { return BulkStatus::Settled };
    if let Some(r) = &study.bulk {
        if study.summary.len() != r.customers {
            // Named by the document, not read yet.
            return match status {
                BulkStatus::Loading(l) | BulkStatus::Failed { bulk: l, .. } if l == r => status.clone(),
                _ => BulkStatus::Loading(r.clone()),
            };
        }
    }
    if study.summary.is_empty() {
        return BulkStatus::Settled;
    }
    let same_list = before.is_some_and(|b| b.summary.same_list(&study.summary));
    let same_record = before.is_some_and(|b| b.bulk == study.bulk);
    match status {
        // Still the same customers: the write under way (or refused) stands.
        BulkStatus::Storing { .. } | BulkStatus::InDocument { .. } if same_list => status.clone(),
        _ if same_list && same_record && study.summary.is_kept_elsewhere() => BulkStatus::Settled,
        // Customers in memory that the bulk store may not hold (a new import, a restore, an older
        // document, a removal undone after its records were cleared): write them (again).
        _ => BulkStatus::Storing { revert },
    }
}

/// When `incoming` (another tab's document, or a conflict resolved) names the same bulk record as
/// the history in memory, take the customers already read instead of reading them again.
fn carry_customers(current: Option<&PurchaseStudy>, incoming: &mut AppData) {
    let (Some(cur), Some(new)) = (current, incoming.purchases.as_deref_mut()) else { return };
    if cur.bulk.is_some() && cur.bulk == new.bulk && cur.summary.is_kept_elsewhere() && new.summary.is_empty() {
        new.summary = cur.summary.clone();
    }
}

/// A change the user makes to the data.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    UpsertClient(Client),
    /// The client form's profile fields: applied to the client as it is now (its records and
    /// dossier kept), or added as a new client.
    SaveProfile(Client),
    DeleteClient(String),
    RemoveDemo,
    SetCurrency(String),
    SetPortfolioName(String),
    SetBackupReminderDays(u32),
    /// The UI language (`None`: follow the browser).
    SetLanguage(Option<String>),
    /// The first-run score help was read.
    DismissHelp,
    /// A backup was downloaded at this time (ISO 8601).
    MarkBackedUp(String),
    SetRiskWeights(crate::engine::scoring::RiskWeights),
    /// Keep an imported purchase history (or forget it with `None`).
    SetPurchases(Option<Box<crate::engine::purchases::PurchaseStudy>>),
    SetPurchaseModel(crate::engine::purchases::ModelChoice),
    /// Keep the Retention page's cohort table and fitted curve (or forget them with `None`).
    SetRetention(Option<Box<crate::engine::retention_portfolio::RetentionStudy>>),
    SetValueSettings(crate::engine::purchases::ValueSettings),
    /// Replace everything with restored or imported data; the label is the undo message
    /// (already in the reader's language).
    Restore {
        data: Box<AppData>,
        label: String,
    },
    /// Merge a backup into the data as it is now (planned again here, at the moment the user
    /// confirms: edits made since the file was chosen are kept); `ids` are random bytes for the
    /// ids of added clients and scenarios whose ids are taken; the label is the undo message.
    Merge {
        backup: Box<AppData>,
        ids: Vec<[u8; 16]>,
        label: String,
    },
    /// Replace everything (start over with the demo, or an empty portfolio).
    ReplaceAll(AppData),
    SetBaseline(Levers),
    /// Whether the baseline takes clients, revenue and margin from the client list.
    SetFollowPortfolio(bool),
    /// A new scenario starting from the given levers (usually the baseline's).
    AddScenario {
        /// The new scenario's id (random, made by the caller).
        id: String,
        name: String,
        levers: Levers,
    },
    /// Copy scenario `id` as `new_id`.
    DuplicateScenario {
        id: String,
        new_id: String,
    },
    RenameScenario {
        id: String,
        name: String,
    },
    SetScenarioLevers {
        id: String,
        levers: Levers,
    },
    SetCompare {
        id: String,
        on: bool,
    },
    DeleteScenario(String),
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    Edit(Edit),
    Undo,
    DismissNotice,
    /// The save effect wrote `edits` as `stamp`.
    Saved {
        stamp: Stamp,
        edits: u64,
    },
    /// The pre-migration copy was dealt with (kept, or not kept and why): not tried again.
    PreMigrationHandled,
    SaveFailed(String),
    /// Another tab's newer data was found while saving or announced by a `storage` event.
    Conflict(Rc<Envelope>),
    /// Another tab saved; this tab has nothing unsaved, so take it.
    External(Rc<Envelope>),
    /// The user resolves a conflict.
    TakeTheirs,
    KeepMine,
    /// Save again after a failure.
    Retry,
    /// The recovery screen wrote fresh data (as `stamp`) with the user's consent.
    StartedFresh {
        data: AppData,
        stamp: Stamp,
    },
    StorageUnavailable(StorageError),
    /// The bulk store gave the customers of the history it names.
    BulkLoaded {
        bulk: BulkRef,
        customers: Arc<Vec<CustomerSummary>>,
    },
    BulkLoadFailed {
        bulk: BulkRef,
        problem: Text,
    },
    /// These customers (the very list in memory) were written to the bulk store as `bulk`.
    BulkStored {
        customers: Arc<Vec<CustomerSummary>>,
        bulk: BulkRef,
    },
    /// Writing these customers to the bulk store failed, for this reason.
    BulkStoreFailed {
        customers: Arc<Vec<CustomerSummary>>,
        problem: Text,
    },
}

impl AppState {
    /// The reducer: the next state after `action`. Pure (no storage, no DOM), so it is
    /// tested natively; the Yew `Reducible` impl in `app.rs` only forwards here.
    pub fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        let purchases_before = self.data.purchases.clone();
        let is_import = matches!(action, Action::Edit(Edit::SetPurchases(Some(_))));
        match action {
            Action::BulkLoaded { bulk, customers } => {
                if let Some(study) = s.data.purchases.as_deref_mut().filter(|p| p.bulk.as_ref() == Some(&bulk)) {
                    study.summary = Customers::kept_elsewhere(customers);
                    s.bulk = BulkStatus::Settled;
                }
                return Rc::new(s);
            }
            Action::BulkLoadFailed { bulk, problem } => {
                if matches!(&s.bulk, BulkStatus::Loading(l) if *l == bulk) {
                    s.bulk = BulkStatus::Failed { bulk, problem };
                }
                return Rc::new(s);
            }
            Action::BulkStored { customers, bulk } => {
                let Some(study) = s.data.purchases.as_deref_mut() else { return self };
                if !Arc::ptr_eq(&study.summary.shared(), &customers) {
                    return self;
                }
                study.summary = Customers::kept_elsewhere(customers);
                study.bulk = Some(bulk);
                s.bulk = BulkStatus::Settled;
                // Save the document, now without the customers.
                s.edits += 1;
                return Rc::new(s);
            }
            Action::BulkStoreFailed { customers, problem } => {
                let same = s.data.purchases.as_deref().is_some_and(|p| Arc::ptr_eq(&p.summary.shared(), &customers));
                if !same {
                    return self;
                }
                match std::mem::replace(&mut s.bulk, BulkStatus::Settled) {
                    BulkStatus::Storing { revert: Some(previous) } => {
                        // The import is undone: the previous history, as the document still has it.
                        s.data.purchases = previous;
                        let back = s.data.purchases.as_deref();
                        s.bulk = next_bulk(&BulkStatus::Settled, back, back, None);
                    }
                    _ => s.bulk = BulkStatus::InDocument { problem: problem.clone() },
                }
                s.notice = Some(problem);
                return Rc::new(s);
            }
            Action::Edit(edit) => {
                let before = Rc::new(s.data.clone());
                match apply(&mut s.data, edit) {
                    Ok(undo_label) => {
                        s.undo = undo_label.map(|label| (label, before));
                        s.notice = None;
                        s.edits += 1;
                    }
                    // Refused (e.g. too many scenarios): nothing changed, say why.
                    Err(why) => {
                        s.data = (*before).clone();
                        s.notice = Some(why);
                    }
                }
            }
            Action::Undo => {
                if let Some((_, before)) = s.undo.take() {
                    s.data = (*before).clone();
                    s.edits += 1;
                    s.notice = Some(Text::new("app-notice-undone"));
                }
            }
            Action::DismissNotice => s.notice = None,
            Action::PreMigrationHandled => s.pre_migration_raw = None,
            Action::Saved { stamp, edits } => {
                s.revision = stamp.revision;
                s.base_writer = stamp.writer;
                s.saved_edits = edits;
                if !matches!(s.save_status, SaveStatus::Disabled(_)) {
                    s.save_status = SaveStatus::Saved;
                }
            }
            Action::SaveFailed(msg) => s.save_status = SaveStatus::Failed(msg),
            Action::Conflict(theirs) => s.save_status = SaveStatus::Conflict(theirs),
            Action::External(theirs) => {
                // This tab's own revision: nothing new. (A lower revision from another writer is
                // news: a fresh start on the recovery screen.)
                if theirs.stamp() == s.base() {
                    return self;
                }
                if s.has_unsaved_changes() || s.overwrites_my_save(&theirs) {
                    s.save_status = SaveStatus::Conflict(theirs);
                } else {
                    s.data = theirs.data.clone();
                    carry_customers(self.data.purchases.as_deref(), &mut s.data);
                    s.revision = theirs.revision;
                    s.base_writer = theirs.writer.clone();
                    s.undo = None;
                    s.notice = Some(Text::new("app-notice-external"));
                }
            }
            Action::TakeTheirs => {
                if let SaveStatus::Conflict(theirs) = &s.save_status {
                    s.data = theirs.data.clone();
                    carry_customers(self.data.purchases.as_deref(), &mut s.data);
                    s.revision = theirs.revision;
                    s.base_writer = theirs.writer.clone();
                    s.saved_edits = s.edits;
                    s.save_status = SaveStatus::Saved;
                    s.notice = Some(Text::new("app-notice-kept-theirs"));
                }
            }
            Action::KeepMine => {
                if let SaveStatus::Conflict(theirs) = &s.save_status {
                    // Base this tab on their revision, then save ours on top of it.
                    s.revision = theirs.revision;
                    s.base_writer = theirs.writer.clone();
                    s.save_status = SaveStatus::Saved;
                    s.edits += 1;
                }
            }
            Action::Retry => s.edits += 1,
            Action::StartedFresh { data, stamp } => {
                s.data = data;
                s.revision = stamp.revision;
                s.base_writer = stamp.writer;
                s.saved_edits = s.edits;
                s.boot = Boot::Ready;
                s.save_status = SaveStatus::Saved;
                s.notice = Some(Text::new("app-notice-started-fresh"));
            }
            Action::StorageUnavailable(e) => s.save_status = SaveStatus::Disabled(e.explain().to_string()),
        }
        // A new import is undone if its customers cannot be stored; any other way a history came
        // in (a restore, undo, another tab) keeps it, in the document if need be.
        let same = match (&purchases_before, &s.data.purchases) {
            (None, None) => true,
            (Some(a), Some(b)) => a.summary.same_list(&b.summary) && a.bulk == b.bulk,
            _ => false,
        };
        if !same {
            let revert = is_import.then(|| purchases_before.clone());
            s.bulk = next_bulk(&s.bulk, purchases_before.as_deref(), s.data.purchases.as_deref(), revert);
        }
        Rc::new(s)
    }
}

/// A message for the notice line: an engine [`Text`], or a sentence already in the reader's
/// language (shown as is).
trait IntoNotice {
    fn into_notice(self) -> Text;
}

impl IntoNotice for Text {
    fn into_notice(self) -> Text {
        self
    }
}

impl IntoNotice for String {
    fn into_notice(self) -> Text {
        Text::new("app-notice-as-is").arg("text", self)
    }
}

/// Apply an edit to the data; returns an undo label for destructive edits, or why the edit
/// was refused (the data is then left as it was).
fn apply(data: &mut AppData, edit: Edit) -> Result<Option<Text>, Text> {
    let book = &mut data.scenarios;
    Ok(match edit {
        Edit::UpsertClient(c) => {
            data.portfolio.upsert(c);
            None
        }
        Edit::SaveProfile(profile) => {
            match data.portfolio.clients.iter_mut().find(|c| c.id == profile.id) {
                Some(current) => current.set_profile(profile),
                None => data.portfolio.clients.push(profile),
            }
            None
        }
        Edit::DeleteClient(id) => data.portfolio.remove(&id).map(|c| Text::new("app-undo-deleted-client").arg("name", c.company)),
        Edit::RemoveDemo => {
            let n = data.portfolio.remove_demo();
            (n > 0).then(|| Text::new("app-undo-removed-demo").arg("n", n))
        }
        Edit::SetCurrency(c) => {
            data.portfolio.currency = c;
            None
        }
        Edit::SetPortfolioName(n) => {
            data.portfolio.name = n;
            None
        }
        Edit::SetBackupReminderDays(d) => {
            data.settings.backup_reminder_days = d;
            None
        }
        Edit::SetLanguage(l) => {
            data.settings.language = l;
            None
        }
        Edit::DismissHelp => {
            data.settings.help_dismissed = true;
            None
        }
        Edit::SetPurchases(study) => {
            let had = data.purchases.is_some();
            data.purchases = study;
            (had && data.purchases.is_none()).then(|| Text::new("app-undo-removed-purchases"))
        }
        Edit::SetRetention(study) => {
            let had = data.retention.is_some();
            data.retention = study;
            (had && data.retention.is_none()).then(|| Text::new("app-undo-removed-retention"))
        }
        Edit::SetPurchaseModel(m) => {
            if let Some(p) = data.purchases.as_mut() {
                p.choose_model(m);
            }
            None
        }
        Edit::SetValueSettings(v) => {
            if let Some(p) = data.purchases.as_mut() {
                p.value = v;
            }
            None
        }
        Edit::MarkBackedUp(at) => {
            data.settings.last_backup_at = Some(at);
            None
        }
        Edit::SetRiskWeights(w) => {
            data.settings.risk_weights = w;
            None
        }
        Edit::Restore { data: restored, label } => {
            // Keep this browser's backup bookkeeping: the restored file does not know it.
            let settings = data.settings.clone();
            *data = *restored;
            data.settings.last_backup_at = settings.last_backup_at;
            data.settings.first_saved_at = settings.first_saved_at;
            Some(label.into_notice())
        }
        Edit::Merge { backup, ids, label } => {
            let mut ids = crate::store::ids::PresetIds::new(ids);
            let plan = crate::store::backup::plan_restore(data, &backup, &mut ids);
            *data = plan.merged;
            Some(label.into_notice())
        }
        Edit::ReplaceAll(d) => {
            *data = d;
            Some(Text::new("app-undo-replaced-all"))
        }
        Edit::SetBaseline(levers) => {
            book.baseline = Some(levers);
            None
        }
        Edit::SetFollowPortfolio(on) => {
            if book.baseline.is_none() {
                book.baseline = Some(book.baseline(&data.portfolio));
            }
            book.follow_portfolio = on;
            None
        }
        Edit::AddScenario { id, name, levers } => {
            book.add_as(id, &name, levers).map_err(IntoNotice::into_notice)?;
            None
        }
        Edit::DuplicateScenario { id, new_id } => {
            book.duplicate_as(&id, new_id).map_err(IntoNotice::into_notice)?;
            None
        }
        Edit::RenameScenario { id, name } => {
            book.rename(&id, &name).map_err(IntoNotice::into_notice)?;
            None
        }
        Edit::SetScenarioLevers { id, levers } => {
            book.set_levers(&id, levers);
            None
        }
        Edit::SetCompare { id, on } => {
            book.set_compare(&id, on).map_err(IntoNotice::into_notice)?;
            None
        }
        Edit::DeleteScenario(id) => book.remove(&id).map(|sc| Text::new("app-undo-deleted-scenario").arg("name", sc.name)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{first_start_data, SCHEMA_VERSION};

    fn loaded(revision: u64) -> Rc<AppState> {
        let envelope = Envelope {
            schema_version: SCHEMA_VERSION,
            revision,
            writer: None,
            saved_at: String::new(),
            data: first_start_data(),
        };
        Rc::new(AppState::boot(LoadOutcome::Loaded { envelope, migrated_from: None }, first_start_data()))
    }

    fn theirs(revision: u64, name: &str) -> Rc<Envelope> {
        let mut data = first_start_data();
        data.portfolio.name = name.into();
        Rc::new(Envelope { schema_version: SCHEMA_VERSION, revision, writer: None, saved_at: String::new(), data })
    }

    #[test]
    fn first_start_asks_for_a_save_and_broken_data_opens_recovery() {
        let s = AppState::boot(LoadOutcome::Missing, first_start_data());
        assert!(s.has_unsaved_changes(), "the demo portfolio is saved at once");
        let s = AppState::boot(
            LoadOutcome::Broken { raw: "x".into(), problem: LoadError::Unparseable(crate::i18n::Text::new("data-json-io")) },
            first_start_data(),
        );
        assert!(matches!(s.boot, Boot::Recovery { .. }));
        assert!(!s.has_unsaved_changes(), "nothing is written over broken data");
    }

    #[test]
    fn another_tabs_save_is_taken_when_nothing_is_unsaved() {
        let s = loaded(3).reduce(Action::External(theirs(4, "From tab B")));
        assert_eq!(s.data.portfolio.name, "From tab B");
        assert_eq!(s.revision, 4);
        assert!(!s.has_unsaved_changes(), "taking their data does not trigger a write back");
        // The revision it is based on again is ignored.
        let s2 = s.clone().reduce(Action::External(theirs(4, "Stale")));
        assert_eq!(s2.data.portfolio.name, "From tab B");
    }

    fn by(revision: u64, name: &str, writer: &str) -> Rc<Envelope> {
        let mut e = (*theirs(revision, name)).clone();
        e.writer = Some(writer.into());
        Rc::new(e)
    }

    #[test]
    fn a_save_overwritten_at_the_same_moment_by_another_tab_asks_instead_of_taking_it() {
        // Tab A saved revision 4 itself; tab B, which never saw it, wrote its own revision 4.
        let mut a = (*loaded(3)).clone();
        a.writer = "tab-a".into();
        let a = Rc::new(a).reduce(Action::Edit(Edit::SetPortfolioName("A's edit".into())));
        let edits = a.edits;
        let a = a.reduce(Action::Saved { stamp: Stamp { revision: 4, writer: Some("tab-a".into()) }, edits });
        assert!(!a.has_unsaved_changes());
        let a = a.reduce(Action::External(by(4, "B's edit", "tab-b")));
        assert_eq!(a.data.portfolio.name, "A's edit", "A's change stays on screen");
        assert!(matches!(a.save_status, SaveStatus::Conflict(_)), "and the user is asked");
        // Keeping A's: saved on top of B's revision 4 (the store then writes 5).
        let kept = a.reduce(Action::KeepMine);
        assert_eq!(kept.base(), Stamp { revision: 4, writer: Some("tab-b".into()) });
        assert!(kept.has_unsaved_changes());
    }

    #[test]
    fn a_fresh_start_in_another_tab_is_taken_even_with_a_lower_revision() {
        let mut old = (*loaded(17)).clone();
        old.writer = "old".into();
        let s = Rc::new(old).reduce(Action::External(by(1, "Fresh", "recovery")));
        assert_eq!(s.data.portfolio.name, "Fresh");
        assert_eq!(s.base(), Stamp { revision: 1, writer: Some("recovery".into()) }, "later saves build on it");
    }

    #[test]
    fn a_merge_is_planned_again_when_confirmed_so_edits_made_meanwhile_are_kept() {
        let s = loaded(1);
        let mut backup = s.data.clone();
        backup.portfolio.clients.push(Client { id: "c77".into(), company: "From the backup".into(), ..Client::default() });
        // The file is chosen (a plan is shown), then the user edits a client before confirming.
        let mut edited = s.data.portfolio.clients[0].clone();
        edited.notes = "Typed after choosing the file".into();
        let s = s.reduce(Action::Edit(Edit::UpsertClient(edited.clone())));
        let s = s.reduce(Action::Edit(Edit::Merge { backup: Box::new(backup), ids: vec![[1; 16]], label: "merged".into() }));
        assert_eq!(s.data.portfolio.client(&edited.id).unwrap().notes, "Typed after choosing the file");
        assert!(s.data.portfolio.clients.iter().any(|c| c.company == "From the backup"));
        let s = s.reduce(Action::Undo);
        assert!(!s.data.portfolio.clients.iter().any(|c| c.company == "From the backup"), "undone");
    }

    #[test]
    fn unsaved_edits_are_never_silently_replaced_by_another_tab() {
        let s = loaded(3).reduce(Action::Edit(Edit::SetPortfolioName("Mine".into()))).reduce(Action::SaveFailed("full".into()));
        let s = s.reduce(Action::External(theirs(4, "Theirs")));
        assert_eq!(s.data.portfolio.name, "Mine", "my edit is still on screen");
        assert!(matches!(s.save_status, SaveStatus::Conflict(_)));
        // Keep mine: based on their revision, and a new save is requested.
        let kept = s.clone().reduce(Action::KeepMine);
        assert_eq!(kept.revision, 4);
        assert_eq!(kept.data.portfolio.name, "Mine");
        assert!(kept.has_unsaved_changes());
        // Or take theirs.
        let taken = s.reduce(Action::TakeTheirs);
        assert_eq!(taken.data.portfolio.name, "Theirs");
        assert!(!taken.has_unsaved_changes());
    }

    fn bulk_ref(study: &PurchaseStudy, id: &str) -> BulkRef {
        BulkRef { id: id.into(), customers: study.summary.len(), checksum: 7 }
    }

    /// The document as the save effect would write it.
    fn stored(s: &AppState) -> serde_json::Value {
        let text = crate::store::encode(&s.data, s.revision + 1, "t").unwrap();
        serde_json::from_str(&text).unwrap()
    }

    #[test]
    fn an_import_is_saved_to_the_document_only_after_its_customers_are_in_the_bulk_store() {
        let study = crate::engine::files::transactions::small_study(40);
        let s = loaded(1).reduce(Action::Edit(Edit::SetPurchases(Some(Box::new(study.clone())))));
        assert!(matches!(s.bulk, BulkStatus::Storing { revert: Some(None) }), "{:?}", s.bulk);
        assert!(!s.may_save(), "the document would carry every customer");
        let list = s.customers_to_store().unwrap();
        assert_eq!(list.len(), 40);
        // Stored: the document names the record and leaves the customers out; memory keeps them.
        let s = s.reduce(Action::BulkStored { customers: list.clone(), bulk: bulk_ref(&study, "b1") });
        assert_eq!(s.bulk, BulkStatus::Settled);
        assert!(s.may_save() && s.has_unsaved_changes());
        let p = s.data.purchases.as_deref().unwrap();
        assert_eq!(p.summary.len(), 40);
        let doc = stored(&s);
        assert_eq!(doc["data"]["purchases"]["summary"], serde_json::json!([]));
        assert_eq!(doc["data"]["purchases"]["bulk"]["id"], "b1");
        // A report about another list (an older import) changes nothing.
        let other = Arc::new(vec![]);
        let same = s.clone().reduce(Action::BulkStored { customers: other, bulk: bulk_ref(&study, "b0") });
        assert_eq!(same.data.purchases.as_deref().unwrap().bulk.as_ref().unwrap().id, "b1");
    }

    #[test]
    fn a_failed_bulk_write_brings_back_the_previous_history_and_says_why() {
        let first = crate::engine::files::transactions::small_study(10);
        let s = loaded(1).reduce(Action::Edit(Edit::SetPurchases(Some(Box::new(first.clone())))));
        let list = s.customers_to_store().unwrap();
        let s = s.reduce(Action::BulkStored { customers: list, bulk: bulk_ref(&first, "b1") });
        let kept = s.data.purchases.clone();
        let second = crate::engine::files::transactions::small_study(30);
        let s = s.reduce(Action::Edit(Edit::SetPurchases(Some(Box::new(second)))));
        let list = s.customers_to_store().unwrap();
        let s = s.reduce(Action::BulkStoreFailed { customers: list, problem: Text::new("data-bulk-full") });
        assert_eq!(s.data.purchases, kept, "the previous history, as the document has it");
        assert_eq!(s.bulk, BulkStatus::Settled);
        assert_eq!(s.notice, Some(Text::new("data-bulk-full")));
        assert!(s.may_save());
    }

    #[test]
    fn a_document_naming_bulk_customers_reads_them_and_another_tab_does_not_read_them_again() {
        let study = crate::engine::files::transactions::small_study(12);
        let r = bulk_ref(&study, "b9");
        let mut data = first_start_data();
        let mut slim = study.clone();
        slim.summary = Customers::inline(Vec::new()); // as the document reads back
        slim.bulk = Some(r.clone());
        data.purchases = Some(Box::new(slim));
        let envelope =
            Envelope { schema_version: SCHEMA_VERSION, revision: 3, writer: None, saved_at: String::new(), data: data.clone() };
        let s = Rc::new(AppState::boot(LoadOutcome::Loaded { envelope, migrated_from: None }, first_start_data()));
        assert_eq!(s.bulk, BulkStatus::Loading(r.clone()));
        assert!(s.may_save(), "nothing to hold back: the document is as stored");
        let s = s.reduce(Action::BulkLoaded { bulk: r.clone(), customers: study.summary.shared() });
        assert_eq!(s.bulk, BulkStatus::Settled);
        assert_eq!(s.data.purchases.as_deref().unwrap().summary.len(), 12);
        // Another tab saves a change of setting: same record, so the customers in memory stay.
        let mut theirs = data.clone();
        theirs.portfolio.name = "Renamed".into();
        let s = s.reduce(Action::External(Rc::new(Envelope {
            schema_version: SCHEMA_VERSION,
            revision: 4,
            writer: None,
            saved_at: String::new(),
            data: theirs,
        })));
        assert_eq!(s.bulk, BulkStatus::Settled);
        assert_eq!(s.data.purchases.as_deref().unwrap().summary.len(), 12);
        // A failed read is reported and nothing is written.
        let mut other = data.clone();
        other.purchases.as_deref_mut().unwrap().bulk = Some(BulkRef { id: "b10".into(), ..r });
        let s = s.reduce(Action::External(Rc::new(Envelope {
            schema_version: SCHEMA_VERSION,
            revision: 5,
            writer: None,
            saved_at: String::new(),
            data: other,
        })));
        let BulkStatus::Loading(l) = s.bulk.clone() else { panic!("{:?}", s.bulk) };
        let s = s.reduce(Action::BulkLoadFailed { bulk: l, problem: Text::new("data-bulk-missing") });
        assert!(matches!(s.bulk, BulkStatus::Failed { .. }));
        assert!(!s.has_unsaved_changes());
    }

    #[test]
    fn an_older_documents_inline_customers_move_to_the_bulk_store_or_stay_if_refused() {
        let study = crate::engine::files::transactions::small_study(8);
        let mut data = first_start_data();
        data.purchases = Some(Box::new(study.clone()));
        let envelope = Envelope { schema_version: SCHEMA_VERSION, revision: 2, writer: None, saved_at: String::new(), data };
        let s = Rc::new(AppState::boot(LoadOutcome::Loaded { envelope, migrated_from: None }, first_start_data()));
        assert_eq!(s.bulk, BulkStatus::Storing { revert: None });
        let list = s.customers_to_store().unwrap();
        let s = s.reduce(Action::BulkStoreFailed { customers: list, problem: Text::new("data-bulk-full") });
        assert!(matches!(s.bulk, BulkStatus::InDocument { .. }));
        assert_eq!(s.data.purchases.as_deref().unwrap().summary.len(), 8, "kept, in the document as before");
        assert!(s.may_save());
        // Choosing another model keeps that status (no retry loop).
        let s = s.reduce(Action::Edit(Edit::SetPurchaseModel(crate::engine::purchases::ModelChoice::ParetoNbd)));
        assert!(matches!(s.bulk, BulkStatus::InDocument { .. }));
    }

    #[test]
    fn saving_the_profile_form_keeps_records_saved_after_it_was_opened() {
        use crate::engine::model::{ClientDraft, Interaction};
        let s = loaded(1);
        let opened = s.data.portfolio.clients[0].clone();
        // The form is opened, then an interaction is logged in its own list.
        let mut draft = ClientDraft::from_client(&opened);
        let mut with_note = opened.clone();
        with_note.interactions.push(Interaction {
            id: None,
            date: chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap_or_default(),
            channel: Default::default(),
            who: "Ana".into(),
            note: "Logged while the form was open".into(),
            sentiment: 1,
        });
        let s = s.reduce(Action::Edit(Edit::UpsertClient(with_note.clone())));
        // Now the form is saved with a new company name.
        draft.company = "Renamed SRL".into();
        let profile = draft.validate(&opened.id, opened.demo, crate::engine::sample::demo_as_of()).unwrap();
        let s = s.reduce(Action::Edit(Edit::SaveProfile(profile)));
        let after = s.data.portfolio.client(&opened.id).unwrap();
        assert_eq!(after.company, "Renamed SRL");
        assert_eq!(after.interactions, with_note.interactions, "the interaction logged meanwhile is kept");
        assert_eq!(after.dossier, opened.dossier);
        assert_eq!(after.demo, opened.demo);
    }

    #[test]
    fn delete_can_be_undone_and_failed_saves_keep_the_edit() {
        let s = loaded(1);
        let id = s.data.portfolio.clients[0].id.clone();
        let n = s.data.portfolio.clients.len();
        let s = s.reduce(Action::Edit(Edit::DeleteClient(id.clone())));
        assert_eq!(s.data.portfolio.clients.len(), n - 1);
        assert!(s.undo.as_ref().is_some_and(|(l, _)| l.english().contains("Deleted")));
        let s = s.reduce(Action::SaveFailed("Storage full".into()));
        assert_eq!(s.data.portfolio.clients.len(), n - 1, "in-memory state kept after a failed save");
        let s = s.reduce(Action::Undo);
        assert!(s.data.portfolio.client(&id).is_some());
        let edits = s.edits;
        let s = s.reduce(Action::Saved { stamp: Stamp { revision: 2, writer: Some("a".into()) }, edits });
        assert_eq!(s.save_status, SaveStatus::Saved);
        assert!(!s.has_unsaved_changes());
    }

    #[test]
    fn scenarios_are_added_renamed_and_deleted_with_undo_and_refusals_change_nothing() {
        let s = loaded(1).reduce(Action::Edit(Edit::AddScenario {
            id: "sc-1".into(),
            name: "Care".into(),
            levers: Levers::default(),
        }));
        assert_eq!(s.data.scenarios.scenarios.len(), 1);
        let id = s.data.scenarios.scenarios[0].id.clone();
        let edits = s.edits;
        let s = s.reduce(Action::Edit(Edit::RenameScenario { id: id.clone(), name: "".into() }));
        assert_eq!(s.data.scenarios.scenarios[0].name, "Care", "a refused rename keeps the old name");
        assert_eq!(s.edits, edits, "and triggers no save");
        assert_eq!(s.notice.as_ref().map(Text::english).as_deref(), Some("Give the scenario a name."));
        let s = s.reduce(Action::Edit(Edit::DeleteScenario(id)));
        assert!(s.data.scenarios.scenarios.is_empty());
        assert_eq!(s.undo.as_ref().map(|u| u.0.english()).as_deref(), Some("Deleted scenario “Care”."));
        let s = s.reduce(Action::Undo);
        assert_eq!(s.data.scenarios.scenarios[0].name, "Care");
    }

    #[test]
    fn a_record_added_on_the_client_page_gets_a_fresh_id_carried_in_the_edit() {
        use crate::engine::model::{ids::is_unique_id, InteractionDraft, NewRecord};
        let s = loaded(1);
        let mut next = s.data.portfolio.clients[0].clone();
        let before = next.interactions.len();
        let draft =
            InteractionDraft { date: "2026-11-24".into(), channel: "call".into(), note: "Renewal".into(), ..Default::default() };
        // What the page does: the record from the form, an id from the browser's random source.
        let a = next.add_new_record(NewRecord::Interaction(draft.validate().unwrap()), &mut crate::store::ids::RandomIds);
        let b = next.add_new_record(NewRecord::Interaction(draft.validate().unwrap()), &mut crate::store::ids::RandomIds);
        let s = s.reduce(Action::Edit(Edit::UpsertClient(next.clone())));
        let stored = s.data.portfolio.client(&next.id).unwrap();
        let ids: Vec<&str> = stored.interactions[before..].iter().filter_map(|i| i.id.as_deref()).collect();
        assert_eq!(ids, [a.as_str(), b.as_str()]);
        assert!(is_unique_id(&a) && is_unique_id(&b) && a != b, "fresh UUIDs: {a} {b}");
    }
}

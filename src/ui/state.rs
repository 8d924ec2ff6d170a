//! The root state and its reducer. The reducer is pure: it never touches storage.
//! Saving happens in an effect (see `persist.rs`) that reports back with actions.

use std::rc::Rc;

use crate::engine::model::Client;
use crate::store::{AppData, Envelope, LoadError, LoadOutcome, StorageError};

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
    Recovery { raw: Rc<String>, problem: LoadError },
}

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub data: AppData,
    /// The stored revision this tab's data is based on.
    pub revision: u64,
    /// Counts local edits; the save effect runs whenever it changes.
    pub edits: u64,
    /// The value of `edits` at the last successful save.
    pub saved_edits: u64,
    pub save_status: SaveStatus,
    pub boot: Boot,
    /// A one-line message for the user (saved from another tab, migrated, removed…).
    pub notice: Option<String>,
    /// The data before the last destructive action, for Undo.
    pub undo: Option<(String, Rc<AppData>)>,
    /// The text a migration started from, to be kept once before the first save.
    pub pre_migration_raw: Option<Rc<String>>,
}

impl AppState {
    /// The state at start, from what storage holds.
    pub fn boot(outcome: LoadOutcome, first_start: AppData) -> Self {
        let base = AppState {
            data: first_start.clone(),
            revision: 0,
            edits: 0,
            saved_edits: 0,
            save_status: SaveStatus::Saved,
            boot: Boot::Ready,
            notice: None,
            undo: None,
            pre_migration_raw: None,
        };
        match outcome {
            // First start: the demo portfolio, saved at once by the effect.
            LoadOutcome::Missing => AppState { edits: 1, ..base },
            LoadOutcome::Loaded { envelope, migrated_from: None } => {
                AppState { data: envelope.data, revision: envelope.revision, ..base }
            }
            LoadOutcome::Loaded { envelope, migrated_from: Some(v) } => AppState {
                data: envelope.data,
                revision: envelope.revision,
                edits: 1,
                notice: Some(format!(
                    "Your data was upgraded from storage version {v} to {}; a copy of the old version is kept.",
                    crate::store::SCHEMA_VERSION
                )),
                ..base
            },
            LoadOutcome::Broken { raw, problem } => {
                AppState { boot: Boot::Recovery { raw: Rc::new(raw), problem }, ..base }
            }
            LoadOutcome::Unavailable(e) => AppState { save_status: SaveStatus::Disabled(e.explain()), ..base },
        }
    }

    pub fn has_unsaved_changes(&self) -> bool {
        self.edits != self.saved_edits
    }
}

/// A change the user makes to the data.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    UpsertClient(Client),
    DeleteClient(String),
    RemoveDemo,
    SetCurrency(String),
    SetPortfolioName(String),
    SetBackupReminderDays(u32),
    /// Replace everything (start over with the demo, or an empty portfolio).
    ReplaceAll(AppData),
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    Edit(Edit),
    Undo,
    DismissNotice,
    /// The save effect wrote `edits` as `revision`.
    Saved { revision: u64, edits: u64 },
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
    /// The recovery screen wrote fresh data (revision given) with the user's consent.
    StartedFresh { data: AppData, revision: u64 },
    StorageUnavailable(StorageError),
}

impl AppState {
    /// The reducer: the next state after `action`. Pure (no storage, no DOM), so it is
    /// tested natively; the Yew `Reducible` impl in `app.rs` only forwards here.
    pub fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            Action::Edit(edit) => {
                let before = Rc::new(s.data.clone());
                let undo_label = apply(&mut s.data, edit);
                s.undo = undo_label.map(|label| (label, before));
                s.notice = None;
                s.edits += 1;
            }
            Action::Undo => {
                if let Some((_, before)) = s.undo.take() {
                    s.data = (*before).clone();
                    s.edits += 1;
                    s.notice = Some("Undone.".into());
                }
            }
            Action::DismissNotice => s.notice = None,
            Action::Saved { revision, edits } => {
                s.revision = revision;
                s.saved_edits = edits;
                s.pre_migration_raw = None;
                if !matches!(s.save_status, SaveStatus::Disabled(_)) {
                    s.save_status = SaveStatus::Saved;
                }
            }
            Action::SaveFailed(msg) => s.save_status = SaveStatus::Failed(msg),
            Action::Conflict(theirs) => s.save_status = SaveStatus::Conflict(theirs),
            Action::External(theirs) => {
                if theirs.revision <= s.revision {
                    return self;
                }
                if s.has_unsaved_changes() {
                    s.save_status = SaveStatus::Conflict(theirs);
                } else {
                    s.data = theirs.data.clone();
                    s.revision = theirs.revision;
                    s.undo = None;
                    s.notice = Some("Updated with changes saved in another tab.".into());
                }
            }
            Action::TakeTheirs => {
                if let SaveStatus::Conflict(theirs) = &s.save_status {
                    s.data = theirs.data.clone();
                    s.revision = theirs.revision;
                    s.saved_edits = s.edits;
                    s.save_status = SaveStatus::Saved;
                    s.notice = Some("Kept the version saved in the other tab.".into());
                }
            }
            Action::KeepMine => {
                if let SaveStatus::Conflict(theirs) = &s.save_status {
                    // Base this tab on their revision, then save ours on top of it.
                    s.revision = theirs.revision;
                    s.save_status = SaveStatus::Saved;
                    s.edits += 1;
                }
            }
            Action::Retry => s.edits += 1,
            Action::StartedFresh { data, revision } => {
                s.data = data;
                s.revision = revision;
                s.saved_edits = s.edits;
                s.boot = Boot::Ready;
                s.save_status = SaveStatus::Saved;
                s.notice = Some("Started fresh with the demo portfolio.".into());
            }
            Action::StorageUnavailable(e) => s.save_status = SaveStatus::Disabled(e.explain()),
        }
        Rc::new(s)
    }
}

/// Apply an edit to the data; returns an undo label for destructive edits.
fn apply(data: &mut AppData, edit: Edit) -> Option<String> {
    match edit {
        Edit::UpsertClient(c) => {
            data.portfolio.upsert(c);
            None
        }
        Edit::DeleteClient(id) => {
            data.portfolio.remove(&id).map(|c| format!("Deleted {}.", c.company))
        }
        Edit::RemoveDemo => {
            let n = data.portfolio.remove_demo();
            (n > 0).then(|| format!("Removed {n} demo clients."))
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
        Edit::ReplaceAll(d) => {
            *data = d;
            Some("Replaced all data.".into())
        }
    }
}

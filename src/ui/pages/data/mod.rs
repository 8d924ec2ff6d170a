//! Backups, restore, and what the app keeps in this browser.

pub mod clients_io;
pub mod import;
pub mod summary_import;

use gloo::file::callbacks::FileReader;
use yew::prelude::*;

use crate::engine::model::ids::SeededIds;
use crate::i18n::{date_str, number, percent0, t, ta};
use crate::store::backup::{
    export_backup, import_backup, plan_restore, Backup, Merged, Outcome, PurchasesMerge, MAX_BACKUP_BYTES,
};
use crate::store::local::{bytes_used, now_iso};
use crate::store::{part_sizes, STORAGE_QUOTA_BYTES};
use crate::ui::app::use_app;
use crate::ui::platform::browser::{download_text, read_chosen_file, today_iso};
use crate::ui::state::BulkStatus;
use crate::ui::state::{Action, Edit};

/// A backup read from a file. What restoring it would change is worked out from the data of
/// each moment (drawn again after every edit), and once more when the user confirms.
#[derive(Clone, PartialEq)]
struct Pending {
    file_name: String,
    backup: Backup,
}

/// At most this many problems of a refused backup are listed (then "and N more").
const MAX_PROBLEMS_SHOWN: usize = 50;

#[component]
pub fn DataPage() -> Html {
    let state = use_app();
    let message = use_state(|| None::<Result<String, String>>);
    let pending = use_state(|| None::<Pending>);
    let problems = use_state(Vec::<String>::new);
    let reader = use_mut_ref(|| None::<FileReader>);

    let export = {
        let state = state.clone();
        let message = message.clone();
        Callback::from(move |_: MouseEvent| {
            let now = now_iso();
            let result = export_backup(&state.data, &now)
                .map_err(|e| ta("data-ui-backup-write-failed", &[("error", e.to_string().into())]))
                .and_then(|text| {
                    let name = format!("retention-calculator-backup-{}.json", today_iso());
                    download_text(&name, "application/json", &text).map(|_| name).map_err(|e| e.to_string())
                });
            match result {
                Ok(name) => {
                    state.dispatch(Action::Edit(Edit::MarkBackedUp(now)));
                    message.set(Some(Ok(ta("data-ui-backup-downloaded", &[("name", name.into())]))));
                }
                Err(e) => message.set(Some(Err(e))),
            }
        })
    };

    let on_file = {
        let message = message.clone();
        let pending = pending.clone();
        let problems = problems.clone();
        let reader = reader.clone();
        Callback::from(move |e: Event| {
            let message = message.clone();
            let pending = pending.clone();
            let problems = problems.clone();
            let task = read_chosen_file(&e, MAX_BACKUP_BYTES as u64, move |name, result| {
                let read = result
                    .map_err(|e| (ta("data-ui-read-failed", &[("error", e.to_string().into())]), Vec::new()))
                    .and_then(|b| {
                        import_backup(&b, crate::ui::scores::today())
                            .map_err(|r| (r.reason.to_string(), r.problems.iter().map(|p| p.to_string()).collect()))
                    });
                match read {
                    Err((e, list)) => {
                        pending.set(None);
                        problems.set(list);
                        message.set(Some(Err(ta("data-ui-named-error", &[("name", name.into()), ("error", e.into())]))));
                    }
                    Ok(backup) => {
                        message.set(None);
                        problems.set(Vec::new());
                        pending.set(Some(Pending { file_name: name, backup }));
                    }
                }
            });
            *reader.borrow_mut() = task;
        })
    };

    let restore = |merge: bool| {
        let state = state.clone();
        let pending = pending.clone();
        let message = message.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(p) = &*pending {
                let backup = Box::new(p.backup.data.clone());
                if merge {
                    // Planned again in the reducer against the data as it is now; random bytes for
                    // the ids of added clients and scenarios whose ids are taken here.
                    let n = backup.portfolio.clients.len() + backup.scenarios.scenarios.len();
                    let ids = crate::store::ids::random_bytes(n);
                    let label = ta("data-ui-merged-undo", &[("file", p.file_name.clone().into())]);
                    state.dispatch(Action::Edit(Edit::Merge { backup, ids, label }));
                } else {
                    let label = ta("data-ui-replaced-undo", &[("file", p.file_name.clone().into())]);
                    state.dispatch(Action::Edit(Edit::Restore { data: backup, label }));
                }
                message.set(Some(Ok(t("data-ui-restored"))));
            }
            pending.set(None);
        })
    };
    let cancel = {
        let pending = pending.clone();
        Callback::from(move |_: MouseEvent| pending.set(None))
    };

    let used = bytes_used();
    let parts = part_sizes(&state.data);
    // The whole site's storage (IndexedDB included), as the browser estimates it.
    let estimate = use_state(|| None::<(f64, f64)>);
    {
        let estimate = estimate.clone();
        use_effect_with((state.revision, state.bulk.clone()), move |_| {
            wasm_bindgen_futures::spawn_local(async move { estimate.set(crate::store::idb::estimate().await) });
        });
    }
    let bulk_line = match (state.data.purchases.as_deref(), &state.bulk) {
        (None, _) => t("data-ui-bulk-none"),
        (Some(_), BulkStatus::Loading(_)) => t("data-ui-bulk-loading"),
        (Some(_), BulkStatus::Failed { problem, .. }) => problem.to_string(),
        (Some(_), BulkStatus::InDocument { problem }) => problem.to_string(),
        (Some(_), BulkStatus::Storing { .. }) => t("data-ui-bulk-storing"),
        (Some(p), BulkStatus::Settled) if p.bulk.is_some() => ta("data-ui-bulk-kept", &[("n", p.summary.len().into())]),
        (Some(p), BulkStatus::Settled) => ta("data-ui-bulk-in-document", &[("n", p.summary.len().into())]),
    };
    let settings = &state.data.settings;
    html! {
        <section aria-labelledby="data-title">
            <h1 id="data-title">{ t("data-ui-title") }</h1>
            <div class="panel">
                <h2>{ t("data-ui-backup-title") }</h2>
                <p>{ t("data-ui-backup-intro") }</p>
                <p class="hint" data-testid="last-backup">{ match &settings.last_backup_at {
                    Some(at) => ta("data-ui-last-backup", &[("date", date_str(at.get(..10).unwrap_or(at)).into())]),
                    None => t("data-ui-no-backup"),
                } }</p>
                <button type="button" class="primary" onclick={export}>{ t("data-ui-download-backup") }</button>
                { match &*message {
                    Some(Ok(m)) => html! { <p class="ok-text" role="status">{ m }</p> },
                    Some(Err(m)) => html! { <p class="error" role="alert" data-testid="import-error">{ m }</p> },
                    None => html! {},
                } }
                if !problems.is_empty() {
                    <ul class="problems" data-testid="import-problems">
                        { for problems.iter().take(MAX_PROBLEMS_SHOWN).map(|p| html! { <li>{ p }</li> }) }
                        if problems.len() > MAX_PROBLEMS_SHOWN {
                            <li>{ ta("data-ui-restore-problems-more", &[("n", (problems.len() - MAX_PROBLEMS_SHOWN).into())]) }</li>
                        }
                    </ul>
                }
            </div>
            <div class="panel">
                <h2>{ t("data-ui-restore-title") }</h2>
                <p>{ t("data-ui-restore-intro") }</p>
                <label class="button" for="restore-file">{ t("data-ui-choose-backup") }</label>
                <input id="restore-file" class="visually-hidden" type="file" accept=".json,application/json" onchange={on_file} />
                if let Some(p) = &*pending {
                    <div class="restore-plan" data-testid="restore-plan">
                        <h3>{ match p.backup.exported_at.get(..10) {
                            Some(at) => ta("data-ui-restore-saved", &[("file", p.file_name.clone().into()), ("date", date_str(at).into())]),
                            None => ta("data-ui-restore-saved-unknown", &[("file", p.file_name.clone().into())]),
                        } }</h3>
                        if let Some(v) = p.backup.migrated_from {
                            <p class="hint">{ ta("data-ui-restore-migrated", &[("version", v.to_string().into())]) }</p>
                        }
                        { plan_view(&state.data, &p.backup) }
                        <div class="actions">
                            <button type="button" class="primary" onclick={restore(true)}>{ t("data-ui-merge") }</button>
                            <button type="button" class="danger" onclick={restore(false)}>{ t("data-ui-replace") }</button>
                            <button type="button" onclick={cancel}>{ t("data-ui-cancel") }</button>
                        </div>
                    </div>
                }
            </div>
            <crate::ui::pages::data::clients_io::ClientsCsv />
            <crate::ui::pages::data::import::TransactionImport />
            <crate::ui::pages::data::summary_import::SummaryImport />
            <div class="panel" data-testid="storage-health">
                <h2>{ t("data-ui-storage-title") }</h2>
                <p>{ match used {
                    Some(b) => ta("data-ui-storage-used", &[("used", kb(b).into()), ("quota", kb(STORAGE_QUOTA_BYTES).into()),
                        ("percent", percent0(b as f64 / STORAGE_QUOTA_BYTES as f64).into())]),
                    None => t("data-ui-storage-unreadable"),
                } }</p>
                <div class="scroll-x"><table class="compact">
                    <thead><tr><th scope="col">{ t("data-ui-storage-part") }</th><th scope="col" class="num">{ t("data-ui-storage-size") }</th></tr></thead>
                    <tbody>{ for parts.iter().map(|(label, bytes)| html! {
                        <tr><th scope="row">{ label }</th><td class="num">{ kb(*bytes) }</td></tr>
                    }) }</tbody>
                </table></div>
                <h3>{ t("data-ui-bulk-title") }</h3>
                <p data-testid="bulk-health">{ bulk_line }</p>
                if let Some((usage, quota)) = *estimate {
                    <p>{ ta("data-ui-site-storage", &[("used", kb(usage as usize).into()), ("quota", kb(quota as usize).into()),
                        ("percent", percent0(if quota > 0.0 { usage / quota } else { 0.0 }).into())]) }</p>
                }
                <p class="hint">{ t("data-ui-storage-full-hint") }</p>
            </div>
        </section>
    }
}

/// What a merge would do now, every outcome listed (the ids drawn here are for the preview only:
/// the merge draws its own).
fn plan_view(current: &crate::store::AppData, backup: &Backup) -> Html {
    let plan = plan_restore(current, &backup.data, &mut SeededIds::new(0));
    let names = |items: Vec<&Merged>| -> Vec<String> {
        items
            .into_iter()
            .map(|m| {
                let name = match &m.here_name {
                    Some(here) => {
                        ta("data-ui-restore-renamed", &[("name", m.name.clone().into()), ("here", here.clone().into())])
                    }
                    None => m.name.clone(),
                };
                let name = match m.records_added {
                    0 => name,
                    n => ta("data-ui-restore-records-added", &[("name", name.into()), ("n", n.into())]),
                };
                let name = match m.records_kept {
                    0 => name,
                    n => ta("data-ui-restore-records-kept", &[("name", name.into()), ("n", n.into())]),
                };
                match m.records_differ {
                    0 => name,
                    n => ta("data-ui-restore-records-differ", &[("name", name.into()), ("n", n.into())]),
                }
            })
            .collect()
    };
    let line = |key: &'static str, testid: &'static str, list_of: Vec<String>| -> Html {
        if list_of.is_empty() {
            return html! {};
        }
        html! { <li data-testid={testid}>{ ta(key, &[("n", list_of.len().into()), ("list", list(&list_of).into())]) }</li> }
    };
    let unchanged = plan.clients_with(Outcome::Unchanged).len();
    let scenarios_unchanged = plan.scenarios_with(Outcome::Unchanged).len();
    html! {
        <>
        <ul data-testid="restore-clients">
            <li>{ ta("data-ui-restore-counts", &[("clients", backup.data.portfolio.clients.len().into()), ("scenarios", backup.data.scenarios.scenarios.len().into())]) }</li>
            { line("data-ui-restore-added", "merge-added", names(plan.clients_with(Outcome::Added))) }
            { line("data-ui-restore-updated", "merge-updated", names(plan.clients_with(Outcome::Updated))) }
            { line("data-ui-restore-kept", "merge-kept", names(plan.clients_with(Outcome::Kept))) }
            { line("data-ui-restore-conflicts", "merge-conflicts", names(plan.clients_with(Outcome::Conflict))) }
            if unchanged > 0 {
                <li data-testid="merge-unchanged">{ ta("data-ui-restore-unchanged", &[("n", unchanged.into())]) }</li>
            }
            { line("data-ui-restore-only-here", "merge-only-here", plan.only_here.clone()) }
        </ul>
        if !plan.scenarios.is_empty() {
            <ul data-testid="restore-scenarios">
                { line("data-ui-restore-scenarios-added", "merge-scenarios-added", names(plan.scenarios_with(Outcome::Added))) }
                { line("data-ui-restore-scenarios-conflicts", "merge-scenarios-conflicts", names(plan.scenarios_with(Outcome::Conflict))) }
                { line("data-ui-restore-scenarios-full", "merge-scenarios-full", names(plan.scenarios_with(Outcome::BookFull))) }
                if scenarios_unchanged > 0 {
                    <li>{ ta("data-ui-restore-scenarios-unchanged", &[("n", scenarios_unchanged.into())]) }</li>
                }
            </ul>
        }
        <ul>
            { match plan.purchases {
                PurchasesMerge::None => html! {},
                PurchasesMerge::FromBackup(n) => html! { <li data-testid="restore-purchases">{ ta("data-ui-restore-purchases-added", &[("n", n.into())]) }</li> },
                PurchasesMerge::KeptHere => html! { <li data-testid="restore-purchases">{ t("data-ui-restore-purchases-kept") }</li> },
            } }
        </ul>
        <p class="hint">{ t("data-ui-restore-replan") }</p>
        </>
    }
}

fn kb(bytes: usize) -> String {
    if bytes >= 1024 * 1024 {
        ta("data-ui-size-mb", &[("mb", number(bytes as f64 / 1_048_576.0, 1).into())])
    } else {
        ta("data-ui-size-kb", &[("kb", number(bytes as f64 / 1024.0, 1).into())])
    }
}

fn list(names: &[String]) -> String {
    match names.len() {
        0 => t("data-ui-list-none"),
        n if n <= 5 => format!("{}.", names.join(", ")),
        n => ta("data-ui-list-more", &[("names", names[..5].join(", ").into()), ("n", (n - 5).into())]),
    }
}

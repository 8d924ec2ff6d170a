//! Backups, restore, and what the app keeps in this browser.

pub mod clients_io;
pub mod import;
pub mod summary_import;

use gloo::file::callbacks::FileReader;
use yew::prelude::*;

use crate::i18n::{date_str, number, percent0, t, ta};
use crate::store::backup::{
    export_backup, import_backup, plan_restore, Backup, MergeWinner, PurchasesMerge, RestorePlan, MAX_BACKUP_BYTES,
};
use crate::store::local::{bytes_used, now_iso};
use crate::store::{part_sizes, STORAGE_QUOTA_BYTES};
use crate::ui::app::use_app;
use crate::ui::platform::browser::{download_text, read_chosen_file, today_iso};
use crate::ui::state::BulkStatus;
use crate::ui::state::{Action, Edit};

/// A backup read from a file, with what restoring it would change.
#[derive(Clone, PartialEq)]
struct Pending {
    file_name: String,
    backup: Backup,
    plan: RestorePlan,
}

#[component]
pub fn DataPage() -> Html {
    let state = use_app();
    let message = use_state(|| None::<Result<String, String>>);
    let pending = use_state(|| None::<Pending>);
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
        let state = state.clone();
        let message = message.clone();
        let pending = pending.clone();
        let reader = reader.clone();
        Callback::from(move |e: Event| {
            let current = state.data.clone();
            let message = message.clone();
            let pending = pending.clone();
            let task = read_chosen_file(&e, MAX_BACKUP_BYTES as u64, move |name, result| {
                match result
                    .map_err(|e| ta("data-ui-read-failed", &[("error", e.to_string().into())]))
                    .and_then(|b| import_backup(&b).map_err(|e| e.to_string()))
                {
                    Err(e) => {
                        pending.set(None);
                        message.set(Some(Err(ta("data-ui-named-error", &[("name", name.into()), ("error", e.into())]))));
                    }
                    Ok(backup) => {
                        let plan = plan_restore(&current, &backup.data);
                        message.set(None);
                        pending.set(Some(Pending { file_name: name, backup, plan }));
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
                let (data, label) = if merge {
                    (p.plan.merged.clone(), ta("data-ui-merged-undo", &[("file", p.file_name.clone().into())]))
                } else {
                    (p.backup.data.clone(), ta("data-ui-replaced-undo", &[("file", p.file_name.clone().into())]))
                };
                state.dispatch(Action::Edit(Edit::Restore { data: Box::new(data), label }));
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
                        <ul>
                            <li>{ ta("data-ui-restore-counts", &[("clients", p.backup.data.portfolio.clients.len().into()), ("scenarios", p.backup.data.scenarios.scenarios.len().into())]) }</li>
                            <li>{ ta("data-ui-restore-added", &[("n", p.plan.added.len().into()), ("list", list(&p.plan.added).into())]) }</li>
                            <li>{ ta("data-ui-restore-changed", &[("n", p.plan.changed.len().into())]) }
                                if !p.plan.changed.is_empty() {
                                    <ul>{ for p.plan.changed.iter().map(|(name, w)| html! {
                                        <li>{ match w {
                                            MergeWinner::Backup => ta("data-ui-restore-keeps-backup", &[("name", name.into())]),
                                            MergeWinner::Here => ta("data-ui-restore-keeps-here", &[("name", name.into())]),
                                            MergeWinner::Conflict => ta("data-ui-restore-keeps-conflict", &[("name", name.into())]),
                                        } }</li>
                                    }) }</ul>
                                }
                            </li>
                            <li>{ ta("data-ui-restore-only-here", &[("n", p.plan.only_here.len().into()), ("list", list(&p.plan.only_here).into())]) }</li>
                            <li>{ ta("data-ui-restore-unchanged", &[("n", p.plan.unchanged.into())]) }</li>
                            { match p.plan.purchases {
                                PurchasesMerge::None => html! {},
                                PurchasesMerge::FromBackup(n) => html! { <li data-testid="restore-purchases">{ ta("data-ui-restore-purchases-added", &[("n", n.into())]) }</li> },
                                PurchasesMerge::KeptHere => html! { <li data-testid="restore-purchases">{ t("data-ui-restore-purchases-kept") }</li> },
                            } }
                        </ul>
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
                <table class="compact">
                    <thead><tr><th scope="col">{ t("data-ui-storage-part") }</th><th scope="col" class="num">{ t("data-ui-storage-size") }</th></tr></thead>
                    <tbody>{ for parts.iter().map(|(label, bytes)| html! {
                        <tr><th scope="row">{ label }</th><td class="num">{ kb(*bytes) }</td></tr>
                    }) }</tbody>
                </table>
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

//! Backups, restore, and what the app keeps in this browser.

use gloo::file::callbacks::FileReader;
use yew::prelude::*;

use crate::store::backup::{export_backup, import_backup, plan_restore, Backup, MergeWinner, RestorePlan, MAX_BACKUP_BYTES};
use crate::store::local::{bytes_used, now_iso};
use crate::store::{part_sizes, STORAGE_QUOTA_BYTES};
use crate::ui::app::use_app;
use crate::ui::browser::{download_text, read_chosen_file, today_iso};
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
                .map_err(|e| format!("The backup could not be written ({e})."))
                .and_then(|text| {
                    let name = format!("retention-calculator-backup-{}.json", today_iso());
                    download_text(&name, "application/json", &text).map(|_| name)
                });
            match result {
                Ok(name) => {
                    state.dispatch(Action::Edit(Edit::MarkBackedUp(now)));
                    message.set(Some(Ok(format!("Downloaded {name}. Keep it somewhere safe, e.g. with your other work files."))));
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
            let task = read_chosen_file(&e, MAX_BACKUP_BYTES as u64, move |name, result| match result.map_err(|e| format!("{e}. Nothing was changed.")).and_then(|b| import_backup(&b)) {
                Err(e) => {
                    pending.set(None);
                    message.set(Some(Err(format!("“{name}”: {e}"))));
                }
                Ok(backup) => {
                    let plan = plan_restore(&current, &backup.data);
                    message.set(None);
                    pending.set(Some(Pending { file_name: name, backup, plan }));
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
                    (p.plan.merged.clone(), format!("Merged {} into your data.", p.file_name))
                } else {
                    (p.backup.data.clone(), format!("Replaced your data with {}.", p.file_name))
                };
                state.dispatch(Action::Edit(Edit::Restore { data: Box::new(data), label }));
                message.set(Some(Ok("Restored. Undo is available from the message at the top until your next change.".into())));
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
    let settings = &state.data.settings;
    html! {
        <section aria-labelledby="data-title">
            <h1 id="data-title">{ "Data" }</h1>
            <div class="panel">
                <h2>{ "Backup" }</h2>
                <p>{ "Everything you keep in this app lives only in this browser. Download a backup now and then: \
                      one JSON file with your clients, scenarios and settings, its schema version and a checksum, \
                      readable by any later version of the app." }</p>
                <p class="hint" data-testid="last-backup">{ match &settings.last_backup_at {
                    Some(t) => format!("Last backup downloaded {}.", t.get(..10).unwrap_or(t)),
                    None => "No backup downloaded from this browser yet.".to_string(),
                } }</p>
                <button type="button" class="primary" onclick={export}>{ "Download backup" }</button>
                { match &*message {
                    Some(Ok(m)) => html! { <p class="ok-text" role="status">{ m }</p> },
                    Some(Err(m)) => html! { <p class="error" role="alert" data-testid="import-error">{ m }</p> },
                    None => html! {},
                } }
            </div>
            <div class="panel">
                <h2>{ "Restore a backup" }</h2>
                <p>{ "Choose a backup file. Nothing changes until you have seen what it holds and chosen how to restore it." }</p>
                <label class="button" for="restore-file">{ "Choose backup file…" }</label>
                <input id="restore-file" class="visually-hidden" type="file" accept=".json,application/json" onchange={on_file} />
                if let Some(p) = &*pending {
                    <div class="restore-plan" data-testid="restore-plan">
                        <h3>{ format!("{} — saved {}", p.file_name, p.backup.exported_at.get(..10).unwrap_or("at an unknown time")) }</h3>
                        if let Some(v) = p.backup.migrated_from {
                            <p class="hint">{ format!("Written by an older version (schema {v}); it was upgraded on reading.") }</p>
                        }
                        <ul>
                            <li>{ format!("{} clients and {} scenarios in the backup.", p.backup.data.portfolio.clients.len(), p.backup.data.scenarios.scenarios.len()) }</li>
                            <li>{ format!("{} new here: {}", p.plan.added.len(), list(&p.plan.added)) }</li>
                            <li>{ format!("{} differ from your copy:", p.plan.changed.len()) }
                                if !p.plan.changed.is_empty() {
                                    <ul>{ for p.plan.changed.iter().map(|(name, w)| html! {
                                        <li>{ format!("{name} — a merge keeps {}", match w {
                                            MergeWinner::Backup => "the backup's copy (edited later)",
                                            MergeWinner::Here => "your copy (edited later)",
                                            MergeWinner::Conflict => "your copy (conflict: no edit times to compare)",
                                        }) }</li>
                                    }) }</ul>
                                }
                            </li>
                            <li>{ format!("{} only here (a merge keeps them; replacing removes them): {}", p.plan.only_here.len(), list(&p.plan.only_here)) }</li>
                            <li>{ format!("{} unchanged.", p.plan.unchanged) }</li>
                        </ul>
                        <div class="actions">
                            <button type="button" class="primary" onclick={restore(true)}>{ "Merge into my data" }</button>
                            <button type="button" class="danger" onclick={restore(false)}>{ "Replace my data with the backup" }</button>
                            <button type="button" onclick={cancel}>{ "Cancel" }</button>
                        </div>
                    </div>
                }
            </div>
            <crate::ui::clients_io::ClientsCsv />
            <crate::ui::import::TransactionImport />
            <div class="panel" data-testid="storage-health">
                <h2>{ "Storage" }</h2>
                <p>{ match used {
                    Some(b) => format!("This app uses {} of about {} the browser allows each site ({}%).",
                        kb(b), kb(STORAGE_QUOTA_BYTES), (b as f64 / STORAGE_QUOTA_BYTES as f64 * 100.0).round()),
                    None => "The browser does not let this page read its storage.".into(),
                } }</p>
                <table class="compact">
                    <thead><tr><th scope="col">{ "Part" }</th><th scope="col" class="num">{ "Size" }</th></tr></thead>
                    <tbody>{ for parts.iter().map(|(label, bytes)| html! {
                        <tr><th scope="row">{ label }</th><td class="num">{ kb(*bytes) }</td></tr>
                    }) }</tbody>
                </table>
                <p class="hint">{ "When storage is full, the app keeps your last saved data and tells you; download a backup, \
                    then remove what you no longer need (old scenarios, archived clients' interaction notes)." }</p>
            </div>
        </section>
    }
}

fn kb(bytes: usize) -> String {
    if bytes >= 1024 * 1024 {
        format!("{:.1} MB", bytes as f64 / 1_048_576.0)
    } else {
        format!("{:.1} KB", bytes as f64 / 1024.0)
    }
}

fn list(names: &[String]) -> String {
    match names.len() {
        0 => "none.".into(),
        n if n <= 5 => format!("{}.", names.join(", ")),
        n => format!("{} and {} more.", names[..5].join(", "), n - 5),
    }
}

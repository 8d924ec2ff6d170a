//! The header with navigation and save status, and the banners under it.

use yew::prelude::*;
use yew_router::prelude::*;

use super::app::{use_app, Route};
use super::state::{Action, SaveStatus};

#[component]
pub fn Header() -> Html {
    let state = use_app();
    let current = use_route::<Route>();
    let link = |to: Route, label: &'static str| {
        let active = match (&current, &to) {
            (Some(Route::Client { .. }), Route::Portfolio) => true,
            (Some(c), t) => c == t,
            _ => false,
        };
        html! {
            <li>
                <Link<Route> to={to} classes={classes!("nav-link", active.then_some("active"))}>
                    <span aria-current={active.then_some("page")}>{ label }</span>
                </Link<Route>>
            </li>
        }
    };
    let (status_class, status_text) = match &state.save_status {
        SaveStatus::Saved if state.has_unsaved_changes() => ("status saving", "Saving…"),
        SaveStatus::Saved => ("status ok", "All changes saved"),
        SaveStatus::Failed(_) => ("status bad", "Not saved"),
        SaveStatus::Conflict(_) => ("status bad", "Conflict with another tab"),
        SaveStatus::Disabled(_) => ("status bad", "Storage off: changes are not kept"),
    };
    html! {
        <header class="app-header">
            <a class="skip-link" href="#main">{ "Skip to content" }</a>
            <div class="brand">
                <span class="logo" aria-hidden="true">{ "◎" }</span>
                <span class="product">{ "Retention Calculator" }</span>
            </div>
            <nav aria-label="Main">
                <ul>
                    { link(Route::Portfolio, "Portfolio") }
                    { link(Route::Scenarios, "Scenarios") }
                    { link(Route::Purchases, "Purchases") }
                    { link(Route::Data, "Data") }
                    { link(Route::Settings, "Settings") }
                </ul>
            </nav>
            <span class={status_class} role="status" data-testid="save-status">{ status_text }</span>
        </header>
    }
}

/// Save problems, conflicts, and one-line notices with Undo.
#[component]
pub fn Banners() -> Html {
    let state = use_app();
    let dispatch = |a: Action| {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(a.clone()))
    };
    let save_banner = match &state.save_status {
        SaveStatus::Saved => html! {},
        SaveStatus::Failed(msg) => html! {
            <div class="banner error" role="alert" data-testid="save-error">
                <p>{ msg }</p>
                <button type="button" onclick={dispatch(Action::Retry)}>{ "Retry saving" }</button>
            </div>
        },
        SaveStatus::Disabled(msg) => html! {
            <div class="banner error" role="alert" data-testid="storage-disabled"><p>{ msg }</p></div>
        },
        SaveStatus::Conflict(theirs) => html! {
            <div class="banner warn" role="alert" data-testid="conflict">
                <p>{ format!(
                    "Another tab saved changes (at {}) while this tab had unsaved ones. Which version do you want to keep? \
                     The other is discarded.", if theirs.saved_at.is_empty() { "an unknown time" } else { &theirs.saved_at }) }</p>
                <button type="button" onclick={dispatch(Action::TakeTheirs)}>{ "Keep the other tab's version" }</button>
                <button type="button" onclick={dispatch(Action::KeepMine)}>{ "Keep this tab's version" }</button>
            </div>
        },
    };
    let notice = state.notice.clone().or_else(|| state.undo.as_ref().map(|(label, _)| label.clone()));
    let notice_banner = match notice {
        None => html! {},
        Some(text) => html! {
            <div class="banner info" role="status" data-testid="notice">
                <p>{ text }</p>
                if state.undo.is_some() {
                    <button type="button" onclick={dispatch(Action::Undo)}>{ "Undo" }</button>
                }
                <button type="button" class="link" aria-label="Dismiss message" onclick={dispatch(Action::DismissNotice)}>{ "✕" }</button>
            </div>
        },
    };
    let snoozed = use_state(|| false);
    let has_own_clients = state.data.portfolio.clients.iter().any(|c| !c.demo);
    let reminder = match state.data.settings.backup_overdue_days(&crate::store::local::now_iso()) {
        Some(days) if has_own_clients && !*snoozed => {
            let snooze = {
                let snoozed = snoozed.clone();
                Callback::from(move |_: MouseEvent| snoozed.set(true))
            };
            html! {
                <div class="banner warn" role="status" data-testid="backup-reminder">
                    <p>{ format!("No backup for {days} days. Your data lives only in this browser: clearing it, or a broken disk, loses it.") }</p>
                    <Link<Route> to={Route::Data} classes="button">{ "Download a backup" }</Link<Route>>
                    <button type="button" class="link" onclick={snooze}>{ "Later" }</button>
                </div>
            }
        }
        _ => html! {},
    };
    html! { <div class="banners">{ save_banner }{ reminder }{ notice_banner }</div> }
}

//! The header with navigation and save status, and the banners under it.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::i18n::{t, ta};
use crate::ui::app::{use_app, Route};
use crate::ui::state::{Action, SaveStatus};

#[derive(Properties, PartialEq)]
struct NavLinkProps {
    to: Route,
    active: bool,
    label: AttrValue,
}

/// A link of the main navigation. The current page is marked for screen readers on the link
/// itself (`aria-current="page"`) as well as drawn highlighted; focus shows the page's focus ring.
#[component]
fn NavLink(p: &NavLinkProps) -> Html {
    let navigator = use_navigator();
    let onclick = {
        let to = p.to.clone();
        Callback::from(move |e: MouseEvent| {
            // Modified clicks (new tab, new window) are left to the browser.
            if e.meta_key() || e.ctrl_key() || e.shift_key() || e.alt_key() {
                return;
            }
            if let Some(nav) = &navigator {
                e.prevent_default();
                nav.push(&to);
            }
        })
    };
    html! {
        <li>
            <a href={p.to.to_path()} class={classes!("nav-link", p.active.then_some("active"))}
                aria-current={p.active.then_some("page")} {onclick}>{ &p.label }</a>
        </li>
    }
}

/// When another tab saved, in the reader's language and time zone; the raw text if unreadable.
fn saved_time(iso: &str) -> String {
    if iso.is_empty() {
        return t("app-conflict-unknown-time");
    }
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(iso));
    if d.get_time().is_nan() {
        return iso.to_string();
    }
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"medium".into());
    let _ = js_sys::Reflect::set(&options, &"timeStyle".into(), &"short".into());
    d.to_locale_string(crate::i18n::lang().locale(), &options).as_string().unwrap_or_else(|| iso.to_string())
}

#[component]
pub fn Header() -> Html {
    let state = use_app();
    let current = use_route::<Route>();
    let link = |to: Route| {
        let active = match (&current, &to) {
            (Some(Route::Client { .. }), Route::Portfolio) => true,
            (Some(c), t) => c == t,
            _ => false,
        };
        let label = to.title();
        html! { <NavLink {to} {active} {label} /> }
    };
    // The tab's title names the page in the reader's language (what screen readers announce first).
    {
        let page = current.as_ref().map(Route::title).unwrap_or_default();
        let title = if page.is_empty() { t("app-product-name") } else { format!("{page} · {}", t("app-product-name")) };
        use_effect_with(title, |title| {
            if let Some(d) = web_sys::window().and_then(|w| w.document()) {
                d.set_title(title);
            }
        });
    }
    // `data-state` names the status in every language (for tests and styling).
    let (status_class, status_state, status_text) = match &state.save_status {
        SaveStatus::Saved if state.has_unsaved_changes() => ("status saving", "saving", t("app-status-saving")),
        SaveStatus::Saved => ("status ok", "saved", t("app-status-saved")),
        SaveStatus::Failed(_) => ("status bad", "failed", t("app-status-failed")),
        SaveStatus::Conflict(_) => ("status bad", "conflict", t("app-status-conflict")),
        SaveStatus::Disabled(_) => ("status bad", "disabled", t("app-status-disabled")),
    };
    html! {
        <header class="app-header">
            <a class="skip-link" href="#main">{ t("app-skip-to-content") }</a>
            <div class="brand">
                <span class="logo" aria-hidden="true">{ "◎" }</span>
                <span class="product">{ t("app-product-name") }</span>
            </div>
            <nav aria-label={t("app-nav-label")}>
                <ul>
                    { link(Route::Portfolio) }
                    { link(Route::Scenarios) }
                    { link(Route::Retention) }
                    { link(Route::Purchases) }
                    { link(Route::Data) }
                    { link(Route::Settings) }
                </ul>
            </nav>
            <span class={status_class} role="status" data-testid="save-status" data-state={status_state}>{ status_text }</span>
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
                <button type="button" onclick={dispatch(Action::Retry)}>{ t("app-retry-saving") }</button>
            </div>
        },
        SaveStatus::Disabled(msg) => html! {
            <div class="banner error" role="alert" data-testid="storage-disabled"><p>{ msg }</p></div>
        },
        SaveStatus::Conflict(theirs) => html! {
            <div class="banner warn" role="alert" data-testid="conflict">
                <p>{ ta("app-conflict-text", &[("time", saved_time(&theirs.saved_at).into())]) }</p>
                <button type="button" onclick={dispatch(Action::TakeTheirs)}>{ t("app-conflict-keep-theirs") }</button>
                <button type="button" onclick={dispatch(Action::KeepMine)}>{ t("app-conflict-keep-mine") }</button>
            </div>
        },
    };
    let notice = state.notice.clone().or_else(|| state.undo.as_ref().map(|(label, _)| label.clone()));
    let notice_banner = match notice {
        None => html! {},
        Some(text) => html! {
            <div class="banner info" role="status" data-testid="notice">
                <p>{ text.to_string() }</p>
                if state.undo.is_some() {
                    <button type="button" onclick={dispatch(Action::Undo)}>{ t("app-undo") }</button>
                }
                <button type="button" class="link" aria-label={t("app-dismiss-message")} onclick={dispatch(Action::DismissNotice)}>{ "✕" }</button>
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
                    <p>{ ta("app-backup-reminder", &[("days", days.into())]) }</p>
                    <Link<Route> to={Route::Data} classes="button">{ t("app-backup-download") }</Link<Route>>
                    <button type="button" class="link" onclick={snooze}>{ t("app-backup-later") }</button>
                </div>
            }
        }
        _ => html! {},
    };
    html! { <div class="banners">{ save_banner }{ reminder }{ notice_banner }</div> }
}

#[derive(Properties, PartialEq)]
pub struct FrameProps {
    pub children: Html,
}

/// The page around every route: header, banners and the main area. The full app and the first
/// screen (`ui::first`) draw the same frame, so the one replaces the other without a visible change.
#[component]
pub fn Frame(p: &FrameProps) -> Html {
    html! {
        <div class="app-root">
            <Header />
            <Banners />
            <main id="main" class="page">{ p.children.clone() }</main>
        </div>
    }
}

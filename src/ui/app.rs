//! The root component: routes, the state context, and the effects that persist state.

use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;
use yew_router::prelude::*;

use super::pages::{
    client::ClientPage, data::DataPage, not_found::NotFound, portfolio::PortfolioPage, purchases::PurchasesPage,
    recovery::Recovery, retention::RetentionPage, scenarios::ScenariosPage, settings::SettingsPage,
};
use super::state::{Action, AppState, Boot, BulkStatus, SaveStatus};
use crate::store::local::{now_iso, store, LocalKv};
use crate::store::{first_start_data_on, KeyValue, LoadOutcome, SaveError, Store, STORAGE_KEY};
use crate::ui::components::layout::Frame;

type Reducer = fn(Rc<AppState>, Action) -> Rc<AppState>;

thread_local! {
    /// The reducer every dispatch goes through. Until the full app installs
    /// [`AppState::reduce`] (in [`initial_state`]) it is one that keeps the state as it is: the
    /// first screen (`ui::first`) shares the pages' `AppCtx` but must change nothing, and since
    /// it never names `AppState::reduce`, the linker leaves the reducer and everything it edits
    /// (imports, merges, scenarios…) out of its module.
    static REDUCER: std::cell::Cell<Reducer> = std::cell::Cell::new(|s, _| s);
}

fn install_reducer() {
    REDUCER.with(|r| r.set(AppState::reduce));
}

impl Reducible for AppState {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        REDUCER.with(|r| r.get())(self, action)
    }
}

/// The app state handed to every page.
pub type AppCtx = UseReducerHandle<AppState>;

#[derive(Clone, Routable, PartialEq, Debug)]
pub enum Route {
    #[at("/")]
    Portfolio,
    #[at("/client/:id")]
    Client { id: String },
    #[at("/scenarios")]
    Scenarios,
    #[at("/retention")]
    Retention,
    #[at("/purchases")]
    Purchases,
    #[at("/data")]
    Data,
    #[at("/settings")]
    Settings,
    #[not_found]
    #[at("/404")]
    NotFound,
}

impl Route {
    /// The page's name in the reader's language (navigation labels).
    pub fn title(&self) -> String {
        crate::i18n::t(match self {
            Route::Portfolio => crate::k!("app-route-portfolio"),
            Route::Client { .. } => crate::k!("app-route-client"),
            Route::Scenarios => crate::k!("app-route-scenarios"),
            Route::Retention => crate::k!("app-route-retention"),
            Route::Purchases => crate::k!("app-route-purchases"),
            Route::Data => crate::k!("app-route-data"),
            Route::Settings => crate::k!("app-route-settings"),
            Route::NotFound => crate::k!("app-route-not-found"),
        })
    }
}

fn switch(route: Route) -> Html {
    match route {
        Route::Portfolio => html! { <PortfolioPage /> },
        Route::Client { id } => html! { <ClientPage key={id.clone()} id={id.clone()} /> },
        Route::Scenarios => html! { <ScenariosPage /> },
        Route::Retention => html! { <RetentionPage /> },
        Route::Purchases => html! { <PurchasesPage /> },
        Route::Data => html! { <DataPage /> },
        Route::Settings => html! { <SettingsPage /> },
        Route::NotFound => html! { <NotFound /> },
    }
}

/// The demo portfolio dated to today and named in the current language (its clients' notes are
/// example data and stay as written).
pub fn demo_data() -> crate::store::AppData {
    let mut data = first_start_data_on(super::scores::today());
    data.portfolio.name = crate::i18n::t("common-demo-portfolio-name");
    data
}

/// The first state from what storage holds: the language, this tab's writer id, the date of the
/// data's first save. (The full app and the first screen both start from here.)
pub(super) fn state_from(outcome: LoadOutcome) -> AppState {
    // On first start the demo portfolio is named in the browser's language.
    crate::i18n::set_lang(crate::ui::platform::intl::chosen_lang(None));
    let mut state = AppState::boot(outcome, demo_data());
    // This tab's writer id, stored with every revision it writes.
    state.writer = crate::store::ids::new_id();
    // Date the data's first save in this browser, for the backup reminder (saved with the next edit).
    if state.data.settings.first_saved_at.is_none() {
        state.data.settings.first_saved_at = Some(now_iso());
    }
    state
}

/// Read storage once at start (migrating an older document) and build the first state.
fn initial_state() -> AppState {
    install_reducer();
    let store = store();
    let outcome = store.load();
    let migrated = matches!(outcome, LoadOutcome::Loaded { migrated_from: Some(_), .. });
    let mut state = state_from(outcome);
    if migrated {
        state.pre_migration_raw = store.kv.get(STORAGE_KEY).ok().flatten().map(Rc::new);
    }
    // A copy kept by an earlier migration goes once a backup was downloaded, or after 30 days.
    store.expire_pre_migration_copy(state.data.settings.last_backup_at.as_deref(), &now_iso());
    state
}

/// A module has drawn itself: the elements named by `remove` go (the static shell of index.html,
/// shown while the wasm loaded; the first screen, once the full app is there), the element named
/// by `show` (the full app's, drawn hidden beside the first screen) is shown, in the same task, and
/// `event` tells the page's scripts (first-screen.js, register-sw.js).
pub(super) fn drawn(remove: &[&str], show: Option<&str>, event: &str) {
    let window = web_sys::window();
    if let Some(document) = window.as_ref().and_then(|w| w.document()) {
        for id in remove {
            if let Some(element) = document.get_element_by_id(id) {
                element.remove();
            }
        }
        if let Some(shown) =
            show.and_then(|id| document.get_element_by_id(id)).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            shown.set_hidden(false);
        }
    }
    if let (Some(window), Ok(event)) = (window, web_sys::Event::new(event)) {
        let _ = window.dispatch_event(&event);
    }
}

/// The id of the element the full app draws into.
const APP_ROOT: &str = "app";

/// A new element at the end of the body for a module to draw into (`id`), hidden if asked.
pub(super) fn root_element(id: &str, hidden: bool) -> Option<web_sys::Element> {
    let document = web_sys::window()?.document()?;
    let root = document.create_element("div").ok()?;
    root.set_id(id);
    if hidden {
        let _ = root.set_attribute("hidden", "");
    }
    document.body()?.append_child(&root).ok()?;
    Some(root)
}

/// Mount the full app. While the first screen is shown, the app is drawn hidden beside it and
/// takes its place once drawn (in one task, so the reader sees no change but the page coming alive).
pub fn mount() {
    let first_shown =
        web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(super::first::ROOT)).is_some();
    match root_element(APP_ROOT, first_shown) {
        Some(root) => {
            yew::Renderer::<App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<App>::new().render();
        }
    }
}

#[component]
pub fn App() -> Html {
    let state = use_reducer(initial_state);

    // Persist: whenever the local edit counter moves, save (unless the user must decide first).
    {
        let state = state.clone();
        use_effect_with(state.edits, move |_| {
            let blocked = matches!(state.save_status, SaveStatus::Conflict(_) | SaveStatus::Disabled(_));
            if state.boot == Boot::Ready && state.has_unsaved_changes() && !blocked && state.may_save() {
                let store = store();
                let now = now_iso();
                // The text a migration started from, kept once (only if it fits), before the
                // first save writes over it; never tried again.
                if let Some(raw) = &state.pre_migration_raw {
                    let document = crate::store::encode(&state.data, state.revision, &now).map(|t| t.len() * 2).unwrap_or(0);
                    store.keep_pre_migration_copy(raw, document, &now);
                    state.dispatch(Action::PreMigrationHandled);
                }
                match store.save(&state.data, &state.base(), &state.writer, &now) {
                    Ok(stamp) => {
                        state.dispatch(Action::Saved { stamp, edits: state.edits });
                        store.expire_pre_migration_copy(state.data.settings.last_backup_at.as_deref(), &now);
                    }
                    Err(SaveError::Conflict(theirs)) => state.dispatch(Action::Conflict(Rc::new(*theirs))),
                    Err(e) => state.dispatch(Action::SaveFailed(e.explain().to_string())),
                }
            }
        });
    }

    // The bulk store (IndexedDB): read the customers the document names…
    {
        let dispatcher = state.dispatcher();
        let wanted = match &state.bulk {
            BulkStatus::Loading(r) => Some(r.clone()),
            _ => None,
        };
        use_effect_with(wanted, move |wanted| {
            if let Some(bulk) = wanted.clone() {
                wasm_bindgen_futures::spawn_local(async move {
                    match crate::store::idb::read_study(&bulk).await {
                        Ok(list) => dispatcher.dispatch(Action::BulkLoaded { bulk, customers: std::sync::Arc::new(list) }),
                        Err(e) => dispatcher.dispatch(Action::BulkLoadFailed { bulk, problem: e.explain() }),
                    }
                });
            }
        });
    }
    // …write the customers of a new (or older document's) history before the document is saved…
    {
        let dispatcher = state.dispatcher();
        let list = state.customers_to_store();
        let key = list.as_ref().map(|l| std::sync::Arc::as_ptr(l) as usize);
        use_effect_with(key, move |_| {
            if let Some(customers) = list {
                wasm_bindgen_futures::spawn_local(async move {
                    match crate::store::idb::write_study(&customers, &now_iso()).await {
                        Ok(bulk) => dispatcher.dispatch(Action::BulkStored { customers, bulk }),
                        Err(e) => {
                            let problem = match e {
                                crate::store::StorageError::QuotaExceeded => crate::i18n::Text::new("data-bulk-full"),
                                other => crate::i18n::Text::new("data-bulk-failed").arg("reason", other.explain()),
                            };
                            dispatcher.dispatch(Action::BulkStoreFailed { customers, problem })
                        }
                    }
                });
            }
        });
    }
    // …and, once the document is saved, remove the records of histories it no longer names.
    {
        let named = state.data.purchases.as_deref().and_then(|p| p.bulk.as_ref()).map(|b| b.id.clone());
        let settled = state.bulk == BulkStatus::Settled && !state.has_unsaved_changes();
        use_effect_with((state.revision, named, settled), move |(_, named, settled)| {
            if *settled {
                let named = named.clone();
                // Without a history named, only records older than a day go (another tab may be
                // importing one right now).
                let cutoff = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(js_sys::Date::now() - 86_400_000.0))
                    .to_iso_string()
                    .as_string()
                    .unwrap_or_default();
                wasm_bindgen_futures::spawn_local(async move {
                    crate::store::idb::remove_unused(named.as_deref(), &cutoff).await;
                });
            }
        });
    }

    // Another tab saved: take its data, or flag a conflict if this tab has unsaved edits.
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|w| {
                EventListener::new(&w, "storage", move |event| {
                    let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else { return };
                    if event.key().as_deref() != Some(STORAGE_KEY) {
                        return;
                    }
                    if let Some(new_value) = event.new_value() {
                        if let LoadOutcome::Loaded { envelope, .. } = Store::<LocalKv>::interpret(new_value) {
                            dispatcher.dispatch(Action::External(Rc::new(envelope)));
                        }
                    }
                })
            });
            move || drop(listener)
        });
    }

    // The language and formats every message and figure below uses. Keying the page on them
    // redraws everything when either changes (components otherwise keep their last drawing).
    // The app is drawn: the first screen and the static shell go, and the service worker may now
    // install (register-sw.js waits for this, so that its download of every file does not compete
    // with the first render).
    use_effect_with((), |_| drawn(&["shell", super::first::ROOT], Some(APP_ROOT), "app-drawn"));
    // A language whose messages have not arrived yet is fetched; until then the page stays in the
    // language it was shown in.
    let wanted = crate::ui::platform::intl::chosen_lang(state.data.settings.language.as_deref());
    {
        let redraw = use_force_update();
        use_effect_with(wanted, move |wanted| {
            if !crate::i18n::has_messages(*wanted) {
                let wanted = *wanted;
                wasm_bindgen_futures::spawn_local(async move {
                    if crate::ui::platform::messages::load(&[wanted]).await {
                        redraw.force_update();
                    }
                });
            }
        });
    }
    let lang = if crate::i18n::has_messages(wanted) { wanted } else { crate::i18n::lang() };
    crate::ui::platform::intl::install(lang, &state.data.portfolio.currency);
    let locale_key = format!("{}-{}", lang.code(), state.data.portfolio.currency);

    let body = match &state.boot {
        Boot::Recovery { raw, problem } => html! { <Recovery raw={raw.clone()} problem={problem.explain().to_string()} /> },
        Boot::Ready => html! {
            <Frame key={locale_key}>
                <Switch<Route> render={switch} />
            </Frame>
        },
    };

    html! {
        <ContextProvider<AppCtx> context={state.clone()}>
            <BrowserRouter>
                { body }
            </BrowserRouter>
        </ContextProvider<AppCtx>>
    }
}

/// The app state from context. Every page is inside the provider, so it is always there;
/// a missing context can only be a programming error in a test harness.
#[hook]
pub fn use_app() -> AppCtx {
    #[allow(clippy::expect_used)]
    use_context::<AppCtx>().expect("App provides the state context to every page")
}

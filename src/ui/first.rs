//! The first screen: the portfolio, drawn by a module of its own (`src/bin/first.rs`) while the
//! full app downloads. It is the same frame and the same portfolio page as the full app's, from the
//! same stored document, but it changes nothing: its reducer is the default one that keeps the
//! state as it is (`app::install_reducer` is the full app's), it saves nothing and it leaves every
//! other route, an older document (a migration), a warm start and unreadable storage to the full
//! app. Its search and filters work (they are the page's own state); until the full app has drawn
//! itself, `first-screen.js` holds back every other click, then carries the fields' values and the
//! last click over to the full app's page.
//!
//! The module holds only what this draws: the page's components, the store's reading of a current
//! document, the portfolio's scores and the messages; the linker leaves the rest out (no reducer,
//! no other page, no migration, no import). `make build` prints every module's size.

use std::rc::Rc;

use yew::prelude::*;
use yew_router::prelude::*;

use super::app::{state_from, AppCtx};
use super::pages::portfolio::PortfolioPage;
use super::state::AppState;
use crate::store::local::store;
use crate::ui::components::layout::Frame;

/// The id of the element the first screen draws into (first-screen.js holds its input back).
pub const ROOT: &str = "first";

/// Draw the first screen if it can be drawn; else tell first-screen.js to load the full app now.
pub fn start() {
    let root = prepare().and_then(|state| Some((state, super::app::root_element(ROOT, false)?)));
    match root {
        Some((state, root)) => {
            yew::Renderer::<FirstScreen>::with_root_and_props(root, FirstProps { state: Rc::new(state) }).render();
        }
        None => {
            if let (Some(window), Ok(event)) = (web_sys::window(), web_sys::Event::new("first-skipped")) {
                let _ = window.dispatch_event(&event);
            }
        }
    }
}

/// The state the first screen draws: `None` when it should leave the page to the full app (a
/// route other than the portfolio, a warm start from the service worker's cache, a document to
/// migrate, unreadable or unavailable storage).
pub fn prepare() -> Option<AppState> {
    let window = web_sys::window()?;
    let path = window.location().pathname().ok()?;
    if path != "/" && path != "/index.html" {
        return None;
    }
    // A warm start: first-screen.js has started the full app at once (every file is cached).
    if window.document()?.document_element()?.get_attribute("data-start").as_deref() == Some("app") {
        return None;
    }
    let state = state_from(store().load_current()?);
    (state.boot == super::state::Boot::Ready).then_some(state)
}

#[derive(Properties)]
pub struct FirstProps {
    pub state: Rc<AppState>,
}

impl PartialEq for FirstProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.state, &other.state)
    }
}

#[component]
pub fn FirstScreen(p: &FirstProps) -> Html {
    let state = {
        let first = p.state.clone();
        use_reducer(move || (*first).clone())
    };
    let lang = crate::ui::platform::intl::chosen_lang(state.data.settings.language.as_deref());
    let lang = if crate::i18n::has_messages(lang) { lang } else { crate::i18n::lang() };
    crate::ui::platform::intl::install(lang, &state.data.portfolio.currency);
    // Drawn: the full app may load now (first-screen.js), and the static shell goes.
    use_effect_with((), |_| super::app::drawn(&["shell"], None, "first-drawn"));
    html! {
        <ContextProvider<AppCtx> context={state}>
            <BrowserRouter>
                <Frame><PortfolioPage /></Frame>
            </BrowserRouter>
        </ContextProvider<AppCtx>>
    }
}

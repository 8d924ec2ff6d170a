//! Shown when the stored data cannot be opened: explain, offer the raw text, start fresh.

use std::rc::Rc;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::store::first_start_data_on;
use crate::store::local::{now_iso, store};
use crate::ui::app::{use_app, Route};
use crate::ui::browser::{download_text, today_iso};
use crate::ui::state::Action;

#[derive(Properties, PartialEq)]
pub struct RecoveryProps {
    pub raw: Rc<String>,
    pub problem: String,
}

#[component]
pub fn Recovery(p: &RecoveryProps) -> Html {
    let state = use_app();
    let confirming = use_state(|| false);
    let message = use_state(|| None::<String>);
    let download = {
        let raw = p.raw.clone();
        let message = message.clone();
        Callback::from(move |_: MouseEvent| {
            let name = format!("retention-calculator-unreadable-{}.txt", today_iso());
            message.set(Some(match download_text(&name, "text/plain", &raw) {
                Ok(()) => format!("Downloaded {name}. Keep it: it is your data exactly as it was stored."),
                Err(e) => e,
            }));
        })
    };
    let ask = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(true))
    };
    let cancel = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(false))
    };
    let navigator = use_navigator();
    let start_fresh = {
        let state = state.clone();
        let message = message.clone();
        Callback::from(move |_: MouseEvent| {
            let data = first_start_data_on(crate::ui::scores::today());
            match store().overwrite(&data, 1, &now_iso()) {
                Ok(revision) => {
                    state.dispatch(Action::StartedFresh { data, revision });
                    if let Some(nav) = &navigator {
                        nav.push(&Route::Portfolio);
                    }
                }
                Err(e) => message.set(Some(e.explain())),
            }
        })
    };
    html! {
        <main class="page recovery" id="main" data-testid="recovery">
            <h1>{ "Your saved data could not be opened" }</h1>
            <p class="problem">{ &p.problem }</p>
            <p>{ format!("Nothing has been changed or deleted: the {} characters stored in this browser are kept \
                          exactly as they are until you choose what to do.", p.raw.chars().count()) }</p>
            <div class="actions">
                <button type="button" class="primary" onclick={download}>{ "Download the saved text" }</button>
                if !*confirming {
                    <button type="button" onclick={ask}>{ "Start fresh…" }</button>
                }
            </div>
            if *confirming {
                <div class="banner warn" role="alertdialog" aria-labelledby="confirm-fresh">
                    <p id="confirm-fresh">{ "Starting fresh replaces the unreadable data with the demo portfolio. \
                        Download the saved text first if you may need it. Start fresh now?" }</p>
                    <button type="button" class="danger" onclick={start_fresh}>{ "Yes, start fresh" }</button>
                    <button type="button" onclick={cancel}>{ "Cancel" }</button>
                </div>
            }
            if let Some(m) = &*message { <p role="status">{ m }</p> }
        </main>
    }
}

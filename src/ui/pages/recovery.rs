//! Shown when the stored data cannot be opened: explain, offer the raw text, start fresh.

use std::rc::Rc;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::i18n::{t, ta};
use crate::store::first_start_data_on;
use crate::store::local::{now_iso, store};
use crate::ui::app::{use_app, Route};
use crate::ui::platform::browser::{download_text, today_iso};
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
                Ok(()) => ta("data-ui-recovery-downloaded", &[("name", name.clone().into())]),
                Err(e) => e.to_string(),
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
            // A revision above any this tab has seen and the one the unreadable text names, as
            // this tab's writer: an older tab still open sees a new stamp and does not write over it.
            match store().start_fresh(&data, state.revision, &state.writer, &now_iso()) {
                Ok(stamp) => {
                    state.dispatch(Action::StartedFresh { data, stamp });
                    if let Some(nav) = &navigator {
                        nav.push(&Route::Portfolio);
                    }
                }
                Err(e) => message.set(Some(e.explain().to_string())),
            }
        })
    };
    html! {
        <main class="page recovery" id="main" data-testid="recovery">
            <h1>{ t("data-ui-recovery-title") }</h1>
            <p class="problem">{ &p.problem }</p>
            <p>{ ta("data-ui-recovery-kept", &[("n", p.raw.chars().count().into())]) }</p>
            <div class="actions">
                <button type="button" class="primary" onclick={download}>{ t("data-ui-recovery-download") }</button>
                if !*confirming {
                    <button type="button" onclick={ask}>{ t("data-ui-recovery-start-fresh") }</button>
                }
            </div>
            if *confirming {
                <div class="banner warn" role="alertdialog" aria-labelledby="confirm-fresh">
                    <p id="confirm-fresh">{ t("data-ui-recovery-confirm") }</p>
                    <button type="button" class="danger" onclick={start_fresh}>{ t("data-ui-recovery-yes") }</button>
                    <button type="button" onclick={cancel}>{ t("data-ui-cancel") }</button>
                </div>
            }
            if let Some(m) = &*message { <p role="status">{ m }</p> }
        </main>
    }
}

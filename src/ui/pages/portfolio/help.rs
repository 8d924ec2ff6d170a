//! "How to read the scores": one sentence per figure, open on first start until the user says
//! they have read it, then folded but always there.

use yew::prelude::*;

use crate::i18n::t;
use crate::k;
use crate::ui::app::use_app;
use crate::ui::state::{Action, Edit};

/// (title key, sentence key) of each figure the app shows.
const ENTRIES: [(&str, &str); 8] = [
    (k!("common-help-profit"), k!("common-help-profit-text")),
    (k!("common-help-loyalty"), k!("common-help-loyalty-text")),
    (k!("common-help-risk"), k!("common-help-risk-text")),
    (k!("common-help-segment"), k!("common-help-segment-text")),
    (k!("common-help-abc"), k!("common-help-abc-text")),
    (k!("common-help-clv"), k!("common-help-clv-text")),
    (k!("common-help-concentration"), k!("common-help-concentration-text")),
    (k!("common-help-palive"), k!("common-help-palive-text")),
];

#[component]
pub fn ScoreHelp() -> Html {
    let state = use_app();
    let first_run = !state.data.settings.help_dismissed;
    let dismiss = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Edit(Edit::DismissHelp)))
    };
    html! {
        <details class="panel help" data-testid="score-help" open={first_run}>
            <summary>{ t("common-help-title") }</summary>
            <p class="hint">{ t("common-help-intro") }</p>
            <dl class="help-list">
                { for ENTRIES.iter().map(|(title, text)| html! {
                    <>
                        <dt>{ t(title) }</dt>
                        <dd>{ t(text) }</dd>
                    </>
                }) }
            </dl>
            if first_run {
                <button type="button" onclick={dismiss}>{ t("common-help-got-it") }</button>
            }
        </details>
    }
}

//! Import and export.

use yew::prelude::*;

use crate::store::local::{bytes_used, now_iso};
use crate::store::encode;
use crate::ui::app::use_app;
use crate::ui::browser::{download_text, today_iso};

#[component]
pub fn DataPage() -> Html {
    let state = use_app();
    let message = use_state(|| None::<Result<String, String>>);
    let export = {
        let state = state.clone();
        let message = message.clone();
        Callback::from(move |_: MouseEvent| {
            let result = encode(&state.data, state.revision, &now_iso())
                .map_err(|e| format!("The data could not be written as JSON ({e})."))
                .and_then(|text| {
                    let name = format!("retention-calculator-{}.json", today_iso());
                    download_text(&name, "application/json", &text).map(|_| format!("Downloaded {name}."))
                });
            message.set(Some(result));
        })
    };
    let used = bytes_used().map(|b| format!("{:.1} KB", b as f64 / 1024.0)).unwrap_or_else(|| "unknown".into());
    html! {
        <section aria-labelledby="data-title">
            <h1 id="data-title">{ "Data" }</h1>
            <div class="panel">
                <h2>{ "Export" }</h2>
                <p>{ "Everything you keep in this app lives only in this browser. Download a copy now and then: \
                      it is one JSON file with the schema version, readable by any later version of the app." }</p>
                <button type="button" class="primary" onclick={export}>{ "Download all data (JSON)" }</button>
                { match &*message {
                    Some(Ok(m)) => html! { <p class="ok-text" role="status">{ m }</p> },
                    Some(Err(m)) => html! { <p class="error" role="alert">{ m }</p> },
                    None => html! {},
                } }
            </div>
            <div class="panel">
                <h2>{ "Import" }</h2>
                <p>{ "Importing backups, client lists and transaction histories (CSV) is coming here." }</p>
            </div>
            <div class="panel">
                <h2>{ "Storage" }</h2>
                <p>{ format!("This app uses {used} of the browser's local storage on this computer \
                              (revision {} of your data).", state.revision) }</p>
            </div>
        </section>
    }
}

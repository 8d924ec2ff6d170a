//! Preferences and resets.

use yew::prelude::*;

use crate::engine::model::Portfolio;
use crate::store::{first_start_data_on, AppData};
use crate::ui::app::use_app;
use crate::ui::state::{Action, Edit};
use crate::ui::widgets::{Field, SelectField};

pub const CURRENCIES: [(&str, &str); 8] = [
    ("EUR", "EUR – euro"),
    ("RON", "RON – Romanian leu"),
    ("BGN", "BGN – Bulgarian lev"),
    ("USD", "USD – US dollar"),
    ("GBP", "GBP – pound sterling"),
    ("CHF", "CHF – Swiss franc"),
    ("PLN", "PLN – Polish złoty"),
    ("HUF", "HUF – Hungarian forint"),
];

#[component]
pub fn SettingsPage() -> Html {
    let state = use_app();
    let name = use_state(|| state.data.portfolio.name.clone());
    let name_error = use_state(|| None::<String>);
    let edit = |f: fn(String) -> Edit| {
        let state = state.clone();
        Callback::from(move |v: String| state.dispatch(Action::Edit(f(v))))
    };
    let on_name = {
        let state = state.clone();
        let name = name.clone();
        let name_error = name_error.clone();
        Callback::from(move |v: String| {
            name.set(v.clone());
            let trimmed = v.trim();
            if trimmed.is_empty() {
                name_error.set(Some("Give the portfolio a name.".into()));
            } else if trimmed.chars().count() > 80 {
                name_error.set(Some("Keep the name under 80 characters.".into()));
            } else {
                name_error.set(None);
                state.dispatch(Action::Edit(Edit::SetPortfolioName(trimmed.to_string())));
            }
        })
    };
    let replace = |data: fn() -> AppData| {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Edit(Edit::ReplaceAll(data()))))
    };
    let keep_settings_empty = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            let mut d = state.data.clone();
            d.portfolio = Portfolio { name: d.portfolio.name.clone(), currency: d.portfolio.currency.clone(), clients: Vec::new() };
            state.dispatch(Action::Edit(Edit::ReplaceAll(d)));
        })
    };
    let options = CURRENCIES.iter().map(|(c, l)| (AttrValue::Static(c), AttrValue::Static(l))).collect::<Vec<_>>();
    html! {
        <section aria-labelledby="settings-title">
            <h1 id="settings-title">{ "Settings" }</h1>
            <div class="panel">
                <h2>{ "Portfolio" }</h2>
                <Field id="portfolio_name" label="Portfolio name" value={(*name).clone()} oninput={on_name} error={(*name_error).clone()} />
                <SelectField id="currency" label="Currency" value={state.data.portfolio.currency.clone()} options={options}
                    onchange={edit(Edit::SetCurrency)} />
                <p class="hint">{ "Amounts are stored as typed; changing the currency relabels them and does not convert." }</p>
            </div>
            <crate::ui::weights::RiskWeightsEditor />
            <div class="panel">
                <h2>{ "Backups" }</h2>
                <SelectField id="backup_reminder_days" label="Remind me to download a backup after" value={state.data.settings.backup_reminder_days.to_string()}
                    options={vec![(AttrValue::Static("7"), AttrValue::Static("7 days")), (AttrValue::Static("14"), AttrValue::Static("14 days")),
                        (AttrValue::Static("30"), AttrValue::Static("30 days")), (AttrValue::Static("90"), AttrValue::Static("90 days")),
                        (AttrValue::Static("0"), AttrValue::Static("Never remind me"))]}
                    onchange={{
                        let state = state.clone();
                        Callback::from(move |v: String| state.dispatch(Action::Edit(Edit::SetBackupReminderDays(v.parse().unwrap_or(14)))))
                    }} />
            </div>
            <div class="panel danger-zone">
                <h2>{ "Start over" }</h2>
                <p>{ "Both actions can be undone right after, from the message at the top." }</p>
                <button type="button" onclick={replace(|| first_start_data_on(crate::ui::scores::today()))}>{ "Replace everything with the demo portfolio" }</button>
                <button type="button" class="danger" onclick={keep_settings_empty}>{ "Delete all clients" }</button>
            </div>
        </section>
    }
}

//! Preferences and resets.

pub mod backtest;
pub mod weights;

use yew::prelude::*;

use crate::engine::model::Portfolio;
use crate::i18n::{t, ta, Lang};
use crate::k;
use crate::store::AppData;
use crate::ui::app::use_app;
use crate::ui::components::widgets::{Field, SelectField};
use crate::ui::state::{Action, Edit};

/// The portfolio currencies: the code (stored, not translated) and the message key of its label.
pub const CURRENCIES: [(&str, &str); 8] = [
    ("EUR", k!("settings-currency-eur")),
    ("RON", k!("settings-currency-ron")),
    ("BGN", k!("settings-currency-bgn")),
    ("USD", k!("settings-currency-usd")),
    ("GBP", k!("settings-currency-gbp")),
    ("CHF", k!("settings-currency-chf")),
    ("PLN", k!("settings-currency-pln")),
    ("HUF", k!("settings-currency-huf")),
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
                name_error.set(Some(t("settings-name-required")));
            } else if trimmed.chars().count() > 80 {
                name_error.set(Some(t("settings-name-too-long")));
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
            d.portfolio =
                Portfolio { name: d.portfolio.name.clone(), currency: d.portfolio.currency.clone(), clients: Vec::new() };
            state.dispatch(Action::Edit(Edit::ReplaceAll(d)));
        })
    };
    let options = CURRENCIES.iter().map(|(c, l)| (AttrValue::Static(c), AttrValue::from(t(l)))).collect::<Vec<_>>();
    // The language menu: follow the browser (named by what it gives now), or one language,
    // each named in its own language.
    let browser_lang = crate::ui::platform::intl::chosen_lang(None);
    let mut languages = vec![(
        AttrValue::Static(""),
        AttrValue::from(ta("settings-language-browser", &[("name", browser_lang.endonym().into())])),
    )];
    languages.extend(Lang::ALL.iter().map(|l| (AttrValue::Static(l.code()), AttrValue::Static(l.endonym()))));
    let on_language = {
        let state = state.clone();
        Callback::from(move |v: String| {
            state.dispatch(Action::Edit(Edit::SetLanguage(if v.is_empty() { None } else { Some(v) })))
        })
    };
    // The backtest's window, shared with the learned weights of the editor (the same sample).
    let backtest_months = use_state(|| backtest::DEFAULT_WINDOW);
    let reminder_days =
        |d: u32| (AttrValue::from(d.to_string()), AttrValue::from(ta("settings-reminder-days", &[("n", d.into())])));
    html! {
        <section aria-labelledby="settings-title">
            <h1 id="settings-title">{ t("settings-title") }</h1>
            <div class="panel">
                <h2>{ t("settings-language-heading") }</h2>
                <SelectField id="language" label={t("settings-language")} value={state.data.settings.language.clone().unwrap_or_default()}
                    options={languages} onchange={on_language} />
            </div>
            <div class="panel">
                <h2>{ t("settings-portfolio") }</h2>
                <Field id="portfolio_name" label={t("settings-portfolio-name")} value={(*name).clone()} oninput={on_name} error={(*name_error).clone()} />
                <SelectField id="currency" label={t("settings-currency")} value={state.data.portfolio.currency.clone()} options={options}
                    onchange={edit(Edit::SetCurrency)} />
                <p class="hint">{ t("settings-currency-hint") }</p>
            </div>
            <backtest::RiskBacktest months={*backtest_months} on_months={{
                let m = backtest_months.clone();
                Callback::from(move |v: u32| m.set(v))
            }} />
            <crate::ui::pages::settings::weights::RiskWeightsEditor backtest_months={*backtest_months} />
            <div class="panel">
                <h2>{ t("settings-backups") }</h2>
                <SelectField id="backup_reminder_days" label={t("settings-reminder")} value={state.data.settings.backup_reminder_days.to_string()}
                    options={vec![reminder_days(7), reminder_days(14), reminder_days(30), reminder_days(90),
                        (AttrValue::Static("0"), AttrValue::from(t("settings-reminder-never")))]}
                    onchange={{
                        let state = state.clone();
                        Callback::from(move |v: String| state.dispatch(Action::Edit(Edit::SetBackupReminderDays(v.parse().unwrap_or(14)))))
                    }} />
            </div>
            <div class="panel danger-zone">
                <h2>{ t("settings-start-over") }</h2>
                <p>{ t("settings-start-over-hint") }</p>
                <button type="button" onclick={replace(crate::ui::app::demo_data)}>{ t("settings-replace-with-demo") }</button>
                <button type="button" class="danger" onclick={keep_settings_empty}>{ t("settings-delete-all-clients") }</button>
            </div>
        </section>
    }
}

//! One client: its figures and the edit form.

use std::collections::HashMap;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::engine::format::{money, percent};
use crate::engine::model::{ClientDraft, Stage};
use crate::engine::portfolio::profitability;
use crate::ui::app::{use_app, Route};
use crate::ui::state::{Action, Edit};
use crate::ui::widgets::{Field, SelectField, TextArea};

#[derive(Properties, PartialEq)]
pub struct ClientPageProps {
    pub id: String,
}

#[component]
pub fn ClientPage(props: &ClientPageProps) -> Html {
    let state = use_app();
    let navigator = use_navigator();
    let is_new = props.id == "new";
    let existing = state.data.portfolio.client(&props.id).cloned();
    let draft = {
        let initial = existing.as_ref().map(ClientDraft::from_client).unwrap_or_default();
        use_state(move || initial)
    };
    let errors = use_state(HashMap::<&'static str, String>::new);
    let saved_message = use_state(|| None::<String>);

    if !is_new && existing.is_none() {
        return html! {
            <section class="empty">
                <h1>{ "Client not found" }</h1>
                <p>{ format!("There is no client with the id “{}”. It may have been deleted.", props.id) }</p>
                <Link<Route> to={Route::Portfolio} classes="button">{ "Back to the portfolio" }</Link<Route>>
            </section>
        };
    }

    let set = |f: fn(&mut ClientDraft, String)| {
        let draft = draft.clone();
        let saved_message = saved_message.clone();
        Callback::from(move |v: String| {
            let mut d = (*draft).clone();
            f(&mut d, v);
            draft.set(d);
            saved_message.set(None);
        })
    };
    let onsubmit = {
        let draft = draft.clone();
        let errors = errors.clone();
        let state = state.clone();
        let saved_message = saved_message.clone();
        let navigator = navigator.clone();
        let id = if is_new { state.data.portfolio.next_id() } else { props.id.clone() };
        let demo = existing.as_ref().map(|c| c.demo).unwrap_or(false);
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match draft.validate(&id, demo) {
                Ok(mut client) => {
                    errors.set(HashMap::new());
                    client.updated_at = Some(crate::store::local::now_iso());
                    state.dispatch(Action::Edit(Edit::UpsertClient(client)));
                    if is_new {
                        if let Some(nav) = &navigator {
                            nav.push(&Route::Client { id: id.clone() });
                        }
                    } else {
                        saved_message.set(Some("Changes saved.".into()));
                    }
                }
                Err(list) => {
                    errors.set(list.into_iter().map(|fe| (fe.field, fe.message)).collect());
                    saved_message.set(None);
                }
            }
        })
    };
    let ondelete = {
        let state = state.clone();
        let navigator = navigator.clone();
        let id = props.id.clone();
        Callback::from(move |_: MouseEvent| {
            state.dispatch(Action::Edit(Edit::DeleteClient(id.clone())));
            if let Some(nav) = &navigator {
                nav.push(&Route::Portfolio);
            }
        })
    };
    let err = |f: &str| errors.get(f).cloned();
    let cur = state.data.portfolio.currency.clone();
    let stage_options: Vec<(AttrValue, AttrValue)> =
        Stage::ALL.iter().map(|s| (AttrValue::Static(s.key()), AttrValue::Static(s.label()))).collect();
    let title = existing.as_ref().map(|c| c.company.clone()).unwrap_or_else(|| "New client".into());

    html! {
        <section aria-labelledby="client-title">
            <nav class="crumbs" aria-label="Breadcrumb">
                <Link<Route> to={Route::Portfolio}>{ "Portfolio" }</Link<Route>>{ " › " }<span>{ &title }</span>
            </nav>
            <div class="page-head">
                <h1 id="client-title">{ &title }</h1>
                if existing.as_ref().is_some_and(|c| c.demo) { <span class="tag">{ "demo client" }</span> }
            </div>
            if let Some(c) = &existing {
                {{
                    let pr = profitability(c);
                    html! {
                        <div class="cards">
                            <div class="card"><span class="label">{ "Revenue per year" }</span><span class="value">{ money(pr.revenue, &cur) }</span></div>
                            <div class="card"><span class="label">{ "Profit per year" }</span><span class="value" data-testid="client-profit">{ money(pr.profit, &cur) }</span>
                                <span class="explain">{ format!("{} − {} direct − {} to serve", money(c.annual_revenue, &cur), money(c.direct_cost, &cur), money(c.cost_to_serve, &cur)) }</span></div>
                            <div class="card"><span class="label">{ "Margin" }</span><span class="value">{ percent(pr.margin) }</span></div>
                        </div>
                    }
                }}
            }
            if let Some(c) = &existing {
                <ClientWhatIf client={c.clone()} currency={cur.clone()} />
            }
            <form class="client-form" onsubmit={onsubmit} novalidate=true>
                if !errors.is_empty() {
                    <div class="banner error" role="alert" data-testid="form-errors">
                        <p>{ "Please correct the highlighted fields; nothing was saved yet." }</p>
                    </div>
                }
                <fieldset>
                    <legend>{ "Client" }</legend>
                    <Field id="company" label="Company" value={draft.company.clone()} oninput={set(|d, v| d.company = v)} error={err("company")} required=true />
                    <Field id="industry" label="Industry" value={draft.industry.clone()} oninput={set(|d, v| d.industry = v)} error={err("industry")} />
                    <Field id="client_manager" label="Client's manager" value={draft.client_manager.clone()} oninput={set(|d, v| d.client_manager = v)} error={err("client_manager")} hint="The decision-maker on the client's side" />
                    <Field id="owner" label="Account owner (ours)" value={draft.owner.clone()} oninput={set(|d, v| d.owner = v)} error={err("owner")} />
                    <Field id="start_date" label="Client since" kind="date" value={draft.start_date.clone()} oninput={set(|d, v| d.start_date = v)} error={err("start_date")} />
                    <SelectField id="stage" label="Journey stage" value={if draft.stage.is_empty() { AttrValue::Static("active") } else { AttrValue::from(draft.stage.clone()) }} options={stage_options} onchange={set(|d, v| d.stage = v)} />
                </fieldset>
                <fieldset>
                    <legend>{ format!("Money per year ({cur})") }</legend>
                    <Field id="annual_revenue" label="Annual revenue" inputmode="decimal" value={draft.annual_revenue.clone()} oninput={set(|d, v| d.annual_revenue = v)} error={err("annual_revenue")} hint="e.g. 120000 or 120.000,50" />
                    <Field id="direct_cost" label="Direct cost" inputmode="decimal" value={draft.direct_cost.clone()} oninput={set(|d, v| d.direct_cost = v)} error={err("direct_cost")} hint="People, subcontractors, licences for this client's work" />
                    <Field id="cost_to_serve" label="Cost to serve" inputmode="decimal" value={draft.cost_to_serve.clone()} oninput={set(|d, v| d.cost_to_serve = v)} error={err("cost_to_serve")} hint="Account management, meetings, free extras" />
                </fieldset>
                <TextArea id="notes" label="Notes" value={draft.notes.clone()} oninput={set(|d, v| d.notes = v)} error={err("notes")} />
                <div class="actions">
                    <button type="submit" class="primary">{ if is_new { "Add client" } else { "Save changes" } }</button>
                    if !is_new {
                        <button type="button" class="danger" onclick={ondelete}>{ "Delete client" }</button>
                    }
                    if let Some(m) = &*saved_message { <span class="ok-text" role="status">{ m }</span> }
                </div>
            </form>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct WhatIfProps {
    pub client: crate::engine::model::Client,
    pub currency: AttrValue,
}

/// "If we spend X a year on care and retention rises from r to r′, what is it worth?"
#[component]
pub fn ClientWhatIf(p: &WhatIfProps) -> Html {
    use crate::engine::clv::{care_what_if, share_of_wallet_gain};
    use crate::engine::parse::parse_amount;

    let state = use_app();
    let base = state.data.scenarios.baseline(&state.data.portfolio);
    let pr = profitability(&p.client);
    let defaults = {
        let care = (p.client.annual_revenue * 0.02).round().max(0.0);
        let r = (base.retention * 100.0).round();
        vec![
            ("care", care.to_string()),
            ("r", r.to_string()),
            ("r2", (r + 5.0).min(99.0).to_string()),
            ("d", (base.discount * 100.0).round().to_string()),
            ("h", base.horizon_years.to_string()),
            ("sow", "25".to_string()),
            ("sow2", "35".to_string()),
        ]
    };
    let texts = use_state(move || defaults.into_iter().collect::<HashMap<&'static str, String>>());
    let get = |k: &str| texts.get(k).cloned().unwrap_or_default();
    let num = |k: &str| parse_amount(&get(k)).ok();
    let pct = |k: &str| num(k).map(|v| v / 100.0);
    let set = |k: &'static str| {
        let texts = texts.clone();
        Callback::from(move |v: String| {
            let mut t = (*texts).clone();
            t.insert(k, v);
            texts.set(t);
        })
    };
    let cur = p.currency.clone();
    let horizon = num("h").filter(|h| h.fract() == 0.0 && (1.0..=50.0).contains(h)).map(|h| h as u32);
    let care_result = match (num("care"), pct("r"), pct("r2"), pct("d"), horizon) {
        (Some(care), Some(r), Some(r2), Some(d), Some(h)) => care_what_if(pr.profit, r, r2, care, d, h).map_err(|e| e.message),
        (_, _, _, _, None) => Err("The horizon must be a whole number of years from 1 to 50.".into()),
        _ => Err("Enter numbers in every field (percentages as 85, not 0.85).".into()),
    };
    let sow_result = match (pct("sow"), pct("sow2"), pct("r"), pct("d"), horizon, pr.margin) {
        (Some(a), Some(b), Some(r), Some(d), Some(h), Some(m)) =>
            share_of_wallet_gain(p.client.annual_revenue, m, a, b, r, d, h).map_err(|e| e.message),
        (.., None) => Err("Share of wallet needs the client's revenue.".into()),
        _ => Err("Enter the shares as percentages, e.g. 25 and 35.".into()),
    };
    let years = horizon.unwrap_or(1);
    html! {
        <div class="panel whatif" data-testid="client-whatif">
            <h2>{ "What if we invested in this client?" }</h2>
            <div class="whatif-grid">
                <Field id="wi-care" label={format!("Care spend a year ({cur})")} inputmode="decimal" value={get("care")} oninput={set("care")} />
                <Field id="wi-r" label="Retention now (%)" inputmode="decimal" value={get("r")} oninput={set("r")} hint="Chance the client stays another year" />
                <Field id="wi-r2" label="Retention with the care (%)" inputmode="decimal" value={get("r2")} oninput={set("r2")} />
                <Field id="wi-d" label="Discount rate (%)" inputmode="decimal" value={get("d")} oninput={set("d")} />
                <Field id="wi-h" label="Horizon (years)" inputmode="numeric" value={get("h")} oninput={set("h")} />
            </div>
            { match &care_result {
                Ok(w) => html! {
                    <p class="readout" data-testid="whatif-readout">
                        { format!("Spending {} a year and lifting retention from {} to {} moves this client's value over {} year{} from {} to {}: ",
                            money(num("care").unwrap_or(0.0), &cur), percent(pct("r")), percent(pct("r2")), years, if years == 1 { "" } else { "s" },
                            money(w.value_before, &cur), money(w.value_after, &cur)) }
                        <strong class={classes!((w.gain < 0.0).then_some("neg"))}>{ format!("{} {}", if w.gain >= 0.0 { "a gain of" } else { "a loss of" }, money(w.gain.abs(), &cur)) }</strong>
                        { match w.payback_period {
                            Some(1) => ". It pays for itself in the first year.".to_string(),
                            Some(n) => format!(". It pays back in year {n}."),
                            None => format!(". It does not pay back within {years} years."),
                        } }
                    </p>
                },
                Err(e) => html! { <p class="error" role="alert">{ e }</p> },
            } }
            <h3>{ "Share of wallet" }</h3>
            <div class="whatif-grid">
                <Field id="wi-sow" label="Our share of its spend now (%)" inputmode="decimal" value={get("sow")} oninput={set("sow")} hint="What the client buys in our category from us" />
                <Field id="wi-sow2" label="Target share (%)" inputmode="decimal" value={get("sow2")} oninput={set("sow2")} />
            </div>
            { match &sow_result {
                Ok((extra, value)) => html! {
                    <p class="readout" data-testid="sow-readout">{ format!(
                        "At {} the client spends about {} a year in our category; reaching {} adds {} of revenue a year, worth {} over {} year{} at this client's margin.",
                        percent(pct("sow")), money(p.client.annual_revenue / pct("sow").unwrap_or(1.0), &cur), percent(pct("sow2")),
                        money(*extra, &cur), money(*value, &cur), years, if years == 1 { "" } else { "s" }) }</p>
                },
                Err(e) => html! { <p class="error" role="alert">{ e }</p> },
            } }
            <p class="hint">{ "Value is the client's yearly profit (revenue less both costs) times the chance it is still with us, discounted; care is paid each year the client stays. See the Scenarios page for the whole portfolio." }</p>
        </div>
    }
}

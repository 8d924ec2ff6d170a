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
                Ok(client) => {
                    errors.set(HashMap::new());
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

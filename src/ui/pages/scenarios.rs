//! What-if retention scenarios: the baseline, named scenarios with their levers, the
//! side-by-side comparison, the leaky bucket and the sensitivity chart.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::engine::format::{group_thousands, money, percent};
use crate::engine::scenario::{leaky_bucket, project, readout, tornado, Levers, Projection, Scenario, MAX_COMPARED};
use crate::ui::app::use_app;
use crate::ui::charts::{LineChart, Series, Tornado};
use crate::ui::levers::LeverForm;
use crate::ui::state::{Action, Edit};

/// A client count with one decimal (projections give fractions of clients).
fn count(v: f64) -> String {
    if (v - v.round()).abs() < 0.05 {
        group_thousands(v)
    } else {
        format!("{v:.1}")
    }
}

fn signed_money(v: f64, cur: &str) -> String {
    if v > 0.5 {
        format!("+{}", money(v, cur))
    } else {
        money(v, cur)
    }
}

#[component]
pub fn ScenariosPage() -> Html {
    let state = use_app();
    let selected = use_state(|| None::<String>);
    let cur = state.data.portfolio.currency.clone();
    let book = &state.data.scenarios;
    let baseline = book.baseline(&state.data.portfolio);
    let base_proj = project(&baseline).ok();
    let current: Option<Scenario> = selected
        .as_ref()
        .and_then(|id| book.get(id).cloned())
        .or_else(|| book.scenarios.first().cloned());

    let dispatch = |f: fn(Levers) -> Edit| {
        let state = state.clone();
        Callback::from(move |l: Levers| state.dispatch(Action::Edit(f(l))))
    };
    let on_follow = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            state.dispatch(Action::Edit(Edit::SetFollowPortfolio(on)));
        })
    };
    let on_new = {
        let state = state.clone();
        let selected = selected.clone();
        let levers = baseline.clone();
        let next = format!("s{}", book.scenarios.iter().filter_map(|s| s.id.strip_prefix('s')?.parse::<u64>().ok()).max().unwrap_or(0) + 1);
        Callback::from(move |_: MouseEvent| {
            state.dispatch(Action::Edit(Edit::AddScenario { name: String::new(), levers: levers.clone() }));
            selected.set(Some(next.clone()));
        })
    };

    // Comparison rows: the baseline and every ticked scenario.
    let mut rows: Vec<(String, Levers, Option<Projection>)> = vec![("Baseline".into(), baseline.clone(), base_proj.clone())];
    for s in book.scenarios.iter().filter(|s| s.compare) {
        rows.push((s.name.clone(), s.levers.clone(), project(&s.levers).ok()));
    }
    let base_value = base_proj.as_ref().map(|p| p.value);
    let clients_series: Vec<Series> = rows
        .iter()
        .filter_map(|(n, _, p)| p.as_ref().map(|p| Series { name: n.clone(), values: p.clients_by_year() }))
        .collect();
    let value_series: Vec<Series> = rows
        .iter()
        .filter_map(|(n, _, p)| p.as_ref().map(|p| Series { name: n.clone(), values: p.value_by_year() }))
        .collect();

    html! {
        <section aria-labelledby="sc-title" class="scenarios">
            <div class="page-head">
                <h1 id="sc-title">{ "Scenarios" }</h1>
                <button type="button" class="primary" onclick={on_new.clone()}>{ "New scenario" }</button>
            </div>
            <p class="lead">{ "What is the portfolio worth if retention, prices or spending change? \
                Value is the profit of the clients you keep and win, less acquisition and care spend, \
                discounted to today and summed over the horizon." }</p>

            <div class="panel">
                <h2>{ "Comparison" }</h2>
                <div class="table-wrap">
                    <table data-testid="comparison">
                        <thead><tr>
                            <th scope="col">{ "Scenario" }</th>
                            <th scope="col" class="num">{ "Retention" }</th>
                            <th scope="col" class="num">{ "Clients at the end" }</th>
                            <th scope="col" class="num">{ "Revenue over the horizon" }</th>
                            <th scope="col" class="num">{ "Value (discounted profit)" }</th>
                            <th scope="col" class="num">{ "vs baseline" }</th>
                        </tr></thead>
                        <tbody>
                            { for rows.iter().map(|(name, l, p)| match p {
                                Some(p) => html! {
                                    <tr>
                                        <th scope="row">{ name }<span class="hint">{ format!(" · {} years", l.horizon_years) }</span></th>
                                        <td class="num">{ percent(Some(p.effective_retention)) }</td>
                                        <td class="num">{ count(p.end_clients()) }</td>
                                        <td class="num">{ money(p.total_revenue(), &cur) }</td>
                                        <td class="num" data-testid="scenario-value">{ money(p.value, &cur) }</td>
                                        <td class={classes!("num", base_value.filter(|b| p.value < *b - 0.5).map(|_| "neg"))}>
                                            { base_value.map(|b| if name == "Baseline" { "–".to_string() } else { signed_money(p.value - b, &cur) }).unwrap_or_default() }
                                        </td>
                                    </tr>
                                },
                                None => html! { <tr><th scope="row">{ name }</th><td colspan="5" class="error">{ "Some levers are not valid; fix them below." }</td></tr> },
                            }) }
                        </tbody>
                    </table>
                </div>
                <ul class="readouts" data-testid="readouts">
                    { for book.scenarios.iter().filter(|s| s.compare).filter_map(|s| readout(&s.name, &baseline, &s.levers, &cur)).map(|t| html! { <li>{ t }</li> }) }
                </ul>
                if book.scenarios.is_empty() {
                    <p class="hint">{ "Add a scenario to compare it with the baseline: it starts as a copy of the baseline; then move its levers." }</p>
                }
                <div class="charts">
                    <LineChart title="Clients over time" x_label="Years from now" series={clients_series} testid={AttrValue::Static("chart-clients")} />
                    <LineChart title={format!("Cumulative discounted profit ({cur})")} x_label="Years from now" series={value_series} testid={AttrValue::Static("chart-value")} />
                </div>
            </div>

            <div class="two-col">
                <div class="panel">
                    <h2>{ "Baseline" }</h2>
                    <label class="check"><input type="checkbox" checked={book.follow_portfolio} onchange={on_follow} />
                        { " Take clients, revenue and margin from the client list" }</label>
                    <LeverForm prefix="base" levers={baseline.clone()} currency={cur.clone()} onchange={dispatch(Edit::SetBaseline)}
                        locked_portfolio_fields={book.follow_portfolio} />
                    <LeakyBucketView levers={baseline.clone()} currency={cur.clone()} />
                </div>
                <div class="panel">
                    <h2>{ "Scenarios" }</h2>
                    if book.scenarios.is_empty() {
                        <p>{ "No scenarios yet." }</p>
                        <button type="button" onclick={on_new}>{ "New scenario from the baseline" }</button>
                    } else {
                        <div class="tabs" role="tablist" aria-label="Scenarios">
                            { for book.scenarios.iter().map(|s| {
                                let id = s.id.clone();
                                let selected_h = selected.clone();
                                let active = current.as_ref().is_some_and(|c| c.id == s.id);
                                html! {
                                    <button type="button" role="tab" aria-selected={active.to_string()} class={classes!("tab", active.then_some("active"))}
                                        onclick={Callback::from(move |_| selected_h.set(Some(id.clone())))}>{ &s.name }</button>
                                }
                            }) }
                        </div>
                        if let Some(s) = current.clone() {
                            <ScenarioEditor key={s.id.clone()} scenario={s.clone()} currency={cur.clone()} selected={selected.clone()} />
                        }
                    }
                </div>
            </div>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct EditorProps {
    scenario: Scenario,
    currency: AttrValue,
    selected: UseStateHandle<Option<String>>,
}

#[component]
fn ScenarioEditor(p: &EditorProps) -> Html {
    let state = use_app();
    let s = &p.scenario;
    let name = use_state(|| s.name.clone());
    let name_error = use_state(|| None::<String>);
    let id = s.id.clone();
    let on_name = {
        let name = name.clone();
        let name_error = name_error.clone();
        let state = state.clone();
        let id = id.clone();
        Callback::from(move |e: InputEvent| {
            let v = e.target_unchecked_into::<HtmlInputElement>().value();
            name.set(v.clone());
            // The same check the edit will run, so the message shows while typing.
            let mut probe = state.data.scenarios.clone();
            match probe.rename(&id, &v) {
                Ok(()) => {
                    name_error.set(None);
                    state.dispatch(Action::Edit(Edit::RenameScenario { id: id.clone(), name: v }));
                }
                Err(e) => name_error.set(Some(e)),
            }
        })
    };
    let on_levers = {
        let state = state.clone();
        let id = id.clone();
        Callback::from(move |levers: Levers| state.dispatch(Action::Edit(Edit::SetScenarioLevers { id: id.clone(), levers })))
    };
    let on_compare = {
        let state = state.clone();
        let id = id.clone();
        Callback::from(move |e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            state.dispatch(Action::Edit(Edit::SetCompare { id: id.clone(), on }));
        })
    };
    let on_duplicate = {
        let state = state.clone();
        let id = id.clone();
        let selected = p.selected.clone();
        let next = format!("s{}", state.data.scenarios.scenarios.iter().filter_map(|s| s.id.strip_prefix('s')?.parse::<u64>().ok()).max().unwrap_or(0) + 1);
        Callback::from(move |_: MouseEvent| {
            state.dispatch(Action::Edit(Edit::DuplicateScenario(id.clone())));
            selected.set(Some(next.clone()));
        })
    };
    let on_delete = {
        let state = state.clone();
        let id = id.clone();
        let selected = p.selected.clone();
        Callback::from(move |_: MouseEvent| {
            state.dispatch(Action::Edit(Edit::DeleteScenario(id.clone())));
            selected.set(None);
        })
    };
    let compared = state.data.scenarios.scenarios.iter().filter(|x| x.compare).count();
    let tornado_view = match tornado(&s.levers) {
        Ok((base, bars)) => html! { <Tornado base={base} bars={bars} currency={p.currency.clone()} /> },
        Err(_) => html! {},
    };
    html! {
        <div class="scenario-editor" data-testid="scenario-editor">
            <div class={classes!("field", name_error.as_ref().map(|_| "has-error"))}>
                <label for="scenario-name">{ "Name" }</label>
                <input id="scenario-name" type="text" value={(*name).clone()} oninput={on_name} aria-invalid={name_error.is_some().to_string()} />
                if let Some(e) = &*name_error { <small class="error">{ e }</small> }
            </div>
            <div class="actions">
                <label class="check">
                    <input type="checkbox" checked={s.compare} onchange={on_compare} disabled={!s.compare && compared >= MAX_COMPARED} />
                    { format!(" Compare (up to {MAX_COMPARED})") }
                </label>
                <button type="button" onclick={on_duplicate}>{ "Duplicate" }</button>
                <button type="button" class="danger" onclick={on_delete}>{ "Delete scenario" }</button>
            </div>
            <LeverForm prefix="sc" levers={s.levers.clone()} currency={p.currency.clone()} onchange={on_levers} />
            <LeakyBucketView levers={s.levers.clone()} currency={p.currency.clone()} />
            { tornado_view }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct LeakyProps {
    levers: Levers,
    currency: AttrValue,
}

/// The leaky bucket in sentences.
#[component]
fn LeakyBucketView(p: &LeakyProps) -> Html {
    let Ok(b) = leaky_bucket(&p.levers) else { return html! {} };
    let cur = &p.currency;
    let l = &p.levers;
    html! {
        <div class="leaky" data-testid="leaky-bucket">
            <h3>{ "The leaky bucket, first year" }</h3>
            <ul>
                <li>{ format!("{} clients leave, taking {} of revenue a year with them.", count(b.lost_clients), money(b.lost_revenue, cur)) }</li>
                <li>{ format!("Referrals bring {}; acquisition must win {} new clients just to stand still, costing {}.",
                    count(b.new_from_referrals), count(b.new_needed), money(b.cost_to_stand_still, cur)) }</li>
                if b.cost_to_stand_still > 0.0 && l.clients > 0.0 {
                    <li>{ format!("Spent on care instead, that is {} per client a year. If {} of care buys one point of retention (your assumption), \
                        retention would rise from {} to {} and keep {} clients.",
                        money(b.care_budget_per_client, cur), money(l.care_cost_per_point, cur),
                        percent(Some(l.effective_retention())), percent(Some(b.retention_with_care)), count(b.clients_kept_by_care)) }</li>
                }
            </ul>
        </div>
    }
}

//! What-if retention scenarios: the baseline, named scenarios with their levers, the
//! side-by-side comparison, the leaky bucket and the sensitivity chart.

pub mod levers;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::engine::retention_portfolio::curve_basis;
use crate::engine::scenario::{
    flat_twin, leaky_bucket_for, project, project_for, readout_for, tornado_for, CurveBasis, Levers, Projection, Scenario,
    MAX_COMPARED,
};
use crate::i18n::{money, number, percent, t, ta, Arg};
use crate::ui::app::use_app;
use crate::ui::components::charts::{LineChart, Series, Tornado};
use crate::ui::pages::scenarios::levers::LeverForm;
use crate::ui::state::{Action, Edit};

/// A client count with at most one decimal (projections give fractions of clients).
fn count(v: f64) -> String {
    number(v, 1)
}

/// A client count as a message argument: one decimal at most, and it picks the plural form.
fn count_arg(v: f64) -> Arg {
    Arg::Num((v * 10.0).round() / 10.0)
}

fn signed_money(v: f64) -> String {
    if v > 0.5 {
        format!("+{}", money(v))
    } else {
        money(v)
    }
}

/// The figures behind a line chart as a table (its text alternative): a row per year, a
/// column per series.
fn chart_table(caption: String, series: &[Series], show: fn(f64) -> String) -> Html {
    let years = series.iter().map(|s| s.values.len()).max().unwrap_or(0);
    html! {
        <table class="compact chart-table">
            <caption>{ caption }</caption>
            <thead><tr>
                <th scope="col">{ t("scenarios-chart-year") }</th>
                { for series.iter().map(|s| html! { <th scope="col" class="num">{ &s.name }</th> }) }
            </tr></thead>
            <tbody>
                { for (0..years).map(|y| html! {
                    <tr>
                        <th scope="row">{ y }</th>
                        { for series.iter().map(|s| html! { <td class="num">{ s.values.get(y).map(|v| show(*v)).unwrap_or_default() }</td> }) }
                    </tr>
                }) }
            </tbody>
        </table>
    }
}

#[component]
pub fn ScenariosPage() -> Html {
    let state = use_app();
    let selected = use_state(|| None::<String>);
    let cur = state.data.portfolio.currency.clone();
    let book = &state.data.scenarios;
    let baseline = book.baseline(&state.data.portfolio);
    // Today's clients by tenure and the fitted curve, for levers that follow it.
    let basis = curve_basis(state.data.retention.as_deref(), &state.data.portfolio, crate::ui::scores::today());
    let curve_text = state.data.retention.as_deref().map(|r| AttrValue::from(crate::ui::pages::retention::curve_summary(r)));
    let base_proj = project_for(&baseline, basis.as_ref()).ok();
    let current: Option<Scenario> =
        selected.as_ref().and_then(|id| book.get(id).cloned()).or_else(|| book.scenarios.first().cloned());

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
        Callback::from(move |_: MouseEvent| {
            // A random id (the browser's crypto), so scenarios of two browsers never share one.
            let id = crate::store::ids::new_id();
            state.dispatch(Action::Edit(Edit::AddScenario { id: id.clone(), name: String::new(), levers: levers.clone() }));
            selected.set(Some(id));
        })
    };

    // Comparison rows: the baseline and every ticked scenario.
    // The first row is the baseline.
    let mut rows: Vec<(String, Levers, Option<Projection>)> =
        vec![(t("scenarios-baseline"), baseline.clone(), base_proj.clone())];
    for s in book.scenarios.iter().filter(|s| s.compare) {
        rows.push((s.name.clone(), s.levers.clone(), project_for(&s.levers, basis.as_ref()).ok()));
    }
    let base_value = base_proj.as_ref().map(|p| p.value);
    let clients_series: Vec<Series> =
        rows.iter().filter_map(|(n, _, p)| p.as_ref().map(|p| Series { name: n.clone(), values: p.clients_by_year() })).collect();
    let value_series: Vec<Series> =
        rows.iter().filter_map(|(n, _, p)| p.as_ref().map(|p| Series { name: n.clone(), values: p.value_by_year() })).collect();

    html! {
        <section aria-labelledby="sc-title" class="scenarios">
            <div class="page-head">
                <h1 id="sc-title">{ t("scenarios-title") }</h1>
                <button type="button" class="primary" onclick={on_new.clone()}>{ t("scenarios-new") }</button>
            </div>
            <p class="lead">{ t("scenarios-lead") }</p>

            <div class="panel">
                <h2>{ t("scenarios-comparison") }</h2>
                <div class="table-wrap">
                    <table data-testid="comparison">
                        <caption class="visually-hidden">{ t("scenarios-comparison") }</caption>
                        <thead><tr>
                            <th scope="col">{ t("scenarios-col-scenario") }</th>
                            <th scope="col" class="num">{ t("scenarios-col-retention") }</th>
                            <th scope="col" class="num">{ t("scenarios-col-end-clients") }</th>
                            <th scope="col" class="num">{ t("scenarios-col-revenue") }</th>
                            <th scope="col" class="num">{ t("scenarios-col-value") }</th>
                            <th scope="col" class="num">{ t("scenarios-col-vs-baseline") }</th>
                        </tr></thead>
                        <tbody>
                            { for rows.iter().enumerate().map(|(i, (name, l, p))| match p {
                                Some(p) => html! {
                                    <tr>
                                        <th scope="row">{ name }<span class="hint">{ " · " }{ ta("scenarios-horizon-years", &[("n", l.horizon_years.into())]) }</span></th>
                                        <td class="num">{ percent(Some(p.effective_retention)) }{ if l.fitted_curve { html! { <span class="hint">{ " " }{ t("scenarios-by-curve") }</span> } } else { html! {} } }</td>
                                        <td class="num">{ count(p.end_clients()) }</td>
                                        <td class="num">{ money(p.total_revenue()) }</td>
                                        <td class="num" data-testid="scenario-value">{ money(p.value) }</td>
                                        <td class={classes!("num", base_value.filter(|b| p.value < *b - 0.5).map(|_| "neg"))}>
                                            { base_value.map(|b| if i == 0 { "–".to_string() } else { signed_money(p.value - b) }).unwrap_or_default() }
                                        </td>
                                    </tr>
                                },
                                None => html! { <tr><th scope="row">{ name }</th><td colspan="5" class="error">{ t("scenarios-levers-invalid") }</td></tr> },
                            }) }
                        </tbody>
                    </table>
                </div>
                <ul class="readouts" data-testid="readouts">
                    { for book.scenarios.iter().filter(|s| s.compare).filter_map(|s| readout_for(&s.name, &baseline, &s.levers, basis.as_ref())).map(|t| html! { <li>{ t.to_string() }</li> }) }
                </ul>
                if book.scenarios.is_empty() {
                    <p class="hint">{ t("scenarios-add-hint") }</p>
                }
                <div class="charts">
                    <LineChart title={t("scenarios-chart-clients")} x_label={t("scenarios-chart-years")} series={clients_series.clone()} testid={AttrValue::Static("chart-clients")} />
                    <LineChart title={ta("scenarios-chart-value", &[("currency", cur.clone().into())])} x_label={t("scenarios-chart-years")} series={value_series.clone()} testid={AttrValue::Static("chart-value")} />
                </div>
                <details class="chart-data" data-testid="chart-data">
                    <summary>{ t("scenarios-chart-data") }</summary>
                    { chart_table(t("scenarios-chart-clients"), &clients_series, count) }
                    { chart_table(ta("scenarios-chart-value", &[("currency", cur.clone().into())]), &value_series, money) }
                </details>
            </div>

            <div class="two-col">
                <div class="panel">
                    <h2>{ t("scenarios-baseline") }</h2>
                    <label class="check"><input type="checkbox" checked={book.follow_portfolio} onchange={on_follow} />
                        { " " }{ t("scenarios-follow-portfolio") }</label>
                    <LeverForm prefix="base" levers={baseline.clone()} currency={cur.clone()} onchange={dispatch(Edit::SetBaseline)}
                        locked_portfolio_fields={book.follow_portfolio} curve={curve_text.clone()} />
                    <CurveDifference levers={baseline.clone()} basis={basis.clone()} />
                    <LeakyBucketView levers={baseline.clone()} currency={cur.clone()} basis={basis.clone()} />
                </div>
                <div class="panel">
                    <h2>{ t("scenarios-title") }</h2>
                    if book.scenarios.is_empty() {
                        <p>{ t("scenarios-none-yet") }</p>
                        <button type="button" onclick={on_new}>{ t("scenarios-new-from-baseline") }</button>
                    } else {
                        <div class="tabs" role="tablist" aria-label={t("scenarios-title")}>
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
                            <ScenarioEditor key={s.id.clone()} scenario={s.clone()} currency={cur.clone()} selected={selected.clone()}
                                basis={basis.clone()} curve={curve_text.clone()} />
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
    /// The fitted curve and today's tenures, when a curve is fitted.
    basis: Option<CurveBasis>,
    /// The curve in use in words, when a curve is fitted.
    curve: Option<AttrValue>,
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
                Err(e) => name_error.set(Some(e.to_string())),
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
        Callback::from(move |_: MouseEvent| {
            let new_id = crate::store::ids::new_id();
            state.dispatch(Action::Edit(Edit::DuplicateScenario { id: id.clone(), new_id: new_id.clone() }));
            selected.set(Some(new_id));
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
    let tornado_view = match tornado_for(&s.levers, p.basis.as_ref()) {
        Ok((base, bars)) => html! {
            <>
                <Tornado base={base} bars={bars.clone()} currency={p.currency.clone()} />
                // The chart's text alternative: each lever's effect on the value in figures.
                <details class="chart-data" data-testid="tornado-data">
                    <summary>{ t("scenarios-tornado-data") }</summary>
                    <table class="compact chart-table">
                        <caption>{ ta("scenarios-tornado-caption", &[("value", Arg::Money(base))]) }</caption>
                        <thead><tr>
                            <th scope="col">{ t("scenarios-tornado-lever") }</th>
                            <th scope="col" class="num">{ t("scenarios-tornado-lowered") }</th>
                            <th scope="col" class="num">{ t("scenarios-tornado-raised") }</th>
                        </tr></thead>
                        <tbody>
                            { for bars.iter().map(|b| html! {
                                <tr>
                                    <th scope="row">{ b.lever.label().to_string() }</th>
                                    <td class="num">{ signed_money(b.low - base) }</td>
                                    <td class="num">{ signed_money(b.high - base) }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </details>
            </>
        },
        Err(_) => html! {},
    };
    html! {
        <div class="scenario-editor" data-testid="scenario-editor">
            <div class={classes!("field", name_error.as_ref().map(|_| "has-error"))}>
                <label for="scenario-name">{ t("scenarios-name") }</label>
                <input id="scenario-name" type="text" value={(*name).clone()} oninput={on_name} aria-invalid={name_error.is_some().to_string()} />
                if let Some(e) = &*name_error { <small class="error">{ e }</small> }
            </div>
            <div class="actions">
                <label class="check">
                    <input type="checkbox" checked={s.compare} onchange={on_compare} disabled={!s.compare && compared >= MAX_COMPARED} />
                    { " " }{ ta("scenarios-compare-up-to", &[("n", MAX_COMPARED.into())]) }
                </label>
                <button type="button" onclick={on_duplicate}>{ t("scenarios-duplicate") }</button>
                <button type="button" class="danger" onclick={on_delete}>{ t("scenarios-delete") }</button>
            </div>
            <LeverForm prefix="sc" levers={s.levers.clone()} currency={p.currency.clone()} onchange={on_levers} curve={p.curve.clone()} />
            <CurveDifference levers={s.levers.clone()} basis={p.basis.clone()} />
            <LeakyBucketView levers={s.levers.clone()} currency={p.currency.clone()} basis={p.basis.clone()} />
            { tornado_view }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct LeakyProps {
    levers: Levers,
    currency: AttrValue,
    basis: Option<CurveBasis>,
}

#[derive(Properties, PartialEq)]
struct CurveDifferenceProps {
    levers: Levers,
    basis: Option<CurveBasis>,
}

/// Levers that follow the fitted curve: their value beside the same levers at the flat rate.
#[component]
fn CurveDifference(p: &CurveDifferenceProps) -> Html {
    if !p.levers.fitted_curve {
        return html! {};
    }
    let flat = flat_twin(&p.levers);
    match (project_for(&p.levers, p.basis.as_ref()), project(&flat)) {
        (Ok(aged), Ok(level)) => {
            let diff = aged.value - level.value;
            html! {
                <p class="readout" data-testid="curve-difference">
                    { ta("scenarios-curve-value", &[
                        ("value", Arg::Money(aged.value)), ("years", p.levers.horizon_years.into()),
                        ("rate", Arg::Percent(Some(flat.effective_retention()))),
                    ]) }
                    { " " }<span data-testid="curve-flat-value">{ money(level.value) }</span>{ ". " }
                    { t("scenarios-curve-difference") }{ " " }
                    <strong data-testid="curve-difference-amount" class={classes!((diff < -0.5).then_some("neg"))}>{ signed_money(diff) }</strong>
                    { "." }
                </p>
            }
        }
        (Err(errors), _) => {
            html! { <p class="error" role="alert">{ errors.first().map(|e| e.message.to_string()).unwrap_or_default() }</p> }
        }
        _ => html! {},
    }
}

/// The leaky bucket in sentences.
#[component]
fn LeakyBucketView(p: &LeakyProps) -> Html {
    let Ok(b) = leaky_bucket_for(&p.levers, p.basis.as_ref()) else { return html! {} };
    let l = &p.levers;
    html! {
        <div class="leaky" data-testid="leaky-bucket">
            <h3>{ t("scenarios-leaky-title") }</h3>
            <ul>
                <li>{ ta("scenarios-leaky-lost", &[("n", count_arg(b.lost_clients)), ("revenue", Arg::Money(b.lost_revenue))]) }</li>
                <li>{ ta("scenarios-leaky-stand-still", &[
                    ("referrals", count_arg(b.new_from_referrals)),
                    ("needed", count_arg(b.new_needed)),
                    ("cost", Arg::Money(b.cost_to_stand_still)),
                ]) }</li>
                if b.cost_to_stand_still > 0.0 && l.clients > 0.0 {
                    <li>{ ta("scenarios-leaky-care", &[
                        ("per_client", Arg::Money(b.care_budget_per_client)),
                        ("per_point", Arg::Money(l.care_cost_per_point)),
                        ("from", Arg::Percent(Some(b.retention))),
                        ("to", Arg::Percent(Some(b.retention_with_care))),
                        ("kept", count_arg(b.clients_kept_by_care)),
                    ]) }</li>
                }
            </ul>
        </div>
    }
}

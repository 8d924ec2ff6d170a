//! Purchases: the fitted "buy till you die" models, per-customer results, validation, export.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::engine::btyd::uncertainty::Uncertainty;
use crate::engine::btyd::validation::{p_alive_grid, PAliveGrid};
use crate::engine::btyd::{value_totals, CustomerRow};
use crate::engine::files::customer_values::export_rows_csv_parts;
use crate::engine::purchases::{customer_view, page_of, typical_age, CustomerSort, ModelChoice, ResultPlan, ValueField};
use crate::engine::util::chart::{axis, Scale};
use crate::i18n::{money, number, percent0, t, ta, Arg};
use crate::ui::app::{use_app, Route};
use crate::ui::components::charts::{LineChart, Series};
use crate::ui::platform::browser::{download_parts, today_iso};
use crate::ui::state::{Action, BulkStatus, Edit};

use std::cell::RefCell;

use gloo::timers::callback::Timeout;

/// Customers a page of the table.
const ROWS_PER_PAGE: usize = 25;
/// Customers a part of the exported file.
const EXPORT_ROWS_PER_PART: usize = 20_000;

fn sig(v: f64) -> String {
    if v.abs() >= 100.0 {
        number(v, 1)
    } else {
        number(v, 4)
    }
}

/// Customers valued per tick of the table's computation: a few milliseconds each.
const ROWS_PER_TICK: usize = 4_000;

type Rows = Rc<Result<Vec<CustomerRow>, String>>;

/// The customer table's rows, computed a slice at a time between timeouts so that even a history
/// of a million customers never freezes the page; with the progress (done, of) while computing.
/// Recomputed when the data changes or the customers arrive from the bulk store.
#[hook]
fn use_customer_rows() -> (Rows, Option<(usize, usize)>) {
    let state = use_app();
    let rows = use_state(|| Rc::new(Ok(Vec::new())) as Rows);
    let progress = use_state(|| None::<(usize, usize)>);
    // The data the rows on hand were computed from: until it is the current data, they are old.
    let computed_for = use_state(|| None);
    let key = (state.edits, state.revision, state.customers_key());
    {
        let rows = rows.clone();
        let progress = progress.clone();
        let computed_for = computed_for.clone();
        let study = state.data.purchases.clone();
        use_effect_with(key, move |key| {
            computed_for.set(Some(*key));
            let ticker: Rc<RefCell<Option<Timeout>>> = Rc::new(RefCell::new(None));
            match study.map(|s| (s.result_plan(), s.summary.shared())) {
                None => {
                    progress.set(None);
                    rows.set(Rc::new(Ok(Vec::new())));
                }
                Some((Err(e), _)) => {
                    progress.set(None);
                    rows.set(Rc::new(Err(e.to_string())));
                }
                Some((Ok(plan), customers)) => {
                    progress.set(Some((0, customers.len())));
                    tick(Rc::new(plan), customers, Vec::new(), rows, progress, ticker.clone());
                }
            }
            move || drop(ticker.borrow_mut().take())
        });
    }
    let n = state.data.purchases.as_deref().map_or(0, |p| p.summary.len());
    let progress = if *computed_for == Some(key) { *progress } else { Some((0, n)) };
    ((*rows).clone(), progress)
}

fn tick(
    plan: Rc<ResultPlan>,
    customers: std::sync::Arc<Vec<crate::engine::btyd::CustomerSummary>>,
    mut done: Vec<CustomerRow>,
    rows: UseStateHandle<Rows>,
    progress: UseStateHandle<Option<(usize, usize)>>,
    ticker: Rc<RefCell<Option<Timeout>>>,
) {
    let start = done.len();
    let end = (start + ROWS_PER_TICK).min(customers.len());
    done.extend(plan.rows(&customers[start..end]));
    if end == customers.len() {
        progress.set(None);
        rows.set(Rc::new(Ok(done)));
        return;
    }
    progress.set(Some((end, customers.len())));
    let next = ticker.clone();
    *ticker.borrow_mut() = Some(Timeout::new(0, move || tick(plan, customers, done, rows, progress, next)));
}

#[component]
pub fn PurchasesPage() -> Html {
    let state = use_app();
    let sort = use_state(|| CustomerSort::Value);
    let page = use_state(|| 0usize);
    let query = use_state(String::new);
    let message = use_state(|| None::<String>);
    let (results, computing) = use_customer_rows();
    // The order of every customer, worked out again only when the rows, the sort or the search change.
    let order = {
        let results = results.clone();
        use_memo((Rc::as_ptr(&results) as usize, *sort, (*query).clone()), move |(_, sort, query)| match &*results {
            Ok(r) => customer_view(r, *sort, query),
            Err(_) => Vec::new(),
        })
    };
    let Some(study) = state.data.purchases.as_deref() else {
        return html! {
            <section class="empty">
                <h1>{ t("purchases-title") }</h1>
                <p>{ t("purchases-empty-text") }</p>
                <Link<Route> to={Route::Data} classes="button primary">{ t("purchases-import") }</Link<Route>>
            </section>
        };
    };
    let unit = study.unit.key();
    let choose = |m: ModelChoice| {
        let state = state.clone();
        Callback::from(move |_: Event| state.dispatch(Action::Edit(Edit::SetPurchaseModel(m))))
    };
    let set_value = |field: ValueField| {
        let state = state.clone();
        let message = message.clone();
        let current = study.value;
        Callback::from(move |e: InputEvent| {
            let text = e.target_unchecked_into::<HtmlInputElement>().value();
            match current.with_field(field, &text) {
                Ok(v) => {
                    message.set(None);
                    state.dispatch(Action::Edit(Edit::SetValueSettings(v)));
                }
                Err(e) => message.set(Some(e.to_string())),
            }
        })
    };
    let export = {
        let results = results.clone();
        let message = message.clone();
        Callback::from(move |_: MouseEvent| {
            if let Ok(r) = &*results {
                let name = format!("customer-values-{}.csv", today_iso());
                let parts = export_rows_csv_parts(r, EXPORT_ROWS_PER_PART);
                if let Err(e) = download_parts(&name, "text/csv", parts.iter().map(String::as_str)) {
                    message.set(Some(e));
                }
            }
        })
    };
    let forget = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Edit(Edit::SetPurchases(None))))
    };
    let comparison = study.comparison();
    let best = comparison.first().map(|r| r.model.clone());
    let shown = page_of(order.len(), *page, ROWS_PER_PAGE);
    let sort_btn = |label: String, s: CustomerSort| {
        let sort = sort.clone();
        let page = page.clone();
        let active = *sort == s;
        html! { <th scope="col" class="num" aria-sort={if active { "descending" } else { "none" }}>
        <button type="button" class="sort" onclick={Callback::from(move |_| { sort.set(s); page.set(0); })}>{ label }{ if active { " ▼" } else { "" } }</button></th> }
    };
    let totals = results.as_ref().as_ref().map(|r| value_totals(r)).unwrap_or_default();
    let (alive, total_clv) = (totals.expected_active, totals.value);
    let go = |to: usize| {
        let page = page.clone();
        Callback::from(move |_: MouseEvent| page.set(to))
    };
    let search = {
        let query = query.clone();
        let page = page.clone();
        Callback::from(move |e: InputEvent| {
            query.set(e.target_unchecked_into::<HtmlInputElement>().value());
            page.set(0);
        })
    };
    let remove_customers = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Edit(Edit::SetPurchases(None))))
    };
    let bulk_note = match &state.bulk {
        BulkStatus::Loading(_) => {
            html! { <p class="banner" data-testid="bulk-status" data-state="loading" role="status">{ t("purchases-bulk-loading") }</p> }
        }
        BulkStatus::Failed { problem, .. } => html! {
            <div class="banner warn" data-testid="bulk-status" data-state="failed" role="alert">
                <p>{ problem }</p>
                <button type="button" class="danger" onclick={remove_customers}>{ t("purchases-forget") }</button>
            </div>
        },
        BulkStatus::InDocument { problem } => {
            html! { <p class="banner warn" data-testid="bulk-status" data-state="in-document">{ problem }</p> }
        }
        _ => html! {},
    };

    html! {
        <section aria-labelledby="pu-title" class="purchases">
            <div class="page-head">
                <h1 id="pu-title">{ t("purchases-title") }</h1>
                <div class="actions">
                    <button type="button" class="primary" onclick={export} disabled={results.is_err() || study.summary.is_empty()}>{ t("purchases-export-csv") }</button>
                    <Link<Route> to={Route::Data} classes="button">{ t("purchases-import-another") }</Link<Route>>
                    <button type="button" class="danger" onclick={forget}>{ t("purchases-forget") }</button>
                </div>
            </div>
            if let (Some(o), Some((from, to))) = (study.occasions.as_ref().filter(|_| study.summary.is_empty()), study.first_date.zip(study.last_date)) {
                <p class="lead">{ ta("data-occasions-lead", &[("source", study.source.clone().into()), ("purchases", study.transactions.into()), ("customers", study.customers.into()), ("from", from.into()), ("to", to.into()), ("unit", o.unit.key().into())]) }</p>
            } else if let Some(o) = study.occasions.as_ref().filter(|_| study.summary.is_empty()) {
                <p class="lead">{ ta("purchases-fits-source", &[("source", study.source.clone().into()), ("customers", study.customers.into()), ("date", study.calibration_end.into()), ("unit", o.unit.key().into())]) }</p>
            } else {
            <p class="lead">{ ta("purchases-lead", &[
                ("source", study.source.clone().into()),
                ("purchases", study.transactions.into()),
                ("customers", study.customers.into()),
                ("range", match (study.first_date, study.last_date) {
                    (Some(a), Some(b)) => ta("purchases-lead-range", &[("from", a.into()), ("to", b.into())]),
                    _ => String::new(),
                }.into()),
                ("calibration", study.calibration_end.into()),
                ("check", if study.observation_end > study.calibration_end {
                    ta("purchases-lead-check", &[("from", study.calibration_end.into()), ("to", study.observation_end.into())])
                } else {
                    String::new()
                }.into()),
                ("unit", unit.into()),
            ]) }</p>
            }
            { bulk_note }
            { for study.problems.iter().map(|p| html! { <p class="banner warn">{ p }</p> }) }
            if let Some(m) = &*message { <p class="error" role="alert">{ m }</p> }

            <div class="panel">
                <h2>{ t("purchases-models") }</h2>
                <div class="table-wrap"><table class="compact" data-testid="model-table">
                    <thead><tr><th scope="col">{ t("purchases-col-use") }</th><th scope="col">{ t("purchases-col-model") }</th><th scope="col">{ t("purchases-col-parameters") }</th>
                        <th scope="col" class="num">{ t("purchases-col-log-likelihood") }</th><th scope="col" class="num">{ t("purchases-col-bic") }</th><th scope="col">{ t("purchases-col-fit") }</th>
                        <th scope="col">{ t("purchases-fits-col-uncertainty") }</th></tr></thead>
                    <tbody>
                        if let Some(f) = &study.bgnbd {
                            <tr data-testid="fit-bgnbd">
                                <td><input type="radio" name="model" aria-label={ta("purchases-use-model", &[("model", "BG/NBD".into())])} checked={study.model == ModelChoice::BgNbd} onchange={choose(ModelChoice::BgNbd)} /></td>
                                <th scope="row">{ "BG/NBD" }{ if best.as_deref() == Some("BG/NBD") { format!(" {}", t("purchases-best-bic")) } else { String::new() } }</th>
                                <td class="params">{ ta("purchases-params-bgnbd", &[("r", sig(f.params.r).into()), ("alpha", sig(f.params.alpha).into()), ("a", sig(f.params.a).into()), ("b", sig(f.params.b).into())]) }</td>
                                <td class="num">{ number(f.report.log_likelihood, 1) }</td><td class="num">{ number(f.report.bic, 1) }</td>
                                <td data-testid="fit-status">{ f.report.status_text() }</td>
                                { se_cell(study.uncertainty.bgnbd.as_ref(), &["r", "α", "a", "b"]) }
                            </tr>
                        }
                        if let Some(f) = &study.pareto {
                            <tr data-testid="fit-pareto">
                                <td><input type="radio" name="model" aria-label={ta("purchases-use-model", &[("model", "Pareto/NBD".into())])} checked={study.model == ModelChoice::ParetoNbd} onchange={choose(ModelChoice::ParetoNbd)} /></td>
                                <th scope="row">{ "Pareto/NBD" }{ if best.as_deref() == Some("Pareto/NBD") { format!(" {}", t("purchases-best-bic")) } else { String::new() } }</th>
                                <td class="params">{ ta("purchases-params-pareto", &[("r", sig(f.params.r).into()), ("alpha", sig(f.params.alpha).into()), ("s", sig(f.params.s).into()), ("beta", sig(f.params.beta).into())]) }</td>
                                <td class="num">{ number(f.report.log_likelihood, 1) }</td><td class="num">{ number(f.report.bic, 1) }</td>
                                <td data-testid="fit-status">{ f.report.status_text() }</td>
                                { se_cell(study.uncertainty.pareto.as_ref(), &["r", "α", "s", "β"]) }
                            </tr>
                        }
                        if let Some(f) = &study.mbgnbd {
                            <tr data-testid="fit-mbgnbd">
                                <td><input type="radio" name="model" aria-label={ta("purchases-use-model", &[("model", "MBG/NBD".into())])} checked={study.model == ModelChoice::MbgNbd} onchange={choose(ModelChoice::MbgNbd)} /></td>
                                <th scope="row">{ "MBG/NBD" }{ if best.as_deref() == Some("MBG/NBD") { format!(" {}", t("purchases-best-bic")) } else { String::new() } }</th>
                                <td class="params">{ ta("purchases-params-bgnbd", &[("r", sig(f.params.r).into()), ("alpha", sig(f.params.alpha).into()), ("a", sig(f.params.a).into()), ("b", sig(f.params.b).into())]) }</td>
                                <td class="num">{ number(f.report.log_likelihood, 1) }</td><td class="num">{ number(f.report.bic, 1) }</td>
                                <td data-testid="fit-status">{ f.report.status_text() }</td>
                                { se_cell(study.uncertainty.mbgnbd.as_ref(), &["r", "α", "a", "b"]) }
                            </tr>
                        }
                        if let Some(f) = study.occasions.as_ref().and_then(|o| o.fit.as_ref()) {
                            <tr data-testid="fit-bgbb">
                                <td></td><th scope="row">{ "BG/BB" }</th>
                                <td class="params" data-testid="bgbb-params">{ ta("purchases-fits-params-bgbb", &[("alpha", sig(f.params.alpha).into()), ("beta", sig(f.params.beta).into()), ("gamma", sig(f.params.gamma).into()), ("delta", sig(f.params.delta).into())]) }</td>
                                <td class="num">{ number(f.report.log_likelihood, 1) }</td><td class="num">{ number(f.report.bic, 1) }</td>
                                <td data-testid="fit-status">{ f.report.status_text() }</td>
                                { se_cell(study.occasions.as_ref().and_then(|o| o.uncertainty.as_ref()), &["α", "β", "γ", "δ"]) }
                            </tr>
                        }
                        if let Some(f) = &study.gamma {
                            <tr data-testid="fit-gamma">
                                <td></td><th scope="row">{ t("purchases-gamma-name") }</th>
                                <td class="params">{ ta("purchases-params-gamma", &[("p", sig(f.params.p).into()), ("q", sig(f.params.q).into()), ("gamma", sig(f.params.gamma).into())]) }</td>
                                <td class="num">{ number(f.report.log_likelihood, 1) }</td><td class="num">{ number(f.report.bic, 1) }</td>
                                <td data-testid="fit-status">{ ta("purchases-repeat-buyers", &[("n", f.report.n_customers.into())]) }{ " · " }{ f.report.status_text() }</td>
                                { se_cell(study.uncertainty.gamma.as_ref(), &["p", "q", "γ"]) }
                            </tr>
                        }
                    </tbody>
                </table></div>
                <p class="hint">{ t("purchases-models-hint") }</p>
                <p class="hint">{ t("purchases-fits-hint") }</p>
            </div>
            <crate::ui::pages::purchases_occasions::OccasionsPanel />
            <crate::ui::pages::purchases_chance::ChancePanel />

            // A study of occasions only (BG/BB) has no per-customer rows.
            if !(study.summary.is_empty() && study.occasions.is_some()) { <>
            <div class="panel">
                <h2>{ t("purchases-customer-value") }</h2>
                <div class="mapping">
                    <div class="field"><label for="pv-h">{ t("purchases-horizon") }</label>
                        <input id="pv-h" type="text" inputmode="numeric" value={study.value.field_text(ValueField::Horizon)}
                            oninput={set_value(ValueField::Horizon)} /></div>
                    <div class="field"><label for="pv-d">{ t("purchases-discount") }</label>
                        <input id="pv-d" type="text" inputmode="decimal" value={study.value.field_text(ValueField::Discount)}
                            oninput={set_value(ValueField::Discount)} /></div>
                    <div class="field"><label for="pv-m">{ t("purchases-margin") }</label>
                        <input id="pv-m" type="text" inputmode="decimal" value={study.value.field_text(ValueField::Margin)}
                            oninput={set_value(ValueField::Margin)} /></div>
                </div>
                <div class="cards">
                    <div class="card"><span class="label">{ t("purchases-active") }</span><span class="value" data-testid="likely-active" data-value={computing.is_none().then(|| alive.to_string())}>{ if computing.is_some() { "…".to_string() } else { number(alive, 0) } }</span>
                        <span class="explain">{ ta("purchases-active-explain", &[("n", totals.customers.into())]) }</span>
                        if totals.flagged > 0 { <span class="explain warn-text">{ ta("purchases-flagged", &[("n", totals.flagged.into())]) }</span> }</div>
                    <div class="card"><span class="label">{ ta("purchases-base-value", &[("n", study.value.horizon_months.into())]) }</span>
                        <span class="value" data-testid="total-clv">{ if computing.is_some() { "…".to_string() } else { money(total_clv) } }</span>
                        <span class="explain">{ t("purchases-base-value-explain") }</span></div>
                </div>
            </div>

            <Validation />

            <div class="panel">
                <h2>{ t("purchases-customers") }</h2>
                { match &*results {
                    Err(e) => html! { <p class="error">{ e }</p> },
                    Ok(_) if study.summary.is_empty() => html! {},
                    _ if computing.is_some() => {
                        let (done, of) = computing.unwrap_or((0, 0));
                        html! { <p data-testid="valuing" role="status">
                            <progress value={done.to_string()} max={of.max(1).to_string()}></progress>{ " " }
                            { ta("purchases-valuing", &[("done", done.into()), ("n", of.into())]) }
                        </p> }
                    }
                    Ok(r) => html! { <>
                        <div class="field search">
                            <label for="pu-search">{ t("purchases-search") }</label>
                            <input id="pu-search" type="search" value={(*query).clone()} oninput={search} aria-describedby="pu-search-hint" />
                            <span class="hint" id="pu-search-hint">{ t("purchases-search-hint") }</span>
                        </div>
                        if order.is_empty() { <p class="hint">{ ta("purchases-no-match", &[("query", query.trim().to_string().into())]) }</p> }
                        <div class="table-wrap"><table class="compact" data-testid="customer-table">
                            <thead><tr><th scope="col">{ t("purchases-col-customer") }</th>{ sort_btn(t("purchases-col-repeat"), CustomerSort::Frequency) }
                                <th scope="col" class="num">{ ta("purchases-col-last-age", &[("unit", unit.into())]) }</th><th scope="col" class="num">{ t("purchases-col-mean-spend") }</th>
                                { sort_btn(t("purchases-col-p-alive"), CustomerSort::PAlive) }{ sort_btn(t("purchases-col-expected-purchases"), CustomerSort::ExpectedPurchases) }
                                <th scope="col" class="num">{ t("purchases-col-expected-spend") }</th>{ sort_btn(t("purchases-col-value"), CustomerSort::Value) }</tr></thead>
                            <tbody>{ for order[shown.first..shown.end].iter().map(|&i| { let c = &r[i].value; let problem = r[i].problem.as_ref(); html! {
                                <tr>
                                    <th scope="row">{ if state.data.portfolio.client(&c.id).is_some() {
                                        html! { <Link<Route> to={Route::Client { id: c.id.clone() }}>{ &c.id }</Link<Route>> } } else { html! { &c.id } } }</th>
                                    <td class="num">{ number(c.frequency as f64, 0) }</td>
                                    <td class="num">{ format!("{} / {}", number(c.recency, 1), number(c.age, 1)) }</td>
                                    <td class="num">{ number(c.monetary, 2) }</td>
                                    if let Some(p) = problem {
                                        <td colspan="4" class="warn-text" data-testid="customer-problem">{ p }</td>
                                    } else {
                                        <td class="num">{ percent0(c.p_alive) }</td>
                                        <td class="num">{ number(c.expected_purchases, 2) }</td>
                                        <td class="num">{ number(c.expected_spend, 2) }</td>
                                        <td class="num">{ number(c.clv, 2) }</td>
                                    }
                                </tr>
                            } }) }</tbody>
                        </table></div>
                        <nav class="pager" aria-label={t("purchases-customers")} data-testid="customer-pages">
                            <button type="button" onclick={go(shown.page.saturating_sub(1))} disabled={shown.page == 0}>{ t("purchases-page-prev") }</button>
                            <span role="status">{ ta("purchases-page", &[("first", (shown.first + usize::from(shown.end > shown.first)).into()), ("last", shown.end.into()), ("n", order.len().into())]) }</span>
                            <button type="button" onclick={go(shown.page + 1)} disabled={shown.page + 1 >= shown.pages}>{ t("purchases-page-next") }</button>
                        </nav>
                    </> },
                } }
            </div>
            </> }
        </section>
    }
}

/// Three significant digits (at least the units): a standard error or an interval end.
fn short(v: f64) -> String {
    let a = v.abs();
    number(
        v,
        if a >= 100.0 {
            0
        } else if a >= 10.0 {
            1
        } else if a >= 1.0 {
            2
        } else if a >= 0.1 {
            3
        } else {
            4
        },
    )
}

/// Each parameter's standard error and 90 % interval, or why there are none.
fn se_cell(u: Option<&Uncertainty>, names: &[&str]) -> Html {
    match u {
        None => html! { <td class="hint" data-testid="fit-se">{ t("purchases-fits-no-se") }</td> },
        Some(u) => html! { <td class="fit-se" data-testid="fit-se">{ for u.estimates().iter().zip(names).map(|(e, name)| html! {
            <span>{ ta("purchases-fits-se", &[("name", (*name).into()), ("se", short(e.se).into()), ("low", short(e.low).into()), ("high", short(e.high).into())]) }<br /></span>
        }) }</td> },
    }
}

/// Holdout check, tracking over time and the P(alive) heat map.
#[component]
fn Validation() -> Html {
    let state = use_app();
    let Some(study) = state.data.purchases.as_deref() else { return html! {} };
    let unit = study.unit.key();
    let model = study.purchase_model();
    let max_x = study.summary.iter().map(|c| c.frequency).max().unwrap_or(10).clamp(5, 25);
    let grid = model.zip(typical_age(&study.summary)).and_then(|(m, age)| p_alive_grid(&m, max_x, age, 24).ok());
    html! {
        <div class="panel">
            <h2>{ t("purchases-forecast-title") }</h2>
            if let Some(h) = &study.holdout {
                <p data-testid="holdout">{ ta("purchases-holdout", &[
                    ("actual", h.total_actual.round().into()),
                    ("predicted", Arg::Dec(h.total_predicted, 0)),
                    ("mae", Arg::Dec(h.mean_absolute_error, 3)),
                ]) }</p>
            } else {
                <p class="hint">{ t("purchases-holdout-none") }</p>
            }
            <div class="charts">
                if let Some(h) = &study.holdout {
                    <GroupBars groups={h.groups.iter().map(|g| (g.label.clone(), g.mean_actual, g.mean_predicted)).collect::<Vec<_>>()} />
                }
                if !study.tracking.is_empty() {
                    <LineChart title={ta("purchases-tracking-title", &[("unit", unit.into())])} x_label={AttrValue::from(ta("purchases-tracking-x", &[("unit", unit.into())]))}
                        series={vec![Series { name: t("purchases-actual"), values: study.tracking.iter().map(|p| p.actual).collect() },
                                     Series { name: t("purchases-predicted"), values: study.tracking.iter().map(|p| p.predicted).collect() }]}
                        testid={AttrValue::Static("chart-tracking")} />
                }
            </div>
            if let Some(g) = grid {
                <figure class="chart heat" data-testid="palive-heatmap">
                    <figcaption>{ ta("purchases-heat-caption", &[("age", g.age.round().into()), ("unit", unit.into())]) }{ " " }<span class="hint">{ t("purchases-heat-median") }</span></figcaption>
                    <svg viewBox="0 0 560 300" role="img" aria-label={t("purchases-heat-aria")} aria-describedby="palive-heat-hint palive-heat-table">
                        {{
                            let (l, top, w, h) = (46.0, 8.0, 500.0, 250.0);
                            let cw = w / g.recencies.len() as f64;
                            let rec = &g.recencies;
                            let ch = h / g.frequencies.len() as f64;
                            let cells = g.values.iter().enumerate().flat_map(|(i, row)| row.iter().enumerate().map(move |(j, v)| html! {
                                <rect x={format!("{:.1}", l + j as f64 * cw)} y={format!("{:.1}", top + h - (i + 1) as f64 * ch)} width={format!("{:.1}", cw + 0.5)} height={format!("{:.1}", ch + 0.5)}
                                    fill="#1f5fbf" fill-opacity={format!("{:.3}", v.clamp(0.0, 1.0))}><title>{ ta("purchases-heat-cell", &[("x", i.into()), ("at", Arg::Dec(rec[j], 1)), ("p", percent0(*v).into())]) }</title></rect>
                            })).collect::<Html>();
                            let n = g.frequencies.len();
                            html! { <>
                                { cells }
                                <text x={(l - 6.0).to_string()} y={format!("{:.0}", top + h - 2.0)} text-anchor="end">{ "0" }</text>
                                <text x={(l - 6.0).to_string()} y={format!("{:.0}", top + 10.0)} text-anchor="end">{ number(n.saturating_sub(1) as f64, 0) }</text>
                                <text x={l.to_string()} y={(top + h + 16.0).to_string()}>{ "0" }</text>
                                <text x={(l + w).to_string()} y={(top + h + 16.0).to_string()} text-anchor="end">{ number(g.age, 0) }</text>
                                <text class="xlabel" x={(l + w / 2.0).to_string()} y={(top + h + 30.0).to_string()} text-anchor="middle">{ ta("purchases-heat-x", &[("unit", unit.into())]) }</text>
                                <text class="xlabel" x="10" y={(top + h / 2.0).to_string()} text-anchor="middle" transform={format!("rotate(-90 10 {})", top + h / 2.0)}>{ t("purchases-heat-y") }</text>
                            </> }
                        }}
                    </svg>
                    <p class="hint" id="palive-heat-hint">{ t("purchases-heat-hint") }</p>
                    <HeatTable grid={g.clone()} unit={unit} />
                </figure>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct HeatTableProps {
    grid: PAliveGrid,
    unit: &'static str,
}

/// The heat map's text alternative: P(alive) for every number of repeat purchases at five times
/// of the last purchase (from the first day to the customer's age).
#[component]
fn HeatTable(p: &HeatTableProps) -> Html {
    let g = &p.grid;
    let last = g.recencies.len().saturating_sub(1);
    let mut columns: Vec<usize> = (0..=4).map(|k| (last * k + 2) / 4).collect();
    columns.dedup();
    html! {
        <table class="visually-hidden" id="palive-heat-table">
            <caption>{ ta("purchases-heat-caption", &[("age", g.age.round().into()), ("unit", p.unit.into())]) }</caption>
            <thead><tr>
                <th scope="col">{ t("purchases-heat-y") }</th>
                { for columns.iter().filter_map(|&j| g.recencies.get(j)).map(|r| html! {
                    <th scope="col">{ ta("purchases-heat-x", &[("unit", p.unit.into())]) }{ ": " }{ number(*r, 1) }</th>
                }) }
            </tr></thead>
            <tbody>
                { for g.frequencies.iter().zip(&g.values).map(|(x, row)| html! { <tr>
                    <th scope="row">{ number(*x as f64, 0) }</th>
                    { for columns.iter().map(|&j| html! { <td>{ row.get(j).map(|v| percent0(*v)).unwrap_or_else(|| "–".into()) }</td> }) }
                </tr> }) }
            </tbody>
        </table>
    }
}

#[derive(Properties, PartialEq)]
struct GroupProps {
    groups: Vec<(String, f64, f64)>,
}

/// Mean holdout purchases per calibration-frequency group: actual next to predicted. The ●/■
/// under each bar (also in the legend, and the tracking chart's marks) tell them apart without
/// colour.
#[component]
fn GroupBars(p: &GroupProps) -> Html {
    let values: Vec<f64> = p.groups.iter().flat_map(|g| [g.1, g.2]).collect();
    let ax = axis(values.iter(), 4);
    let (l, top, w, h) = (46.0, 8.0, 500.0, 200.0);
    let y = Scale::new(ax.min, ax.max, top + h, top);
    let bw = w / p.groups.len().max(1) as f64;
    html! {
        <figure class="chart" data-testid="holdout-groups">
            <figcaption>{ t("purchases-groups-caption") }</figcaption>
            <svg viewBox="0 0 560 240" role="img" aria-label={t("purchases-groups-aria")} aria-describedby="holdout-groups-table">
                { for ax.ticks.iter().map(|v| html! { <g class="grid">
                    <line x1={l.to_string()} x2={(l + w).to_string()} y1={format!("{:.1}", y.at(*v))} y2={format!("{:.1}", y.at(*v))} />
                    <text x={(l - 6.0).to_string()} y={format!("{:.1}", y.at(*v) + 4.0)} text-anchor="end">{ crate::i18n::compact(*v) }</text></g> }) }
                { for p.groups.iter().enumerate().map(|(i, (label, a, pr))| {
                    let x0 = l + i as f64 * bw;
                    html! { <g>
                        <rect class="actual" x={format!("{:.1}", x0 + bw * 0.12)} width={format!("{:.1}", bw * 0.36)} y={format!("{:.1}", y.at(*a))} height={format!("{:.1}", (y.at(0.0) - y.at(*a)).max(0.0))}><title>{ ta("purchases-groups-actual", &[("group", label.into()), ("value", Arg::Dec(*a, 2))]) }</title></rect>
                        <rect class="predicted" x={format!("{:.1}", x0 + bw * 0.5)} width={format!("{:.1}", bw * 0.36)} y={format!("{:.1}", y.at(*pr))} height={format!("{:.1}", (y.at(0.0) - y.at(*pr)).max(0.0))}><title>{ ta("purchases-groups-predicted", &[("group", label.into()), ("value", Arg::Dec(*pr, 2))]) }</title></rect>
                        <text x={format!("{:.1}", x0 + bw * 0.3)} y={(top + h + 11.0).to_string()} text-anchor="middle">{ "●" }</text>
                        <text x={format!("{:.1}", x0 + bw * 0.68)} y={(top + h + 11.0).to_string()} text-anchor="middle">{ "■" }</text>
                        <text x={format!("{:.1}", x0 + bw / 2.0)} y={(top + h + 26.0).to_string()} text-anchor="middle">{ label }</text>
                    </g> }
                }) }
            </svg>
            <ul class="legend">
                <li><span class="swatch actual" aria-hidden="true"></span><span aria-hidden="true">{ "● " }</span>{ t("purchases-legend-actual") }</li>
                <li><span class="swatch predicted" aria-hidden="true"></span><span aria-hidden="true">{ "■ " }</span>{ t("purchases-legend-predicted") }</li>
            </ul>
            <table class="visually-hidden" id="holdout-groups-table">
                <caption>{ t("purchases-groups-caption") }</caption>
                <thead><tr>
                    <th scope="col">{ t("purchases-groups-col") }</th>
                    <th scope="col">{ t("purchases-actual") }</th>
                    <th scope="col">{ t("purchases-predicted") }</th>
                </tr></thead>
                <tbody>
                    { for p.groups.iter().map(|(label, a, pr)| html! { <tr>
                        <th scope="row">{ label }</th>
                        <td>{ number(*a, 2) }</td>
                        <td>{ number(*pr, 2) }</td>
                    </tr> }) }
                </tbody>
            </table>
        </figure>
    }
}

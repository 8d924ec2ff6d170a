//! Purchases: the fitted "buy till you die" models, per-customer results, validation, export.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::engine::btyd::validation::p_alive_grid;
use crate::engine::btyd::{export_csv, CustomerValue};
use crate::engine::chart::{axis, short_number, Scale};
use crate::engine::format::{group_thousands, money};
use crate::engine::parse::parse_amount;
use crate::engine::purchases::{base_totals, customer_order, CustomerSort, ModelChoice, ValueSettings};
use crate::ui::app::{use_app, Route};
use crate::ui::browser::{download_text, today_iso};
use crate::ui::charts::{LineChart, Series};
use crate::ui::state::{Action, Edit};

fn sig(v: f64) -> String {
    if v.abs() >= 100.0 { format!("{v:.1}") } else { format!("{v:.4}") }
}

#[component]
pub fn PurchasesPage() -> Html {
    let state = use_app();
    let sort = use_state(|| CustomerSort::Value);
    let shown = use_state(|| 25usize);
    let message = use_state(|| None::<String>);
    let st = state.clone();
    let results: Rc<Result<Vec<CustomerValue>, String>> = use_memo((state.edits, state.revision), move |_| {
        match &st.data.purchases {
            Some(p) => p.results().map_err(|e| e.to_string()),
            None => Ok(Vec::new()),
        }
    });
    let Some(study) = state.data.purchases.as_deref() else {
        return html! {
            <section class="empty">
                <h1>{ "Purchases" }</h1>
                <p>{ "No purchase history yet. Import a CSV of purchases (customer, date, amount) on the Data page to see which \
                      customers are still active, how much they will buy, and what they are worth." }</p>
                <Link<Route> to={Route::Data} classes="button primary">{ "Import purchases" }</Link<Route>>
            </section>
        };
    };
    let cur = state.data.portfolio.currency.clone();
    let unit = study.unit.label();
    let choose = |m: ModelChoice| {
        let state = state.clone();
        Callback::from(move |_: Event| state.dispatch(Action::Edit(Edit::SetPurchaseModel(m))))
    };
    let set_value = |f: fn(&mut ValueSettings, f64) -> Result<(), &'static str>| {
        let state = state.clone();
        let message = message.clone();
        let current = study.value;
        Callback::from(move |e: InputEvent| {
            let text = e.target_unchecked_into::<HtmlInputElement>().value();
            let mut v = current;
            match parse_amount(&text).map_err(|e| e.to_string()).and_then(|n| f(&mut v, n).map_err(str::to_string)) {
                Ok(()) => {
                    message.set(None);
                    state.dispatch(Action::Edit(Edit::SetValueSettings(v)));
                }
                Err(e) => message.set(Some(e)),
            }
        })
    };
    let export = {
        let results = results.clone();
        let message = message.clone();
        Callback::from(move |_: MouseEvent| {
            if let Ok(r) = &*results {
                let name = format!("customer-values-{}.csv", today_iso());
                if let Err(e) = download_text(&name, "text/csv", &export_csv(r)) {
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
    let order = match &*results { Ok(r) => customer_order(r, *sort), Err(_) => Vec::new() };
    let sort_btn = |label: &'static str, s: CustomerSort| {
        let sort = sort.clone();
        let active = *sort == s;
        html! { <th scope="col" class="num" aria-sort={if active { "descending" } else { "none" }}>
            <button type="button" class="sort" onclick={Callback::from(move |_| sort.set(s))}>{ label }{ if active { " ▼" } else { "" } }</button></th> }
    };
    let (alive, total_clv) = results.as_ref().as_ref().map(|r| base_totals(r)).unwrap_or((0.0, 0.0));
    let more = {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| shown.set(*shown + 500))
    };

    html! {
        <section aria-labelledby="pu-title" class="purchases">
            <div class="page-head">
                <h1 id="pu-title">{ "Purchases" }</h1>
                <div class="actions">
                    <button type="button" class="primary" onclick={export} disabled={results.is_err() || study.summary.is_empty()}>{ "Export CSV" }</button>
                    <Link<Route> to={Route::Data} classes="button">{ "Import another file" }</Link<Route>>
                    <button type="button" class="danger" onclick={forget}>{ "Forget this history" }</button>
                </div>
            </div>
            <p class="lead">{ format!("{}: {} purchases by {} customers{}; fitted on purchases up to {}{}; times in {unit}.",
                study.source, group_thousands(study.transactions as f64), group_thousands(study.customers as f64),
                match (study.first_date, study.last_date) { (Some(a), Some(b)) => format!(" from {a} to {b}"), _ => String::new() },
                study.calibration_end,
                if study.observation_end > study.calibration_end { format!(", checked against {} to {}", study.calibration_end, study.observation_end) } else { String::new() }) }</p>
            { for study.problems.iter().map(|p| html! { <p class="banner warn">{ p }</p> }) }
            if let Some(m) = &*message { <p class="error" role="alert">{ m }</p> }

            <div class="panel">
                <h2>{ "Models" }</h2>
                <div class="table-wrap"><table class="compact" data-testid="model-table">
                    <thead><tr><th scope="col">{ "Use" }</th><th scope="col">{ "Model" }</th><th scope="col">{ "Parameters" }</th>
                        <th scope="col" class="num">{ "Log-likelihood" }</th><th scope="col" class="num">{ "BIC" }</th><th scope="col">{ "Fit" }</th></tr></thead>
                    <tbody>
                        if let Some(f) = &study.bgnbd {
                            <tr data-testid="fit-bgnbd">
                                <td><input type="radio" name="model" aria-label="Use BG/NBD" checked={study.model == ModelChoice::BgNbd} onchange={choose(ModelChoice::BgNbd)} /></td>
                                <th scope="row">{ "BG/NBD" }{ if best.as_deref() == Some("BG/NBD") { " (best BIC)" } else { "" } }</th>
                                <td class="params">{ format!("r = {}, α = {}, a = {}, b = {}", sig(f.params.r), sig(f.params.alpha), sig(f.params.a), sig(f.params.b)) }</td>
                                <td class="num">{ format!("{:.1}", f.report.log_likelihood) }</td><td class="num">{ format!("{:.1}", f.report.bic) }</td>
                                <td>{ if f.report.converged { "converged" } else { "stopped early" } }</td>
                            </tr>
                        }
                        if let Some(f) = &study.pareto {
                            <tr data-testid="fit-pareto">
                                <td><input type="radio" name="model" aria-label="Use Pareto/NBD" checked={study.model == ModelChoice::ParetoNbd} onchange={choose(ModelChoice::ParetoNbd)} /></td>
                                <th scope="row">{ "Pareto/NBD" }{ if best.as_deref() == Some("Pareto/NBD") { " (best BIC)" } else { "" } }</th>
                                <td class="params">{ format!("r = {}, α = {}, s = {}, β = {}", sig(f.params.r), sig(f.params.alpha), sig(f.params.s), sig(f.params.beta)) }</td>
                                <td class="num">{ format!("{:.1}", f.report.log_likelihood) }</td><td class="num">{ format!("{:.1}", f.report.bic) }</td>
                                <td>{ if f.report.converged { "converged" } else { "stopped early" } }</td>
                            </tr>
                        }
                        if let Some(f) = &study.gamma {
                            <tr data-testid="fit-gamma">
                                <td></td><th scope="row">{ "Gamma-Gamma (spend)" }</th>
                                <td class="params">{ format!("p = {}, q = {}, γ = {}", sig(f.params.p), sig(f.params.q), sig(f.params.gamma)) }</td>
                                <td class="num">{ format!("{:.1}", f.report.log_likelihood) }</td><td class="num">{ format!("{:.1}", f.report.bic) }</td>
                                <td>{ format!("{} repeat buyers", f.report.n_customers) }</td>
                            </tr>
                        }
                    </tbody>
                </table></div>
                <p class="hint">{ "BG/NBD and Pareto/NBD model how often each customer buys and when they stop; Gamma-Gamma models how much they spend. \
                    Lower BIC fits better for the number of parameters. Formulas and sources: docs/btyd.md." }</p>
            </div>

            <div class="panel">
                <h2>{ "Customer value" }</h2>
                <div class="mapping">
                    <div class="field"><label for="pv-h">{ "Horizon (months)" }</label>
                        <input id="pv-h" type="text" inputmode="numeric" value={study.value.horizon_months.to_string()}
                            oninput={set_value(|v, n| if n.fract() == 0.0 && (1.0..=120.0).contains(&n) { v.horizon_months = n as u32; Ok(()) } else { Err("The horizon is 1 to 120 whole months.") })} /></div>
                    <div class="field"><label for="pv-d">{ "Discount rate a year (%)" }</label>
                        <input id="pv-d" type="text" inputmode="decimal" value={format!("{}", study.value.annual_discount * 100.0)}
                            oninput={set_value(|v, n| if (0.0..=100.0).contains(&n) { v.annual_discount = n / 100.0; Ok(()) } else { Err("The discount rate is 0% to 100%.") })} /></div>
                    <div class="field"><label for="pv-m">{ "Margin on spend (%)" }</label>
                        <input id="pv-m" type="text" inputmode="decimal" value={format!("{}", study.value.margin * 100.0)}
                            oninput={set_value(|v, n| if (0.0..=100.0).contains(&n) { v.margin = n / 100.0; Ok(()) } else { Err("The margin is 0% to 100%.") })} /></div>
                </div>
                <div class="cards">
                    <div class="card"><span class="label">{ "Customers likely still active" }</span><span class="value">{ group_thousands(alive) }</span>
                        <span class="explain">{ format!("sum of P(alive) over {} customers", group_thousands(study.customers as f64)) }</span></div>
                    <div class="card"><span class="label">{ format!("Value of the base, next {} months", study.value.horizon_months) }</span>
                        <span class="value" data-testid="total-clv">{ money(total_clv, &cur) }</span>
                        <span class="explain">{ "expected purchases × expected spend × margin, discounted monthly" }</span></div>
                </div>
            </div>

            <Validation />

            <div class="panel">
                <h2>{ "Customers" }</h2>
                { match &*results {
                    Err(e) => html! { <p class="error">{ e }</p> },
                    Ok(_) if study.summary.is_empty() => html! { <p class="hint">{ "Per-customer results are not kept for a history this large; import it again to see or export them." }</p> },
                    Ok(r) => html! { <>
                        <div class="table-wrap"><table class="compact" data-testid="customer-table">
                            <thead><tr><th scope="col">{ "Customer" }</th>{ sort_btn("Repeat purchases", CustomerSort::Frequency) }
                                <th scope="col" class="num">{ format!("Last / age ({unit})") }</th><th scope="col" class="num">{ "Mean spend" }</th>
                                { sort_btn("P(alive)", CustomerSort::PAlive) }{ sort_btn("Expected purchases", CustomerSort::ExpectedPurchases) }
                                <th scope="col" class="num">{ "Expected spend" }</th>{ sort_btn("Value", CustomerSort::Value) }</tr></thead>
                            <tbody>{ for order.iter().take(*shown).map(|&i| { let c = &r[i]; html! {
                                <tr>
                                    <th scope="row">{ if state.data.portfolio.client(&c.id).is_some() {
                                        html! { <Link<Route> to={Route::Client { id: c.id.clone() }}>{ &c.id }</Link<Route>> } } else { html! { &c.id } } }</th>
                                    <td class="num">{ c.frequency }</td>
                                    <td class="num">{ format!("{:.1} / {:.1}", c.recency, c.age) }</td>
                                    <td class="num">{ format!("{:.2}", c.monetary) }</td>
                                    <td class="num">{ format!("{:.0}%", c.p_alive * 100.0) }</td>
                                    <td class="num">{ format!("{:.2}", c.expected_purchases) }</td>
                                    <td class="num">{ format!("{:.2}", c.expected_spend) }</td>
                                    <td class="num">{ format!("{:.2}", c.clv) }</td>
                                </tr>
                            } }) }</tbody>
                        </table></div>
                        if r.len() > *shown { <button type="button" class="more" onclick={more}>{ format!("Show more ({} not shown)", r.len() - *shown) }</button> }
                    </> },
                } }
            </div>
        </section>
    }
}

/// Holdout check, tracking over time and the P(alive) heat map.
#[component]
fn Validation() -> Html {
    let state = use_app();
    let Some(study) = state.data.purchases.as_deref() else { return html! {} };
    let unit = study.unit.label();
    let model = study.purchase_model();
    let age = study.summary.iter().map(|c| c.age).fold(0.0, f64::max);
    let max_x = study.summary.iter().map(|c| c.frequency).max().unwrap_or(10).clamp(5, 25);
    let grid = model.and_then(|m| p_alive_grid(&m, max_x, if age > 0.0 { age } else { 1.0 }, 24).ok());
    html! {
        <div class="panel">
            <h2>{ "How good is the forecast?" }</h2>
            if let Some(h) = &study.holdout {
                <p data-testid="holdout">{ format!("In the holdout period the customers made {:.0} repeat purchases; the model predicted {:.0}. \
                    Mean absolute error per customer: {:.3} purchases.", h.total_actual, h.total_predicted, h.mean_absolute_error) }</p>
            } else {
                <p class="hint">{ "Set a calibration end date when importing to hold the later purchases back and check the forecast against them." }</p>
            }
            <div class="charts">
                if let Some(h) = &study.holdout {
                    <GroupBars groups={h.groups.iter().map(|g| (g.label.clone(), g.mean_actual, g.mean_predicted)).collect::<Vec<_>>()} />
                }
                if !study.tracking.is_empty() {
                    <LineChart title={format!("Cumulative repeat purchases ({unit})")} x_label={AttrValue::from(format!("{unit} since the first purchase in the data"))}
                        series={vec![Series { name: "Actual".into(), values: study.tracking.iter().map(|p| p.actual).collect() },
                                     Series { name: "Predicted".into(), values: study.tracking.iter().map(|p| p.predicted).collect() }]}
                        testid={AttrValue::Static("chart-tracking")} />
                }
            </div>
            if let Some(g) = grid {
                <figure class="chart heat" data-testid="palive-heatmap">
                    <figcaption>{ format!("P(alive) by repeat purchases and time of the last one, for a customer first seen {:.0} {unit} ago", g.age) }</figcaption>
                    <svg viewBox="0 0 560 300" role="img" aria-label="Heat map of the probability that a customer is still active">
                        {{
                            let (l, t, w, h) = (46.0, 8.0, 500.0, 250.0);
                            let cw = w / g.recencies.len() as f64;
                            let rec = &g.recencies;
                            let ch = h / g.frequencies.len() as f64;
                            let cells = g.values.iter().enumerate().flat_map(|(i, row)| row.iter().enumerate().map(move |(j, v)| html! {
                                <rect x={format!("{:.1}", l + j as f64 * cw)} y={format!("{:.1}", t + h - (i + 1) as f64 * ch)} width={format!("{:.1}", cw + 0.5)} height={format!("{:.1}", ch + 0.5)}
                                    fill="#1f5fbf" fill-opacity={format!("{:.3}", v.clamp(0.0, 1.0))}><title>{ format!("x = {i}, last purchase at {:.1}: P(alive) {:.0}%", rec[j], v * 100.0) }</title></rect>
                            })).collect::<Html>();
                            let n = g.frequencies.len();
                            html! { <>
                                { cells }
                                <text x={(l - 6.0).to_string()} y={format!("{:.0}", t + h - 2.0)} text-anchor="end">{ "0" }</text>
                                <text x={(l - 6.0).to_string()} y={format!("{:.0}", t + 10.0)} text-anchor="end">{ format!("{}", n - 1) }</text>
                                <text x={l.to_string()} y={(t + h + 16.0).to_string()}>{ "0" }</text>
                                <text x={(l + w).to_string()} y={(t + h + 16.0).to_string()} text-anchor="end">{ format!("{:.0}", g.age) }</text>
                                <text class="xlabel" x={(l + w / 2.0).to_string()} y={(t + h + 30.0).to_string()} text-anchor="middle">{ format!("Time of the last purchase ({unit})") }</text>
                                <text class="xlabel" x="10" y={(t + h / 2.0).to_string()} text-anchor="middle" transform={format!("rotate(-90 10 {})", t + h / 2.0)}>{ "Repeat purchases" }</text>
                            </> }
                        }}
                    </svg>
                    <p class="hint">{ "Darker is more likely still active: a customer who bought often but not lately has probably left." }</p>
                </figure>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct GroupProps {
    groups: Vec<(String, f64, f64)>,
}

/// Mean holdout purchases per calibration-frequency group: actual next to predicted.
#[component]
fn GroupBars(p: &GroupProps) -> Html {
    let values: Vec<f64> = p.groups.iter().flat_map(|g| [g.1, g.2]).collect();
    let ax = axis(values.iter(), 4);
    let (l, t, w, h) = (46.0, 8.0, 500.0, 200.0);
    let y = Scale::new(ax.min, ax.max, t + h, t);
    let bw = w / p.groups.len().max(1) as f64;
    html! {
        <figure class="chart" data-testid="holdout-groups">
            <figcaption>{ "Mean purchases in the holdout, by purchases in the calibration period" }</figcaption>
            <svg viewBox="0 0 560 240" role="img" aria-label="Actual and predicted holdout purchases by frequency group">
                { for ax.ticks.iter().map(|v| html! { <g class="grid">
                    <line x1={l.to_string()} x2={(l + w).to_string()} y1={format!("{:.1}", y.at(*v))} y2={format!("{:.1}", y.at(*v))} />
                    <text x={(l - 6.0).to_string()} y={format!("{:.1}", y.at(*v) + 4.0)} text-anchor="end">{ short_number(*v) }</text></g> }) }
                { for p.groups.iter().enumerate().map(|(i, (label, a, pr))| {
                    let x0 = l + i as f64 * bw;
                    html! { <g>
                        <rect class="actual" x={format!("{:.1}", x0 + bw * 0.12)} width={format!("{:.1}", bw * 0.36)} y={format!("{:.1}", y.at(*a))} height={format!("{:.1}", (y.at(0.0) - y.at(*a)).max(0.0))}><title>{ format!("{label}: actual {a:.2}") }</title></rect>
                        <rect class="predicted" x={format!("{:.1}", x0 + bw * 0.5)} width={format!("{:.1}", bw * 0.36)} y={format!("{:.1}", y.at(*pr))} height={format!("{:.1}", (y.at(0.0) - y.at(*pr)).max(0.0))}><title>{ format!("{label}: predicted {pr:.2}") }</title></rect>
                        <text x={format!("{:.1}", x0 + bw / 2.0)} y={(t + h + 16.0).to_string()} text-anchor="middle">{ label }</text>
                    </g> }
                }) }
            </svg>
            <ul class="legend"><li><span class="swatch actual" aria-hidden="true"></span>{ "actual" }</li><li><span class="swatch predicted" aria-hidden="true"></span>{ "predicted" }</li></ul>
        </figure>
    }
}

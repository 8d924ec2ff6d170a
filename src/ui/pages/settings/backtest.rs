//! Settings → "How well does the risk score warn?": the backtest of the saved risk weights on the
//! portfolio's own losses (ROC curve and AUC, high-band share, lead time, survival by band).
//! Every figure comes from `engine::scoring::backtest`.

use web_sys::HtmlSelectElement;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::engine::scoring::backtest::{FEW_LOSSES, HORIZONS};
use crate::i18n::{date, number, percent, t, ta};
use crate::ui::app::{use_app, Route};
use crate::ui::components::charts::{StepChart, StepSeries};
use crate::ui::components::score_charts::RocChart;
use crate::ui::scores::use_backtest;

/// The windows offered, in months back from today (0: every loss on record).
pub const WINDOWS: [u32; 4] = [12, 24, 60, 0];
/// The window shown first.
pub const DEFAULT_WINDOW: u32 = 24;

#[derive(Properties, PartialEq)]
pub struct RiskBacktestProps {
    pub months: u32,
    pub on_months: Callback<u32>,
}

#[component]
pub fn RiskBacktest(p: &RiskBacktestProps) -> Html {
    let state = use_app();
    let horizon = use_state(|| 90u32);
    let b = use_backtest(p.months, *horizon);
    let on_window = {
        let cb = p.on_months.clone();
        Callback::from(move |e: Event| {
            if let Ok(m) = e.target_unchecked_into::<HtmlSelectElement>().value().parse::<u32>() {
                cb.emit(m);
            }
        })
    };
    let on_horizon = {
        let horizon = horizon.clone();
        Callback::from(move |e: Event| {
            if let Ok(h) = e.target_unchecked_into::<HtmlSelectElement>().value().parse::<u32>() {
                horizon.set(h);
            }
        })
    };
    let clients = &state.data.portfolio.clients;
    let name = |i: usize| clients.get(i).map(|c| (c.id.clone(), c.company.clone()));
    let warned = b.lead_times.iter().filter(|l| l.days.is_some()).count();
    let series: Vec<StepSeries> = b
        .survival
        .iter()
        .filter_map(|g| {
            let km = g.km.as_ref()?;
            Some(StepSeries {
                name: ta("backtest-survival-series", &[("band", g.band.label().into()), ("n", g.clients.into())]),
                points: km.points.iter().map(|q| (q.time, q.survival, q.lower, q.upper)).collect(),
            })
        })
        .collect();
    let x_end = b.from.map_or(1.0, |f| (b.as_of - f).num_days() as f64);
    html! {
        <section class="panel" data-testid="risk-backtest" aria-labelledby="risk-backtest-title" id="risk-backtest">
            <h2 id="risk-backtest-title">{ t("backtest-title") }</h2>
            <p class="hint">{ t("backtest-lead") }</p>
            <div class="filters">
                <label>{ t("backtest-window") }{ " " }
                    <select onchange={on_window} data-testid="backtest-window">
                        { for WINDOWS.iter().map(|m| html! {
                            <option value={m.to_string()} selected={*m == p.months}>{ if *m == 0 { t("backtest-window-all") } else { ta("backtest-window-months", &[("n", (*m).into())]) } }</option>
                        }) }
                    </select>
                </label>
                <label>{ t("backtest-horizon") }{ " " }
                    <select onchange={on_horizon} data-testid="backtest-horizon">
                        { for HORIZONS.iter().map(|h| html! {
                            <option value={h.to_string()} selected={*h == *horizon}>{ ta("backtest-horizon-days", &[("n", (*h).into())]) }</option>
                        }) }
                    </select>
                </label>
            </div>
            <p data-testid="backtest-losses"><strong>{ ta("backtest-losses", &[("n", b.losses.into())]) }</strong>
                { " " }{ ta("backtest-stayed", &[("n", b.stayed.into()), ("days", b.horizon.into())]) }</p>
            if b.too_new > 0 { <p class="hint">{ ta("backtest-too-new", &[("n", b.too_new.into()), ("days", b.horizon.into())]) }</p> }
            if b.undated > 0 { <p class="hint">{ ta("backtest-undated", &[("n", b.undated.into())]) }</p> }
            if b.anecdotal {
                <p class="warn-text" data-testid="backtest-anecdotal">{ ta("backtest-anecdotal", &[("n", b.losses.into()), ("min", FEW_LOSSES.into())]) }</p>
            }
            if b.losses == 0 {
                <p>{ t("backtest-no-losses") }</p>
            }
            if let Some(auc) = b.auc {
                <div class="cards">
                    <div class="card">
                        <span class="label">{ t("backtest-auc-label") }</span>
                        <span class="value" data-testid="backtest-auc">{ number(auc, 2) }</span>
                        <span class="explain">{ ta("backtest-auc-explain", &[("share", percent(Some(auc)).into()), ("days", b.horizon.into())]) }</span>
                    </div>
                    <div class="card">
                        <span class="label">{ t("backtest-high-label") }</span>
                        <span class="value" data-testid="backtest-high-share">{ percent(b.high_share) }</span>
                        <span class="explain">{ ta("backtest-high-explain", &[("days", b.horizon.into()), ("stayed", percent(b.stayed_high_share).into())]) }</span>
                    </div>
                    <div class="card">
                        <span class="label">{ t("backtest-lead-label") }</span>
                        <span class="value" data-testid="backtest-lead">{ match b.median_lead_days {
                            Some(d) => ta("backtest-lead-days", &[("n", number(d, 0).into())]),
                            None => "–".to_string(),
                        } }</span>
                        <span class="explain">{ ta("backtest-lead-explain", &[("warned", warned.into()), ("n", b.lead_times.len().into())]) }</span>
                    </div>
                </div>
                <div class="charts">
                    <RocChart title={ta("backtest-roc-title", &[("days", b.horizon.into())])} points={b.roc.clone()} testid={AttrValue::Static("roc-chart")} />
                    if !series.is_empty() {
                        <StepChart title={t("backtest-survival-title")} x_label={t("backtest-survival-x")}
                            columns={[AttrValue::from(t("backtest-survival-col")), AttrValue::from(t("backtest-survival-lower")), AttrValue::from(t("backtest-survival-upper"))]}
                            series={series} x_end={x_end} testid={AttrValue::Static("backtest-survival")} />
                    }
                </div>
                if let Some(f) = b.from {
                    <p class="hint">{ ta("backtest-survival-explain", &[("from", date(f).into())]) }</p>
                }
            }
            if !b.lead_times.is_empty() {
                <table class="compact" data-testid="backtest-leads">
                    <caption>{ t("backtest-leads-caption") }</caption>
                    <thead><tr>
                        <th scope="col">{ t("backtest-col-client") }</th>
                        <th scope="col">{ t("backtest-col-lost-on") }</th>
                        <th scope="col" class="num">{ t("backtest-col-lead") }</th>
                    </tr></thead>
                    <tbody>
                        { for b.lead_times.iter().filter_map(|l| { let (id, company) = name(l.client)?; Some(html! { <tr>
                            <th scope="row"><Link<Route> to={Route::Client { id }}>{ company }</Link<Route>></th>
                            <td>{ date(l.lost_on) }</td>
                            <td class="num">{ match l.days { Some(d) => ta("backtest-lead-days", &[("n", d.into())]), None => t("backtest-not-warned") } }</td>
                        </tr> }) }) }
                    </tbody>
                </table>
            }
            <p class="hint">{ t("backtest-how") }</p>
        </section>
    }
}

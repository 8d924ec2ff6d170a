//! The manager's view of all clients: health, value × risk, who to call, and the table.

pub mod help;

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::engine::model::Stage;
use crate::engine::scoring::table::{filter_and_sort, owners, ClientFilter, SortKey};
use crate::engine::scoring::RiskBand;
use crate::engine::scoring::{segment_counts, CallKind, PortfolioScores, ValueRiskSegment};
use crate::engine::util::chart::{axis, Scale};
use crate::i18n::{money, number, percent, t, ta, tt, Arg};
use crate::ui::app::{use_app, Route};

use crate::engine::scoring::history::{risk_trend, Trend};
use crate::ui::scores::{today, use_scores};
use crate::ui::state::{Action, Edit};

const SEGMENTS: [ValueRiskSegment; 4] = ValueRiskSegment::ALL;
const BANDS: [RiskBand; 3] = [RiskBand::Low, RiskBand::Medium, RiskBand::High];
/// Rows shown before "Show more", so 10,000 clients stay quick to draw.
const PAGE: usize = 100;

#[component]
pub fn PortfolioPage() -> Html {
    let state = use_app();
    let scores = use_scores();
    // The trend arrows of the rows shown only (two risks each), so a large portfolio stays quick.
    let trend_day = today();
    let p = &state.data.portfolio;
    let h = &scores.health;
    let filter = use_state(ClientFilter::default);
    let sort = use_state(|| (SortKey::Risk, true));
    let shown = use_state(|| PAGE);
    let remove_demo = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Edit(Edit::RemoveDemo)))
    };
    let demo_clients = p.clients.iter().filter(|c| c.demo).count();
    let add = html! {
        <Link<Route> to={Route::Client { id: "new".into() }} classes="button primary">{ t("portfolio-add-client") }</Link<Route>>
    };
    let rows = filter_and_sort(p, &scores.clients, &filter, sort.0, sort.1);

    let set_filter = |f: fn(&mut ClientFilter, String)| {
        let filter = filter.clone();
        let shown = shown.clone();
        Callback::from(move |v: String| {
            let mut next = (*filter).clone();
            f(&mut next, v);
            filter.set(next);
            shown.set(PAGE);
        })
    };
    let on_text = {
        let cb = set_filter(|f, v| f.text = v);
        Callback::from(move |e: InputEvent| cb.emit(e.target_unchecked_into::<HtmlInputElement>().value()))
    };
    let select = |f: fn(&mut ClientFilter, String)| {
        let cb = set_filter(f);
        Callback::from(move |e: Event| cb.emit(e.target_unchecked_into::<HtmlSelectElement>().value()))
    };
    let on_archived = {
        let filter = filter.clone();
        Callback::from(move |e: Event| {
            let mut next = (*filter).clone();
            next.show_archived = e.target_unchecked_into::<HtmlInputElement>().checked();
            filter.set(next);
        })
    };
    let header = |label: String, key: SortKey, numeric: bool| {
        let sort_h = sort.clone();
        let active = sort.0 == key;
        let onclick = Callback::from(move |_: MouseEvent| {
            let desc = if sort_h.0 == key { !sort_h.1 } else { key != SortKey::Company };
            sort_h.set((key, desc));
        });
        let aria = if active {
            if sort.1 {
                "descending"
            } else {
                "ascending"
            }
        } else {
            "none"
        };
        html! {
            <th scope="col" class={classes!(numeric.then_some("num"))} aria-sort={aria}>
                <button type="button" class="sort" {onclick}>{ label }{ if active { if sort.1 { " ▼" } else { " ▲" } } else { "" } }</button>
            </th>
        }
    };
    let more = {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| shown.set(*shown + PAGE * 5))
    };
    let rc = &h.revenue_concentration;

    html! {
        <section aria-labelledby="portfolio-title">
            <div class="page-head">
                <h1 id="portfolio-title">{ &p.name }</h1>
                { add.clone() }
            </div>
            if demo_clients > 0 {
                <div class="banner demo" data-testid="demo-banner">
                    <p>{ ta("portfolio-demo-banner", &[("n", demo_clients.into())]) }</p>
                    <button type="button" onclick={remove_demo}>{ t("portfolio-remove-demo") }</button>
                </div>
            }
            <div class="cards">
                <div class="card"><span class="label">{ t("portfolio-card-clients") }</span><span class="value" data-testid="total-clients">{ number(h.clients as f64, 0) }</span>
                    if h.archived > 0 { <span class="explain">{ ta("portfolio-archived-count", &[("n", h.archived.into())]) }</span> }</div>
                <div class="card"><span class="label">{ t("portfolio-card-revenue") }</span><span class="value">{ money(h.revenue) }</span></div>
                <div class="card"><span class="label">{ t("portfolio-card-profit") }</span><span class="value" data-testid="total-profit">{ money(h.profit) }</span>
                    <span class="explain">{ ta("portfolio-margin-explain", &[("margin", Arg::Percent(h.margin))]) }</span>
                    if h.unprofitable > 0 { <span class="explain warn-text">{ ta("portfolio-unprofitable", &[("n", h.unprofitable.into())]) }</span> }</div>
                <div class="card"><span class="label">{ t("portfolio-card-value-at-risk") }</span><span class="value" data-testid="value-at-risk">{ money(h.revenue_at_risk) }</span>
                    <span class="explain" data-testid="value-at-risk-explain">{ tt(&h.at_risk_explain()) }</span></div>
                <div class="card"><span class="label">{ t("portfolio-card-concentration") }</span><span class="value">{ percent(rc.top_share) }</span>
                    <span class="explain">{ ta("portfolio-concentration-explain", &[
                        ("client", h.top_client.as_deref().and_then(|id| p.clients.iter().find(|c| c.id == id)).map(|c| c.company.clone()).unwrap_or_else(|| "–".into()).into()),
                        ("top5", Arg::Percent(rc.top5_share)),
                        ("hhi", rc.hhi_points.map(|v| number(v, 0)).unwrap_or_else(|| "–".into()).into()),
                    ]) }</span></div>
            </div>
            if !h.warnings.is_empty() {
                <div class="banner warn" data-testid="health-warnings">
                    <ul>{ for h.warnings.iter().map(|w| html! { <li>{ w.message.to_string() }</li> }) }</ul>
                </div>
            }
            <crate::ui::pages::portfolio::help::ScoreHelp />
            if p.clients.is_empty() {
                <div class="empty">
                    <h2>{ t("portfolio-empty-title") }</h2>
                    <p>{ t("portfolio-empty-text") }</p>
                    { add }
                </div>
            } else {
                <div class="two-col">
                    <div class="panel"><Quadrant scores={scores.clone()} /></div>
                    <div class="panel">
                        <h2>{ t("portfolio-call-title") }</h2>
                        if scores.call_list.is_empty() {
                            <p>{ t("portfolio-call-empty") }</p>
                        } else {
                            <ol class="call-list" data-testid="call-list">
                                { for scores.call_list.iter().take(8).map(|c| html! {
                                    <li class={classes!(matches!(c.kind, CallKind::Overdue).then_some("overdue"))}>
                                        <Link<Route> to={Route::Client { id: c.id.clone() }}>{ &c.company }</Link<Route>>
                                        <span class="hint">{ format!(" — {}", c.reason) }</span>
                                    </li>
                                }) }
                            </ol>
                        }
                    </div>
                </div>
                <div class="filters" role="search">
                    <input type="search" aria-label={t("portfolio-search-label")} placeholder={t("portfolio-search-placeholder")} value={filter.text.clone()} oninput={on_text} />
                    <select aria-label={t("portfolio-filter-segment")} onchange={select(|f, v| f.segment = SEGMENTS.into_iter().find(|s| s.key() == v))}>
                        <option value="" selected={filter.segment.is_none()}>{ t("portfolio-filter-all-segments") }</option>
                        { for SEGMENTS.iter().map(|s| html! { <option value={s.key()} selected={filter.segment == Some(*s)}>{ s.label().to_string() }</option> }) }
                    </select>
                    <select aria-label={t("portfolio-filter-stage")} onchange={select(|f, v| f.stage = v)}>
                        <option value="" selected={filter.stage.is_empty()}>{ t("portfolio-filter-all-stages") }</option>
                        { for Stage::ALL.iter().map(|s| html! { <option value={s.key()} selected={filter.stage == s.key()}>{ s.label().to_string() }</option> }) }
                    </select>
                    <select aria-label={t("portfolio-filter-owner")} onchange={select(|f, v| f.owner = v)}>
                        <option value="" selected={filter.owner.is_empty()}>{ t("portfolio-filter-all-owners") }</option>
                        { for owners(p).into_iter().map(|o| html! { <option value={o.clone()} selected={filter.owner == o}>{ o.clone() }</option> }) }
                    </select>
                    <select aria-label={t("portfolio-filter-risk")} onchange={select(|f, v| f.band = BANDS.into_iter().find(|b| b.key() == v))}>
                        <option value="" selected={filter.band.is_none()}>{ t("portfolio-filter-any-risk") }</option>
                        { for BANDS.iter().map(|b| html! { <option value={b.key()} selected={filter.band == Some(*b)}>{ ta("portfolio-filter-band", &[("band", b.label().into())]) }</option> }) }
                    </select>
                    <label class="check"><input type="checkbox" checked={filter.show_archived} onchange={on_archived} />{ " " }{ t("portfolio-filter-archived") }</label>
                    <span class="hint" data-testid="row-count">{ ta("portfolio-row-count", &[("shown", rows.len().into()), ("total", p.clients.len().into())]) }</span>
                </div>
                <div class="table-wrap">
                <table class="clients" aria-label={t("portfolio-table-label")}>
                    <thead><tr>
                        { header(t("portfolio-col-company"), SortKey::Company, false) }
                        <th scope="col">{ t("portfolio-col-stage") }</th>
                        <th scope="col">{ t("portfolio-col-owner") }</th>
                        { header(t("portfolio-col-revenue"), SortKey::Revenue, true) }
                        { header(t("portfolio-col-profit"), SortKey::Profit, true) }
                        { header(t("portfolio-col-margin"), SortKey::Margin, true) }
                        { header(t("portfolio-col-loyalty"), SortKey::Loyalty, true) }
                        { header(t("portfolio-col-risk"), SortKey::Risk, true) }
                        <th scope="col">{ t("history-col-trend") }</th>
                        <th scope="col">{ t("portfolio-col-segment") }</th>
                        <th scope="col">{ t("portfolio-col-abc") }</th>
                        { header(t("portfolio-col-last-contact"), SortKey::LastContact, true) }
                    </tr></thead>
                    <tbody>
                    { for rows.iter().take(*shown).map(|&i| {
                        let s = &scores.clients[i];
                        let c = &p.clients[i];
                        html! {
                            <tr key={s.id.clone()} class={classes!(s.archived.then_some("archived"))}>
                                <th scope="row">
                                    <Link<Route> to={Route::Client { id: s.id.clone() }}>{ &s.company }</Link<Route>>
                                    if c.demo { <span class="tag">{ t("portfolio-tag-demo") }</span> }
                                    if s.archived { <span class="tag">{ t("portfolio-tag-archived") }</span> }
                                </th>
                                <td><span class={classes!("stage", s.stage.key())}>{ s.stage.label().to_string() }</span></td>
                                <td>{ &c.owner }</td>
                                <td class="num">{ money(s.profit.revenue) }</td>
                                <td class={classes!("num", (s.profit.profit < 0.0).then_some("neg"))}>{ money(s.profit.profit) }</td>
                                <td class="num">{ percent(s.profit.margin) }</td>
                                <td class="num">{ match &s.loyalty { Some(l) => format!("{} · {}", number(l.score, 0), l.segment.label()), None => "–".into() } }</td>
                                <td class="num" data-testid="risk-cell">
                                    <span class={classes!("band", s.risk.band.key())}>{ number(s.risk.score, 0) }</span>
                                    if s.risk_change >= 10.0 { <span class="rising" title={t("portfolio-risk-rising")} aria-hidden="true">{ " ▲" }</span><span class="visually-hidden">{ t("portfolio-risk-rising") }</span> }
                                </td>
                                <td data-testid="trend-cell">{ trend_cell(risk_trend(c, &state.data.settings.risk_weights, trend_day)) }</td>
                                <td>{ s.segment.map(|g| g.label().to_string()).unwrap_or_else(|| "–".into()) }</td>
                                <td>{ s.abc.map(|a| format!("{a:?}")).unwrap_or_else(|| "–".into()) }</td>
                                <td class="num">{ match s.contact.days_since {
                                    Some(d) => ta("portfolio-days-ago", &[("n", d.into())]),
                                    None => t("portfolio-never"),
                                } }{ if s.contact.is_overdue() { html!{ <span class="warn-text">{ " · " }{ t("portfolio-overdue") }</span> } } else { html!{} } }</td>
                            </tr>
                        }
                    }) }
                    </tbody>
                </table>
                </div>
                if rows.len() > *shown {
                    <button type="button" class="more" onclick={more}>{ ta("portfolio-show-more", &[("n", (rows.len() - *shown).into())]) }</button>
                }
                <p class="hint" data-testid="backtest-link"><Link<Route> to={Route::Settings}>{ t("backtest-link") }</Link<Route>>{ " " }{ t("backtest-link-hint") }</p>
            }
        </section>
    }
}

/// The arrow of the risk trend over the last two month ends, with its words for screen readers.
fn trend_cell(trend: Option<(Trend, f64, f64)>) -> Html {
    let Some((tr, then, now)) = trend else {
        return html! { <><span aria-hidden="true">{ "–" }</span><span class="visually-hidden">{ t("history-trend-none") }</span></> };
    };
    let (arrow, key, class) = match tr {
        Trend::Rising => ("↑", "history-trend-rising", "rising"),
        Trend::Falling => ("↓", "history-trend-falling", "falling"),
        Trend::Steady => ("→", "history-trend-steady", "steady"),
    };
    let words = ta(key, &[("from", number(then, 0).into()), ("to", number(now, 0).into())]);
    html! { <span class={classes!("trend", class)} title={words.clone()}><span aria-hidden="true">{ arrow }</span><span class="visually-hidden">{ words }</span></span> }
}

#[derive(Properties, PartialEq)]
struct QuadrantProps {
    scores: std::rc::Rc<PortfolioScores>,
}

/// Value (profit a year) across, churn risk up: the four segments.
#[component]
fn Quadrant(p: &QuadrantProps) -> Html {
    let navigator = use_navigator();
    const W: f64 = 520.0;
    const H: f64 = 300.0;
    let (l, r, top, b) = (56.0, 12.0, 12.0, 36.0);
    let live: Vec<_> = p.scores.clients.iter().filter(|c| !c.archived).collect();
    let profits: Vec<f64> = live.iter().map(|c| c.profit.profit).collect();
    let ax = axis(profits.iter(), 4);
    let x = Scale::new(ax.min, ax.max, l, W - r);
    let y = Scale::new(0.0, 100.0, H - b, top);
    let vx = p.scores.value_threshold.map(|v| x.at(v));
    let ry = y.at(50.0);
    let counts = segment_counts(&p.scores.clients);
    let summary =
        SEGMENTS.iter().zip(counts).map(|(s, n)| format!("{} {}", s.label(), number(n as f64, 0))).collect::<Vec<_>>().join(", ");
    html! {
        <figure class="chart quadrant" data-testid="quadrant">
            <figcaption>{ t("portfolio-quadrant-title") }</figcaption>
            <svg viewBox={format!("0 0 {W} {H}")} role="img" aria-label={ta("portfolio-quadrant-aria", &[("summary", summary.clone().into())])} aria-describedby="quadrant-hint">
                if let Some(vx) = vx {
                    <text class="qlabel" x={format!("{:.0}", W - r - 4.0)} y={format!("{:.0}", top + 12.0)} text-anchor="end">{ ValueRiskSegment::Protect.label().to_string() }</text>
                    <text class="qlabel" x={format!("{:.0}", W - r - 4.0)} y={format!("{:.0}", H - b - 6.0)} text-anchor="end">{ ValueRiskSegment::Grow.label().to_string() }</text>
                    <text class="qlabel" x={format!("{:.0}", l + 4.0)} y={format!("{:.0}", top + 12.0)}>{ ValueRiskSegment::Review.label().to_string() }</text>
                    <text class="qlabel" x={format!("{:.0}", l + 4.0)} y={format!("{:.0}", H - b - 6.0)}>{ ValueRiskSegment::Develop.label().to_string() }</text>
                    <line class="threshold" x1={format!("{vx:.1}")} x2={format!("{vx:.1}")} y1={top.to_string()} y2={(H - b).to_string()} />
                }
                <line class="threshold" x1={l.to_string()} x2={(W - r).to_string()} y1={format!("{ry:.1}")} y2={format!("{ry:.1}")} />
                { for [0.0, 25.0, 50.0, 75.0, 100.0].iter().map(|v| html! {
                    <text x={(l - 6.0).to_string()} y={format!("{:.1}", y.at(*v) + 4.0)} text-anchor="end">{ number(*v, 0) }</text>
                }) }
                { for ax.ticks.iter().map(|v| html! {
                    <text x={format!("{:.1}", x.at(*v))} y={(H - b + 16.0).to_string()} text-anchor="middle">{ crate::i18n::compact(*v) }</text>
                }) }
                <text class="xlabel" x={((l + W - r) / 2.0).to_string()} y={(H - 4.0).to_string()} text-anchor="middle">{ ta("portfolio-quadrant-x", &[("currency", crate::i18n::currency().into())]) }</text>
                <text class="xlabel" x="12" y={((top + H - b) / 2.0).to_string()} text-anchor="middle" transform={format!("rotate(-90 12 {})", (top + H - b) / 2.0)}>{ t("portfolio-quadrant-y") }</text>
                { for live.iter().take(1500).map(|c| {
                    let id = c.id.clone();
                    let nav = navigator.clone();
                    let onclick = Callback::from(move |_: MouseEvent| if let Some(n) = &nav { n.push(&Route::Client { id: id.clone() }) });
                    html! {
                        <circle class={classes!("dot", c.segment.map(|s| s.key()))} cx={format!("{:.1}", x.at(c.profit.profit))} cy={format!("{:.1}", y.at(c.risk.score))} r="6" {onclick}>
                            <title>{ ta("portfolio-quadrant-dot", &[("company", (&c.company).into()), ("profit", Arg::Money(c.profit.profit)), ("risk", Arg::Dec(c.risk.score, 0))]) }</title>
                        </circle>
                    }
                }) }
            </svg>
            <p class="hint" id="quadrant-hint">{ ta("portfolio-quadrant-hint", &[("summary", summary.into())]) }</p>
        </figure>
    }
}

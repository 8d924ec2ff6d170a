//! SVG charts. Geometry comes from `engine::chart`; these only place it.

use std::sync::atomic::{AtomicUsize, Ordering};

use yew::prelude::*;

use crate::engine::scenario::Sensitivity;
use crate::engine::util::chart::{axis, index_ticks, polyline, step_band, step_polyline, Scale};
use crate::i18n::{money, number, t, ta, Arg};

/// A figure in a chart's text alternative: whole units from 100 up, else one decimal.
fn figure(v: f64) -> String {
    number(v, if v.abs() >= 100.0 { 0 } else { 1 })
}

/// A document-unique id for a chart's text alternative (`aria-describedby`).
#[hook]
pub fn use_chart_id(prefix: &'static str) -> String {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let id = use_state(|| format!("{prefix}-{}", NEXT.fetch_add(1, Ordering::Relaxed)));
    (*id).clone()
}

/// Shapes marking each series at its last point and in the legend, so series are told apart
/// without colour.
const MARKERS: [&str; 5] = ["●", "■", "▲", "◆", "✚"];

#[derive(Clone, PartialEq)]
pub struct Series {
    pub name: String,
    pub values: Vec<f64>,
}

#[derive(Properties, PartialEq)]
pub struct LineChartProps {
    /// Also the caption of the chart's data table.
    pub title: AttrValue,
    /// The x axis title ("Years from now"), also the first column of the data table.
    pub x_label: AttrValue,
    pub series: Vec<Series>,
    #[prop_or_default]
    pub testid: Option<AttrValue>,
    /// The x value of the series' first point (0 unless given): a series by renewal starts at 1.
    #[prop_or_default]
    pub x_start: usize,
}

const W: f64 = 560.0;
const H: f64 = 260.0;
const LEFT: f64 = 56.0;
const RIGHT: f64 = 12.0;
const TOP: f64 = 12.0;
const BOTTOM: f64 = 34.0;

/// Lines over time, one per series, with a legend; the first series is the baseline.
#[component]
pub fn LineChart(p: &LineChartProps) -> Html {
    let ax = axis(p.series.iter().flat_map(|s| s.values.iter()), 5);
    let points = p.series.iter().map(|s| s.values.len()).max().unwrap_or(1).max(2);
    let x = Scale::new(0.0, (points - 1) as f64, LEFT, W - RIGHT);
    let y = Scale::new(ax.min, ax.max, H - BOTTOM, TOP);
    let x_ticks = index_ticks(points, 7);
    let id = use_chart_id("line-chart");
    let summary = p
        .series
        .iter()
        .filter_map(|s| {
            let (first, last) = (s.values.first()?, s.values.last()?);
            Some(ta(
                "portfolio-chart-line-summary",
                &[("series", s.name.clone().into()), ("first", figure(*first).into()), ("last", figure(*last).into())],
            ))
        })
        .collect::<Vec<_>>()
        .join("; ");
    let rows = p.series.iter().map(|s| s.values.len()).max().unwrap_or(0);
    html! {
        <figure class="chart" data-testid={p.testid.clone()}>
            <figcaption>{ &p.title }</figcaption>
            <svg viewBox={format!("0 0 {W} {H}")} role="img" aria-label={p.title.clone()} aria-describedby={format!("{id}-summary")}>
                { for ax.ticks.iter().map(|t| { let py = y.at(*t); html! {
                    <g class="grid">
                        <line x1={LEFT.to_string()} x2={(W - RIGHT).to_string()} y1={format!("{py:.1}")} y2={format!("{py:.1}")} />
                        <text x={(LEFT - 6.0).to_string()} y={format!("{:.1}", py + 4.0)} text-anchor="end">{ crate::i18n::compact(*t) }</text>
                    </g>
                }}) }
                { for x_ticks.iter().map(|i| { let px = x.at(*i as f64); html! {
                    <text class="xtick" x={format!("{px:.1}")} y={(H - BOTTOM + 16.0).to_string()} text-anchor="middle">{ number((*i + p.x_start) as f64, 0) }</text>
                }}) }
                <text class="xlabel" x={((LEFT + W - RIGHT) / 2.0).to_string()} y={(H - 4.0).to_string()} text-anchor="middle">{ &p.x_label }</text>
                { for p.series.iter().enumerate().map(|(i, s)| html! {
                    <polyline class={format!("line s{i}")} points={polyline(&s.values, x, y)}>
                        <title>{ &s.name }</title>
                    </polyline>
                }) }
                { for p.series.iter().enumerate().filter_map(|(i, s)| {
                    let last = s.values.len().checked_sub(1)?;
                    let (px, py) = (x.at(last as f64), y.at(s.values[last]));
                    Some(html! {
                        <text class={format!("marker s{i}")} x={format!("{px:.1}")} y={format!("{:.1}", py + 4.0)} text-anchor="middle">{ MARKERS[i % MARKERS.len()] }</text>
                    })
                }) }
            </svg>
            <ul class="legend">
                { for p.series.iter().enumerate().map(|(i, s)| html! {
                    <li><span class={format!("swatch s{i}")} aria-hidden="true"></span><span aria-hidden="true">{ MARKERS[i % MARKERS.len()] }{ " " }</span>{ &s.name }</li>
                }) }
            </ul>
            <p class="visually-hidden" id={format!("{id}-summary")}>{ summary }</p>
            <table class="visually-hidden">
                <caption>{ &p.title }</caption>
                <thead><tr>
                    <th scope="col">{ &p.x_label }</th>
                    { for p.series.iter().map(|s| html! { <th scope="col">{ &s.name }</th> }) }
                </tr></thead>
                <tbody>
                    { for (0..rows).map(|r| html! { <tr>
                        <th scope="row">{ number((r + p.x_start) as f64, 0) }</th>
                        { for p.series.iter().map(|s| html! { <td>{ s.values.get(r).map(|v| figure(*v)).unwrap_or_else(|| "–".into()) }</td> }) }
                    </tr> }) }
                </tbody>
            </table>
        </figure>
    }
}

/// A step function with its band: (time, value, lower, upper), values as shares of 1.
#[derive(Clone, PartialEq)]
pub struct StepSeries {
    pub name: String,
    pub points: Vec<(f64, f64, f64, f64)>,
}

#[derive(Properties, PartialEq)]
pub struct StepChartProps {
    /// Also the caption of the chart's data tables.
    pub title: AttrValue,
    pub x_label: AttrValue,
    /// The column titles of the data tables: value, lower and upper bound.
    pub columns: [AttrValue; 3],
    pub series: Vec<StepSeries>,
    /// Where the x axis ends (the lines run on to it).
    pub x_end: f64,
    #[prop_or_default]
    pub testid: Option<AttrValue>,
}

/// Step functions (Kaplan–Meier curves) in percent with their bands, one line per series, and a
/// table of the figures for each.
#[component]
pub fn StepChart(p: &StepChartProps) -> Html {
    let x_end = if p.x_end.is_finite() && p.x_end > 0.0 { p.x_end } else { 1.0 };
    let ax = axis(&[0.0, x_end], 6);
    let x = Scale::new(0.0, ax.max, LEFT, W - RIGHT);
    let y = Scale::new(0.0, 1.0, H - BOTTOM, TOP);
    let id = use_chart_id("step-chart");
    let pct = |v: f64| crate::i18n::percent(Some(v));
    html! {
        <figure class="chart km" data-testid={p.testid.clone()}>
            <figcaption>{ &p.title }</figcaption>
            <svg viewBox={format!("0 0 {W} {H}")} role="img" aria-label={p.title.clone()} aria-describedby={format!("{id}-tables")}>
                { for (0..=5).map(|i| { let v = i as f64 / 5.0; let py = y.at(v); html! {
                    <g class="grid">
                        <line x1={LEFT.to_string()} x2={(W - RIGHT).to_string()} y1={format!("{py:.1}")} y2={format!("{py:.1}")} />
                        <text x={(LEFT - 6.0).to_string()} y={format!("{:.1}", py + 4.0)} text-anchor="end">{ crate::i18n::percent0(v) }</text>
                    </g>
                }}) }
                { for ax.ticks.iter().map(|t| html! {
                    <text class="xtick" x={format!("{:.1}", x.at(*t))} y={(H - BOTTOM + 16.0).to_string()} text-anchor="middle">{ number(*t, 1) }</text>
                }) }
                <text class="xlabel" x={((LEFT + W - RIGHT) / 2.0).to_string()} y={(H - 4.0).to_string()} text-anchor="middle">{ &p.x_label }</text>
                { for p.series.iter().enumerate().map(|(i, s)| {
                    let band: Vec<(f64, f64, f64)> = s.points.iter().map(|q| (q.0, q.2, q.3)).collect();
                    html! { <polygon class={format!("band s{i}")} points={step_band(&band, Some(x_end), x, y)} /> }
                }) }
                { for p.series.iter().enumerate().map(|(i, s)| {
                    let line: Vec<(f64, f64)> = s.points.iter().map(|q| (q.0, q.1)).collect();
                    html! {
                        <polyline class={format!("line s{i}")} data-testid={(i == 0).then_some("km-line")} points={step_polyline(&line, Some(x_end), x, y)}>
                            <title>{ &s.name }</title>
                        </polyline>
                    }
                }) }
                { for p.series.iter().enumerate().filter_map(|(i, s)| {
                    let last = s.points.last()?;
                    let (px, py) = (x.at(x_end), y.at(last.1));
                    Some(html! {
                        <text class={format!("marker s{i}")} x={format!("{px:.1}")} y={format!("{:.1}", py + 4.0)} text-anchor="middle">{ MARKERS[i % MARKERS.len()] }</text>
                    })
                }) }
            </svg>
            <ul class="legend">
                { for p.series.iter().enumerate().map(|(i, s)| html! {
                    <li><span class={format!("swatch s{i}")} aria-hidden="true"></span><span aria-hidden="true">{ MARKERS[i % MARKERS.len()] }{ " " }</span>{ &s.name }</li>
                }) }
            </ul>
            <div id={format!("{id}-tables")}>
                { for p.series.iter().map(|s| html! {
                    <table class="visually-hidden">
                        <caption>{ format!("{} · {}", p.title, s.name) }</caption>
                        <thead><tr>
                            <th scope="col">{ &p.x_label }</th>
                            { for p.columns.iter().map(|c| html! { <th scope="col">{ c }</th> }) }
                        </tr></thead>
                        <tbody>
                            { for s.points.iter().map(|q| html! { <tr>
                                <th scope="row">{ number(q.0, 1) }</th>
                                <td>{ pct(q.1) }</td><td>{ pct(q.2) }</td><td>{ pct(q.3) }</td>
                            </tr> }) }
                        </tbody>
                    </table>
                }) }
            </div>
        </figure>
    }
}

#[derive(Properties, PartialEq)]
pub struct TornadoProps {
    pub base: f64,
    pub bars: Vec<Sensitivity>,
    /// No longer used: the currency comes from the installed formats. Kept (optional) so callers
    /// still compile; callers may drop it.
    #[prop_or_default]
    pub currency: AttrValue,
}

/// Horizontal bars around the scenario's value: how far each lever's ±step moves it.
#[component]
pub fn Tornado(p: &TornadoProps) -> Html {
    let row = 26.0;
    let label_w = 200.0;
    let h = TOP + row * p.bars.len() as f64 + 24.0;
    let deltas: Vec<f64> = p.bars.iter().flat_map(|b| [b.low - p.base, b.high - p.base]).collect();
    let ax = axis(deltas.iter(), 4);
    let x = Scale::new(ax.min, ax.max, label_w, W - RIGHT);
    let zero = x.at(0.0);
    let id = use_chart_id("tornado");
    // The ▲/▼ marks at the end of each bar say raised/lowered without relying on colour: just
    // outside the bar, or inside it where the outside is taken by the labels or the edge.
    let mark = |end: f64, glyph: &'static str, y0: f64| {
        if (end - zero).abs() < 1.0 {
            return html! {};
        }
        let right = end > zero;
        let outside_fits = if right { end + 12.0 <= W } else { end - 12.0 >= label_w };
        let (px, anchor) = match (right, outside_fits) {
            (true, true) | (false, false) => (end + 2.0, "start"),
            (false, true) | (true, false) => (end - 2.0, "end"),
        };
        html! { <text class="mark" x={format!("{px:.1}")} y={format!("{:.1}", y0 + 16.0)} text-anchor={anchor}>{ glyph }</text> }
    };
    html! {
        <figure class="chart tornado" data-testid="tornado">
            <figcaption>{ ta("portfolio-tornado-caption", &[("currency", crate::i18n::currency().into()), ("base", crate::i18n::compact(p.base).into())]) }</figcaption>
            <svg viewBox={format!("0 0 {W} {h:.0}")} role="img" aria-label={t("portfolio-tornado-aria")} aria-describedby={id.clone()}>
                { for p.bars.iter().enumerate().map(|(i, b)| {
                    let y0 = TOP + i as f64 * row;
                    let lo = x.at(b.low - p.base);
                    let hi = x.at(b.high - p.base);
                    html! {
                        <g class="bar">
                            <text x={(label_w - 8.0).to_string()} y={format!("{:.1}", y0 + 16.0)} text-anchor="end">{ b.lever.label().to_string() }</text>
                            <rect class="down" x={format!("{:.1}", lo.min(zero))} width={format!("{:.1}", (lo - zero).abs().max(0.5))} y={format!("{:.1}", y0 + 4.0)} height="16">
                                <title>{ ta("portfolio-tornado-lower", &[("value", Arg::Money(b.low - p.base))]) }</title>
                            </rect>
                            <rect class="up" x={format!("{:.1}", hi.min(zero))} width={format!("{:.1}", (hi - zero).abs().max(0.5))} y={format!("{:.1}", y0 + 4.0)} height="16">
                                <title>{ ta("portfolio-tornado-higher", &[("value", Arg::Money(b.high - p.base))]) }</title>
                            </rect>
                            { mark(lo, "▼", y0) }
                            { mark(hi, "▲", y0) }
                        </g>
                    }
                }) }
                <line class="zero" x1={format!("{zero:.1}")} x2={format!("{zero:.1}")} y1={TOP.to_string()} y2={format!("{:.1}", h - 22.0)} />
                { for ax.ticks.iter().map(|t| html! {
                    <text class="xtick" x={format!("{:.1}", x.at(*t))} y={format!("{:.1}", h - 6.0)} text-anchor="middle">{ crate::i18n::compact(*t) }</text>
                }) }
            </svg>
            <ul class="legend">
                <li><span class="swatch up" aria-hidden="true"></span><span aria-hidden="true">{ "▲ " }</span>{ t("portfolio-tornado-raised") }</li>
                <li><span class="swatch down" aria-hidden="true"></span><span aria-hidden="true">{ "▼ " }</span>{ t("portfolio-tornado-lowered") }</li>
            </ul>
            <table class="visually-hidden" id={id}>
                <caption>{ t("portfolio-tornado-aria") }</caption>
                <thead><tr>
                    <th scope="col">{ t("portfolio-tornado-col-lever") }</th>
                    <th scope="col">{ t("portfolio-tornado-col-lowered") }</th>
                    <th scope="col">{ t("portfolio-tornado-col-raised") }</th>
                </tr></thead>
                <tbody>
                    { for p.bars.iter().map(|b| html! { <tr>
                        <th scope="row">{ b.lever.label().to_string() }</th>
                        <td>{ money(b.low - p.base) }</td>
                        <td>{ money(b.high - p.base) }</td>
                    </tr> }) }
                </tbody>
            </table>
        </figure>
    }
}

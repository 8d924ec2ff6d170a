//! SVG charts. Geometry comes from `engine::chart`; these only place it.

use yew::prelude::*;

use crate::engine::chart::{axis, polyline, short_number, Scale};
use crate::engine::scenario::Sensitivity;

#[derive(Clone, PartialEq)]
pub struct Series {
    pub name: String,
    pub values: Vec<f64>,
}

#[derive(Properties, PartialEq)]
pub struct LineChartProps {
    pub title: AttrValue,
    /// The x axis title ("Years from now").
    pub x_label: AttrValue,
    pub series: Vec<Series>,
    #[prop_or_default]
    pub testid: Option<AttrValue>,
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
    let x_ticks: Vec<usize> = {
        let step = ((points - 1) as f64 / 6.0).ceil().max(1.0) as usize;
        (0..points).step_by(step).collect()
    };
    html! {
        <figure class="chart" data-testid={p.testid.clone()}>
            <figcaption>{ &p.title }</figcaption>
            <svg viewBox={format!("0 0 {W} {H}")} role="img" aria-label={p.title.clone()}>
                { for ax.ticks.iter().map(|t| { let py = y.at(*t); html! {
                    <g class="grid">
                        <line x1={LEFT.to_string()} x2={(W - RIGHT).to_string()} y1={format!("{py:.1}")} y2={format!("{py:.1}")} />
                        <text x={(LEFT - 6.0).to_string()} y={format!("{:.1}", py + 4.0)} text-anchor="end">{ short_number(*t) }</text>
                    </g>
                }}) }
                { for x_ticks.iter().map(|i| { let px = x.at(*i as f64); html! {
                    <text class="xtick" x={format!("{px:.1}")} y={(H - BOTTOM + 16.0).to_string()} text-anchor="middle">{ i }</text>
                }}) }
                <text class="xlabel" x={((LEFT + W - RIGHT) / 2.0).to_string()} y={(H - 4.0).to_string()} text-anchor="middle">{ &p.x_label }</text>
                { for p.series.iter().enumerate().map(|(i, s)| html! {
                    <polyline class={format!("line s{i}")} points={polyline(&s.values, x, y)}>
                        <title>{ &s.name }</title>
                    </polyline>
                }) }
            </svg>
            <ul class="legend">
                { for p.series.iter().enumerate().map(|(i, s)| html! {
                    <li><span class={format!("swatch s{i}")} aria-hidden="true"></span>{ &s.name }</li>
                }) }
            </ul>
        </figure>
    }
}

#[derive(Properties, PartialEq)]
pub struct TornadoProps {
    pub base: f64,
    pub bars: Vec<Sensitivity>,
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
    html! {
        <figure class="chart tornado" data-testid="tornado">
            <figcaption>{ format!("What moves the portfolio's value most (change in {} from {})", p.currency, short_number(p.base)) }</figcaption>
            <svg viewBox={format!("0 0 {W} {h:.0}")} role="img" aria-label="Sensitivity of portfolio value to each lever">
                { for p.bars.iter().enumerate().map(|(i, b)| {
                    let y0 = TOP + i as f64 * row;
                    let lo = x.at(b.low - p.base);
                    let hi = x.at(b.high - p.base);
                    html! {
                        <g class="bar">
                            <text x={(label_w - 8.0).to_string()} y={format!("{:.1}", y0 + 16.0)} text-anchor="end">{ b.lever.label() }</text>
                            <rect class="down" x={format!("{:.1}", lo.min(zero))} width={format!("{:.1}", (lo - zero).abs().max(0.5))} y={format!("{:.1}", y0 + 4.0)} height="16">
                                <title>{ format!("Lower: {}", short_number(b.low - p.base)) }</title>
                            </rect>
                            <rect class="up" x={format!("{:.1}", hi.min(zero))} width={format!("{:.1}", (hi - zero).abs().max(0.5))} y={format!("{:.1}", y0 + 4.0)} height="16">
                                <title>{ format!("Higher: {}", short_number(b.high - p.base)) }</title>
                            </rect>
                        </g>
                    }
                }) }
                <line class="zero" x1={format!("{zero:.1}")} x2={format!("{zero:.1}")} y1={TOP.to_string()} y2={format!("{:.1}", h - 22.0)} />
                { for ax.ticks.iter().map(|t| html! {
                    <text class="xtick" x={format!("{:.1}", x.at(*t))} y={format!("{:.1}", h - 6.0)} text-anchor="middle">{ short_number(*t) }</text>
                }) }
            </svg>
            <ul class="legend">
                <li><span class="swatch up" aria-hidden="true"></span>{ "lever raised" }</li>
                <li><span class="swatch down" aria-hidden="true"></span>{ "lever lowered" }</li>
            </ul>
        </figure>
    }
}

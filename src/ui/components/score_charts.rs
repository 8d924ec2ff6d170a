//! Charts of the scores' history and backtest: a sparkline of a 0–100 score at month ends and the
//! ROC curve of the backtest, each with its figures for screen readers. Geometry from
//! `engine::util::chart`; the figures from the engine.

use yew::prelude::*;

use crate::engine::scoring::backtest::RocPoint;
use crate::engine::util::chart::{self, sparkline, Scale};
use crate::i18n::{date, number, percent0, t, ta};
use crate::ui::components::charts::use_chart_id;

#[derive(Properties, PartialEq)]
pub struct SparklineProps {
    /// What the line is ("Risk at month ends"), also the caption of its table.
    pub label: AttrValue,
    /// (day, score 0..=100); `None` where the score is unknown (a gap).
    pub points: Vec<(chrono::NaiveDate, Option<f64>)>,
    #[prop_or_default]
    pub testid: Option<AttrValue>,
}

const SW: f64 = 240.0;
const SH: f64 = 40.0;

/// A small line of a 0–100 score over time, with its first, lowest, highest and last value read out.
#[component]
pub fn Sparkline(p: &SparklineProps) -> Html {
    let id = use_chart_id("sparkline");
    let n = p.points.len();
    let x = Scale::new(0.0, n.saturating_sub(1).max(1) as f64, 2.0, SW - 2.0);
    let y = Scale::new(0.0, 100.0, SH - 2.0, 2.0);
    let values: Vec<Option<f64>> = p.points.iter().map(|(_, v)| *v).collect();
    let Some(chart::Sparkline { runs, first, last, low: lo, high: hi }) = sparkline(&values, x, y) else {
        return html! {};
    };
    let day = |i: usize| p.points.get(i).map(|q| date(q.0)).unwrap_or_default();
    let summary = ta(
        "history-sparkline-summary",
        &[
            ("label", p.label.to_string().into()),
            ("from", day(first.0).into()),
            ("first", number(first.1, 0).into()),
            ("to", day(last.0).into()),
            ("last", number(last.1, 0).into()),
            ("low", number(lo, 0).into()),
            ("high", number(hi, 0).into()),
        ],
    );
    html! {
        <figure class="sparkline" data-testid={p.testid.clone()}>
            <svg viewBox={format!("0 0 {SW} {SH}")} role="img" aria-label={summary.clone()} aria-describedby={format!("{id}-table")}>
                <line class="mid" x1="0" x2={SW.to_string()} y1={format!("{:.1}", y.at(50.0))} y2={format!("{:.1}", y.at(50.0))} />
                { for runs.iter().map(|r| html! { <polyline points={r.clone()} /> }) }
                <circle r="2.5" cx={format!("{:.1}", x.at(last.0 as f64))} cy={format!("{:.1}", y.at(last.1))} />
            </svg>
            <figcaption class="hint" aria-hidden="true">{ summary }</figcaption>
            <table class="visually-hidden" id={format!("{id}-table")}>
                <caption>{ &p.label }</caption>
                <thead><tr><th scope="col">{ t("history-col-day") }</th><th scope="col">{ &p.label }</th></tr></thead>
                <tbody>
                    { for p.points.iter().map(|(d, v)| html! { <tr>
                        <th scope="row">{ date(*d) }</th>
                        <td>{ v.map(|v| number(v, 0)).unwrap_or_else(|| "–".into()) }</td>
                    </tr> }) }
                </tbody>
            </table>
        </figure>
    }
}

#[derive(Properties, PartialEq)]
pub struct RocChartProps {
    pub title: AttrValue,
    pub points: Vec<RocPoint>,
    #[prop_or_default]
    pub testid: Option<AttrValue>,
}

const W: f64 = 340.0;
const H: f64 = 320.0;
const PAD_L: f64 = 58.0;
const PAD_B: f64 = 40.0;
const PAD_T: f64 = 10.0;
const PAD_R: f64 = 20.0;

/// The ROC curve: share of the losses flagged (up) against share of the clients that stayed
/// flagged (across), one point per risk threshold, with the diagonal of a score that knows nothing,
/// and the figures in a table.
#[component]
pub fn RocChart(p: &RocChartProps) -> Html {
    let id = use_chart_id("roc-chart");
    let x = Scale::new(0.0, 1.0, PAD_L, W - PAD_R);
    let y = Scale::new(0.0, 1.0, H - PAD_B, PAD_T);
    let line = p
        .points
        .iter()
        .map(|q| format!("{:.1},{:.1}", x.at(q.false_positive), y.at(q.true_positive)))
        .collect::<Vec<_>>()
        .join(" ");
    let ticks = [0.0, 0.25, 0.5, 0.75, 1.0];
    html! {
        <figure class="chart roc" data-testid={p.testid.clone()}>
            <figcaption>{ &p.title }</figcaption>
            <svg viewBox={format!("0 0 {W} {H}")} role="img" aria-label={p.title.clone()} aria-describedby={format!("{id}-table")}>
                { for ticks.iter().map(|v| { let (px, py) = (x.at(*v), y.at(*v)); html! {
                    <g class="grid">
                        <line x1={PAD_L.to_string()} x2={(W - PAD_R).to_string()} y1={format!("{py:.1}")} y2={format!("{py:.1}")} />
                        <line x1={format!("{px:.1}")} x2={format!("{px:.1}")} y1={PAD_T.to_string()} y2={(H - PAD_B).to_string()} />
                        <text x={(PAD_L - 6.0).to_string()} y={format!("{:.1}", py + 4.0)} text-anchor="end">{ percent0(*v) }</text>
                        <text x={format!("{px:.1}")} y={(H - PAD_B + 15.0).to_string()} text-anchor="middle">{ percent0(*v) }</text>
                    </g>
                }}) }
                <line class="diagonal" x1={format!("{:.1}", x.at(0.0))} y1={format!("{:.1}", y.at(0.0))} x2={format!("{:.1}", x.at(1.0))} y2={format!("{:.1}", y.at(1.0))} />
                <polyline class="line s1" data-testid="roc-line" points={line} />
                <text class="xlabel" x={((PAD_L + W - PAD_R) / 2.0).to_string()} y={(H - 6.0).to_string()} text-anchor="middle">{ t("backtest-roc-x") }</text>
                <text class="xlabel" x="12" y={((PAD_T + H - PAD_B) / 2.0).to_string()} text-anchor="middle" transform={format!("rotate(-90 12 {})", (PAD_T + H - PAD_B) / 2.0)}>{ t("backtest-roc-y") }</text>
            </svg>
            <details>
                <summary>{ t("backtest-roc-figures") }</summary>
                <table class="compact" id={format!("{id}-table")} data-testid="roc-table">
                    <caption class="visually-hidden">{ &p.title }</caption>
                    <thead><tr>
                        <th scope="col" class="num">{ t("backtest-roc-col-threshold") }</th>
                        <th scope="col" class="num">{ t("backtest-roc-col-losses") }</th>
                        <th scope="col" class="num">{ t("backtest-roc-col-stayed") }</th>
                    </tr></thead>
                    <tbody>
                        { for p.points.iter().skip(1).map(|q| html! { <tr>
                            <th scope="row" class="num">{ ta("backtest-roc-at-least", &[("risk", number(q.threshold, 1).into())]) }</th>
                            <td class="num">{ percent0(q.true_positive) }</td>
                            <td class="num">{ percent0(q.false_positive) }</td>
                        </tr> }) }
                    </tbody>
                </table>
            </details>
        </figure>
    }
}

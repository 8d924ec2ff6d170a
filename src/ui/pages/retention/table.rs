//! The cohort table: customer retention relative to the start and to the previous period, and
//! revenue retention (since the start, NRR, GRR) when revenue is given, as shaded cells with their
//! figures, one line per cohort and the cohorts pooled.

use yew::prelude::*;

use crate::engine::retention::{CohortTable, PeriodFigures};
use crate::i18n::{percent, t};
use crate::k;
use crate::ui::components::widgets::SelectField;

/// (form key, label key, figure) of each view of the table.
type View = (&'static str, &'static str, fn(&PeriodFigures) -> Option<f64>);

const VIEWS: [View; 6] = [
    ("of_start", k!("retention-ui-view-of-start"), |p| p.of_start),
    ("of_previous", k!("retention-ui-view-of-previous"), |p| p.of_previous),
    ("revenue_of_start", k!("retention-ui-view-revenue-of-start"), |p| p.revenue_of_start),
    ("nrr", k!("retention-ui-view-nrr"), |p| p.nrr),
    ("grr", k!("retention-ui-view-grr"), |p| p.grr),
    ("grr_of_start", k!("retention-ui-view-grr-of-start"), |p| p.grr_of_start),
];

/// The shade of a cell: ten steps of 10% (NRR above 100% takes the darkest).
fn shade(v: f64) -> String {
    format!("heat-{}", (v * 10.0).round().clamp(0.0, 10.0) as u32)
}

#[derive(Properties, PartialEq)]
pub struct CohortTableProps {
    pub table: CohortTable,
    /// The periods' labels, t = 0 first.
    pub periods: Vec<String>,
    /// The cohorts' names, in the table's order.
    pub names: Vec<String>,
}

#[component]
pub fn CohortTableView(p: &CohortTableProps) -> Html {
    let has_revenue = p.table.all.iter().any(|f| f.revenue.is_some());
    let views: Vec<&View> = VIEWS.iter().filter(|v| has_revenue || !v.0.contains("rr") && !v.0.starts_with("revenue")).collect();
    let view = use_state(|| VIEWS[0].0);
    let current = views.iter().find(|v| v.0 == *view).copied().unwrap_or(&VIEWS[0]);
    let options: Vec<(AttrValue, AttrValue)> = views.iter().map(|v| (AttrValue::Static(v.0), AttrValue::from(t(v.1)))).collect();
    let on_view = {
        let view = view.clone();
        Callback::from(move |key: String| {
            if let Some(v) = VIEWS.iter().find(|v| v.0 == key) {
                view.set(v.0);
            }
        })
    };
    let figure = current.2;
    let cells = |periods: &[PeriodFigures]| -> Html {
        html! {
            { for (0..p.periods.len()).map(|t| match periods.get(t).and_then(figure) {
                Some(v) => html! { <td class={classes!("num", "heat", shade(v))}>{ percent(Some(v)) }</td> },
                None => html! { <td class="num">{ if t < periods.len() { "–" } else { "" } }</td> },
            }) }
        }
    };
    html! {
        <div data-testid="cohort-table">
            <SelectField id="cohort-view" label={t("retention-ui-view")} value={AttrValue::Static(current.0)} options={options} onchange={on_view} />
            if !has_revenue { <p class="hint">{ t("retention-ui-revenue-hint") }</p> }
            <div class="table-wrap">
                <table class="compact cohort-table">
                    <caption>{ t(current.1) }</caption>
                    <thead><tr>
                        <th scope="col">{ t("retention-ui-col-cohort") }</th>
                        { for p.periods.iter().map(|label| html! { <th scope="col" class="num">{ label }</th> }) }
                    </tr></thead>
                    <tbody>
                        { for p.table.lines.iter().zip(&p.names).map(|(line, name)| html! {
                            <tr><th scope="row">{ name }</th>{ cells(&line.periods) }</tr>
                        }) }
                        if p.table.lines.len() > 1 {
                            <tr class="total"><th scope="row">{ t("retention-ui-all-cohorts-pooled") }</th>{ cells(&p.table.all) }</tr>
                        }
                    </tbody>
                </table>
            </div>
            <p class="hint">{ t("retention-ui-table-hint") }</p>
        </div>
    }
}

//! Kaplan–Meier of the portfolio's clients by tenure: start date to the day a client was lost,
//! or to today for the others, with the 95% band, split on request, with the log-rank test.

use yew::prelude::*;

use crate::engine::retention::{KaplanMeier, Periodicity};
use crate::engine::retention_portfolio::{portfolio_survival, KmSplit};
use crate::i18n::{number, t, ta, tt, Arg};
use crate::ui::app::use_app;
use crate::ui::components::charts::{StepChart, StepSeries};
use crate::ui::components::widgets::SelectField;
use crate::ui::scores::{today, use_scores};

fn series(name: String, km: &KaplanMeier) -> StepSeries {
    StepSeries { name, points: km.points.iter().map(|p| (p.time, p.survival, p.lower, p.upper)).collect() }
}

/// "Median 4.2 years", or "more than half are still clients".
fn median_text(km: &KaplanMeier, unit: &str) -> String {
    match km.median {
        Some(m) => ta("retention-ui-km-median", &[("time", Arg::Dec(m, 1)), ("units", unit.into())]),
        None => t("retention-ui-km-no-median"),
    }
}

#[component]
pub fn SurvivalSection() -> Html {
    let state = use_app();
    let scores = use_scores();
    let period = use_state(|| Periodicity::Year);
    let split = use_state(KmSplit::default);
    let km = portfolio_survival(&state.data.portfolio, &scores.clients, today(), *period, *split);
    let unit = super::units(*period);
    let period_options: Vec<(AttrValue, AttrValue)> = vec![
        (AttrValue::Static("year"), AttrValue::from(t("retention-ui-unit-years"))),
        (AttrValue::Static("month"), AttrValue::from(t("retention-ui-unit-months"))),
    ];
    let split_options: Vec<(AttrValue, AttrValue)> =
        KmSplit::ALL.iter().map(|s| (AttrValue::Static(s.key()), AttrValue::from(tt(&s.label())))).collect();
    let on_period = {
        let period = period.clone();
        Callback::from(move |v: String| period.set(if v == "month" { Periodicity::Month } else { Periodicity::Year }))
    };
    let on_split = {
        let split = split.clone();
        Callback::from(move |v: String| split.set(KmSplit::from_key(&v).unwrap_or_default()))
    };
    let mut notes = Vec::new();
    if km.times.lost_without_date > 0 {
        notes.push(ta("retention-ui-km-lost-no-date", &[("n", km.times.lost_without_date.into())]));
    }
    if km.times.without_start > 0 {
        notes.push(ta("retention-ui-km-no-start", &[("n", km.times.without_start.into())]));
    }
    if km.times.out_of_order > 0 {
        notes.push(ta("retention-ui-km-out-of-order", &[("n", km.times.out_of_order.into())]));
    }
    let chart = match &km.all {
        None => html! { <p class="hint">{ t("retention-ui-km-none") }</p> },
        Some(all) => {
            let lines: Vec<StepSeries> = if km.groups.is_empty() {
                vec![series(t("retention-ui-km-all"), all)]
            } else {
                km.groups
                    .iter()
                    .take(5)
                    .map(|g| {
                        series(
                            ta(
                                "retention-ui-km-group",
                                &[("group", tt(&g.label).into()), ("n", g.km.observations.into()), ("left", g.events.into())],
                            ),
                            &g.km,
                        )
                    })
                    .collect()
            };
            let x_end = km
                .groups
                .iter()
                .map(|g| &g.km)
                .chain(std::iter::once(all))
                .flat_map(|k| k.points.last())
                .map(|p| p.time)
                .fold(0.0, f64::max)
                .ceil()
                .max(1.0);
            html! {
                <>
                    <StepChart title={ta("retention-ui-km-chart", &[("units", unit.clone().into())])} x_label={ta("retention-ui-km-x", &[("units", unit.clone().into())])}
                        columns={[AttrValue::from(t("retention-ui-km-col-survival")), AttrValue::from(t("retention-ui-km-col-lower")), AttrValue::from(t("retention-ui-km-col-upper"))]}
                        series={lines} x_end={x_end} testid={AttrValue::Static("km-chart")} />
                    if km.groups.len() > 5 { <p class="hint">{ ta("retention-ui-km-more-groups", &[("n", km.groups.len().into())]) }</p> }
                    <ul class="km-medians" data-testid="km-medians">
                        if km.groups.is_empty() {
                            <li>{ median_text(all, &unit) }</li>
                        } else {
                            { for km.groups.iter().map(|g| html! { <li>{ tt(&g.label) }{ ": " }{ median_text(&g.km, &unit) }</li> }) }
                        }
                    </ul>
                </>
            }
        }
    };
    let log_rank = match &km.log_rank {
        None => html! {},
        Some(Ok(lr)) => html! {
            <p class="readout" data-testid="log-rank">{ ta("retention-ui-log-rank", &[
                ("statistic", Arg::Dec(lr.statistic, 2)), ("df", lr.degrees_of_freedom.into()), ("p", Arg::Str(number(lr.p_value, 3))),
            ]) }{ " " }{ if lr.p_value < 0.05 { t("retention-ui-log-rank-differ") } else { t("retention-ui-log-rank-same") } }</p>
        },
        Some(Err(e)) => html! { <p class="hint" data-testid="log-rank">{ tt(e) }</p> },
    };
    html! {
        <div class="panel" data-testid="km-section">
            <h2>{ t("retention-ui-km-title") }</h2>
            <p class="hint">{ t("retention-ui-km-lead") }</p>
            <div class="whatif-grid">
                <SelectField id="km-period" label={t("retention-ui-km-unit")} value={AttrValue::Static(if *period == Periodicity::Month { "month" } else { "year" })} options={period_options} onchange={on_period} />
                <SelectField id="km-split" label={t("retention-ui-km-split")} value={AttrValue::Static(split.key())} options={split_options} onchange={on_split} />
            </div>
            <p data-testid="km-summary">{ ta("retention-ui-km-summary", &[("n", km.clients.into()), ("left", km.events.into())]) }</p>
            if !notes.is_empty() {
                <ul class="hint" data-testid="km-note">{ for notes.iter().map(|n| html! { <li>{ n }</li> }) }</ul>
            }
            { chart }
            { log_rank }
        </div>
    }
}

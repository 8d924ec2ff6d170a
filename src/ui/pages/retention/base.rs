//! The value of today's clients under the curve in use (margin × Σ DERL), beside the flat-rate
//! figure, the difference in money and the retention elasticity.

use yew::prelude::*;

use crate::engine::retention_portfolio::{value_of_base, RetentionStudy};
use crate::i18n::{money, number, number_fixed, percent, t, ta, tt, Arg};
use crate::ui::app::use_app;
use crate::ui::scores::today;

#[derive(Properties, PartialEq)]
pub struct BaseValueProps {
    pub study: RetentionStudy,
    /// The yearly discount rate of the page (`None` while it cannot be read).
    pub discount: Option<f64>,
}

fn signed(v: f64) -> String {
    if v > 0.5 {
        format!("+{}", money(v))
    } else {
        money(v)
    }
}

#[component]
pub fn BaseValueView(p: &BaseValueProps) -> Html {
    let state = use_app();
    let baseline = state.data.scenarios.baseline(&state.data.portfolio);
    let body = match p.discount {
        None => html! { <p class="error">{ t("retention-ui-derl-inputs") }</p> },
        Some(d) => match value_of_base(&p.study, &state.data.portfolio, &baseline, today(), d) {
            Err(e) => html! { <p class="hint">{ tt(&e) }</p> },
            Ok(v) => {
                let b = &v.value;
                let e = &v.elasticity;
                let period = tt(&p.study.period.noun());
                html! {
                    <>
                        <dl class="base-figures">
                            <dt>{ ta("retention-ui-base-curve", &[("n", b.clients.into())]) }</dt>
                            <dd data-testid="base-curve-value">{ money(b.curve_value) }</dd>
                            <dt>{ ta("retention-ui-base-flat", &[("rate", Arg::Percent(Some(b.flat_retention))), ("period", period.clone().into())]) }</dt>
                            <dd data-testid="base-flat-value">{ money(b.flat_value) }</dd>
                            <dt>{ t("retention-ui-base-difference") }</dt>
                            <dd data-testid="base-difference" class={classes!((b.difference < -0.5).then_some("neg"))}>{ signed(b.difference) }</dd>
                        </dl>
                        <p class="readout" data-testid="base-elasticity">{
                            match e.flat_gain {
                                Some(flat) => ta("retention-ui-elasticity", &[
                                    ("curve", Arg::Money(e.curve_gain)), ("curve_share", Arg::Percent(e.curve_change)),
                                    ("flat", Arg::Money(flat)), ("flat_share", Arg::Percent(e.flat_change)),
                                ]),
                                None => ta("retention-ui-elasticity-curve-only", &[
                                    ("curve", Arg::Money(e.curve_gain)), ("curve_share", Arg::Percent(e.curve_change)),
                                ]),
                            }
                        }</p>
                        <p class="hint">{ ta("retention-ui-base-how", &[
                            ("margin", Arg::Money(v.margin)), ("period", period.clone().into()), ("rate", Arg::Percent(Some(v.discount))),
                        ]) }</p>
                        if v.tenures.unknown > 0 {
                            <p class="hint">{ ta("retention-ui-base-unknown", &[("n", v.tenures.unknown.into())]) }</p>
                        }
                        <details class="chart-data">
                            <summary>{ t("retention-ui-base-by-tenure") }</summary>
                            <div class="scroll-x"><table class="compact">
                                <caption>{ t("retention-ui-base-by-tenure") }</caption>
                                <thead><tr>
                                    <th scope="col" class="num">{ ta("retention-ui-col-tenure", &[("units", super::units(p.study.period).into())]) }</th>
                                    <th scope="col" class="num">{ t("retention-ui-col-clients") }</th>
                                    <th scope="col" class="num">{ t("retention-ui-col-next") }</th>
                                    <th scope="col" class="num">{ t("retention-ui-col-derl") }</th>
                                    <th scope="col" class="num">{ t("retention-ui-col-value") }</th>
                                </tr></thead>
                                <tbody>
                                    { for b.groups.iter().map(|g| html! { <tr>
                                        <th scope="row" class="num">{ number(f64::from(g.tenure), 0) }</th>
                                        <td class="num">{ number(g.clients, 1) }</td>
                                        <td class="num">{ percent(Some(g.next_retention)) }</td>
                                        <td class="num">{ number_fixed(g.derl, 3) }</td>
                                        <td class="num">{ money(g.value_per_client) }</td>
                                    </tr> }) }
                                </tbody>
                            </table></div>
                        </details>
                    </>
                }
            }
        },
    };
    html! {
        <div class="panel" data-testid="base-value">
            <h2>{ t("retention-ui-base-title") }</h2>
            { body }
        </div>
    }
}

//! The Retention page: a cohort table pasted and fitted (the sBG and the BdW, chosen by BIC), the
//! DERL, the projected survival and retention by tenure, the cohort table, the value of today's
//! clients under the curve, and Kaplan–Meier of the portfolio's clients. Formulas:
//! docs/retention.md.

pub mod base;
pub mod survival;
pub mod table;

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::engine::retention::{parse_cohorts, Curve, CurveFit, CurveModel, CurveParams, Layout, Periodicity, ValueKind};
use crate::engine::retention_portfolio::{study_from, CohortFit, RetentionAnalysis, RetentionStudy, StudyInputs};
use crate::engine::util::csv::Delimiter;
use crate::engine::util::parse::{parse_amount, DecimalSeparator};
use crate::i18n::{number_fixed, t, ta, tt, Arg};
use crate::k;
use crate::ui::app::use_app;
use crate::ui::components::charts::{LineChart, Series};
use crate::ui::components::widgets::{Field, SelectField};
use crate::ui::state::{Action, Edit};

/// (form key, label key, value) of each choice the reader would otherwise detect.
const LAYOUTS: [(&str, &str, Layout); 2] =
    [("rows", k!("retention-ui-layout-rows"), Layout::Rows), ("columns", k!("retention-ui-layout-columns"), Layout::Columns)];
const KINDS: [(&str, &str, ValueKind); 3] = [
    ("counts", k!("retention-ui-kind-counts"), ValueKind::Counts),
    ("percent", k!("retention-ui-kind-percent"), ValueKind::Percent),
    ("share", k!("retention-ui-kind-share"), ValueKind::Share),
];
const DELIMITERS: [(&str, &str, Delimiter); 5] = [
    ("comma", k!("retention-ui-sep-comma"), Delimiter::Comma),
    ("semicolon", k!("retention-ui-sep-semicolon"), Delimiter::Semicolon),
    ("tab", k!("retention-ui-sep-tab"), Delimiter::Tab),
    ("pipe", k!("retention-ui-sep-pipe"), Delimiter::Pipe),
    ("whitespace", k!("retention-ui-sep-whitespace"), Delimiter::Whitespace),
];
const DECIMALS: [(&str, &str, DecimalSeparator); 2] = [
    ("dot", k!("retention-ui-decimal-dot"), DecimalSeparator::Dot),
    ("comma", k!("retention-ui-decimal-comma"), DecimalSeparator::Comma),
];

fn label_of<T: PartialEq + Copy>(options: &[(&'static str, &'static str, T)], v: T) -> String {
    options.iter().find(|o| o.2 == v).map(|o| t(o.1)).unwrap_or_default()
}

/// A select of a detected choice: "Detected (rows)" first, then each value.
fn choice<T: PartialEq + Copy + 'static>(
    id: &'static str,
    label: String,
    options: &'static [(&'static str, &'static str, T)],
    chosen: Option<T>,
    detected: Option<T>,
    onchange: Callback<Option<T>>,
) -> Html {
    let first = match detected {
        Some(d) => ta("retention-ui-detected-as", &[("value", label_of(options, d).into())]),
        None => t("retention-ui-detect"),
    };
    let mut list: Vec<(AttrValue, AttrValue)> = vec![(AttrValue::Static(""), AttrValue::from(first))];
    list.extend(options.iter().map(|o| (AttrValue::Static(o.0), AttrValue::from(t(o.1)))));
    let value = chosen.and_then(|c| options.iter().find(|o| o.2 == c)).map(|o| AttrValue::Static(o.0)).unwrap_or_default();
    let cb = Callback::from(move |key: String| onchange.emit(options.iter().find(|o| o.0 == key).map(|o| o.2)));
    html! { <SelectField id={id} label={label} value={value} options={list} onchange={cb} /> }
}

/// "years" or "months", for a tenure's unit.
pub fn units(p: Periodicity) -> String {
    t(match p {
        Periodicity::Year => k!("retention-ui-unit-years"),
        Periodicity::Month => k!("retention-ui-unit-months"),
    })
}

/// "sBG" or "BdW".
fn model_name(m: CurveModel) -> String {
    t(match m {
        CurveModel::Sbg => k!("retention-ui-model-sbg"),
        CurveModel::Bdw => k!("retention-ui-model-bdw"),
        CurveModel::Constant => k!("retention-ui-model-constant"),
    })
}

/// "α = 0.704, β = 1.182" (and ", c = 1.280"), three decimals in the reader's format.
fn params_text(curve: &Curve) -> String {
    let f = |v: f64| Arg::Str(number_fixed(v, 3));
    match curve.params() {
        CurveParams::Sbg { alpha, beta } => ta("retention-ui-params-sbg", &[("alpha", f(alpha)), ("beta", f(beta))]),
        CurveParams::Bdw { alpha, beta, c } => {
            ta("retention-ui-params-bdw", &[("alpha", f(alpha)), ("beta", f(beta)), ("c", f(c))])
        }
        CurveParams::Constant { retention } => ta("retention-ui-params-constant", &[("r", Arg::Percent(Some(retention)))]),
    }
}

/// The curve of a study in words, for the pages that use it: "the sBG α = 0.704, β = 1.182, one
/// period a year".
pub fn curve_summary(study: &RetentionStudy) -> String {
    ta(
        "retention-ui-curve-summary",
        &[
            ("model", model_name(study.curve.model()).into()),
            ("params", params_text(&study.curve).into()),
            ("period", tt(&study.period.noun()).into()),
        ],
    )
}

fn fit_row(fit: &CurveFit, testid: &'static str) -> Html {
    html! {
        <tr>
            <th scope="row">{ model_name(fit.curve.model()) }</th>
            <td class="params" data-testid={testid}>{ params_text(&fit.curve) }</td>
            <td class="num">{ number_fixed(fit.log_likelihood, 3) }</td>
            <td class="num">{ number_fixed(fit.bic, 3) }</td>
            <td>{ tt(&fit.status_text()) }</td>
        </tr>
    }
}

/// The DERL settings of the page: renewals made and a yearly discount rate (as typed).
#[derive(Clone, PartialEq)]
struct DerlInputs {
    renewals: Option<u32>,
    /// Per year, as a share.
    discount: Option<f64>,
}

#[derive(Properties, PartialEq)]
struct FitCardProps {
    fit: CohortFit,
    model: Option<CurveModel>,
    period: Periodicity,
    derl: DerlInputs,
    in_use: bool,
}

/// One cohort's sBG and BdW, BIC's choice and the DERL of the model in use.
#[component]
fn FitCard(p: &FitCardProps) -> Html {
    let title = p.fit.name.clone().unwrap_or_else(|| t("retention-ui-all-cohorts"));
    let body = match &p.fit.choice {
        Err(e) => html! { <p class="error">{ tt(e) }</p> },
        Ok(c) => {
            let (better, worse) = if c.chosen == CurveModel::Bdw { (&c.bdw, &c.sbg) } else { (&c.sbg, &c.bdw) };
            let curve = p.fit.curve(p.model);
            let derl = match (curve, p.derl.renewals, p.derl.discount) {
                (Some(curve), Some(n), Some(d)) => match curve.derl(p.period.discount(d), n) {
                    Ok(v) => ta(
                        "retention-ui-derl",
                        &[
                            ("n", n.into()),
                            ("rate", Arg::Percent(Some(d))),
                            ("derl", Arg::Str(number_fixed(v, 3))),
                            ("model", model_name(curve.model()).into()),
                            ("period", tt(&p.period.noun()).into()),
                        ],
                    ),
                    Err(e) => tt(&e.message),
                },
                _ => t("retention-ui-derl-inputs"),
            };
            html! {
                <>
                    <div class="table-wrap">
                    <table class="compact fit-table">
                        <caption class="visually-hidden">{ ta("retention-ui-fit-caption", &[("cohort", title.clone().into())]) }</caption>
                        <thead><tr>
                            <th scope="col">{ t("retention-ui-col-model") }</th>
                            <th scope="col">{ t("retention-ui-col-params") }</th>
                            <th scope="col" class="num">{ t("retention-ui-col-ll") }</th>
                            <th scope="col" class="num">{ t("retention-ui-col-bic") }</th>
                            <th scope="col">{ t("retention-ui-col-status") }</th>
                        </tr></thead>
                        <tbody>
                            { fit_row(&c.sbg, "sbg-fit") }
                            { fit_row(&c.bdw, "bdw-fit") }
                        </tbody>
                    </table>
                    </div>
                    <p data-testid="bic-choice">{ ta("retention-ui-bic-prefers", &[
                        ("model", model_name(c.chosen).into()),
                        ("other", model_name(worse.curve.model()).into()),
                        ("by", Arg::Dec(worse.bic - better.bic, 1)),
                    ]) }</p>
                    <p class="readout" data-testid="derl">{ derl }</p>
                </>
            }
        }
    };
    html! {
        <div class={classes!("fit-card", p.in_use.then_some("in-use"))} data-testid="cohort-fit">
            <h3>{ title }{ if p.in_use { html! { <span class="tag">{ t("retention-ui-in-use") }</span> } } else { html! {} } }</h3>
            { body }
        </div>
    }
}

/// The survival and retention charts of the curve in use, beside what the cohorts showed.
fn projection_charts(analysis: &RetentionAnalysis, study: &RetentionStudy) -> Html {
    let horizon = analysis.chart_horizon();
    let curve = study.curve;
    let fitted = ta("retention-ui-series-fitted", &[("model", model_name(curve.model()).into())]);
    let mut survival =
        vec![Series { name: fitted.clone(), values: curve.survival_curve(horizon).iter().map(|s| s * 100.0).collect() }];
    let mut retention = vec![Series { name: fitted, values: (1..=horizon).map(|t| curve.retention(t) * 100.0).collect() }];
    for (c, line) in analysis.set.cohorts.iter().zip(&analysis.table.lines).take(4) {
        let name = ta("retention-ui-series-observed", &[("cohort", c.name.clone().into())]);
        survival.push(Series {
            name: name.clone(),
            values: line.periods.iter().map(|p| p.of_start.unwrap_or(0.0) * 100.0).collect(),
        });
        retention
            .push(Series { name, values: line.periods.iter().skip(1).map(|p| p.of_previous.unwrap_or(0.0) * 100.0).collect() });
    }
    let unit = units(study.period);
    html! {
        <div class="charts">
            <LineChart title={t("retention-ui-chart-survival")} x_label={ta("retention-ui-chart-x", &[("units", unit.clone().into())])}
                series={survival} testid={AttrValue::Static("chart-survival")} />
            <LineChart title={t("retention-ui-chart-retention")} x_label={ta("retention-ui-chart-renewal", &[("units", unit.into())])}
                series={retention} testid={AttrValue::Static("chart-retention")} x_start={1} />
        </div>
    }
}

#[component]
pub fn RetentionPage() -> Html {
    let state = use_app();
    let stored = state.data.retention.as_deref().cloned();
    let inputs = {
        let initial = stored.as_ref().map(RetentionStudy::inputs).unwrap_or_default();
        use_state(move || initial)
    };
    let size_text = {
        let initial = stored.as_ref().and_then(|s| s.cohort_size).map(|v| crate::i18n::input_number(v, 2)).unwrap_or_default();
        use_state(move || initial)
    };
    let fit_to_text = {
        let initial = stored.as_ref().and_then(|s| s.fit_to).map(|v| v.to_string()).unwrap_or_default();
        use_state(move || initial)
    };
    let fit_error = use_state(|| None::<String>);
    let field_errors = use_state(|| (None::<String>, None::<String>));
    let renewals_text = use_state(|| "7".to_string());
    let discount_text = use_state(|| crate::i18n::input_number(10.0, 2));

    // What the text reads as now (cheap: no fitting), for the detected choices and the errors.
    let read = {
        let key = (inputs.text.clone(), inputs.options);
        use_memo(key, |(text, options)| if text.trim().is_empty() { None } else { Some(parse_cohorts(text, options)) })
    };
    // The stored study read and fitted again (the fits are not stored).
    let analysis = use_memo(stored.clone(), |s| s.as_ref().map(|s| s.inputs().analyse()));

    let set_inputs = |f: fn(&mut StudyInputs, String)| {
        let inputs = inputs.clone();
        Callback::from(move |v: String| {
            let mut next = (*inputs).clone();
            f(&mut next, v);
            inputs.set(next);
        })
    };
    let on_text = {
        let inputs = inputs.clone();
        let fit_error = fit_error.clone();
        Callback::from(move |e: InputEvent| {
            let v = e.target_unchecked_into::<HtmlTextAreaElement>().value();
            inputs.set(StudyInputs { text: v, ..(*inputs).clone() });
            fit_error.set(None);
        })
    };
    let on_layout = {
        let inputs = inputs.clone();
        Callback::from(move |v: Option<Layout>| {
            let mut next = (*inputs).clone();
            next.options.layout = v;
            inputs.set(next);
        })
    };
    let on_kind = {
        let inputs = inputs.clone();
        Callback::from(move |v: Option<ValueKind>| {
            let mut next = (*inputs).clone();
            next.options.kind = v;
            inputs.set(next);
        })
    };
    let on_delimiter = {
        let inputs = inputs.clone();
        Callback::from(move |v: Option<Delimiter>| {
            let mut next = (*inputs).clone();
            next.options.delimiter = v;
            inputs.set(next);
        })
    };
    let on_decimal = {
        let inputs = inputs.clone();
        Callback::from(move |v: Option<DecimalSeparator>| {
            let mut next = (*inputs).clone();
            next.options.decimal = v;
            inputs.set(next);
        })
    };
    let on_fit = {
        let inputs = inputs.clone();
        let state = state.clone();
        let fit_error = fit_error.clone();
        let field_errors = field_errors.clone();
        let size_text = size_text.clone();
        let fit_to_text = fit_to_text.clone();
        let stored = stored.clone();
        Callback::from(move |_: MouseEvent| {
            let mut inp = (*inputs).clone();
            let size = match size_text.trim() {
                "" => Ok(None),
                s => match parse_amount(s) {
                    Ok(v) if v > 0.0 => Ok(Some(v)),
                    Ok(_) => Err(t("retention-ui-size-positive")),
                    Err(e) => Err(tt(&e)),
                },
            };
            let fit_to = match fit_to_text.trim() {
                "" => Ok(None),
                s => s.parse::<u32>().ok().filter(|n| *n >= 1).map(Some).ok_or_else(|| t("retention-ui-fit-to-invalid")),
            };
            let (size, fit_to) = match (size, fit_to) {
                (Ok(a), Ok(b)) => (a, b),
                (a, b) => {
                    field_errors.set((a.err(), b.err()));
                    return;
                }
            };
            field_errors.set((None, None));
            inp.cohort_size = size;
            inp.fit_to = fit_to;
            // Keep the curve chosen before (cohort and model) when it still applies.
            if let Some(s) = &stored {
                inp.source = s.source.clone();
                inp.model = s.model;
            }
            match inp.analyse() {
                Err(_) => fit_error.set(Some(t("retention-ui-fix-errors"))),
                Ok(a) => {
                    let result =
                        study_from(&a, inp.clone()).or_else(|_| study_from(&a, StudyInputs { source: None, ..inp.clone() }));
                    match result {
                        Ok(study) => {
                            fit_error.set(None);
                            state.dispatch(Action::Edit(Edit::SetRetention(Some(Box::new(study)))));
                        }
                        Err(e) => fit_error.set(Some(tt(&e))),
                    }
                }
            }
        })
    };
    let on_remove = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Edit(Edit::SetRetention(None))))
    };

    let detected = match read.as_ref() {
        Some(Ok(set)) => Some(set.clone()),
        _ => None,
    };
    let errors: Vec<String> = match read.as_ref() {
        Some(Err(list)) => list.iter().map(|e| tt(&e.text())).collect(),
        _ => Vec::new(),
    };
    let kind_now = inputs.options.kind.or(detected.as_ref().map(|s| s.kind));
    let needs_size = matches!(kind_now, Some(ValueKind::Percent | ValueKind::Share));
    let period_options: Vec<(AttrValue, AttrValue)> = vec![
        (AttrValue::Static("year"), AttrValue::from(t("retention-ui-period-year"))),
        (AttrValue::Static("month"), AttrValue::from(t("retention-ui-period-month"))),
    ];
    let derl_inputs = DerlInputs {
        renewals: renewals_text.trim().parse::<u32>().ok().filter(|n| *n <= 1200),
        discount: parse_amount(discount_text.trim().trim_end_matches('%'))
            .ok()
            .map(|d| d / 100.0)
            .filter(|d| *d > 0.0 && *d <= 10.0),
    };

    let results = match (stored.as_ref(), analysis.as_ref().as_ref()) {
        (Some(study), Some(Ok(a))) => {
            let in_use_source = study.source.clone();
            let cards: Vec<CohortFit> = a.fits.iter().cloned().chain(a.pooled.clone()).collect();
            let source_options: Vec<(AttrValue, AttrValue)> =
                std::iter::once((AttrValue::Static(""), AttrValue::from(t("retention-ui-all-cohorts"))))
                    .chain(if a.fits.len() > 1 {
                        a.fits
                            .iter()
                            .filter_map(|f| f.name.clone())
                            .map(|n| (AttrValue::from(n.clone()), AttrValue::from(n)))
                            .collect::<Vec<_>>()
                    } else {
                        Vec::new()
                    })
                    .collect();
            let model_options: Vec<(AttrValue, AttrValue)> = vec![
                (AttrValue::Static(""), AttrValue::from(t("retention-ui-model-by-bic"))),
                (AttrValue::Static("sbg"), AttrValue::from(model_name(CurveModel::Sbg))),
                (AttrValue::Static("bdw"), AttrValue::from(model_name(CurveModel::Bdw))),
            ];
            let on_source = {
                let state = state.clone();
                let a = a.clone();
                let study = study.clone();
                Callback::from(move |v: String| {
                    let source = (!v.is_empty()).then_some(v);
                    if let Ok(next) = study_from(&a, StudyInputs { source, ..study.inputs() }) {
                        state.dispatch(Action::Edit(Edit::SetRetention(Some(Box::new(next)))));
                    }
                })
            };
            let on_model = {
                let state = state.clone();
                let a = a.clone();
                let study = study.clone();
                Callback::from(move |v: String| {
                    let model = CurveModel::from_key(&v);
                    if let Ok(next) = study_from(&a, StudyInputs { model, ..study.inputs() }) {
                        state.dispatch(Action::Edit(Edit::SetRetention(Some(Box::new(next)))));
                    }
                })
            };
            let source_name = study.source.clone().unwrap_or_else(|| {
                if a.fits.len() == 1 {
                    a.fits[0].name.clone().unwrap_or_default()
                } else {
                    t("retention-ui-all-cohorts")
                }
            });
            html! {
                <>
                <div class="panel" data-testid="retention-fits">
                    <h2>{ t("retention-ui-fits-title") }</h2>
                    <p class="hint">{ ta("retention-ui-fitted-on", &[("summary", tt(&a.set.summary()).into()), ("to", a.fitted_to.into())]) }</p>
                    <div class="whatif-grid">
                        <Field id="derl-renewals" label={t("retention-ui-derl-renewals")} inputmode="numeric" value={(*renewals_text).clone()} oninput={{ let s = renewals_text.clone(); Callback::from(move |v: String| s.set(v)) }} />
                        <Field id="derl-discount" label={t("retention-ui-derl-discount")} inputmode="decimal" value={(*discount_text).clone()} oninput={{ let s = discount_text.clone(); Callback::from(move |v: String| s.set(v)) }} />
                    </div>
                    <div class="fit-cards">
                        { for cards.into_iter().map(|fit| {
                            let in_use = fit.name == in_use_source || (a.fits.len() == 1 && in_use_source.is_none() && fit.name.is_some());
                            html! { <FitCard fit={fit} model={study.model} period={study.period} derl={derl_inputs.clone()} {in_use} /> }
                        }) }
                    </div>
                    <h3>{ t("retention-ui-curve-in-use") }</h3>
                    <div class="whatif-grid">
                        if a.fits.len() > 1 {
                            <SelectField id="curve-source" label={t("retention-ui-curve-source")} value={AttrValue::from(study.source.clone().unwrap_or_default())} options={source_options} onchange={on_source} />
                        }
                        <SelectField id="curve-model" label={t("retention-ui-curve-model")} value={AttrValue::Static(study.model.map(|m| m.key()).unwrap_or(""))} options={model_options} onchange={on_model} />
                    </div>
                    <p data-testid="curve-in-use">{ ta("retention-ui-in-use-text", &[
                        ("model", model_name(study.curve.model()).into()),
                        ("cohort", source_name.into()),
                        ("params", params_text(&study.curve).into()),
                        ("period", tt(&study.period.noun()).into()),
                    ]) }</p>
                    <p class="hint">{ t("retention-ui-in-use-hint") }</p>
                    <button type="button" class="danger" onclick={on_remove}>{ t("retention-ui-remove") }</button>
                </div>
                <div class="panel">
                    <h2>{ t("retention-ui-projection-title") }</h2>
                    <p class="hint">{ t("retention-ui-projection-hint") }</p>
                    { projection_charts(a, study) }
                </div>
                <div class="panel">
                    <h2>{ t("retention-ui-table-title") }</h2>
                    <table::CohortTableView table={a.table.clone()} periods={a.set.periods.clone()} names={a.set.cohorts.iter().map(|c| c.name.clone()).collect::<Vec<_>>()} />
                </div>
                <base::BaseValueView study={study.clone()} discount={derl_inputs.discount} />
                </>
            }
        }
        (Some(_), Some(Err(_))) => {
            html! { <div class="panel"><p class="error">{ t("retention-ui-stored-unreadable") }</p></div> }
        }
        _ => html! { <div class="panel"><p class="hint" data-testid="retention-empty">{ t("retention-ui-none-yet") }</p></div> },
    };

    html! {
        <section aria-labelledby="ret-title" class="retention">
            <div class="page-head"><h1 id="ret-title">{ t("retention-ui-title") }</h1></div>
            <p class="lead">{ t("retention-ui-lead") }</p>
            <div class="panel">
                <h2>{ t("retention-ui-input-title") }</h2>
                <div class="field wide">
                    <label for="cohort-input">{ t("retention-ui-input-label") }</label>
                    <textarea id="cohort-input" name="cohort-input" data-testid="cohort-input" rows="10" value={inputs.text.clone()} oninput={on_text}
                        aria-describedby="cohort-input-hint" spellcheck="false" />
                    <small id="cohort-input-hint" class="hint">{ t("retention-ui-input-hint") }</small>
                </div>
                <div class="mapping">
                    { choice("cohort-layout", t("retention-ui-layout"), &LAYOUTS, inputs.options.layout, detected.as_ref().map(|s| s.layout), on_layout) }
                    { choice("cohort-kind", t("retention-ui-kind"), &KINDS, inputs.options.kind, detected.as_ref().map(|s| s.kind), on_kind) }
                    { choice("cohort-separator", t("retention-ui-separator"), &DELIMITERS, inputs.options.delimiter, detected.as_ref().map(|s| s.delimiter), on_delimiter) }
                    { choice("cohort-decimal", t("retention-ui-decimal"), &DECIMALS, inputs.options.decimal, detected.as_ref().map(|s| s.decimal), on_decimal) }
                    <SelectField id="cohort-period" label={t("retention-ui-period")} value={AttrValue::Static(if inputs.period == Periodicity::Month { "month" } else { "year" })}
                        options={period_options} onchange={set_inputs(|i, v| i.period = if v == "month" { Periodicity::Month } else { Periodicity::Year })} />
                    if needs_size {
                        <Field id="cohort-size" label={t("retention-ui-size")} inputmode="decimal" value={(*size_text).clone()}
                            oninput={{ let s = size_text.clone(); Callback::from(move |v: String| s.set(v)) }} error={field_errors.0.clone()} hint={t("retention-ui-size-hint")} />
                    }
                    <Field id="cohort-fit-to" label={t("retention-ui-fit-to")} inputmode="numeric" value={(*fit_to_text).clone()}
                        oninput={{ let s = fit_to_text.clone(); Callback::from(move |v: String| s.set(v)) }} error={field_errors.1.clone()} hint={t("retention-ui-fit-to-hint")} />
                </div>
                if let Some(set) = &detected {
                    <p data-testid="cohort-detected">{ ta("retention-ui-detected", &[
                        ("summary", tt(&set.summary()).into()),
                        ("layout", label_of(&LAYOUTS, set.layout).into()),
                        ("kind", label_of(&KINDS, set.kind).into()),
                        ("separator", label_of(&DELIMITERS, set.delimiter).into()),
                        ("decimal", label_of(&DECIMALS, set.decimal).into()),
                    ]) }</p>
                }
                if !errors.is_empty() {
                    <div class="banner error" role="alert" data-testid="cohort-errors">
                        <ul>{ for errors.iter().map(|e| html! { <li>{ e }</li> }) }</ul>
                    </div>
                }
                <div class="actions">
                    <button type="button" class="primary" data-testid="fit-button" onclick={on_fit}>{ t("retention-ui-fit") }</button>
                    if let Some(e) = &*fit_error { <span class="error" role="alert">{ e }</span> }
                </div>
            </div>
            { results }
            <survival::SurvivalSection />
        </section>
    }
}

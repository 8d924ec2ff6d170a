//! The scenario lever form: sliders and number fields that accept what people type
//! (decimal commas, percentages as "85"), and only pass on levers the engine accepts.

use std::collections::HashMap;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::engine::scenario::{Levers, Periodicity};
use crate::engine::util::parse::parse_amount;
use crate::i18n::{input_number, t};
use crate::k;

#[derive(Clone, Copy, PartialEq)]
enum Unit {
    /// Stored as a share, shown ×100 with "%".
    Percent,
    Money,
    Count,
    Years,
}

struct Spec {
    key: &'static str,
    /// Message keys of the label and the hint (`""`: no hint).
    label: &'static str,
    unit: Unit,
    /// Slider range in display units; `None` for a number field only.
    slider: Option<(f64, f64, f64)>,
    hint: &'static str,
    get: fn(&Levers) -> f64,
    set: fn(&mut Levers, f64),
    /// Taken from the client list while the baseline follows the portfolio.
    from_portfolio: bool,
}

const SPECS: [Spec; 12] = [
    Spec {
        key: "clients",
        label: k!("scenarios-lever-clients"),
        unit: Unit::Count,
        slider: None,
        hint: "",
        get: |l| l.clients,
        set: |l, v| l.clients = v,
        from_portfolio: true,
    },
    Spec {
        key: "revenue_per_client",
        label: k!("scenarios-lever-revenue-per-client"),
        unit: Unit::Money,
        slider: None,
        hint: "",
        get: |l| l.revenue_per_client,
        set: |l, v| l.revenue_per_client = v,
        from_portfolio: true,
    },
    Spec {
        key: "margin_rate",
        label: k!("scenarios-lever-margin-rate"),
        unit: Unit::Percent,
        slider: Some((-20.0, 80.0, 0.5)),
        hint: k!("scenarios-lever-margin-rate-hint"),
        get: |l| l.margin_rate,
        set: |l, v| l.margin_rate = v,
        from_portfolio: true,
    },
    Spec {
        key: "retention",
        label: k!("scenarios-lever-retention"),
        unit: Unit::Percent,
        slider: Some((0.0, 99.0, 0.5)),
        hint: k!("scenarios-lever-retention-hint"),
        get: |l| l.retention,
        set: |l, v| l.retention = v,
        from_portfolio: false,
    },
    Spec {
        key: "acquisition_spend",
        label: k!("scenarios-lever-acquisition-spend"),
        unit: Unit::Money,
        slider: None,
        hint: k!("scenarios-lever-acquisition-spend-hint"),
        get: |l| l.acquisition_spend,
        set: |l, v| l.acquisition_spend = v,
        from_portfolio: false,
    },
    Spec {
        key: "cost_per_client",
        label: k!("scenarios-lever-cost-per-client"),
        unit: Unit::Money,
        slider: None,
        hint: k!("scenarios-lever-cost-per-client-hint"),
        get: |l| l.cost_per_client,
        set: |l, v| l.cost_per_client = v,
        from_portfolio: false,
    },
    Spec {
        key: "care_spend",
        label: k!("scenarios-lever-care-spend"),
        unit: Unit::Money,
        slider: None,
        hint: k!("scenarios-lever-care-spend-hint"),
        get: |l| l.care_spend,
        set: |l, v| l.care_spend = v,
        from_portfolio: false,
    },
    Spec {
        key: "care_cost_per_point",
        label: k!("scenarios-lever-care-cost-per-point"),
        unit: Unit::Money,
        slider: None,
        hint: k!("scenarios-lever-care-cost-per-point-hint"),
        get: |l| l.care_cost_per_point,
        set: |l, v| l.care_cost_per_point = v,
        from_portfolio: false,
    },
    Spec {
        key: "price_change",
        label: k!("scenarios-lever-price-change"),
        unit: Unit::Percent,
        slider: Some((-30.0, 30.0, 0.5)),
        hint: k!("scenarios-lever-price-change-hint"),
        get: |l| l.price_change,
        set: |l, v| l.price_change = v,
        from_portfolio: false,
    },
    Spec {
        key: "referral_rate",
        label: k!("scenarios-lever-referral-rate"),
        unit: Unit::Percent,
        slider: Some((0.0, 30.0, 0.5)),
        hint: k!("scenarios-lever-referral-rate-hint"),
        get: |l| l.referral_rate,
        set: |l, v| l.referral_rate = v,
        from_portfolio: false,
    },
    Spec {
        key: "discount",
        label: k!("scenarios-lever-discount"),
        unit: Unit::Percent,
        slider: Some((0.0, 30.0, 0.5)),
        hint: k!("scenarios-lever-discount-hint"),
        get: |l| l.discount,
        set: |l, v| l.discount = v,
        from_portfolio: false,
    },
    Spec {
        key: "horizon_years",
        label: k!("scenarios-lever-horizon-years"),
        unit: Unit::Years,
        slider: Some((1.0, 30.0, 1.0)),
        hint: "",
        get: |l| f64::from(l.horizon_years),
        set: |l, v| l.horizon_years = v as u32,
        from_portfolio: false,
    },
];

/// A value in display units (percentages ×100).
fn shown(unit: Unit, v: f64) -> f64 {
    if unit == Unit::Percent {
        v * 100.0
    } else {
        v
    }
}

/// A value as the field shows it, with the language's decimal separator (`85,5` in Romanian).
fn show(unit: Unit, v: f64) -> String {
    input_number(shown(unit, v), 2)
}

/// A value as a slider's `value` attribute wants it: always a decimal point.
fn slider_value(unit: Unit, v: f64) -> String {
    let s = format!("{:.2}", shown(unit, v));
    let s = s.trim_end_matches('0').trim_end_matches('.').to_string();
    if s == "-0" {
        "0".into()
    } else {
        s
    }
}

fn read(unit: Unit, text: &str) -> Result<f64, String> {
    let text = text.trim().trim_end_matches('%');
    let v = parse_amount(text).map_err(|e| capitalise(&e.to_string()))?;
    match unit {
        Unit::Percent => Ok(v / 100.0),
        Unit::Years | Unit::Count if v.fract() != 0.0 => Err(t("scenarios-error-whole-number")),
        Unit::Years if !(0.0..=1000.0).contains(&v) => Err(t("scenarios-error-horizon")),
        _ => Ok(v),
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

fn texts_of(l: &Levers) -> HashMap<&'static str, String> {
    SPECS.iter().map(|s| (s.key, show(s.unit, (s.get)(l)))).collect()
}

/// The levers the texts describe, or the problems per field.
fn levers_of(base: &Levers, texts: &HashMap<&'static str, String>) -> Result<Levers, HashMap<&'static str, String>> {
    let mut l = base.clone();
    let mut errors = HashMap::new();
    for s in &SPECS {
        let text = texts.get(s.key);
        // Text that still shows the current value keeps its exact value (the field shows it
        // rounded to two decimals), so editing one lever never nudges the others.
        if text.is_some_and(|t| *t == show(s.unit, (s.get)(base))) {
            continue;
        }
        match text.map(|t| read(s.unit, t)) {
            Some(Ok(v)) => (s.set)(&mut l, v),
            Some(Err(e)) => {
                errors.insert(s.key, e);
            }
            None => {}
        }
    }
    if errors.is_empty() {
        for e in l.validate() {
            errors.entry(e.field).or_insert(e.message.to_string());
        }
    }
    if errors.is_empty() {
        Ok(l)
    } else {
        Err(errors)
    }
}

#[derive(Properties, PartialEq)]
pub struct LeverFormProps {
    /// Prefix of the input ids (unique per form on the page).
    pub prefix: AttrValue,
    pub levers: Levers,
    pub currency: AttrValue,
    pub onchange: Callback<Levers>,
    /// Clients, revenue and margin come from the portfolio and cannot be typed here.
    #[prop_or_default]
    pub locked_portfolio_fields: bool,
    /// The fitted retention curve in words, when one is fitted (the levers may follow it).
    #[prop_or_default]
    pub curve: Option<AttrValue>,
}

/// The lever fields. Invalid text stays in its field with a message; the last valid
/// levers stay in force until the text is fixed.
#[component]
pub fn LeverForm(p: &LeverFormProps) -> Html {
    let texts = {
        let l = p.levers.clone();
        use_state(move || texts_of(&l))
    };
    let errors = use_state(HashMap::<&'static str, String>::new);
    // When the levers change from outside (another tab, undo, the portfolio), show them,
    // unless they are what the user is typing.
    {
        let texts = texts.clone();
        let errors = errors.clone();
        use_effect_with(p.levers.clone(), move |l| {
            if levers_of(l, &texts).ok().as_ref() != Some(l) && errors.is_empty() {
                texts.set(texts_of(l));
            }
        });
    }
    // `slider`: the value comes from a range input (always a decimal point), and is shown in
    // the text field as the language writes it.
    let on_text = |key: &'static str, slider: bool| {
        let texts = texts.clone();
        let errors = errors.clone();
        let onchange = p.onchange.clone();
        let base = p.levers.clone();
        Callback::from(move |e: InputEvent| {
            let raw = e.target_unchecked_into::<HtmlInputElement>().value();
            let value = match raw.parse::<f64>() {
                Ok(v) if slider => input_number(v, 2),
                _ => raw,
            };
            let mut next = (*texts).clone();
            next.insert(key, value);
            match levers_of(&base, &next) {
                Ok(l) => {
                    errors.set(HashMap::new());
                    if l != base {
                        onchange.emit(l);
                    }
                }
                Err(errs) => errors.set(errs),
            }
            texts.set(next);
        })
    };
    let on_period = {
        let onchange = p.onchange.clone();
        let base = p.levers.clone();
        Callback::from(move |e: Event| {
            let monthly = e.target_unchecked_into::<HtmlInputElement>().checked();
            onchange.emit(Levers { period: if monthly { Periodicity::Month } else { Periodicity::Year }, ..base.clone() });
        })
    };
    let on_curve = {
        let onchange = p.onchange.clone();
        let base = p.levers.clone();
        Callback::from(move |e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            onchange.emit(Levers { fitted_curve: on, ..base.clone() });
        })
    };
    let cur = p.currency.clone();
    html! {
        <div class="levers">
            { for SPECS.iter().map(|s| {
                let id = format!("{}-{}", p.prefix, s.key);
                let text = texts.get(s.key).cloned().unwrap_or_default();
                let err = errors.get(s.key).cloned();
                let locked = p.locked_portfolio_fields && s.from_portfolio;
                let unit = match s.unit {
                    Unit::Percent => "%".to_string(),
                    Unit::Money => cur.to_string(),
                    Unit::Count => t("scenarios-unit-clients"),
                    Unit::Years => t("scenarios-unit-years"),
                };
                let range_value = read(s.unit, &text).ok().map(|v| slider_value(s.unit, v)).unwrap_or_default();
                let label = t(s.label);
                html! {
                    <div class={classes!("lever", err.as_ref().map(|_| "has-error"))}>
                        <label for={id.clone()}>{ label.clone() }</label>
                        <div class="lever-inputs">
                            if let Some((min, max, step)) = s.slider {
                                <input type="range" aria-label={crate::i18n::ta("scenarios-lever-slider", &[("lever", label.clone().into())])} min={min.to_string()} max={max.to_string()} step={step.to_string()}
                                    value={range_value} disabled={locked} oninput={on_text(s.key, true)} tabindex="-1" />
                            }
                            <input id={id.clone()} name={id.clone()} type="text" inputmode="decimal" value={text} disabled={locked}
                                aria-invalid={if err.is_some() { "true" } else { "false" }}
                                aria-describedby={format!("{id}-msg")} oninput={on_text(s.key, false)} />
                            <span class="unit">{ unit }</span>
                        </div>
                        if let Some(e) = err { <small id={format!("{id}-msg")} class="error">{ e }</small> }
                        else if locked { <small id={format!("{id}-msg")} class="hint">{ t("scenarios-lever-from-portfolio") }</small> }
                        else if s.key == "retention" && p.levers.fitted_curve { <small id={format!("{id}-msg")} class="hint">{ t("scenarios-lever-retention-curve-hint") }</small> }
                        else if !s.hint.is_empty() { <small id={format!("{id}-msg")} class="hint">{ t(s.hint) }</small> }
                    </div>
                }
            }) }
            <div class="lever">
                <label><input type="checkbox" checked={p.levers.period == Periodicity::Month} onchange={on_period} />{ " " }{ t("scenarios-monthly") }</label>
                <small class="hint">{ t("scenarios-monthly-hint") }</small>
            </div>
            <div class="lever">
                <label><input type="checkbox" id={format!("{}-fitted_curve", p.prefix)} checked={p.levers.fitted_curve}
                    disabled={p.curve.is_none() && !p.levers.fitted_curve} onchange={on_curve} />{ " " }{ t("scenarios-fitted-curve") }</label>
                <small class="hint">{ match &p.curve {
                    Some(c) => crate::i18n::ta("scenarios-fitted-curve-hint", &[("curve", c.to_string().into())]),
                    None => t("scenarios-fitted-curve-none"),
                } }</small>
            </div>
        </div>
    }
}

//! Reusable form widgets.

use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: AttrValue,
    pub oninput: Callback<String>,
    #[prop_or_default]
    pub error: Option<String>,
    #[prop_or(AttrValue::Static("text"))]
    pub kind: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub inputmode: Option<AttrValue>,
    #[prop_or_default]
    pub required: bool,
}

/// A labelled text input with its validation message.
#[component]
pub fn Field(p: &FieldProps) -> Html {
    let oninput = {
        let cb = p.oninput.clone();
        Callback::from(move |e: InputEvent| cb.emit(e.target_unchecked_into::<HtmlInputElement>().value()))
    };
    let err_id = format!("{}-error", p.id);
    let hint_id = format!("{}-hint", p.id);
    let described = match (&p.error, &p.hint) {
        (Some(_), _) => Some(err_id.clone()),
        (None, Some(_)) => Some(hint_id.clone()),
        _ => None,
    };
    html! {
        <div class={classes!("field", p.error.as_ref().map(|_| "has-error"))}>
            <label for={p.id.clone()}>{ &p.label }{ if p.required { html!{<span aria-hidden="true">{" *"}</span>} } else { html!{} } }</label>
            <input id={p.id.clone()} name={p.id.clone()} type={p.kind.clone()} value={p.value.clone()}
                {oninput} inputmode={p.inputmode.clone()} required={p.required}
                aria-invalid={if p.error.is_some() { "true" } else { "false" }}
                aria-describedby={described} />
            if let Some(h) = &p.hint { if p.error.is_none() { <small id={hint_id} class="hint">{ h }</small> } }
            if let Some(e) = &p.error { <small id={err_id} class="error">{ e }</small> }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct SelectProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: AttrValue,
    /// (value, label) pairs.
    pub options: Vec<(AttrValue, AttrValue)>,
    pub onchange: Callback<String>,
}

/// A labelled select.
#[component]
pub fn SelectField(p: &SelectProps) -> Html {
    let onchange = {
        let cb = p.onchange.clone();
        Callback::from(move |e: Event| cb.emit(e.target_unchecked_into::<HtmlSelectElement>().value()))
    };
    html! {
        <div class="field">
            <label for={p.id.clone()}>{ &p.label }</label>
            <select id={p.id.clone()} name={p.id.clone()} {onchange}>
                { for p.options.iter().map(|(v, l)| html! {
                    <option value={v.clone()} selected={*v == p.value}>{ l }</option>
                }) }
            </select>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct TextAreaProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: AttrValue,
    pub oninput: Callback<String>,
    #[prop_or_default]
    pub error: Option<String>,
}

#[component]
pub fn TextArea(p: &TextAreaProps) -> Html {
    let oninput = {
        let cb = p.oninput.clone();
        Callback::from(move |e: InputEvent| cb.emit(e.target_unchecked_into::<HtmlTextAreaElement>().value()))
    };
    html! {
        <div class={classes!("field", "wide", p.error.as_ref().map(|_| "has-error"))}>
            <label for={p.id.clone()}>{ &p.label }</label>
            <textarea id={p.id.clone()} name={p.id.clone()} value={p.value.clone()} {oninput} rows="4" />
            if let Some(e) = &p.error { <small class="error">{ e }</small> }
        </div>
    }
}

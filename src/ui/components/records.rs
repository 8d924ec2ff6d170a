//! A small list editor for a client's dated records (interactions, ratings, care, contacts,
//! revenue history): a table of what is there and a form to add one, validated by the engine.

use std::collections::HashMap;

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::i18n::t;

#[derive(Clone, PartialEq)]
pub enum Kind {
    Text,
    Date,
    Number,
    /// (stored key, label shown) per option.
    Select(Vec<(&'static str, String)>),
}

#[derive(Clone, PartialEq)]
pub struct RecField {
    pub key: &'static str,
    pub label: String,
    pub kind: Kind,
    pub placeholder: String,
}

/// A field of the add form: `label` and `placeholder` are shown as given (already translated).
pub fn field(key: &'static str, label: impl Into<String>, kind: Kind, placeholder: impl Into<String>) -> RecField {
    RecField { key, label: label.into(), kind, placeholder: placeholder.into() }
}

pub type Texts = HashMap<&'static str, String>;
pub type Errors = HashMap<&'static str, String>;

#[derive(Properties, PartialEq)]
pub struct RecordEditorProps {
    pub id: AttrValue,
    pub title: AttrValue,
    #[prop_or_default]
    pub intro: Option<AttrValue>,
    pub fields: Vec<RecField>,
    /// Column headers, already translated.
    pub headers: Vec<String>,
    /// (index in the stored list, cells) in display order.
    pub rows: Vec<(usize, Vec<String>)>,
    /// Add a record from the form's text; returns the problems per field, if any.
    pub on_add: Callback<Texts, Result<(), Errors>>,
    pub on_remove: Callback<usize>,
    /// Texts the form starts with (e.g. today's date).
    #[prop_or_default]
    pub defaults: Texts,
}

#[component]
pub fn RecordEditor(p: &RecordEditorProps) -> Html {
    let texts = {
        let d = p.defaults.clone();
        use_state(move || d)
    };
    let errors = use_state(Errors::new);
    let set = |key: &'static str| {
        let texts = texts.clone();
        Callback::from(move |v: String| {
            let mut t = (*texts).clone();
            t.insert(key, v);
            texts.set(t);
        })
    };
    let onsubmit = {
        let texts = texts.clone();
        let errors = errors.clone();
        let on_add = p.on_add.clone();
        let defaults = p.defaults.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match on_add.emit((*texts).clone()) {
                Ok(()) => {
                    errors.set(Errors::new());
                    texts.set(defaults.clone());
                }
                Err(errs) => errors.set(errs),
            }
        })
    };
    html! {
        <div class="panel records" data-testid={format!("records-{}", p.id)}>
            <h2>{ &p.title }</h2>
            if let Some(i) = &p.intro { <p class="hint">{ i }</p> }
            if p.rows.is_empty() {
                <p class="hint">{ t("client-records-none") }</p>
            } else {
                <div class="table-wrap">
                    <table class="compact">
                        <thead><tr>{ for p.headers.iter().map(|h| html! { <th scope="col">{ h }</th> }) }<th><span class="visually-hidden">{ t("client-records-remove") }</span></th></tr></thead>
                        <tbody>{ for p.rows.iter().map(|(i, cells)| {
                            let on_remove = p.on_remove.clone();
                            let i = *i;
                            html! {
                                <tr>
                                    { for cells.iter().map(|c| html! { <td>{ c }</td> }) }
                                    <td><button type="button" class="link" aria-label={t("client-records-remove-entry")} onclick={Callback::from(move |_| on_remove.emit(i))}>{ "✕" }</button></td>
                                </tr>
                            }
                        }) }</tbody>
                    </table>
                </div>
            }
            <form class="record-form" onsubmit={onsubmit} novalidate=true>
                { for p.fields.iter().map(|f| {
                    let id = format!("{}-{}", p.id, f.key);
                    let value = texts.get(f.key).cloned().unwrap_or_default();
                    let err = errors.get(f.key).cloned();
                    let cb = set(f.key);
                    let input = match &f.kind {
                        Kind::Select(options) => {
                            let onchange = Callback::from(move |e: Event| cb.emit(e.target_unchecked_into::<HtmlSelectElement>().value()));
                            html! {
                                <select id={id.clone()} {onchange}>
                                    { for options.iter().map(|(k, l)| html! { <option value={*k} selected={value == *k}>{ l }</option> }) }
                                </select>
                            }
                        }
                        kind => {
                            let oninput = Callback::from(move |e: InputEvent| cb.emit(e.target_unchecked_into::<HtmlInputElement>().value()));
                            let (ty, mode) = match kind { Kind::Date => ("date", None), Kind::Number => ("text", Some("decimal")), _ => ("text", None) };
                            html! { <input id={id.clone()} type={ty} inputmode={mode} {value} placeholder={f.placeholder.clone()} {oninput}
                                aria-invalid={err.is_some().to_string()} /> }
                        }
                    };
                    html! {
                        <div class={classes!("field", err.as_ref().map(|_| "has-error"))}>
                            <label for={id.clone()}>{ &f.label }</label>
                            { input }
                            if let Some(e) = err { <small class="error">{ e }</small> }
                        </div>
                    }
                }) }
                <div class="field"><span class="label-spacer" aria-hidden="true">{ "\u{a0}" }</span><button type="submit">{ t("client-records-add") }</button></div>
            </form>
            if let Some(e) = errors.get("") { <p class="error" role="alert">{ e }</p> }
        </div>
    }
}

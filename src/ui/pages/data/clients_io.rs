//! Data → clients as CSV: export for a spreadsheet or CRM, and import from a CRM export with a
//! column mapping, row errors with line numbers, and nothing added until confirmed. The file's
//! encoding is detected from its bytes (UTF-8, UTF-16, Windows-1250 or -1251), shown, and can be
//! changed: the file is then decoded again.

use std::rc::Rc;

use gloo::file::callbacks::FileReader;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::engine::files::clients_csv::{export_clients, guess_client_file, import_clients, ClientFileGuess, IMPORT_FIELDS};
use crate::engine::util::encoding::{detect_encoding, TextEncoding};
use crate::i18n::{money, t, ta, tt};
use crate::ui::app::use_app;
use crate::ui::platform::browser::{download_text, read_chosen_file, today_iso};
use crate::ui::state::{Action, Edit};
use crate::worker::decode::decode;

/// A chosen file: its name, bytes and encoding, and its text in that encoding.
#[derive(Clone, PartialEq)]
struct Chosen {
    name: String,
    bytes: Rc<Vec<u8>>,
    encoding: TextEncoding,
    text: Rc<String>,
}

/// Decode `bytes` in `encoding` and guess their layout: the file to show, or why not in words.
fn open(name: String, bytes: Rc<Vec<u8>>, encoding: TextEncoding) -> Result<(Chosen, ClientFileGuess), String> {
    let text = decode(&bytes, encoding)
        .map_err(|e| ta("data-ui-clients-file-error", &[("name", name.clone().into()), ("error", tt(&e).into())]))?;
    let guess = guess_client_file(&text)
        .map_err(|e| ta("data-ui-clients-guess-error", &[("name", name.clone().into()), ("error", e.to_string().into())]))?;
    Ok((Chosen { name, bytes, encoding, text: Rc::new(text) }, guess))
}

#[component]
pub fn ClientsCsv() -> Html {
    let state = use_app();
    let file = use_state(|| None::<Chosen>);
    let guess = use_state(|| None::<ClientFileGuess>);
    let message = use_state(|| None::<Result<String, String>>);
    let reader = use_mut_ref(|| None::<FileReader>);

    let export = {
        let state = state.clone();
        let message = message.clone();
        Callback::from(move |_: MouseEvent| {
            let name = format!("clients-{}.csv", today_iso());
            let r = download_text(&name, "text/csv", &export_clients(&state.data.portfolio))
                .map(|_| ta("data-ui-downloaded", &[("name", name.clone().into())]))
                .map_err(|e| e.to_string());
            message.set(Some(r));
        })
    };
    let on_file = {
        let (file, guess, message, reader) = (file.clone(), guess.clone(), message.clone(), reader.clone());
        Callback::from(move |e: Event| {
            let (file, guess, message) = (file.clone(), guess.clone(), message.clone());
            let task = read_chosen_file(&e, 20 * 1024 * 1024, move |name, r| {
                let opened = r
                    .map_err(|e| ta("data-ui-clients-file-error", &[("name", name.clone().into()), ("error", e.into())]))
                    .and_then(|b| {
                        let encoding = detect_encoding(&b);
                        open(name, Rc::new(b), encoding)
                    });
                match opened {
                    Ok((chosen, g)) => {
                        message.set(None);
                        guess.set(Some(g));
                        file.set(Some(chosen));
                    }
                    Err(e) => message.set(Some(Err(e))),
                }
            });
            *reader.borrow_mut() = task;
        })
    };
    let on_encoding = {
        let (file, guess, message) = (file.clone(), guess.clone(), message.clone());
        Callback::from(move |e: Event| {
            let Some(encoding) = TextEncoding::from_label(&e.target_unchecked_into::<HtmlSelectElement>().value()) else {
                return;
            };
            let Some(current) = (*file).clone() else { return };
            match open(current.name.clone(), current.bytes.clone(), encoding) {
                Ok((chosen, g)) => {
                    message.set(None);
                    guess.set(Some(g));
                    file.set(Some(chosen));
                }
                // The file stays as it was read; the message says why this encoding does not do.
                Err(e) => message.set(Some(Err(e))),
            }
        })
    };
    let set_col = |i: usize| {
        let guess = guess.clone();
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
            if let Some(mut g) = (*guess).clone() {
                g.mapping[i] = v.parse().ok();
                guess.set(Some(g));
            }
        })
    };
    let preview = match (&*file, &*guess) {
        (Some(chosen), Some(g)) => {
            Some(import_clients(&chosen.text, g.delimiter, &g.mapping, &state.data.portfolio, crate::ui::scores::today()))
        }
        _ => None,
    };
    let confirm = {
        let (state, file, guess, message) = (state.clone(), file.clone(), guess.clone(), message.clone());
        let clients = preview.as_ref().map(|p| p.clients.clone()).unwrap_or_default();
        Callback::from(move |_: MouseEvent| {
            let n = clients.len();
            let mut data = state.data.clone();
            data.portfolio.clients.extend(clients.iter().cloned());
            state.dispatch(Action::Edit(Edit::Restore {
                data: Box::new(data),
                label: ta("data-ui-clients-added-undo", &[("n", n.into())]),
            }));
            message.set(Some(Ok(ta("data-ui-clients-added", &[("n", n.into())]))));
            file.set(None);
            guess.set(None);
        })
    };
    html! {
        <div class="panel" data-testid="clients-csv">
            <h2>{ t("data-ui-clients-title") }</h2>
            <p>{ t("data-ui-clients-intro") }</p>
            <div class="actions">
                <button type="button" onclick={export}>{ t("data-ui-clients-export") }</button>
                <label class="button" for="clients-file">{ t("data-ui-clients-import") }</label>
                <input id="clients-file" class="visually-hidden" type="file" accept=".csv,.txt,text/csv" onchange={on_file} />
            </div>
            { match &*message {
                Some(Ok(m)) => html! { <p class="ok-text" role="status">{ m }</p> },
                Some(Err(m)) => html! { <p class="error" role="alert" data-testid="clients-error">{ m }</p> },
                None => html! {},
            } }
            if let (Some(chosen), Some(g), Some(p)) = (&*file, &*guess, &preview) {
                <h3>{ &chosen.name }</h3>
                <div class="mapping">
                    <div class="field encoding"><label for="clients-encoding">{ t("data-encoding-label") }</label>
                        <select id="clients-encoding" data-testid="clients-encoding" onchange={on_encoding}>
                            { for TextEncoding::ALL.iter().map(|e| html! { <option value={e.label()} selected={*e == chosen.encoding}>{ t(e.name_key()) }</option> }) }
                        </select>
                        <small class="hint">{ t("data-encoding-hint") }</small></div>
                    { for IMPORT_FIELDS.iter().enumerate().map(|(i, (key, label, _))| html! {
                        <div class="field"><label for={format!("map-{key}")}>{ t(label) }</label>
                            <select id={format!("map-{key}")} onchange={set_col(i)}>
                                <option value="" selected={g.mapping[i].is_none()}>{ t("data-ui-clients-not-in-file") }</option>
                                { for g.headers.iter().enumerate().map(|(j, h)| html! { <option value={j.to_string()} selected={g.mapping[i] == Some(j)}>{ format!("{} · {h}", j + 1) }</option> }) }
                            </select></div>
                    }) }
                </div>
                <p data-testid="clients-preview">{ format!("{}{}{}.", ta("data-ui-clients-preview-new", &[("n", p.clients.len().into())]),
                    if p.existing.is_empty() { String::new() } else { ta("data-ui-clients-preview-existing", &[("n", p.existing.len().into())]) },
                    if p.error_count == 0 { String::new() } else { ta("data-ui-clients-preview-errors", &[("n", p.error_count.into())]) }) }</p>
                if !p.clients.is_empty() {
                    <ul class="hint" data-testid="clients-preview-list">{ for p.clients.iter().take(5).map(|c| html! { <li>{ if c.owner.is_empty() { format!("{} — {}", c.company, money(c.annual_revenue)) } else { format!("{} ({}) — {}", c.company, c.owner, money(c.annual_revenue)) } }</li> }) }</ul>
                }
                { for p.errors.iter().take(20).map(|e| html! { <p class="error">{ ta("data-ui-line-error", &[("line", e.line.to_string().into()), ("error", e.message.to_string().into())]) }</p> }) }
                <button type="button" class="primary" onclick={confirm} disabled={p.clients.is_empty()}>{ ta("data-ui-clients-add", &[("n", p.clients.len().into())]) }</button>
            }
        </div>
    }
}

//! Data → import a purchase history (CSV or pasted text): column mapping, a preview, row errors
//! with line numbers, a chunked parse with a progress bar, and nothing kept until confirmed.

use std::cell::RefCell;
use std::rc::Rc;

use chrono::NaiveDate;
use gloo::file::callbacks::FileReader;
use gloo::timers::callback::Timeout;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::engine::btyd::{SummaryOptions, TimeUnit};
use crate::engine::files::transactions::{
    parse_transactions, sniff, CsvSettings, ParseProgress, ParsedTransactions, TransactionParser,
};
use crate::engine::purchases::build_study;
use crate::engine::util::csv::Delimiter;
use crate::engine::util::parse::{DateFormat, DecimalSeparator};
use crate::i18n::{date, number, t, ta, Arg};
use crate::ui::app::{use_app, Route};
use crate::ui::platform::browser::read_chosen_file;
use crate::ui::state::{Action, Edit};

/// Lines parsed between two paints, so the page never freezes.
const LINES_PER_TICK: usize = 25_000;
/// Largest file read: a million purchases is about 40 MB.
const MAX_BYTES: u64 = 200 * 1024 * 1024;

/// Separators: the option value, and the message key of its label.
const DELIMITERS: [(Delimiter, &str, &str); 5] = [
    (Delimiter::Comma, "comma", crate::k!("data-ui-tx-delim-comma")),
    (Delimiter::Semicolon, "semicolon", crate::k!("data-ui-tx-delim-semicolon")),
    (Delimiter::Tab, "tab", crate::k!("data-ui-tx-delim-tab")),
    (Delimiter::Pipe, "pipe", crate::k!("data-ui-tx-delim-pipe")),
    (Delimiter::Whitespace, "spaces", crate::k!("data-ui-tx-delim-spaces")),
];

#[derive(Clone, PartialEq)]
struct Source {
    name: String,
    text: Rc<String>,
}

fn first_lines(text: &str, n: usize) -> &str {
    let mut end = 0;
    for (count, (i, _)) in text.match_indices('\n').enumerate() {
        end = i + 1;
        if count + 1 >= n {
            return &text[..end];
        }
    }
    let _ = end;
    text
}

fn date_of(text: &str) -> Result<Option<NaiveDate>, String> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(None);
    }
    NaiveDate::parse_from_str(t, "%Y-%m-%d").map(Some).map_err(|_| ta("data-ui-tx-not-a-date", &[("text", t.into())]))
}

#[component]
pub fn TransactionImport() -> Html {
    let state = use_app();
    let navigator = use_navigator();
    let source = use_state(|| None::<Source>);
    let settings = use_state(|| None::<CsvSettings>);
    let headers = use_state(Vec::<String>::new);
    let ambiguous = use_state(|| false);
    let progress = use_state(|| None::<ParseProgress>);
    let parsed = use_state(|| None::<Rc<ParsedTransactions>>);
    let error = use_state(|| None::<String>);
    let pasted = use_state(String::new);
    let unit = use_state(|| TimeUnit::Weeks);
    let obs_end = use_state(String::new);
    let cal_end = use_state(String::new);
    let busy = use_state(|| false);
    let reader = use_mut_ref(|| None::<FileReader>);
    let timer: Rc<RefCell<Option<Timeout>>> = use_mut_ref(|| None);

    // A new text: guess its layout and reset everything after.
    let load = {
        let (source, settings, headers, ambiguous, progress, parsed, error) = (
            source.clone(),
            settings.clone(),
            headers.clone(),
            ambiguous.clone(),
            progress.clone(),
            parsed.clone(),
            error.clone(),
        );
        Rc::new(move |name: String, text: String| {
            progress.set(None);
            parsed.set(None);
            match sniff(&text) {
                Ok(g) => {
                    settings.set(Some(g.settings));
                    headers.set(g.headers.clone());
                    ambiguous.set(g.date_ambiguous);
                    error.set(None);
                    source.set(Some(Source { name, text: Rc::new(text) }));
                }
                Err(e) => {
                    source.set(None);
                    settings.set(None);
                    error.set(Some(ta("data-ui-tx-unreadable", &[("name", name.into()), ("error", e.to_string().into())])));
                }
            }
        })
    };
    let on_file = {
        let load = load.clone();
        let reader = reader.clone();
        let error = error.clone();
        Callback::from(move |e: Event| {
            let load = load.clone();
            let error = error.clone();
            let task = read_chosen_file(&e, MAX_BYTES, move |name, r| {
                match r.map_err(|e| e.to_string()).and_then(|b| String::from_utf8(b).map_err(|_| t("data-ui-tx-not-utf8"))) {
                    Ok(text) => load(name, text),
                    Err(e) => error.set(Some(ta("data-ui-file-error", &[("name", name.into()), ("error", e.into())]))),
                }
            });
            *reader.borrow_mut() = task;
        })
    };
    let on_paste_text = {
        let pasted = pasted.clone();
        Callback::from(move |e: InputEvent| pasted.set(e.target_unchecked_into::<HtmlTextAreaElement>().value()))
    };
    let on_use_pasted = {
        let load = load.clone();
        let pasted = pasted.clone();
        Callback::from(move |_: MouseEvent| load(t("data-ui-tx-pasted-name"), (*pasted).clone()))
    };

    let change = |f: fn(&mut CsvSettings, &str, &[String])| {
        let settings = settings.clone();
        let headers = headers.clone();
        let parsed = parsed.clone();
        let progress = progress.clone();
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
            if let Some(mut s) = *settings {
                f(&mut s, &v, &headers);
                settings.set(Some(s));
                parsed.set(None);
                progress.set(None);
            }
        })
    };
    let on_header = {
        let settings = settings.clone();
        let parsed = parsed.clone();
        Callback::from(move |e: Event| {
            if let Some(mut s) = *settings {
                s.has_header = e.target_unchecked_into::<HtmlInputElement>().checked();
                settings.set(Some(s));
                parsed.set(None);
            }
        })
    };

    // Parse the whole text a slice at a time.
    let on_read_all = {
        let (source, settings, progress, parsed, timer, obs_end) =
            (source.clone(), settings.clone(), progress.clone(), parsed.clone(), timer.clone(), obs_end.clone());
        Callback::from(move |_: MouseEvent| {
            let (Some(src), Some(s)) = ((*source).clone(), *settings) else { return };
            let parser = Rc::new(RefCell::new(Some(TransactionParser::new(s))));
            fn tick(
                parser: Rc<RefCell<Option<TransactionParser>>>,
                text: Rc<String>,
                progress: UseStateHandle<Option<ParseProgress>>,
                parsed: UseStateHandle<Option<Rc<ParsedTransactions>>>,
                obs_end: UseStateHandle<String>,
                timer: Rc<RefCell<Option<Timeout>>>,
            ) {
                let p = match parser.borrow_mut().as_mut() {
                    Some(pr) => pr.parse_lines(&text, LINES_PER_TICK),
                    None => return,
                };
                progress.set(Some(p));
                if p.finished {
                    if let Some(pr) = parser.borrow_mut().take() {
                        let done = pr.finish();
                        if let Some((_, last)) = done.data.date_range() {
                            obs_end.set(last.to_string());
                        }
                        parsed.set(Some(Rc::new(done)));
                    }
                } else {
                    let t2 = timer.clone();
                    let next = Timeout::new(0, move || tick(parser, text, progress, parsed, obs_end, t2));
                    *timer.borrow_mut() = Some(next);
                }
            }
            parsed.set(None);
            tick(parser, src.text.clone(), progress.clone(), parsed.clone(), obs_end.clone(), timer.clone());
        })
    };

    let on_confirm = {
        let (source, parsed, unit, obs_end, cal_end, error, busy, state) = (
            source.clone(),
            parsed.clone(),
            unit.clone(),
            obs_end.clone(),
            cal_end.clone(),
            error.clone(),
            busy.clone(),
            state.clone(),
        );
        let navigator = navigator.clone();
        Callback::from(move |_: MouseEvent| {
            let (Some(src), Some(p)) = ((*source).clone(), (*parsed).clone()) else { return };
            let ends = date_of(&obs_end).and_then(|o| Ok((o, date_of(&cal_end)?)));
            let (obs, cal) = match ends {
                Ok((Some(o), c)) => (o, c),
                Ok((None, _)) => return error.set(Some(t("data-ui-tx-obs-missing"))),
                Err(e) => return error.set(Some(e)),
            };
            if cal.is_some_and(|c| c >= obs) {
                return error.set(Some(t("data-ui-tx-cal-after-obs")));
            }
            busy.set(true);
            let options = SummaryOptions { unit: *unit, observation_end: obs, calibration_end: cal, round_decimals: None };
            let (state, error, busy, navigator) = (state.clone(), error.clone(), busy.clone(), navigator.clone());
            // Let "Fitting…" paint before the work starts.
            Timeout::new(30, move || {
                match build_study(&src.name, &p.data, &options) {
                    Ok(study) => {
                        state.dispatch(Action::Edit(Edit::SetPurchases(Some(Box::new(study)))));
                        if let Some(n) = &navigator {
                            n.push(&Route::Purchases);
                        }
                    }
                    Err(e) => error.set(Some(ta("data-ui-tx-fit-failed", &[("error", e.to_string().into())]))),
                }
                busy.set(false);
            })
            .forget();
        })
    };

    let preview = match (&*source, &*settings) {
        (Some(src), Some(s)) => Some(parse_transactions(first_lines(&src.text, 11), *s)),
        _ => None,
    };
    let col_options = |selected: Option<usize>, optional: bool| -> Html {
        html! { <>
            if optional { <option value="" selected={selected.is_none()}>{ t("data-ui-tx-none") }</option> }
            { for headers.iter().enumerate().map(|(i, h)| html! { <option value={i.to_string()} selected={selected == Some(i)}>{ format!("{} · {h}", i + 1) }</option> }) }
        </> }
    };
    let on_obs = {
        let obs_end = obs_end.clone();
        Callback::from(move |e: InputEvent| obs_end.set(e.target_unchecked_into::<HtmlInputElement>().value()))
    };
    let on_cal = {
        let cal_end = cal_end.clone();
        Callback::from(move |e: InputEvent| cal_end.set(e.target_unchecked_into::<HtmlInputElement>().value()))
    };
    let on_unit = {
        let unit = unit.clone();
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
            unit.set(match v.as_str() {
                "days" => TimeUnit::Days,
                "months" => TimeUnit::Months,
                _ => TimeUnit::Weeks,
            });
        })
    };

    html! {
        <div class="panel" data-testid="transaction-import">
            <h2>{ t("data-ui-tx-title") }</h2>
            <p>{ t("data-ui-tx-intro") }</p>
            <div class="actions">
                <label class="button" for="tx-file">{ t("data-ui-tx-choose-file") }</label>
                <input id="tx-file" class="visually-hidden" type="file" accept=".csv,.txt,.tsv,text/csv,text/plain" onchange={on_file} />
                <span class="hint">{ t("data-ui-tx-or-paste") }</span>
            </div>
            <details>
                <summary>{ t("data-ui-tx-paste") }</summary>
                <textarea aria-label={t("data-ui-tx-pasted-label")} rows="5" value={(*pasted).clone()} oninput={on_paste_text}
                    placeholder={t("data-ui-tx-paste-placeholder")} />
                <button type="button" onclick={on_use_pasted}>{ t("data-ui-tx-use-pasted") }</button>
            </details>
            if let Some(e) = &*error { <p class="error" role="alert" data-testid="tx-error">{ e }</p> }
            if let (Some(src), Some(s)) = (&*source, &*settings) {
                <h3>{ ta("data-ui-tx-file-size", &[("name", src.name.clone().into()), ("bytes", src.text.len().into())]) }</h3>
                <div class="mapping">
                    <div class="field"><label for="tx-delim">{ t("data-ui-tx-separator") }</label>
                        <select id="tx-delim" onchange={change(|s, v, _| if let Some((d, _, _)) = DELIMITERS.iter().find(|(_, value, _)| *value == v) { s.delimiter = *d })}>
                            { for DELIMITERS.iter().map(|(d, value, label)| html! { <option value={*value} selected={*d == s.delimiter}>{ t(label) }</option> }) }
                        </select></div>
                    <div class="field"><label class="check"><input type="checkbox" checked={s.has_header} onchange={on_header} />{ " " }{ t("data-ui-tx-has-header") }</label></div>
                    <div class="field"><label for="tx-customer">{ t("data-ui-tx-customer-column") }</label>
                        <select id="tx-customer" onchange={change(|s, v, _| if let Ok(i) = v.parse() { s.columns.customer = i })}>{ col_options(Some(s.columns.customer), false) }</select></div>
                    <div class="field"><label for="tx-date">{ t("data-ui-tx-date-column") }</label>
                        <select id="tx-date" onchange={change(|s, v, _| if let Ok(i) = v.parse() { s.columns.date = i })}>{ col_options(Some(s.columns.date), false) }</select></div>
                    <div class="field"><label for="tx-amount">{ t("data-ui-tx-amount-column") }</label>
                        <select id="tx-amount" onchange={change(|s, v, _| if let Ok(i) = v.parse() { s.columns.amount = i })}>{ col_options(Some(s.columns.amount), false) }</select></div>
                    <div class="field"><label for="tx-qty">{ t("data-ui-tx-quantity-column") }</label>
                        <select id="tx-qty" onchange={change(|s, v, _| s.columns.quantity = v.parse().ok())}>{ col_options(s.columns.quantity, true) }</select></div>
                    <div class="field"><label for="tx-datefmt">{ t("data-ui-tx-date-format") }</label>
                        <select id="tx-datefmt" onchange={change(|s, v, _| if let Some(f) = DateFormat::ALL.iter().find(|f| f.pattern() == v) { s.date_format = *f })}>
                            { for DateFormat::ALL.iter().map(|f| html! { <option value={f.pattern()} selected={*f == s.date_format}>{ f.pattern() }</option> }) }
                        </select>
                        if *ambiguous { <small class="error">{ t("data-ui-tx-date-ambiguous") }</small> }
                    </div>
                    <div class="field"><label for="tx-decimal">{ t("data-ui-tx-decimal") }</label>
                        <select id="tx-decimal" onchange={change(|s, v, _| s.decimal = if v == "comma" { DecimalSeparator::Comma } else { DecimalSeparator::Dot })}>
                            <option value="dot" selected={s.decimal == DecimalSeparator::Dot}>{ t("data-ui-tx-decimal-dot") }</option>
                            <option value="comma" selected={s.decimal == DecimalSeparator::Comma}>{ t("data-ui-tx-decimal-comma") }</option>
                        </select></div>
                </div>
                if let Some(pv) = &preview {
                    <p class="hint">{ t("data-ui-tx-preview-hint") }</p>
                    <div class="table-wrap"><table class="compact" data-testid="tx-preview">
                        <thead><tr><th>{ t("data-ui-tx-col-customer") }</th><th>{ t("data-ui-tx-col-date") }</th><th class="num">{ t("data-ui-tx-col-amount") }</th><th class="num">{ t("data-ui-tx-col-quantity") }</th></tr></thead>
                        <tbody>{ for pv.data.transactions.iter().take(10).map(|t| html! {
                            <tr><td>{ pv.data.customer_ids.get(t.customer as usize).cloned().unwrap_or_default() }</td><td>{ date(t.date) }</td>
                                <td class="num">{ number(t.amount, 2) }</td><td class="num">{ t.quantity.map(|q| number(q, 3)).unwrap_or_default() }</td></tr>
                        }) }</tbody>
                    </table></div>
                    { for pv.errors.iter().take(5).map(|e| html! { <p class="error">{ ta("data-ui-line-error", &[("line", e.line.to_string().into()), ("error", e.message.to_string().into())]) }</p> }) }
                }
                <div class="actions">
                    <button type="button" class="primary" data-testid="tx-read-all" onclick={on_read_all} disabled={progress.is_some_and(|p| !p.finished)}>{ t("data-ui-tx-read-all") }</button>
                </div>
                if let Some(p) = &*progress {
                    <div class="progress">
                        <progress max="1" value={format!("{:.3}", p.fraction())} aria-label={t("data-ui-tx-reading")}></progress>
                        <span data-testid="tx-progress">{ {
                            let counts: [(&str, Arg); 3] = [("lines", p.lines_read.into()), ("purchases", p.rows_ok.into()), ("problems", p.error_count.into())];
                            if p.finished { ta("data-ui-tx-progress-done", &counts) } else { ta("data-ui-tx-progress", &counts) }
                        } }</span>
                    </div>
                }
                if let Some(done) = &*parsed {
                    <div class="import-summary" data-testid="tx-summary">
                        <p>{ {
                            let counts: [(&str, Arg); 2] = [("purchases", done.data.transactions.len().into()), ("customers", done.data.customer_ids.len().into())];
                            match done.data.date_range() {
                                Some((a, b)) => ta("data-ui-tx-ready-range", &[counts[0].clone(), counts[1].clone(), ("from", a.into()), ("to", b.into())]),
                                None => ta("data-ui-tx-ready", &counts),
                            }
                        } }</p>
                        if done.error_count > 0 {
                            <details open=true><summary class="error">{ ta("data-ui-tx-skipped", &[("n", done.error_count.into())]) }</summary>
                                <ul>{ for done.errors.iter().take(20).map(|e| html! { <li>{ ta("data-ui-line-error", &[("line", e.line.to_string().into()), ("error", e.message.to_string().into())]) }</li> }) }</ul>
                            </details>
                        }
                        <div class="mapping">
                            <div class="field"><label for="tx-unit">{ t("data-ui-tx-unit") }</label>
                                <select id="tx-unit" onchange={on_unit}>
                                    <option value="days" selected={*unit == TimeUnit::Days}>{ t("data-ui-tx-unit-days") }</option>
                                    <option value="weeks" selected={*unit == TimeUnit::Weeks}>{ t("data-ui-tx-unit-weeks") }</option>
                                    <option value="months" selected={*unit == TimeUnit::Months}>{ t("data-ui-tx-unit-months") }</option>
                                </select></div>
                            <div class="field"><label for="tx-obs">{ t("data-ui-tx-observation-end") }</label>
                                <input id="tx-obs" type="date" value={(*obs_end).clone()} oninput={on_obs} /></div>
                            <div class="field"><label for="tx-cal">{ t("data-ui-tx-calibration-end") }</label>
                                <input id="tx-cal" type="date" value={(*cal_end).clone()} oninput={on_cal} />
                                <small class="hint">{ t("data-ui-tx-calibration-hint") }</small></div>
                        </div>
                        <button type="button" class="primary" data-testid="tx-import" onclick={on_confirm} disabled={*busy}>{ if *busy { t("data-ui-tx-fitting") } else { t("data-ui-tx-import") } }</button>
                        if state.data.purchases.is_some() { <span class="hint">{ " " }{ t("data-ui-tx-replaces") }</span> }
                    </div>
                }
            }
        </div>
    }
}

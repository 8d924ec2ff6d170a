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

use crate::engine::btyd::csv::{DateFormat, DecimalSeparator, Delimiter, ParseProgress, ParsedTransactions};
use crate::engine::btyd::{parse_transactions, sniff, CsvSettings, SummaryOptions, TimeUnit, TransactionParser};
use crate::engine::format::group_thousands;
use crate::engine::purchases::build_study;
use crate::ui::app::{use_app, Route};
use crate::ui::browser::read_chosen_file;
use crate::ui::state::{Action, Edit};

/// Lines parsed between two paints, so the page never freezes.
const LINES_PER_TICK: usize = 25_000;
/// Largest file read: a million purchases is about 40 MB.
const MAX_BYTES: u64 = 200 * 1024 * 1024;

const DELIMITERS: [(Delimiter, &str); 5] = [
    (Delimiter::Comma, "Comma ,"),
    (Delimiter::Semicolon, "Semicolon ;"),
    (Delimiter::Tab, "Tab"),
    (Delimiter::Pipe, "Pipe |"),
    (Delimiter::Whitespace, "Spaces"),
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
    NaiveDate::parse_from_str(t, "%Y-%m-%d").map(Some).map_err(|_| format!("“{t}” is not a date (YYYY-MM-DD)."))
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
        let (source, settings, headers, ambiguous, progress, parsed, error) =
            (source.clone(), settings.clone(), headers.clone(), ambiguous.clone(), progress.clone(), parsed.clone(), error.clone());
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
                    error.set(Some(format!("“{name}” cannot be read as transactions: {e}.")));
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
            let task = read_chosen_file(&e, MAX_BYTES, move |name, r| match r.and_then(|b| String::from_utf8(b).map_err(|_| "it is not UTF-8 text; save it as CSV (UTF-8) and try again".to_string())) {
                Ok(text) => load(name, text),
                Err(e) => error.set(Some(format!("“{name}”: {e}."))),
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
        Callback::from(move |_: MouseEvent| load("pasted text".into(), (*pasted).clone()))
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
        let (source, parsed, unit, obs_end, cal_end, error, busy, state) =
            (source.clone(), parsed.clone(), unit.clone(), obs_end.clone(), cal_end.clone(), error.clone(), busy.clone(), state.clone());
        let navigator = navigator.clone();
        Callback::from(move |_: MouseEvent| {
            let (Some(src), Some(p)) = ((*source).clone(), (*parsed).clone()) else { return };
            let ends = date_of(&obs_end).and_then(|o| Ok((o, date_of(&cal_end)?)));
            let (obs, cal) = match ends {
                Ok((Some(o), c)) => (o, c),
                Ok((None, _)) => return error.set(Some("Give the observation end date.".into())),
                Err(e) => return error.set(Some(e)),
            };
            if cal.is_some_and(|c| c >= obs) {
                return error.set(Some("The calibration period must end before the observation end (the rest is the holdout).".into()));
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
                    Err(e) => error.set(Some(format!("The models could not be fitted: {e}."))),
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
            if optional { <option value="" selected={selected.is_none()}>{ "(none)" }</option> }
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
            unit.set(match v.as_str() { "days" => TimeUnit::Days, "months" => TimeUnit::Months, _ => TimeUnit::Weeks });
        })
    };

    html! {
        <div class="panel" data-testid="transaction-import">
            <h2>{ "Import a purchase history" }</h2>
            <p>{ "A CSV file of purchases (customer id, date, amount; optionally quantity), from a shop or an accounting export. \
                  The app fits “buy till you die” models on it to estimate which customers are still active and what they are worth. \
                  Only the per-customer summary and the fitted models are kept, not the transactions." }</p>
            <div class="actions">
                <label class="button" for="tx-file">{ "Choose CSV file…" }</label>
                <input id="tx-file" class="visually-hidden" type="file" accept=".csv,.txt,.tsv,text/csv,text/plain" onchange={on_file} />
                <span class="hint">{ "or paste below" }</span>
            </div>
            <details>
                <summary>{ "Paste transactions" }</summary>
                <textarea aria-label="Pasted transactions" rows="5" value={(*pasted).clone()} oninput={on_paste_text}
                    placeholder={"customer;date;amount\nC-1;2025-03-01;120,50"} />
                <button type="button" onclick={on_use_pasted}>{ "Use the pasted text" }</button>
            </details>
            if let Some(e) = &*error { <p class="error" role="alert" data-testid="tx-error">{ e }</p> }
            if let (Some(src), Some(s)) = (&*source, &*settings) {
                <h3>{ format!("{} — {} bytes", src.name, group_thousands(src.text.len() as f64)) }</h3>
                <div class="mapping">
                    <div class="field"><label for="tx-delim">{ "Separator" }</label>
                        <select id="tx-delim" onchange={change(|s, v, _| if let Some((d, _)) = DELIMITERS.iter().find(|(_, l)| *l == v) { s.delimiter = *d })}>
                            { for DELIMITERS.iter().map(|(d, l)| html! { <option value={*l} selected={*d == s.delimiter}>{ *l }</option> }) }
                        </select></div>
                    <div class="field"><label class="check"><input type="checkbox" checked={s.has_header} onchange={on_header} />{ " First line is a header" }</label></div>
                    <div class="field"><label for="tx-customer">{ "Customer id column" }</label>
                        <select id="tx-customer" onchange={change(|s, v, _| if let Ok(i) = v.parse() { s.columns.customer = i })}>{ col_options(Some(s.columns.customer), false) }</select></div>
                    <div class="field"><label for="tx-date">{ "Date column" }</label>
                        <select id="tx-date" onchange={change(|s, v, _| if let Ok(i) = v.parse() { s.columns.date = i })}>{ col_options(Some(s.columns.date), false) }</select></div>
                    <div class="field"><label for="tx-amount">{ "Amount column" }</label>
                        <select id="tx-amount" onchange={change(|s, v, _| if let Ok(i) = v.parse() { s.columns.amount = i })}>{ col_options(Some(s.columns.amount), false) }</select></div>
                    <div class="field"><label for="tx-qty">{ "Quantity column" }</label>
                        <select id="tx-qty" onchange={change(|s, v, _| s.columns.quantity = v.parse().ok())}>{ col_options(s.columns.quantity, true) }</select></div>
                    <div class="field"><label for="tx-datefmt">{ "Date format" }</label>
                        <select id="tx-datefmt" onchange={change(|s, v, _| if let Some(f) = DateFormat::ALL.iter().find(|f| f.pattern() == v) { s.date_format = *f })}>
                            { for DateFormat::ALL.iter().map(|f| html! { <option value={f.pattern()} selected={*f == s.date_format}>{ f.pattern() }</option> }) }
                        </select>
                        if *ambiguous { <small class="error">{ "Both DD/MM/YYYY and MM/DD/YYYY fit these dates: choose the right one." }</small> }
                    </div>
                    <div class="field"><label for="tx-decimal">{ "Decimal separator" }</label>
                        <select id="tx-decimal" onchange={change(|s, v, _| s.decimal = if v == "comma" { DecimalSeparator::Comma } else { DecimalSeparator::Dot })}>
                            <option value="dot" selected={s.decimal == DecimalSeparator::Dot}>{ "Dot: 1,234.50" }</option>
                            <option value="comma" selected={s.decimal == DecimalSeparator::Comma}>{ "Comma: 1.234,50" }</option>
                        </select></div>
                </div>
                if let Some(pv) = &preview {
                    <p class="hint">{ "Preview of the first lines as they will be read:" }</p>
                    <div class="table-wrap"><table class="compact" data-testid="tx-preview">
                        <thead><tr><th>{ "Customer" }</th><th>{ "Date" }</th><th class="num">{ "Amount" }</th><th class="num">{ "Quantity" }</th></tr></thead>
                        <tbody>{ for pv.data.transactions.iter().take(10).map(|t| html! {
                            <tr><td>{ pv.data.customer_ids.get(t.customer as usize).cloned().unwrap_or_default() }</td><td>{ t.date.to_string() }</td>
                                <td class="num">{ format!("{:.2}", t.amount) }</td><td class="num">{ t.quantity.map(|q| q.to_string()).unwrap_or_default() }</td></tr>
                        }) }</tbody>
                    </table></div>
                    { for pv.errors.iter().take(5).map(|e| html! { <p class="error">{ format!("Line {}: {}", e.line, e.message) }</p> }) }
                }
                <div class="actions">
                    <button type="button" class="primary" onclick={on_read_all} disabled={progress.is_some_and(|p| !p.finished)}>{ "Read all lines" }</button>
                </div>
                if let Some(p) = &*progress {
                    <div class="progress">
                        <progress max="1" value={format!("{:.3}", p.fraction())} aria-label="Reading the file"></progress>
                        <span data-testid="tx-progress">{ format!("{} lines read, {} purchases, {} problems{}", group_thousands(p.lines_read as f64),
                            group_thousands(p.rows_ok as f64), group_thousands(p.error_count as f64), if p.finished { " — done" } else { "…" }) }</span>
                    </div>
                }
                if let Some(done) = &*parsed {
                    <div class="import-summary" data-testid="tx-summary">
                        <p>{ format!("Ready to import {} purchases of {} customers{}.",
                            group_thousands(done.data.transactions.len() as f64), group_thousands(done.data.customer_ids.len() as f64),
                            done.data.date_range().map(|(a, b)| format!(", from {a} to {b}")).unwrap_or_default()) }</p>
                        if done.error_count > 0 {
                            <details open=true><summary class="error">{ format!("{} lines were skipped:", group_thousands(done.error_count as f64)) }</summary>
                                <ul>{ for done.errors.iter().take(20).map(|e| html! { <li>{ format!("Line {}: {}", e.line, e.message) }</li> }) }</ul>
                            </details>
                        }
                        <div class="mapping">
                            <div class="field"><label for="tx-unit">{ "Time unit" }</label>
                                <select id="tx-unit" onchange={on_unit}>
                                    <option value="days" selected={*unit == TimeUnit::Days}>{ "Days" }</option>
                                    <option value="weeks" selected={*unit == TimeUnit::Weeks}>{ "Weeks" }</option>
                                    <option value="months" selected={*unit == TimeUnit::Months}>{ "Months" }</option>
                                </select></div>
                            <div class="field"><label for="tx-obs">{ "Observation ends" }</label>
                                <input id="tx-obs" type="date" value={(*obs_end).clone()} oninput={on_obs} /></div>
                            <div class="field"><label for="tx-cal">{ "Calibration ends (optional)" }</label>
                                <input id="tx-cal" type="date" value={(*cal_end).clone()} oninput={on_cal} />
                                <small class="hint">{ "Fit on purchases up to this date; the rest checks the forecast" }</small></div>
                        </div>
                        <button type="button" class="primary" onclick={on_confirm} disabled={*busy}>{ if *busy { "Fitting…" } else { "Import and fit the models" } }</button>
                        if state.data.purchases.is_some() { <span class="hint">{ " This replaces the purchase history imported before." }</span> }
                    </div>
                }
            }
        </div>
    }
}

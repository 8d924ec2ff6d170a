//! Data → import a purchase history (CSV or pasted text): column mapping, a preview, row errors
//! with line numbers, a chunked parse with a progress bar, and nothing kept until confirmed.
//! The state and its reducer are in `ui/import_state.rs`; this draws them and runs the parse.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::file::callbacks::FileReader;
use gloo::timers::callback::Timeout;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::engine::btyd::TimeUnit;
use crate::engine::files::transactions::TransactionParser;
use crate::engine::purchases::build_study;
use crate::engine::util::csv::Delimiter;
use crate::engine::util::parse::{DateFormat, DecimalSeparator};
use crate::i18n::{date, number, t, ta, tt, Arg, Text};
use crate::ui::app::{use_app, Route};
use crate::ui::import_state::{ImportAction, ImportState, Setting};
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

impl Reducible for ImportState {
    type Action = ImportAction;
    fn reduce(self: Rc<Self>, action: ImportAction) -> Rc<Self> {
        Rc::new(Rc::unwrap_or_clone(self).reduce(action))
    }
}

/// The pending slice of the parse under way, if any; dropping it stops the parse.
type Ticker = Rc<RefCell<Option<Timeout>>>;

/// Read one slice of `text`, report it for `generation`, and schedule the next slice.
fn tick(
    mut parser: TransactionParser,
    text: Rc<String>,
    generation: u64,
    dispatch: UseReducerDispatcher<ImportState>,
    ticker: Ticker,
) {
    let progress = parser.parse_lines(&text, LINES_PER_TICK);
    dispatch.dispatch(ImportAction::Progress { generation, progress });
    if progress.finished {
        dispatch.dispatch(ImportAction::Parsed { generation, parsed: Rc::new(parser.finish()) });
    } else {
        let next_ticker = ticker.clone();
        let next = Timeout::new(0, move || tick(parser, text, generation, dispatch, next_ticker));
        *ticker.borrow_mut() = Some(next);
    }
}

#[component]
pub fn TransactionImport() -> Html {
    let state = use_app();
    let navigator = use_navigator();
    let import = use_reducer(ImportState::default);
    let reader = use_mut_ref(|| None::<FileReader>);
    let ticker: Ticker = use_mut_ref(|| None);

    // A new text or new settings: the parse of the old ones stops (the reducer would drop its
    // reports anyway). Also when the page closes.
    {
        let ticker = ticker.clone();
        use_effect_with(import.generation, move |_| move || drop(ticker.borrow_mut().take()));
    }

    let on_file = {
        let dispatch = import.dispatcher();
        let reader = reader.clone();
        Callback::from(move |e: Event| {
            let dispatch = dispatch.clone();
            let task = read_chosen_file(&e, MAX_BYTES, move |name, r| {
                let text = r
                    .map_err(Arg::from)
                    .and_then(|b| String::from_utf8(b).map_err(|_| Arg::from(Text::new("data-ui-tx-not-utf8"))));
                dispatch.dispatch(match text {
                    Ok(text) => ImportAction::Load { name, text },
                    Err(e) => ImportAction::Error(Text::new("data-ui-file-error").arg("name", name).arg("error", e)),
                });
            });
            *reader.borrow_mut() = task;
        })
    };
    let on_paste_text = {
        let dispatch = import.dispatcher();
        Callback::from(move |e: InputEvent| {
            dispatch.dispatch(ImportAction::Paste(e.target_unchecked_into::<HtmlTextAreaElement>().value()))
        })
    };
    let on_use_pasted = {
        let import = import.clone();
        Callback::from(move |_: MouseEvent| {
            import.dispatch(ImportAction::Load { name: t("data-ui-tx-pasted-name"), text: import.pasted.clone() })
        })
    };

    // A select of the mapping: its value read as a setting (values are the page's own options).
    let change = |f: fn(&str) -> Option<Setting>| {
        let dispatch = import.dispatcher();
        Callback::from(move |e: Event| {
            if let Some(setting) = f(&e.target_unchecked_into::<HtmlSelectElement>().value()) {
                dispatch.dispatch(ImportAction::Set(setting));
            }
        })
    };
    let on_header = {
        let dispatch = import.dispatcher();
        Callback::from(move |e: Event| {
            dispatch.dispatch(ImportAction::Set(Setting::HasHeader(e.target_unchecked_into::<HtmlInputElement>().checked())))
        })
    };

    // Parse the whole text a slice at a time, tagged with the generation it belongs to.
    let on_read_all = {
        let (import, ticker) = (import.clone(), ticker.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(src) = &import.source else { return };
            let (parser, text, generation) = (TransactionParser::new(src.settings), src.text.clone(), import.generation);
            drop(ticker.borrow_mut().take());
            import.dispatch(ImportAction::StartParse { generation });
            tick(parser, text, generation, import.dispatcher(), ticker.clone());
        })
    };

    let on_confirm = {
        let (import, state, navigator) = (import.clone(), state.clone(), navigator.clone());
        Callback::from(move |_: MouseEvent| {
            let request = match import.fit_request() {
                Some(Ok(request)) => request,
                Some(Err(e)) => return import.dispatch(ImportAction::Error(e)),
                None => return,
            };
            import.dispatch(ImportAction::Fitting);
            let (state, dispatch, navigator) = (state.clone(), import.dispatcher(), navigator.clone());
            // Let "Fitting…" paint before the work starts.
            Timeout::new(30, move || {
                let error = match build_study(&request.name, &request.parsed.data, &request.options) {
                    Ok(study) => {
                        state.dispatch(Action::Edit(Edit::SetPurchases(Some(Box::new(study)))));
                        if let Some(n) = &navigator {
                            n.push(&Route::Purchases);
                        }
                        None
                    }
                    Err(e) => Some(Text::new("data-ui-tx-fit-failed").arg("error", e.text().clone())),
                };
                dispatch.dispatch(ImportAction::FitDone(error));
            })
            .forget();
        })
    };

    let preview = import.preview();
    let headers = import.source.as_ref().map(|s| s.headers.as_slice()).unwrap_or_default();
    let col_options = |selected: Option<usize>, optional: bool| -> Html {
        html! { <>
            if optional { <option value="" selected={selected.is_none()}>{ t("data-ui-tx-none") }</option> }
            { for headers.iter().enumerate().map(|(i, h)| html! { <option value={i.to_string()} selected={selected == Some(i)}>{ format!("{} · {h}", i + 1) }</option> }) }
        </> }
    };
    let on_obs = {
        let dispatch = import.dispatcher();
        Callback::from(move |e: InputEvent| {
            dispatch.dispatch(ImportAction::ObservationEnd(e.target_unchecked_into::<HtmlInputElement>().value()))
        })
    };
    let on_cal = {
        let dispatch = import.dispatcher();
        Callback::from(move |e: InputEvent| {
            dispatch.dispatch(ImportAction::CalibrationEnd(e.target_unchecked_into::<HtmlInputElement>().value()))
        })
    };
    let on_unit = {
        let dispatch = import.dispatcher();
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
            dispatch.dispatch(ImportAction::Unit(match v.as_str() {
                "days" => TimeUnit::Days,
                "months" => TimeUnit::Months,
                _ => TimeUnit::Weeks,
            }));
        })
    };
    let (unit, busy) = (import.unit, import.busy);

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
                <textarea aria-label={t("data-ui-tx-pasted-label")} rows="5" value={import.pasted.clone()} oninput={on_paste_text}
                    placeholder={t("data-ui-tx-paste-placeholder")} />
                <button type="button" onclick={on_use_pasted}>{ t("data-ui-tx-use-pasted") }</button>
            </details>
            if let Some(e) = &import.error { <p class="error" role="alert" data-testid="tx-error">{ tt(e) }</p> }
            if let Some((src, s)) = import.source.as_ref().map(|src| (src, src.settings)) {
                <h3>{ ta("data-ui-tx-file-size", &[("name", src.name.clone().into()), ("bytes", src.text.len().into())]) }</h3>
                <div class="mapping">
                    <div class="field"><label for="tx-delim">{ t("data-ui-tx-separator") }</label>
                        <select id="tx-delim" onchange={change(|v| DELIMITERS.iter().find(|(_, value, _)| *value == v).map(|(d, _, _)| Setting::Delimiter(*d)))}>
                            { for DELIMITERS.iter().map(|(d, value, label)| html! { <option value={*value} selected={*d == s.delimiter}>{ t(label) }</option> }) }
                        </select></div>
                    <div class="field"><label class="check"><input type="checkbox" checked={s.has_header} onchange={on_header} />{ " " }{ t("data-ui-tx-has-header") }</label></div>
                    <div class="field"><label for="tx-customer">{ t("data-ui-tx-customer-column") }</label>
                        <select id="tx-customer" onchange={change(|v| v.parse().ok().map(Setting::Customer))}>{ col_options(Some(s.columns.customer), false) }</select></div>
                    <div class="field"><label for="tx-date">{ t("data-ui-tx-date-column") }</label>
                        <select id="tx-date" onchange={change(|v| v.parse().ok().map(Setting::Date))}>{ col_options(Some(s.columns.date), false) }</select></div>
                    <div class="field"><label for="tx-amount">{ t("data-ui-tx-amount-column") }</label>
                        <select id="tx-amount" onchange={change(|v| v.parse().ok().map(Setting::Amount))}>{ col_options(Some(s.columns.amount), false) }</select></div>
                    <div class="field"><label for="tx-qty">{ t("data-ui-tx-quantity-column") }</label>
                        <select id="tx-qty" onchange={change(|v| Some(Setting::Quantity(v.parse().ok())))}>{ col_options(s.columns.quantity, true) }</select></div>
                    <div class="field"><label for="tx-datefmt">{ t("data-ui-tx-date-format") }</label>
                        <select id="tx-datefmt" onchange={change(|v| DateFormat::ALL.iter().find(|f| f.pattern() == v).map(|f| Setting::DateFormat(*f)))}>
                            { for DateFormat::ALL.iter().map(|f| html! { <option value={f.pattern()} selected={*f == s.date_format}>{ f.pattern() }</option> }) }
                        </select>
                        if src.date_ambiguous { <small class="error">{ t("data-ui-tx-date-ambiguous") }</small> }
                    </div>
                    <div class="field"><label for="tx-decimal">{ t("data-ui-tx-decimal") }</label>
                        <select id="tx-decimal" onchange={change(|v| Some(Setting::Decimal(if v == "comma" { DecimalSeparator::Comma } else { DecimalSeparator::Dot })))}>
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
                    <button type="button" class="primary" data-testid="tx-read-all" onclick={on_read_all} disabled={import.reading()}>{ t("data-ui-tx-read-all") }</button>
                </div>
                if let Some(p) = &import.progress {
                    <div class="progress">
                        <progress max="1" value={format!("{:.3}", p.fraction())} aria-label={t("data-ui-tx-reading")}></progress>
                        <span data-testid="tx-progress">{ {
                            let counts: [(&str, Arg); 3] = [("lines", p.lines_read.into()), ("purchases", p.rows_ok.into()), ("problems", p.error_count.into())];
                            if p.finished { ta("data-ui-tx-progress-done", &counts) } else { ta("data-ui-tx-progress", &counts) }
                        } }</span>
                    </div>
                }
                if let Some(done) = &import.parsed {
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
                                    <option value="days" selected={unit == TimeUnit::Days}>{ t("data-ui-tx-unit-days") }</option>
                                    <option value="weeks" selected={unit == TimeUnit::Weeks}>{ t("data-ui-tx-unit-weeks") }</option>
                                    <option value="months" selected={unit == TimeUnit::Months}>{ t("data-ui-tx-unit-months") }</option>
                                </select></div>
                            <div class="field"><label for="tx-obs">{ t("data-ui-tx-observation-end") }</label>
                                <input id="tx-obs" type="date" value={import.observation_end.clone()} oninput={on_obs} /></div>
                            <div class="field"><label for="tx-cal">{ t("data-ui-tx-calibration-end") }</label>
                                <input id="tx-cal" type="date" value={import.calibration_end.clone()} oninput={on_cal} />
                                <small class="hint">{ t("data-ui-tx-calibration-hint") }</small></div>
                        </div>
                        <button type="button" class="primary" data-testid="tx-import" onclick={on_confirm} disabled={busy}>{ if busy { t("data-ui-tx-fitting") } else { t("data-ui-tx-import") } }</button>
                        if state.data.purchases.is_some() { <span class="hint">{ " " }{ t("data-ui-tx-replaces") }</span> }
                    </div>
                }
            }
        </div>
    }
}

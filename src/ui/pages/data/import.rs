//! Data → import a purchase history (CSV or pasted text): column mapping, a preview, row errors
//! with line numbers, and nothing kept until confirmed. The state and its reducer are in
//! `ui/import_state.rs`; this draws them and runs the jobs.
//!
//! The page reads only the first lines of a file (for the layout and the preview). Reading the
//! whole text, summarising and fitting run in the import worker (`crate::worker`): the page sends
//! the text a slice at a time ([`Feed`]) and shows the worker's progress stage by stage. Cancel,
//! another file or another setting terminate the worker at once (dropping its [`Job`]); the next
//! job starts a fresh one. The worker keeps the text it read, so confirming fits at once; after a
//! cancelled fit the text is read again first.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo::file::callbacks::FileReader;
use gloo::file::File;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::engine::btyd::occasions::OccasionUnit;
use crate::engine::btyd::TimeUnit;
use crate::engine::util::csv::Delimiter;
use crate::engine::util::encoding::TextEncoding;
use crate::engine::util::parse::{DateFormat, DecimalSeparator};
use crate::i18n::{date, number, t, ta, tt, Arg, Text};
use crate::ui::app::{use_app, AppCtx, Route};
use crate::ui::import_state::{reply_action, ImportAction, ImportState, Setting, Source, Work, SAMPLE_BYTES};
use crate::ui::platform::browser::{chosen_file, read_slice};
use crate::ui::state::{Action, Edit};
use crate::worker::link::{Sender, WorkerLink};
use crate::worker::protocol::{Feed, FeedStep, ReadProgress, Reply, Request, Stage, CHUNK_BYTES};

/// Counting time per occasion: the unit, the option value, and the message key of its label.
const OCCASION_CHOICES: [(OccasionUnit, &str, &str); 3] = [
    (OccasionUnit::Years, "years", crate::k!("data-occasions-per-years")),
    (OccasionUnit::Quarters, "quarters", crate::k!("data-occasions-per-quarters")),
    (OccasionUnit::Months, "months", crate::k!("data-occasions-per-months")),
];

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

/// Where a job's text comes from: the chosen file, read a slice at a time, or the pasted text.
#[derive(Clone)]
enum Origin {
    File(File),
    Text(Rc<String>),
}

/// The page's side of one job: the text's slices still to send, and what follows them.
struct Feeder {
    job: u64,
    name: String,
    feed: Feed,
    origin: Origin,
    sender: Sender,
    /// The file slice being read (dropping it cancels the read).
    reading: Option<FileReader>,
    /// Sent once the text is complete: the fit to run on it.
    then: Option<Request>,
    on_failure: Rc<dyn Fn(Text)>,
}

/// Send what the feed allows now: text slices (at most two unanswered), then `Finish` and the fit.
fn pump(feeder: &Rc<RefCell<Feeder>>) {
    loop {
        let mut f = feeder.borrow_mut();
        match f.feed.next_step() {
            FeedStep::Wait => return,
            FeedStep::Finish => {
                f.sender.send(&Request::Finish { job: f.job });
                if let Some(then) = f.then.take() {
                    f.sender.send(&then);
                }
                return;
            }
            FeedStep::Read { start, end } => match f.origin.clone() {
                Origin::Text(text) => {
                    let at = |n: u64| usize::try_from(n).unwrap_or(usize::MAX);
                    let bytes = text.as_bytes().get(at(start)..at(end)).unwrap_or_default().to_vec();
                    f.sender.send(&Request::Chunk { job: f.job, bytes });
                    f.feed.sent();
                }
                Origin::File(file) => {
                    let weak = Rc::downgrade(feeder);
                    f.reading = Some(read_slice(&file, start, end, move |result| {
                        let Some(feeder) = weak.upgrade() else { return };
                        match result {
                            Ok(bytes) => {
                                {
                                    let mut f = feeder.borrow_mut();
                                    f.sender.send(&Request::Chunk { job: f.job, bytes });
                                    f.feed.sent();
                                }
                                pump(&feeder);
                            }
                            Err(error) => {
                                let (fail, name) = {
                                    let f = feeder.borrow();
                                    (f.on_failure.clone(), f.name.clone())
                                };
                                fail(Text::new("data-ui-file-error").arg("name", name).arg("error", error));
                            }
                        }
                    }));
                    return;
                }
            },
        }
    }
}

/// A job under way (or done, its worker still holding the text). Dropping it terminates the
/// worker at once and stops the feed; nothing the job sent afterwards arrives.
struct Job {
    generation: u64,
    id: u64,
    sender: Sender,
    /// The worker holds the whole text of `generation` (a fit can start at once).
    holds_text: Rc<Cell<bool>>,
    _link: WorkerLink,
    _feeder: Rc<RefCell<Feeder>>,
}

/// What every job needs from the page.
#[derive(Clone)]
struct Page {
    dispatch: UseReducerDispatcher<ImportState>,
    app: AppCtx,
    navigator: Option<Navigator>,
    next_id: Rc<RefCell<u64>>,
}

impl Page {
    /// Start a worker and send it the whole text of `src` (with `fit`, then that fit request,
    /// whose job id is filled in). The reducer must have been told (`StartRead`) first.
    fn start(&self, generation: u64, src: &Source, origin: Origin, fit: Option<Request>) -> Result<Job, Text> {
        let id = {
            let mut n = self.next_id.borrow_mut();
            *n += 1;
            *n
        };
        let holds_text = Rc::new(Cell::new(false));
        let on_failure: Rc<dyn Fn(Text)> = {
            let (dispatch, holds_text) = (self.dispatch.clone(), holds_text.clone());
            Rc::new(move |error| {
                holds_text.set(false);
                dispatch.dispatch(ImportAction::Failed { generation, error });
            })
        };
        // The feeder needs the link's sender and the link's replies need the feeder: the link
        // starts with a slot the feeder fills.
        let slot: Rc<RefCell<Option<Rc<RefCell<Feeder>>>>> = Rc::new(RefCell::new(None));
        let on_reply = {
            let (page, slot, holds_text) = (self.clone(), slot.clone(), holds_text.clone());
            move |reply: Reply| {
                if reply.job() != id {
                    return;
                }
                match &reply {
                    Reply::Read { .. } => {
                        let feeder = slot.borrow().clone();
                        if let Some(feeder) = feeder {
                            feeder.borrow_mut().feed.answered();
                            pump(&feeder);
                        }
                    }
                    Reply::Parsed { .. } => holds_text.set(true),
                    _ => {}
                }
                let (action, study) = reply_action(generation, reply);
                if let Some(study) = study {
                    page.app.dispatch(Action::Edit(Edit::SetPurchases(Some(study))));
                    if let Some(n) = &page.navigator {
                        n.push(&Route::Purchases);
                    }
                }
                page.dispatch.dispatch(action);
            }
        };
        let link = WorkerLink::spawn(on_reply, {
            let on_failure = on_failure.clone();
            move |error| on_failure(error)
        })?;
        let sender = link.sender();
        let (encoding, total_bytes) = src.feed();
        sender.send(&Request::Begin { job: id, settings: src.settings, total_bytes, encoding });
        let then = fit.map(|request| match request {
            Request::Fit { source, options, .. } => Request::Fit { job: id, source, options },
            Request::FitOccasions { source, unit, end, .. } => Request::FitOccasions { job: id, source, unit, end },
            other => other,
        });
        let feeder = Rc::new(RefCell::new(Feeder {
            job: id,
            name: src.name.clone(),
            feed: Feed::new(total_bytes, CHUNK_BYTES),
            origin,
            sender: sender.clone(),
            reading: None,
            then,
            on_failure,
        }));
        *slot.borrow_mut() = Some(feeder.clone());
        pump(&feeder);
        Ok(Job { generation, id, sender, holds_text, _link: link, _feeder: feeder })
    }
}

/// The words for what the worker is doing.
fn stage_text(work: Work, progress: Option<&ReadProgress>) -> String {
    let stage = match work.stage {
        Stage::Reading => {
            let done = Arg::Percent(Some(progress.map_or(0.0, ReadProgress::fraction)));
            ta("data-ui-tx-stage-reading", &[("percent", done)])
        }
        Stage::Summarising => t("data-ui-tx-stage-summarising"),
        Stage::FittingBgNbd => t("data-ui-tx-stage-fitting-bgnbd"),
        Stage::FittingParetoNbd => t("data-ui-tx-stage-fitting-pareto"),
        Stage::FittingGammaGamma => t("data-ui-tx-stage-fitting-gamma"),
        Stage::Validating => t("data-ui-tx-stage-validating"),
        Stage::Saving => t("data-ui-tx-stage-saving"),
        Stage::CountingOccasions => t("data-occasions-stage-counting"),
        Stage::FittingBgBb => t("data-occasions-stage-fitting"),
    };
    if work.fit && Stage::ALL.contains(&work.stage) {
        let step = ta("data-ui-tx-step", &[("step", work.stage.number().into()), ("steps", Stage::ALL.len().into())]);
        format!("{step} · {stage}")
    } else {
        stage
    }
}

/// How much of the job is done, 0 to 1: the share of the text read, or for a fit the stages done.
fn work_fraction(work: Work, progress: Option<&ReadProgress>) -> f64 {
    let reading = if work.stage == Stage::Reading { progress.map_or(0.0, ReadProgress::fraction) } else { 0.0 };
    if matches!(work.stage, Stage::CountingOccasions | Stage::FittingBgBb) {
        // A fit per occasion: counting, fitting, saving (the fit of a few patterns is quick).
        return if work.stage == Stage::CountingOccasions { 1.0 / 3.0 } else { 2.0 / 3.0 };
    }
    if work.fit {
        ((work.stage.number() - 1) as f64 + reading) / Stage::ALL.len() as f64
    } else {
        reading
    }
}

#[component]
pub fn TransactionImport() -> Html {
    let state = use_app();
    let navigator = use_navigator();
    let import = use_reducer(ImportState::default);
    let reader = use_mut_ref(|| None::<FileReader>);
    // The chosen file, for the worker to read whole (the page read only its first lines).
    let file = use_mut_ref(|| None::<File>);
    let job = use_mut_ref(|| None::<Job>);
    let next_id = use_mut_ref(|| 0u64);
    let page = Page { dispatch: import.dispatcher(), app: state.clone(), navigator: navigator.clone(), next_id };

    // A new text or new settings: the job for the old ones is terminated (the reducer would drop
    // its reports anyway). Also when the page closes.
    {
        let job = job.clone();
        use_effect_with(import.generation, move |_| move || drop(job.borrow_mut().take()))
    };

    let on_file = {
        let (dispatch, reader, file, job) = (import.dispatcher(), reader.clone(), file.clone(), job.clone());
        let generation = import.generation;
        Callback::from(move |e: Event| {
            let Some((name, chosen)) = chosen_file(&e, MAX_BYTES) else { return };
            // Picking another file stops the job under way now (the file's first lines arrive
            // later, or it cannot be read at all).
            if job.borrow_mut().take().is_some() {
                dispatch.dispatch(ImportAction::Cancel { generation });
            }
            let chosen = match chosen {
                Ok(chosen) => chosen,
                Err(error) => {
                    return dispatch
                        .dispatch(ImportAction::Error(Text::new("data-ui-file-error").arg("name", name).arg("error", error)))
                }
            };
            let (dispatch, file, bytes) = (dispatch.clone(), file.clone(), chosen.size());
            let sample = read_slice(&chosen, 0, SAMPLE_BYTES.min(bytes), {
                let chosen = chosen.clone();
                move |r| {
                    dispatch.dispatch(match r {
                        Ok(head) => {
                            *file.borrow_mut() = Some(chosen);
                            ImportAction::LoadFile { name, head, bytes }
                        }
                        Err(e) => ImportAction::Error(Text::new("data-ui-file-error").arg("name", name).arg("error", e)),
                    });
                }
            });
            *reader.borrow_mut() = Some(sample);
        })
    };
    let on_paste_text = {
        let dispatch = import.dispatcher();
        Callback::from(move |e: InputEvent| {
            dispatch.dispatch(ImportAction::Paste(e.target_unchecked_into::<HtmlTextAreaElement>().value()))
        })
    };
    let on_use_pasted = {
        let (import, file) = (import.clone(), file.clone());
        Callback::from(move |_: MouseEvent| {
            *file.borrow_mut() = None;
            let text = import.pasted.clone();
            let bytes = text.len() as u64;
            import.dispatch(ImportAction::Load { name: t("data-ui-tx-pasted-name"), text, bytes })
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
    let on_encoding = {
        let dispatch = import.dispatcher();
        Callback::from(move |e: Event| {
            if let Some(encoding) = TextEncoding::from_label(&e.target_unchecked_into::<HtmlSelectElement>().value()) {
                dispatch.dispatch(ImportAction::Encoding(encoding));
            }
        })
    };
    let on_header = {
        let dispatch = import.dispatcher();
        Callback::from(move |e: Event| {
            dispatch.dispatch(ImportAction::Set(Setting::HasHeader(e.target_unchecked_into::<HtmlInputElement>().checked())))
        })
    };

    // Start a job reading the whole current text (and fitting `fit` on it), tagged with the
    // generation it belongs to.
    let start_job = {
        let (import, file, job, page) = (import.clone(), file.clone(), job.clone(), page.clone());
        move |fit: Option<Request>| {
            let Some(src) = &import.source else { return };
            let origin = match (src.is_whole(), file.borrow().clone()) {
                (true, _) => Origin::Text(src.text.clone()),
                (false, Some(f)) => Origin::File(f),
                (false, None) => return,
            };
            drop(job.borrow_mut().take());
            let generation = import.generation;
            import.dispatch(ImportAction::StartRead { generation, fit: fit.is_some() });
            match page.start(generation, src, origin, fit) {
                Ok(started) => *job.borrow_mut() = Some(started),
                Err(error) => import.dispatch(ImportAction::Failed { generation, error }),
            }
        }
    };

    let on_read_all = {
        let start_job = start_job.clone();
        Callback::from(move |_: MouseEvent| start_job(None))
    };

    let on_confirm = {
        let (import, job) = (import.clone(), job.clone());
        Callback::from(move |_: MouseEvent| {
            let request = match import.fit_request() {
                Some(Ok(request)) => request,
                Some(Err(e)) => return import.dispatch(ImportAction::Error(e)),
                None => return,
            };
            let generation = import.generation;
            // The worker that read the text still holds it: fit at once. Otherwise (its job was
            // cancelled) read it again first.
            let held = job
                .borrow()
                .as_ref()
                .filter(|j| j.generation == generation && j.holds_text.get())
                .map(|j| (j.id, j.sender.clone()));
            match held {
                Some((id, sender)) => {
                    import.dispatch(ImportAction::StartFit { generation });
                    sender.send(&request.request(id));
                }
                None => start_job(Some(request.request(0))),
            }
        })
    };

    let on_cancel = {
        let (dispatch, job, generation) = (import.dispatcher(), job.clone(), import.generation);
        Callback::from(move |_: MouseEvent| {
            drop(job.borrow_mut().take());
            dispatch.dispatch(ImportAction::Cancel { generation });
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
    let on_time = {
        let dispatch = import.dispatcher();
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
            dispatch
                .dispatch(ImportAction::Occasions(OCCASION_CHOICES.iter().find(|(_, value, _)| *value == v).map(|(u, _, _)| *u)));
        })
    };
    let (unit, busy, fitting, occasions) = (import.unit, import.busy(), import.fitting(), import.occasions);

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
                <h3>{ ta("data-ui-tx-file-size", &[("name", src.name.clone().into()), ("bytes", (src.bytes as f64).into())]) }</h3>
                <div class="mapping">
                    if let Some(encoding) = src.encoding {
                        <div class="field encoding"><label for="tx-encoding">{ t("data-encoding-label") }</label>
                            <select id="tx-encoding" data-testid="tx-encoding" onchange={on_encoding.clone()}>
                                { for TextEncoding::ALL.iter().map(|e| html! { <option value={e.label()} selected={*e == encoding}>{ t(e.name_key()) }</option> }) }
                            </select>
                            <small class="hint">{ t("data-encoding-hint") }</small></div>
                    }
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
                        { match import.parsed.as_deref() {
                            // After a read, every line of the file has been judged.
                            Some(d) if d.date_ambiguous => html! { <small class="error" data-testid="tx-date-ambiguous">{ t("data-ui-tx-date-ambiguous-file") }</small> },
                            Some(d) if !d.date_formats.is_empty() && !d.date_formats.contains(&s.date_format) => html! {
                                <small class="error" data-testid="tx-date-other">{ ta("data-ui-tx-date-file-reads", &[("format", d.date_formats[0].pattern().into())]) }</small>
                            },
                            Some(_) => html! {},
                            None if src.date_ambiguous => html! { <small class="error" data-testid="tx-date-ambiguous">{ t("data-ui-tx-date-ambiguous") }</small> },
                            None => html! {},
                        } }
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
                    <button type="button" class="primary" data-testid="tx-read-all" onclick={on_read_all} disabled={busy}>{ t("data-ui-tx-read-all") }</button>
                </div>
                if let Some(work) = import.work {
                    <div class="progress" role="status" data-testid="tx-work" data-stage={work.stage.key()}>
                        <progress max="1" value={format!("{:.3}", work_fraction(work, import.progress.as_ref()))} aria-label={t("data-ui-tx-work-label")}></progress>
                        <span data-testid="tx-stage">{ stage_text(work, import.progress.as_ref()) }</span>
                        <button type="button" data-testid="tx-cancel" onclick={on_cancel}>{ t("data-ui-tx-cancel") }</button>
                    </div>
                    <p class="hint">{ t("data-ui-tx-background") }</p>
                }
                if let Some(p) = &import.progress {
                    <p class="hint" data-testid="tx-progress">{ {
                        let counts: [(&str, Arg); 3] = [("lines", p.lines_read.into()), ("purchases", p.rows_ok.into()), ("problems", p.error_count.into())];
                        if p.finished { ta("data-ui-tx-progress-done", &counts) } else { ta("data-ui-tx-progress", &counts) }
                    } }</p>
                }
                if import.cancelled { <p class="hint" role="status" data-testid="tx-cancelled">{ t("data-ui-tx-cancelled") }</p> }
                if let Some(done) = &import.parsed {
                    <div class="import-summary" data-testid="tx-summary">
                        <p>{ {
                            let counts: [(&str, Arg); 2] = [("purchases", done.transactions.into()), ("customers", done.customers.into())];
                            match done.date_range() {
                                Some((a, b)) => ta("data-ui-tx-ready-range", &[counts[0].clone(), counts[1].clone(), ("from", a.into()), ("to", b.into())]),
                                None => ta("data-ui-tx-ready", &counts),
                            }
                        } }</p>
                        if done.error_count > 0 {
                            <details open=true><summary class="error">{ ta("data-ui-tx-skipped", &[("n", done.error_count.into())]) }</summary>
                                <ul>{ for done.errors().iter().take(20).map(|e| html! { <li>{ ta("data-ui-line-error", &[("line", e.line.to_string().into()), ("error", e.message.to_string().into())]) }</li> }) }</ul>
                            </details>
                        }
                        <div class="field occasions-choice"><label for="tx-time">{ t("data-occasions-label") }</label>
                            <select id="tx-time" data-testid="tx-time" onchange={on_time} disabled={busy}>
                                <option value="continuous" selected={occasions.is_none()}>{ t("data-occasions-continuous") }</option>
                                { for OCCASION_CHOICES.iter().map(|(u, value, label)| html! { <option value={*value} selected={occasions == Some(*u)}>{ t(label) }</option> }) }
                            </select>
                            <small class="hint" data-testid="tx-time-hint">{ if occasions.is_some() { t("data-occasions-hint-occasions") } else { t("data-occasions-hint-continuous") } }</small></div>
                        <div class="mapping">
                            if occasions.is_none() {
                            <div class="field"><label for="tx-unit">{ t("data-ui-tx-unit") }</label>
                                <select id="tx-unit" onchange={on_unit}>
                                    <option value="days" selected={unit == TimeUnit::Days}>{ t("data-ui-tx-unit-days") }</option>
                                    <option value="weeks" selected={unit == TimeUnit::Weeks}>{ t("data-ui-tx-unit-weeks") }</option>
                                    <option value="months" selected={unit == TimeUnit::Months}>{ t("data-ui-tx-unit-months") }</option>
                                </select></div>
                            }
                            <div class="field"><label for="tx-obs">{ t("data-ui-tx-observation-end") }</label>
                                <input id="tx-obs" type="date" value={import.observation_end.clone()} oninput={on_obs} />
                                if occasions.is_some() { <small class="hint">{ t("data-occasions-observation-hint") }</small> }
                                if let Some(note) = import.partial_occasion() { <small class="error" data-testid="tx-partial-occasion">{ tt(&note) }</small> }</div>
                            if occasions.is_none() {
                            <div class="field"><label for="tx-cal">{ t("data-ui-tx-calibration-end") }</label>
                                <input id="tx-cal" type="date" value={import.calibration_end.clone()} oninput={on_cal} />
                                <small class="hint">{ t("data-ui-tx-calibration-hint") }</small></div>
                            }
                        </div>
                        <button type="button" class="primary" data-testid="tx-import" onclick={on_confirm} disabled={busy}>{ if fitting { t("data-ui-tx-fitting") } else { t("data-ui-tx-import") } }</button>
                        if state.data.purchases.is_some() { <span class="hint">{ " " }{ t("data-ui-tx-replaces") }</span> }
                    </div>
                }
            }
        </div>
    }
}

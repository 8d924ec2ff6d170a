//! Summary import: a CSV of per-customer frequency, recency and T (or of weighted histories at
//! occasions), in a unit the user states; its rows checked with line-numbered errors, then the
//! models fitted and the study kept as after a transaction import.

use std::rc::Rc;

use gloo::file::callbacks::FileReader;
use web_sys::HtmlSelectElement;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::engine::btyd::TimeUnit;
use crate::engine::files::summary_csv::{parse_summary, SummaryFile, SummaryUnit};
use crate::i18n::{t, ta, Text};
use crate::ui::app::{use_app, Route};
use crate::ui::platform::browser::read_chosen_file;
use crate::ui::scores::today;
use crate::ui::state::{Action, Edit};
use crate::worker::link::WorkerLink;
use crate::worker::protocol::{Reply, Request};

/// The largest summary file read (a summary has one short line per customer).
const MAX_BYTES: u64 = 64 * 1024 * 1024;

#[derive(Clone, PartialEq)]
struct Loaded {
    name: String,
    text: Rc<String>,
}

#[component]
pub fn SummaryImport() -> Html {
    let state = use_app();
    let navigator = use_navigator();
    let unit = use_state(|| SummaryUnit::Time(TimeUnit::Weeks));
    let loaded = use_state(|| None::<Loaded>);
    let problem = use_state(|| None::<String>);
    let reader = use_mut_ref(|| None::<FileReader>);
    // The worker fitting a summary of customers (dropped, and so terminated, with the page).
    let link = use_mut_ref(|| None::<WorkerLink>);
    let fitting = use_state(|| false);
    let parsed: Option<Result<Rc<SummaryFile>, Text>> = {
        let (loaded, unit) = ((*loaded).clone(), *unit);
        let memo = use_memo((loaded.as_ref().map(|l| Rc::as_ptr(&l.text) as usize), unit), move |_| {
            loaded.map(|l| parse_summary(&l.text, unit).map(Rc::new))
        });
        (*memo).clone()
    };
    let on_file = {
        let (loaded, problem, reader) = (loaded.clone(), problem.clone(), reader.clone());
        Callback::from(move |e: Event| {
            let (loaded, problem) = (loaded.clone(), problem.clone());
            *reader.borrow_mut() = read_chosen_file(&e, MAX_BYTES, move |name, bytes| match bytes.map(String::from_utf8) {
                Ok(Ok(text)) => {
                    problem.set(None);
                    loaded.set(Some(Loaded { name, text: Rc::new(text) }));
                }
                Ok(Err(_)) => {
                    problem.set(Some(Text::new("data-ui-file-error").arg("name", name).arg("error", "UTF-8").to_string()))
                }
                Err(error) => {
                    problem.set(Some(Text::new("data-ui-file-error").arg("name", name).arg("error", error).to_string()))
                }
            });
        })
    };
    let on_unit = {
        let unit = unit.clone();
        Callback::from(move |e: Event| {
            if let Some(u) = SummaryUnit::from_key(&e.target_unchecked_into::<HtmlSelectElement>().value()) {
                unit.set(u);
            }
        })
    };
    let on_use = {
        let (state, problem, loaded, parsed, link, fitting) =
            (state.clone(), problem.clone(), loaded.clone(), parsed.clone(), link.clone(), fitting.clone());
        Callback::from(move |_: MouseEvent| {
            let (Some(l), Some(Ok(file))) = (&*loaded, &parsed) else { return };
            let done = {
                let (state, navigator) = (state.clone(), navigator.clone());
                move |study| {
                    state.dispatch(Action::Edit(Edit::SetPurchases(Some(study))));
                    if let Some(n) = &navigator {
                        n.push(&Route::Purchases);
                    }
                }
            };
            // Every summary is fitted in the import worker (customers: Pareto/NBD among the fits;
            // occasions: BG/BB), so no purchase model is fitted on the page's thread or linked
            // into its module.
            let on_reply = {
                let (problem, fitting) = (problem.clone(), fitting.clone());
                move |reply: Reply| match reply {
                    Reply::Study { study, .. } => {
                        fitting.set(false);
                        done(study.0)
                    }
                    Reply::Failed { error, .. } => {
                        fitting.set(false);
                        problem.set(Some(error.0.to_string()))
                    }
                    _ => {}
                }
            };
            let on_failure = {
                let (problem, fitting) = (problem.clone(), fitting.clone());
                move |e: Text| {
                    fitting.set(false);
                    problem.set(Some(e.to_string()))
                }
            };
            match WorkerLink::spawn(on_reply, on_failure) {
                Ok(w) => {
                    fitting.set(true);
                    problem.set(None);
                    w.sender().send(&Request::FitSummary {
                        job: 1,
                        source: l.name.clone(),
                        text: (*l.text).clone(),
                        unit: file.unit,
                        as_of: today(),
                    });
                    *link.borrow_mut() = Some(w);
                }
                Err(e) => problem.set(Some(e.to_string())),
            }
        })
    };
    html! {
        <div class="panel" data-testid="summary-import">
            <h2>{ t("data-summary-title") }</h2>
            <p class="hint">{ t("data-summary-intro") }</p>
            <div class="mapping">
                <div class="field"><label for="si-unit">{ t("data-summary-unit") }</label>
                    <select id="si-unit" onchange={on_unit} data-testid="summary-unit">
                        { for SummaryUnit::ALL.iter().map(|u| html! { <option value={u.key()} selected={*u == *unit}>{ u.label().to_string() }</option> }) }
                    </select></div>
            </div>
            <div class="actions">
                <label class="button" for="si-file">{ t("data-summary-file") }</label>
                <input id="si-file" class="visually-hidden" type="file" accept=".csv,.txt,text/csv,text/plain" onchange={on_file} data-testid="summary-file" />
            </div>
            if let Some(p) = &*problem { <p class="error" role="alert">{ p }</p> }
            { match &parsed {
                None => html! {},
                Some(Err(e)) => html! { <p class="error" role="alert" data-testid="summary-error">{ e.to_string() }</p> },
                Some(Ok(f)) => html! { <>
                    <p data-testid="summary-read">{ ta("data-summary-read", &[("rows", (f.customers.len() + f.histories.len() + f.error_count).into()), ("customers", f.represented.into())]) }</p>
                    if f.error_count > 0 {
                        <div class="banner warn" data-testid="summary-row-errors">
                            <p>{ ta("data-summary-row-errors", &[("n", f.error_count.into())]) }</p>
                            <ul>{ for f.errors.iter().map(|e| html! { <li>{ e.text().to_string() }</li> }) }</ul>
                        </div>
                    } else {
                        <button type="button" class="primary" onclick={on_use} data-testid="summary-use" disabled={*fitting}>{ t("data-summary-use") }</button>
                        if *fitting { <p role="status" data-testid="summary-fitting">{ t("data-summary-fitting") }</p> }
                    }
                </> },
            } }
        </div>
    }
}

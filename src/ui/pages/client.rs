//! One client: its figures and the edit form.

use std::collections::HashMap;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::engine::format::{money, percent};
use crate::engine::model::{
    CareActivityDraft, CareKind, Channel, Client, ClientDraft, ClientRecords, ContactDraft, FieldError, InteractionDraft,
    RatingDraft, RevenuePointDraft, Stage,
};
use crate::engine::portfolio::profitability;
use crate::engine::scoring::Contribution;
use crate::ui::app::{use_app, Route};
use crate::ui::browser::today_iso;
use crate::ui::records::{field, Errors, Kind, RecordEditor, Texts};
use crate::ui::scores::use_scores;
use crate::ui::state::{Action, Edit};
use crate::ui::widgets::{Field, SelectField, TextArea};

#[derive(Properties, PartialEq)]
pub struct ClientPageProps {
    pub id: String,
}

#[component]
pub fn ClientPage(props: &ClientPageProps) -> Html {
    let state = use_app();
    let navigator = use_navigator();
    let is_new = props.id == "new";
    let existing = state.data.portfolio.client(&props.id).cloned();
    let draft = {
        let initial = existing.as_ref().map(ClientDraft::from_client).unwrap_or_default();
        use_state(move || initial)
    };
    let errors = use_state(HashMap::<&'static str, String>::new);
    let saved_message = use_state(|| None::<String>);

    if !is_new && existing.is_none() {
        return html! {
            <section class="empty">
                <h1>{ "Client not found" }</h1>
                <p>{ format!("There is no client with the id “{}”. It may have been deleted.", props.id) }</p>
                <Link<Route> to={Route::Portfolio} classes="button">{ "Back to the portfolio" }</Link<Route>>
            </section>
        };
    }

    let set = |f: fn(&mut ClientDraft, String)| {
        let draft = draft.clone();
        let saved_message = saved_message.clone();
        Callback::from(move |v: String| {
            let mut d = (*draft).clone();
            f(&mut d, v);
            draft.set(d);
            saved_message.set(None);
        })
    };
    let onsubmit = {
        let draft = draft.clone();
        let errors = errors.clone();
        let state = state.clone();
        let saved_message = saved_message.clone();
        let navigator = navigator.clone();
        let id = if is_new { state.data.portfolio.next_id() } else { props.id.clone() };
        let demo = existing.as_ref().map(|c| c.demo).unwrap_or(false);
        let stored_dossier = existing.as_ref().map(|c| c.dossier.clone());
        let stored_records = existing.as_ref().map(|c| ClientRecords {
            contacts: c.contacts.clone(),
            revenue_history: c.revenue_history.clone(),
            interactions: c.interactions.clone(),
            care_activities: c.care_activities.clone(),
            ratings: c.ratings.clone(),
        });
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            // Records are edited (and saved) in their own lists below; never overwrite them with
            // the copy the form started from.
            let mut d = (*draft).clone();
            if let Some(r) = &stored_records {
                d.records = r.clone();
            }
            if let Some(dossier) = &stored_dossier {
                d.dossier = dossier.clone();
            }
            match d.validate(&id, demo) {
                Ok(mut client) => {
                    errors.set(HashMap::new());
                    client.updated_at = Some(crate::store::local::now_iso());
                    state.dispatch(Action::Edit(Edit::UpsertClient(client)));
                    if is_new {
                        if let Some(nav) = &navigator {
                            nav.push(&Route::Client { id: id.clone() });
                        }
                    } else {
                        saved_message.set(Some("Changes saved.".into()));
                    }
                }
                Err(list) => {
                    errors.set(list.into_iter().map(|fe| (fe.field, fe.message)).collect());
                    saved_message.set(None);
                }
            }
        })
    };
    let ondelete = {
        let state = state.clone();
        let navigator = navigator.clone();
        let id = props.id.clone();
        Callback::from(move |_: MouseEvent| {
            state.dispatch(Action::Edit(Edit::DeleteClient(id.clone())));
            if let Some(nav) = &navigator {
                nav.push(&Route::Portfolio);
            }
        })
    };
    let err = |f: &str| errors.get(f).cloned();
    let cur = state.data.portfolio.currency.clone();
    let stage_options: Vec<(AttrValue, AttrValue)> =
        Stage::ALL.iter().map(|s| (AttrValue::Static(s.key()), AttrValue::Static(s.label()))).collect();
    let title = existing.as_ref().map(|c| c.company.clone()).unwrap_or_else(|| "New client".into());

    html! {
        <section aria-labelledby="client-title">
            <nav class="crumbs" aria-label="Breadcrumb">
                <Link<Route> to={Route::Portfolio}>{ "Portfolio" }</Link<Route>>{ " › " }<span>{ &title }</span>
            </nav>
            <div class="page-head">
                <h1 id="client-title">{ &title }</h1>
                if existing.as_ref().is_some_and(|c| c.demo) { <span class="tag">{ "demo client" }</span> }
            </div>
            if let Some(c) = &existing {
                <crate::ui::brief::Brief client={c.clone()} currency={cur.clone()} />
                <ClientScoresView id={c.id.clone()} currency={cur.clone()} />
                <PurchaseModelCard id={c.id.clone()} currency={cur.clone()} />
                <ClientWhatIf client={c.clone()} currency={cur.clone()} />
            }
            <form class="client-form" onsubmit={onsubmit} novalidate=true>
                if !errors.is_empty() {
                    <div class="banner error" role="alert" data-testid="form-errors">
                        <p>{ "Please correct the highlighted fields; nothing was saved yet." }</p>
                    </div>
                }
                <fieldset>
                    <legend>{ "Client" }</legend>
                    <Field id="company" label="Company" value={draft.company.clone()} oninput={set(|d, v| d.company = v)} error={err("company")} required=true />
                    <Field id="industry" label="Industry" value={draft.industry.clone()} oninput={set(|d, v| d.industry = v)} error={err("industry")} />
                    <Field id="client_manager" label="Client's manager" value={draft.client_manager.clone()} oninput={set(|d, v| d.client_manager = v)} error={err("client_manager")} hint="The decision-maker on the client's side" />
                    <Field id="owner" label="Account owner (ours)" value={draft.owner.clone()} oninput={set(|d, v| d.owner = v)} error={err("owner")} />
                    <Field id="start_date" label="Client since" kind="date" value={draft.start_date.clone()} oninput={set(|d, v| d.start_date = v)} error={err("start_date")} />
                    <SelectField id="stage" label="Journey stage" value={if draft.stage.is_empty() { AttrValue::Static("active") } else { AttrValue::from(draft.stage.clone()) }} options={stage_options} onchange={set(|d, v| d.stage = v)} />
                </fieldset>
                <fieldset>
                    <legend>{ format!("Money per year ({cur})") }</legend>
                    <Field id="annual_revenue" label="Annual revenue" inputmode="decimal" value={draft.annual_revenue.clone()} oninput={set(|d, v| d.annual_revenue = v)} error={err("annual_revenue")} hint="e.g. 120000 or 120.000,50" />
                    <Field id="direct_cost" label="Direct cost" inputmode="decimal" value={draft.direct_cost.clone()} oninput={set(|d, v| d.direct_cost = v)} error={err("direct_cost")} hint="People, subcontractors, licences for this client's work" />
                    <Field id="cost_to_serve" label="Cost to serve" inputmode="decimal" value={draft.cost_to_serve.clone()} oninput={set(|d, v| d.cost_to_serve = v)} error={err("cost_to_serve")} hint="Account management, meetings, free extras" />
                </fieldset>
                <fieldset>
                    <legend>{ "Relationship" }</legend>
                    <Field id="manager_changed_on" label="Client's manager changed on" kind="date" value={draft.manager_changed_on.clone()} oninput={set(|d, v| d.manager_changed_on = v)} error={err("manager_changed_on")} hint="A new decision-maker is a classic reason to leave" />
                    <Field id="contract_end" label="Contract or project ends" kind="date" value={draft.contract_end.clone()} oninput={set(|d, v| d.contract_end = v)} error={err("contract_end")} />
                    <Field id="contact_cadence_days" label="Agreed contact every (days)" inputmode="numeric" value={draft.contact_cadence_days.clone()} oninput={set(|d, v| d.contact_cadence_days = v)} error={err("contact_cadence_days")} hint="Empty: the default from Settings" />
                    <Field id="share_of_wallet" label="Share of wallet (%)" inputmode="decimal" value={draft.share_of_wallet.clone()} oninput={set(|d, v| d.share_of_wallet = v)} error={err("share_of_wallet")} hint="Our share of what it buys in our category" />
                    <Field id="referrals" label="Referrals made" inputmode="numeric" value={draft.referrals.clone()} oninput={set(|d, v| d.referrals = v)} error={err("referrals")} />
                    <Field id="open_complaints" label="Open complaints" inputmode="numeric" value={draft.open_complaints.clone()} oninput={set(|d, v| d.open_complaints = v)} error={err("open_complaints")} />
                    <div class="field">
                        <label class="check"><input type="checkbox" checked={draft.competitor_activity} onchange={{
                            let draft = draft.clone();
                            Callback::from(move |e: Event| { let mut d = (*draft).clone(); d.competitor_activity = e.target_unchecked_into::<web_sys::HtmlInputElement>().checked(); draft.set(d); })
                        }} />{ " A competitor is active at this client" }</label>
                        <label class="check"><input type="checkbox" checked={draft.archived} onchange={{
                            let draft = draft.clone();
                            Callback::from(move |e: Event| { let mut d = (*draft).clone(); d.archived = e.target_unchecked_into::<web_sys::HtmlInputElement>().checked(); draft.set(d); })
                        }} />{ " Archived (kept, but left out of portfolio figures)" }</label>
                    </div>
                </fieldset>
                <TextArea id="notes" label="Notes" value={draft.notes.clone()} oninput={set(|d, v| d.notes = v)} error={err("notes")} />
                <div class="actions">
                    <button type="submit" class="primary">{ if is_new { "Add client" } else { "Save changes" } }</button>
                    if !is_new {
                        <button type="button" class="danger" onclick={ondelete}>{ "Delete client" }</button>
                    }
                    if let Some(m) = &*saved_message { <span class="ok-text" role="status">{ m }</span> }
                </div>
            </form>
            if let Some(c) = &existing {
                <crate::ui::brief::ValueDossier client={c.clone()} currency={cur.clone()} />
                <ClientRecordsView client={c.clone()} currency={cur.clone()} />
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct WhatIfProps {
    pub client: crate::engine::model::Client,
    pub currency: AttrValue,
}

/// "If we spend X a year on care and retention rises from r to r′, what is it worth?"
#[component]
pub fn ClientWhatIf(p: &WhatIfProps) -> Html {
    use crate::engine::clv::{care_what_if, share_of_wallet_gain};
    use crate::engine::parse::parse_amount;

    let state = use_app();
    let base = state.data.scenarios.baseline(&state.data.portfolio);
    let pr = profitability(&p.client);
    let defaults = {
        let care = (p.client.annual_revenue * 0.02).round().max(0.0);
        let r = (base.retention * 100.0).round();
        vec![
            ("care", care.to_string()),
            ("r", r.to_string()),
            ("r2", (r + 5.0).min(99.0).to_string()),
            ("d", (base.discount * 100.0).round().to_string()),
            ("h", base.horizon_years.to_string()),
            ("sow", "25".to_string()),
            ("sow2", "35".to_string()),
        ]
    };
    let texts = use_state(move || defaults.into_iter().collect::<HashMap<&'static str, String>>());
    let get = |k: &str| texts.get(k).cloned().unwrap_or_default();
    let num = |k: &str| parse_amount(&get(k)).ok();
    let pct = |k: &str| num(k).map(|v| v / 100.0);
    let set = |k: &'static str| {
        let texts = texts.clone();
        Callback::from(move |v: String| {
            let mut t = (*texts).clone();
            t.insert(k, v);
            texts.set(t);
        })
    };
    let cur = p.currency.clone();
    let horizon = num("h").filter(|h| h.fract() == 0.0 && (1.0..=50.0).contains(h)).map(|h| h as u32);
    let care_result = match (num("care"), pct("r"), pct("r2"), pct("d"), horizon) {
        (Some(care), Some(r), Some(r2), Some(d), Some(h)) => care_what_if(pr.profit, r, r2, care, d, h).map_err(|e| e.message),
        (_, _, _, _, None) => Err("The horizon must be a whole number of years from 1 to 50.".into()),
        _ => Err("Enter numbers in every field (percentages as 85, not 0.85).".into()),
    };
    let sow_result = match (pct("sow"), pct("sow2"), pct("r"), pct("d"), horizon, pr.margin) {
        (Some(a), Some(b), Some(r), Some(d), Some(h), Some(m)) =>
            share_of_wallet_gain(p.client.annual_revenue, m, a, b, r, d, h).map_err(|e| e.message),
        (.., None) => Err("Share of wallet needs the client's revenue.".into()),
        _ => Err("Enter the shares as percentages, e.g. 25 and 35.".into()),
    };
    let years = horizon.unwrap_or(1);
    html! {
        <div class="panel whatif" data-testid="client-whatif">
            <h2>{ "What if we invested in this client?" }</h2>
            <div class="whatif-grid">
                <Field id="wi-care" label={format!("Care spend a year ({cur})")} inputmode="decimal" value={get("care")} oninput={set("care")} />
                <Field id="wi-r" label="Retention now (%)" inputmode="decimal" value={get("r")} oninput={set("r")} hint="Chance the client stays another year" />
                <Field id="wi-r2" label="Retention with the care (%)" inputmode="decimal" value={get("r2")} oninput={set("r2")} />
                <Field id="wi-d" label="Discount rate (%)" inputmode="decimal" value={get("d")} oninput={set("d")} />
                <Field id="wi-h" label="Horizon (years)" inputmode="numeric" value={get("h")} oninput={set("h")} />
            </div>
            { match &care_result {
                Ok(w) => html! {
                    <p class="readout" data-testid="whatif-readout">
                        { format!("Spending {} a year and lifting retention from {} to {} moves this client's value over {} year{} from {} to {}: ",
                            money(num("care").unwrap_or(0.0), &cur), percent(pct("r")), percent(pct("r2")), years, if years == 1 { "" } else { "s" },
                            money(w.value_before, &cur), money(w.value_after, &cur)) }
                        <strong class={classes!((w.gain < 0.0).then_some("neg"))}>{ format!("{} {}", if w.gain >= 0.0 { "a gain of" } else { "a loss of" }, money(w.gain.abs(), &cur)) }</strong>
                        { match w.payback_period {
                            Some(1) => ". It pays for itself in the first year.".to_string(),
                            Some(n) => format!(". It pays back in year {n}."),
                            None => format!(". It does not pay back within {years} years."),
                        } }
                    </p>
                },
                Err(e) => html! { <p class="error" role="alert">{ e }</p> },
            } }
            <h3>{ "Share of wallet" }</h3>
            <div class="whatif-grid">
                <Field id="wi-sow" label="Our share of its spend now (%)" inputmode="decimal" value={get("sow")} oninput={set("sow")} hint="What the client buys in our category from us" />
                <Field id="wi-sow2" label="Target share (%)" inputmode="decimal" value={get("sow2")} oninput={set("sow2")} />
            </div>
            { match &sow_result {
                Ok(g) => html! {
                    <p class="readout" data-testid="sow-readout">{ format!(
                        "At {} the client spends about {} a year in our category; reaching {} adds {} of revenue a year, worth {} over {} year{} at this client's margin.",
                        percent(pct("sow")), money(g.category_spend, &cur), percent(pct("sow2")),
                        money(g.extra_revenue, &cur), money(g.value, &cur), years, if years == 1 { "" } else { "s" }) }</p>
                },
                Err(e) => html! { <p class="error" role="alert">{ e }</p> },
            } }
            <p class="hint">{ "Value is the client's yearly profit (revenue less both costs) times the chance it is still with us, discounted; care is paid each year the client stays. See the Scenarios page for the whole portfolio." }</p>
        </div>
    }
}

fn contributions(list: &[Contribution], risk: bool) -> Html {
    html! {
        <ul class="explain-list">
            { for list.iter().map(|c| {
                let dir = if c.points > 0.05 { if risk { "up" } else { "down" } } else if c.points < -0.05 { if risk { "down" } else { "up" } } else { "" };
                html! {
                    <li data-factor={c.key}>
                        <span class={classes!("pts", dir)}>{ if c.points.abs() < 0.05 { "0".to_string() } else { format!("{:+.0}", c.points) } }</span>
                        <span><strong>{ c.label }</strong>{ format!(": {}", c.detail) }</span>
                    </li>
                }
            }) }
        </ul>
    }
}

#[derive(Properties, PartialEq)]
struct ScoresProps {
    id: String,
    currency: AttrValue,
}

/// The client's scores, each with what raised or lowered it.
#[component]
fn ClientScoresView(p: &ScoresProps) -> Html {
    let scores = use_scores();
    let Some(s) = scores.clients.iter().find(|c| c.id == p.id) else { return html! {} };
    let cur = &p.currency;
    html! {
        <div class="score-cards" data-testid="client-scores">
            <div class="card">
                <span class="label">{ "Profit per year" }</span>
                <span class={classes!("value", (s.profit.profit < 0.0).then_some("neg"))} data-testid="client-profit">{ money(s.profit.profit, cur) }</span>
                <span class="explain">{ format!("margin {}{}", percent(s.profit.margin),
                    s.profit.profit_change.map(|c| format!("; {}{} a year from the revenue trend at this margin", if c > 0.5 { "+" } else { "" }, money(c, cur))).unwrap_or_default()) }</span>
                { contributions(&s.profit.contributions(), false) }
            </div>
            <div class="card">
                <span class="label">{ "Loyalty for life" }</span>
                { match &s.loyalty {
                    Some(l) => html! { <>
                        <span class="value" data-testid="client-loyalty">{ format!("{:.0} / 100", l.score) }</span>
                        <span class="explain">{ format!("{} commitment{}", l.segment.label(),
                            l.trend.map(|t| format!("; {:+.0} since the previous rating", t)).unwrap_or_default()) }</span>
                        { contributions(&l.contributions(), false) }
                    </> },
                    None => html! { <>
                        <span class="value" data-testid="client-loyalty">{ "–" }</span>
                        <span class="explain">{ "No rating yet: add satisfaction, involvement and affinity below." }</span>
                    </> },
                } }
            </div>
            <div class="card">
                <span class="label">{ "Churn risk" }</span>
                <span class="value" data-testid="client-risk"><span class={classes!("band", s.risk.band.label().to_lowercase())}>{ format!("{:.0}", s.risk.score) }</span>
                    { format!(" {} risk", s.risk.band.label()) }</span>
                <span class="explain">{ format!("{}{}", s.segment.map(|g| format!("Segment: {}. {} ", g.label(), g.advice())).unwrap_or_default(),
                    s.lifetime_value.map(|v| format!("Lifetime value {}.", money(v, cur))).unwrap_or_default()) }</span>
                { contributions(&s.risk.contributions(), true) }
                <Link<Route> to={Route::Settings} classes="hint">{ "Change the risk weights" }</Link<Route>>
            </div>
        </div>
    }
}

fn errors_map(list: Vec<FieldError>) -> Errors {
    list.into_iter().map(|e| (e.field, e.message)).collect()
}

fn t(texts: &Texts, k: &str) -> String {
    texts.get(k).cloned().unwrap_or_default()
}

#[derive(Properties, PartialEq)]
struct RecordsProps {
    client: Client,
    currency: AttrValue,
}

/// The client's interactions, ratings, care activities, contacts and revenue history.
#[component]
fn ClientRecordsView(p: &RecordsProps) -> Html {
    let state = use_app();
    let c = &p.client;
    // Apply a change to a copy of the stored client and save it.
    let save = {
        let state = state.clone();
        let base = c.clone();
        move |f: &dyn Fn(&mut Client)| {
            let mut next = base.clone();
            f(&mut next);
            next.updated_at = Some(crate::store::local::now_iso());
            state.dispatch(Action::Edit(Edit::UpsertClient(next)));
        }
    };
    let save = std::rc::Rc::new(save);
    let today: Texts = [("date", today_iso())].into_iter().collect();
    let by_date_desc = |dates: Vec<(usize, chrono::NaiveDate)>| {
        let mut v = dates;
        v.sort_by(|a, b| b.1.cmp(&a.1).then(b.0.cmp(&a.0)));
        v.into_iter().map(|(i, _)| i).collect::<Vec<_>>()
    };

    let interactions = {
        let order = by_date_desc(c.interactions.iter().enumerate().map(|(i, x)| (i, x.date)).collect());
        let rows: Vec<(usize, Vec<String>)> = order.into_iter().map(|i| { let x = &c.interactions[i]; (i, vec![x.date.to_string(), x.channel.label().into(), x.who.clone(), format!("{:+}", x.sentiment), x.note.clone()]) }).collect();
        let on_add = { let save = save.clone(); Callback::from(move |tx: Texts| {
            let d = InteractionDraft { date: t(&tx, "date"), channel: t(&tx, "channel"), who: t(&tx, "who"), note: t(&tx, "note"), sentiment: t(&tx, "sentiment") };
            d.validate().map(|x| save(&|c: &mut Client| c.interactions.push(x.clone()))).map_err(errors_map)
        }) };
        let on_remove = { let save = save.clone(); Callback::from(move |i: usize| save(&|c: &mut Client| { if i < c.interactions.len() { c.interactions.remove(i); } })) };
        let channels: Vec<(&'static str, &'static str)> = Channel::ALL.iter().map(|c| (c.key(), c.label())).collect();
        html! { <RecordEditor id="interactions" title="Interactions" intro="Every contact counts for the agreed cadence; sentiment −2 to +2."
            fields={vec![field("date", "Date", Kind::Date, ""), field("channel", "Channel", Kind::Select(channels), ""), field("who", "Who", Kind::Text, "e.g. Ana (CFO)"),
                field("sentiment", "Sentiment", Kind::Number, "−2 … 2"), field("note", "Note", Kind::Text, "")]}
            headers={vec!["Date", "Channel", "Who", "Sentiment", "Note"]} {rows} {on_add} {on_remove} defaults={[("date", today_iso()), ("channel", "meeting".to_string())].into_iter().collect::<Texts>()} /> }
    };
    let ratings = {
        let order = by_date_desc(c.ratings.iter().enumerate().map(|(i, x)| (i, x.date)).collect());
        let rows: Vec<(usize, Vec<String>)> = order.into_iter().map(|i| { let x = &c.ratings[i]; (i, vec![x.date.to_string(), x.satisfaction.to_string(), x.involvement.to_string(), x.affinity.to_string(), x.nps.map(|n| n.to_string()).unwrap_or_else(|| "–".into())]) }).collect();
        let on_add = { let save = save.clone(); Callback::from(move |tx: Texts| {
            let d = RatingDraft { date: t(&tx, "date"), satisfaction: t(&tx, "satisfaction"), involvement: t(&tx, "involvement"), affinity: t(&tx, "affinity"), nps: t(&tx, "nps") };
            d.validate().map(|x| save(&|c: &mut Client| c.ratings.push(x.clone()))).map_err(errors_map)
        }) };
        let on_remove = { let save = save.clone(); Callback::from(move |i: usize| save(&|c: &mut Client| { if i < c.ratings.len() { c.ratings.remove(i); } })) };
        html! { <RecordEditor id="ratings" title="Loyalty ratings" intro="Scores 0–10 from a survey or your judgement: satisfaction, involvement, affinity; NPS answer if asked."
            fields={vec![field("date", "Date", Kind::Date, ""), field("satisfaction", "Satisfaction", Kind::Number, "0–10"), field("involvement", "Involvement", Kind::Number, "0–10"),
                field("affinity", "Affinity", Kind::Number, "0–10"), field("nps", "NPS answer", Kind::Number, "0–10, optional")]}
            headers={vec!["Date", "Satisfaction", "Involvement", "Affinity", "NPS"]} {rows} {on_add} {on_remove} defaults={today.clone()} /> }
    };
    let care = {
        let cur = p.currency.clone();
        let order = by_date_desc(c.care_activities.iter().enumerate().map(|(i, x)| (i, x.date)).collect());
        let rows: Vec<(usize, Vec<String>)> = order.into_iter().map(|i| { let x = &c.care_activities[i]; (i, vec![x.date.to_string(), x.kind.label().into(), money(x.cost, &cur), x.note.clone()]) }).collect();
        let on_add = { let save = save.clone(); Callback::from(move |tx: Texts| {
            let d = CareActivityDraft { date: t(&tx, "date"), kind: t(&tx, "kind"), note: t(&tx, "note"), cost: t(&tx, "cost") };
            d.validate().map(|x| save(&|c: &mut Client| c.care_activities.push(x.clone()))).map_err(errors_map)
        }) };
        let on_remove = { let save = save.clone(); Callback::from(move |i: usize| save(&|c: &mut Client| { if i < c.care_activities.len() { c.care_activities.remove(i); } })) };
        let kinds: Vec<(&'static str, &'static str)> = CareKind::ALL.iter().map(|c| (c.key(), c.label())).collect();
        html! { <RecordEditor id="care" title="Care activities" intro="Events, invitations, thank-yous, reports, free work and discounts; their cost counts against profit."
            fields={vec![field("date", "Date", Kind::Date, ""), field("kind", "Kind", Kind::Select(kinds), ""), field("cost", "Cost", Kind::Number, "0"), field("note", "Note", Kind::Text, "")]}
            headers={vec!["Date", "Kind", "Cost", "Note"]} {rows} {on_add} {on_remove} defaults={[("date", today_iso()), ("kind", "event".to_string())].into_iter().collect::<Texts>()} /> }
    };
    let contacts = {
        let rows: Vec<(usize, Vec<String>)> = c.contacts.iter().enumerate().map(|(i, x)| (i, vec![x.name.clone(), x.role.clone(), x.email.clone(), x.phone.clone()])).collect();
        let on_add = { let save = save.clone(); Callback::from(move |tx: Texts| {
            let d = ContactDraft { name: t(&tx, "name"), role: t(&tx, "role"), email: t(&tx, "email"), phone: t(&tx, "phone") };
            d.validate().map(|x| save(&|c: &mut Client| c.contacts.push(x.clone()))).map_err(errors_map)
        }) };
        let on_remove = { let save = save.clone(); Callback::from(move |i: usize| save(&|c: &mut Client| { if i < c.contacts.len() { c.contacts.remove(i); } })) };
        html! { <RecordEditor id="contacts" title="Contacts at the client"
            fields={vec![field("name", "Name", Kind::Text, ""), field("role", "Role", Kind::Text, ""), field("email", "Email", Kind::Text, ""), field("phone", "Phone", Kind::Text, "")]}
            headers={vec!["Name", "Role", "Email", "Phone"]} {rows} {on_add} {on_remove} /> }
    };
    let history = {
        let cur = p.currency.clone();
        let rows: Vec<(usize, Vec<String>)> = c.revenue_history.iter().enumerate().map(|(i, x)| (i, vec![x.period.clone(), money(x.revenue, &cur), x.orders.map(|o| o.to_string()).unwrap_or_else(|| "–".into())])).collect();
        let on_add = { let save = save.clone(); Callback::from(move |tx: Texts| {
            let d = RevenuePointDraft { period: t(&tx, "period"), revenue: t(&tx, "revenue"), orders: t(&tx, "orders") };
            d.validate().map(|x| save(&|c: &mut Client| c.revenue_history.push(x.clone()))).map_err(errors_map)
        }) };
        let on_remove = { let save = save.clone(); Callback::from(move |i: usize| save(&|c: &mut Client| { if i < c.revenue_history.len() { c.revenue_history.remove(i); } })) };
        html! { <RecordEditor id="history" title="Revenue history" intro="By year (2025), quarter (2025-Q3) or month (2025-09); the trend feeds profit and churn risk."
            fields={vec![field("period", "Period", Kind::Text, "2025-Q3"), field("revenue", "Revenue", Kind::Number, ""), field("orders", "Orders", Kind::Number, "optional")]}
            headers={vec!["Period", "Revenue", "Orders"]} {rows} {on_add} {on_remove} /> }
    };
    html! {
        <div class="records-grid">
            { interactions }{ ratings }{ care }{ contacts }{ history }
        </div>
    }
}

/// When an imported purchase history has a customer with this client's id: what the purchase
/// model says about it.
#[component]
fn PurchaseModelCard(p: &ScoresProps) -> Html {
    let state = use_app();
    let Some(study) = state.data.purchases.as_deref() else { return html! {} };
    let Some(summary) = study.summary.iter().find(|c| c.id == p.id) else { return html! {} };
    let Some(model) = study.purchase_model() else { return html! {} };
    let spend = study
        .gamma
        .as_ref()
        .and_then(|g| g.params.conditional_expected_spend(summary.frequency as f64, summary.monetary).ok())
        .unwrap_or(summary.monetary);
    let Ok(v) = crate::engine::btyd::customer_value(summary, &model, spend, &study.value.clv_settings(study.unit)) else {
        return html! {};
    };
    html! {
        <div class="panel" data-testid="client-purchase-model">
            <h2>{ "From the purchase history" }</h2>
            <p>{ format!("{} repeat purchases, the last {:.1} {} after the first (observed for {:.1}). The {} model puts the chance that \
                this client is still buying at {:.0}%, expects {:.2} purchases in the next {} months at {} each, worth {} at a {:.0}% margin.",
                v.frequency, v.recency, study.unit.label(), v.age, model.name(), v.p_alive * 100.0, v.expected_purchases,
                study.value.horizon_months, money(v.expected_spend, &p.currency), money(v.clv, &p.currency), study.value.margin * 100.0) }</p>
            if v.p_alive < 0.5 { <p class="warn-text">{ "More likely gone than active: check in before the next renewal." }</p> }
        </div>
    }
}

//! The client brief (what sales open before a meeting), the value dossier and the timeline.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::engine::brief::{brief_summary, talking_points, timeline, Priority, TimelineKind};
use crate::engine::chart::Scale;
use crate::engine::dossier::{
    dossier_csv, dossier_markdown, totals_all_time, totals_last_12_months, DossierEntryDraft, ProjectDraft, Section,
};
use crate::engine::format::{money, percent};
use crate::engine::model::{Channel, Client, InteractionDraft};
use crate::ui::app::use_app;
use crate::ui::browser::{download_text, today_iso};
use crate::ui::records::{field, Errors, Kind, RecordEditor, Texts};
use crate::ui::scores::{today, use_scores};
use crate::ui::state::{Action, Edit};

#[derive(Properties, PartialEq)]
pub struct BriefProps {
    pub client: Client,
    pub currency: AttrValue,
}

fn save_client(state: &crate::ui::app::AppCtx, mut c: Client) {
    c.updated_at = Some(crate::store::local::now_iso());
    state.dispatch(Action::Edit(Edit::UpsertClient(c)));
}

/// At a glance: talking points, who and how long, last contact, value given; log a contact.
#[component]
pub fn Brief(p: &BriefProps) -> Html {
    let state = use_app();
    let scores = use_scores();
    let note = use_state(String::new);
    let channel = use_state(|| "call".to_string());
    let logged = use_state(|| false);
    let Some(s) = scores.clients.iter().find(|x| x.id == p.client.id) else { return html! {} };
    let day = today();
    let c = &p.client;
    let points = talking_points(c, s, &p.currency, day);
    let sum = brief_summary(c, s, day);
    let log = {
        let (state, note, channel, logged, client) = (state.clone(), note.clone(), channel.clone(), logged.clone(), c.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let draft = InteractionDraft { date: today_iso(), channel: (*channel).clone(), who: String::new(), note: (*note).clone(), sentiment: "0".into() };
            if let Ok(i) = draft.validate() {
                let mut next = client.clone();
                next.interactions.push(i);
                save_client(&state, next);
                note.set(String::new());
                logged.set(true);
            }
        })
    };
    html! {
        <div class="panel brief" data-testid="brief">
            <h2>{ "Brief" }</h2>
            <p class="brief-line">
                { format!("{}{}. ", if sum.client_manager.is_empty() { "No manager recorded".to_string() } else { format!("Manager: {}", sum.client_manager) },
                    c.manager_changed_on.map(|d| format!(" (since {d})")).unwrap_or_default()) }
                { sum.tenure.map(|t| format!("Client for {}. ", t.text())).unwrap_or_default() }
                { match sum.last_contact { Some(d) => format!("Last contact {d}"), None => "No contact recorded".into() } }
                { sum.next_contact_due.map(|d| format!("; next due {d}. ")).unwrap_or_else(|| ". ".into()) }
                { format!("Value given beyond the contract: {}{}.", money(sum.value_beyond_contract_all, &p.currency),
                    sum.value_beyond_share.map(|x| format!(" ({} of a year's revenue)", percent(Some(x)))).unwrap_or_default()) }
            </p>
            <ul class="talking-points" data-testid="talking-points">
                { for points.iter().map(|t| html! {
                    <li class={classes!("tp", match t.priority { Priority::High => "high", Priority::Medium => "medium", Priority::Low => "low" })} data-key={t.key}>
                        <span class="tp-pri">{ t.priority.label() }</span>{ &t.text }
                    </li>
                }) }
            </ul>
            <form class="quick-log" onsubmit={log} data-testid="quick-log">
                <label for="ql-channel">{ "Log a contact" }</label>
                <select id="ql-channel" onchange={{ let channel = channel.clone(); Callback::from(move |e: Event| channel.set(e.target_unchecked_into::<HtmlSelectElement>().value())) }}>
                    { for Channel::ALL.iter().map(|ch| html! { <option value={ch.key()} selected={*channel == ch.key()}>{ ch.label() }</option> }) }
                </select>
                <input id="ql-note" type="text" aria-label="What was it about?" placeholder="What was it about? (optional)" value={(*note).clone()}
                    oninput={{ let note = note.clone(); let logged = logged.clone(); Callback::from(move |e: InputEvent| { logged.set(false); note.set(e.target_unchecked_into::<HtmlInputElement>().value()) }) }} />
                <button type="submit" class="primary">{ "Log today's contact" }</button>
                if *logged { <span class="ok-text" role="status">{ "Logged." }</span> }
            </form>
        </div>
    }
}

/// The value dossier: projects, the four sections, totals and exports.
#[component]
pub fn ValueDossier(p: &BriefProps) -> Html {
    let state = use_app();
    let scores = use_scores();
    let c = &p.client;
    let cur = p.currency.clone();
    let day = today();
    let year = totals_last_12_months(c, day);
    let all = totals_all_time(c, day);
    let t = |tx: &Texts, k: &str| tx.get(k).cloned().unwrap_or_default();
    let errs = |list: Vec<crate::engine::model::FieldError>| list.into_iter().map(|e| (e.field, e.message)).collect::<Errors>();

    let projects = {
        let rows: Vec<(usize, Vec<String>)> = c.dossier.projects.iter().enumerate().map(|(i, x)| (i, vec![x.name.clone(), money(x.price, &cur),
            x.start.map(|d| d.to_string()).unwrap_or_default(), x.end.map(|d| d.to_string()).unwrap_or_default()])).collect();
        let on_add = { let (state, base) = (state.clone(), c.clone()); Callback::from(move |tx: Texts| {
            let d = ProjectDraft { name: t(&tx, "name"), price: t(&tx, "price"), start: t(&tx, "start"), end: t(&tx, "end") };
            d.validate().map(|x| { let mut n = base.clone(); n.dossier.projects.push(x); save_client(&state, n); }).map_err(errs)
        }) };
        let on_remove = { let (state, base) = (state.clone(), c.clone()); Callback::from(move |i: usize| {
            let mut n = base.clone(); if i < n.dossier.projects.len() { n.dossier.projects.remove(i); } save_client(&state, n);
        }) };
        html! { <RecordEditor id="projects" title="Projects" fields={vec![field("name", "Project", Kind::Text, ""), field("price", "Price", Kind::Number, ""),
            field("start", "Start", Kind::Date, ""), field("end", "End", Kind::Date, "")]} headers={vec!["Project", "Price", "Start", "End"]} {rows} {on_add} {on_remove} /> }
    };
    let entries = {
        let mut order: Vec<usize> = (0..c.dossier.entries.len()).collect();
        order.sort_by(|a, b| c.dossier.entries[*b].date.cmp(&c.dossier.entries[*a].date));
        let rows: Vec<(usize, Vec<String>)> = order.into_iter().map(|i| { let e = &c.dossier.entries[i]; (i, vec![e.date.to_string(), e.section.label().into(),
            e.description.clone(), money(e.value, &cur), e.hours.map(|h| format!("{h}")).unwrap_or_default()]) }).collect();
        let on_add = { let (state, base) = (state.clone(), c.clone()); Callback::from(move |tx: Texts| {
            let d = DossierEntryDraft { date: t(&tx, "date"), section: t(&tx, "section"), description: t(&tx, "description"), value: t(&tx, "value"), hours: t(&tx, "hours") };
            d.validate().map(|x| { let mut n = base.clone(); n.dossier.entries.push(x); save_client(&state, n); }).map_err(errs)
        }) };
        let on_remove = { let (state, base) = (state.clone(), c.clone()); Callback::from(move |i: usize| {
            let mut n = base.clone(); if i < n.dossier.entries.len() { n.dossier.entries.remove(i); } save_client(&state, n);
        }) };
        let sections: Vec<(&'static str, &'static str)> = Section::ALL.iter().map(|s| (s.key(), s.label())).collect();
        html! { <RecordEditor id="dossier" title="Dossier entries" intro="Discounts, free consultations and extra work; benefits the client received; proofs of loyalty; special conditions."
            fields={vec![field("date", "Date", Kind::Date, ""), field("section", "Section", Kind::Select(sections), ""), field("description", "What", Kind::Text, ""),
                field("value", "Value", Kind::Number, "0"), field("hours", "Hours", Kind::Number, "optional")]}
            headers={vec!["Date", "Section", "What", "Value", "Hours"]} {rows} {on_add} {on_remove}
            defaults={[("date", today_iso()), ("section", Section::ALL[0].key().to_string())].into_iter().collect::<Texts>()} /> }
    };
    let export_csv = { let (c2, cur2) = (c.clone(), cur.clone()); Callback::from(move |_: MouseEvent| {
        let _ = download_text(&format!("dossier-{}.csv", c2.id), "text/csv", &dossier_csv(&c2, &cur2));
    }) };
    let export_md = { let (c2, cur2, scores) = (c.clone(), cur.clone(), scores.clone()); Callback::from(move |_: MouseEvent| {
        if let Some(s) = scores.clients.iter().find(|x| x.id == c2.id) {
            let _ = download_text(&format!("dossier-{}.md", c2.id), "text/markdown", &dossier_markdown(&c2, s, &cur2, today()));
        }
    }) };
    html! {
        <section class="dossier" aria-labelledby="dossier-title" data-testid="dossier">
            <div class="panel">
                <h2 id="dossier-title">{ "Value dossier" }</h2>
                <table class="compact" data-testid="dossier-totals">
                    <thead><tr><th scope="col">{ "Section" }</th><th scope="col" class="num">{ "Entries" }</th><th scope="col" class="num">{ "Last 12 months" }</th><th scope="col" class="num">{ "All time" }</th></tr></thead>
                    <tbody>
                        { for Section::ALL.iter().map(|s| html! { <tr data-section={s.key()}><th scope="row">{ s.label() }</th><td class="num">{ all.section(*s).entries }</td>
                            <td class="num">{ money(year.section(*s).value, &cur) }</td><td class="num">{ money(all.section(*s).value, &cur) }</td></tr> }) }
                        <tr class="total" data-testid="value-beyond"><th scope="row">{ "Value given beyond the contract" }</th><td></td>
                            <td class="num">{ format!("{}{}", money(year.value_beyond_contract, &cur), year.share_of_revenue.map(|x| format!(" ({})", percent(Some(x)))).unwrap_or_default()) }</td>
                            <td class="num">{ money(all.value_beyond_contract, &cur) }</td></tr>
                    </tbody>
                </table>
                <p class="hint">{ "Costs we bore and special conditions of the last 12 months count against the client's profit. Proofs of loyalty are listed, not added." }</p>
                <div class="actions no-print">
                    <button type="button" onclick={export_csv}>{ "Export dossier (CSV)" }</button>
                    <button type="button" onclick={export_md}>{ "Export report (Markdown)" }</button>
                    <button type="button" onclick={Callback::from(|_: MouseEvent| { if let Some(w) = web_sys::window() { let _ = w.print(); } })}>{ "Print brief and dossier" }</button>
                </div>
            </div>
            <div class="records-grid no-print">{ projects }{ entries }</div>
            <Timeline client={c.clone()} currency={cur.clone()} />
        </section>
    }
}

/// The relationship over time: one row per kind of event.
#[component]
fn Timeline(p: &BriefProps) -> Html {
    let events = timeline(&p.client, today());
    if events.is_empty() {
        return html! {};
    }
    let (Some(first), Some(last)) = (events.first().map(|e| e.date), events.last().map(|e| e.date)) else { return html! {} };
    let span = (last - first).num_days().max(1) as f64;
    let (l, w) = (90.0, 540.0);
    let x = Scale::new(0.0, span, l, l + w - 10.0);
    let kinds = [TimelineKind::Interaction, TimelineKind::Care, TimelineKind::Dossier, TimelineKind::Rating];
    html! {
        <figure class="chart timeline" data-testid="timeline">
            <figcaption>{ format!("The relationship from {first} to {last}") }</figcaption>
            <svg viewBox={format!("0 0 {} 130", l + w)} role="img" aria-label={format!("{} events: interactions, care, dossier entries and ratings over time", events.len())}>
                { for kinds.iter().enumerate().map(|(row, k)| html! {
                    <text x="4" y={format!("{}", 22 + row * 26)}>{ k.label() }</text>
                }) }
                { for events.iter().map(|e| {
                    let row = kinds.iter().position(|k| *k == e.kind).unwrap_or(0);
                    let cx = x.at((e.date - first).num_days() as f64);
                    html! { <circle class={classes!("ev", e.kind.key())} cx={format!("{cx:.1}")} cy={format!("{}", 18 + row * 26)} r="5">
                        <title>{ format!("{}: {}", e.date, e.label) }</title></circle> }
                }) }
                <text x={l.to_string()} y="124">{ first.to_string() }</text>
                <text x={(l + w - 10.0).to_string()} y="124" text-anchor="end">{ last.to_string() }</text>
            </svg>
        </figure>
    }
}

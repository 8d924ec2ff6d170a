//! The client brief (what sales open before a meeting), the value dossier and the timeline.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::engine::brief::{brief_summary, talking_points, timeline, Priority, TimelineKind};
use crate::engine::files::dossier::{dossier_csv, dossier_markdown};
use crate::engine::model::NewRecord;
use crate::engine::model::{Channel, Client, InteractionDraft};
use crate::engine::model::{DossierEntryDraft, ProjectDraft, Section};
use crate::engine::profit::{totals_all_time, totals_last_12_months};
use crate::engine::util::chart::Scale;
use crate::i18n::{date, money, number, t, ta, tt, Arg};
use crate::ui::app::use_app;
use crate::ui::components::records::{field, Errors, Kind, RecordEditor, Texts};
use crate::ui::platform::browser::{download_text, today_iso};
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
    let points = talking_points(c, s, day, &state.data.settings.risk_weights);
    let sum = brief_summary(c, s, day);
    let log = {
        let (state, note, channel, logged, client) = (state.clone(), note.clone(), channel.clone(), logged.clone(), c.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let draft = InteractionDraft {
                date: today_iso(),
                channel: (*channel).clone(),
                who: String::new(),
                note: (*note).clone(),
                sentiment: "0".into(),
            };
            if let Ok(i) = draft.validate() {
                let mut next = client.clone();
                next.add_new_record(NewRecord::Interaction(i), &mut crate::store::ids::RandomIds);
                save_client(&state, next);
                note.set(String::new());
                logged.set(true);
            }
        })
    };
    let manager = match (sum.client_manager.is_empty(), c.manager_changed_on) {
        (true, None) => t("brief-ui-no-manager"),
        (true, Some(d)) => ta("brief-ui-no-manager-since", &[("date", d.into())]),
        (false, None) => ta("brief-ui-manager", &[("name", sum.client_manager.as_str().into())]),
        (false, Some(d)) => ta("brief-ui-manager-since", &[("name", sum.client_manager.as_str().into()), ("date", d.into())]),
    };
    let contact = match (sum.last_contact, sum.next_contact_due) {
        (Some(last), Some(next)) => ta("brief-ui-last-contact-next", &[("last", last.into()), ("next", next.into())]),
        (Some(last), None) => ta("brief-ui-last-contact", &[("last", last.into())]),
        (None, Some(next)) => ta("brief-ui-no-contact-next", &[("next", next.into())]),
        (None, None) => t("brief-ui-no-contact"),
    };
    let value_given = tt(&sum.value_beyond_text());
    let brief_line: Vec<String> = [
        Some(manager),
        sum.tenure.map(|tenure| ta("brief-ui-client-for", &[("tenure", tenure.text().into())])),
        Some(contact),
        Some(value_given),
    ]
    .into_iter()
    .flatten()
    .collect();
    html! {
        <div class="panel brief" data-testid="brief">
            <h2>{ t("brief-ui-title") }</h2>
            <p class="brief-line">{ brief_line.join(" ") }</p>
            <ul class="talking-points" data-testid="talking-points">
                { for points.iter().map(|tp| html! {
                    <li class={classes!("tp", match tp.priority { Priority::High => "high", Priority::Medium => "medium", Priority::Low => "low" })} data-key={tp.key}>
                        <span class="tp-pri">{ tp.priority.label() }</span>{ &tp.text }
                    </li>
                }) }
            </ul>
            <form class="quick-log" onsubmit={log} data-testid="quick-log">
                <label for="ql-channel">{ t("brief-ui-log-label") }</label>
                <select id="ql-channel" onchange={{ let channel = channel.clone(); Callback::from(move |e: Event| channel.set(e.target_unchecked_into::<HtmlSelectElement>().value())) }}>
                    { for Channel::ALL.iter().map(|ch| html! { <option value={ch.key()} selected={*channel == ch.key()}>{ ch.label().to_string() }</option> }) }
                </select>
                <input id="ql-note" type="text" aria-label={t("brief-ui-note-label")} placeholder={t("brief-ui-note-placeholder")} value={(*note).clone()}
                    oninput={{ let note = note.clone(); let logged = logged.clone(); Callback::from(move |e: InputEvent| { logged.set(false); note.set(e.target_unchecked_into::<HtmlInputElement>().value()) }) }} />
                <button type="submit" class="primary">{ t("brief-ui-log-button") }</button>
                if *logged { <span class="ok-text" role="status">{ t("brief-ui-logged") }</span> }
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
    let text_of = |tx: &Texts, k: &str| tx.get(k).cloned().unwrap_or_default();
    let errs = |list: Vec<crate::engine::model::FieldError>| {
        list.into_iter().map(|e| (e.field, e.message.to_string())).collect::<Errors>()
    };

    let projects = {
        let rows: Vec<(usize, Vec<String>)> = c
            .dossier
            .projects
            .iter()
            .enumerate()
            .map(|(i, x)| {
                (
                    i,
                    vec![
                        x.name.clone(),
                        money(x.price),
                        x.start.map(date).unwrap_or_default(),
                        x.end.map(date).unwrap_or_default(),
                    ],
                )
            })
            .collect();
        let on_add = {
            let (state, base) = (state.clone(), c.clone());
            Callback::from(move |tx: Texts| {
                let d = ProjectDraft {
                    name: text_of(&tx, "name"),
                    price: text_of(&tx, "price"),
                    start: text_of(&tx, "start"),
                    end: text_of(&tx, "end"),
                };
                d.validate()
                    .map(|x| {
                        let mut n = base.clone();
                        n.add_new_record(NewRecord::Project(x), &mut crate::store::ids::RandomIds);
                        save_client(&state, n);
                    })
                    .map_err(errs)
            })
        };
        let on_remove = {
            let (state, base) = (state.clone(), c.clone());
            Callback::from(move |i: usize| {
                let mut n = base.clone();
                if i < n.dossier.projects.len() {
                    n.dossier.projects.remove(i);
                }
                save_client(&state, n);
            })
        };
        html! { <RecordEditor id="projects" title={t("brief-ui-projects")} fields={vec![field("name", t("brief-ui-project"), Kind::Text, ""), field("price", t("brief-ui-price"), Kind::Number, ""),
        field("start", t("brief-ui-start"), Kind::Date, ""), field("end", t("brief-ui-end"), Kind::Date, "")]}
        headers={vec![t("brief-ui-project"), t("brief-ui-price"), t("brief-ui-start"), t("brief-ui-end")]} {rows} {on_add} {on_remove} /> }
    };
    let entries = {
        let mut order: Vec<usize> = (0..c.dossier.entries.len()).collect();
        crate::engine::util::sort::sort_by(&mut order, |a, b| c.dossier.entries[*b].date.cmp(&c.dossier.entries[*a].date));
        let rows: Vec<(usize, Vec<String>)> = order
            .into_iter()
            .map(|i| {
                let e = &c.dossier.entries[i];
                (
                    i,
                    vec![
                        date(e.date),
                        e.section.label().to_string(),
                        e.description.clone(),
                        money(e.value),
                        e.hours.map(|h| number(h, 2)).unwrap_or_default(),
                    ],
                )
            })
            .collect();
        let on_add = {
            let (state, base) = (state.clone(), c.clone());
            Callback::from(move |tx: Texts| {
                let d = DossierEntryDraft {
                    date: text_of(&tx, "date"),
                    section: text_of(&tx, "section"),
                    description: text_of(&tx, "description"),
                    value: text_of(&tx, "value"),
                    hours: text_of(&tx, "hours"),
                };
                d.validate()
                    .map(|x| {
                        let mut n = base.clone();
                        n.add_new_record(NewRecord::DossierEntry(x), &mut crate::store::ids::RandomIds);
                        save_client(&state, n);
                    })
                    .map_err(errs)
            })
        };
        let on_remove = {
            let (state, base) = (state.clone(), c.clone());
            Callback::from(move |i: usize| {
                let mut n = base.clone();
                if i < n.dossier.entries.len() {
                    n.dossier.entries.remove(i);
                }
                save_client(&state, n);
            })
        };
        let sections: Vec<(&'static str, String)> = Section::ALL.iter().map(|s| (s.key(), s.label().to_string())).collect();
        html! { <RecordEditor id="dossier" title={t("brief-ui-entries")} intro={t("brief-ui-entries-intro")}
        fields={vec![field("date", t("brief-ui-date"), Kind::Date, ""), field("section", t("brief-ui-section"), Kind::Select(sections), ""), field("description", t("brief-ui-what"), Kind::Text, ""),
            field("value", t("brief-ui-value"), Kind::Number, "0"), field("hours", t("brief-ui-hours"), Kind::Number, t("brief-ui-optional"))]}
        headers={vec![t("brief-ui-date"), t("brief-ui-section"), t("brief-ui-what"), t("brief-ui-value"), t("brief-ui-hours")]} {rows} {on_add} {on_remove}
        defaults={[("date", today_iso()), ("section", Section::ALL[0].key().to_string())].into_iter().collect::<Texts>()} /> }
    };
    let export_csv = {
        let (c2, cur2) = (c.clone(), cur.clone());
        Callback::from(move |_: MouseEvent| {
            let _ = download_text(&format!("dossier-{}.csv", c2.id), "text/csv", &dossier_csv(&c2, &cur2));
        })
    };
    let export_md = {
        let (c2, scores) = (c.clone(), scores.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(s) = scores.clients.iter().find(|x| x.id == c2.id) {
                let _ = download_text(&format!("dossier-{}.md", c2.id), "text/markdown", &dossier_markdown(&c2, s, today()));
            }
        })
    };
    html! {
        <section class="dossier" aria-labelledby="dossier-title" data-testid="dossier">
            <div class="panel">
                <h2 id="dossier-title">{ t("brief-ui-dossier-title") }</h2>
                <div class="scroll-x"><table class="compact" data-testid="dossier-totals">
                    <thead><tr><th scope="col">{ t("brief-ui-section") }</th><th scope="col" class="num">{ t("brief-ui-entries-count") }</th><th scope="col" class="num">{ t("brief-ui-last-12-months") }</th><th scope="col" class="num">{ t("brief-ui-all-time") }</th></tr></thead>
                    <tbody>
                        { for Section::ALL.iter().map(|s| html! { <tr data-section={s.key()}><th scope="row">{ s.label().to_string() }</th><td class="num">{ number(all.section(*s).entries as f64, 0) }</td>
                            <td class="num">{ money(year.section(*s).value) }</td><td class="num">{ money(all.section(*s).value) }</td></tr> }) }
                        <tr class="total" data-testid="value-beyond"><th scope="row">{ t("brief-ui-value-beyond-row") }</th><td></td>
                            <td class="num">{ match year.share_of_revenue {
                                Some(x) => ta("brief-ui-value-with-share", &[("value", Arg::Money(year.value_beyond_contract)), ("share", Arg::Percent(Some(x)))]),
                                None => money(year.value_beyond_contract),
                            } }</td>
                            <td class="num">{ money(all.value_beyond_contract) }</td></tr>
                    </tbody>
                </table></div>
                <p class="hint">{ t("brief-ui-dossier-hint") }</p>
                <div class="actions no-print">
                    <button type="button" onclick={export_csv}>{ t("brief-ui-export-csv") }</button>
                    <button type="button" onclick={export_md}>{ t("brief-ui-export-md") }</button>
                    <button type="button" onclick={Callback::from(|_: MouseEvent| { if let Some(w) = web_sys::window() { let _ = w.print(); } })}>{ t("brief-ui-print") }</button>
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
    // The text alternative: how many events of each kind. Each kind also has its own labelled row,
    // so colour is never the only way to tell them apart.
    let count = |k: TimelineKind| events.iter().filter(|e| e.kind == k).count();
    let summary = ta(
        "brief-ui-timeline-summary",
        &[
            ("contacts", count(TimelineKind::Interaction).into()),
            ("care", count(TimelineKind::Care).into()),
            ("dossier", count(TimelineKind::Dossier).into()),
            ("ratings", count(TimelineKind::Rating).into()),
        ],
    );
    html! {
        <figure class="chart timeline" data-testid="timeline">
            <figcaption>{ ta("brief-ui-timeline-caption", &[("first", first.into()), ("last", last.into())]) }</figcaption>
            <p id="timeline-summary" class="visually-hidden">{ &summary }</p>
            <svg viewBox={format!("0 0 {} 130", l + w)} role="img" aria-describedby="timeline-summary"
                aria-label={ta("brief-ui-timeline-label", &[("n", events.len().into())])}>
                { for kinds.iter().enumerate().map(|(row, k)| html! {
                    <text x="4" y={format!("{}", 22 + row * 26)}>{ k.label() }</text>
                }) }
                { for events.iter().map(|e| {
                    let row = kinds.iter().position(|k| *k == e.kind).unwrap_or(0);
                    let cx = x.at((e.date - first).num_days() as f64);
                    html! { <circle class={classes!("ev", e.kind.key())} cx={format!("{cx:.1}")} cy={format!("{}", 18 + row * 26)} r="5">
                        <title>{ format!("{}: {}", date(e.date), e.label) }</title></circle> }
                }) }
                <text x={l.to_string()} y="124">{ date(first) }</text>
                <text x={(l + w - 10.0).to_string()} y="124" text-anchor="end">{ date(last) }</text>
            </svg>
        </figure>
    }
}

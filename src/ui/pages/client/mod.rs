//! One client: its figures and the edit form.

pub mod brief;
pub mod order_chance;

use std::collections::HashMap;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::engine::model::NewRecord;
use crate::engine::model::{
    CareActivityDraft, CareKind, Channel, Client, ClientDraft, ContactDraft, FieldError, InteractionDraft, RatingDraft,
    RevenuePointDraft, Stage,
};
use crate::engine::profit::profitability;
use crate::engine::scoring::{Contribution, RiskBand};
use crate::i18n::{date, money, number, percent0, t, ta, Arg};
use crate::ui::app::{use_app, Route};
use crate::ui::components::records::{field, Errors, Kind, RecordEditor, Texts};
use crate::ui::components::widgets::{Field, SelectField, TextArea};
use crate::ui::platform::browser::today_iso;
use crate::ui::scores::{today, use_scores};
use crate::ui::state::{Action, Edit};

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
    // A new client's id: random (a UUID from the browser's crypto), drawn once for this form.
    let fresh_id = use_state(|| crate::store::ids::RandomIds.new_id_for(&state.data.portfolio));

    if !is_new && existing.is_none() {
        return html! {
            <section class="empty">
                <h1>{ t("client-not-found-title") }</h1>
                <p>{ ta("client-not-found-text", &[("id", props.id.as_str().into())]) }</p>
                <Link<Route> to={Route::Portfolio} classes="button">{ t("client-back-to-portfolio") }</Link<Route>>
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
    // Choosing "lost" proposes today as the date lost (editable).
    let on_stage = {
        let draft = draft.clone();
        let saved_message = saved_message.clone();
        Callback::from(move |v: String| {
            draft.set(draft.with_stage(&v, today()));
            saved_message.set(None);
        })
    };
    let onsubmit = {
        let draft = draft.clone();
        let errors = errors.clone();
        let state = state.clone();
        let saved_message = saved_message.clone();
        let navigator = navigator.clone();
        let id = if is_new { (*fresh_id).clone() } else { props.id.clone() };
        let demo = existing.as_ref().map(|c| c.demo).unwrap_or(false);
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            // The form holds the profile only: the reducer applies it to the client as it is
            // then, so records saved in their own lists below are never overwritten.
            let d = (*draft).clone();
            match d.validate(&id, demo, today()) {
                Ok(mut client) => {
                    errors.set(HashMap::new());
                    client.updated_at = Some(crate::store::local::now_iso());
                    state.dispatch(Action::Edit(Edit::SaveProfile(client)));
                    if is_new {
                        if let Some(nav) = &navigator {
                            nav.push(&Route::Client { id: id.clone() });
                        }
                    } else {
                        saved_message.set(Some(t("client-saved")));
                    }
                }
                Err(list) => {
                    errors.set(list.into_iter().map(|fe| (fe.field, fe.message.to_string())).collect());
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
        Stage::ALL.iter().map(|s| (AttrValue::Static(s.key()), AttrValue::from(s.label().to_string()))).collect();
    let title = existing.as_ref().map(|c| c.company.clone()).unwrap_or_else(|| t("client-new-title"));

    html! {
        <section aria-labelledby="client-title">
            <nav class="crumbs" aria-label={t("client-breadcrumb")}>
                <Link<Route> to={Route::Portfolio}>{ t("client-crumb-portfolio") }</Link<Route>>{ " › " }<span>{ &title }</span>
            </nav>
            <div class="page-head">
                <h1 id="client-title">{ &title }</h1>
                if existing.as_ref().is_some_and(|c| c.demo) { <span class="tag">{ t("client-demo-tag") }</span> }
            </div>
            if let Some(c) = &existing {
                <crate::ui::pages::client::brief::Brief client={c.clone()} currency={cur.clone()} />
                <ClientScoresView id={c.id.clone()} currency={cur.clone()} />
                <PurchaseModelCard id={c.id.clone()} currency={cur.clone()} />
                <order_chance::OrderChanceCard id={c.id.clone()} />
                <ClientWhatIf client={c.clone()} currency={cur.clone()} />
            }
            <form class="client-form" onsubmit={onsubmit} novalidate=true>
                if !errors.is_empty() {
                    <div class="banner error" role="alert" data-testid="form-errors">
                        <p>{ t("client-form-errors") }</p>
                    </div>
                }
                <fieldset>
                    <legend>{ t("client-legend-client") }</legend>
                    <Field id="company" label={t("client-company")} value={draft.company.clone()} oninput={set(|d, v| d.company = v)} error={err("company")} required=true />
                    <Field id="industry" label={t("client-industry")} value={draft.industry.clone()} oninput={set(|d, v| d.industry = v)} error={err("industry")} />
                    <Field id="client_manager" label={t("client-manager")} value={draft.client_manager.clone()} oninput={set(|d, v| d.client_manager = v)} error={err("client_manager")} hint={t("client-manager-hint")} />
                    <Field id="owner" label={t("client-owner")} value={draft.owner.clone()} oninput={set(|d, v| d.owner = v)} error={err("owner")} />
                    <Field id="start_date" label={t("client-start-date")} kind="date" value={draft.start_date.clone()} oninput={set(|d, v| d.start_date = v)} error={err("start_date")} />
                    <SelectField id="stage" label={t("client-stage")} value={if draft.stage.is_empty() { AttrValue::Static("active") } else { AttrValue::from(draft.stage.clone()) }} options={stage_options} onchange={on_stage} />
                    if draft.stage == Stage::Lost.key() || draft.stage == Stage::WonBack.key() {
                        <Field id="lost_on" label={t("client-lost-on")} kind="date" value={draft.lost_on.clone()} oninput={set(|d, v| d.lost_on = v)} error={err("lost_on")}
                            hint={t(match (draft.stage == Stage::Lost.key(), draft.lost_on.trim().is_empty()) {
                                (true, true) => crate::k!("client-lost-on-unknown"),
                                (true, false) => crate::k!("client-lost-on-hint"),
                                (false, _) => crate::k!("client-lost-on-hint-won-back"),
                            })} />
                    }
                </fieldset>
                <fieldset>
                    <legend>{ ta("client-legend-money", &[("currency", cur.as_str().into())]) }</legend>
                    <Field id="annual_revenue" label={t("client-annual-revenue")} inputmode="decimal" value={draft.annual_revenue.clone()} oninput={set(|d, v| d.annual_revenue = v)} error={err("annual_revenue")} hint={t("client-annual-revenue-hint")} />
                    <Field id="direct_cost" label={t("client-direct-cost")} inputmode="decimal" value={draft.direct_cost.clone()} oninput={set(|d, v| d.direct_cost = v)} error={err("direct_cost")} hint={t("client-direct-cost-hint")} />
                    <Field id="cost_to_serve" label={t("client-cost-to-serve")} inputmode="decimal" value={draft.cost_to_serve.clone()} oninput={set(|d, v| d.cost_to_serve = v)} error={err("cost_to_serve")} hint={t("client-cost-to-serve-hint")} />
                </fieldset>
                <fieldset>
                    <legend>{ t("client-legend-relationship") }</legend>
                    <Field id="manager_changed_on" label={t("client-manager-changed")} kind="date" value={draft.manager_changed_on.clone()} oninput={set(|d, v| d.manager_changed_on = v)} error={err("manager_changed_on")} hint={t("client-manager-changed-hint")} />
                    <Field id="contract_end" label={t("client-contract-end")} kind="date" value={draft.contract_end.clone()} oninput={set(|d, v| d.contract_end = v)} error={err("contract_end")} />
                    <Field id="contact_cadence_days" label={t("client-cadence")} inputmode="numeric" value={draft.contact_cadence_days.clone()} oninput={set(|d, v| d.contact_cadence_days = v)} error={err("contact_cadence_days")} hint={t("client-cadence-hint")} />
                    <Field id="share_of_wallet" label={t("client-share-of-wallet")} inputmode="decimal" value={draft.share_of_wallet.clone()} oninput={set(|d, v| d.share_of_wallet = v)} error={err("share_of_wallet")} hint={t("client-share-of-wallet-hint")} />
                    <Field id="referrals" label={t("client-referrals")} inputmode="numeric" value={draft.referrals.clone()} oninput={set(|d, v| d.referrals = v)} error={err("referrals")} />
                    <Field id="open_complaints" label={t("client-open-complaints")} inputmode="numeric" value={draft.open_complaints.clone()} oninput={set(|d, v| d.open_complaints = v)} error={err("open_complaints")} />
                    <div class="field">
                        <label class="check"><input type="checkbox" checked={draft.competitor_activity} onchange={{
                            let draft = draft.clone();
                            Callback::from(move |e: Event| { let mut d = (*draft).clone(); d.competitor_activity = e.target_unchecked_into::<web_sys::HtmlInputElement>().checked(); draft.set(d); })
                        }} />{ " " }{ t("client-competitor") }</label>
                        <label class="check"><input type="checkbox" checked={draft.archived} onchange={{
                            let draft = draft.clone();
                            Callback::from(move |e: Event| { let mut d = (*draft).clone(); d.archived = e.target_unchecked_into::<web_sys::HtmlInputElement>().checked(); draft.set(d); })
                        }} />{ " " }{ t("client-archived") }</label>
                    </div>
                </fieldset>
                <TextArea id="notes" label={t("client-notes")} value={draft.notes.clone()} oninput={set(|d, v| d.notes = v)} error={err("notes")} />
                <div class="actions">
                    <button type="submit" class="primary">{ if is_new { t("client-add") } else { t("client-save") } }</button>
                    if !is_new {
                        <button type="button" class="danger" onclick={ondelete}>{ t("client-delete") }</button>
                    }
                    if let Some(m) = &*saved_message { <span class="ok-text" role="status">{ m }</span> }
                </div>
            </form>
            if let Some(c) = &existing {
                <crate::ui::pages::client::brief::ValueDossier client={c.clone()} currency={cur.clone()} />
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
    use crate::engine::clv::WhatIfDraft;

    let state = use_app();
    let base = state.data.scenarios.baseline(&state.data.portfolio);
    let pr = profitability(&p.client, today());
    let draft = {
        let revenue = p.client.annual_revenue;
        use_state(move || WhatIfDraft::defaults(revenue, base.retention, base.discount, base.horizon_years))
    };
    let get = |f: fn(&WhatIfDraft) -> &String| f(&draft).clone();
    let set = |f: fn(&mut WhatIfDraft) -> &mut String| {
        let draft = draft.clone();
        Callback::from(move |v: String| {
            let mut next = (*draft).clone();
            *f(&mut next) = v;
            draft.set(next);
        })
    };
    let cur = p.currency.clone();
    let study = state.data.retention.as_deref();
    let (wi, by_curve) = crate::engine::retention_portfolio::client_what_if(&draft, &pr, &p.client, today(), study);
    let on_curve = {
        let draft = draft.clone();
        Callback::from(move |e: Event| {
            let on = e.target_unchecked_into::<web_sys::HtmlInputElement>().checked();
            draft.set(WhatIfDraft { use_curve: on, ..(*draft).clone() });
        })
    };
    let (care_result, sow_result) =
        (wi.care_result.clone().map_err(|e| e.to_string()), wi.wallet.clone().map_err(|e| e.to_string()));
    let years = wi.years;
    html! {
        <div class="panel whatif" data-testid="client-whatif">
            <h2>{ t("client-whatif-title") }</h2>
            <div class="whatif-grid">
                <Field id="wi-care" label={ta("client-whatif-care", &[("currency", cur.as_str().into())])} inputmode="decimal" value={get(|d| &d.care)} oninput={set(|d| &mut d.care)} />
                <Field id="wi-r" label={t("client-whatif-r")} inputmode="decimal" value={get(|d| &d.retention)} oninput={set(|d| &mut d.retention)} hint={t("client-whatif-r-hint")} />
                <Field id="wi-r2" label={t("client-whatif-r2")} inputmode="decimal" value={get(|d| &d.improved)} oninput={set(|d| &mut d.improved)} />
                <Field id="wi-d" label={t("client-whatif-d")} inputmode="decimal" value={get(|d| &d.discount)} oninput={set(|d| &mut d.discount)} />
                <Field id="wi-h" label={t("client-whatif-h")} inputmode="numeric" value={get(|d| &d.horizon)} oninput={set(|d| &mut d.horizon)} />
            </div>
            if let Some(s) = study {
                <div class="field">
                    <label class="check"><input type="checkbox" id="wi-curve" checked={draft.use_curve} onchange={on_curve} />
                        { " " }{ t("client-whatif-use-curve") }</label>
                    <small class="hint">{ ta("client-whatif-use-curve-hint", &[("curve", crate::ui::pages::retention::curve_summary(s).into())]) }</small>
                </div>
            }
            { match &by_curve {
                Some(Ok(c)) => html! {
                    <p class="readout" data-testid="whatif-derl">{ ta("client-whatif-derl", &[
                        ("tenure", c.tenure.into()), ("units", crate::ui::pages::retention::units(c.period).into()),
                        ("next", Arg::Percent(Some(c.next_year))), ("derl", Arg::Str(crate::i18n::number_fixed(c.derl, 2))),
                        ("value", Arg::Money(c.value)),
                    ]) }</p>
                },
                Some(Err(e)) => html! { <p class="hint" data-testid="whatif-derl">{ crate::i18n::tt(e) }</p> },
                None => html! {},
            } }
            { match &care_result {
                Ok(w) => html! {
                    <p class="readout" data-testid="whatif-readout">
                        if wi.by_curve { { t("client-whatif-by-curve") }{ " " } }
                        { ta("client-whatif-readout", &[
                            ("care", Arg::Money(wi.care)), ("from", Arg::Percent(wi.retention)), ("to", Arg::Percent(wi.improved)),
                            ("years", years.into()), ("before", Arg::Money(w.value_before)), ("after", Arg::Money(w.value_after))]) }
                        { " " }
                        <strong class={classes!((w.gain < 0.0).then_some("neg"))}>{
                            if w.gain >= 0.0 { ta("client-whatif-gain", &[("amount", Arg::Money(w.gain.abs()))]) }
                            else { ta("client-whatif-loss", &[("amount", Arg::Money(w.gain.abs()))]) }
                        }</strong>
                        { match w.payback_period {
                            Some(1) => t("client-whatif-payback-first"),
                            Some(n) => ta("client-whatif-payback-year", &[("year", n.into())]),
                            None => ta("client-whatif-no-payback", &[("years", years.into())]),
                        } }
                    </p>
                },
                Err(e) => html! { <p class="error" role="alert">{ e }</p> },
            } }
            <h3>{ t("client-whatif-sow-title") }</h3>
            <div class="whatif-grid">
                <Field id="wi-sow" label={t("client-whatif-sow")} inputmode="decimal" value={get(|d| &d.share)} oninput={set(|d| &mut d.share)} hint={t("client-whatif-sow-hint")} />
                <Field id="wi-sow2" label={t("client-whatif-sow2")} inputmode="decimal" value={get(|d| &d.target_share)} oninput={set(|d| &mut d.target_share)} />
            </div>
            { match &sow_result {
                Ok(g) => html! {
                    <p class="readout" data-testid="sow-readout">{ ta("client-whatif-sow-readout", &[
                        ("share", Arg::Percent(wi.share)), ("spend", Arg::Money(g.category_spend)), ("target", Arg::Percent(wi.target_share)),
                        ("extra", Arg::Money(g.extra_revenue)), ("value", Arg::Money(g.value)), ("years", years.into())]) }</p>
                },
                Err(e) => html! { <p class="error" role="alert">{ e }</p> },
            } }
            <p class="hint">{ t("client-whatif-hint") }</p>
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
                        <span class={classes!("pts", dir)}>{ crate::i18n::signed(c.points, 0) }</span>
                        <span><strong>{ c.label.to_string() }</strong>{ format!(": {}", c.detail) }</span>
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
    let history = crate::ui::scores::use_history(p.id.clone());
    let Some(s) = scores.clients.iter().find(|c| c.id == p.id) else { return html! {} };
    let risk_line: Vec<_> = history.iter().map(|q| (q.day, Some(q.risk))).collect();
    let loyalty_line: Vec<_> = history.iter().map(|q| (q.day, q.loyalty)).collect();
    let band = match s.risk.band {
        RiskBand::Low => ("low", t("client-risk-band-low")),
        RiskBand::Medium => ("medium", t("client-risk-band-medium")),
        RiskBand::High => ("high", t("client-risk-band-high")),
    };
    let risk_explain = [
        s.segment.map(|g| ta("client-risk-segment", &[("segment", g.label().into()), ("advice", g.advice().into())])),
        s.lifetime_value.map(|v| ta("client-risk-ltv", &[("value", Arg::Money(v))])),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    html! {
        <div class="score-cards" data-testid="client-scores">
            <div class="card">
                <span class="label">{ t("client-profit-label") }</span>
                <span class={classes!("value", (s.profit.profit < 0.0).then_some("neg"))} data-testid="client-profit">{ money(s.profit.profit) }</span>
                <span class="explain">{ match s.profit.profit_change {
                    Some(c) => ta("client-profit-margin-trend", &[("margin", Arg::Percent(s.profit.margin)),
                        ("change", format!("{}{}", if c > 0.5 { "+" } else { "" }, money(c)).into())]),
                    None => ta("client-profit-margin", &[("margin", Arg::Percent(s.profit.margin))]),
                } }</span>
                { contributions(&s.profit.contributions(), false) }
            </div>
            <div class="card">
                <span class="label">{ t("client-loyalty-label") }</span>
                { match &s.loyalty {
                    Some(l) => html! { <>
                        <span class="value" data-testid="client-loyalty">{ format!("{} / 100", number(l.score, 0)) }</span>
                        <span class="explain">{ match l.trend {
                            Some(tr) => ta("client-loyalty-commitment-trend", &[("segment", l.segment.label().into()), ("trend", crate::i18n::signed(tr, 0).into())]),
                            None => ta("client-loyalty-commitment", &[("segment", l.segment.label().into())]),
                        } }</span>
                        <crate::ui::components::score_charts::Sparkline label={t("history-loyalty")} points={loyalty_line} testid={AttrValue::Static("loyalty-history")} />
                        { contributions(&l.contributions(), false) }
                    </> },
                    None => html! { <>
                        <span class="value" data-testid="client-loyalty">{ "–" }</span>
                        <span class="explain">{ t("client-loyalty-none") }</span>
                    </> },
                } }
            </div>
            <div class="card">
                <span class="label">{ t("client-risk-label") }</span>
                <span class="value" data-testid="client-risk"><span class={classes!("band", band.0)}>{ format!("{:.0}", s.risk.score) }</span>
                    { " " }{ band.1 }</span>
                <span class="explain">{ risk_explain }</span>
                <crate::ui::components::score_charts::Sparkline label={t("history-risk")} points={risk_line} testid={AttrValue::Static("risk-history")} />
                { contributions(&s.risk.contributions(), true) }
                <Link<Route> to={Route::Settings} classes="hint">{ t("client-risk-weights-link") }</Link<Route>>
            </div>
        </div>
    }
}

fn errors_map(list: Vec<FieldError>) -> Errors {
    list.into_iter().map(|e| (e.field, e.message.to_string())).collect()
}

/// Add a record made on a form with a fresh random id (drawn here, so the edit carries it).
fn new_record(c: &mut Client, record: NewRecord) {
    c.add_new_record(record, &mut crate::store::ids::RandomIds);
}

fn text_of(texts: &Texts, k: &str) -> String {
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
        crate::engine::util::sort::sort_by(&mut v, |a, b| b.1.cmp(&a.1).then(b.0.cmp(&a.0)));
        v.into_iter().map(|(i, _)| i).collect::<Vec<_>>()
    };

    let interactions = {
        let order = by_date_desc(c.interactions.iter().enumerate().map(|(i, x)| (i, x.date)).collect());
        let rows: Vec<(usize, Vec<String>)> = order
            .into_iter()
            .map(|i| {
                let x = &c.interactions[i];
                (
                    i,
                    vec![
                        date(x.date),
                        x.channel.label().to_string(),
                        x.who.clone(),
                        crate::i18n::signed(f64::from(x.sentiment), 0),
                        x.note.clone(),
                    ],
                )
            })
            .collect();
        let on_add = {
            let save = save.clone();
            Callback::from(move |tx: Texts| {
                let d = InteractionDraft {
                    date: text_of(&tx, "date"),
                    channel: text_of(&tx, "channel"),
                    who: text_of(&tx, "who"),
                    note: text_of(&tx, "note"),
                    sentiment: text_of(&tx, "sentiment"),
                };
                d.validate().map(|x| save(&|c: &mut Client| new_record(c, NewRecord::Interaction(x.clone())))).map_err(errors_map)
            })
        };
        let on_remove = {
            let save = save.clone();
            Callback::from(move |i: usize| {
                save(&|c: &mut Client| {
                    if i < c.interactions.len() {
                        c.interactions.remove(i);
                    }
                })
            })
        };
        let channels: Vec<(&'static str, String)> = Channel::ALL.iter().map(|c| (c.key(), c.label().to_string())).collect();
        html! { <RecordEditor id="interactions" title={t("client-interactions")} intro={t("client-interactions-intro")}
        fields={vec![field("date", t("client-rec-date"), Kind::Date, ""), field("channel", t("client-rec-channel"), Kind::Select(channels), ""), field("who", t("client-rec-who"), Kind::Text, t("client-rec-who-placeholder")),
            field("sentiment", t("client-rec-sentiment"), Kind::Number, "−2 … 2"), field("note", t("client-rec-note"), Kind::Text, "")]}
        headers={vec![t("client-rec-date"), t("client-rec-channel"), t("client-rec-who"), t("client-rec-sentiment"), t("client-rec-note")]} {rows} {on_add} {on_remove} defaults={[("date", today_iso()), ("channel", "meeting".to_string())].into_iter().collect::<Texts>()} /> }
    };
    let ratings = {
        let order = by_date_desc(c.ratings.iter().enumerate().map(|(i, x)| (i, x.date)).collect());
        let rows: Vec<(usize, Vec<String>)> = order
            .into_iter()
            .map(|i| {
                let x = &c.ratings[i];
                (
                    i,
                    vec![
                        date(x.date),
                        x.satisfaction.to_string(),
                        x.involvement.to_string(),
                        x.affinity.to_string(),
                        x.nps.map(|n| n.to_string()).unwrap_or_else(|| "–".into()),
                    ],
                )
            })
            .collect();
        let on_add = {
            let save = save.clone();
            Callback::from(move |tx: Texts| {
                let d = RatingDraft {
                    date: text_of(&tx, "date"),
                    satisfaction: text_of(&tx, "satisfaction"),
                    involvement: text_of(&tx, "involvement"),
                    affinity: text_of(&tx, "affinity"),
                    nps: text_of(&tx, "nps"),
                };
                d.validate().map(|x| save(&|c: &mut Client| new_record(c, NewRecord::Rating(x.clone())))).map_err(errors_map)
            })
        };
        let on_remove = {
            let save = save.clone();
            Callback::from(move |i: usize| {
                save(&|c: &mut Client| {
                    if i < c.ratings.len() {
                        c.ratings.remove(i);
                    }
                })
            })
        };
        html! { <RecordEditor id="ratings" title={t("client-ratings")} intro={t("client-ratings-intro")}
        fields={vec![field("date", t("client-rec-date"), Kind::Date, ""), field("satisfaction", t("client-rec-satisfaction"), Kind::Number, "0–10"), field("involvement", t("client-rec-involvement"), Kind::Number, "0–10"),
            field("affinity", t("client-rec-affinity"), Kind::Number, "0–10"), field("nps", t("client-rec-nps-answer"), Kind::Number, t("client-rec-nps-placeholder"))]}
        headers={vec![t("client-rec-date"), t("client-rec-satisfaction"), t("client-rec-involvement"), t("client-rec-affinity"), t("client-rec-nps")]} {rows} {on_add} {on_remove} defaults={today.clone()} /> }
    };
    let care = {
        let order = by_date_desc(c.care_activities.iter().enumerate().map(|(i, x)| (i, x.date)).collect());
        let rows: Vec<(usize, Vec<String>)> = order
            .into_iter()
            .map(|i| {
                let x = &c.care_activities[i];
                (i, vec![date(x.date), x.kind.label().to_string(), money(x.cost), x.note.clone()])
            })
            .collect();
        let on_add = {
            let save = save.clone();
            Callback::from(move |tx: Texts| {
                let d = CareActivityDraft {
                    date: text_of(&tx, "date"),
                    kind: text_of(&tx, "kind"),
                    note: text_of(&tx, "note"),
                    cost: text_of(&tx, "cost"),
                };
                d.validate().map(|x| save(&|c: &mut Client| new_record(c, NewRecord::Care(x.clone())))).map_err(errors_map)
            })
        };
        let on_remove = {
            let save = save.clone();
            Callback::from(move |i: usize| {
                save(&|c: &mut Client| {
                    if i < c.care_activities.len() {
                        c.care_activities.remove(i);
                    }
                })
            })
        };
        let kinds: Vec<(&'static str, String)> = CareKind::ALL.iter().map(|c| (c.key(), c.label().to_string())).collect();
        html! { <RecordEditor id="care" title={t("client-care")} intro={t("client-care-intro")}
        fields={vec![field("date", t("client-rec-date"), Kind::Date, ""), field("kind", t("client-rec-kind"), Kind::Select(kinds), ""), field("cost", t("client-rec-cost"), Kind::Number, "0"), field("note", t("client-rec-note"), Kind::Text, "")]}
        headers={vec![t("client-rec-date"), t("client-rec-kind"), t("client-rec-cost"), t("client-rec-note")]} {rows} {on_add} {on_remove} defaults={[("date", today_iso()), ("kind", "event".to_string())].into_iter().collect::<Texts>()} /> }
    };
    let contacts = {
        let rows: Vec<(usize, Vec<String>)> = c
            .contacts
            .iter()
            .enumerate()
            .map(|(i, x)| (i, vec![x.name.clone(), x.role.clone(), x.email.clone(), x.phone.clone()]))
            .collect();
        let on_add = {
            let save = save.clone();
            Callback::from(move |tx: Texts| {
                let d = ContactDraft {
                    name: text_of(&tx, "name"),
                    role: text_of(&tx, "role"),
                    email: text_of(&tx, "email"),
                    phone: text_of(&tx, "phone"),
                };
                d.validate().map(|x| save(&|c: &mut Client| new_record(c, NewRecord::Contact(x.clone())))).map_err(errors_map)
            })
        };
        let on_remove = {
            let save = save.clone();
            Callback::from(move |i: usize| {
                save(&|c: &mut Client| {
                    if i < c.contacts.len() {
                        c.contacts.remove(i);
                    }
                })
            })
        };
        html! { <RecordEditor id="contacts" title={t("client-contacts")}
        fields={vec![field("name", t("client-rec-name"), Kind::Text, ""), field("role", t("client-rec-role"), Kind::Text, ""), field("email", t("client-rec-email"), Kind::Text, ""), field("phone", t("client-rec-phone"), Kind::Text, "")]}
        headers={vec![t("client-rec-name"), t("client-rec-role"), t("client-rec-email"), t("client-rec-phone")]} {rows} {on_add} {on_remove} /> }
    };
    let history = {
        let rows: Vec<(usize, Vec<String>)> = c
            .revenue_history
            .iter()
            .enumerate()
            .map(|(i, x)| {
                (i, vec![x.period.clone(), money(x.revenue), x.orders.map(|o| number(o as f64, 0)).unwrap_or_else(|| "–".into())])
            })
            .collect();
        let on_add = {
            let save = save.clone();
            Callback::from(move |tx: Texts| {
                let d = RevenuePointDraft {
                    period: text_of(&tx, "period"),
                    revenue: text_of(&tx, "revenue"),
                    orders: text_of(&tx, "orders"),
                };
                d.validate().map(|x| save(&|c: &mut Client| new_record(c, NewRecord::Revenue(x.clone())))).map_err(errors_map)
            })
        };
        let on_remove = {
            let save = save.clone();
            Callback::from(move |i: usize| {
                save(&|c: &mut Client| {
                    if i < c.revenue_history.len() {
                        c.revenue_history.remove(i);
                    }
                })
            })
        };
        html! { <RecordEditor id="history" title={t("client-history")} intro={t("client-history-intro")}
        fields={vec![field("period", t("client-rec-period"), Kind::Text, "2025-Q3"), field("revenue", t("client-rec-revenue"), Kind::Number, ""), field("orders", t("client-rec-orders"), Kind::Number, t("client-rec-optional"))]}
        headers={vec![t("client-rec-period"), t("client-rec-revenue"), t("client-rec-orders")]} {rows} {on_add} {on_remove} /> }
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
    let Some(card) = study.customer_card(&p.id) else { return html! {} };
    let v = &card.value;
    // Selects the unit's word in the message (the stored unit, not a shown text).
    let unit = study.unit.key();
    html! {
        <div class="panel" data-testid="client-purchase-model">
            <h2>{ t("client-pm-title") }</h2>
            <p>{ ta("client-pm-text", &[
                ("frequency", v.frequency.into()), ("recency", Arg::Num(card.recency)), ("unit", unit.into()), ("age", Arg::Num(card.age)),
                ("model", card.model_name.into()), ("alive", percent0(v.p_alive).into()), ("purchases", Arg::Dec(v.expected_purchases, 2)),
                ("months", study.value.horizon_months.into()), ("spend", Arg::Money(v.expected_spend)), ("value", Arg::Money(v.clv)),
                ("margin", percent0(study.value.margin).into())]) }</p>
            if v.p_alive < 0.5 { <p class="warn-text">{ t("client-pm-warn") }</p> }
        </div>
    }
}

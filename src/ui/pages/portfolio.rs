//! The manager's view of all clients.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::engine::format::{money, percent};
use crate::engine::portfolio::{profitability, totals};
use crate::ui::app::{use_app, Route};
use crate::ui::state::{Action, Edit};

#[component]
pub fn PortfolioPage() -> Html {
    let state = use_app();
    let p = &state.data.portfolio;
    let t = totals(p);
    let cur = p.currency.clone();
    let remove_demo = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Edit(Edit::RemoveDemo)))
    };
    let add = html! {
        <Link<Route> to={Route::Client { id: "new".into() }} classes="button primary">{ "Add client" }</Link<Route>>
    };
    html! {
        <section aria-labelledby="portfolio-title">
            <div class="page-head">
                <h1 id="portfolio-title">{ &p.name }</h1>
                { add.clone() }
            </div>
            if t.demo_clients > 0 {
                <div class="banner demo" data-testid="demo-banner">
                    <p>{ format!("You are looking at demo data: {} example clients of a small services agency. \
                        Try anything; remove them when you add your own.", t.demo_clients) }</p>
                    <button type="button" onclick={remove_demo}>{ "Remove demo clients" }</button>
                </div>
            }
            <div class="cards">
                <div class="card"><span class="label">{ "Clients" }</span><span class="value" data-testid="total-clients">{ t.clients }</span></div>
                <div class="card"><span class="label">{ "Revenue per year" }</span><span class="value">{ money(t.revenue, &cur) }</span></div>
                <div class="card"><span class="label">{ "Profit per year" }</span><span class="value">{ money(t.profit, &cur) }</span>
                    <span class="explain">{ "revenue − direct cost − cost to serve" }</span></div>
                <div class="card"><span class="label">{ "Margin" }</span><span class="value">{ percent(t.margin) }</span>
                    if t.unprofitable > 0 { <span class="explain warn-text">{ format!("{} client(s) lose money", t.unprofitable) }</span> }
                </div>
            </div>
            if p.clients.is_empty() {
                <div class="empty">
                    <h2>{ "No clients yet" }</h2>
                    <p>{ "Add your first client to see its profitability here. Later you can import clients and transactions from the Data page." }</p>
                    { add }
                </div>
            } else {
                <div class="table-wrap">
                <table class="clients" aria-label="Clients">
                    <thead><tr>
                        <th scope="col">{ "Company" }</th><th scope="col">{ "Industry" }</th><th scope="col">{ "Stage" }</th>
                        <th scope="col">{ "Owner" }</th><th scope="col" class="num">{ "Revenue / yr" }</th>
                        <th scope="col" class="num">{ "Profit / yr" }</th><th scope="col" class="num">{ "Margin" }</th>
                    </tr></thead>
                    <tbody>
                    { for p.clients.iter().map(|c| {
                        let pr = profitability(c);
                        html! {
                            <tr key={c.id.clone()}>
                                <th scope="row">
                                    <Link<Route> to={Route::Client { id: c.id.clone() }}>{ &c.company }</Link<Route>>
                                    if c.demo { <span class="tag">{ "demo" }</span> }
                                </th>
                                <td>{ &c.industry }</td>
                                <td><span class={classes!("stage", c.stage.key())}>{ c.stage.label() }</span></td>
                                <td>{ &c.owner }</td>
                                <td class="num">{ money(pr.revenue, &cur) }</td>
                                <td class={classes!("num", (pr.profit < 0.0).then_some("neg"))}>{ money(pr.profit, &cur) }</td>
                                <td class="num">{ percent(pr.margin) }</td>
                            </tr>
                        }
                    }) }
                    </tbody>
                </table>
                </div>
            }
        </section>
    }
}

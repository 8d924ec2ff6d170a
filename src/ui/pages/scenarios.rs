use yew::prelude::*;

#[component]
pub fn ScenariosPage() -> Html {
    html! {
        <section aria-labelledby="sc-title">
            <h1 id="sc-title">{ "Scenarios" }</h1>
            <div class="empty">
                <p>{ "What-if retention scenarios are coming here: change retention, acquisition and care spend, \
                      and see what the portfolio is worth over the years, next to your baseline." }</p>
                <p>{ "Meanwhile, the Portfolio page shows each client's profit: revenue less direct cost and cost to serve." }</p>
            </div>
        </section>
    }
}

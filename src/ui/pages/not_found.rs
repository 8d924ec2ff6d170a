use yew::prelude::*;
use yew_router::prelude::*;

use crate::ui::app::Route;

#[component]
pub fn NotFound() -> Html {
    html! {
        <section class="empty" aria-labelledby="nf-title">
            <h1 id="nf-title">{ "Page not found" }</h1>
            <p>{ "This address does not lead to a page of Retention Calculator. Your data is safe." }</p>
            <Link<Route> to={Route::Portfolio} classes="button primary">{ "Go to the portfolio" }</Link<Route>>
        </section>
    }
}

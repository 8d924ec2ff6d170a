use yew::prelude::*;
use yew_router::prelude::*;

use crate::i18n::t;
use crate::ui::app::Route;

#[component]
pub fn NotFound() -> Html {
    html! {
        <section class="empty" aria-labelledby="nf-title">
            <h1 id="nf-title">{ t("app-not-found-title") }</h1>
            <p>{ t("app-not-found-text") }</p>
            <Link<Route> to={Route::Portfolio} classes="button primary">{ t("app-not-found-home") }</Link<Route>>
        </section>
    }
}

//! Purchases at discrete occasions: the BG/BB outlook of every history (P(alive at the next
//! occasion), expected purchases over the next occasions, DERT).

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::engine::purchases::occasion_settings;
use crate::i18n::{number, percent0, t, ta};
use crate::ui::app::use_app;

#[component]
pub fn OccasionsPanel() -> Html {
    let state = use_app();
    let next = use_state(|| "5".to_string());
    let discount = use_state(|| "10".to_string());
    let Some(occ) = state.data.purchases.as_deref().and_then(|s| s.occasions.as_ref()) else { return html! {} };
    let typed = |h: &UseStateHandle<String>| {
        let h = h.clone();
        Callback::from(move |e: InputEvent| h.set(e.target_unchecked_into::<HtmlInputElement>().value()))
    };
    let settings = occasion_settings(&next, &discount);
    let customers: f64 = occ.histories.iter().map(|h| h.weight).sum();
    html! {
        <div class="panel" data-testid="occasions">
            <h2>{ t("purchases-fits-occasions-title") }</h2>
            <p class="lead">{ ta("purchases-fits-occasions-lead", &[("customers", customers.into()), ("rows", occ.histories.len().into()), ("unit", occ.unit.key().into())]) }</p>
            <div class="mapping">
                <div class="field"><label for="oc-n">{ t("purchases-fits-next") }</label>
                    <input id="oc-n" type="text" inputmode="numeric" value={(*next).clone()} oninput={typed(&next)} /></div>
                <div class="field"><label for="oc-d">{ t("purchases-fits-discount") }</label>
                    <input id="oc-d" type="text" inputmode="decimal" value={(*discount).clone()} oninput={typed(&discount)} /></div>
            </div>
            { match settings {
                Err(e) => html! { <p class="error" role="alert">{ e.to_string() }</p> },
                Ok((n, d)) => html! {
                    <div class="table-wrap"><table class="compact" data-testid="occasion-table">
                        <thead><tr>
                            <th scope="col" class="num">{ t("purchases-fits-col-x") }</th><th scope="col" class="num">{ t("purchases-fits-col-tx") }</th>
                            <th scope="col" class="num">{ t("purchases-fits-col-n") }</th><th scope="col" class="num">{ t("purchases-fits-col-count") }</th>
                            <th scope="col" class="num">{ t("purchases-fits-col-alive") }</th><th scope="col" class="num">{ t("purchases-fits-col-expected") }</th>
                            <th scope="col" class="num">{ t("purchases-fits-col-dert") }</th>
                        </tr></thead>
                        <tbody>{ for occ.outlook(n, d).iter().map(|o| html! { <tr>
                            <td class="num">{ o.history.frequency }</td><td class="num">{ o.history.recency }</td><td class="num">{ o.history.periods }</td>
                            <td class="num">{ number(o.history.weight, 0) }</td><td class="num">{ percent0(o.p_alive) }</td>
                            <td class="num">{ number(o.expected, 2) }</td><td class="num">{ number(o.dert, 2) }</td>
                        </tr> }) }</tbody>
                    </table></div>
                },
            } }
        </div>
    }
}

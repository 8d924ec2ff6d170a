//! Purchase probabilities for any horizon: for one customer, the chance of no order, exactly one
//! and at least one in the next days, under every fitted model.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::engine::purchases::horizon_days;
use crate::i18n::{percent0, t, ta};
use crate::ui::app::use_app;

#[component]
pub fn ChancePanel() -> Html {
    let state = use_app();
    let id = use_state(String::new);
    let days = use_state(|| "30".to_string());
    let Some(study) = state.data.purchases.as_deref() else { return html! {} };
    if study.purchase_model().is_none() {
        return html! {};
    }
    let typed = |h: &UseStateHandle<String>| {
        let h = h.clone();
        Callback::from(move |e: InputEvent| h.set(e.target_unchecked_into::<HtmlInputElement>().value()))
    };
    let body = match horizon_days(&days) {
        Err(e) => html! { <p class="error" role="alert">{ e.to_string() }</p> },
        Ok(_) if id.trim().is_empty() => html! { <p class="hint">{ t("purchases-fits-chance-hint") }</p> },
        Ok(n) => {
            let rows = study.chances_by_model(id.trim(), n);
            if rows.is_empty() {
                html! { <p class="hint">{ ta("purchases-fits-chance-unknown", &[("id", id.trim().to_string().into())]) }</p> }
            } else {
                html! {
                    <div class="table-wrap"><table class="compact" data-testid="chance-table">
                        <thead><tr><th scope="col">{ t("purchases-col-model") }</th><th scope="col" class="num">{ t("purchases-fits-col-none") }</th>
                            <th scope="col" class="num">{ t("purchases-fits-col-one") }</th><th scope="col" class="num">{ t("purchases-fits-col-some") }</th></tr></thead>
                        <tbody>{ for rows.iter().map(|(m, c)| html! { <tr>
                            <th scope="row">{ *m }</th><td class="num">{ percent0(c.none) }</td><td class="num">{ percent0(c.one) }</td><td class="num">{ percent0(c.at_least_one) }</td>
                        </tr> }) }</tbody>
                    </table></div>
                }
            }
        }
    };
    html! {
        <div class="panel" data-testid="purchase-chances">
            <h2>{ t("purchases-fits-chance-title") }</h2>
            <div class="mapping">
                <div class="field"><label for="pc-id">{ t("purchases-fits-chance-customer") }</label>
                    <input id="pc-id" type="text" value={(*id).clone()} oninput={typed(&id)} /></div>
                <div class="field"><label for="pc-days">{ t("purchases-fits-chance-days") }</label>
                    <input id="pc-days" type="text" inputmode="numeric" value={(*days).clone()} oninput={typed(&days)} /></div>
            </div>
            { body }
        </div>
    }
}

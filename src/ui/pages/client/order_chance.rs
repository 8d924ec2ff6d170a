//! "Will this client order before our next meeting?": the purchase model's chance of at least one
//! order between the end of the purchase history and the next planned contact.

use yew::prelude::*;

use crate::engine::purchases::next_planned_contact;
use crate::i18n::{number, percent0, t, ta, Arg};
use crate::ui::app::use_app;
use crate::ui::scores::today;

#[derive(Properties, PartialEq)]
pub struct OrderChanceProps {
    pub id: String,
}

#[component]
pub fn OrderChanceCard(p: &OrderChanceProps) -> Html {
    let state = use_app();
    let Some(study) = state.data.purchases.as_deref() else { return html! {} };
    let Some(client) = state.data.portfolio.client(&p.id) else { return html! {} };
    if study.customer_card(&p.id).is_none() {
        return html! {};
    }
    let Some(next) = next_planned_contact(client, today()) else {
        return html! {
            <div class="panel" data-testid="client-order-chance" data-state="none-planned">
                <h2>{ t("client-order-title") }</h2>
                <p class="hint">{ t("client-order-none-planned") }</p>
            </div>
        };
    };
    let Some((days, o)) = study.outlook_until(&p.id, next) else { return html! {} };
    let model = study.purchase_model().map_or("", |m| m.name());
    html! {
        <div class="panel" data-testid="client-order-chance" data-state="planned">
            <h2>{ t("client-order-title") }</h2>
            <p>{ ta("client-order-next", &[("date", next.into()), ("days", days.into())]) }</p>
            <p class="big" data-testid="order-chance" data-value={o.chances.at_least_one.to_string()}>
                <strong>{ ta("client-order-chance", &[("p", percent0(o.chances.at_least_one).into())]) }</strong>
                if let Some(i) = o.at_least_one { { " · " }<span class="hint">{ ta("client-order-interval", &[("low", percent0(i.low).into()), ("high", percent0(i.high).into())]) }</span> }
            </p>
            <p>{ ta("client-order-detail", &[("none", percent0(o.chances.none).into()), ("one", percent0(o.chances.one).into()), ("model", model.into())]) }</p>
            <p class="hint" data-testid="order-chance-models">{ t("client-order-by-model") }{ " " }
                { study.chances_by_model(&p.id, days).iter().map(|(m, c)| format!("{m} {}", percent0(c.at_least_one))).collect::<Vec<_>>().join(" · ") }</p>
            if let Some(i) = o.p_alive {
                <p>{ ta("client-order-alive", &[("p", percent0(i.value).into())]) }{ " · " }<span class="hint">{ ta("client-order-interval", &[("low", percent0(i.low).into()), ("high", percent0(i.high).into())]) }</span></p>
            }
            if let Some(i) = o.expected_purchases {
                <p>{ ta("client-order-expected", &[("months", study.value.horizon_months.into()), ("n", Arg::Dec(i.value, 2))]) }{ " · " }
                    <span class="hint">{ ta("client-order-interval", &[("low", number(i.low, 2).into()), ("high", number(i.high, 2).into())]) }</span></p>
            }
            if let Some(i) = o.value {
                <p data-testid="order-chance-value">{ ta("client-order-value", &[("months", study.value.horizon_months.into()), ("value", Arg::Money(i.value))]) }{ " · " }
                    <span class="hint">{ ta("client-order-interval", &[("low", crate::i18n::money(i.low).into()), ("high", crate::i18n::money(i.high).into())]) }</span></p>
            }
        </div>
    }
}

//! The portfolio's scores, computed by the engine once per change of the data.

use std::rc::Rc;

use chrono::NaiveDate;
use yew::prelude::*;

use crate::engine::purchases::p_alive_for_ids;
use crate::engine::sample::demo_as_of;
use crate::engine::scoring::{score_portfolio, PortfolioScores, ScoringAssumptions};
use crate::store::AppData;
use crate::ui::app::use_app;
use crate::ui::platform::browser::today_iso;

/// Today in the user's time zone (the date scores are computed as of).
pub fn today() -> NaiveDate {
    NaiveDate::parse_from_str(&today_iso(), "%Y-%m-%d").unwrap_or_else(|_| demo_as_of())
}

/// Lifetime values in the scores use the scenario baseline's retention, discount and horizon,
/// so the two pages agree. Clients whose id matches a customer of the imported purchase history get
/// its P(alive) (the "Purchase model: likely stopped buying" risk factor).
pub fn assumptions(data: &AppData) -> ScoringAssumptions {
    let base = data.scenarios.baseline(&data.portfolio);
    let p_alive = data
        .purchases
        .as_deref()
        .map(|study| p_alive_for_ids(study, data.portfolio.clients.iter().map(|c| c.id.as_str())))
        .unwrap_or_default();
    ScoringAssumptions {
        retention: base.retention,
        discount: base.discount,
        horizon_years: base.horizon_years,
        p_alive,
        ..Default::default()
    }
}

/// Scores of every client and the portfolio's health, recomputed only when the data changes.
#[hook]
pub fn use_scores() -> Rc<PortfolioScores> {
    let state = use_app();
    let key = (state.edits, state.revision, state.customers_key(), today());
    let st = state.clone();
    use_memo(key, move |(_, _, _, day)| {
        score_portfolio(&st.data.portfolio, &st.data.settings.risk_weights, *day, &assumptions(&st.data))
    })
}

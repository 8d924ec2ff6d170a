//! The portfolio's scores, computed by the engine once per change of the data.

use std::rc::Rc;

use chrono::NaiveDate;
use yew::prelude::*;

use crate::engine::purchases::p_alive_for_ids;
use crate::engine::sample::demo_as_of;
use crate::engine::scoring::backtest::{backtest, backtest_sample, Backtest};
use crate::engine::scoring::history::{score_history, ScorePoint};
use crate::engine::scoring::learn::{learn_weights, Learned, LEARN_HORIZON};
use crate::engine::scoring::{score_portfolio, PortfolioScores, ScoringAssumptions};
use crate::store::AppData;
use crate::ui::app::use_app;
use crate::ui::platform::browser::today_iso;

/// Today in the user's time zone (the date scores are computed as of).
pub fn today() -> NaiveDate {
    crate::engine::util::parse::parse_iso_date(&today_iso()).unwrap_or_else(demo_as_of)
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

/// One client's risk and loyalty at every month end (the client page's sparklines).
#[hook]
pub fn use_history(id: String) -> Rc<Vec<ScorePoint>> {
    let state = use_app();
    let key = (state.edits, state.revision, today(), id);
    let st = state.clone();
    use_memo(key, move |(_, _, day, id)| {
        st.data
            .portfolio
            .clients
            .iter()
            .find(|c| &c.id == id)
            .map(|c| score_history(c, &st.data.settings.risk_weights, *day))
            .unwrap_or_default()
    })
}

/// The first day of a backtest window `months` back from `day` (`None` for 0: every loss).
pub fn window_from(day: NaiveDate, months: u32) -> Option<NaiveDate> {
    if months == 0 {
        None
    } else {
        day.checked_sub_months(chrono::Months::new(months))
    }
}

/// The backtest of the saved weights on the losses of the last `months` (0: all) with a horizon.
#[hook]
pub fn use_backtest(months: u32, horizon: u32) -> Rc<Backtest> {
    let state = use_app();
    let key = (state.edits, state.revision, today(), months, horizon);
    let st = state.clone();
    use_memo(key, move |(_, _, day, months, horizon)| {
        backtest(&st.data.portfolio, &st.data.settings.risk_weights, window_from(*day, *months), *day, *horizon)
    })
}

/// Weights learned from the losses of the last `months` (0: all), "lost within 90 days".
#[hook]
pub fn use_learned(months: u32) -> Rc<Learned> {
    let state = use_app();
    let key = (state.edits, state.revision, today(), months);
    let st = state.clone();
    use_memo(key, move |(_, _, day, months)| {
        let w = &st.data.settings.risk_weights;
        let sample = backtest_sample(&st.data.portfolio, w, window_from(*day, *months), *day, LEARN_HORIZON);
        learn_weights(&sample, w)
    })
}

//! Settings → churn-risk weights, with a live preview of what they do to the portfolio
//! (the what-if for the score itself). Nothing is saved until "Save weights".

use std::collections::HashMap;

use web_sys::HtmlInputElement;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::engine::scoring::learn::LearnNote;
use crate::engine::scoring::score_portfolio;
use crate::engine::scoring::table::{filter_and_sort, ClientFilter, SortKey};
use crate::engine::scoring::{RiskFactor, RiskWeights, MAX_FACTOR_WEIGHT};
use crate::engine::util::parse::parse_amount;
use crate::i18n::{input_number, number, percent0, t, ta};
use crate::ui::app::{use_app, Route};
use crate::ui::scores::{assumptions, today, use_learned};
use crate::ui::state::{Action, Edit};

/// A weight as its field shows it: one decimal at most, the language's decimal separator.
fn num(v: f64) -> String {
    input_number(v, 1)
}

#[derive(Properties, PartialEq)]
pub struct RiskWeightsEditorProps {
    /// The backtest's window (months back, 0: all): the learned weights use the same losses.
    #[prop_or(crate::ui::pages::settings::backtest::DEFAULT_WINDOW)]
    pub backtest_months: u32,
}

#[component]
pub fn RiskWeightsEditor(p: &RiskWeightsEditorProps) -> Html {
    let state = use_app();
    let learned = use_learned(p.backtest_months);
    let saved = state.data.settings.risk_weights.clone();
    let draft = {
        let s = saved.clone();
        use_state(move || s)
    };
    let texts = {
        let s = saved.clone();
        use_state(move || {
            RiskFactor::ALL.iter().map(|f| (f.key(), num(s.get(*f).weight))).collect::<HashMap<&'static str, String>>()
        })
    };
    let errors = use_state(HashMap::<&'static str, String>::new);
    let saved_note = use_state(|| false);

    let set_weight = |f: RiskFactor| {
        let draft = draft.clone();
        let texts = texts.clone();
        let errors = errors.clone();
        let saved_note = saved_note.clone();
        Callback::from(move |e: InputEvent| {
            let v = e.target_unchecked_into::<HtmlInputElement>().value();
            let mut t = (*texts).clone();
            t.insert(f.key(), v.clone());
            texts.set(t);
            let mut errs = (*errors).clone();
            match parse_amount(&v) {
                Ok(w) if (0.0..=MAX_FACTOR_WEIGHT).contains(&w) => {
                    errs.remove(f.key());
                    let mut d = (*draft).clone();
                    d.get_mut(f).weight = w;
                    draft.set(d);
                }
                Ok(_) => {
                    errs.insert(f.key(), ta("settings-weight-range", &[("max", MAX_FACTOR_WEIGHT.into())]));
                }
                Err(e) => {
                    errs.insert(f.key(), ta("settings-weight-invalid", &[("error", e.to_string().into())]));
                }
            }
            errors.set(errs);
            saved_note.set(false);
        })
    };
    let toggle = |f: RiskFactor| {
        let draft = draft.clone();
        let saved_note = saved_note.clone();
        Callback::from(move |e: Event| {
            let mut d = (*draft).clone();
            d.get_mut(f).enabled = e.target_unchecked_into::<HtmlInputElement>().checked();
            draft.set(d);
            saved_note.set(false);
        })
    };
    let save = {
        let state = state.clone();
        let draft = draft.clone();
        let saved_note = saved_note.clone();
        Callback::from(move |_: MouseEvent| {
            state.dispatch(Action::Edit(Edit::SetRiskWeights((*draft).clone())));
            saved_note.set(true);
        })
    };
    let reset = {
        let draft = draft.clone();
        let texts = texts.clone();
        let errors = errors.clone();
        Callback::from(move |_: MouseEvent| {
            let d = RiskWeights::default();
            texts.set(RiskFactor::ALL.iter().map(|f| (f.key(), num(d.get(*f).weight))).collect());
            errors.set(HashMap::new());
            draft.set(d);
        })
    };

    // The learned weights: into the draft (preview), or saved at once (accept), as a manual edit.
    // `save`: also saved at once, through the same action as a manual edit (accept); else only
    // shown in the preview.
    let apply_learned = |save: bool| {
        let (state, draft, texts, errors, saved_note) =
            (state.clone(), draft.clone(), texts.clone(), errors.clone(), saved_note.clone());
        let lw = learned.weights.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(w) = &lw {
                texts.set(RiskFactor::ALL.iter().map(|f| (f.key(), num(w.get(*f).weight))).collect());
                errors.set(HashMap::new());
                draft.set(w.clone());
                if save {
                    state.dispatch(Action::Edit(Edit::SetRiskWeights(w.clone())));
                }
                saved_note.set(save);
            }
        })
    };
    let try_learned = apply_learned(false);
    let accept_learned = apply_learned(true);

    // The preview: the portfolio scored with the saved weights and with the draft.
    let day = today();
    let a = assumptions(&state.data);
    let before = score_portfolio(&state.data.portfolio, &saved, day, &a);
    let after = score_portfolio(&state.data.portfolio, &draft, day, &a);
    // The purchase-model factor only counts for clients in an imported purchase history.
    let has_purchases = state.data.purchases.is_some();
    let shown: Vec<RiskFactor> =
        RiskFactor::ALL.iter().copied().filter(|f| has_purchases || *f != RiskFactor::PurchaseModel).collect();
    let shares = draft.shares(&shown);
    let all_off = shares.iter().all(|(_, s)| *s == 0.0);
    let ranked = filter_and_sort(&state.data.portfolio, &after.clients, &ClientFilter::default(), SortKey::Risk, true);
    let changed = *draft != saved;
    let bars = |counts: [usize; 3], label: &str, testid: &str| {
        let n: usize = counts.iter().sum::<usize>().max(1);
        html! {
            <div class="dist" data-testid={testid.to_string()}>
                <span class="dist-label">{ label }</span>
                <svg class="dist-bar" viewBox="0 0 100 10" preserveAspectRatio="none" role="img"
                    aria-label={ta("settings-dist-aria", &[("low", counts[0].into()), ("medium", counts[1].into()), ("high", counts[2].into())])}>
                    {{
                        let mut x = 0.0;
                        ["low", "medium", "high"].iter().zip(counts).map(|(k, c)| {
                            let w = c as f64 / n as f64 * 100.0;
                            let r = html! { <rect class={classes!("seg", *k)} x={format!("{x:.2}")} y="0" width={format!("{w:.2}")} height="10" data-count={c.to_string()} /> };
                            x += w;
                            r
                        }).collect::<Html>()
                    }}
                </svg>
                <span class="hint">{ ta("settings-dist-text", &[("low", counts[0].into()), ("medium", counts[1].into()), ("high", counts[2].into()), ("n", n.into())]) }</span>
            </div>
        }
    };
    html! {
        <div class="panel" data-testid="risk-weights">
            <h2>{ t("settings-weights-title") }</h2>
            <p class="hint">{ t("settings-weights-lead") }</p>
            <div class="scroll-x"><table class="compact weights">
                <thead><tr>
                    <th scope="col">{ t("settings-weights-factor") }</th>
                    <th scope="col">{ t("settings-weights-on") }</th>
                    <th scope="col" class="num">{ t("settings-weights-weight") }</th>
                    <th scope="col" class="num">{ t("settings-weights-share") }</th>
                </tr></thead>
                <tbody>
                { for shown.iter().map(|f| {
                    let w = draft.get(*f);
                    let id = format!("w-{}", f.key());
                    let share = shares.iter().find(|(x, _)| x == f).map_or(0.0, |(_, s)| *s);
                    html! {
                        <tr>
                            <th scope="row"><label for={id.clone()}>{ f.label().to_string() }</label></th>
                            <td><input type="checkbox" aria-label={ta("settings-weights-use", &[("factor", f.label().to_string().into())])} checked={w.enabled} onchange={toggle(*f)} /></td>
                            <td class="num">
                                <input id={id.clone()} class="weight" type="text" inputmode="decimal" value={texts.get(f.key()).cloned().unwrap_or_default()}
                                    disabled={!w.enabled} oninput={set_weight(*f)} aria-invalid={errors.contains_key(f.key()).to_string()} />
                                if let Some(e) = errors.get(f.key()) { <small class="error">{ e }</small> }
                            </td>
                            <td class="num">{ percent0(share) }</td>
                        </tr>
                    }
                }) }
                </tbody>
            </table></div>
            if all_off { <p class="warn-text">{ t("settings-weights-all-off") }</p> }
            if has_purchases { <p class="hint">{ t("settings-weights-purchase-note") }</p> }
            <h3>{ t("settings-preview") }</h3>
            { bars(before.health.by_band, &t("settings-preview-saved"), "dist-saved") }
            { bars(after.health.by_band, &if changed { t("settings-preview-changed") } else { t("settings-preview-unchanged") }, "dist-draft") }
            <p class="hint">{ t("settings-preview-top") }</p>
            <ol class="preview-rank" data-testid="preview-rank">
                { for ranked.iter().take(5).map(|&i| {
                    let c = &after.clients[i];
                    let old = before.clients[i].risk.score;
                    html! { <li>
                        <Link<Route> to={Route::Client { id: c.id.clone() }}>{ &c.company }</Link<Route>>
                        { " — " }{ number(c.risk.score, 0) }
                        if (c.risk.score - old).abs() >= 0.5 { { " " }{ ta("settings-preview-was", &[("score", crate::i18n::Arg::Dec(old, 0))]) } }
                    </li> }
                }) }
            </ol>
            <div class="learned" data-testid="learned-weights">
                <h3>{ t("backtest-learn-title") }</h3>
                <p class="hint">{ ta("backtest-learn-lead", &[("n", learned.losses.into()), ("rows", learned.rows.into())]) }</p>
                if let Some(lw) = &learned.weights {
                    <table class="compact weights">
                        <thead><tr>
                            <th scope="col">{ t("settings-weights-factor") }</th>
                            <th scope="col" class="num">{ t("backtest-learn-current") }</th>
                            <th scope="col" class="num">{ t("backtest-learn-proposed") }</th>
                            <th scope="col">{ t("backtest-learn-note") }</th>
                        </tr></thead>
                        <tbody>
                        { for learned.factors.iter().filter(|f| has_purchases || f.factor != RiskFactor::PurchaseModel).map(|f| html! {
                            <tr>
                                <th scope="row">{ f.factor.label().to_string() }</th>
                                <td class="num">{ number(f.current, 1) }</td>
                                <td class="num" data-testid={format!("learned-{}", f.factor.key())}>{ number(lw.get(f.factor).weight, 1) }</td>
                                <td class="hint">{ match (f.note, f.coefficient) {
                                    (LearnNote::Learned, Some(b)) => ta("backtest-learn-note-learned", &[("b", crate::i18n::Arg::Dec(b, 2))]),
                                    (LearnNote::Negative, Some(b)) => ta("backtest-learn-note-negative", &[("b", crate::i18n::Arg::Dec(b, 2))]),
                                    (LearnNote::Off, _) => t("backtest-learn-note-off"),
                                    _ => t("backtest-learn-note-not-seen"),
                                } }</td>
                            </tr>
                        }) }
                        </tbody>
                    </table>
                    <p data-testid="learned-auc">{ ta("backtest-learn-auc", &[
                        ("current", learned.cv_auc_current.map(|a| number(a, 2)).unwrap_or_else(|| "–".into()).into()),
                        ("learned", learned.cv_auc_learned.map(|a| number(a, 2)).unwrap_or_else(|| "–".into()).into()),
                        ("folds", learned.folds.into()),
                    ]) }</p>
                    if learned.losses < crate::engine::scoring::backtest::FEW_LOSSES {
                        <p class="warn-text">{ ta("backtest-anecdotal", &[("n", learned.losses.into()), ("min", crate::engine::scoring::backtest::FEW_LOSSES.into())]) }</p>
                    }
                    <div class="actions">
                        <button type="button" onclick={try_learned}>{ t("backtest-learn-preview") }</button>
                        <button type="button" class="primary" onclick={accept_learned} disabled={*lw == saved}>{ t("backtest-learn-accept") }</button>
                    </div>
                } else {
                    <p>{ if learned.fit.is_some() { t("backtest-learn-nothing") } else { ta("backtest-learn-too-few", &[("min", crate::engine::scoring::learn::MIN_LOSSES.into())]) } }</p>
                }
            </div>
            <div class="actions">
                <button type="button" class="primary" onclick={save} disabled={!changed || !errors.is_empty()}>{ t("settings-weights-save") }</button>
                <button type="button" onclick={reset}>{ t("settings-weights-defaults") }</button>
                if *saved_note && !changed { <span class="ok-text" role="status">{ t("settings-weights-saved") }</span> }
            </div>
        </div>
    }
}

//! MBG/NBD, BG/BB, purchase probabilities and standard errors against published figures and
//! independent implementations. The reference figures come from `tests/reference/btyd_models_mpmath.py`
//! (lifetimes 0.11.3 and an mpmath evaluation of the likelihoods; run
//! `python3 tests/reference/btyd_models_mpmath.py` from the repository root), pasted below.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests: a failed unwrap is a failed test

use chrono::NaiveDate;
use retention_calculator::engine::btyd::occasions::OccasionUnit;
use retention_calculator::engine::btyd::probability::{new_customer_probability, probability_of_purchases};
use retention_calculator::engine::btyd::{
    fit_bgbb, fit_mbgnbd, BgBbParams, BgNbdParams, MbgNbdParams, OccasionHistory, ParetoNbdParams, PurchaseModel, TimeUnit,
};
use retention_calculator::engine::files::summary_csv::{parse_summary, SummaryUnit};
use retention_calculator::engine::purchases::{ModelUncertainty, OccasionStudy};

const CDNOW_SUMMARY: &str = include_str!("fixtures/cdnow/cdnow_customers_summary_with_transactions.csv");
const DONATIONS: &str = include_str!("fixtures/donations/donations.csv");

fn close(got: f64, want: f64, tol: f64, what: &str) {
    assert!((got - want).abs() <= tol, "{what}: {got} vs {want} (±{tol})");
}

fn rel(got: f64, want: f64, tol: f64, what: &str) {
    assert!(((got - want) / want).abs() <= tol, "{what}: {got} vs {want} (±{}%)", tol * 100.0);
}

fn cdnow() -> Vec<retention_calculator::engine::btyd::CustomerSummary> {
    let f = parse_summary(CDNOW_SUMMARY, SummaryUnit::Time(TimeUnit::Weeks)).unwrap();
    assert_eq!((f.customers.len(), f.error_count), (2357, 0));
    f.customers
}

fn donations() -> Vec<OccasionHistory> {
    let f = parse_summary(DONATIONS, SummaryUnit::Occasions(OccasionUnit::Years)).unwrap();
    assert_eq!((f.histories.len(), f.error_count, f.represented), (22, 0, 11_104.0));
    f.histories
}

#[test]
fn mbgnbd_on_the_cdnow_summary_gives_the_published_estimates() {
    let fit = fit_mbgnbd(&cdnow()).unwrap();
    let p = fit.params;
    // Published (BTYDplus, lifetimes): r = 0.525, α = 6.183, a = 0.891, b = 1.614 (± half a unit).
    close(p.r, 0.525, 5e-4, "r");
    close(p.alpha, 6.183, 5e-4, "alpha");
    close(p.a, 0.891, 5e-4, "a");
    close(p.b, 1.614, 5e-4, "b");
    // lifetimes 0.11.3: 0.5248377, 6.182988, 0.8913563, 1.614; ln L (mpmath) −9582.1326849.
    rel(p.r, 0.5248377, 1e-3, "r (lifetimes)");
    rel(p.alpha, 6.182988, 1e-3, "alpha (lifetimes)");
    close(fit.report.log_likelihood, -9582.1326849, 1e-3, "LL");
    assert!(fit.report.converged && !fit.report.at_bound);
}

#[test]
fn standard_errors_match_an_mpmath_hessian() {
    let customers = cdnow();
    let mbg = fit_mbgnbd(&customers).unwrap();
    let bg = retention_calculator::engine::btyd::fit_bgnbd(&customers).unwrap();
    let gg = retention_calculator::engine::btyd::fit_gamma_gamma(&customers).unwrap();
    let u = ModelUncertainty::of(&customers, Some(&bg), None, Some(&mbg), Some(&gg));
    // mpmath: central differences of ln L (written from the papers) at lifetimes' optimum.
    let want_mbg = [0.0832639, 0.695597, 0.154785, 0.537472];
    for (e, want) in u.mbgnbd.unwrap().estimates().iter().zip(want_mbg) {
        rel(e.se, want, 0.02, "MBG/NBD SE");
        assert!(e.low < e.value && e.value < e.high);
    }
    let want_bg = [0.0125573, 0.378221, 0.185719, 0.705345];
    for (e, want) in u.bgnbd.unwrap().estimates().iter().zip(want_bg) {
        rel(e.se, want, 0.02, "BG/NBD SE");
    }
    // Gamma-Gamma on the 946 repeat buyers (the Hessian taken in units of the mean spend).
    let want_gg = [1.18969, 0.290166, 4.16];
    for (e, want) in u.gamma.unwrap().estimates().iter().zip(want_gg) {
        rel(e.se, want, 0.02, "Gamma-Gamma SE");
    }
    let s = OccasionStudy::fit(OccasionUnit::Years, donations()).unwrap();
    let want_bb = [0.0693914, 0.0294477, 0.0510099, 0.320819];
    for (e, want) in s.uncertainty.unwrap().estimates().iter().zip(want_bb) {
        rel(e.se, want, 0.02, "BG/BB SE");
    }
}

#[test]
fn bgbb_on_donations_gives_the_published_estimates_and_p_alive() {
    let h = donations();
    let fit = fit_bgbb(&h).unwrap();
    let p = fit.params;
    // FHS 2010: α = 1.204, β = 0.750, γ = 0.657, δ = 2.783.
    close(p.alpha, 1.204, 5e-4, "alpha");
    close(p.beta, 0.750, 5e-4, "beta");
    close(p.gamma, 0.657, 5e-4, "gamma");
    close(p.delta, 2.783, 5e-4, "delta");
    close(fit.report.log_likelihood, -33225.5812743, 1e-3, "LL (mpmath at lifetimes' optimum)");
    assert_eq!(fit.report.n_customers, 11_104);
    // P(alive in 2002): 0.11, 0.59, 0.93 (FHS 2010); lifetimes at the published parameters
    // 0.1080165842, 0.5895141164, 0.9304025424; E[next 5] 0.0728028775, 1.0573489419,
    // 3.7521156076; DERT(d = 0.1) (mpmath) 0.114646996182, 1.66506990259, 5.90867831956.
    let published = BgBbParams { alpha: 1.204, beta: 0.750, gamma: 0.657, delta: 2.783 };
    let cases = [
        ((0, 0), 0.11, 0.1080165842, 0.0728028775, 0.114646996182),
        ((2, 4), 0.59, 0.5895141164, 1.0573489419, 1.66506990259),
        ((6, 6), 0.93, 0.9304025424, 3.7521156076, 5.90867831956),
    ];
    for ((x, tx), paper, alive, next5, dert) in cases {
        let h = OccasionHistory { frequency: x, recency: tx, periods: 6, weight: 1.0 };
        close(p.p_alive(1, &h).unwrap(), paper, 5e-3, "P(alive) with the fit");
        rel(published.p_alive(1, &h).unwrap(), alive, 1e-6, "P(alive)");
        rel(published.conditional_expected_purchases(5, &h).unwrap(), next5, 1e-6, "E[next 5]");
        rel(published.dert(0.1, &h).unwrap(), dert, 1e-6, "DERT");
    }
}

#[test]
fn purchase_probabilities_match_lifetimes() {
    let mbg = PurchaseModel::MbgNbd(MbgNbdParams { r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 });
    let bg = PurchaseModel::BgNbd(BgNbdParams { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 });
    // lifetimes probability_of_n_purchases_up_to_time(39, n).
    let table = [
        (0, 0.5824731895, 0.5737863521),
        (1, 0.1827830773, 0.1993952808),
        (2, 0.0868948257, 0.0854297595),
        (5, 0.0193873236, 0.0179654939),
    ];
    for (n, m, b) in table {
        rel(new_customer_probability(&mbg, n, 39.0).unwrap(), m, 1e-6, "MBG/NBD P(X(39) = n)");
        rel(new_customer_probability(&bg, n, 39.0).unwrap(), b, 1e-6, "BG/NBD P(X(39) = n)");
    }
    // lifetimes ParetoNBDFitter.conditional_probability_of_n_purchases_up_to_time(n, 39, 2, 30.43, 38.86).
    let pareto = PurchaseModel::ParetoNbd(ParetoNbdParams { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 });
    for (n, want) in [(0, 0.4080627236), (1, 0.2192874979), (2, 0.1517565208)] {
        rel(probability_of_purchases(&pareto, n, 39.0, 2.0, 30.43, 38.86).unwrap(), want, 1e-6, "Pareto/NBD P(Y(39) = n)");
    }
    // MBG/NBD gives a one-time buyer a P(alive) below 1 (lifetimes 0.3897350809); BG/NBD gives 1.
    rel(mbg.p_alive(0.0, 0.0, 38.86).unwrap(), 0.3897350809187629, 1e-9, "MBG/NBD P(alive)");
    assert_eq!(bg.p_alive(0.0, 0.0, 38.86).unwrap(), 1.0);
    rel(mbg.conditional_expected_purchases(39.0, 2.0, 30.43, 38.86).unwrap(), 1.2629606232673432, 1e-6, "MBG/NBD E[Y(39)]");
}

#[test]
fn a_donations_summary_becomes_a_bgbb_study_that_round_trips() {
    let f = parse_summary(DONATIONS, SummaryUnit::Occasions(OccasionUnit::Years)).unwrap();
    let study = f.study("donations.csv", NaiveDate::from_ymd_opt(2001, 12, 31).unwrap()).unwrap();
    assert_eq!(study.customers, 11_104);
    let occ = study.occasions.as_ref().unwrap();
    assert_eq!(occ.histories.len(), 22, "aggregated rows stay weighted");
    let outlook = occ.outlook(5, 0.1);
    assert_eq!(outlook.len(), 22);
    let json = serde_json::to_string(&study).unwrap();
    let back: retention_calculator::engine::purchases::PurchaseStudy = serde_json::from_str(&json).unwrap();
    assert_eq!(back, study);
}

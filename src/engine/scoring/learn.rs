//! Risk weights learned from the portfolio's own losses: an L2-regularised logistic regression of
//! "lost within 90 days" on the factor intensities of the backtest's sample, mapped to the weights
//! editor's scale, with the cross-validated AUC of the current and of the learned weights.
//! Formulas and the mapping in `docs/scoring.md`, section "Learned weights".

// The small dense linear algebra below indexes rows and columns as the formulas do.
#![allow(clippy::needless_range_loop)]

use super::backtest::{auc, rescore, Sample, SampleRow};
use super::risk::{RiskFactor, RiskWeights, MAX_FACTOR_WEIGHT};
use crate::engine::util::rng::SplitMix;

/// The horizon of the learned model: "lost within 90 days".
pub const LEARN_HORIZON: u32 = 90;
/// λ of the penalty (λ/2)·‖β‖², against the summed log-loss (scikit-learn's C = 1/λ).
pub const LAMBDA: f64 = 1.0;
/// Folds of the cross-validation (fewer when the sample has fewer clients).
pub const FOLDS: usize = 5;
/// Seed of the folds' split: the same sample always gives the same folds.
pub const FOLD_SEED: u64 = 20_261_201;

/// A fitted logistic regression: P(lost) = 1 / (1 + exp(−(intercept + Σ βⱼ xⱼ))).
#[derive(Clone, Debug, PartialEq)]
pub struct LogisticFit {
    pub intercept: f64,
    pub coefficients: Vec<f64>,
    pub iterations: usize,
    pub converged: bool,
}

/// log(1 + eᶻ) without overflow.
fn log1p_exp(z: f64) -> f64 {
    if z > 0.0 {
        z + (-z).exp().ln_1p()
    } else {
        z.exp().ln_1p()
    }
}

fn sigmoid(z: f64) -> f64 {
    if z >= 0.0 {
        1.0 / (1.0 + (-z).exp())
    } else {
        let e = z.exp();
        e / (1.0 + e)
    }
}

/// Σ log-loss + (λ/2)·‖β‖² (intercept not penalised), at θ = (intercept, β).
fn objective(x: &[Vec<f64>], y: &[bool], lambda: f64, theta: &[f64]) -> f64 {
    let mut j = 0.0;
    for (xi, yi) in x.iter().zip(y) {
        let z = theta[0] + xi.iter().zip(&theta[1..]).map(|(a, b)| a * b).sum::<f64>();
        j += log1p_exp(z) - if *yi { z } else { 0.0 };
    }
    j + 0.5 * lambda * theta[1..].iter().map(|b| b * b).sum::<f64>()
}

/// Solve A·v = b for a symmetric positive-definite A (Cholesky); `None` if A is not.
fn solve_spd(mut a: Vec<Vec<f64>>, mut b: Vec<f64>) -> Option<Vec<f64>> {
    let n = b.len();
    for j in 0..n {
        let mut s = a[j][j];
        for k in 0..j {
            s -= a[j][k] * a[j][k];
        }
        if s.is_nan() || s <= 0.0 || s.is_infinite() {
            return None;
        }
        let l = s.sqrt();
        a[j][j] = l;
        for i in j + 1..n {
            let mut s = a[i][j];
            for k in 0..j {
                s -= a[i][k] * a[j][k];
            }
            a[i][j] = s / l;
        }
    }
    for i in 0..n {
        let mut s = b[i];
        for k in 0..i {
            s -= a[i][k] * b[k];
        }
        b[i] = s / a[i][i];
    }
    for i in (0..n).rev() {
        let mut s = b[i];
        for k in i + 1..n {
            s -= a[k][i] * b[k];
        }
        b[i] = s / a[i][i];
    }
    Some(b)
}

/// Minimise Σᵢ [log(1 + e^{zᵢ}) − yᵢ zᵢ] + (λ/2)·‖β‖², zᵢ = b + xᵢ·β, by Newton's method
/// (iteratively reweighted least squares) with step halving. The objective is strictly convex for
/// λ > 0, so the minimum is unique. `None` without rows, with rows of different lengths,
/// non-finite figures or λ ≤ 0.
pub fn fit_logistic(x: &[Vec<f64>], y: &[bool], lambda: f64) -> Option<LogisticFit> {
    fit_logistic_from(x, y, lambda, None)
}

/// [`fit_logistic`] starting from `start` = (intercept, β) instead of 0 (the cross-validation starts
/// each fold from the whole sample's fit: the same unique minimum, in fewer steps).
pub fn fit_logistic_from(x: &[Vec<f64>], y: &[bool], lambda: f64, start: Option<&LogisticFit>) -> Option<LogisticFit> {
    let d = x.first()?.len();
    if x.len() != y.len() || lambda.is_nan() || lambda <= 0.0 || lambda.is_infinite() {
        return None;
    }
    if x.iter().any(|r| r.len() != d || r.iter().any(|v| !v.is_finite())) {
        return None;
    }
    let p = d + 1;
    let mut theta = vec![0.0; p];
    if let Some(s) =
        start.filter(|s| s.coefficients.len() == d && s.intercept.is_finite() && s.coefficients.iter().all(|b| b.is_finite()))
    {
        theta[0] = s.intercept;
        theta[1..].copy_from_slice(&s.coefficients);
    }
    let mut j = objective(x, y, lambda, &theta);
    let mut converged = false;
    let mut iterations = 0;
    while iterations < 100 {
        iterations += 1;
        let mut g = vec![0.0; p];
        let mut h = vec![vec![0.0; p]; p];
        let mut row = vec![1.0; p];
        for (xi, yi) in x.iter().zip(y) {
            row[1..].copy_from_slice(xi);
            let z = row.iter().zip(&theta).map(|(a, b)| a * b).sum::<f64>();
            let mu = sigmoid(z);
            let r = mu - if *yi { 1.0 } else { 0.0 };
            let wgt = mu * (1.0 - mu);
            for a in 0..p {
                g[a] += r * row[a];
                let wa = wgt * row[a];
                if wa != 0.0 {
                    for b in 0..=a {
                        h[a][b] += wa * row[b];
                    }
                }
            }
        }
        for a in 1..p {
            g[a] += lambda * theta[a];
            h[a][a] += lambda;
        }
        for a in 0..p {
            for b in 0..a {
                h[b][a] = h[a][b];
            }
        }
        if g.iter().map(|v| v.abs()).fold(0.0, f64::max) < 1e-11 {
            converged = true;
            break;
        }
        let step = solve_spd(h, g.clone())?;
        let mut t = 1.0;
        let mut next = theta.clone();
        let mut improved = false;
        for _ in 0..40 {
            for k in 0..p {
                next[k] = theta[k] - t * step[k];
            }
            let jn = objective(x, y, lambda, &next);
            if jn <= j {
                j = jn;
                improved = true;
                break;
            }
            t /= 2.0;
        }
        if !improved {
            // No step lowers the objective: at the minimum to machine precision.
            converged = true;
            break;
        }
        let moved = step.iter().map(|v| (v * t).abs()).fold(0.0, f64::max);
        theta = next;
        if moved < 1e-13 {
            converged = true;
            break;
        }
    }
    Some(LogisticFit { intercept: theta[0], coefficients: theta[1..].to_vec(), iterations, converged })
}

/// What became of one factor's weight.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LearnNote {
    /// From its positive coefficient.
    Learned,
    /// Its coefficient was ≤ 0 (in this sample it came with staying, or with nothing): weight 0,
    /// since a risk factor's weight cannot be negative.
    Negative,
    /// Present in no row of the sample: nothing to learn, the current weight is kept.
    NotSeen,
    /// Switched off: kept as it is.
    Off,
}

/// One factor of the proposal.
#[derive(Clone, Debug, PartialEq)]
pub struct LearnedFactor {
    pub factor: RiskFactor,
    /// Its coefficient in the fitted model (per unit of intensity), when it was fitted.
    pub coefficient: Option<f64>,
    pub current: f64,
    pub proposed: f64,
    pub note: LearnNote,
}

/// The learned weights and how well they would have warned.
#[derive(Clone, Debug, PartialEq)]
pub struct Learned {
    pub rows: usize,
    pub losses: usize,
    pub fit: Option<LogisticFit>,
    pub factors: Vec<LearnedFactor>,
    /// The current weights with the learned ones in place; `None` when nothing could be learned
    /// (too few losses, or no factor with a positive coefficient).
    pub weights: Option<RiskWeights>,
    /// Cross-validated AUC of the current weights and of the learned ones, on the same rows.
    pub cv_auc_current: Option<f64>,
    pub cv_auc_learned: Option<f64>,
    pub folds: usize,
}

/// The fewest losses and the fewest clients that stayed for a fit.
pub const MIN_LOSSES: usize = 2;
pub const MIN_STAYED: usize = 2;

/// The factors that are fitted: switched on and present (intensity > 0) in some row.
fn fitted_factors(rows: &[SampleRow], current: &RiskWeights) -> Vec<RiskFactor> {
    RiskFactor::ALL
        .into_iter()
        .filter(|f| current.get(*f).enabled && rows.iter().any(|r| r.intensities[*f as usize] > 0.0))
        .collect()
}

fn design(rows: &[&SampleRow], factors: &[RiskFactor]) -> (Vec<Vec<f64>>, Vec<bool>) {
    (
        rows.iter().map(|r| factors.iter().map(|f| r.intensities[*f as usize]).collect()).collect(),
        rows.iter().map(|r| r.lost).collect(),
    )
}

/// One decimal, as the weights editor shows it.
fn round1(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}

/// The editor's weights from the coefficients of `factors`: wⱼ = max(βⱼ, 0) · S / Σₖ max(βₖ, 0), with
/// S the current weights of those factors together (10 a factor when they are all 0), so the fitted
/// factors keep their joint share and every other factor its weight; scaled down when one would pass
/// 100; one decimal. Since the risk is 100 · Σ wⱼxⱼ / Σ w, with every βⱼ ≥ 0 it ranks clients exactly
/// as the fitted model's linear predictor. `None` when no coefficient is positive.
pub fn weights_from(coefficients: &[f64], factors: &[RiskFactor], current: &RiskWeights) -> Option<RiskWeights> {
    let positive: f64 = coefficients.iter().map(|b| b.max(0.0)).sum();
    if positive.is_nan() || positive <= 0.0 || positive.is_infinite() {
        return None;
    }
    let mut total: f64 = factors.iter().map(|f| current.get(*f).effective()).sum();
    if total <= 0.0 {
        total = 10.0 * factors.len() as f64;
    }
    let raw: Vec<f64> = coefficients.iter().map(|b| b.max(0.0) * total / positive).collect();
    let top = raw.iter().copied().fold(0.0, f64::max);
    let scale = if top > MAX_FACTOR_WEIGHT { MAX_FACTOR_WEIGHT / top } else { 1.0 };
    let mut w = current.clone();
    for (f, v) in factors.iter().zip(raw) {
        w.get_mut(*f).weight = round1(v * scale);
    }
    Some(w)
}

/// Out-of-fold AUCs of the current weights and of weights learned on the other folds, over the
/// rows of the folds that could be fitted. Folds are by client (all rows of a client in one fold),
/// shuffled with [`FOLD_SEED`].
fn cross_validate(
    rows: &[SampleRow],
    factors: &[RiskFactor],
    current: &RiskWeights,
    whole: &LogisticFit,
) -> (Option<f64>, Option<f64>, usize) {
    let mut clients: Vec<usize> = Vec::new();
    for r in rows {
        if !clients.contains(&r.client) {
            clients.push(r.client);
        }
    }
    let k = FOLDS.min(clients.len());
    if k < 2 {
        return (None, None, 0);
    }
    let mut rng = SplitMix(FOLD_SEED);
    for i in (1..clients.len()).rev() {
        let j = rng.below(i as u64 + 1) as usize;
        clients.swap(i, j);
    }
    let fold_of = |client: usize| clients.iter().position(|c| *c == client).unwrap_or(0) % k;
    let (mut cur_lost, mut cur_stayed, mut new_lost, mut new_stayed) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let mut used = 0;
    for fold in 0..k {
        let train: Vec<&SampleRow> = rows.iter().filter(|r| fold_of(r.client) != fold).collect();
        let test: Vec<SampleRow> = rows.iter().filter(|r| fold_of(r.client) == fold).cloned().collect();
        if test.is_empty() || !train.iter().any(|r| r.lost) || !train.iter().any(|r| !r.lost) {
            continue;
        }
        let (x, y) = design(&train, factors);
        let Some(fit) = fit_logistic_from(&x, &y, LAMBDA, Some(whole)) else { continue };
        let learned = weights_from(&fit.coefficients, factors, current).unwrap_or_else(|| current.clone());
        used += 1;
        for (r, s) in test.iter().zip(rescore(&test, &learned)) {
            if r.lost {
                cur_lost.push(r.risk);
                new_lost.push(s);
            } else {
                cur_stayed.push(r.risk);
                new_stayed.push(s);
            }
        }
    }
    (auc(&cur_lost, &cur_stayed), auc(&new_lost, &new_stayed), used)
}

/// Learn weights from a sample built with [`LEARN_HORIZON`] and the `current` weights.
pub fn learn_weights(sample: &Sample, current: &RiskWeights) -> Learned {
    let rows = &sample.rows;
    let losses = rows.iter().filter(|r| r.lost).count();
    let stayed = rows.len() - losses;
    let factors = fitted_factors(rows, current);
    let mut out = Learned {
        rows: rows.len(),
        losses,
        fit: None,
        factors: Vec::new(),
        weights: None,
        cv_auc_current: None,
        cv_auc_learned: None,
        folds: 0,
    };
    let enough = losses >= MIN_LOSSES && stayed >= MIN_STAYED && !factors.is_empty();
    if enough {
        let all: Vec<&SampleRow> = rows.iter().collect();
        let (x, y) = design(&all, &factors);
        out.fit = fit_logistic(&x, &y, LAMBDA);
    }
    if let Some(fit) = &out.fit {
        out.weights = weights_from(&fit.coefficients, &factors, current);
        let (a, b, folds) = cross_validate(rows, &factors, current, fit);
        (out.cv_auc_current, out.cv_auc_learned, out.folds) = (a, b, folds);
    }
    for f in RiskFactor::ALL {
        let current_w = current.get(f).weight;
        let pos = factors.iter().position(|g| *g == f);
        let coefficient = pos.and_then(|i| out.fit.as_ref().map(|fit| fit.coefficients[i]));
        let note = match (current.get(f).enabled, coefficient) {
            (false, _) => LearnNote::Off,
            (true, None) => LearnNote::NotSeen,
            (true, Some(b)) if b > 0.0 => LearnNote::Learned,
            (true, Some(_)) => LearnNote::Negative,
        };
        let proposed = out.weights.as_ref().map_or(current_w, |w| w.get(f).weight);
        out.factors.push(LearnedFactor { factor: f, coefficient, current: current_w, proposed, note });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::model::{Portfolio, Stage};
    use crate::engine::sample::{generate_clients, generated_as_of};
    use crate::engine::scoring::backtest::backtest_sample;
    use chrono::Days;

    /// The fixed sample of the reference fit: 100 generated clients, every tenth lost on a day of the
    /// last year (as the generator's seed decides), scored 90 days before.
    pub(super) fn reference_portfolio() -> Portfolio {
        let mut p = generate_clients(100, 11);
        let mut rng = SplitMix(5);
        for (i, c) in p.clients.iter_mut().enumerate() {
            if i % 10 == 3 {
                c.stage = Stage::Lost;
                c.lost_on = generated_as_of().checked_sub_days(Days::new(rng.int(0, 360)));
            } else if c.stage == Stage::Lost {
                c.stage = Stage::AtRisk;
            }
        }
        p
    }

    const FIXTURE: &str = include_str!("../../../tests/fixtures/learn_sample.csv");

    fn csv_rows() -> Vec<(bool, [f64; 10])> {
        FIXTURE
            .lines()
            .skip(1)
            .map(|l| {
                let v: Vec<&str> = l.split(',').collect();
                let mut x = [0.0; 10];
                for (k, s) in v[3..13].iter().enumerate() {
                    x[k] = s.parse().expect("number");
                }
                (v[2] == "1", x)
            })
            .collect()
    }

    /// Writes the fixture (run once with `cargo test --lib write_learn_fixture -- --ignored`).
    #[test]
    #[ignore]
    fn write_learn_fixture() {
        let s = backtest_sample(&reference_portfolio(), &RiskWeights::default(), None, generated_as_of(), LEARN_HORIZON);
        let mut out = String::from("client,day,lost");
        for f in RiskFactor::ALL {
            out.push(',');
            out.push_str(f.key());
        }
        out.push('\n');
        for r in &s.rows {
            out.push_str(&format!("{},{},{}", r.client, r.day, u8::from(r.lost)));
            for x in r.intensities {
                out.push_str(&format!(",{x:?}"));
            }
            out.push('\n');
        }
        std::fs::write(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/learn_sample.csv"), out).expect("write");
    }

    #[test]
    fn coefficients_map_to_weights_that_keep_the_fitted_factors_joint_weight() {
        let cur = RiskWeights::default();
        let f = [RiskFactor::Silence, RiskFactor::SatisfactionDrop, RiskFactor::Competitor];
        // Current weights of the three: 15 + 15 + 10 = 40; positive coefficients 3 and 1.
        let w = weights_from(&[3.0, -2.0, 1.0], &f, &cur).expect("a positive coefficient");
        assert_eq!((w.silence.weight, w.satisfaction_drop.weight, w.competitor.weight), (30.0, 0.0, 10.0));
        // Every other factor keeps its weight.
        assert_eq!(w.revenue_decline.weight, 15.0);
        assert_eq!(w.low_share_of_wallet.weight, 5.0);
        assert_eq!(weights_from(&[-1.0, 0.0, -3.0], &f, &cur), None);
        // No factor passes 100: 1000 : 1 over a joint 40 would already fit, so force it with 300.
        let mut big = cur.clone();
        big.silence.weight = 100.0;
        big.satisfaction_drop.weight = 100.0;
        big.competitor.weight = 100.0;
        let w = weights_from(&[1.0, 0.0, 0.0], &f, &big).expect("positive");
        assert_eq!(w.silence.weight, 100.0);
    }

    #[test]
    fn learning_on_the_reference_sample_proposes_weights_and_two_cross_validated_aucs() {
        let cur = RiskWeights::default();
        let s = backtest_sample(&reference_portfolio(), &cur, None, generated_as_of(), LEARN_HORIZON);
        let l = learn_weights(&s, &cur);
        assert_eq!((l.rows, l.losses, l.folds), (842, 10, 5));
        let w = l.weights.as_ref().expect("positive coefficients");
        let by = |f: RiskFactor| l.factors.iter().find(|x| x.factor == f).expect("every factor");
        // Falling satisfaction came with staying in this sample: weight 0.
        assert_eq!(by(RiskFactor::SatisfactionDrop).note, LearnNote::Negative);
        assert_eq!(w.satisfaction_drop.weight, 0.0);
        // No contract ended within the window on any scored day: kept as it is.
        assert_eq!(by(RiskFactor::ContractEnd).note, LearnNote::NotSeen);
        assert_eq!(w.contract_end.weight, 10.0);
        assert_eq!(by(RiskFactor::LowLoyalty).note, LearnNote::Learned);
        assert!(w.low_loyalty.weight > w.silence.weight);
        assert!(l.cv_auc_current.is_some() && l.cv_auc_learned.is_some());
        // Too few losses: nothing is learned.
        let mut few = s.clone();
        let first = few.rows.iter().position(|r| r.lost).expect("a loss");
        let kept = s.rows[first].client;
        few.rows.retain(|r| !r.lost || r.client == kept);
        let none = learn_weights(&few, &cur);
        assert_eq!((none.losses, none.weights.is_none(), none.fit.is_none()), (1, true, true));
    }

    #[test]
    fn the_fixture_is_the_sample_of_the_reference_portfolio() {
        let s = backtest_sample(&reference_portfolio(), &RiskWeights::default(), None, generated_as_of(), LEARN_HORIZON);
        let rows = csv_rows();
        assert_eq!(rows.len(), s.rows.len());
        for (a, b) in rows.iter().zip(&s.rows) {
            assert_eq!(a.0, b.lost);
            assert_eq!(a.1, b.intensities);
        }
        assert_eq!(s.losses, 10);
    }
}

#[cfg(test)]
mod reference {
    use super::*;

    /// scikit-learn's fit on the same matrix (`python tests/reference/learn_logistic.py`:
    /// LogisticRegression(C=1, newton-cholesky, tol 1e-14) on the columns that are not all zero).
    const SKLEARN_INTERCEPT: f64 = -4.66868488;
    const SKLEARN: [(&str, f64); 8] = [
        ("silence", 0.10254443),
        ("satisfaction_drop", -0.77762832),
        ("revenue_decline", 0.24258395),
        ("new_manager", -0.08642921),
        ("complaints", 0.02338629),
        ("competitor", -0.21133864),
        ("low_share_of_wallet", 0.07141683),
        ("low_loyalty", 0.60527870),
    ];
    /// scikit-learn's `roc_auc_score` of the default-weight risk on the same rows (same script).
    const SKLEARN_AUC_DEFAULT: f64 = 0.5307091346;

    #[test]
    fn the_fit_matches_scikit_learn_on_the_same_matrix() {
        let text = include_str!("../../../tests/fixtures/learn_sample.csv");
        let mut lines = text.lines();
        let header: Vec<&str> = lines.next().expect("header").split(',').collect();
        let cols: Vec<usize> = SKLEARN.iter().map(|(k, _)| header.iter().position(|h| h == k).expect("column")).collect();
        let (mut x, mut y) = (Vec::new(), Vec::new());
        for l in lines {
            let v: Vec<&str> = l.split(',').collect();
            y.push(v[2] == "1");
            x.push(cols.iter().map(|c| v[*c].parse::<f64>().expect("number")).collect::<Vec<f64>>());
        }
        let fit = fit_logistic(&x, &y, LAMBDA).expect("fit");
        assert!(fit.converged);
        // Printed to 8 decimals: half a unit of the last digit.
        let tol = 5e-9;
        assert!((fit.intercept - SKLEARN_INTERCEPT).abs() < tol, "intercept {}", fit.intercept);
        for ((k, b), got) in SKLEARN.iter().zip(&fit.coefficients) {
            assert!((got - b).abs() < tol, "{k}: {got} vs {b}");
        }
    }

    #[test]
    fn the_auc_of_the_default_weights_matches_scikit_learn() {
        use crate::engine::sample::generated_as_of;
        use crate::engine::scoring::backtest::{auc, backtest_sample};
        let s = backtest_sample(
            &super::tests::reference_portfolio(),
            &RiskWeights::default(),
            None,
            generated_as_of(),
            LEARN_HORIZON,
        );
        let lost: Vec<f64> = s.rows.iter().filter(|r| r.lost).map(|r| r.risk).collect();
        let stayed: Vec<f64> = s.rows.iter().filter(|r| !r.lost).map(|r| r.risk).collect();
        let a = auc(&lost, &stayed).expect("both kinds");
        assert!((a - SKLEARN_AUC_DEFAULT).abs() < 5e-11, "{a}");
    }
}

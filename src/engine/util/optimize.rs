//! Two small minimisers (hand-written: see `docs/btyd.md`): BFGS with a weak-Wolfe line search
//! for objectives with a gradient, and a Nelder–Mead simplex with restarts as the fallback.
//!
//! The models optimise over log-parameters, so every parameter stays positive and steps are
//! relative whatever the scale of the data.

/// Outcome of a minimisation.
#[derive(Clone, Debug, PartialEq)]
pub struct Minimum {
    /// The best point found.
    pub x: Vec<f64>,
    /// The objective there.
    pub value: f64,
    /// Objective evaluations used.
    pub evaluations: usize,
    /// Whether the last run met the tolerances (rather than the evaluation cap).
    pub converged: bool,
}

/// How a fit ended, in the same words for every model (the purchase models and the retention
/// curves): on a search bound (the data do not identify a parameter, whether or not the optimiser
/// met its tolerance there), else stopped early (the evaluation cap came first), else converged.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FitStatus {
    Converged,
    StoppedEarly,
    AtBound,
}

impl FitStatus {
    pub fn of(converged: bool, at_bound: bool) -> FitStatus {
        if at_bound {
            FitStatus::AtBound
        } else if !converged {
            FitStatus::StoppedEarly
        } else {
            FitStatus::Converged
        }
    }

    /// Stable key: `converged`, `stopped_early`, `at_bound`.
    pub fn key(self) -> &'static str {
        match self {
            FitStatus::Converged => "converged",
            FitStatus::StoppedEarly => "stopped_early",
            FitStatus::AtBound => "at_bound",
        }
    }

    /// "converged", "stopped early", "ended on a search bound", in the reader's language.
    pub fn label(self) -> crate::i18n::Text {
        crate::i18n::Text::new(match self {
            FitStatus::Converged => crate::k!("data-fit-converged"),
            FitStatus::StoppedEarly => crate::k!("data-fit-stopped-early"),
            FitStatus::AtBound => crate::k!("data-fit-at-bound"),
        })
    }
}

/// Settings for [`minimize`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Settings {
    /// Edge length of the starting simplex.
    pub initial_step: f64,
    /// Stop when the spread of objective values over the simplex is below this (absolute).
    pub f_tol: f64,
    /// …and the simplex is smaller than this in every coordinate.
    pub x_tol: f64,
    /// Cap on objective evaluations over all restarts.
    pub max_evaluations: usize,
    /// Most restarts from the best point with a fresh simplex.
    pub max_restarts: usize,
}

impl Default for Settings {
    fn default() -> Self {
        Settings { initial_step: 0.5, f_tol: 1e-9, x_tol: 1e-6, max_evaluations: 4_000, max_restarts: 8 }
    }
}

/// Minimise `f` from `start`. Non-finite objective values count as +∞, so the objective may
/// return NaN or ∞ for points outside its domain. Restarts a fresh simplex at the best point
/// until a restart no longer improves the value by more than `f_tol`, which guards against
/// the simplex collapsing early (a known weakness of Nelder–Mead).
pub fn minimize<F: FnMut(&[f64]) -> f64>(mut f: F, start: &[f64], settings: Settings) -> Minimum {
    let mut eval = |x: &[f64]| {
        let v = f(x);
        if v.is_finite() {
            v
        } else {
            f64::INFINITY
        }
    };
    let mut best_x = start.to_vec();
    let mut best_f = eval(&best_x);
    let mut evaluations = 1;
    let mut converged = false;
    let mut step = settings.initial_step;
    for _ in 0..=settings.max_restarts {
        let budget = settings.max_evaluations.saturating_sub(evaluations);
        if budget == 0 {
            break;
        }
        let run = nelder_mead(&mut eval, &best_x, best_f, step, settings, budget);
        evaluations += run.evaluations;
        let improvement = best_f - run.value;
        converged = run.converged;
        if run.value <= best_f {
            best_x = run.x;
            best_f = run.value;
        }
        if improvement.is_finite() && improvement.abs() <= settings.f_tol * 10.0 && converged {
            break;
        }
        step = (step * 0.5).max(0.05);
    }
    Minimum { x: best_x, value: best_f, evaluations, converged }
}

fn nelder_mead<F: FnMut(&[f64]) -> f64>(
    f: &mut F,
    start: &[f64],
    f_start: f64,
    step: f64,
    settings: Settings,
    budget: usize,
) -> Minimum {
    let n = start.len();
    if n == 0 {
        return Minimum { x: Vec::new(), value: f_start, evaluations: 0, converged: true };
    }
    // Standard coefficients (Nelder & Mead 1965): reflection 1, expansion 2, contraction ½, shrink ½.
    let (alpha, gamma, rho, sigma) = (1.0, 2.0, 0.5, 0.5);
    let mut simplex: Vec<(Vec<f64>, f64)> = Vec::with_capacity(n + 1);
    simplex.push((start.to_vec(), f_start));
    let mut evaluations = 0;
    for i in 0..n {
        let mut p = start.to_vec();
        p[i] += step;
        let v = f(&p);
        evaluations += 1;
        simplex.push((p, v));
    }
    let mut converged = false;
    while evaluations < budget {
        crate::engine::util::sort::sort_by(&mut simplex, |a, b| a.1.total_cmp(&b.1));
        let f_best = simplex[0].1;
        let f_worst = simplex[n].1;
        let spread = f_worst - f_best;
        let size =
            (0..n).map(|j| simplex.iter().map(|(p, _)| (p[j] - simplex[0].0[j]).abs()).fold(0.0, f64::max)).fold(0.0, f64::max);
        if spread.is_finite() && spread <= settings.f_tol && size <= settings.x_tol {
            converged = true;
            break;
        }
        // Centroid of all but the worst point.
        let mut centroid = vec![0.0; n];
        for (p, _) in &simplex[..n] {
            for j in 0..n {
                centroid[j] += p[j] / n as f64;
            }
        }
        let worst = simplex[n].0.clone();
        let along = |t: f64| -> Vec<f64> { (0..n).map(|j| centroid[j] + t * (worst[j] - centroid[j])).collect() };
        let xr = along(-alpha);
        let fr = f(&xr);
        evaluations += 1;
        if fr < simplex[0].1 {
            let xe = along(-gamma);
            let fe = f(&xe);
            evaluations += 1;
            simplex[n] = if fe < fr { (xe, fe) } else { (xr, fr) };
            continue;
        }
        if fr < simplex[n - 1].1 {
            simplex[n] = (xr, fr);
            continue;
        }
        // Contraction: outside if the reflected point beats the worst, inside otherwise.
        let (xc, fc) = if fr < simplex[n].1 {
            let xc = along(-rho);
            let fc = f(&xc);
            (xc, fc)
        } else {
            let xc = along(rho);
            let fc = f(&xc);
            (xc, fc)
        };
        evaluations += 1;
        if fc < simplex[n].1.min(fr) {
            simplex[n] = (xc, fc);
            continue;
        }
        // Shrink towards the best point.
        let best = simplex[0].0.clone();
        for item in simplex.iter_mut().skip(1) {
            let p: Vec<f64> = (0..n).map(|j| best[j] + sigma * (item.0[j] - best[j])).collect();
            let v = f(&p);
            evaluations += 1;
            *item = (p, v);
        }
    }
    crate::engine::util::sort::sort_by(&mut simplex, |a, b| a.1.total_cmp(&b.1));
    let (x, value) = simplex.swap_remove(0);
    Minimum { x, value, evaluations, converged }
}

/// Settings for [`bfgs`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BfgsSettings {
    /// Converged when every gradient component is at most this in absolute value.
    pub g_tol: f64,
    /// Longest step (largest coordinate change) tried from any point.
    pub max_step: f64,
    /// Cap on iterations (each takes one or a few evaluations).
    pub max_iterations: usize,
}

impl Default for BfgsSettings {
    fn default() -> Self {
        BfgsSettings { g_tol: 1e-6, max_step: 2.0, max_iterations: 200 }
    }
}

/// Minimise `f` from `start` by BFGS (Nocedal & Wright, *Numerical Optimization*, 2nd ed.,
/// algorithm 6.1) with a weak-Wolfe line search (c₁ = 10⁻⁴, c₂ = 0.9; quadratic interpolation
/// when backtracking, doubling and bisection otherwise). `f` returns the value and writes the
/// gradient into its second argument; a non-finite value (or gradient) counts as outside the
/// domain and the line search steps back. The inverse Hessian starts as the identity, rescaled by
/// sᵀy/yᵀy after the first step (N&W eq. 6.20). `converged` means the gradient test was met;
/// otherwise `x` is the best point reached (the caller may fall back to another method).
pub fn bfgs<F: FnMut(&[f64], &mut [f64]) -> f64>(mut f: F, start: &[f64], settings: BfgsSettings) -> Minimum {
    let n = start.len();
    let mut evaluations = 0;
    let mut eval = |x: &[f64], g: &mut [f64]| -> f64 {
        evaluations += 1;
        let v = f(x, g);
        if v.is_finite() && g.iter().all(|d| d.is_finite()) {
            v
        } else {
            f64::INFINITY
        }
    };
    let mut x = start.to_vec();
    let mut g = vec![0.0; n];
    let mut fx = eval(&x, &mut g);
    let mut converged = false;
    if !fx.is_finite() {
        return Minimum { x, value: fx, evaluations, converged };
    }
    let identity = |h: &mut Vec<f64>, scale: f64| {
        h.iter_mut().for_each(|v| *v = 0.0);
        for i in 0..n {
            h[i * n + i] = scale;
        }
    };
    let mut h = vec![0.0; n * n];
    identity(&mut h, 1.0);
    let mut fresh = true;
    let (mut xt, mut gt) = (vec![0.0; n], vec![0.0; n]);
    let (mut x_lo, mut g_lo) = (vec![0.0; n], vec![0.0; n]);
    let mut d = vec![0.0; n];
    for _ in 0..settings.max_iterations {
        if g.iter().all(|v| v.abs() <= settings.g_tol) {
            converged = true;
            break;
        }
        for i in 0..n {
            d[i] = -(0..n).map(|j| h[i * n + j] * g[j]).sum::<f64>();
        }
        let mut gd: f64 = d.iter().zip(&g).map(|(a, b)| a * b).sum();
        if gd.is_nan() || gd >= 0.0 {
            // Not a descent direction (rounding in H): restart from steepest descent.
            identity(&mut h, 1.0);
            fresh = true;
            d.iter_mut().zip(&g).for_each(|(d, g)| *d = -g);
            gd = -g.iter().map(|v| v * v).sum::<f64>();
        }
        let longest = d.iter().fold(0.0_f64, |m, v| m.max(v.abs()));
        if longest > settings.max_step {
            let k = settings.max_step / longest;
            d.iter_mut().for_each(|v| *v *= k);
            gd *= k;
        }
        // Weak-Wolfe line search along d.
        let (c1, c2) = (1e-4, 0.9);
        let (mut lo, mut hi, mut t) = (0.0_f64, f64::INFINITY, 1.0_f64);
        let mut f_lo = f64::INFINITY;
        let mut accepted: Option<f64> = None;
        for _ in 0..50 {
            for i in 0..n {
                xt[i] = x[i] + t * d[i];
            }
            let ft = eval(&xt, &mut gt);
            if ft.is_nan() || ft > fx + c1 * t * gd {
                hi = t;
                t = if lo > 0.0 || !ft.is_finite() {
                    0.5 * (lo + hi)
                } else {
                    // Minimum of the quadratic through f(0), f'(0) and f(t), kept in [0.1t, 0.5t].
                    let q = -gd * t * t / (2.0 * (ft - fx - gd * t));
                    q.clamp(0.1 * t, 0.5 * t)
                };
            } else if gt.iter().zip(&d).map(|(a, b)| a * b).sum::<f64>() < c2 * gd {
                lo = t;
                f_lo = ft;
                x_lo.copy_from_slice(&xt);
                g_lo.copy_from_slice(&gt);
                t = if hi.is_finite() { 0.5 * (lo + hi) } else { 2.0 * t };
            } else {
                accepted = Some(ft);
                break;
            }
            if hi - lo <= 1e-14 * hi.max(1.0) {
                break;
            }
        }
        let f_new = match accepted {
            Some(v) => v,
            None if lo > 0.0 => {
                // Sufficient decrease without the curvature condition: take the best point.
                xt.copy_from_slice(&x_lo);
                gt.copy_from_slice(&g_lo);
                f_lo
            }
            None => break, // No decrease along d: leave it to the caller's fallback.
        };
        // s = xt − x, y = gt − g; BFGS update of the inverse Hessian.
        let s: Vec<f64> = xt.iter().zip(&x).map(|(a, b)| a - b).collect();
        let y: Vec<f64> = gt.iter().zip(&g).map(|(a, b)| a - b).collect();
        let sy: f64 = s.iter().zip(&y).map(|(a, b)| a * b).sum();
        let yy: f64 = y.iter().map(|v| v * v).sum();
        x.copy_from_slice(&xt);
        g.copy_from_slice(&gt);
        let improvement = fx - f_new;
        fx = f_new;
        if sy > 1e-12 * yy.sqrt() * s.iter().map(|v| v * v).sum::<f64>().sqrt() {
            if fresh {
                identity(&mut h, sy / yy);
                fresh = false;
            }
            let rho = 1.0 / sy;
            // hy = H y; H ← H − ρ(s hyᵀ + hy sᵀ) + (ρ² yᵀHy + ρ) s sᵀ.
            let hy: Vec<f64> = (0..n).map(|i| (0..n).map(|j| h[i * n + j] * y[j]).sum()).collect();
            let yhy: f64 = y.iter().zip(&hy).map(|(a, b)| a * b).sum();
            for i in 0..n {
                for j in 0..n {
                    h[i * n + j] += -rho * (s[i] * hy[j] + hy[i] * s[j]) + (rho * rho * yhy + rho) * s[i] * s[j];
                }
            }
        }
        if improvement <= 1e-15 * fx.abs().max(1.0) && s.iter().all(|v| v.abs() <= 1e-12) {
            // Stalled at rounding level.
            converged = g.iter().all(|v| v.abs() <= 100.0 * settings.g_tol);
            break;
        }
    }
    if !converged && g.iter().all(|v| v.abs() <= settings.g_tol) {
        converged = true;
    }
    Minimum { x, value: fx, evaluations, converged }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_rosenbrock_minimum() {
        let rosen = |x: &[f64]| (1.0 - x[0]).powi(2) + 100.0 * (x[1] - x[0] * x[0]).powi(2);
        let m = minimize(rosen, &[-1.2, 1.0], Settings::default());
        assert!(m.converged);
        assert!((m.x[0] - 1.0).abs() < 1e-4 && (m.x[1] - 1.0).abs() < 1e-4, "{m:?}");
    }

    #[test]
    fn bfgs_finds_the_rosenbrock_minimum() {
        let rosen = |x: &[f64], g: &mut [f64]| {
            g[0] = -2.0 * (1.0 - x[0]) - 400.0 * x[0] * (x[1] - x[0] * x[0]);
            g[1] = 200.0 * (x[1] - x[0] * x[0]);
            (1.0 - x[0]).powi(2) + 100.0 * (x[1] - x[0] * x[0]).powi(2)
        };
        let m = bfgs(rosen, &[-1.2, 1.0], BfgsSettings::default());
        assert!(m.converged, "{m:?}");
        assert!((m.x[0] - 1.0).abs() < 1e-5 && (m.x[1] - 1.0).abs() < 1e-5, "{m:?}");
        assert!(m.evaluations < 200, "{m:?}");
    }

    #[test]
    fn bfgs_steps_back_from_a_non_finite_region() {
        // Undefined for x < 0; minimum at x = (2, 0).
        let f = |x: &[f64], g: &mut [f64]| {
            if x[0] < 0.0 {
                return f64::NAN;
            }
            let r = x[0].sqrt() - 2.0_f64.sqrt();
            g[0] = r / x[0].sqrt().max(1e-300);
            g[1] = 2.0 * x[1];
            r * r + x[1] * x[1]
        };
        let m = bfgs(f, &[0.1, 1.0], BfgsSettings::default());
        assert!(m.converged && (m.x[0] - 2.0).abs() < 1e-4, "{m:?}");
        // A start outside the domain is reported, not converged.
        let m = bfgs(f, &[-1.0, 1.0], BfgsSettings::default());
        assert!(!m.converged && m.value.is_infinite());
    }

    #[test]
    fn survives_a_non_finite_region() {
        // Undefined for x < 0: the minimiser must stay in the domain and find x = 2.
        let f = |x: &[f64]| {
            if x[0] < 0.0 {
                f64::NAN
            } else {
                (x[0].sqrt() - 2.0_f64.sqrt()).powi(2) + x[1] * x[1]
            }
        };
        let m = minimize(f, &[0.1, 1.0], Settings::default());
        assert!(m.converged && (m.x[0] - 2.0).abs() < 1e-4, "{m:?}");
    }
}

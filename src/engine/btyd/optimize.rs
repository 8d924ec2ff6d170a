//! A small Nelder–Mead minimiser with restarts (hand-written: see `docs/btyd.md`).
//!
//! The models optimise over log-parameters, so every parameter stays positive and the
//! simplex moves in relative steps whatever the scale of the data.

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
        Settings {
            initial_step: 0.5,
            f_tol: 1e-9,
            x_tol: 1e-6,
            max_evaluations: 4_000,
            max_restarts: 8,
        }
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
    Minimum {
        x: best_x,
        value: best_f,
        evaluations,
        converged,
    }
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
        return Minimum {
            x: Vec::new(),
            value: f_start,
            evaluations: 0,
            converged: true,
        };
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
        simplex.sort_by(|a, b| a.1.total_cmp(&b.1));
        let f_best = simplex[0].1;
        let f_worst = simplex[n].1;
        let spread = f_worst - f_best;
        let size = (0..n)
            .map(|j| {
                simplex
                    .iter()
                    .map(|(p, _)| (p[j] - simplex[0].0[j]).abs())
                    .fold(0.0, f64::max)
            })
            .fold(0.0, f64::max);
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
        let along = |t: f64| -> Vec<f64> {
            (0..n)
                .map(|j| centroid[j] + t * (worst[j] - centroid[j]))
                .collect()
        };
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
            let p: Vec<f64> = (0..n)
                .map(|j| best[j] + sigma * (item.0[j] - best[j]))
                .collect();
            let v = f(&p);
            evaluations += 1;
            *item = (p, v);
        }
    }
    simplex.sort_by(|a, b| a.1.total_cmp(&b.1));
    let (x, value) = simplex.swap_remove(0);
    Minimum {
        x,
        value,
        evaluations,
        converged,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_rosenbrock_minimum() {
        let rosen = |x: &[f64]| (1.0 - x[0]).powi(2) + 100.0 * (x[1] - x[0] * x[0]).powi(2);
        let m = minimize(rosen, &[-1.2, 1.0], Settings::default());
        assert!(m.converged);
        assert!(
            (m.x[0] - 1.0).abs() < 1e-4 && (m.x[1] - 1.0).abs() < 1e-4,
            "{m:?}"
        );
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
        assert!((m.x[0] - 2.0).abs() < 1e-4, "{m:?}");
    }
}

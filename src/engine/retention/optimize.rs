//! A compact Nelder–Mead minimiser for the two or three log-parameters of a retention curve.
//!
//! `btyd::optimize` has a general one, but `btyd` sits above this layer. This one is small on
//! purpose: the standard reflection, expansion, contraction and shrink steps (Nelder & Mead 1965,
//! with the coefficients 1, 2, ½, ½ of Lagarias et al. 1998), restarted from the best point with
//! a fresh simplex until a restart no longer improves the value (a restart guards against the
//! simplex collapsing early on a curved ridge).

/// Where the search ended.
#[derive(Clone, Debug, PartialEq)]
pub struct Minimum {
    pub x: Vec<f64>,
    pub value: f64,
    /// Objective evaluations used.
    pub evaluations: usize,
    /// False when the evaluation cap stopped the search before the tolerances were met.
    pub converged: bool,
}

/// Stop when the simplex's values lie within `F_TOL` (relative, plus an absolute floor) and its
/// points within `X_TOL` of the best one.
const F_TOL: f64 = 1e-13;
const X_TOL: f64 = 1e-9;
const MAX_EVALUATIONS: usize = 20_000;
const MAX_RESTARTS: usize = 8;

/// Minimise `f` from `start`. A non-finite value counts as +∞ (outside the domain), so `f` may
/// refuse points by returning NaN or ∞.
pub fn minimize<F: Fn(&[f64]) -> f64>(f: F, start: &[f64]) -> Minimum {
    let n = start.len();
    let eval = |x: &[f64], count: &mut usize| -> f64 {
        *count += 1;
        let v = f(x);
        if v.is_finite() {
            v
        } else {
            f64::INFINITY
        }
    };
    let mut evaluations = 0;
    let mut best_x = start.to_vec();
    let mut best_v = eval(&best_x, &mut evaluations);
    let mut converged = false;
    for restart in 0..=MAX_RESTARTS {
        let step = if restart == 0 { 0.5 } else { 0.1 };
        let (x, v, met) = simplex_run(&eval, &best_x, best_v, step, n, &mut evaluations);
        let improved = v < best_v - F_TOL * (1.0 + best_v.abs());
        if v <= best_v {
            best_x = x;
            best_v = v;
        }
        converged = met;
        if !met || !improved {
            break;
        }
    }
    Minimum { x: best_x, value: best_v, evaluations, converged }
}

/// One Nelder–Mead run from `x0`; returns the best point, its value and whether the tolerances
/// were met (rather than the evaluation cap).
fn simplex_run<E: Fn(&[f64], &mut usize) -> f64>(
    eval: &E,
    x0: &[f64],
    v0: f64,
    step: f64,
    n: usize,
    evaluations: &mut usize,
) -> (Vec<f64>, f64, bool) {
    let mut points: Vec<Vec<f64>> = vec![x0.to_vec()];
    let mut values = vec![v0];
    for i in 0..n {
        let mut p = x0.to_vec();
        p[i] += step;
        values.push(eval(&p, evaluations));
        points.push(p);
    }
    let point = |centroid: &[f64], towards: &[f64], t: f64| -> Vec<f64> {
        centroid.iter().zip(towards).map(|(c, w)| c + t * (w - c)).collect()
    };
    loop {
        // Order best first.
        let mut order: Vec<usize> = (0..=n).collect();
        order.sort_by(|&a, &b| values[a].total_cmp(&values[b]));
        points = order.iter().map(|&i| points[i].clone()).collect();
        values = order.iter().map(|&i| values[i]).collect();
        let spread = values[n] - values[0];
        let size = points[1..].iter().flat_map(|p| p.iter().zip(&points[0]).map(|(a, b)| (a - b).abs())).fold(0.0, f64::max);
        if values[0].is_finite() && spread <= F_TOL * (1.0 + values[0].abs()) && size <= X_TOL {
            return (points[0].clone(), values[0], true);
        }
        if *evaluations >= MAX_EVALUATIONS {
            return (points[0].clone(), values[0], false);
        }
        let mut centroid = vec![0.0; n];
        for p in &points[..n] {
            for (c, v) in centroid.iter_mut().zip(p) {
                *c += v / n as f64;
            }
        }
        let worst = points[n].clone();
        let reflected = point(&centroid, &worst, -1.0);
        let fr = eval(&reflected, evaluations);
        if fr < values[0] {
            let expanded = point(&centroid, &worst, -2.0);
            let fe = eval(&expanded, evaluations);
            if fe < fr {
                points[n] = expanded;
                values[n] = fe;
            } else {
                points[n] = reflected;
                values[n] = fr;
            }
            continue;
        }
        if fr < values[n - 1] {
            points[n] = reflected;
            values[n] = fr;
            continue;
        }
        // Contract: outside when the reflection beat the worst point, inside otherwise.
        let (contracted, limit) =
            if fr < values[n] { (point(&centroid, &worst, -0.5), fr) } else { (point(&centroid, &worst, 0.5), values[n]) };
        let fc = eval(&contracted, evaluations);
        if fc < limit {
            points[n] = contracted;
            values[n] = fc;
            continue;
        }
        // Shrink towards the best point.
        let best = points[0].clone();
        for i in 1..=n {
            points[i] = point(&best, &points[i], 0.5);
            values[i] = eval(&points[i], evaluations);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_minimum_of_rosenbrock_and_a_quadratic() {
        let rosen = |x: &[f64]| (1.0 - x[0]).powi(2) + 100.0 * (x[1] - x[0] * x[0]).powi(2);
        let m = minimize(rosen, &[-1.2, 1.0]);
        assert!(m.converged, "{m:?}");
        assert!((m.x[0] - 1.0).abs() < 1e-6 && (m.x[1] - 1.0).abs() < 1e-6, "{m:?}");
        let quad = |x: &[f64]| (x[0] - 3.0).powi(2) + 2.0 * (x[1] + 1.0).powi(2) + 0.5 * (x[2] - 0.25).powi(2) + 7.0;
        let m = minimize(quad, &[0.0, 0.0, 0.0]);
        assert!(m.converged);
        assert!((m.value - 7.0).abs() < 1e-12 && (m.x[0] - 3.0).abs() < 1e-7 && (m.x[2] - 0.25).abs() < 1e-7, "{m:?}");
    }

    #[test]
    fn refused_points_are_walked_around_and_a_nowhere_finite_objective_stops() {
        // NaN left of zero: the minimum at 0.5 is still found.
        let f = |x: &[f64]| if x[0] < 0.0 { f64::NAN } else { (x[0] - 0.5).powi(2) + x[1] * x[1] };
        let m = minimize(f, &[2.0, 1.0]);
        assert!((m.x[0] - 0.5).abs() < 1e-7, "{m:?}");
        let m = minimize(|_: &[f64]| f64::NAN, &[1.0, 1.0]);
        assert!(m.value.is_infinite() && !m.converged);
    }
}

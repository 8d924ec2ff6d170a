//! Small dense symmetric matrices (the 3×3 and 4×4 information matrices of the purchase models):
//! a numerical Hessian by central differences and the inverse of a positive-definite matrix by
//! Cholesky factorisation. Hand-written: a few dozen lines for matrices this small, where a
//! linear-algebra crate would add far more to the WebAssembly bundle than it saves.

// The loops follow the textbook index notation (Lᵢⱼ, Hᵢⱼ): clearer here than iterators.
#![allow(clippy::needless_range_loop)]

/// Hessian of `f` at `x` by central differences with step `h` in every coordinate:
/// Hᵢᵢ = (f(x+heᵢ) − 2f(x) + f(x−heᵢ))/h², Hᵢⱼ = (f(++) − f(+−) − f(−+) + f(−−))/(4h²).
/// 1 + 2k + 2k(k−1) evaluations.
pub fn hessian(f: impl Fn(&[f64]) -> f64, x: &[f64], h: f64) -> Vec<Vec<f64>> {
    let k = x.len();
    let f0 = f(x);
    let at = |steps: &[(usize, f64)]| {
        let mut y = x.to_vec();
        for &(i, d) in steps {
            y[i] += d;
        }
        f(&y)
    };
    let mut m = vec![vec![0.0; k]; k];
    for i in 0..k {
        m[i][i] = (at(&[(i, h)]) - 2.0 * f0 + at(&[(i, -h)])) / (h * h);
        for j in 0..i {
            let v = (at(&[(i, h), (j, h)]) - at(&[(i, h), (j, -h)]) - at(&[(i, -h), (j, h)]) + at(&[(i, -h), (j, -h)]))
                / (4.0 * h * h);
            m[i][j] = v;
            m[j][i] = v;
        }
    }
    m
}

/// Hessian from a gradient `grad(x, g)` (writing ∇f(x) into g) by central differences of the
/// gradient, column j = (∇f(x+heⱼ) − ∇f(x−heⱼ))/(2h), symmetrised: 2k gradient evaluations.
pub fn hessian_of_gradient(grad: impl Fn(&[f64], &mut [f64]), x: &[f64], h: f64) -> Vec<Vec<f64>> {
    let k = x.len();
    let (mut up, mut down) = (vec![0.0; k], vec![0.0; k]);
    let mut m = vec![vec![0.0; k]; k];
    for j in 0..k {
        let mut y = x.to_vec();
        y[j] = x[j] + h;
        grad(&y, &mut up);
        y[j] = x[j] - h;
        grad(&y, &mut down);
        for i in 0..k {
            m[i][j] = (up[i] - down[i]) / (2.0 * h);
        }
    }
    for i in 0..k {
        for j in 0..i {
            let v = 0.5 * (m[i][j] + m[j][i]);
            m[i][j] = v;
            m[j][i] = v;
        }
    }
    m
}

/// Inverse of a symmetric positive-definite matrix (Cholesky, A = LLᵀ, then A⁻¹ = L⁻ᵀL⁻¹);
/// `None` when it is not positive definite or not finite.
pub fn invert_spd(a: &[Vec<f64>]) -> Option<Vec<Vec<f64>>> {
    let k = a.len();
    if a.iter().any(|row| row.len() != k || row.iter().any(|v| !v.is_finite())) {
        return None;
    }
    let mut l = vec![vec![0.0; k]; k];
    for i in 0..k {
        for j in 0..=i {
            let s: f64 = a[i][j] - (0..j).map(|m| l[i][m] * l[j][m]).sum::<f64>();
            if i == j {
                if s <= 0.0 {
                    return None;
                }
                l[i][i] = s.sqrt();
            } else {
                l[i][j] = s / l[j][j];
            }
        }
    }
    // L⁻¹ by forward substitution, column by column.
    let mut li = vec![vec![0.0; k]; k];
    for c in 0..k {
        for i in c..k {
            let s: f64 = (if i == c { 1.0 } else { 0.0 }) - (c..i).map(|m| l[i][m] * li[m][c]).sum::<f64>();
            li[i][c] = s / l[i][i];
        }
    }
    let mut inv = vec![vec![0.0; k]; k];
    for i in 0..k {
        for j in 0..k {
            inv[i][j] = (i.max(j)..k).map(|m| li[m][i] * li[m][j]).sum();
        }
    }
    Some(inv)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_inverse_times_the_matrix_is_the_identity() {
        let a = vec![vec![4.0, 1.0, 0.5, 0.2], vec![1.0, 3.0, 0.3, 0.1], vec![0.5, 0.3, 2.0, 0.4], vec![0.2, 0.1, 0.4, 1.5]];
        let inv = invert_spd(&a).unwrap();
        for i in 0..4 {
            for j in 0..4 {
                let v: f64 = (0..4).map(|m| a[i][m] * inv[m][j]).sum();
                assert!((v - if i == j { 1.0 } else { 0.0 }).abs() < 1e-12, "{i} {j} {v}");
            }
        }
        assert!(invert_spd(&[vec![1.0, 2.0], vec![2.0, 1.0]]).is_none(), "not positive definite");
    }

    #[test]
    fn the_hessian_of_a_quadratic_is_exact() {
        let f = |x: &[f64]| 3.0 * x[0] * x[0] + 2.0 * x[0] * x[1] + 0.5 * x[1] * x[1];
        let h = hessian(f, &[0.3, -1.2], 1e-3);
        assert!((h[0][0] - 6.0).abs() < 1e-6 && (h[0][1] - 2.0).abs() < 1e-6 && (h[1][1] - 1.0).abs() < 1e-6, "{h:?}");
        let g = |x: &[f64], g: &mut [f64]| {
            g[0] = 6.0 * x[0] + 2.0 * x[1];
            g[1] = 2.0 * x[0] + x[1];
        };
        let h2 = hessian_of_gradient(g, &[0.3, -1.2], 1e-3);
        assert!((h2[0][0] - 6.0).abs() < 1e-9 && (h2[1][0] - 2.0).abs() < 1e-9 && (h2[1][1] - 1.0).abs() < 1e-9, "{h2:?}");
    }
}

//! Special functions of the retention models: ln Γ, the stable difference ln Γ(z + a) − ln Γ(z)
//! that the beta-family survival curves need far out in tenure, and the regularised upper
//! incomplete gamma function Q(a, x) for chi-square p-values.
//!
//! `btyd::special` has an ln Γ too, but `btyd` sits above this layer; these few lines are
//! repeated here rather than reached for upwards (docs/retention.md).

use std::f64::consts::PI;

/// Lanczos coefficients (g = 7, n = 9); relative error about 1e-15 for positive arguments.
const LANCZOS_G: f64 = 7.0;
const LANCZOS: [f64; 9] = [
    0.999_999_999_999_809_9,
    676.520_368_121_885_1,
    -1_259.139_216_722_402_8,
    771.323_428_777_653_1,
    -176.615_029_162_140_6,
    12.507_343_278_686_905,
    -0.138_571_095_265_720_12,
    9.984_369_578_019_572e-6,
    1.505_632_735_149_311_6e-7,
];

/// ln Γ(x) for x > 0 (Lanczos 1964); NaN for x ≤ 0 or NaN.
pub fn ln_gamma(x: f64) -> f64 {
    if x.is_nan() || x <= 0.0 {
        return f64::NAN;
    }
    if x < 0.5 {
        // Reflection: Γ(x)Γ(1−x) = π / sin(πx), with sin(πx) > 0 for 0 < x < 0.5.
        return PI.ln() - (PI * x).sin().ln() - ln_gamma(1.0 - x);
    }
    let x = x - 1.0;
    let mut acc = LANCZOS[0];
    for (i, c) in LANCZOS.iter().enumerate().skip(1) {
        acc += c / (x + i as f64);
    }
    let t = x + LANCZOS_G + 0.5;
    0.5 * (2.0 * PI).ln() + (x + 0.5) * t.ln() - t + acc.ln()
}

/// The correction term of Stirling's series, ln Γ(w) − [(w − ½) ln w − w + ½ ln 2π], for w ≥ 15
/// (five terms; the first one left out is below 1e-16 there).
fn stirling_correction(w: f64) -> f64 {
    let w2 = w * w;
    (1.0 / 12.0 - (1.0 / 360.0 - (1.0 / 1260.0 - (1.0 / 1680.0 - 1.0 / (1188.0 * w2)) / w2) / w2) / w2) / w
}

/// ln Γ(z + a) − ln Γ(z) for z > 0 and z + a > 0, accurate to the last few digits of the
/// difference even when z is huge (where subtracting two ln Γ values would lose them all):
/// from z ≥ 15 on it uses Stirling's series written as a difference,
/// (z − ½) ln(1 + a/z) + a ln(z + a) − a + corr(z + a) − corr(z).
pub fn ln_gamma_shift(z: f64, a: f64) -> f64 {
    if z.is_nan() || z <= 0.0 || !a.is_finite() || z + a <= 0.0 {
        return f64::NAN;
    }
    if a == 0.0 {
        return 0.0;
    }
    if z.min(z + a) < 15.0 {
        return ln_gamma(z + a) - ln_gamma(z);
    }
    if z.is_infinite() {
        return f64::INFINITY * a.signum();
    }
    (z - 0.5) * (a / z).ln_1p() + a * (z + a).ln() - a + (stirling_correction(z + a) - stirling_correction(z))
}

/// The regularised upper incomplete gamma function Q(a, x) = Γ(a, x)/Γ(a) for a > 0, x ≥ 0: the
/// series of P(a, x) below x = a + 1 and Lentz's continued fraction of Q above (Press et al.,
/// *Numerical Recipes*, 3rd ed., §6.2). The chi-square survival function with k degrees of
/// freedom is Q(k/2, x/2). NaN for arguments outside the domain.
pub fn gamma_q(a: f64, x: f64) -> f64 {
    if a.is_nan() || a <= 0.0 || a.is_infinite() || x.is_nan() || x < 0.0 {
        return f64::NAN;
    }
    if x == 0.0 {
        return 1.0;
    }
    if x.is_infinite() {
        return 0.0;
    }
    let log_prefix = a * x.ln() - x - ln_gamma(a);
    if x < a + 1.0 {
        // P(a, x) = e^{−x} x^a / Γ(a + 1) · Σ x^n / ((a + 1)…(a + n)).
        let mut term = 1.0 / a;
        let mut sum = term;
        let mut ap = a;
        for _ in 0..10_000 {
            ap += 1.0;
            term *= x / ap;
            sum += term;
            if term.abs() < sum.abs() * 1e-17 {
                break;
            }
        }
        1.0 - sum * log_prefix.exp()
    } else {
        // Q(a, x) = e^{−x} x^a / Γ(a) · 1/(x + 1 − a − 1·(1 − a)/(x + 3 − a − …)) by modified Lentz.
        let tiny = 1e-300;
        let mut b = x + 1.0 - a;
        let mut c = 1.0 / tiny;
        let mut d = 1.0 / b;
        let mut h = d;
        for i in 1..10_000 {
            let an = -(i as f64) * (i as f64 - a);
            b += 2.0;
            d = an * d + b;
            if d.abs() < tiny {
                d = tiny;
            }
            c = b + an / c;
            if c.abs() < tiny {
                c = tiny;
            }
            d = 1.0 / d;
            let delta = d * c;
            h *= delta;
            if (delta - 1.0).abs() < 1e-16 {
                break;
            }
        }
        log_prefix.exp() * h
    }
}

/// The chi-square survival function P(X > x) with `df` degrees of freedom.
pub fn chi_square_sf(x: f64, df: usize) -> f64 {
    if df == 0 {
        return f64::NAN;
    }
    gamma_q(df as f64 / 2.0, x.max(0.0) / 2.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64, rel: f64) -> bool {
        (a - b).abs() <= rel * b.abs().max(1e-300)
    }

    #[test]
    fn ln_gamma_at_known_points() {
        assert!(ln_gamma(1.0).abs() < 1e-15 && ln_gamma(2.0).abs() < 1e-15);
        assert!((ln_gamma(0.5) - PI.sqrt().ln()).abs() < 1e-14);
        // ln 10! = 15.104412573075516
        assert!(close(ln_gamma(11.0), 15.104_412_573_075_516, 1e-14));
        // ln Γ(0.1) = 2.252712651734206
        assert!(close(ln_gamma(0.1), 2.252_712_651_734_206, 1e-14));
        assert!(ln_gamma(0.0).is_nan() && ln_gamma(-1.0).is_nan() && ln_gamma(f64::NAN).is_nan());
    }

    #[test]
    fn the_shift_matches_the_plain_difference_and_stays_accurate_far_out() {
        for &(z, a) in &[(15.0, 0.7), (20.5, 3.8), (100.0, 0.668), (1e4, 1.5), (37.0, -2.0)] {
            let plain = ln_gamma(z + a) - ln_gamma(z);
            assert!(close(ln_gamma_shift(z, a), plain, 1e-12), "{z} {a}");
        }
        // For integer steps the shift is a sum of logarithms: ln Γ(z + 3) − ln Γ(z) = ln z(z+1)(z+2).
        let z: f64 = 1e9;
        let exact = z.ln() + (z + 1.0).ln() + (z + 2.0).ln();
        assert!(close(ln_gamma_shift(z, 3.0), exact, 1e-15));
        // ln Γ(z + a) − ln Γ(z) ≈ a ln z for huge z.
        let z: f64 = 1e150;
        assert!(close(ln_gamma_shift(z, 0.5), 0.5 * z.ln(), 1e-14));
        assert_eq!(ln_gamma_shift(3.0, 0.0), 0.0);
        assert!(ln_gamma_shift(0.0, 1.0).is_nan() && ln_gamma_shift(1.0, -2.0).is_nan());
    }

    #[test]
    fn chi_square_tail_at_known_points() {
        // 3.841458820694124 is the 95% point of chi-square with 1 df; 5.991464547107979 with 2.
        assert!(close(chi_square_sf(3.841_458_820_694_124, 1), 0.05, 1e-12));
        assert!(close(chi_square_sf(5.991_464_547_107_979, 2), 0.05, 1e-12));
        // With 2 df the tail is e^{−x/2} exactly.
        for x in [0.1, 1.0, 7.0, 40.0, 300.0] {
            assert!(close(chi_square_sf(x, 2), (-x / 2.0).exp(), 1e-13), "{x}");
        }
        assert_eq!(chi_square_sf(0.0, 3), 1.0);
        assert!(chi_square_sf(1.0, 0).is_nan());
        assert!(gamma_q(-1.0, 1.0).is_nan() && gamma_q(1.0, f64::NAN).is_nan());
    }
}

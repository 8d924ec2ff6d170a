//! Kaplan–Meier survival with censoring, Greenwood's variance, 95% confidence bands, the median,
//! and the log-rank test of two or more groups.
//!
//! Each observation is a time (whole periods or days, any unit, ≥ 0) and whether the client left
//! then (an event) or was still a client when last seen (censored). At each distinct time t_i with
//! n_i clients at risk (time ≥ t_i) and d_i events:
//!
//! - S(t) = Π_{t_i ≤ t} (1 − d_i/n_i) (Kaplan & Meier 1958);
//! - Var S(t) = S(t)² · Σ_{t_i ≤ t} d_i / (n_i (n_i − d_i)) (Greenwood 1926);
//! - the 95% band is the log(−log) one, lifelines' default ("exponential Greenwood"):
//!   exp(−exp(ln(−ln S) ∓ z·√V / ln S)) with V = Σ d_i/(n_i(n_i − d_i)), z = 1.959963984540054
//!   (Kalbfleisch & Prentice 2002); it stays inside [0, 1]. Where S = 1 the band is [1, 1],
//!   where S = 0 it is [0, 0], and a time where everyone at risk left adds 0 to V, as lifelines does;
//! - the median is the first time at which S(t) ≤ ½ (none when S stays above ½).
//!
//! Log-rank (Mantel 1966; Peto & Peto 1972): at each event time of the pooled data, group j
//! expects E_j = d·n_j/n of the d events; with O_j the events it had, U = O − E and
//! V_jl = Σ d (n − d)/(n − 1) · (n_j/n)(δ_jl − n_l/n), the statistic is U′V⁻¹U on the first k − 1
//! groups, chi-square with k − 1 degrees of freedom under equal survival.

use serde::{Deserialize, Serialize};

use crate::engine::model::FieldError;
use crate::engine::util::special::chi_square_sf;
use crate::i18n::Text;

/// The normal quantile of 97.5%.
pub const Z_95: f64 = 1.959_963_984_540_054;

/// One client's time with us and whether it ended in leaving.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Observation {
    /// Periods or days from the start (≥ 0).
    pub time: f64,
    /// True when the client left at `time`; false when it was still a client then (censored).
    pub event: bool,
}

/// The estimate at one distinct time (t = 0 first, then every time observed).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct KmPoint {
    pub time: f64,
    /// Clients with a time ≥ this one.
    pub at_risk: usize,
    pub events: usize,
    pub censored: usize,
    pub survival: f64,
    /// Greenwood's variance of `survival`.
    pub variance: f64,
    /// The 95% log(−log) band.
    pub lower: f64,
    pub upper: f64,
}

/// A Kaplan–Meier estimate.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct KaplanMeier {
    pub points: Vec<KmPoint>,
    /// First time with S ≤ ½, or `None` when S stays above ½.
    pub median: Option<f64>,
    pub observations: usize,
}

impl KaplanMeier {
    /// S(t) of the step function (1 before the first event).
    pub fn survival_at(&self, t: f64) -> f64 {
        let i = self.points.partition_point(|p| p.time <= t);
        if i == 0 {
            1.0
        } else {
            self.points[i - 1].survival
        }
    }
}

/// The log-rank test's result.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LogRank {
    pub statistic: f64,
    pub degrees_of_freedom: usize,
    /// P(χ²_{k−1} > statistic).
    pub p_value: f64,
    /// Events per group.
    pub observed: Vec<f64>,
    /// Events each group would have had with the same survival as the others.
    pub expected: Vec<f64>,
}

fn check(observations: &[Observation]) -> Result<(), FieldError> {
    if observations.is_empty() {
        return Err(FieldError::new("observations", Text::new("retention-km-empty")));
    }
    if let Some(i) = observations.iter().position(|o| !o.time.is_finite() || o.time < 0.0) {
        return Err(FieldError::new("observations", Text::new("retention-km-time").arg("n", i + 1)));
    }
    Ok(())
}

/// (time, events, censored) per distinct time, sorted.
fn tally(observations: &[Observation]) -> Vec<(f64, usize, usize)> {
    let mut sorted: Vec<&Observation> = observations.iter().collect();
    crate::engine::util::sort::sort_by_f64_key(&mut sorted, |a| a.time);
    let mut out: Vec<(f64, usize, usize)> = Vec::new();
    for o in sorted {
        // −0 and 0 are one time.
        let t = if o.time == 0.0 { 0.0 } else { o.time };
        match out.last_mut() {
            Some(last) if last.0 == t => {
                if o.event {
                    last.1 += 1
                } else {
                    last.2 += 1
                }
            }
            _ => out.push((t, usize::from(o.event), usize::from(!o.event))),
        }
    }
    out
}

/// The band exp(−exp(ln(−ln S) ∓ z√V/ln S)).
fn band(survival: f64, v: f64) -> (f64, f64) {
    if survival >= 1.0 {
        return (1.0, 1.0);
    }
    if survival <= 0.0 {
        return (0.0, 0.0);
    }
    let ln_s = survival.ln();
    let spread = Z_95 * v.sqrt() / ln_s;
    let lower = (-((-ln_s).ln() - spread).exp()).exp();
    let upper = (-((-ln_s).ln() + spread).exp()).exp();
    (lower, upper)
}

/// The Kaplan–Meier estimate of the observations, with a point at t = 0 and at every time seen.
pub fn kaplan_meier(observations: &[Observation]) -> Result<KaplanMeier, FieldError> {
    check(observations)?;
    let times = tally(observations);
    let n = observations.len();
    let mut points = Vec::with_capacity(times.len() + 1);
    if times.first().is_none_or(|t| t.0 > 0.0) {
        points.push(KmPoint {
            time: 0.0,
            at_risk: n,
            events: 0,
            censored: 0,
            survival: 1.0,
            variance: 0.0,
            lower: 1.0,
            upper: 1.0,
        });
    }
    let mut at_risk = n;
    let mut survival = 1.0;
    let mut greenwood = 0.0;
    let mut median = None;
    for (time, events, censored) in times {
        if events > 0 {
            survival *= 1.0 - events as f64 / at_risk as f64;
            if events < at_risk {
                greenwood += events as f64 / (at_risk as f64 * (at_risk - events) as f64);
            }
        }
        let (lower, upper) = band(survival, greenwood);
        if median.is_none() && survival <= 0.5 {
            median = Some(time);
        }
        points.push(KmPoint {
            time,
            at_risk,
            events,
            censored,
            survival,
            variance: survival * survival * greenwood,
            lower,
            upper,
        });
        at_risk -= events + censored;
    }
    Ok(KaplanMeier { points, median, observations: n })
}

/// The log-rank test of two or more groups.
pub fn log_rank(groups: &[&[Observation]]) -> Result<LogRank, FieldError> {
    let k = groups.len();
    if k < 2 {
        return Err(FieldError::new("groups", Text::new("retention-km-groups")));
    }
    for (j, g) in groups.iter().enumerate() {
        check(g).map_err(|e| match g.is_empty() {
            true => FieldError::new("groups", Text::new("retention-km-group-empty").arg("n", j + 1)),
            false => e,
        })?;
    }
    let tallies: Vec<Vec<(f64, usize, usize)>> = groups.iter().map(|g| tally(g)).collect();
    let mut times: Vec<f64> = tallies.iter().flatten().filter(|t| t.1 > 0).map(|t| t.0).collect();
    crate::engine::util::sort::sort_f64(&mut times);
    times.dedup();
    if times.is_empty() {
        return Err(FieldError::new("groups", Text::new("retention-km-no-events")));
    }
    let mut observed = vec![0.0; k];
    let mut expected = vec![0.0; k];
    let mut v = vec![vec![0.0; k]; k];
    // Per group: its next tally row and how many are still at risk.
    let mut cursor = vec![0usize; k];
    let mut at_risk: Vec<usize> = groups.iter().map(|g| g.len()).collect();
    for &t in &times {
        // Drop everyone whose time is before t.
        let mut d_j = vec![0usize; k];
        for j in 0..k {
            while let Some(&(time, e, c)) = tallies[j].get(cursor[j]) {
                if time < t {
                    at_risk[j] -= e + c;
                    cursor[j] += 1;
                } else {
                    if time == t {
                        d_j[j] = e;
                    }
                    break;
                }
            }
        }
        let n: usize = at_risk.iter().sum();
        let d: usize = d_j.iter().sum();
        let (n_f, d_f) = (n as f64, d as f64);
        for j in 0..k {
            observed[j] += d_j[j] as f64;
            expected[j] += d_f * at_risk[j] as f64 / n_f;
        }
        if n > 1 {
            let factor = d_f * (n_f - d_f) / (n_f - 1.0) / (n_f * n_f);
            for j in 0..k {
                for l in 0..k {
                    let nj = at_risk[j] as f64;
                    let nl = at_risk[l] as f64;
                    v[j][l] += factor * nj * (if j == l { n_f } else { 0.0 } - nl);
                }
            }
        }
    }
    let u: Vec<f64> = (0..k - 1).map(|j| observed[j] - expected[j]).collect();
    let sub: Vec<Vec<f64>> = v[..k - 1].iter().map(|row| row[..k - 1].to_vec()).collect();
    let Some(solved) = solve(sub, u.clone()) else {
        return Err(FieldError::new("groups", Text::new("retention-km-singular")));
    };
    let statistic: f64 = u.iter().zip(&solved).map(|(a, b)| a * b).sum::<f64>().max(0.0);
    Ok(LogRank { statistic, degrees_of_freedom: k - 1, p_value: chi_square_sf(statistic, k - 1), observed, expected })
}

/// Solve A x = b by Gaussian elimination with partial pivoting; `None` when A is singular.
fn solve(mut a: Vec<Vec<f64>>, mut b: Vec<f64>) -> Option<Vec<f64>> {
    let n = b.len();
    let scale = a.iter().flatten().fold(0.0f64, |m, x| m.max(x.abs()));
    if scale.is_nan() || scale <= 0.0 {
        return None;
    }
    for col in 0..n {
        let pivot = (col..n).max_by(|&i, &j| a[i][col].abs().total_cmp(&a[j][col].abs()))?;
        if a[pivot][col].abs() <= 1e-12 * scale {
            return None;
        }
        a.swap(col, pivot);
        b.swap(col, pivot);
        for row in col + 1..n {
            let f = a[row][col] / a[col][col];
            let (top, bottom) = a.split_at_mut(row);
            for (target, p) in bottom[0][col..].iter_mut().zip(&top[col][col..]) {
                *target -= f * p;
            }
            b[row] -= f * b[col];
        }
    }
    let mut x = vec![0.0; n];
    for row in (0..n).rev() {
        let s: f64 = (row + 1..n).map(|c| a[row][c] * x[c]).sum();
        x[row] = (b[row] - s) / a[row][row];
    }
    x.iter().all(|v| v.is_finite()).then_some(x)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn obs(times: &[f64], events: &[bool]) -> Vec<Observation> {
        times.iter().zip(events).map(|(&time, &event)| Observation { time, event }).collect()
    }

    #[test]
    fn a_hand_worked_estimate() {
        // 5 clients: left at 1, censored at 2, left at 3, left at 3, censored at 4.
        let km = kaplan_meier(&obs(&[3.0, 1.0, 2.0, 3.0, 4.0], &[true, true, false, true, false])).unwrap();
        let s: Vec<(f64, f64)> = km.points.iter().map(|p| (p.time, p.survival)).collect();
        let expect = [(0.0, 1.0), (1.0, 0.8), (2.0, 0.8), (3.0, 0.8 / 3.0), (4.0, 0.8 / 3.0)];
        assert!(s.iter().zip(&expect).all(|(a, b)| a.0 == b.0 && (a.1 - b.1).abs() < 1e-15), "{s:?}");
        assert_eq!(s.len(), expect.len());
        assert_eq!(km.points[3].at_risk, 3);
        assert_eq!(km.median, Some(3.0));
        assert_eq!(km.survival_at(2.5), 0.8);
        assert_eq!(km.survival_at(-1.0), 1.0);
        // Greenwood at t = 1: S² · 1/(5·4).
        assert!((km.points[1].variance - 0.64 / 20.0).abs() < 1e-15);
        let p = km.points[1];
        assert!(p.lower < p.survival && p.survival < p.upper && p.upper < 1.0);
    }

    #[test]
    fn bad_input_is_refused_in_words() {
        assert_eq!(kaplan_meier(&[]).unwrap_err().message.english(), "Give at least one observation.");
        let e = kaplan_meier(&obs(&[1.0, f64::NAN], &[true, false])).unwrap_err();
        assert_eq!(e.message.english(), "Observation 2: the time must be a number of periods or days, zero or more.");
        let one = obs(&[1.0], &[true]);
        assert!(log_rank(&[&one]).is_err());
        assert_eq!(log_rank(&[&one, &[]]).unwrap_err().message.english(), "Group 2 has no observations.");
        let censored = obs(&[1.0, 2.0], &[false, false]);
        assert_eq!(
            log_rank(&[&censored, &censored]).unwrap_err().message.english(),
            "The log-rank test needs at least one event."
        );
    }

    #[test]
    fn identical_groups_give_a_zero_statistic() {
        let g = obs(&[1.0, 2.0, 2.0, 4.0, 5.0], &[true, true, false, true, false]);
        let r = log_rank(&[&g, &g]).unwrap();
        assert!(r.statistic.abs() < 1e-12 && (r.p_value - 1.0).abs() < 1e-12, "{r:?}");
        assert_eq!(r.observed, [3.0, 3.0]);
    }

    #[test]
    fn everyone_leaving_at_the_end_closes_the_band() {
        let km = kaplan_meier(&obs(&[1.0, 2.0], &[true, true])).unwrap();
        let last = km.points.last().unwrap();
        assert_eq!((last.survival, last.lower, last.upper), (0.0, 0.0, 0.0));
        let km = kaplan_meier(&obs(&[0.0, 0.0, 3.0], &[true, false, false])).unwrap();
        assert_eq!(km.points[0].time, 0.0);
        assert!((km.points[0].survival - 2.0 / 3.0).abs() < 1e-15);
    }
}

//! Geometry for the SVG charts: axis ranges with round ticks and point lists in pixels.
//! Kept here so components only place what is computed (and so it is tested natively).

/// A linear map from data values to pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scale {
    pub d0: f64,
    pub d1: f64,
    pub p0: f64,
    pub p1: f64,
}

impl Scale {
    pub fn new(d0: f64, d1: f64, p0: f64, p1: f64) -> Self {
        Scale { d0, d1, p0, p1 }
    }

    pub fn at(&self, v: f64) -> f64 {
        let span = self.d1 - self.d0;
        if span.abs() < f64::EPSILON || !v.is_finite() {
            return self.p0;
        }
        self.p0 + (v - self.d0) / span * (self.p1 - self.p0)
    }
}

/// A "nice" step (1, 2 or 5 × 10^k) giving about `count` intervals over `span`.
fn nice_step(span: f64, count: usize) -> f64 {
    let raw = span / count.max(1) as f64;
    if raw <= 0.0 || !raw.is_finite() {
        return 1.0;
    }
    let mag = 10f64.powf(raw.log10().floor());
    let f = raw / mag;
    let nice = if f <= 1.0 {
        1.0
    } else if f <= 2.0 {
        2.0
    } else if f <= 5.0 {
        5.0
    } else {
        10.0
    };
    nice * mag
}

/// An axis covering every value (and zero), extended to round ticks.
#[derive(Clone, Debug, PartialEq)]
pub struct Axis {
    pub min: f64,
    pub max: f64,
    pub ticks: Vec<f64>,
}

/// The most ticks an axis gets, whatever is asked or however the values spread: more labels
/// than this do not fit a chart's width or height at the page's text size.
pub const MAX_TICKS: usize = 11;

/// An axis covering every finite value and zero, with about `count` round intervals and never
/// more than [`MAX_TICKS`] ticks (values too far apart for a round step, such as ±1e308, get
/// the two ends only).
pub fn axis<'a>(values: impl IntoIterator<Item = &'a f64>, count: usize) -> Axis {
    let (mut lo, mut hi) = (0.0f64, 0.0f64);
    for v in values.into_iter().filter(|v| v.is_finite()) {
        lo = lo.min(*v);
        hi = hi.max(*v);
    }
    if hi - lo < 1e-9 {
        hi = lo + 1.0;
    }
    let count = count.clamp(1, MAX_TICKS - 1);
    let span = hi - lo;
    let mut step = nice_step(span, count);
    // At most a few rounds: each at least doubles the step, and ends past the whole span.
    for _ in 0..64 {
        if !step.is_finite() {
            break;
        }
        let min = (lo / step).floor() * step;
        let max = (hi / step).ceil() * step;
        let n = ((max - min) / step).round();
        if n.is_finite() && n < MAX_TICKS as f64 {
            let ticks = (0..=n as usize).map(|i| min + i as f64 * step).collect();
            return Axis { min, max, ticks };
        }
        // A round step too small for the span (rounding at the extremes): take the next one up.
        step = nice_step(span, 1).max(step * 2.0);
    }
    Axis { min: lo, max: hi, ticks: vec![lo, hi] }
}

/// Which of `points` evenly spaced x positions (0, 1, …) get a label: every k-th from the
/// first, at most `max` of them (at least one).
pub fn index_ticks(points: usize, max: usize) -> Vec<usize> {
    if points == 0 {
        return Vec::new();
    }
    let max = max.clamp(1, MAX_TICKS);
    let step = (points - 1).div_ceil(max.saturating_sub(1).max(1)).max(1);
    (0..points).step_by(step).take(max).collect()
}

/// `"x1,y1 x2,y2 …"` for an SVG polyline of `ys` spread evenly along x.
pub fn polyline(ys: &[f64], x: Scale, y: Scale) -> String {
    ys.iter().enumerate().map(|(i, v)| format!("{:.1},{:.1}", x.at(i as f64), y.at(*v))).collect::<Vec<_>>().join(" ")
}

/// The corners of a step function through `points` (x ascending): each value holds until the
/// next x, where the line drops (or rises) straight; the last value runs on to `x_end` when it
/// is further right.
fn step_corners(points: &[(f64, f64)], x_end: Option<f64>) -> Vec<(f64, f64)> {
    let mut out = Vec::with_capacity(points.len() * 2 + 1);
    for (i, &(px, py)) in points.iter().enumerate() {
        if i > 0 {
            out.push((px, points[i - 1].1));
        }
        out.push((px, py));
    }
    if let (Some(&(last_x, last_y)), Some(end)) = (points.last(), x_end) {
        if end > last_x {
            out.push((end, last_y));
        }
    }
    out
}

fn pixels(corners: &[(f64, f64)], x: Scale, y: Scale) -> String {
    corners.iter().map(|(a, b)| format!("{:.1},{:.1}", x.at(*a), y.at(*b))).collect::<Vec<_>>().join(" ")
}

/// `"x1,y1 x2,y1 x2,y2 …"` for an SVG polyline of a step function (a Kaplan–Meier curve).
pub fn step_polyline(points: &[(f64, f64)], x_end: Option<f64>, x: Scale, y: Scale) -> String {
    pixels(&step_corners(points, x_end), x, y)
}

/// The points of an SVG polygon filling the band between two step functions given as
/// (x, lower, upper): along the upper one, then back along the lower one.
pub fn step_band(points: &[(f64, f64, f64)], x_end: Option<f64>, x: Scale, y: Scale) -> String {
    let upper: Vec<(f64, f64)> = points.iter().map(|p| (p.0, p.2)).collect();
    let lower: Vec<(f64, f64)> = points.iter().map(|p| (p.0, p.1)).collect();
    let mut corners = step_corners(&upper, x_end);
    let mut back = step_corners(&lower, x_end);
    back.reverse();
    corners.extend(back);
    pixels(&corners, x, y)
}

/// A sparkline of values with gaps (`None`): one SVG polyline per unbroken run of known
/// values, with the figures a reader is told (first, last, lowest, highest, as (index, value)).
#[derive(Clone, Debug, PartialEq)]
pub struct Sparkline {
    pub runs: Vec<String>,
    pub first: (usize, f64),
    pub last: (usize, f64),
    pub low: f64,
    pub high: f64,
}

/// The sparkline of `values` spread evenly along x; `None` with fewer than two known values.
pub fn sparkline(values: &[Option<f64>], x: Scale, y: Scale) -> Option<Sparkline> {
    let known: Vec<(usize, f64)> = values.iter().enumerate().filter_map(|(i, v)| v.map(|v| (i, v))).collect();
    let (&first, &last) = (known.first()?, known.last()?);
    if known.len() < 2 {
        return None;
    }
    let mut runs: Vec<String> = Vec::new();
    let mut prev: Option<usize> = None;
    for &(i, v) in &known {
        let pt = format!("{:.1},{:.1}", x.at(i as f64), y.at(v));
        match (prev, runs.last_mut()) {
            (Some(pi), Some(run)) if pi + 1 == i => {
                run.push(' ');
                run.push_str(&pt);
            }
            _ => runs.push(pt),
        }
        prev = Some(i);
    }
    let low = known.iter().map(|k| k.1).fold(f64::INFINITY, f64::min);
    let high = known.iter().map(|k| k.1).fold(f64::NEG_INFINITY, f64::max);
    Some(Sparkline { runs, first, last, low, high })
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn a_sparkline_breaks_at_unknown_values_and_reads_out_its_figures() {
        let (x, y) = (Scale::new(0.0, 4.0, 0.0, 40.0), Scale::new(0.0, 100.0, 100.0, 0.0));
        let s = sparkline(&[None, Some(20.0), Some(60.0), None, Some(40.0)], x, y).unwrap();
        // Two runs: months 1–2, then month 4 alone.
        assert_eq!(s.runs, ["10.0,80.0 20.0,40.0", "40.0,60.0"]);
        assert_eq!((s.first, s.last, s.low, s.high), ((1, 20.0), (4, 40.0), 20.0, 60.0));
        assert_eq!(sparkline(&[None, Some(5.0)], x, y), None, "one known value draws nothing");
        assert_eq!(sparkline(&[], x, y), None);
    }

    #[test]
    fn axes_are_round_and_cover_the_data_and_zero() {
        let a = axis(&[12.0, 87.0], 5);
        assert_eq!(a.min, 0.0);
        assert_eq!(a.max, 100.0);
        assert_eq!(a.ticks, vec![0.0, 20.0, 40.0, 60.0, 80.0, 100.0]);
        let b = axis(&[-130_000.0, 410_000.0], 4);
        assert!(b.min <= -130_000.0 && b.max >= 410_000.0);
        assert!(b.ticks.contains(&0.0));
        let flat = axis(&[0.0, 0.0], 4);
        assert!(flat.max > flat.min, "a flat series still gets a usable axis");
        let nan = axis(&[f64::NAN], 4);
        assert!(nan.max > nan.min);
    }

    #[test]
    fn tick_counts_are_capped() {
        // However many are asked for and however the values spread.
        for (values, count) in [
            (vec![12.0, 87.0], 5),
            (vec![0.0, 1e-300], 50),
            (vec![-1e308, 1e308], 5),
            (vec![f64::MAX], 5),
            (vec![-3.0, 1e12], 1000),
            (vec![0.1, 0.30000000000000004], 10),
        ] {
            let a = axis(&values, count);
            assert!((2..=MAX_TICKS).contains(&a.ticks.len()), "{values:?}: {:?}", a.ticks);
            assert!(a.min <= a.ticks[0] && a.ticks[a.ticks.len() - 1] <= a.max);
            assert!(values.iter().all(|v| *v >= a.min && *v <= a.max), "{values:?} within {a:?}");
        }
        // x labels: 78 weeks get 7 of them, 0 to 78 by 13; short series every point.
        assert_eq!(index_ticks(79, 7), vec![0, 13, 26, 39, 52, 65, 78]);
        assert_eq!(index_ticks(3, 7), vec![0, 1, 2]);
        assert!((2..=MAX_TICKS).contains(&index_ticks(1000, 100).len()));
        assert_eq!(index_ticks(1, 7), vec![0]);
        assert!(index_ticks(0, 7).is_empty());
    }

    #[test]
    fn scales_and_polylines_map_to_pixels() {
        let x = Scale::new(0.0, 2.0, 40.0, 240.0);
        let y = Scale::new(0.0, 100.0, 200.0, 0.0);
        assert_eq!(polyline(&[0.0, 50.0, 100.0], x, y), "40.0,200.0 140.0,100.0 240.0,0.0");
        assert_eq!(Scale::new(1.0, 1.0, 5.0, 9.0).at(3.0), 5.0, "no division by zero");
    }

    #[test]
    fn step_functions_drop_straight_down() {
        let x = Scale::new(0.0, 10.0, 0.0, 100.0);
        let y = Scale::new(0.0, 1.0, 100.0, 0.0);
        assert_eq!(step_polyline(&[(0.0, 1.0), (2.0, 0.5)], Some(10.0), x, y), "0.0,0.0 20.0,0.0 20.0,50.0 100.0,50.0");
        assert_eq!(step_polyline(&[(0.0, 1.0)], None, x, y), "0.0,0.0");
        assert_eq!(step_polyline(&[], Some(3.0), x, y), "");
        let band = step_band(&[(0.0, 1.0, 1.0), (5.0, 0.4, 0.8)], None, x, y);
        assert_eq!(band, "0.0,0.0 50.0,0.0 50.0,20.0 50.0,60.0 50.0,0.0 0.0,0.0");
    }
}

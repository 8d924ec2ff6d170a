//! What-if retention scenarios for the whole portfolio: the projection
//! N(t+1) = r·N(t) + new(t), the leaky bucket, and the sensitivity ("tornado") of portfolio
//! value to each lever. Formulas and defaults: `docs/clv.md`.
//!
//! Levers are typed as yearly figures whatever the period of the projection; with monthly
//! periods they are converted (retention r^(1/12), discount (1+d)^(1/12) − 1, money ÷ 12), so
//! a scenario means the same thing at either granularity.

use serde::{Deserialize, Serialize};

use chrono::NaiveDate;

use super::clv::{check_amount, check_discount, check_retention, dcf, DcfInputs};
use super::model::FieldError;
use super::model::{Portfolio, Stage};
use super::retention::{project_by_tenure, tenure_groups, Curve, CurveIn, TenureGroup, Tenures};
use crate::i18n::{Arg, Text};
use crate::k;

/// Highest retention the care lift can reach: beyond it the linear "money buys points"
/// assumption is not credible.
pub const RETENTION_CAP: f64 = 0.99;

/// Years or months (defined with the retention curves, whose tenure is counted in either).
pub use super::retention::Periodicity;

/// The levers of a scenario, all per year.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Levers {
    /// Clients at the start.
    pub clients: f64,
    /// Revenue per client per year, before the price change.
    pub revenue_per_client: f64,
    /// Share of revenue left after direct cost and cost to serve.
    pub margin_rate: f64,
    /// Share of clients who stay from one year to the next.
    pub retention: f64,
    /// Money spent per year on winning new clients.
    pub acquisition_spend: f64,
    /// What one new client costs to win.
    pub cost_per_client: f64,
    /// Extra care (events, reviews, thank-yous) per client per year.
    pub care_spend: f64,
    /// The assumption that prices care: care per client per year that buys one point of retention.
    pub care_cost_per_point: f64,
    /// Price change applied to every client's revenue (0.05 = +5%); costs stay as they were.
    pub price_change: f64,
    /// New clients per retained client per year through referrals.
    pub referral_rate: f64,
    /// Discount rate per year.
    pub discount: f64,
    pub horizon_years: u32,
    #[serde(default)]
    pub period: Periodicity,
    /// Retention follows the fitted retention curve (the Retention page) instead of the flat
    /// `retention`: each client renews with the chance of its tenure, today's clients from
    /// their own tenure and new ones from tenure 0. `retention` is then the flat rate the
    /// scenario is compared with.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub fitted_curve: bool,
}

impl Default for Levers {
    fn default() -> Self {
        Levers {
            clients: 100.0,
            revenue_per_client: 10_000.0,
            margin_rate: 0.25,
            retention: 0.85,
            acquisition_spend: 75_000.0,
            cost_per_client: 5_000.0,
            care_spend: 0.0,
            care_cost_per_point: 100.0,
            price_change: 0.0,
            referral_rate: 0.0,
            discount: 0.10,
            horizon_years: 5,
            period: Periodicity::Year,
            fitted_curve: false,
        }
    }
}

impl Levers {
    /// Every problem with the levers, each naming its field.
    pub fn validate(&self) -> Vec<FieldError> {
        let mut errs = Vec::new();
        let mut push = |r: Result<(), FieldError>| {
            if let Err(e) = r {
                errs.push(e);
            }
        };
        let refuse = |field: &'static str, message: Text| Err(FieldError { field, message });
        push(check_amount("clients", self.clients, false));
        if self.clients.is_finite() && self.clients > 10_000_000.0 {
            push(refuse("clients", Text::new("scenario-clients-max").arg("max", 10_000_000)));
        }
        push(check_amount("revenue_per_client", self.revenue_per_client, false));
        if !self.margin_rate.is_finite() || !(-1.0..=1.0).contains(&self.margin_rate) {
            push(refuse("margin_rate", Text::new("scenario-margin-range")));
        }
        push(check_retention("retention", self.retention));
        push(check_amount("acquisition_spend", self.acquisition_spend, false));
        push(check_amount("cost_per_client", self.cost_per_client, false));
        if self.acquisition_spend > 0.0 && self.cost_per_client <= 0.0 {
            push(refuse("cost_per_client", Text::new("scenario-cost-per-client-zero")));
        }
        push(check_amount("care_spend", self.care_spend, false));
        push(check_amount("care_cost_per_point", self.care_cost_per_point, false));
        if self.care_cost_per_point == 0.0 {
            push(refuse("care_cost_per_point", Text::new("scenario-care-point-zero")));
        }
        if !self.price_change.is_finite() || self.price_change <= -1.0 || self.price_change > 1.0 {
            push(refuse("price_change", Text::new("scenario-price-range")));
        }
        if !self.referral_rate.is_finite() || !(0.0..=1.0).contains(&self.referral_rate) {
            push(refuse("referral_rate", Text::new("scenario-referral-range")));
        }
        push(check_discount(self.discount));
        if self.discount > 1.0 {
            push(refuse("discount", Text::new("scenario-discount-max-year")));
        }
        if !(1..=30).contains(&self.horizon_years) {
            push(refuse("horizon_years", Text::new("scenario-horizon-years")));
        }
        errs
    }

    /// Retention points bought by the care spend.
    pub fn care_lift(&self) -> f64 {
        if self.care_cost_per_point > 0.0 {
            self.care_spend / self.care_cost_per_point / 100.0
        } else {
            0.0
        }
    }

    /// Retention after the care lift, capped at [`RETENTION_CAP`] (never below the typed retention).
    pub fn effective_retention(&self) -> f64 {
        (self.retention + self.care_lift()).min(RETENTION_CAP).max(self.retention)
    }

    /// Margin per client per year after the price change: revenue·(1+p) − revenue·(1−m).
    pub fn margin_per_client(&self) -> f64 {
        self.revenue_per_client * (self.margin_rate + self.price_change)
    }
}

/// The baseline assumptions not visible in the client list.
pub fn baseline_from_portfolio(p: &Portfolio) -> Levers {
    let active: Vec<_> = p.clients.iter().filter(|c| c.stage != Stage::Lost).collect();
    let n = active.len() as f64;
    let revenue: f64 = active.iter().map(|c| c.annual_revenue).sum();
    let profit: f64 = active.iter().map(|c| c.contract_profit()).sum();
    let defaults = Levers::default();
    let revenue_per_client = if n > 0.0 { revenue / n } else { defaults.revenue_per_client };
    let margin_rate = if revenue > 0.0 { (profit / revenue).clamp(-1.0, 1.0) } else { defaults.margin_rate };
    let cost_per_client = (revenue_per_client * 0.5).max(1.0);
    let retention = defaults.retention;
    Levers {
        clients: n,
        revenue_per_client,
        margin_rate,
        retention,
        // Enough new clients to replace the ones who leave at the default retention.
        acquisition_spend: ((1.0 - retention) * n * cost_per_client).round(),
        cost_per_client: cost_per_client.round(),
        care_spend: 0.0,
        care_cost_per_point: (revenue_per_client * 0.01).round().max(1.0),
        ..defaults
    }
}

/// One period of the projection. Money is per period, discounted to today where named so.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ProjectionPeriod {
    /// 1-based.
    pub period: u32,
    pub clients_start: f64,
    pub lost: f64,
    pub new_from_acquisition: f64,
    pub new_from_referrals: f64,
    pub clients_end: f64,
    pub revenue: f64,
    /// Margin from clients less care and acquisition spend.
    pub profit: f64,
    pub discounted_profit: f64,
    pub cumulative_discounted_profit: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Projection {
    pub period: Periodicity,
    pub periods: Vec<ProjectionPeriod>,
    /// Cumulative discounted profit at the horizon: what the portfolio is worth over it.
    pub value: f64,
    pub effective_retention: f64,
}

impl Projection {
    /// Clients at time 0, 1, …, H (H + 1 points) for charts.
    pub fn clients_series(&self) -> Vec<f64> {
        let mut out = Vec::with_capacity(self.periods.len() + 1);
        if let Some(first) = self.periods.first() {
            out.push(first.clients_start);
        }
        out.extend(self.periods.iter().map(|p| p.clients_end));
        out
    }

    /// Cumulative discounted profit at time 0 (zero), 1, …, H.
    pub fn value_series(&self) -> Vec<f64> {
        std::iter::once(0.0).chain(self.periods.iter().map(|p| p.cumulative_discounted_profit)).collect()
    }

    /// Clients at the start of each year (one point a year whatever the period), for charts that
    /// put scenarios of different periods side by side.
    pub fn clients_by_year(&self) -> Vec<f64> {
        self.clients_series().into_iter().step_by(self.period.per_year() as usize).collect()
    }

    /// Cumulative discounted profit at each year end (and 0 at the start).
    pub fn value_by_year(&self) -> Vec<f64> {
        self.value_series().into_iter().step_by(self.period.per_year() as usize).collect()
    }

    pub fn end_clients(&self) -> f64 {
        self.periods.last().map(|p| p.clients_end).unwrap_or(0.0)
    }

    pub fn total_revenue(&self) -> f64 {
        self.periods.iter().map(|p| p.revenue).sum()
    }
}

/// The levers as one period of the projection sees them (a year, or a month: see the module doc).
struct PerPeriod {
    discount: f64,
    revenue: f64,
    margin: f64,
    care: f64,
    acquisition: f64,
    new_bought: f64,
    referral: f64,
    periods: u32,
}

impl PerPeriod {
    fn of(l: &Levers) -> PerPeriod {
        let k = f64::from(l.period.per_year());
        let acquisition = l.acquisition_spend / k;
        PerPeriod {
            discount: (1.0 + l.discount).powf(1.0 / k) - 1.0,
            revenue: l.revenue_per_client * (1.0 + l.price_change) / k,
            margin: l.margin_per_client() / k,
            care: l.care_spend / k,
            acquisition,
            new_bought: if l.cost_per_client > 0.0 { acquisition / l.cost_per_client } else { 0.0 },
            referral: l.referral_rate / k,
            periods: l.horizon_years * l.period.per_year(),
        }
    }

    /// The projection's periods from the clients of each: at the start, retained through it, at
    /// its end. One accounting for the flat rate and for the fitted curve.
    fn periods(&self, steps: impl IntoIterator<Item = (f64, f64, f64)>) -> (Vec<ProjectionPeriod>, f64) {
        let mut factor = 1.0;
        let mut cumulative = 0.0;
        let mut periods = Vec::with_capacity(self.periods as usize);
        for (t, (n, retained, end)) in (1..).zip(steps) {
            let profit = n * (self.margin - self.care) - self.acquisition;
            factor /= 1.0 + self.discount;
            cumulative += profit * factor;
            periods.push(ProjectionPeriod {
                period: t,
                clients_start: n,
                lost: n - retained,
                new_from_acquisition: self.new_bought,
                new_from_referrals: self.referral * retained,
                clients_end: end,
                revenue: n * self.revenue,
                profit,
                discounted_profit: profit * factor,
                cumulative_discounted_profit: cumulative,
            });
        }
        (periods, cumulative)
    }
}

/// Project the portfolio: N(t+1) = r·N(t) + new(t), new(t) = spend/cost + referral·r·N(t).
pub fn project(l: &Levers) -> Result<Projection, Vec<FieldError>> {
    let errs = l.validate();
    if !errs.is_empty() {
        return Err(errs);
    }
    let pp = PerPeriod::of(l);
    let r = l.effective_retention().powf(1.0 / f64::from(l.period.per_year()));
    let mut n = l.clients;
    let steps = (0..pp.periods).map(|_| {
        let start = n;
        let retained = r * start;
        n = retained + pp.new_bought + pp.referral * retained;
        (start, retained, n)
    });
    let (periods, value) = pp.periods(steps);
    Ok(Projection { period: l.period, periods, value, effective_retention: l.effective_retention() })
}

/// What a scenario needs to follow the fitted curve: the curve, the period it was fitted in, and
/// today's clients by tenure (every stage but lost, as in the baseline), by year and by month.
#[derive(Clone, Debug, PartialEq)]
pub struct CurveBasis {
    pub curve: Curve,
    /// The period the curve's tenure is counted in.
    pub fitted: Periodicity,
    pub by_year: Tenures,
    pub by_month: Tenures,
}

impl CurveBasis {
    pub fn from_portfolio(curve: Curve, fitted: Periodicity, p: &Portfolio, today: NaiveDate) -> CurveBasis {
        CurveBasis {
            curve,
            fitted,
            by_year: tenure_groups(p, today, Periodicity::Year),
            by_month: tenure_groups(p, today, Periodicity::Month),
        }
    }

    /// Today's clients by tenure in periods of `period`.
    pub fn tenures(&self, period: Periodicity) -> &Tenures {
        match period {
            Periodicity::Year => &self.by_year,
            Periodicity::Month => &self.by_month,
        }
    }

    /// r_t in periods of the levers, with the care lift added as on the flat rate: the rate as a
    /// yearly figure y, min(y + lift, 99%) but never below y, back to the period.
    fn rate(&self, l: &Levers, t: u32) -> f64 {
        let r = CurveIn { curve: self.curve, fitted: self.fitted, read: l.period }.retention(t);
        let lift = l.care_lift();
        if lift <= 0.0 {
            return r;
        }
        let k = f64::from(l.period.per_year());
        let y = r.powf(k);
        (y + lift).min(RETENTION_CAP).max(y).powf(1.0 / k)
    }

    /// Today's clients (scaled to the levers' count) by tenure in the levers' periods.
    fn groups(&self, l: &Levers) -> Vec<TenureGroup> {
        self.tenures(l.period).scaled_to(l.clients)
    }

    /// The yearly retention today's clients will show over the next year under the curve
    /// (care lift included): Σ c_n · S(n + k)/S(n) / Σ c_n in the levers' periods, k a year.
    pub fn first_year_retention(&self, l: &Levers) -> f64 {
        let groups = self.groups(l);
        let clients: f64 = groups.iter().map(|g| g.clients).sum();
        if clients <= 0.0 {
            return (1..=l.period.per_year()).map(|t| self.rate(l, t)).product();
        }
        let kept: f64 = groups
            .iter()
            .map(|g| g.clients * (1..=l.period.per_year()).map(|j| self.rate(l, g.tenure.saturating_add(j))).product::<f64>())
            .sum();
        kept / clients
    }
}

/// The levers with the flat rate instead of the fitted curve.
pub fn flat_twin(l: &Levers) -> Levers {
    Levers { fitted_curve: false, ..l.clone() }
}

/// Project the portfolio with the levers as they are: the flat rate ([`project`]), or when the
/// levers follow the fitted curve, retention by tenure (`retention::project_by_tenure`, the
/// model of `retention::project_with_curve` with new clients bought and referred each period):
/// today's clients follow the curve from their own tenure, new ones from tenure 0.
pub fn project_for(l: &Levers, basis: Option<&CurveBasis>) -> Result<Projection, Vec<FieldError>> {
    if !l.fitted_curve {
        return project(l);
    }
    let Some(basis) = basis else {
        return Err(vec![FieldError::new("fitted_curve", Text::new("scenario-no-curve"))]);
    };
    let errs = l.validate();
    if !errs.is_empty() {
        return Err(errs);
    }
    let pp = PerPeriod::of(l);
    let steps =
        project_by_tenure(&basis.groups(l), |t| basis.rate(l, t), |kept| pp.new_bought + pp.referral * kept, pp.periods as usize)
            .map_err(|e| vec![e])?;
    let (periods, value) = pp.periods(steps.iter().map(|s| (s.start, s.retained, s.end())));
    Ok(Projection { period: l.period, periods, value, effective_retention: basis.first_year_retention(l) })
}

/// The leaky bucket over the first year.
#[derive(Clone, Debug, PartialEq)]
pub struct LeakyBucket {
    /// The first year's retention: the levers' effective rate, or under the fitted curve the one
    /// today's clients will show.
    pub retention: f64,
    pub lost_clients: f64,
    pub lost_revenue: f64,
    pub new_from_referrals: f64,
    /// New clients acquisition must win just to keep the client count flat.
    pub new_needed: f64,
    /// What winning them costs.
    pub cost_to_stand_still: f64,
    /// The same money spread over the clients as care, per client.
    pub care_budget_per_client: f64,
    /// Retention that care would buy (capped), under the care-price assumption.
    pub retention_with_care: f64,
    /// Clients kept a year by that care instead.
    pub clients_kept_by_care: f64,
}

pub fn leaky_bucket(l: &Levers) -> Result<LeakyBucket, Vec<FieldError>> {
    leaky_bucket_at(l, l.effective_retention())
}

/// The leaky bucket of the levers as they are: under the fitted curve, the first year's
/// retention is the one today's clients will show ([`CurveBasis::first_year_retention`]).
pub fn leaky_bucket_for(l: &Levers, basis: Option<&CurveBasis>) -> Result<LeakyBucket, Vec<FieldError>> {
    match (l.fitted_curve, basis) {
        (false, _) => leaky_bucket(l),
        (true, Some(b)) => leaky_bucket_at(l, b.first_year_retention(l)),
        (true, None) => Err(vec![FieldError::new("fitted_curve", Text::new("scenario-no-curve"))]),
    }
}

fn leaky_bucket_at(l: &Levers, r: f64) -> Result<LeakyBucket, Vec<FieldError>> {
    let errs = l.validate();
    if !errs.is_empty() {
        return Err(errs);
    }
    let n = l.clients;
    let lost = (1.0 - r) * n;
    let referred = l.referral_rate * r * n;
    let new_needed = (lost - referred).max(0.0);
    let cost = new_needed * l.cost_per_client;
    let budget = if n > 0.0 { cost / n } else { 0.0 };
    let with_care = (r + budget / l.care_cost_per_point / 100.0).min(RETENTION_CAP).max(r);
    Ok(LeakyBucket {
        retention: r,
        lost_clients: lost,
        lost_revenue: lost * l.revenue_per_client * (1.0 + l.price_change),
        new_from_referrals: referred,
        new_needed,
        cost_to_stand_still: cost,
        care_budget_per_client: budget,
        retention_with_care: with_care,
        clients_kept_by_care: (with_care - r) * n,
    })
}

/// Which lever a sensitivity bar moves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lever {
    Retention,
    MarginRate,
    PriceChange,
    ReferralRate,
    Discount,
    RevenuePerClient,
    AcquisitionSpend,
    CostPerClient,
    CareSpend,
    Clients,
}

impl Lever {
    pub const ALL: [Lever; 10] = [
        Lever::Retention,
        Lever::MarginRate,
        Lever::PriceChange,
        Lever::ReferralRate,
        Lever::Discount,
        Lever::RevenuePerClient,
        Lever::AcquisitionSpend,
        Lever::CostPerClient,
        Lever::CareSpend,
        Lever::Clients,
    ];

    /// The tornado bar's label, in the reader's language.
    pub fn label(self) -> Text {
        Text::new(match self {
            Lever::Retention => k!("scenario-lever-retention"),
            Lever::MarginRate => k!("scenario-lever-margin"),
            Lever::PriceChange => k!("scenario-lever-price"),
            Lever::ReferralRate => k!("scenario-lever-referral-rate"),
            Lever::Discount => k!("scenario-lever-discount"),
            Lever::RevenuePerClient => k!("scenario-lever-revenue-per-client"),
            Lever::AcquisitionSpend => k!("scenario-lever-acquisition-spend"),
            Lever::CostPerClient => k!("scenario-lever-cost-per-client"),
            Lever::CareSpend => k!("scenario-lever-care-spend"),
            Lever::Clients => k!("scenario-lever-clients"),
        })
    }

    /// The levers moved down (`sign` = −1) or up (+1) by this lever's step.
    fn nudge(self, l: &Levers, sign: f64) -> Levers {
        let mut out = l.clone();
        let pt = 0.01 * sign;
        let pct = 1.0 + 0.10 * sign;
        match self {
            Lever::Retention => out.retention = (l.retention + pt).clamp(0.0, 0.999),
            Lever::MarginRate => out.margin_rate = (l.margin_rate + pt).clamp(-1.0, 1.0),
            Lever::PriceChange => out.price_change = (l.price_change + pt).clamp(-0.99, 1.0),
            Lever::ReferralRate => out.referral_rate = (l.referral_rate + pt).clamp(0.0, 1.0),
            Lever::Discount => out.discount = (l.discount + pt).clamp(0.0, 1.0),
            Lever::RevenuePerClient => out.revenue_per_client *= pct,
            Lever::AcquisitionSpend => out.acquisition_spend *= pct,
            Lever::CostPerClient => out.cost_per_client *= pct,
            Lever::CareSpend => out.care_spend *= pct,
            Lever::Clients => out.clients *= pct,
        }
        out
    }
}

/// One bar of the tornado chart: portfolio value with the lever down and up.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Sensitivity {
    pub lever: Lever,
    pub low: f64,
    pub high: f64,
}

impl Sensitivity {
    pub fn swing(&self) -> f64 {
        (self.high - self.low).abs()
    }
}

/// Portfolio value at each lever's ±step, largest swing first; levers that do not move the
/// value (e.g. care spend of zero) are left out.
pub fn tornado(l: &Levers) -> Result<(f64, Vec<Sensitivity>), Vec<FieldError>> {
    tornado_for(l, None)
}

/// The tornado of the levers as they are (under the fitted curve when they follow it; the flat
/// retention lever then moves nothing and is left out).
pub fn tornado_for(l: &Levers, basis: Option<&CurveBasis>) -> Result<(f64, Vec<Sensitivity>), Vec<FieldError>> {
    let base = project_for(l, basis)?.value;
    let mut bars: Vec<Sensitivity> = Lever::ALL
        .iter()
        .filter_map(|&lever| {
            let low = project_for(&lever.nudge(l, -1.0), basis).ok()?.value;
            let high = project_for(&lever.nudge(l, 1.0), basis).ok()?.value;
            let s = Sensitivity { lever, low, high };
            (s.swing() > 1e-9 * (1.0 + base.abs())).then_some(s)
        })
        .collect();
    crate::engine::util::sort::sort_by(&mut bars, |a, b| b.swing().total_cmp(&a.swing()));
    Ok((base, bars))
}

/// What one new client is worth over the horizon (margin less care, no acquisition cost),
/// used to express a value difference as "the same as winning N clients".
pub fn value_of_one_client(l: &Levers) -> Option<f64> {
    let inp = DcfInputs::flat(l.margin_per_client() - l.care_spend, l.effective_retention(), l.discount, l.horizon_years);
    dcf(&inp).ok().map(|d| d.value).filter(|v| *v > 0.0)
}

/// The levers that differ between two sets, in words ("price +5%", "retention 85% → 82%"),
/// money in the portfolio currency of the current formats.
pub fn differences(a: &Levers, b: &Levers) -> Vec<Text> {
    let mut out = Vec::new();
    let pct = |v: f64| Arg::Percent(Some(v));
    let differs = |x: f64, y: f64| (x - y).abs() > 1e-9 * (1.0 + x.abs());
    if differs(a.effective_retention(), b.effective_retention()) {
        out.push(
            Text::new("scenario-diff-retention")
                .arg("from", pct(a.effective_retention()))
                .arg("to", pct(b.effective_retention())),
        );
    }
    if differs(a.price_change, b.price_change) {
        let key = if b.price_change > a.price_change { k!("scenario-diff-price-up") } else { k!("scenario-diff-price") };
        out.push(Text::new(key).arg("change", pct(b.price_change - a.price_change)));
    }
    if differs(a.margin_rate, b.margin_rate) {
        out.push(Text::new("scenario-diff-margin").arg("from", pct(a.margin_rate)).arg("to", pct(b.margin_rate)));
    }
    if differs(a.care_spend, b.care_spend) {
        out.push(Text::new("scenario-diff-care").arg("amount", Arg::Money(b.care_spend)));
    }
    if differs(a.acquisition_spend, b.acquisition_spend) {
        out.push(Text::new("scenario-diff-acquisition").arg("amount", Arg::Money(b.acquisition_spend)));
    }
    if differs(a.cost_per_client, b.cost_per_client) {
        out.push(Text::new("scenario-diff-cost-per-client").arg("amount", Arg::Money(b.cost_per_client)));
    }
    if differs(a.referral_rate, b.referral_rate) {
        out.push(Text::new("scenario-diff-referrals").arg("rate", pct(b.referral_rate)));
    }
    if differs(a.clients, b.clients) || differs(a.revenue_per_client, b.revenue_per_client) {
        out.push(Text::new("scenario-diff-client-base"));
    }
    if differs(a.discount, b.discount) {
        out.push(Text::new("scenario-diff-discount").arg("rate", pct(b.discount)));
    }
    if a.fitted_curve != b.fitted_curve {
        out.push(Text::new(if b.fitted_curve { k!("scenario-diff-curve") } else { k!("scenario-diff-flat") }));
    }
    out
}

/// Texts joined as a list: "a, b, c".
fn join(items: Vec<Text>) -> Text {
    let mut items = items.into_iter();
    let first = items.next().unwrap_or_else(|| Text::new("scenario-list-empty"));
    items.fold(first, |head, next| Text::new("scenario-list-join").arg("head", head).arg("tail", next))
}

/// The plain-language read-out of a scenario against the baseline, money in the portfolio
/// currency of the current formats.
pub fn readout(name: &str, baseline: &Levers, scenario: &Levers) -> Option<Text> {
    readout_for(name, baseline, scenario, None)
}

/// The read-out with the levers as they are (under the fitted curve where they follow it).
pub fn readout_for(name: &str, baseline: &Levers, scenario: &Levers, basis: Option<&CurveBasis>) -> Option<Text> {
    let b = project_for(baseline, basis).ok()?;
    let s = project_for(scenario, basis).ok()?;
    let delta = s.value - b.value;
    let years = scenario.horizon_years;
    let changes = differences(baseline, scenario);
    let only_retention = changes.len() == 1 && changes[0].key == "scenario-diff-retention";
    let what = if only_retention {
        Text::new("scenario-readout-retention")
            .arg("from", Arg::Percent(Some(baseline.effective_retention())))
            .arg("to", Arg::Percent(Some(scenario.effective_retention())))
    } else if changes.is_empty() {
        Text::new("scenario-readout-unchanged").arg("name", name)
    } else {
        Text::new("scenario-readout-named").arg("name", name).arg("changes", join(changes))
    };
    let clients = value_of_one_client(baseline).map(|one| (delta.abs() / one).round()).filter(|c| *c >= 1.0);
    let key = match (delta >= 0.0, clients.is_some()) {
        (true, false) => k!("scenario-readout-gain"),
        (false, false) => k!("scenario-readout-loss"),
        (true, true) => k!("scenario-readout-gain-clients"),
        (false, true) => k!("scenario-readout-loss-clients"),
    };
    let mut text = Text::new(key).arg("what", what).arg("amount", Arg::Money(delta.abs())).arg("years", years);
    if let Some(clients) = clients {
        text = text.arg("clients", clients);
    }
    Some(text)
}

/// Most scenarios compared side by side.
pub const MAX_COMPARED: usize = 4;
/// Most scenarios kept.
pub const MAX_SCENARIOS: usize = 20;

/// A named set of levers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Scenario {
    pub id: String,
    pub name: String,
    pub levers: Levers,
    /// Shown in the side-by-side comparison.
    #[serde(default)]
    pub compare: bool,
}

/// The baseline and the saved scenarios, as stored.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ScenarioBook {
    /// The baseline's levers; `None` until the user changes one (then defaults apply).
    #[serde(default)]
    pub baseline: Option<Levers>,
    /// Take starting clients, revenue per client and margin from the client list.
    #[serde(default = "yes")]
    pub follow_portfolio: bool,
    #[serde(default)]
    pub scenarios: Vec<Scenario>,
}

fn yes() -> bool {
    true
}

impl Default for ScenarioBook {
    fn default() -> Self {
        ScenarioBook { baseline: None, follow_portfolio: true, scenarios: Vec::new() }
    }
}

impl ScenarioBook {
    /// The baseline in force: the stored levers, with the portfolio's own figures when it follows it.
    pub fn baseline(&self, p: &Portfolio) -> Levers {
        let from_portfolio = baseline_from_portfolio(p);
        match (&self.baseline, self.follow_portfolio) {
            (None, true) => from_portfolio,
            (None, false) => Levers::default(),
            (Some(l), false) => l.clone(),
            (Some(l), true) => Levers {
                clients: from_portfolio.clients,
                revenue_per_client: from_portfolio.revenue_per_client,
                margin_rate: from_portfolio.margin_rate,
                ..l.clone()
            },
        }
    }

    pub fn get(&self, id: &str) -> Option<&Scenario> {
        self.scenarios.iter().find(|s| s.id == id)
    }

    /// A sequential id no scenario has (`s` and the next free number; the first free one past
    /// the largest `u64`), for tests and generated data: the app gives new scenarios random ids
    /// ([`ScenarioBook::add_as`]).
    fn next_id(&self) -> String {
        let number = |s: &Scenario| s.id.strip_prefix('s').and_then(|d| d.parse::<u64>().ok());
        let max = self.scenarios.iter().filter_map(number).max().unwrap_or(0);
        let n = max
            .checked_add(1)
            .unwrap_or_else(|| (1..).find(|n| !self.scenarios.iter().any(|s| number(s) == Some(*n))).unwrap_or(1));
        format!("s{n}")
    }

    /// A name not used yet: "Scenario 3", or "Copy of X (2)".
    fn free_name(&self, wanted: &str) -> String {
        let taken = |n: &str| self.scenarios.iter().any(|s| s.name == n);
        if !taken(wanted) {
            return wanted.to_string();
        }
        (2..).map(|i| format!("{wanted} ({i})")).find(|n| !taken(n)).unwrap_or_else(|| wanted.to_string())
    }

    fn compared(&self) -> usize {
        self.scenarios.iter().filter(|s| s.compare).count()
    }

    /// Add a scenario starting from `levers`; returns its id, or why not.
    /// An empty name gets "Scenario N" in the current language (stored as the name).
    pub fn add(&mut self, name: &str, levers: Levers) -> Result<String, Text> {
        let id = self.next_id();
        self.add_as(id, name, levers)
    }

    /// [`ScenarioBook::add`] with the id given (a fresh random one from the caller); an id
    /// already in the book is refused.
    pub fn add_as(&mut self, id: String, name: &str, levers: Levers) -> Result<String, Text> {
        if self.scenarios.len() >= MAX_SCENARIOS {
            return Err(Text::new("scenario-book-full").arg("max", MAX_SCENARIOS));
        }
        if id.trim().is_empty() || self.get(&id).is_some() {
            return Err(Text::new("scenario-id-taken"));
        }
        let name = if name.trim().is_empty() {
            Text::new("scenario-default-name").arg("n", Arg::Str((self.scenarios.len() + 1).to_string())).to_string()
        } else {
            name.trim().to_string()
        };
        let name = self.free_name(&name);
        let compare = self.compared() < MAX_COMPARED;
        self.scenarios.push(Scenario { id: id.clone(), name, levers, compare });
        Ok(id)
    }

    /// The copy is named "Copy of X" in the current language.
    pub fn duplicate(&mut self, id: &str) -> Result<String, Text> {
        let new_id = self.next_id();
        self.duplicate_as(id, new_id)
    }

    /// [`ScenarioBook::duplicate`] with the copy's id given.
    pub fn duplicate_as(&mut self, id: &str, new_id: String) -> Result<String, Text> {
        let src = self.get(id).cloned().ok_or_else(|| Text::new("scenario-gone"))?;
        self.add_as(new_id, &Text::new("scenario-copy-of").arg("name", src.name).to_string(), src.levers)
    }

    /// Rename; the name must be non-empty, at most 60 characters and not used by another scenario.
    pub fn rename(&mut self, id: &str, name: &str) -> Result<(), Text> {
        let name = name.trim();
        if name.is_empty() {
            return Err(Text::new("scenario-name-empty"));
        }
        if name.chars().count() > 60 {
            return Err(Text::new("scenario-name-long").arg("max", 60));
        }
        if self.scenarios.iter().any(|s| s.id != id && s.name == name) {
            return Err(Text::new("scenario-name-taken").arg("name", name));
        }
        let s = self.scenarios.iter_mut().find(|s| s.id == id).ok_or_else(|| Text::new("scenario-gone"))?;
        s.name = name.to_string();
        Ok(())
    }

    pub fn set_levers(&mut self, id: &str, levers: Levers) {
        if let Some(s) = self.scenarios.iter_mut().find(|s| s.id == id) {
            s.levers = levers;
        }
    }

    pub fn remove(&mut self, id: &str) -> Option<Scenario> {
        let i = self.scenarios.iter().position(|s| s.id == id)?;
        Some(self.scenarios.remove(i))
    }

    /// Show or hide in the comparison; refuses a fifth.
    pub fn set_compare(&mut self, id: &str, on: bool) -> Result<(), Text> {
        if on && self.compared() >= MAX_COMPARED && !self.get(id).is_some_and(|s| s.compare) {
            return Err(Text::new("scenario-compare-full").arg("max", MAX_COMPARED));
        }
        if let Some(s) = self.scenarios.iter_mut().find(|s| s.id == id) {
            s.compare = on;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::sample::demo_portfolio;

    fn close(a: f64, b: f64, tol: f64) -> bool {
        (a - b).abs() <= tol * (1.0 + b.abs())
    }

    fn quiet(retention: f64) -> Levers {
        Levers { retention, acquisition_spend: 0.0, referral_rate: 0.0, ..Levers::default() }
    }

    #[test]
    fn with_no_new_clients_the_portfolio_decays_geometrically() {
        let p = project(&quiet(0.8)).unwrap();
        for (t, n) in p.clients_series().iter().enumerate() {
            assert!(close(*n, 100.0 * 0.8f64.powi(t as i32), 1e-12), "t = {t}: {n}");
        }
        // Monthly periods decay to the same yearly figures.
        let m = project(&Levers { period: Periodicity::Month, ..quiet(0.8) }).unwrap();
        assert_eq!(m.periods.len(), 60);
        assert!(close(m.clients_series()[12], 80.0, 1e-9));
        assert!(close(m.end_clients(), 100.0 * 0.8f64.powi(5), 1e-9));
        let by_year = m.clients_by_year();
        assert_eq!(by_year.len(), 6, "monthly periods give one point a year");
        assert!(close(by_year[1], 80.0, 1e-9));
    }

    #[test]
    fn replacing_exactly_the_leavers_keeps_the_portfolio_flat() {
        // new = (1 − r)·N: 20 clients a year at 5,000 each.
        let l = Levers { acquisition_spend: 100_000.0, cost_per_client: 5_000.0, ..quiet(0.8) };
        let p = project(&l).unwrap();
        for n in p.clients_series() {
            assert!(close(n, 100.0, 1e-12));
        }
        // Hand-worked value: profit per year = 100·10,000·25% − 100,000 = 150,000, discounted at 10%.
        let expected: f64 = (1..=5).map(|t| 150_000.0 / 1.1f64.powi(t)).sum();
        assert!(close(p.value, expected, 1e-12));
        let bucket = leaky_bucket(&l).unwrap();
        assert!(close(bucket.lost_clients, 20.0, 1e-12));
        assert!(close(bucket.new_needed, 20.0, 1e-12));
        assert!(close(bucket.cost_to_stand_still, 100_000.0, 1e-12));
        // 1,000 per client as care at 100 per point buys 10 points: 80% → 90%, 10 clients kept.
        assert!(close(bucket.care_budget_per_client, 1_000.0, 1e-12));
        assert!(close(bucket.retention_with_care, 0.90, 1e-12));
        assert!(close(bucket.clients_kept_by_care, 10.0, 1e-9));
    }

    #[test]
    fn referrals_and_care_feed_the_projection() {
        let l = Levers { referral_rate: 0.25, ..quiet(0.8) };
        let p = project(&l).unwrap();
        // 0.8·100 retained + 0.25·80 referred = 100: flat again.
        assert!(close(p.end_clients(), 100.0, 1e-12));
        let care = Levers { care_spend: 500.0, care_cost_per_point: 100.0, ..quiet(0.8) };
        assert!(close(care.effective_retention(), 0.85, 1e-12));
        let capped = Levers { care_spend: 1e6, ..quiet(0.8) };
        assert_eq!(capped.effective_retention(), RETENTION_CAP);
        // Care is a cost: 100 clients · 500 less profit in year one.
        let p0 = project(&quiet(0.8)).unwrap();
        let p1 = project(&care).unwrap();
        assert!(close(p0.periods[0].profit - p1.periods[0].profit, 50_000.0, 1e-12));
    }

    #[test]
    fn value_rises_with_retention_and_falls_with_discount() {
        let mut prev = f64::NEG_INFINITY;
        for i in 50..99 {
            let v = project(&Levers { retention: i as f64 / 100.0, ..Levers::default() }).unwrap().value;
            assert!(v > prev);
            prev = v;
        }
        let v1 = project(&Levers { discount: 0.05, ..Levers::default() }).unwrap().value;
        let v2 = project(&Levers { discount: 0.15, ..Levers::default() }).unwrap().value;
        assert!(v1 > v2);
    }

    #[test]
    fn bad_levers_are_reported_by_field_and_never_give_nan() {
        let l = Levers {
            retention: 1.0,
            discount: -0.1,
            horizon_years: 0,
            cost_per_client: 0.0,
            clients: f64::NAN,
            ..Levers::default()
        };
        let fields: Vec<_> = project(&l).unwrap_err().iter().map(|e| e.field).collect();
        for f in ["retention", "discount", "horizon_years", "cost_per_client", "clients"] {
            assert!(fields.contains(&f), "{f} missing from {fields:?}");
        }
        assert!(tornado(&l).is_err());
        assert!(leaky_bucket(&l).is_err());
        assert!(readout("x", &l, &Levers::default()).is_none());
        let errs = l.validate();
        let horizon = errs.iter().find(|e| e.field == "horizon_years").unwrap();
        assert_eq!(horizon.message.to_string(), "The horizon must be 1 to 30 years.");
        let clients = Levers { clients: 2e7, ..Levers::default() }.validate();
        assert_eq!(clients[0].to_string(), "At most 10,000,000 clients.");
    }

    #[test]
    fn tornado_ranks_levers_by_swing() {
        let l = Levers::default();
        let (base, bars) = tornado(&l).unwrap();
        assert!(close(base, project(&l).unwrap().value, 1e-12));
        assert!(bars.windows(2).all(|w| w[0].swing() >= w[1].swing()));
        for b in &bars {
            assert!(b.low.is_finite() && b.high.is_finite());
        }
        // Care spend is zero by default, so ±10% of it moves nothing and is left out.
        assert!(!bars.iter().any(|b| b.lever == Lever::CareSpend));
        // Higher retention raises value; a higher discount rate lowers it.
        let r = bars.iter().find(|b| b.lever == Lever::Retention).unwrap();
        assert!(r.high > base && r.low < base);
        let d = bars.iter().find(|b| b.lever == Lever::Discount).unwrap();
        assert!(d.high < base && d.low > base);
    }

    #[test]
    fn baseline_comes_from_the_portfolio_and_stands_still() {
        let p = demo_portfolio();
        let l = baseline_from_portfolio(&p);
        let kept = p.clients.iter().filter(|c| c.stage != Stage::Lost).count() as f64;
        assert_eq!(l.clients, kept);
        assert!(l.validate().is_empty(), "{:?}", l.validate());
        assert!(l.margin_rate > 0.0 && l.margin_rate < 1.0);
        let proj = project(&l).unwrap();
        assert!(close(proj.end_clients(), kept, 0.01), "defaults replace the leavers");
        // An empty portfolio still gives a valid baseline with no clients.
        let empty = baseline_from_portfolio(&Portfolio::default());
        assert_eq!(empty.clients, 0.0);
        assert!(empty.validate().is_empty());
    }

    #[test]
    fn readout_states_the_gain_in_money_and_clients() {
        let base = Levers { retention: 0.80, ..Levers::default() };
        let better = Levers { retention: 0.85, ..base.clone() };
        // Natively the formats are plain English: `EUR 12,345`, `80%` (at most one decimal).
        let text = readout("Better care", &base, &better).unwrap().to_string();
        assert!(text.starts_with("Moving retention from 80% to 85% is worth EUR "), "{text}");
        assert!(text.contains("over 5 years") && text.contains("the same as winning"), "{text}");
        assert!(text.ends_with(" extra clients."), "{text}");
        let cheaper = Levers { price_change: -0.05, ..base.clone() };
        let text = readout("Discount", &base, &cheaper).unwrap().to_string();
        assert!(text.starts_with("“Discount” (price −5%) costs EUR "), "{text}");
        // Two levers moved: the gain is not credited to retention alone.
        let mixed = Levers { price_change: 0.05, retention: 0.775, care_spend: 50.0, ..base.clone() };
        let text = readout("Price rise", &base, &mixed).unwrap().to_string();
        assert!(text.starts_with("“Price rise” (retention 80% → 78%, price +5%, care EUR 50 per client) "), "{text}");
        // One year, no lever changed, no client-equivalent: the short form in the singular.
        let one = Levers { horizon_years: 1, ..base.clone() };
        assert_eq!(
            readout("Same", &one, &one).unwrap().to_string(),
            "“Same” (no lever differs from the baseline) is worth EUR 0 over 1 year in discounted profit."
        );
    }

    #[test]
    fn the_book_adds_renames_duplicates_compares_and_deletes() {
        let p = demo_portfolio();
        let mut book = ScenarioBook::default();
        assert_eq!(book.baseline(&p), baseline_from_portfolio(&p));
        let a = book.add("", book.baseline(&p)).unwrap();
        assert_eq!(book.get(&a).unwrap().name, "Scenario 1");
        let b = book.duplicate(&a).unwrap();
        assert_eq!(book.get(&b).unwrap().name, "Copy of Scenario 1");
        assert_ne!(a, b);
        assert!(book.rename(&b, " ").is_err());
        assert_eq!(book.rename(&b, "Scenario 1").unwrap_err().to_string(), "Another scenario is already called “Scenario 1”.");
        book.rename(&b, "Care programme").unwrap();
        for _ in 0..3 {
            book.duplicate(&a).unwrap();
        }
        assert_eq!(book.scenarios.iter().filter(|s| s.compare).count(), MAX_COMPARED, "the fifth is not compared");
        let fifth = book.scenarios[4].id.clone();
        assert_eq!(
            book.set_compare(&fifth, true).unwrap_err().to_string(),
            "Up to 4 scenarios can be compared; untick one first."
        );
        book.set_compare(&a, false).unwrap();
        book.set_compare(&fifth, true).unwrap();
        assert_eq!(book.remove(&b).unwrap().name, "Care programme");
        assert!(book.get(&b).is_none());
        // Ids are never reused while a higher one exists.
        let c = book.add("New", Levers::default()).unwrap();
        assert_eq!(c, "s6");
    }

    fn basis(curve: Curve) -> CurveBasis {
        let p = demo_portfolio();
        CurveBasis::from_portfolio(curve, Periodicity::Year, &p, crate::engine::sample::demo_as_of())
    }

    #[test]
    fn a_constant_curve_ages_like_the_flat_rate() {
        let b = basis(Curve::constant(0.85).unwrap());
        assert_eq!(b.by_year.clients(), 7.0, "the demo's clients that are not lost");
        for period in [Periodicity::Year, Periodicity::Month] {
            for l in [
                Levers { period, ..Levers::default() },
                Levers { period, care_spend: 300.0, referral_rate: 0.05, ..Levers::default() },
            ] {
                let flat = project(&l).unwrap();
                let aged = project_for(&Levers { fitted_curve: true, ..l.clone() }, Some(&b)).unwrap();
                assert!(close(aged.value, flat.value, 1e-9), "{period:?}: {} {}", aged.value, flat.value);
                assert!(close(aged.end_clients(), flat.end_clients(), 1e-9));
                assert!(close(aged.effective_retention, flat.effective_retention, 1e-9));
                let bucket = leaky_bucket_for(&Levers { fitted_curve: true, ..l.clone() }, Some(&b)).unwrap();
                assert!(close(bucket.lost_clients, leaky_bucket(&l).unwrap().lost_clients, 1e-9));
            }
        }
    }

    #[test]
    fn a_fitted_curve_ages_the_clients_by_tenure() {
        // Fader & Hardie's regular cohort: clients grow more loyal with tenure.
        let b = basis(Curve::sbg(0.704, 1.182).unwrap());
        let l = Levers { fitted_curve: true, acquisition_spend: 0.0, ..Levers::default() };
        let aged = project_for(&l, Some(&b)).unwrap();
        // Without new clients, every group follows the curve from its own tenure.
        let expect: f64 = b
            .by_year
            .groups
            .iter()
            .map(|g| 100.0 / 7.0 * g.clients * b.curve.survival(g.tenure + 5) / b.curve.survival(g.tenure))
            .sum();
        assert!(close(aged.end_clients(), expect, 1e-12), "{} {expect}", aged.end_clients());
        assert!(close(aged.periods[0].lost, 100.0 * (1.0 - aged.effective_retention), 1e-9));
        // Without a fitted curve the scenario says so by field.
        assert_eq!(project_for(&l, None).unwrap_err()[0].field, "fitted_curve");
        assert!(!flat_twin(&l).fitted_curve);
        assert_eq!(project_for(&flat_twin(&l), None).unwrap(), project(&flat_twin(&l)).unwrap());
        // The tornado leaves the flat retention out: it moves nothing under the curve.
        let (base, bars) = tornado_for(&l, Some(&b)).unwrap();
        assert!(close(base, aged.value, 1e-12));
        assert!(!bars.iter().any(|b| b.lever == Lever::Retention));
        // The read-out names the switch to the curve.
        let text = readout_for("Aged", &flat_twin(&l), &l, Some(&b)).unwrap().to_string();
        assert!(text.starts_with("“Aged” (retention by the fitted curve) "), "{text}");
    }

    #[test]
    fn the_curve_option_is_stored_only_when_on() {
        let off = serde_json::to_string(&Levers::default()).unwrap();
        assert!(!off.contains("fitted_curve"));
        let on = Levers { fitted_curve: true, ..Levers::default() };
        let text = serde_json::to_string(&on).unwrap();
        assert!(text.ends_with(r#""fitted_curve":true}"#), "{text}");
        assert_eq!(serde_json::from_str::<Levers>(&text).unwrap(), on);
        assert_eq!(serde_json::from_str::<Levers>(&off).unwrap(), Levers::default());
    }

    #[test]
    fn a_stored_baseline_follows_the_portfolio_figures_until_told_not_to() {
        let p = demo_portfolio();
        let mut book =
            ScenarioBook { baseline: Some(Levers { retention: 0.7, clients: 3.0, ..Levers::default() }), ..Default::default() };
        let b = book.baseline(&p);
        assert_eq!(b.retention, 0.7, "the user's assumption is kept");
        assert_eq!(b.clients, baseline_from_portfolio(&p).clients, "the client count comes from the portfolio");
        book.follow_portfolio = false;
        assert_eq!(book.baseline(&p).clients, 3.0, "a typed baseline is used as typed");
    }
}

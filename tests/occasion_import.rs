//! A transaction history counted per occasion is the summary import by occasion: transactions
//! generated so that each donor's yearly gifts reproduce donations.csv exactly (Fader, Hardie &
//! Shang 2010: 11,104 donors first giving in 1995, observed in the six years 1996–2001) give, read
//! and fitted in the import worker, the same histories and the same BG/BB fit as the summary, with
//! the published α = 1.204, β = 0.750, γ = 0.657, δ = 2.783.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests: a failed unwrap is a failed test

use chrono::NaiveDate;
use retention_calculator::engine::btyd::occasions::OccasionUnit;
use retention_calculator::engine::files::summary_csv::{parse_summary, SummaryUnit};
use retention_calculator::engine::files::transactions::sniff;
use retention_calculator::engine::purchases::PurchaseStudy;
use retention_calculator::engine::util::encoding::TextEncoding;
use retention_calculator::worker::protocol::{Json, Reply, Request, Stage};
use retention_calculator::worker::session::Session;

const DONATIONS: &str = include_str!("fixtures/donations/donations.csv");

/// A transaction CSV whose yearly gifts give each donations.csv row (x, t_x, n = 6, weight): a
/// first gift in 1995, then gifts in x of the years 1996–2001, the last in 1995 + t_x. The other
/// x − 1 years are picked differently from donor to donor; some donors give twice in a year (one
/// occasion all the same), and some give again in 2002, after the observation end.
fn donation_transactions() -> (String, usize) {
    let mut text = String::from("donor,date,amount\n");
    let mut id = 0usize;
    let mut gifts = 0usize;
    for line in DONATIONS.lines().skip(1) {
        let v: Vec<u32> = line.split(',').map(|f| f.parse().unwrap()).collect();
        let (x, tx, n, weight) = (v[0], v[1], v[2], v[3]);
        assert_eq!(n, 6);
        for k in 0..weight {
            id += 1;
            let mut years = vec![0];
            if x > 0 {
                // x − 1 of the years 1 … t_x − 1, rotated by the donor's number, then t_x.
                let earlier: Vec<u32> = (1..tx).collect();
                let start = if earlier.is_empty() { 0 } else { k as usize % earlier.len() };
                years.extend((0..x as usize - 1).map(|i| earlier[(start + i) % earlier.len()]));
                years.push(tx);
            }
            for (i, y) in years.iter().enumerate() {
                let month = 1 + (id + i) % 12;
                let day = 1 + (id * 7 + i) % 28;
                text.push_str(&format!("d{id},{}-{month:02}-{day:02},{}.00\n", 1995 + y, 10 + id % 40));
                gifts += 1;
                if (id + i).is_multiple_of(5) {
                    text.push_str(&format!("d{id},{}-12-31,5.00\n", 1995 + y));
                    gifts += 1;
                }
            }
            if id.is_multiple_of(7) {
                text.push_str(&format!("d{id},2002-03-01,20.00\n"));
            }
        }
    }
    assert_eq!(id, 11_104);
    (text, gifts)
}

/// Read `text` in the import worker's session in chunks, then fit per year to `end`.
fn fit_in_the_worker(text: &str, unit: OccasionUnit, end: NaiveDate) -> (Vec<Stage>, Result<Box<PurchaseStudy>, String>) {
    let mut session = Session::new();
    let mut replies = Vec::new();
    let settings = sniff(text).unwrap().settings;
    let mut send = |r| session.handle(r, &mut |reply| replies.push(reply));
    send(Request::Begin { job: 1, settings, total_bytes: text.len() as u64, encoding: TextEncoding::Utf8 });
    for part in text.as_bytes().chunks(64 * 1024) {
        send(Request::Chunk { job: 1, bytes: part.to_vec() });
    }
    send(Request::Finish { job: 1 });
    send(Request::FitOccasions { job: 1, source: "gifts.csv".into(), unit, end });
    let stages = replies.iter().filter_map(|r| if let Reply::Stage { stage, .. } = r { Some(*stage) } else { None }).collect();
    let result = match replies.pop().unwrap() {
        Reply::Study { study: Json(study), .. } => Ok(study),
        Reply::Failed { error, .. } => Err(error.0.english()),
        other => panic!("{other:?}"),
    };
    (stages, result)
}

#[test]
fn donations_as_transactions_counted_per_year_are_the_summary_import() {
    let (text, gifts) = donation_transactions();
    let end = NaiveDate::from_ymd_opt(2001, 12, 31).unwrap();
    let (stages, study) = fit_in_the_worker(&text, OccasionUnit::Years, end);
    assert_eq!(stages, [Stage::CountingOccasions, Stage::FittingBgBb]);
    let study = study.unwrap();
    let summary =
        parse_summary(DONATIONS, SummaryUnit::Occasions(OccasionUnit::Years)).unwrap().study("donations.csv", end).unwrap();
    let (got, want) = (study.occasions.as_ref().unwrap(), summary.occasions.as_ref().unwrap());
    assert_eq!(got.histories, want.histories, "the 22 weighted histories of donations.csv");
    assert_eq!(got.histories.len(), 22);
    assert!(got == want, "the same fit and standard errors as the summary import");
    assert_eq!((study.customers, study.transactions), (11_104, gifts), "every donor; the gifts up to 2001");
    assert_eq!(study.first_date, NaiveDate::from_ymd_opt(1995, 1, 1));
    assert_eq!(study.last_date, Some(end));
    assert!(study.problems.is_empty(), "{:?}", study.problems);
    // FHS 2010: α = 1.204, β = 0.750, γ = 0.657, δ = 2.783 (to half a unit of the last digit).
    let p = got.fit.as_ref().unwrap().params;
    for (name, value, published) in [("α", p.alpha, 1.204), ("β", p.beta, 0.750), ("γ", p.gamma, 0.657), ("δ", p.delta, 2.783)]
    {
        assert_eq!(format!("{value:.3}"), format!("{published:.3}"), "{name} = {value}");
    }
}

#[test]
fn a_partial_last_year_is_left_out_and_said() {
    let (text, _) = donation_transactions();
    // Observed to 2001-06-30: 2001 is not over, so the history is 1995–2000 (n = 5).
    let end = NaiveDate::from_ymd_opt(2001, 6, 30).unwrap();
    let study = fit_in_the_worker(&text, OccasionUnit::Years, end).1.unwrap();
    let o = study.occasions.as_ref().unwrap();
    assert!(o.histories.iter().all(|h| h.periods == 5));
    assert_eq!(study.last_date, NaiveDate::from_ymd_opt(2000, 12, 31));
    assert_eq!(study.problems.len(), 1);
    assert!(study.problems[0].english().contains("2001-12-31"), "{}", study.problems[0].english());
    // Observed to 1995-12-31: one whole year, refused in words.
    let end = NaiveDate::from_ymd_opt(1995, 12, 31).unwrap();
    let error = fit_in_the_worker(&text, OccasionUnit::Years, end).1.unwrap_err();
    assert!(error.contains("only 1 whole year observed"), "{error}");
}

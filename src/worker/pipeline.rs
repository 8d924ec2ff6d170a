//! The study of a purchase history, step by step: [`crate::engine::purchases::build_study_staged`]
//! (the same study as `build_study`, field for field; a test checks it on CDNOW), with a report
//! before each stage so the page can say what is going on.

use chrono::NaiveDate;

use crate::engine::btyd::occasions::OccasionUnit;
use crate::engine::btyd::{BtydError, SummaryOptions, TransactionSet};
use crate::engine::purchases::{build_study_staged, study_from_transaction_occasions, PurchaseStudy, StudyStage};

use super::protocol::Stage;

/// Summarise, fit the three models, validate, and build the study to keep; `stage` is told
/// before each step.
pub fn staged_study(
    source: &str,
    data: &TransactionSet,
    options: &SummaryOptions,
    mut stage: impl FnMut(Stage),
) -> Result<PurchaseStudy, BtydError> {
    build_study_staged(source, data, options, |s| {
        stage(match s {
            StudyStage::Summarising => Stage::Summarising,
            StudyStage::FittingBgNbd => Stage::FittingBgNbd,
            StudyStage::FittingParetoNbd => Stage::FittingParetoNbd,
            StudyStage::FittingGammaGamma => Stage::FittingGammaGamma,
            StudyStage::Validating => Stage::Validating,
        })
    })
}

/// Count the history per occasion and fit BG/BB
/// ([`crate::engine::purchases::study_from_transaction_occasions`]); `stage` is told first. The
/// counting is one pass over the purchases; the fit works on at most n(n+1)/2 + 1 patterns.
pub fn occasion_study(
    source: &str,
    data: &TransactionSet,
    unit: OccasionUnit,
    end: NaiveDate,
    mut stage: impl FnMut(Stage),
) -> Result<PurchaseStudy, BtydError> {
    stage(Stage::CountingOccasions);
    stage(Stage::FittingBgBb);
    study_from_transaction_occasions(source, data, unit, end)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::engine::btyd::TimeUnit;
    use crate::engine::files::transactions::{parse_transactions, sniff, CsvSettings};
    use crate::engine::purchases::build_study;

    pub(crate) const CDNOW: &str = include_str!("../../tests/fixtures/cdnow/CDNOW_sample.txt");

    /// The settings of `engine::purchases`' CDNOW test: columns master id, sample id, date, CDs,
    /// dollars, keyed by the sample id.
    pub(crate) fn cdnow_settings() -> CsvSettings {
        let mut s = sniff(CDNOW).unwrap().settings;
        s.columns.customer = 1;
        s.columns.date = 2;
        s.columns.amount = 4;
        s.columns.quantity = Some(3);
        s
    }

    pub(crate) fn cdnow_options() -> SummaryOptions {
        let d = |s| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        SummaryOptions {
            unit: TimeUnit::Weeks,
            observation_end: d("1998-06-30"),
            calibration_end: Some(d("1997-09-30")),
            round_decimals: Some(2),
        }
    }

    #[test]
    fn the_staged_study_of_cdnow_is_build_studys_and_names_every_stage_in_order() {
        let data = parse_transactions(CDNOW, cdnow_settings()).data;
        let mut stages = Vec::new();
        let staged = staged_study("CDNOW_sample.txt", &data, &cdnow_options(), |s| stages.push(s)).unwrap();
        let built = build_study("CDNOW_sample.txt", &data, &cdnow_options()).unwrap();
        assert!(staged == built, "the staged study differs from build_study's");
        assert_eq!(stages, &Stage::ALL[1..6], "the stages of the study (saving is the browser worker's)");
        assert!(staged.bgnbd.is_some() && staged.pareto.is_some() && staged.gamma.is_some() && staged.holdout.is_some());
    }

    #[test]
    fn no_buyer_by_the_calibration_end_is_build_studys_error_too() {
        let data = parse_transactions(CDNOW, cdnow_settings()).data;
        let d = |s| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        for options in [
            SummaryOptions { calibration_end: Some(d("1990-01-01")), ..cdnow_options() },
            SummaryOptions { calibration_end: Some(d("1999-01-01")), ..cdnow_options() },
        ] {
            let mut stages = Vec::new();
            let staged = staged_study("x", &data, &options, |s| stages.push(s));
            assert_eq!(staged, build_study("x", &data, &options));
            assert!(staged.is_err());
            assert_eq!(stages, [Stage::Summarising]);
        }
    }

    #[test]
    fn a_tiny_history_whose_models_fail_is_build_studys_too() {
        let text = "customer,date,amount\nA,2025-01-03,10.50\nB,2025-01-04,3\nA,2025-02-01,7\n";
        let data = parse_transactions(text, sniff(text).unwrap().settings).data;
        let d = |s| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let options = SummaryOptions {
            unit: TimeUnit::Days,
            observation_end: d("2025-03-01"),
            calibration_end: None,
            round_decimals: None,
        };
        let staged = staged_study("shop.csv", &data, &options, |_| ()).unwrap();
        assert!(!staged.problems.is_empty(), "some model cannot be fitted on 2 customers");
        assert!(staged == build_study("shop.csv", &data, &options).unwrap());
    }
}

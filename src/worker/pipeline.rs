//! The study of a purchase history, step by step: the same engine calls, in the same order, as
//! [`crate::engine::purchases::build_study`] (so the study is the same, field for field; a test
//! checks it on CDNOW), with a report before each stage so the page can say what is going on.

use crate::engine::btyd::validation::cumulative_tracking;
use crate::engine::btyd::{fit_bgnbd, fit_gamma_gamma, fit_pareto_nbd, summarize, BtydError, SummaryOptions, TransactionSet};
use crate::engine::purchases::{ModelChoice, PurchaseStudy, ValueSettings, MAX_STORED_CUSTOMERS};
use crate::i18n::Text;

use super::protocol::Stage;

/// Summarise, fit the three models, validate, and build the study to keep; `stage` is told
/// before each step.
pub fn staged_study(
    source: &str,
    data: &TransactionSet,
    options: &SummaryOptions,
    mut stage: impl FnMut(Stage),
) -> Result<PurchaseStudy, BtydError> {
    stage(Stage::Summarising);
    let summary = summarize(data, options)?;
    if summary.customers.is_empty() {
        return Err(BtydError::Input(Text::new("data-study-no-buyer")));
    }
    let mut problems = Vec::new();
    let mut failed = |model: &str, e: BtydError| {
        problems.push(Text::new("data-study-model-failed").arg("model", model).arg("error", e.text().clone()))
    };
    stage(Stage::FittingBgNbd);
    let bgnbd = fit_bgnbd(&summary.customers).map_err(|e| failed("BG/NBD", e)).ok();
    stage(Stage::FittingParetoNbd);
    let pareto = fit_pareto_nbd(&summary.customers).map_err(|e| failed("Pareto/NBD", e)).ok();
    stage(Stage::FittingGammaGamma);
    let gamma = fit_gamma_gamma(&summary.customers).map_err(|e| failed("Gamma-Gamma", e)).ok();
    stage(Stage::Validating);
    let (first_date, last_date) = data.date_range().map_or((None, None), |(a, b)| (Some(a), Some(b)));
    let mut study = PurchaseStudy {
        source: source.to_string(),
        transactions: data.transactions.len(),
        customers: summary.customers.len(),
        first_date,
        last_date,
        unit: summary.unit,
        calibration_end: summary.calibration_end,
        observation_end: summary.observation_end,
        holdout_length: summary.holdout_length,
        summary: summary.customers,
        bgnbd,
        pareto,
        gamma,
        problems,
        model: ModelChoice::BgNbd,
        value: ValueSettings::default(),
        tracking: Vec::new(),
        holdout: None,
    };
    if let Some(model) = study.purchase_model() {
        study.tracking = cumulative_tracking(&model, data, options).unwrap_or_default();
    }
    study.holdout = study.validate_holdout();
    if study.summary.len() > MAX_STORED_CUSTOMERS {
        study
            .problems
            .push(Text::new("data-study-too-many-customers").arg("n", study.summary.len()).arg("limit", MAX_STORED_CUSTOMERS));
        study.summary.clear();
    }
    Ok(study)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::engine::btyd::TimeUnit;
    use crate::engine::files::transactions::{parse_transactions, sniff, CsvSettings};
    use crate::engine::purchases::build_study;
    use chrono::NaiveDate;

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
        assert_eq!(stages, &Stage::ALL[1..]);
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

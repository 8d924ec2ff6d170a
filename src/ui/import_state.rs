//! The state of the purchase-history import (Data → import) and its reducer. Plain Rust, tested
//! natively; `pages/data/import.rs` draws it and runs the chunked parse.
//!
//! Every new text (a file or the pasted text) and every change of the settings starts a new
//! *generation*. The parse, run a slice at a time between paints, tags each report with the
//! generation it started in, and the reducer drops reports of an older one: a parse of the
//! previous file or settings can never put its rows under the current file's name.

use std::rc::Rc;

use chrono::NaiveDate;

use crate::engine::btyd::summary::{SummaryOptions, TimeUnit};
use crate::engine::files::transactions::{parse_transactions, sniff, CsvSettings, ParseProgress, ParsedTransactions};
use crate::engine::util::csv::Delimiter;
use crate::engine::util::parse::{DateFormat, DecimalSeparator};
use crate::i18n::Text;

/// Lines shown in the preview (after the header).
const PREVIEW_LINES: usize = 10;

/// The text being imported, with the layout guessed for it as the user corrected it.
#[derive(Clone, Debug, PartialEq)]
pub struct Source {
    pub name: String,
    pub text: Rc<String>,
    pub settings: CsvSettings,
    /// Header names (or `Column 1`, `Column 2`, … without a header), for the column choices.
    pub headers: Vec<String>,
    /// Both day-first and month-first dates read the sample.
    pub date_ambiguous: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ImportState {
    pub source: Option<Source>,
    /// Moves with every new text and every change of the settings; see the module docs.
    pub generation: u64,
    /// How far the parse of the current generation got.
    pub progress: Option<ParseProgress>,
    /// The finished parse of the current generation: nothing is kept until the user confirms.
    pub parsed: Option<Rc<ParsedTransactions>>,
    pub error: Option<Text>,
    /// The text in the paste box (used only when the user says so).
    pub pasted: String,
    pub unit: TimeUnit,
    /// The date inputs as typed (`YYYY-MM-DD`, or empty).
    pub observation_end: String,
    pub calibration_end: String,
    /// The models are being fitted.
    pub busy: bool,
}

impl Default for ImportState {
    fn default() -> Self {
        ImportState {
            source: None,
            generation: 0,
            progress: None,
            parsed: None,
            error: None,
            pasted: String::new(),
            unit: TimeUnit::Weeks,
            observation_end: String::new(),
            calibration_end: String::new(),
            busy: false,
        }
    }
}

/// One correction of the guessed layout.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Setting {
    Delimiter(Delimiter),
    HasHeader(bool),
    Customer(usize),
    Date(usize),
    Amount(usize),
    Quantity(Option<usize>),
    DateFormat(DateFormat),
    Decimal(DecimalSeparator),
}

impl Setting {
    fn apply(self, s: &mut CsvSettings) {
        match self {
            Setting::Delimiter(d) => s.delimiter = d,
            Setting::HasHeader(h) => s.has_header = h,
            Setting::Customer(i) => s.columns.customer = i,
            Setting::Date(i) => s.columns.date = i,
            Setting::Amount(i) => s.columns.amount = i,
            Setting::Quantity(q) => s.columns.quantity = q,
            Setting::DateFormat(f) => s.date_format = f,
            Setting::Decimal(d) => s.decimal = d,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum ImportAction {
    /// A file was read or the pasted text chosen: guess its layout, start a new generation and
    /// drop what was parsed before.
    Load {
        name: String,
        text: String,
    },
    /// Show a message (a file that could not be read, dates that do not do).
    Error(Text),
    /// The paste box changed.
    Paste(String),
    /// Correct the layout: a new generation; the parse so far is dropped.
    Set(Setting),
    /// The user asked to read every line of the text as it was in `generation`.
    StartParse {
        generation: u64,
    },
    /// One more slice read.
    Progress {
        generation: u64,
        progress: ParseProgress,
    },
    /// The whole text read.
    Parsed {
        generation: u64,
        parsed: Rc<ParsedTransactions>,
    },
    Unit(TimeUnit),
    ObservationEnd(String),
    CalibrationEnd(String),
    /// The fit has started.
    Fitting,
    /// The fit is over; with a message when it failed.
    FitDone(Option<Text>),
}

/// What confirming would fit.
#[derive(Clone, Debug, PartialEq)]
pub struct FitRequest {
    pub name: String,
    pub parsed: Rc<ParsedTransactions>,
    pub options: SummaryOptions,
}

impl ImportState {
    pub fn reduce(mut self, action: ImportAction) -> Self {
        match action {
            ImportAction::Load { name, text } => {
                self.generation += 1;
                self.progress = None;
                self.parsed = None;
                match sniff(&text) {
                    Ok(g) => {
                        self.error = None;
                        self.source = Some(Source {
                            name,
                            text: Rc::new(text),
                            settings: g.settings,
                            headers: g.headers,
                            date_ambiguous: g.date_ambiguous,
                        });
                    }
                    Err(e) => {
                        self.source = None;
                        self.error = Some(Text::new("data-ui-tx-unreadable").arg("name", name).arg("error", e.text().clone()));
                    }
                }
            }
            ImportAction::Error(text) => self.error = Some(text),
            ImportAction::Paste(text) => self.pasted = text,
            ImportAction::Set(setting) => {
                if let Some(src) = &mut self.source {
                    setting.apply(&mut src.settings);
                    self.generation += 1;
                    self.progress = None;
                    self.parsed = None;
                }
            }
            ImportAction::StartParse { generation } => {
                if generation == self.generation {
                    self.parsed = None;
                }
            }
            ImportAction::Progress { generation, progress } => {
                if generation == self.generation {
                    self.progress = Some(progress);
                }
            }
            ImportAction::Parsed { generation, parsed } => {
                if generation == self.generation && self.source.is_some() {
                    if let Some((_, last)) = parsed.data.date_range() {
                        self.observation_end = last.to_string();
                    }
                    self.parsed = Some(parsed);
                }
            }
            ImportAction::Unit(unit) => self.unit = unit,
            ImportAction::ObservationEnd(text) => self.observation_end = text,
            ImportAction::CalibrationEnd(text) => self.calibration_end = text,
            ImportAction::Fitting => self.busy = true,
            ImportAction::FitDone(error) => {
                self.busy = false;
                if let Some(e) = error {
                    self.error = Some(e);
                }
            }
        }
        self
    }

    /// A parse of the current generation is under way.
    pub fn reading(&self) -> bool {
        self.progress.is_some_and(|p| !p.finished)
    }

    /// The first lines of the text read with the current settings.
    pub fn preview(&self) -> Option<ParsedTransactions> {
        let src = self.source.as_ref()?;
        Some(parse_transactions(first_lines(&src.text, PREVIEW_LINES + 1), src.settings))
    }

    /// What confirming would fit: nothing before a parse has finished, the reason in words when
    /// the dates will not do.
    pub fn fit_request(&self) -> Option<Result<FitRequest, Text>> {
        let (src, parsed) = (self.source.as_ref()?, self.parsed.clone()?);
        Some(self.summary_options().map(|options| FitRequest { name: src.name.clone(), parsed, options }))
    }

    fn summary_options(&self) -> Result<SummaryOptions, Text> {
        let observation_end = date_of(&self.observation_end)?;
        let calibration_end = date_of(&self.calibration_end)?;
        let observation_end = observation_end.ok_or_else(|| Text::new("data-ui-tx-obs-missing"))?;
        if calibration_end.is_some_and(|c| c >= observation_end) {
            return Err(Text::new("data-ui-tx-cal-after-obs"));
        }
        Ok(SummaryOptions { unit: self.unit, observation_end, calibration_end, round_decimals: None })
    }
}

/// The first `n` lines of `text` (all of it when it has fewer).
pub fn first_lines(text: &str, n: usize) -> &str {
    for (count, (i, _)) in text.match_indices('\n').enumerate() {
        if count + 1 >= n {
            return &text[..i + 1];
        }
    }
    text
}

/// A date input's value: none when empty.
fn date_of(text: &str) -> Result<Option<NaiveDate>, Text> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(None);
    }
    NaiveDate::parse_from_str(t, "%Y-%m-%d").map(Some).map_err(|_| Text::new("data-ui-tx-not-a-date").arg("text", t))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::files::transactions::TransactionParser;

    const SHOP: &str = "customer,date,amount\nA,2025-01-03,10.50\nB,2025-01-04,3\nA,2025-02-01,7\n";
    const OTHER: &str = "client;day;total\nX;2025-03-01;1\nY;2025-03-02;2\nZ;2025-03-09;3\nX;2025-04-01;4\n";

    fn run(state: ImportState, actions: impl IntoIterator<Item = ImportAction>) -> ImportState {
        actions.into_iter().fold(state, ImportState::reduce)
    }

    fn load(name: &str, text: &str) -> ImportAction {
        ImportAction::Load { name: name.into(), text: text.into() }
    }

    /// What the page's parse reports for the current source, one slice of `lines` at a time.
    fn parse_reports(state: &ImportState, lines: usize) -> Vec<ImportAction> {
        let src = state.source.as_ref().unwrap();
        let generation = state.generation;
        let mut parser = TransactionParser::new(src.settings);
        let mut out = vec![ImportAction::StartParse { generation }];
        loop {
            let progress = parser.parse_lines(&src.text, lines);
            out.push(ImportAction::Progress { generation, progress });
            if progress.finished {
                out.push(ImportAction::Parsed { generation, parsed: Rc::new(parser.finish()) });
                return out;
            }
        }
    }

    #[test]
    fn a_text_is_sniffed_and_starts_a_generation() {
        let s = ImportState::default().reduce(load("shop.csv", SHOP));
        let src = s.source.as_ref().unwrap();
        assert_eq!((src.name.as_str(), src.text.as_str()), ("shop.csv", SHOP));
        assert_eq!(src.headers, ["customer", "date", "amount"]);
        assert_eq!(src.settings.delimiter, Delimiter::Comma);
        assert!(src.settings.has_header);
        assert_eq!((s.generation, s.error.clone(), s.progress, s.parsed.clone()), (1, None, None, None));
        assert_eq!(s.preview().unwrap().data.transactions.len(), 3);
    }

    #[test]
    fn an_unreadable_text_is_explained_and_drops_the_source() {
        let s = run(ImportState::default(), [load("shop.csv", SHOP), load("notes.txt", "hello\n")]);
        assert_eq!(s.source, None);
        assert_eq!(s.generation, 2);
        let e = s.error.unwrap();
        assert_eq!(e.key, "data-ui-tx-unreadable");
        assert!(e.english().contains("notes.txt"), "{}", e.english());
        // A good text afterwards clears the message.
        let s = ImportState { error: Some(e), ..ImportState::default() }.reduce(load("shop.csv", SHOP));
        assert_eq!(s.error, None);
    }

    #[test]
    fn a_whole_parse_is_kept_and_proposes_the_observation_end() {
        let s = ImportState::default().reduce(load("shop.csv", SHOP));
        let reports = parse_reports(&s, 1);
        assert!(reports.len() > 3, "several slices");
        let mid = run(s.clone(), reports[..2].iter().cloned());
        assert!(mid.reading());
        assert_eq!(mid.parsed, None);
        let s = run(s, reports);
        assert!(!s.reading());
        let parsed = s.parsed.as_ref().unwrap();
        assert_eq!((parsed.data.transactions.len(), parsed.data.customer_ids.len()), (3, 2));
        assert_eq!(s.observation_end, "2025-02-01");
        assert_eq!(s.progress.unwrap().rows_ok, 3);
    }

    #[test]
    fn reading_again_drops_the_previous_result_until_the_new_one_is_done() {
        let s = ImportState::default().reduce(load("shop.csv", SHOP));
        let reports = parse_reports(&s, 100);
        let s = run(s, reports);
        assert!(s.parsed.is_some());
        let s = s.clone().reduce(ImportAction::StartParse { generation: s.generation });
        assert_eq!(s.parsed, None);
    }

    #[test]
    fn a_new_file_stops_the_old_parse_from_landing() {
        let s = ImportState::default().reduce(load("shop.csv", SHOP));
        let old = parse_reports(&s, 1);
        // The old parse has read a slice when another file arrives …
        let s = run(s, old[..2].iter().cloned()).reduce(load("other.csv", OTHER));
        assert_eq!(s.progress, None);
        assert!(!s.reading(), "Read all lines is offered for the new file");
        // … and whatever the old parse still reports is dropped.
        let s = run(s, old[2..].iter().cloned());
        assert_eq!((s.progress, s.parsed.clone()), (None, None));
        assert_eq!(s.observation_end, "");
        assert_eq!(s.fit_request(), None);
        // The new file's own parse is kept, under its name, with its rows only.
        let reports = parse_reports(&s, 2);
        let s = run(s, reports);
        let request = s.fit_request().unwrap().unwrap();
        assert_eq!(request.name, "other.csv");
        assert_eq!(request.parsed.data.customer_ids, ["X", "Y", "Z"]);
        assert_eq!(request.parsed.data.transactions.len(), 4);
        assert_eq!(request.options.observation_end, NaiveDate::from_ymd_opt(2025, 4, 1).unwrap());
    }

    #[test]
    fn pasted_text_and_a_failed_file_start_new_generations_too() {
        let s = ImportState::default().reduce(load("shop.csv", SHOP));
        let old = parse_reports(&s, 1);
        let s = run(s, [ImportAction::Paste(OTHER.into()), old[0].clone(), old[1].clone()]);
        assert!(s.reading());
        let s = s.clone().reduce(load("Pasted text", &s.pasted.clone()));
        assert_eq!(s.source.as_ref().unwrap().name, "Pasted text");
        assert_eq!(s.pasted, OTHER);
        let s = run(s, old[2..].iter().cloned());
        assert_eq!(s.parsed, None);
        // A text that cannot be read: the old parse is dropped as well.
        let s = ImportState::default().reduce(load("shop.csv", SHOP));
        let old = parse_reports(&s, 100);
        let s = run(s.reduce(load("notes.txt", "hello\n")), old);
        assert_eq!((s.progress, s.parsed), (None, None));
    }

    #[test]
    fn a_change_of_settings_drops_the_parse_and_its_late_reports() {
        let s = ImportState::default().reduce(load("shop.csv", SHOP));
        let before = s.generation;
        let old = parse_reports(&s, 1);
        let s = run(s, old[..2].iter().cloned()).reduce(ImportAction::Set(Setting::HasHeader(false)));
        assert_eq!(s.generation, before + 1);
        assert!(!s.source.as_ref().unwrap().settings.has_header);
        assert_eq!(s.progress, None);
        let s = run(s, old[2..].iter().cloned());
        assert_eq!((s.progress, s.parsed.clone()), (None, None));
        // A finished parse is dropped by a change too.
        let reports = parse_reports(&s, 100);
        let s = run(s, reports).reduce(ImportAction::Set(Setting::Amount(1)));
        assert_eq!((s.progress, s.parsed.clone()), (None, None));
        assert_eq!(s.source.as_ref().unwrap().settings.columns.amount, 1);
    }

    #[test]
    fn every_setting_lands_where_it_belongs() {
        let s = run(
            ImportState::default(),
            [
                load("shop.csv", SHOP),
                ImportAction::Set(Setting::Delimiter(Delimiter::Semicolon)),
                ImportAction::Set(Setting::Customer(2)),
                ImportAction::Set(Setting::Date(0)),
                ImportAction::Set(Setting::Quantity(Some(1))),
                ImportAction::Set(Setting::DateFormat(DateFormat::ALL[1])),
                ImportAction::Set(Setting::Decimal(DecimalSeparator::Comma)),
            ],
        );
        let settings = s.source.unwrap().settings;
        assert_eq!(settings.delimiter, Delimiter::Semicolon);
        assert_eq!((settings.columns.customer, settings.columns.date, settings.columns.quantity), (2, 0, Some(1)));
        assert_eq!(settings.date_format, DateFormat::ALL[1]);
        assert_eq!(settings.decimal, DecimalSeparator::Comma);
        assert_eq!(s.generation, 7);
    }

    #[test]
    fn settings_without_a_text_change_nothing() {
        let s = ImportState::default().reduce(ImportAction::Set(Setting::HasHeader(false)));
        assert_eq!(s, ImportState::default());
    }

    #[test]
    fn the_dates_are_checked_before_a_fit() {
        let s = ImportState::default().reduce(load("shop.csv", SHOP));
        assert_eq!(s.fit_request(), None, "nothing to fit before a parse");
        let reports = parse_reports(&s, 100);
        let s = run(s, reports);
        let refusal = |obs: &str, cal: &str| {
            let s = run(s.clone(), [ImportAction::ObservationEnd(obs.into()), ImportAction::CalibrationEnd(cal.into())]);
            s.fit_request().unwrap().err().map(|e| e.key)
        };
        assert_eq!(refusal("", ""), Some("data-ui-tx-obs-missing"));
        assert_eq!(refusal("31/01/2025", ""), Some("data-ui-tx-not-a-date"));
        assert_eq!(refusal("", "soon"), Some("data-ui-tx-not-a-date"));
        assert_eq!(refusal("2025-02-01", "2025-02-01"), Some("data-ui-tx-cal-after-obs"));
        assert_eq!(refusal(" 2025-02-01 ", "2025-01-15"), None);
        let s = run(s, [ImportAction::Unit(TimeUnit::Days), ImportAction::CalibrationEnd("2025-01-15".into())]);
        let request = s.fit_request().unwrap().unwrap();
        assert_eq!(request.name, "shop.csv");
        assert_eq!(
            request.options,
            SummaryOptions {
                unit: TimeUnit::Days,
                observation_end: NaiveDate::from_ymd_opt(2025, 2, 1).unwrap(),
                calibration_end: NaiveDate::from_ymd_opt(2025, 1, 15),
                round_decimals: None,
            }
        );
    }

    #[test]
    fn a_fit_is_busy_until_it_is_done() {
        let s = ImportState::default().reduce(ImportAction::Fitting);
        assert!(s.busy);
        let done = s.clone().reduce(ImportAction::FitDone(None));
        assert!(!done.busy);
        assert_eq!(done.error, None);
        let failed = s.reduce(ImportAction::FitDone(Some(Text::new("data-ui-tx-fit-failed").arg("error", "x"))));
        assert!(!failed.busy);
        assert_eq!(failed.error.unwrap().key, "data-ui-tx-fit-failed");
    }

    #[test]
    fn a_file_error_keeps_the_current_text() {
        let s = ImportState::default().reduce(load("shop.csv", SHOP));
        let s = s.reduce(ImportAction::Error(Text::new("data-ui-file-error").arg("name", "big.csv").arg("error", "too large")));
        assert_eq!(s.source.unwrap().name, "shop.csv");
        assert_eq!(s.generation, 1);
        assert_eq!(s.error.unwrap().key, "data-ui-file-error");
    }

    #[test]
    fn first_lines_cuts_after_the_nth_line() {
        assert_eq!(first_lines("a\nb\nc\n", 2), "a\nb\n");
        assert_eq!(first_lines("a\nb\nc", 3), "a\nb\nc");
        assert_eq!(first_lines("a\nb", 5), "a\nb");
        assert_eq!(first_lines("", 1), "");
    }
}

//! The state of the purchase-history import (Data → import) and its reducer. Plain Rust, tested
//! natively; `pages/data/import.rs` draws it and runs the jobs in the import worker
//! (`crate::worker`).
//!
//! Every new text (a file or the pasted text) and every change of the settings starts a new
//! *generation*. A job (reading the whole text in the worker, then perhaps fitting) tags each
//! report with the generation it started in, and the reducer drops reports of an older one: a job
//! for the previous file or settings can never put its rows under the current file's name. (The
//! page also terminates that job's worker, so such reports are rare; the check is what makes them
//! harmless.)
//!
//! Only the first [`SAMPLE_BYTES`] of a file are read on the page, to guess its layout and show
//! the preview; the worker reads the whole of it.

use std::rc::Rc;

use chrono::NaiveDate;

use crate::engine::btyd::occasions::OccasionUnit;
use crate::engine::btyd::summary::{SummaryOptions, TimeUnit};
use crate::engine::files::transactions::{date_format_candidates, parse_transactions, sniff, CsvSettings, ParsedTransactions};
use crate::engine::purchases::PurchaseStudy;
use crate::engine::util::csv::Delimiter;
use crate::engine::util::encoding::{detect_encoding, TextEncoding};
use crate::engine::util::parse::{DateFormat, DecimalSeparator};
use crate::i18n::Text;
use crate::worker::decode::decode_sample;
use crate::worker::protocol::{ParseDigest, ReadProgress, Reply, Request, Stage};

/// Lines shown in the preview (after the header).
const PREVIEW_LINES: usize = 10;
/// Bytes of a file read on the page: its layout is guessed and previewed from them.
pub const SAMPLE_BYTES: u64 = 256 * 1024;

/// The text being imported, with the layout guessed for it as the user corrected it.
#[derive(Clone, Debug, PartialEq)]
pub struct Source {
    pub name: String,
    /// The text's first lines (all of it when it is short, or pasted): the layout is guessed and
    /// previewed from them.
    pub text: Rc<String>,
    /// The size of the whole text.
    pub bytes: u64,
    pub settings: CsvSettings,
    /// Header names (or `Column 1`, `Column 2`, … without a header), for the column choices.
    pub headers: Vec<String>,
    /// Both day-first and month-first dates read the sample (every line of it; the worker's
    /// read of the whole text says it for every line of the file).
    pub date_ambiguous: bool,
    /// A file's encoding (detected or chosen) and its first bytes, decoded again when the user
    /// chooses another; `None` for pasted text (already text).
    pub encoding: Option<TextEncoding>,
    pub head: Option<Rc<Vec<u8>>>,
}

impl Source {
    /// `text` is the whole text (else the rest is still in the file).
    pub fn is_whole(&self) -> bool {
        match &self.head {
            Some(head) => head.len() as u64 >= self.bytes,
            None => self.text.len() as u64 >= self.bytes,
        }
    }

    /// How the worker gets the text, and how many bytes it is: the file in its encoding, or
    /// (whole) the text itself as UTF-8.
    pub fn feed(&self) -> (TextEncoding, u64) {
        match self.encoding {
            Some(e) if !self.is_whole() => (e, self.bytes),
            _ => (TextEncoding::Utf8, self.text.len() as u64),
        }
    }
}

/// The worker's job under way.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Work {
    /// The job fits the models once the text is read.
    pub fit: bool,
    pub stage: Stage,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ImportState {
    pub source: Option<Source>,
    /// Moves with every new text and every change of the settings; see the module docs.
    pub generation: u64,
    /// How far the reading of the current generation got.
    pub progress: Option<ReadProgress>,
    /// The finished read of the current generation: nothing is kept until the user confirms.
    pub parsed: Option<Rc<ParseDigest>>,
    pub error: Option<Text>,
    /// The text in the paste box (used only when the user says so).
    pub pasted: String,
    pub unit: TimeUnit,
    /// How time is counted: continuous (`None`, the default: BG/NBD, Pareto/NBD, MBG/NBD) or per
    /// occasion (BG/BB on the whole occasions up to the observation end).
    pub occasions: Option<OccasionUnit>,
    /// The date inputs as typed (`YYYY-MM-DD`, or empty).
    pub observation_end: String,
    pub calibration_end: String,
    /// The job under way, if any.
    pub work: Option<Work>,
    /// The last job was cancelled (said until another starts or the text changes).
    pub cancelled: bool,
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
            occasions: None,
            observation_end: String::new(),
            calibration_end: String::new(),
            work: None,
            cancelled: false,
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
    /// A file's first lines were read (`text`; the file has `bytes` bytes) or the pasted text
    /// chosen: guess its layout, start a new generation and drop what was read before.
    Load {
        name: String,
        text: String,
        bytes: u64,
    },
    /// A file's first bytes were read (`head`; the file has `bytes` bytes): find their encoding,
    /// decode them and go on as [`ImportAction::Load`].
    LoadFile {
        name: String,
        head: Vec<u8>,
        bytes: u64,
    },
    /// Read the file again in another encoding (a new generation).
    Encoding(TextEncoding),
    /// Show a message (a file that could not be read, dates that do not do).
    Error(Text),
    /// The paste box changed.
    Paste(String),
    /// Correct the layout: a new generation; the read so far is dropped.
    Set(Setting),
    /// A job starts reading the whole text as it was in `generation`; with `fit`, it goes on to
    /// fit the models (the text read before was lost with a cancelled job's worker).
    StartRead {
        generation: u64,
        fit: bool,
    },
    /// One more chunk read.
    Read {
        generation: u64,
        progress: ReadProgress,
    },
    /// The whole text read.
    Parsed {
        generation: u64,
        digest: Rc<ParseDigest>,
    },
    /// A fit of the text the worker holds starts.
    StartFit {
        generation: u64,
    },
    /// The fit moved on to `stage`.
    Stage {
        generation: u64,
        stage: Stage,
    },
    /// The study is done (and handed to the app).
    FitDone {
        generation: u64,
    },
    /// The job failed: why, in words.
    Failed {
        generation: u64,
        error: Text,
    },
    /// The user cancelled the job (its worker is terminated; nothing of it is kept).
    Cancel {
        generation: u64,
    },
    Unit(TimeUnit),
    /// Count time continuously (`None`) or per occasion.
    Occasions(Option<OccasionUnit>),
    ObservationEnd(String),
    CalibrationEnd(String),
}

/// What confirming would fit.
#[derive(Clone, Debug, PartialEq)]
pub struct FitRequest {
    pub name: String,
    pub options: SummaryOptions,
    /// Per occasion: BG/BB on the whole occasions up to `options.observation_end` (the other
    /// options are not used).
    pub occasions: Option<OccasionUnit>,
}

impl FitRequest {
    /// The worker's request for job `job`.
    pub fn request(self, job: u64) -> Request {
        match self.occasions {
            Some(unit) => Request::FitOccasions { job, source: self.name, unit, end: self.options.observation_end },
            None => Request::Fit { job, source: self.name, options: self.options },
        }
    }
}

impl ImportState {
    pub fn reduce(mut self, action: ImportAction) -> Self {
        match action {
            ImportAction::Load { name, text, bytes } => self.load(name, text, bytes, None),
            ImportAction::LoadFile { name, head, bytes } => {
                let encoding = detect_encoding(&head);
                self.load_file(name, Rc::new(head), bytes, encoding);
            }
            ImportAction::Encoding(encoding) => {
                if let Some(src) = self.source.take() {
                    match src.head.clone() {
                        Some(head) => self.load_file(src.name.clone(), head, src.bytes, encoding),
                        None => self.source = Some(src),
                    }
                }
            }
            ImportAction::Error(text) => self.error = Some(text),
            ImportAction::Paste(text) => self.pasted = text,
            ImportAction::Set(setting) => {
                if let Some(mut src) = self.source.take() {
                    setting.apply(&mut src.settings);
                    self.new_generation();
                    self.source = Some(src);
                }
            }
            ImportAction::StartRead { generation, fit } => {
                if generation == self.generation && self.source.is_some() {
                    self.start(Work { fit, stage: Stage::Reading });
                    self.progress = None;
                    if !fit {
                        self.parsed = None;
                    }
                }
            }
            ImportAction::Read { generation, progress } => {
                if generation == self.generation && self.reading() {
                    self.progress = Some(progress);
                }
            }
            ImportAction::Parsed { generation, digest } => {
                if generation == self.generation && self.reading() {
                    self.progress = Some(digest.progress);
                    // A first read proposes its last purchase day; a read again for a fit keeps
                    // what the user set.
                    if self.parsed.is_none() {
                        if let Some((_, last)) = digest.date_range() {
                            self.observation_end = last.to_string();
                        }
                    }
                    self.parsed = Some(digest);
                    if self.work.is_some_and(|w| !w.fit) {
                        self.work = None;
                    }
                }
            }
            ImportAction::StartFit { generation } => {
                if generation == self.generation && self.parsed.is_some() {
                    let stage = if self.occasions.is_some() { Stage::CountingOccasions } else { Stage::Summarising };
                    self.start(Work { fit: true, stage });
                }
            }
            ImportAction::Stage { generation, stage } => {
                let current = generation == self.generation;
                if let Some(work) = self.work.as_mut().filter(|w| w.fit && current) {
                    work.stage = stage;
                }
            }
            ImportAction::FitDone { generation } => {
                if generation == self.generation {
                    self.work = None;
                }
            }
            ImportAction::Failed { generation, error } => {
                if generation == self.generation && self.work.is_some() {
                    self.stop();
                    self.error = Some(error);
                }
            }
            ImportAction::Cancel { generation } => {
                if generation == self.generation && self.work.is_some() {
                    self.stop();
                    self.cancelled = true;
                }
            }
            ImportAction::Unit(unit) => self.unit = unit,
            ImportAction::Occasions(occasions) => self.occasions = occasions,
            ImportAction::ObservationEnd(text) => self.observation_end = text,
            ImportAction::CalibrationEnd(text) => self.calibration_end = text,
        }
        self
    }

    /// A new text: guess its layout (a new generation). For a file, `file` is its encoding and
    /// first bytes.
    fn load(&mut self, name: String, text: String, bytes: u64, file: Option<(TextEncoding, Rc<Vec<u8>>)>) {
        self.new_generation();
        match sniff(&text) {
            Ok(g) => {
                self.error = None;
                let bytes = bytes.max(text.len() as u64);
                let s = g.settings;
                // The sniff looks at the first lines; the sample is judged on every line.
                let formats = date_format_candidates(&text, s.delimiter, s.has_header, s.columns.date);
                let date_ambiguous = g.date_ambiguous
                    && formats.contains(&DateFormat::DayMonthSlash)
                    && formats.contains(&DateFormat::MonthDaySlash);
                let (encoding, head) = file.map_or((None, None), |(e, h)| (Some(e), Some(h)));
                self.source = Some(Source {
                    name,
                    text: Rc::new(text),
                    bytes,
                    settings: g.settings,
                    headers: g.headers,
                    date_ambiguous,
                    encoding,
                    head,
                });
            }
            Err(e) => {
                self.source = None;
                self.error = Some(Text::new("data-ui-tx-unreadable").arg("name", name).arg("error", e.text().clone()));
            }
        }
    }

    /// A file's first bytes in `encoding`.
    fn load_file(&mut self, name: String, head: Rc<Vec<u8>>, bytes: u64, encoding: TextEncoding) {
        match decode_sample(&head, encoding, bytes <= head.len() as u64) {
            Ok(text) => self.load(name, text, bytes, Some((encoding, head))),
            Err(error) => {
                self.new_generation();
                self.source = None;
                self.error = Some(Text::new("data-ui-file-error").arg("name", name).arg("error", error));
            }
        }
    }

    /// A new text or new settings: what was read (or is being read) belongs to the old ones.
    fn new_generation(&mut self) {
        self.generation += 1;
        self.progress = None;
        self.parsed = None;
        self.work = None;
        self.cancelled = false;
    }

    fn start(&mut self, work: Work) {
        self.work = Some(work);
        self.error = None;
        self.cancelled = false;
    }

    /// The job ended early: a text read before stays (and its last progress), a read under way
    /// is forgotten.
    fn stop(&mut self) {
        self.work = None;
        self.progress = self.parsed.as_ref().map(|p| p.progress);
    }

    /// A job of the current generation is reading the text.
    pub fn reading(&self) -> bool {
        self.work.is_some_and(|w| w.stage == Stage::Reading)
    }

    /// A job of the current generation is under way.
    pub fn busy(&self) -> bool {
        self.work.is_some()
    }

    /// The models are being fitted, or will be once the text is read.
    pub fn fitting(&self) -> bool {
        self.work.is_some_and(|w| w.fit)
    }

    /// The first lines of the text read with the current settings.
    pub fn preview(&self) -> Option<ParsedTransactions> {
        let src = self.source.as_ref()?;
        Some(parse_transactions(first_lines(&src.text, PREVIEW_LINES + 1), src.settings))
    }

    /// What confirming would fit: nothing before a read has finished, the reason in words when
    /// the dates will not do.
    pub fn fit_request(&self) -> Option<Result<FitRequest, Text>> {
        let src = self.source.as_ref()?;
        self.parsed.as_ref()?;
        let occasions = self.occasions;
        Some(self.summary_options().map(|options| FitRequest { name: src.name.clone(), options, occasions }))
    }

    /// Per occasion, when the observation end falls inside an occasion: that its purchases will
    /// be left out, and the day to choose to count it (its last day).
    pub fn partial_occasion(&self) -> Option<Text> {
        let unit = self.occasions?;
        let end = date_of(&self.observation_end).ok()??;
        let last = unit.start(unit.index(end) + 1)?.pred_opt()?;
        (unit.last_whole(end) < unit.index(end))
            .then(|| Text::new("data-occasions-partial").arg("unit", unit.key()).arg("end", end).arg("last", last))
    }

    fn summary_options(&self) -> Result<SummaryOptions, Text> {
        let observation_end = date_of(&self.observation_end)?;
        let calibration_end = date_of(&self.calibration_end)?;
        let observation_end = observation_end.ok_or_else(|| Text::new("data-ui-tx-obs-missing"))?;
        // Per occasion there is no calibration period (the holdout check needs continuous time).
        let calibration_end = calibration_end.filter(|_| self.occasions.is_none());
        if calibration_end.is_some_and(|c| c >= observation_end) {
            return Err(Text::new("data-ui-tx-cal-after-obs"));
        }
        Ok(SummaryOptions { unit: self.unit, observation_end, calibration_end, round_decimals: None })
    }
}

/// What a reply of the worker's job for `generation` means here. A study comes back beside the
/// action, for the page to hand to the app.
pub fn reply_action(generation: u64, reply: Reply) -> (ImportAction, Option<Box<PurchaseStudy>>) {
    match reply {
        Reply::Read { progress, .. } => (ImportAction::Read { generation, progress }, None),
        Reply::Parsed { digest, .. } => (ImportAction::Parsed { generation, digest: Rc::new(digest) }, None),
        Reply::Stage { stage, .. } => (ImportAction::Stage { generation, stage }, None),
        Reply::Study { study, .. } => (ImportAction::FitDone { generation }, Some(study.0)),
        Reply::Failed { error, .. } => (ImportAction::Failed { generation, error: error.0 }, None),
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
    crate::engine::util::parse::parse_iso_date(t).map(Some).ok_or_else(|| Text::new("data-ui-tx-not-a-date").arg("text", t))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::worker::protocol::Request;
    use crate::worker::session::Session;

    const SHOP: &str = "customer,date,amount\nA,2025-01-03,10.50\nB,2025-01-04,3\nA,2025-02-01,7\n";
    const OTHER: &str = "client;day;total\nX;2025-03-01;1\nY;2025-03-02;2\nZ;2025-03-09;3\nX;2025-04-01;4\n";

    fn run(state: ImportState, actions: impl IntoIterator<Item = ImportAction>) -> ImportState {
        actions.into_iter().fold(state, ImportState::reduce)
    }

    fn load(name: &str, text: &str) -> ImportAction {
        ImportAction::Load { name: name.into(), text: text.into(), bytes: text.len() as u64 }
    }

    /// What the page reports of a job for the current source run in a worker session, chunks of
    /// `chunk` bytes; with `fit`, the job goes on to fit the models.
    fn job_reports(state: &ImportState, chunk: usize, fit: Option<SummaryOptions>) -> Vec<ImportAction> {
        let src = state.source.as_ref().unwrap();
        let generation = state.generation;
        let mut session = Session::new();
        let mut replies = Vec::new();
        let mut send = |r| session.handle(r, &mut |reply| replies.push(reply));
        send(Request::Begin { job: 1, settings: src.settings, total_bytes: src.bytes, encoding: TextEncoding::Utf8 });
        for part in src.text.as_bytes().chunks(chunk) {
            send(Request::Chunk { job: 1, bytes: part.to_vec() });
        }
        send(Request::Finish { job: 1 });
        if let Some(options) = fit {
            send(Request::Fit { job: 1, source: src.name.clone(), options });
        }
        let mut out = vec![ImportAction::StartRead { generation, fit: fit.is_some() }];
        out.extend(replies.into_iter().map(|r| reply_action(generation, r).0));
        out
    }

    fn read_reports(state: &ImportState, chunk: usize) -> Vec<ImportAction> {
        job_reports(state, chunk, None)
    }

    #[test]
    fn a_text_is_sniffed_and_starts_a_generation() {
        let s = ImportState::default().reduce(load("shop.csv", SHOP));
        let src = s.source.as_ref().unwrap();
        assert_eq!((src.name.as_str(), src.text.as_str(), src.bytes), ("shop.csv", SHOP, SHOP.len() as u64));
        assert!(src.is_whole());
        assert_eq!(src.headers, ["customer", "date", "amount"]);
        assert_eq!(src.settings.delimiter, Delimiter::Comma);
        assert!(src.settings.has_header);
        assert_eq!((s.generation, s.error.clone(), s.progress, s.parsed.clone()), (1, None, None, None));
        assert_eq!(s.preview().unwrap().data.transactions.len(), 3);
        // A file's first lines: the rest is in the file.
        let s = ImportState::default().reduce(ImportAction::Load { name: "big.csv".into(), text: SHOP.into(), bytes: 1 << 30 });
        assert!(!s.source.as_ref().unwrap().is_whole());
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
    fn a_whole_read_is_kept_and_proposes_the_observation_end() {
        let s = ImportState::default().reduce(load("shop.csv", SHOP));
        let reports = read_reports(&s, 20);
        assert!(reports.len() > 3, "several chunks");
        let mid = run(s.clone(), reports[..2].iter().cloned());
        assert!(mid.reading() && mid.busy() && !mid.fitting());
        assert_eq!(mid.parsed, None);
        assert!(mid.progress.is_some_and(|p| !p.finished && p.fraction() < 1.0));
        let s = run(s, reports);
        assert!(!s.reading() && !s.busy());
        let parsed = s.parsed.as_ref().unwrap();
        assert_eq!((parsed.transactions, parsed.customers), (3, 2));
        assert_eq!(s.observation_end, "2025-02-01");
        assert!(s.progress.is_some_and(|p| p.finished && p.rows_ok == 3));
    }

    #[test]
    fn reading_again_drops_the_previous_result_until_the_new_one_is_done() {
        let s = ImportState::default().reduce(load("shop.csv", SHOP));
        let reports = read_reports(&s, 100);
        let s = run(s, reports);
        assert!(s.parsed.is_some());
        let s = s.clone().reduce(ImportAction::StartRead { generation: s.generation, fit: false });
        assert_eq!((s.parsed.clone(), s.progress), (None, None));
        assert!(s.reading());
    }

    #[test]
    fn a_new_file_stops_the_old_read_from_landing() {
        let s = ImportState::default().reduce(load("shop.csv", SHOP));
        let old = read_reports(&s, 10);
        // The old job has read a chunk when another file arrives …
        let s = run(s, old[..2].iter().cloned()).reduce(load("other.csv", OTHER));
        assert_eq!(s.progress, None);
        assert!(!s.busy(), "Read all lines is offered for the new file");
        // … and whatever the old job still reports is dropped.
        let s = run(s, old[2..].iter().cloned());
        assert_eq!((s.progress, s.parsed.clone()), (None, None));
        assert_eq!(s.observation_end, "");
        assert_eq!(s.fit_request(), None);
        // The new file's own read is kept, under its name, with its rows only.
        let reports = read_reports(&s, 7);
        let s = run(s, reports);
        let request = s.fit_request().unwrap().unwrap();
        assert_eq!(request.name, "other.csv");
        assert_eq!((s.parsed.as_ref().unwrap().customers, s.parsed.as_ref().unwrap().transactions), (3, 4));
        assert_eq!(request.options.observation_end, NaiveDate::from_ymd_opt(2025, 4, 1).unwrap());
    }

    #[test]
    fn pasted_text_and_a_failed_file_start_new_generations_too() {
        let s = ImportState::default().reduce(load("shop.csv", SHOP));
        let old = read_reports(&s, 10);
        let s = run(s, [ImportAction::Paste(OTHER.into()), old[0].clone(), old[1].clone()]);
        assert!(s.reading());
        let s = s.clone().reduce(load("Pasted text", &s.pasted.clone()));
        assert_eq!(s.source.as_ref().unwrap().name, "Pasted text");
        assert_eq!(s.pasted, OTHER);
        let s = run(s, old[2..].iter().cloned());
        assert_eq!(s.parsed, None);
        // A text that cannot be read: the old job is dropped as well.
        let s = ImportState::default().reduce(load("shop.csv", SHOP));
        let old = read_reports(&s, 100);
        let s = run(s.reduce(load("notes.txt", "hello\n")), old);
        assert_eq!((s.progress, s.parsed), (None, None));
    }

    #[test]
    fn a_change_of_settings_drops_the_read_and_its_late_reports() {
        let s = ImportState::default().reduce(load("shop.csv", SHOP));
        let before = s.generation;
        let old = read_reports(&s, 10);
        let s = run(s, old[..2].iter().cloned()).reduce(ImportAction::Set(Setting::HasHeader(false)));
        assert_eq!(s.generation, before + 1);
        assert!(!s.source.as_ref().unwrap().settings.has_header);
        assert_eq!((s.progress, s.work), (None, None));
        let s = run(s, old[2..].iter().cloned());
        assert_eq!((s.progress, s.parsed.clone()), (None, None));
        // A finished read is dropped by a change too.
        let reports = read_reports(&s, 100);
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
        assert_eq!(s.fit_request(), None, "nothing to fit before a read");
        let reports = read_reports(&s, 100);
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
    fn per_occasion_the_fit_is_bgbb_on_the_observation_end_without_a_calibration_period() {
        let s = ImportState::default().reduce(load("shop.csv", SHOP));
        let s = run(s.clone(), read_reports(&s, 100));
        let s = run(s, [ImportAction::CalibrationEnd("2025-01-15".into()), ImportAction::Occasions(Some(OccasionUnit::Months))]);
        let request = s.fit_request().unwrap().unwrap();
        assert_eq!((request.occasions, request.options.calibration_end), (Some(OccasionUnit::Months), None));
        let end = NaiveDate::from_ymd_opt(2025, 2, 1).unwrap();
        assert_eq!(
            request.request(7),
            Request::FitOccasions { job: 7, source: "shop.csv".into(), unit: OccasionUnit::Months, end }
        );
        // 2025-02-01 is inside February: the page says February will be left out.
        let note = s.partial_occasion().unwrap();
        assert_eq!((note.key, note.english().contains("2025-02-28")), ("data-occasions-partial", true), "{}", note.english());
        let at_month_end = s.clone().reduce(ImportAction::ObservationEnd("2025-01-31".into()));
        assert_eq!(at_month_end.partial_occasion(), None);
        assert_eq!(s.clone().reduce(ImportAction::Occasions(None)).partial_occasion(), None);
        let s = s.clone().reduce(ImportAction::StartFit { generation: s.generation });
        assert_eq!(s.work.map(|w| w.stage), Some(Stage::CountingOccasions));
        // Back to continuous time: the calibration end typed is used again.
        let s = run(s, [ImportAction::FitDone { generation: 1 }, ImportAction::Occasions(None)]);
        let request = s.fit_request().unwrap().unwrap();
        assert_eq!(request.options.calibration_end, NaiveDate::from_ymd_opt(2025, 1, 15));
        assert!(matches!(request.request(1), Request::Fit { .. }));
    }

    /// A history the models can be fitted on: 60 customers over a year.
    fn shop_history() -> String {
        let mut text = String::from("customer,date,amount\n");
        for c in 0..60u32 {
            for k in 0..(1 + c % 5) {
                let day = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap() + chrono::Days::new(u64::from((c * 7 + k * 45) % 360));
                text.push_str(&format!("c{c},{day},{}.50\n", 10 + c % 17));
            }
        }
        text
    }

    #[test]
    fn a_fit_goes_through_every_stage_and_hands_over_the_study() {
        let text = shop_history();
        let s = run(ImportState::default(), [load("shop.csv", &text)]);
        let s = run(s.clone(), read_reports(&s, 300));
        let options = s.fit_request().unwrap().unwrap().options;
        // The worker still holds the text: the fit starts at once.
        let mut session = Session::new();
        let src = s.source.clone().unwrap();
        session.handle(
            Request::Begin { job: 1, settings: src.settings, total_bytes: src.bytes, encoding: TextEncoding::Utf8 },
            &mut |_| (),
        );
        session.handle(Request::Chunk { job: 1, bytes: text.clone().into_bytes() }, &mut |_| ());
        session.handle(Request::Finish { job: 1 }, &mut |_| ());
        let mut replies = Vec::new();
        session.handle(Request::Fit { job: 1, source: src.name.clone(), options }, &mut |r| replies.push(r));
        let mut s = s.clone().reduce(ImportAction::StartFit { generation: s.generation });
        assert!(s.fitting() && s.busy() && !s.reading());
        let mut stages = Vec::new();
        let mut study = None;
        for reply in replies {
            let (action, st) = reply_action(s.generation, reply);
            s = s.reduce(action);
            study = study.or(st);
            if let Some(w) = s.work {
                stages.push(w.stage);
            }
        }
        assert_eq!(stages, &Stage::ALL[1..6], "the stages of the study (saving is the browser worker's)");
        assert_eq!(s.work, None);
        let study = study.expect("the study");
        assert_eq!((study.source.as_str(), study.customers), ("shop.csv", 60));
        assert_eq!(s.error, None);
    }

    #[test]
    fn a_job_can_read_again_and_fit_keeping_the_dates_set() {
        let text = shop_history();
        let s = run(ImportState::default(), [load("shop.csv", &text)]);
        let s = run(s.clone(), read_reports(&s, 300));
        let s = run(s, [ImportAction::ObservationEnd("2024-11-30".into())]);
        let options = s.fit_request().unwrap().unwrap().options;
        let reports = job_reports(&s, 500, Some(options));
        let mid = run(s.clone(), reports.iter().take(2).cloned());
        assert!(mid.reading() && mid.fitting() && mid.parsed.is_some(), "the first read stays shown");
        let s = run(s, reports);
        assert_eq!((s.work, s.error.clone()), (None, None));
        assert_eq!(s.observation_end, "2024-11-30", "the date set is kept");
    }

    #[test]
    fn a_failed_fit_says_why_and_keeps_the_read() {
        let s = ImportState::default().reduce(load("shop.csv", SHOP));
        let s = run(s.clone(), read_reports(&s, 100));
        let mut options = s.fit_request().unwrap().unwrap().options;
        options.observation_end = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
        let s = run(s.clone(), job_reports(&s, 100, Some(options)));
        assert_eq!(s.work, None);
        assert_eq!(s.error.as_ref().unwrap().key, "data-ui-tx-fit-failed");
        assert!(s.parsed.is_some() && s.progress.is_some_and(|p| p.finished));
        // The next job clears the message.
        let s = s.clone().reduce(ImportAction::StartFit { generation: s.generation });
        assert_eq!(s.error, None);
    }

    #[test]
    fn a_cancel_stops_the_job_and_keeps_what_was_read_before() {
        let text = shop_history();
        let s = run(ImportState::default(), [load("shop.csv", &text)]);
        // Cancelled while reading: nothing read stays.
        let reports = read_reports(&s, 300);
        let g = s.generation;
        let mid = run(s.clone(), reports[..3].iter().cloned()).reduce(ImportAction::Cancel { generation: g });
        assert_eq!((mid.work, mid.progress, mid.parsed.clone()), (None, None, None));
        assert!(mid.cancelled);
        // Late reports of the cancelled job change nothing.
        let after = run(mid.clone(), reports[3..].iter().cloned());
        assert_eq!(after, mid);
        // Cancelled while fitting: the text read before stays, ready for another try.
        let s = run(s.clone(), reports);
        let fitting = s.clone().reduce(ImportAction::StartFit { generation: g });
        let stopped = run(
            fitting,
            [ImportAction::Stage { generation: g, stage: Stage::FittingParetoNbd }, ImportAction::Cancel { generation: g }],
        );
        assert_eq!(stopped.work, None);
        assert_eq!((stopped.parsed.clone(), stopped.progress), (s.parsed.clone(), s.progress));
        assert!(stopped.cancelled && stopped.fit_request().is_some_and(|r| r.is_ok()));
        // A stale stage or study does not start anything again; a new job clears the notice.
        let late = run(
            stopped.clone(),
            [ImportAction::Stage { generation: g, stage: Stage::Validating }, ImportAction::FitDone { generation: g }],
        );
        assert_eq!(late, stopped);
        assert!(!stopped.reduce(ImportAction::StartFit { generation: g }).cancelled);
        // Nothing to cancel: nothing happens.
        assert_eq!(s.clone().reduce(ImportAction::Cancel { generation: g }), s);
    }

    #[test]
    fn a_worker_that_fails_while_reading_says_why() {
        let s = ImportState::default().reduce(load("shop.csv", SHOP));
        let g = s.generation;
        let s = run(
            s,
            [
                ImportAction::StartRead { generation: g, fit: false },
                ImportAction::Failed { generation: g, error: Text::new("data-ui-tx-not-utf8") },
            ],
        );
        assert_eq!((s.work, s.progress, s.parsed.clone()), (None, None, None));
        assert_eq!(s.error.as_ref().unwrap().key, "data-ui-tx-not-utf8");
        // A failure of an older generation, or with no job, is not shown.
        let quiet = s.clone().reduce(ImportAction::Error(Text::new("data-ui-tx-obs-missing")));
        let quiet = quiet.reduce(ImportAction::Failed { generation: g, error: Text::new("data-ui-tx-worker-unreadable") });
        assert_eq!(quiet.error.unwrap().key, "data-ui-tx-obs-missing");
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
    fn a_sample_ends_at_its_last_line_break() {
        let text = "customer,date,amount\nȘtefan,2025-01-03,1\nBoris,2025-01-04,2\n";
        let bytes = text.as_bytes();
        let file =
            |head: &[u8], size: usize| ImportAction::LoadFile { name: "f.csv".into(), head: head.to_vec(), bytes: size as u64 };
        // Cut inside "Ș" (2 bytes) on the second line: the sample is the header.
        let cut = text.find('Ș').unwrap() + 1;
        let s = ImportState::default().reduce(file(&bytes[..cut + 5], 1000));
        let src = s.source.unwrap();
        assert_eq!(
            (src.text.as_str(), src.encoding, src.is_whole()),
            ("customer,date,amount\n", Some(TextEncoding::Utf8), false)
        );
        assert_eq!(src.feed(), (TextEncoding::Utf8, 1000));
        let s = ImportState::default().reduce(file(bytes, bytes.len()));
        let src = s.source.unwrap();
        assert_eq!((src.text.as_str(), src.is_whole(), src.feed()), (text, true, (TextEncoding::Utf8, text.len() as u64)));
        // Bytes not valid in the chosen encoding are refused in words.
        let s = ImportState::default().reduce(file(bytes, bytes.len())).reduce(ImportAction::Encoding(TextEncoding::Utf16Be));
        assert_eq!(s.source, None);
        assert!(s.error.unwrap().to_string().contains("not valid UTF-16 (big endian)"));
    }

    #[test]
    fn a_file_in_windows_1251_is_found_shown_and_can_be_read_otherwise() {
        // "клиент;дата;сума" and Cyrillic ids, as Bulgarian Excel saves them (Windows-1251).
        let text = "клиент;дата;сума\nБорис;2025-01-03;10,50\nЖельо;2025-01-04;3\n";
        let cp1251: Vec<u8> = encoding_rs::WINDOWS_1251.encode(text).0.into_owned();
        let n = cp1251.len();
        let s = ImportState::default().reduce(ImportAction::LoadFile { name: "bg.csv".into(), head: cp1251, bytes: n as u64 });
        let src = s.source.clone().unwrap();
        assert_eq!(src.encoding, Some(TextEncoding::Windows1251));
        assert_eq!(src.text.as_str(), text);
        assert_eq!(src.headers, ["клиент", "дата", "сума"]);
        let preview = s.preview().unwrap();
        assert_eq!(preview.data.customer_ids, ["Борис", "Жельо"]);
        // Read as Windows-1250 instead (a new generation), the ids are Latin letters.
        let s2 = s.clone().reduce(ImportAction::Encoding(TextEncoding::Windows1250));
        let src2 = s2.source.clone().unwrap();
        assert_eq!((src2.encoding, s2.generation), (Some(TextEncoding::Windows1250), s.generation + 1));
        assert_eq!(s2.preview().unwrap().data.customer_ids, ["Áîđčń", "Ćĺëüî"]);
        // Pasted text has no encoding to choose.
        let p = ImportState::default().reduce(load("pasted", text)).reduce(ImportAction::Encoding(TextEncoding::Windows1250));
        assert_eq!(p.source.unwrap().encoding, None);
    }

    #[test]
    fn date_ambiguity_of_a_sample_is_judged_on_every_line() {
        // Beyond the sniff's 200 lines, a 25/04 settles it.
        let mut text = String::from("c,d,a\n");
        for i in 0..300 {
            text.push_str(&format!("k{i},{:02}/03/2024,1\n", 1 + i % 12));
        }
        assert!(ImportState::default().reduce(load("a.csv", &text)).source.unwrap().date_ambiguous);
        text.push_str("k1,25/04/2024,1\n");
        assert!(!ImportState::default().reduce(load("a.csv", &text)).source.unwrap().date_ambiguous);
    }

    #[test]
    fn first_lines_cuts_after_the_nth_line() {
        assert_eq!(first_lines("a\nb\nc\n", 2), "a\nb\n");
        assert_eq!(first_lines("a\nb\nc", 3), "a\nb\nc");
        assert_eq!(first_lines("a\nb", 5), "a\nb");
        assert_eq!(first_lines("", 1), "");
    }
}

//! The messages between the import page and the purchase-import worker (plain serde types,
//! compiled and tested natively), and the page's side of the flow control ([`Feed`]).
//!
//! One job is one text read with one set of CSV settings:
//!
//! ```text
//! page                                   worker
//! Begin { job, settings, total_bytes,
//!         encoding }               ─►  a fresh parser (forgets any earlier text)
//! Chunk { job, bytes } ×n              ─►  parses every complete line  ─► Read { job, progress } (one per chunk)
//! Finish { job }                       ─►  the last line, the digest   ─► Parsed { job, digest }
//! Fit { job, source, options }         ─►  summary, fits, validation   ─► Stage { job, stage } ×5
//!                                                                      ─► Study { job, study } | Failed { job, error }
//! FitSummary { job, source, text, unit, as_of } ─► read the summary, fit ─► Stage ─► Study | Failed
//! FitOccasions { job, source, unit, end } ─►  count per occasion, BG/BB ─► Stage ×2 ─► Study | Failed
//! ```
//!
//! Chunks are raw bytes in the file's encoding, cut anywhere (a line, even a character, may be
//! split between two chunks). The page keeps at most [`MAX_IN_FLIGHT`] chunks unanswered, so neither side ever holds
//! much more of the file than the worker's own copy. A `Fit` may follow `Finish` at once, or come
//! later for the text the worker still holds; a failed read or fit answers `Failed` and the job
//! ends. A request of another job than the current one is ignored. Cancelling is not a message:
//! the page terminates the worker and starts a fresh one for the next job.
//!
//! Messages ([`Text`]) and the study travel as JSON text inside the messages ([`Json`]), in the
//! form the store keeps them, so a compact binary codec (gloo-worker's bincode) carries every
//! message exactly (floats included: serde_json reads its own output back bit for bit).

use chrono::NaiveDate;
use serde::de::{DeserializeOwned, Error as _};
use serde::ser::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::engine::btyd::occasions::OccasionUnit;
use crate::engine::btyd::SummaryOptions;
use crate::engine::files::summary_csv::SummaryUnit;
use crate::engine::files::transactions::{CsvSettings, ParsedTransactions};
use crate::engine::purchases::PurchaseStudy;
use crate::engine::util::csv::RowError;
use crate::engine::util::encoding::TextEncoding;
use crate::engine::util::parse::DateFormat;
use crate::i18n::Text;

/// Bytes of text per chunk: a slice of the file read at a time.
pub const CHUNK_BYTES: u64 = 2 * 1024 * 1024;
/// Chunks sent and not yet answered by a [`Reply::Read`].
pub const MAX_IN_FLIGHT: usize = 2;

/// From the page to the worker.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Request {
    /// Start reading a text of `total_bytes` bytes in `encoding` with these settings.
    Begin { job: u64, settings: CsvSettings, total_bytes: u64, encoding: TextEncoding },
    /// The next bytes of the text.
    Chunk { job: u64, bytes: Vec<u8> },
    /// The text is complete.
    Finish { job: u64 },
    /// Summarise and fit the text read in this job, and build the study named `source`.
    Fit { job: u64, source: String, options: SummaryOptions },
    /// Read a summary CSV (per-customer frequency, recency, T) whole, fit the models and build
    /// the study named `source` as of `as_of` (a job of its own: no `Begin` before it).
    FitSummary {
        job: u64,
        source: String,
        text: String,
        unit: SummaryUnit,
        #[serde(with = "crate::engine::util::parse::iso_date")]
        as_of: NaiveDate,
    },
    /// Count the text read in this job per occasion (whole occasions up to `end`), fit BG/BB on
    /// the histories and build the study named `source`.
    FitOccasions {
        job: u64,
        source: String,
        unit: OccasionUnit,
        #[serde(with = "crate::engine::util::parse::iso_date")]
        end: NaiveDate,
    },
}

/// From the worker to the page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Reply {
    /// One chunk parsed (the answer to each [`Request::Chunk`]).
    Read { job: u64, progress: ReadProgress },
    /// The whole text read.
    Parsed { job: u64, digest: ParseDigest },
    /// The fit has moved on to `stage`.
    Stage { job: u64, stage: Stage },
    /// The study, as `engine::purchases::build_study` builds it.
    Study { job: u64, study: Json<Box<PurchaseStudy>> },
    /// The job failed; why, in words.
    Failed { job: u64, error: Message },
}

impl Reply {
    /// The job the reply belongs to.
    pub fn job(&self) -> u64 {
        match self {
            Reply::Read { job, .. }
            | Reply::Parsed { job, .. }
            | Reply::Stage { job, .. }
            | Reply::Study { job, .. }
            | Reply::Failed { job, .. } => *job,
        }
    }
}

/// What the worker is doing, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Stage {
    /// Reading the text (the progress says how far).
    Reading,
    /// Per-customer frequency, recency, age and spend.
    Summarising,
    FittingBgNbd,
    FittingParetoNbd,
    FittingGammaGamma,
    /// Tracking and the holdout check.
    Validating,
    /// The customers written to the bulk store (by the browser worker, after the study).
    Saving,
    /// A fit per occasion ([`Request::FitOccasions`], not among [`Stage::ALL`]): the purchases
    /// counted into occasions, then BG/BB fitted on the histories.
    CountingOccasions,
    FittingBgBb,
}

impl Stage {
    pub const ALL: [Stage; 7] = [
        Stage::Reading,
        Stage::Summarising,
        Stage::FittingBgNbd,
        Stage::FittingParetoNbd,
        Stage::FittingGammaGamma,
        Stage::Validating,
        Stage::Saving,
    ];

    /// Stable key (`reading`, `summarising`, …), for tests and the page's markup.
    pub fn key(self) -> &'static str {
        match self {
            Stage::Reading => "reading",
            Stage::Summarising => "summarising",
            Stage::FittingBgNbd => "fitting-bgnbd",
            Stage::FittingParetoNbd => "fitting-pareto",
            Stage::FittingGammaGamma => "fitting-gamma",
            Stage::Validating => "validating",
            Stage::Saving => "saving",
            Stage::CountingOccasions => "counting-occasions",
            Stage::FittingBgBb => "fitting-bgbb",
        }
    }

    /// 1-based position in [`Stage::ALL`].
    pub fn number(self) -> usize {
        Stage::ALL.iter().position(|s| *s == self).map_or(1, |i| i + 1)
    }
}

/// How far the reading of a text got.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ReadProgress {
    /// Bytes of the text parsed so far.
    pub bytes_read: u64,
    pub total_bytes: u64,
    /// Lines read, including the header and empty lines.
    pub lines_read: usize,
    pub rows_ok: usize,
    pub error_count: usize,
    pub finished: bool,
}

impl ReadProgress {
    /// Share of the text read, 0 to 1.
    pub fn fraction(&self) -> f64 {
        if self.finished || self.total_bytes == 0 {
            1.0
        } else {
            (self.bytes_read as f64 / self.total_bytes as f64).min(1.0)
        }
    }
}

/// What the page shows of a whole read; the transactions themselves stay in the worker.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ParseDigest {
    pub transactions: usize,
    pub customers: usize,
    #[serde(default, with = "crate::engine::util::parse::iso_date_opt")]
    pub first_date: Option<NaiveDate>,
    #[serde(default, with = "crate::engine::util::parse::iso_date_opt")]
    pub last_date: Option<NaiveDate>,
    /// The read's last progress (finished).
    pub progress: ReadProgress,
    /// All row errors, including those not kept.
    pub error_count: usize,
    /// The line numbers of the row errors kept (the first `MAX_ROW_ERRORS`) …
    pub error_lines: Vec<usize>,
    /// … and what is wrong with each.
    pub error_messages: Json<Texts>,
    /// Every date of the whole text reads both day-first and month-first.
    pub date_ambiguous: bool,
    /// The date formats that read every date of the whole text (none when it had no date).
    pub date_formats: Vec<DateFormat>,
}

impl ParseDigest {
    pub fn of(parsed: &ParsedTransactions, progress: ReadProgress) -> ParseDigest {
        let (first_date, last_date) = parsed.data.date_range().map_or((None, None), |(a, b)| (Some(a), Some(b)));
        ParseDigest {
            transactions: parsed.data.transactions.len(),
            customers: parsed.data.customer_ids.len(),
            first_date,
            last_date,
            progress,
            error_count: parsed.error_count,
            error_lines: parsed.errors.iter().map(|e| e.line).collect(),
            error_messages: Json(Texts(parsed.errors.iter().map(|e| e.message.clone()).collect())),
            date_ambiguous: parsed.date_ambiguous(),
            date_formats: parsed.date_formats.clone(),
        }
    }

    /// The first and last purchase dates, if there are purchases.
    pub fn date_range(&self) -> Option<(NaiveDate, NaiveDate)> {
        self.first_date.zip(self.last_date)
    }

    /// The row errors kept, with their line numbers.
    pub fn errors(&self) -> Vec<RowError> {
        self.error_lines
            .iter()
            .zip(&self.error_messages.0 .0)
            .map(|(line, m)| RowError { line: *line, message: m.clone() })
            .collect()
    }
}

/// Messages as the store keeps them ([`crate::i18n::stored`]): a key and typed arguments each.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Texts(#[serde(with = "crate::i18n::stored")] pub Vec<Text>);

/// One message on the wire.
#[derive(Clone, Debug, PartialEq)]
pub struct Message(pub Text);

impl Serialize for Message {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        Json(Texts(vec![self.0.clone()])).serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Message {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let Json(Texts(texts)) = Json::<Texts>::deserialize(deserializer)?;
        match <[Text; 1]>::try_from(texts) {
            Ok([text]) => Ok(Message(text)),
            Err(texts) => Err(D::Error::custom(format!("one message expected, {} found", texts.len()))),
        }
    }
}

/// A value carried as JSON text inside a message. Binary codecs such as bincode cannot read types
/// whose reader asks for "any value" (the stored messages' lenient reader does); as a string they
/// can. serde_json (with `float_roundtrip`) reads its own floats back exactly.
#[derive(Clone, Debug, PartialEq)]
pub struct Json<T>(pub T);

impl<T: Serialize> Serialize for Json<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&serde_json::to_string(&self.0).map_err(S::Error::custom)?)
    }
}

impl<'de, T: DeserializeOwned> Deserialize<'de> for Json<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        serde_json::from_str(&text).map(Json).map_err(D::Error::custom)
    }
}

/// The page's side of a job: which slice of the text to read and send next, keeping at most
/// [`MAX_IN_FLIGHT`] chunks unanswered and one read under way.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Feed {
    total: u64,
    chunk: u64,
    next: u64,
    in_flight: usize,
    reading: bool,
    finished: bool,
}

/// What the page does next.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FeedStep {
    /// Read the bytes `start..end` and send them ([`Feed::sent`] once sent).
    Read { start: u64, end: u64 },
    /// Every byte has been sent: send [`Request::Finish`] (once).
    Finish,
    /// Wait for a read to end or a chunk to be answered.
    Wait,
}

impl Feed {
    /// A text of `total` bytes sent in chunks of `chunk` bytes (at least 1).
    pub fn new(total: u64, chunk: u64) -> Feed {
        Feed { total, chunk: chunk.max(1), next: 0, in_flight: 0, reading: false, finished: false }
    }

    pub fn next_step(&mut self) -> FeedStep {
        if self.finished || self.reading {
            return FeedStep::Wait;
        }
        if self.next >= self.total {
            self.finished = true;
            return FeedStep::Finish;
        }
        if self.in_flight >= MAX_IN_FLIGHT {
            return FeedStep::Wait;
        }
        self.reading = true;
        let start = self.next;
        let end = start.saturating_add(self.chunk).min(self.total);
        self.next = end;
        FeedStep::Read { start, end }
    }

    /// The slice asked for last was read and sent.
    pub fn sent(&mut self) {
        self.reading = false;
        self.in_flight += 1;
    }

    /// The worker answered a chunk.
    pub fn answered(&mut self) {
        self.in_flight = self.in_flight.saturating_sub(1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::btyd::TimeUnit;
    use crate::engine::files::transactions::sniff;

    fn round_trip<T: Serialize + DeserializeOwned>(value: &T) -> T {
        serde_json::from_str(&serde_json::to_string(value).unwrap()).unwrap()
    }

    #[test]
    fn requests_and_replies_read_back_as_sent() {
        let settings = sniff("customer,date,amount\nA,2025-01-03,10.50\n").unwrap().settings;
        let day = |s| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let options = SummaryOptions {
            unit: TimeUnit::Days,
            observation_end: day("2025-02-01"),
            calibration_end: Some(day("2025-01-15")),
            round_decimals: None,
        };
        let requests = [
            Request::Begin { job: 3, settings, total_bytes: 1 << 40, encoding: TextEncoding::Windows1251 },
            Request::Chunk { job: 3, bytes: vec![0, 10, 255, b'\n'] },
            Request::Finish { job: 3 },
            Request::Fit { job: 3, source: "shop.csv".into(), options },
            Request::FitOccasions { job: 3, source: "gifts.csv".into(), unit: OccasionUnit::Quarters, end: day("2025-03-31") },
        ];
        for r in &requests {
            assert_eq!(&round_trip(r), r);
        }
        let failed = Reply::Failed {
            job: 9,
            error: Message(Text::new("data-ui-tx-fit-failed").arg("error", Text::new("data-study-no-buyer"))),
        };
        assert_eq!(round_trip(&failed), failed);
        assert_eq!(failed.job(), 9);
        let progress =
            ReadProgress { bytes_read: 5, total_bytes: 10, lines_read: 2, rows_ok: 1, error_count: 1, finished: false };
        let read = Reply::Read { job: 1, progress };
        assert_eq!(round_trip(&read), read);
        for stage in Stage::ALL {
            assert_eq!(round_trip(&Reply::Stage { job: 2, stage }), Reply::Stage { job: 2, stage });
        }
    }

    #[test]
    fn a_digest_keeps_the_counts_dates_and_row_errors() {
        use crate::engine::files::transactions::parse_transactions;
        let text = "customer,date,amount\nA,2025-01-03,10.50\nB,not a date,3\nA,2025-02-01,7\nC,2025-02-02,-1\n";
        let parsed = parse_transactions(text, sniff(text).unwrap().settings);
        let progress =
            ReadProgress { bytes_read: text.len() as u64, total_bytes: text.len() as u64, finished: true, ..Default::default() };
        let digest = round_trip(&ParseDigest::of(&parsed, progress));
        assert_eq!((digest.transactions, digest.customers, digest.error_count), (2, 1, 2));
        assert_eq!(digest.date_range(), parsed.data.date_range());
        assert_eq!(digest.errors(), parsed.errors);
        assert_eq!(digest.progress, progress);
    }

    #[test]
    fn a_message_is_one_text() {
        let two = serde_json::to_string(&Json(Texts(vec![Text::new("data-ui-tx-not-utf8"), Text::new("data-ui-tx-not-utf8")])))
            .unwrap();
        assert!(serde_json::from_str::<Message>(&two).is_err());
        assert!(serde_json::from_str::<Message>("\"not json\"").is_err());
    }

    #[test]
    fn the_fraction_read_stays_within_0_and_1() {
        let p = |bytes_read, total_bytes, finished| {
            ReadProgress { bytes_read, total_bytes, finished, ..Default::default() }.fraction()
        };
        assert_eq!(p(0, 0, false), 1.0);
        assert_eq!(p(5, 10, false), 0.5);
        assert_eq!(p(50, 10, false), 1.0);
        assert_eq!(p(0, 10, true), 1.0);
    }

    #[test]
    fn a_feed_reads_every_byte_once_with_at_most_two_chunks_unanswered() {
        let mut feed = Feed::new(10, 4);
        assert_eq!(feed.next_step(), FeedStep::Read { start: 0, end: 4 });
        assert_eq!(feed.next_step(), FeedStep::Wait, "one read at a time");
        feed.sent();
        assert_eq!(feed.next_step(), FeedStep::Read { start: 4, end: 8 });
        feed.sent();
        assert_eq!(feed.next_step(), FeedStep::Wait, "two chunks unanswered");
        feed.answered();
        assert_eq!(feed.next_step(), FeedStep::Read { start: 8, end: 10 });
        feed.sent();
        assert_eq!(feed.next_step(), FeedStep::Finish);
        assert_eq!(feed.next_step(), FeedStep::Wait, "finish is sent once");
        // An empty text is finished at once; a chunk of 0 is read as 1 byte.
        assert_eq!(Feed::new(0, 4).next_step(), FeedStep::Finish);
        assert_eq!(Feed::new(3, 0).next_step(), FeedStep::Read { start: 0, end: 1 });
        // Answers beyond what was sent do not wrap.
        let mut feed = Feed::new(10, 4);
        feed.answered();
        assert_eq!(feed.next_step(), FeedStep::Read { start: 0, end: 4 });
    }
}

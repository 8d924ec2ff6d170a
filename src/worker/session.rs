//! The worker's side of the protocol as plain Rust: one [`Request`] in, its [`Reply`]s out. The
//! browser worker (`agent.rs`) only forwards messages to it; tests drive it directly.

use crate::engine::files::transactions::ParsedTransactions;
use crate::i18n::Text;

use super::pipeline::{occasion_study, staged_study};
use super::protocol::{Json, Message, ParseDigest, Reply, Request, Stage};
use super::reader::TextReader;
use crate::engine::files::summary_csv::parse_summary;

/// What the worker holds for the current job.
#[derive(Debug, Default)]
pub struct Session {
    job: u64,
    /// The text being read.
    reader: Option<TextReader>,
    /// The text read, kept for a fit.
    data: Option<ParsedTransactions>,
}

impl Session {
    pub fn new() -> Session {
        Session::default()
    }

    /// Handle one request, answering through `reply` (several times for a fit: each stage, then
    /// the study or the reason it failed).
    pub fn handle(&mut self, request: Request, reply: &mut impl FnMut(Reply)) {
        match request {
            Request::Begin { job, settings, total_bytes, encoding } => {
                self.job = job;
                self.data = None;
                match TextReader::new(settings, total_bytes, encoding) {
                    Ok(reader) => self.reader = Some(reader),
                    Err(error) => self.fail(error, reply),
                }
            }
            Request::Chunk { job, bytes } if job == self.job => {
                let Some(reader) = &mut self.reader else { return };
                match reader.push(&bytes) {
                    Ok(progress) => reply(Reply::Read { job, progress }),
                    Err(error) => self.fail(error, reply),
                }
            }
            Request::Finish { job } if job == self.job => {
                let Some(reader) = self.reader.take() else { return };
                match reader.finish() {
                    Ok((parsed, progress)) => {
                        reply(Reply::Parsed { job, digest: ParseDigest::of(&parsed, progress) });
                        self.data = Some(parsed);
                    }
                    Err(error) => self.fail(error, reply),
                }
            }
            Request::Fit { job, source, options } if job == self.job => {
                let Some(parsed) = &self.data else {
                    return reply(Reply::Failed { job, error: Message(Text::new("data-ui-tx-read-again")) });
                };
                let mut stage = |stage| reply(Reply::Stage { job, stage });
                let result = staged_study(&source, &parsed.data, &options, &mut stage);
                reply(match result {
                    Ok(study) => Reply::Study { job, study: Json(Box::new(study)) },
                    Err(e) => {
                        Reply::Failed { job, error: Message(Text::new("data-ui-tx-fit-failed").arg("error", e.text().clone())) }
                    }
                });
            }
            Request::FitSummary { job, source, text, unit, as_of } => {
                self.job = job;
                self.reader = None;
                self.data = None;
                let file = match parse_summary(&text, unit) {
                    Ok(file) => file,
                    Err(error) => return self.fail(error, reply),
                };
                reply(Reply::Stage { job, stage: Stage::FittingBgNbd });
                reply(match file.study(&source, as_of) {
                    Ok(study) => Reply::Study { job, study: Json(Box::new(study)) },
                    Err(e) => {
                        Reply::Failed { job, error: Message(Text::new("data-ui-tx-fit-failed").arg("error", e.text().clone())) }
                    }
                });
            }
            Request::FitOccasions { job, source, unit, end } if job == self.job => {
                let Some(parsed) = &self.data else {
                    return reply(Reply::Failed { job, error: Message(Text::new("data-ui-tx-read-again")) });
                };
                let mut stage = |stage| reply(Reply::Stage { job, stage });
                let result = occasion_study(&source, &parsed.data, unit, end, &mut stage);
                reply(match result {
                    Ok(study) => Reply::Study { job, study: Json(Box::new(study)) },
                    Err(e) => {
                        Reply::Failed { job, error: Message(Text::new("data-ui-tx-fit-failed").arg("error", e.text().clone())) }
                    }
                });
            }
            // A request of an earlier job: its text is gone.
            Request::Chunk { .. } | Request::Finish { .. } | Request::Fit { .. } | Request::FitOccasions { .. } => {}
        }
    }

    /// The job ends with `error`: its text is dropped.
    fn fail(&mut self, error: Text, reply: &mut impl FnMut(Reply)) {
        self.reader = None;
        self.data = None;
        reply(Reply::Failed { job: self.job, error: Message(error) });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::btyd::SummaryOptions;
    use crate::engine::files::transactions::{parse_transactions, sniff, CsvSettings};
    use crate::engine::purchases::build_study;
    use crate::engine::util::encoding::TextEncoding;
    use crate::worker::pipeline::tests::{cdnow_options, cdnow_settings, CDNOW};
    use crate::worker::protocol::Texts;
    use serde::de::DeserializeOwned;
    use serde::Serialize;

    /// What the page gets: each reply as it crossed the boundary (encoded and read back).
    fn send(session: &mut Session, request: Request) -> Vec<Reply> {
        fn wire<T: Serialize + DeserializeOwned>(v: &T) -> T {
            serde_json::from_str(&serde_json::to_string(v).unwrap()).unwrap()
        }
        let mut out = Vec::new();
        session.handle(wire(&request), &mut |r| out.push(wire(&r)));
        out
    }

    /// Send `text` in chunks of `chunk` bytes and finish; the replies of each request.
    fn read(session: &mut Session, job: u64, text: &[u8], settings: CsvSettings, chunk: usize) -> Vec<Reply> {
        let mut out =
            send(session, Request::Begin { job, settings, total_bytes: text.len() as u64, encoding: TextEncoding::Utf8 });
        for part in text.chunks(chunk) {
            let replies = send(session, Request::Chunk { job, bytes: part.to_vec() });
            assert_eq!(replies.len(), 1, "one answer per chunk");
            out.extend(replies);
        }
        out.extend(send(session, Request::Finish { job }));
        out
    }

    #[test]
    fn cdnow_in_chunks_gives_build_studys_study_with_every_stage() {
        let mut session = Session::new();
        // Chunks of 7,000 bytes: lines are split at nearly every boundary.
        let replies = read(&mut session, 1, CDNOW.as_bytes(), cdnow_settings(), 7_000);
        let whole = parse_transactions(CDNOW, cdnow_settings());
        let Some(Reply::Parsed { job: 1, digest }) = replies.last() else { panic!("{:?}", replies.last()) };
        assert_eq!(digest, &ParseDigest::of(&whole, digest.progress));
        assert_eq!((digest.transactions, digest.customers, digest.error_count), (6919, 2357, 0));
        assert!(digest.progress.finished && digest.progress.bytes_read == CDNOW.len() as u64);
        let reads: Vec<_> =
            replies.iter().filter_map(|r| if let Reply::Read { progress, .. } = r { Some(*progress) } else { None }).collect();
        assert!(reads.windows(2).all(|w| w[0].bytes_read <= w[1].bytes_read && w[0].fraction() < 1.0));

        let replies = send(&mut session, Request::Fit { job: 1, source: "CDNOW_sample.txt".into(), options: cdnow_options() });
        let stages: Vec<Stage> =
            replies.iter().filter_map(|r| if let Reply::Stage { stage, .. } = r { Some(*stage) } else { None }).collect();
        assert_eq!(stages, &Stage::ALL[1..6], "the stages of the study (saving is the browser worker's)");
        let Some(Reply::Study { job: 1, study: Json(study) }) = replies.last() else { panic!("{:?}", replies.last()) };
        let built = build_study("CDNOW_sample.txt", &whole.data, &cdnow_options()).unwrap();
        assert!(**study == built, "the study that reaches the page is build_study's");
        let bg = study.bgnbd.as_ref().unwrap().params;
        assert!((bg.r - 0.2426).abs() < 1e-3 && (bg.alpha - 4.4135).abs() < 1e-2, "{bg:?}");
        // The text is still held: another fit with other settings needs no new read.
        let options = SummaryOptions { calibration_end: None, ..cdnow_options() };
        let again = send(&mut session, Request::Fit { job: 1, source: "again".into(), options });
        assert!(matches!(again.last(), Some(Reply::Study { .. })));
    }

    #[test]
    fn row_errors_come_back_with_their_line_numbers() {
        let text = "customer;date;amount\nA;2025-01-03;10,50\nB;not a date;3\nC;2025-02-01;=cmd\n";
        let settings = sniff(text).unwrap().settings;
        let mut session = Session::new();
        let replies = read(&mut session, 4, text.as_bytes(), settings, 5);
        let Some(Reply::Parsed { digest, .. }) = replies.last() else { panic!() };
        assert_eq!(digest.transactions, 1);
        assert_eq!(digest.errors(), parse_transactions(text, settings).errors);
        assert_eq!(digest.errors().iter().map(|e| e.line).collect::<Vec<_>>(), [3, 4]);
    }

    #[test]
    fn a_fit_that_fails_says_why_and_keeps_the_text() {
        let text = "customer,date,amount\nA,2025-01-03,10.50\nB,2025-01-04,3\n";
        let settings = sniff(text).unwrap().settings;
        let mut session = Session::new();
        read(&mut session, 1, text.as_bytes(), settings, 100);
        let day = |s| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let options = SummaryOptions {
            unit: crate::engine::btyd::TimeUnit::Days,
            observation_end: day("2025-01-01"),
            calibration_end: None,
            round_decimals: None,
        };
        let replies = send(&mut session, Request::Fit { job: 1, source: "x".into(), options });
        let Some(Reply::Failed { job: 1, error }) = replies.last() else { panic!("{replies:?}") };
        assert_eq!(error.0.key, "data-ui-tx-fit-failed");
        assert_eq!(replies.len(), 2, "summarising, then the failure: {replies:?}");
        let options = SummaryOptions { observation_end: day("2025-02-01"), ..options };
        assert!(!matches!(
            send(&mut session, Request::Fit { job: 1, source: "x".into(), options }).last(),
            Some(Reply::Failed { .. })
        ));
    }

    #[test]
    fn a_text_that_is_not_utf8_ends_the_job() {
        let settings = sniff("customer,date,amount\nA,2025-01-03,10.50\n").unwrap().settings;
        let mut session = Session::new();
        send(&mut session, Request::Begin { job: 2, settings, total_bytes: 40, encoding: TextEncoding::Utf8 });
        let replies =
            send(&mut session, Request::Chunk { job: 2, bytes: b"customer,date,amount\nCaf\xe9,2025-01-03,1\n".to_vec() });
        assert_eq!(
            replies,
            [Reply::Failed {
                job: 2,
                error: Message(Text::new("data-encoding-invalid").arg("encoding", Text::new("data-encoding-utf8")))
            }]
        );
        // The rest of that job is ignored; a fit has nothing to fit.
        assert_eq!(send(&mut session, Request::Chunk { job: 2, bytes: b"x\n".to_vec() }), []);
        assert_eq!(send(&mut session, Request::Finish { job: 2 }), []);
        let replies = send(&mut session, Request::Fit { job: 2, source: "x".into(), options: cdnow_options() });
        assert_eq!(replies, [Reply::Failed { job: 2, error: Message(Text::new("data-ui-tx-read-again")) }]);
    }

    #[test]
    fn requests_of_an_earlier_job_are_ignored() {
        let text = "customer,date,amount\nA,2025-01-03,10.50\nB,2025-01-04,3\n";
        let settings = sniff(text).unwrap().settings;
        let mut session = Session::new();
        read(&mut session, 1, text.as_bytes(), settings, 100);
        send(&mut session, Request::Begin { job: 2, settings, total_bytes: 10, encoding: TextEncoding::Utf8 });
        assert_eq!(send(&mut session, Request::Chunk { job: 1, bytes: b"C,2025-01-05,1\n".to_vec() }), []);
        assert_eq!(send(&mut session, Request::Finish { job: 1 }), []);
        assert_eq!(send(&mut session, Request::Fit { job: 1, source: "x".into(), options: cdnow_options() }), []);
        // Job 2 starts from nothing: job 1's text is gone.
        let replies = send(&mut session, Request::Finish { job: 2 });
        let Some(Reply::Parsed { digest, .. }) = replies.last() else { panic!() };
        assert_eq!((digest.transactions, digest.error_messages.clone()), (0, Json(Texts::default())));
    }

    #[test]
    fn a_summary_is_fitted_in_the_worker_as_on_the_page() {
        use crate::engine::btyd::TimeUnit;
        use crate::engine::files::summary_csv::SummaryUnit;
        let text = include_str!("../../tests/fixtures/cdnow/cdnow_customers_summary_with_transactions.csv");
        let as_of = chrono::NaiveDate::from_ymd_opt(1997, 9, 30).unwrap();
        let unit = SummaryUnit::Time(TimeUnit::Weeks);
        let mut session = Session::new();
        let replies =
            send(&mut session, Request::FitSummary { job: 4, source: "crm.csv".into(), text: text.into(), unit, as_of });
        let Some(Reply::Study { job: 4, study: Json(study) }) = replies.last() else { panic!("{:?}", replies.last()) };
        let direct = parse_summary(text, unit).unwrap().study("crm.csv", as_of).unwrap();
        assert!(**study == direct, "the worker's study is the page's");
        assert!(study.mbgnbd.is_some() && study.uncertainty.mbgnbd.is_some());
        let bad = send(&mut session, Request::FitSummary { job: 5, source: "x".into(), text: "a,b\n1,2\n".into(), unit, as_of });
        assert!(matches!(bad.last(), Some(Reply::Failed { job: 5, .. })), "{bad:?}");
    }
}

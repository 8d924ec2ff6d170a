//! Hostile and broken input never panics: random and mutated text through every parser and the
//! backup importer. Each input must give a clean result or an error in words.

#![cfg(not(target_arch = "wasm32"))] // proptest is a native dev-dependency
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests: a failed unwrap is a failed test

use proptest::prelude::*;
use retention_calculator::engine::model::check_stored_client;
use retention_calculator::engine::model::ClientDraft;
use retention_calculator::engine::sample::demo_as_of;
use retention_calculator::engine::util::parse::{parse_amount, parse_date};
use retention_calculator::store::backup::{export_backup, import_backup, BACKUP_FORMAT};
use retention_calculator::store::{decode, first_start_data};

/// A small deterministic generator (xorshift64*), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const PIECES: &[&str] = &[
    "0",
    "1",
    "9",
    "-",
    "+",
    "−",
    ".",
    ",",
    " ",
    "\u{a0}",
    "'",
    "e",
    "E",
    "NaN",
    "inf",
    "1e309",
    "-0",
    "1.234,56",
    "1,234",
    "00",
    "1900-02-29",
    "2024-02-29",
    "31.12.",
    "/",
    "2200",
    "9999999999999999999999",
    "<script>",
    "\"",
    "{",
    "}",
    "[",
    "]",
    ":",
    "\\u0000",
    "\u{202e}",
    "\u{feff}",
    "💶",
    "ä",
    "\n",
    "\t",
    "=cmd|' /C calc'!A0",
    "null",
    "true",
];

fn random_text(rng: &mut Rng) -> String {
    let n = rng.below(12);
    (0..n).map(|_| PIECES[rng.below(PIECES.len())]).collect()
}

/// Text made of `PIECES` and arbitrary characters (what `random_text` makes, and more).
fn pieces_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![3 => prop::sample::select(PIECES).prop_map(str::to_string), 1 => any::<char>().prop_map(String::from)],
        0..12,
    )
    .prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 10_000, failure_persistence: None, ..ProptestConfig::default() })]

    /// The number and date readers of every file format (util::parse): never a panic, never a
    /// non-finite amount; a failure is shrunk to the shortest text.
    #[test]
    fn number_and_date_parsers_never_panic_and_never_return_non_finite(t in pieces_text()) {
        if let Ok(v) = parse_amount(&t) {
            prop_assert!(v.is_finite(), "{:?} gave {}", t, v);
        }
        let _ = parse_date(&t);
    }
}

#[test]
fn number_and_date_parsers_refuse_what_is_not_a_number_or_a_date() {
    for t in ["1e309", "NaN", "inf", "-inf", "1,234"] {
        assert!(parse_amount(t).is_err(), "{t}");
    }
    assert_eq!(parse_amount("-0"), Ok(0.0));
    assert_eq!(parse_amount("1.234,56"), Ok(1234.56));
    assert!(parse_date("1900-02-29").is_err(), "1900 was not a leap year");
}

#[test]
fn the_client_form_never_panics_on_random_fields() {
    let mut rng = Rng(42);
    for _ in 0..5_000 {
        let draft = ClientDraft {
            company: random_text(&mut rng),
            annual_revenue: random_text(&mut rng),
            direct_cost: random_text(&mut rng),
            cost_to_serve: random_text(&mut rng),
            start_date: random_text(&mut rng),
            notes: random_text(&mut rng),
            stage: if rng.0.is_multiple_of(2) { "lost".into() } else { "won_back".into() },
            lost_on: random_text(&mut rng),
            ..ClientDraft::default()
        };
        if let Ok(c) = draft.validate("c1", false, chrono::NaiveDate::from_ymd_opt(2026, 11, 20).unwrap()) {
            assert!(c.lost_on.is_none_or(|d| c.start_date.is_none_or(|s| s <= d)));
            assert!(c.annual_revenue.is_finite() && c.direct_cost.is_finite() && c.cost_to_serve.is_finite());
        }
    }
}

#[test]
fn the_backup_importer_and_store_decoder_survive_mutated_files() {
    let good = export_backup(&first_start_data(), "2026-11-23T10:00:00Z").unwrap();
    assert!(import_backup(good.as_bytes(), demo_as_of()).is_ok());
    let mut rng = Rng(7);
    let mut accepted = 0;
    for i in 0..3_000 {
        let mut bytes = good.clone().into_bytes();
        match i % 4 {
            0 => bytes.truncate(rng.below(bytes.len())),
            1 => {
                for _ in 0..1 + rng.below(8) {
                    let at = rng.below(bytes.len());
                    bytes[at] = rng.next() as u8;
                }
            }
            2 => {
                let at = rng.below(bytes.len());
                let piece = PIECES[rng.below(PIECES.len())].as_bytes().to_vec();
                bytes.splice(at..at, piece);
            }
            _ => bytes = (0..rng.below(400)).map(|_| rng.next() as u8).collect(),
        }
        match import_backup(&bytes, demo_as_of()) {
            Ok(b) => {
                accepted += 1;
                for c in &b.data.portfolio.clients {
                    assert!(c.annual_revenue.is_finite());
                }
            }
            Err(e) => {
                let e = e.reason.to_string();
                assert!(e.ends_with("Nothing was changed.") || e.contains("not supported"), "{e}");
            }
        }
        let _ = decode(&String::from_utf8_lossy(&bytes));
    }
    // A checksum catches almost every change that still parses.
    assert!(accepted < 60, "{accepted} mutated files were accepted");
}

/// A backup whose values were changed and whose checksum was then computed again (so only the
/// value rules can catch it): every number of every client, record and scenario set in turn to a
/// hostile value. Each file is refused with a list naming what is wrong, or (for a value the forms
/// accept, such as −0) accepted with every client passing the forms' rules.
#[test]
fn a_backup_with_hostile_values_and_a_recomputed_checksum_is_refused_with_a_list_or_is_valid() {
    use serde_json::Value;
    let good: Value = serde_json::from_str(&export_backup(&first_start_data(), "2026-11-23T10:00:00Z").unwrap()).unwrap();
    /// Paths of every number under `v`.
    fn numbers(v: &Value, path: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
        match v {
            Value::Number(_) => out.push(path.clone()),
            Value::Array(a) => a.iter().enumerate().for_each(|(i, x)| {
                path.push(i.to_string());
                numbers(x, path, out);
                path.pop();
            }),
            Value::Object(o) => o.iter().for_each(|(k, x)| {
                path.push(k.clone());
                numbers(x, path, out);
                path.pop();
            }),
            _ => {}
        }
    }
    let mut paths = Vec::new();
    numbers(&good["data"], &mut Vec::new(), &mut paths);
    assert!(paths.len() > 200, "the demo has many figures: {}", paths.len());
    let hostile =
        [Value::from(1e308), Value::from(-1e308), serde_json::json!(-0.0), Value::from(-5), Value::from(u64::MAX), Value::Null];
    let (mut refused, mut accepted) = (0, 0);
    for (i, path) in paths.iter().enumerate() {
        let mut file = good.clone();
        let mut at = &mut file["data"];
        for key in path {
            at = match at {
                Value::Array(a) => &mut a[key.parse::<usize>().unwrap()],
                other => &mut other[key.as_str()],
            };
        }
        *at = hostile[i % hostile.len()].clone();
        let data_json = serde_json::to_string(&file["data"]).unwrap();
        file["checksum"] = Value::from(format!("crc32:{:08x}", crc32fast::hash(data_json.as_bytes())));
        assert_eq!(file["format"], BACKUP_FORMAT);
        match import_backup(serde_json::to_string(&file).unwrap().as_bytes(), demo_as_of()) {
            Ok(b) => {
                accepted += 1;
                for c in &b.data.portfolio.clients {
                    assert!(check_stored_client(c, demo_as_of()).is_empty(), "{path:?} accepted with a broken client");
                }
            }
            Err(e) => {
                refused += 1;
                assert!(e.reason.to_string().contains("Nothing was changed"), "{path:?}: {e}");
            }
        }
    }
    assert!(refused > paths.len() / 2, "{refused} refused, {accepted} accepted");
}

/// Dates far outside any sane window, with a recomputed checksum, are refused and listed.
#[test]
fn a_backup_with_a_date_in_the_year_200000_is_refused_and_names_the_client() {
    let mut data = first_start_data();
    data.portfolio.clients[0].contract_end = chrono::NaiveDate::from_ymd_opt(200_000, 1, 1);
    data.portfolio.clients[1].interactions.push(retention_calculator::engine::model::Interaction {
        id: None,
        date: chrono::NaiveDate::from_ymd_opt(200, 1, 1).unwrap(),
        channel: Default::default(),
        who: String::new(),
        note: String::new(),
        sentiment: 0,
    });
    let text = export_backup(&data, "t").unwrap();
    let err = import_backup(text.as_bytes(), demo_as_of()).unwrap_err();
    assert_eq!(err.problems.len(), 2, "{err}");
    assert!(err.problems[0].to_string().contains(&data.portfolio.clients[0].company), "{err}");
    assert!(err.problems[1].to_string().contains("interaction"), "{err}");
}

#[test]
fn file_parsers_survive_random_csv_and_quotes() {
    use retention_calculator::engine::files::clients_csv::{guess_client_file, import_clients};
    use retention_calculator::engine::files::transactions::{parse_transactions, sniff};
    use retention_calculator::engine::model::Portfolio;
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
    let mut rng = Rng(7);
    for _ in 0..3_000 {
        let mut text = String::from("company;revenue;notes;contract_end;archived\n");
        for _ in 0..rng.below(8) {
            let cells: Vec<String> = (0..rng.below(6)).map(|_| random_text(&mut rng)).collect();
            text.push_str(&cells.join(";"));
            text.push('\n');
        }
        if let Ok(g) = guess_client_file(&text) {
            let out = import_clients(&text, g.delimiter, &g.mapping, &Portfolio::default(), today);
            let lines = text.lines().count().max(1);
            assert!(out.errors.iter().all(|e| e.line >= 1 && e.line <= lines + 1), "{text:?}");
            for e in &out.errors {
                // Row errors stay readable whatever the cells hold.
                assert!(e.text().to_string().chars().count() < 400, "{}", e.text());
            }
        }
        if let Ok(g) = sniff(&text) {
            let parsed = parse_transactions(&text, g.settings);
            assert!(parsed.data.transactions.iter().all(|t| t.amount.is_finite()));
        }
    }
}

#[test]
fn encoding_detection_and_decoding_survive_random_bytes() {
    use retention_calculator::engine::util::encoding::{detect_encoding, TextEncoding};
    use retention_calculator::worker::decode::{decode, StreamDecoder};
    let mut rng = Rng(11);
    for _ in 0..5_000 {
        let bytes: Vec<u8> = (0..rng.below(64)).map(|_| rng.next() as u8).collect();
        let detected = detect_encoding(&bytes);
        // Every encoding reads the bytes or refuses them in words; the detected one of valid
        // UTF-8 reads them.
        for e in TextEncoding::ALL {
            if let Err(msg) = decode(&bytes, e) {
                assert_eq!(msg.key, "data-encoding-invalid");
            }
        }
        if std::str::from_utf8(&bytes).is_ok() {
            assert_eq!(detected, TextEncoding::Utf8);
            assert!(decode(&bytes, detected).is_ok());
        }
        let mut d = StreamDecoder::new(detected).unwrap();
        for chunk in bytes.chunks(1 + rng.below(5)) {
            let _ = d.push(chunk);
        }
        let _ = d.finish();
    }
}

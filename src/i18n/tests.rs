//! The message files are complete: every language parses, has the same keys with the same
//! arguments, and every key the code uses exists.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use super::*;

/// Message id → the `$variables` its text uses, read from one language's files.
fn messages(lang: Lang) -> BTreeMap<String, (String, BTreeSet<String>)> {
    let (catalog, _) = Catalog::load(lang);
    let mut out = BTreeMap::new();
    for (area, source) in catalog.sources() {
        let mut current: Option<String> = None;
        for line in source.lines() {
            let starts_message = line.chars().next().is_some_and(|c| c.is_ascii_lowercase());
            if starts_message {
                if let Some((id, _)) = line.split_once('=') {
                    let id = id.trim().to_string();
                    assert!(
                        out.insert(id.clone(), (area.to_string(), BTreeSet::new())).is_none(),
                        "{}/{area}.ftl: `{id}` is defined twice",
                        lang.code()
                    );
                    current = Some(id);
                }
            } else if line.starts_with('#') || line.trim().is_empty() {
                if line.trim().is_empty() {
                    continue;
                }
                current = None;
                continue;
            }
            if let Some(id) = &current {
                let vars = &mut out.get_mut(id).expect("inserted above").1;
                let mut rest = line;
                while let Some(pos) = rest.find('$') {
                    rest = &rest[pos + 1..];
                    let name: String = rest.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-').collect();
                    if !name.is_empty() {
                        vars.insert(name);
                    }
                }
            }
        }
    }
    out
}

#[test]
fn every_language_parses_without_errors() {
    for lang in Lang::ALL {
        let (_, problems) = Catalog::load(lang);
        assert!(problems.is_empty(), "{}: {problems:#?}", lang.code());
    }
}

#[test]
fn every_language_has_every_key_with_the_same_arguments() {
    let en = messages(Lang::En);
    assert!(!en.is_empty());
    for lang in [Lang::Ro, Lang::Bg] {
        let other = messages(lang);
        let missing: Vec<_> = en.keys().filter(|k| !other.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{} is missing {} keys: {missing:?}", lang.code(), missing.len());
        let extra: Vec<_> = other.keys().filter(|k| !en.contains_key(*k)).collect();
        assert!(extra.is_empty(), "{} has keys English lacks: {extra:?}", lang.code());
        for (key, (area, vars)) in &en {
            let (other_area, other_vars) = &other[key];
            assert_eq!(area, other_area, "`{key}` is in {area}.ftl in English but {other_area}.ftl in {}", lang.code());
            assert_eq!(vars, other_vars, "`{key}` uses different arguments in {}", lang.code());
        }
    }
}

/// Keys in a file whose name is not their longest matching prefix: every key of `X.ftl` starts
/// with `X-`, and where two files' names nest (`brief` and `brief-ui`) a key belongs to the longer
/// one it starts with (`brief-ui-title` in `brief-ui.ftl`, `brief-point-…` in `brief.ftl`).
fn keys_in_the_wrong_file(files: &[(&str, &'static str)]) -> Vec<String> {
    let mut wrong = Vec::new();
    for (file, source) in files {
        for key in super::stored::message_ids(source) {
            let home = files
                .iter()
                .map(|(name, _)| *name)
                .filter(|name| key.strip_prefix(name).is_some_and(|rest| rest.starts_with('-')))
                .max_by_key(|name| name.len());
            match home {
                Some(home) if home == *file => {}
                Some(home) => wrong.push(format!("`{key}` is in {file}.ftl but belongs in {home}.ftl")),
                None => wrong.push(format!("`{key}` in {file}.ftl starts with no file's name")),
            }
        }
    }
    wrong
}

#[test]
fn every_key_is_in_the_file_its_prefix_names() {
    for lang in Lang::ALL {
        let (catalog, _) = Catalog::load(lang);
        let files: Vec<_> = catalog.sources().collect();
        let wrong = keys_in_the_wrong_file(&files);
        assert!(wrong.is_empty(), "{}: {wrong:#?}", lang.code());
    }
}

#[test]
fn the_wrong_file_check_finds_keys_in_the_wrong_file() {
    let brief = "## brief\nbrief-point = A point\nbrief-ui-title = Brief\n    .title = x\n# brief-comment = not a key\n";
    let brief_ui = "brief-ui-label = Label\nbrief-section = Section\n";
    let data = "data-ok = Fine\ndatabase-x = Not data-\nportfolio-name = Elsewhere\n";
    let wrong = keys_in_the_wrong_file(&[("brief", brief), ("brief-ui", brief_ui), ("data", data)]);
    assert_eq!(
        wrong,
        [
            "`brief-ui-title` is in brief.ftl but belongs in brief-ui.ftl",
            "`brief-section` is in brief-ui.ftl but belongs in brief.ftl",
            "`database-x` in data.ftl starts with no file's name",
            "`portfolio-name` in data.ftl starts with no file's name",
        ]
    );
    assert!(keys_in_the_wrong_file(&[("brief", "brief-point = A\n"), ("brief-ui", "brief-ui-x = B\n")]).is_empty());
}

/// Keys written in the code: the literal first argument of `t(`, `ta(`, `Text::new(` or `k!(`.
fn keys_used_in(dir: &Path, out: &mut BTreeMap<String, String>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            keys_used_in(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            // Comments (and doc examples) are not uses.
            let text: String = std::fs::read_to_string(&path)
                .unwrap_or_default()
                .lines()
                .filter(|l| !l.trim_start().starts_with("//"))
                .collect::<Vec<_>>()
                .join("\n");
            for marker in ["t(\"", "ta(\"", "Text::new(\"", "k!(\""] {
                let mut rest = text.as_str();
                while let Some(pos) = rest.find(marker) {
                    let before = rest[..pos].chars().last();
                    rest = &rest[pos + marker.len()..];
                    // `format!("` or `print(` are not ours: the marker must start a word.
                    if marker.starts_with('t') && before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                        continue;
                    }
                    let key: String = rest.chars().take_while(|c| *c != '"').collect();
                    out.entry(key).or_insert_with(|| path.display().to_string());
                }
            }
        }
    }
}

#[test]
fn every_key_the_code_uses_exists_in_english() {
    let en = messages(Lang::En);
    let mut used = BTreeMap::new();
    keys_used_in(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut used);
    let missing: Vec<_> = used
        .iter()
        .filter(|(k, _)| {
            let id = k.split('.').next().unwrap_or(k);
            !en.contains_key(id)
        })
        .map(|(k, file)| format!("{k} ({file})"))
        .collect();
    assert!(missing.is_empty(), "keys used but not defined: {missing:#?}");
}

#[test]
fn messages_render_with_arguments_and_plurals() {
    let en = Catalog::load(Lang::En).0;
    let ro = Catalog::load(Lang::Ro).0;
    let bg = Catalog::load(Lang::Bg).0;
    assert_eq!(en.format("common-clients-count", &[("n", 1.into())]), "1 client");
    assert_eq!(en.format("common-clients-count", &[("n", 1234.into())]), "1,234 clients");
    assert_eq!(ro.format("common-clients-count", &[("n", 1.into())]), "1 client");
    assert_eq!(ro.format("common-clients-count", &[("n", 3.into())]), "3 clienți");
    assert_eq!(ro.format("common-clients-count", &[("n", 20.into())]), "20 de clienți");
    assert_eq!(bg.format("common-clients-count", &[("n", 3.into())]), "3 клиента");
    // A missing key shows as itself, never as blank.
    assert_eq!(en.format("no-such-key", &[]), "no-such-key");
}

#[test]
fn languages_are_negotiated_from_the_browser_list() {
    assert_eq!(Lang::negotiate(["ro-RO", "en-US"]), Lang::Ro);
    assert_eq!(Lang::negotiate(["de-DE", "bg"]), Lang::Bg);
    assert_eq!(Lang::negotiate(["de-DE", "fr"]), Lang::En);
    assert_eq!(Lang::negotiate([]), Lang::En);
    assert_eq!(Lang::from_code("RO_md"), Some(Lang::Ro));
}

#[test]
fn plain_formats_read_as_english() {
    assert_eq!(plain_number(1_234_567.891, 2), "1,234,567.89");
    assert_eq!(plain_number(-1500.0, 0), "−1,500");
    assert_eq!(plain_number(-0.2, 0), "0");
    assert_eq!(plain_number(12.5, 2), "12.5");
    let f = PlainFormats::default();
    assert_eq!(f.money(12_500.0), "EUR 12,500");
    assert_eq!(f.percent(0.1234, 1), "12.3%");
    let text = Text::new("common-clients-count").arg("n", 2);
    assert_eq!(text.to_string(), "2 clients");
}

#[test]
fn input_numbers_use_the_languages_decimal_separator() {
    set_lang(Lang::Ro);
    assert_eq!(input_number(0.85, 4), "0,85");
    assert_eq!(input_number(1200.0, 2), "1200");
    set_lang(Lang::En);
    assert_eq!(input_number(0.85, 4), "0.85");
    assert_eq!(input_number(-0.0001, 2), "0");
}

#[test]
fn fixed_decimals_keep_their_zeros() {
    assert_eq!(number_fixed(0.70408, 3), "0.704");
    assert_eq!(number_fixed(0.7, 3), "0.700");
    assert_eq!(number_fixed(12_345.0, 3), "12,345.000");
    assert_eq!(number_fixed(-1.5, 2), "−1.50");
    assert_eq!(number_fixed(2.0, 0), "2");
    assert_eq!(number_fixed(f64::NAN, 3), "–");
}

#[test]
fn signed_changes_show_their_sign() {
    assert_eq!(signed(126_500.0, 0), "+126,500");
    assert_eq!(signed(-18.2, 0), "−18");
    assert_eq!(signed(0.2, 0), "0");
    assert_eq!(signed(-0.2, 0), "0");
}

#[test]
#[ignore = "timing, run by hand: cargo test --release --lib i18n::tests::time_load -- --ignored --nocapture"]
fn time_load() {
    for lang in Lang::ALL {
        let t0 = std::time::Instant::now();
        let (c, _) = Catalog::load(lang);
        let t1 = t0.elapsed();
        let t2 = std::time::Instant::now();
        for _ in 0..1000 {
            std::hint::black_box(c.format("common-clients-count", &[("n", 3.into())]));
        }
        println!("{}: load {:?}, format {:?} per message", lang.code(), t1, t2.elapsed() / 1000);
    }
}

#[test]
fn compact_figures_for_axes() {
    let f = PlainFormats::default();
    assert_eq!(f.compact(1_250_000.0), "1.2M");
    assert_eq!(f.compact(350_000.0), "350k");
    assert_eq!(f.compact(-20_000.0), "−20k");
    assert_eq!(f.compact(12.0), "12");
}

/// Whether `s` lies inside the embedded text of one of the English message files.
fn in_message_files(s: &str) -> bool {
    let span = |t: &str| (t.as_ptr() as usize, t.as_ptr() as usize + t.len());
    let (from, to) = span(s);
    sources(Lang::En).iter().any(|(_, f)| {
        let (start, end) = span(f);
        start <= from && to <= end
    })
}

#[test]
fn stored_keys_and_argument_names_resolve_to_the_message_files() {
    use super::stored::{known_argument_name, known_key};
    // A key read back is the message files' own string, not a copy kept for the life of the page.
    let stored = String::from("data-study-model-failed");
    let key = known_key(&stored).expect("a known key");
    assert_eq!(key, "data-study-model-failed");
    assert!(in_message_files(key));
    // Attributes are shown by `id.attribute`, as `t` shows them.
    assert_eq!(known_key("scoring-band-low.lower"), Some("scoring-band-low.lower"));
    assert_eq!(known_key("scoring-band-low.upper"), None);
    for unknown in ["", "no-such-key", "data-study", "Data-study-model-failed", &"a".repeat(101)] {
        assert_eq!(known_key(unknown), None, "{unknown}");
    }
    // Every message of every file is known, in the first and the last file too.
    for (_, source) in Catalog::load(Lang::En).0.sources() {
        for id in super::stored::message_ids(source) {
            assert_eq!(known_key(id), Some(id));
        }
    }
    let name = known_argument_name(&String::from("limit")).expect("a known name");
    assert_eq!(name, "limit");
    assert!(in_message_files(name));
    assert_eq!(known_argument_name("n"), Some("n"));
    for unknown in ["", "no_such_argument", "Limit", "li mit", &"n".repeat(33)] {
        assert_eq!(known_argument_name(unknown), None, "{unknown}");
    }
}

#[test]
fn the_stored_key_table_has_what_fluent_shows() {
    // The table of keys stored messages resolve to is read from the files' text; Fluent's own
    // parse of them must agree: a key for each message with a value and for each attribute. The
    // table is read from English, so every language must have the same keys, attributes included.
    let mut english = BTreeSet::new();
    for lang in Lang::ALL {
        let (catalog, _) = Catalog::load(lang);
        let mut all = BTreeSet::new();
        for (area, source) in catalog.sources() {
            let keys: BTreeSet<String> = super::stored::message_keys(source).into_iter().map(|k| k.into_owned()).collect();
            all.extend(keys.iter().cloned());
            let mut expected = BTreeSet::new();
            for id in super::stored::message_ids(source) {
                let message = catalog.bundle.get_message(id).expect("a parsed message");
                if message.value().is_some() {
                    expected.insert(id.to_string());
                }
                expected.extend(message.attributes().map(|a| format!("{id}.{}", a.id())));
            }
            assert_eq!(keys, expected, "{}/{area}.ftl", lang.code());
        }
        if lang == Lang::En {
            english = all;
        } else {
            let differ: Vec<_> = english.symmetric_difference(&all).collect();
            assert!(differ.is_empty(), "{} and English differ in {differ:?}", lang.code());
        }
    }
    let source = "plain = A\nblock =\n    on the next line\nselect = { $n ->\n   *[other] x\n}\n    .short = y\nno-value =\n    .only = z\n-term = T\n# note = no\n";
    let keys: Vec<_> = super::stored::message_keys(source).into_iter().map(|k| k.into_owned()).collect();
    assert_eq!(keys, ["plain", "block", "select", "select.short", "no-value.only"]);
}

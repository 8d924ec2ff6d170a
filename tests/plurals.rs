#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Counts in every language go through Fluent's plural selectors: no "(s)" anywhere, and a
//! message whose Romanian or Bulgarian text chooses a plural form of a count chooses one in
//! English too (else English says "1 clients").

use std::collections::BTreeMap;

/// The messages of one language: key → source text (the first line and its continuation lines).
fn messages(lang: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let dir = format!("{}/src/i18n/{lang}", env!("CARGO_MANIFEST_DIR"));
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "ftl") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let mut key = None::<String>;
        for line in text.lines() {
            let starts_message = line.chars().next().is_some_and(|c| c.is_ascii_lowercase()) && line.contains(" =");
            if starts_message {
                let k = line.split(" =").next().unwrap().trim().to_string();
                out.insert(k.clone(), line.to_string());
                key = Some(k);
            } else if let Some(k) = &key {
                if line.starts_with('#') {
                    continue;
                }
                let m = out.get_mut(k).unwrap();
                m.push('\n');
                m.push_str(line);
            }
        }
    }
    out
}

/// The variables the message selects a plural form on (`{ $n ->` with a `[one]` variant).
fn plural_selectors(message: &str) -> Vec<String> {
    if !message.contains("[one]") {
        return Vec::new();
    }
    message
        .match_indices("{ $")
        .filter_map(|(i, _)| {
            let rest = &message[i + 3..];
            let name: String = rest.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-').collect();
            rest[name.len()..].trim_start().starts_with("->").then_some(name)
        })
        .collect()
}

#[test]
fn no_message_writes_a_plural_as_s_in_brackets() {
    for lang in ["en", "ro", "bg"] {
        for (key, m) in messages(lang) {
            assert!(!m.contains("(s)") && !m.contains("(e)") && !m.contains("(i)"), "{lang} {key}: {m}");
        }
    }
}

#[test]
fn english_chooses_a_plural_wherever_romanian_or_bulgarian_do() {
    let en = messages("en");
    let mut missing = Vec::new();
    for lang in ["ro", "bg"] {
        for (key, m) in messages(lang) {
            let Some(english) = en.get(&key) else { continue };
            let theirs = plural_selectors(&m);
            let ours = plural_selectors(english);
            for var in theirs {
                // Limits are constants above one ("at most 120 characters").
                if ["max", "min", "limit"].contains(&var.as_str()) || ours.contains(&var) {
                    continue;
                }
                // English needs a plural where the count is followed by a plural noun.
                let count = format!("{{ ${var} }} ");
                let plural_noun = english.match_indices(&count).any(|(i, _)| {
                    let rest = &english[i + count.len()..];
                    let rest = rest.strip_prefix("new ").or_else(|| rest.strip_prefix("repeat ")).unwrap_or(rest);
                    let word: String = rest.chars().take_while(|c| c.is_alphabetic() || *c == '(' || *c == ')').collect();
                    word.ends_with('s') || word.ends_with("(s)")
                });
                if plural_noun {
                    missing.push(format!("{key} (${var}, chosen in {lang}): {english}"));
                }
            }
        }
    }
    missing.sort();
    missing.dedup();
    assert!(missing.is_empty(), "English messages counting without a plural:\n{}", missing.join("\n"));
}

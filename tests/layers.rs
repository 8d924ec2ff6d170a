//! The engine's layers point one way. This test reads every file under `src/engine/`, finds each
//! path it names (`use` lines and paths written inline, `crate::engine::…` and `super::…`), and
//! fails on a module that uses a layer above its own, a sibling after it in its folder, a folder's
//! own facade from inside the folder, or anything of the browser or the app (yew, web-sys,
//! js-sys, gloo, wasm-bindgen, `crate::ui`, `crate::store`). A total order cannot hold a cycle, so
//! passing also means there is no import cycle. Test modules (`#[cfg(test)] mod tests` at the end
//! of a file, and `tests.rs` files) are left out: tests may use the sample data of any layer.
//!
//! Where a new module goes: add it to `LAYERS` (a new top-level module) or to `FOLDERS` (a new
//! file in a folder), in the place its imports allow; `docs/architecture.md` draws the same order.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests: a failed unwrap is a failed test

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

/// The top-level engine modules, lowest first: each may use only those before it.
const LAYERS: &[&str] = &[
    "util",
    "model",
    "sample",
    "profit",
    "clv",
    "retention",
    "scoring",
    "scenario",
    "retention_portfolio",
    "btyd",
    "purchases",
    "brief",
    "files",
];

/// The files of each folder, lowest first: each may use only the siblings before it.
const FOLDERS: &[(&str, &[&str])] = &[
    ("util", &["parse", "csv", "encoding", "chart", "rng", "sort", "special", "optimize", "linalg"]),
    ("model", &["ids", "keyed", "dossier", "client", "portfolio", "draft"]),
    ("sample", &["demo", "generator"]),
    ("retention", &["cohorts", "table", "curve", "fit", "value", "projection", "kaplan_meier", "tenure"]),
    ("scoring", &["contribution", "profit", "loyalty", "risk", "portfolio", "table", "history", "backtest", "learn"]),
    (
        "btyd",
        &[
            "error",
            "transactions",
            "summary",
            "fit",
            "bgnbd",
            "pareto",
            "mbgnbd",
            "bgbb",
            "gamma_gamma",
            "value",
            "validation",
            "probability",
            "uncertainty",
            "occasions",
        ],
    ),
    ("files", &["clients_csv", "transactions", "customer_values", "dossier", "summary_csv"]),
];

/// Crates and app modules the engine never names.
const FORBIDDEN: &[&str] = &["yew", "web_sys", "js_sys", "gloo", "wasm_bindgen", "crate::ui", "crate::store", "crate::bench"];

/// Where a file sits: its top-level module and, inside a folder, its own name (`None` for a
/// top-level file or a folder's `mod.rs`).
#[derive(Clone, Debug, PartialEq)]
struct Place {
    top: String,
    sub: Option<String>,
}

fn place_of(relative: &str) -> Place {
    let no_ext = relative.trim_end_matches(".rs");
    match no_ext.split_once('/') {
        Some((top, "mod")) => Place { top: top.into(), sub: None },
        Some((top, sub)) => Place { top: top.into(), sub: Some(sub.into()) },
        None => Place { top: no_ext.into(), sub: None },
    }
}

/// The source without comments, string literals and its trailing test module.
fn code_of(source: &str) -> String {
    let cut = source.find("#[cfg(test)]\nmod tests").unwrap_or(source.len());
    let mut out = String::new();
    for line in source[..cut].lines() {
        let line = match line.find("//") {
            Some(i) => &line[..i],
            None => line,
        };
        // Drop string literals so that message text never reads as a path.
        let mut in_str = false;
        let mut prev = ' ';
        for c in line.chars() {
            if c == '"' && prev != '\\' {
                in_str = !in_str;
            } else if !in_str {
                out.push(c);
            }
            prev = c;
        }
        out.push('\n');
    }
    out
}

fn ident_at(s: &str) -> &str {
    let end = s.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).unwrap_or(s.len());
    &s[..end]
}

/// Each path the code names after `prefix`: its first one or two segments, with `{a::x, b}`
/// groups expanded one level (`crate::engine::{a::x, b::y}` names `a` and `b`).
fn paths_after(code: &str, prefix: &str) -> Vec<(String, Option<String>)> {
    let mut found = Vec::new();
    let mut rest = code;
    while let Some(i) = rest.find(prefix) {
        let before = rest[..i].chars().last();
        let after = &rest[i + prefix.len()..];
        rest = after;
        if matches!(before, Some(c) if c.is_ascii_alphanumeric() || c == '_' || c == '$') && prefix != "super::" {
            continue;
        }
        let heads: Vec<&str> = if let Some(group) = after.strip_prefix('{') {
            let end = group.find('}').unwrap_or(group.len());
            group[..end].split(',').map(str::trim).filter(|s| !s.is_empty()).collect()
        } else {
            vec![after]
        };
        for h in heads {
            let first = ident_at(h);
            if first.is_empty() {
                continue;
            }
            let second = h[first.len()..].strip_prefix("::").map(ident_at).filter(|s| !s.is_empty()).map(String::from);
            found.push((first.to_string(), second));
        }
    }
    found
}

fn rank(list: &[&str], name: &str) -> Option<usize> {
    list.iter().position(|x| *x == name)
}

fn folder(top: &str) -> Option<&'static [&'static str]> {
    FOLDERS.iter().find(|(f, _)| *f == top).map(|(_, files)| *files)
}

/// Every rule the file at `relative` breaks, in words.
fn problems(relative: &str, source: &str) -> Vec<String> {
    let here = place_of(relative);
    let code = code_of(source);
    let mut out = Vec::new();
    for bad in FORBIDDEN {
        let mut rest = code.as_str();
        while let Some(i) = rest.find(bad) {
            let before = rest[..i].chars().last();
            let after = rest[i + bad.len()..].chars().next();
            let word = |c: Option<char>| matches!(c, Some(c) if c.is_ascii_alphanumeric() || c == '_');
            if !word(before) && !word(after) {
                out.push(format!("{relative}: names `{bad}`: the engine never knows it runs in a browser or an app"));
                break;
            }
            rest = &rest[i + bad.len()..];
        }
    }
    if relative == "mod.rs" {
        // The engine's own facade declares the layers and re-exports a few types.
        return out;
    }
    let Some(my_rank) = rank(LAYERS, &here.top) else {
        out.push(format!("{relative}: `{}` is not in LAYERS: give the new module its place", here.top));
        return out;
    };
    if let Some(sub) = &here.sub {
        if folder(&here.top).and_then(|f| rank(f, sub)).is_none() {
            out.push(format!("{relative}: `{}::{sub}` is not in FOLDERS: give the new file its place", here.top));
            return out;
        }
    }
    // Targets as (top, sub): `crate::engine::a::b` and, resolved against this file, `super::x`.
    let mut targets: Vec<(String, Option<String>)> = paths_after(&code, "crate::engine::");
    for (first, second) in paths_after(&code, "super::") {
        if first == "super" {
            out.push(format!("{relative}: `super::super::` — name the module by its `crate::engine::` path"));
        } else if here.sub.is_some() {
            targets.push((here.top.clone(), Some(first)));
        } else if first != "*" {
            // `super` of a top-level file or a facade is the engine itself.
            targets.push((first, second));
        }
    }
    for (top, sub) in targets {
        let Some(their_rank) = rank(LAYERS, &top) else {
            out.push(format!("{relative}: uses `{top}`, which is not an engine module in LAYERS"));
            continue;
        };
        if top != here.top {
            if their_rank > my_rank {
                out.push(format!("{relative}: `{}` uses `{top}`, a layer above it", here.top));
            }
            continue;
        }
        // Inside one module: a facade (`mod.rs`) may name its own files; a file may name only the
        // siblings before it, never its facade.
        let (Some(files), Some(mine)) = (folder(&top), here.sub.as_deref()) else { continue };
        match sub.as_deref().and_then(|s| rank(files, s).map(|r| (s, r))) {
            Some((s, r)) if r >= rank(files, mine).unwrap_or(0) && s != mine => {
                out.push(format!("{relative}: `{top}::{mine}` uses `{top}::{s}`, which comes after it"));
            }
            Some(_) => {}
            None => out.push(format!(
                "{relative}: `{top}::{mine}` uses its folder's facade (`{}`); name the sibling file instead",
                sub.unwrap_or_default()
            )),
        }
    }
    out
}

fn engine_files(dir: &Path, base: &Path, out: &mut BTreeMap<String, String>) {
    let Ok(entries) = fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            engine_files(&p, base, out);
        } else if p.extension().is_some_and(|x| x == "rs") && p.file_name().is_some_and(|n| n != "tests.rs") {
            let rel = p.strip_prefix(base).map(|r| r.to_string_lossy().replace('\\', "/")).unwrap_or_default();
            out.insert(rel, fs::read_to_string(&p).unwrap_or_default());
        }
    }
}

#[test]
fn every_engine_module_uses_only_layers_below_it() {
    let base = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/engine");
    let mut files = BTreeMap::new();
    engine_files(&base, &base, &mut files);
    assert!(files.len() > 30, "the engine's files were found ({} of them)", files.len());
    let all: Vec<String> = files.iter().flat_map(|(rel, src)| problems(rel, src)).collect();
    assert!(all.is_empty(), "layering problems:\n{}", all.join("\n"));
}

#[test]
fn the_check_catches_an_upward_import_a_late_sibling_a_facade_and_the_browser() {
    // profit is below scoring: naming scoring from profit points up.
    let up = problems("profit.rs", "use crate::engine::scoring::RiskWeights;\n");
    assert!(up.iter().any(|p| p.contains("a layer above")), "{up:?}");
    // A grouped import is read too.
    let grouped = problems("clv.rs", "use crate::engine::{model::Client, brief::tenure};\n");
    assert!(grouped.iter().any(|p| p.contains("`brief`")), "{grouped:?}");
    // loyalty comes before risk in scoring/.
    let late = problems("scoring/loyalty.rs", "use super::risk::RiskWeights;\n");
    assert!(late.iter().any(|p| p.contains("comes after it")), "{late:?}");
    let facade = problems("scoring/risk.rs", "use crate::engine::scoring::ClientScores;\n");
    assert!(facade.iter().any(|p| p.contains("facade")), "{facade:?}");
    let web = problems("brief.rs", "use web_sys::Window;\n");
    assert!(web.iter().any(|p| p.contains("web_sys")), "{web:?}");
    let new = problems("forecast.rs", "");
    assert!(new.iter().any(|p| p.contains("not in LAYERS")), "{new:?}");
    // What is allowed stays quiet: a lower layer, an earlier sibling, test code, comments, strings.
    let fine = "use crate::engine::model::Client;\nuse super::contribution::Contribution;\n\
                // crate::engine::files is only mentioned\nconst K: &str = \"crate::engine::files\";\n\
                #[cfg(test)]\nmod tests {\n    use crate::engine::files::dossier::dossier_csv;\n}\n";
    assert_eq!(problems("scoring/risk.rs", fine), Vec::<String>::new());
}

//! Messages kept in storage (a purchase study's problems): each as its message key and typed
//! arguments, so it is shown in the reader's language when read back. Use on a `Vec<Text>` field
//! with `#[serde(with = "crate::i18n::stored")]`.
//!
//! Stored as `{"args":[["name",{"num":3.0}],…],"key":"…"}`; an argument is one of `str`, `num`,
//! `dec` (`[value, decimals]`), `money`, `percent` (a share, or `null` for a dash), `date`
//! (`YYYY-MM-DD`) or `text` (another message). A figure that is not finite is kept as the dash it
//! shows (JSON cannot hold it).
//!
//! Reading is lenient: an older version's English sentence is kept as it is, and anything else
//! unexpected (a key the message files do not define, a value of the wrong shape) is kept as text
//! rather than refusing the whole study. A key read back is the `&'static str` of a table of the
//! keys the English message files define, and an argument name one of the names the messages use:
//! nothing read from storage is kept for the life of the page, and nothing is translated to read it.

use std::borrow::Cow;
use std::sync::OnceLock;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{json, Value};

use super::{sources, Arg, Lang, Text};

/// Longest key read back as a message.
const MAX_KEY_LEN: usize = 100;
/// Longest argument name read back.
const MAX_NAME_LEN: usize = 32;
/// Deepest nesting of messages in arguments read back.
const MAX_DEPTH: usize = 8;

/// The message that shows a stored text as it is.
const AS_IS: &str = "data-study-stored-text";

pub fn serialize<S: Serializer>(texts: &[Text], serializer: S) -> Result<S::Ok, S::Error> {
    texts.iter().map(text_value).collect::<Vec<Value>>().serialize(serializer)
}

pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<Text>, D::Error> {
    let values = Vec::<Value>::deserialize(deserializer)?;
    Ok(values.into_iter().map(|v| read_text(v, 0)).collect())
}

/// The ids of the messages in one message file, as written there: a line that starts with a
/// letter and `id =` starts a message (comments start with `#`, terms with `-`, and the rest of a
/// message is indented or closes a selector with `}`).
pub(super) fn message_ids(source: &'static str) -> impl Iterator<Item = &'static str> {
    source.lines().filter_map(|line| {
        if !line.starts_with(|c: char| c.is_ascii_alphabetic()) {
            return None;
        }
        let end = line.find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_')).unwrap_or(line.len());
        line[end..].trim_start().starts_with('=').then(|| &line[..end])
    })
}

/// The keys one message file defines, as [`t`](super::t) shows them: a message's id when it has
/// a value (a message without one shows as its key), and `id.attribute` for each attribute (an
/// indented line starting with `.`, which Fluent allows nowhere else). Ids are borrowed from the
/// file's text; only attribute keys are put together.
pub(super) fn message_keys(source: &'static str) -> Vec<Cow<'static, str>> {
    let ident_end = |s: &str| s.find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_')).unwrap_or(s.len());
    let mut keys = Vec::new();
    // The message being read, and whether its value may still start on a following line.
    let mut current: Option<(&'static str, bool)> = None;
    for line in source.lines() {
        if line.trim().is_empty() {
            continue;
        }
        if let Some(id) = message_ids(line).next() {
            let value_here = !line[id.len()..].trim_start()[1..].trim().is_empty();
            if value_here {
                keys.push(Cow::Borrowed(id));
            }
            current = Some((id, !value_here));
            continue;
        }
        // A comment or a term ends the message; anything else (indented, or the `}` closing a
        // selector) goes on with it.
        if line.starts_with(['#', '-']) {
            current = None;
            continue;
        }
        let Some((id, value_pending)) = current.as_mut() else { continue };
        let indented = line.trim_start();
        if let Some(attr) = indented.strip_prefix('.') {
            let end = ident_end(attr);
            if end > 0 && attr[end..].trim_start().starts_with('=') {
                keys.push(Cow::Owned(format!("{id}.{}", &attr[..end])));
            }
            *value_pending = false;
        } else if std::mem::take(value_pending) {
            keys.push(Cow::Borrowed(*id));
        }
    }
    keys
}

/// Every key a message can be shown by, sorted: the English message files define them, and every
/// language has the same (the completeness test).
fn keys() -> &'static [Cow<'static, str>] {
    static KEYS: OnceLock<Vec<Cow<'static, str>>> = OnceLock::new();
    // In the browser the English files arrive before the first render; never keep an empty table.
    if KEYS.get().is_none() && !super::has_messages(Lang::En) {
        return &[];
    }
    KEYS.get_or_init(|| {
        let mut keys: Vec<_> = sources(Lang::En).into_iter().flat_map(|(_, source)| message_keys(source)).collect();
        crate::engine::util::sort::sort_by(&mut keys, Ord::cmp);
        keys.dedup();
        keys
    })
}

/// Every argument name the messages use (`$name`), sorted, borrowed from the embedded file text.
fn argument_names() -> &'static [&'static str] {
    static NAMES: OnceLock<Vec<&'static str>> = OnceLock::new();
    if NAMES.get().is_none() && !super::has_messages(Lang::En) {
        return &[];
    }
    NAMES.get_or_init(|| {
        let mut names = Vec::new();
        for (_, source) in sources(Lang::En) {
            let mut rest = source;
            while let Some(pos) = rest.find('$') {
                rest = &rest[pos + 1..];
                let end = rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_')).unwrap_or(rest.len());
                if rest.starts_with(|c: char| c.is_ascii_alphabetic()) {
                    names.push(&rest[..end]);
                }
            }
        }
        crate::engine::util::sort::sort_by(&mut names, Ord::cmp);
        names.dedup();
        names
    })
}

/// The `&'static str` of a stored key the message files define, or `None`.
pub fn known_key(key: &str) -> Option<&'static str> {
    if key.is_empty() || key.len() > MAX_KEY_LEN {
        return None;
    }
    let keys = keys();
    keys.binary_search_by(|k| k.as_ref().cmp(key)).ok().map(|i| keys[i].as_ref())
}

/// The `&'static str` of a stored argument name the messages use, or `None`.
pub fn known_argument_name(name: &str) -> Option<&'static str> {
    let plausible = !name.is_empty()
        && name.len() <= MAX_NAME_LEN
        && name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-');
    if !plausible {
        return None;
    }
    let names = argument_names();
    names.binary_search(&name).ok().map(|i| names[i])
}

fn arg_value(arg: &Arg) -> Value {
    match arg {
        Arg::Str(s) => json!({ "str": s }),
        Arg::Num(n) if n.is_finite() => json!({ "num": n }),
        Arg::Dec(n, d) if n.is_finite() => json!({ "dec": [n, d] }),
        Arg::Money(v) if v.is_finite() => json!({ "money": v }),
        Arg::Percent(Some(s)) if s.is_finite() => json!({ "percent": s }),
        Arg::Percent(_) => json!({ "percent": null }),
        Arg::Date(d) => json!({ "date": d.to_string() }),
        Arg::Text(t) => json!({ "text": text_value(t) }),
        // JSON has no NaN or infinity: a figure that is not finite is kept as the dash it shows.
        Arg::Num(_) | Arg::Dec(..) | Arg::Money(_) => json!({ "str": "–" }),
    }
}

fn text_value(t: &Text) -> Value {
    let args: Vec<Value> = t.args.iter().map(|(name, arg)| json!([name, arg_value(arg)])).collect();
    json!({ "key": t.key, "args": args })
}

/// Text shown as it was stored.
fn as_is(text: String) -> Text {
    Text::new(AS_IS).arg("text", text)
}

fn read_arg(v: &Value, depth: usize) -> Arg {
    let Some((kind, v)) = v.as_object().and_then(|o| o.iter().next()) else {
        return Arg::Str(v.as_str().unwrap_or_default().to_string());
    };
    let num = |v: &Value| v.as_f64().filter(|n| n.is_finite());
    let arg = match kind.as_str() {
        "str" => v.as_str().map(|s| Arg::Str(s.to_string())),
        "num" => num(v).map(Arg::Num),
        "dec" => match v.as_array().map(Vec::as_slice) {
            Some([n, d]) => num(n).zip(d.as_u64()).map(|(n, d)| Arg::Dec(n, d.min(6) as u8)),
            _ => None,
        },
        "money" => num(v).map(Arg::Money),
        "percent" => Some(Arg::Percent(num(v))),
        "date" => v.as_str().and_then(crate::engine::util::parse::parse_iso_date).map(Arg::Date),
        "text" => Some(Arg::Text(Box::new(read_text(v.clone(), depth + 1)))),
        _ => None,
    };
    arg.unwrap_or_else(|| Arg::Str(String::new()))
}

fn read_text(v: Value, depth: usize) -> Text {
    match v {
        Value::String(s) => as_is(s),
        Value::Object(o) if depth < MAX_DEPTH => {
            let key = o.get("key").and_then(Value::as_str).unwrap_or_default();
            let Some(key) = known_key(key) else {
                return as_is(key.to_string());
            };
            let mut text = Text::new(key);
            for pair in o.get("args").and_then(Value::as_array).map(Vec::as_slice).unwrap_or_default() {
                if let Some([name, value]) = pair.as_array().map(Vec::as_slice) {
                    if let Some(name) = name.as_str().and_then(known_argument_name) {
                        text = text.arg(name, read_arg(value, depth));
                    }
                }
            }
            text
        }
        other => as_is(if other.is_null() { String::new() } else { other.to_string() }),
    }
}

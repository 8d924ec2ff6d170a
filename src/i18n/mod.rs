//! Translations and locale formats.
//!
//! Every string a user reads comes from a Project Fluent message file, one set per language:
//! `src/i18n/<lang>/<prefix>.ftl` (`en`, `ro`, `bg`), each named by the prefix of its keys. The
//! message files are compiled in natively; the app in the browser fetches the languages it shows
//! from same-origin files that the service worker keeps for offline use (see `message_files!`).
//! Each language is parsed once, on first use.
//!
//! - [`t`] / [`ta`] give the message for a key in the current language, with arguments.
//! - The engine returns [`Text`] (a key and typed arguments) wherever it explains something, so it
//!   stays free of any language; the UI renders it with [`tt`]. `Text` displays in English with
//!   plain formats, which is what native tests and CSV/Markdown exports read. Where a `Text` is
//!   kept in storage, [`stored`] writes and reads it as its key and arguments.
//! - Numbers, money, percentages and dates inside messages are formatted by the current
//!   [`Formats`]: in the browser the `Intl` formats of the chosen locale (set by the UI), natively a
//!   plain English fallback.
//!
//! This module is pure Rust (no browser APIs) and tested natively.

use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt;
use std::rc::Rc;

use chrono::NaiveDate;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

pub mod stored;

/// The languages of the UI.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Ro,
    Bg,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Ro, Lang::Bg];

    /// The code stored in settings and used for the message files.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ro => "ro",
            Lang::Bg => "bg",
        }
    }

    /// The BCP 47 locale handed to `Intl` and set as the page's `lang`.
    pub fn locale(self) -> &'static str {
        match self {
            Lang::En => "en-GB",
            Lang::Ro => "ro-RO",
            Lang::Bg => "bg-BG",
        }
    }

    /// The language's own name, as shown in the language menu.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Ro => "Română",
            Lang::Bg => "Български",
        }
    }

    /// `"ro"`, `"ro-RO"`, `"RO_md"` → Romanian; unknown → `None`.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.trim().split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The first of the browser's preferred languages we speak, else English.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Lang {
        preferred.into_iter().find_map(Lang::from_code).unwrap_or_default()
    }

    /// The decimal separator people of this language type.
    pub fn decimal_separator(self) -> char {
        match self {
            Lang::En => '.',
            Lang::Ro | Lang::Bg => ',',
        }
    }
}

/// Marks a message key written down for later use (in a table or a match), so the completeness
/// test finds it: `k!("stage-lost")` is just the literal.
#[macro_export]
macro_rules! k {
    ($key:literal) => {
        $key
    };
}

/// The message files, one per area of the app, per language. A file's name is the prefix of its
/// keys: every key in `X.ftl` starts with `X-`, and where names nest (`brief`, `brief-ui`) a key is
/// in the file of the longest prefix it starts with (the completeness test checks it).
///
/// Natively (tests, exports, benchmarks) and with the `embed-messages` feature (the wasm tests)
/// the files are compiled in. The app in the browser does not carry them: the build writes each
/// language's files, in this order, into one same-origin file `/i18n/<lang>.ftl` (the post-build
/// hook reads this list), which the page fetches for the languages it shows ([`provide`]) and the
/// service worker caches at install, so every language still works offline.
macro_rules! message_files {
    ($($area:literal),* $(,)?) => {
        /// Names of the message files (the same in every language), the prefixes of their keys.
        pub const AREAS: &[&str] = &[$($area),*];
        #[cfg(any(not(target_arch = "wasm32"), feature = "embed-messages"))]
        fn compiled(lang: Lang) -> &'static [&'static str] {
            match lang {
                Lang::En => &[$(include_str!(concat!("en/", $area, ".ftl"))),*],
                Lang::Ro => &[$(include_str!(concat!("ro/", $area, ".ftl"))),*],
                Lang::Bg => &[$(include_str!(concat!("bg/", $area, ".ftl"))),*],
            }
        }
    };
}

message_files![
    "common",
    "app",
    "portfolio",
    "client",
    "brief-ui",
    "scenarios",
    "purchases",
    "retention-ui",
    "data-ui",
    "settings",
    "model",
    "model-stored",
    "scoring",
    "scenario",
    "brief",
    "data",
    "retention",
    "history",
    "backtest",
    "data-encoding",
    "data-summary",
    "purchases-fits",
    "client-order",
    "data-occasions",
];

/// A language's message files as (name, text): compiled in, or as [`provide`]d in the browser
/// (one text holding every file, named `<lang>.ftl`); empty while not yet provided.
fn sources(lang: Lang) -> Vec<(&'static str, &'static str)> {
    #[cfg(any(not(target_arch = "wasm32"), feature = "embed-messages"))]
    {
        AREAS.iter().copied().zip(compiled(lang).iter().copied()).collect()
    }
    #[cfg(all(target_arch = "wasm32", not(feature = "embed-messages")))]
    {
        PROVIDED.with(|p| p.borrow().get(&lang).map(|text| vec![("all", *text)]).unwrap_or_default())
    }
}

#[cfg(all(target_arch = "wasm32", not(feature = "embed-messages")))]
thread_local! {
    static PROVIDED: RefCell<HashMap<Lang, &'static str>> = RefCell::new(HashMap::new());
}

/// The same-origin address of a language's messages (every file of [`AREAS`] in one), which the
/// build writes and the service worker caches.
pub fn messages_url(lang: Lang) -> String {
    format!("/i18n/{}.ftl", lang.code())
}

/// Whether `lang`'s messages are at hand (always, when compiled in).
pub fn has_messages(lang: Lang) -> bool {
    #[cfg(all(target_arch = "wasm32", not(feature = "embed-messages")))]
    {
        PROVIDED.with(|p| p.borrow().contains_key(&lang))
    }
    #[cfg(any(not(target_arch = "wasm32"), feature = "embed-messages"))]
    {
        let _ = lang;
        true
    }
}

/// Hand over `lang`'s messages as fetched (`/i18n/<lang>.ftl`). The first text given for a
/// language stays (it lives as long as the page, as the compiled files did); a catalog parsed
/// before it arrived is dropped, so the next message is looked up in the new one.
pub fn provide(lang: Lang, text: String) {
    #[cfg(all(target_arch = "wasm32", not(feature = "embed-messages")))]
    {
        if has_messages(lang) {
            return;
        }
        let text: &'static str = Box::leak(text.into_boxed_str());
        PROVIDED.with(|p| p.borrow_mut().insert(lang, text));
        CATALOGS.with(|c| c.borrow_mut().loaded.remove(&lang));
    }
    #[cfg(any(not(target_arch = "wasm32"), feature = "embed-messages"))]
    {
        let _ = (lang, text);
    }
}

/// One language's messages.
pub struct Catalog {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
}

impl Catalog {
    /// Parse and load every message file of `lang`. Syntax errors and duplicate keys are
    /// reported (the test suite fails on any); the messages that did parse are kept.
    pub fn load(lang: Lang) -> (Catalog, Vec<String>) {
        let mut problems = Vec::new();
        let langid = lang.code().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new(vec![langid]);
        // No Unicode isolation marks around arguments: the UI is left-to-right only, and the marks
        // would end up in copied text and exports.
        bundle.set_use_isolating(false);
        bundle.set_formatter(Some(format_number_value));
        for (area, source) in sources(lang) {
            let resource = match FluentResource::try_new(source.to_string()) {
                Ok(r) => r,
                Err((r, errors)) => {
                    problems.extend(errors.iter().map(|e| format!("{}/{area}.ftl: {e:?}", lang.code())));
                    r
                }
            };
            if let Err(errors) = bundle.add_resource(resource) {
                problems.extend(errors.iter().map(|e| format!("{}/{area}.ftl: {e}", lang.code())));
            }
        }
        (Catalog { lang, bundle }, problems)
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    pub fn has(&self, key: &str) -> bool {
        self.bundle.has_message(key)
    }

    /// The raw message file sources of this catalog's language (for the completeness test).
    pub fn sources(&self) -> impl Iterator<Item = (&'static str, &'static str)> {
        sources(self.lang).into_iter()
    }

    /// The message for `key` (or its attribute, `key.attr`) with `args`. A missing key shows as
    /// the key itself, so a gap is visible rather than blank.
    pub fn format(&self, key: &str, args: &[(&str, Arg)]) -> String {
        let (id, attr) = match key.split_once('.') {
            Some((id, attr)) => (id, Some(attr)),
            None => (key, None),
        };
        let Some(msg) = self.bundle.get_message(id) else { return key.to_string() };
        let pattern = match attr {
            Some(a) => msg.get_attribute(a).map(|a| a.value()),
            None => msg.value(),
        };
        let Some(pattern) = pattern else { return key.to_string() };
        let mut fargs = FluentArgs::new();
        for (name, value) in args {
            fargs.set(name.to_string(), value.to_fluent(self));
        }
        let mut errors = Vec::new();
        self.bundle.format_pattern(pattern, Some(&fargs), &mut errors).into_owned()
    }
}

/// Fluent's own number display has no grouping; numbers inside messages (counts that also pick
/// the plural form) go through the current [`Formats`] instead.
fn format_number_value<M>(value: &FluentValue, _: &M) -> Option<String> {
    match value {
        FluentValue::Number(n) => {
            let decimals = n.options.maximum_fraction_digits.unwrap_or(if n.value.fract() == 0.0 { 0 } else { 2 });
            Some(with_formats(|f| f.number(n.value, decimals.min(6) as u8)))
        }
        _ => None,
    }
}

/// How numbers, money, percentages and dates are written for the reader.
pub trait Formats {
    /// A number with at most `max_decimals` decimals and the locale's grouping.
    fn number(&self, value: f64, max_decimals: u8) -> String;
    /// Money in the portfolio currency, whole units.
    fn money(&self, value: f64) -> String;
    /// Money in the portfolio currency with cents.
    fn money_cents(&self, value: f64) -> String;
    /// A share (0.25) as a percentage with `decimals` decimals.
    fn percent(&self, share: f64, decimals: u8) -> String;
    /// A calendar date, e.g. 23 Nov 2026.
    fn date(&self, date: NaiveDate) -> String;
    /// The portfolio currency code, e.g. EUR.
    fn currency(&self) -> String;
    /// A short figure for chart axes: 350k, 1.2M (the locale's compact notation).
    fn compact(&self, value: f64) -> String;
}

/// English formats without a browser: `EUR 12,500`, `12.5%`, `2026-11-23`. Used by native
/// tests and for exports, which must not depend on the reader's language.
pub struct PlainFormats {
    pub currency: String,
}

impl Default for PlainFormats {
    fn default() -> Self {
        PlainFormats { currency: "EUR".into() }
    }
}

impl Formats for PlainFormats {
    fn number(&self, value: f64, max_decimals: u8) -> String {
        plain_number(value, max_decimals)
    }
    fn money(&self, value: f64) -> String {
        format!("{} {}", self.currency, plain_number(value, 0))
    }
    fn money_cents(&self, value: f64) -> String {
        format!("{} {}", self.currency, plain_number(value, 2))
    }
    fn percent(&self, share: f64, decimals: u8) -> String {
        format!("{}%", plain_number(share * 100.0, decimals))
    }
    fn date(&self, date: NaiveDate) -> String {
        date.to_string()
    }
    fn currency(&self) -> String {
        self.currency.clone()
    }
    fn compact(&self, value: f64) -> String {
        let a = value.abs();
        let (scaled, suffix) = match a {
            _ if a >= 1e9 => (a / 1e9, "B"),
            _ if a >= 1e6 => (a / 1e6, "M"),
            _ if a >= 1e3 => (a / 1e3, "k"),
            _ => (a, ""),
        };
        let sign = if value < 0.0 && scaled >= 0.05 { "−" } else { "" };
        format!("{sign}{}{suffix}", plain_number(scaled, 1))
    }
}

/// `1234567.891` with 2 decimals → `1,234,567.89`; trailing zeros dropped; a typographic minus.
pub fn plain_number(value: f64, max_decimals: u8) -> String {
    if !value.is_finite() {
        return "–".into();
    }
    let text = format!("{:.*}", max_decimals as usize, value.abs());
    let (int, frac) = match text.split_once('.') {
        Some((i, f)) => (i.to_string(), f.trim_end_matches('0').to_string()),
        None => (text.clone(), String::new()),
    };
    let mut grouped = String::with_capacity(int.len() + int.len() / 3);
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(ch);
    }
    let body = if frac.is_empty() { grouped } else { format!("{grouped}.{frac}") };
    let zero = body.chars().all(|c| c == '0' || c == '.' || c == ',');
    if value < 0.0 && !zero {
        format!("−{body}")
    } else {
        body
    }
}

/// An argument of a message, formatted for the reader when the message is shown.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    /// Text shown as is (names, notes, codes).
    Str(String),
    /// A number: shown with the locale's grouping and up to 2 decimals; selects plural forms.
    Num(f64),
    /// A number with a fixed maximum of decimals.
    Dec(f64, u8),
    /// Money in the portfolio currency, whole units.
    Money(f64),
    /// A share shown as a percentage with one decimal; `None` shows a dash.
    Percent(Option<f64>),
    /// A date in the locale's format.
    Date(NaiveDate),
    /// Another message, translated too (e.g. a factor's name inside an explanation).
    Text(Box<Text>),
}

impl Arg {
    fn to_fluent(&self, catalog: &Catalog) -> FluentValue<'static> {
        match self {
            Arg::Str(s) => FluentValue::from(s.clone()),
            Arg::Num(n) => FluentValue::from(*n),
            Arg::Dec(n, d) => FluentValue::from(with_formats(|f| f.number(*n, *d))),
            Arg::Money(v) => FluentValue::from(with_formats(|f| f.money(*v))),
            Arg::Percent(Some(s)) if s.is_finite() => FluentValue::from(with_formats(|f| f.percent(*s, 1))),
            Arg::Percent(_) => FluentValue::from("–"),
            Arg::Date(d) => FluentValue::from(with_formats(|f| f.date(*d))),
            Arg::Text(t) => FluentValue::from(catalog.format(t.key, &t.args_ref())),
        }
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Str(s.to_string())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Str(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Str(s.clone())
    }
}
/// Counts and figures: formatted with the locale's grouping, and they select plural forms.
macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Num(n as f64)
            }
        }
    )*};
}
number_args!(f64, usize, i64, i32, u32);

impl From<NaiveDate> for Arg {
    fn from(d: NaiveDate) -> Arg {
        Arg::Date(d)
    }
}
impl From<Text> for Arg {
    fn from(t: Text) -> Arg {
        Arg::Text(Box::new(t))
    }
}

/// A message the engine wants shown: a key of the message files and its arguments, shown in the
/// reader's language when displayed (`to_string()`, `{ text }` in a component, or [`tt`]).
#[derive(Clone, Debug, PartialEq)]
pub struct Text {
    pub key: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

impl Text {
    pub fn new(key: &'static str) -> Text {
        Text { key, args: Vec::new() }
    }

    /// Add an argument: `Text::new("risk-silence").arg("days", 41)`.
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Text {
        self.args.push((name, value.into()));
        self
    }

    fn args_ref(&self) -> Vec<(&str, Arg)> {
        self.args.iter().map(|(n, a)| (*n, a.clone())).collect()
    }

    /// The text in English with plain formats (tests, exports, logs).
    pub fn english(&self) -> String {
        CATALOGS.with(|c| c.borrow_mut().get(Lang::En).format(self.key, &self.args_ref()))
    }

    /// The text in the current language and formats.
    pub fn local(&self) -> String {
        tt(self)
    }
}

/// Displays in the current language and formats (English with plain formats natively, unless a
/// test chose otherwise), so `{ text }` in a component shows it translated.
impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&tt(self))
    }
}

#[derive(Default)]
struct Catalogs {
    loaded: HashMap<Lang, Rc<Catalog>>,
}

impl Catalogs {
    fn get(&mut self, lang: Lang) -> Rc<Catalog> {
        self.loaded.entry(lang).or_insert_with(|| Rc::new(Catalog::load(lang).0)).clone()
    }
}

thread_local! {
    static CATALOGS: RefCell<Catalogs> = RefCell::new(Catalogs::default());
    static CURRENT: RefCell<Lang> = const { RefCell::new(Lang::En) };
    static FORMATS: RefCell<Rc<dyn Formats>> = RefCell::new(Rc::new(PlainFormats::default()));
}

/// Choose the language of [`t`], [`ta`] and [`tt`].
pub fn set_lang(lang: Lang) {
    CURRENT.with(|c| *c.borrow_mut() = lang);
}

/// The current language.
pub fn lang() -> Lang {
    CURRENT.with(|c| *c.borrow())
}

/// Install the formats of numbers, money and dates (the UI installs the browser's `Intl`).
pub fn set_formats(formats: Rc<dyn Formats>) {
    FORMATS.with(|f| *f.borrow_mut() = formats);
}

fn with_formats<R>(f: impl FnOnce(&dyn Formats) -> R) -> R {
    let formats = FORMATS.with(|x| x.borrow().clone());
    f(&*formats)
}

fn current_catalog() -> Rc<Catalog> {
    let lang = lang();
    CATALOGS.with(|c| c.borrow_mut().get(lang))
}

/// The message `key` in the current language.
pub fn t(key: &str) -> String {
    current_catalog().format(key, &[])
}

/// The message `key` in the current language with arguments: `ta("rows", &[("n", 3.into())])`.
pub fn ta(key: &str, args: &[(&str, Arg)]) -> String {
    current_catalog().format(key, args)
}

/// An engine [`Text`] in the current language.
pub fn tt(text: &Text) -> String {
    current_catalog().format(text.key, &text.args_ref())
}

/// Money in the portfolio currency, whole units, in the current locale.
pub fn money(value: f64) -> String {
    if !value.is_finite() {
        return "–".into();
    }
    with_formats(|f| f.money(value))
}

/// Money with cents.
pub fn money_cents(value: f64) -> String {
    if !value.is_finite() {
        return "–".into();
    }
    with_formats(|f| f.money_cents(value))
}

/// A share as a percentage with one decimal, or a dash when undefined.
pub fn percent(share: Option<f64>) -> String {
    match share {
        Some(s) if s.is_finite() => with_formats(|f| f.percent(s, 1)),
        _ => "–".into(),
    }
}

/// A share as a whole percentage.
pub fn percent0(share: f64) -> String {
    if !share.is_finite() {
        return "–".into();
    }
    with_formats(|f| f.percent(share, 0))
}

/// A number with the locale's grouping and at most `max_decimals` decimals.
pub fn number(value: f64, max_decimals: u8) -> String {
    if !value.is_finite() {
        return "–".into();
    }
    with_formats(|f| f.number(value, max_decimals))
}

/// A change with its sign, in the locale's format: `+126,500`, `−18`, `0`.
pub fn signed(value: f64, max_decimals: u8) -> String {
    let shown = number(value, max_decimals);
    let zero = shown.chars().filter(char::is_ascii_digit).all(|c| c == '0');
    if value > 0.0 && !zero {
        format!("+{shown}")
    } else {
        shown
    }
}

/// A short figure for chart axes in the locale's compact notation: `350k`, `350 K`, `350 хил.`.
pub fn compact(value: f64) -> String {
    if !value.is_finite() {
        return "–".into();
    }
    with_formats(|f| f.compact(value))
}

/// A date in the locale's format.
pub fn date(d: NaiveDate) -> String {
    with_formats(|f| f.date(d))
}

/// An ISO date string (as stored) in the locale's format; text that is not a date is shown as is.
pub fn date_str(iso: &str) -> String {
    match crate::engine::util::parse::parse_iso_date(iso.trim()) {
        Some(d) => date(d),
        None => iso.to_string(),
    }
}

/// A number as prefilled in an input field: no grouping, the language's decimal separator
/// (`0,85` in Romanian), so what the field shows is what a user of that language would type.
pub fn input_number(value: f64, max_decimals: u8) -> String {
    if !value.is_finite() {
        return String::new();
    }
    let text = format!("{:.*}", max_decimals as usize, value);
    let text = if text.contains('.') { text.trim_end_matches('0').trim_end_matches('.').to_string() } else { text };
    let text = if text == "-0" { "0".to_string() } else { text };
    text.replace('.', &lang().decimal_separator().to_string())
}

/// A number with exactly `decimals` decimals (trailing zeros kept), with the locale's grouping
/// and decimal separator: a fitted parameter reads `0.700` (`0,700` in Romanian).
pub fn number_fixed(value: f64, decimals: u8) -> String {
    let text = number(value, decimals);
    if decimals == 0 || !value.is_finite() {
        return text;
    }
    let separator = with_formats(|f| f.number(0.5, 1)).chars().find(|c| !c.is_ascii_digit()).unwrap_or('.');
    let shown = match text.rfind(separator) {
        Some(i) => text[i + separator.len_utf8()..].chars().count(),
        None => 0,
    };
    let mut out = text;
    if shown == 0 {
        out.push(separator);
    }
    out.extend(std::iter::repeat_n('0', usize::from(decimals).saturating_sub(shown)));
    out
}

/// The portfolio currency code.
pub fn currency() -> String {
    with_formats(|f| f.currency())
}

#[cfg(test)]
mod tests;

//! Parsing of numbers and dates, with errors in words: as people type them into a form
//! ([`parse_amount`], [`parse_date`], [`parse_percent`]) and as files write them with a known
//! separator and date format ([`parse_amount_as`], [`parse_date_as`]).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::i18n::Text;

/// Characters of a user's text quoted back in an error message, at most.
pub const EXCERPT_CHARS: usize = 40;

/// A user's text as an error message quotes it: trimmed, and cut to [`EXCERPT_CHARS`] characters
/// with "…" (a whole paragraph pasted into an amount cell is not echoed back in full).
pub fn excerpt(text: &str) -> String {
    let t = text.trim();
    match t.char_indices().nth(EXCERPT_CHARS - 1) {
        Some((i, _)) if t.chars().count() > EXCERPT_CHARS => format!("{}…", t[..i].trim_end()),
        _ => t.to_string(),
    }
}

/// Parse a money amount or other decimal number typed by a person.
///
/// Accepts `1234.56`, `1,234.56`, `1.234,56`, `1 234,56` (spaces, no-break spaces and
/// apostrophes as group separators), a leading `-` or `+`. When both `.` and `,` appear,
/// the last one is the decimal separator. A lone comma is a decimal comma, except that
/// `1,234` (one comma, exactly three digits after) is ambiguous and refused with a hint.
/// Refuses `NaN`, infinities, exponents and anything that overflows to infinity.
pub fn parse_amount(text: &str) -> Result<f64, Text> {
    let cleaned: String = text
        .trim()
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\'' | '_'))
        // A typographic minus (as this app displays negatives) is a minus.
        .map(|c| if c == '\u{2212}' { '-' } else { c })
        .collect();
    if cleaned.is_empty() {
        return Err(Text::new("model-enter-number"));
    }
    let (sign, digits) = match cleaned.strip_prefix('-') {
        Some(rest) => (-1.0, rest),
        None => (1.0, cleaned.strip_prefix('+').unwrap_or(&cleaned)),
    };
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',') {
        return Err(not_a_number(text));
    }
    let dots = digits.matches('.').count();
    let commas = digits.matches(',').count();
    let normalised = match (dots, commas) {
        (0, 0) => digits.to_string(),
        (_, 0) if dots == 1 => {
            // `50.000` is fifty thousand to a Romanian or German reader and fifty to an English
            // one: refuse it like `1,234`, with a hint, rather than guess.
            let (before, after) = digits.split_once('.').unwrap_or((digits, ""));
            if after.len() == 3 && !before.is_empty() && before.len() <= 3 && before != "0" {
                return Err(Text::new("model-ambiguous-dot")
                    .arg("text", excerpt(text))
                    .arg("thousands", format!("{before}{after}"))
                    .arg("decimal", format!("{before},{after}")));
            }
            digits.to_string()
        }
        (_, 0) => group_checked(digits, '.')?,
        (0, 1) => {
            let after = digits.split(',').nth(1).unwrap_or("");
            let before = digits.split(',').next().unwrap_or("");
            if after.len() == 3 && !before.is_empty() && before.len() <= 3 && before != "0" {
                return Err(Text::new("model-ambiguous-comma")
                    .arg("text", excerpt(text))
                    .arg("decimal", digits)
                    .arg("thousands", format!("{before}{after}")));
            }
            digits.replace(',', ".")
        }
        (0, _) => group_checked(digits, ',')?,
        _ => {
            // Both separators: the last one to appear is the decimal separator.
            let last_dot = digits.rfind('.').unwrap_or(0);
            let last_comma = digits.rfind(',').unwrap_or(0);
            let (group, decimal) = if last_dot > last_comma { (',', '.') } else { ('.', ',') };
            if digits.matches(decimal).count() != 1 {
                return Err(Text::new("model-two-decimal-separators").arg("text", excerpt(text)));
            }
            let (int_part, frac) = digits.rsplit_once(decimal).unwrap_or((digits, ""));
            format!("{}.{}", group_checked(int_part, group)?, frac)
        }
    };
    if normalised.starts_with('.') && normalised.len() == 1 {
        return Err(not_a_number(text));
    }
    let value: f64 = normalised.parse().map_err(|_| not_a_number(text))?;
    if !value.is_finite() || value.abs() > 1e15 {
        return Err(Text::new("model-too-large").arg("text", excerpt(text)));
    }
    // `-0` becomes plain 0 so it never shows as "-0".
    let v = sign * value;
    Ok(if v == 0.0 { 0.0 } else { v })
}

fn not_a_number(text: &str) -> Text {
    Text::new("model-not-a-number").arg("text", excerpt(text))
}

/// Remove group separators after checking the groups are of three digits.
fn group_checked(int_part: &str, sep: char) -> Result<String, Text> {
    let groups: Vec<&str> = int_part.split(sep).collect();
    let ok = groups.len() > 1 && !groups[0].is_empty() && groups[0].len() <= 3 && groups[1..].iter().all(|g| g.len() == 3);
    if !ok {
        return Err(Text::new("model-misplaced-separators").arg("text", excerpt(int_part)));
    }
    Ok(groups.concat())
}

/// Parse a calendar date: ISO `YYYY-MM-DD` (what date inputs give), `DD.MM.YYYY` or `DD/MM/YYYY`.
pub fn parse_date(text: &str) -> Result<NaiveDate, Text> {
    let t = text.trim();
    // Day and month of one or two digits, a year of four.
    let num = |s: &str, len: std::ops::RangeInclusive<usize>| -> Option<u32> {
        (len.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok()).flatten()
    };
    let fields = |sep: char, year_first: bool| -> Option<NaiveDate> {
        let mut it = t.split(sep);
        let (a, b, c) = (it.next()?, it.next()?, it.next()?);
        if it.next().is_some() {
            return None;
        }
        let (y, m, d) = if year_first { (a, b, c) } else { (c, b, a) };
        NaiveDate::from_ymd_opt(num(y, 4..=4)? as i32, num(m, 1..=2)?, num(d, 1..=2)?)
    };
    match fields('-', true).or_else(|| fields('.', false)).or_else(|| fields('/', false)) {
        Some(d) if (1900..=2200).contains(&d.year()) => Ok(d),
        Some(_) => Err(Text::new("model-outside-years").arg("text", excerpt(t))),
        None => Err(Text::new("model-not-a-date").arg("text", excerpt(t))),
    }
}

use chrono::Datelike;

/// Date formats understood in transaction files.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum DateFormat {
    /// `YYYY-MM-DD` (a time after `T` or a space is ignored).
    Iso,
    /// `YYYYMMDD`.
    Compact,
    /// `DD.MM.YYYY`.
    DayMonthDots,
    /// `DD/MM/YYYY`.
    DayMonthSlash,
    /// `MM/DD/YYYY`.
    MonthDaySlash,
}

impl DateFormat {
    /// All formats, in the order detection prefers them.
    pub const ALL: [DateFormat; 5] =
        [DateFormat::Iso, DateFormat::Compact, DateFormat::DayMonthDots, DateFormat::DayMonthSlash, DateFormat::MonthDaySlash];

    /// A pattern to show the user, such as `DD/MM/YYYY`.
    pub fn pattern(self) -> &'static str {
        match self {
            DateFormat::Iso => "YYYY-MM-DD",
            DateFormat::Compact => "YYYYMMDD",
            DateFormat::DayMonthDots => "DD.MM.YYYY",
            DateFormat::DayMonthSlash => "DD/MM/YYYY",
            DateFormat::MonthDaySlash => "MM/DD/YYYY",
        }
    }
}

/// Which character separates decimals in amounts (the other one, spaces and apostrophes are
/// taken as thousands separators).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum DecimalSeparator {
    /// `1,234.50`
    Dot,
    /// `1.234,50` (never detected when the delimiter is a comma, unless fields are quoted).
    Comma,
}

/// Parse a date in the given format; years 1900–2200 only.
pub fn parse_date_as(text: &str, format: DateFormat) -> Option<NaiveDate> {
    let t = text.trim();
    let num = |s: &str| -> Option<u32> {
        if s.is_empty() || s.len() > 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        s.parse().ok()
    };
    let (y, m, d) = match format {
        DateFormat::Iso => {
            let date_part = match t.find(['T', ' ']) {
                Some(i) => &t[..i],
                None => t,
            };
            let mut it = date_part.split('-');
            let (y, m, d) = (it.next()?, it.next()?, it.next()?);
            if it.next().is_some() || y.len() != 4 {
                return None;
            }
            (num(y)?, num(m)?, num(d)?)
        }
        DateFormat::Compact => {
            if t.len() != 8 || !t.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            (num(&t[0..4])?, num(&t[4..6])?, num(&t[6..8])?)
        }
        DateFormat::DayMonthDots | DateFormat::DayMonthSlash | DateFormat::MonthDaySlash => {
            let sep = if format == DateFormat::DayMonthDots { '.' } else { '/' };
            let mut it = t.split(sep);
            let (a, b, y) = (it.next()?, it.next()?, it.next()?);
            if it.next().is_some() || y.len() != 4 || a.len() > 2 || b.len() > 2 {
                return None;
            }
            if format == DateFormat::MonthDaySlash {
                (num(y)?, num(a)?, num(b)?)
            } else {
                (num(y)?, num(b)?, num(a)?)
            }
        }
    };
    if !(1900..=2200).contains(&y) {
        return None;
    }
    NaiveDate::from_ymd_opt(y as i32, m, d)
}

/// Parse an amount. Currency signs (`$ € £ ¥`, `lei`, `лв`) and spaces are ignored; the
/// separator that is not the decimal one is a thousands separator and must group three digits.
/// Refuses exponents, `NaN`, infinities and overflow.
pub fn parse_amount_as(text: &str, decimal: DecimalSeparator) -> Result<f64, Text> {
    let mut s: String =
        text.trim().chars().filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\'' | '$' | '€' | '£' | '¥')).collect();
    for unit in ["lei", "LEI", "RON", "лв.", "лв", "BGN", "EUR", "USD"] {
        if let Some(rest) = s.strip_suffix(unit) {
            s = rest.to_string();
        }
    }
    let shown = excerpt(text);
    let not_an_amount = || Text::new("data-tx-not-amount").arg("text", shown.as_str());
    if s.is_empty() {
        return Err(Text::new("data-tx-amount-empty"));
    }
    let (sign, body) = match s.strip_prefix('-') {
        Some(rest) => (-1.0, rest),
        None => (1.0, s.strip_prefix('+').unwrap_or(&s)),
    };
    if body.is_empty() || !body.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b',') {
        return Err(not_an_amount());
    }
    let (dec, group) = match decimal {
        DecimalSeparator::Dot => ('.', ','),
        DecimalSeparator::Comma => (',', '.'),
    };
    let (int_part, frac) = match body.split_once(dec) {
        Some((i, f)) => (i, Some(f)),
        None => (body, None),
    };
    if let Some(f) = frac {
        if f.is_empty() && int_part.is_empty() || !f.bytes().all(|b| b.is_ascii_digit()) {
            return Err(not_an_amount());
        }
    }
    let int_digits = if int_part.contains(group) {
        let groups: Vec<&str> = int_part.split(group).collect();
        let ok = !groups[0].is_empty() && groups[0].len() <= 3 && groups[1..].iter().all(|g| g.len() == 3);
        if !ok {
            return Err(Text::new("data-tx-misplaced-separators").arg("text", shown.as_str()));
        }
        groups.concat()
    } else {
        int_part.to_string()
    };
    let normal = format!("{}.{}", if int_digits.is_empty() { "0" } else { &int_digits }, frac.unwrap_or("0"));
    let v: f64 = normal.parse().map_err(|_| not_an_amount())?;
    if !v.is_finite() || v > 1e15 {
        return Err(Text::new("data-tx-too-large").arg("text", shown.as_str()));
    }
    Ok(if v == 0.0 { 0.0 } else { sign * v })
}

/// A percentage typed by a person (`35`, `35%`, `12,5 %`) as a share (0.35).
pub fn parse_percent(text: &str) -> Result<f64, Text> {
    let t = text.trim().trim_end_matches('%').trim();
    parse_amount(t).map(|v| v / 100.0)
}

/// Whole days from `from` to `to` (negative when `from` is later).
pub fn days_between(from: NaiveDate, to: NaiveDate) -> i64 {
    to.signed_duration_since(from).num_days()
}

/// A date as ISO `YYYY-MM-DD`, empty for none (what date inputs and files take).
pub fn iso_date(d: Option<NaiveDate>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_dates_read_back_as_written() {
        use chrono::Datelike;
        // Every day of a leap year and of the years at the app's limits, and a year past 9999.
        let mut d = NaiveDate::from_ymd_opt(1900, 1, 1).unwrap();
        while d.year() <= 2200 {
            assert_eq!(parse_iso_date(&d.to_string()), Some(d));
            d = d + chrono::Days::new(if d.year() == 1900 || d.year() >= 2199 || d.year() == 2024 { 1 } else { 97 });
        }
        let far = NaiveDate::from_ymd_opt(200_000, 1, 1).unwrap();
        assert_eq!(far.to_string(), "+200000-01-01");
        assert_eq!(parse_iso_date("+200000-01-01"), Some(far));
        for bad in [
            "",
            "2024-02-30",
            "2024-2-03",
            "2024-02-3",
            "24-02-03",
            "2024-02-03T10:00",
            " 2024-02-03",
            "2024/02/03",
            "2024-02-03-",
            "١٢٣٤-02-03",
        ] {
            assert_eq!(parse_iso_date(bad), None, "{bad:?}");
        }
        #[derive(serde::Serialize, serde::Deserialize, PartialEq, Debug)]
        struct Row {
            #[serde(with = "iso_date")]
            on: NaiveDate,
            #[serde(default, with = "iso_date_opt")]
            until: Option<NaiveDate>,
        }
        let row = Row { on: NaiveDate::from_ymd_opt(2024, 2, 29).unwrap(), until: None };
        let text = serde_json::to_string(&row).unwrap();
        assert_eq!(text, r#"{"on":"2024-02-29","until":null}"#);
        assert_eq!(serde_json::from_str::<Row>(&text).unwrap(), row);
        assert_eq!(serde_json::from_str::<Row>(r#"{"on":"2024-02-29"}"#).unwrap(), row, "a missing optional date is none");
        let e = serde_json::from_str::<Row>(r#"{"on":"2024-02-30"}"#).unwrap_err().to_string();
        assert!(e.contains("a date as YYYY-MM-DD"), "{e}");
        let both = Row { until: Some(row.on), ..row };
        assert_eq!(serde_json::from_str::<Row>(&serde_json::to_string(&both).unwrap()).unwrap(), both);
    }

    #[test]
    fn typed_dates_take_one_or_two_digit_days_and_months() {
        assert_eq!(parse_date("5.3.2024"), Ok(NaiveDate::from_ymd_opt(2024, 3, 5).unwrap()));
        assert_eq!(parse_date("05/03/2024"), Ok(NaiveDate::from_ymd_opt(2024, 3, 5).unwrap()));
        assert!(parse_date("5.3.24").is_err(), "a two-digit year is not guessed");
        assert!(parse_date("2024-03-05-").is_err());
    }

    #[test]
    fn amounts_in_the_formats_people_type() {
        assert_eq!(parse_amount("1234.56"), Ok(1234.56));
        assert_eq!(parse_amount("1,234.56"), Ok(1234.56));
        assert_eq!(parse_amount("1.234,56"), Ok(1234.56));
        assert_eq!(parse_amount("1 234,56"), Ok(1234.56));
        assert_eq!(parse_amount("−2,5"), Ok(-2.5), "the typographic minus the app shows");
        assert_eq!(
            parse_amount("50.000").unwrap_err().to_string(),
            "“50.000” is ambiguous: write 50000 for thousands or 50,000 for a decimal.",
            "50.000 is 50 or 50,000 depending on the reader"
        );
        assert_eq!(parse_amount("50.000,00"), Ok(50000.0));
        assert_eq!(parse_amount("0.125"), Ok(0.125));
        assert_eq!(parse_amount("1234.567"), Ok(1234.567));
        assert_eq!(parse_amount("1\u{a0}234\u{a0}567"), Ok(1_234_567.0));
        assert_eq!(parse_amount("12,5"), Ok(12.5));
        assert_eq!(parse_amount("1.234.567"), Ok(1_234_567.0));
        assert_eq!(parse_amount("-0"), Ok(0.0));
        assert!(parse_amount("-0").unwrap().is_sign_positive());
        assert_eq!(parse_amount("-12"), Ok(-12.0));
    }

    #[test]
    fn hostile_numbers_are_refused_with_words() {
        for bad in ["", "abc", "NaN", "inf", "1e309", "1e3", "12..3", "1,23,4", "1.2.3", "--1", ".", "9".repeat(400).as_str()] {
            let r = parse_amount(bad);
            assert!(r.is_err(), "{bad:?} should be refused, got {r:?}");
            assert!(!r.unwrap_err().to_string().is_empty());
        }
        let amb = parse_amount("1,234").unwrap_err().to_string();
        assert_eq!(amb, "“1,234” is ambiguous: write 1,234 for a decimal comma or 1234 for thousands.");
        assert_eq!(parse_amount("1,2,3").unwrap_err().to_string(), "“1,2,3” has misplaced thousands separators.");
        assert_eq!(parse_amount("").unwrap_err().to_string(), "enter a number.");
        assert_eq!(parse_amount("abc").unwrap_err().to_string(), "“abc” is not a number.");
    }

    #[test]
    fn dates() {
        assert_eq!(parse_date("2024-03-31"), Ok(NaiveDate::from_ymd_opt(2024, 3, 31).unwrap()));
        assert_eq!(parse_date("31.03.2024"), Ok(NaiveDate::from_ymd_opt(2024, 3, 31).unwrap()));
        assert!(parse_date("1900-02-29").is_err(), "1900 was not a leap year");
        assert!(parse_date("2024-02-30").is_err());
        assert!(parse_date("yesterday").is_err());
        assert_eq!(parse_date("0001-01-01").unwrap_err().to_string(), "“0001-01-01” is outside the years 1900–2200.");
        assert_eq!(
            parse_date("yesterday").unwrap_err().to_string(),
            "“yesterday” is not a date; use YYYY-MM-DD, for example 2024-03-31."
        );
    }

    #[test]
    fn errors_quote_a_long_text_cut_to_a_readable_length() {
        let long = format!("about {} euros, give or take", "very ".repeat(200));
        let message = parse_amount(&long).unwrap_err().to_string();
        assert!(message.chars().count() < 80, "{message}");
        assert!(message.contains("“about very very very very very very ver…”"), "{message}");
        let message = parse_amount_as(&long, DecimalSeparator::Dot).unwrap_err().to_string();
        assert!(message.chars().count() < 80 && message.contains('…'), "{message}");
        assert!(parse_date(&"2024-".repeat(100)).unwrap_err().to_string().chars().count() < 110);
        // Short texts are quoted whole; 40 characters exactly are not cut; a cut never splits a letter.
        assert_eq!(excerpt("  12,5x "), "12,5x");
        assert_eq!(excerpt(&"ș".repeat(40)), "ș".repeat(40));
        assert_eq!(excerpt(&"ș".repeat(41)), format!("{}…", "ș".repeat(39)));
    }
}

/// A stored date, `YYYY-MM-DD` exactly as [`NaiveDate`]'s `Display` writes it (a year beyond
/// 9999 with its sign, `+12345-01-01`). Hand-written rather than chrono's parser: chrono's
/// general parser and its strftime items are the largest part of chrono in the wasm, and every
/// date the app stores, exports or reads back from a date input is in this one form.
pub fn parse_iso_date(text: &str) -> Option<NaiveDate> {
    let (sign, rest) = match text.as_bytes().first()? {
        b'+' => (1, &text[1..]),
        b'-' => (-1, &text[1..]),
        _ => (1, text),
    };
    let mut parts = rest.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    let digits = |s: &str, n: std::ops::RangeInclusive<usize>| n.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    if parts.next().is_some() || !digits(y, 4..=6) || !digits(m, 2..=2) || !digits(d, 2..=2) {
        return None;
    }
    NaiveDate::from_ymd_opt(sign * y.parse::<i32>().ok()?, m.parse().ok()?, d.parse().ok()?)
}

/// `#[serde(with = "iso_date")]`: a [`NaiveDate`] stored as its ISO text (see [`parse_iso_date`]).
pub mod iso_date {
    use chrono::NaiveDate;
    use serde::{de, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(d: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(d)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
        d.deserialize_str(IsoDate)
    }

    pub(super) struct IsoDate;

    impl de::Visitor<'_> for IsoDate {
        type Value = NaiveDate;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a date as YYYY-MM-DD")
        }
        fn visit_str<E: de::Error>(self, v: &str) -> Result<NaiveDate, E> {
            super::parse_iso_date(v).ok_or_else(|| E::invalid_value(de::Unexpected::Str(v), &self))
        }
    }
}

/// `#[serde(default, with = "iso_date_opt")]`: an optional [`NaiveDate`] as its ISO text or `null`.
pub mod iso_date_opt {
    use chrono::NaiveDate;
    use serde::{de, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(d: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
        match d {
            Some(d) => s.serialize_some(&Iso(*d)),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
        d.deserialize_option(OptDate)
    }

    struct Iso(NaiveDate);

    impl serde::Serialize for Iso {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.collect_str(&self.0)
        }
    }

    struct OptDate;

    impl<'de> de::Visitor<'de> for OptDate {
        type Value = Option<NaiveDate>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a date as YYYY-MM-DD, or null")
        }
        fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
            d.deserialize_str(super::iso_date::IsoDate).map(Some)
        }
    }
}

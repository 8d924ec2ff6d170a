//! Plain formatting of figures for display. (Locale-aware formats come from the
//! browser's `Intl` in the UI layer; these are the locale-neutral fallbacks.)

/// `1234567.8` → `"1,234,568"`: whole units with thousands separators.
pub fn group_thousands(value: f64) -> String {
    if !value.is_finite() {
        return "–".into();
    }
    let rounded = value.round();
    let negative = rounded < 0.0;
    let digits = format!("{:.0}", rounded.abs());
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    if negative && out != "0" {
        format!("−{out}")
    } else {
        out
    }
}

/// Money in whole units with the currency code: `"EUR 12,500"`.
pub fn money(value: f64, currency: &str) -> String {
    format!("{} {}", currency, group_thousands(value))
}

/// A share as a percentage with one decimal, or a dash when undefined.
pub fn percent(share: Option<f64>) -> String {
    match share {
        Some(s) if s.is_finite() => {
            let text = format!("{:.1}%", s * 100.0);
            match text.strip_prefix('-') {
                Some("0.0%") => "0.0%".into(),
                Some(rest) => format!("−{rest}"),
                None => text,
            }
        }
        _ => "–".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_read_as_people_expect() {
        assert_eq!(group_thousands(1_234_567.8), "1,234,568");
        assert_eq!(group_thousands(999.0), "999");
        assert_eq!(group_thousands(-1500.0), "−1,500");
        assert_eq!(group_thousands(-0.2), "0");
        assert_eq!(group_thousands(f64::NAN), "–");
        assert_eq!(money(12500.0, "EUR"), "EUR 12,500");
        assert_eq!(percent(Some(0.1234)), "12.3%");
        assert_eq!(percent(None), "–");
        assert_eq!(percent(Some(-0.0277)), "−2.8%");
        assert_eq!(percent(Some(-0.0001)), "0.0%");
    }
}

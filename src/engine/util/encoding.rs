//! Which character encoding a text file is in, judged from its bytes: the files people bring are
//! UTF-8 (with or without a byte-order mark), UTF-16 with a byte-order mark (Excel's "Unicode
//! text"), or the code page of a Windows set up in Romanian (Windows-1250, Central European) or
//! Bulgarian (Windows-1251, Cyrillic), which is what Excel writes for "CSV (comma delimited)" there.
//!
//! The detection is pure and cheap; the decoding itself is done by the browser's `TextDecoder`
//! (the WHATWG Encoding Standard, so the app carries no code-page tables), given
//! [`TextEncoding::label`]. See `docs/encodings.md`.

use serde::{Deserialize, Serialize};

/// The encodings an import can read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum TextEncoding {
    #[default]
    Utf8,
    Utf16Le,
    Utf16Be,
    /// Central European: Romanian, Polish, Czech, Hungarian… on Windows.
    Windows1250,
    /// Cyrillic: Bulgarian, Serbian, Russian… on Windows.
    Windows1251,
}

impl TextEncoding {
    /// Every encoding, in the order the choice lists them.
    pub const ALL: [TextEncoding; 5] =
        [TextEncoding::Utf8, TextEncoding::Windows1250, TextEncoding::Windows1251, TextEncoding::Utf16Le, TextEncoding::Utf16Be];

    /// The WHATWG label (what `TextDecoder` takes), also the value of the choice in the UI.
    pub fn label(self) -> &'static str {
        match self {
            TextEncoding::Utf8 => "utf-8",
            TextEncoding::Utf16Le => "utf-16le",
            TextEncoding::Utf16Be => "utf-16be",
            TextEncoding::Windows1250 => "windows-1250",
            TextEncoding::Windows1251 => "windows-1251",
        }
    }

    /// The encoding of a [`label`](Self::label).
    pub fn from_label(label: &str) -> Option<TextEncoding> {
        TextEncoding::ALL.into_iter().find(|e| e.label() == label)
    }

    /// The message key of its name for people ("Central European (Windows-1250)").
    pub fn name_key(self) -> &'static str {
        match self {
            TextEncoding::Utf8 => crate::k!("data-encoding-utf8"),
            TextEncoding::Utf16Le => crate::k!("data-encoding-utf16le"),
            TextEncoding::Utf16Be => crate::k!("data-encoding-utf16be"),
            TextEncoding::Windows1250 => crate::k!("data-encoding-windows1250"),
            TextEncoding::Windows1251 => crate::k!("data-encoding-windows1251"),
        }
    }

    /// Bytes of one code unit: a line break is found at a multiple of it.
    pub fn unit_bytes(self) -> usize {
        match self {
            TextEncoding::Utf16Le | TextEncoding::Utf16Be => 2,
            _ => 1,
        }
    }
}

/// The encoding of a text from its first bytes (a sample may end inside a character):
/// 1. a byte-order mark says it (UTF-8, UTF-16 little or big endian);
/// 2. bytes that are valid UTF-8 are UTF-8 (a text in a Windows code page with any letter
///    beyond ASCII is almost never valid UTF-8; plain ASCII reads the same in all three);
/// 3. otherwise Windows-1251 or Windows-1250, by how the bytes above 127 sit: Cyrillic words are
///    made of them (two in a row, as in "Ще"), while in Romanian, Hungarian or Polish text they
///    are single letters between ASCII letters (as in "Mureş"). More pairs of high bytes than
///    high bytes next to an ASCII letter means Windows-1251.
pub fn detect_encoding(sample: &[u8]) -> TextEncoding {
    match sample {
        [0xEF, 0xBB, 0xBF, ..] => return TextEncoding::Utf8,
        [0xFF, 0xFE, ..] => return TextEncoding::Utf16Le,
        [0xFE, 0xFF, ..] => return TextEncoding::Utf16Be,
        _ => {}
    }
    match std::str::from_utf8(sample) {
        Ok(_) => return TextEncoding::Utf8,
        // Only a character cut at the end of the sample.
        Err(e) if e.error_len().is_none() && sample.len() - e.valid_up_to() < 4 => return TextEncoding::Utf8,
        Err(_) => {}
    }
    let high = |b: u8| b >= 0x80;
    let (mut high_pairs, mut mixed_pairs) = (0usize, 0usize);
    for w in sample.windows(2) {
        let (a, b) = (w[0], w[1]);
        if high(a) && high(b) {
            high_pairs += 1;
        } else if (high(a) && b.is_ascii_alphabetic()) || (a.is_ascii_alphabetic() && high(b)) {
            mixed_pairs += 1;
        }
    }
    if high_pairs > mixed_pairs {
        TextEncoding::Windows1251
    } else {
        TextEncoding::Windows1250
    }
}

/// The byte-order mark the text starts with, if any (its length in bytes).
pub fn bom_len(bytes: &[u8]) -> usize {
    match bytes {
        [0xEF, 0xBB, 0xBF, ..] => 3,
        [0xFF, 0xFE, ..] | [0xFE, 0xFF, ..] => 2,
        _ => 0,
    }
}

/// What a decoded text needs afterwards. Windows-1250 has only the cedilla forms ş ţ Ş Ţ, while
/// Romanian is written with the comma-below ș ț Ș Ț (Unicode's, what Romanian keyboards type);
/// Windows saves a typed ș as ş in that code page. So after a Windows-1250 decode the cedilla
/// forms become comma-below (in a Central European file they are Romanian letters: Turkish, the
/// other language with them, has its own code page). Other encodings are kept as they are.
pub fn after_decoding(encoding: TextEncoding, text: String) -> String {
    if encoding != TextEncoding::Windows1250 || !text.contains(['ş', 'ţ', 'Ş', 'Ţ']) {
        return text;
    }
    text.chars()
        .map(|c| match c {
            'ş' => 'ș',
            'ţ' => 'ț',
            'Ş' => 'Ș',
            'Ţ' => 'Ț',
            c => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture(name: &str) -> Vec<u8> {
        let path = format!("{}/tests/fixtures/encodings/{name}", env!("CARGO_MANIFEST_DIR"));
        std::fs::read(&path).unwrap()
    }

    #[test]
    fn byte_order_marks_decide() {
        assert_eq!(detect_encoding(&fixture("ro-utf8-bom.csv")), TextEncoding::Utf8);
        assert_eq!(detect_encoding(&fixture("ro-utf16le.csv")), TextEncoding::Utf16Le);
        assert_eq!(detect_encoding(&fixture("bg-utf16be.csv")), TextEncoding::Utf16Be);
        assert_eq!(bom_len(&fixture("ro-utf8-bom.csv")), 3);
        assert_eq!(bom_len(&fixture("ro-utf16le.csv")), 2);
        assert_eq!(bom_len(b"plain"), 0);
        // A UTF-16 text without a mark is not guessed (its zero bytes are valid UTF-8): UTF-8.
        assert_eq!(detect_encoding(b"a\0b\0"), TextEncoding::Utf8);
    }

    #[test]
    fn utf8_without_a_mark_and_a_character_cut_at_the_end() {
        let bytes = fixture("ro-utf8.csv");
        assert_eq!(detect_encoding(&bytes), TextEncoding::Utf8);
        let text = "Companie;Oraș\nȚesătoria;Brașov\n".as_bytes();
        // Cut inside "ș" (two bytes): still UTF-8.
        let cut = text.iter().position(|b| *b >= 0x80).unwrap() + 1;
        assert_eq!(detect_encoding(&text[..cut]), TextEncoding::Utf8);
        assert_eq!(detect_encoding(b"company,revenue\nAlfa,1\n"), TextEncoding::Utf8);
    }

    #[test]
    fn romanian_windows_1250_and_bulgarian_windows_1251() {
        assert_eq!(detect_encoding(&fixture("ro-windows1250.csv")), TextEncoding::Windows1250);
        assert_eq!(detect_encoding(&fixture("bg-windows1251.csv")), TextEncoding::Windows1251);
        // Short texts, as a spreadsheet cell would be: "Târgu Mureş" and "Ще купим още" in their
        // code pages (bytes from Python's cp1250/cp1251 codecs).
        assert_eq!(detect_encoding(b"T\xe2rgu Mure\xba"), TextEncoding::Windows1250);
        assert_eq!(detect_encoding(b"\xd9\xe5 \xea\xf3\xef\xe8\xec \xee\xf9\xe5"), TextEncoding::Windows1251);
        // Hungarian and Polish in Windows-1250 too ("Győr", "Łódź").
        assert_eq!(detect_encoding(b"Gy\xf5r;\xa3\xf3d\x9f"), TextEncoding::Windows1250);
    }

    #[test]
    fn cedillas_become_the_romanian_comma_below_only_after_windows_1250() {
        assert_eq!(after_decoding(TextEncoding::Windows1250, "Ştiinţă şi Ţară".into()), "Știință și Țară");
        assert_eq!(after_decoding(TextEncoding::Utf8, "Ştiinţă".into()), "Ştiinţă");
        assert_eq!(after_decoding(TextEncoding::Windows1251, "Ще".into()), "Ще");
    }

    #[test]
    fn labels_read_back() {
        for e in TextEncoding::ALL {
            assert_eq!(TextEncoding::from_label(e.label()), Some(e));
        }
        assert_eq!(TextEncoding::from_label("latin1"), None);
    }
}

//! Bytes to text in the detected or chosen encoding ([`TextEncoding`]). In the browser (the page
//! and the import worker) this is the browser's `TextDecoder`, so the app carries no code-page
//! tables; natively (tests, tools) it is `encoding_rs`, the same WHATWG Encoding Standard. A
//! [`StreamDecoder`] takes a text in chunks cut anywhere: a character split between two chunks
//! (UTF-8's several bytes, UTF-16's two) is kept until the rest arrives. A byte-order mark of the
//! encoding is dropped; bytes that are not valid in the encoding are refused in words (with the
//! encoding's name, for the user to choose another). After decoding, [`after_decoding`] fixes
//! what the code page could not hold (Romanian ș ț, see there).

use crate::engine::util::encoding::{after_decoding, TextEncoding};
use crate::i18n::Text;

/// Why a text could not be decoded: it is not `encoding`.
fn invalid(encoding: TextEncoding) -> Text {
    Text::new("data-encoding-invalid").arg("encoding", Text::new(encoding.name_key()))
}

/// A decoder of one text arriving in chunks.
pub struct StreamDecoder {
    encoding: TextEncoding,
    #[cfg(target_arch = "wasm32")]
    inner: web_sys::TextDecoder,
    #[cfg(not(target_arch = "wasm32"))]
    inner: encoding_rs::Decoder,
}

impl std::fmt::Debug for StreamDecoder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StreamDecoder").field("encoding", &self.encoding).finish()
    }
}

impl StreamDecoder {
    #[cfg(target_arch = "wasm32")]
    pub fn new(encoding: TextEncoding) -> Result<StreamDecoder, Text> {
        let options = web_sys::TextDecoderOptions::new();
        options.set_fatal(true);
        let inner = web_sys::TextDecoder::new_with_label_and_options(encoding.label(), &options)
            .map_err(|_| Text::new("data-encoding-unsupported").arg("encoding", Text::new(encoding.name_key())))?;
        Ok(StreamDecoder { encoding, inner })
    }

    #[cfg(not(target_arch = "wasm32"))]
    pub fn new(encoding: TextEncoding) -> Result<StreamDecoder, Text> {
        let e = match encoding {
            TextEncoding::Utf8 => encoding_rs::UTF_8,
            TextEncoding::Utf16Le => encoding_rs::UTF_16LE,
            TextEncoding::Utf16Be => encoding_rs::UTF_16BE,
            TextEncoding::Windows1250 => encoding_rs::WINDOWS_1250,
            TextEncoding::Windows1251 => encoding_rs::WINDOWS_1251,
        };
        Ok(StreamDecoder { encoding, inner: e.new_decoder_with_bom_removal() })
    }

    pub fn encoding(&self) -> TextEncoding {
        self.encoding
    }

    /// The text of the next bytes (a character cut at their end waits for the next call).
    pub fn push(&mut self, bytes: &[u8]) -> Result<String, Text> {
        self.decode(bytes, false)
    }

    /// The text is complete: what is left (an unfinished character is an error).
    pub fn finish(&mut self) -> Result<String, Text> {
        self.decode(&[], true)
    }

    #[cfg(target_arch = "wasm32")]
    fn decode(&mut self, bytes: &[u8], last: bool) -> Result<String, Text> {
        let options = web_sys::TextDecodeOptions::new();
        options.set_stream(!last);
        let text = self.inner.decode_with_u8_array_and_options(bytes, &options).map_err(|_| invalid(self.encoding))?;
        Ok(after_decoding(self.encoding, text))
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn decode(&mut self, bytes: &[u8], last: bool) -> Result<String, Text> {
        let mut out = String::with_capacity(self.inner.max_utf8_buffer_length_without_replacement(bytes.len()).unwrap_or(0));
        let (result, _) = self.inner.decode_to_string_without_replacement(bytes, &mut out, last);
        match result {
            encoding_rs::DecoderResult::InputEmpty => Ok(after_decoding(self.encoding, out)),
            _ => Err(invalid(self.encoding)),
        }
    }
}

/// A whole text in `encoding`.
pub fn decode(bytes: &[u8], encoding: TextEncoding) -> Result<String, Text> {
    let mut d = StreamDecoder::new(encoding)?;
    let mut text = d.push(bytes)?;
    text.push_str(&d.finish()?);
    Ok(text)
}

/// The text of a file's first bytes (`whole`: they are all of it), for a sample: a character cut
/// at the end is left out, and unless `whole`, so is what follows the last line break.
pub fn decode_sample(bytes: &[u8], encoding: TextEncoding, whole: bool) -> Result<String, Text> {
    if whole {
        return decode(bytes, encoding);
    }
    let mut text = StreamDecoder::new(encoding)?.push(bytes)?;
    if let Some(i) = text.rfind('\n') {
        text.truncate(i + 1);
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::util::encoding::detect_encoding;

    fn fixture(name: &str) -> Vec<u8> {
        std::fs::read(format!("{}/tests/fixtures/encodings/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
    }

    /// The fixtures' text (tests/fixtures/encodings/make.py), as Romanian is written: comma-below ș ț.
    const RO: &str = "Companie;Domeniu;Responsabil;Venit anual\r\nȚesătoria Brașov SRL;Textile;Ștefan Mureșan;120000\r\n";
    const BG: &str = "Фирма;Отрасъл;Отговорник;Приход\r\nЩе Купим Още ООД;Търговия;Борис Иванов;95000\r\n";

    #[test]
    fn every_fixture_decodes_in_its_detected_encoding() {
        for (name, start, tabs) in [
            ("ro-utf8.csv", RO, false),
            ("ro-utf8-bom.csv", RO, false),
            ("ro-utf16le.csv", RO, true),
            ("ro-windows1250.csv", RO, false),
            ("bg-utf16be.csv", BG, true),
            ("bg-windows1251.csv", BG, false),
        ] {
            let bytes = fixture(name);
            let text = decode(&bytes, detect_encoding(&bytes)).unwrap();
            let start = if tabs { start.replace(';', "\t") } else { start.to_string() };
            assert!(text.starts_with(&start), "{name}: {text}");
            assert!(!text.contains(['\u{feff}', 'ş', 'ţ', '\u{fffd}']), "{name}");
        }
        let ro = decode(&fixture("ro-windows1250.csv"), TextEncoding::Windows1250).unwrap();
        assert!(ro.contains("ÂȘȚĂÎ Distribuție;Comerț;Andrei Ștefănescu"));
        let bg = decode(&fixture("bg-windows1251.csv"), TextEncoding::Windows1251).unwrap();
        assert!(bg.contains("ЮЩЪЬ Яко ЕООД;Услуги;Ясен Щерев"));
    }

    #[test]
    fn characters_cut_between_chunks_are_kept() {
        for name in ["ro-utf8.csv", "ro-utf16le.csv", "bg-utf16be.csv", "bg-windows1251.csv"] {
            let bytes = fixture(name);
            let encoding = detect_encoding(&bytes);
            let whole = decode(&bytes, encoding).unwrap();
            for size in [1, 2, 3, 5] {
                let mut d = StreamDecoder::new(encoding).unwrap();
                let mut text = String::new();
                for chunk in bytes.chunks(size) {
                    text.push_str(&d.push(chunk).unwrap());
                }
                text.push_str(&d.finish().unwrap());
                assert_eq!(text, whole, "{name} in chunks of {size}");
            }
        }
    }

    #[test]
    fn bytes_not_in_the_encoding_are_refused_in_words() {
        let e = decode(b"Caf\xe9", TextEncoding::Utf8).unwrap_err();
        assert_eq!(e.to_string(), "the file is not valid UTF-8; choose its encoding above");
        // A character unfinished at the end of the text.
        let mut d = StreamDecoder::new(TextEncoding::Utf8).unwrap();
        assert_eq!(d.push("ș".as_bytes().get(..1).unwrap()).unwrap(), "");
        assert!(d.finish().is_err());
    }

    #[test]
    fn a_sample_ends_at_its_last_line_break() {
        let bytes = fixture("ro-utf16le.csv");
        let cut = &bytes[..101];
        let text = decode_sample(cut, TextEncoding::Utf16Le, false).unwrap();
        assert!(text.ends_with('\n') && text.starts_with("Companie\tDomeniu"), "{text}");
        assert_eq!(decode_sample(&bytes, TextEncoding::Utf16Le, true).unwrap(), decode(&bytes, TextEncoding::Utf16Le).unwrap());
    }
}

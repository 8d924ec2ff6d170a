//! A transaction text that arrives in chunks cut anywhere, parsed as it comes with the engine's
//! [`TransactionParser`], with exactly the result of parsing the whole text at once
//! ([`crate::engine::files::transactions::parse_transactions`]): same rows, customer order, row
//! errors and line numbers.
//!
//! The bytes are decoded first ([`StreamDecoder`], in the file's encoding: a character cut
//! between two chunks, UTF-8's several bytes or UTF-16's two, waits for the rest). The parser
//! reads lines of one growing text (it remembers its byte offset), and it takes the end of the
//! text it is given for the end of the file. So the reader appends only whole lines (everything
//! up to the decoded text's last line break; the rest waits for the next chunk), and parses all
//! of them but the last: the parser always stops before the end of what it was given.
//! [`TextReader::finish`] adds what follows the last line break and reads to the end.

use crate::engine::files::transactions::{CsvSettings, ParseProgress, ParsedTransactions, TransactionParser};
use crate::i18n::Text;

use super::decode::StreamDecoder;
use super::protocol::ReadProgress;
use crate::engine::util::encoding::TextEncoding;

#[derive(Debug)]
pub struct TextReader {
    parser: TransactionParser,
    /// The whole lines received so far.
    text: String,
    /// Line breaks in `text`.
    lines: usize,
    /// The text after the last line break received.
    rest: String,
    decoder: StreamDecoder,
    /// Bytes received (the progress is told in the file's bytes, not the decoded text's).
    received: u64,
    total_bytes: u64,
    last: ParseProgress,
}

impl TextReader {
    /// A text of `total_bytes` bytes (for the progress) in `encoding`, read with `settings`.
    pub fn new(settings: CsvSettings, total_bytes: u64, encoding: TextEncoding) -> Result<TextReader, Text> {
        Ok(TextReader {
            parser: TransactionParser::new(settings),
            text: String::new(),
            lines: 0,
            rest: String::new(),
            decoder: StreamDecoder::new(encoding)?,
            received: 0,
            total_bytes,
            last: ParseProgress { lines_read: 0, bytes_read: 0, total_bytes: 0, rows_ok: 0, error_count: 0, finished: false },
        })
    }

    /// Take the next bytes and parse every line now complete but the last. Errors when the bytes
    /// are not valid in the encoding.
    pub fn push(&mut self, bytes: &[u8]) -> Result<ReadProgress, Text> {
        self.received += bytes.len() as u64;
        let decoded = self.decoder.push(bytes)?;
        if let Some(i) = decoded.rfind('\n') {
            let mut whole = std::mem::take(&mut self.rest);
            whole.push_str(&decoded[..=i]);
            self.rest = decoded[i + 1..].to_string();
            self.append(whole);
        } else {
            self.rest.push_str(&decoded);
        }
        // Lines 1..=lines are complete; leave the last of them for the next call.
        let ready = self.lines.saturating_sub(self.last.lines_read + 1);
        if ready > 0 {
            self.last = self.parser.parse_lines(&self.text, ready);
        }
        Ok(self.progress(false))
    }

    /// The text is complete: read what follows the last line break, and hand over the result
    /// with the final progress.
    pub fn finish(mut self) -> Result<(ParsedTransactions, ReadProgress), Text> {
        let mut rest = std::mem::take(&mut self.rest);
        rest.push_str(&self.decoder.finish()?);
        self.append(rest);
        while !self.parser.is_finished() {
            self.last = self.parser.parse_lines(&self.text, usize::MAX);
        }
        let progress = self.progress(true);
        Ok((self.parser.finish(), progress))
    }

    fn append(&mut self, text: String) {
        self.lines += text.bytes().filter(|b| *b == b'\n').count();
        if self.text.is_empty() {
            self.text = text;
        } else {
            self.text.push_str(&text);
        }
    }

    fn progress(&self, finished: bool) -> ReadProgress {
        let p = self.last;
        // The file's bytes behind the text parsed: in proportion (a letter of a code page is one
        // byte there and two in the decoded text; a byte-order mark is dropped).
        let decoded = (self.text.len() + self.rest.len()) as u64;
        let bytes_read = match (finished, decoded) {
            (true, _) => self.received,
            (false, 0) => 0,
            (false, d) => (p.bytes_read as u64).saturating_mul(self.received) / d,
        };
        ReadProgress {
            bytes_read,
            total_bytes: self.total_bytes.max(bytes_read),
            lines_read: p.lines_read,
            rows_ok: p.rows_ok,
            error_count: p.error_count,
            finished,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::files::transactions::{parse_transactions, sniff};
    use crate::engine::util::rng::SplitMix;

    /// Read `text` in chunks of the sizes `cut` gives, one after the other.
    fn read_in_chunks(text: &[u8], settings: CsvSettings, cut: impl FnMut() -> usize) -> ParsedTransactions {
        read_encoded(text, TextEncoding::Utf8, settings, cut)
    }

    /// The same for a text in `encoding`.
    fn read_encoded(
        text: &[u8],
        encoding: TextEncoding,
        settings: CsvSettings,
        mut cut: impl FnMut() -> usize,
    ) -> ParsedTransactions {
        let mut reader = TextReader::new(settings, text.len() as u64, encoding).unwrap();
        let mut at = 0;
        let mut last_lines = 0;
        while at < text.len() {
            let end = (at + cut().max(1)).min(text.len());
            let p = reader.push(&text[at..end]).unwrap();
            assert!(!p.finished && p.lines_read >= last_lines && p.bytes_read <= end as u64);
            last_lines = p.lines_read;
            at = end;
        }
        let (parsed, progress) = reader.finish().unwrap();
        assert!(progress.finished);
        assert_eq!((progress.bytes_read, progress.total_bytes), (text.len() as u64, text.len() as u64));
        assert_eq!((progress.lines_read, progress.rows_ok), (parsed.lines, parsed.data.transactions.len()));
        assert_eq!(progress.error_count, parsed.error_count);
        parsed
    }

    /// A history with what a real export brings: a byte-order mark, CRLF and empty lines, quoted
    /// fields, non-ASCII ids, bad rows (more than the 100 kept) and no final line break.
    fn awkward_text() -> String {
        let mut text = String::from("\u{feff}client;data;sumă\r\n\r\n");
        for i in 0..400 {
            let id = ["Ana", "Ștefan", "Борис", "\"Café; Ltd\""][i % 4];
            match i % 7 {
                3 => text.push_str(&format!("{id};not a date;{i}\r\n")),
                5 => text.push('\n'),
                _ => text.push_str(&format!("{id}-{};2025-{:02}-{:02};{},{:02}\r\n", i % 13, 1 + i % 12, 1 + i % 28, i, i % 100)),
            }
        }
        text.push_str("Ana-1;2026-01-01;1,00");
        text
    }

    #[test]
    fn any_chunking_reads_as_the_whole_text_does() {
        let text = awkward_text();
        let settings = sniff(&text).unwrap().settings;
        let whole = parse_transactions(&text, settings);
        assert!(whole.error_count > 50 && whole.data.customer_ids.len() > 40, "{}", whole.error_count);
        let bytes = text.as_bytes();
        // One byte at a time (every line and every UTF-8 character split), small and large chunks.
        for size in [1, 2, 3, 7, 64, 1000, bytes.len(), bytes.len() + 5] {
            assert_eq!(read_in_chunks(bytes, settings, || size), whole, "chunks of {size}");
        }
        let mut rng = SplitMix(11);
        for _ in 0..20 {
            assert_eq!(read_in_chunks(bytes, settings, || rng.below(300) as usize), whole);
        }
    }

    #[test]
    fn a_header_after_empty_lines_and_a_text_ending_in_a_line_break() {
        let text = "\n\n\ncustomer,date,amount\nA,2025-01-03,10.50\nB,2025-01-04,3\n";
        let mut settings = sniff(text).unwrap().settings;
        settings.has_header = true;
        let whole = parse_transactions(text, settings);
        assert_eq!(whole.data.transactions.len(), 2);
        for size in 1..8 {
            assert_eq!(read_in_chunks(text.as_bytes(), settings, || size), whole);
        }
    }

    #[test]
    fn an_empty_text_and_one_line_without_a_break() {
        let settings = sniff("customer,date,amount\nA,2025-01-03,10.50\n").unwrap().settings;
        let (parsed, progress) = TextReader::new(settings, 0, TextEncoding::Utf8).unwrap().finish().unwrap();
        assert_eq!(parsed, parse_transactions("", settings));
        assert!(progress.finished && progress.fraction() == 1.0);
        let one = "customer,date,amount";
        assert_eq!(read_in_chunks(one.as_bytes(), settings, || 4), parse_transactions(one, settings));
    }

    #[test]
    fn a_history_in_a_code_page_or_utf16_reads_as_its_decoded_text() {
        let text = awkward_text();
        let settings = sniff(&text).unwrap().settings;
        let whole = parse_transactions(&text, settings);
        // UTF-16 with its byte-order mark (Excel's "Unicode text"); every chunk size cuts some
        // code unit and some character in two.
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain(text.trim_start_matches('\u{feff}').encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        for size in [1, 3, 64, 1001] {
            assert_eq!(read_encoded(&utf16, TextEncoding::Utf16Le, settings, || size), whole, "UTF-16 in chunks of {size}");
        }
        // A Bulgarian history in Windows-1251 ("Борис" in its bytes).
        let bg = "клиент;дата;сума\nБорис;2025-01-03;10,50\nЖельо;2025-01-04;3\nБорис;2025-02-01;7\n";
        let cp1251: Vec<u8> = encoding_rs::WINDOWS_1251.encode(bg).0.into_owned();
        let settings = sniff(bg).unwrap().settings;
        let parsed = read_encoded(&cp1251, TextEncoding::Windows1251, settings, || 5);
        assert_eq!(parsed, parse_transactions(bg, settings));
        assert_eq!(parsed.data.customer_ids, ["Борис", "Жельо"]);
    }

    #[test]
    fn text_that_is_not_utf8_is_refused_in_words() {
        let settings = sniff("customer,date,amount\nA,2025-01-03,10.50\n").unwrap().settings;
        let mut reader = TextReader::new(settings, 100, TextEncoding::Utf8).unwrap();
        // Latin-1 "é" in a complete line.
        assert_eq!(reader.push(b"customer,date,amount\nCaf\xe9,2025-01-03,1\n").unwrap_err().key, "data-encoding-invalid");
        // A character unfinished at the end of the text shows at the end.
        let mut reader = TextReader::new(settings, 100, TextEncoding::Utf8).unwrap();
        reader.push(b"customer,date,amount\nA,2025-01-03,1\nB,2025-01-04,\xc8").unwrap();
        assert_eq!(reader.finish().unwrap_err().key, "data-encoding-invalid");
    }

    #[test]
    fn progress_counts_the_lines_parsed_so_far() {
        let text = "customer,date,amount\nA,2025-01-03,1\nB,2025-01-04,2\nC,2025-01-05,3\n";
        let settings = sniff(text).unwrap().settings;
        let mut reader = TextReader::new(settings, text.len() as u64, TextEncoding::Utf8).unwrap();
        let p = reader.push(&text.as_bytes()[..40]).unwrap();
        // Two whole lines arrived (the header and A); the last of them waits.
        assert_eq!((p.lines_read, p.rows_ok, p.bytes_read), (1, 0, 21));
        assert!(p.fraction() > 0.0 && p.fraction() < 1.0);
        let p = reader.push(&text.as_bytes()[40..]).unwrap();
        assert_eq!((p.lines_read, p.rows_ok), (3, 2));
        let (parsed, p) = reader.finish().unwrap();
        assert_eq!((p.lines_read, p.rows_ok, parsed.data.transactions.len()), (4, 3, 3));
    }
}

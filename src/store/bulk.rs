//! The bulk store's format (pure, tested natively): a purchase study's customers, too many for
//! localStorage, kept in IndexedDB (`store::idb`) as binary chunks plus one small meta record.
//!
//! Records of one study `id` (keys are strings):
//! - `m:<id>` — the meta record, JSON: the bulk schema version, the id, the number of customers,
//!   of chunks, the CRC-32 of all chunk bytes in order, and when it was written;
//! - `c:<id>:<n>` — chunk n (from 0): [`CHUNK_CUSTOMERS`] customers in the binary layout below.
//!
//! A chunk: the magic `RCB1`, the customer count (u32), then per customer the id (u16 byte length +
//! UTF-8), frequency (u32), recency, age, monetary (f64 each), first purchase (i32 days since
//! 0001-01-01, chrono's `num_days_from_ce`) and holdout frequency (u32), all little-endian. Every
//! field is checked on reading: a chunk that is cut, has a bad magic, a non-finite or negative time,
//! an impossible date or trailing bytes is refused with a reason, never half-read.
//!
//! Versioning: [`BULK_SCHEMA_VERSION`] is in every meta record. A newer version is refused (and left
//! alone) like a newer main document; older versions are migrated by `read_study` when there are
//! any (version 1 is the first).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::engine::btyd::CustomerSummary;
use crate::engine::purchases::BulkRef;
use crate::i18n::Text;

/// The version of the bulk records' format.
pub const BULK_SCHEMA_VERSION: u32 = 1;
/// Customers per chunk: about 1 MB a chunk, small enough to encode between frames.
pub const CHUNK_CUSTOMERS: usize = 25_000;
const MAGIC: &[u8; 4] = b"RCB1";
/// Longest customer id kept (bytes); longer ids are refused by the summary long before this.
const MAX_ID_BYTES: usize = u16::MAX as usize;

/// The meta record of one study's customers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BulkMeta {
    pub schema_version: u32,
    pub id: String,
    pub customers: usize,
    pub chunks: usize,
    pub checksum: u32,
    /// ISO time of the write: records of a study no document names are removed only when older
    /// than the study the document names (another tab may be writing a newer one).
    pub written_at: String,
}

impl BulkMeta {
    /// The reference the main document keeps.
    pub fn reference(&self) -> BulkRef {
        BulkRef { id: self.id.clone(), customers: self.customers, checksum: self.checksum }
    }
}

/// Why stored customers cannot be used, in words.
#[derive(Clone, Debug, PartialEq)]
pub enum BulkError {
    /// The records are from a newer version of the app: left as they are.
    TooNew { found: u32 },
    /// A record is missing, cut or does not match its checksum.
    Damaged(Text),
}

impl BulkError {
    pub fn explain(&self) -> Text {
        match self {
            BulkError::TooNew { found } => {
                Text::new("data-bulk-too-new").arg("found", found.to_string()).arg("ours", BULK_SCHEMA_VERSION.to_string())
            }
            BulkError::Damaged(why) => Text::new("data-bulk-damaged").arg("reason", why.clone()),
        }
    }
}

pub fn meta_key(id: &str) -> String {
    format!("m:{id}")
}

pub fn chunk_key(id: &str, n: usize) -> String {
    format!("c:{id}:{n}")
}

/// The study id a record key belongs to (`None` for keys of no study).
pub fn study_of_key(key: &str) -> Option<&str> {
    if let Some(id) = key.strip_prefix("m:") {
        return Some(id);
    }
    let rest = key.strip_prefix("c:")?;
    rest.rsplit_once(':').map(|(id, _)| id)
}

/// Encode customers into chunks and the meta record that describes them.
pub fn encode_study(id: &str, customers: &[CustomerSummary], written_at: &str) -> (BulkMeta, Vec<Vec<u8>>) {
    let mut writer = StudyWriter::new(id, written_at);
    let chunks: Vec<Vec<u8>> = customers.chunks(CHUNK_CUSTOMERS).map(|c| writer.chunk(c)).collect();
    (writer.finish(), chunks)
}

/// Encodes a study one chunk at a time (so a browser can yield between chunks), keeping the
/// count and the checksum for the meta record.
pub struct StudyWriter {
    id: String,
    written_at: String,
    customers: usize,
    chunks: usize,
    crc: crc32fast::Hasher,
}

impl StudyWriter {
    pub fn new(id: &str, written_at: &str) -> Self {
        StudyWriter { id: id.into(), written_at: written_at.into(), customers: 0, chunks: 0, crc: crc32fast::Hasher::new() }
    }

    /// The next chunk's bytes (give at most [`CHUNK_CUSTOMERS`] customers).
    pub fn chunk(&mut self, customers: &[CustomerSummary]) -> Vec<u8> {
        let bytes = encode_chunk(customers);
        self.crc.update(&bytes);
        self.customers += customers.len();
        self.chunks += 1;
        bytes
    }

    pub fn finish(self) -> BulkMeta {
        BulkMeta {
            schema_version: BULK_SCHEMA_VERSION,
            id: self.id,
            customers: self.customers,
            chunks: self.chunks,
            checksum: self.crc.finalize(),
            written_at: self.written_at,
        }
    }
}

/// Reads a study back one chunk at a time, checking the checksum and the count at the end.
pub struct StudyReader {
    meta: BulkMeta,
    crc: crc32fast::Hasher,
    chunks: usize,
    customers: Vec<CustomerSummary>,
}

impl StudyReader {
    pub fn new(meta: BulkMeta) -> Self {
        let customers = Vec::with_capacity(meta.customers.min(10_000_000));
        StudyReader { meta, crc: crc32fast::Hasher::new(), chunks: 0, customers }
    }

    /// How many chunks the study has.
    pub fn chunks(&self) -> usize {
        self.meta.chunks
    }

    pub fn chunk(&mut self, bytes: &[u8]) -> Result<(), BulkError> {
        self.crc.update(bytes);
        self.chunks += 1;
        self.customers.extend(decode_chunk(bytes).map_err(BulkError::Damaged)?);
        Ok(())
    }

    pub fn finish(self) -> Result<Vec<CustomerSummary>, BulkError> {
        if self.chunks != self.meta.chunks || self.customers.len() != self.meta.customers {
            return Err(BulkError::Damaged(Text::new("data-bulk-missing-chunk")));
        }
        if self.crc.finalize() != self.meta.checksum {
            return Err(BulkError::Damaged(Text::new("data-bulk-checksum")));
        }
        Ok(self.customers)
    }
}

/// One chunk's bytes.
pub fn encode_chunk(customers: &[CustomerSummary]) -> Vec<u8> {
    let mut out = Vec::with_capacity(8 + customers.len() * 48);
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&(customers.len() as u32).to_le_bytes());
    for c in customers {
        let id = c.id.as_bytes();
        let id = &id[..id.len().min(MAX_ID_BYTES)];
        out.extend_from_slice(&(id.len() as u16).to_le_bytes());
        out.extend_from_slice(id);
        out.extend_from_slice(&c.frequency.to_le_bytes());
        out.extend_from_slice(&c.recency.to_le_bytes());
        out.extend_from_slice(&c.age.to_le_bytes());
        out.extend_from_slice(&c.monetary.to_le_bytes());
        out.extend_from_slice(&chrono::Datelike::num_days_from_ce(&c.first_purchase).to_le_bytes());
        out.extend_from_slice(&c.holdout_frequency.to_le_bytes());
    }
    out
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], Text> {
        let end = self.at.checked_add(n).filter(|e| *e <= self.bytes.len()).ok_or_else(|| Text::new("data-bulk-cut"))?;
        let s = &self.bytes[self.at..end];
        self.at = end;
        Ok(s)
    }
    fn array<const N: usize>(&mut self) -> Result<[u8; N], Text> {
        let s = self.take(N)?;
        let mut a = [0u8; N];
        a.copy_from_slice(s);
        Ok(a)
    }
    fn u16(&mut self) -> Result<u16, Text> {
        self.array().map(u16::from_le_bytes)
    }
    fn u32(&mut self) -> Result<u32, Text> {
        self.array().map(u32::from_le_bytes)
    }
    fn i32(&mut self) -> Result<i32, Text> {
        self.array().map(i32::from_le_bytes)
    }
    fn time(&mut self) -> Result<f64, Text> {
        let v = f64::from_le_bytes(self.array()?);
        if v.is_finite() && v >= 0.0 {
            Ok(v)
        } else {
            Err(Text::new("data-bulk-bad-number"))
        }
    }
}

/// Read one chunk back.
pub fn decode_chunk(bytes: &[u8]) -> Result<Vec<CustomerSummary>, Text> {
    let mut r = Reader { bytes, at: 0 };
    if r.take(4)? != MAGIC {
        return Err(Text::new("data-bulk-bad-magic"));
    }
    let n = r.u32()? as usize;
    // Each customer takes at least 38 bytes: a count beyond what the bytes can hold is a lie.
    if n > bytes.len() / 38 + 1 {
        return Err(Text::new("data-bulk-cut"));
    }
    let mut out = Vec::with_capacity(n);
    for _ in 0..n {
        let len = usize::from(r.u16()?);
        let id = std::str::from_utf8(r.take(len)?).map_err(|_| Text::new("data-bulk-bad-text"))?.to_string();
        let frequency = r.u32()?;
        let recency = r.time()?;
        let age = r.time()?;
        let monetary = r.time()?;
        let first_purchase = NaiveDate::from_num_days_from_ce_opt(r.i32()?).ok_or_else(|| Text::new("data-bulk-bad-date"))?;
        let holdout_frequency = r.u32()?;
        out.push(CustomerSummary { id, frequency, recency, age, monetary, first_purchase, holdout_frequency });
    }
    if r.at != bytes.len() {
        return Err(Text::new("data-bulk-trailing"));
    }
    Ok(out)
}

/// Check a meta record read back (JSON text) against the reference the document keeps.
pub fn check_meta(text: &str, wanted: &BulkRef) -> Result<BulkMeta, BulkError> {
    #[derive(Deserialize)]
    struct Version {
        schema_version: u32,
    }
    let version: Version = serde_json::from_str(text).map_err(|_| BulkError::Damaged(Text::new("data-bulk-bad-meta")))?;
    if version.schema_version > BULK_SCHEMA_VERSION {
        return Err(BulkError::TooNew { found: version.schema_version });
    }
    let meta: BulkMeta = serde_json::from_str(text).map_err(|_| BulkError::Damaged(Text::new("data-bulk-bad-meta")))?;
    if meta.id != wanted.id || meta.customers != wanted.customers || meta.checksum != wanted.checksum {
        return Err(BulkError::Damaged(Text::new("data-bulk-other-study")));
    }
    Ok(meta)
}

/// Decode every chunk of a study, checking the checksum and the count against its meta record.
pub fn decode_study(meta: &BulkMeta, chunks: &[Vec<u8>]) -> Result<Vec<CustomerSummary>, BulkError> {
    if chunks.len() != meta.chunks {
        return Err(BulkError::Damaged(Text::new("data-bulk-missing-chunk")));
    }
    let mut crc = crc32fast::Hasher::new();
    chunks.iter().for_each(|c| crc.update(c));
    if crc.finalize() != meta.checksum {
        return Err(BulkError::Damaged(Text::new("data-bulk-checksum")));
    }
    let mut reader = StudyReader::new(meta.clone());
    for c in chunks {
        reader.chunk(c)?;
    }
    reader.finish()
}

/// The studies whose records may be removed: every study in `keys` that the document does not
/// name and that was written before the study it names (or, with no study named, before `cutoff`),
/// so that a newer study another tab is still writing is never touched.
pub fn removable_studies<'a>(metas: &'a [BulkMeta], named: Option<&str>, cutoff: &str) -> Vec<&'a str> {
    let named_written = named.and_then(|id| metas.iter().find(|m| m.id == id)).map(|m| m.written_at.as_str());
    let limit = named_written.unwrap_or(cutoff);
    metas.iter().filter(|m| Some(m.id.as_str()) != named && m.written_at.as_str() < limit).map(|m| m.id.as_str()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn customer(i: usize) -> CustomerSummary {
        CustomerSummary {
            id: format!("cust-{i}-ș"),
            frequency: (i % 7) as u32,
            recency: i as f64 * 0.5,
            age: i as f64 * 0.75 + 1.0,
            monetary: 12.5 + i as f64,
            first_purchase: NaiveDate::from_ymd_opt(1997, 1, 1).unwrap() + chrono::Days::new(i as u64 % 365),
            holdout_frequency: (i % 3) as u32,
        }
    }

    #[test]
    fn a_study_reads_back_exactly_in_as_many_chunks_as_it_needs() {
        let customers: Vec<_> = (0..CHUNK_CUSTOMERS * 2 + 17).map(customer).collect();
        let (meta, chunks) = encode_study("s1", &customers, "2026-12-01T10:00:00Z");
        assert_eq!((meta.customers, meta.chunks, chunks.len()), (customers.len(), 3, 3));
        let text = serde_json::to_string(&meta).unwrap();
        let checked = check_meta(&text, &meta.reference()).unwrap();
        assert_eq!(decode_study(&checked, &chunks).unwrap(), customers);
        // An empty study is one meta record and no chunk.
        let (empty, none) = encode_study("s0", &[], "t");
        assert_eq!((empty.chunks, none.len()), (0, 0));
        assert_eq!(decode_study(&empty, &none).unwrap(), vec![]);
    }

    #[test]
    fn damaged_missing_or_foreign_records_are_refused_with_a_reason() {
        let customers: Vec<_> = (0..100).map(customer).collect();
        let (meta, chunks) = encode_study("s1", &customers, "t");
        let mut flipped = chunks.clone();
        flipped[0][40] ^= 1;
        assert_eq!(decode_study(&meta, &flipped), Err(BulkError::Damaged(Text::new("data-bulk-checksum"))));
        assert!(matches!(decode_study(&meta, &[]), Err(BulkError::Damaged(_))));
        let other = BulkRef { id: "s2".into(), ..meta.reference() };
        assert!(matches!(check_meta(&serde_json::to_string(&meta).unwrap(), &other), Err(BulkError::Damaged(_))));
        let newer = serde_json::to_string(&BulkMeta { schema_version: BULK_SCHEMA_VERSION + 1, ..meta.clone() }).unwrap();
        assert_eq!(check_meta(&newer, &meta.reference()), Err(BulkError::TooNew { found: BULK_SCHEMA_VERSION + 1 }));
        assert!(matches!(check_meta("{not json", &meta.reference()), Err(BulkError::Damaged(_))));
        // Every cut of a chunk, and any trailing byte, is refused, never half-read or a panic.
        let one = encode_chunk(&customers[..3]);
        for cut in 0..one.len() {
            assert!(decode_chunk(&one[..cut]).is_err(), "cut at {cut}");
        }
        let mut longer = one.clone();
        longer.push(0);
        assert!(decode_chunk(&longer).is_err());
        // A non-finite time is refused.
        let mut bad = customers[..1].to_vec();
        bad[0].age = f64::NAN;
        assert_eq!(decode_chunk(&encode_chunk(&bad)), Err(Text::new("data-bulk-bad-number")));
    }

    #[test]
    fn chunk_by_chunk_reading_checks_the_count_and_the_checksum_at_the_end() {
        let customers: Vec<_> = (0..CHUNK_CUSTOMERS + 5).map(customer).collect();
        let (meta, chunks) = encode_study("s1", &customers, "t");
        let mut reader = StudyReader::new(meta.clone());
        chunks.iter().for_each(|c| reader.chunk(c).unwrap());
        assert_eq!(reader.finish().unwrap(), customers);
        // One chunk short, or the chunks of another order: refused.
        let mut short = StudyReader::new(meta.clone());
        short.chunk(&chunks[0]).unwrap();
        assert!(matches!(short.finish(), Err(BulkError::Damaged(_))));
        let mut swapped = StudyReader::new(meta);
        swapped.chunk(&chunks[1]).unwrap();
        swapped.chunk(&chunks[0]).unwrap();
        assert_eq!(swapped.finish(), Err(BulkError::Damaged(Text::new("data-bulk-checksum"))));
    }

    #[test]
    fn arbitrary_bytes_never_panic() {
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        for len in 0..400 {
            let bytes: Vec<u8> = (0..len)
                .map(|_| {
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    x as u8
                })
                .collect();
            let mut with_magic = MAGIC.to_vec();
            with_magic.extend_from_slice(&bytes);
            let _ = decode_chunk(&bytes);
            let _ = decode_chunk(&with_magic);
        }
    }

    #[test]
    fn keys_name_their_study_and_only_older_unnamed_studies_are_removed() {
        assert_eq!(study_of_key(&meta_key("a:b")), Some("a:b"));
        assert_eq!(study_of_key(&chunk_key("a:b", 12)), Some("a:b"));
        assert_eq!(study_of_key("other"), None);
        let m = |id: &str, at: &str| BulkMeta {
            schema_version: 1,
            id: id.into(),
            customers: 0,
            chunks: 0,
            checksum: 0,
            written_at: at.into(),
        };
        let metas = [m("old", "2026-01-01"), m("current", "2026-02-01"), m("newer", "2026-03-01")];
        // "newer" may be another tab's import that has not saved its document yet: kept.
        assert_eq!(removable_studies(&metas, Some("current"), "2026-12-01"), vec!["old"]);
        assert_eq!(removable_studies(&metas, None, "2026-02-15"), vec!["old", "current"]);
    }
}

//! The bulk store in the browser: IndexedDB through `rexie`, in the format of [`super::bulk`].
//!
//! Database `retention-calculator-bulk`, object store `bulk` (out-of-line string keys). The
//! database's own version is [`DB_VERSION`]; each version's upgrade is listed in [`open`].
//!
//! Promises, as for the main document: a study's records are written in one transaction (all or
//! nothing: a refused write, e.g. over quota, leaves every earlier record as it was), then read back
//! and checked before the document is told where they are; records that cannot be read, or are of
//! a newer format, are reported and never overwritten; a study's records are removed only when no
//! document names them and they are older than the one it names.

use rexie::{ObjectStore, Rexie, TransactionMode, TransactionResult};
use wasm_bindgen::{JsCast, JsValue};

use super::bulk::{self, BulkError, BulkMeta};
use super::StorageError;
use crate::engine::btyd::CustomerSummary;
use crate::engine::purchases::BulkRef;
use crate::i18n::Text;

pub const DB_NAME: &str = "retention-calculator-bulk";
/// Version 1: the `bulk` object store.
pub const DB_VERSION: u32 = 1;
const STORE: &str = "bulk";

fn storage_error(e: rexie::Error) -> StorageError {
    let text = format!("{e:?}");
    if text.contains("QuotaExceeded") {
        StorageError::QuotaExceeded
    } else {
        StorageError::Other(Text::new("data-store-browser-message").arg("message", text))
    }
}

/// Open (and create or upgrade) the database.
pub async fn open() -> Result<Rexie, StorageError> {
    Rexie::builder(DB_NAME)
        .version(DB_VERSION)
        // Version 1.
        .add_object_store(ObjectStore::new(STORE))
        .build()
        .await
        .map_err(|e| StorageError::Unavailable(Text::new("data-store-browser-message").arg("message", format!("{e:?}"))))
}

fn key(k: &str) -> JsValue {
    JsValue::from_str(k)
}

/// A fresh study id: the time and random bits (ids need only differ between imports of one
/// browser profile and between browsers whose backups meet).
pub fn new_study_id() -> String {
    let now = js_sys::Date::now() as u64;
    let bits = (js_sys::Math::random() * 4_294_967_296.0) as u64;
    format!("{now:x}-{bits:08x}")
}

/// Write a study's customers in one transaction, read them back and check them; returns the
/// reference for the main document. Nothing is changed when it fails.
pub async fn write_study(customers: &[CustomerSummary], now: &str) -> Result<BulkRef, StorageError> {
    let db = open().await?;
    let id = new_study_id();
    let meta = {
        let tx = db.transaction(&[STORE], TransactionMode::ReadWrite).map_err(storage_error)?;
        let store = tx.store(STORE).map_err(storage_error)?;
        // One chunk at a time: each `put` awaits, so the page stays responsive between chunks.
        let mut writer = bulk::StudyWriter::new(&id, now);
        for (n, slice) in customers.chunks(bulk::CHUNK_CUSTOMERS).enumerate() {
            let bytes = js_sys::Uint8Array::from(writer.chunk(slice).as_slice());
            store.put(&bytes.into(), Some(&key(&bulk::chunk_key(&id, n)))).await.map_err(storage_error)?;
        }
        let meta = writer.finish();
        let meta_text = serde_json::to_string(&meta)
            .map_err(|e| StorageError::Other(Text::new("data-store-encode").arg("reason", e.to_string())))?;
        store.put(&JsValue::from_str(&meta_text), Some(&key(&bulk::meta_key(&id)))).await.map_err(storage_error)?;
        match tx.done().await.map_err(storage_error)? {
            TransactionResult::Committed => {}
            TransactionResult::Aborted => return Err(StorageError::Other(Text::new("data-bulk-aborted"))),
        }
        meta
    };
    let reference = meta.reference();
    let back = read_study(&reference).await.map_err(|e| StorageError::Other(e.explain()))?;
    if back.len() != customers.len() {
        return Err(StorageError::Other(Text::new("data-bulk-missing-chunk")));
    }
    Ok(reference)
}

/// Why a study's customers could not be read.
#[derive(Clone, Debug, PartialEq)]
pub enum ReadError {
    Storage(StorageError),
    Bulk(BulkError),
}

impl ReadError {
    pub fn explain(&self) -> Text {
        match self {
            ReadError::Storage(StorageError::Unavailable(e)) => Text::new("data-bulk-unavailable").arg("reason", e.clone()),
            ReadError::Storage(e) => e.explain(),
            ReadError::Bulk(b) => b.explain(),
        }
    }
}

/// Read and check the customers a document names.
pub async fn read_study(r: &BulkRef) -> Result<Vec<CustomerSummary>, ReadError> {
    let db = open().await.map_err(ReadError::Storage)?;
    let tx = db.transaction(&[STORE], TransactionMode::ReadOnly).map_err(|e| ReadError::Storage(storage_error(e)))?;
    let store = tx.store(STORE).map_err(|e| ReadError::Storage(storage_error(e)))?;
    let meta_text = store
        .get(key(&bulk::meta_key(&r.id)))
        .await
        .map_err(|e| ReadError::Storage(storage_error(e)))?
        .and_then(|v| v.as_string())
        .ok_or_else(|| ReadError::Bulk(BulkError::Damaged(Text::new("data-bulk-missing"))))?;
    let meta = bulk::check_meta(&meta_text, r).map_err(ReadError::Bulk)?;
    // One chunk at a time, decoded as it arrives (each `get` awaits).
    let mut reader = bulk::StudyReader::new(meta);
    for n in 0..reader.chunks() {
        let v = store
            .get(key(&bulk::chunk_key(&r.id, n)))
            .await
            .map_err(|e| ReadError::Storage(storage_error(e)))?
            .ok_or_else(|| ReadError::Bulk(BulkError::Damaged(Text::new("data-bulk-missing-chunk"))))?;
        let bytes = v
            .dyn_into::<js_sys::Uint8Array>()
            .map_err(|_| ReadError::Bulk(BulkError::Damaged(Text::new("data-bulk-bad-magic"))))?;
        reader.chunk(&bytes.to_vec()).map_err(ReadError::Bulk)?;
    }
    reader.finish().map_err(ReadError::Bulk)
}

/// Remove the records of studies no document names and that are older than the one `named`
/// (with none named, older than `cutoff`). Best effort: a failure leaves records for next time.
pub async fn remove_unused(named: Option<&str>, cutoff: &str) {
    let Ok(db) = open().await else { return };
    let Ok(tx) = db.transaction(&[STORE], TransactionMode::ReadWrite) else { return };
    let Ok(store) = tx.store(STORE) else { return };
    let Ok(keys) = store.get_all_keys(None, None).await else { return };
    let keys: Vec<String> = keys.iter().filter_map(JsValue::as_string).collect();
    let mut metas = Vec::new();
    for k in keys.iter().filter(|k| k.starts_with("m:")) {
        if let Ok(Some(v)) = store.get(key(k)).await {
            if let Some(m) = v.as_string().and_then(|t| serde_json::from_str::<BulkMeta>(&t).ok()) {
                metas.push(m);
            }
        }
    }
    let removable = bulk::removable_studies(&metas, named, cutoff);
    for k in keys.iter().filter(|k| bulk::study_of_key(k).is_some_and(|id| removable.contains(&id))) {
        let _ = store.delete(key(k)).await;
    }
    let _ = tx.done().await;
}

/// Bytes this site uses in all of the browser's storage and its quota, when the browser says.
pub async fn estimate() -> Option<(f64, f64)> {
    let storage = web_sys::window()?.navigator().storage();
    let promise = storage.estimate().ok()?;
    let value = wasm_bindgen_futures::JsFuture::from(promise).await.ok()?;
    let get = |name: &str| js_sys::Reflect::get(&value, &JsValue::from_str(name)).ok().and_then(|v| v.as_f64());
    Some((get("usage")?, get("quota")?))
}

//! The browser's localStorage as a [`KeyValue`], with its failures put into words.

use wasm_bindgen::{JsCast, JsValue};

use super::{KeyValue, StorageError, Store};
use crate::i18n::Text;

/// localStorage of the page's origin.
pub struct LocalKv;

fn storage() -> Result<web_sys::Storage, StorageError> {
    let window = web_sys::window().ok_or_else(|| StorageError::Unavailable(Text::new("data-store-no-window")))?;
    match window.local_storage() {
        Ok(Some(s)) => Ok(s),
        Ok(None) => Err(StorageError::Unavailable(Text::new("data-store-no-local-storage"))),
        Err(e) => Err(js_error(e)),
    }
}

/// Map a thrown DOMException to what it means for the user.
fn js_error(e: JsValue) -> StorageError {
    match e.dyn_into::<web_sys::DomException>() {
        Ok(ex) => match ex.name().as_str() {
            "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => StorageError::QuotaExceeded,
            "SecurityError" => StorageError::Unavailable(Text::new("data-store-disabled")),
            other => StorageError::Other(Text::new("data-store-browser-error").arg("name", other).arg("message", ex.message())),
        },
        Err(v) => StorageError::Other(match v.as_string() {
            Some(message) => Text::new("data-store-browser-message").arg("message", message),
            None => Text::new("data-store-unknown-error"),
        }),
    }
}

impl KeyValue for LocalKv {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        storage()?.get_item(key).map_err(js_error)
    }
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        storage()?.set_item(key, value).map_err(js_error)
    }
    fn remove(&self, key: &str) -> Result<(), StorageError> {
        storage()?.remove_item(key).map_err(js_error)
    }
}

/// The app's store over localStorage.
pub fn store() -> Store<LocalKv> {
    Store::new(LocalKv)
}

/// Bytes used by this app's keys (UTF-16, as browsers count the quota).
pub fn bytes_used() -> Option<usize> {
    let s = storage().ok()?;
    let n = s.length().ok()?;
    let mut total = 0;
    for i in 0..n {
        if let Ok(Some(k)) = s.key(i) {
            if k.starts_with(super::STORAGE_KEY) {
                let v = s.get_item(&k).ok().flatten().unwrap_or_default();
                total += (k.encode_utf16().count() + v.encode_utf16().count()) * 2;
            }
        }
    }
    Some(total)
}

/// The current time as an ISO-8601 string, for `saved_at`.
pub fn now_iso() -> String {
    js_sys::Date::new_0().to_iso_string().as_string().unwrap_or_default()
}

//! Random ids from the platform's cryptographic generator: `crypto.getRandomValues` in the
//! browser (through `getrandom`'s `js` backend), the operating system natively. The engine takes
//! them through [`IdSource`], so it never touches the browser.

use crate::engine::model::ids::IdSource;

/// Ids from the platform's random bytes.
pub struct RandomIds;

impl RandomIds {
    /// A fresh client id no client of `portfolio` has.
    pub fn new_id_for(mut self, portfolio: &crate::engine::model::Portfolio) -> String {
        portfolio.new_client_id(&mut self)
    }
}

impl IdSource for RandomIds {
    fn random_bytes(&mut self) -> [u8; 16] {
        let mut bytes = [0u8; 16];
        if getrandom::getrandom(&mut bytes).is_err() {
            // No generator at all (never seen in a browser that runs WebAssembly): fall back on
            // the clock and a counter, still distinct within this page and very likely across.
            bytes = fallback_bytes();
        }
        bytes
    }
}

fn fallback_bytes() -> [u8; 16] {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    // The clock in milliseconds (std's clock is not there in the browser's WebAssembly).
    #[cfg(target_arch = "wasm32")]
    let t = js_sys::Date::now().to_bits();
    #[cfg(not(target_arch = "wasm32"))]
    let t = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos() as u64).unwrap_or(0);
    let mut g = crate::engine::util::rng::SplitMix(t ^ n.rotate_left(32));
    let mut out = [0u8; 16];
    out[..8].copy_from_slice(&g.next().to_le_bytes());
    out[8..].copy_from_slice(&g.next().to_le_bytes());
    out
}

/// Random bytes drawn beforehand (so a reducer stays pure), used in order; when they run out,
/// fresh ones from the platform.
pub struct PresetIds(std::collections::VecDeque<[u8; 16]>);

impl PresetIds {
    pub fn new(bytes: Vec<[u8; 16]>) -> Self {
        PresetIds(bytes.into())
    }
}

impl IdSource for PresetIds {
    fn random_bytes(&mut self) -> [u8; 16] {
        self.0.pop_front().unwrap_or_else(|| RandomIds.random_bytes())
    }
}

/// `n` sets of random bytes, for [`PresetIds`].
pub fn random_bytes(n: usize) -> Vec<[u8; 16]> {
    (0..n).map(|_| RandomIds.random_bytes()).collect()
}

/// A fresh random id (a version-4 UUID).
pub fn new_id() -> String {
    RandomIds.new_id()
}

#[cfg(test)]
mod tests {
    #[test]
    fn random_ids_differ_from_call_to_call() {
        let ids: std::collections::HashSet<String> = (0..1000).map(|_| super::new_id()).collect();
        assert_eq!(ids.len(), 1000);
        assert!(ids.iter().all(|i| crate::engine::model::ids::is_unique_id(i)));
    }
}

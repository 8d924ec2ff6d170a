//! The purchase-import Web Worker (built by Trunk from `index.html`'s `data-type="worker"` link;
//! see `src/worker/`). Natively there is nothing to run: `cargo test` builds it as an empty binary.

#[cfg(target_arch = "wasm32")]
fn main() {
    retention_calculator::worker::register();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}

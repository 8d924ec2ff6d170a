//! Retention Calculator: an offline, in-browser retention and lifetime-value calculator.
//!
//! - [`engine`]: pure Rust domain, scores and math; runs and is tested natively.
//! - [`store`]: the versioned schema, migrations and the storage adapter.
//! - `ui`: Yew components (browser only).
//! - [`worker`]: the purchase-import Web Worker (its protocol and pipeline are pure and tested natively).

#[cfg(feature = "bench")]
pub mod bench;
pub mod engine;
pub mod i18n;
pub mod store;

pub mod ui;
pub mod worker;

/// The full app (`src/main.rs`): fetch the messages of the languages the first screen needs, then
/// mount the app (until then the page shows the first screen, or the static shell of index.html).
#[cfg(target_arch = "wasm32")]
pub fn run() {
    wasm_bindgen_futures::spawn_local(async {
        ui::first_screen_messages().await;
        ui::mount();
    });
}

/// The first screen (`src/bin/first.rs`): the portfolio from the stored document, drawn while
/// the full app downloads (`ui::first`).
#[cfg(target_arch = "wasm32")]
pub fn run_first() {
    wasm_bindgen_futures::spawn_local(async {
        ui::first_screen_messages().await;
        ui::first::start();
    });
}

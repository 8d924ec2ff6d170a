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

/// Fetch the messages of the languages the first screen needs, then mount the app on the page's
/// body (until then the page shows the static shell of index.html).
#[cfg(target_arch = "wasm32")]
pub fn run() {
    wasm_bindgen_futures::spawn_local(async {
        ui::first_screen_messages().await;
        yew::Renderer::<ui::App>::new().render();
    });
}

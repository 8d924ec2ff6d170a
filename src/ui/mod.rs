//! The user interface. `state` (the root reducer) and `import_state` (the purchase-history
//! import's reducer) are plain Rust and tested natively; the components are browser-only.

pub mod import_state;
pub mod state;

#[cfg(target_arch = "wasm32")]
mod app;
/// Shared widgets, charts, record editors and the layout.
#[cfg(target_arch = "wasm32")]
mod components;
/// The first screen's module (`src/bin/first.rs`): the portfolio while the full app loads.
#[cfg(target_arch = "wasm32")]
pub mod first;
#[cfg(target_arch = "wasm32")]
mod pages;
/// The browser: storage, downloads, the clock, Intl.
#[cfg(target_arch = "wasm32")]
mod platform;
#[cfg(target_arch = "wasm32")]
mod scores;

#[cfg(target_arch = "wasm32")]
pub use app::{mount, App, Route};

/// Fetch the messages of the languages the first screen needs (before the app is mounted).
#[cfg(target_arch = "wasm32")]
pub async fn first_screen_messages() {
    platform::messages::load(&platform::messages::first_screen_langs()).await;
}

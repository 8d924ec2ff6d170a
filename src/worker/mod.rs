//! The purchase-import Web Worker: reading a purchase history, summarising it and fitting the
//! models off the page's thread, so the page never freezes (docs/architecture.md, "The import
//! worker").
//!
//! - `protocol`: the messages between page and worker, and the page's flow control (pure).
//! - `decode`: bytes to text in the file's encoding (the browser's `TextDecoder`).
//! - `reader`: the text arriving in chunks, parsed as it comes (pure).
//! - `pipeline`: the study, stage by stage, as `engine::purchases::build_study` builds it (pure).
//! - `session`: the worker's side of the protocol (pure: requests in, replies out).
//! - `agent` (browser): the gloo-worker that runs a session; `src/bin/worker.rs` registers it.
//! - `link` (browser): the page's end, which can terminate the worker at once.

pub mod decode;
pub mod pipeline;
pub mod protocol;
pub mod reader;
pub mod session;

#[cfg(target_arch = "wasm32")]
mod agent;
#[cfg(target_arch = "wasm32")]
pub mod link;

#[cfg(target_arch = "wasm32")]
pub use agent::register;

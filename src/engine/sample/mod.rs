//! Layer 2: sample data — the embedded demo portfolio and, for tests and benchmarks only, a
//! deterministic generator of large portfolios. Uses `model` and `util`.

pub mod demo;
#[cfg(any(test, feature = "bench"))]
pub mod generator;

pub use demo::*;
#[cfg(any(test, feature = "bench"))]
pub use generator::*;

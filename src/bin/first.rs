//! The first screen's module: the portfolio drawn while the full app (src/main.rs) downloads.
fn main() {
    #[cfg(target_arch = "wasm32")]
    retention_calculator::run_first();
}

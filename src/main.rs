fn main() {
    #[cfg(target_arch = "wasm32")]
    retention_calculator::run();
}

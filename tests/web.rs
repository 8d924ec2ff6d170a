//! Browser tests (wasm-bindgen-test in headless Chromium): the localStorage adapter
//! and the mounted app. Run with `make test-wasm`.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests: a failed unwrap is a failed test
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use retention_calculator::store::local::{store, LocalKv};
use retention_calculator::store::{first_start_data, KeyValue, LoadOutcome, SaveError, Stamp, StorageError, STORAGE_KEY};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn local() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn reset() {
    local().clear().unwrap();
}

const NOW: &str = "2026-11-23T10:00:00Z";

#[wasm_bindgen_test]
fn local_storage_round_trip() {
    reset();
    let s = store();
    assert_eq!(s.load(), LoadOutcome::Missing);
    let mut data = first_start_data();
    data.portfolio.clients[0].company = "Ünïcödé <b>SRL</b> „quoted“".into();
    assert_eq!(s.save(&data, &Stamp::default(), "tab", NOW).map(|st| st.revision), Ok(1));
    match s.load() {
        LoadOutcome::Loaded { envelope, migrated_from: None } => {
            assert_eq!(envelope.revision, 1);
            assert_eq!(envelope.data, data);
        }
        other => panic!("unexpected {other:?}"),
    }
    reset();
}

#[wasm_bindgen_test]
fn a_corrupt_local_store_is_left_untouched() {
    reset();
    local().set_item(STORAGE_KEY, "{\"schema_version\":2,\"rev").unwrap();
    let s = store();
    assert!(matches!(s.load(), LoadOutcome::Broken { .. }));
    assert!(matches!(s.save(&first_start_data(), &Stamp::default(), "tab", NOW), Err(SaveError::Broken(_))));
    assert_eq!(local().get_item(STORAGE_KEY).unwrap().as_deref(), Some("{\"schema_version\":2,\"rev"));
    reset();
}

#[wasm_bindgen_test]
fn a_newer_revision_from_another_tab_is_not_overwritten() {
    reset();
    let s = store();
    let data = first_start_data();
    let r1 = s.save(&data, &Stamp::default(), "a", NOW).unwrap();
    let r2 = s.save(&data, &r1, "b", NOW).unwrap(); // "the other tab"
    let before = local().get_item(STORAGE_KEY).unwrap();
    assert!(matches!(s.save(&data, &r1, "a", NOW), Err(SaveError::Conflict(t)) if t.stamp() == r2));
    assert_eq!(local().get_item(STORAGE_KEY).unwrap(), before);
    reset();
}

/// Fill the real quota, then check that a save reports it in words and keeps the old data.
#[wasm_bindgen_test]
fn a_full_quota_is_reported_and_the_previous_save_survives() {
    reset();
    let s = store();
    let data = first_start_data();
    let r1 = s.save(&data, &Stamp::default(), "a", NOW).unwrap();
    let before = local().get_item(STORAGE_KEY).unwrap();
    // Fill with 256 KiB chunks, then smaller ones, until the browser refuses.
    let mut i = 0;
    for size in [256 * 1024, 16 * 1024, 512, 16] {
        let chunk = "x".repeat(size);
        while LocalKv.set(&format!("filler-{i}"), &chunk).is_ok() {
            i += 1;
            assert!(i < 100_000, "quota never reached");
        }
    }
    let mut bigger = data.clone();
    bigger.portfolio.name = "y".repeat(4096);
    let err = s.save(&bigger, &r1, "a", NOW).unwrap_err();
    assert_eq!(err, SaveError::Storage(StorageError::QuotaExceeded));
    assert!(err.explain().to_string().contains("full"));
    assert_eq!(local().get_item(STORAGE_KEY).unwrap(), before, "previous save intact");
    reset();
}

async fn mount_app() -> web_sys::Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let _ = web_sys::window().unwrap().history().unwrap().push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("/"));
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<retention_calculator::ui::App>::with_root(root.clone()).render();
    yew::platform::time::sleep(Duration::from_millis(100)).await;
    root
}

#[wasm_bindgen_test]
async fn first_start_shows_and_saves_the_demo_portfolio() {
    reset();
    let root = mount_app().await;
    let text = root.text_content().unwrap_or_default();
    assert!(text.contains("Retention Calculator"), "header shown: {text}");
    assert!(text.contains("demo data"), "demo banner shown");
    assert!(text.contains("Carpathia Logistics"), "demo clients listed");
    let stored = local().get_item(STORAGE_KEY).unwrap().expect("the demo portfolio is saved at once");
    assert!(stored.contains("\"schema_version\":3"));
    root.remove();
    reset();
}

#[wasm_bindgen_test]
async fn a_corrupt_store_opens_the_recovery_screen() {
    reset();
    local().set_item(STORAGE_KEY, "not json at all").unwrap();
    let root = mount_app().await;
    let text = root.text_content().unwrap_or_default();
    assert!(text.contains("could not be opened"), "recovery screen: {text}");
    assert!(text.contains("Download the saved text"));
    assert_eq!(local().get_item(STORAGE_KEY).unwrap().as_deref(), Some("not json at all"));
    root.remove();
    reset();
}

//! The message files of the languages the page shows, fetched from this origin: the build writes
//! each language's files into `/i18n/<lang>.ftl` and the service worker caches all three at
//! install, so a language chosen offline is still there (see `message_files!` in `crate::i18n`).
//!
//! English is always fetched: it is the language of exports and of the stored messages' key
//! table (`crate::i18n::stored`), besides being the default.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::i18n::{self, Lang};
use crate::store::STORAGE_KEY;

/// Where a module leaves the message files it fetched, for the next module of the page (the full
/// app after the first screen): `window[SHARED][code]`, the file's text.
const SHARED: &str = "__messageFiles";

/// Fetch the messages of each of `langs` not yet at hand (all requests at once) and hand them to
/// the catalogs. True when every one of them is at hand afterwards. A file another module of the
/// page has fetched already is taken from it (no second request).
pub async fn load(langs: &[Lang]) -> bool {
    let Some(window) = web_sys::window() else { return false };
    let shared = js_sys::Reflect::get(&window, &SHARED.into()).ok().filter(|v| v.is_object()).unwrap_or_else(|| {
        let files = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&window, &SHARED.into(), &files);
        files.into()
    });
    let mut pending = Vec::new();
    for &lang in langs {
        if i18n::has_messages(lang) || pending.iter().any(|(l, _)| *l == lang) {
            continue;
        }
        match js_sys::Reflect::get(&shared, &lang.code().into()).ok().and_then(|v| v.as_string()) {
            Some(text) => i18n::provide(lang, text),
            None => pending.push((lang, JsFuture::from(window.fetch_with_str(&i18n::messages_url(lang))))),
        }
    }
    for (lang, request) in pending {
        if let Some(text) = text_of(request).await {
            let _ = js_sys::Reflect::set(&shared, &lang.code().into(), &text.as_str().into());
            i18n::provide(lang, text);
        }
    }
    langs.iter().all(|&l| i18n::has_messages(l))
}

async fn text_of(request: JsFuture) -> Option<String> {
    let response: web_sys::Response = request.await.ok()?.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    let text = JsFuture::from(response.text().ok()?).await.ok()?.as_string()?;
    // A server that answers every unknown path with the page (a single-page-app fallback) would
    // hand over HTML: that is not a message file.
    (!text.trim_start().starts_with('<')).then_some(text)
}

/// The languages the first screen may need: English, the one chosen in Settings (read from the
/// saved document without parsing it: `"language":"ro"` appears there only as that setting's
/// key, since quotes inside saved text are escaped) and the browser's (which names the demo
/// portfolio on a first start). A wrong guess costs only a redraw once the right file arrives.
pub fn first_screen_langs() -> Vec<Lang> {
    let stored = web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
        .and_then(|raw| {
            let at = raw.find("\"language\":\"")? + "\"language\":\"".len();
            Lang::from_code(raw[at..].split('"').next()?)
        });
    let browser = super::intl::chosen_lang(None);
    let mut langs = vec![Lang::En, browser];
    langs.extend(stored);
    langs
}

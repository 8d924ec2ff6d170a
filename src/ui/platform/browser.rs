//! Small browser helpers used by components (downloads, files). No app logic here.

use wasm_bindgen::JsCast;

use crate::i18n::{ta, Arg};

/// Offer `text` to the user as a file download. Returns an error in words on failure.
pub fn download_text(filename: &str, mime: &str, text: &str) -> Result<(), String> {
    download_parts(filename, mime, std::iter::once(text))
}

/// Offer a file made of `parts` (written one after the other) as a download: a large export is
/// handed to the browser piece by piece, never as one string.
pub fn download_parts<'a>(filename: &str, mime: &str, parts: impl IntoIterator<Item = &'a str>) -> Result<(), String> {
    // `what` names the browser step that failed (technical, not translated).
    let fail = |what: &str| ta("app-download-failed", &[("what", what.into())]);
    let parts: js_sys::Array = parts.into_iter().map(wasm_bindgen::JsValue::from_str).collect();
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(|_| fail("blob"))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| fail("url"))?;
    let document = web_sys::window().and_then(|w| w.document()).ok_or_else(|| fail("no document"))?;
    let anchor = document
        .create_element("a")
        .map_err(|_| fail("element"))?
        .dyn_into::<web_sys::HtmlAnchorElement>()
        .map_err(|_| fail("anchor"))?;
    anchor.set_href(&url);
    anchor.set_download(filename);
    anchor.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// Today's date as `YYYY-MM-DD` in the user's time zone.
pub fn today_iso() -> String {
    let d = js_sys::Date::new_0();
    format!("{:04}-{:02}-{:02}", d.get_full_year(), d.get_month() + 1, d.get_date())
}

/// The file chosen in a file input (from its `change` event) with its name, refused in words when
/// it is over `max_bytes`; `None` when no file was chosen.
pub fn chosen_file(e: &yew::Event, max_bytes: u64) -> Option<(String, Result<gloo::file::File, String>)> {
    use yew::TargetCast;
    let input: web_sys::HtmlInputElement = e.target_unchecked_into();
    let file = gloo::file::File::from(input.files().and_then(|l| l.get(0))?);
    input.set_value("");
    let name = file.name();
    if file.size() > max_bytes {
        let mb = |b: u64| b as f64 / 1_048_576.0;
        let size = Arg::Dec(mb(file.size()), 1);
        let max = Arg::Dec(mb(max_bytes), 0);
        return Some((name, Err(ta("app-file-too-large", &[("size", size), ("max", max)]))));
    }
    Some((name, Ok(file)))
}

/// Read the file chosen in a file input (from its `change` event), refusing files over
/// `max_bytes` before reading. `done` gets the file name and its bytes, or a sentence saying why
/// not. Keep the returned reader alive until `done` has run (dropping it cancels the read).
pub fn read_chosen_file(
    e: &yew::Event,
    max_bytes: u64,
    done: impl FnOnce(String, Result<Vec<u8>, String>) + 'static,
) -> Option<gloo::file::callbacks::FileReader> {
    match chosen_file(e, max_bytes)? {
        (name, Err(e)) => {
            done(name, Err(e));
            None
        }
        (name, Ok(file)) => Some(read_slice(&file, 0, file.size(), move |r| done(name, r))),
    }
}

/// Read the bytes `start..end` of a file (a slice of it: the rest is not read). `done` gets them,
/// or a sentence saying why not; dropping the returned reader cancels the read.
pub fn read_slice(
    file: &gloo::file::File,
    start: u64,
    end: u64,
    done: impl FnOnce(Result<Vec<u8>, String>) + 'static,
) -> gloo::file::callbacks::FileReader {
    let blob: &gloo::file::Blob = file;
    gloo::file::callbacks::read_as_bytes(&blob.slice(start, end), move |r| {
        done(r.map_err(|e| ta("app-file-unreadable", &[("error", e.to_string().into())])))
    })
}

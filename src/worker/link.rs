//! The page's end of the purchase-import worker: starts it from its loader, sends requests and
//! hands its replies over, and terminates it when dropped — at once, even in the middle of a fit
//! (a worker busy in one long computation reads no message, so only `terminate` stops it).
//!
//! The worker is a gloo-worker (`agent.rs`), which frames every message with gloo-worker's bincode
//! codec. gloo's own bridge cannot terminate its worker, so this link speaks that framing itself:
//! `Connected(id)` and `ProcessInput(id, request)` to the worker, `WorkerLoaded` and
//! `ProcessOutput(id, reply)` back (gloo-worker 0.5's `ToWorker` and `FromWorker`: bincode writes an
//! enum as its variant's index, then its fields; the id is a `usize`, written as 8 bytes).
//! A message this page cannot read is reported in words, never a panic.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use js_sys::{Array, Uint8Array};
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{ErrorEvent, Event, MessageEvent};

use super::protocol::{Reply, Request};
use crate::i18n::Text;

/// The worker's loader script (`src/web/worker-loader.js`): it loads `/worker.js` and
/// `/worker_bg.wasm`, which Trunk builds from `src/bin/worker.rs`.
pub const LOADER: &str = "/worker-loader.js";

/// The one bridge id this link uses.
const HANDLER: u64 = 0;

/// gloo-worker's `ToWorker` (variants in its order; the later `Disconnected` and `Destroy` are
/// never sent: dropping the link terminates the worker).
#[derive(Serialize)]
enum ToWorker<'a> {
    Connected(u64),
    ProcessInput(u64, &'a Request),
}

/// gloo-worker's `FromWorker`.
#[derive(Deserialize)]
enum FromWorker {
    WorkerLoaded,
    ProcessOutput(u64, Reply),
}

type Failure = Rc<dyn Fn(Text)>;

struct Inner {
    worker: web_sys::Worker,
    /// Messages sent before the worker said it was loaded (then `None`).
    pending: RefCell<Option<Vec<Uint8Array>>>,
    on_failure: Failure,
}

impl Inner {
    fn post(&self, frame: &ToWorker) {
        let Ok(bytes) = bincode::serialize(frame) else {
            return (self.on_failure)(Text::new("data-ui-tx-worker-unreadable"));
        };
        let message = Uint8Array::from(bytes.as_slice());
        if let Some(queue) = self.pending.borrow_mut().as_mut() {
            queue.push(message);
            return;
        }
        self.post_now(&message);
    }

    /// Hand the message's buffer over to the worker (no copy).
    fn post_now(&self, message: &Uint8Array) {
        if let Err(e) = self.worker.post_message_with_transfer(message, &Array::of1(&message.buffer())) {
            (self.on_failure)(Text::new("data-ui-tx-worker-stopped").arg("error", js_text(&e)));
        }
    }

    fn loaded(&self) {
        let queued = self.pending.borrow_mut().take();
        for message in queued.into_iter().flatten() {
            self.post_now(&message);
        }
    }
}

/// A running worker; dropping it terminates the worker, and nothing it sent afterwards arrives.
pub struct WorkerLink {
    inner: Rc<Inner>,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(Event)>,
}

/// Sends requests to a link's worker; does nothing once the link is dropped.
#[derive(Clone)]
pub struct Sender(Weak<Inner>);

impl Sender {
    pub fn send(&self, request: &Request) {
        if let Some(inner) = self.0.upgrade() {
            inner.post(&ToWorker::ProcessInput(HANDLER, request));
        }
    }
}

impl WorkerLink {
    /// Start a worker. `on_reply` gets its replies; `on_failure` why it stopped or could not be
    /// understood (the job is over then). Neither is called once the link is dropped.
    pub fn spawn(on_reply: impl Fn(Reply) + 'static, on_failure: impl Fn(Text) + 'static) -> Result<WorkerLink, Text> {
        let worker =
            web_sys::Worker::new(LOADER).map_err(|e| Text::new("data-ui-tx-worker-unavailable").arg("error", js_text(&e)))?;
        let on_failure: Failure = Rc::new(on_failure);
        let inner = Rc::new(Inner { worker, pending: RefCell::new(Some(Vec::new())), on_failure: on_failure.clone() });

        let weak = Rc::downgrade(&inner);
        let fail = on_failure.clone();
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
            let data = e.data();
            let Some(bytes) = data.dyn_ref::<Uint8Array>() else {
                // The loader posts a sentence when the worker's WebAssembly cannot start.
                let error = data.as_string().unwrap_or_default();
                return fail(Text::new("data-ui-tx-worker-unavailable").arg("error", error));
            };
            match bincode::deserialize::<FromWorker>(&bytes.to_vec()) {
                Ok(FromWorker::WorkerLoaded) => {
                    if let Some(inner) = weak.upgrade() {
                        inner.loaded();
                    }
                }
                Ok(FromWorker::ProcessOutput(id, reply)) if id == HANDLER => on_reply(reply),
                // Another bridge's reply (there is none).
                Ok(FromWorker::ProcessOutput(..)) => {}
                Err(_) => fail(Text::new("data-ui-tx-worker-unreadable")),
            }
        });
        let on_error = Closure::<dyn FnMut(Event)>::new(move |e: Event| {
            // A script that could not load is a plain event; an error thrown inside, an ErrorEvent.
            e.prevent_default();
            let error = e.dyn_ref::<ErrorEvent>().map(ErrorEvent::message).unwrap_or_default();
            on_failure(Text::new("data-ui-tx-worker-stopped").arg("error", error));
        });
        inner.worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        inner.worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        inner.post(&ToWorker::Connected(HANDLER));
        Ok(WorkerLink { inner, _on_message: on_message, _on_error: on_error })
    }

    pub fn sender(&self) -> Sender {
        Sender(Rc::downgrade(&self.inner))
    }
}

impl Drop for WorkerLink {
    fn drop(&mut self) {
        let worker = &self.inner.worker;
        worker.set_onmessage(None);
        worker.set_onerror(None);
        worker.terminate();
    }
}

/// A JavaScript error as text.
fn js_text(value: &JsValue) -> String {
    match value.dyn_ref::<js_sys::Error>() {
        Some(e) => e.message().into(),
        None => value.as_string().unwrap_or_default(),
    }
}

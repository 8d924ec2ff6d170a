// Starts the purchase-import Web Worker (src/worker/, built by Trunk from index.html's
// data-type="worker" link): its wasm-bindgen glue, then its WebAssembly, both from this origin.
// The page (src/worker/link.rs) starts it as `new Worker('/worker-loader.js')`.
importScripts('/worker.js');
wasm_bindgen({ module_or_path: '/worker_bg.wasm' }).catch((error) => {
  // The worker's own messages are bytes; a sentence tells the page it could not start.
  self.postMessage(String(error && error.message ? error.message : error));
  self.close();
});

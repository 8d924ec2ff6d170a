//! The purchase-import worker as a gloo-worker: each request goes to a [`Session`], each reply
//! straight back to the page (a fit reports its stages while it runs). A finished study's
//! customers are written to the bulk store (IndexedDB) here, in the worker, before the study is
//! sent: the page receives the study naming its record (a few kilobytes whatever the number of
//! customers) and reads the customers a chunk at a time, so it never decodes them in one piece. If
//! the browser refuses the write, the page is told why and keeps the history it has.

use gloo::worker::{HandlerId, Registrable, Worker, WorkerScope};

use super::protocol::{Json, Message, Reply, Request, Stage};
use super::session::Session;
use crate::engine::purchases::{Customers, PurchaseStudy};
use crate::i18n::Text;
use crate::store::StorageError;

pub struct ImportWorker {
    session: Session,
}

impl Worker for ImportWorker {
    type Message = ();
    type Input = Request;
    type Output = Reply;

    fn create(_scope: &WorkerScope<Self>) -> Self {
        ImportWorker { session: Session::new() }
    }

    fn update(&mut self, _scope: &WorkerScope<Self>, _msg: ()) {}

    fn received(&mut self, scope: &WorkerScope<Self>, request: Request, id: HandlerId) {
        self.session.handle(request, &mut |reply| match reply {
            Reply::Study { job, study: Json(study) } => {
                let scope = scope.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    scope.respond(id, Reply::Stage { job, stage: Stage::Saving });
                    scope.respond(id, store_customers(job, study).await);
                });
            }
            reply => scope.respond(id, reply),
        });
    }
}

/// Run this module as the worker (the `worker` binary's `main`).
pub fn register() {
    ImportWorker::registrar().register();
}

/// Write the study's customers to the bulk store and answer with the study naming them.
async fn store_customers(job: u64, mut study: Box<PurchaseStudy>) -> Reply {
    let customers = study.summary.shared();
    match crate::store::idb::write_study(&customers, &crate::store::local::now_iso()).await {
        Ok(bulk) => {
            // Sent as an empty list (the page reads them from the bulk store).
            study.summary = Customers::kept_elsewhere(std::sync::Arc::new(Vec::new()));
            study.bulk = Some(bulk);
            Reply::Study { job, study: Json(study) }
        }
        Err(e) => {
            let error = match e {
                StorageError::QuotaExceeded => Text::new("data-bulk-full"),
                other => Text::new("data-bulk-failed").arg("reason", other.explain()),
            };
            Reply::Failed { job, error: Message(error) }
        }
    }
}

//! The purchase-import worker as a gloo-worker: each request goes to a [`Session`], each reply
//! straight back to the page (a fit reports its stages while it runs).

use gloo::worker::{HandlerId, Registrable, Worker, WorkerScope};

use super::protocol::{Reply, Request};
use super::session::Session;

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
        self.session.handle(request, &mut |reply| scope.respond(id, reply));
    }
}

/// Run this module as the worker (the `worker` binary's `main`).
pub fn register() {
    ImportWorker::registrar().register();
}

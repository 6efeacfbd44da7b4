//! The reference provider: a small HTTP server that implements the provider contract of
//! `clientarea-api` and behaves like the provider's support desk, so the client, its
//! tests and its demo talk to something real over HTTP.
//!
//! It is a library first: `run(listener, config, shutdown)` serves on a listener the
//! caller bound (tests bind `127.0.0.1:0`), and the desktop app embeds it for its demo.
//! The binary in `main.rs` only parses flags. Words: a *store* is the server's own SQLite
//! file; *seq* is the position of a change in the history that pulls walk.
//!
//! Layers, each importing only those below it: `routes` (with `admin` and `push`) serves
//! over `gate` (who is asking), `extract` and `state`; `state` builds the shared state once,
//! over `desk`, `demo`, the middleware (`faults`, `limits`) and the `store`, which keeps one file per area.
//! No module names the crate root; the integration test `modules` fails on any cycle.

mod admin;
mod auth;
mod calendar;
mod chat;
mod clock;
mod config;
mod demo;
pub mod desk;
mod error;
mod extract;
mod faults;
mod gate;
mod limits;
mod push;
mod routes;
mod state;
mod store;

use std::future::Future;
use std::net::SocketAddr;

pub use clock::Clock;
pub use config::{Config, SELLER_COUNTRY};
pub use demo::{DEMO_EMAIL, DEMO_PASSWORD};
pub use limits::RateLimit;

/// Serve the contract on `listener` until `shutdown` completes.
pub async fn run(
    listener: tokio::net::TcpListener,
    config: Config,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
    let state = state::AppState::open(&config, stop_rx).await?;
    let desk = desk::spawn(state.desk.clone(), state.clock.clone());
    let app = routes::router(state);
    tracing::info!(addr = %listener.local_addr()?, "reference provider listening");
    let served = axum::serve(listener, app.into_make_service_with_connect_info::<SocketAddr>())
        .with_graceful_shutdown(async move {
            shutdown.await;
            let _ = stop_tx.send(true);
        })
        .await;
    desk.abort();
    Ok(served?)
}

/// Benchmark support: give the demo customer `tickets` more tickets with
/// `messages_per_ticket` messages each (and an acknowledgment), written straight to the
/// store in one transaction. Seeds the demo customer first if needed.
pub async fn bulk_seed(config: &Config, tickets: usize, messages_per_ticket: usize) -> anyhow::Result<()> {
    let (_tx, rx) = tokio::sync::watch::channel(false);
    let state = state::AppState::open(&Config { demo: true, ..config.clone() }, rx).await?;
    state.store.bulk_seed(DEMO_EMAIL, tickets, messages_per_ticket, state.clock.now()).await
}

/// A server started in the background, stopped when this handle is dropped or `stop`ped.
pub struct Running {
    pub addr: SocketAddr,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    task: Option<tokio::task::JoinHandle<anyhow::Result<()>>>,
}

impl Running {
    /// The base URL clients use, e.g. `http://127.0.0.1:41234`.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Stop accepting, finish what is in flight, and wait for the server to end.
    pub async fn stop(mut self) -> anyhow::Result<()> {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        match self.task.take() {
            Some(task) => task.await?,
            None => Ok(()),
        }
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }
}

/// Bind `addr` (use port 0 for a free one), open the store, and serve in a tokio task.
/// Returns once the store is ready, so the first request is answered.
pub async fn spawn(addr: SocketAddr, config: Config) -> anyhow::Result<Running> {
    let listener = tokio::net::TcpListener::bind(addr).await?;
    let addr = listener.local_addr()?;
    let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
    let state = state::AppState::open(&config, stop_rx).await?;
    let desk = desk::spawn(state.desk.clone(), state.clock.clone());
    let app = routes::router(state);
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let task = tokio::spawn(async move {
        let served = axum::serve(listener, app.into_make_service_with_connect_info::<SocketAddr>())
            .with_graceful_shutdown(async move {
                let _ = rx.await;
                let _ = stop_tx.send(true);
            })
            .await;
        desk.abort();
        Ok(served?)
    });
    Ok(Running { addr, shutdown: Some(tx), task: Some(task) })
}

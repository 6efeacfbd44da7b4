//! Forwards the engine's events to the window as the Tauri event `engine`, so the UI
//! reacts to changes and never polls.

use clientarea_core::EngineEvent;
use tauri::{AppHandle, Emitter};
use tokio::sync::broadcast;

pub const ENGINE_EVENT: &str = "engine";

pub fn forward(app: AppHandle, mut rx: broadcast::Receiver<EngineEvent>) {
    tauri::async_runtime::spawn(async move {
        loop {
            match rx.recv().await {
                Ok(event) => {
                    if let Err(e) = app.emit(ENGINE_EVENT, &event) {
                        tracing::warn!(error = %e, "could not forward an engine event");
                    }
                }
                // A slow window missed some events: tell it to reload what it shows.
                Err(broadcast::error::RecvError::Lagged(_)) => {
                    let _ = app.emit(ENGINE_EVENT, &EngineEvent::TicketsChanged);
                }
                Err(broadcast::error::RecvError::Closed) => break,
            }
        }
    });
}

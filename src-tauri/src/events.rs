//! The events the shell sends to the window, by name (their payloads are in
//! `ui/src/lib/generated/ipc.ts`), and the forwarding of the engine's events as the
//! Tauri event `engine`, so the UI reacts to changes and never polls.

use clientarea_core::EngineEvent;
use tauri::{AppHandle, Emitter};
use tokio::sync::broadcast;

/// The engine's events (`EngineEvent`), forwarded as they come.
pub const ENGINE_EVENT: &str = "engine";
/// The UI hears whether notifications can be shown (`NotifierState`).
pub const NOTIFIER_EVENT: &str = "notifier";
/// The UI is asked to show a notice (a notification was clicked): an [`OpenRequest`].
pub const OPEN_NOTICE_EVENT: &str = "open-notice";
/// The UI is asked to show a ticket (a reply's notification was clicked), or the list of
/// tickets (one notification for many replies): an [`OpenRequest`].
pub const OPEN_TICKET_EVENT: &str = "open-ticket";
/// The UI is asked to show an invoice (its notification was clicked): an [`OpenRequest`].
pub const OPEN_INVOICE_EVENT: &str = "open-invoice";

/// What a clicked notification opens: a notice or ticket of an account, which may not be
/// the one on screen (the UI switches to it first). No `id`: the account's ticket list.
#[derive(Debug, Clone, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct OpenRequest {
    pub account_id: String,
    pub id: Option<String>,
}
/// The UI is asked to show a view (`status` or `tickets`), from the tray's menu.
pub const NAVIGATE_EVENT: &str = "navigate";

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

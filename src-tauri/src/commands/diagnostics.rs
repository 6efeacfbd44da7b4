//! The diagnostics collector (clientarea_core::diagnostics) for the critical-incident
//! form: one run at a time, its steps streamed to the UI over a channel as they end,
//! cancellable from the UI.

use clientarea_core::diagnostics::{self, Limits, Progress, Report, Request};
use tauri::State;
use tauri::ipc::Channel;

use crate::error::CommandResult;
use crate::state::AppState;

/// Run the checks against `server` (an IP address, a host name, or an order number of
/// one of the customer's services), on SSH, HTTP, HTTPS and `custom_port` if given. An
/// address of this computer or of a private network is checked only with `allow_local`
/// (the customer's go, after the report said so).
#[tauri::command]
pub async fn run_diagnostics(
    state: State<'_, AppState>,
    server: String,
    custom_port: Option<u16>,
    allow_local: bool,
    on_progress: Channel<Progress>,
) -> CommandResult<Report> {
    let target = state.engine.diagnostics_target(&server).await?;
    let mut ports = diagnostics::DEFAULT_PORTS.to_vec();
    ports.extend(custom_port.filter(|p| *p != 0));
    let (stop, stopped) = tokio::sync::watch::channel(false);
    if let Some(previous) = state.diagnostics.lock().expect("diagnostics lock").replace(stop) {
        let _ = previous.send(true);
    }
    let report = diagnostics::run(&Request { target, ports, allow_local }, &Limits::default(), stopped, |p| {
        let _ = on_progress.send(p);
    })
    .await;
    Ok(report)
}

#[tauri::command]
pub fn cancel_diagnostics(state: State<'_, AppState>) {
    if let Some(stop) = state.diagnostics.lock().expect("diagnostics lock").take() {
        let _ = stop.send(true);
    }
}

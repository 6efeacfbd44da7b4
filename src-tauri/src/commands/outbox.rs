//! Drafts and the outbox: what the customer writes is kept as they type, and a send
//! waits in the outbox until the provider confirms it.

use clientarea_core::{OutboxItem, TicketDraft};
use tauri::State;

use crate::error::CommandResult;
use crate::state::AppState;

#[tauri::command]
pub async fn save_draft(state: State<'_, AppState>, kind: String, target: String, data: serde_json::Value) -> CommandResult<()> {
    Ok(state.engine.save_draft(&kind, &target, &data).await?)
}

#[tauri::command]
pub async fn get_draft(state: State<'_, AppState>, kind: String, target: String) -> CommandResult<Option<serde_json::Value>> {
    Ok(state.engine.draft(&kind, &target).await?)
}

#[tauri::command]
pub async fn send_ticket(state: State<'_, AppState>, draft: TicketDraft) -> CommandResult<OutboxItem> {
    Ok(state.engine.send_ticket(&draft).await?)
}

#[tauri::command]
pub async fn send_reply(state: State<'_, AppState>, id: String, body: String) -> CommandResult<OutboxItem> {
    Ok(state.engine.send_reply(&id, &body).await?)
}

#[tauri::command]
pub async fn list_outbox(state: State<'_, AppState>) -> CommandResult<Vec<OutboxItem>> {
    Ok(state.engine.outbox().await?)
}

#[tauri::command]
pub async fn resend_outbox(state: State<'_, AppState>, id: String) -> CommandResult<()> {
    Ok(state.engine.resend(&id).await?)
}

#[tauri::command]
pub async fn edit_outbox(
    state: State<'_, AppState>,
    id: String,
    subject: Option<String>,
    body: String,
) -> CommandResult<()> {
    Ok(state.engine.edit_outbox(&id, subject.as_deref(), &body).await?)
}

#[tauri::command]
pub async fn discard_outbox(state: State<'_, AppState>, id: String) -> CommandResult<()> {
    Ok(state.engine.discard_outbox(&id).await?)
}

//! Tickets: the list and a ticket from the cache, a new ticket and a reply sent to the
//! provider.

use clientarea_api::Service;
use clientarea_core::{TicketDraft, TicketFilter, TicketSummary, TicketView};
use tauri::State;

use crate::error::CommandResult;
use crate::state::AppState;

#[tauri::command]
pub async fn list_tickets(state: State<'_, AppState>, filter: TicketFilter) -> CommandResult<Vec<TicketSummary>> {
    Ok(state.engine.list_tickets(&filter).await?)
}

#[tauri::command]
pub async fn open_ticket(state: State<'_, AppState>, id: String) -> CommandResult<TicketView> {
    Ok(state.engine.open_ticket(&id).await?)
}

#[tauri::command]
pub async fn create_ticket(state: State<'_, AppState>, draft: TicketDraft) -> CommandResult<TicketView> {
    Ok(state.engine.create_ticket(&draft).await?)
}

#[tauri::command]
pub async fn reply_ticket(state: State<'_, AppState>, id: String, body: String) -> CommandResult<TicketView> {
    Ok(state.engine.reply(&id, &body).await?)
}

#[tauri::command]
pub async fn list_services(state: State<'_, AppState>) -> CommandResult<Vec<Service>> {
    Ok(state.engine.services().await?)
}

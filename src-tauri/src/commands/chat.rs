//! Live chat (clientarea_core::chat): the panel, a message through the outbox, the chat
//! turned into a ticket, and whether a text needs a ticket instead.

use clientarea_api::{DepartmentId, Priority};
use clientarea_core::OutboxItem;
use clientarea_core::chat::{ChatView, TicketHint};
use tauri::State;

use crate::error::CommandResult;
use crate::state::AppState;

#[tauri::command]
pub async fn chat_view(state: State<'_, AppState>) -> CommandResult<ChatView> {
    Ok(state.engine.chat_view().await?)
}

#[tauri::command]
pub async fn send_chat(state: State<'_, AppState>, body: String, attachment_ids: Vec<String>) -> CommandResult<OutboxItem> {
    Ok(state.engine.send_chat(&body, &attachment_ids).await?)
}

#[tauri::command]
pub async fn chat_to_ticket(
    state: State<'_, AppState>,
    department: DepartmentId,
    priority: Priority,
    subject: String,
) -> CommandResult<OutboxItem> {
    Ok(state.engine.chat_to_ticket(department, priority, &subject).await?)
}

/// Whether `text` needs a ticket (an emergency, an account matter), and which.
#[tauri::command]
pub fn chat_hint(text: String) -> Option<TicketHint> {
    clientarea_core::chat::ticket_hint(&text)
}

/// Chat messages that match the ticket list's search.
#[tauri::command]
pub async fn search_chats(state: State<'_, AppState>, query: String) -> CommandResult<Vec<clientarea_core::store::ChatHit>> {
    Ok(state.engine.search_chats(&query).await?)
}

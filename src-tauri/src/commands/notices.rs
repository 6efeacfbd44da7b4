//! The provider's notices for the status view, and whether the desktop shows the app's
//! notifications.

use std::collections::HashMap;

use clientarea_api::Notice;
use clientarea_core::notices::{ListedNotice, NotifyPrefs};
use clientarea_core::{TicketSummary, Unread};
use tauri::State;

use crate::error::CommandResult;
use crate::notifier::NotifierState;
use crate::state::AppState;

/// Every notice, the customer's own services first, then newest first.
#[tauri::command]
pub async fn list_notices(state: State<'_, AppState>) -> CommandResult<Vec<ListedNotice>> {
    Ok(state.engine.list_notices().await?)
}

/// How many tickets have unread replies and how many notices are new (also on the tray).
#[tauri::command]
pub async fn unread_counts(state: State<'_, AppState>) -> CommandResult<Unread> {
    Ok(state.engine.unread().await?)
}

/// The notices not seen yet: the status view marks them new, then calls
/// `mark_notices_seen` with the ones it showed.
#[tauri::command]
pub async fn unseen_notices(state: State<'_, AppState>) -> CommandResult<Vec<String>> {
    Ok(state.engine.unseen_notices().await?)
}

#[tauri::command]
pub async fn mark_notices_seen(state: State<'_, AppState>, ids: Vec<String>) -> CommandResult<()> {
    Ok(state.engine.mark_notices_seen(&ids).await?)
}

/// For each notice with any, the tickets about it.
#[tauri::command]
pub async fn notice_tickets(state: State<'_, AppState>) -> CommandResult<HashMap<String, Vec<TicketSummary>>> {
    Ok(state.engine.tickets_about_notices().await?.into_iter().collect())
}

/// The notices a ticket is about, newest first.
#[tauri::command]
pub async fn ticket_notices(state: State<'_, AppState>, id: String) -> CommandResult<Vec<Notice>> {
    Ok(state.engine.notices_about(&id).await?)
}

#[tauri::command]
pub async fn get_notify_prefs(state: State<'_, AppState>) -> CommandResult<NotifyPrefs> {
    Ok(state.engine.notify_prefs().await?)
}

#[tauri::command]
pub async fn set_notify_prefs(state: State<'_, AppState>, prefs: NotifyPrefs) -> CommandResult<()> {
    Ok(state.engine.set_notify_prefs(&prefs).await?)
}

#[tauri::command]
pub fn notifier_state(state: State<'_, AppState>) -> NotifierState {
    state.notifier.lock().unwrap_or_else(|e| e.into_inner()).clone()
}

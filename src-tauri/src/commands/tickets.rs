//! Tickets from the cache: the list, one ticket, the customer's services. Sending goes
//! through the outbox (`commands/outbox.rs`).

use clientarea_api::Service;
use clientarea_core::{TicketFilter, TicketSummary, TicketView};
use tauri::State;

use crate::error::CommandResult;
use crate::state::AppState;

#[tauri::command]
pub async fn list_tickets(state: State<'_, AppState>, filter: TicketFilter) -> CommandResult<Vec<TicketSummary>> {
    Ok(state.engine.list_tickets(&filter).await?)
}

/// The rows of the list on screen (the list is virtual: 100,000 tickets cost one page).
#[tauri::command]
pub async fn list_ticket_page(
    state: State<'_, AppState>,
    filter: TicketFilter,
    offset: u32,
    limit: u32,
) -> CommandResult<clientarea_core::TicketPage> {
    Ok(state.engine.ticket_page(&filter, offset, limit).await?)
}

/// The provider's support hours: each team on shift or not, when that changes, the week
/// ahead, the coming holidays.
#[tauri::command]
pub async fn support_hours(state: State<'_, AppState>) -> CommandResult<Option<clientarea_core::support::SupportHours>> {
    Ok(state.engine.support_hours().await?)
}

/// A ticket's promise panel: the acknowledgment and first-response clocks, the team in
/// charge and its shift (read again on the core's clock).
#[tauri::command]
pub async fn ticket_promises(state: State<'_, AppState>, id: String) -> CommandResult<clientarea_core::support::Promises> {
    Ok(state.engine.ticket_promises(&id).await?)
}

#[tauri::command]
pub async fn open_ticket(state: State<'_, AppState>, id: String) -> CommandResult<TicketView> {
    Ok(state.engine.open_ticket(&id).await?)
}

#[tauri::command]
pub async fn list_services(state: State<'_, AppState>) -> CommandResult<Vec<Service>> {
    Ok(state.engine.services().await?)
}

/// Incidents the provider already announced for a service, to show before a new ticket.
#[tauri::command]
pub async fn active_notices(state: State<'_, AppState>, service_id: String) -> CommandResult<Vec<clientarea_api::Notice>> {
    Ok(state.engine.active_notices(&service_id).await?)
}

/// When the problem began, read as the provider's desk reads it (CET or CEST), as the
/// customer types the time and picks its zone.
#[tauri::command]
pub fn incident_time(local: String, zone: String) -> CommandResult<clientarea_core::BeganAt> {
    clientarea_core::incident::began_at(&local, &zone).map_err(|e| clientarea_core::Error::Validation(vec![e]).into())
}

/// The zones a begin time can be given in.
#[tauri::command]
pub fn list_time_zones() -> Vec<&'static str> {
    clientarea_core::incident::time_zones()
}

//! The provider's notices for the status view, and whether the desktop shows the app's
//! notifications.

use clientarea_api::Notice;
use clientarea_core::notices::NotifyPrefs;
use tauri::State;

use crate::error::CommandResult;
use crate::notifications::NotifierState;
use crate::state::AppState;

/// Every notice, the customer's own services first, then newest first.
#[tauri::command]
pub async fn list_notices(state: State<'_, AppState>) -> CommandResult<Vec<Notice>> {
    let services = state.engine.services().await?;
    let mut notices = state.engine.notices().await?;
    let own = |n: &Notice| n.service_ids.iter().any(|s| services.iter().any(|x| &x.id == s));
    notices.sort_by(|a, b| own(b).cmp(&own(a)).then(b.published_at.cmp(&a.published_at)));
    Ok(notices)
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

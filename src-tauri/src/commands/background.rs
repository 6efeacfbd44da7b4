//! Living in the background (`crate::background`): whether closing the window keeps the
//! app running in the tray, and whether it starts at login.

use tauri::AppHandle;

use crate::background::BackgroundSettings;
use crate::error::{CommandError, CommandResult};

#[tauri::command]
pub async fn get_background(app: AppHandle) -> CommandResult<BackgroundSettings> {
    Ok(crate::background::settings(&app).await)
}

/// `Some`: the user's choice; `None`: follow whether the desktop has a tray.
#[tauri::command]
pub async fn set_keep_running(app: AppHandle, on: Option<bool>) -> CommandResult<()> {
    crate::background::set_keep_running(&app, on).await?;
    Ok(())
}

#[tauri::command]
pub async fn set_start_at_login(app: AppHandle, on: bool) -> CommandResult<()> {
    crate::background::set_start_at_login(&app, on)
        .map_err(|e| CommandError::new(clientarea_core::ErrorCode::Unknown, format!("the login item could not be changed: {e}")))
}

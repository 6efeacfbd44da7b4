//! Signing in and out, the demo, and the connection to the provider.

use clientarea_core::{Session, SyncState};
use serde::Serialize;
use tauri::State;

use crate::error::{CommandError, CommandResult};
use crate::state::AppState;

/// What the first screen needs: a session to show, or the sign-in form (with the
/// provider address already known, and why the last session could not reopen).
#[derive(Debug, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Startup {
    pub session: Option<Session>,
    pub provider_url: Option<String>,
    pub error: Option<CommandError>,
}

/// Open what the app was started for: the demo (`--demo`), the account of `--provider`,
/// or the account used last. Safe to call again (after a reload of the window).
#[tauri::command]
pub async fn start_session(state: State<'_, AppState>) -> CommandResult<Startup> {
    if let Some(session) = state.engine.session().await {
        return Ok(Startup { session: Some(session), provider_url: None, error: None });
    }
    if state.options.demo {
        return Ok(match start_demo_inner(&state).await {
            Ok(session) => Startup { session: Some(session), provider_url: None, error: None },
            Err(e) => Startup { session: None, provider_url: None, error: Some(e) },
        });
    }
    let account = match &state.options.provider {
        Some(url) => state.engine.account_for_url(url).await?,
        None => state.engine.last_account().await?,
    };
    let provider_url = state.options.provider.clone().or_else(|| account.as_ref().map(|a| a.provider_url.clone()));
    let Some(account) = account else {
        return Ok(Startup { session: None, provider_url, error: None });
    };
    if account.is_demo {
        return Ok(match start_demo_inner(&state).await {
            Ok(session) => Startup { session: Some(session), provider_url: None, error: None },
            Err(e) => Startup { session: None, provider_url: None, error: Some(e) },
        });
    }
    match state.engine.resume(account).await {
        Ok(session) => Ok(Startup { session: Some(session), provider_url: None, error: None }),
        Err(e) => Ok(Startup { session: None, provider_url, error: Some(e.into()) }),
    }
}

#[tauri::command]
pub async fn sign_in(state: State<'_, AppState>, provider_url: String, email: String, password: String) -> CommandResult<Session> {
    Ok(state.engine.sign_in(&provider_url, &email, &password).await?)
}

#[tauri::command]
pub async fn start_demo(state: State<'_, AppState>) -> CommandResult<Session> {
    start_demo_inner(&state).await
}

async fn start_demo_inner(state: &AppState) -> CommandResult<Session> {
    let url = state.demo_url().await.map_err(|e| {
        tracing::error!(error = %e, "demo provider failed to start");
        CommandError::new(clientarea_core::ErrorCode::DemoFailed, e.to_string())
    })?;
    Ok(state.engine.sign_in_demo(&url, clientarea_provider::DEMO_EMAIL, clientarea_provider::DEMO_PASSWORD).await?)
}

#[tauri::command]
pub async fn sign_out(state: State<'_, AppState>) -> CommandResult<()> {
    Ok(state.engine.sign_out().await?)
}

#[tauri::command]
pub async fn sync_now(state: State<'_, AppState>) -> CommandResult<()> {
    state.engine.sync_now().await?;
    Ok(())
}

#[tauri::command]
pub async fn get_sync_state(state: State<'_, AppState>) -> CommandResult<SyncState> {
    Ok(state.engine.sync_state())
}

//! Signing in and out, the demo, and the connection to the provider.

use clientarea_core::{Session, StartupPlan, SyncState};
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
    let plan = state.engine.startup_plan(state.options.provider.as_deref(), state.options.demo).await?;
    let opened = |session| Startup { session: Some(session), provider_url: None, error: None };
    Ok(match plan {
        StartupPlan::SignedIn(session) => opened(session),
        StartupPlan::Demo => match start_demo_inner(&state).await {
            Ok(session) => opened(session),
            Err(e) => Startup { session: None, provider_url: None, error: Some(e) },
        },
        StartupPlan::Resume { account, provider_url } => match state.engine.resume(account).await {
            Ok(session) => opened(session),
            Err(e) => Startup { session: None, provider_url: Some(provider_url), error: Some(e.into()) },
        },
        StartupPlan::SignIn { provider_url } => Startup { session: None, provider_url, error: None },
    })
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

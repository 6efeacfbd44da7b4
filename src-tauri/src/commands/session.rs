//! Signing in and out, several accounts and switching between them, the demo, and the
//! connection to the provider.

use clientarea_core::{AccountEntry, Session, SignedOut, StartupPlan, SyncState};
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

/// Open what the app was started for: the demo (`--demo`), or the accounts signed in at
/// the last exit (the one of `--provider`, or the one used last, on screen). Safe to call
/// again (after a reload of the window).
#[tauri::command]
pub async fn start_session(app: tauri::AppHandle, state: State<'_, AppState>) -> CommandResult<Startup> {
    use tauri::Manager;
    crate::startup::mark("session-asked");
    let prepared = match app.try_state::<Opening>() {
        Some(opening) => opening.0.lock().await.take(),
        None => None,
    };
    let startup = match prepared {
        Some(opening) => match opening.await {
            Ok(startup) => startup?,
            // The opening task panicked: open again, here.
            Err(_) => open_now(&state).await?,
        },
        None => open_now(&state).await?,
    };
    crate::startup::mark("session-open");
    if startup.session.is_none() {
        // The sign-in form is the first screen: nothing to wait for.
        crate::startup::after_first_paint(&app);
    }
    Ok(startup)
}

/// The session being opened since the start (`prepare`), taken by the window's first
/// `start_session`.
pub struct Opening(tokio::sync::Mutex<Option<tauri::async_runtime::JoinHandle<CommandResult<Startup>>>>);

/// Begin opening the session at the start, while the window loads: by the time the page
/// asks (`start_session`), the list's account is open, or nearly.
pub fn prepare(app: &tauri::AppHandle) {
    use tauri::Manager;
    let handle = app.clone();
    let opening = tauri::async_runtime::spawn(async move {
        let state = handle.state::<AppState>();
        open_now(&state).await
    });
    app.manage(Opening(tokio::sync::Mutex::new(Some(opening))));
}

async fn open_now(state: &AppState) -> CommandResult<Startup> {
    let plan = state.engine.startup_plan(state.options.provider.as_deref(), state.options.demo).await?;
    Ok(open_session(state, plan).await)
}

/// A step of the startup trace, named by the window (one of a fixed few).
#[tauri::command]
pub fn startup_mark(app: tauri::AppHandle, step: String) {
    crate::startup::mark_from_window(&app, &step);
}

async fn open_session(state: &AppState, plan: StartupPlan) -> Startup {
    let opened = |session| Startup { session: Some(session), provider_url: None, error: None };
    match plan {
        StartupPlan::SignedIn(session) => opened(session),
        StartupPlan::Demo { others } => {
            // The other accounts reopen beside the demo, in the background.
            let (_, failed) = state.engine.resume_all(others).await;
            drop(failed);
            match start_demo_inner(state).await {
                Ok(session) => opened(session),
                Err(e) => Startup { session: state.engine.session().await, provider_url: None, error: Some(e) },
            }
        }
        StartupPlan::Resume { accounts, provider_url } => {
            let wanted = accounts.first().map(|a| a.id.clone());
            let (session, failed) = state.engine.resume_all(accounts).await;
            // The account wanted on screen did not open (no keyring, no token): its
            // sign-in form, with why. The others that opened stay signed in.
            match failed.into_iter().find(|(a, _)| Some(&a.id) == wanted.as_ref()) {
                Some((_, e)) => Startup { session: None, provider_url: Some(provider_url), error: Some(e.into()) },
                None => Startup { session, provider_url: Some(provider_url), error: None },
            }
        }
        StartupPlan::SignIn { provider_url } => Startup { session: None, provider_url, error: None },
    }
}

/// Sign in and put the account on screen; the accounts signed in before stay signed in.
/// `remember`: the token goes to the keyring and the account reopens at the next start;
/// false keeps it in memory for this session only (for a desktop without a usable keyring).
#[tauri::command]
pub async fn sign_in(
    state: State<'_, AppState>,
    provider_url: String,
    email: String,
    password: String,
    remember: bool,
) -> CommandResult<Session> {
    Ok(if remember {
        state.engine.sign_in(&provider_url, &email, &password).await?
    } else {
        state.engine.sign_in_for_session(&provider_url, &email, &password).await?
    })
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
    crate::startup::mark("demo-provider");
    Ok(state.engine.sign_in_demo(&url, clientarea_provider::DEMO_EMAIL, clientarea_provider::DEMO_PASSWORD).await?)
}

/// Sign the account on screen out: the provider revokes its token; with `forget` its
/// tickets, drafts and waiting sends leave this computer too.
#[tauri::command]
pub async fn sign_out(state: State<'_, AppState>, forget: bool) -> CommandResult<SignedOut> {
    let Some(session) = state.engine.session().await else {
        return Ok(SignedOut { revoked: false, forgotten: false, current: None });
    };
    Ok(state.engine.sign_out_account(&session.account_id, forget).await?)
}

/// The accounts signed in, for the switcher: the one on screen, and each with what is
/// unread in it.
#[derive(Debug, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Accounts {
    pub current: Option<Session>,
    pub accounts: Vec<AccountEntry>,
}

#[tauri::command]
pub async fn list_accounts(state: State<'_, AppState>) -> CommandResult<Accounts> {
    Ok(Accounts { current: state.engine.session().await, accounts: state.engine.accounts().await? })
}

/// Put another signed-in account on screen.
#[tauri::command]
pub async fn switch_account(state: State<'_, AppState>, account_id: String) -> CommandResult<Session> {
    Ok(state.engine.switch_account(&account_id).await?)
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

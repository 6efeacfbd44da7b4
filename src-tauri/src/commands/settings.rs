//! Settings: the language (the OS's by default, the user's choice once made) and how
//! much the app logs (the daily files support may ask for, `logs.rs`).

use serde::Serialize;
use tauri::{AppHandle, Manager, State};

use crate::error::CommandResult;
use crate::state::AppState;

#[derive(Debug, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Settings {
    /// The user's choice; `None` follows the OS.
    pub language: Option<String>,
    /// What the OS asks for, negotiated to a shipped locale.
    pub os_locale: String,
    /// What the UI shows now.
    pub locale: String,
    pub locales: Vec<String>,
    /// Offer the pseudo-locale (`CLIENTAREA_PSEUDO_LOCALE=1`): accented, longer English,
    /// for developers to catch text outside Fluent and layouts that clip.
    pub pseudo_locale: bool,
    pub log_level: clientarea_core::LogLevel,
    /// The folder of the daily log files, to tell support where they are.
    pub log_dir: Option<String>,
}

#[tauri::command]
pub async fn get_settings(app: AppHandle, state: State<'_, AppState>) -> CommandResult<Settings> {
    let language = state.engine.language().await?;
    let log_dir = app.try_state::<crate::logs::Logs>().and_then(|l| l.dir().map(|d| d.display().to_string()));
    Ok(Settings {
        language,
        os_locale: clientarea_l10n::os_locale().to_owned(),
        locale: state.locale().to_owned(),
        locales: clientarea_l10n::LOCALES.iter().map(|l| (*l).to_owned()).collect(),
        pseudo_locale: std::env::var("CLIENTAREA_PSEUDO_LOCALE").is_ok_and(|v| v == "1"),
        log_level: state.engine.log_level().await?,
        log_dir,
    })
}

/// Log at `level` from now on, and at every start.
#[tauri::command]
pub async fn set_log_level(app: AppHandle, state: State<'_, AppState>, level: clientarea_core::LogLevel) -> CommandResult<()> {
    state.engine.set_log_level(level).await?;
    if let Some(logs) = app.try_state::<crate::logs::Logs>() {
        logs.set_level(level);
    }
    tracing::info!(level = level.as_str(), "log level set");
    Ok(())
}

/// Choose the language (`None`: follow the OS). Returns the locale now in use; the
/// window title follows at once.
#[tauri::command]
pub async fn set_language(app: AppHandle, state: State<'_, AppState>, language: Option<String>) -> CommandResult<String> {
    let language = language.filter(|l| !l.is_empty());
    let locale = match &language {
        Some(l) => clientarea_l10n::negotiate(&[l]),
        None => clientarea_l10n::os_locale(),
    };
    state.engine.set_language(language.as_ref().map(|_| locale)).await?;
    state.set_locale(locale);
    if let Some(w) = app.get_webview_window("main") {
        let _ = w.set_title(&state.title());
    }
    crate::tray::refresh(&app).await;
    Ok(locale.to_owned())
}

/// The notification addresses as the settings show them: the change waiting to be sent
/// if there is one, else the provider's.
#[derive(Debug, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct AccountEmails {
    /// The registered address (where an empty kind goes).
    pub email: Option<String>,
    pub notification_emails: clientarea_api::NotificationEmails,
    /// True while the change waits in the outbox.
    pub pending: bool,
}

#[tauri::command]
pub async fn get_account_emails(state: State<'_, AppState>) -> CommandResult<AccountEmails> {
    let (account, pending) = state.engine.account().await?;
    Ok(AccountEmails {
        email: account.as_ref().map(|a| a.email.clone()),
        pending: pending.is_some(),
        notification_emails: pending.or(account.map(|a| a.notification_emails)).unwrap_or_default(),
    })
}

#[tauri::command]
pub async fn set_notification_emails(state: State<'_, AppState>, emails: clientarea_api::NotificationEmails) -> CommandResult<()> {
    state.engine.set_notification_emails(&emails).await?;
    Ok(())
}

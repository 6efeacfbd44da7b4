//! Settings: the language (the OS's by default, the user's choice once made).

use serde::Serialize;
use tauri::{AppHandle, Manager, State};

use crate::error::CommandResult;
use crate::state::AppState;

#[derive(Debug, Serialize)]
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
}

#[tauri::command]
pub async fn get_settings(state: State<'_, AppState>) -> CommandResult<Settings> {
    let language = state.engine.language().await?;
    Ok(Settings {
        language,
        os_locale: clientarea_l10n::os_locale().to_owned(),
        locale: state.locale().to_owned(),
        locales: clientarea_l10n::LOCALES.iter().map(|l| (*l).to_owned()).collect(),
        pseudo_locale: std::env::var("CLIENTAREA_PSEUDO_LOCALE").is_ok_and(|v| v == "1"),
    })
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
    Ok(locale.to_owned())
}

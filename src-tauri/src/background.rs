//! Living in the background: closing the window can leave the app running in the tray,
//! so notifications keep coming (Quit in the tray's menu ends it), and the app can start
//! at login. Keeping running is on by default where the desktop shows a tray (a
//! StatusNotifierWatcher with a host on the session bus: without one, a hidden window
//! could only come back by starting the app again), off where it does not; the user's
//! choice wins either way. Starting at login is off unless the user turns it on (the
//! desktop's autostart entry, `autostart.rs`).

use std::sync::atomic::{AtomicBool, Ordering};

use serde::Serialize;
use tauri::{AppHandle, Manager};

use crate::state::AppState;

/// Where the user's choice is kept in the profile: `on`, `off`, or nothing (automatic).
const SETTING: &str = "keep_running";

/// Whether closing the window hides it now, and whether a tray host was found.
#[derive(Default)]
pub struct Background {
    keep_running: AtomicBool,
    tray_host: AtomicBool,
}

/// What Settings shows.
#[derive(Debug, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct BackgroundSettings {
    /// Closing the window leaves the app running (in effect now).
    pub keep_running: bool,
    /// Nothing chosen: it follows whether a tray exists.
    pub automatic: bool,
    /// The desktop shows a tray (where the app lives while its window is closed).
    pub tray_host: bool,
    /// The app starts when the user logs in.
    pub start_at_login: bool,
}

/// Whether the session bus has a tray: a StatusNotifierWatcher that says a host (a
/// panel) is registered with it.
pub async fn tray_host() -> bool {
    async fn ask() -> zbus::Result<bool> {
        let conn = zbus::Connection::session().await?;
        let dbus = zbus::fdo::DBusProxy::new(&conn).await?;
        let watcher = zbus::names::BusName::try_from("org.kde.StatusNotifierWatcher")?;
        if !dbus.name_has_owner(watcher.clone()).await? {
            return Ok(false);
        }
        let props = zbus::fdo::PropertiesProxy::builder(&conn).destination(watcher).path("/StatusNotifierWatcher").build().await?;
        let iface = zbus::names::InterfaceName::try_from("org.kde.StatusNotifierWatcher")?;
        let value = props.get(iface, "IsStatusNotifierHostRegistered").await?;
        Ok(bool::try_from(value).unwrap_or(false))
    }
    match tokio::time::timeout(std::time::Duration::from_secs(2), ask()).await {
        Ok(Ok(found)) => found,
        Ok(Err(e)) => {
            tracing::info!(error = %e, "no tray on this desktop");
            false
        }
        Err(_) => false,
    }
}

/// Decide, at start, whether closing the window keeps the app running.
pub async fn init(app: &AppHandle) {
    let host = tray_host().await;
    let chosen = choice(app).await;
    let background = app.state::<Background>();
    background.tray_host.store(host, Ordering::SeqCst);
    background.keep_running.store(chosen.unwrap_or(host), Ordering::SeqCst);
    tracing::info!(tray_host = host, keep_running = chosen.unwrap_or(host), "background");
}

async fn choice(app: &AppHandle) -> Option<bool> {
    let state = app.state::<AppState>();
    match state.engine.setting(SETTING).await.ok().flatten().as_deref() {
        Some("on") => Some(true),
        Some("off") => Some(false),
        _ => None,
    }
}

/// The window is being closed: hide it instead when the app keeps running (true: the
/// close is to be prevented).
pub fn hide_instead_of_closing(app: &AppHandle) -> bool {
    let keep = app.try_state::<Background>().is_some_and(|b| b.keep_running.load(Ordering::SeqCst));
    if keep && let Some(w) = app.get_webview_window("main") {
        let _ = w.hide();
        tracing::info!("window closed: the app keeps running in the tray");
    }
    keep
}

/// What Settings shows now.
pub async fn settings(app: &AppHandle) -> BackgroundSettings {
    let background = app.state::<Background>();
    BackgroundSettings {
        keep_running: background.keep_running.load(Ordering::SeqCst),
        automatic: choice(app).await.is_none(),
        tray_host: background.tray_host.load(Ordering::SeqCst),
        start_at_login: crate::autostart::is_enabled(app),
    }
}

/// Keep running when the window is closed: `Some` is the user's choice, `None` follows
/// whether a tray exists.
pub async fn set_keep_running(app: &AppHandle, on: Option<bool>) -> clientarea_core::Result<()> {
    let stored = on.map(|on| if on { "on" } else { "off" });
    app.state::<AppState>().engine.set_setting(SETTING, stored).await?;
    let background = app.state::<Background>();
    let host = background.tray_host.load(Ordering::SeqCst);
    background.keep_running.store(on.unwrap_or(host), Ordering::SeqCst);
    Ok(())
}

/// Start at login, or not.
pub fn set_start_at_login(app: &AppHandle, on: bool) -> Result<(), String> {
    crate::autostart::set(app, on)
}

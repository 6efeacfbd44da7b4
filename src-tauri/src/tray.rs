//! The tray icon: how many tickets have unread replies and how many notices are new, in
//! every signed-in account, as the indicator's label beside the icon and as the first
//! line of its menu, a red dot on the icon while there are any, and a menu to open the
//! window or the status view, in the UI's language. With several accounts the menu
//! counts each one on its own line; clicking one puts it on screen. Where the desktop has
//! no tray the app runs the same without it.

use clientarea_core::{AccountEntry, EngineEvent, Unread};
use clientarea_l10n::FluentArgs;
use tauri::image::Image;
use tauri::menu::{Menu, MenuItem, PredefinedMenuItem};
use tauri::tray::{TrayIcon, TrayIconBuilder};
use tauri::{AppHandle, Emitter, Manager, Wry};
use tokio::sync::broadcast::error::RecvError;

use crate::events::NAVIGATE_EVENT;
use crate::state::AppState;

/// The tray and the menu items whose text changes.
pub struct Tray {
    icon: TrayIcon,
    menu: Menu<Wry>,
    summary: MenuItem<Wry>,
    /// One line per account when more than one is signed in (id, its line).
    accounts: std::sync::Mutex<Vec<(String, MenuItem<Wry>)>>,
    open: MenuItem<Wry>,
    status: MenuItem<Wry>,
    quit: MenuItem<Wry>,
    plain: Image<'static>,
    marked: Image<'static>,
    /// Whether the icon now shown has the dot (the indicator writes the icon to a file
    /// each time it is set: set it only when that changes).
    dotted: std::sync::Mutex<Option<bool>>,
}

/// Builds the tray (on the main thread, from `setup`) and keeps it current.
pub fn spawn(app: &AppHandle) {
    let tray = match build(app) {
        Ok(t) => t,
        Err(e) => {
            tracing::warn!(error = %e, "no tray icon on this desktop");
            return;
        }
    };
    app.manage(tray);
    let app = app.clone();
    let mut rx = app.state::<AppState>().engine.subscribe();
    tauri::async_runtime::spawn(async move {
        refresh(&app).await;
        // A maintenance window that ends stops counting as new without any change from
        // the provider: the engine's ticker says so (UnreadChanged), like any other change.
        loop {
            match rx.recv().await {
                Ok(EngineEvent::Sync(_) | EngineEvent::OutboxChanged | EngineEvent::Clock { .. }) => continue,
                Ok(_) | Err(RecvError::Lagged(_)) => {}
                Err(RecvError::Closed) => break,
            }
            // A pull brings many changes at once: count once for all of them.
            while rx.try_recv().is_ok() {}
            refresh(&app).await;
        }
    });
}

fn build(app: &AppHandle) -> tauri::Result<Tray> {
    let summary = MenuItem::with_id(app, "summary", "", false, None::<&str>)?;
    let open = MenuItem::with_id(app, "open", "", true, None::<&str>)?;
    let status = MenuItem::with_id(app, "status", "", true, None::<&str>)?;
    let quit = MenuItem::with_id(app, "quit", "", true, None::<&str>)?;
    let menu = Menu::with_items(
        app,
        &[&summary, &PredefinedMenuItem::separator(app)?, &open, &status, &PredefinedMenuItem::separator(app)?, &quit],
    )?;
    let plain = app.default_window_icon().cloned().unwrap_or_else(|| Image::new_owned(vec![0; 4], 1, 1)).to_owned();
    let marked = with_dot(&plain);
    let icon = TrayIconBuilder::with_id("main")
        .icon(plain.clone())
        .menu(&menu)
        .on_menu_event(|app, event| match event.id().as_ref() {
            "open" => show(app, None),
            "status" => show(app, Some("status")),
            "quit" => app.exit(0),
            other => {
                if let Some(id) = other.strip_prefix(ACCOUNT_ITEM) {
                    switch_to(app, id.to_owned());
                }
            }
        })
        .build(app)?;
    Ok(Tray { icon, menu, summary, accounts: Default::default(), open, status, quit, plain, marked, dotted: Default::default() })
}

fn show(app: &AppHandle, view: Option<&str>) {
    if let Some(w) = app.get_webview_window("main") {
        let _ = w.show();
        let _ = w.unminimize();
        let _ = w.set_focus();
    }
    if let Some(view) = view {
        let _ = app.emit(NAVIGATE_EVENT, view);
    }
}

/// The id of an account's menu line: this prefix and the account's id.
const ACCOUNT_ITEM: &str = "account:";

/// Put account `id` on screen (its line in the menu was clicked) and show the window.
fn switch_to(app: &AppHandle, id: String) {
    let app = app.clone();
    tauri::async_runtime::spawn(async move {
        if let Err(e) = app.state::<AppState>().engine.switch_account(&id).await {
            tracing::warn!(code = %e.code(), "could not switch to the account chosen in the tray");
        }
        show(&app, Some("tickets"));
    });
}

/// "3 unread tickets, 1 new notice" in `locale`.
fn summary_of(state: &AppState, locale: &str, unread: Unread) -> String {
    let mut args = FluentArgs::new();
    args.set("tickets", unread.tickets);
    args.set("notices", unread.notices);
    state.l10n.format(locale, "tray-summary", Some(&args))
}

/// The lines of the accounts, when more than one is signed in: made again when the set
/// of accounts changes, relabelled otherwise.
fn account_lines(app: &AppHandle, tray: &Tray, state: &AppState, locale: &str, accounts: &[AccountEntry]) -> tauri::Result<()> {
    let mut lines = tray.accounts.lock().unwrap_or_else(|e| e.into_inner());
    let wanted: Vec<&str> = if accounts.len() > 1 { accounts.iter().map(|a| a.session.account_id.as_str()).collect() } else { vec![] };
    if lines.iter().map(|(id, _)| id.as_str()).ne(wanted.iter().copied()) {
        for (_, item) in lines.drain(..) {
            tray.menu.remove(&item)?;
        }
        for (i, id) in wanted.iter().enumerate() {
            let item = MenuItem::with_id(app, format!("{ACCOUNT_ITEM}{id}"), "", true, None::<&str>)?;
            tray.menu.insert(&item, 1 + i)?;
            lines.push(((*id).to_owned(), item));
        }
    }
    for ((_, item), entry) in lines.iter().zip(accounts) {
        let mut args = FluentArgs::new();
        let host = url::Url::parse(&entry.session.provider_url).ok().and_then(|u| u.host_str().map(str::to_owned)).unwrap_or_default();
        args.set("account", format!("{} ({host})", entry.session.email));
        args.set("summary", summary_of(state, locale, entry.unread));
        item.set_text(state.l10n.format(locale, "tray-account", Some(&args)))?;
    }
    Ok(())
}

/// Counts again and redraws the tray in the UI's language (also after a language change).
pub async fn refresh(app: &AppHandle) {
    let Some(tray) = app.try_state::<Tray>() else { return };
    let state = app.state::<AppState>();
    let accounts = match state.engine.accounts().await {
        Ok(a) => a,
        Err(e) => {
            tracing::warn!(error = %e, "could not count what is unread");
            Vec::new()
        }
    };
    // Every account counts on the icon, not only the one on screen.
    let unread = accounts.iter().fold(Unread::default(), |sum, a| Unread {
        tickets: sum.tickets.saturating_add(a.unread.tickets),
        notices: sum.notices.saturating_add(a.unread.notices),
    });
    let locale = state.locale();
    let summary = summary_of(&state, locale, unread);
    if let Err(e) = account_lines(app, &tray, &state, locale, &accounts) {
        tracing::warn!(error = %e, "could not list the accounts in the tray");
    }
    let total = unread.tickets.saturating_add(unread.notices);
    let dot = total > 0;
    let icon_changes = tray.dotted.lock().unwrap_or_else(|e| e.into_inner()).replace(dot) != Some(dot);
    let results = [
        tray.summary.set_text(&summary),
        tray.open.set_text(state.l10n.format(locale, "tray-open", None)),
        tray.status.set_text(state.l10n.format(locale, "tray-status", None)),
        tray.quit.set_text(state.l10n.format(locale, "tray-quit", None)),
        tray.icon.set_title((total > 0).then(|| total.to_string())),
        tray.icon.set_tooltip(Some(&summary)),
        if icon_changes { tray.icon.set_icon(Some(if dot { tray.marked.clone() } else { tray.plain.clone() })) } else { Ok(()) },
    ];
    for r in results {
        if let Err(e) = r {
            tracing::warn!(error = %e, "could not update the tray icon");
        }
    }
}

/// The icon with a red dot in its top right corner: something is waiting.
fn with_dot(icon: &Image<'_>) -> Image<'static> {
    let (w, h) = (icon.width(), icon.height());
    let mut rgba = icon.rgba().to_vec();
    let r = w.min(h) as f32 * 0.22;
    let (cx, cy) = (w as f32 - r - 0.5, r + 0.5);
    for y in 0..h {
        for x in 0..w {
            let d = ((x as f32 - cx).powi(2) + (y as f32 - cy).powi(2)).sqrt();
            if d <= r {
                let i = ((y * w + x) * 4) as usize;
                rgba[i..i + 4].copy_from_slice(&[0xd9, 0x2d, 0x20, 0xff]);
            }
        }
    }
    Image::new_owned(rgba, w, h)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_dot_is_drawn_in_the_top_right_corner_only() {
        let plain = Image::new_owned(vec![0; 32 * 32 * 4], 32, 32);
        let marked = with_dot(&plain);
        let px = |x: u32, y: u32| &marked.rgba()[((y * 32 + x) * 4) as usize..((y * 32 + x) * 4 + 4) as usize];
        assert_eq!(px(26, 5), [0xd9, 0x2d, 0x20, 0xff]);
        assert_eq!(px(3, 28), [0, 0, 0, 0]);
        assert_eq!(px(3, 3), [0, 0, 0, 0]);
    }
}

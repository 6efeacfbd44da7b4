//! The start, in two halves: what the first screen needs (the session, opened while the
//! window loads), then, once that screen is painted, the rest: the engine's loops (the
//! first pull, the push stream, the outbox) and the tray. A start in the background, or
//! a window that never says it painted, gets the rest after `REST_AT_LATEST`.
//!
//! And the startup trace: each step in milliseconds since the process began, logged as
//! `startup` events (`bench-launch` keeps them as a bench output). The window's own steps
//! (the UI booted, the list painted) come through `startup_mark`.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use tauri::{AppHandle, Manager};

use crate::state::AppState;

/// The rest of the start waits at most this long for the first paint.
const REST_AT_LATEST: Duration = Duration::from_millis(1500);
static REST_STARTED: AtomicBool = AtomicBool::new(false);

static BEGAN: OnceLock<Instant> = OnceLock::new();

/// The process began (the first thing `run` does).
pub fn begin() {
    let _ = BEGAN.set(Instant::now());
}

/// A step done now.
pub fn mark(step: &str) {
    let ms = BEGAN.get().map_or(0.0, |t| t.elapsed().as_secs_f64() * 1000.0);
    tracing::info!(target: "startup", step, ms = format!("{ms:.1}"), "startup");
}

/// The steps the window names: a fixed set, so a page cannot write what it likes into
/// the log. The list painted: the rest of the start begins.
pub fn mark_from_window(app: &AppHandle, step: &str) {
    const STEPS: [&str; 3] = ["ui-script", "ui-session", "list-painted"];
    if let Some(step) = STEPS.iter().find(|s| **s == step) {
        mark(step);
    }
    if step == "list-painted" {
        after_first_paint(app);
    }
}

/// After setup: the rest of the start begins by `REST_AT_LATEST` whatever the window does.
pub fn schedule_rest(app: &AppHandle) {
    let app = app.clone();
    tauri::async_runtime::spawn(async move {
        tokio::time::sleep(REST_AT_LATEST).await;
        after_first_paint(&app);
    });
}

/// The engine's loops and the tray, once.
pub fn after_first_paint(app: &AppHandle) {
    if REST_STARTED.swap(true, Ordering::SeqCst) {
        return;
    }
    // The loops are tokio tasks: started inside the runtime, whichever thread asks.
    let handle = app.clone();
    tauri::async_runtime::spawn(async move {
        if let Some(state) = handle.try_state::<AppState>() {
            let mut background = state.background.lock().unwrap_or_else(|e| e.into_inner());
            if background.is_none() {
                *background = Some(state.engine.start());
            }
        }
        mark("rest-started");
    });
    // The tray's icon and menu are GTK's: made on the main thread.
    let handle = app.clone();
    let _ = app.run_on_main_thread(move || crate::tray::spawn(&handle));
}

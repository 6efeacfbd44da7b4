//! The startup trace: each step of a start, in milliseconds since the process began,
//! logged as `startup` events (`bench-launch` keeps them as a bench output). The window's
//! own steps (the UI booted, the list painted) come through `startup_mark`.

use std::sync::OnceLock;
use std::time::Instant;

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
/// the log.
pub fn mark_from_window(step: &str) {
    const STEPS: [&str; 3] = ["ui-script", "ui-session", "list-painted"];
    if let Some(step) = STEPS.iter().find(|s| **s == step) {
        mark(step);
    }
}

//! The window's size, place and maximized state are remembered per monitor setup (the
//! window-state plugin keeps them; this names them): a laptop's window docked to two
//! screens and the same laptop on the road each come back where the user left them.
//! The setup is the monitors' geometry and scale at start (not their names: a screen
//! swapped for one of the same size keeps the layout). A setup seen for the first time
//! starts from the default size, centered by the window manager.

use std::sync::OnceLock;

use tauri::{AppHandle, PhysicalPosition, PhysicalSize};

/// The main window's key in the plugin's file: `main@<setup>`.
static MAIN: OnceLock<String> = OnceLock::new();

/// Read the monitor setup; before the main window is made.
pub fn init(app: &AppHandle) {
    let monitors: Vec<_> =
        app.available_monitors().unwrap_or_default().iter().map(|m| (*m.position(), *m.size(), m.scale_factor())).collect();
    let key = setup_key(&monitors);
    tracing::debug!(setup = %key, "monitor setup");
    let _ = MAIN.set(format!("main@{key}"));
}

/// The plugin's name for a window: the main window's for this monitor setup.
pub fn label(label: &str) -> &str {
    match MAIN.get() {
        Some(main) if label == "main" => main,
        _ => label,
    }
}

/// The same for the same monitors in any order: `WxH+X+Y@scale`, sorted.
fn setup_key(monitors: &[(PhysicalPosition<i32>, PhysicalSize<u32>, f64)]) -> String {
    let mut parts: Vec<String> =
        monitors.iter().map(|(p, s, scale)| format!("{}x{}{:+}{:+}@{}", s.width, s.height, p.x, p.y, (scale * 100.0).round())).collect();
    parts.sort();
    if parts.is_empty() { "unknown".into() } else { parts.join(",") }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(x: i32, y: i32, w: u32, h: u32, scale: f64) -> (PhysicalPosition<i32>, PhysicalSize<u32>, f64) {
        (PhysicalPosition::new(x, y), PhysicalSize::new(w, h), scale)
    }

    #[test]
    fn a_setup_is_its_monitors_in_any_order() {
        let docked = setup_key(&[m(0, 0, 2560, 1440, 1.0), m(2560, 0, 1920, 1080, 1.25)]);
        assert_eq!(docked, "1920x1080+2560+0@125,2560x1440+0+0@100");
        assert_eq!(docked, setup_key(&[m(2560, 0, 1920, 1080, 1.25), m(0, 0, 2560, 1440, 1.0)]));
        // The laptop alone, the same screens arranged the other way, another scale: others.
        for other in [
            setup_key(&[m(0, 0, 2560, 1440, 1.0)]),
            setup_key(&[m(1920, 0, 2560, 1440, 1.0), m(0, 0, 1920, 1080, 1.25)]),
            setup_key(&[m(0, 0, 2560, 1440, 1.5), m(2560, 0, 1920, 1080, 1.25)]),
        ] {
            assert_ne!(docked, other);
        }
        assert_eq!(setup_key(&[m(-1280, 0, 1280, 1024, 1.0)]), "1280x1024-1280+0@100");
        assert_eq!(setup_key(&[]), "unknown");
    }

    #[test]
    fn only_the_main_window_is_renamed() {
        let _ = MAIN.set("main@1280x860+0+0@100".into());
        assert_eq!(label("main"), "main@1280x860+0+0@100");
        assert_eq!(label("other"), "other");
    }
}

//! The window shows the app's own pages and nothing else. Provider text never becomes
//! HTML, but if a page of the app ever tried to go elsewhere (`window.location`, a link
//! without the app's handler, a form) the navigation is refused here, and a request for
//! a new window (`window.open`, `target=_blank`) is always refused. Links to the outside
//! go through `commands::links::open_link`, to the system browser.
//!
//! Words: the app's *origin* is `tauri://localhost` (the embedded UI on Linux and macOS)
//! or `http(s)://tauri.localhost` (Windows); in a dev build, also the Vite dev server.

use tauri::webview::NewWindowResponse;
use tauri::{Manager, Runtime, Url, WebviewWindow, WebviewWindowBuilder};

/// Whether `url` is one of the app's own pages. `dev_url`: the dev server, in dev builds.
pub fn is_own(url: &Url, dev_url: Option<&Url>) -> bool {
    let host = url.host_str();
    let embedded = match url.scheme() {
        "tauri" => host == Some("localhost"),
        "http" | "https" => host == Some("tauri.localhost"),
        _ => false,
    };
    embedded || dev_url.is_some_and(|d| d.origin() == url.origin())
}

/// Build the main window from its entry in tauri.conf.json (which has `create: false`,
/// so this is the only place it is made), locked to the app's origin.
pub fn main_window<R: Runtime, M: Manager<R>>(manager: &M) -> tauri::Result<WebviewWindow<R>> {
    let config = manager.config();
    let Some(window) = config.app.windows.iter().find(|w| w.label == "main") else {
        return Err(tauri::Error::WindowNotFound);
    };
    let dev_url = if tauri::is_dev() { config.build.dev_url.clone() } else { None };
    WebviewWindowBuilder::from_config(manager, window)?
        .on_navigation(move |url| {
            let own = is_own(url, dev_url.as_ref());
            if !own {
                tracing::warn!(scheme = url.scheme(), host = url.host_str().unwrap_or_default(), "navigation away from the app refused");
            }
            own
        })
        .on_new_window(|url, _| {
            tracing::warn!(scheme = url.scheme(), host = url.host_str().unwrap_or_default(), "new window refused");
            NewWindowResponse::Deny
        })
        .build()
}

#[cfg(test)]
mod tests {
    use super::is_own;
    use tauri::Url;

    fn url(s: &str) -> Url {
        Url::parse(s).unwrap()
    }

    #[test]
    fn only_the_apps_own_pages_are_its_own() {
        for own in ["tauri://localhost/", "tauri://localhost/index.html#/tickets", "http://tauri.localhost/", "https://tauri.localhost/x"] {
            assert!(is_own(&url(own), None), "{own}");
        }
        for other in [
            "http://127.0.0.1:8080/",
            "https://evil.example/",
            "tauri://evil.example/",
            "http://localhost:5173/",
            "http://tauri.localhost.evil.example/",
            "file:///etc/passwd",
            "javascript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "about:blank",
        ] {
            assert!(!is_own(&url(other), None), "{other}");
        }
    }

    #[test]
    fn the_dev_server_is_own_only_in_dev_builds() {
        let dev = url("http://localhost:5173");
        assert!(is_own(&url("http://localhost:5173/src/main.ts"), Some(&dev)));
        assert!(!is_own(&url("http://localhost:5174/"), Some(&dev)));
        assert!(!is_own(&url("http://localhost:5173/"), None));
    }
}

//! `clientarea://` links, as the provider's notification e-mails can carry them:
//! `clientarea://ticket/<id>`, `clientarea://notice/<id>`, `clientarea://invoice/<id>`.
//! The desktop hands one to the app as an argument (its `.desktop` entry registers the
//! scheme); a second start passes it on to the first (`instance.rs`). Links wait here
//! until the window takes them, so one that came before the window was ready is not
//! lost; a link of another kind, or a malformed one, is refused and the window says so.

use std::sync::Mutex;

use tauri::{AppHandle, Emitter, Manager};

/// The scheme the app registers with the desktop.
pub const SCHEME: &str = "clientarea";
/// The window is told that links wait (`take_links` reads them).
pub const LINKS_EVENT: &str = "links";
/// The longest link kept whole (a refused one is shown cut to this).
const LINK_MAX: usize = 200;

/// A link, read.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum DeepLink {
    Ticket {
        id: String,
    },
    Notice {
        id: String,
    },
    Invoice {
        id: String,
    },
    /// Not one the app opens: shown to the user as it came (cut), never followed.
    Refused {
        link: String,
    },
}

/// Read `raw` as one of the app's links.
pub fn parse(raw: &str) -> DeepLink {
    let refused = || DeepLink::Refused { link: raw.chars().take(LINK_MAX).collect() };
    let Ok(url) = url::Url::parse(raw.trim()) else { return refused() };
    if url.scheme() != SCHEME || url.query().is_some() || url.fragment().is_some() {
        return refused();
    }
    let kind = url.host_str().unwrap_or_default().to_ascii_lowercase();
    let id = url.path().trim_start_matches('/').trim_end_matches('/');
    let id_ok = (1..=128).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'));
    if !id_ok {
        return refused();
    }
    let id = id.to_owned();
    match kind.as_str() {
        "ticket" => DeepLink::Ticket { id },
        "notice" => DeepLink::Notice { id },
        "invoice" => DeepLink::Invoice { id },
        _ => refused(),
    }
}

/// Whether a command-line argument is meant as a link (not an option or a file).
fn is_link(arg: &str) -> bool {
    !arg.starts_with('-') && arg.contains("://")
}

/// The links waiting for the window.
#[derive(Default)]
pub struct PendingLinks(Mutex<Vec<DeepLink>>);

/// Keep the links among `args` for the window, tell it, and bring it to the front when
/// `raise` (a second start asked for the app: it should come up even without a link).
pub fn receive(app: &AppHandle, args: &[String], raise: bool) {
    let links: Vec<DeepLink> = args.iter().filter(|a| is_link(a)).map(|a| parse(a)).collect();
    if !links.is_empty() {
        if let Some(pending) = app.try_state::<PendingLinks>() {
            pending.0.lock().unwrap_or_else(|e| e.into_inner()).extend(links);
        }
        let _ = app.emit(LINKS_EVENT, ());
    }
    if raise && let Some(w) = app.get_webview_window("main") {
        let _ = w.show();
        let _ = w.unminimize();
        let _ = w.set_focus();
    }
}

/// The links that came since the window last asked, oldest first.
pub fn take(app: &AppHandle) -> Vec<DeepLink> {
    app.try_state::<PendingLinks>().map(|p| std::mem::take(&mut *p.0.lock().unwrap_or_else(|e| e.into_inner()))).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_three_kinds_open_and_anything_else_is_refused() {
        assert_eq!(parse("clientarea://ticket/3f2a-77"), DeepLink::Ticket { id: "3f2a-77".into() });
        assert_eq!(parse("clientarea://notice/n-1/"), DeepLink::Notice { id: "n-1".into() });
        assert_eq!(parse("CLIENTAREA://Invoice/inv-3"), DeepLink::Invoice { id: "inv-3".into() });
        for bad in [
            "clientarea://server/1",
            "clientarea://ticket/",
            "clientarea://ticket/a/b",
            "clientarea://ticket/a?x=1",
            "clientarea://ticket/%2e%2e",
            "https://ticket/abc",
            "javascript:alert(1)",
            "clientarea:ticket",
        ] {
            assert!(matches!(parse(bad), DeepLink::Refused { .. }), "{bad}");
        }
        let long = format!("clientarea://ticket/{}", "x".repeat(500));
        let DeepLink::Refused { link } = parse(&long) else { panic!("too long an id") };
        assert_eq!(link.chars().count(), LINK_MAX);
    }

    #[test]
    fn only_arguments_that_look_like_links_are_read() {
        assert!(is_link("clientarea://ticket/1"));
        assert!(is_link("https://example.com"));
        assert!(!is_link("--demo"));
        assert!(!is_link("/home/me/file.txt"));
    }
}

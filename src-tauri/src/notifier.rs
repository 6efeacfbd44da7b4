//! Whether the desktop shows the app's notifications, as the status view is told: the
//! outcome of the last call to the notification daemon (`notifications.rs` makes it).

use serde::Serialize;

/// Whether the desktop shows the app's notifications.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct NotifierState {
    pub state: NotifierStatus,
    /// When unavailable: why.
    pub reason: Option<NotifierReason>,
}

#[derive(Debug, Clone, Copy, Default, Serialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "lowercase")]
pub enum NotifierStatus {
    /// Nothing asked or posted yet.
    #[default]
    Unknown,
    Ok,
    Unavailable,
}

/// Why the desktop does not show notifications.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum NotifierReason {
    /// No notification daemon on the session bus.
    NoDaemon,
    /// No session bus at all.
    NoBus,
    /// The daemon did not answer in time.
    Timeout,
    /// Anything else the daemon or the bus said.
    Error,
}

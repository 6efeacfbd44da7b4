//! Changes that come with time alone, with nothing from the provider: a maintenance
//! window ends (it stops counting as new), a first-response promise falls due (a list
//! row turns overdue), relative times move on. One ticker for the whole app: the shell
//! and the UI listen to [`EngineEvent::Clock`] and to `UnreadChanged` instead of keeping
//! timers of their own.

use std::time::Duration;

use chrono::Utc;

use super::{Engine, EngineEvent, Unread};

/// How often time is looked at: relative times are shown to the minute.
pub const TICK: Duration = Duration::from_secs(30);

impl Engine {
    /// Every [`TICK`]: announce the time, and whether what is unread in any account
    /// changed by itself (a notice's window ended). Ends when the engine shuts down.
    pub(super) fn ticker(&self) -> impl Future<Output = ()> + Send + 'static {
        let engine = self.clone();
        async move {
            let mut last: Option<Vec<(String, Unread)>> = None;
            while engine.pause(TICK).await {
                engine.emit(EngineEvent::Clock { now: Utc::now() });
                // A failing read is tried next tick.
                let Ok(accounts) = engine.accounts().await else { continue };
                let unread: Vec<(String, Unread)> = accounts.into_iter().map(|a| (a.session.account_id, a.unread)).collect();
                if last.as_ref().is_some_and(|l| *l != unread) {
                    engine.emit(EngineEvent::UnreadChanged);
                }
                last = Some(unread);
            }
        }
    }
}

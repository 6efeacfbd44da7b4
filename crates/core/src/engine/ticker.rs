//! Changes that come with time alone, with nothing from the provider: a maintenance
//! window ends (it stops counting as new), a first-response promise falls due (a list
//! row turns overdue), relative times move on. One ticker for the whole app: the shell
//! and the UI listen to [`EngineEvent::Clock`] and to `UnreadChanged` instead of keeping
//! timers of their own.

use std::time::Duration;

use chrono::Utc;

use super::{Engine, EngineEvent, Signed, Unread};

/// How often time is looked at: relative times are shown to the minute.
pub const TICK: Duration = Duration::from_secs(30);

impl Engine {
    /// Claim and announce the abuse-report reminders that came due, in every account
    /// (see [`crate::notices::reminders_due`]). A failing read is tried at the next tick.
    pub async fn remind_abuse_deadlines(&self) {
        for account in self.all_signed() {
            self.remind_account(&account).await;
        }
    }

    /// The reminders of one account (also after each of its pulls: a report first seen
    /// close to its deadline is reminded at once, not at the next tick).
    pub(super) async fn remind_account(&self, account: &Signed) {
        match account.cache.claim_abuse_reminders(Utc::now()).await {
            Ok(due) => {
                for (notice, lead) in due {
                    self.emit(EngineEvent::AbuseReminder { account: account.account.id.clone(), id: notice.id, lead });
                }
            }
            Err(e) => tracing::warn!(error = %e, "abuse reminders not looked at"),
        }
        self.alert_invoices(account, false).await;
    }

    /// Every [`TICK`]: announce the time, and whether what is unread in any account
    /// changed by itself (a notice's window ended). Ends when the engine shuts down.
    pub(super) fn ticker(&self) -> impl Future<Output = ()> + Send + 'static {
        let engine = self.clone();
        async move {
            let mut last: Option<Vec<(String, Unread)>> = None;
            while engine.pause(TICK).await {
                engine.emit(EngineEvent::Clock { now: Utc::now() });
                engine.remind_abuse_deadlines().await;
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

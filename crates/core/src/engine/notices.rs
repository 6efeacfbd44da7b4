//! The provider's notices (maintenance, outages, service changes, abuse reports) as the
//! cache holds them, what each desktop notification says (decided in `crate::notices`),
//! and what the customer has not looked at yet (for the tray and the nav).

use chrono::{NaiveTime, Utc};
use clientarea_api::Notice;
use serde::Serialize;

use super::{Engine, EngineEvent};
use crate::Result;
use crate::notices::{Announcement, ListedNotice};
use crate::tickets::TicketSummary;

/// What the customer has not looked at yet: shown on the tray icon and in the nav.
#[derive(Debug, Clone, Copy, Default, Serialize, PartialEq, Eq, ts_rs::TS)]
pub struct Unread {
    /// Tickets with staff messages not read yet.
    pub tickets: u32,
    /// Notices not seen in the status view that are not over.
    pub notices: u32,
}

impl Engine {
    /// Every notice for the status view: own services first, then newest, each with
    /// where it stands now.
    pub async fn list_notices(&self) -> Result<Vec<ListedNotice>> {
        let active = self.active().await?;
        let answers = active.cache.notice_answers().await?;
        Ok(crate::notices::listed(active.cache.notices().await?, &active.cache.services().await?, &answers, Utc::now()))
    }

    /// The desktop notification for notice `id` of `account` (on screen or not) at the
    /// computer's local time `local`, for a UI in `locale`, if it pops up at all (see
    /// [`crate::notices::announcement`]).
    pub async fn announcement(&self, account: &str, id: &str, local: NaiveTime, locale: &str) -> Result<Option<Announcement>> {
        let signed = self.signed(account).ok_or(crate::Error::NotSignedIn)?;
        let Some(notice) = signed.cache.notices().await?.into_iter().find(|n| n.id == id) else { return Ok(None) };
        let services = signed.cache.services().await?;
        let prefs = self.notify_prefs().await?;
        Ok(crate::notices::announcement(&notice, &services, &prefs, local, locale))
    }

    /// What is unread in the account on screen; nothing when no one is signed in.
    pub async fn unread(&self) -> Result<Unread> {
        let Ok(active) = self.active().await else { return Ok(Unread::default()) };
        super::session::unread_of(&active).await
    }

    /// The ids of the notices not seen yet (over or not), to mark them as new.
    pub async fn unseen_notices(&self) -> Result<Vec<String>> {
        Ok(self.active().await?.cache.unseen_notices().await?.into_iter().map(|n| n.id).collect())
    }

    /// For each notice, the tickets about it (see `Cache::tickets_about`); notices with
    /// none are left out.
    pub async fn tickets_about_notices(&self) -> Result<Vec<(String, Vec<TicketSummary>)>> {
        let active = self.active().await?;
        let mut out = Vec::new();
        for n in active.cache.notices().await? {
            let tickets = active.cache.tickets_about(&n.id).await?;
            if !tickets.is_empty() {
                out.push((n.id, tickets));
            }
        }
        Ok(out)
    }

    /// The notices a ticket is about (shown in its conversation).
    pub async fn notices_about(&self, ticket_id: &str) -> Result<Vec<Notice>> {
        Ok(self.active().await?.cache.notices_about(ticket_id).await?)
    }

    /// The status view showed these notices.
    pub async fn mark_notices_seen(&self, ids: &[String]) -> Result<()> {
        self.active().await?.cache.mark_notices_seen(ids, Utc::now()).await?;
        self.emit(EngineEvent::UnreadChanged);
        Ok(())
    }

    /// The provider's notices from the cache, newest first.
    pub async fn notice(&self, id: &str) -> Result<Option<Notice>> {
        Ok(self.notices().await?.into_iter().find(|n| n.id == id))
    }

    pub async fn notices(&self) -> Result<Vec<Notice>> {
        Ok(self.active().await?.cache.notices().await?)
    }

    /// Notices under way now that touch `service_id`: a maintenance in its window, an
    /// outage not resolved. Shown before a new ticket about that service is sent, so a
    /// known incident is followed rather than reported again.
    pub async fn active_notices(&self, service_id: &str) -> Result<Vec<Notice>> {
        let now = Utc::now();
        Ok(self.notices().await?.into_iter().filter(|n| crate::notices::is_active_for(n, service_id, now)).collect())
    }
}

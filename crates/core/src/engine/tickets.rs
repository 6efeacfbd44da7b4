//! Tickets from the cache: the list (a page at a time), a ticket's conversation (opening
//! it marks it read), and what a new ticket is about (services, departments), with the
//! provider's support structure and invoices.

use chrono::Utc;
use clientarea_api::{Department, Service};

use super::{Engine, EngineEvent, field_error};
use crate::tickets::{TicketFilter, TicketPage, TicketSummary, TicketView};
use crate::{Error, Result};

impl Engine {
    pub async fn list_tickets(&self, filter: &TicketFilter) -> Result<Vec<TicketSummary>> {
        Ok(self.active().await?.cache.list_tickets(filter).await?)
    }

    /// `limit` rows of the list from `offset` (at most 500), and the count in all.
    pub async fn ticket_page(&self, filter: &TicketFilter, offset: u32, limit: u32) -> Result<TicketPage> {
        Ok(self.active().await?.cache.ticket_page(filter, offset, limit.min(500)).await?)
    }

    /// A ticket from the cache; opening it marks it read.
    pub async fn open_ticket(&self, id: &str) -> Result<TicketView> {
        let active = self.active().await?;
        let view = active.cache.ticket_view(id).await?.ok_or(Error::TicketNotFound)?;
        // Read up to what was shown, in the provider's times: the local clock may differ,
        // and a message pulled later but written earlier must still count as new.
        let shown = view.timeline.iter().map(crate::tickets::TimelineItem::at).max().unwrap_or_else(Utc::now);
        active.cache.mark_read(id, shown).await?;
        self.emit(EngineEvent::UnreadChanged);
        Ok(view)
    }

    /// The provider's teams, their hours and holidays, from the cache.
    pub async fn support(&self) -> Result<Option<clientarea_api::SupportStructure>> {
        Ok(self.active().await?.cache.support().await?)
    }

    /// Ticket `id`'s promise panel now: its clocks and the team in charge with its shift.
    pub async fn ticket_promises(&self, id: &str) -> Result<crate::support::Promises> {
        self.ticket_promises_at(id, Utc::now()).await
    }

    /// The promise panel as it reads at `now` (a test's instant; the app's is the clock's).
    pub async fn ticket_promises_at(&self, id: &str, now: chrono::DateTime<Utc>) -> Result<crate::support::Promises> {
        let active = self.active().await?;
        let view = active.cache.ticket_view(id).await?.ok_or(Error::TicketNotFound)?;
        let structure = active.cache.support().await?;
        let services = active.cache.services().await?;
        Ok(crate::support::promises(&view.ticket, &view.timeline, structure.as_ref(), &services, now))
    }

    /// Each team's hours now, and the week ahead (see [`crate::support::support_hours`]);
    /// nothing until the first pull brought the provider's support structure.
    pub async fn support_hours(&self) -> Result<Option<crate::support::SupportHours>> {
        let active = self.active().await?;
        let Some(structure) = active.cache.support().await? else { return Ok(None) };
        let services = active.cache.services().await?;
        Ok(Some(crate::support::support_hours(&structure, &services, chrono::Utc::now())))
    }

    /// Invoices from the cache, newest first.
    pub async fn invoices(&self) -> Result<Vec<clientarea_api::Invoice>> {
        Ok(self.active().await?.cache.invoices().await?)
    }

    pub async fn services(&self) -> Result<Vec<Service>> {
        Ok(self.active().await?.cache.services().await?)
    }

    pub async fn departments(&self) -> Result<Vec<Department>> {
        Ok(self.active().await?.cache.departments().await?)
    }

    /// What the diagnostics collector checks for `server` as the incident form has it: an
    /// address or host name as typed, or an order number (`#123456`) of one of the
    /// customer's services, which names its first IP address.
    pub async fn diagnostics_target(&self, server: &str) -> Result<String> {
        let server = server.trim();
        let field = |reason: &str| Error::Validation(vec![field_error("incident.server", reason)]);
        if server.is_empty() {
            return Err(field("required"));
        }
        if !server.starts_with('#') {
            return Ok(server.to_owned());
        }
        let services = self.services().await?;
        services
            .iter()
            .find(|s| s.order_number == server)
            .and_then(|s| s.ip_addresses.first().cloned())
            .ok_or_else(|| field("unknown-order"))
    }
}

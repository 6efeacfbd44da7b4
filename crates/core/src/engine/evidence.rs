//! The customer's own record and what is made of it: a ticket's ledger, the evidence of
//! a period (for a credit request), and a resync that brings the provider's data again
//! without touching the ledger.

use chrono::{DateTime, Utc};

use super::Engine;
use crate::evidence::Evidence;
use crate::store::ledger::LedgerEntry;
use crate::{Error, Result};

/// The longest period one evidence report covers.
pub const EVIDENCE_MAX_DAYS: i64 = 366;

impl Engine {
    /// Ticket `id`'s ledger: what this client saw happen, and when.
    pub async fn ticket_ledger(&self, id: &str) -> Result<Vec<LedgerEntry>> {
        Ok(self.active().await?.cache.ledger(id).await?)
    }

    /// The evidence of the account on screen for the tickets created in `[from, to)`.
    /// A period that ends before it starts, or is longer than a year, is refused.
    pub async fn evidence(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> Result<Evidence> {
        if to <= from || (to - from).num_days() > EVIDENCE_MAX_DAYS {
            return Err(Error::Validation(vec![super::field_error("period", "invalid")]));
        }
        let active = self.active().await?;
        let tickets = active.cache.tickets_created(from, to).await?;
        let observed = active.cache.observed_clocks().await?;
        let host = provider_host(&active.account.provider_url);
        Ok(crate::evidence::evidence(
            &active.account.email,
            &host,
            &tickets,
            &|id| observed.get(id).cloned().unwrap_or_default(),
            from,
            to,
            Utc::now(),
        ))
    }

    /// Bring everything from the provider again, as on the first pull. What the provider
    /// changed in its history arrives; the customer's ledger keeps what it saw.
    pub async fn resync(&self) -> Result<crate::sync::PullReport> {
        let active = self.active().await?;
        active.cache.reset_cursor().await?;
        self.sync_now().await
    }
}

/// The provider as a person names it: its host (and port, when not the default).
pub(super) fn provider_host(provider_url: &str) -> String {
    url::Url::parse(provider_url)
        .ok()
        .and_then(|u| {
            u.host_str().map(|h| match u.port() {
                Some(p) => format!("{h}:{p}"),
                None => h.to_owned(),
            })
        })
        .unwrap_or_else(|| provider_url.to_owned())
}

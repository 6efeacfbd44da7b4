//! The delta pull: `GET /v1/sync?cursor=C&limit=N` returns everything changed after `C`,
//! at most `N` records per page, and the cursor to ask with next. The cursor is opaque to
//! the client: it stores it and sends it back, nothing more.

use serde::{Deserialize, Serialize};

use crate::{Department, Notice, Service, Ticket, TicketEvent, TicketMessage};

/// An opaque position in the provider's change history. The empty cursor means "from the
/// beginning".
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq, Hash, utoipa::ToSchema, ts_rs::TS)]
#[serde(transparent)]
pub struct Cursor(pub String);

impl Cursor {
    pub fn is_start(&self) -> bool {
        self.0.is_empty()
    }
}

/// One page of a pull. Records are the whole current state of each changed thing: the
/// client upserts them, it never applies diffs.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, utoipa::ToSchema, ts_rs::TS)]
pub struct SyncPage {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub departments: Vec<Department>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub services: Vec<Service>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tickets: Vec<Ticket>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub messages: Vec<TicketMessage>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<TicketEvent>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notices: Vec<Notice>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub invoices: Vec<crate::Invoice>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub chats: Vec<crate::Chat>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub chat_messages: Vec<crate::ChatMessage>,
    /// Departments, teams and holidays: in the first page of a full pull.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub support: Option<crate::SupportStructure>,
    /// The VAT table the provider bills with: with the support structure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vat_rates: Option<crate::VatRateList>,
    /// The account, when it changed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account: Option<crate::Account>,
    /// Asked for with `totals=true` on a pull that takes more than this page: what the
    /// pull brings from its cursor to its end, this page included, so a client can say
    /// "3,000 of 10,000 tickets". Counted as the page is made; changes that come while
    /// the pull goes on may add to it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub totals: Option<SyncTotals>,
    /// Send this back on the next pull.
    pub next_cursor: Cursor,
    /// True when more changes wait after this page: pull again at once.
    pub has_more: bool,
}

impl SyncPage {
    pub fn is_empty(&self) -> bool {
        self.departments.is_empty()
            && self.services.is_empty()
            && self.tickets.is_empty()
            && self.messages.is_empty()
            && self.events.is_empty()
            && self.notices.is_empty()
            && self.invoices.is_empty()
            && self.chats.is_empty()
            && self.chat_messages.is_empty()
            && self.account.is_none()
            && self.support.is_none()
            && self.vat_rates.is_none()
    }

    pub fn len(&self) -> usize {
        self.departments.len()
            + self.services.len()
            + self.tickets.len()
            + self.messages.len()
            + self.events.len()
            + self.notices.len()
            + self.invoices.len()
            + self.chats.len()
            + self.chat_messages.len()
            + usize::from(self.account.is_some())
            + usize::from(self.support.is_some())
            + usize::from(self.vat_rates.is_some())
    }
}

/// What a whole pull brings, from the cursor asked with ([`SyncPage::totals`]).
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema, ts_rs::TS)]
pub struct SyncTotals {
    /// Records of every kind, as [`SyncPage::len`] counts them.
    pub records: u64,
    pub tickets: u64,
    pub messages: u64,
}

/// Query of `GET /v1/sync`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, utoipa::ToSchema, ts_rs::TS)]
pub struct SyncQuery {
    #[serde(default)]
    pub cursor: Option<String>,
    #[serde(default)]
    pub limit: Option<u32>,
    /// Count what the whole pull brings ([`SyncPage::totals`]): asked on a pull's first
    /// request, not on every page.
    #[serde(default)]
    pub totals: Option<bool>,
}

/// The largest page a client may ask for; larger limits are clamped.
pub const SYNC_PAGE_MAX: u32 = 1000;

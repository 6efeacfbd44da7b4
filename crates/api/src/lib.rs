//! The provider contract: the JSON that travels between the client area and a hosting
//! provider under `/v1`. Client and reference server both build on these types, so a
//! change to the contract is a change here, visible to both sides at compile time.
//!
//! Words used throughout: a *customer* signs in and gets a bearer *token*; a *ticket*
//! has *messages* (written by the customer or by staff) and *events* (things the
//! provider did: acknowledged, escalated, status changed); a *pull* returns everything
//! changed after an opaque *cursor*, one *page* at a time.

pub mod account;
pub mod admin;
pub mod billing;
pub mod chat;
pub mod notices;
pub mod openapi;
pub mod problem;
pub mod support;
pub mod sync;
pub mod tickets;
pub mod uploads;

pub use account::{Account, AccountUpdate, NotificationEmails};
pub use billing::{BillTo, Invoice, InvoiceLine, InvoiceList, InvoiceStatus, VatRate, VatRateList, VatRule, check_vat_number};
pub use chat::{Chat, ChatDetail, ChatMessage, ChatStatus, ChatToTicket, NewChatMessage};
pub use notices::{NewNotice, Notice, NoticeKind, NoticeText, check_new_notice, is_language_tag};
pub use problem::Problem;
pub use support::{EmailChannel, Holiday, IssueKind, ResolutionTime, SupportStructure, Team, WorkingHours};
pub use sync::{Cursor, SyncPage, SyncTotals};
pub use tickets::{
    Author, Department, DepartmentId, DepartmentList, EventKind, Incident, NewReply, NewTicket, Priority, Resolution, Service, ServiceList,
    Ticket, TicketDetail, TicketEvent, TicketList, TicketMessage, TicketStatus, check_new_reply, check_new_ticket, is_server_reference,
};
pub use uploads::Attachment;

/// Every route lives under this prefix.
pub const API_PREFIX: &str = "/v1";

/// The header that makes a create safe to retry.
pub const IDEMPOTENCY_KEY_HEADER: &str = "Idempotency-Key";

/// The longest subject the provider accepts, in characters.
pub const SUBJECT_MAX_CHARS: usize = 200;
/// The longest message body the provider accepts, in characters.
pub const BODY_MAX_CHARS: usize = 20_000;

use serde::{Deserialize, Serialize};

/// `POST /v1/auth/sign-in`. Its `Debug` hides the password: a logged request or a
/// panic message never shows it.
#[derive(Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema, ts_rs::TS)]
pub struct SignInRequest {
    pub email: String,
    pub password: String,
}

impl std::fmt::Debug for SignInRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SignInRequest").field("email", &self.email).field("password", &"[hidden]").finish()
    }
}

/// The answer to a sign-in: a bearer token for every later request. Its `Debug` hides
/// the token.
#[derive(Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema, ts_rs::TS)]
pub struct SignInResponse {
    pub token: String,
    pub customer: Customer,
}

impl std::fmt::Debug for SignInResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SignInResponse").field("token", &"[hidden]").field("customer", &self.customer).finish()
    }
}

/// The signed-in customer, as `GET /v1/account` returns it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema, ts_rs::TS)]
pub struct Customer {
    pub id: String,
    pub email: String,
    pub name: String,
}

#[cfg(test)]
mod tests;

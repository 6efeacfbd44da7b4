//! Support tickets, their messages and events, the customer's services and the
//! departments a ticket is filed with. Names follow the provider's support pages:
//! departments *Technical* and *Financial*, priorities *Regular* and *High*.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// Which desk handles a ticket.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash, utoipa::ToSchema, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum DepartmentId {
    /// Server, network and technical problems.
    Technical,
    /// Billing, payments and invoices.
    Financial,
}

impl DepartmentId {
    pub const ALL: [DepartmentId; 2] = [DepartmentId::Technical, DepartmentId::Financial];

    pub fn as_str(self) -> &'static str {
        match self {
            DepartmentId::Technical => "technical",
            DepartmentId::Financial => "financial",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|d| d.as_str() == s)
    }
}

/// A department as the provider lists it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema, ts_rs::TS)]
pub struct Department {
    pub id: DepartmentId,
    /// The provider's own English name; the client shows its localized name instead.
    pub name: String,
}

/// Regular for standard requests; High for critical incidents, processed first.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash, utoipa::ToSchema, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum Priority {
    Regular,
    High,
}

impl Priority {
    pub const ALL: [Priority; 2] = [Priority::Regular, Priority::High];

    pub fn as_str(self) -> &'static str {
        match self {
            Priority::Regular => "regular",
            Priority::High => "high",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.as_str() == s)
    }
}

/// Where a ticket stands. `Answered` waits on the customer; `Resolved` waits on the
/// customer's confirmation before it becomes `Closed`.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash, utoipa::ToSchema, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum TicketStatus {
    Open,
    Answered,
    Resolved,
    Closed,
}

impl TicketStatus {
    pub const ALL: [TicketStatus; 4] = [TicketStatus::Open, TicketStatus::Answered, TicketStatus::Resolved, TicketStatus::Closed];

    pub fn as_str(self) -> &'static str {
        match self {
            TicketStatus::Open => "open",
            TicketStatus::Answered => "answered",
            TicketStatus::Resolved => "resolved",
            TicketStatus::Closed => "closed",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.as_str() == s)
    }
}

/// A support ticket, without its conversation.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema, ts_rs::TS)]
pub struct Ticket {
    pub id: String,
    /// The number the customer quotes ("ticket 100234").
    pub number: i64,
    pub subject: String,
    pub department: DepartmentId,
    pub priority: Priority,
    pub status: TicketStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_id: Option<String>,
    /// The notice this ticket answers: an abuse report (its deadline is met by this
    /// ticket's `created_at`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notice_id: Option<String>,
    /// The invoice this ticket asks about (a Financial ticket).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoice_id: Option<String>,
    /// What support needs for a critical incident (High tickets carry it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub incident: Option<Incident>,
    /// The team now in charge (a `Team::id`); level 1 until escalated.
    pub team: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// The promise: acknowledged by then (2 minutes after creation).
    pub acknowledge_due_at: DateTime<Utc>,
    /// The promise: first answered by staff by then (10 minutes after creation).
    pub first_response_due_at: DateTime<Utc>,
    /// When the provider's automatic acknowledgment was sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acknowledged_at: Option<DateTime<Utc>>,
    /// When staff first answered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_response_at: Option<DateTime<Utc>>,
}

/// The facts of a critical incident, as the provider asks for them.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema, ts_rs::TS)]
pub struct Incident {
    /// The server's IP address (IPv4 or IPv6) or the order number (`#123456`).
    pub server: String,
    /// When the problem began.
    pub began_at: DateTime<Utc>,
    /// The IANA zone the customer gave the time in; the provider reads it in CET/CEST.
    pub began_timezone: String,
    /// Diagnostics the customer collected (plain text).
    #[serde(default)]
    pub diagnostics: String,
}

/// The acknowledgment promise for tickets.
pub const ACKNOWLEDGE_WITHIN_SECS: i64 = 2 * 60;
/// The first-response promise, every request, every hour.
pub const FIRST_RESPONSE_WITHIN_SECS: i64 = 10 * 60;
/// The longest diagnostics text.
pub const DIAGNOSTICS_MAX_CHARS: usize = 100_000;

/// Whether `s` names a server as the provider asks: an IP address or `#` and digits.
pub fn is_server_reference(s: &str) -> bool {
    let s = s.trim();
    if let Some(digits) = s.strip_prefix('#') {
        return (4..=10).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit());
    }
    s.parse::<std::net::IpAddr>().is_ok()
}

/// Who wrote a message.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum Author {
    Customer,
    Staff,
}

impl Author {
    pub fn as_str(self) -> &'static str {
        match self {
            Author::Customer => "customer",
            Author::Staff => "staff",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [Author::Customer, Author::Staff].into_iter().find(|a| a.as_str() == s)
    }
}

/// One message of a ticket's conversation. The body is plain text written by a person:
/// untrusted, never interpreted as markup.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema, ts_rs::TS)]
pub struct TicketMessage {
    pub id: String,
    pub ticket_id: String,
    pub author: Author,
    /// The staff member's display name; absent for the customer's own messages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author_name: Option<String>,
    pub body: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attachments: Vec<crate::uploads::Attachment>,
    pub created_at: DateTime<Utc>,
}

/// Something that happened to a ticket besides a message. Resolving, closing and
/// reopening are status changes (to `resolved`, to `closed`, from `resolved` or `closed`
/// back to `open`); a staff reply is a message whose author is `staff`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema, ts_rs::TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum EventKind {
    /// The automatic acknowledgment that the ticket was received.
    Acknowledged,
    /// The ticket moved from one status to another.
    StatusChanged { from: TicketStatus, to: TicketStatus },
    /// The ticket went to a specialist team.
    Escalated { level: u8, team: String, reason: String },
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema, ts_rs::TS)]
pub struct TicketEvent {
    pub id: String,
    pub ticket_id: String,
    pub at: DateTime<Utc>,
    #[serde(flatten)]
    pub kind: EventKind,
}

/// A service the customer rents, named as the client area shows it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema, ts_rs::TS)]
pub struct Service {
    pub id: String,
    pub name: String,
    /// `vps`, `dedicated`, ...
    pub kind: String,
    pub ip_addresses: Vec<String>,
    /// In the provider's form `#123456`.
    pub order_number: String,
    pub datacenter: String,
    /// IANA zone of the data center, e.g. `Europe/Amsterdam`.
    pub datacenter_timezone: String,
}

/// `POST /v1/tickets`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema, ts_rs::TS)]
pub struct NewTicket {
    pub department: DepartmentId,
    pub priority: Priority,
    // Not blank, at most SUBJECT_MAX_CHARS characters (tests.rs checks the numbers).
    #[schema(min_length = 1, max_length = 200, pattern = r"\S")]
    pub subject: String,
    // Not blank, at most BODY_MAX_CHARS characters (tests.rs checks the numbers).
    #[schema(min_length = 1, max_length = 20000, pattern = r"\S")]
    pub body: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_id: Option<String>,
    /// The notice this ticket answers: one of the customer's abuse reports.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notice_id: Option<String>,
    /// The invoice this ticket asks about: one of the customer's, on a Financial ticket.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoice_id: Option<String>,
    /// Asked for on High priority: what support needs for a critical incident.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub incident: Option<Incident>,
    /// Ids of uploads to attach to the first message.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schema(max_items = 10)] // ATTACHMENTS_MAX
    pub attachment_ids: Vec<String>,
}

/// `POST /v1/tickets/{id}/messages`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema, ts_rs::TS)]
pub struct NewReply {
    // Not blank, at most BODY_MAX_CHARS characters (tests.rs checks the numbers).
    #[schema(min_length = 1, max_length = 20000, pattern = r"\S")]
    pub body: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schema(max_items = 10)] // ATTACHMENTS_MAX
    pub attachment_ids: Vec<String>,
}

/// `POST /v1/tickets/{id}/resolution`: the customer's answer to a resolved ticket.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema, ts_rs::TS)]
pub struct Resolution {
    /// True: solved, the ticket closes. False: not solved, it reopens.
    pub solved: bool,
}

/// `GET /v1/tickets/{id}`: a ticket with its whole conversation.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema, ts_rs::TS)]
pub struct TicketDetail {
    pub ticket: Ticket,
    pub messages: Vec<TicketMessage>,
    pub events: Vec<TicketEvent>,
}

/// `GET /v1/tickets`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema, ts_rs::TS)]
pub struct TicketList {
    pub tickets: Vec<Ticket>,
}

/// `GET /v1/services`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema, ts_rs::TS)]
pub struct ServiceList {
    pub services: Vec<Service>,
}

/// `GET /v1/departments`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema, ts_rs::TS)]
pub struct DepartmentList {
    pub departments: Vec<Department>,
}

/// The provider's own rules for a new ticket or reply, shared so the client can say what
/// is wrong before anything is sent. Returns `(field, reason)` pairs.
pub fn check_new_ticket(t: &NewTicket) -> Vec<crate::problem::FieldError> {
    let mut errors = Vec::new();
    check_text(&mut errors, "subject", &t.subject, crate::SUBJECT_MAX_CHARS);
    check_text(&mut errors, "body", &t.body, crate::BODY_MAX_CHARS);
    // Incident facts are checked when given. The provider asks for them on High tickets
    // but does not refuse a High ticket without them: an emergency is never bounced.
    if let Some(i) = &t.incident {
        {
            if !is_server_reference(&i.server) {
                let reason = if i.server.trim().is_empty() { "required" } else { "invalid" };
                errors.push(field("incident.server", reason));
            }
            if !crate::support::is_time_zone(&i.began_timezone) {
                errors.push(field("incident.began_timezone", "invalid"));
            }
            if i.diagnostics.chars().count() > DIAGNOSTICS_MAX_CHARS {
                errors.push(field("incident.diagnostics", "too-long"));
            }
        }
    }
    if t.invoice_id.is_some() && t.department != DepartmentId::Financial {
        errors.push(field("department", "invoice-needs-financial"));
    }
    check_attachments(&mut errors, &t.attachment_ids);
    errors
}

pub fn check_new_reply(r: &NewReply) -> Vec<crate::problem::FieldError> {
    let mut errors = Vec::new();
    check_text(&mut errors, "body", &r.body, crate::BODY_MAX_CHARS);
    check_attachments(&mut errors, &r.attachment_ids);
    errors
}

fn check_attachments(errors: &mut Vec<crate::problem::FieldError>, ids: &[String]) {
    if ids.len() > crate::uploads::ATTACHMENTS_MAX {
        errors.push(field("attachment_ids", "too-many"));
    }
}

fn field(field: &str, reason: &str) -> crate::problem::FieldError {
    crate::problem::FieldError { field: field.to_owned(), reason: reason.to_owned() }
}

fn check_text(errors: &mut Vec<crate::problem::FieldError>, field: &str, value: &str, max: usize) {
    let reason = if value.trim().is_empty() {
        "required"
    } else if value.chars().count() > max {
        "too-long"
    } else {
        return;
    };
    errors.push(crate::problem::FieldError { field: field.to_owned(), reason: reason.to_owned() });
}

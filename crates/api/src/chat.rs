//! Live chat: quick questions, answered by an operator at once. An operator, or the
//! customer, can turn a chat into a ticket: the ticket's first message carries the whole
//! conversation, and the chat names the ticket, so nothing is said twice.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::{Author, DepartmentId, Priority};

/// The chat acknowledgment promise.
pub const CHAT_ACKNOWLEDGE_WITHIN_SECS: i64 = 60;

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum ChatStatus {
    Open,
    /// Became a ticket (`ticket_id`).
    Converted,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema, ts_rs::TS)]
pub struct Chat {
    pub id: String,
    pub status: ChatStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ticket_id: Option<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acknowledged_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema, ts_rs::TS)]
pub struct ChatMessage {
    pub id: String,
    pub chat_id: String,
    pub author: Author,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author_name: Option<String>,
    pub body: String,
    /// Files the customer sent with the message (a screenshot, a log), in the order given.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attachments: Vec<crate::uploads::Attachment>,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema, ts_rs::TS)]
pub struct ChatDetail {
    pub chat: Chat,
    pub messages: Vec<ChatMessage>,
}

/// `POST /v1/chats` (the first message) and `POST /v1/chats/{id}/messages`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema, ts_rs::TS)]
pub struct NewChatMessage {
    // Not blank, at most BODY_MAX_CHARS characters (tests.rs checks the numbers).
    #[schema(min_length = 1, max_length = 20000, pattern = r"\S")]
    pub body: String,
    /// Ids of uploads (`POST /v1/uploads`) to send with the message.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schema(max_items = 10)] // ATTACHMENTS_MAX
    pub attachment_ids: Vec<String>,
}

/// `POST /v1/chats/{id}/ticket`: turn the chat into a ticket.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema, ts_rs::TS)]
pub struct ChatToTicket {
    pub department: DepartmentId,
    pub priority: Priority,
    // Not blank, at most SUBJECT_MAX_CHARS characters (tests.rs checks the numbers).
    #[schema(min_length = 1, max_length = 200, pattern = r"\S")]
    pub subject: String,
}

/// What is wrong with a chat message, if anything (as the provider checks it).
pub fn check_message(m: &NewChatMessage) -> Vec<crate::problem::FieldError> {
    let field = |field: &str, reason: &str| crate::problem::FieldError { field: field.into(), reason: reason.into() };
    let mut errors = Vec::new();
    if m.body.trim().is_empty() {
        errors.push(field("body", "required"));
    } else if m.body.chars().count() > crate::BODY_MAX_CHARS {
        errors.push(field("body", "too-long"));
    }
    if m.attachment_ids.len() > crate::uploads::ATTACHMENTS_MAX {
        errors.push(field("attachment_ids", "too-many"));
    }
    errors
}

/// What is wrong with a chat's conversion to a ticket, if anything.
pub fn check_chat_to_ticket(t: &ChatToTicket) -> Vec<crate::problem::FieldError> {
    let field = |reason: &str| crate::problem::FieldError { field: "subject".into(), reason: reason.into() };
    if t.subject.trim().is_empty() {
        vec![field("required")]
    } else if t.subject.chars().count() > crate::SUBJECT_MAX_CHARS {
        vec![field("too-long")]
    } else {
        Vec::new()
    }
}

/// The ticket's first message: the conversation, one line per message.
pub fn transcript(messages: &[ChatMessage]) -> String {
    let mut out = String::from("Conversation from live chat:\n");
    for m in messages {
        let who = match m.author {
            Author::Customer => "Customer".to_owned(),
            Author::Staff => m.author_name.clone().unwrap_or_else(|| "Operator".into()),
        };
        out.push_str(&format!("\n[{}] {}: {}", m.created_at.format("%Y-%m-%d %H:%M UTC"), who, m.body));
        // The files themselves go with the ticket's first message; the line says which.
        for a in &m.attachments {
            out.push_str(&format!("\n    (attached: {}, {} bytes)", a.filename, a.size));
        }
    }
    out
}

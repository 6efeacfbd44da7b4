//! Live chat as the customer sees it: the conversation (the provider's messages and the
//! customer's own still on their way, each once), the chat's acknowledgment promise (one
//! minute), who is answering, and when a message needs a ticket instead: emergencies and
//! account matters, because a ticket proves the account's ownership. Pure functions of
//! (the chat, the outbox, now); the engine reads the facts (`engine/chat.rs`).

use chrono::{DateTime, Duration, Utc};
use clientarea_api::chat::CHAT_ACKNOWLEDGE_WITHIN_SECS;
use clientarea_api::{Author, Chat, ChatDetail, ChatStatus, DepartmentId, Priority};
use serde::Serialize;

use crate::store::{LocalAttachment, OutboxItem, OutboxRequest, OutboxState};
use crate::support::PromiseClock;

/// One line of the conversation.
#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ChatLine {
    /// The provider's message id, or the outbox item's while it is on its way.
    pub id: String,
    pub author: Author,
    pub author_name: Option<String>,
    pub body: String,
    /// The files sent with it: the provider's uploads, or files of this computer waiting
    /// to leave with it (`pending`; those cannot be downloaded yet).
    pub attachments: Vec<ChatFile>,
    pub at: DateTime<Utc>,
    /// Still on its way (queued, sending, or refused); none once the provider has it.
    pub pending: Option<OutboxState>,
}

/// A file of a chat message.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ChatFile {
    /// The provider's upload id, or the local file's id while it waits.
    pub id: String,
    pub filename: String,
    pub content_type: String,
    pub size: u64,
}

/// The chat panel.
#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ChatView {
    /// The chat, once the provider has it (none before the first message arrives).
    pub chat: Option<Chat>,
    pub lines: Vec<ChatLine>,
    /// The one-minute acknowledgment promise, from the chat's start.
    pub acknowledgment: Option<PromiseClock>,
    /// Who is answering: the last operator who wrote.
    pub operator: Option<String>,
    /// The ticket the chat became, and its number.
    pub ticket_id: Option<String>,
    pub ticket_number: Option<i64>,
    /// A conversion to a ticket is on its way.
    pub converting: bool,
    /// The conversation so far as text, for a ticket written from it.
    pub transcript: String,
}

/// Which ticket a message calls for.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct TicketHint {
    pub department: DepartmentId,
    pub priority: Priority,
}

/// Words that make a chat message an emergency (a High technical ticket) or an account
/// matter (a Financial one), in the four languages of the app. Matched in lower case, as
/// parts of words ("irraggiungibile" holds "raggiungibil").
const EMERGENCY: &[&str] = &[
    // English
    "down",
    "unreachable",
    "not responding",
    "no response",
    "offline",
    "hacked",
    "compromised",
    "abuse",
    "ddos",
    "password",
    // Italian
    "non risponde",
    "irraggiungibile",
    "non raggiungibile",
    "non funziona",
    "bloccato",
    "hackerat",
    "violat",
    "abuso",
    "attacco",
    // German
    "nicht erreichbar",
    "antwortet nicht",
    "ausgefallen",
    "funktioniert nicht",
    "gehackt",
    "kompromittiert",
    "missbrauch",
    "angriff",
    "passwort",
    // Spanish
    "no responde",
    "caído",
    "caido",
    "inaccesible",
    "no funciona",
    "hackead",
    "comprometid",
    "abuso",
    "ataque",
    "contraseña",
];
const ACCOUNT: &[&str] = &[
    "refund",
    "cancel",
    "invoice",
    "billing",
    "charged",
    "payment",
    "rimborso",
    "disdett",
    "annull",
    "fattur",
    "pagament",
    "erstattung",
    "kündig",
    "rechnung",
    "zahlung",
    "abbuchung",
    "reembolso",
    "cancelar",
    "factura",
    "pago",
    "cobro",
];

/// Whether `text` needs a ticket rather than a chat, and which.
pub fn ticket_hint(text: &str) -> Option<TicketHint> {
    let t = text.to_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| contains_word_part(&t, w));
    if has(EMERGENCY) {
        Some(TicketHint { department: DepartmentId::Technical, priority: Priority::High })
    } else if has(ACCOUNT) {
        Some(TicketHint { department: DepartmentId::Financial, priority: Priority::Regular })
    } else {
        None
    }
}

/// `word` in `text`, starting at a word's start ("down" in "server down" and "down!",
/// not in "download" unless it is a stem written to match longer words).
fn contains_word_part(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        let starts = before.is_none_or(|c| !c.is_alphanumeric());
        // Short English words must end there too ("down", not "download"); stems
        // ("hackerat", "disdett") match longer words by design.
        let ends = word.chars().count() > 5 || after.is_none_or(|c| !c.is_alphanumeric());
        starts && ends
    })
}

/// The chat panel from the chat (if the provider has one), the chat sends in the outbox
/// (oldest first) with the files they carry (`local`: the files of this computer by id),
/// and the ticket it became, at `now`.
pub fn view(
    detail: Option<&ChatDetail>,
    outbox: &[OutboxItem],
    local: &[LocalAttachment],
    ticket_number: Option<i64>,
    now: DateTime<Utc>,
) -> ChatView {
    let chat = detail.map(|d| d.chat.clone()).filter(|c| c.status == ChatStatus::Open || c.ticket_id.is_some());
    let chat_id = chat.as_ref().map(|c| c.id.clone());
    // A chat that became a ticket is shown until a new one starts.
    let mut lines: Vec<ChatLine> = detail
        .map(|d| {
            d.messages
                .iter()
                .map(|m| ChatLine {
                    id: m.id.clone(),
                    author: m.author,
                    author_name: m.author_name.clone(),
                    body: m.body.clone(),
                    attachments: m
                        .attachments
                        .iter()
                        .map(|a| ChatFile {
                            id: a.id.clone(),
                            filename: a.filename.clone(),
                            content_type: a.content_type.clone(),
                            size: a.size,
                        })
                        .collect(),
                    at: m.created_at,
                    pending: None,
                })
                .collect()
        })
        .unwrap_or_default();
    let mut converting = false;
    for item in outbox {
        match &item.request {
            OutboxRequest::Chat { chat_id: to, message }
                if to.is_none() || to.as_ref().is_some_and(|t| t.starts_with(crate::store::LOCAL_TICKET)) || *to == chat_id =>
            {
                lines.push(ChatLine {
                    id: item.id.clone(),
                    author: Author::Customer,
                    author_name: None,
                    body: message.body.clone(),
                    attachments: local_files(&message.attachment_ids, local),
                    at: item.created_at,
                    pending: Some(item.state),
                });
            }
            OutboxRequest::ChatTicket { .. } => converting = true,
            _ => {}
        }
    }
    let acknowledgment = chat.as_ref().map(|c| {
        let due_at = c.created_at + Duration::seconds(CHAT_ACKNOWLEDGE_WITHIN_SECS);
        PromiseClock { due_at, done_at: c.acknowledged_at, state: crate::tickets::sla_state(due_at, c.acknowledged_at, now) }
    });
    let operator = detail.and_then(|d| d.messages.iter().rev().find(|m| m.author == Author::Staff).and_then(|m| m.author_name.clone()));
    let transcript = detail.map(|d| clientarea_api::chat::transcript(&d.messages)).unwrap_or_default();
    ChatView {
        ticket_id: chat.as_ref().and_then(|c| c.ticket_id.clone()),
        ticket_number,
        chat,
        lines,
        acknowledgment,
        operator,
        converting,
        transcript,
    }
}

/// The files of this computer named by `ids`, in that order (a file already uploaded
/// keeps its local entry until its message is delivered).
fn local_files(ids: &[String], local: &[LocalAttachment]) -> Vec<ChatFile> {
    ids.iter()
        .filter_map(|id| local.iter().find(|f| &f.id == id))
        .map(|f| ChatFile { id: f.id.clone(), filename: f.filename.clone(), content_type: f.content_type.clone(), size: f.size })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emergencies_and_account_matters_in_four_languages_need_a_ticket() {
        let high = Some(TicketHint { department: DepartmentId::Technical, priority: Priority::High });
        let money = Some(TicketHint { department: DepartmentId::Financial, priority: Priority::Regular });
        for text in [
            "My server is down!",
            "il server non risponde",
            "Il sito è irraggiungibile da stamattina",
            "Der Server ist nicht erreichbar",
            "el servidor no responde",
            "I think we were HACKED",
            "Ho dimenticato la password",
        ] {
            assert_eq!(ticket_hint(text), high, "{text}");
        }
        for text in ["I want a refund", "Vorrei la disdetta del contratto", "Ich möchte kündigen", "Quiero cancelar el servicio"] {
            assert_eq!(ticket_hint(text), money, "{text}");
        }
        for text in ["How do I download the invoice PDF template?", "What is the price of a VPS?", "Wie viel RAM hat der Tarif?", ""] {
            // "download" is not "down"; an invoice question alone is an account matter.
            let hint = ticket_hint(text);
            assert!(hint != high, "{text}: {hint:?}");
        }
        assert_eq!(ticket_hint("Breakdown of costs"), None, "not a word's start");
    }
}

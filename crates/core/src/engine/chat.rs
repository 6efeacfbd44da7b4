//! Live chat for the account on screen: the panel's view, a message (through the outbox,
//! like every send: written offline it waits and leaves once, in order), and turning the
//! chat into a ticket that carries the conversation.

use chrono::Utc;
use clientarea_api::{ChatStatus, ChatToTicket, DepartmentId, NewChatMessage, Priority};

use super::Engine;
use crate::chat::ChatView;
use crate::store::{LOCAL_TICKET, OutboxItem, OutboxRequest};
use crate::{Error, Result};

impl Engine {
    /// The chat panel now.
    pub async fn chat_view(&self) -> Result<ChatView> {
        let active = self.active().await?;
        let detail = active.cache.current_chat().await?;
        let outbox = active.cache.outbox().await?;
        let number = match detail.as_ref().and_then(|d| d.chat.ticket_id.as_deref()) {
            Some(id) => active.cache.ticket_view(id).await?.map(|v| v.ticket.number),
            None => None,
        };
        let waiting: Vec<String> = outbox
            .iter()
            .filter(|i| matches!(i.request, OutboxRequest::Chat { .. }))
            .flat_map(|i| i.request.attachment_ids().iter().cloned())
            .collect();
        let local = active.cache.local_files(&waiting).await?;
        Ok(crate::chat::view(detail.as_ref(), &outbox, &local, number, Utc::now()))
    }

    /// Chat messages that match the ticket list's search, newest first.
    pub async fn search_chats(&self, typed: &str) -> Result<Vec<crate::store::ChatHit>> {
        Ok(self.active().await?.cache.search_chats(typed, crate::store::CHAT_HITS).await?)
    }

    /// Write in the chat: to the open chat, to one still being started, or a new one.
    /// `attachment_ids`: files kept with `add_attachment`, uploaded when the message leaves.
    pub async fn send_chat(&self, body: &str, attachment_ids: &[String]) -> Result<OutboxItem> {
        let message = NewChatMessage { body: body.trim().to_owned(), attachment_ids: attachment_ids.to_vec() };
        let errors = clientarea_api::chat::check_message(&message);
        if !errors.is_empty() {
            return Err(Error::Validation(errors));
        }
        let target = self.chat_target().await?;
        self.enqueue(OutboxRequest::Chat { chat_id: target, message }).await
    }

    /// Turn the chat into a ticket whose first message is the whole conversation.
    pub async fn chat_to_ticket(&self, department: DepartmentId, priority: Priority, subject: &str) -> Result<OutboxItem> {
        let ticket = ChatToTicket { department, priority, subject: subject.trim().to_owned() };
        let errors = clientarea_api::chat::check_chat_to_ticket(&ticket);
        if !errors.is_empty() {
            return Err(Error::Validation(errors));
        }
        let Some(chat_id) = self.chat_target().await? else { return Err(Error::Validation(vec![super::field_error("chat", "required")])) };
        self.enqueue(OutboxRequest::ChatTicket { chat_id, ticket }).await
    }

    /// Where a chat message goes: the open chat, or the chat still being started (its
    /// first message queued), or none (this message starts one).
    async fn chat_target(&self) -> Result<Option<String>> {
        let active = self.active().await?;
        let starting = active.cache.outbox().await?.into_iter().find(|i| matches!(i.request, OutboxRequest::Chat { chat_id: None, .. }));
        if let Some(item) = starting {
            return Ok(Some(format!("{LOCAL_TICKET}{}", item.id)));
        }
        Ok(active.cache.current_chat().await?.filter(|d| d.chat.status == ChatStatus::Open).map(|d| d.chat.id))
    }
}

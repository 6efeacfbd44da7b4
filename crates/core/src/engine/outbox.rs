//! The outbox: every send the customer makes (a new ticket, a reply, a status change, an
//! account change) is checked, then queued durably and returns at once; the delivery
//! worker (`delivery.rs`) sends it. A queued or refused send can be edited, sent again
//! or discarded.

use chrono::Utc;
use clientarea_api::{NewReply, NotificationEmails};

use super::{Engine, EngineEvent};
use crate::provider::StatusAction;
use crate::store::{OutboxItem, OutboxRequest};
use crate::tickets::TicketDraft;
use crate::{Error, Result};

impl Engine {
    /// Queue a new ticket. Checked first: nothing is queued when a field is wrong. Returns
    /// at once; the outbox worker delivers it.
    pub async fn send_ticket(&self, draft: &TicketDraft) -> Result<OutboxItem> {
        let ticket = draft.to_new_ticket(Utc::now())?;
        self.enqueue(OutboxRequest::Ticket { ticket }).await
    }

    /// Queue a reply to a ticket (or to a new ticket still queued: `local:<outbox id>`).
    pub async fn send_reply(&self, ticket_id: &str, body: &str, attachment_ids: &[String]) -> Result<OutboxItem> {
        let reply = NewReply { body: body.to_owned(), attachment_ids: attachment_ids.to_vec() };
        let errors = clientarea_api::check_new_reply(&reply);
        if !errors.is_empty() {
            return Err(Error::Validation(errors));
        }
        self.enqueue(OutboxRequest::Reply { ticket_id: ticket_id.to_owned(), reply }).await
    }

    /// Close, reopen, or answer a resolved ticket. Queued like a reply, so it is made
    /// once, in order with the replies before it, also when written offline.
    pub async fn set_ticket_status(&self, ticket_id: &str, action: StatusAction) -> Result<OutboxItem> {
        self.enqueue(OutboxRequest::Status { ticket_id: ticket_id.to_owned(), action }).await
    }

    /// Change where each kind of e-mail goes (empty: the registered address). Checked by
    /// the provider's rules, then queued like a reply: edited offline, sent once.
    pub async fn set_notification_emails(&self, emails: &NotificationEmails) -> Result<OutboxItem> {
        let trimmed = NotificationEmails {
            invoices: emails.invoices.trim().to_owned(),
            support: emails.support.trim().to_owned(),
            abuse: emails.abuse.trim().to_owned(),
        };
        let update = clientarea_api::AccountUpdate { notification_emails: Some(trimmed), ..Default::default() };
        // No country or VAT number in it: the country the check needs is not used.
        let errors = clientarea_api::account::check_account_update(&update, "");
        if !errors.is_empty() {
            return Err(Error::Validation(errors));
        }
        self.enqueue(OutboxRequest::Account { update }).await
    }

    pub(super) async fn enqueue(&self, request: OutboxRequest) -> Result<OutboxItem> {
        let item = self.active().await?.cache.enqueue(&request, Utc::now()).await?;
        self.outbox_changed();
        Ok(item)
    }

    pub async fn outbox(&self) -> Result<Vec<OutboxItem>> {
        Ok(self.active().await?.cache.outbox().await?)
    }

    /// Send a refused item again as it is (same key: it cannot be made twice).
    pub async fn resend(&self, id: &str) -> Result<()> {
        self.active().await?.cache.resend(id, Utc::now()).await?;
        self.outbox_changed();
        Ok(())
    }

    /// Change the words of a queued or failed item (the subject, for a new ticket, and the
    /// text); everything else it carries stays as it was. Checked like a new send. Status
    /// and account changes have no words to edit: they are discarded and made again.
    pub async fn edit_outbox(&self, id: &str, subject: Option<&str>, body: &str) -> Result<()> {
        let active = self.active().await?;
        let item = active.cache.outbox_item(id).await?.ok_or(Error::OutboxBusy)?;
        let (errors, request) = match item.request {
            OutboxRequest::Ticket { mut ticket } => {
                ticket.subject = subject.unwrap_or(&ticket.subject).trim().to_owned();
                ticket.body = body.to_owned();
                (clientarea_api::check_new_ticket(&ticket), OutboxRequest::Ticket { ticket })
            }
            OutboxRequest::Reply { ticket_id, mut reply } => {
                reply.body = body.to_owned();
                (clientarea_api::check_new_reply(&reply), OutboxRequest::Reply { ticket_id, reply })
            }
            OutboxRequest::Chat { chat_id, mut message } => {
                message.body = body.to_owned();
                (clientarea_api::chat::check_message(&message), OutboxRequest::Chat { chat_id, message })
            }
            OutboxRequest::Status { .. } | OutboxRequest::Account { .. } | OutboxRequest::ChatTicket { .. } => {
                return Err(Error::OutboxBusy);
            }
        };
        if !errors.is_empty() {
            return Err(Error::Validation(errors));
        }
        if !active.cache.edit_outbox(id, &request, Utc::now()).await? {
            return Err(Error::OutboxBusy);
        }
        self.outbox_changed();
        Ok(())
    }

    pub async fn discard_outbox(&self, id: &str) -> Result<()> {
        self.active().await?.cache.discard_outbox(id).await?;
        self.emit(EngineEvent::OutboxChanged);
        Ok(())
    }

    /// The outbox of the account on screen changed: tell the window, wake its worker.
    pub(super) fn outbox_changed(&self) {
        self.emit(EngineEvent::OutboxChanged);
        if let Some(a) = self.current_signed() {
            a.outbox_kick.notify_one();
        }
    }
}

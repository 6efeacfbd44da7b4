//! Delivery: the worker that sends what the outbox holds, one item at a time in order,
//! each with the idempotency key it was queued with, so a retry after a lost answer is
//! made once. Transient failures wait (backoff with jitter); a refusal waits for the
//! customer; an ended session pauses every send until the next sign-in.

use std::sync::atomic::Ordering;
use std::time::Duration;

use chrono::Utc;

use super::{Active, Engine, EngineEvent, SYNC_INTERVAL, Signed, SyncPhase};
use crate::provider::ProviderError;
use crate::store::{LOCAL_FILE, OutboxItem, OutboxRequest};
use crate::{ErrorCode, Result};

/// What the provider answered a delivered send.
enum Sent {
    /// A new ticket, or a ticket whose status the customer changed.
    Ticket(clientarea_api::TicketDetail),
    Reply(clientarea_api::TicketMessage),
    Account(clientarea_api::Account),
    /// A chat started by its first message.
    ChatStarted(clientarea_api::ChatDetail),
    ChatMessage(clientarea_api::ChatMessage),
    /// A chat turned into a ticket: the ticket.
    ChatTicket(String, clientarea_api::TicketDetail),
}

impl Engine {
    /// Upload the files of a message still on this computer, each once (its id is the
    /// upload's idempotency key, and the provider's id is kept), and name them by the
    /// provider's ids. The outer error is the local store's; the inner one the provider's.
    async fn upload_local_files(&self, active: &Signed, ids: &mut [String]) -> Result<std::result::Result<(), ProviderError>> {
        for id in ids.iter_mut().filter(|id| id.starts_with(LOCAL_FILE)) {
            let Some((filename, bytes, uploaded)) = active.cache.local_file(id).await? else {
                let problem = clientarea_api::problem::Problem::new("about:blank", 422, "An attached file is no longer on this computer")
                    .with_detail("Remove the attachment and attach the file again.");
                return Ok(Err(ProviderError::Rejected { status: 422, problem }));
            };
            let upload_id = match uploaded {
                Some(u) => u,
                None => match active.client.upload(&filename, bytes, id).await {
                    Ok(a) => {
                        active.cache.set_upload_id(id, &a.id).await?;
                        a.id
                    }
                    Err(e) => return Ok(Err(e)),
                },
            };
            *id = upload_id;
        }
        Ok(Ok(()))
    }

    /// Deliver every send of the account on screen that is due now, one at a time in
    /// order. Returns how many arrived. A test calls this; the workers call
    /// `deliver_due_for`, each for its account.
    pub async fn deliver_due(&self) -> Result<usize> {
        let active = self.active().await?;
        self.deliver_due_for(&active).await
    }

    async fn deliver_due_for(&self, active: &Signed) -> Result<usize> {
        let mut delivered = 0;
        loop {
            if active.is_paused_for_auth() || active.stop.is_cancelled() {
                return Ok(delivered);
            }
            let Some(item) = active.cache.next_deliverable(Utc::now()).await? else { return Ok(delivered) };
            if self.deliver(active, &item).await? {
                // Ids and counts only: never the words sent.
                tracing::debug!(item = %item.id, attempts = item.attempts + 1, "delivered");
                delivered += 1;
            }
        }
    }

    /// Send one request, its files first. The outer error is the local store's; the
    /// inner one the provider's.
    async fn send(&self, active: &Signed, item: &OutboxItem) -> Result<std::result::Result<Sent, ProviderError>> {
        let key = &item.idempotency_key;
        let client = &active.client;
        Ok(match item.request.clone() {
            OutboxRequest::Ticket { mut ticket } => match self.upload_local_files(active, &mut ticket.attachment_ids).await? {
                Ok(()) => client.create_ticket(&ticket, key).await.map(Sent::Ticket),
                Err(e) => Err(e),
            },
            OutboxRequest::Reply { ticket_id, mut reply } => match self.upload_local_files(active, &mut reply.attachment_ids).await? {
                Ok(()) => client.reply(&ticket_id, &reply, key).await.map(Sent::Reply),
                Err(e) => Err(e),
            },
            OutboxRequest::Status { ticket_id, action } => client.set_status(&ticket_id, action, key).await.map(Sent::Ticket),
            OutboxRequest::Account { update } => client.update_account(&update, key).await.map(Sent::Account),
            OutboxRequest::Chat { chat_id, mut message } => match self.upload_local_files(active, &mut message.attachment_ids).await? {
                Ok(()) => match chat_id {
                    None => client.start_chat(&message, key).await.map(Sent::ChatStarted),
                    Some(chat_id) => client.chat_message(&chat_id, &message, key).await.map(Sent::ChatMessage),
                },
                Err(e) => Err(e),
            },
            OutboxRequest::ChatTicket { chat_id, ticket } => {
                client.chat_to_ticket(&chat_id, &ticket, key).await.map(|detail| Sent::ChatTicket(chat_id, detail))
            }
        })
    }

    /// One try at one item. Ok(true) when it arrived.
    async fn deliver(&self, active: &Signed, item: &OutboxItem) -> Result<bool> {
        if !active.cache.mark_sending(&item.id).await? {
            return Ok(false); // discarded or changed meanwhile
        }
        self.emit_for(active, EngineEvent::OutboxChanged);
        let local_files = item.request.attachment_ids();
        match self.send(active, item).await? {
            Ok(Sent::Ticket(detail)) => {
                active.cache.delivered_ticket(&item.id, &detail).await?;
                active.cache.remove_local_files(local_files).await?;
                self.after_delivery(active);
                Ok(true)
            }
            Ok(Sent::Account(account)) => {
                active.cache.delivered_account(&item.id, &account).await?;
                self.after_delivery(active);
                Ok(true)
            }
            Ok(Sent::ChatStarted(detail)) => {
                active.cache.delivered_chat(&item.id, &detail).await?;
                active.cache.remove_local_files(local_files).await?;
                self.after_delivery(active);
                Ok(true)
            }
            Ok(Sent::ChatMessage(message)) => {
                active.cache.delivered_chat_message(&item.id, &message).await?;
                active.cache.remove_local_files(local_files).await?;
                self.after_delivery(active);
                Ok(true)
            }
            Ok(Sent::ChatTicket(chat_id, detail)) => {
                active.cache.delivered_chat_ticket(&item.id, &chat_id, &detail).await?;
                self.after_delivery(active);
                Ok(true)
            }
            Ok(Sent::Reply(message)) => {
                active.cache.delivered_reply(&item.id, &message).await?;
                active.cache.remove_local_files(local_files).await?;
                self.after_delivery(active);
                Ok(true)
            }
            Err(ProviderError::SessionExpired) => {
                // Not the item's fault: keep it as it is and wait for a new sign-in.
                active.cache.mark_retry(&item.id, Utc::now(), ErrorCode::SessionExpired, "", false).await?;
                active.paused_for_auth.store(true, Ordering::SeqCst);
                let last = active.cache.last_synced_at().await.ok().flatten();
                self.set_sync_state(active, SyncPhase::Offline, Some(ErrorCode::SessionExpired), last);
                // The switcher marks the account that needs a new sign-in.
                self.emit(EngineEvent::SessionChanged);
                self.emit_for(active, EngineEvent::OutboxChanged);
                Ok(false)
            }
            // An answer this app cannot read may be a proxy's page: retry a few times, then
            // show it to the customer rather than retry for ever.
            Err(e) if e.is_transient() || (matches!(e, ProviderError::InvalidResponse(_)) && item.attempts < 5) => {
                if matches!(e, ProviderError::Unreachable(_)) {
                    // News for the connection state: the top bar must not say "up to
                    // date" until its next pull while sends cannot leave. The next pull
                    // that gets through says online again.
                    let last = active.cache.last_synced_at().await.ok().flatten();
                    self.set_sync_state(active, SyncPhase::Offline, Some(e.code()), last);
                    active.sync_kick.notify_one();
                }
                let wait = self.inner.tuning.backoff(item.attempts + 1);
                let next = Utc::now() + chrono::Duration::from_std(wait).unwrap_or_default();
                tracing::info!(item = %item.id, code = %e.code(), wait_ms = wait.as_millis() as u64, "send failed; retrying later with the same key");
                active.cache.mark_retry(&item.id, next, e.code(), &e.to_string(), true).await?;
                self.emit_for(active, EngineEvent::OutboxChanged);
                Ok(false)
            }
            Err(e) => {
                let detail = match &e {
                    ProviderError::Rejected { problem, .. } => problem.detail.clone().unwrap_or_else(|| problem.title.clone()),
                    other => other.to_string(),
                };
                tracing::warn!(item = %item.id, code = %e.code(), "the provider refused a send; kept for the customer");
                active.cache.mark_failed(&item.id, e.code(), &detail).await?;
                self.emit_for(active, EngineEvent::OutboxChanged);
                Ok(false)
            }
        }
    }

    fn after_delivery(&self, active: &Signed) {
        self.emit_for(active, EngineEvent::TicketsChanged);
        self.emit_for(active, EngineEvent::OutboxChanged);
        active.sync_kick.notify_one();
    }

    /// Deliver one account's sends whenever something is queued, a retry falls due, or
    /// the connection comes back, until it signs out or the engine shuts down.
    pub(super) fn outbox_worker(&self, account: Active) -> impl Future<Output = ()> + Send + 'static {
        let engine = self.clone();
        async move {
            while !account.stop.is_cancelled() {
                let paused = account.is_paused_for_auth();
                let wait = match engine.deliver_due_for(&account).await {
                    // Waiting for a new sign-in: nothing to do until woken.
                    _ if paused => SYNC_INTERVAL,
                    Ok(_) => account
                        .cache
                        .next_retry_at()
                        .await
                        .ok()
                        .flatten()
                        .map(|at| (at - Utc::now()).to_std().unwrap_or(Duration::ZERO))
                        .unwrap_or(SYNC_INTERVAL)
                        .min(SYNC_INTERVAL),
                    Err(e) => {
                        tracing::warn!(error = %e, "outbox delivery stopped; trying again shortly");
                        Duration::from_secs(1)
                    }
                };
                tokio::select! {
                    () = account.stop.cancelled() => return,
                    () = account.outbox_kick.notified() => {}
                    () = tokio::time::sleep(wait.max(Duration::from_millis(5))) => {}
                }
            }
        }
    }
}

//! Drafts and the outbox in the account's cache. Writing an outbox item is durable before
//! the call returns (`synchronous = FULL` for that transaction), and its idempotency key
//! is written with it: whatever happens next (a crash, a lost answer), the retry is the
//! same request and the provider makes it once.

use chrono::{DateTime, Utc};
use clientarea_api::{AccountUpdate, ChatToTicket, NewChatMessage, NewReply, NewTicket, TicketDetail, TicketMessage};
use serde::{Deserialize, Serialize};
use sqlx::sqlite::SqliteRow;
use sqlx::{Acquire, Row};

use super::{Cache, StoreError};
use crate::ErrorCode;
use crate::provider::StatusAction;

/// What a send asks of the provider: one closed set. Delivery matches it without a
/// catch-all, so a new kind does not compile until it is delivered.
///
/// Stored as it always was (the `kind`, `ticket_id` and `payload` columns; see
/// [`OutboxRequest::to_stored`]), so an outbox written by an older version is read as is.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, ts_rs::TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum OutboxRequest {
    /// A new ticket.
    Ticket { ticket: NewTicket },
    /// A reply to `ticket_id`: a ticket, or `local:<outbox id>` of a new one still queued.
    Reply { ticket_id: String, reply: NewReply },
    /// Close, reopen, or answer a resolved ticket.
    Status { ticket_id: String, action: StatusAction },
    /// A change to the account (the notification addresses).
    Account { update: AccountUpdate },
    /// A live-chat message: to `chat_id` (a chat, or `local:<outbox id>` of a chat still
    /// being started), or, with none, the first message that starts a chat.
    Chat { chat_id: Option<String>, message: NewChatMessage },
    /// Turn the chat into a ticket that carries the whole conversation.
    ChatTicket { chat_id: String, ticket: ChatToTicket },
}

/// Which composer a draft belongs to (its target: the ticket a reply answers, the chat,
/// or nothing for a new ticket).
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "lowercase")]
pub enum DraftKind {
    Ticket,
    Reply,
    Chat,
}

impl DraftKind {
    /// As stored in the drafts table.
    pub fn as_str(self) -> &'static str {
        match self {
            DraftKind::Ticket => "ticket",
            DraftKind::Reply => "reply",
            DraftKind::Chat => "chat",
        }
    }
}

/// Where a send stands.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "lowercase")]
pub enum OutboxState {
    /// Waiting for its turn or for a retry.
    Queued,
    /// A try is under way (or was, when the app stopped: it goes again, with its key).
    Sending,
    /// The provider refused it: it waits for the customer (send again, edit, discard).
    Failed,
}

impl OutboxState {
    fn as_str(self) -> &'static str {
        match self {
            OutboxState::Queued => "queued",
            OutboxState::Sending => "sending",
            OutboxState::Failed => "failed",
        }
    }

    fn parse(s: &str) -> Result<Self, StoreError> {
        [OutboxState::Queued, OutboxState::Sending, OutboxState::Failed]
            .into_iter()
            .find(|st| st.as_str() == s)
            .ok_or_else(|| StoreError::Corrupt(format!("outbox state {s:?}")))
    }
}

impl OutboxRequest {
    /// The ticket it is about, when there is one already (a reply, a status change).
    pub fn ticket_id(&self) -> Option<&str> {
        match self {
            OutboxRequest::Reply { ticket_id, .. } | OutboxRequest::Status { ticket_id, .. } => Some(ticket_id),
            OutboxRequest::Ticket { .. }
            | OutboxRequest::Account { .. }
            | OutboxRequest::Chat { .. }
            | OutboxRequest::ChatTicket { .. } => None,
        }
    }

    /// The files of this computer it carries (`local-file:` ids until uploaded).
    pub fn attachment_ids(&self) -> &[String] {
        match self {
            OutboxRequest::Ticket { ticket } => &ticket.attachment_ids,
            OutboxRequest::Reply { reply, .. } => &reply.attachment_ids,
            OutboxRequest::Chat { message, .. } => &message.attachment_ids,
            OutboxRequest::Status { .. } | OutboxRequest::Account { .. } | OutboxRequest::ChatTicket { .. } => &[],
        }
    }

    /// The composer whose draft is tied to it, if one wrote it: (kind, target).
    pub fn draft(&self) -> Option<(DraftKind, &str)> {
        match self {
            // A ticket answering a notice, or asking about an invoice, was drafted under
            // that notice's or invoice's id.
            OutboxRequest::Ticket { ticket } => {
                Some((DraftKind::Ticket, ticket.notice_id.as_deref().or(ticket.invoice_id.as_deref()).unwrap_or("")))
            }
            OutboxRequest::Reply { ticket_id, .. } => Some((DraftKind::Reply, ticket_id)),
            // The chat's box is emptied as each message goes: its draft is the chat's.
            OutboxRequest::Chat { .. } => Some((DraftKind::Chat, "")),
            // A button, or the settings form (never overwritten while typed): no draft.
            OutboxRequest::Status { .. } | OutboxRequest::Account { .. } | OutboxRequest::ChatTicket { .. } => None,
        }
    }

    /// The stored form: (`kind`, `ticket_id`, `payload`). The ticket is a column of its
    /// own, because a reply to a queued ticket is pointed at the real one when it arrives.
    pub fn to_stored(&self) -> Result<(&'static str, Option<&str>, serde_json::Value), StoreError> {
        let json = |r: serde_json::Result<serde_json::Value>| r.map_err(|e| StoreError::Corrupt(e.to_string()));
        Ok(match self {
            OutboxRequest::Ticket { ticket } => ("ticket", None, json(serde_json::to_value(ticket))?),
            OutboxRequest::Reply { ticket_id, reply } => ("reply", Some(ticket_id), json(serde_json::to_value(reply))?),
            OutboxRequest::Status { ticket_id, action } => ("status", Some(ticket_id), serde_json::json!({ "action": action })),
            OutboxRequest::Account { update } => ("account", None, json(serde_json::to_value(update))?),
            OutboxRequest::Chat { chat_id, message } => ("chat", chat_id.as_deref(), json(serde_json::to_value(message))?),
            OutboxRequest::ChatTicket { chat_id, ticket } => ("chat_ticket", Some(chat_id), json(serde_json::to_value(ticket))?),
        })
    }

    /// Read the stored form back. A kind this version does not know is an error, never a
    /// guess: sent as something else, it would reach the wrong place.
    pub fn from_stored(kind: &str, ticket_id: Option<String>, payload: serde_json::Value) -> Result<Self, StoreError> {
        let bad = |e: serde_json::Error| StoreError::Corrupt(format!("outbox {kind} payload: {e}"));
        let ticket = || ticket_id.clone().ok_or_else(|| StoreError::Corrupt(format!("outbox {kind} without its ticket")));
        Ok(match kind {
            "ticket" => OutboxRequest::Ticket { ticket: serde_json::from_value(payload).map_err(bad)? },
            "reply" => OutboxRequest::Reply { ticket_id: ticket()?, reply: serde_json::from_value(payload).map_err(bad)? },
            "status" => {
                OutboxRequest::Status { ticket_id: ticket()?, action: serde_json::from_value(payload["action"].clone()).map_err(bad)? }
            }
            "account" => OutboxRequest::Account { update: serde_json::from_value(payload).map_err(bad)? },
            "chat" => OutboxRequest::Chat { chat_id: ticket_id, message: serde_json::from_value(payload).map_err(bad)? },
            "chat_ticket" => OutboxRequest::ChatTicket { chat_id: ticket()?, ticket: serde_json::from_value(payload).map_err(bad)? },
            other => return Err(StoreError::Corrupt(format!("outbox kind {other:?} unknown to this version"))),
        })
    }
}

/// One send waiting for the provider.
#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct OutboxItem {
    pub id: String,
    pub request: OutboxRequest,
    #[serde(skip)]
    pub idempotency_key: String,
    pub state: OutboxState,
    #[ts(type = "number")]
    pub attempts: i64,
    pub next_attempt_at: DateTime<Utc>,
    /// Why the last attempt failed, and the provider's words.
    pub error_code: Option<ErrorCode>,
    pub error_detail: Option<String>,
    pub created_at: DateTime<Utc>,
}

/// The prefix of a ticket id that stands for a new ticket still in the outbox.
pub const LOCAL_TICKET: &str = "local:";

fn item_from_row(r: &SqliteRow) -> Result<OutboxItem, StoreError> {
    let payload: String = r.get("payload");
    let kind: String = r.get("kind");
    let payload = serde_json::from_str(&payload).map_err(|_| StoreError::Corrupt(format!("outbox payload {payload:?}")))?;
    let state: String = r.get("state");
    Ok(OutboxItem {
        id: r.get("id"),
        request: OutboxRequest::from_stored(&kind, r.get("ticket_id"), payload)?,
        idempotency_key: r.get("idempotency_key"),
        state: OutboxState::parse(&state)?,
        attempts: r.get("attempts"),
        next_attempt_at: r.get("next_attempt_at"),
        error_code: r.get::<Option<String>, _>("error_code").map(|c| ErrorCode::parse(&c)),
        error_detail: r.get("error_detail"),
        created_at: r.get("created_at"),
    })
}

impl Cache {
    /// Keep what a composer holds. Called as the customer types.
    pub async fn save_draft(&self, kind: DraftKind, target: &str, data: &serde_json::Value, now: DateTime<Utc>) -> Result<(), StoreError> {
        let data = serde_json::to_string(data).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        sqlx::query(
            "INSERT INTO drafts (id, kind, target, data, updated_at) VALUES (?, ?, ?, ?, ?)
             ON CONFLICT (kind, target) WHERE outbox_id IS NULL DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at",
        )
        .bind(uuid::Uuid::new_v4().to_string())
        .bind(kind.as_str())
        .bind(target)
        .bind(data)
        .bind(now)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// The draft a composer is writing, if any.
    pub async fn draft(&self, kind: DraftKind, target: &str) -> Result<Option<serde_json::Value>, StoreError> {
        let data: Option<String> = sqlx::query_scalar("SELECT data FROM drafts WHERE kind = ? AND target = ? AND outbox_id IS NULL")
            .bind(kind.as_str())
            .bind(target)
            .fetch_optional(self.pool())
            .await?;
        data.map(|d| serde_json::from_str(&d).map_err(|_| StoreError::Corrupt(format!("draft {d:?}")))).transpose()
    }

    /// Put a send in the outbox, and tie the composer's draft to it, durably.
    pub async fn enqueue(&self, request: &OutboxRequest, now: DateTime<Utc>) -> Result<OutboxItem, StoreError> {
        let (kind, ticket_id, payload) = request.to_stored()?;
        let draft = request.draft();
        if let Some(local) = ticket_id.and_then(|t| t.strip_prefix(LOCAL_TICKET)) {
            // A reply to a ticket still queued: that ticket must still be in the outbox.
            if self.outbox_item(local).await?.is_none() {
                return Err(StoreError::Corrupt(format!("no queued ticket {local}")));
            }
        }
        let id = uuid::Uuid::new_v4().to_string();
        let mut conn = self.pool().acquire().await?;
        // This one commit must survive a power cut, not only a crash.
        sqlx::query("PRAGMA synchronous = FULL").execute(&mut *conn).await?;
        let result = async {
            let mut tx = conn.begin().await?;
            sqlx::query(
                "INSERT INTO outbox (id, kind, ticket_id, payload, idempotency_key, state, next_attempt_at, created_at, position)
                 VALUES (?, ?, ?, ?, ?, 'queued', ?, ?, (SELECT COALESCE(MAX(position), 0) + 1 FROM outbox))",
            )
            .bind(&id)
            .bind(kind)
            .bind(ticket_id)
            .bind(payload.to_string())
            .bind(uuid::Uuid::new_v4().to_string())
            .bind(now)
            .bind(now)
            .execute(&mut *tx)
            .await?;
            if let Some((kind, target)) = draft {
                sqlx::query("UPDATE drafts SET outbox_id = ? WHERE kind = ? AND target = ? AND outbox_id IS NULL")
                    .bind(&id)
                    .bind(kind.as_str())
                    .bind(target)
                    .execute(&mut *tx)
                    .await?;
            }
            tx.commit().await
        }
        .await;
        sqlx::query("PRAGMA synchronous = NORMAL").execute(&mut *conn).await?;
        result?;
        drop(conn);
        self.outbox_item(&id).await?.ok_or_else(|| StoreError::Corrupt("the outbox item vanished".into()))
    }

    pub async fn outbox_item(&self, id: &str) -> Result<Option<OutboxItem>, StoreError> {
        let row = sqlx::query("SELECT * FROM outbox WHERE id = ?").bind(id).fetch_optional(self.pool()).await?;
        row.as_ref().map(item_from_row).transpose()
    }

    /// Everything not yet delivered, in sending order.
    pub async fn outbox(&self) -> Result<Vec<OutboxItem>, StoreError> {
        let rows = sqlx::query("SELECT * FROM outbox ORDER BY position").fetch_all(self.pool()).await?;
        rows.iter().map(item_from_row).collect()
    }

    /// The next send that may go now: due, its ticket known, and nothing older for the
    /// same ticket still waiting (replies leave in the order they were written).
    pub async fn next_deliverable(&self, now: DateTime<Utc>) -> Result<Option<OutboxItem>, StoreError> {
        let row = sqlx::query(
            "SELECT * FROM outbox o
             WHERE o.state IN ('queued', 'sending') AND o.next_attempt_at <= ?
               AND (o.ticket_id IS NULL OR o.ticket_id NOT LIKE 'local:%')
               AND NOT EXISTS (SELECT 1 FROM outbox p
                               WHERE o.ticket_id IS NOT NULL AND p.ticket_id = o.ticket_id AND p.position < o.position)
             ORDER BY o.position LIMIT 1",
        )
        .bind(now)
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(item_from_row).transpose()
    }

    /// When the soonest waiting retry is due.
    pub async fn next_retry_at(&self) -> Result<Option<DateTime<Utc>>, StoreError> {
        // Only items that could go once due: one blocked behind another, or waiting for a
        // queued ticket, has no time of its own (counting it would make the worker spin).
        Ok(sqlx::query_scalar(
            "SELECT MIN(o.next_attempt_at) FROM outbox o
             WHERE o.state IN ('queued', 'sending')
               AND (o.ticket_id IS NULL OR o.ticket_id NOT LIKE 'local:%')
               AND NOT EXISTS (SELECT 1 FROM outbox p
                               WHERE o.ticket_id IS NOT NULL AND p.ticket_id = o.ticket_id AND p.position < o.position)",
        )
        .fetch_one(self.pool())
        .await?)
    }

    /// False when the item is gone or no longer waiting (discarded, failed meanwhile).
    pub async fn mark_sending(&self, id: &str) -> Result<bool, StoreError> {
        let done = sqlx::query("UPDATE outbox SET state = 'sending' WHERE id = ? AND state IN ('queued', 'sending')")
            .bind(id)
            .execute(self.pool())
            .await?;
        Ok(done.rows_affected() == 1)
    }

    /// A try failed in a way that may heal: try again at `next`.
    pub async fn mark_retry(&self, id: &str, next: DateTime<Utc>, code: ErrorCode, detail: &str, count: bool) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE outbox SET state = 'queued', attempts = attempts + ?, next_attempt_at = ?, error_code = ?, error_detail = ?
             WHERE id = ?",
        )
        .bind(i64::from(count))
        .bind(next)
        .bind(code.as_str())
        .bind(detail)
        .bind(id)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// The provider refused it: it waits for the customer to edit, resend or discard it.
    pub async fn mark_failed(&self, id: &str, code: ErrorCode, detail: &str) -> Result<(), StoreError> {
        sqlx::query("UPDATE outbox SET state = 'failed', attempts = attempts + 1, error_code = ?, error_detail = ? WHERE id = ?")
            .bind(code.as_str())
            .bind(detail)
            .bind(id)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// The provider answered again: sends that waited only because it could not be reached
    /// are due now, not at the end of their backoff. Returns how many.
    pub async fn due_again(&self, now: DateTime<Utc>) -> Result<u64, StoreError> {
        let done = sqlx::query("UPDATE outbox SET next_attempt_at = ? WHERE state = 'queued' AND next_attempt_at > ? AND error_code = ?")
            .bind(now)
            .bind(now)
            .bind(ErrorCode::ProviderUnreachable.as_str())
            .execute(self.pool())
            .await?;
        Ok(done.rows_affected())
    }

    /// Send again as it is (same key: it cannot be duplicated).
    pub async fn resend(&self, id: &str, now: DateTime<Utc>) -> Result<bool, StoreError> {
        let done = sqlx::query("UPDATE outbox SET state = 'queued', next_attempt_at = ? WHERE id = ?")
            .bind(now)
            .bind(id)
            .execute(self.pool())
            .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Replace what an item sends. A new request needs a new key, so only an item the
    /// provider cannot have taken may change: one it refused, or one never tried. (One
    /// whose answer was lost may already exist there: editing it would send it twice.)
    /// False when the item may not change now.
    pub async fn edit_outbox(&self, id: &str, request: &OutboxRequest, now: DateTime<Utc>) -> Result<bool, StoreError> {
        let (kind, _, payload) = request.to_stored()?;
        let done = sqlx::query(
            "UPDATE outbox SET payload = ?, idempotency_key = ?, state = 'queued', next_attempt_at = ?, error_code = NULL,
                               error_detail = NULL, attempts = 0
             WHERE id = ? AND kind = ? AND (state = 'failed' OR (state = 'queued' AND attempts = 0))",
        )
        .bind(payload.to_string())
        .bind(uuid::Uuid::new_v4().to_string())
        .bind(now)
        .bind(id)
        .bind(kind)
        .execute(self.pool())
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Drop an item the customer gave up, with its draft and files, and what depends on it.
    pub async fn discard_outbox(&self, id: &str) -> Result<(), StoreError> {
        let mut tx = self.pool().begin().await?;
        let local = format!("{LOCAL_TICKET}{id}");
        sqlx::query("DELETE FROM drafts WHERE outbox_id IN (SELECT id FROM outbox WHERE id = ? OR ticket_id = ?)")
            .bind(id)
            .bind(&local)
            .execute(&mut *tx)
            .await?;
        // The files attached to them would otherwise stay in the cache for good.
        sqlx::query(
            "DELETE FROM local_files WHERE id IN (SELECT f.value FROM outbox o, json_each(o.payload, '$.attachment_ids') f
                                                  WHERE o.id = ? OR o.ticket_id = ?)",
        )
        .bind(id)
        .bind(&local)
        .execute(&mut *tx)
        .await?;
        sqlx::query("DELETE FROM outbox WHERE id = ? OR ticket_id = ?").bind(id).bind(&local).execute(&mut *tx).await?;
        tx.commit().await?;
        Ok(())
    }

    /// A new ticket arrived at the provider: keep it, forget the send and its draft, and
    /// point replies written to the queued ticket at the real one. One transaction.
    pub async fn delivered_ticket(&self, id: &str, detail: &TicketDetail) -> Result<(), StoreError> {
        let mut tx = self.pool().begin().await?;
        let now = Utc::now();
        super::ledger::record_accepted(&mut tx, id, &detail.ticket, now).await?;
        Self::apply_detail_in(&mut tx, detail, now).await?;
        let local = format!("{LOCAL_TICKET}{id}");
        sqlx::query("UPDATE outbox SET ticket_id = ? WHERE ticket_id = ?").bind(&detail.ticket.id).bind(&local).execute(&mut *tx).await?;
        // A reply being written to the queued ticket continues on the real one.
        sqlx::query("UPDATE OR IGNORE drafts SET target = ? WHERE kind = 'reply' AND target = ?")
            .bind(&detail.ticket.id)
            .bind(&local)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM drafts WHERE outbox_id = ?").bind(id).execute(&mut *tx).await?;
        sqlx::query("DELETE FROM outbox WHERE id = ?").bind(id).execute(&mut *tx).await?;
        tx.commit().await?;
        Ok(())
    }

    /// A reply arrived at the provider.
    pub async fn delivered_reply(&self, id: &str, message: &TicketMessage) -> Result<(), StoreError> {
        let mut tx = self.pool().begin().await?;
        Self::apply_message_in(&mut tx, message).await?;
        sqlx::query("DELETE FROM drafts WHERE outbox_id = ?").bind(id).execute(&mut *tx).await?;
        sqlx::query("DELETE FROM outbox WHERE id = ?").bind(id).execute(&mut *tx).await?;
        tx.commit().await?;
        Ok(())
    }

    /// The provider took an account change: its answer is the account now.
    pub async fn delivered_account(&self, id: &str, account: &clientarea_api::Account) -> Result<(), StoreError> {
        let data = serde_json::to_string(account).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        let mut tx = self.pool().begin().await?;
        sqlx::query("INSERT OR REPLACE INTO account (id, data) VALUES (1, ?)").bind(data).execute(&mut *tx).await?;
        sqlx::query("DELETE FROM outbox WHERE id = ?").bind(id).execute(&mut *tx).await?;
        tx.commit().await?;
        Ok(())
    }
}

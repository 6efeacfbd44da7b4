//! Live chats in the account's cache: the chats and their messages as the provider has
//! them (pulled, or answered to a send), and what a delivered chat send changes. A chat
//! started while offline is `local:<outbox id>` until the provider has it; the messages
//! queued behind it are pointed at the real chat when it arrives, in the same
//! transaction, so each is sent once and to the right chat.

use clientarea_api::{Chat, ChatDetail, ChatMessage, TicketDetail};
use sqlx::{Row, SqliteConnection};

use super::outbox::LOCAL_TICKET;
use super::{Cache, StoreError};

fn json<T: serde::Serialize>(v: &T) -> Result<String, StoreError> {
    serde_json::to_string(v).map_err(|e| StoreError::Corrupt(e.to_string()))
}

pub(crate) async fn upsert_chat(c: &mut SqliteConnection, chat: &Chat) -> Result<(), StoreError> {
    sqlx::query("INSERT INTO chats (id, data) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET data = excluded.data")
        .bind(&chat.id)
        .bind(json(chat)?)
        .execute(&mut *c)
        .await?;
    Ok(())
}

pub(crate) async fn upsert_chat_message(c: &mut SqliteConnection, m: &ChatMessage) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO chat_messages (id, chat_id, created_at, data) VALUES (?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET chat_id = excluded.chat_id, created_at = excluded.created_at, data = excluded.data",
    )
    .bind(&m.id)
    .bind(&m.chat_id)
    .bind(m.created_at)
    .bind(json(m)?)
    .execute(&mut *c)
    .await?;
    Ok(())
}

async fn done(c: &mut SqliteConnection, outbox_id: &str) -> Result<(), StoreError> {
    sqlx::query("DELETE FROM drafts WHERE outbox_id = ?").bind(outbox_id).execute(&mut *c).await?;
    sqlx::query("DELETE FROM outbox WHERE id = ?").bind(outbox_id).execute(&mut *c).await?;
    Ok(())
}

/// A chat message the search found.
#[derive(Debug, Clone, serde::Serialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ChatHit {
    pub chat_id: String,
    pub message_id: String,
    pub author: clientarea_api::Author,
    pub at: chrono::DateTime<chrono::Utc>,
    /// The words around the matches, the matches marked (as in the ticket list).
    pub snippet: String,
}

/// An operator's chat answer to announce: who wrote (never what).
#[derive(Debug, Clone, serde::Serialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ChatReply {
    pub chat_id: String,
    pub author_name: Option<String>,
}

/// How many chat messages a search shows (the newest).
pub const CHAT_HITS: u32 = 20;

/// The chat search's statement: `?1` the FTS5 match, `?2` how many (the newest).
pub fn chat_search_sql() -> &'static str {
    "SELECT m.data FROM (SELECT rowid AS r FROM chat_fts WHERE chat_fts MATCH ?1 ORDER BY rowid DESC LIMIT ?2) h
     JOIN chat_messages m ON m.rowid = h.r ORDER BY m.created_at DESC"
}

impl Cache {
    /// The newest chat messages that match `typed` (the ticket list's search), at most
    /// `limit`, newest first.
    pub async fn search_chats(&self, typed: &str, limit: u32) -> Result<Vec<ChatHit>, StoreError> {
        let Some(query) = crate::tickets::fts_query(typed) else { return Ok(Vec::new()) };
        let terms = crate::tickets::search_terms(typed);
        let rows = sqlx::query(chat_search_sql()).bind(query).bind(i64::from(limit)).fetch_all(self.pool()).await?;
        let mut out = Vec::with_capacity(rows.len());
        for r in &rows {
            let m: ChatMessage = serde_json::from_str(r.get::<&str, _>("data")).map_err(|_| StoreError::Corrupt("chat message".into()))?;
            let snippet = crate::tickets::snippet(&m.body, &terms).unwrap_or_else(|| m.body.chars().take(120).collect());
            out.push(ChatHit { chat_id: m.chat_id, message_id: m.id, author: m.author, at: m.created_at, snippet });
        }
        Ok(out)
    }

    /// The operator's chat answers not announced yet, each claimed in the same
    /// transaction (announced once whatever happens next). The first call only sets the
    /// mark: what was there before is history.
    pub async fn claim_new_chat_replies(&self) -> Result<super::Claimed<ChatReply>, StoreError> {
        let mut tx = self.pool().begin_with("BEGIN IMMEDIATE").await?;
        let upto: Option<i64> = sqlx::query_scalar("SELECT upto FROM chat_replies_watermark").fetch_optional(&mut *tx).await?;
        let top: i64 = sqlx::query_scalar("SELECT COALESCE(MAX(rowid), 0) FROM chat_messages").fetch_one(&mut *tx).await?;
        let replies = match upto {
            None => super::Claimed::default(),
            Some(upto) => {
                let count: i64 =
                    sqlx::query_scalar("SELECT COUNT(*) FROM chat_messages WHERE rowid > ? AND json_extract(data, '$.author') = 'staff'")
                        .bind(upto)
                        .fetch_one(&mut *tx)
                        .await?;
                let rows = sqlx::query(
                    "SELECT chat_id, json_extract(data, '$.author_name') AS author_name FROM chat_messages
                     WHERE rowid > ? AND json_extract(data, '$.author') = 'staff' ORDER BY rowid DESC LIMIT ?",
                )
                .bind(upto)
                .bind(Cache::NAMED)
                .fetch_all(&mut *tx)
                .await?;
                let latest =
                    rows.iter().rev().map(|r| ChatReply { chat_id: r.get("chat_id"), author_name: r.get("author_name") }).collect();
                super::Claimed { count: count as u64, latest }
            }
        };
        sqlx::query(
            "INSERT INTO chat_replies_watermark (id, upto) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET upto = MAX(upto, excluded.upto)",
        )
        .bind(top)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(replies)
    }

    /// The latest chat with its messages, oldest first; none if there never was one.
    pub async fn current_chat(&self) -> Result<Option<ChatDetail>, StoreError> {
        let mut conn = self.pool().acquire().await?;
        let data: Option<String> = sqlx::query_scalar("SELECT data FROM chats ORDER BY json_extract(data, '$.created_at') DESC LIMIT 1")
            .fetch_optional(&mut *conn)
            .await?;
        let Some(data) = data else { return Ok(None) };
        let chat: Chat = serde_json::from_str(&data).map_err(|_| StoreError::Corrupt("chat".into()))?;
        let rows = sqlx::query("SELECT data FROM chat_messages WHERE chat_id = ? ORDER BY created_at, rowid")
            .bind(&chat.id)
            .fetch_all(&mut *conn)
            .await?;
        let messages = rows
            .iter()
            .map(|r| serde_json::from_str(r.get::<&str, _>("data")).map_err(|_| StoreError::Corrupt("chat message".into())))
            .collect::<Result<Vec<ChatMessage>, _>>()?;
        Ok(Some(ChatDetail { chat, messages }))
    }

    /// A chat the provider started for outbox item `id`: in the cache, and the messages
    /// queued behind it pointed at it.
    pub async fn delivered_chat(&self, id: &str, detail: &ChatDetail) -> Result<(), StoreError> {
        let mut tx = self.pool().begin().await?;
        upsert_chat(&mut tx, &detail.chat).await?;
        for m in &detail.messages {
            upsert_chat_message(&mut tx, m).await?;
        }
        let local = format!("{LOCAL_TICKET}{id}");
        sqlx::query("UPDATE outbox SET ticket_id = ? WHERE ticket_id = ? AND kind IN ('chat', 'chat_ticket')")
            .bind(&detail.chat.id)
            .bind(&local)
            .execute(&mut *tx)
            .await?;
        done(&mut tx, id).await?;
        tx.commit().await?;
        Ok(())
    }

    /// A chat message the provider took.
    pub async fn delivered_chat_message(&self, id: &str, message: &ChatMessage) -> Result<(), StoreError> {
        let mut tx = self.pool().begin().await?;
        upsert_chat_message(&mut tx, message).await?;
        done(&mut tx, id).await?;
        tx.commit().await?;
        Ok(())
    }

    /// A chat the provider turned into a ticket: the ticket in the cache, the chat naming it.
    pub async fn delivered_chat_ticket(&self, id: &str, chat_id: &str, detail: &TicketDetail) -> Result<(), StoreError> {
        let mut tx = self.pool().begin().await?;
        Self::apply_detail_in(&mut tx, detail, chrono::Utc::now()).await?;
        let data: Option<String> = sqlx::query_scalar("SELECT data FROM chats WHERE id = ?").bind(chat_id).fetch_optional(&mut *tx).await?;
        if let Some(data) = data {
            let mut chat: Chat = serde_json::from_str(&data).map_err(|_| StoreError::Corrupt("chat".into()))?;
            chat.status = clientarea_api::ChatStatus::Converted;
            chat.ticket_id = Some(detail.ticket.id.clone());
            upsert_chat(&mut tx, &chat).await?;
        }
        done(&mut tx, id).await?;
        tx.commit().await?;
        Ok(())
    }
}

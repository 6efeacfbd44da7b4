//! Live chat in the store: start a chat (acknowledged at once by an operator), write in
//! it, turn it into a ticket that carries the conversation, and what the operator says.
//! When and what the operator answers is the chat's behaviour (`crate::chat`).

use chrono::{DateTime, Utc};
use clientarea_api::problem::types;
use clientarea_api::{Author, Chat, ChatDetail, ChatMessage, ChatStatus, ChatToTicket, NewChatMessage, NewTicket, Problem};
use sqlx::{Row, SqliteConnection};

use super::idempotency::{remember, replay, request_hash};
use super::uploads::{link_attachments, load_chat_attachments};
use super::{Created, Store, next_seq};
use crate::error::{ApiError, ApiResult};

pub const OPERATOR: &str = "Live chat operator";

impl Store {
    pub async fn start_chat(&self, customer: &str, m: &NewChatMessage, key: Option<&str>, now: DateTime<Utc>) -> ApiResult<Created> {
        check_message(m)?;
        let hash = request_hash("POST /v1/chats", m)?;
        let _claim = self.claim(customer, key)?;
        let created = {
            let _w = self.write.lock().await;
            let mut tx = self.pool.begin().await?;
            if let Some(first) = replay(&mut tx, customer, key, &hash).await? {
                return Ok(first);
            }
            let id = uuid::Uuid::new_v4().to_string();
            let seq = next_seq(&mut tx).await?;
            // The operator acknowledges at once (the promise is one minute).
            sqlx::query(
                "INSERT INTO chats (id, customer_id, status, created_at, updated_at, acknowledged_at, seq)
                 VALUES (?, ?, 'open', ?, ?, ?, ?)",
            )
            .bind(&id)
            .bind(customer)
            .bind(now)
            .bind(now)
            .bind(now)
            .bind(seq)
            .execute(&mut *tx)
            .await?;
            insert_chat_message(&mut tx, &id, customer, Author::Customer, None, &m.body, &m.attachment_ids, now).await?;
            insert_chat_message(
                &mut tx,
                &id,
                customer,
                Author::Staff,
                Some(OPERATOR),
                "Hello, an operator is with you. For emergencies and account matters please open a ticket: it proves you own the account.",
                &[],
                now,
            )
            .await?;
            let detail = chat_detail(&mut tx, customer, &id).await?;
            let created = Created { status: 201, body: serde_json::to_value(&detail)? };
            remember(&mut tx, customer, key, &hash, &created, now).await?;
            tx.commit().await?;
            created
        };
        self.announce(Some(customer), None).await;
        Ok(created)
    }

    pub async fn chat(&self, customer: &str, id: &str) -> ApiResult<ChatDetail> {
        let mut conn = self.pool.acquire().await?;
        chat_detail(&mut conn, customer, id).await
    }

    pub async fn chat_message(
        &self,
        customer: &str,
        chat_id: &str,
        m: &NewChatMessage,
        key: Option<&str>,
        now: DateTime<Utc>,
    ) -> ApiResult<Created> {
        check_message(m)?;
        let hash = request_hash(&format!("POST /v1/chats/{chat_id}/messages"), m)?;
        let _claim = self.claim(customer, key)?;
        let created = {
            let _w = self.write.lock().await;
            let mut tx = self.pool.begin().await?;
            if let Some(first) = replay(&mut tx, customer, key, &hash).await? {
                return Ok(first);
            }
            let chat = chat_detail(&mut tx, customer, chat_id).await?.chat;
            if chat.status == ChatStatus::Converted {
                return Err(ApiError(Problem::new(types::CONFLICT, 409, "This chat became a ticket: write in the ticket")));
            }
            let message = insert_chat_message(&mut tx, chat_id, customer, Author::Customer, None, &m.body, &m.attachment_ids, now).await?;
            let created = Created { status: 201, body: serde_json::to_value(&message)? };
            remember(&mut tx, customer, key, &hash, &created, now).await?;
            tx.commit().await?;
            created
        };
        self.announce(Some(customer), None).await;
        Ok(created)
    }

    /// Turn the chat into a ticket whose first message is the conversation. Converting a
    /// converted chat returns its ticket: the conversion happens once.
    pub async fn chat_to_ticket(&self, customer: &str, chat_id: &str, req: &ChatToTicket, now: DateTime<Utc>) -> ApiResult<Created> {
        let detail = self.chat(customer, chat_id).await?;
        if let Some(ticket) = &detail.chat.ticket_id {
            return Ok(Created { status: 201, body: serde_json::to_value(self.ticket_detail(customer, ticket).await?)? });
        }
        let new = NewTicket {
            department: req.department,
            priority: req.priority,
            subject: req.subject.clone(),
            body: clientarea_api::chat::transcript(&detail.messages),
            service_id: None,
            notice_id: None,
            invoice_id: None,
            incident: None,
            attachment_ids: carried_files(&detail.messages),
        };
        let created = self.create_ticket(customer, &new, None, now).await?;
        let ticket_id = created.body["ticket"]["id"].as_str().unwrap_or_default().to_owned();
        let number = created.body["ticket"]["number"].as_i64().unwrap_or_default();
        {
            let _w = self.write.lock().await;
            let mut tx = self.pool.begin().await?;
            let seq = next_seq(&mut tx).await?;
            sqlx::query("UPDATE chats SET status = 'converted', ticket_id = ?, updated_at = ?, seq = ? WHERE id = ?")
                .bind(&ticket_id)
                .bind(now)
                .bind(seq)
                .bind(chat_id)
                .execute(&mut *tx)
                .await?;
            let note = format!("This conversation now continues in ticket #{number}, with everything said here.");
            insert_chat_message(&mut tx, chat_id, customer, Author::Staff, Some(OPERATOR), &note, &[], now).await?;
            tx.commit().await?;
        }
        self.announce(Some(customer), None).await;
        Ok(created)
    }

    /// Open chats whose customer's last message has no operator's answer after it, for
    /// the operator: (customer, chat, last body, when). The greeting written with the
    /// first message (at the same instant) is not an answer to it.
    pub async fn chats_awaiting_operator(&self) -> anyhow::Result<Vec<(String, String, String, DateTime<Utc>)>> {
        let rows = sqlx::query(
            "SELECT c.customer_id, c.id, m.body, m.created_at FROM chats c
             JOIN chat_messages m ON m.id = (SELECT id FROM chat_messages WHERE chat_id = c.id AND author = 'customer'
                                             ORDER BY created_at DESC, seq DESC LIMIT 1)
             WHERE c.status = 'open'
               AND NOT EXISTS (SELECT 1 FROM chat_messages s WHERE s.chat_id = c.id AND s.author = 'staff' AND s.created_at > m.created_at)",
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.iter().map(|r| (r.get(0), r.get(1), r.get(2), r.get(3))).collect())
    }

    pub async fn operator_says(&self, customer: &str, chat_id: &str, body: &str, now: DateTime<Utc>) -> anyhow::Result<()> {
        {
            let _w = self.write.lock().await;
            let mut tx = self.pool.begin().await?;
            insert_chat_message(&mut tx, chat_id, customer, Author::Staff, Some(OPERATOR), body, &[], now).await?;
            tx.commit().await?;
        }
        self.announce(Some(customer), None).await;
        Ok(())
    }
}

fn check_message(m: &NewChatMessage) -> ApiResult<()> {
    let errors = clientarea_api::chat::check_message(m);
    if errors.is_empty() { Ok(()) } else { Err(ApiError(Problem::validation(errors))) }
}

/// The files the customer sent in the chat that go with its ticket: the latest ones, as
/// many as one message may carry (the transcript names every one).
fn carried_files(messages: &[ChatMessage]) -> Vec<String> {
    let all: Vec<String> = messages.iter().flat_map(|m| m.attachments.iter().map(|a| a.id.clone())).collect();
    all[all.len().saturating_sub(clientarea_api::uploads::ATTACHMENTS_MAX)..].to_vec()
}

#[allow(clippy::too_many_arguments)]
async fn insert_chat_message(
    conn: &mut SqliteConnection,
    chat_id: &str,
    customer: &str,
    author: Author,
    author_name: Option<&str>,
    body: &str,
    attachment_ids: &[String],
    now: DateTime<Utc>,
) -> ApiResult<ChatMessage> {
    let id = uuid::Uuid::new_v4().to_string();
    let seq = next_seq(conn).await?;
    sqlx::query(
        "INSERT INTO chat_messages (id, chat_id, customer_id, author, author_name, body, created_at, seq)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(&id)
    .bind(chat_id)
    .bind(customer)
    .bind(author.as_str())
    .bind(author_name)
    .bind(body)
    .bind(now)
    .bind(seq)
    .execute(&mut *conn)
    .await?;
    link_attachments(conn, "chat_message_attachments", &id, customer, attachment_ids).await?;
    let seq = next_seq(conn).await?;
    sqlx::query("UPDATE chats SET updated_at = ?, seq = ? WHERE id = ?").bind(now).bind(seq).bind(chat_id).execute(&mut *conn).await?;
    let mut message = ChatMessage {
        id,
        chat_id: chat_id.into(),
        author,
        author_name: author_name.map(Into::into),
        body: body.into(),
        attachments: Vec::new(),
        created_at: now,
    };
    load_chat_attachments(conn, std::slice::from_mut(&mut message)).await?;
    Ok(message)
}

async fn chat_detail(conn: &mut SqliteConnection, customer: &str, id: &str) -> ApiResult<ChatDetail> {
    let row = sqlx::query("SELECT * FROM chats WHERE id = ? AND customer_id = ?")
        .bind(id)
        .bind(customer)
        .fetch_optional(&mut *conn)
        .await?
        .ok_or_else(|| ApiError::not_found("chat"))?;
    let rows = sqlx::query("SELECT * FROM chat_messages WHERE chat_id = ? ORDER BY created_at, seq").bind(id).fetch_all(&mut *conn).await?;
    let mut messages = rows.iter().map(chat_message_from_row).collect::<ApiResult<Vec<_>>>()?;
    load_chat_attachments(conn, &mut messages).await?;
    Ok(ChatDetail { chat: chat_from_row(&row), messages })
}

pub(super) fn chat_from_row(r: &sqlx::sqlite::SqliteRow) -> Chat {
    let status: String = r.get("status");
    Chat {
        id: r.get("id"),
        status: if status == "converted" { ChatStatus::Converted } else { ChatStatus::Open },
        ticket_id: r.get("ticket_id"),
        created_at: r.get("created_at"),
        updated_at: r.get("updated_at"),
        acknowledged_at: r.get("acknowledged_at"),
    }
}

pub(super) fn chat_message_from_row(r: &sqlx::sqlite::SqliteRow) -> ApiResult<ChatMessage> {
    let author: String = r.get("author");
    Ok(ChatMessage {
        id: r.get("id"),
        chat_id: r.get("chat_id"),
        author: Author::parse(&author).ok_or_else(|| ApiError::bad_request("corrupt chat author"))?,
        author_name: r.get("author_name"),
        body: r.get("body"),
        attachments: Vec::new(),
        created_at: r.get("created_at"),
    })
}

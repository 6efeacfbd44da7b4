//! Tickets as the customer sees and writes them: list, detail, create, reply, close,
//! reopen and answer a resolution; and the messages and events a ticket's history holds.

use chrono::{DateTime, Utc};
use clientarea_api::problem::{FieldError, types};
use clientarea_api::{
    Author, DepartmentId, EventKind, NewReply, NewTicket, Priority, Problem, Ticket, TicketDetail, TicketEvent, TicketMessage, TicketStatus,
};
use sqlx::{Row, SqliteConnection};

use super::idempotency::{remember, replay, request_hash};
use super::uploads::{link_attachments, load_attachments};
use super::{Created, Store, corrupt, next_seq};
use crate::error::{ApiError, ApiResult};

/// What a customer does to a ticket's status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CustomerAction {
    Close,
    Reopen,
    /// The answer to a resolved ticket: solved (it closes).
    Solved,
    /// The answer to a resolved ticket: not solved (it reopens).
    NotSolved,
}

impl Store {
    /// A customer closes, reopens, or answers the resolution of a ticket.
    pub async fn customer_sets_status(
        &self,
        customer: &str,
        ticket_id: &str,
        action: CustomerAction,
        now: DateTime<Utc>,
    ) -> ApiResult<TicketDetail> {
        {
            let _w = self.write.lock().await;
            let mut tx = self.pool.begin().await?;
            let status: Option<String> = sqlx::query_scalar("SELECT status FROM tickets WHERE id = ? AND customer_id = ?")
                .bind(ticket_id)
                .bind(customer)
                .fetch_optional(&mut *tx)
                .await?;
            let from = status.as_deref().and_then(TicketStatus::parse).ok_or_else(|| ApiError::not_found("ticket"))?;
            let to = match (action, from) {
                (CustomerAction::Close, TicketStatus::Closed) | (CustomerAction::Reopen, TicketStatus::Open) => None,
                (CustomerAction::Close, _) | (CustomerAction::Solved, TicketStatus::Resolved) => Some(TicketStatus::Closed),
                (CustomerAction::Reopen, _) | (CustomerAction::NotSolved, TicketStatus::Resolved) => Some(TicketStatus::Open),
                (CustomerAction::Solved | CustomerAction::NotSolved, _) => {
                    return Err(ApiError(Problem::new(
                        types::CONFLICT,
                        409,
                        "Only a resolved ticket waits for the customer's confirmation",
                    )));
                }
            };
            if let Some(to) = to {
                move_status(&mut tx, customer, ticket_id, from, to, now).await?;
            }
            tx.commit().await?;
        }
        self.announce(Some(customer), None).await;
        self.ticket_detail(customer, ticket_id).await
    }

    pub async fn tickets(&self, customer: &str) -> ApiResult<Vec<Ticket>> {
        let rows = sqlx::query("SELECT * FROM tickets WHERE customer_id = ? ORDER BY updated_at DESC")
            .bind(customer)
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(ticket_from_row).collect()
    }

    pub async fn ticket_detail(&self, customer: &str, id: &str) -> ApiResult<TicketDetail> {
        let mut conn = self.pool.acquire().await?;
        detail(&mut conn, customer, id).await
    }

    pub async fn create_ticket(&self, customer: &str, new: &NewTicket, key: Option<&str>, now: DateTime<Utc>) -> ApiResult<Created> {
        let errors = clientarea_api::check_new_ticket(new);
        if !errors.is_empty() {
            return Err(ApiError(Problem::validation(errors)));
        }
        let hash = request_hash("POST /v1/tickets", new)?;
        let _claim = self.claim(customer, key)?;
        let _w = self.write.lock().await;
        let mut tx = self.pool.begin().await?;
        if let Some(first) = replay(&mut tx, customer, key, &hash).await? {
            return Ok(first);
        }
        if let Some(service) = &new.service_id {
            let owned: Option<String> = sqlx::query_scalar("SELECT id FROM services WHERE id = ? AND customer_id = ?")
                .bind(service)
                .bind(customer)
                .fetch_optional(&mut *tx)
                .await?;
            if owned.is_none() {
                return Err(ApiError(Problem::validation(vec![FieldError { field: "service_id".into(), reason: "invalid".into() }])));
            }
        }
        if let Some(notice) = &new.notice_id {
            let visible: Option<String> =
                sqlx::query_scalar("SELECT id FROM notices WHERE id = ? AND (customer_id = ? OR customer_id IS NULL)")
                    .bind(notice)
                    .bind(customer)
                    .fetch_optional(&mut *tx)
                    .await?;
            if visible.is_none() {
                return Err(ApiError(Problem::validation(vec![FieldError { field: "notice_id".into(), reason: "invalid".into() }])));
            }
        }
        if let Some(invoice) = &new.invoice_id {
            let owned: Option<String> = sqlx::query_scalar("SELECT id FROM invoices WHERE id = ? AND customer_id = ?")
                .bind(invoice)
                .bind(customer)
                .fetch_optional(&mut *tx)
                .await?;
            if owned.is_none() {
                return Err(ApiError(Problem::validation(vec![FieldError { field: "invoice_id".into(), reason: "invalid".into() }])));
            }
        }
        let id = uuid::Uuid::new_v4().to_string();
        let number: i64 = sqlx::query_scalar("UPDATE counters SET value = value + 1 WHERE name = 'ticket_number' RETURNING value")
            .fetch_one(&mut *tx)
            .await?;
        let seq = next_seq(&mut tx).await?;
        sqlx::query(
            "INSERT INTO tickets (id, customer_id, number, subject, department, priority, status, service_id,
                                  notice_id, invoice_id, incident, created_at, updated_at, seq)
             VALUES (?, ?, ?, ?, ?, ?, 'open', ?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(&id)
        .bind(customer)
        .bind(number)
        .bind(new.subject.trim())
        .bind(new.department.as_str())
        .bind(new.priority.as_str())
        .bind(&new.service_id)
        .bind(&new.notice_id)
        .bind(&new.invoice_id)
        .bind(new.incident.as_ref().map(serde_json::to_string).transpose()?)
        .bind(now)
        .bind(now)
        .bind(seq)
        .execute(&mut *tx)
        .await?;
        insert_message(&mut tx, &id, customer, Author::Customer, None, &new.body, &new.attachment_ids, now).await?;
        // The provider acknowledges every ticket automatically (within 2 minutes by its
        // promise; this desk does it at once).
        acknowledge(&mut tx, &id, customer, now).await?;
        let ticket = detail(&mut tx, customer, &id).await?;
        let created = Created { status: 201, body: serde_json::to_value(&ticket)? };
        remember(&mut tx, customer, key, &hash, &created, now).await?;
        tx.commit().await?;
        self.announce(Some(customer), None).await;
        Ok(created)
    }

    pub async fn add_reply(
        &self,
        customer: &str,
        ticket_id: &str,
        reply: &NewReply,
        key: Option<&str>,
        now: DateTime<Utc>,
    ) -> ApiResult<Created> {
        let errors = clientarea_api::check_new_reply(reply);
        if !errors.is_empty() {
            return Err(ApiError(Problem::validation(errors)));
        }
        let hash = request_hash(&format!("POST /v1/tickets/{ticket_id}/messages"), reply)?;
        let _claim = self.claim(customer, key)?;
        let _w = self.write.lock().await;
        let mut tx = self.pool.begin().await?;
        if let Some(first) = replay(&mut tx, customer, key, &hash).await? {
            return Ok(first);
        }
        let status: Option<String> = sqlx::query_scalar("SELECT status FROM tickets WHERE id = ? AND customer_id = ?")
            .bind(ticket_id)
            .bind(customer)
            .fetch_optional(&mut *tx)
            .await?;
        let status = status.ok_or_else(|| ApiError::not_found("ticket"))?;
        let message = insert_message(&mut tx, ticket_id, customer, Author::Customer, None, &reply.body, &reply.attachment_ids, now).await?;
        // A customer's reply puts the ticket back in the provider's queue, whatever it was.
        let from = TicketStatus::parse(&status).unwrap_or(TicketStatus::Open);
        let seq = next_seq(&mut tx).await?;
        sqlx::query("UPDATE tickets SET status = 'open', updated_at = ?, seq = ? WHERE id = ?")
            .bind(now)
            .bind(seq)
            .bind(ticket_id)
            .execute(&mut *tx)
            .await?;
        if from != TicketStatus::Open {
            insert_event(&mut tx, ticket_id, customer, now, &EventKind::StatusChanged { from, to: TicketStatus::Open }).await?;
        }
        let created = Created { status: 201, body: serde_json::to_value(&message)? };
        remember(&mut tx, customer, key, &hash, &created, now).await?;
        tx.commit().await?;
        self.announce(Some(customer), None).await;
        Ok(created)
    }
}

#[allow(clippy::too_many_arguments)]
pub(super) async fn insert_message(
    conn: &mut SqliteConnection,
    ticket_id: &str,
    customer: &str,
    author: Author,
    author_name: Option<&str>,
    body: &str,
    attachment_ids: &[String],
    now: DateTime<Utc>,
) -> ApiResult<TicketMessage> {
    let id = uuid::Uuid::new_v4().to_string();
    let seq = next_seq(conn).await?;
    sqlx::query(
        "INSERT INTO messages (id, ticket_id, customer_id, author, author_name, body, created_at, seq)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(&id)
    .bind(ticket_id)
    .bind(customer)
    .bind(author.as_str())
    .bind(author_name)
    .bind(body)
    .bind(now)
    .bind(seq)
    .execute(&mut *conn)
    .await?;
    link_attachments(conn, "message_attachments", &id, customer, attachment_ids).await?;
    let mut message = TicketMessage {
        id,
        ticket_id: ticket_id.into(),
        author,
        author_name: author_name.map(Into::into),
        body: body.into(),
        attachments: Vec::new(),
        created_at: now,
    };
    load_attachments(conn, std::slice::from_mut(&mut message)).await?;
    Ok(message)
}

pub(super) async fn insert_event(
    conn: &mut SqliteConnection,
    ticket_id: &str,
    customer: &str,
    at: DateTime<Utc>,
    kind: &EventKind,
) -> ApiResult<()> {
    let seq = next_seq(conn).await?;
    sqlx::query("INSERT INTO events (id, ticket_id, customer_id, at, data, seq) VALUES (?, ?, ?, ?, ?, ?)")
        .bind(uuid::Uuid::new_v4().to_string())
        .bind(ticket_id)
        .bind(customer)
        .bind(at)
        .bind(serde_json::to_string(kind)?)
        .bind(seq)
        .execute(&mut *conn)
        .await?;
    // The event changes the ticket's history: move the ticket up so a pull sees both.
    let seq = next_seq(conn).await?;
    sqlx::query("UPDATE tickets SET updated_at = MAX(updated_at, ?), seq = ? WHERE id = ?")
        .bind(at)
        .bind(seq)
        .bind(ticket_id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Move a ticket to `to`, with the event that tells the customer.
pub(super) async fn move_status(
    conn: &mut SqliteConnection,
    customer: &str,
    ticket_id: &str,
    from: TicketStatus,
    to: TicketStatus,
    now: DateTime<Utc>,
) -> ApiResult<()> {
    let seq = next_seq(conn).await?;
    sqlx::query("UPDATE tickets SET status = ?, updated_at = ?, seq = ? WHERE id = ?")
        .bind(to.as_str())
        .bind(now)
        .bind(seq)
        .bind(ticket_id)
        .execute(&mut *conn)
        .await?;
    insert_event(conn, ticket_id, customer, now, &EventKind::StatusChanged { from, to }).await
}

async fn acknowledge(conn: &mut SqliteConnection, ticket_id: &str, customer: &str, at: DateTime<Utc>) -> ApiResult<()> {
    sqlx::query("UPDATE tickets SET acknowledged_at = ? WHERE id = ?").bind(at).bind(ticket_id).execute(&mut *conn).await?;
    insert_event(conn, ticket_id, customer, at, &EventKind::Acknowledged).await
}

async fn detail(conn: &mut SqliteConnection, customer: &str, id: &str) -> ApiResult<TicketDetail> {
    let row = sqlx::query("SELECT * FROM tickets WHERE id = ? AND customer_id = ?")
        .bind(id)
        .bind(customer)
        .fetch_optional(&mut *conn)
        .await?
        .ok_or_else(|| ApiError::not_found("ticket"))?;
    let ticket = ticket_from_row(&row)?;
    let rows = sqlx::query("SELECT * FROM messages WHERE ticket_id = ? ORDER BY created_at, seq").bind(id).fetch_all(&mut *conn).await?;
    let mut messages = rows.iter().map(message_from_row).collect::<ApiResult<Vec<_>>>()?;
    load_attachments(conn, &mut messages).await?;
    let rows = sqlx::query("SELECT * FROM events WHERE ticket_id = ? ORDER BY at, seq").bind(id).fetch_all(&mut *conn).await?;
    let events = rows.iter().map(event_from_row).collect::<ApiResult<_>>()?;
    Ok(TicketDetail { ticket, messages, events })
}

pub(super) fn ticket_from_row(r: &sqlx::sqlite::SqliteRow) -> ApiResult<Ticket> {
    let department: String = r.get("department");
    let priority: String = r.get("priority");
    let status: String = r.get("status");
    let created_at: DateTime<Utc> = r.get("created_at");
    Ok(Ticket {
        id: r.get("id"),
        number: r.get("number"),
        subject: r.get("subject"),
        department: DepartmentId::parse(&department).ok_or_else(|| corrupt("ticket department"))?,
        priority: Priority::parse(&priority).ok_or_else(|| corrupt("ticket priority"))?,
        status: TicketStatus::parse(&status).ok_or_else(|| corrupt("ticket status"))?,
        service_id: r.get("service_id"),
        notice_id: r.get("notice_id"),
        invoice_id: r.get("invoice_id"),
        incident: match r.get::<Option<String>, _>("incident") {
            Some(json) => Some(serde_json::from_str(&json)?),
            None => None,
        },
        team: r.get("team"),
        created_at,
        updated_at: r.get("updated_at"),
        acknowledge_due_at: created_at + chrono::Duration::seconds(clientarea_api::tickets::ACKNOWLEDGE_WITHIN_SECS),
        first_response_due_at: created_at + chrono::Duration::seconds(clientarea_api::tickets::FIRST_RESPONSE_WITHIN_SECS),
        acknowledged_at: r.get("acknowledged_at"),
        first_response_at: r.get("first_response_at"),
    })
}

pub(super) fn message_from_row(r: &sqlx::sqlite::SqliteRow) -> ApiResult<TicketMessage> {
    let author: String = r.get("author");
    Ok(TicketMessage {
        id: r.get("id"),
        ticket_id: r.get("ticket_id"),
        author: Author::parse(&author).ok_or_else(|| corrupt("message author"))?,
        author_name: r.get("author_name"),
        body: r.get("body"),
        attachments: Vec::new(),
        created_at: r.get("created_at"),
    })
}

pub(super) fn event_from_row(r: &sqlx::sqlite::SqliteRow) -> ApiResult<TicketEvent> {
    let data: String = r.get("data");
    Ok(TicketEvent { id: r.get("id"), ticket_id: r.get("ticket_id"), at: r.get("at"), kind: serde_json::from_str(&data)? })
}

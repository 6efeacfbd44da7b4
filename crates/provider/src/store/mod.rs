//! The server's SQLite store: customers, tokens, the support desk's tickets, and the
//! change history (`seq`) that pulls walk. Writes are serialized by one lock, so a create
//! and its idempotency record commit together and a retry can never race its original.

use std::str::FromStr;
use std::time::Duration;

use chrono::{DateTime, Utc};
use clientarea_api::problem::{FieldError, types};
use clientarea_api::{
    Author, Customer, Department, DepartmentId, EventKind, NewReply, NewTicket, Priority, Problem, Service, SyncPage, Ticket, TicketDetail,
    TicketEvent, TicketMessage, TicketStatus,
};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Row, SqliteConnection, SqlitePool};

use crate::error::{ApiError, ApiResult};

pub struct Store {
    pool: SqlitePool,
    write: tokio::sync::Mutex<()>,
    changes: tokio::sync::broadcast::Sender<Change>,
    /// Idempotency keys whose request is being handled now: a duplicate that arrives
    /// meanwhile is refused (409) instead of waiting.
    in_flight: std::sync::Mutex<std::collections::HashSet<(String, String)>>,
}

/// A claimed idempotency key, released when dropped.
pub struct InFlight<'a> {
    store: &'a Store,
    key: (String, String),
}

impl Drop for InFlight<'_> {
    fn drop(&mut self) {
        self.store.in_flight.lock().unwrap_or_else(|e| e.into_inner()).remove(&self.key);
    }
}

/// Announced after every commit, for the push stream: the history reached `seq`, for
/// one customer or (`customer_id: None`) for all; `notice` names a published notice.
#[derive(Debug, Clone)]
pub struct Change {
    pub seq: i64,
    pub customer_id: Option<String>,
    pub notice: Option<(String, clientarea_api::NoticeKind)>,
}

/// What a create answered, kept for replays: the HTTP status and the JSON body.
/// A ticket waiting on the provider, as the scripted desk sees it.
#[derive(Debug, Clone)]
pub struct DeskTicket {
    pub id: String,
    pub customer_id: String,
    pub department: DepartmentId,
    pub subject: String,
    pub first_body: String,
    pub team: String,
    pub created_at: DateTime<Utc>,
    pub first_response_at: Option<DateTime<Utc>>,
    pub last_staff_at: Option<DateTime<Utc>>,
    pub last_customer_at: Option<DateTime<Utc>>,
    pub service_kind: Option<String>,
    pub datacenter_timezone: Option<String>,
}

/// Times as sqlx writes them (`2026-11-22 10:00:00.123 +00:00` or RFC 3339).
fn parse_time(s: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s)
        .or_else(|_| DateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S%.f%:z"))
        .or_else(|_| DateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S%.f %:z"))
        .ok()
        .map(|d| d.with_timezone(&Utc))
}

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

pub struct Created {
    pub status: u16,
    pub body: serde_json::Value,
}

impl Store {
    pub async fn open(data_dir: Option<&std::path::Path>) -> anyhow::Result<Self> {
        let (opts, max) = match data_dir {
            Some(dir) => {
                std::fs::create_dir_all(dir)?;
                let opts = SqliteConnectOptions::new()
                    .filename(dir.join("provider.sqlite"))
                    .create_if_missing(true)
                    .journal_mode(SqliteJournalMode::Wal)
                    .synchronous(SqliteSynchronous::Normal);
                (opts, 4)
            }
            // One connection: every connection to ":memory:" would be a database of its own.
            None => (SqliteConnectOptions::from_str("sqlite::memory:")?, 1),
        };
        let opts = opts.foreign_keys(true).busy_timeout(Duration::from_secs(5));
        let pool = SqlitePoolOptions::new().max_connections(max).connect_with(opts).await?;
        sqlx::migrate!("./migrations").run(&pool).await?;
        let (changes, _) = tokio::sync::broadcast::channel(1024);
        let store = Store { pool, write: tokio::sync::Mutex::new(()), changes, in_flight: Default::default() };
        store.seed_departments().await?;
        Ok(store)
    }

    /// Claim `key` for the request now handled; `None` when there is no key.
    pub fn claim(&self, customer: &str, key: Option<&str>) -> ApiResult<Option<InFlight<'_>>> {
        let Some(key) = key else { return Ok(None) };
        let k = (customer.to_owned(), key.to_owned());
        if !self.in_flight.lock().unwrap_or_else(|e| e.into_inner()).insert(k.clone()) {
            return Err(ApiError(Problem::new(
                types::IDEMPOTENCY_IN_FLIGHT,
                409,
                "A request with this Idempotency-Key is being handled: retry when it has finished",
            )));
        }
        Ok(Some(InFlight { store: self, key: k }))
    }

    /// See `crate::bulk_seed`.
    pub async fn bulk_seed(&self, email: &str, tickets: usize, per_ticket: usize, now: DateTime<Utc>) -> anyhow::Result<()> {
        let customer = self.customer_id_by_email(email).await?.ok_or_else(|| anyhow::anyhow!("no customer {email}"))?;
        let _w = self.write.lock().await;
        let mut tx = self.pool.begin().await?;
        let mut seq: i64 = sqlx::query_scalar("SELECT value FROM counters WHERE name = 'seq'").fetch_one(&mut *tx).await?;
        let mut number: i64 = sqlx::query_scalar("SELECT value FROM counters WHERE name = 'ticket_number'").fetch_one(&mut *tx).await?;
        let words = ["disk", "network", "invoice", "backup", "kernel", "firewall", "latency", "refund", "DNS", "SSL"];
        for i in 0..tickets {
            let id = uuid::Uuid::new_v4().to_string();
            number += 1;
            seq += 1;
            let created = now - chrono::Duration::minutes((tickets - i) as i64 * 7);
            let department = if i % 3 == 0 { "financial" } else { "technical" };
            let status = ["open", "answered", "resolved", "closed"][i % 4];
            sqlx::query(
                "INSERT INTO tickets (id, customer_id, number, subject, department, priority, status, created_at, updated_at,
                                      acknowledged_at, first_response_at, seq)
                 VALUES (?, ?, ?, ?, ?, 'regular', ?, ?, ?, ?, ?, ?)",
            )
            .bind(&id)
            .bind(&customer)
            .bind(number)
            .bind(format!("Ticket {i}: {} problem on server {}", words[i % words.len()], i % 97))
            .bind(department)
            .bind(status)
            .bind(created)
            .bind(created)
            .bind(created)
            .bind(created + chrono::Duration::minutes(5))
            .bind(seq)
            .execute(&mut *tx)
            .await?;
            for j in 0..per_ticket {
                seq += 1;
                let author = if j % 2 == 0 { "customer" } else { "staff" };
                sqlx::query(
                    "INSERT INTO messages (id, ticket_id, customer_id, author, author_name, body, created_at, seq)
                     VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                )
                .bind(uuid::Uuid::new_v4().to_string())
                .bind(&id)
                .bind(&customer)
                .bind(author)
                .bind((author == "staff").then_some("Support Engineers"))
                .bind(format!(
                    "Message {j} on ticket {i}. The {} check shows {} errors since the last change; logs attached below.",
                    words[(i + j) % words.len()],
                    (i * 7 + j) % 50
                ))
                .bind(created + chrono::Duration::minutes(j as i64 * 11))
                .bind(seq)
                .execute(&mut *tx)
                .await?;
            }
            seq += 1;
            sqlx::query("INSERT INTO events (id, ticket_id, customer_id, at, data, seq) VALUES (?, ?, ?, ?, ?, ?)")
                .bind(uuid::Uuid::new_v4().to_string())
                .bind(&id)
                .bind(&customer)
                .bind(created)
                .bind(r#"{"kind":"acknowledged"}"#)
                .bind(seq)
                .execute(&mut *tx)
                .await?;
        }
        sqlx::query("UPDATE counters SET value = ? WHERE name = 'seq'").bind(seq).execute(&mut *tx).await?;
        sqlx::query("UPDATE counters SET value = ? WHERE name = 'ticket_number'").bind(number).execute(&mut *tx).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Forget idempotency keys older than `before` (kept a week: the contract promises a day).
    pub async fn purge_idempotency(&self, before: DateTime<Utc>) -> anyhow::Result<()> {
        let _w = self.write.lock().await;
        sqlx::query("DELETE FROM idempotency WHERE created_at < ?").bind(before).execute(&self.pool).await?;
        Ok(())
    }

    pub(crate) fn pool(&self) -> &SqlitePool {
        &self.pool
    }

    pub(crate) async fn write_lock(&self) -> tokio::sync::MutexGuard<'_, ()> {
        self.write.lock().await
    }

    pub(crate) async fn announce_for(&self, customer: &str) {
        self.announce(Some(customer), None).await;
    }

    pub fn subscribe(&self) -> tokio::sync::broadcast::Receiver<Change> {
        self.changes.subscribe()
    }

    /// Tell the push stream that `customer`'s history (or everyone's) moved.
    async fn announce(&self, customer: Option<&str>, notice: Option<(String, clientarea_api::NoticeKind)>) {
        let seq: i64 = sqlx::query_scalar("SELECT value FROM counters WHERE name = 'seq'").fetch_one(&self.pool).await.unwrap_or(0);
        let _ = self.changes.send(Change { seq, customer_id: customer.map(Into::into), notice });
    }

    /// The newest position in `customer`'s history.
    pub async fn latest_seq(&self, customer: &str) -> ApiResult<i64> {
        Ok(sqlx::query_scalar(
            "SELECT MAX(seq) FROM (
                 SELECT MAX(seq) AS seq FROM departments
                 UNION ALL SELECT MAX(seq) FROM services WHERE customer_id = ?1
                 UNION ALL SELECT MAX(seq) FROM tickets  WHERE customer_id = ?1
                 UNION ALL SELECT MAX(seq) FROM messages WHERE customer_id = ?1
                 UNION ALL SELECT MAX(seq) FROM events   WHERE customer_id = ?1
                 UNION ALL SELECT MAX(seq) FROM notices  WHERE customer_id IS NULL OR customer_id = ?1
                 UNION ALL SELECT seq FROM customers WHERE id = ?1
                 UNION ALL SELECT MAX(seq) FROM invoices WHERE customer_id = ?1
                 UNION ALL SELECT MAX(seq) FROM chats WHERE customer_id = ?1
                 UNION ALL SELECT MAX(seq) FROM chat_messages WHERE customer_id = ?1)",
        )
        .bind(customer)
        .fetch_one(&self.pool)
        .await
        .map(|v: Option<i64>| v.unwrap_or(0))?)
    }

    async fn seed_departments(&self) -> anyhow::Result<()> {
        let _w = self.write.lock().await;
        let mut tx = self.pool.begin().await?;
        for (id, name) in [(DepartmentId::Technical, "Technical Issues"), (DepartmentId::Financial, "Financial Issues")] {
            let exists: Option<String> =
                sqlx::query_scalar("SELECT id FROM departments WHERE id = ?").bind(id.as_str()).fetch_optional(&mut *tx).await?;
            if exists.is_none() {
                let seq = next_seq(&mut tx).await?;
                sqlx::query("INSERT INTO departments (id, name, seq) VALUES (?, ?, ?)")
                    .bind(id.as_str())
                    .bind(name)
                    .bind(seq)
                    .execute(&mut *tx)
                    .await?;
            }
        }
        tx.commit().await?;
        Ok(())
    }

    // ---- customers and tokens ----

    pub async fn create_customer(&self, email: &str, name: &str, password_hash: &str) -> anyhow::Result<String> {
        let id = uuid::Uuid::new_v4().to_string();
        let _w = self.write.lock().await;
        let mut tx = self.pool.begin().await?;
        let seq = next_seq(&mut tx).await?;
        sqlx::query("INSERT INTO customers (id, email, name, password_hash, seq) VALUES (?, ?, ?, ?, ?)")
            .bind(&id)
            .bind(email)
            .bind(name)
            .bind(password_hash)
            .bind(seq)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(id)
    }

    /// The customer's id and password hash.
    pub async fn credentials(&self, email: &str) -> ApiResult<Option<(String, String)>> {
        let row =
            sqlx::query("SELECT id, password_hash FROM customers WHERE email = ?").bind(email.trim()).fetch_optional(&self.pool).await?;
        Ok(row.map(|r| (r.get("id"), r.get("password_hash"))))
    }

    pub async fn customer(&self, id: &str) -> ApiResult<Customer> {
        let row = sqlx::query("SELECT id, email, name FROM customers WHERE id = ?")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or_else(|| ApiError::not_found("customer"))?;
        Ok(Customer { id: row.get("id"), email: row.get("email"), name: row.get("name") })
    }

    pub async fn account(&self, id: &str) -> ApiResult<clientarea_api::Account> {
        let mut conn = self.pool.acquire().await?;
        account(&mut conn, id).await
    }

    pub async fn update_account(&self, id: &str, update: &clientarea_api::AccountUpdate) -> ApiResult<clientarea_api::Account> {
        let errors = clientarea_api::account::check_account_update(update);
        if !errors.is_empty() {
            return Err(ApiError(Problem::validation(errors)));
        }
        {
            let _w = self.write.lock().await;
            let mut tx = self.pool.begin().await?;
            let seq = next_seq(&mut tx).await?;
            if let Some(c) = &update.country {
                sqlx::query("UPDATE customers SET country = ? WHERE id = ?").bind(c).bind(id).execute(&mut *tx).await?;
            }
            if let Some(n) = &update.notification_emails {
                sqlx::query("UPDATE customers SET notify_invoices = ?, notify_support = ?, notify_abuse = ? WHERE id = ?")
                    .bind(n.invoices.trim())
                    .bind(n.support.trim())
                    .bind(n.abuse.trim())
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
            }
            sqlx::query("UPDATE customers SET seq = ? WHERE id = ?").bind(seq).bind(id).execute(&mut *tx).await?;
            tx.commit().await?;
        }
        self.announce(Some(id), None).await;
        self.account(id).await
    }

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

    /// Store an upload whose type was checked by its content.
    pub async fn create_upload(
        &self,
        customer: &str,
        filename: &str,
        bytes: &[u8],
        key: Option<&str>,
        now: DateTime<Utc>,
    ) -> ApiResult<Created> {
        use sha2::{Digest, Sha256};
        let Some(content_type) = clientarea_api::uploads::sniff(bytes) else {
            return Err(ApiError(
                Problem::new(types::UNSUPPORTED_TYPE, 415, "This type of file is not accepted")
                    .with_detail(format!("accepted: {}", clientarea_api::uploads::UPLOAD_TYPES.join(", "))),
            ));
        };
        let digest = crate::auth::to_hex(&Sha256::digest(bytes));
        let filename = clientarea_api::uploads::clean_filename(filename);
        let hash = request_hash("POST /v1/uploads", &(filename.as_str(), digest.as_str()))?;
        let _claim = self.claim(customer, key)?;
        let _w = self.write.lock().await;
        let mut tx = self.pool.begin().await?;
        if let Some(first) = replay(&mut tx, customer, key, &hash).await? {
            return Ok(first);
        }
        let attachment = clientarea_api::Attachment {
            id: uuid::Uuid::new_v4().to_string(),
            filename,
            content_type: content_type.into(),
            size: bytes.len() as u64,
            sha256: digest,
        };
        sqlx::query(
            "INSERT INTO uploads (id, customer_id, filename, content_type, size, sha256, data, created_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(&attachment.id)
        .bind(customer)
        .bind(&attachment.filename)
        .bind(&attachment.content_type)
        .bind(bytes.len() as i64)
        .bind(&attachment.sha256)
        .bind(bytes)
        .bind(now)
        .execute(&mut *tx)
        .await?;
        let created = Created { status: 201, body: serde_json::to_value(&attachment)? };
        remember(&mut tx, customer, key, &hash, &created, now).await?;
        tx.commit().await?;
        Ok(created)
    }

    pub async fn upload(&self, customer: &str, id: &str) -> ApiResult<(clientarea_api::Attachment, Vec<u8>)> {
        let row = sqlx::query("SELECT * FROM uploads WHERE id = ? AND customer_id = ?")
            .bind(id)
            .bind(customer)
            .fetch_optional(&self.pool)
            .await?
            .ok_or_else(|| ApiError::not_found("upload"))?;
        Ok((attachment_from_row(&row), row.get("data")))
    }

    pub async fn invoices(&self, customer: &str) -> ApiResult<Vec<clientarea_api::Invoice>> {
        let rows: Vec<String> = sqlx::query_scalar("SELECT data FROM invoices WHERE customer_id = ? ORDER BY issued_on DESC")
            .bind(customer)
            .fetch_all(&self.pool)
            .await?;
        Ok(rows.iter().map(|d| serde_json::from_str(d)).collect::<Result<_, _>>()?)
    }

    pub async fn insert_invoice(&self, customer: &str, invoice: &clientarea_api::Invoice) -> anyhow::Result<()> {
        let _w = self.write.lock().await;
        let mut tx = self.pool.begin().await?;
        let seq = next_seq(&mut tx).await?;
        sqlx::query("INSERT INTO invoices (id, customer_id, issued_on, data, seq) VALUES (?, ?, ?, ?, ?)")
            .bind(&invoice.id)
            .bind(customer)
            .bind(invoice.issued_on)
            .bind(serde_json::to_string(invoice)?)
            .bind(seq)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn insert_token(&self, digest: &str, customer_id: &str, now: DateTime<Utc>) -> ApiResult<()> {
        let _w = self.write.lock().await;
        sqlx::query("INSERT INTO tokens (token_hash, customer_id, created_at) VALUES (?, ?, ?)")
            .bind(digest)
            .bind(customer_id)
            .bind(now)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    pub async fn customer_for_token(&self, digest: &str) -> ApiResult<Option<String>> {
        Ok(sqlx::query_scalar("SELECT customer_id FROM tokens WHERE token_hash = ?").bind(digest).fetch_optional(&self.pool).await?)
    }

    // ---- reads ----

    pub async fn departments(&self) -> ApiResult<Vec<Department>> {
        let rows = sqlx::query("SELECT id, name FROM departments ORDER BY id DESC").fetch_all(&self.pool).await?;
        rows.iter().map(department_from_row).collect()
    }

    pub async fn services(&self, customer: &str) -> ApiResult<Vec<Service>> {
        let rows = sqlx::query("SELECT * FROM services WHERE customer_id = ? ORDER BY name").bind(customer).fetch_all(&self.pool).await?;
        rows.iter().map(service_from_row).collect()
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

    // ---- creates, each idempotent by key ----

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
        let id = uuid::Uuid::new_v4().to_string();
        let number: i64 = sqlx::query_scalar("UPDATE counters SET value = value + 1 WHERE name = 'ticket_number' RETURNING value")
            .fetch_one(&mut *tx)
            .await?;
        let seq = next_seq(&mut tx).await?;
        sqlx::query(
            "INSERT INTO tickets (id, customer_id, number, subject, department, priority, status, service_id,
                                  incident, created_at, updated_at, seq)
             VALUES (?, ?, ?, ?, ?, ?, 'open', ?, ?, ?, ?, ?)",
        )
        .bind(&id)
        .bind(customer)
        .bind(number)
        .bind(new.subject.trim())
        .bind(new.department.as_str())
        .bind(new.priority.as_str())
        .bind(&new.service_id)
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

    // ---- the pull ----

    /// Everything changed for `customer` after `after`, at most `limit` records.
    pub async fn pull(&self, customer: &str, after: i64, limit: u32) -> ApiResult<(SyncPage, i64)> {
        let mut conn = self.pool.acquire().await?;
        // The seqs of the next `limit + 1` changes, across every table the customer sees.
        let seqs: Vec<i64> = sqlx::query_scalar(
            "SELECT seq FROM (
                 SELECT seq FROM departments WHERE seq > ?1
                 UNION ALL SELECT seq FROM services WHERE customer_id = ?2 AND seq > ?1
                 UNION ALL SELECT seq FROM tickets  WHERE customer_id = ?2 AND seq > ?1
                 UNION ALL SELECT seq FROM messages WHERE customer_id = ?2 AND seq > ?1
                 UNION ALL SELECT seq FROM events   WHERE customer_id = ?2 AND seq > ?1
                 UNION ALL SELECT seq FROM notices  WHERE (customer_id IS NULL OR customer_id = ?2) AND seq > ?1
                 UNION ALL SELECT seq FROM customers WHERE id = ?2 AND seq > ?1
                 UNION ALL SELECT seq FROM invoices WHERE customer_id = ?2 AND seq > ?1
                 UNION ALL SELECT seq FROM chats WHERE customer_id = ?2 AND seq > ?1
                 UNION ALL SELECT seq FROM chat_messages WHERE customer_id = ?2 AND seq > ?1
             ) ORDER BY seq LIMIT ?3",
        )
        .bind(after)
        .bind(customer)
        .bind(i64::from(limit) + 1)
        .fetch_all(&mut *conn)
        .await?;
        let has_more = seqs.len() > limit as usize;
        let Some(&upto) = seqs.get((limit as usize).min(seqs.len()).wrapping_sub(1)) else {
            return Ok((SyncPage::default(), after));
        };
        let mut page = SyncPage { has_more, ..Default::default() };
        let rows = sqlx::query("SELECT id, name FROM departments WHERE seq > ? AND seq <= ? ORDER BY seq")
            .bind(after)
            .bind(upto)
            .fetch_all(&mut *conn)
            .await?;
        page.departments = rows.iter().map(department_from_row).collect::<ApiResult<_>>()?;
        let rows = sqlx::query("SELECT * FROM services WHERE customer_id = ? AND seq > ? AND seq <= ? ORDER BY seq")
            .bind(customer)
            .bind(after)
            .bind(upto)
            .fetch_all(&mut *conn)
            .await?;
        page.services = rows.iter().map(service_from_row).collect::<ApiResult<_>>()?;
        let rows = sqlx::query("SELECT * FROM tickets WHERE customer_id = ? AND seq > ? AND seq <= ? ORDER BY seq")
            .bind(customer)
            .bind(after)
            .bind(upto)
            .fetch_all(&mut *conn)
            .await?;
        page.tickets = rows.iter().map(ticket_from_row).collect::<ApiResult<_>>()?;
        let rows = sqlx::query("SELECT * FROM messages WHERE customer_id = ? AND seq > ? AND seq <= ? ORDER BY seq")
            .bind(customer)
            .bind(after)
            .bind(upto)
            .fetch_all(&mut *conn)
            .await?;
        page.messages = rows.iter().map(message_from_row).collect::<ApiResult<_>>()?;
        load_attachments(&mut conn, &mut page.messages).await?;
        let changed: Option<String> = sqlx::query_scalar("SELECT id FROM customers WHERE id = ? AND seq > ? AND seq <= ?")
            .bind(customer)
            .bind(after)
            .bind(upto)
            .fetch_optional(&mut *conn)
            .await?;
        if changed.is_some() {
            page.account = Some(account(&mut conn, customer).await?);
        }
        let rows: Vec<String> = sqlx::query_scalar("SELECT data FROM invoices WHERE customer_id = ? AND seq > ? AND seq <= ? ORDER BY seq")
            .bind(customer)
            .bind(after)
            .bind(upto)
            .fetch_all(&mut *conn)
            .await?;
        page.invoices = rows.iter().map(|d| serde_json::from_str(d)).collect::<Result<_, _>>()?;
        let rows = sqlx::query("SELECT * FROM chats WHERE customer_id = ? AND seq > ? AND seq <= ? ORDER BY seq")
            .bind(customer)
            .bind(after)
            .bind(upto)
            .fetch_all(&mut *conn)
            .await?;
        page.chats = rows.iter().map(crate::chat::chat_from_row).collect();
        let rows = sqlx::query("SELECT * FROM chat_messages WHERE customer_id = ? AND seq > ? AND seq <= ? ORDER BY seq")
            .bind(customer)
            .bind(after)
            .bind(upto)
            .fetch_all(&mut *conn)
            .await?;
        page.chat_messages = rows.iter().map(crate::chat::chat_message_from_row).collect::<ApiResult<_>>()?;
        let rows = sqlx::query("SELECT * FROM events WHERE customer_id = ? AND seq > ? AND seq <= ? ORDER BY seq")
            .bind(customer)
            .bind(after)
            .bind(upto)
            .fetch_all(&mut *conn)
            .await?;
        page.events = rows.iter().map(event_from_row).collect::<ApiResult<_>>()?;
        let rows =
            sqlx::query("SELECT * FROM notices WHERE (customer_id IS NULL OR customer_id = ?) AND seq > ? AND seq <= ? ORDER BY seq")
                .bind(customer)
                .bind(after)
                .bind(upto)
                .fetch_all(&mut *conn)
                .await?;
        page.notices = rows.iter().map(notice_from_row).collect::<ApiResult<_>>()?;
        Ok((page, upto))
    }

    // ---- used by the demo seed ----

    pub async fn demo_seeded(&self, email: &str) -> anyhow::Result<bool> {
        Ok(self.credentials(email).await?.is_some())
    }

    pub async fn insert_service(&self, customer: &str, s: &Service) -> anyhow::Result<()> {
        let _w = self.write.lock().await;
        let mut tx = self.pool.begin().await?;
        let seq = next_seq(&mut tx).await?;
        sqlx::query(
            "INSERT INTO services (id, customer_id, name, kind, ip_addresses, order_number, datacenter,
                                   datacenter_timezone, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(&s.id)
        .bind(customer)
        .bind(&s.name)
        .bind(&s.kind)
        .bind(serde_json::to_string(&s.ip_addresses)?)
        .bind(&s.order_number)
        .bind(&s.datacenter)
        .bind(&s.datacenter_timezone)
        .bind(seq)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Post a staff answer: the first one sets `first_response_at`; the ticket becomes
    /// `answered`, or `resolved` when the staff says it is solved.
    pub async fn staff_reply(
        &self,
        customer: &str,
        ticket_id: &str,
        staff: &str,
        body: &str,
        resolve: bool,
        now: DateTime<Utc>,
    ) -> anyhow::Result<()> {
        let to = if resolve { TicketStatus::Resolved } else { TicketStatus::Answered };
        self.staff_message(customer, ticket_id, staff, body, Some(to), now).await
    }

    /// A staff message; `to` moves the ticket to that status (`None`: it stays with the
    /// provider, as while a team works on it).
    pub async fn staff_message(
        &self,
        customer: &str,
        ticket_id: &str,
        staff: &str,
        body: &str,
        to: Option<TicketStatus>,
        now: DateTime<Utc>,
    ) -> anyhow::Result<()> {
        let _w = self.write.lock().await;
        let mut tx = self.pool.begin().await?;
        let status: String = sqlx::query_scalar("SELECT status FROM tickets WHERE id = ?").bind(ticket_id).fetch_one(&mut *tx).await?;
        let from = TicketStatus::parse(&status).unwrap_or(TicketStatus::Open);
        let to = to.unwrap_or(from);
        insert_message(&mut tx, ticket_id, customer, Author::Staff, Some(staff), body, &[], now).await?;
        let seq = next_seq(&mut tx).await?;
        sqlx::query(
            "UPDATE tickets SET status = ?, updated_at = ?, first_response_at = COALESCE(first_response_at, ?), seq = ?
             WHERE id = ?",
        )
        .bind(to.as_str())
        .bind(now)
        .bind(now)
        .bind(seq)
        .bind(ticket_id)
        .execute(&mut *tx)
        .await?;
        if from != to {
            insert_event(&mut tx, ticket_id, customer, now, &EventKind::StatusChanged { from, to }).await?;
        }
        tx.commit().await?;
        self.announce(Some(customer), None).await;
        Ok(())
    }

    /// Every ticket waiting on the provider, with what the desk needs to decide.
    pub async fn desk_tickets(&self) -> anyhow::Result<Vec<DeskTicket>> {
        let rows = sqlx::query(
            "SELECT t.id, t.customer_id, t.department, t.subject, t.team, t.created_at, t.first_response_at,
                    s.kind AS service_kind, s.datacenter_timezone,
                    (SELECT body FROM messages m WHERE m.ticket_id = t.id ORDER BY m.created_at, m.seq LIMIT 1) AS first_body,
                    (SELECT MAX(created_at) FROM messages m WHERE m.ticket_id = t.id AND m.author = 'staff') AS last_staff_at,
                    (SELECT MAX(created_at) FROM messages m WHERE m.ticket_id = t.id AND m.author = 'customer') AS last_customer_at
             FROM tickets t LEFT JOIN services s ON s.id = t.service_id
             WHERE t.status = 'open'",
        )
        .fetch_all(&self.pool)
        .await?;
        let mut out = Vec::with_capacity(rows.len());
        for r in rows {
            let department: String = r.get("department");
            let Some(department) = DepartmentId::parse(&department) else { continue };
            let last_staff: Option<String> = r.get("last_staff_at");
            let last_customer: Option<String> = r.get("last_customer_at");
            out.push(DeskTicket {
                id: r.get("id"),
                customer_id: r.get("customer_id"),
                department,
                subject: r.get("subject"),
                first_body: r.get::<Option<String>, _>("first_body").unwrap_or_default(),
                team: r.get("team"),
                created_at: r.get("created_at"),
                first_response_at: r.get("first_response_at"),
                last_staff_at: last_staff.and_then(|v| parse_time(&v)),
                last_customer_at: last_customer.and_then(|v| parse_time(&v)),
                service_kind: r.get("service_kind"),
                datacenter_timezone: r.get("datacenter_timezone"),
            });
        }
        Ok(out)
    }

    pub async fn escalate(
        &self,
        customer: &str,
        ticket_id: &str,
        level: u8,
        team: &str,
        reason: &str,
        now: DateTime<Utc>,
    ) -> anyhow::Result<()> {
        let _w = self.write.lock().await;
        let mut tx = self.pool.begin().await?;
        let team_id = clientarea_api::support::standard_teams()
            .into_iter()
            .find(|t| t.name == team || t.id == team)
            .map(|t| t.id)
            .unwrap_or_else(|| team.to_owned());
        sqlx::query("UPDATE tickets SET team = ? WHERE id = ?").bind(&team_id).bind(ticket_id).execute(&mut *tx).await?;
        insert_event(&mut tx, ticket_id, customer, now, &EventKind::Escalated { level, team: team.into(), reason: reason.into() }).await?;
        tx.commit().await?;
        self.announce(Some(customer), None).await;
        Ok(())
    }

    pub async fn set_status(&self, customer: &str, ticket_id: &str, to: TicketStatus, now: DateTime<Utc>) -> anyhow::Result<()> {
        let _w = self.write.lock().await;
        let mut tx = self.pool.begin().await?;
        let status: String = sqlx::query_scalar("SELECT status FROM tickets WHERE id = ?").bind(ticket_id).fetch_one(&mut *tx).await?;
        let from = TicketStatus::parse(&status).unwrap_or(TicketStatus::Open);
        move_status(&mut tx, customer, ticket_id, from, to, now).await?;
        tx.commit().await?;
        self.announce(Some(customer), None).await;
        Ok(())
    }

    pub async fn customer_id_by_email(&self, email: &str) -> ApiResult<Option<String>> {
        Ok(self.credentials(email).await?.map(|(id, _)| id))
    }

    /// The customer a ticket belongs to (admin routes name tickets only).
    pub async fn ticket_owner(&self, ticket_id: &str) -> ApiResult<String> {
        sqlx::query_scalar("SELECT customer_id FROM tickets WHERE id = ?")
            .bind(ticket_id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or_else(|| ApiError::not_found("ticket"))
    }

    pub async fn publish_notice(
        &self,
        customer: Option<&str>,
        new: &clientarea_api::NewNotice,
        now: DateTime<Utc>,
    ) -> ApiResult<clientarea_api::Notice> {
        let notice = clientarea_api::Notice {
            id: uuid::Uuid::new_v4().to_string(),
            kind: new.kind,
            title: new.title.trim().to_owned(),
            body: new.body.clone(),
            service_ids: new.service_ids.clone(),
            starts_at: new.starts_at,
            ends_at: new.ends_at,
            resolved_at: None,
            respond_by: new.respond_by,
            published_at: now,
            updated_at: now,
        };
        {
            let _w = self.write.lock().await;
            let mut tx = self.pool.begin().await?;
            let seq = next_seq(&mut tx).await?;
            sqlx::query(
                "INSERT INTO notices (id, customer_id, kind, title, body, service_ids, starts_at, ends_at, resolved_at,
                                      respond_by, published_at, updated_at, seq)
                 VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)",
            )
            .bind(&notice.id)
            .bind(customer)
            .bind(notice.kind.as_str())
            .bind(&notice.title)
            .bind(&notice.body)
            .bind(serde_json::to_string(&notice.service_ids)?)
            .bind(notice.starts_at)
            .bind(notice.ends_at)
            .bind(notice.respond_by)
            .bind(now)
            .bind(now)
            .bind(seq)
            .execute(&mut *tx)
            .await?;
            tx.commit().await?;
        }
        self.announce(customer, Some((notice.id.clone(), notice.kind))).await;
        Ok(notice)
    }

    pub async fn resolve_notice(&self, id: &str, now: DateTime<Utc>) -> ApiResult<clientarea_api::Notice> {
        let customer: Option<String> = {
            let _w = self.write.lock().await;
            let mut tx = self.pool.begin().await?;
            let row = sqlx::query("SELECT customer_id FROM notices WHERE id = ?")
                .bind(id)
                .fetch_optional(&mut *tx)
                .await?
                .ok_or_else(|| ApiError::not_found("notice"))?;
            let seq = next_seq(&mut tx).await?;
            sqlx::query("UPDATE notices SET resolved_at = COALESCE(resolved_at, ?), updated_at = ?, seq = ? WHERE id = ?")
                .bind(now)
                .bind(now)
                .bind(seq)
                .bind(id)
                .execute(&mut *tx)
                .await?;
            tx.commit().await?;
            row.get("customer_id")
        };
        self.announce(customer.as_deref(), None).await;
        let row = sqlx::query("SELECT * FROM notices WHERE id = ?").bind(id).fetch_one(&self.pool).await?;
        notice_from_row(&row)
    }
}

pub(crate) async fn next_seq(conn: &mut SqliteConnection) -> sqlx::Result<i64> {
    sqlx::query_scalar("UPDATE counters SET value = value + 1 WHERE name = 'seq' RETURNING value").fetch_one(&mut *conn).await
}

#[allow(clippy::too_many_arguments)]
async fn insert_message(
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
    for (position, upload) in attachment_ids.iter().enumerate() {
        let owned: Option<String> = sqlx::query_scalar("SELECT id FROM uploads WHERE id = ? AND customer_id = ?")
            .bind(upload)
            .bind(customer)
            .fetch_optional(&mut *conn)
            .await?;
        if owned.is_none() {
            return Err(ApiError(Problem::validation(vec![FieldError { field: "attachment_ids".into(), reason: "invalid".into() }])));
        }
        sqlx::query("INSERT OR IGNORE INTO message_attachments (message_id, upload_id, position) VALUES (?, ?, ?)")
            .bind(&id)
            .bind(upload)
            .bind(position as i64)
            .execute(&mut *conn)
            .await?;
    }
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

async fn insert_event(conn: &mut SqliteConnection, ticket_id: &str, customer: &str, at: DateTime<Utc>, kind: &EventKind) -> ApiResult<()> {
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
async fn move_status(
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

pub(crate) async fn acknowledge(conn: &mut SqliteConnection, ticket_id: &str, customer: &str, at: DateTime<Utc>) -> ApiResult<()> {
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

pub(crate) fn request_hash(route: &str, body: &impl serde::Serialize) -> ApiResult<String> {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    h.update(route.as_bytes());
    h.update([0]);
    h.update(serde_json::to_vec(body)?);
    Ok(crate::auth::to_hex(&h.finalize()))
}

/// The first answer to this key, if there was one. The same key with another request is
/// refused: it is a client bug, and answering it would hide that.
pub(crate) async fn replay(conn: &mut SqliteConnection, customer: &str, key: Option<&str>, hash: &str) -> ApiResult<Option<Created>> {
    let Some(key) = key else { return Ok(None) };
    let row = sqlx::query("SELECT request_hash, status, response FROM idempotency WHERE customer_id = ? AND key = ?")
        .bind(customer)
        .bind(key)
        .fetch_optional(&mut *conn)
        .await?;
    let Some(row) = row else { return Ok(None) };
    let first_hash: String = row.get("request_hash");
    if first_hash != hash {
        return Err(ApiError(Problem::new(
            types::IDEMPOTENCY_MISMATCH,
            422,
            "This Idempotency-Key was already used for a different request",
        )));
    }
    let status: i64 = row.get("status");
    let response: String = row.get("response");
    Ok(Some(Created { status: u16::try_from(status).unwrap_or(200), body: serde_json::from_str(&response)? }))
}

pub(crate) async fn remember(
    conn: &mut SqliteConnection,
    customer: &str,
    key: Option<&str>,
    hash: &str,
    created: &Created,
    now: DateTime<Utc>,
) -> ApiResult<()> {
    let Some(key) = key else { return Ok(()) };
    sqlx::query("INSERT INTO idempotency (customer_id, key, request_hash, status, response, created_at) VALUES (?, ?, ?, ?, ?, ?)")
        .bind(customer)
        .bind(key)
        .bind(hash)
        .bind(i64::from(created.status))
        .bind(serde_json::to_string(&created.body)?)
        .bind(now)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

// ---- rows to wire types ----

fn corrupt(what: &str) -> ApiError {
    tracing::error!(what, "corrupt row in the provider store");
    ApiError(Problem::new(types::INTERNAL, 500, "The provider could not complete the request"))
}

fn department_from_row(r: &sqlx::sqlite::SqliteRow) -> ApiResult<Department> {
    let id: String = r.get("id");
    Ok(Department { id: DepartmentId::parse(&id).ok_or_else(|| corrupt("department"))?, name: r.get("name") })
}

fn service_from_row(r: &sqlx::sqlite::SqliteRow) -> ApiResult<Service> {
    let ips: String = r.get("ip_addresses");
    Ok(Service {
        id: r.get("id"),
        name: r.get("name"),
        kind: r.get("kind"),
        ip_addresses: serde_json::from_str(&ips)?,
        order_number: r.get("order_number"),
        datacenter: r.get("datacenter"),
        datacenter_timezone: r.get("datacenter_timezone"),
    })
}

fn ticket_from_row(r: &sqlx::sqlite::SqliteRow) -> ApiResult<Ticket> {
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

fn message_from_row(r: &sqlx::sqlite::SqliteRow) -> ApiResult<TicketMessage> {
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

/// Fill in the attachments of `messages`, in the order the customer gave them.
async fn load_attachments(conn: &mut SqliteConnection, messages: &mut [TicketMessage]) -> ApiResult<()> {
    if messages.is_empty() {
        return Ok(());
    }
    let ids = serde_json::to_string(&messages.iter().map(|m| m.id.as_str()).collect::<Vec<_>>())?;
    let rows = sqlx::query(
        "SELECT ma.message_id, u.id, u.filename, u.content_type, u.size, u.sha256
         FROM message_attachments ma JOIN uploads u ON u.id = ma.upload_id
         WHERE ma.message_id IN (SELECT value FROM json_each(?)) ORDER BY ma.position",
    )
    .bind(ids)
    .fetch_all(&mut *conn)
    .await?;
    for r in rows {
        let message_id: String = r.get("message_id");
        if let Some(m) = messages.iter_mut().find(|m| m.id == message_id) {
            m.attachments.push(attachment_from_row(&r));
        }
    }
    Ok(())
}

fn attachment_from_row(r: &sqlx::sqlite::SqliteRow) -> clientarea_api::Attachment {
    let size: i64 = r.get("size");
    clientarea_api::Attachment {
        id: r.get("id"),
        filename: r.get("filename"),
        content_type: r.get("content_type"),
        size: u64::try_from(size).unwrap_or(0),
        sha256: r.get("sha256"),
    }
}

fn event_from_row(r: &sqlx::sqlite::SqliteRow) -> ApiResult<TicketEvent> {
    let data: String = r.get("data");
    Ok(TicketEvent { id: r.get("id"), ticket_id: r.get("ticket_id"), at: r.get("at"), kind: serde_json::from_str(&data)? })
}

fn notice_from_row(r: &sqlx::sqlite::SqliteRow) -> ApiResult<clientarea_api::Notice> {
    let kind: String = r.get("kind");
    let services: String = r.get("service_ids");
    Ok(clientarea_api::Notice {
        id: r.get("id"),
        kind: clientarea_api::NoticeKind::parse(&kind).ok_or_else(|| corrupt("notice kind"))?,
        title: r.get("title"),
        body: r.get("body"),
        service_ids: serde_json::from_str(&services)?,
        starts_at: r.get("starts_at"),
        ends_at: r.get("ends_at"),
        resolved_at: r.get("resolved_at"),
        respond_by: r.get("respond_by"),
        published_at: r.get("published_at"),
        updated_at: r.get("updated_at"),
    })
}

async fn account(conn: &mut SqliteConnection, id: &str) -> ApiResult<clientarea_api::Account> {
    let r = sqlx::query("SELECT * FROM customers WHERE id = ?")
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?
        .ok_or_else(|| ApiError::not_found("customer"))?;
    Ok(clientarea_api::Account {
        id: r.get("id"),
        name: r.get("name"),
        email: r.get("email"),
        country: r.get("country"),
        notification_emails: clientarea_api::NotificationEmails {
            invoices: r.get("notify_invoices"),
            support: r.get("notify_support"),
            abuse: r.get("notify_abuse"),
        },
    })
}

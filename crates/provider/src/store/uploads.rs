//! Uploads: files a customer sends before attaching them to a message, typed by their
//! content; and the attachments a message carries.

use chrono::{DateTime, Utc};
use std::collections::HashMap;

use clientarea_api::problem::{FieldError, types};
use clientarea_api::{Problem, TicketMessage};
use sqlx::{Row, SqliteConnection};

use super::idempotency::{remember, replay, request_hash};
use super::{Created, Store};
use crate::error::{ApiError, ApiResult};

impl Store {
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
}

/// Fill in the attachments of `messages`, in the order the customer gave them.
pub(super) async fn load_attachments(conn: &mut SqliteConnection, messages: &mut [TicketMessage]) -> ApiResult<()> {
    let mut found = attachments_of(conn, "message_attachments", messages.iter().map(|m| m.id.as_str())).await?;
    for m in messages {
        m.attachments = found.remove(&m.id).unwrap_or_default();
    }
    Ok(())
}

/// The same for chat messages.
pub(super) async fn load_chat_attachments(conn: &mut SqliteConnection, messages: &mut [clientarea_api::ChatMessage]) -> ApiResult<()> {
    let mut found = attachments_of(conn, "chat_message_attachments", messages.iter().map(|m| m.id.as_str())).await?;
    for m in messages {
        m.attachments = found.remove(&m.id).unwrap_or_default();
    }
    Ok(())
}

/// The attachments of the messages `ids` in `table` (one of the two link tables), by
/// message, each in its position.
async fn attachments_of<'a>(
    conn: &mut SqliteConnection,
    table: &'static str,
    ids: impl Iterator<Item = &'a str>,
) -> ApiResult<HashMap<String, Vec<clientarea_api::Attachment>>> {
    let ids: Vec<&str> = ids.collect();
    let mut found: HashMap<String, Vec<clientarea_api::Attachment>> = HashMap::new();
    if ids.is_empty() {
        return Ok(found);
    }
    let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
        "SELECT ma.message_id, u.id, u.filename, u.content_type, u.size, u.sha256
         FROM {table} ma JOIN uploads u ON u.id = ma.upload_id
         WHERE ma.message_id IN (SELECT value FROM json_each(?)) ORDER BY ma.position"
    )))
    .bind(serde_json::to_string(&ids)?)
    .fetch_all(&mut *conn)
    .await?;
    for r in rows {
        found.entry(r.get("message_id")).or_default().push(attachment_from_row(&r));
    }
    Ok(found)
}

/// Link the customer's uploads `upload_ids` to the message `message_id` in `table`; an
/// id that is not one of the customer's uploads is refused.
pub(super) async fn link_attachments(
    conn: &mut SqliteConnection,
    table: &'static str,
    message_id: &str,
    customer: &str,
    upload_ids: &[String],
) -> ApiResult<()> {
    for (position, upload) in upload_ids.iter().enumerate() {
        let owned: Option<String> = sqlx::query_scalar("SELECT id FROM uploads WHERE id = ? AND customer_id = ?")
            .bind(upload)
            .bind(customer)
            .fetch_optional(&mut *conn)
            .await?;
        if owned.is_none() {
            return Err(ApiError(Problem::validation(vec![FieldError { field: "attachment_ids".into(), reason: "invalid".into() }])));
        }
        sqlx::query(sqlx::AssertSqlSafe(format!("INSERT OR IGNORE INTO {table} (message_id, upload_id, position) VALUES (?, ?, ?)")))
            .bind(message_id)
            .bind(upload)
            .bind(position as i64)
            .execute(&mut *conn)
            .await?;
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

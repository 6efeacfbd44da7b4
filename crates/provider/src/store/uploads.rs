//! Uploads: files a customer sends before attaching them to a message, typed by their
//! content; and the attachments a message carries.

use chrono::{DateTime, Utc};
use clientarea_api::problem::types;
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

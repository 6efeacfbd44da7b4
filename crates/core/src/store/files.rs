//! Attachments waiting to leave with a message (`local_files`): written when the customer
//! picks a file, uploaded by the outbox worker just before the message, removed once the
//! message is delivered.

use chrono::{DateTime, Utc};
use serde::Serialize;
use sqlx::Row;

use super::{Cache, StoreError};

/// The prefix of an attachment id that names a file still on this computer.
pub const LOCAL_FILE: &str = "file:";

/// A file attached to a draft, as the composer lists it.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct LocalAttachment {
    pub id: String,
    pub filename: String,
    pub content_type: String,
    pub size: u64,
}

impl Cache {
    pub async fn add_local_file(&self, file: &LocalAttachment, sha256: &str, bytes: &[u8], now: DateTime<Utc>) -> Result<(), StoreError> {
        sqlx::query("INSERT INTO local_files (id, filename, content_type, size, sha256, bytes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
            .bind(&file.id)
            .bind(&file.filename)
            .bind(&file.content_type)
            .bind(file.size as i64)
            .bind(sha256)
            .bind(bytes)
            .bind(now)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// A local file's name, bytes and, once uploaded, the provider's id.
    pub async fn local_file(&self, id: &str) -> Result<Option<(String, Vec<u8>, Option<String>)>, StoreError> {
        let row =
            sqlx::query("SELECT filename, bytes, upload_id FROM local_files WHERE id = ?").bind(id).fetch_optional(self.pool()).await?;
        Ok(row.map(|r| (r.get("filename"), r.get("bytes"), r.get("upload_id"))))
    }

    /// What the composer listed for the local files `ids` that are still kept.
    pub async fn local_files(&self, ids: &[String]) -> Result<Vec<LocalAttachment>, StoreError> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let rows = sqlx::query("SELECT id, filename, content_type, size FROM local_files WHERE id IN (SELECT value FROM json_each(?))")
            .bind(serde_json::to_string(ids).map_err(|e| StoreError::Corrupt(e.to_string()))?)
            .fetch_all(self.pool())
            .await?;
        Ok(rows
            .iter()
            .map(|r| LocalAttachment {
                id: r.get("id"),
                filename: r.get("filename"),
                content_type: r.get("content_type"),
                size: u64::try_from(r.get::<i64, _>("size")).unwrap_or(0),
            })
            .collect())
    }

    pub async fn set_upload_id(&self, id: &str, upload_id: &str) -> Result<(), StoreError> {
        sqlx::query("UPDATE local_files SET upload_id = ? WHERE id = ?").bind(upload_id).bind(id).execute(self.pool()).await?;
        Ok(())
    }

    pub async fn remove_local_files(&self, ids: &[String]) -> Result<(), StoreError> {
        for id in ids.iter().filter(|id| id.starts_with(LOCAL_FILE)) {
            sqlx::query("DELETE FROM local_files WHERE id = ?").bind(id).execute(self.pool()).await?;
        }
        Ok(())
    }
}

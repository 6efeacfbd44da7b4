//! What composers hold before it is sent: drafts, kept as they are typed, and the files
//! picked for a message, kept in the cache until the message leaves.

use chrono::Utc;
use sha2::{Digest, Sha256};

use super::{Engine, field_error};
use crate::store::{DraftKind, LOCAL_FILE, LocalAttachment};
use crate::{Error, Result};

impl Engine {
    /// Keep what a composer holds (`kind`: `ticket`, `reply` or `chat`; `target`: the
    /// ticket or chat it answers, empty for a new ticket).
    pub async fn save_draft(&self, kind: DraftKind, target: &str, data: &serde_json::Value) -> Result<()> {
        Ok(self.active().await?.cache.save_draft(kind, target, data, Utc::now()).await?)
    }

    /// Keep a draft in the account it was written in, on screen or not: a composer closed
    /// by a switch to another account saves its last words after the switch.
    pub async fn save_draft_in(&self, account: &str, kind: DraftKind, target: &str, data: &serde_json::Value) -> Result<()> {
        let signed = self.signed(account).ok_or(Error::NotSignedIn)?;
        Ok(signed.cache.save_draft(kind, target, data, Utc::now()).await?)
    }

    pub async fn draft(&self, kind: DraftKind, target: &str) -> Result<Option<serde_json::Value>> {
        Ok(self.active().await?.cache.draft(kind, target).await?)
    }

    /// Keep a file the customer picked, to leave with the message it is attached to.
    /// Refused when the provider would refuse it: too large, empty, or of a type it does
    /// not take (decided by the content, as the provider decides).
    pub async fn add_attachment(&self, filename: &str, bytes: Vec<u8>) -> Result<LocalAttachment> {
        use clientarea_api::uploads::{UPLOAD_MAX_BYTES, clean_filename, sniff};
        let reason = if bytes.len() > UPLOAD_MAX_BYTES {
            Some("too-large")
        } else if bytes.is_empty() {
            Some("empty")
        } else if sniff(&bytes).is_none() {
            Some("type")
        } else {
            None
        };
        if let Some(reason) = reason {
            return Err(Error::Validation(vec![field_error("attachments", reason)]));
        }
        let file = LocalAttachment {
            id: format!("{LOCAL_FILE}{}", uuid::Uuid::new_v4()),
            filename: clean_filename(filename),
            content_type: sniff(&bytes).unwrap_or("application/octet-stream").to_owned(),
            size: bytes.len() as u64,
        };
        let sha = Sha256::digest(&bytes).iter().map(|b| format!("{b:02x}")).collect::<String>();
        self.active().await?.cache.add_local_file(&file, &sha, &bytes, Utc::now()).await?;
        Ok(file)
    }

    /// An attachment's bytes, from the provider (attachments are not kept in the cache).
    pub async fn download_attachment(&self, upload_id: &str) -> Result<Vec<u8>> {
        Ok(self.active().await?.client.download(upload_id).await?)
    }

    /// Forget a file taken off a draft before it was sent.
    pub async fn remove_attachment(&self, id: &str) -> Result<()> {
        Ok(self.active().await?.cache.remove_local_files(&[id.to_owned()]).await?)
    }
}

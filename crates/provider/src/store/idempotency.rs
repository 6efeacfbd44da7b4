//! Idempotent creates: a key being handled is claimed so a concurrent duplicate is refused,
//! and the first answer to a key is remembered with the request's hash, so a retry gets
//! that answer again instead of a second create. Keys are kept a week.

use chrono::{DateTime, Utc};
use clientarea_api::Problem;
use clientarea_api::problem::types;
use sqlx::{Row, SqliteConnection};

use super::Store;
use crate::error::{ApiError, ApiResult};

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

/// What a create answered, kept for replays: the HTTP status and the JSON body.
pub struct Created {
    pub status: u16,
    pub body: serde_json::Value,
}

impl Store {
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

    /// Forget idempotency keys older than `before` (kept a week: the contract promises a day).
    pub async fn purge_idempotency(&self, before: DateTime<Utc>) -> anyhow::Result<()> {
        let _w = self.write.lock().await;
        sqlx::query("DELETE FROM idempotency WHERE created_at < ?").bind(before).execute(&self.pool).await?;
        Ok(())
    }
}

pub(super) fn request_hash(route: &str, body: &impl serde::Serialize) -> ApiResult<String> {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    h.update(route.as_bytes());
    h.update([0]);
    h.update(serde_json::to_vec(body)?);
    Ok(crate::auth::to_hex(&h.finalize()))
}

/// The first answer to this key, if there was one. The same key with another request is
/// refused: it is a client bug, and answering it would hide that.
pub(super) async fn replay(conn: &mut SqliteConnection, customer: &str, key: Option<&str>, hash: &str) -> ApiResult<Option<Created>> {
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

pub(super) async fn remember(
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

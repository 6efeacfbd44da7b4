//! The server's SQLite store: customers, tokens, the support desk's tickets, chats,
//! notices and invoices, and the change history (`seq`) that pulls walk. Writes are
//! serialized by one lock, so a create and its idempotency record commit together and a
//! retry can never race its original.
//!
//! This file holds the `Store` type, opening the database and its migrations, and the
//! change history: `next_seq` numbers every write, `announce` tells the push stream. Each
//! area adds its own `impl Store` block in a file of its own.

mod account;
mod billing;
mod bulk;
mod chat;
mod idempotency;
mod notices;
mod pull;
mod services;
mod staff;
mod tickets;
mod uploads;

use std::str::FromStr;
use std::time::Duration;

use clientarea_api::Problem;
use clientarea_api::problem::types;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{SqliteConnection, SqlitePool};

use crate::error::{ApiError, ApiResult};

pub use idempotency::Created;
pub use staff::DeskTicket;
pub use tickets::CustomerAction;

/// The provider's database: a pool, the one write lock, and the announcer of changes.
pub struct Store {
    pool: SqlitePool,
    write: tokio::sync::Mutex<()>,
    changes: tokio::sync::broadcast::Sender<Change>,
    /// Idempotency keys whose request is being handled now: a duplicate that arrives
    /// meanwhile is refused (409) instead of waiting.
    in_flight: std::sync::Mutex<std::collections::HashSet<(String, String)>>,
}

/// Announced after every commit, for the push stream: the history reached `seq`, for
/// one customer or (`customer_id: None`) for all; `notice` names a published notice.
#[derive(Debug, Clone)]
pub struct Change {
    pub seq: i64,
    pub customer_id: Option<String>,
    pub notice: Option<(String, clientarea_api::NoticeKind)>,
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
}

/// The next position in the change history: every write takes one, in its transaction.
async fn next_seq(conn: &mut SqliteConnection) -> sqlx::Result<i64> {
    sqlx::query_scalar("UPDATE counters SET value = value + 1 WHERE name = 'seq' RETURNING value").fetch_one(&mut *conn).await
}

/// A row the store cannot read back: logged, and answered as a 500.
fn corrupt(what: &str) -> ApiError {
    tracing::error!(what, "corrupt row in the provider store");
    ApiError(Problem::new(types::INTERNAL, 500, "The provider could not complete the request"))
}

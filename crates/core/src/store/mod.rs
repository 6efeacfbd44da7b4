//! The local stores, both SQLite files through sqlx with forward-only migrations:
//! the *profile* (`profile.sqlite`: accounts and settings, one per data directory) and
//! one *cache* per account (`accounts/<id>/cache.sqlite`: the provider's data as last
//! pulled). WAL mode, so the UI reads while a pull writes.

mod billing;
mod cache;
mod chat;
pub use chat::{CHAT_HITS, ChatHit, ChatReply, chat_search_sql};
mod files;
pub mod ledger;
mod outbox;
mod profile;

use std::path::Path;
use std::time::Duration;

use sqlx::SqlitePool;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};

pub use cache::{Cache, Claimed, PullWriter, SearchIndex, StaffReply, ticket_search_sql};
pub use files::{LOCAL_FILE, LocalAttachment};
pub use outbox::{DraftKind, LOCAL_TICKET, OutboxItem, OutboxRequest, OutboxState};
pub use profile::{AccountRecord, Profile};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("local database error: {0}")]
    Sqlx(#[from] sqlx::Error),
    #[error("local database migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("cannot create the data directory: {0}")]
    Io(#[from] std::io::Error),
    #[error("a cached record is not readable: {0}")]
    Corrupt(String),
}

/// Folders and database files only this user can read: tickets, messages, attachments
/// waiting to be sent and the profile are the customer's, not the computer's. Folders
/// 0700, files 0600 (SQLite gives its `-wal` and `-shm` files the database's mode).
/// Existing ones are tightened too, so an older install is fixed at its next start.
#[cfg(unix)]
fn make_private(path: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
    if let Some(dir) = path.parent() {
        std::fs::DirBuilder::new().recursive(true).mode(0o700).create(dir)?;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
    }
    std::fs::OpenOptions::new().create(true).append(true).mode(0o600).open(path)?;
    for file in [path.to_owned(), path.with_extension("sqlite-wal"), path.with_extension("sqlite-shm")] {
        if file.exists() {
            std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600))?;
        }
    }
    Ok(())
}

#[cfg(not(unix))]
fn make_private(path: &Path) -> std::io::Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    Ok(())
}

async fn open_pool(path: &Path) -> Result<SqlitePool, StoreError> {
    make_private(path)?;
    let opts = SqliteConnectOptions::new()
        .filename(path)
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Normal)
        .foreign_keys(true)
        .busy_timeout(Duration::from_secs(5))
        // A first sync writes a lot at random places (ids are UUIDs); checkpointing the
        // WAL every 4 MB made it wait on fsync most of the time. Checkpoint every 40 MB,
        // and after each pull (Cache::checkpoint). Durability is unchanged.
        .pragma("wal_autocheckpoint", "10000")
        // Reads map the file instead of copying pages into each pooled connection's own
        // cache: a search landing on a connection that has not run it yet reads the
        // pages the others already brought in.
        .pragma("mmap_size", "268435456");
    Ok(SqlitePoolOptions::new().max_connections(4).connect_with(opts).await?)
}

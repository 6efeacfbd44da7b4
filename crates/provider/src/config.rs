//! How to start the server: where the store lives, whether to seed the demo customer, the
//! admin token and the rate limit. The crate root re-exports it as `Config`.

use std::path::PathBuf;

use crate::limits::RateLimit;

/// How to start the server.
#[derive(Debug, Clone, Default)]
pub struct Config {
    /// Where the server keeps its SQLite file; `None` keeps everything in memory.
    pub data_dir: Option<PathBuf>,
    /// Seed the demo customer with services and tickets (idempotent: seeds once per store).
    pub demo: bool,
    /// Enables the admin API (`/v1/admin/*`) for this bearer token. Off when `None`.
    pub admin_token: Option<String>,
    /// How fast one client may call.
    pub rate_limit: RateLimit,
}

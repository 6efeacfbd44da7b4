//! How to start the server: where the store lives, whether to seed the demo customer, the
//! admin token, the rate limit and how long an unused token lives. The crate root
//! re-exports it as `Config`.

use std::path::PathBuf;
use std::time::Duration;

use crate::limits::RateLimit;

/// How long a token lives unused, unless configured: 30 days.
pub const TOKEN_IDLE_TTL: Duration = Duration::from_secs(30 * 24 * 3600);

/// The country the reference provider bills from: its VAT rules (reverse charge for a
/// business of another EU country) start from it.
pub const SELLER_COUNTRY: &str = "NL";

/// How to start the server.
#[derive(Debug, Clone)]
pub struct Config {
    /// Where the server keeps its SQLite file; `None` keeps everything in memory.
    pub data_dir: Option<PathBuf>,
    /// Seed the demo customer with services and tickets (idempotent: seeds once per store).
    pub demo: bool,
    /// Enables the admin API (`/v1/admin/*`) for this bearer token. Off when `None`.
    pub admin_token: Option<String>,
    /// How fast one client (an account, or an address without a valid token) may call.
    pub rate_limit: RateLimit,
    /// How fast one address may try to sign in.
    pub sign_in_limit: RateLimit,
    /// A token unused for this long (on the server's clock, which the admin API moves)
    /// answers 401 and is forgotten: the customer signs in again.
    pub token_idle_ttl: Duration,
    /// How soon the live chat's operator answers (5 s: "instant" on the support pages).
    /// Zero answers as the message arrives, for benchmarks.
    pub chat_answer_after: Duration,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            data_dir: None,
            demo: false,
            admin_token: None,
            rate_limit: RateLimit::default(),
            sign_in_limit: RateLimit::SIGN_IN,
            token_idle_ttl: TOKEN_IDLE_TTL,
            chat_answer_after: Duration::from_secs(5),
        }
    }
}

//! The engine: the one object the shell holds. It owns the profile, the account that is
//! signed in (its provider client and cache), and the channel on which it announces
//! changes ([`EngineEvent`]). Cloning is cheap: every clone shares one `Inner`.
//!
//! One file per area, each an `impl Engine` block: `session` (sign-in, accounts, the
//! keyring), `settings` (language, notifications, the account's e-mail addresses),
//! `sync` (the pull, the push stream, the sync state), `tickets`, `notices` (and what is
//! unread), `drafts` (composers and their files), `outbox` (queueing sends, editing,
//! discarding), `delivery` (the worker that sends them) and `ticker` (changes that come
//! with time alone). Background work runs under a [`Background`] guard: dropping it, or
//! [`Engine::shutdown`], ends every loop.

mod delivery;
mod drafts;
mod notices;
mod outbox;
mod session;
mod settings;
mod sync;
mod ticker;
mod tickets;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use serde::Serialize;
use tokio::sync::{Mutex, Notify, RwLock, broadcast};
use tokio_util::sync::CancellationToken;

use crate::provider::ProviderClient;
use crate::secrets::{MemorySecrets, SecretStore};
use crate::store::{AccountRecord, Cache, Profile};
use crate::{Error, Result};

pub use notices::Unread;
pub use session::{Session, StartupPlan};
pub use sync::{SyncPhase, SyncState};

/// How often the background loop pulls when nothing else asks it to.
const SYNC_INTERVAL: Duration = Duration::from_secs(30);

pub struct EngineConfig {
    /// Where the profile and the caches live.
    pub data_dir: PathBuf,
    /// Where tokens of real accounts are kept: the OS keyring in the app.
    pub secrets: Arc<dyn SecretStore>,
    pub tuning: Tuning,
}

/// Timings of the conversation with the provider. Tests shorten them.
#[derive(Debug, Clone, Copy)]
pub struct Tuning {
    /// The first retry waits up to this long; each further one up to twice as long.
    pub retry_base: Duration,
    /// No retry waits longer than this.
    pub retry_cap: Duration,
    /// A request with no answer in this time has failed (and will be retried).
    pub request_timeout: Duration,
}

impl Default for Tuning {
    fn default() -> Self {
        Self { retry_base: Duration::from_secs(1), retry_cap: Duration::from_secs(60), request_timeout: Duration::from_secs(30) }
    }
}

impl Tuning {
    /// Exponential backoff with full jitter: anywhere between 0 and base * 2^attempts,
    /// capped, so many clients coming back at once do not come back together.
    pub fn backoff(&self, attempts: i64) -> Duration {
        let exp = self.retry_base.saturating_mul(1u32 << attempts.clamp(0, 20) as u32).min(self.retry_cap);
        exp.mul_f64(fastrand::f64())
    }
}

/// What the engine tells the shell, which forwards it to the window.
#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum EngineEvent {
    /// The cached tickets changed: lists and open tickets should read again.
    TicketsChanged,
    /// The connection to the provider changed.
    Sync(SyncState),
    /// An account was signed in or out.
    SessionChanged,
    /// The outbox changed: an item was queued, sent, delivered or failed.
    OutboxChanged,
    /// The provider published a notice, now in the cache.
    NoticePublished { id: String },
    /// Support answered (each reply announced once, like notices; one event per pull).
    StaffReplied { replies: Vec<crate::store::StaffReply> },
    /// What counts as unread (tickets with new staff messages, notices not seen) may
    /// have changed: a ticket was read, notices were seen, a notice's window ended.
    UnreadChanged,
    /// Time passed (every `ticker::TICK`): relative times and promise states move on.
    Clock { now: chrono::DateTime<chrono::Utc> },
}

#[derive(Clone)]
pub struct Engine {
    inner: Arc<Inner>,
}

struct Inner {
    data_dir: PathBuf,
    profile: Profile,
    secrets: Arc<dyn SecretStore>,
    /// The demo account's token dies with the embedded provider: it never needs the keyring.
    demo_secrets: Arc<MemorySecrets>,
    events: broadcast::Sender<EngineEvent>,
    active: RwLock<Option<Active>>,
    /// One pull at a time, so cursors never interleave.
    sync_lock: Mutex<()>,
    sync_kick: Notify,
    sync_state: std::sync::Mutex<SyncState>,
    outbox_kick: Notify,
    /// Grows at every sign-in and sign-out: a push stream of an older session stops.
    session_generation: std::sync::atomic::AtomicU64,
    /// The provider said the session ended: sends wait until the customer signs in again.
    paused_for_auth: std::sync::atomic::AtomicBool,
    tuning: Tuning,
    /// Cancelled by [`Engine::shutdown`]: every background loop ends at its next wait.
    stop: CancellationToken,
}

#[derive(Clone)]
struct Active {
    account: AccountRecord,
    client: ProviderClient,
    cache: Cache,
}

impl Engine {
    pub async fn open(config: EngineConfig) -> Result<Self> {
        let profile = Profile::open(&config.data_dir.join("profile.sqlite")).await?;
        let (events, _) = broadcast::channel(256);
        Ok(Engine {
            inner: Arc::new(Inner {
                data_dir: config.data_dir,
                profile,
                secrets: config.secrets,
                demo_secrets: Arc::new(MemorySecrets::default()),
                events,
                active: RwLock::new(None),
                sync_lock: Mutex::new(()),
                sync_kick: Notify::new(),
                sync_state: std::sync::Mutex::new(SyncState::default()),
                session_generation: std::sync::atomic::AtomicU64::new(0),
                outbox_kick: Notify::new(),
                paused_for_auth: std::sync::atomic::AtomicBool::new(false),
                tuning: config.tuning,
                stop: CancellationToken::new(),
            }),
        })
    }

    pub fn subscribe(&self) -> broadcast::Receiver<EngineEvent> {
        self.inner.events.subscribe()
    }

    fn emit(&self, e: EngineEvent) {
        // No receiver is fine: nobody is looking.
        let _ = self.inner.events.send(e);
    }

    async fn active(&self) -> Result<Active> {
        self.inner.active.read().await.clone().ok_or(Error::NotSignedIn)
    }

    /// Start the background work: the sync loop, the push stream, the outbox worker and
    /// the ticker. It runs until the returned guard is dropped or shut down.
    pub fn start(&self) -> Background {
        Background {
            engine: self.clone(),
            tasks: vec![self.spawn_sync_loop(), self.spawn_push_loop(), self.spawn_outbox_worker(), self.spawn_ticker()],
        }
    }

    /// End every background loop at its next wait (a send or pull under way finishes
    /// first, so nothing is left half written). Loops started later end at once.
    pub fn shutdown(&self) {
        self.inner.stop.cancel();
    }

    /// Waits until [`Engine::shutdown`]; for the loops' `select!`s.
    async fn stopped(&self) {
        self.inner.stop.cancelled().await;
    }

    fn is_stopped(&self) -> bool {
        self.inner.stop.is_cancelled()
    }

    /// Sleep `wait`, or less if the engine shuts down. False when it did.
    async fn pause(&self, wait: Duration) -> bool {
        tokio::select! {
            () = self.stopped() => false,
            () = tokio::time::sleep(wait) => true,
        }
    }
}

/// The engine's background loops. Dropping it shuts the engine's loops down (as
/// mini-redis's `DbDropGuard` does); [`Background::shutdown`] also waits for them to end.
pub struct Background {
    engine: Engine,
    tasks: Vec<tokio::task::JoinHandle<()>>,
}

impl Background {
    /// Stop every loop and wait until each has ended.
    pub async fn shutdown(mut self) {
        self.engine.shutdown();
        for task in std::mem::take(&mut self.tasks) {
            if let Err(e) = task.await {
                tracing::warn!(error = %e, "a background loop ended badly");
            }
        }
    }
}

impl Drop for Background {
    fn drop(&mut self) {
        self.engine.shutdown();
    }
}

/// A field the customer must correct, with the reason (`required`, `invalid`, ...).
fn field_error(field: &str, reason: &str) -> clientarea_api::problem::FieldError {
    clientarea_api::problem::FieldError { field: field.into(), reason: reason.into() }
}

//! The engine: the one object the shell holds. It owns the profile, every account that
//! is signed in (each with its provider client, cache, sync state and background loops),
//! which of them is on screen (the *current* one, which commands act on), and the channel
//! on which it announces changes ([`EngineEvent`]). Cloning is cheap: every clone shares
//! one `Inner`.
//!
//! One file per area, each an `impl Engine` block: `session` (sign-in, accounts, the
//! keyring), `settings` (language, notifications, the account's e-mail addresses),
//! `sync` (the pull, the push stream, the sync state), `tickets`, `notices` (and what is
//! unread), `drafts` (composers and their files), `outbox` (queueing sends, editing,
//! discarding), `delivery` (the worker that sends them) and `ticker` (changes that come
//! with time alone). Every signed-in account syncs, listens and delivers in the
//! background, not only the one on screen; its loops end when it signs out. Background
//! work runs under a [`Background`] guard: dropping it, or [`Engine::shutdown`], ends
//! every loop.

mod billing;
mod chat;
mod delivery;
mod drafts;
mod evidence;
mod fallback;
mod notices;
mod outbox;
mod session;
mod settings;
mod sync;
mod ticker;
mod tickets;

pub use billing::{AskOutcome, InvoiceQuestion, VatNumberState};
pub use fallback::EmailFallback;

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::Duration;

use serde::Serialize;
use tokio::sync::{Mutex, Notify, broadcast};
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

use crate::provider::ProviderClient;
use crate::secrets::{MemorySecrets, SecretStore};
use crate::store::{AccountRecord, Cache, Profile};
use crate::{Error, Result};

pub use notices::Unread;
pub use session::{AccountEntry, Session, SignedOut, StartupPlan};
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
    /// After the provider has been out of reach this long, the app offers e-mail.
    pub email_fallback_after: Duration,
}

impl Default for Tuning {
    fn default() -> Self {
        Self {
            retry_base: Duration::from_secs(1),
            retry_cap: Duration::from_secs(60),
            request_timeout: Duration::from_secs(30),
            email_fallback_after: Duration::from_secs(120),
        }
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
    /// The cached tickets of the account on screen changed: lists and open tickets should
    /// read again. (Changes, outbox and sync events of accounts in the background are not
    /// sent: the window shows one account; switching reads it whole.)
    TicketsChanged,
    /// The connection to the provider changed.
    Sync(SyncState),
    /// An account was signed in or out, or another account came on screen.
    SessionChanged,
    /// The outbox changed: an item was queued, sent, delivered or failed.
    OutboxChanged,
    /// The provider published a notice, now in the cache of `account` (which may not be
    /// the one on screen: every signed-in account is announced).
    NoticePublished { account: String, id: String },
    /// Support answered in `account` (each reply announced once, like notices; one event
    /// per pull).
    /// However many came, only the newest few are named (`replies.latest`).
    StaffReplied { account: String, replies: crate::store::Claimed<crate::store::StaffReply> },
    /// The live chat's operator answered in `account` (each answer once; who, never what).
    ChatReplied { account: String, replies: crate::store::Claimed<crate::store::ChatReply> },
    /// What counts as unread (tickets with new staff messages, notices not seen) may
    /// have changed, in any account: a ticket was read, notices were seen, a notice's
    /// window ended, a background account pulled something new.
    UnreadChanged,
    /// An abuse report of `account` still has no answer and its deadline is `lead` away:
    /// remind the customer (each lead once per report).
    AbuseReminder { account: String, id: String, lead: crate::notices::ReminderLead },
    /// Invoices of `account` to tell the customer about: new ones, and ones that became
    /// overdue (each once).
    InvoiceAlerts { account: String, alerts: Vec<crate::billing::InvoiceAlert> },
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
    /// Tokens kept for this run only: the demo's (worthless once the embedded provider
    /// stops) and those of accounts signed in "for this session only" (no keyring).
    session_secrets: Arc<MemorySecrets>,
    events: broadcast::Sender<EngineEvent>,
    /// Every signed-in account, in the order they were signed in.
    accounts: std::sync::RwLock<Vec<Active>>,
    /// The id of the account on screen: what commands act on.
    current: std::sync::RwLock<Option<String>>,
    /// Sync states of every account share one revision counter, so the UI, which keeps
    /// the highest revision, takes the state of an account switched to.
    sync_revision: AtomicU64,
    /// Set by [`Engine::start`]: accounts signed in from then on start their loops.
    started: AtomicBool,
    /// Every background loop, so [`Background::shutdown`] can wait for them all.
    tasks: TaskTracker,
    tuning: Tuning,
    /// Cancelled by [`Engine::shutdown`]: every background loop ends at its next wait.
    stop: CancellationToken,
}

/// A signed-in account: what it talks to, what it keeps, and where its loops stand.
struct Signed {
    account: AccountRecord,
    client: ProviderClient,
    cache: Cache,
    /// The token is in the keyring (false: in memory, for this session only, or the demo).
    remembered: bool,
    /// One pull at a time, so cursors never interleave.
    sync_lock: Mutex<()>,
    /// One "ask about this invoice" at a time: its duplicate check and its send.
    ask_lock: Mutex<()>,
    sync_kick: Notify,
    sync_state: std::sync::Mutex<SyncState>,
    outbox_kick: Notify,
    /// The provider said the session ended: sends wait until the customer signs in again.
    paused_for_auth: AtomicBool,
    /// Cancelled at sign-out (and with the engine's): this account's loops end.
    stop: CancellationToken,
}

type Active = Arc<Signed>;

impl Engine {
    pub async fn open(config: EngineConfig) -> Result<Self> {
        let profile = Profile::open(&config.data_dir.join("profile.sqlite")).await?;
        let (events, _) = broadcast::channel(256);
        Ok(Engine {
            inner: Arc::new(Inner {
                data_dir: config.data_dir,
                profile,
                secrets: config.secrets,
                session_secrets: Arc::new(MemorySecrets::default()),
                events,
                accounts: std::sync::RwLock::new(Vec::new()),
                current: std::sync::RwLock::new(None),
                sync_revision: AtomicU64::new(0),
                started: AtomicBool::new(false),
                tasks: TaskTracker::new(),
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

    /// Send `e` if `account` is the one on screen: its lists, outbox and connection are
    /// what the window shows. Another account's are read when it is switched to.
    fn emit_for(&self, account: &Signed, e: EngineEvent) {
        if self.is_current(&account.account.id) {
            self.emit(e);
        }
    }

    fn is_current(&self, id: &str) -> bool {
        self.inner.current.read().unwrap_or_else(|e| e.into_inner()).as_deref() == Some(id)
    }

    /// The account on screen.
    async fn active(&self) -> Result<Active> {
        self.current_signed().ok_or(Error::NotSignedIn)
    }

    /// The signed-in account `id`, on screen or not.
    fn signed(&self, id: &str) -> Option<Active> {
        self.inner.accounts.read().unwrap_or_else(|e| e.into_inner()).iter().find(|a| a.account.id == id).cloned()
    }

    /// Every signed-in account, in the order they were signed in.
    fn all_signed(&self) -> Vec<Active> {
        self.inner.accounts.read().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// Start the background work: the ticker, and for every account signed in (now or
    /// later) its sync loop, push stream and outbox worker. It runs until the returned
    /// guard is dropped or shut down.
    pub fn start(&self) -> Background {
        if !self.inner.started.swap(true, Ordering::SeqCst) {
            self.inner.tasks.spawn(self.ticker());
            for account in self.all_signed() {
                self.spawn_account_loops(&account);
            }
        }
        Background { engine: self.clone() }
    }

    /// The outbox worker of the account on screen alone, for tests and tools that want one
    /// loop without the others (the app uses [`Engine::start`]). Ends with the account.
    pub fn spawn_outbox_worker(&self) -> tokio::task::JoinHandle<()> {
        match self.current_signed() {
            Some(a) => tokio::spawn(self.outbox_worker(a)),
            None => tokio::spawn(async {}),
        }
    }

    /// The push stream of the account on screen alone (see `spawn_outbox_worker`).
    pub fn spawn_push_loop(&self) -> tokio::task::JoinHandle<()> {
        match self.current_signed() {
            Some(a) => tokio::spawn(self.push_loop(a)),
            None => tokio::spawn(async {}),
        }
    }

    /// The ticker alone (see `spawn_outbox_worker`).
    pub fn spawn_ticker(&self) -> tokio::task::JoinHandle<()> {
        tokio::spawn(self.ticker())
    }

    fn current_signed(&self) -> Option<Active> {
        let current = self.inner.current.read().unwrap_or_else(|e| e.into_inner()).clone();
        current.and_then(|id| self.signed(&id))
    }

    /// The loops of one account; they end when it signs out or the engine shuts down.
    fn spawn_account_loops(&self, account: &Active) {
        if !self.inner.started.load(Ordering::SeqCst) {
            return;
        }
        self.inner.tasks.spawn(self.sync_loop(account.clone()));
        self.inner.tasks.spawn(self.push_loop(account.clone()));
        self.inner.tasks.spawn(self.outbox_worker(account.clone()));
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

    /// Sleep `wait`, or less if the engine shuts down. False when it did.
    async fn pause(&self, wait: Duration) -> bool {
        tokio::select! {
            () = self.stopped() => false,
            () = tokio::time::sleep(wait) => true,
        }
    }
}

impl Signed {
    fn new(account: AccountRecord, client: ProviderClient, cache: Cache, remembered: bool, stop: CancellationToken) -> Self {
        Self {
            account,
            client,
            cache,
            remembered,
            sync_lock: Mutex::new(()),
            ask_lock: Mutex::new(()),
            sync_kick: Notify::new(),
            sync_state: std::sync::Mutex::new(SyncState::default()),
            outbox_kick: Notify::new(),
            paused_for_auth: AtomicBool::new(false),
            stop,
        }
    }

    fn is_paused_for_auth(&self) -> bool {
        self.paused_for_auth.load(Ordering::SeqCst)
    }

    /// Sleep `wait`, or less if this account signs out or the engine shuts down. False
    /// when it did.
    async fn pause(&self, wait: Duration) -> bool {
        tokio::select! {
            () = self.stop.cancelled() => false,
            () = tokio::time::sleep(wait) => true,
        }
    }
}

/// The engine's background loops. Dropping it shuts the engine's loops down (as
/// mini-redis's `DbDropGuard` does); [`Background::shutdown`] also waits for them to end.
pub struct Background {
    engine: Engine,
}

impl Background {
    /// Stop every loop, of every account, and wait until each has ended.
    pub async fn shutdown(self) {
        self.engine.shutdown();
        let tasks = &self.engine.inner.tasks;
        tasks.close();
        tasks.wait().await;
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

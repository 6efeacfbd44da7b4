//! The engine: the one object the shell holds. It owns the profile, the account that is
//! signed in (its provider client and cache), and the channel on which it announces
//! changes. Cloning is cheap: every clone shares one `Inner`.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use clientarea_api::{Department, NewReply, NewTicket, Service};
use serde::Serialize;
use sha2::{Digest, Sha256};
use tokio::sync::{Mutex, Notify, RwLock, broadcast};

use crate::provider::{ProviderClient, ProviderError, StatusAction, parse_provider_url};
use crate::secrets::{MemorySecrets, SecretError, SecretStore};
use crate::store::{AccountRecord, Cache, LOCAL_FILE, LocalAttachment, OutboxItem, Profile, StoreError};
use crate::tickets::{TicketDraft, TicketFilter, TicketSummary, TicketView};
use crate::{Error, Result};

/// How long a keyring call may take before the user is told it is not answering.
const KEYRING_DEADLINE: Duration = Duration::from_secs(10);
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
#[derive(Debug, Clone, Serialize, PartialEq)]
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
    /// have changed: a ticket was read, notices were seen.
    UnreadChanged,
}

/// What the customer has not looked at yet: shown on the tray icon and in the nav.
#[derive(Debug, Clone, Copy, Default, Serialize, PartialEq, Eq)]
pub struct Unread {
    /// Tickets with staff messages not read yet.
    pub tickets: u32,
    /// Notices not seen in the status view that are not over.
    pub notices: u32,
}

/// Online, syncing or offline, and why.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct SyncState {
    /// `syncing`, `online` or `offline`.
    pub state: &'static str,
    /// When offline: the error code that says why.
    pub error_code: Option<&'static str>,
    pub last_synced_at: Option<DateTime<Utc>>,
    /// Grows with every change: events and command answers travel on different channels,
    /// so the UI keeps the state with the highest revision, never a late older one.
    pub revision: u64,
    /// The push stream is up: changes arrive as they happen. When false the app polls.
    pub live: bool,
    /// While syncing a long history: the records pulled so far.
    pub records_done: Option<usize>,
}

/// The signed-in account as the UI sees it.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct Session {
    pub account_id: String,
    pub email: String,
    pub name: String,
    pub provider_url: String,
    pub is_demo: bool,
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
                sync_state: std::sync::Mutex::new(SyncState {
                    state: "offline",
                    error_code: None,
                    last_synced_at: None,
                    revision: 0,
                    live: false,
                    records_done: None,
                }),
                session_generation: std::sync::atomic::AtomicU64::new(0),
                outbox_kick: Notify::new(),
                paused_for_auth: std::sync::atomic::AtomicBool::new(false),
                tuning: config.tuning,
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

    // ---- settings ----

    /// The language the user chose, if any (otherwise the OS language applies).
    pub async fn language(&self) -> Result<Option<String>> {
        Ok(self.inner.profile.setting("language").await?)
    }

    pub async fn set_language(&self, language: Option<&str>) -> Result<()> {
        Ok(self.inner.profile.set_setting("language", language).await?)
    }

    /// Which notices pop up, and the quiet hours (kept with the language, for every account).
    pub async fn notify_prefs(&self) -> Result<crate::notices::NotifyPrefs> {
        let saved = self.inner.profile.setting("notify").await?;
        Ok(saved.and_then(|s| serde_json::from_str(&s).ok()).unwrap_or_default())
    }

    pub async fn set_notify_prefs(&self, prefs: &crate::notices::NotifyPrefs) -> Result<()> {
        let errors = prefs.check();
        if !errors.is_empty() {
            return Err(Error::Validation(errors));
        }
        let json = serde_json::to_string(prefs).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        Ok(self.inner.profile.set_setting("notify", Some(&json)).await?)
    }

    // ---- accounts ----

    pub async fn session(&self) -> Option<Session> {
        self.inner.active.read().await.as_ref().map(|a| session_of(&a.account))
    }

    pub async fn last_account(&self) -> Result<Option<AccountRecord>> {
        Ok(self.inner.profile.last_account().await?)
    }

    pub async fn account_for_url(&self, url: &str) -> Result<Option<AccountRecord>> {
        let url = parse_provider_url(url)?;
        Ok(self.inner.profile.account_for(url.as_str()).await?)
    }

    /// Sign in with e-mail and password; the token goes to the keyring, never to a file.
    pub async fn sign_in(&self, provider_url: &str, email: &str, password: &str) -> Result<Session> {
        let url = parse_provider_url(provider_url)?;
        let email = email.trim();
        let mut errors = Vec::new();
        if email.is_empty() {
            errors.push(field_error("email", "required"));
        } else if !email.contains('@') {
            errors.push(field_error("email", "invalid"));
        }
        if password.is_empty() {
            errors.push(field_error("password", "required"));
        }
        if !errors.is_empty() {
            return Err(Error::Validation(errors));
        }
        let client = ProviderClient::new(url.clone())?.with_timeout(self.inner.tuning.request_timeout);
        let signed = client.sign_in(email, password).await?;
        let account = AccountRecord {
            id: account_id(url.as_str(), &signed.customer.email),
            provider_url: url.to_string(),
            email: signed.customer.email.clone(),
            name: signed.customer.name.clone(),
            is_demo: false,
        };
        let token = signed.token;
        let id = account.id.clone();
        self.secret_op(move |s| s.set(&id, &token)).await?;
        // Read it back: a keyring that accepts a secret and keeps nothing (a mock backend,
        // a misconfigured daemon) must fail now, not at the next start.
        let token = self.secret_op({
            let id = account.id.clone();
            move |s| s.get(&id)
        });
        let token = token.await?.ok_or(ProviderError::SessionExpired)?;
        self.activate(account, client.with_token(token)).await
    }

    /// Sign in to the embedded demo provider at `url`. Its token stays in memory.
    pub async fn sign_in_demo(&self, url: &str, email: &str, password: &str) -> Result<Session> {
        let url = parse_provider_url(url)?;
        let client = ProviderClient::new(url.clone())?.with_timeout(self.inner.tuning.request_timeout);
        let signed = client.sign_in(email, password).await?;
        let account = AccountRecord {
            id: "demo".into(),
            provider_url: url.to_string(),
            email: signed.customer.email,
            name: signed.customer.name,
            is_demo: true,
        };
        self.inner.demo_secrets.set(&account.id, &signed.token)?;
        self.activate(account, client.with_token(signed.token)).await
    }

    /// Reopen a known account with the token the keyring keeps. Works offline: nothing
    /// here talks to the provider.
    pub async fn resume(&self, account: AccountRecord) -> Result<Session> {
        let id = account.id.clone();
        let token = self.secret_op(move |s| s.get(&id)).await?.ok_or(ProviderError::SessionExpired)?;
        let client = ProviderClient::new(parse_provider_url(&account.provider_url)?)?
            .with_timeout(self.inner.tuning.request_timeout)
            .with_token(token);
        self.activate(account, client).await
    }

    pub async fn sign_out(&self) -> Result<()> {
        self.inner.session_generation.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        let active = self.inner.active.write().await.take();
        if let Some(a) = active {
            a.cache.close().await;
            if a.account.is_demo {
                self.inner.demo_secrets.delete(&a.account.id)?;
            } else {
                let id = a.account.id.clone();
                self.secret_op(move |s| s.delete(&id)).await?;
            }
        }
        self.emit(EngineEvent::SessionChanged);
        Ok(())
    }

    async fn activate(&self, account: AccountRecord, client: ProviderClient) -> Result<Session> {
        let cache = Cache::open(&self.inner.data_dir.join("accounts").join(&account.id).join("cache.sqlite")).await?;
        self.inner.profile.upsert_account(&account, Utc::now()).await?;
        let session = session_of(&account);
        let last = cache.last_synced_at().await?;
        let old = self.inner.active.write().await.replace(Active { account, client, cache });
        if let Some(old) = old {
            old.cache.close().await;
        }
        self.set_sync_state("syncing", None, last);
        self.inner.paused_for_auth.store(false, std::sync::atomic::Ordering::SeqCst);
        self.inner.session_generation.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        self.emit(EngineEvent::SessionChanged);
        self.inner.sync_kick.notify_one();
        self.inner.outbox_kick.notify_one();
        Ok(session)
    }

    async fn active(&self) -> Result<Active> {
        self.inner.active.read().await.clone().ok_or(Error::NotSignedIn)
    }

    async fn secret_op<T: Send + 'static>(
        &self,
        op: impl FnOnce(&dyn SecretStore) -> Result<T, SecretError> + Send + 'static,
    ) -> Result<T, SecretError> {
        let store = self.inner.secrets.clone();
        match tokio::time::timeout(KEYRING_DEADLINE, tokio::task::spawn_blocking(move || op(&*store))).await {
            Ok(Ok(r)) => r,
            Ok(Err(join)) => Err(SecretError::Unavailable(join.to_string())),
            Err(_) => Err(SecretError::Timeout),
        }
    }

    // ---- sync ----

    pub fn sync_state(&self) -> SyncState {
        self.inner.sync_state.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    fn set_sync_state(&self, state: &'static str, error_code: Option<&'static str>, last_synced_at: Option<DateTime<Utc>>) {
        let s = {
            let mut current = self.inner.sync_state.lock().unwrap_or_else(|e| e.into_inner());
            *current =
                SyncState { state, error_code, last_synced_at, revision: current.revision + 1, live: current.live, records_done: None };
            current.clone()
        };
        self.emit(EngineEvent::Sync(s));
    }

    fn set_live(&self, live: bool) {
        let s = {
            let mut current = self.inner.sync_state.lock().unwrap_or_else(|e| e.into_inner());
            if current.live == live {
                return;
            }
            current.live = live;
            current.revision += 1;
            current.clone()
        };
        self.emit(EngineEvent::Sync(s));
    }

    /// Keep a push stream open while signed in: each event triggers a pull (a notice also
    /// announces itself once it is in the cache). Reconnects with backoff (1 s doubling
    /// to 30 s) and `Last-Event-ID`; while it is down, `live` is false and the sync loop
    /// polls.
    pub fn spawn_push_loop(&self) -> tokio::task::JoinHandle<()> {
        use futures_util::StreamExt;
        use std::sync::atomic::Ordering;
        const IDLE: Duration = Duration::from_secs(45);
        let engine = self.clone();
        tokio::spawn(async move {
            let mut failures: u32 = 0;
            let mut last_id: Option<String> = None;
            loop {
                let generation = engine.inner.session_generation.load(Ordering::SeqCst);
                let Ok(active) = engine.active().await else {
                    tokio::time::sleep(Duration::from_millis(250)).await;
                    continue;
                };
                if engine.inner.paused_for_auth.load(Ordering::SeqCst) {
                    tokio::time::sleep(Duration::from_secs(1)).await;
                    continue;
                }
                match active.client.events(last_id.as_deref()).await {
                    Ok(res) => {
                        engine.set_live(true);
                        engine.request_sync();
                        let mut stream = res.bytes_stream();
                        let mut parser = crate::sync::push::SseParser::default();
                        // Counted as failing until something arrives: a stream that closes
                        // at once must not make us reconnect (and pull) every second.
                        failures = failures.saturating_add(1);
                        while engine.inner.session_generation.load(Ordering::SeqCst) == generation {
                            let Ok(Some(Ok(chunk))) = tokio::time::timeout(IDLE, stream.next()).await else { break };
                            failures = 0;
                            for ev in parser.feed(&chunk) {
                                if ev.id.is_some() {
                                    last_id = ev.id.clone();
                                }
                                if ev.event == "notice" {
                                    // Pulled at once; the pull announces it (sync_now), once.
                                    let _ = engine.sync_now().await;
                                } else {
                                    engine.request_sync();
                                }
                            }
                        }
                        engine.set_live(false);
                    }
                    Err(e) => {
                        failures = failures.saturating_add(1);
                        engine.set_live(false);
                        tracing::debug!(code = e.code(), "push stream unavailable");
                    }
                }
                if engine.inner.session_generation.load(Ordering::SeqCst) != generation {
                    last_id = None;
                    failures = 0;
                    continue;
                }
                let wait = Duration::from_secs(1u64 << failures.min(5)).min(SYNC_INTERVAL);
                tokio::time::sleep(wait).await;
            }
        })
    }

    /// Pull everything new now. Errors are also announced as an offline state.
    pub async fn sync_now(&self) -> Result<crate::sync::PullReport> {
        let _one = self.inner.sync_lock.lock().await;
        let active = self.active().await?;
        let last = active.cache.last_synced_at().await?;
        self.set_sync_state("syncing", None, last);
        let progress = |done: usize| {
            let s = {
                let mut current = self.inner.sync_state.lock().unwrap_or_else(|e| e.into_inner());
                current.records_done = Some(done);
                current.revision += 1;
                current.clone()
            };
            self.emit(EngineEvent::Sync(s));
        };
        match crate::sync::pull_all(&active.client, &active.cache, progress).await {
            Ok(report) => {
                let last = active.cache.last_synced_at().await?;
                // New notices and replies, however they came (push or poll), each
                // announced once. A failure here is logged: the pull itself succeeded.
                match active.cache.claim_new_notices(Utc::now()).await {
                    Ok(new) => new.into_iter().for_each(|n| self.emit(EngineEvent::NoticePublished { id: n.id })),
                    Err(e) => tracing::warn!(error = %e, "new notices not announced"),
                }
                match active.cache.claim_new_staff_replies().await {
                    Ok(replies) if !replies.is_empty() => self.emit(EngineEvent::StaffReplied { replies }),
                    Ok(_) => {}
                    Err(e) => tracing::warn!(error = %e, "new replies not announced"),
                }
                self.set_sync_state("online", None, last);
                self.inner.outbox_kick.notify_one();
                if report.records > 0 {
                    self.emit(EngineEvent::TicketsChanged);
                }
                Ok(report)
            }
            Err(e) => {
                tracing::warn!(code = e.code(), error = %e, "pull failed");
                let last = active.cache.last_synced_at().await.ok().flatten();
                self.set_sync_state("offline", Some(e.code()), last);
                // Whatever arrived before the failure is in the cache: show it.
                self.emit(EngineEvent::TicketsChanged);
                Err(e)
            }
        }
    }

    /// Ask the background loop to pull soon.
    pub fn request_sync(&self) {
        self.inner.sync_kick.notify_one();
    }

    /// Pull whenever asked and every `SYNC_INTERVAL`; runs until the runtime ends.
    pub fn spawn_sync_loop(&self) -> tokio::task::JoinHandle<()> {
        let engine = self.clone();
        tokio::spawn(async move {
            // While the provider cannot be reached, look again soon, then less and less
            // often (2 s, 4 s, ... up to SYNC_INTERVAL), so a connection that comes back
            // is noticed quickly without hammering one that does not.
            let mut failures: u32 = 0;
            loop {
                let wait = if failures == 0 { SYNC_INTERVAL } else { Duration::from_secs(1u64 << failures.min(5)).min(SYNC_INTERVAL) };
                tokio::select! {
                    () = engine.inner.sync_kick.notified() => {}
                    () = tokio::time::sleep(wait) => {}
                }
                if engine.inner.active.read().await.is_some() {
                    failures = match engine.sync_now().await {
                        Ok(_) => 0,
                        Err(_) => failures.saturating_add(1),
                    };
                }
            }
        })
    }

    // ---- tickets ----

    pub async fn list_tickets(&self, filter: &TicketFilter) -> Result<Vec<TicketSummary>> {
        Ok(self.active().await?.cache.list_tickets(filter).await?)
    }

    /// `limit` rows of the list from `offset` (at most 500), and the count in all.
    pub async fn ticket_page(&self, filter: &TicketFilter, offset: u32, limit: u32) -> Result<crate::TicketPage> {
        Ok(self.active().await?.cache.ticket_page(filter, offset, limit.min(500)).await?)
    }

    /// A ticket from the cache; opening it marks it read.
    pub async fn open_ticket(&self, id: &str) -> Result<TicketView> {
        let active = self.active().await?;
        let view = active.cache.ticket_view(id).await?.ok_or(Error::TicketNotFound)?;
        // Read up to what was shown, in the provider's times: the local clock may differ,
        // and a message pulled later but written earlier must still count as new.
        let shown = view.timeline.iter().map(crate::tickets::TimelineItem::at).max().unwrap_or_else(Utc::now);
        active.cache.mark_read(id, shown).await?;
        self.emit(EngineEvent::UnreadChanged);
        Ok(view)
    }

    /// What is unread; nothing when no one is signed in.
    pub async fn unread(&self) -> Result<Unread> {
        let Ok(active) = self.active().await else { return Ok(Unread::default()) };
        let now = Utc::now();
        let notices = active.cache.unseen_notices().await?.iter().filter(|n| !crate::notices::is_over(n, now)).count();
        Ok(Unread { tickets: active.cache.unread_tickets().await?, notices: u32::try_from(notices).unwrap_or(u32::MAX) })
    }

    /// The ids of the notices not seen yet (over or not), to mark them as new.
    pub async fn unseen_notices(&self) -> Result<Vec<String>> {
        Ok(self.active().await?.cache.unseen_notices().await?.into_iter().map(|n| n.id).collect())
    }

    /// For each notice, the tickets about it (see `Cache::tickets_about`); notices with
    /// none are left out.
    pub async fn tickets_about_notices(&self) -> Result<Vec<(String, Vec<TicketSummary>)>> {
        let active = self.active().await?;
        let mut out = Vec::new();
        for n in active.cache.notices().await? {
            let tickets = active.cache.tickets_about(&n.id).await?;
            if !tickets.is_empty() {
                out.push((n.id, tickets));
            }
        }
        Ok(out)
    }

    /// The notices a ticket is about (shown in its conversation).
    pub async fn notices_about(&self, ticket_id: &str) -> Result<Vec<clientarea_api::Notice>> {
        Ok(self.active().await?.cache.notices_about(ticket_id).await?)
    }

    /// The status view showed these notices.
    pub async fn mark_notices_seen(&self, ids: &[String]) -> Result<()> {
        self.active().await?.cache.mark_notices_seen(ids, Utc::now()).await?;
        self.emit(EngineEvent::UnreadChanged);
        Ok(())
    }

    /// The provider's teams, their hours and holidays, from the cache.
    pub async fn support(&self) -> Result<Option<clientarea_api::SupportStructure>> {
        Ok(self.active().await?.cache.support().await?)
    }

    /// Invoices from the cache, newest first.
    pub async fn invoices(&self) -> Result<Vec<clientarea_api::Invoice>> {
        Ok(self.active().await?.cache.invoices().await?)
    }

    /// The provider's notices from the cache, newest first.
    pub async fn notice(&self, id: &str) -> Result<Option<clientarea_api::Notice>> {
        Ok(self.notices().await?.into_iter().find(|n| n.id == id))
    }

    pub async fn notices(&self) -> Result<Vec<clientarea_api::Notice>> {
        Ok(self.active().await?.cache.notices().await?)
    }

    /// Notices under way now that touch `service_id`: a maintenance in its window, an
    /// outage not resolved. Shown before a new ticket about that service is sent, so a
    /// known incident is followed rather than reported again.
    pub async fn active_notices(&self, service_id: &str) -> Result<Vec<clientarea_api::Notice>> {
        let now = Utc::now();
        Ok(self.notices().await?.into_iter().filter(|n| crate::notices::is_active_for(n, service_id, now)).collect())
    }

    pub async fn services(&self) -> Result<Vec<Service>> {
        Ok(self.active().await?.cache.services().await?)
    }

    pub async fn departments(&self) -> Result<Vec<Department>> {
        Ok(self.active().await?.cache.departments().await?)
    }

    // ---- drafts and the outbox ----

    /// Keep what a composer holds (`kind`: `ticket`, `reply` or `chat`; `target`: the
    /// ticket or chat it answers, empty for a new ticket).
    pub async fn save_draft(&self, kind: &str, target: &str, data: &serde_json::Value) -> Result<()> {
        Ok(self.active().await?.cache.save_draft(kind, target, data, Utc::now()).await?)
    }

    pub async fn draft(&self, kind: &str, target: &str) -> Result<Option<serde_json::Value>> {
        Ok(self.active().await?.cache.draft(kind, target).await?)
    }

    /// Queue a new ticket. Checked first: nothing is queued when a field is wrong. Returns
    /// at once; the outbox worker delivers it.
    pub async fn send_ticket(&self, draft: &TicketDraft) -> Result<OutboxItem> {
        let new = draft.to_new_ticket(Utc::now())?;
        let active = self.active().await?;
        let payload = serde_json::to_value(&new).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        let item = active.cache.enqueue("ticket", None, &payload, ("ticket", ""), Utc::now()).await?;
        self.outbox_changed();
        Ok(item)
    }

    /// Queue a reply to a ticket (or to a new ticket still queued: `local:<outbox id>`).
    pub async fn send_reply(&self, ticket_id: &str, body: &str, attachment_ids: &[String]) -> Result<OutboxItem> {
        let reply = NewReply { body: body.to_owned(), attachment_ids: attachment_ids.to_vec() };
        let errors = clientarea_api::check_new_reply(&reply);
        if !errors.is_empty() {
            return Err(Error::Validation(errors));
        }
        let active = self.active().await?;
        let payload = serde_json::to_value(&reply).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        let item = active.cache.enqueue("reply", Some(ticket_id), &payload, ("reply", ticket_id), Utc::now()).await?;
        self.outbox_changed();
        Ok(item)
    }

    /// Close, reopen, or answer a resolved ticket. Queued like a reply, so it is made
    /// once, in order with the replies before it, also when written offline.
    pub async fn set_ticket_status(&self, ticket_id: &str, action: StatusAction) -> Result<OutboxItem> {
        let active = self.active().await?;
        let payload = serde_json::json!({ "action": action });
        let item = active.cache.enqueue("status", Some(ticket_id), &payload, ("status", ticket_id), Utc::now()).await?;
        self.outbox_changed();
        Ok(item)
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

    /// The account as last pulled, and the notification addresses waiting to be sent, if
    /// any (what the settings form shows: the change the customer made, even offline).
    pub async fn account(&self) -> Result<(Option<clientarea_api::Account>, Option<clientarea_api::NotificationEmails>)> {
        let active = self.active().await?;
        let pending = active
            .cache
            .outbox()
            .await?
            .into_iter()
            .rev()
            .find(|i| i.kind == "account")
            .and_then(|i| serde_json::from_value::<clientarea_api::AccountUpdate>(i.payload).ok())
            .and_then(|u| u.notification_emails);
        Ok((active.cache.account().await?, pending))
    }

    /// Change where each kind of e-mail goes (empty: the registered address). Checked by
    /// the provider's rules, then queued like a reply: edited offline, sent once.
    pub async fn set_notification_emails(&self, emails: &clientarea_api::NotificationEmails) -> Result<OutboxItem> {
        let trimmed = clientarea_api::NotificationEmails {
            invoices: emails.invoices.trim().to_owned(),
            support: emails.support.trim().to_owned(),
            abuse: emails.abuse.trim().to_owned(),
        };
        let update = clientarea_api::AccountUpdate { country: None, notification_emails: Some(trimmed) };
        let errors = clientarea_api::account::check_account_update(&update);
        if !errors.is_empty() {
            return Err(Error::Validation(errors));
        }
        let active = self.active().await?;
        let payload = serde_json::to_value(&update).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        let item = active.cache.enqueue("account", None, &payload, ("account", ""), Utc::now()).await?;
        self.outbox_changed();
        Ok(item)
    }

    /// An attachment's bytes, from the provider (attachments are not kept in the cache).
    pub async fn download_attachment(&self, upload_id: &str) -> Result<Vec<u8>> {
        Ok(self.active().await?.client.download(upload_id).await?)
    }

    /// Forget a file taken off a draft before it was sent.
    pub async fn remove_attachment(&self, id: &str) -> Result<()> {
        Ok(self.active().await?.cache.remove_local_files(&[id.to_owned()]).await?)
    }

    /// Upload the files of a message still on this computer, each once (its id is the
    /// upload's idempotency key, and the provider's id is kept), and name them by the
    /// provider's ids. The outer error is the local store's; the inner one the provider's.
    async fn upload_local_files(&self, active: &Active, ids: &mut [String]) -> Result<std::result::Result<(), ProviderError>> {
        for id in ids.iter_mut().filter(|id| id.starts_with(LOCAL_FILE)) {
            let Some((filename, bytes, uploaded)) = active.cache.local_file(id).await? else {
                let problem = clientarea_api::problem::Problem::new("about:blank", 422, "An attached file is no longer on this computer")
                    .with_detail("Remove the attachment and attach the file again.");
                return Ok(Err(ProviderError::Rejected { status: 422, problem }));
            };
            let upload_id = match uploaded {
                Some(u) => u,
                None => match active.client.upload(&filename, bytes, id).await {
                    Ok(a) => {
                        active.cache.set_upload_id(id, &a.id).await?;
                        a.id
                    }
                    Err(e) => return Ok(Err(e)),
                },
            };
            *id = upload_id;
        }
        Ok(Ok(()))
    }

    pub async fn outbox(&self) -> Result<Vec<OutboxItem>> {
        Ok(self.active().await?.cache.outbox().await?)
    }

    pub async fn resend(&self, id: &str) -> Result<()> {
        self.active().await?.cache.resend(id, Utc::now()).await?;
        self.outbox_changed();
        Ok(())
    }

    /// Change the words of a queued or failed item (the subject, for a new ticket, and the
    /// text); everything else it carries stays as it was. Checked like a new send.
    pub async fn edit_outbox(&self, id: &str, subject: Option<&str>, body: &str) -> Result<()> {
        let active = self.active().await?;
        let item = active.cache.outbox_item(id).await?.ok_or(Error::OutboxBusy)?;
        let corrupt = |e: serde_json::Error| StoreError::Corrupt(format!("outbox payload: {e}"));
        let (errors, payload) = if item.kind == "ticket" {
            let mut new: NewTicket = serde_json::from_value(item.payload).map_err(corrupt)?;
            new.subject = subject.unwrap_or(&new.subject).trim().to_owned();
            new.body = body.to_owned();
            (clientarea_api::check_new_ticket(&new), serde_json::to_value(new))
        } else {
            let mut reply: NewReply = serde_json::from_value(item.payload).map_err(corrupt)?;
            reply.body = body.to_owned();
            (clientarea_api::check_new_reply(&reply), serde_json::to_value(reply))
        };
        if !errors.is_empty() {
            return Err(Error::Validation(errors));
        }
        let payload = payload.map_err(corrupt)?;
        if !active.cache.edit_outbox(id, &item.kind, &payload, Utc::now()).await? {
            return Err(Error::OutboxBusy);
        }
        self.outbox_changed();
        Ok(())
    }

    pub async fn discard_outbox(&self, id: &str) -> Result<()> {
        self.active().await?.cache.discard_outbox(id).await?;
        self.emit(EngineEvent::OutboxChanged);
        Ok(())
    }

    fn outbox_changed(&self) {
        self.emit(EngineEvent::OutboxChanged);
        self.inner.outbox_kick.notify_one();
    }

    /// Deliver every send that is due now, one at a time in order. Returns how many
    /// arrived. The worker calls this; so can a test.
    pub async fn deliver_due(&self) -> Result<usize> {
        let mut delivered = 0;
        loop {
            if self.inner.paused_for_auth.load(std::sync::atomic::Ordering::SeqCst) {
                return Ok(delivered);
            }
            let active = self.active().await?;
            let Some(item) = active.cache.next_deliverable(Utc::now()).await? else { return Ok(delivered) };
            if self.deliver(&active, &item).await? {
                delivered += 1;
            }
        }
    }

    /// One try at one item. Ok(true) when it arrived.
    async fn deliver(&self, active: &Active, item: &OutboxItem) -> Result<bool> {
        if !active.cache.mark_sending(&item.id).await? {
            return Ok(false); // discarded or changed meanwhile
        }
        self.emit(EngineEvent::OutboxChanged);
        let sent = match item.kind.as_str() {
            "ticket" => match serde_json::from_value::<NewTicket>(item.payload.clone()) {
                Ok(mut new) => match self.upload_local_files(active, &mut new.attachment_ids).await? {
                    Ok(()) => active.client.create_ticket(&new, &item.idempotency_key).await.map(Sent::Ticket),
                    Err(e) => Err(e),
                },
                Err(e) => Err(ProviderError::InvalidResponse(format!("unreadable outbox item: {e}"))),
            },
            "account" => match serde_json::from_value::<clientarea_api::AccountUpdate>(item.payload.clone()) {
                Ok(update) => active.client.update_account(&update, &item.idempotency_key).await.map(Sent::Account),
                Err(e) => Err(ProviderError::InvalidResponse(format!("unreadable outbox item: {e}"))),
            },
            "status" => match serde_json::from_value::<StatusAction>(item.payload["action"].clone()) {
                Ok(action) => {
                    let ticket = item.ticket_id.as_deref().unwrap_or_default();
                    active.client.set_status(ticket, action, &item.idempotency_key).await.map(Sent::Ticket)
                }
                Err(e) => Err(ProviderError::InvalidResponse(format!("unreadable outbox item: {e}"))),
            },
            _ => match serde_json::from_value::<NewReply>(item.payload.clone()) {
                Ok(mut reply) => match self.upload_local_files(active, &mut reply.attachment_ids).await? {
                    Ok(()) => {
                        let ticket = item.ticket_id.as_deref().unwrap_or_default();
                        active.client.reply(ticket, &reply, &item.idempotency_key).await.map(Sent::Reply)
                    }
                    Err(e) => Err(e),
                },
                Err(e) => Err(ProviderError::InvalidResponse(format!("unreadable outbox item: {e}"))),
            },
        };
        let local_files = || -> Vec<String> {
            item.payload.get("attachment_ids").and_then(|v| serde_json::from_value(v.clone()).ok()).unwrap_or_default()
        };
        match sent {
            Ok(Sent::Ticket(detail)) => {
                active.cache.delivered_ticket(&item.id, &detail).await?;
                active.cache.remove_local_files(&local_files()).await?;
                self.after_delivery();
                Ok(true)
            }
            Ok(Sent::Account(account)) => {
                active.cache.delivered_account(&item.id, &account).await?;
                self.after_delivery();
                Ok(true)
            }
            Ok(Sent::Reply(message)) => {
                active.cache.delivered_reply(&item.id, &message).await?;
                active.cache.remove_local_files(&local_files()).await?;
                self.after_delivery();
                Ok(true)
            }
            Err(ProviderError::SessionExpired) => {
                // Not the item's fault: keep it as it is and wait for a new sign-in.
                active.cache.mark_retry(&item.id, Utc::now(), "session-expired", "", false).await?;
                self.inner.paused_for_auth.store(true, std::sync::atomic::Ordering::SeqCst);
                let last = active.cache.last_synced_at().await.ok().flatten();
                self.set_sync_state("offline", Some("session-expired"), last);
                self.emit(EngineEvent::OutboxChanged);
                Ok(false)
            }
            // An answer this app cannot read may be a proxy's page: retry a few times, then
            // show it to the customer rather than retry for ever.
            Err(e) if e.is_transient() || (matches!(e, ProviderError::InvalidResponse(_)) && item.attempts < 5) => {
                let wait = self.inner.tuning.backoff(item.attempts + 1);
                let next = Utc::now() + chrono::Duration::from_std(wait).unwrap_or_default();
                tracing::info!(item = %item.id, code = e.code(), wait_ms = wait.as_millis() as u64, "send failed; retrying later with the same key");
                active.cache.mark_retry(&item.id, next, e.code(), &e.to_string(), true).await?;
                self.emit(EngineEvent::OutboxChanged);
                Ok(false)
            }
            Err(e) => {
                let detail = match &e {
                    ProviderError::Rejected { problem, .. } => problem.detail.clone().unwrap_or_else(|| problem.title.clone()),
                    other => other.to_string(),
                };
                tracing::warn!(item = %item.id, code = e.code(), "the provider refused a send; kept for the customer");
                active.cache.mark_failed(&item.id, e.code(), &detail).await?;
                self.emit(EngineEvent::OutboxChanged);
                Ok(false)
            }
        }
    }

    fn after_delivery(&self) {
        self.emit(EngineEvent::TicketsChanged);
        self.emit(EngineEvent::OutboxChanged);
        self.request_sync();
    }

    /// Deliver whenever something is queued, a retry falls due, or the connection comes
    /// back; runs until the runtime ends.
    pub fn spawn_outbox_worker(&self) -> tokio::task::JoinHandle<()> {
        let engine = self.clone();
        tokio::spawn(async move {
            loop {
                let paused = engine.inner.paused_for_auth.load(std::sync::atomic::Ordering::SeqCst);
                let wait = match engine.deliver_due().await {
                    // Signed out, or waiting for a new sign-in: nothing to do until woken.
                    _ if paused => SYNC_INTERVAL,
                    Err(Error::NotSignedIn) => SYNC_INTERVAL,
                    Ok(_) => match engine.active().await {
                        Ok(a) => a
                            .cache
                            .next_retry_at()
                            .await
                            .ok()
                            .flatten()
                            .map(|at| (at - Utc::now()).to_std().unwrap_or(Duration::ZERO))
                            .unwrap_or(SYNC_INTERVAL)
                            .min(SYNC_INTERVAL),
                        Err(_) => SYNC_INTERVAL,
                    },
                    Err(e) => {
                        tracing::warn!(error = %e, "outbox delivery stopped; trying again shortly");
                        Duration::from_secs(1)
                    }
                };
                tokio::select! {
                    () = engine.inner.outbox_kick.notified() => {}
                    () = tokio::time::sleep(wait.max(Duration::from_millis(5))) => {}
                }
            }
        })
    }
}

enum Sent {
    /// A new ticket, or a ticket whose status the customer changed.
    Ticket(clientarea_api::TicketDetail),
    Reply(clientarea_api::TicketMessage),
    Account(clientarea_api::Account),
}

fn session_of(a: &AccountRecord) -> Session {
    Session {
        account_id: a.id.clone(),
        email: a.email.clone(),
        name: a.name.clone(),
        provider_url: a.provider_url.clone(),
        is_demo: a.is_demo,
    }
}

fn field_error(field: &str, reason: &str) -> clientarea_api::problem::FieldError {
    clientarea_api::problem::FieldError { field: field.into(), reason: reason.into() }
}

/// A stable id per (provider, e-mail): the folder of the account's cache and the name
/// of its keyring entry.
fn account_id(provider_url: &str, email: &str) -> String {
    let digest = Sha256::digest(format!("{provider_url}\n{}", email.to_lowercase()).as_bytes());
    let hex: String = digest.iter().take(8).map(|b| format!("{b:02x}")).collect();
    format!("acct-{hex}")
}

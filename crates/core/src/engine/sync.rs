//! Keeping the cache in step with the provider: the pull (now, when asked, and every
//! `SYNC_INTERVAL`), the push stream that says when to pull, and the sync state the UI
//! shows (syncing, online, offline and why, live or polling).

use std::time::Duration;

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::{Engine, EngineEvent, SYNC_INTERVAL};
use crate::{ErrorCode, Result};

/// Where the connection to the provider stands.
#[derive(Debug, Clone, Copy, Default, Serialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "lowercase")]
pub enum SyncPhase {
    /// A pull is under way.
    Syncing,
    /// The last pull succeeded.
    Online,
    /// The last pull failed (the error code says why), or nobody is signed in yet.
    #[default]
    Offline,
}

/// Online, syncing or offline, and why.
#[derive(Debug, Clone, Default, Serialize, PartialEq, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct SyncState {
    pub state: SyncPhase,
    /// When offline: the error code that says why.
    pub error_code: Option<ErrorCode>,
    pub last_synced_at: Option<DateTime<Utc>>,
    /// Grows with every change: events and command answers travel on different channels,
    /// so the UI keeps the state with the highest revision, never a late older one.
    #[ts(type = "number")]
    pub revision: u64,
    /// The push stream is up: changes arrive as they happen. When false the app polls.
    pub live: bool,
    /// While syncing a long history: the records pulled so far.
    #[ts(type = "number | null")]
    pub records_done: Option<usize>,
}

impl Engine {
    pub fn sync_state(&self) -> SyncState {
        self.inner.sync_state.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    pub(super) fn set_sync_state(&self, state: SyncPhase, error_code: Option<ErrorCode>, last_synced_at: Option<DateTime<Utc>>) {
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
                if engine.is_stopped() {
                    return;
                }
                let Ok(active) = engine.active().await else {
                    engine.pause(Duration::from_millis(250)).await;
                    continue;
                };
                if engine.inner.paused_for_auth.load(Ordering::SeqCst) {
                    engine.pause(Duration::from_secs(1)).await;
                    continue;
                }
                let opened = tokio::select! {
                    () = engine.stopped() => return,
                    opened = active.client.events(last_id.as_deref()) => opened,
                };
                match opened {
                    Ok(res) => {
                        engine.set_live(true);
                        engine.request_sync();
                        let mut stream = res.bytes_stream();
                        let mut parser = crate::sync::push::SseParser::default();
                        // Counted as failing until something arrives: a stream that closes
                        // at once must not make us reconnect (and pull) every second.
                        failures = failures.saturating_add(1);
                        while engine.inner.session_generation.load(Ordering::SeqCst) == generation {
                            let next = tokio::select! {
                                () = engine.stopped() => break,
                                next = tokio::time::timeout(IDLE, stream.next()) => next,
                            };
                            let Ok(Some(Ok(chunk))) = next else { break };
                            let events = match parser.feed(&chunk) {
                                Ok(events) => events,
                                Err(e) => {
                                    // Dropped and opened again later, after a backoff.
                                    tracing::warn!(error = %e, "push stream dropped");
                                    failures = failures.saturating_add(1);
                                    break;
                                }
                            };
                            failures = 0;
                            for ev in events {
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
                        tracing::debug!(code = %e.code(), "push stream unavailable");
                    }
                }
                if engine.inner.session_generation.load(Ordering::SeqCst) != generation {
                    last_id = None;
                    failures = 0;
                    continue;
                }
                let wait = Duration::from_secs(1u64 << failures.min(5)).min(SYNC_INTERVAL);
                if !engine.pause(wait).await {
                    return;
                }
            }
        })
    }

    /// Pull everything new now. Errors are also announced as an offline state.
    pub async fn sync_now(&self) -> Result<crate::sync::PullReport> {
        let _one = self.inner.sync_lock.lock().await;
        let active = self.active().await?;
        let last = active.cache.last_synced_at().await?;
        // Whether the provider could not be reached before this pull (or the app just
        // started): if it answers now, the sends that waited for it are due.
        let coming_back = self.sync_state().state == SyncPhase::Offline;
        self.set_sync_state(SyncPhase::Syncing, None, last);
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
                self.set_sync_state(SyncPhase::Online, None, last);
                // Sends that waited for the connection go now, not at the end of their backoff
                // (only when it came back: not a write on every pull).
                if coming_back && let Err(e) = active.cache.due_again(Utc::now()).await {
                    tracing::warn!(error = %e, "waiting sends not woken");
                }
                self.inner.outbox_kick.notify_one();
                if report.records > 0 {
                    self.emit(EngineEvent::TicketsChanged);
                }
                Ok(report)
            }
            Err(e) => {
                tracing::warn!(code = %e.code(), error = %e, "pull failed");
                let last = active.cache.last_synced_at().await.ok().flatten();
                self.set_sync_state(SyncPhase::Offline, Some(e.code()), last);
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

    /// Pull whenever asked and every `SYNC_INTERVAL`, until the engine shuts down.
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
                    () = engine.stopped() => return,
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
}

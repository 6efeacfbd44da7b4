//! Keeping the cache in step with the provider: the pull (now, when asked, and every
//! `SYNC_INTERVAL`), the push stream that says when to pull, and the sync state the UI
//! shows (syncing, online, offline and why, live or polling).

use std::sync::atomic::Ordering;
use std::time::Duration;

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::{Active, Engine, EngineEvent, SYNC_INTERVAL, Signed};
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
    /// While syncing a long history: how far it has come (tickets and messages written,
    /// the total when the provider says, whether the search waits for its end).
    pub progress: Option<crate::sync::PullProgress>,
    /// Since when the provider could not be reached (kept through the retries' syncing
    /// phases; none once a pull gets through).
    pub offline_since: Option<DateTime<Utc>>,
    /// A long first sync (or resync) is over and its search index is being filled: the
    /// list is whole, the search finds that history in a moment.
    pub search_pending: bool,
}

impl Engine {
    /// The connection of the account on screen (offline when nobody is signed in).
    pub fn sync_state(&self) -> SyncState {
        match self.current_signed() {
            Some(a) => a.sync_state.lock().unwrap_or_else(|e| e.into_inner()).clone(),
            None => SyncState { revision: self.next_revision(), ..SyncState::default() },
        }
    }

    fn next_revision(&self) -> u64 {
        self.inner.sync_revision.fetch_add(1, Ordering::SeqCst) + 1
    }

    /// Change one account's sync state with `change`, and tell the window if it shows it.
    fn update_sync_state(&self, account: &Signed, change: impl FnOnce(&mut SyncState) -> bool) {
        let s = {
            let mut current = account.sync_state.lock().unwrap_or_else(|e| e.into_inner());
            if !change(&mut current) {
                return;
            }
            current.revision = self.next_revision();
            current.clone()
        };
        self.emit_for(account, EngineEvent::Sync(s));
    }

    /// Tell the window where the connection of `account` (now on screen) stands, with a
    /// revision above any it has seen from the account shown before.
    pub(super) fn announce_sync_state(&self, account: &Signed) {
        self.update_sync_state(account, |_| true);
    }

    pub(super) fn set_sync_state(
        &self,
        account: &Signed,
        state: SyncPhase,
        error_code: Option<ErrorCode>,
        last_synced_at: Option<DateTime<Utc>>,
    ) {
        self.update_sync_state(account, |s| {
            let offline_since = match state {
                SyncPhase::Online => None,
                SyncPhase::Syncing => s.offline_since,
                SyncPhase::Offline => s.offline_since.or_else(|| Some(Utc::now())),
            };
            *s = SyncState {
                state,
                error_code,
                last_synced_at,
                revision: s.revision,
                live: s.live,
                records_done: None,
                progress: None,
                offline_since,
                search_pending: s.search_pending,
            };
            true
        });
    }

    fn set_live(&self, account: &Signed, live: bool) {
        self.update_sync_state(account, |s| std::mem::replace(&mut s.live, live) != live);
    }

    /// Keep a push stream open for one account while it is signed in: each event
    /// triggers a pull (a notice also announces itself once it is in the cache).
    /// Reconnects with backoff (1 s doubling to 30 s) and `Last-Event-ID`; while it is
    /// down, `live` is false and the sync loop polls. Ends when the account signs out.
    pub(super) fn push_loop(&self, account: Active) -> impl Future<Output = ()> + Send + 'static {
        use futures_util::StreamExt;
        const IDLE: Duration = Duration::from_secs(45);
        let engine = self.clone();
        async move {
            let mut failures: u32 = 0;
            let mut last_id: Option<String> = None;
            loop {
                if account.stop.is_cancelled() {
                    return;
                }
                if account.is_paused_for_auth() {
                    account.pause(Duration::from_secs(1)).await;
                    continue;
                }
                let opened = tokio::select! {
                    () = account.stop.cancelled() => return,
                    opened = account.client.events(last_id.as_deref()) => opened,
                };
                match opened {
                    Ok(res) => {
                        engine.set_live(&account, true);
                        account.sync_kick.notify_one();
                        let mut stream = res.bytes_stream();
                        let mut parser = crate::sync::push::SseParser::default();
                        // Counted as failing until something arrives: a stream that closes
                        // at once must not make us reconnect (and pull) every second.
                        failures = failures.saturating_add(1);
                        loop {
                            let next = tokio::select! {
                                () = account.stop.cancelled() => break,
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
                                    // Pulled at once; the pull announces it (sync_account), once.
                                    let _ = engine.sync_account(&account).await;
                                } else {
                                    account.sync_kick.notify_one();
                                }
                            }
                        }
                        engine.set_live(&account, false);
                        // The stream that was open broke: whether the provider is still
                        // there is news now, not at the next poll.
                        account.sync_kick.notify_one();
                    }
                    Err(e) => {
                        failures = failures.saturating_add(1);
                        engine.set_live(&account, false);
                        tracing::debug!(code = %e.code(), "push stream unavailable");
                    }
                }
                let wait = Duration::from_secs(1u64 << failures.min(5)).min(SYNC_INTERVAL);
                if !account.pause(wait).await {
                    return;
                }
            }
        }
    }

    /// Pull everything new for the account on screen now. Errors are also announced as
    /// an offline state.
    pub async fn sync_now(&self) -> Result<crate::sync::PullReport> {
        let active = self.active().await?;
        self.sync_account(&active).await
    }

    /// Pull everything new for one account, on screen or not.
    async fn sync_account(&self, active: &Active) -> Result<crate::sync::PullReport> {
        let _one = active.sync_lock.lock().await;
        if active.stop.is_cancelled() {
            return Err(crate::Error::NotSignedIn);
        }
        let last = active.cache.last_synced_at().await?;
        // Whether the provider could not be reached before this pull (or the app just
        // started): if it answers now, the sends that waited for it are due.
        let coming_back = active.sync_state.lock().unwrap_or_else(|e| e.into_inner()).state == SyncPhase::Offline;
        self.set_sync_state(active, SyncPhase::Syncing, None, last);
        // The list shows a long pull's first page at once, then grows about every second
        // (not at every page: the window reloads what it shows at each change).
        let shown = std::sync::Mutex::new(None::<std::time::Instant>);
        let progress = |done: crate::sync::PullProgress| {
            self.update_sync_state(active, |s| {
                s.records_done = Some(done.records as usize);
                s.progress = Some(done);
                true
            });
            let mut shown = shown.lock().unwrap_or_else(|e| e.into_inner());
            if shown.is_none_or(|at| at.elapsed() >= Duration::from_secs(1)) {
                *shown = Some(std::time::Instant::now());
                self.emit_for(active, EngineEvent::TicketsChanged);
            }
        };
        match crate::sync::pull_all(&active.client, &active.cache, progress).await {
            Ok(report) => {
                let last = active.cache.last_synced_at().await?;
                let account = &active.account.id;
                // New notices and replies, however they came (push or poll), each
                // announced once, in every account. A failure here is logged: the pull
                // itself succeeded.
                match active.cache.claim_new_notices(Utc::now()).await {
                    Ok(new) => new.into_iter().for_each(|n| self.emit(EngineEvent::NoticePublished { account: account.clone(), id: n.id })),
                    Err(e) => tracing::warn!(error = %e, "new notices not announced"),
                }
                match active.cache.claim_new_staff_replies().await {
                    Ok(replies) if !replies.is_empty() => self.emit(EngineEvent::StaffReplied { account: account.clone(), replies }),
                    Ok(_) => {}
                    Err(e) => tracing::warn!(error = %e, "new replies not announced"),
                }
                match active.cache.claim_new_chat_replies().await {
                    Ok(replies) if !replies.is_empty() => self.emit(EngineEvent::ChatReplied { account: account.clone(), replies }),
                    Ok(_) => {}
                    Err(e) => tracing::warn!(error = %e, "new chat answers not announced"),
                }
                self.alert_invoices(active, true).await;
                self.remind_account(active).await;
                // (Also when an earlier build failed: it is tried again after each pull.)
                if report.search_pending || active.cache.schema_deferred().await.unwrap_or(false) {
                    self.update_sync_state(active, |s| !std::mem::replace(&mut s.search_pending, true));
                    self.build_search_index_later(active);
                }
                self.set_sync_state(active, SyncPhase::Online, None, last);
                // Sends that waited for the connection go now, not at the end of their backoff
                // (only when it came back: not a write on every pull).
                if coming_back && let Err(e) = active.cache.due_again(Utc::now()).await {
                    tracing::warn!(error = %e, "waiting sends not woken");
                }
                active.outbox_kick.notify_one();
                if report.records > 0 {
                    self.emit_for(active, EngineEvent::TicketsChanged);
                    // An account in the background counts on the tray and in the switcher.
                    if !self.is_current(account) {
                        self.emit(EngineEvent::UnreadChanged);
                    }
                }
                Ok(report)
            }
            Err(e) => {
                tracing::warn!(code = %e.code(), error = %e, "pull failed");
                let last = active.cache.last_synced_at().await.ok().flatten();
                self.set_sync_state(active, SyncPhase::Offline, Some(e.code()), last);
                // Whatever arrived before the failure is in the cache: show it.
                self.emit_for(active, EngineEvent::TicketsChanged);
                Err(e)
            }
        }
    }

    /// Fill the search index a long pull from the start left for later, after the pull
    /// (which holds the pull's lock: no pull writes meanwhile, and a sign-out waits for
    /// it), then fold what it wrote into the file. The list and the search read again.
    fn build_search_index_later(&self, account: &Active) {
        let engine = self.clone();
        let account = account.clone();
        self.inner.tasks.spawn(async move {
            let built = {
                let _one = account.sync_lock.lock().await;
                if account.stop.is_cancelled() {
                    // Closed or closing: the next open of the cache builds it.
                    return;
                }
                let started = std::time::Instant::now();
                let built = account.cache.build_search_index().await;
                if matches!(built, Ok(true)) {
                    tracing::info!(ms = started.elapsed().as_millis() as u64, "search index built");
                    if let Err(e) = account.cache.checkpoint().await {
                        tracing::warn!(error = %e, "checkpoint after the search index");
                    }
                }
                built
            };
            match built {
                Ok(_) => {
                    engine.update_sync_state(&account, |s| std::mem::replace(&mut s.search_pending, false));
                    engine.emit_for(&account, EngineEvent::TicketsChanged);
                }
                // Left noted, and still said to wait: it is tried again after the next
                // pull, and at the next open of the cache.
                Err(e) => tracing::warn!(error = %e, "search index not built"),
            }
        });
    }

    /// Ask the background loop of the account on screen to pull soon.
    pub fn request_sync(&self) {
        if let Some(a) = self.current_signed() {
            a.sync_kick.notify_one();
        }
    }

    /// Pull one account whenever asked and every `SYNC_INTERVAL`, until it signs out or
    /// the engine shuts down.
    pub(super) fn sync_loop(&self, account: Active) -> impl Future<Output = ()> + Send + 'static {
        let engine = self.clone();
        async move {
            // While the provider cannot be reached, look again soon, then less and less
            // often (2 s, 4 s, ... up to SYNC_INTERVAL), so a connection that comes back
            // is noticed quickly without hammering one that does not.
            let mut failures: u32 = 0;
            loop {
                let wait = if failures == 0 { SYNC_INTERVAL } else { Duration::from_secs(1u64 << failures.min(5)).min(SYNC_INTERVAL) };
                tokio::select! {
                    () = account.stop.cancelled() => return,
                    () = account.sync_kick.notified() => {}
                    () = tokio::time::sleep(wait) => {}
                }
                failures = match engine.sync_account(&account).await {
                    Ok(_) => 0,
                    Err(crate::Error::NotSignedIn) => return,
                    Err(_) => failures.saturating_add(1),
                };
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::{EngineConfig, MemorySecrets};

    /// The demo customer with `tickets` more tickets of `messages` messages each on a
    /// provider on loopback, signed in on a new engine (nothing pulled yet).
    async fn signed_in_with_history(tickets: usize, messages: usize) -> (clientarea_provider::Running, Engine, [tempfile::TempDir; 2]) {
        let provider_dir = tempfile::tempdir().unwrap();
        let config = clientarea_provider::Config { data_dir: Some(provider_dir.path().to_owned()), demo: true, ..Default::default() };
        clientarea_provider::bulk_seed(&config, tickets, messages).await.unwrap();
        let server = clientarea_provider::spawn("127.0.0.1:0".parse().unwrap(), config).await.unwrap();
        let dir = tempfile::tempdir().unwrap();
        let engine = Engine::open(EngineConfig {
            data_dir: dir.path().to_owned(),
            secrets: Arc::new(MemorySecrets::default()),
            tuning: Default::default(),
        })
        .await
        .unwrap();
        engine.sign_in(&server.url(), "demo@example.com", "demo").await.unwrap();
        (server, engine, [provider_dir, dir])
    }

    #[tokio::test]
    async fn a_long_first_sync_shows_its_counts_and_its_first_page_before_it_ends() {
        // More than one page of 1,000 records.
        let (server, engine, _dirs) = signed_in_with_history(150, 10).await;
        let mut events = engine.subscribe();
        let report = engine.sync_now().await.unwrap();
        assert!(report.requests >= 2, "{report:?}");

        let mut seen = Vec::new();
        while let Ok(ev) = events.try_recv() {
            seen.push(ev);
        }
        let progress: Vec<(usize, crate::sync::PullProgress)> = seen
            .iter()
            .enumerate()
            .filter_map(|(i, ev)| match ev {
                EngineEvent::Sync(s) => s.progress.map(|p| (i, p)),
                _ => None,
            })
            .collect();
        let (at, first) = *progress.first().expect("a sync state with the pull's progress");
        assert!(first.from_start && first.tickets > 0 && first.messages > 0, "{first:?}");
        assert!(
            matches!(&seen[at], EngineEvent::Sync(s) if s.state == SyncPhase::Syncing && s.records_done == Some(first.records as usize))
        );
        // The list is told to read again while the pull goes on, not only at its end.
        let online = seen.iter().position(|ev| matches!(ev, EngineEvent::Sync(s) if s.state == SyncPhase::Online)).unwrap();
        assert!(seen[at..online].iter().any(|ev| matches!(ev, EngineEvent::TicketsChanged)), "{seen:?}");
        // Once online the progress is gone.
        assert!(matches!(&seen[online], EngineEvent::Sync(s) if s.progress.is_none() && s.records_done.is_none()));
        server.stop().await.unwrap();
    }

    #[tokio::test]
    async fn a_long_history_is_whole_when_its_sync_ends_and_found_once_its_search_index_is_built() {
        // 1,000 tickets and 10,000 messages: more than a pull fills its search index for.
        let (server, engine, _dirs) = signed_in_with_history(1_000, 10).await;
        let mut events = engine.subscribe();
        let report = engine.sync_now().await.unwrap();
        assert!(report.search_pending && report.records as u64 > crate::sync::SEARCH_INLINE_RECORDS, "{report:?}");
        let all = engine.list_tickets(&crate::tickets::TicketFilter::default()).await.unwrap();
        assert!(all.len() >= 1_000, "the list is whole when the sync ends: {}", all.len());

        // Online with the search pending, then the search index built (its state, and the
        // list told to read again).
        let mut pending_seen = false;
        let mut changed_after = false;
        loop {
            let ev = tokio::time::timeout(Duration::from_secs(30), events.recv()).await.expect("the search index built").unwrap();
            match ev {
                EngineEvent::Sync(s) if s.search_pending => {
                    pending_seen = true;
                }
                EngineEvent::Sync(s) if pending_seen => {
                    assert_eq!(s.state, SyncPhase::Online);
                    break;
                }
                _ => {}
            }
        }
        while let Ok(ev) = tokio::time::timeout(Duration::from_secs(5), events.recv()).await {
            if matches!(ev, Ok(EngineEvent::TicketsChanged)) {
                changed_after = true;
                break;
            }
        }
        assert!(changed_after, "the list and its search read again");
        assert!(!engine.sync_state().search_pending);
        // "Ticket 5: firewall problem on server 5" and every tenth after it.
        let found =
            engine.list_tickets(&crate::tickets::TicketFilter { query: Some("firewall".into()), ..Default::default() }).await.unwrap();
        assert!(found.len() >= 50, "{}", found.len());
        server.stop().await.unwrap();
    }
}

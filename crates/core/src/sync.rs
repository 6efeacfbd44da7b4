//! The pull: ask the provider for everything changed after the cache's cursor, page by
//! page, each page applied with its cursor in one transaction, until nothing is left.
//! An unchanged pull is one request with an empty page.
//!
//! The pull is a pipeline of two halves joined by a short queue: the *fetch* asks for
//! the next page and decodes it while the *write* puts the one before into the cache, so
//! a long pull takes about the longer of the two rather than their sum. Each page is
//! written (and in the list) as soon as the write gets to it. A pull from the start of the
//! history (the first, or a resync) fills the search index once at its end rather than
//! row by row ([`crate::store::PullWriter`]).

pub mod push;

use std::time::{Duration, Instant};

use chrono::Utc;
use serde::Serialize;

use crate::provider::{ProviderClient, ProviderError, decode_page};
use crate::store::{Cache, SearchIndex};

/// Records per page: big enough that a first sync of years of tickets takes few round
/// trips, small enough that one page's transaction stays short.
pub const PAGE_SIZE: u32 = 1000;

/// Pages fetched ahead of the write: one being written, one waiting, one coming. More
/// would only hold more memory (a page is a few MiB) when the write is the slower half.
const AHEAD: usize = 2;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PullReport {
    pub requests: u32,
    pub records: usize,
    /// Where the time went, for benchmarks. The fetch and the write overlap: their sum
    /// is more than the pull took.
    /// Waiting for the provider's pages.
    pub fetch: Duration,
    /// Decoding them.
    pub decode: Duration,
    /// Writing them (rows, cursor, commit).
    pub write: Duration,
    /// Making the indexes and the search index after a pull from the start.
    pub index: Duration,
    /// Folding the WAL into the database file after a big pull.
    pub checkpoint: Duration,
    /// A long pull from the start left its search index to be filled
    /// ([`Cache::build_search_index`]): the list is whole, the search not yet.
    pub search_pending: bool,
}

/// A pull from the start of at most this many records fills its search index before it
/// ends (tens of milliseconds); a longer one leaves it for later, so the whole list is
/// there without waiting for it (about a quarter of a second for 10,000 tickets with
/// 100,000 messages, seconds for ten times that).
pub const SEARCH_INLINE_RECORDS: u64 = 10_000;

/// How far a pull has come, after each page written.
#[derive(Debug, Clone, Copy, Default, Serialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct PullProgress {
    /// Records written so far, of every kind.
    #[ts(type = "number")]
    pub records: u64,
    #[ts(type = "number")]
    pub tickets: u64,
    #[ts(type = "number")]
    pub messages: u64,
    /// The records of the whole pull, when the provider says (its first page does, when
    /// there is more than one).
    #[ts(type = "number | null")]
    pub total: Option<u64>,
    /// The tickets and messages of the whole pull, when the provider says.
    #[ts(type = "number | null")]
    pub tickets_total: Option<u64>,
    #[ts(type = "number | null")]
    pub messages_total: Option<u64>,
    /// A pull from the start (the first sync, or a resync): the search finds what it
    /// brought once it is over.
    pub from_start: bool,
}

impl PullProgress {
    fn add(&mut self, page: &clientarea_api::SyncPage) {
        if let Some(t) = page.totals {
            self.total = Some(t.records);
            self.tickets_total = Some(t.tickets);
            self.messages_total = Some(t.messages);
        }
        self.records += page.len() as u64;
        self.tickets += page.tickets.len() as u64;
        self.messages += page.messages.len() as u64;
    }
}

/// What the fetch hands the write: a page, or why there is none.
type Fetched = crate::Result<clientarea_api::SyncPage>;

/// `progress` is told how far the pull has come after each page but the last.
pub async fn pull_all(client: &ProviderClient, cache: &Cache, progress: impl Fn(PullProgress)) -> crate::Result<PullReport> {
    pull_pages(client, cache, PAGE_SIZE, progress).await
}

async fn pull_pages(client: &ProviderClient, cache: &Cache, page_size: u32, progress: impl Fn(PullProgress)) -> crate::Result<PullReport> {
    let start = cache.cursor().await?;
    let from_start = start.is_start();
    let mut writer = cache.pull_writer(from_start).await?;
    let (pages, mut queue) = tokio::sync::mpsc::channel::<Fetched>(AHEAD);

    let fetch = async move {
        let mut report = PullReport::default();
        let mut cursor = start;
        // A provider whose cursor goes back to one it gave in this pull would have us
        // loop for ever: each cursor once.
        let mut seen = std::collections::HashSet::new();
        loop {
            let started = Instant::now();
            // The first request asks what the whole pull brings, for "N of M".
            let bytes = client.pull_bytes(&cursor, page_size, report.requests == 0).await;
            report.fetch += started.elapsed();
            report.requests += 1;
            let started = Instant::now();
            let page = bytes.and_then(|b| decode_page(&b));
            report.decode += started.elapsed();
            let page = match page {
                Ok(page) => page,
                Err(e) => {
                    let _ = pages.send(Err(e.into())).await;
                    return report;
                }
            };
            seen.insert(std::mem::take(&mut cursor));
            if page.has_more && seen.contains(&page.next_cursor) {
                let _ = pages.send(Err(ProviderError::InvalidResponse("the pull cursor did not advance".into()).into())).await;
                return report;
            }
            let more = page.has_more;
            cursor = page.next_cursor.clone();
            // The write gave up (its error is the pull's): stop asking.
            if pages.send(Ok(page)).await.is_err() || !more {
                return report;
            }
        }
    };

    let write = async {
        let mut done = PullProgress { from_start, ..PullProgress::default() };
        let mut spent = Duration::ZERO;
        let written: crate::Result<()> = async {
            // Ends when the fetch has handed over its last page, or failed.
            while let Some(page) = queue.recv().await {
                let page = page?;
                let started = Instant::now();
                // Written, if not yet committed (a pull from the start commits about
                // every second): the counts move at each page, the list at each commit.
                writer.apply(&page, Utc::now()).await?;
                spent += started.elapsed();
                done.add(&page);
                if page.has_more {
                    progress(done);
                }
            }
            Ok(())
        }
        .await;
        // The fetch stops at its next page.
        drop(queue);
        // Whole or not, what was written becomes searchable (a long history's, just after).
        let started = Instant::now();
        // A big pull: fold the WAL into the file now rather than in a later write. What
        // the pages wrote is folded in (on another connection, on the core the fetch no
        // longer uses) while the indexes are made; then what the indexes wrote.
        let big = done.records > 1000;
        // Later only after a whole pull: one that failed half way is not followed by the
        // search index's task (the engine starts it after a pull that succeeds), and what
        // it wrote must not wait unsearchable for the provider to answer again.
        let search = if written.is_ok() && done.records > SEARCH_INLINE_RECORDS { SearchIndex::Later } else { SearchIndex::Now };
        let (finished, folded) = tokio::join!(writer.finish(search), async { if big { cache.checkpoint().await } else { Ok(()) } });
        let index = started.elapsed();
        written?;
        let search_pending = finished?;
        folded?;
        let started = Instant::now();
        // (What the indexes wrote is folded in after the search index, which follows.)
        if big && !search_pending {
            cache.checkpoint().await?;
        }
        Ok::<_, crate::Error>((done, spent, index, started.elapsed(), search_pending))
    };

    let (mut report, written) = tokio::join!(fetch, write);
    let (done, write, index, checkpoint, search_pending) = written?;
    report.search_pending = search_pending;
    report.records = done.records as usize;
    report.write = write;
    report.index = index;
    report.checkpoint = checkpoint;
    Ok(report)
}

#[cfg(test)]
mod tests {
    use std::sync::Mutex;

    use super::*;
    use crate::tickets::TicketFilter;

    const ADMIN: &str = "sync-test-admin";

    /// The demo customer with `tickets` more tickets of `messages` messages each on a
    /// provider on loopback (its admin token `ADMIN`), signed in, and a new cache.
    async fn with_history(
        tickets: usize,
        messages: usize,
    ) -> (clientarea_provider::Running, ProviderClient, Cache, [tempfile::TempDir; 2]) {
        let provider_dir = tempfile::tempdir().unwrap();
        let config = clientarea_provider::Config {
            data_dir: Some(provider_dir.path().to_owned()),
            demo: true,
            admin_token: Some(ADMIN.into()),
            ..Default::default()
        };
        clientarea_provider::bulk_seed(&config, tickets, messages).await.unwrap();
        let server = clientarea_provider::spawn("127.0.0.1:0".parse().unwrap(), config).await.unwrap();
        let client = ProviderClient::new(crate::provider::parse_provider_url(&server.url()).unwrap()).unwrap();
        let token = client.sign_in("demo@example.com", "demo").await.unwrap().token;
        let client = client.with_token(token);
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache::open(&dir.path().join("cache.sqlite")).await.unwrap();
        (server, client, cache, [provider_dir, dir])
    }

    #[tokio::test]
    async fn a_long_first_pull_says_how_far_it_has_come_and_is_searchable_when_it_ends() {
        let (server, client, cache, _dirs) = with_history(40, 5).await;

        let seen = Mutex::new(Vec::new());
        let report = pull_pages(&client, &cache, 50, |p| seen.lock().unwrap().push(p)).await.unwrap();
        let seen = seen.into_inner().unwrap();
        assert!(report.requests >= 6, "40 tickets with 5 messages each, 50 records a page: {report:?}");
        assert_eq!(seen.len() as u32, report.requests - 1, "told after each page but the last");
        // The provider said at the first page what the whole pull brings.
        assert!(seen.iter().all(|p| p.from_start && p.total == Some(report.records as u64)), "{seen:?}");
        let tickets = seen[0].tickets_total.unwrap();
        assert!(seen.iter().all(|p| p.tickets_total == Some(tickets) && p.tickets <= tickets), "{seen:?}");
        assert!(tickets >= 40 && seen[0].messages_total >= Some(200), "{:?}", seen[0]);
        assert!(seen.windows(2).all(|w| w[0].records < w[1].records && w[0].messages <= w[1].messages), "{seen:?}");
        let last = seen.last().unwrap();
        assert!(last.tickets > 0 && last.messages > 0 && last.records < report.records as u64, "{last:?}");
        let tickets = cache.list_tickets(&TicketFilter::default()).await.unwrap();
        assert!(tickets.len() >= 40, "{}", tickets.len());
        // "Ticket 5: firewall problem on server 5" and every tenth after it.
        let found = cache.list_tickets(&TicketFilter { query: Some("firewall".into()), ..Default::default() }).await.unwrap();
        assert!(found.len() >= 4, "{}", found.len());
        assert!(!cache.schema_deferred().await.unwrap());

        // The next pull goes on from the cursor: not from the start, nothing new.
        let seen = Mutex::new(Vec::new());
        let again = pull_pages(&client, &cache, 50, |p| seen.lock().unwrap().push(p)).await.unwrap();
        assert_eq!((again.requests, again.records), (1, 0));
        assert!(seen.into_inner().unwrap().is_empty());
        server.stop().await.unwrap();
    }

    #[tokio::test]
    async fn a_long_pull_cut_short_leaves_what_it_wrote_searchable() {
        // 22,000 records: the provider fails once more than 11,000 are written.
        let (server, client, cache, _dirs) = with_history(2_000, 10).await;

        let far = tokio::sync::Notify::new();
        let pull = pull_pages(&client, &cache, 1000, |p| {
            if p.records > SEARCH_INLINE_RECORDS + 1_000 {
                far.notify_one();
            }
        });
        let fail = async {
            far.notified().await;
            let res = reqwest::Client::new()
                .put(format!("{}/v1/admin/faults", server.url()))
                .bearer_auth(ADMIN)
                .json(&serde_json::json!({"error_5xx": 1.0}))
                .send()
                .await
                .unwrap();
            assert_eq!(res.status(), 200);
        };
        let (pulled, ()) = tokio::join!(pull, fail);
        assert!(pulled.is_err(), "the provider failed half way");
        // Whatever was written is listed and searchable now, with no task to wait for.
        assert!(!cache.schema_deferred().await.unwrap());
        let listed = cache.list_tickets(&TicketFilter::default()).await.unwrap();
        assert!(listed.len() >= 1_000, "{}", listed.len());
        let found = cache.list_tickets(&TicketFilter { query: Some("firewall".into()), ..Default::default() }).await.unwrap();
        assert!(!found.is_empty());
        server.stop().await.unwrap();
    }
}

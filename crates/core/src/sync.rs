//! The pull: ask the provider for everything changed after the cache's cursor, page by
//! page, each page applied with its cursor in one transaction, until nothing is left.
//! An unchanged pull is one request with an empty page.

pub mod push;

use chrono::Utc;

use crate::provider::{ProviderClient, ProviderError};
use crate::store::Cache;

/// Records per page: big enough that a first sync of years of tickets takes few round
/// trips, small enough that one page's transaction stays short.
pub const PAGE_SIZE: u32 = 1000;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PullReport {
    pub requests: u32,
    pub records: usize,
    /// Time spent waiting for and decoding pages, and writing them, for benchmarks.
    pub fetch: std::time::Duration,
    pub write: std::time::Duration,
}

/// `progress` is told the records pulled so far after each page.
pub async fn pull_all(client: &ProviderClient, cache: &Cache, progress: impl Fn(usize)) -> crate::Result<PullReport> {
    let mut report = PullReport::default();
    let mut cursor = cache.cursor().await?;
    // A provider whose cursor goes back to one it gave in this pull would have us loop
    // for ever: each cursor once.
    let mut seen = std::collections::HashSet::new();
    loop {
        let started = std::time::Instant::now();
        let page = client.pull(&cursor, PAGE_SIZE).await?;
        report.fetch += started.elapsed();
        report.requests += 1;
        report.records += page.len();
        seen.insert(cursor.clone());
        if page.has_more && seen.contains(&page.next_cursor) {
            return Err(ProviderError::InvalidResponse("the pull cursor did not advance".into()).into());
        }
        let started = std::time::Instant::now();
        cache.apply_page(&page, Utc::now()).await?;
        report.write += started.elapsed();
        if page.has_more {
            progress(report.records);
        }
        cursor = page.next_cursor;
        if !page.has_more {
            if report.records > 1000 {
                // A big pull: fold the WAL into the file now rather than in a later write.
                cache.checkpoint().await?;
            }
            return Ok(report);
        }
    }
}

//! The cache's list statements in-process, without the window: the same 100,000 tickets
//! and 1,000,000 messages as bench-list (bench/list-fill.sql), then the first page of the
//! list, the searches and the unread count, each timed as the core runs them (sqlx, the
//! pool, the bundled SQLite). Splits what the list costs in the store from what it costs
//! in the app around it. Figures, not assertions.
//!
//! `bench-cache [FILE]`: reuses FILE when it is already filled (the fill takes ~20 s).

use std::path::PathBuf;
use std::time::Instant;

use anyhow::Result;
use clientarea_core::store::Cache;
use clientarea_core::tickets::TicketFilter;

const QUERIES: [&str; 10] =
    ["disk", "backup failed", "nginx", "invoice vat", "rete lenta", "festplatte", "factura", "timeout 443", "kernel panic", "dns"];

fn percentile(v: &[f64], p: f64) -> f64 {
    let mut s = v.to_vec();
    s.sort_by(|a, b| a.total_cmp(b));
    s[((s.len() as f64 - 1.0) * p).round() as usize]
}

#[tokio::main]
async fn main() -> Result<()> {
    let path = std::env::args().nth(1).map(PathBuf::from).unwrap_or_else(|| std::env::temp_dir().join("clientarea-bench-cache.sqlite"));
    let cache = Cache::open(&path).await?;
    if cache.ticket_page(&TicketFilter::default(), 0, 1).await?.total < 100_000 {
        let t = Instant::now();
        use sqlx::ConnectOptions;
        let mut conn = sqlx::sqlite::SqliteConnectOptions::new().filename(&path).connect().await?;
        sqlx::raw_sql(sqlx::AssertSqlSafe(include_str!("../../../bench/list-fill.sql"))).execute(&mut conn).await?;
        eprintln!("filled {} in {:.1} s", path.display(), t.elapsed().as_secs_f64());
    }
    let mut first = Vec::new();
    let mut unread = Vec::new();
    let mut search = Vec::new();
    for _ in 0..10 {
        let t = Instant::now();
        cache.ticket_page(&TicketFilter::default(), 0, 50).await?;
        first.push(t.elapsed().as_secs_f64() * 1000.0);
        let t = Instant::now();
        cache.unread_tickets().await?;
        unread.push(t.elapsed().as_secs_f64() * 1000.0);
        for q in QUERIES {
            let f = TicketFilter { query: Some(q.into()), ..Default::default() };
            let t = Instant::now();
            cache.ticket_page(&f, 0, 50).await?;
            search.push(t.elapsed().as_secs_f64() * 1000.0);
        }
    }
    println!("BENCH cache_first_page_ms {:.1} ms", percentile(&first, 0.5));
    println!("BENCH cache_unread_count_ms {:.1} ms", percentile(&unread, 0.5));
    println!("BENCH cache_search_p50_ms {:.1} ms", percentile(&search, 0.5));
    println!("BENCH cache_search_p95_ms {:.1} ms", percentile(&search, 0.95));
    Ok(())
}

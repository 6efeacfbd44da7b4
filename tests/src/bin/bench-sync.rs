//! Sync benchmarks against the reference provider on loopback (prints BENCH lines):
//! - the initial sync of 10,000 tickets with 100,000 messages, until the list is whole
//!   and until the search finds it, and its ratio to the floor (medians of three each):
//!   the same pages fetched and their bytes stored with no sync logic; where its time
//!   went (fetch, decode and write overlap; then indexes and checkpoint); the same pages
//!   written alone by the pull's writer; and the fair floor: the same rows into the same
//!   schema with plain inserts and no sync logic, from memory;
//! - an unchanged pull: requests, bytes, time;
//! - a notice published on the provider until the client's event fires, p50 and p95
//!   over 20 notices.
//!
//! Figures, not assertions. Run by bench/run.sh (release build).

use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use clientarea_core::{Engine, EngineConfig, EngineEvent, MemorySecrets};

const TICKETS: usize = 10_000;
const MESSAGES_PER_TICKET: usize = 10;
const ADMIN: &str = "bench";
/// Syncs and floors measured in turn; the figures are their medians.
const RUNS: usize = 3;

#[tokio::main]
async fn main() -> Result<()> {
    let provider_dir = tempfile::tempdir()?;
    let config = clientarea_provider::Config {
        data_dir: Some(provider_dir.path().to_owned()),
        demo: true,
        admin_token: Some(ADMIN.into()),
        rate_limit: clientarea_provider::RateLimit { per_second: 1e6, burst: 1e6 },
        ..Default::default()
    };
    let seeding = Instant::now();
    clientarea_provider::bulk_seed(&config, TICKETS, MESSAGES_PER_TICKET).await?;
    eprintln!("seeded {TICKETS} tickets, {} messages in {:.1} s", TICKETS * MESSAGES_PER_TICKET, seeding.elapsed().as_secs_f64());
    let server = clientarea_provider::spawn("127.0.0.1:0".parse()?, config).await?;
    let url = server.url();

    // The sync through the engine, then the floor, RUNS times in turn (this machine's
    // figures move by a fifth from one run to the next): medians. The sync's time is
    // until the list is whole (the pull returns); a long history's search index is
    // filled after it, timed apart.
    let mut syncs = Vec::new();
    let mut searchable = Vec::new();
    let mut floors = Vec::new();
    let mut kept = None;
    let mut report = Default::default();
    for run in 0..RUNS {
        let dir = tempfile::tempdir()?;
        let engine = Engine::open(EngineConfig {
            data_dir: dir.path().to_owned(),
            secrets: Arc::new(MemorySecrets::default()),
            tuning: Default::default(),
        })
        .await?;
        engine.sign_in(&url, "demo@example.com", "demo").await?;
        let start = Instant::now();
        let cpu = cpu_s();
        report = engine.sync_now().await?;
        let sync_s = start.elapsed().as_secs_f64();
        let sync_cpu = cpu_s() - cpu;
        while engine.sync_state().search_pending {
            anyhow::ensure!(start.elapsed() < Duration::from_secs(120), "the search index was not built in 120 s");
            tokio::time::sleep(Duration::from_millis(2)).await;
        }
        let searchable_s = start.elapsed().as_secs_f64();
        eprintln!(
            "initial sync {run}: {} requests, {} records, {sync_s:.2} s, searchable at {searchable_s:.2} s (overlapping: fetch {:.2} s, \
             decode {:.2} s, write {:.2} s; then indexes {:.2} s, checkpoint {:.2} s; search index after: {})",
            report.requests,
            report.records,
            report.fetch.as_secs_f64(),
            report.decode.as_secs_f64(),
            report.write.as_secs_f64(),
            report.index.as_secs_f64(),
            report.checkpoint.as_secs_f64(),
            report.search_pending,
        );
        // The floor: the same requests, the bytes stored as they come, nothing understood.
        let cpu = cpu_s();
        let floor_s = floor(&url).await?;
        eprintln!("floor {run}: {floor_s:.2} s");
        eprintln!("CPU (this process: the provider and the client, 2 cores): sync {sync_cpu:.2} s, floor {:.2} s", cpu_s() - cpu);
        syncs.push(sync_s);
        searchable.push(searchable_s);
        floors.push(floor_s);
        kept = Some((engine, dir));
    }
    let (engine, _dir) = kept.context("no run")?;
    let sync_s = percentile(&mut syncs, 0.5);
    let searchable_s = percentile(&mut searchable, 0.5);
    let floor_s = percentile(&mut floors, 0.5);
    // The same pages, fetched and decoded first, then written with nothing else running:
    // by the pull's own writer, and as the fair floor.
    let pages = all_pages(&url).await?;
    let write_s = write_alone(&pages).await?;
    let fair_s = fair_floor(&pages).await?;
    drop(pages);
    eprintln!("written alone by the pull's writer: {write_s:.2} s; fair floor (same rows, same schema, no sync logic): {fair_s:.2} s");

    // An unchanged pull.
    let mut times = Vec::new();
    let mut requests = 0;
    for _ in 0..20 {
        let t = Instant::now();
        let r = engine.sync_now().await?;
        times.push(t.elapsed().as_secs_f64() * 1000.0);
        requests = r.requests;
    }
    let noop_bytes = noop_bytes(&url).await?;

    // Notice to event, with the push stream up.
    let mut events = engine.subscribe();
    let push = engine.spawn_push_loop();
    let up = Instant::now();
    while !engine.sync_state().live {
        anyhow::ensure!(up.elapsed() < Duration::from_secs(10), "the push stream did not come up");
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    let http = reqwest::Client::new();
    let mut latencies = Vec::new();
    for i in 0..20 {
        let t = Instant::now();
        let res = http
            .post(format!("{url}/v1/admin/notices"))
            .bearer_auth(ADMIN)
            .json(&serde_json::json!({"kind": "maintenance", "title": format!("Bench notice {i}"), "body": "x",
                                      "customer_email": "demo@example.com"}))
            .send()
            .await?;
        let id = res.json::<serde_json::Value>().await?["id"].as_str().context("notice id")?.to_owned();
        loop {
            let ev = tokio::time::timeout(Duration::from_secs(10), events.recv()).await.context("no event in 10 s")??;
            if matches!(&ev, EngineEvent::NoticePublished { id: got, .. } if *got == id) {
                break;
            }
        }
        latencies.push(t.elapsed().as_secs_f64() * 1000.0);
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    push.abort();

    println!("BENCH initial_sync_10k_s {sync_s:.2} s");
    println!("BENCH initial_sync_floor_s {floor_s:.2} s");
    println!("BENCH initial_sync_floor_ratio {:.2} x", sync_s / floor_s);
    println!("BENCH initial_sync_searchable_s {searchable_s:.2} s");
    println!("BENCH initial_sync_searchable_ratio {:.2} x", searchable_s / floor_s);
    println!("BENCH initial_sync_fetch_s {:.2} s", report.fetch.as_secs_f64());
    println!("BENCH initial_sync_decode_s {:.2} s", report.decode.as_secs_f64());
    println!("BENCH initial_sync_write_s {:.2} s", report.write.as_secs_f64());
    println!("BENCH initial_sync_index_s {:.2} s", report.index.as_secs_f64());
    println!("BENCH initial_sync_checkpoint_s {:.2} s", report.checkpoint.as_secs_f64());
    println!("BENCH initial_sync_write_alone_s {write_s:.2} s");
    println!("BENCH initial_sync_fair_floor_s {fair_s:.2} s");
    println!("BENCH initial_sync_fair_floor_ratio {:.2} x", sync_s / fair_s);
    println!("BENCH noop_pull_requests {requests} requests");
    println!("BENCH noop_pull_bytes {noop_bytes} B");
    println!("BENCH noop_pull_ms {:.1} ms", percentile(&mut times, 0.5));
    println!("BENCH notice_to_event_p50_ms {:.0} ms", percentile(&mut latencies.clone(), 0.5));
    println!("BENCH notice_to_event_p95_ms {:.0} ms", percentile(&mut latencies, 0.95));
    server.stop().await?;
    Ok(())
}

/// CPU time this process has used (user and system), from /proc/self/stat.
fn cpu_s() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // After the command name (in parentheses, which may hold spaces): utime and stime are
    // the 12th and 13th fields, in clock ticks of 1/100 s.
    let fields: Vec<&str> = stat.rsplit_once(')').map(|(_, rest)| rest.split_whitespace().collect()).unwrap_or_default();
    let ticks = |i: usize| fields.get(i).and_then(|f| f.parse::<f64>().ok()).unwrap_or(0.0);
    (ticks(11) + ticks(12)) / 100.0
}

fn percentile(v: &mut [f64], p: f64) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[((v.len() as f64 - 1.0) * p).round() as usize]
}

async fn token(http: &reqwest::Client, url: &str) -> Result<String> {
    let res = http
        .post(format!("{url}/v1/auth/sign-in"))
        .json(&serde_json::json!({"email": "demo@example.com", "password": "demo"}))
        .send()
        .await?;
    Ok(res.json::<serde_json::Value>().await?["token"].as_str().context("token")?.to_owned())
}

#[derive(serde::Deserialize)]
struct PageTail {
    next_cursor: String,
    has_more: bool,
}

/// Fetch every page with the client's page size and store each body in SQLite, one
/// transaction per page: the least any sync of these bytes can cost.
async fn floor(url: &str) -> Result<f64> {
    let http = reqwest::Client::new();
    let token = token(&http, url).await?;
    let dir = tempfile::tempdir()?;
    let opts = sqlx::sqlite::SqliteConnectOptions::new()
        .filename(dir.path().join("floor.sqlite"))
        .create_if_missing(true)
        .journal_mode(sqlx::sqlite::SqliteJournalMode::Wal)
        .synchronous(sqlx::sqlite::SqliteSynchronous::Normal);
    let pool = sqlx::SqlitePool::connect_with(opts).await?;
    sqlx::query("CREATE TABLE pages (body BLOB NOT NULL)").execute(&pool).await?;
    let start = Instant::now();
    let mut cursor = String::new();
    loop {
        let body = http
            .get(format!("{url}/v1/sync"))
            .query(&[("cursor", cursor.as_str()), ("limit", &clientarea_core::sync::PAGE_SIZE.to_string())])
            .bearer_auth(&token)
            .send()
            .await?
            .bytes()
            .await?;
        let mut tx = pool.begin().await?;
        sqlx::query("INSERT INTO pages (body) VALUES (?)").bind(body.as_ref()).execute(&mut *tx).await?;
        tx.commit().await?;
        let tail: PageTail = serde_json::from_slice(&body)?;
        cursor = tail.next_cursor;
        if !tail.has_more {
            break;
        }
    }
    Ok(start.elapsed().as_secs_f64())
}

/// Every page of a first pull, fetched and decoded.
async fn all_pages(url: &str) -> Result<Vec<clientarea_api::SyncPage>> {
    let http = reqwest::Client::new();
    let token = token(&http, url).await?;
    let client = clientarea_core::provider::ProviderClient::new(clientarea_core::provider::parse_provider_url(url)?)?.with_token(token);
    let mut pages = Vec::new();
    let mut cursor = clientarea_api::Cursor::default();
    loop {
        let page = client.pull(&cursor, clientarea_core::sync::PAGE_SIZE).await?;
        cursor = page.next_cursor.clone();
        let more = page.has_more;
        pages.push(page);
        if !more {
            return Ok(pages);
        }
    }
}

/// The pages written into a new cache by the pull's own writer, with nothing else
/// running: from the first page to the search index filled and the WAL folded in.
async fn write_alone(pages: &[clientarea_api::SyncPage]) -> Result<f64> {
    let dir = tempfile::tempdir()?;
    let cache = clientarea_core::store::Cache::open(&dir.path().join("cache.sqlite")).await?;
    let start = Instant::now();
    let mut writer = cache.pull_writer(true).await?;
    let now = chrono::Utc::now();
    for page in pages {
        writer.apply(page, now).await?;
    }
    writer.finish(clientarea_core::store::SearchIndex::Now).await?;
    cache.checkpoint().await?;
    Ok(start.elapsed().as_secs_f64())
}

/// The fair floor: the same rows (tickets, messages, events) into the same schema (the
/// cache's migrations: every index and search trigger), plain multi-row INSERTs, one
/// transaction per page, with no sync logic (no upserts, cursor, ledger, unread marks,
/// pipeline or deferred indexes). Timed from the pages in memory to the last commit.
async fn fair_floor(pages: &[clientarea_api::SyncPage]) -> Result<f64> {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("cache.sqlite");
    clientarea_core::store::Cache::open(&path).await?.close().await;
    let opts = sqlx::sqlite::SqliteConnectOptions::new()
        .filename(&path)
        .journal_mode(sqlx::sqlite::SqliteJournalMode::Wal)
        .synchronous(sqlx::sqlite::SqliteSynchronous::Normal);
    let pool = sqlx::SqlitePool::connect_with(opts).await?;
    let ts = |t: chrono::DateTime<chrono::Utc>| t.to_rfc3339();
    let start = Instant::now();
    for page in pages {
        let mut tx = pool.begin().await?;
        for chunk in page.tickets.chunks(256) {
            let sql =
                values("INSERT INTO tickets (id, number, subject, department, priority, status, created_at, updated_at)", 8, chunk.len());
            let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
            for t in chunk {
                q = q
                    .bind(&t.id)
                    .bind(t.number)
                    .bind(&t.subject)
                    .bind(t.department.as_str())
                    .bind(t.priority.as_str())
                    .bind(t.status.as_str())
                    .bind(ts(t.created_at))
                    .bind(ts(t.updated_at));
            }
            q.execute(&mut *tx).await?;
        }
        for chunk in page.messages.chunks(256) {
            let sql = values("INSERT INTO messages (id, ticket_id, author, author_name, body, created_at)", 6, chunk.len());
            let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
            for m in chunk {
                q = q.bind(&m.id).bind(&m.ticket_id).bind(m.author.as_str()).bind(&m.author_name).bind(&m.body).bind(ts(m.created_at));
            }
            q.execute(&mut *tx).await?;
        }
        for chunk in page.events.chunks(256) {
            let sql = values("INSERT INTO events (id, ticket_id, at, data)", 4, chunk.len());
            let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
            for e in chunk {
                q = q.bind(&e.id).bind(&e.ticket_id).bind(ts(e.at)).bind(serde_json::to_string(&e.kind)?);
            }
            q.execute(&mut *tx).await?;
        }
        tx.commit().await?;
    }
    Ok(start.elapsed().as_secs_f64())
}

/// `head VALUES (?, ...), ...` for `rows` rows of `columns` values.
fn values(head: &str, columns: usize, rows: usize) -> String {
    let row = format!("({})", vec!["?"; columns].join(", "));
    format!("{head} VALUES {}", vec![row; rows].join(", "))
}

/// The body of an unchanged pull, as the provider sends it.
async fn noop_bytes(url: &str) -> Result<usize> {
    let http = reqwest::Client::new();
    let token = token(&http, url).await?;
    let mut cursor = String::new();
    loop {
        let body = http.get(format!("{url}/v1/sync?limit=1000&cursor={cursor}")).bearer_auth(&token).send().await?.bytes().await?;
        let tail: PageTail = serde_json::from_slice(&body)?;
        if !tail.has_more && tail.next_cursor == cursor {
            return Ok(body.len());
        }
        cursor = tail.next_cursor;
    }
}

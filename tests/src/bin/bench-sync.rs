//! Sync benchmarks against the reference provider on loopback (prints BENCH lines):
//! - the initial sync of 10,000 tickets with 100,000 messages, and its ratio to the
//!   floor: the same pages fetched and their bytes stored with no sync logic;
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

    // The sync, through the engine.
    let dir = tempfile::tempdir()?;
    let engine = Engine::open(EngineConfig {
        data_dir: dir.path().to_owned(),
        secrets: Arc::new(MemorySecrets::default()),
        tuning: Default::default(),
    })
    .await?;
    engine.sign_in(&url, "demo@example.com", "demo").await?;
    let start = Instant::now();
    let report = engine.sync_now().await?;
    let sync_s = start.elapsed().as_secs_f64();
    eprintln!(
        "initial sync: {} requests, {} records, {sync_s:.2} s (fetch and decode {:.2} s, write {:.2} s)",
        report.requests,
        report.records,
        report.fetch.as_secs_f64(),
        report.write.as_secs_f64()
    );

    // The floor: the same requests, the bytes stored as they come, nothing understood.
    let floor_s = floor(&url).await?;
    eprintln!("floor: {floor_s:.2} s");

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
    println!("BENCH initial_sync_floor_ratio {:.2} x", sync_s / floor_s);
    println!("BENCH noop_pull_requests {requests} requests");
    println!("BENCH noop_pull_bytes {noop_bytes} B");
    println!("BENCH noop_pull_ms {:.1} ms", percentile(&mut times, 0.5));
    println!("BENCH notice_to_event_p50_ms {:.0} ms", percentile(&mut latencies.clone(), 0.5));
    println!("BENCH notice_to_event_p95_ms {:.0} ms", percentile(&mut latencies, 0.95));
    server.stop().await?;
    Ok(())
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

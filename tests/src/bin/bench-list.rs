//! The ticket list at scale, in the real app: 100,000 tickets and 1,000,000 messages in
//! the cache, then
//! - search p95 through the app's own command path (WebKit → IPC → core → SQLite →
//!   back), timed in the page, over a mix of queries (`search_p95_ms`), and the same FTS5
//!   statement in the sqlite3 shell (`search_sqlite_ratio` = app p95 / shell p95);
//! - the list's mount: from the click on "Tickets" to the rows painted
//!   (`list_mount_ms`, median of 10);
//! - a fast scroll through the list (600 px a frame), the longest frame
//!   (`scroll_max_frame_ms`), beside the longest frame with nothing to do.
//!
//! Run by `bench/run.sh` inside Xvfb and a private D-Bus session. Figures, not
//! assertions: this machine is noisy.

use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{Context, Result, bail};
use clientarea_e2e::{App, AppEnv};
use serde_json::json;

/// How many tickets the cache gets (ten messages each): `BENCH_TICKETS`, 100,000 unless
/// set (the scale table runs 1,000, 10,000 and 100,000).
fn tickets() -> i64 {
    std::env::var("BENCH_TICKETS").ok().and_then(|v| v.parse().ok()).unwrap_or(100_000)
}

/// `1k`, `10k`, `100k`: the figures' suffix.
fn scale() -> String {
    format!("{}k", tickets() / 1000)
}
const QUERIES: [&str; 10] =
    ["disk", "backup failed", "nginx", "invoice vat", "rete lenta", "festplatte", "factura", "timeout 443", "kernel panic", "dns"];
const ROUNDS: usize = 10;

#[tokio::main]
async fn main() -> Result<()> {
    let app_bin = std::env::var("CLIENTAREA_APP_BIN").context("CLIENTAREA_APP_BIN")?;
    let mut env = AppEnv::new()?;
    env.set("CLIENTAREA_DEMO", "1");
    env.app = Some(PathBuf::from(&app_bin));

    // A first start makes the demo account and its cache; then the cache gets its bulk.
    let app = App::launch("list-seed", &env).await?;
    app.wait_attr("[data-testid=sync-status]", "data-state", "online").await?;
    app.quit().await?;
    let cache = find_cache(&env.data_dir)?;
    let filled = Instant::now();
    fill(&cache, tickets()).await?;
    eprintln!("filled {} in {:.1} s", cache.display(), filled.elapsed().as_secs_f64());

    eprintln!("stage: launching on the filled cache");
    let app = App::launch("list", &env).await?;
    app.wait_attr("[data-testid=sync-status]", "data-state", "online").await?;
    app.wait_attr("[data-testid=ticket-scroller]", "data-total", &(tickets() + 4).to_string()).await.ok();

    // Memory at each stage (each process's share on stderr): what grows, and when.
    let stage_pss = |stage: &str| {
        eprintln!("pss: -- {stage}");
        let mib = clientarea_e2e::tree_pss_mib(app.driver_pid()).unwrap_or(f64::NAN);
        eprintln!("pss: {stage}: tree {mib:.0} MiB");
    };
    stage_pss("opened");

    // Search through the command path the list uses.
    eprintln!("stage: searching");
    let times: Vec<f64> = serde_json::from_value(
        app.client
            .execute_async(
                r#"const [queries, rounds, done] = arguments;
                   const invoke = window.__TAURI_INTERNALS__.invoke;
                   (async () => {
                     const times = [];
                     // One round first, not timed: the shell's statements run after these,
                     // on pages this round brought in; each side is then timed warm.
                     for (let r = -1; r < rounds; r++) for (const q of queries) {
                       // What the search box asks, both at once: the tickets and the chat.
                       const t0 = performance.now();
                       await Promise.all([
                         invoke("list_ticket_page", { filter: { status: null, department: null, priority: null, query: q }, offset: 0, limit: 50 }),
                         invoke("search_chats", { query: q }),
                       ]);
                       if (r >= 0) times.push(performance.now() - t0);
                     }
                     return times;
                   })().then(done, (e) => done({ error: String(e && (e.message || e.code) || e) }));"#,
                vec![json!(QUERIES), json!(ROUNDS)],
            )
            .await?,
    )?;
    let app_p95 = percentile(&times, 0.95);
    let mut slowest: Vec<(usize, f64)> = times.iter().copied().enumerate().collect();
    slowest.sort_by(|a, b| b.1.total_cmp(&a.1));
    eprintln!(
        "search: slowest (call #, ms, query) {:?}",
        slowest.iter().take(8).map(|(i, t)| (i, t.round(), QUERIES[i % QUERIES.len()])).collect::<Vec<_>>()
    );
    // The list's first page with no search (what a mount asks for), and the unread counts
    // (asked after every change, for the nav and the tray), through the same path.
    let calls: Vec<Vec<f64>> = serde_json::from_value(
        app.client
            .execute_async(
                r#"const done = arguments[0];
                   const invoke = window.__TAURI_INTERNALS__.invoke;
                   (async () => {
                     const page = [], unread = [], noop = [];
                     for (let r = 0; r < 20; r++) {
                       let t0 = performance.now();
                       await invoke("notifier_state");
                       noop.push(performance.now() - t0);
                       t0 = performance.now();
                       await invoke("list_ticket_page", { filter: { status: null, department: null, priority: null, query: null, sort: "recent" }, offset: 0, limit: 50 });
                       page.push(performance.now() - t0);
                       t0 = performance.now();
                       await invoke("unread_counts");
                       unread.push(performance.now() - t0);
                     }
                     return [page, unread, noop];
                   })().then(done, (e) => done({ error: String(e && (e.message || e.code) || e) }));"#,
                vec![],
            )
            .await?,
    )?;
    let (page_p50, unread_p50) = (percentile(&calls[0], 0.5), percentile(&calls[1], 0.5));
    let noop_p50 = percentile(&calls[2], 0.5);
    eprintln!(
        "search: first page p50 {page_p50:.1} ms, unread counts p50 {unread_p50:.1} ms, a command doing nothing p50 {noop_p50:.1} ms"
    );
    eprintln!("search: app p95 {app_p95:.1} ms");
    stage_pss("searched");
    eprintln!("stage: mounting");
    let shell_p95 = sqlite_shell_p95(&cache)?;

    // Mount: from another view, click "Tickets" and wait for painted rows; ten times, in
    // one script (the page does the clicking, so nothing but the app is timed).
    let mounted = tokio::time::timeout(
        std::time::Duration::from_secs(60),
        app.client.execute_async(
            r#"const done = arguments[0];
               const frame = () => new Promise((r) => requestAnimationFrame(r));
               const until = async (css) => { while (!document.querySelector(css)) await frame(); };
               // Checked after each task, not each frame: when the rows are in the DOM.
               const inDom = async (css) => { while (!document.querySelector(css)) await new Promise((r) => setTimeout(r, 0)); };
               (async () => {
                 const times = [], dom = [];
                 for (let i = 0; i < 10; i++) {
                   document.querySelector("[data-testid=nav-new-ticket]").click();
                   await until("[data-testid=new-ticket]");
                   await frame(); await frame();
                   const t0 = performance.now();
                   document.querySelector("[data-testid=nav-tickets]").click();
                   await inDom("[data-testid=ticket-row]");
                   dom.push(performance.now() - t0);
                   await frame(); await frame();
                   times.push(performance.now() - t0);
                 }
                 return [times, dom];
               })().then(done, (e) => done({ error: String(e) }));"#,
            vec![],
        ),
    )
    .await;
    let Ok(mounted) = mounted else {
        app.screenshot("mount-stuck").await?;
        bail!("the list did not mount within 60 s");
    };
    let [mounts, mounts_dom]: [Vec<f64>; 2] = serde_json::from_value(mounted?)?;

    // The floor of that switch: the same list's DOM as it is now (a static copy, no app
    // behind it), put in place of the view and painted, timed the same way, ten times.
    let floor_switch: Vec<f64> = serde_json::from_value(
        app.client
            .execute_async(
                r#"const done = arguments[0];
                   const frame = () => new Promise((r) => requestAnimationFrame(r));
                   (async () => {
                     const main = document.querySelector("main.content");
                     const copy = document.querySelector("[data-testid=ticket-list]").cloneNode(true);
                     copy.removeAttribute("data-testid");
                     for (const el of copy.querySelectorAll("[data-testid]")) el.removeAttribute("data-testid");
                     const host = main.cloneNode(false);
                     const times = [];
                     for (let i = 0; i < 10; i++) {
                       main.style.display = "none";
                       main.after(host);
                       await frame(); await frame();
                       const t0 = performance.now();
                       host.replaceChildren(copy.cloneNode(true));
                       await frame(); await frame();
                       times.push(performance.now() - t0);
                       host.replaceChildren();
                       host.remove();
                       main.style.display = "";
                       await frame();
                     }
                     return times;
                   })().then(done, (e) => done({ error: String(e) }));"#,
                vec![],
            )
            .await?,
    )?;
    eprintln!("mount: floor switch {:?}", floor_switch.iter().map(|m| m.round()).collect::<Vec<_>>());

    stage_pss("mounted");
    eprintln!("stage: scrolling");
    // Scroll: 240 frames at a given speed, the longest frame. 0 px is the floor: what a
    // frame costs here (Xvfb, software rendering) with nothing to do.
    let mut scroll = Vec::new();
    // The last run has the rows' badges and numbers hidden: what is left is the floor of
    // plain rows of text, to tell our rows' cost from the scrolling itself.
    for (run, px) in [0, 600, 1500, 600].into_iter().enumerate() {
        if run == 3 {
            app.client
                .execute(
                    r#"const s = document.createElement("style"); s.id = "bench-plain";
                       s.textContent = ".ticket-row .meta, .ticket-row .num { display: none !important }";
                       document.head.append(s);"#,
                    vec![],
                )
                .await?;
        }
        let frames: Vec<f64> = serde_json::from_value(
            app.client
                .execute_async(
                    r#"const [px, done] = arguments;
                       const el = document.querySelector("[data-testid=ticket-scroller]");
                       el.scrollTop = 0;
                       const frames = [];
                       let last = performance.now(), n = 0;
                       const step = (now) => {
                         frames.push(now - last); last = now;
                         el.scrollTop += px;
                         if (++n < 240) requestAnimationFrame(step); else done(frames.slice(2));
                       };
                       requestAnimationFrame((now) => { last = now; requestAnimationFrame(step); });"#,
                    vec![json!(px)],
                )
                .await?,
        )?;
        let max = frames.iter().cloned().fold(0.0, f64::max);
        eprintln!(
            "scroll: {px} px a frame, {} frames, p50 {:.1} ms, p95 {:.1} ms, max {max:.0} ms",
            frames.len(),
            percentile(&frames, 0.5),
            percentile(&frames, 0.95)
        );
        scroll.push(max);
    }
    let rows_seen = app.find_all("[data-testid=ticket-row]").await?.len();
    app.screenshot("scrolled").await?;

    eprintln!("mount: painted {:?}", mounts.iter().map(|m| m.round()).collect::<Vec<_>>());
    eprintln!("mount: in the DOM {:?}", mounts_dom.iter().map(|m| m.round()).collect::<Vec<_>>());
    eprintln!("search: {} calls, app p50 {:.2} ms, shell p95 {:.2} ms", times.len(), percentile(&times, 0.5), shell_p95);
    eprintln!("scroll: {rows_seen} rows drawn at the end");
    println!("BENCH search_p95_ms {app_p95:.1} ms");
    println!("BENCH search_sqlite_ratio {:.2}", app_p95 / shell_p95);
    println!("BENCH list_mount_ms {:.0} ms", percentile(&mounts, 0.5));
    println!("BENCH list_mount_dom_ms {:.0} ms", percentile(&mounts_dom, 0.5));
    println!("BENCH list_floor_switch_ms {:.0} ms", percentile(&floor_switch, 0.5));
    println!("BENCH list_mount_floor_ratio {:.2} x", percentile(&mounts, 0.5) / percentile(&floor_switch, 0.5));
    println!("BENCH list_first_page_ms {page_p50:.1} ms");
    println!("BENCH unread_counts_ms {unread_p50:.1} ms");
    println!("BENCH ipc_noop_ms {noop_p50:.1} ms");
    // A hard fling: 600 px a frame is 36,000 px (400 tickets) a second.
    println!("BENCH scroll_max_frame_ms {:.0} ms", scroll[1]);
    println!("BENCH scroll_idle_max_frame_ms {:.0} ms", scroll[0]);
    println!("BENCH scroll_plain_rows_max_frame_ms {:.0} ms", scroll[3]);
    // Memory after opening, searching and scrolling the whole cache, read after the same
    // 1.5 s at rest as bench-launch's `tree_pss_mib` (the steady state a user sees, not
    // the last frame's garbage); its size on disk.
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    eprintln!("pss: -- scrolled");
    let label = scale();
    println!("BENCH tree_pss_{label}_mib {:.0} MiB", clientarea_e2e::tree_pss_mib(app.driver_pid()).unwrap_or(f64::NAN));
    let on_disk: u64 = std::fs::read_dir(cache.parent().context("the cache's folder")?)?
        .filter_map(|e| e.ok()?.metadata().ok())
        .filter(|m| m.is_file())
        .map(|m| m.len())
        .sum();
    println!("BENCH cache_{label}_mib {:.0} MiB", on_disk as f64 / 1048576.0);
    app.quit().await?;
    // A start on this cache, as every day: to the list on screen (median of 3).
    let mut launches = Vec::new();
    for i in 0..3 {
        let app = App::launch(&format!("list-launch-{i}"), &env).await?;
        app.find_soon("[data-testid=ticket-row]").await?;
        launches.push(app.started.elapsed().as_secs_f64() * 1000.0);
        app.wait_attr("[data-testid=sync-status]", "data-state", "online").await?;
        app.quit().await?;
    }
    eprintln!("launch: {:?} ms", launches.iter().map(|m| m.round()).collect::<Vec<_>>());
    println!("BENCH launch_to_list_{label}_ms {:.0} ms", percentile(&launches, 0.5));
    Ok(())
}

fn percentile(v: &[f64], p: f64) -> f64 {
    let mut s = v.to_vec();
    s.sort_by(|a, b| a.total_cmp(b));
    s[((s.len() as f64 - 1.0) * p).round() as usize]
}

fn find_cache(data_dir: &Path) -> Result<PathBuf> {
    for entry in std::fs::read_dir(data_dir.join("accounts"))? {
        let p = entry?.path().join("cache.sqlite");
        if p.exists() {
            return Ok(p);
        }
    }
    bail!("no account cache under {}", data_dir.display())
}

/// `n` tickets with ten messages each (bench/list-fill.sql, written for 100,000), written
/// straight into the cache; the triggers keep the FTS index in step.
async fn fill(cache: &Path, n: i64) -> Result<()> {
    use sqlx::ConnectOptions;
    let mut conn = sqlx::sqlite::SqliteConnectOptions::new().filename(cache).connect().await?;
    // The chat's first (10 chats and 100 messages for each 1,000 tickets), then the rest.
    let script = include_str!("../../../bench/list-fill.sql")
        .replace("FROM ch WHERE i < 9999)", &format!("FROM ch WHERE i < {})", n / 10 - 1))
        .replace("FROM c WHERE i < 99999)", &format!("FROM c WHERE i < {})", n - 1))
        .replace("WHERE i < 100000)", &format!("WHERE i < {n})"))
        .replace("WHERE i < 999999)", &format!("WHERE i < {})", n * 10 - 1));
    sqlx::raw_sql(sqlx::AssertSqlSafe(script)).execute(&mut conn).await?;
    Ok(())
}

/// The app's own search statement (`ticket_search_sql`) with the same parameters, timed
/// by the sqlite3 shell itself: p95 over the same queries and rounds.
fn sqlite_shell_p95(cache: &Path) -> Result<f64> {
    let sql = clientarea_core::store::ticket_search_sql();
    let chat_sql = clientarea_core::store::chat_search_sql();
    let mut script = String::from(".timer on\n.parameter init\n");
    for _ in 0..ROUNDS {
        for q in QUERIES {
            let m = clientarea_core::tickets::fts_query(q).expect("a query");
            script.push_str(&format!(
                ".parameter set ?1 NULL\n.parameter set ?2 NULL\n.parameter set ?3 NULL\n.parameter set ?4 50\n.parameter set ?5 0\n.parameter set ?6 '{}'\n{sql};\n",
                m.replace('\'', "''")
            ));
            // The chat's statement with the same words (?1 the match, ?2 the limit).
            script.push_str(&format!(
                ".parameter set ?1 '{}'\n.parameter set ?2 {}\n{chat_sql};\n",
                m.replace('\'', "''"),
                clientarea_core::store::CHAT_HITS
            ));
        }
    }
    // The script from a file, not a pipe we write while the shell's output fills
    // another: that deadlocks once both pipe buffers are full.
    let file = tempfile::NamedTempFile::new()?;
    std::fs::write(file.path(), &script)?;
    let out = std::process::Command::new("sqlite3")
        .arg(cache)
        .stdin(std::fs::File::open(file.path())?)
        .output()
        .context("running the sqlite3 shell (apt install sqlite3)")?;
    let text = String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    let each: Vec<f64> = text
        .lines()
        .filter_map(|l| l.strip_prefix("Run Time: real "))
        .filter_map(|l| l.split_whitespace().next()?.parse::<f64>().ok())
        .map(|s| s * 1000.0)
        .collect();
    // A search is both statements, one after the other (the app runs them at once).
    let times: Vec<f64> = each.chunks(2).map(|pair| pair.iter().sum()).collect();
    if each.len() != 2 * ROUNDS * QUERIES.len() {
        bail!(
            "the sqlite3 shell gave {} timings, not {}: {}",
            each.len(),
            2 * ROUNDS * QUERIES.len(),
            text.lines().take(5).collect::<Vec<_>>().join(" | ")
        );
    }
    Ok(percentile(&times, 0.95))
}

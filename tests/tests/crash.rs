//! Crash safety: the client is killed with SIGKILL at random points of drafting and
//! sending, 50 times. After every kill the local database passes `PRAGMA
//! integrity_check`, and the draft being written is still there (or, if the kill came
//! just after it was sent, its send is in the outbox); in the end every send that was
//! queued reaches the provider exactly once (through dropped connections too).
//! Needs the private D-Bus session with gnome-keyring that scripts/test.sh sets up.

use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail, ensure};

const RUNS: usize = 50;
const ADMIN: &str = "admin";

fn driver() -> &'static str {
    env!("CARGO_BIN_EXE_outbox-driver")
}

fn cache_file(data: &std::path::Path) -> Result<std::path::PathBuf> {
    let accounts = data.join("accounts");
    for entry in std::fs::read_dir(&accounts)? {
        let p = entry?.path().join("cache.sqlite");
        if p.exists() {
            return Ok(p);
        }
    }
    bail!("no cache under {}", accounts.display())
}

fn integrity(file: &std::path::Path) -> Result<String> {
    let out = Command::new("sqlite3").arg(file).arg("PRAGMA integrity_check;").output().context("running sqlite3")?;
    Ok(String::from_utf8_lossy(&out.stdout).trim().to_owned())
}

/// Run the driver until `kill_after` (then SIGKILL); returns the lines it printed.
fn run_and_kill(data: &std::path::Path, url: &str, run: &str, kill_after: Duration) -> Result<Vec<String>> {
    let mut child = Command::new(driver())
        .args([data.to_str().unwrap_or_default(), url, run])
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()?;
    let stdout = child.stdout.take().context("stdout")?;
    let reader = std::thread::spawn(move || BufReader::new(stdout).lines().map_while(Result::ok).collect::<Vec<_>>());
    let started = Instant::now();
    while started.elapsed() < kill_after {
        if let Some(status) = child.try_wait()? {
            bail!("the driver exited by itself ({status})");
        }
        std::thread::sleep(Duration::from_millis(2));
    }
    child.kill()?; // SIGKILL
    child.wait()?;
    Ok(reader.join().unwrap_or_default())
}

#[tokio::test]
async fn sigkill_fifty_times_loses_nothing_and_sends_once() -> Result<()> {
    if std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_none() {
        bail!("no session bus: run the tests through scripts/test.sh");
    }
    let provider_dir = tempfile::tempdir()?;
    let server = clientarea_e2e::demo_provider(provider_dir.path(), ADMIN).await?;
    let url = server.url();
    let http = reqwest::Client::new();
    let res = http
        .put(format!("{url}/v1/admin/faults"))
        .bearer_auth(ADMIN)
        .json(&serde_json::json!({"drop_after": 0.2, "drop_before": 0.1, "seed": 7}))
        .send()
        .await?;
    ensure!(res.status() == 200);

    let data = tempfile::tempdir()?;
    let mut rng = fastrand::Rng::with_seed(20261122);
    let mut queued: Vec<String> = Vec::new();
    let mut last_draft: Option<String> = None;
    for k in 0..RUNS {
        let kill_after = Duration::from_millis(rng.u64(60..400));
        let data_path = data.path().to_owned();
        let url2 = url.clone();
        let lines = tokio::task::spawn_blocking(move || run_and_kill(&data_path, &url2, &format!("{k:02}"), kill_after)).await??;
        // The draft the previous run was writing when it died is found again, unless the
        // kill came after its send was written (then the send must arrive, below).
        let mut carried = None;
        if let Some(d) = last_draft.take() {
            if lines.iter().any(|l| *l == format!("found-draft {d}")) {
                // Found as it was.
            } else if lines.iter().any(|l| l == "ready") {
                queued.push(d);
            } else {
                // Killed before it looked: the next run tells.
                carried = Some(d);
            }
        }
        for l in &lines {
            if let Some(s) = l.strip_prefix("queued ") {
                queued.push(s.to_owned());
            }
        }
        // A draft saved and not yet queued when the kill came must survive.
        last_draft = match lines.last().and_then(|l| l.strip_prefix("draft ")) {
            Some(last) => Some(last.to_owned()),
            None => carried,
        };
        if let Ok(file) = cache_file(data.path()) {
            let check = integrity(&file)?;
            ensure!(check == "ok", "run {k}: integrity_check says {check}");
        }
    }
    ensure!(queued.len() > RUNS, "the runs queued too little to prove anything: {}", queued.len());

    // Deliver what is left, with the connection faults still on.
    let data_path = data.path().to_owned();
    let url2 = url.clone();
    let out =
        tokio::task::spawn_blocking(move || Command::new(driver()).args([data_path.to_str().unwrap_or_default(), &url2, "drain"]).output())
            .await??;
    ensure!(out.status.success() && String::from_utf8_lossy(&out.stdout).contains("drained"), "drain failed: {out:?}");

    // Every queued send is at the provider exactly once; nothing else is there twice.
    let res = http.put(format!("{url}/v1/admin/faults")).bearer_auth(ADMIN).json(&serde_json::json!({})).send().await?;
    ensure!(res.status() == 200);
    let res = http
        .post(format!("{url}/v1/auth/sign-in"))
        .json(&serde_json::json!({"email": "demo@example.com", "password": "demo"}))
        .send()
        .await?;
    let token = res.json::<serde_json::Value>().await?["token"].as_str().unwrap_or_default().to_owned();
    let mut counts: HashMap<String, usize> = HashMap::new();
    let mut cursor = String::new();
    loop {
        let page: serde_json::Value =
            http.get(format!("{url}/v1/sync?limit=1000&cursor={cursor}")).bearer_auth(&token).send().await?.json().await?;
        for t in page["tickets"].as_array().into_iter().flatten() {
            *counts.entry(t["subject"].as_str().unwrap_or_default().to_owned()).or_default() += 1;
        }
        for m in page["messages"].as_array().into_iter().flatten() {
            let body = m["body"].as_str().unwrap_or_default();
            if body.starts_with("CR-") {
                *counts.entry(body.to_owned()).or_default() += 1;
            }
        }
        cursor = page["next_cursor"].as_str().unwrap_or_default().to_owned();
        if !page["has_more"].as_bool().unwrap_or(false) {
            break;
        }
    }
    for q in &queued {
        ensure!(counts.get(q) == Some(&1), "{q} arrived {:?} times", counts.get(q));
    }
    let twice: Vec<_> = counts.iter().filter(|(k, v)| k.starts_with("CR-") && **v > 1).collect();
    ensure!(twice.is_empty(), "sent twice: {twice:?}");
    let check = integrity(&cache_file(data.path())?)?;
    ensure!(check == "ok", "after the drain: {check}");
    eprintln!("crash test: {} sends queued over {RUNS} kills, each delivered once", queued.len());
    Ok(())
}

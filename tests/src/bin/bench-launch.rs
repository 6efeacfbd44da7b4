//! Launch and memory benchmark: the time from asking WebKitWebDriver for a window to the
//! app's ticket list being shown, and the proportional set size (PSS) of the whole
//! process tree (the app, WebKitWebProcess, WebKitNetworkProcess) once it is shown; the
//! same for the floor, a minimal Tauri window. Prints `BENCH` lines for BENCHMARKS.md.
//!
//! Run by `bench/run.sh` inside Xvfb and a private D-Bus session. Figures, not
//! assertions: this machine is noisy.

use std::path::PathBuf;
use std::time::Duration;

use anyhow::{Context, Result};
use clientarea_e2e::{App, AppEnv};

const RUNS: usize = 5;

#[tokio::main]
async fn main() -> Result<()> {
    let app_bin = std::env::var("CLIENTAREA_APP_BIN").context("CLIENTAREA_APP_BIN")?;
    let floor_bin = std::env::var("CLIENTAREA_FLOOR_BIN").context("CLIENTAREA_FLOOR_BIN")?;

    // The app, with the demo: a first launch seeds the demo provider and the cache; the
    // measured launches open an existing cache, as a user's every day start does.
    let mut env = AppEnv::new()?;
    env.set("CLIENTAREA_DEMO", "1");
    env.app = Some(PathBuf::from(&app_bin));
    measure("warmup", &env, "[data-testid=ticket-row]").await?;
    let app = repeat("app", &env, "[data-testid=ticket-row]").await?;

    let mut env = AppEnv::new()?;
    env.app = Some(PathBuf::from(&floor_bin));
    measure("floor-warmup", &env, "[data-testid=ready]").await?;
    let floor = repeat("floor", &env, "[data-testid=ready]").await?;

    println!("BENCH launch_to_list_ms {:.0} ms", app.0);
    println!("BENCH tree_pss_mib {:.0} MiB", app.1);
    println!("BENCH floor_launch_ms {:.0} ms", floor.0);
    println!("BENCH floor_tree_pss_mib {:.0} MiB", floor.1);
    Ok(())
}

/// Median launch time (ms) and median tree PSS (MiB) over `RUNS` launches.
async fn repeat(name: &str, env: &AppEnv, ready: &str) -> Result<(f64, f64)> {
    let mut times = Vec::new();
    let mut pss = Vec::new();
    for i in 0..RUNS {
        let (t, p) = measure(&format!("{name}-{i}"), env, ready).await?;
        eprintln!("{name} run {i}: {t:.0} ms, {p:.1} MiB");
        times.push(t);
        pss.push(p);
    }
    Ok((median(&mut times), median(&mut pss)))
}

async fn measure(name: &str, env: &AppEnv, ready: &str) -> Result<(f64, f64)> {
    let app = App::launch(name, env).await?;
    app.find(ready).await?;
    let launch_ms = app.started.elapsed().as_secs_f64() * 1000.0;
    // Let the first sync and painting finish, so the memory is the steady state a user
    // sees, then read it. A measuring protocol, not a condition being waited for.
    if ready.contains("ticket-row") {
        app.wait_attr("[data-testid=sync-status]", "data-state", "online").await?;
    }
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let pss = tree_pss_mib(app.driver_pid()).unwrap_or(f64::NAN);
    app.quit().await?;
    Ok((launch_ms, pss))
}

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

/// PSS of every process below `root` except the WebDriver servers, in MiB.
fn tree_pss_mib(root: u32) -> Option<f64> {
    let mut parents = Vec::new();
    for entry in std::fs::read_dir("/proc").ok()?.flatten() {
        let Ok(pid) = entry.file_name().to_string_lossy().parse::<u32>() else { continue };
        let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else { continue };
        let after = stat.rsplit_once(')')?.1;
        let ppid: u32 = after.split_whitespace().nth(1)?.parse().ok()?;
        let comm = stat.split_once('(')?.1.rsplit_once(')')?.0.to_owned();
        parents.push((pid, ppid, comm));
    }
    let mut tree = vec![root];
    let mut i = 0;
    while i < tree.len() {
        let p = tree[i];
        tree.extend(parents.iter().filter(|(_, pp, _)| *pp == p).map(|(pid, _, _)| *pid));
        i += 1;
    }
    let mut kib = 0u64;
    for pid in tree {
        let comm = parents.iter().find(|(p, _, _)| *p == pid).map(|(_, _, c)| c.as_str()).unwrap_or("");
        if comm.starts_with("tauri-driver") || comm.starts_with("WebKitWebDriver") {
            continue;
        }
        let Ok(rollup) = std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup")) else { continue };
        for line in rollup.lines() {
            if let Some(v) = line.strip_prefix("Pss:") {
                kib += v.trim().trim_end_matches("kB").trim().parse::<u64>().unwrap_or(0);
            }
        }
    }
    Some(kib as f64 / 1024.0)
}

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
    let (app, app_page) = repeat("app", &env, "[data-testid=ticket-row]").await?;
    let trace = median_trace("app");

    let mut env = AppEnv::new()?;
    env.app = Some(PathBuf::from(&floor_bin));
    measure("floor-warmup", &env, "[data-testid=ready]").await?;
    let (floor, floor_page) = repeat("floor", &env, "[data-testid=ready]").await?;

    // What a user sees first: the list as it last stood (the kept first screen), then the
    // live one, made by the app.
    println!("BENCH launch_to_first_screen_ms {:.0} ms", app.3);
    println!("BENCH first_screen_floor_ratio {:.2} x", app.3 / floor.0);
    // The page's first paint with content, in ms since its navigation (WebKit's paint
    // timing): with a kept first screen, that copy of the list.
    let paint = |steps: &[(String, f64)]| steps.iter().find(|(s, _)| s == "first-contentful-paint").map_or(f64::NAN, |(_, ms)| *ms);
    println!("BENCH page_first_paint_ms {:.0} ms", paint(&app_page));
    println!("BENCH floor_page_first_paint_ms {:.0} ms", paint(&floor_page));
    println!("BENCH launch_to_list_ms {:.0} ms", app.0);
    println!("BENCH tree_pss_mib {:.0} MiB", app.1);
    println!("BENCH floor_launch_ms {:.0} ms", floor.0);
    println!("BENCH floor_tree_pss_mib {:.0} MiB", floor.1);
    println!("BENCH launch_floor_ratio {:.2} x", app.0 / floor.0);
    println!("BENCH pss_floor_ratio {:.2} x", app.1 / floor.1);
    // The longest gap between two frames from the page's script to 1.5 s after the first
    // sync (the worst of the runs): what startup and sync cost the UI thread at most.
    println!("BENCH startup_longest_frame_ms {:.0} ms", app.2);
    // Where the app's start goes: each step's median, in ms since its process began.
    let mut text = String::from("# step ms_since_process_start (median of the app's runs)\n");
    for (step, ms) in &trace {
        text.push_str(&format!("{step} {ms:.0}\n"));
        println!("BENCH startup_{}_ms {ms:.0} ms", step.replace('-', "_"));
    }
    std::fs::write(clientarea_e2e::artifacts_dir().join("startup-trace.txt"), text)?;
    // The page's side: the navigation's timing and the page's marks (ui/src/lib/shell/api.ts
    // `pageMark`), in ms since the navigation began; the floor's beside them.
    let mut text = String::from("# step app_ms floor_ms (median, ms since the page's navigation began)\n");
    for (step, ms) in &app_page {
        let floor = floor_page.iter().find(|(s, _)| s == step).map_or("-".to_owned(), |(_, f)| format!("{f:.0}"));
        text.push_str(&format!("{step} {ms:.0} {floor}\n"));
    }
    eprint!("page trace:\n{text}");
    std::fs::write(clientarea_e2e::artifacts_dir().join("page-trace.txt"), text)?;
    Ok(())
}

/// Each step's median over the runs, in the order of the first run.
fn median_steps(runs: &[Vec<(String, f64)>]) -> Vec<(String, f64)> {
    let Some(first) = runs.first() else { return Vec::new() };
    first
        .iter()
        .map(|(step, _)| {
            let mut v: Vec<f64> = runs.iter().filter_map(|r| r.iter().find(|(s, _)| s == step).map(|(_, ms)| *ms)).collect();
            (step.clone(), median(&mut v))
        })
        .collect()
}

/// The startup trace of one run: the app's `startup` events in its driver log, in order.
fn startup_trace(name: &str) -> Vec<(String, f64)> {
    let log = std::fs::read_to_string(clientarea_e2e::artifacts_dir().join(format!("{name}-driver.log"))).unwrap_or_default();
    let mut steps = Vec::new();
    for line in log.lines().filter(|l| l.contains("startup")) {
        // Without the terminal colours: `step="setup" ms="12.3"`.
        let mut plain = String::new();
        let mut chars = line.chars();
        while let Some(c) = chars.next() {
            if c == '\u{1b}' {
                for c in chars.by_ref() {
                    if c.is_ascii_alphabetic() {
                        break;
                    }
                }
            } else {
                plain.push(c);
            }
        }
        let field = |key: &str| {
            plain.split(&format!("{key}=")).nth(1).map(|v| v.split_whitespace().next().unwrap_or("").trim_matches('"').to_owned())
        };
        if let (Some(step), Some(Ok(ms))) = (field("step"), field("ms").map(|m| m.parse::<f64>())) {
            steps.push((step, ms));
        }
    }
    steps
}

/// Each step's median over the measured runs of `name`, in the order of the first run.
fn median_trace(name: &str) -> Vec<(String, f64)> {
    let runs: Vec<_> = (0..RUNS).map(|i| startup_trace(&format!("{name}-{i}"))).collect();
    median_steps(&runs)
}

/// Median launch time (ms) and median tree PSS (MiB) over `RUNS` launches.
/// Median launch time (ms), median tree PSS (MiB) and the longest startup frame over
/// the runs (ms; NaN for the floor, which does not watch its frames).
/// With them, the page's steps (median of each over the runs).
/// Last, the time to the first screen (the kept copy of the list, or the live list if
/// none was kept).
type Figures = (f64, f64, f64, f64);
async fn repeat(name: &str, env: &AppEnv, ready: &str) -> Result<(Figures, Vec<(String, f64)>)> {
    let mut times = Vec::new();
    let mut pss = Vec::new();
    let mut frames = Vec::new();
    let mut firsts = Vec::new();
    let mut pages = Vec::new();
    for i in 0..RUNS {
        let ((t, p, f, s), page) = measure(&format!("{name}-{i}"), env, ready).await?;
        eprintln!("{name} run {i}: {t:.0} ms (first screen {s:.0} ms), {p:.1} MiB, longest frame {f:.0} ms");
        times.push(t);
        pss.push(p);
        frames.push(f);
        firsts.push(s);
        pages.push(page);
    }
    Ok(((median(&mut times), median(&mut pss), frames.into_iter().fold(f64::NAN, f64::max), median(&mut firsts)), median_steps(&pages)))
}

async fn measure(name: &str, env: &AppEnv, ready: &str) -> Result<(Figures, Vec<(String, f64)>)> {
    let app = App::launch(name, env).await?;
    // The kept first screen's rows have no test ids (ui/src/lib/shell/firstScreen.ts).
    let first_ms = if ready.contains("ticket-row") {
        app.find_soon(&format!("#first-screen .ticket-row, {ready}")).await?;
        app.started.elapsed().as_secs_f64() * 1000.0
    } else {
        f64::NAN
    };
    app.find_soon(ready).await?;
    let launch_ms = app.started.elapsed().as_secs_f64() * 1000.0;
    let first_ms = if first_ms.is_nan() { launch_ms } else { first_ms };
    // Let the first sync and painting finish, so the memory is the steady state a user
    // sees, then read it. A measuring protocol, not a condition being waited for.
    if ready.contains("ticket-row") {
        app.wait_attr("[data-testid=sync-status]", "data-state", "online").await?;
    }
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let pss = clientarea_e2e::tree_pss_mib(app.driver_pid()).unwrap_or(f64::NAN);
    // The page's own watch of its frames since its script began (ui/src/lib/shell/frames.ts).
    let frame = app.client.execute("return globalThis.longestStartupFrame ? globalThis.longestStartupFrame() : null", vec![]).await?;
    let page: Vec<(String, f64)> = serde_json::from_value(
        app.client
            .execute(
                r#"const out = [];
                   const n = performance.getEntriesByType("navigation")[0];
                   if (n) for (const k of ["responseStart", "responseEnd", "domInteractive", "domContentLoadedEventEnd", "loadEventEnd"]) out.push([k, n[k]]);
                   for (const e of performance.getEntriesByType("paint")) out.push([e.name, e.startTime]);
                   for (const m of performance.getEntriesByType("mark")) out.push([m.name, m.startTime]);
                   return out;"#,
                vec![],
            )
            .await?,
    )
    .unwrap_or_default();
    app.quit().await?;
    Ok(((launch_ms, pss, frame.as_f64().unwrap_or(f64::NAN), first_ms), page))
}

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

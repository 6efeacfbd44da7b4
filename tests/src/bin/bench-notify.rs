//! Publish on the provider → Notify call seen on the session bus, over 20 notices: the
//! real app (release build) signed in to the reference provider on loopback, dunst as
//! the notification daemon, dbus-monitor's own timestamps. Prints `BENCH notify_p50_ms`
//! and `BENCH notify_p95_ms`. Run by bench/run.sh inside Xvfb and a private D-Bus session.

use std::time::{SystemTime, UNIX_EPOCH};

use anyhow::{Context, Result};
use clientarea_e2e::desktop::{Bus, notification_daemon, publish_maintenance};
use clientarea_e2e::{App, AppEnv};

const ADMIN: &str = "bench-admin";
const NOTICES: usize = 20;

#[tokio::main]
async fn main() -> Result<()> {
    let app_bin = std::env::var("CLIENTAREA_APP_BIN").context("CLIENTAREA_APP_BIN")?;
    let _dunst = notification_daemon().await?;
    let (_monitor, bus) = Bus::watch()?;
    let dir = tempfile::tempdir()?;
    let server = clientarea_e2e::demo_provider(dir.path(), ADMIN).await?;
    let url = server.url();
    let mut env = AppEnv::new()?;
    env.set("CLIENTAREA_PROVIDER", &url);
    env.app = Some(app_bin.into());
    let app = App::launch("notify-bench", &env).await?;
    app.sign_in_as_demo().await?;
    app.wait_attr("[data-testid=sync-status]", "data-live", "true").await.ok();

    let mut ms = Vec::new();
    for i in 0..NOTICES {
        let title = format!("Bench notice {i:02}");
        let sent = SystemTime::now().duration_since(UNIX_EPOCH)?.as_secs_f64();
        publish_maintenance(&url, ADMIN, &title).await?;
        bus.wait_for(&title).await?;
        let seen = bus.time_of(&title).context("the Notify call's time")?;
        ms.push((seen - sent) * 1000.0);
    }
    app.quit().await?;
    server.stop().await?;
    ms.sort_by(|a, b| a.total_cmp(b));
    let at = |p: f64| ms[((ms.len() as f64 - 1.0) * p).round() as usize];
    eprintln!("notify: {NOTICES} notices, min {:.1} ms, max {:.1} ms", ms[0], ms[ms.len() - 1]);
    println!("BENCH notify_p50_ms {:.0} ms", at(0.5));
    println!("BENCH notify_p95_ms {:.0} ms", at(0.95));
    Ok(())
}

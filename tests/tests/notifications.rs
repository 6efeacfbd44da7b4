//! Notices become desktop notifications: a real notification daemon (dunst) on the test
//! run's private session bus, and dbus-monitor reading every Notify call on that bus.
//! Publishing through the reference provider's admin API makes the app post one
//! notification, in the UI's language; a restart and a resync post nothing again.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail, ensure};
use clientarea_e2e::{App, AppEnv, DEADLINE, story};

const ADMIN: &str = "e2e-admin";

/// A child process killed when dropped.
struct Guard(Child);
impl Drop for Guard {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Everything dbus-monitor printed of the Notify calls so far.
#[derive(Clone, Default)]
struct Bus(Arc<Mutex<String>>);

impl Bus {
    fn watch() -> Result<(Guard, Bus)> {
        let mut child = Command::new("dbus-monitor")
            .args(["--session", "type='method_call',interface='org.freedesktop.Notifications',member='Notify'"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .context("dbus-monitor (apt install dbus)")?;
        let out = child.stdout.take().context("dbus-monitor output")?;
        let bus = Bus::default();
        let seen = bus.clone();
        std::thread::spawn(move || {
            for line in BufReader::new(out).lines().map_while(Result::ok) {
                seen.0.lock().unwrap().push_str(&line);
                seen.0.lock().unwrap().push('\n');
            }
        });
        Ok((Guard(child), bus))
    }

    fn count(&self, text: &str) -> usize {
        self.0.lock().unwrap().matches(text).count()
    }

    async fn wait_for(&self, text: &str) -> Result<()> {
        let until = Instant::now() + DEADLINE;
        while self.count(text) == 0 {
            if Instant::now() > until {
                bail!("no Notify call with {text:?} within {DEADLINE:?}; the bus saw:\n{}", self.0.lock().unwrap());
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        Ok(())
    }
}

/// dunst, once it owns the notification service's name on this bus.
async fn notification_daemon() -> Result<Guard> {
    let dunst = Guard(Command::new("dunst").args(["-config", "/dev/null"]).stdout(Stdio::null()).stderr(Stdio::null()).spawn().context("dunst")?);
    let until = Instant::now() + DEADLINE;
    loop {
        let out = Command::new("dbus-send")
            .args(["--session", "--print-reply", "--dest=org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner", "string:org.freedesktop.Notifications"])
            .output()?;
        if String::from_utf8_lossy(&out.stdout).contains("boolean true") {
            return Ok(dunst);
        }
        if Instant::now() > until {
            bail!("dunst did not take org.freedesktop.Notifications within {DEADLINE:?}");
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn publish(url: &str, title: &str) -> Result<()> {
    let now = chrono::Utc::now();
    let res = reqwest::Client::new()
        .post(format!("{url}/v1/admin/notices"))
        .bearer_auth(ADMIN)
        .json(&serde_json::json!({
            "kind": "maintenance",
            "title": title,
            "body": "Switches of the storage network are replaced.",
            "customer_email": "demo@example.com",
            "service_ids": ["svc-vps-ams"],
            "starts_at": now + chrono::Duration::hours(20),
            "ends_at": now + chrono::Duration::hours(22),
        }))
        .send()
        .await?;
    ensure!(res.status().is_success(), "publishing: {}", res.status());
    Ok(())
}

#[tokio::test]
async fn a_published_notice_pops_up_once_in_the_ui_language() -> Result<()> {
    let _dunst = notification_daemon().await?;
    let (_monitor, bus) = Bus::watch()?;
    let provider_dir = tempfile::tempdir()?;
    let config = clientarea_provider::Config {
        data_dir: Some(provider_dir.path().to_owned()),
        demo: true,
        admin_token: Some(ADMIN.into()),
        ..Default::default()
    };
    let server = clientarea_provider::spawn("127.0.0.1:0".parse()?, config).await?;
    let url = server.url();
    let mut env = AppEnv::new()?;
    env.set("CLIENTAREA_PROVIDER", &url);

    let app = App::launch("notify", &env).await?;
    story(&app, || async {
        app.type_into("[data-testid=email]", "demo@example.com").await?;
        app.type_into("[data-testid=password]", "demo").await?;
        app.click("[data-testid=sign-in]").await?;
        app.wait_attr("[data-testid=sync-status]", "data-state", "online").await?;
        // English first.
        publish(&url, "E2E storage maintenance one").await?;
        bus.wait_for("Planned maintenance: E2E storage maintenance one").await?;
        ensure!(bus.count("(your time).") == 1, "the body is the localized window: {}", bus.0.lock().unwrap());
        // Then Italian: the next one reads in Italian, summary and body.
        app.select("[data-testid=topbar-language]", "it").await?;
        app.wait_attr("[data-testid=topbar-language]", "value", "it").await.ok();
        publish(&url, "E2E manutenzione due").await?;
        bus.wait_for("Manutenzione programmata: E2E manutenzione due").await?;
        bus.wait_for("(ora locale).").await?;
        // The status view lists them, the customer's own service first.
        app.click("[data-testid=nav-status]").await?;
        app.wait_texts("[data-testid=notice-title]", "the notices are listed", |t| {
            t.iter().any(|s| s == "E2E manutenzione due")
        })
        .await?;
        app.screenshot("status-it").await?;
        Ok(())
    })
    .await?;
    app.quit().await?;

    // A restart: the app pulls again; nothing already announced pops up again. The next
    // notice does, which also proves the app was listening when the old ones would have.
    let app = App::launch("notify-restart", &env).await?;
    story(&app, || async {
        app.wait_attr("[data-testid=sync-status]", "data-state", "online").await?;
        publish(&url, "E2E manutenzione tre").await?;
        bus.wait_for("Manutenzione programmata: E2E manutenzione tre").await?;
        for title in ["E2E storage maintenance one", "E2E manutenzione due", "E2E manutenzione tre"] {
            ensure!(bus.count(title) == 1, "{title} posted once: {}", bus.0.lock().unwrap());
        }
        Ok(())
    })
    .await?;
    app.quit().await?;
    server.stop().await?;
    Ok(())
}

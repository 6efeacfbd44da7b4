//! The tray icon, read as a panel reads it: the app runs on a private session bus where
//! the test serves the panel's side of the tray protocol (StatusNotifierWatcher); the
//! app's indicator registers there, and the test reads its label and its menu over
//! D-Bus. The counts follow what is read and seen, the menu follows the UI's language,
//! and each notice lists the customer's tickets about it.

use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail, ensure};
use clientarea_e2e::desktop::{PrivateBus, PrivateDemo, TrayWatcher, bus_call, publish};
use clientarea_e2e::{App, DEADLINE, story};

const ADMIN: &str = "e2e-admin";
const SUBJECT: &str = "E2E the Amsterdam VPS is unreachable";

/// The number beside a nav entry, 0 when there is none.
async fn nav_count(app: &App, css: &str) -> Result<u32> {
    match app.find_all(css).await?.first() {
        Some(el) => Ok(el.text().await?.trim().parse()?),
        None => Ok(0),
    }
}

struct Indicator<'a> {
    bus: &'a PrivateBus,
    name: String,
    path: String,
}

impl Indicator<'_> {
    fn property(&self, name: &str) -> Result<String> {
        bus_call(
            self.bus,
            &self.name,
            &self.path,
            "org.freedesktop.DBus.Properties.Get",
            &["string:org.kde.StatusNotifierItem", &format!("string:{name}")],
        )
    }

    /// The label beside the icon: the count, or nothing.
    fn label(&self) -> Result<String> {
        let out = self.property("XAyatanaLabel")?;
        let quoted = out.split('"').nth(1).unwrap_or_default();
        Ok(quoted.to_owned())
    }

    /// Every label of the menu, as dbusmenu gives them to the panel.
    fn menu(&self) -> Result<String> {
        let out = self.property("Menu")?;
        let path = out.split('"').nth(1).context("the item names its menu")?.to_owned();
        bus_call(self.bus, &self.name, &path, "com.canonical.dbusmenu.GetLayout", &["int32:0", "int32:-1", "array:string:label"])
    }

    /// Waits until the label and the menu satisfy `check`.
    async fn wait(&self, what: &str, check: impl Fn(&str, &str) -> bool) -> Result<()> {
        let until = Instant::now() + DEADLINE;
        loop {
            let (label, menu) = (self.label()?, self.menu()?);
            if check(&label, &menu) {
                return Ok(());
            }
            if Instant::now() > until {
                bail!("{what}: still not true after {DEADLINE:?}; label {label:?}, menu:\n{menu}");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
}

fn label_for(n: u32) -> String {
    if n == 0 { String::new() } else { n.to_string() }
}

#[tokio::test]
async fn the_tray_counts_what_is_unread_in_the_ui_language() -> Result<()> {
    let PrivateDemo { bus, server, url, env, provider_dir: _dir } = PrivateDemo::start(ADMIN).await?;
    let (_panel, watcher) = TrayWatcher::start(&bus).await?;
    let app = App::launch("tray", &env).await?;
    story(&app, || async {
        app.sign_in_as_demo().await?;
        let (name, path) = watcher.item().await?;
        let tray = Indicator { bus: &bus, name, path };

        // The demo account has unread replies and notices not seen yet: the nav and the
        // tray say the same.
        app.find("[data-testid=nav-new-notices]").await?;
        let tickets = nav_count(&app, "[data-testid=nav-unread-tickets]").await?;
        let notices = nav_count(&app, "[data-testid=nav-new-notices]").await?;
        ensure!(notices > 0, "the demo's notices are new at first");
        tray.wait("the tray shows the nav's counts, in English", |label, menu| {
            label == label_for(tickets + notices)
                && menu.contains("Open Client Area")
                && menu.contains("Quit")
                && menu.contains(&format!("{} new notice", notices))
        })
        .await?;

        // Looking at the status view marks the notices seen.
        app.click("[data-testid=nav-status]").await?;
        app.find("[data-testid=notice-new]").await?;
        app.wait_texts("[data-testid=nav-new-notices]", "no new notices once seen", |t| t.is_empty()).await?;
        tray.wait("the tray drops the seen notices", |label, menu| label == label_for(tickets) && menu.contains("no new notices")).await?;

        // An outage of the customer's VPS, a ticket about it, a staff reply on it.
        app.click("[data-testid=nav-tickets]").await?;
        publish(&url, ADMIN, "outage", "E2E Amsterdam outage").await?;
        let http = reqwest::Client::new();
        let token = clientarea_e2e::customer_token(&url).await?;
        let ticket: serde_json::Value = http
            .post(format!("{url}/v1/tickets"))
            .bearer_auth(&token)
            .header("Idempotency-Key", "e2e-tray-ticket")
            .json(&serde_json::json!({
                "department": "technical",
                "priority": "regular",
                "subject": SUBJECT,
                "body": "No answer on 22 or 443 since a few minutes.",
                "service_id": "svc-vps-ams",
            }))
            .send()
            .await?
            .error_for_status()?
            .json()
            .await?;
        let id = ticket["ticket"]["id"].as_str().with_context(|| format!("the new ticket's id in {ticket}"))?.to_owned();
        http.post(format!("{url}/v1/admin/tickets/{id}/staff-reply"))
            .bearer_auth(ADMIN)
            .json(&serde_json::json!({"author_name": "Marta", "body": "We are on it: a switch in AMS-1 failed.", "resolve": false}))
            .send()
            .await?
            .error_for_status()?;
        app.wait_texts("[data-testid=nav-unread-tickets]", "the reply counts as unread", |t| t == [(tickets + 1).to_string()]).await?;
        app.wait_texts("[data-testid=nav-new-notices]", "the outage is new", |t| t == ["1"]).await?;
        tray.wait("the tray counts the reply and the outage", |label, menu| {
            label == label_for(tickets + 2) && menu.contains("1 new notice")
        })
        .await?;

        // Italian: the menu follows at once.
        app.select("[data-testid=topbar-language]", "it").await?;
        tray.wait("the tray's menu in Italian", |_, menu| {
            menu.contains("Apri Area clienti") && menu.contains("Esci") && menu.contains("1 nuovo avviso")
        })
        .await?;

        // The outage lists the ticket about it; opening it reads the reply.
        app.click("[data-testid=nav-status]").await?;
        app.click(&format!("[data-testid=notice-ticket][data-subject=\"{SUBJECT}\"]")).await?;
        let subject = app.text("[data-testid=detail-subject]").await?;
        ensure!(subject == SUBJECT, "the ticket about the outage opens: {subject:?}");
        // And the ticket names the outage, a way back to it.
        let about = app.text("[data-testid=ticket-notice]").await?;
        ensure!(about == "E2E Amsterdam outage", "the ticket names its outage: {about:?}");
        tray.wait("everything read and seen", |label, _| label == label_for(tickets)).await?;
        app.screenshot("ticket-about-outage-it").await?;
        app.click("[data-testid=ticket-notice]").await?;
        let focused = app.text("[data-testid=notice].focus [data-testid=notice-title]").await?;
        ensure!(focused == "E2E Amsterdam outage", "back to the outage: {focused:?}");
        app.screenshot("status-it").await?;
        Ok(())
    })
    .await?;
    app.quit().await?;
    server.stop().await?;
    Ok(())
}

//! An abuse report close to its deadline and still unanswered: the app reminds the
//! customer with an urgent desktop notification, in the UI's language, once. A real
//! notification daemon (dunst) on the run's session bus, dbus-monitor reading the calls.

use anyhow::{Result, ensure};
use chrono::{Duration, Utc};
use clientarea_e2e::desktop::{Bus, notification_daemon};
use clientarea_e2e::{App, AppEnv, story};

const ADMIN: &str = "e2e-reminders-admin";

async fn admin(url: &str, path: &str, body: serde_json::Value) -> Result<()> {
    let res = reqwest::Client::new().post(format!("{url}{path}")).bearer_auth(ADMIN).json(&body).send().await?;
    ensure!(res.status().is_success(), "{path}: {}", res.status());
    Ok(())
}

#[tokio::test]
async fn an_abuse_report_two_hours_from_its_deadline_is_reminded_once_in_italian() -> Result<()> {
    let _dunst = notification_daemon().await?;
    let (_monitor, bus) = Bus::watch()?;
    let provider_dir = tempfile::tempdir()?;
    let server = clientarea_e2e::demo_provider(provider_dir.path(), ADMIN).await?;
    let url = server.url();
    let mut env = AppEnv::new()?;
    env.set("CLIENTAREA_PROVIDER", &url);

    let app = App::launch("reminders", &env).await?;
    story(&app, || async {
        app.sign_in_as_demo().await?;
        app.select("[data-testid=topbar-language]", "it").await?;
        app.wait_texts("[data-testid=nav-settings]", "the app in Italian", |t| t == ["Impostazioni"]).await?;
        // The report was published the day before (the provider's clock set back) and is
        // due in just under two hours: the 2-hour reminder is due.
        let now = Utc::now();
        admin(&url, "/v1/admin/clock", serde_json::json!({"set_to": now - Duration::hours(22), "advance_seconds": 0})).await?;
        admin(
            &url,
            "/v1/admin/notices",
            serde_json::json!({"kind": "abuse", "title": "E2E spam in uscita", "body": "Rispondere.", "customer_email": "demo@example.com",
                               "respond_by": now + Duration::minutes(119)}),
        )
        .await?;
        bus.wait_for("Segnalazione di abuso: 2 ore per rispondere").await?;
        bus.wait_for("«E2E spam in uscita» non ha ancora una risposta").await?;
        // Pulled again, and a tick later: not said twice.
        app.click("[data-testid=sync-now]").await?;
        app.wait_attr("[data-testid=sync-status]", "data-state", "online").await?;
        ensure!(bus.count("2 ore per rispondere") == 1, "one reminder: {}", bus.text());
        Ok(())
    })
    .await?;
    app.quit().await?;
    server.stop().await
}

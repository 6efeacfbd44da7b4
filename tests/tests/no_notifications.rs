//! When the desktop cannot show notifications, the app says so in its status view, keeps
//! every notice in the app, and stays responsive. Each story runs the app on a session
//! bus of its own with no service files (`PrivateBus`): on the test run's bus, asking
//! for the notification service would start dunst on demand.

use anyhow::{Result, ensure};
use clientarea_e2e::desktop::{PrivateDemo, publish, publish_maintenance};
use clientarea_e2e::{App, story};

const ADMIN: &str = "e2e-admin";

/// The app is still usable: the list answers, a conversation opens.
async fn still_responsive(app: &App) -> Result<()> {
    app.click("[data-testid=nav-tickets]").await?;
    app.click("[data-testid=ticket-row][data-subject=\"VAT number on invoices\"]").await?;
    let subject = app.text("[data-testid=detail-subject]").await?;
    ensure!(subject == "VAT number on invoices", "a conversation opens: {subject:?}");
    Ok(())
}

/// The status view lists these notices, whatever the desktop did with them.
async fn listed(app: &App, titles: [&str; 2]) -> Result<()> {
    app.wait_texts("[data-testid=notice-title]", "the notices are in the app all the same", |t| {
        titles.iter().all(|title| t.iter().any(|s| s == title))
    })
    .await?;
    Ok(())
}

#[tokio::test]
async fn with_no_notification_daemon_the_status_view_says_so_in_the_ui_language() -> Result<()> {
    let PrivateDemo { server, url, env, bus: _bus, provider_dir: _dir } = PrivateDemo::start(ADMIN).await?;
    let app = App::launch("no-daemon", &env).await?;
    story(&app, || async {
        app.sign_in_as_demo().await?;
        app.select("[data-testid=topbar-language]", "it").await?;
        app.click("[data-testid=nav-status]").await?;
        // Said before any notice comes, not after one was missed.
        app.wait_texts("[data-testid=notifier-unavailable]", "the status view says why, in Italian", |t| {
            t.len() == 1 && t[0].starts_with("Su questo desktop non è attivo alcun servizio di notifiche")
        })
        .await?;
        publish_maintenance(&url, ADMIN, "E2E senza demone").await?;
        publish(&url, ADMIN, "abuse", "E2E abuso senza demone").await?;
        listed(&app, ["E2E senza demone", "E2E abuso senza demone"]).await?;
        app.screenshot("status-it").await?;
        still_responsive(&app).await
    })
    .await?;
    app.quit().await?;
    server.stop().await
}

#[tokio::test]
async fn a_notification_daemon_that_never_answers_does_not_hold_the_app() -> Result<()> {
    let PrivateDemo { bus, server, url, env, provider_dir: _dir } = PrivateDemo::start(ADMIN).await?;
    let _hung = bus.hung_notification_daemon().await?;
    let app = App::launch("hung-daemon", &env).await?;
    story(&app, || async {
        app.sign_in_as_demo().await?;
        // Two notices while the daemon holds every call: both listed, the app usable.
        publish(&url, ADMIN, "outage", "E2E outage, daemon hung").await?;
        publish(&url, ADMIN, "abuse", "E2E abuse, daemon hung").await?;
        app.click("[data-testid=nav-status]").await?;
        listed(&app, ["E2E outage, daemon hung", "E2E abuse, daemon hung"]).await?;
        app.wait_texts("[data-testid=notifier-unavailable]", "the status view says the desktop did not answer", |t| {
            t.len() == 1 && t[0].starts_with("The desktop's notification service did not answer")
        })
        .await?;
        still_responsive(&app).await
    })
    .await?;
    app.quit().await?;
    server.stop().await
}

#[tokio::test]
async fn with_no_session_bus_the_app_says_so() -> Result<()> {
    let mut env = clientarea_e2e::AppEnv::new()?;
    env.set("CLIENTAREA_DEMO", "1");
    env.set("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus");
    let app = App::launch("no-bus", &env).await?;
    story(&app, || async {
        app.screenshot("no-bus-start").await?;
        app.wait_attr("[data-testid=sync-status]", "data-state", "online").await?;
        app.click("[data-testid=nav-status]").await?;
        let msg = app.text("[data-testid=notifier-unavailable]").await?;
        ensure!(msg.starts_with("This desktop session has no message bus"), "{msg:?}");
        still_responsive(&app).await
    })
    .await?;
    app.quit().await
}

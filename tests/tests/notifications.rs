//! Notices become desktop notifications: a real notification daemon (dunst) on the test
//! run's private session bus, and dbus-monitor reading every Notify call on that bus.
//! Publishing through the reference provider's admin API makes the app post one
//! notification, in the UI's language; a restart and a resync post nothing again.

use anyhow::{Result, ensure};
use clientarea_e2e::desktop::{Bus, click_notification, close_notifications, notification_daemon, publish, publish_maintenance};
use clientarea_e2e::{App, AppEnv, story};

const ADMIN: &str = "e2e-admin";

#[tokio::test]
async fn a_published_notice_pops_up_once_in_the_ui_language() -> Result<()> {
    let _dunst = notification_daemon().await?;
    let (_monitor, bus) = Bus::watch()?;
    let provider_dir = tempfile::tempdir()?;
    let server = clientarea_e2e::demo_provider(provider_dir.path(), ADMIN).await?;
    let url = server.url();
    let mut env = AppEnv::new()?;
    env.set("CLIENTAREA_PROVIDER", &url);

    let app = App::launch("notify", &env).await?;
    story(&app, || async {
        app.sign_in_as_demo().await?;
        // English first. What dunst shows already (the demo abuse report's reminder, or
        // anything another story left) is closed, so the click below reaches this one.
        app.wait_attr("[data-testid=sync-status]", "data-state", "online").await?;
        close_notifications()?;
        publish_maintenance(&url, ADMIN, "E2E storage maintenance one").await?;
        bus.wait_for("Planned maintenance: E2E storage maintenance one").await?;
        // (dbus-monitor prints the body on a line after the summary's.)
        bus.wait_for("(your time).").await?;
        ensure!(bus.count("(your time).") == 1, "the body is the localized window: {}", bus.text());
        // Clicked on the desktop: the notice opens.
        click_notification().await?;
        app.wait_texts("[data-testid=notice].focus [data-testid=notice-title]", "the clicked notice is shown", |t| {
            t == ["E2E storage maintenance one"]
        })
        .await?;
        // Then Italian: the next one reads in Italian, summary and body.
        app.select("[data-testid=topbar-language]", "it").await?;
        app.shell_speaks("it").await?;
        publish_maintenance(&url, ADMIN, "E2E manutenzione due").await?;
        bus.wait_for("Manutenzione programmata: E2E manutenzione due").await?;
        bus.wait_for("(ora locale).").await?;
        // The status view lists them, the customer's own service first.
        app.click("[data-testid=nav-status]").await?;
        app.wait_texts("[data-testid=notice-title]", "the notices are listed", |t| t.iter().any(|s| s == "E2E manutenzione due")).await?;
        app.screenshot("status-it").await?;

        // Maintenance turned off in the settings: it stays in the app, nothing pops up;
        // an abuse report after it does (so the maintenance was handled before it).
        app.click("[data-testid=nav-settings]").await?;
        app.click("[data-testid=notify-kind-maintenance]").await?;
        app.find("[data-testid=notify-saved]").await?;
        publish_maintenance(&url, ADMIN, "E2E silenziata").await?;
        publish(&url, ADMIN, "abuse", "E2E abuso").await?;
        bus.wait_for("Segnalazione di abuso: E2E abuso").await?;
        ensure!(bus.count("E2E silenziata") == 0, "a kind turned off does not pop up: {}", bus.text());
        // Replies from support pop up only once asked for: the ticket and who answered,
        // never the message.
        clientarea_e2e::staff_reply(&url, ADMIN, "srv-fra-07 unreachable", "Marta", "E2E first reply body").await?;
        app.wait_texts("[data-testid=nav-unread-tickets]", "the reply is in the app", |t| !t.is_empty()).await?;
        app.click("[data-testid=notify-replies]").await?;
        app.find("[data-testid=notify-saved]").await?;
        clientarea_e2e::staff_reply(&url, ADMIN, "srv-fra-07 unreachable", "Marta", "E2E second reply body").await?;
        bus.wait_for("Nuova risposta: srv-fra-07 unreachable").await?;
        bus.wait_for("Marta ha risposto al ticket n. ").await?;
        ensure!(bus.count("Marta ha risposto al ticket n. ") == 1, "one reply announced, the second: {}", bus.text());
        ensure!(bus.count("reply body") == 0, "no message text on the desktop: {}", bus.text());
        // Quiet hours are checked: a time that is not one is named, in Italian.
        app.type_into("[data-testid=quiet-from]", "25:00").await?;
        app.click("[data-testid=quiet-save]").await?;
        let msg = app.text("[data-testid=field-error-quiet-from]").await?;
        ensure!(msg.starts_with("Scrivi l'ora come ore e minuti"), "quiet hours: {msg:?}");
        // The provider's notification addresses: checked, sent, and the provider has them.
        app.type_into("[data-testid=email-invoices]", "billing@").await?;
        app.click("[data-testid=emails-save]").await?;
        let msg = app.text("[data-testid=field-error-notification-emails-invoices]").await?;
        ensure!(msg.starts_with("Questo non è un indirizzo e-mail"), "address: {msg:?}");
        app.find("[data-testid=email-invoices]").await?.send_keys("example.com").await?;
        app.click("[data-testid=emails-save]").await?;
        app.wait_texts("[data-testid=field-error-notification-emails-invoices]", "the address is taken", |t| t.is_empty()).await?;
        let until = std::time::Instant::now() + clientarea_e2e::DEADLINE;
        loop {
            let account: serde_json::Value = reqwest::Client::new()
                .get(format!("{url}/v1/account"))
                .bearer_auth(clientarea_e2e::customer_token(&url).await?)
                .send()
                .await?
                .json()
                .await?;
            if account["notification_emails"]["invoices"] == "billing@example.com" {
                break;
            }
            ensure!(std::time::Instant::now() < until, "the provider never got the address: {account}");
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        app.click("[data-testid=nav-status]").await?;
        app.wait_texts("[data-testid=notice-title]", "the silenced notice is in the app", |t| t.iter().any(|s| s == "E2E silenziata"))
            .await?;
        Ok(())
    })
    .await?;
    app.quit().await?;

    // A restart: the app pulls again; nothing already announced pops up again. The next
    // notice does, which also proves the app was listening when the old ones would have.
    let app = App::launch("notify-restart", &env).await?;
    story(&app, || async {
        app.wait_attr("[data-testid=sync-status]", "data-state", "online").await?;
        // (Maintenance is still turned off: the settings persist. An abuse report comes.)
        publish(&url, ADMIN, "abuse", "E2E abuso tre").await?;
        bus.wait_for("Segnalazione di abuso: E2E abuso tre").await?;
        for title in
            ["E2E storage maintenance one", "E2E manutenzione due", "E2E abuso tre", "E2E abuso", "Nuova risposta: srv-fra-07 unreachable"]
        {
            ensure!(bus.count(&format!("{title}\"")) == 1, "{title} posted once: {}", bus.text());
        }
        Ok(())
    })
    .await?;
    app.quit().await?;
    server.stop().await?;
    Ok(())
}

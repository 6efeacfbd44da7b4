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
        app.shell_speaks("it").await?;
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
        app.sync_now("online").await?;
        ensure!(bus.count("2 ore per rispondere") == 1, "one reminder: {}", bus.text());
        Ok(())
    })
    .await?;
    app.quit().await?;
    server.stop().await
}

/// "Answer this report" from the status view: a ticket prefilled and linked to the report
/// reaches the provider, and the report then says it was answered in time.
#[tokio::test]
async fn an_abuse_report_is_answered_from_the_status_view() -> Result<()> {
    const TITLE: &str = "E2E port scan from your VPS";
    let provider_dir = tempfile::tempdir()?;
    let server = clientarea_e2e::demo_provider(provider_dir.path(), ADMIN).await?;
    let url = server.url();
    let published: serde_json::Value = reqwest::Client::new()
        .post(format!("{url}/v1/admin/notices"))
        .bearer_auth(ADMIN)
        .json(
            &serde_json::json!({"kind": "abuse", "title": TITLE, "body": "Outgoing scans on port 22.", "customer_email": "demo@example.com",
                                  "service_ids": ["svc-vps-ams"], "respond_by": Utc::now() + Duration::hours(3)}),
        )
        .send()
        .await?
        .json()
        .await?;
    let report = published["id"].as_str().unwrap_or_default().to_owned();
    let mut env = AppEnv::new()?;
    env.set("CLIENTAREA_PROVIDER", &url);

    let app = App::launch("answer-report", &env).await?;
    story(&app, || async {
        app.sign_in_as_demo().await?;
        app.click("[data-testid=nav-status]").await?;
        app.click(&format!("[data-testid=notice][data-id=\"{report}\"] [data-testid=notice-answer]")).await?;
        app.find(&format!("[data-testid=answering][data-notice=\"{report}\"]")).await?;
        app.wait_prop("[data-testid=subject]", "value", &format!("Re: {TITLE}")).await?;
        app.type_into("[data-testid=body]", "A compromised container; it is stopped and rebuilt.").await?;
        app.click("[data-testid=submit-ticket]").await?;
        let subject = format!("Re: {TITLE}");
        app.wait_texts("[data-testid=ticket-subject]", "the answer is in the list", |t| t.contains(&subject)).await?;
        app.wait_texts("[data-testid=outbox-item]", "the answer leaves", |t| t.is_empty()).await?;
        app.click("[data-testid=nav-status]").await?;
        app.wait_attr(&format!("[data-testid=notice][data-id=\"{report}\"] [data-testid=notice-answered]"), "data-in-time", "true").await?;
        let said = app.text(&format!("[data-testid=notice][data-id=\"{report}\"] [data-testid=notice-answered]")).await?;
        ensure!(said.starts_with("Answered in time: ticket #"), "the report says so: {said:?}");
        // The demo's other abuse report, on the same service, is not answered by it.
        let others =
            app.find_all(&format!("[data-testid=notice][data-kind=abuse]:not([data-id=\"{report}\"]) [data-testid=notice-ticket]")).await?;
        ensure!(others.is_empty(), "the answer is linked to its report only");
        app.screenshot("answered").await?;
        Ok(())
    })
    .await?;
    app.quit().await?;

    // At the provider: one ticket, linked to the report.
    let list: serde_json::Value = reqwest::Client::new()
        .get(format!("{url}/v1/tickets"))
        .bearer_auth(clientarea_e2e::customer_token(&url).await?)
        .send()
        .await?
        .json()
        .await?;
    let linked: Vec<&serde_json::Value> =
        list["tickets"].as_array().into_iter().flatten().filter(|t| t["notice_id"] == report.as_str()).collect();
    ensure!(linked.len() == 1 && linked[0]["subject"] == format!("Re: {TITLE}").as_str(), "linked at the provider: {list}");
    server.stop().await
}

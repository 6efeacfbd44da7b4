//! A notice the provider publishes in four languages reaches the customer in the UI's:
//! the desktop notification in German while the UI is German (a real notification daemon,
//! dunst, on the run's session bus, dbus-monitor reading every Notify call), and the
//! status view switching to Spanish, then English, the moment the UI does. A notice
//! written in English only says so, in the UI's language, on the desktop and in the view.

use anyhow::{Context, Result, ensure};
use chrono::{Duration, Utc};
use clientarea_e2e::desktop::{Bus, notification_daemon};
use clientarea_e2e::{App, AppEnv, story};

const ADMIN: &str = "e2e-notice-languages-admin";

/// Publish a notice for the demo customer's Amsterdam VPS through the admin API; its id.
async fn publish(url: &str, notice: serde_json::Value) -> Result<String> {
    let res = reqwest::Client::new().post(format!("{url}/v1/admin/notices")).bearer_auth(ADMIN).json(&notice).send().await?;
    ensure!(res.status().is_success(), "publishing: {}", res.status());
    let published: serde_json::Value = res.json().await?;
    published["id"].as_str().map(str::to_owned).context("the published notice has an id")
}

#[tokio::test]
async fn a_notice_in_four_languages_notifies_in_german_and_the_status_view_follows_the_ui() -> Result<()> {
    let _dunst = notification_daemon().await?;
    let (_monitor, bus) = Bus::watch()?;
    let provider_dir = tempfile::tempdir()?;
    let server = clientarea_e2e::demo_provider(provider_dir.path(), ADMIN).await?;
    let url = server.url();
    let mut env = AppEnv::new()?;
    env.set("CLIENTAREA_PROVIDER", &url);

    let app = App::launch("notice-languages", &env).await?;
    story(&app, || async {
        app.sign_in_as_demo().await?;
        app.select("[data-testid=topbar-language]", "de").await?;
        app.wait_texts("[data-testid=nav-settings]", "the app in German", |t| t == ["Einstellungen"]).await?;
        app.shell_speaks("de").await?;

        let now = Utc::now();
        let four = publish(
            &url,
            serde_json::json!({
                "kind": "maintenance", "customer_email": "demo@example.com", "service_ids": ["svc-vps-ams"],
                "starts_at": now + Duration::hours(20), "ends_at": now + Duration::hours(22),
                "title": "E2E storage maintenance", "body": "E2E: switches are replaced.", "default_lang": "en",
                "translations": [
                    {"lang": "it", "title": "E2E manutenzione dello storage", "body": "E2E: sostituiamo gli switch."},
                    {"lang": "de", "title": "E2E Speicherwartung", "body": "E2E: Wir tauschen Switches."},
                    {"lang": "es", "title": "E2E mantenimiento del almacenamiento", "body": "E2E: sustituimos los switches."}
                ]
            }),
        )
        .await?;
        bus.wait_for("Geplante Wartung: E2E Speicherwartung").await?;
        // An English-only notice after it (so the first was handled before it is seen):
        // its title stays English, and the notification says why, in German.
        let english = publish(
            &url,
            serde_json::json!({
                "kind": "outage", "customer_email": "demo@example.com", "service_ids": ["svc-vps-ams"],
                "starts_at": now, "title": "E2E outage written in English only", "body": "E2E: a router failed."
            }),
        )
        .await?;
        bus.wait_for("Ausfall: E2E outage written in English only").await?;
        bus.wait_for("Auf Englisch: Der Anbieter hat diese Meldung nicht übersetzt.").await?;
        ensure!(bus.count("E2E storage maintenance") == 0, "the German notification is all German: {}", bus.text());
        ensure!(bus.count("nicht übersetzt") == 1, "only the English-only notice says it: {}", bus.text());

        // The status view shows each notice in German, the English one said to be English.
        app.click("[data-testid=nav-status]").await?;
        let notice = |id: &str, part: &str| format!("[data-testid=notice][data-id=\"{id}\"] [data-testid={part}]");
        app.wait_texts(&notice(&four, "notice-title"), "the notice in German", |t| t == ["E2E Speicherwartung"]).await?;
        ensure!(app.text(&notice(&four, "notice-body")).await? == "E2E: Wir tauschen Switches.", "its body in German too");
        app.wait_attr(&notice(&four, "notice-title"), "lang", "de").await?;
        ensure!(app.find_all(&notice(&four, "notice-untranslated")).await?.is_empty(), "a translated notice says nothing of it");
        app.wait_texts(&notice(&english, "notice-untranslated"), "the English one says so", |t| {
            t == ["Auf Englisch angezeigt: Der Anbieter hat diese Meldung nicht übersetzt."]
        })
        .await?;
        app.wait_attr(&notice(&english, "notice-title"), "lang", "en").await?;
        app.screenshot("status-de").await?;

        // The UI switches to Spanish: the same view, without leaving it, reads Spanish.
        app.select("[data-testid=topbar-language]", "es").await?;
        app.wait_texts(&notice(&four, "notice-title"), "the notice in Spanish", |t| t == ["E2E mantenimiento del almacenamiento"]).await?;
        ensure!(app.text(&notice(&four, "notice-body")).await? == "E2E: sustituimos los switches.", "its body in Spanish too");
        app.wait_attr(&notice(&four, "notice-title"), "lang", "es").await?;
        app.wait_texts(&notice(&english, "notice-untranslated"), "the fallback said in Spanish", |t| {
            t == ["Se muestra en inglés: el proveedor no ha traducido este aviso."]
        })
        .await?;
        // The provider's demo notices are in Spanish as well, in its own words.
        app.wait_texts("[data-testid=notice-title]", "the demo's maintenance in Spanish", |t| {
            t.iter().any(|s| s == "Mantenimiento de la red de almacenamiento en Ámsterdam")
        })
        .await?;
        app.screenshot("status-es").await?;

        // And English: the English-only notice is no fallback any more.
        app.select("[data-testid=topbar-language]", "en-US").await?;
        app.wait_texts(&notice(&four, "notice-title"), "the notice in English", |t| t == ["E2E storage maintenance"]).await?;
        app.wait_texts("[data-testid=notice-untranslated]", "nothing is a fallback in English", |t| t.is_empty()).await?;
        Ok(())
    })
    .await?;
    app.quit().await?;
    server.stop().await
}

//! The provider stopped: the top bar says so as soon as a send cannot leave, and after
//! the threshold (shortened to 2 s here through CLIENTAREA_FALLBACK_AFTER_SECS) a calm
//! panel offers an e-mail to support. Saved as an .eml, it parses as MIME (Python's
//! `email` package), goes to the provider's support address from the registered one,
//! holds the fields support asks for in German (the UI's language), and carries the
//! diagnostics bundle, which holds no token and no message text.

use std::process::Command;

use anyhow::{Context, Result, ensure};
use clientarea_e2e::{App, AppEnv, story};

const ADMIN: &str = "e2e-fallback-admin";

#[tokio::test]
async fn with_the_provider_stopped_an_email_to_support_is_prepared_in_german() -> Result<()> {
    let provider_dir = tempfile::tempdir()?;
    let server = clientarea_e2e::demo_provider(provider_dir.path(), ADMIN).await?;
    let url = server.url();
    let mut env = AppEnv::new()?;
    env.set("CLIENTAREA_PROVIDER", &url);
    env.set("CLIENTAREA_FALLBACK_AFTER_SECS", "2");
    let app = App::launch("fallback", &env).await?;
    let mut server = Some(server);
    story(&app, || async {
        app.sign_in_as_demo().await?;
        app.select("[data-testid=topbar-language]", "de").await?;
        app.wait_texts("[data-testid=nav-settings]", "the app in German", |t| t == ["Einstellungen"]).await?;
        app.wait_attr("[data-testid=sync-status]", "data-state", "online").await?;
        if let Some(s) = server.take() {
            s.stop().await?;
        }
        // A reply written now cannot leave: the top bar says offline, not "up to date".
        app.click("[data-testid=ticket-row][data-subject=\"VAT number on invoices\"]").await?;
        app.type_into("[data-testid=reply-body]", "Written while the provider is down").await?;
        app.click("[data-testid=reply-send]").await?;
        app.wait_attr("[data-testid=sync-status]", "data-state", "offline").await?;
        // After the threshold: the panel, and the e-mail.
        app.wait_texts("[data-testid=fallback] h2", "the fallback panel in German", |t| t == ["Der Provider ist nicht erreichbar"]).await?;
        app.click("[data-testid=fallback-write]").await?;
        app.wait_texts("[data-testid=fallback-address]", "the support address", |t| {
            t.len() == 1 && t[0].contains("support@provider.example")
        })
        .await?;
        app.select("[data-testid=fallback-service]", "svc-vps-ams").await?;
        app.type_into("[data-testid=fallback-description]", "Die Website antwortet seit 10 Uhr nicht mehr.").await?;
        // The app tries the provider again (here at once, by "sync now"): for the moment
        // of the try the connection says "syncing", and the form being filled in stays.
        let revision = || async {
            let r = app.find("[data-testid=sync-status]").await?.attr("data-revision").await?;
            anyhow::Ok(r.and_then(|r| r.parse::<u64>().ok()).unwrap_or(0))
        };
        let before = revision().await?;
        app.click("[data-testid=sync-now]").await?;
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
        while revision().await? < before + 2 {
            ensure!(std::time::Instant::now() < deadline, "no new try of the provider after sync now");
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        app.wait_attr("[data-testid=sync-status]", "data-state", "offline").await?;
        app.wait_prop("[data-testid=fallback-description]", "value", "Die Website antwortet seit 10 Uhr nicht mehr.").await?;
        app.screenshot("fallback-de").await?;
        app.click("[data-testid=fallback-save]").await?;
        app.wait_texts("[data-testid=fallback-saved]", "the .eml saved", |t| t.len() == 1).await?;
        let path = app.find("[data-testid=fallback-saved]").await?.attr("data-path").await?.context("the path")?;
        ensure!(path.ends_with(".eml"), "{path}");

        // Python's email package reads it as MIME: the headers, the text, the bundle.
        let script = r#"
import email, json, sys
from email import policy
m = email.message_from_binary_file(open(sys.argv[1], 'rb'), policy=policy.default)
body = m.get_body(preferencelist=('plain',)).get_content()
files = [p for p in m.iter_attachments()]
bundle = json.loads(files[0].get_content()) if files else None
print(json.dumps({'to': str(m['To']), 'from': str(m['From']), 'subject': str(m['Subject']), 'body': body,
                  'files': [p.get_filename() for p in files], 'bundle': bundle}))
"#;
        let out = Command::new("python3").args(["-c", script, &path]).output()?;
        ensure!(out.status.success(), "python3 email: {}", String::from_utf8_lossy(&out.stderr));
        let parsed: serde_json::Value = serde_json::from_slice(&out.stdout)?;
        ensure!(parsed["to"].as_str().is_some_and(|t| t.contains("support@provider.example")), "{parsed}");
        ensure!(parsed["from"].as_str().is_some_and(|f| f.contains("demo@example.com")), "from the registered address: {parsed}");
        let subject = parsed["subject"].as_str().unwrap_or_default();
        ensure!(subject.starts_with("Support-Anfrage"), "the subject in German: {subject}");
        let body = parsed["body"].as_str().unwrap_or_default();
        for words in [
            "IP-Adresse des Servers oder Bestellnummer",
            "Bestellnummer: #",
            "Die Website antwortet seit 10 Uhr nicht mehr.",
            "demo@example.com",
        ] {
            ensure!(body.contains(words), "{words:?} in the body:\n{body}");
        }
        ensure!(parsed["files"] == serde_json::json!(["client-area-diagnostics.json"]), "{parsed}");
        let bundle = &parsed["bundle"];
        ensure!(bundle["connection"]["state"] != "online" && bundle["waiting_sends"][0]["kind"] == "reply", "the app's view: {bundle}");
        ensure!(bundle["server_checks"]["target"] == "203.0.113.10", "the collector's checks of the server: {bundle}");
        let text = bundle.to_string();
        ensure!(!text.contains("Written while the provider is down"), "no message text in the bundle: {text}");

        // The provider answers again (the same address, the same data): the reply leaves,
        // and the e-mail being written stays, saying so, until it is closed.
        let addr: std::net::SocketAddr = url.trim_start_matches("http://").parse()?;
        let back = clientarea_e2e::demo_provider_at(provider_dir.path(), ADMIN, addr).await?;
        server = Some(back);
        app.wait_attr("[data-testid=sync-status]", "data-state", "online").await?;
        app.wait_texts("[data-testid=fallback] h2", "the panel says the provider is back", |t| t == ["Der Provider antwortet wieder"])
            .await?;
        app.wait_prop("[data-testid=fallback-description]", "value", "Die Website antwortet seit 10 Uhr nicht mehr.").await?;
        app.click("[data-testid=fallback-close]").await?;
        app.wait_texts("[data-testid=fallback]", "the panel closed", |t| t.is_empty()).await?;
        Ok(())
    })
    .await?;
    app.quit().await?;
    if let Some(s) = server.take() {
        s.stop().await?;
    }
    Ok(())
}

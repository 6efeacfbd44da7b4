//! Accessibility, checked by axe-core (the npm package, injected over WebDriver into the
//! real WebKit window) on every main screen, in the four languages, and in dark mode:
//! no serious or critical violation. Each screen's findings are printed with the
//! element and the rule, so a failure says what to fix.

use anyhow::{Context, Result, bail};
use clientarea_e2e::{App, AppEnv, story};
use serde_json::Value;

/// Run axe on the document as it is; the serious and critical violations, one line each.
async fn audit(app: &App, screen: &str) -> Result<Vec<String>> {
    let result = app
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             axe.run(document, { resultTypes: ['violations'] })
               .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                 .map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' :: ' + n.failureSummary) }))))
               .catch(e => done([{ id: 'axe-error', impact: 'critical', nodes: [String(e)] }]));",
            vec![],
        )
        .await?;
    let found: Vec<String> = result
        .as_array()
        .into_iter()
        .flatten()
        .map(|v: &Value| {
            format!("{screen}: {} ({}) {}", v["id"].as_str().unwrap_or_default(), v["impact"].as_str().unwrap_or_default(), v["nodes"])
        })
        .collect();
    Ok(found)
}

/// The screens, each reached from the nav (and the ticket, the invoice and the chat
/// opened): their names and how to get there.
async fn screens(app: &App, label: &str, out: &mut Vec<String>) -> Result<()> {
    // Each screen: the clicks that reach it, and what shows once its data is there.
    let steps: [(&str, &[&str], &str); 9] = [
        ("tickets", &["[data-testid=nav-tickets]"], "[data-testid=ticket-row]"),
        ("ticket", &["[data-testid=ticket-row]"], "[data-testid=promises]"),
        ("new-ticket", &["[data-testid=nav-new-ticket]"], "[data-testid=new-ticket] [data-testid=attachments-limits]"),
        ("status", &["[data-testid=nav-status]"], "[data-testid=notice]"),
        (
            "invoices",
            &["[data-testid=nav-invoices]", "[data-testid=invoice-open]", "[data-testid=invoice-ask]"],
            "[data-testid=invoice-ask-hours]",
        ),
        ("response-times", &["[data-testid=nav-evidence]"], "[data-testid=evidence-summary]"),
        ("settings", &["[data-testid=nav-settings]"], "[data-testid=background-settings] [data-testid=keep-running]"),
        ("chat", &["[data-testid=nav-tickets]", "[data-testid=chat-open]"], "[data-testid=chat-panel]"),
        ("shortcuts", &[], "[data-testid=shortcuts][open]"),
    ];
    for (screen, clicks, ready) in steps {
        for css in clicks {
            app.click(css).await?;
        }
        if screen == "shortcuts" {
            app.client.execute("document.querySelector('[data-testid=shortcuts]').showModal()", vec![]).await?;
        }
        app.find(ready).await?;
        out.extend(audit(app, &format!("{label} {screen}")).await?);
        if screen == "shortcuts" {
            app.client.execute("document.querySelector('[data-testid=shortcuts]').close()", vec![]).await?;
        }
        if screen == "chat" {
            app.click("[data-testid=chat-close]").await?;
        }
    }
    Ok(())
}

#[tokio::test]
async fn no_serious_or_critical_violation_on_any_screen_in_any_language_light_or_dark() -> Result<()> {
    let axe = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../ui/node_modules/axe-core/axe.min.js"))
        .context("axe-core (npm ci in ui/ installs it)")?;
    let mut env = AppEnv::new()?;
    env.set("CLIENTAREA_DEMO", "1");
    let app = App::launch("a11y", &env).await?;
    let found = story(&app, || async {
        app.wait_texts("[data-testid=ticket-subject]", "the demo tickets", |t| t.len() >= 4).await?;
        app.client.execute(&axe, vec![]).await?;
        let mut found = Vec::new();
        for locale in ["en-US", "it", "de", "es"] {
            app.select("[data-testid=topbar-language]", locale).await?;
            screens(&app, locale, &mut found).await?;
        }
        app.client.execute("document.documentElement.dataset.theme = 'dark'", vec![]).await?;
        // The dark palette is the one in use (each colour is a light-dark() pair).
        let bg = app.client.execute("return getComputedStyle(document.documentElement).backgroundColor", vec![]).await?;
        anyhow::ensure!(bg.as_str() == Some("rgb(21, 25, 31)"), "the dark background, not {bg}");
        screens(&app, "dark", &mut found).await?;
        app.screenshot("dark-settings").await?;
        Ok(found)
    })
    .await?;
    app.quit().await?;
    if !found.is_empty() {
        bail!("{} serious or critical violations:\n{}", found.len(), found.join("\n"));
    }
    Ok(())
}

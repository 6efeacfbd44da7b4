//! The customer's evidence of the provider's promises, in Italian: a ticket whose
//! acknowledgment the provider gave late shows up as missed; the PDF saved to Downloads
//! opens (pdftoppm renders every page) and its text (pdftotext) holds the period's
//! tickets and the Italian headings; the CSV parses with one row per ticket; and "Ask for
//! a credit" opens a Financial ticket that names the missed promise and carries the PDF,
//! which reaches the provider through the outbox.

use std::process::Command;

use anyhow::{Context, Result, ensure};
use clientarea_e2e::{App, AppEnv, customer_token, story};

const ADMIN: &str = "e2e-evidence-admin";

async fn api(url: &str, token: &str, path: &str) -> Result<serde_json::Value> {
    let res = reqwest::Client::new().get(format!("{url}{path}")).bearer_auth(token).send().await?;
    ensure!(res.status().is_success(), "{path}: {}", res.status());
    Ok(res.json().await?)
}

#[tokio::test]
async fn evidence_pdf_csv_and_a_credit_request_in_italian() -> Result<()> {
    let l10n = clientarea_l10n::Localizer::new();
    let provider_dir = tempfile::tempdir()?;
    let server = clientarea_e2e::demo_provider(provider_dir.path(), ADMIN).await?;
    let url = server.url();
    let token = customer_token(&url).await?;

    // The provider says it acknowledged one demo ticket 7 minutes after it came: a
    // promise missed by 5 minutes.
    let tickets = api(&url, &token, "/v1/tickets").await?;
    let all = tickets["tickets"].as_array().context("tickets")?;
    let late = all.iter().find(|t| t["subject"] == "VAT number on invoices").context("the demo ticket")?;
    let (late_id, late_number) = (late["id"].as_str().unwrap_or_default().to_owned(), late["number"].as_i64().unwrap_or_default());
    let created: chrono::DateTime<chrono::Utc> = late["created_at"].as_str().unwrap_or_default().parse()?;
    let res = reqwest::Client::new()
        .post(format!("{url}/v1/admin/tickets/{late_id}/rewrite"))
        .bearer_auth(ADMIN)
        .json(&serde_json::json!({"acknowledged_at": created + chrono::Duration::minutes(7)}))
        .send()
        .await?;
    ensure!(res.status().is_success(), "rewrite: {}", res.status());
    // The period the view starts with (the last 30 days) holds these tickets.
    let recent: Vec<i64> = all
        .iter()
        .filter(|t| {
            t["created_at"]
                .as_str()
                .and_then(|c| c.parse::<chrono::DateTime<chrono::Utc>>().ok())
                .is_some_and(|c| c > chrono::Utc::now() - chrono::Duration::days(29))
        })
        .filter_map(|t| t["number"].as_i64())
        .collect();
    ensure!(recent.contains(&late_number), "the demo ticket is recent: {recent:?}");

    let mut env = AppEnv::new()?;
    env.set("CLIENTAREA_PROVIDER", &url);
    let app = App::launch("evidence", &env).await?;
    story(&app, || async {
        app.sign_in_as_demo().await?;
        app.select("[data-testid=topbar-language]", "it").await?;
        app.click("[data-testid=nav-evidence]").await?;
        app.wait_texts("[data-testid=evidence] h1", "the view in Italian", |t| t == ["Tempi di risposta"]).await?;
        let count = recent.len().to_string();
        app.wait_texts("[data-testid=evidence-tickets]", "the period's tickets", |t| t == [count.as_str()]).await?;
        app.wait_texts("[data-testid=evidence-missed]", "the late acknowledgment", |t| t == ["1"]).await?;
        let row = app.find(&format!("[data-testid=evidence-row][data-number=\"{late_number}\"]")).await?;
        let said = row.text().await?;
        ensure!(said.contains("mancato di 5 minuti"), "the missed promise in Italian: {said:?}");
        app.screenshot("evidence-it").await?;

        // The PDF: saved to Downloads, every page rendered, its text in Italian.
        app.click("[data-testid=evidence-save-pdf]").await?;
        app.wait_texts("[data-testid=evidence-saved]", "the PDF saved", |t| t.len() == 1).await?;
        let pdf = app.find("[data-testid=evidence-saved]").await?.attr("data-path").await?.unwrap_or_default();
        ensure!(pdf.ends_with(".pdf") && std::fs::read(&pdf)?.starts_with(b"%PDF-"), "a PDF: {pdf}");
        let pages = tempfile::tempdir()?;
        let rendered = Command::new("pdftoppm").args(["-r", "50", "-png", &pdf]).arg(pages.path().join("page")).status()?;
        ensure!(rendered.success(), "pdftoppm renders the PDF: {rendered}");
        ensure!(std::fs::read_dir(pages.path())?.count() >= 1, "at least one page");
        let text = Command::new("pdftotext").args(["-layout", &pdf, "-"]).output()?;
        ensure!(text.status.success(), "pdftotext reads the PDF");
        let text = String::from_utf8(text.stdout)?;
        for id in ["report-title", "report-summary-heading", "report-table-heading"] {
            let heading = l10n.format("it", id, None);
            ensure!(text.contains(&heading), "the Italian heading {heading:?} in:\n{text}");
        }
        for n in &recent {
            ensure!(text.contains(&format!("#{n}")), "ticket #{n} in the PDF:\n{text}");
        }

        // The CSV: one row per ticket of the period.
        app.click("[data-testid=evidence-save-csv]").await?;
        let csv_path = wait_for_path(&app, ".csv").await?;
        let mut reader = csv::Reader::from_path(&csv_path)?;
        ensure!(reader.headers()?.len() >= 10, "the header names the columns: {:?}", reader.headers()?);
        let rows = reader.records().collect::<Result<Vec<_>, _>>()?;
        ensure!(rows.len() == recent.len(), "{} rows for {} tickets", rows.len(), recent.len());
        ensure!(rows.iter().any(|r| r.get(0) == Some(late_number.to_string().as_str())), "the late ticket is a row: {rows:?}");

        // Ask for a credit: the new-ticket form, Financial, the PDF attached; sent.
        app.click("[data-testid=evidence-credit]").await?;
        app.wait_texts("[data-testid=crediting]", "the credit request", |t| t.len() == 1).await?;
        app.wait_prop("[data-testid=department-financial]", "checked", "true").await?;
        app.wait_texts("[data-testid=attachments-file]", "the PDF attached", |t| t.len() == 1 && t[0].contains(".pdf")).await?;
        let body = app.find("[data-testid=body]").await?.prop("value").await?.unwrap_or_default();
        ensure!(
            body.contains(&format!("#{late_number}")) && body.contains("conferma di ricezione mancata"),
            "the body names the miss: {body}"
        );
        app.screenshot("credit-it").await?;
        app.click("[data-testid=submit-ticket]").await?;
        app.wait_texts("[data-testid=outbox-item]", "delivered", |t| t.is_empty()).await?;

        // The provider rewrites another ticket's history; "bring everything again" in the
        // settings pulls it, and the ticket's own record keeps what the app saw first,
        // with what the provider says now.
        let slow = all.iter().find(|t| t["subject"] == "VPS running slowly since yesterday").context("the demo ticket")?;
        let slow_created: chrono::DateTime<chrono::Utc> = slow["created_at"].as_str().unwrap_or_default().parse()?;
        let res = reqwest::Client::new()
            .post(format!("{url}/v1/admin/tickets/{}/rewrite", slow["id"].as_str().unwrap_or_default()))
            .bearer_auth(ADMIN)
            .json(&serde_json::json!({"acknowledged_at": slow_created + chrono::Duration::minutes(4)}))
            .send()
            .await?;
        ensure!(res.status().is_success(), "rewrite: {}", res.status());
        app.click("[data-testid=nav-settings]").await?;
        app.click("[data-testid=resync]").await?;
        app.wait_texts("[data-testid=resynced]", "the resync done", |t| t.len() == 1).await?;
        app.click("[data-testid=nav-tickets]").await?;
        app.click("[data-testid=ticket-row][data-subject=\"VPS running slowly since yesterday\"]").await?;
        app.wait_attr("[data-testid=promise-ack]", "data-state", "late").await?;
        app.click("[data-testid=ledger] summary").await?;
        let entries =
            app.wait_texts("[data-testid=ledger-entry][data-what=acknowledged]", "the acknowledgment recorded", |t| t.len() == 1).await?;
        ensure!(entries[0].contains("il provider ora dice"), "what the provider says now, in Italian: {entries:?}");
        app.screenshot("ledger-it").await?;
        Ok(())
    })
    .await?;
    app.quit().await?;

    // At the provider: a Financial ticket asking for the credit, the PDF attached.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    let credit = loop {
        let tickets = api(&url, &token, "/v1/tickets").await?;
        let found = tickets["tickets"].as_array().into_iter().flatten().find(|t| {
            t["department"] == "financial" && t["subject"].as_str().is_some_and(|s| s.starts_with("Credito per interruzione del servizio"))
        });
        if let Some(t) = found {
            break t.clone();
        }
        ensure!(std::time::Instant::now() < deadline, "the credit ticket reached the provider: {tickets}");
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    };
    let detail = api(&url, &token, &format!("/v1/tickets/{}", credit["id"].as_str().unwrap_or_default())).await?;
    let files = detail["messages"][0]["attachments"].as_array().context("attachments")?;
    ensure!(files.len() == 1 && files[0]["content_type"] == "application/pdf", "the PDF went with it: {files:?}");
    server.stop().await
}

/// The saved file's path, once the view says the file with `ext` was saved.
async fn wait_for_path(app: &App, ext: &str) -> Result<String> {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    loop {
        if let Ok(el) = app.find("[data-testid=evidence-saved]").await
            && let Some(path) = el.attr("data-path").await?
            && path.ends_with(ext)
        {
            return Ok(path);
        }
        ensure!(std::time::Instant::now() < deadline, "no {ext} saved");
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

//! Billing in the real window, in Spanish: the invoices view with euro amounts written
//! `1.234,56 €` (the same text the Rust side writes for PDFs and notifications), the
//! overdue invoice first, an invoice's VAT explained; "ask about this invoice" makes one
//! Financial ticket that names it and carries its id, a second ask offers the open ticket
//! instead; and the same offline: queued once, offered while queued, delivered once when
//! the provider is back.

use std::time::{Duration, Instant};

use anyhow::{Context, Result, anyhow, ensure};
use clientarea_e2e::{App, AppEnv, customer_token, demo_provider, story};
use serde_json::Value;

const ADMIN: &str = "billing-admin-token";
const DELIVERY: Duration = Duration::from_secs(30);

async fn invoices(url: &str) -> Result<Vec<Value>> {
    let token = customer_token(url).await?;
    let list: Value =
        reqwest::Client::new().get(format!("{url}/v1/invoices")).bearer_auth(&token).send().await?.error_for_status()?.json().await?;
    list["invoices"].as_array().cloned().ok_or_else(|| anyhow!("no invoices in {list}"))
}

/// The provider's tickets that carry `invoice_id`.
async fn tickets_about(url: &str, invoice_id: &str) -> Result<Vec<Value>> {
    let token = customer_token(url).await?;
    let list: Value =
        reqwest::Client::new().get(format!("{url}/v1/tickets")).bearer_auth(&token).send().await?.error_for_status()?.json().await?;
    Ok(list["tickets"].as_array().into_iter().flatten().filter(|t| t["invoice_id"] == invoice_id).cloned().collect())
}

/// Wait until the provider has exactly one ticket about `invoice_id`, and return it.
async fn one_ticket_about(url: &str, invoice_id: &str) -> Result<Value> {
    let until = Instant::now() + DELIVERY;
    loop {
        let found = tickets_about(url, invoice_id).await?;
        ensure!(found.len() <= 1, "more than one ticket about {invoice_id}: {found:?}");
        if let Some(t) = found.into_iter().next() {
            return Ok(t);
        }
        ensure!(Instant::now() < until, "no ticket about {invoice_id} reached the provider within {DELIVERY:?}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// Text as compared: without Fluent's isolation marks, and with WebDriver's reading of a
/// no-break space (a space: element text is whitespace-normalized by the spec).
fn strip(s: &str) -> String {
    s.replace(['\u{2068}', '\u{2069}'], "").replace('\u{a0}', " ")
}

#[tokio::test]
async fn invoices_in_spanish_and_asking_about_one_once_also_offline() -> Result<()> {
    let provider_dir = tempfile::tempdir()?;
    let server = demo_provider(provider_dir.path(), ADMIN).await?;
    let (addr, url) = (server.addr, server.url());
    let all = invoices(&url).await?;
    // The demo's largest invoice: a year of backup storage with German VAT, over 1,000 €.
    let big = all.iter().max_by_key(|i| i["total_cents"].as_i64().unwrap_or(0)).context("an invoice")?.clone();
    let big_id = big["id"].as_str().unwrap_or_default().to_owned();
    let big_number = big["number"].as_str().unwrap_or_default().to_owned();
    let big_total = clientarea_l10n::money(big["total_cents"].as_i64().unwrap_or(0), "EUR", "es");
    ensure!(big["total_cents"].as_i64().unwrap_or(0) >= 100_000, "the demo has an invoice over 1,000 €: {big}");
    let overdue = all.iter().find(|i| i["status"] == "overdue").context("the demo's overdue invoice")?.clone();
    let overdue_id = overdue["id"].as_str().unwrap_or_default().to_owned();

    let mut env = AppEnv::new()?;
    env.set("CLIENTAREA_PROVIDER", &url);
    let l10n = clientarea_l10n::Localizer::new();
    let app = App::launch("billing", &env).await?;
    story(&app, || async {
        app.sign_in_as_demo().await?;
        app.select("[data-testid=topbar-language]", "es").await?;
        app.click("[data-testid=nav-invoices]").await?;
        let rows = app.wait_texts("[data-testid=invoice-total]", "the invoices", |t| t.len() == all.len()).await?;

        // Euro amounts the Spanish way, grouped: the one written in Rust is the one shown.
        ensure!(big_total.contains('.') && big_total.contains(',') && big_total.ends_with("\u{a0}€"), "1.234,56 € is {big_total:?}");
        ensure!(rows.iter().any(|r| strip(r) == strip(&big_total)), "{big_total:?} among {rows:?}");
        let grouped = rows.iter().filter(|r| r.contains('.')).count();
        ensure!(grouped >= 1, "a total over 1.000 € is grouped: {rows:?}");

        // Overdue first, with its days past due.
        let first = app.find("[data-testid=invoice-row]").await?;
        ensure!(first.attr("data-id").await?.as_deref() == Some(overdue_id.as_str()), "the overdue invoice comes first");
        ensure!(first.attr("data-status").await?.as_deref() == Some("overdue"), "it says overdue");
        let status = strip(&app.text("[data-testid=invoice-row] [data-testid=invoice-status]").await?);
        ensure!(status.starts_with("Vencida"), "overdue in Spanish: {status:?}");

        // The big invoice: its lines, and its VAT with rate, country and rule.
        app.click(&format!("[data-testid=invoice-row][data-id=\"{big_id}\"] [data-testid=invoice-open]")).await?;
        let rule = strip(&app.text("[data-testid=invoice-vat-rule]").await?);
        ensure!(rule.contains("19") && rule.contains("Alemania") && rule.contains("fecha de emisión"), "the VAT explained: {rule:?}");
        ensure!(strip(&app.text("[data-testid=invoice-detail-total]").await?) == strip(&big_total), "the total in the detail");
        ensure!(app.find_all("[data-testid=invoice-line]").await?.len() == big["lines"].as_array().map_or(0, Vec::len), "every line");
        let vat_now = strip(&app.text("[data-testid=vat-now]").await?);
        ensure!(vat_now.contains("Italia") && vat_now.contains("22"), "the customer's rate now: {vat_now:?}");
        app.screenshot("invoices-es").await?;

        // Saved as a PDF (its text in Spanish, the total as on screen), and the year as CSV.
        app.click("[data-testid=invoice-pdf]").await?;
        app.wait_texts("[data-testid=invoice-saved]", "the PDF saved", |t| t.len() == 1).await?;
        let pdf = app.find("[data-testid=invoice-saved]").await?.attr("data-path").await?.unwrap_or_default();
        ensure!(pdf.ends_with(&format!("{big_number}.pdf")), "named after the invoice: {pdf}");
        let text = std::process::Command::new("pdftotext").args(["-layout", &pdf, "-"]).output()?;
        ensure!(text.status.success(), "pdftotext reads the PDF");
        let text = strip(&String::from_utf8_lossy(&text.stdout));
        ensure!(text.contains(&big_number) && text.contains(&strip(&big_total)) && text.contains("Alemania"), "the PDF: {text}");
        let year = &big["issued_on"].as_str().unwrap_or_default()[..4];
        app.click(&format!("[data-testid=invoice-year][data-year=\"{year}\"] [data-testid=invoice-year-csv]")).await?;
        let until = Instant::now() + DELIVERY;
        let csv = loop {
            let path = app.find("[data-testid=invoice-saved]").await?.attr("data-path").await?.unwrap_or_default();
            if path.ends_with(".csv") {
                break std::fs::read_to_string(&path)?;
            }
            ensure!(Instant::now() < until, "the CSV was not saved");
            tokio::time::sleep(Duration::from_millis(100)).await;
        };
        let issued_that_year = all.iter().filter(|i| i["issued_on"].as_str().unwrap_or_default().starts_with(year)).count();
        ensure!(csv.lines().count() == 1 + issued_that_year, "a header and a row per invoice of {year}: {csv}");
        ensure!(csv.contains(&big_number) && csv.contains(&format!("{:.2}", big["total_cents"].as_f64().unwrap_or(0.0) / 100.0)), "{csv}");

        // Ask about it: a Financial ticket naming the invoice, with its id.
        app.click("[data-testid=invoice-ask]").await?;
        let subject = app.find("[data-testid=invoice-ask-subject]").await?.prop("value").await?.unwrap_or_default();
        ensure!(strip(&subject).contains(&big_number) && strip(&subject).contains(&strip(&big_total)), "the subject names it: {subject:?}");
        app.find("[data-testid=invoice-ask-hours]").await?;
        app.click("[data-testid=invoice-ask-send]").await?;
        app.find("[data-testid=invoice-ask-queued]").await?;
        let ticket = one_ticket_about(&url, &big_id).await?;
        ensure!(ticket["department"] == "financial", "{ticket}");
        ensure!(ticket["subject"].as_str().unwrap_or_default().contains(&big_number), "{ticket}");
        app.click("[data-testid=sync-now]").await?;

        // Asking again offers the open ticket, and sends nothing.
        let existing = l10n.format("es", "billing-ask-follow", None);
        app.click("[data-testid=invoice-ask]").await?;
        app.click("[data-testid=invoice-ask-send]").await?;
        app.wait_texts("[data-testid=invoice-ask-follow]", "the open ticket offered", |t| t.len() == 1 && strip(&t[0]) == existing).await?;
        app.screenshot("invoice-ask-again-es").await?;
        ensure!(tickets_about(&url, &big_id).await?.len() == 1, "still one ticket about it");

        // Offline: the overdue invoice, asked about with the provider down, is queued;
        // asked again, the queued ticket is offered.
        server.stop().await?;
        app.click("[data-testid=sync-now]").await?;
        app.wait_attr("[data-testid=sync-status]", "data-state", "offline").await?;
        app.click(&format!("[data-testid=invoice-row][data-id=\"{overdue_id}\"] [data-testid=invoice-open]")).await?;
        app.click("[data-testid=invoice-ask]").await?;
        app.click("[data-testid=invoice-ask-send]").await?;
        app.find("[data-testid=invoice-ask-queued]").await?;
        app.click("[data-testid=invoice-ask]").await?;
        app.click("[data-testid=invoice-ask-send]").await?;
        let queued = l10n.format("es", "billing-ask-existing-queued", None);
        app.wait_texts("[data-testid=invoice-ask-existing] li", "the queued ticket offered", |t| {
            t.len() == 1 && strip(&t[0]).starts_with(&queued)
        })
        .await?;

        // The provider is back: the question is delivered, once.
        let back = clientarea_e2e::demo_provider_at(provider_dir.path(), ADMIN, addr).await?;
        app.click("[data-testid=sync-now]").await?;
        app.wait_attr("[data-testid=sync-status]", "data-state", "online").await?;
        let ticket = one_ticket_about(&url, &overdue_id).await?;
        ensure!(ticket["department"] == "financial", "{ticket}");
        // Settled: a later pull brings nothing new about it.
        app.sync_now("online").await?;
        ensure!(tickets_about(&url, &overdue_id).await?.len() == 1, "delivered once");
        back.stop().await?;
        Ok(())
    })
    .await?;
    app.quit().await
}

//! The outbox panel's three controls, through the window, against the reference provider:
//! sends written while the provider is down are edited and discarded, a send the
//! provider refused is sent again once it can be taken; then what the customer sees and
//! what the provider holds say the same.

use std::time::{Duration, Instant};

use anyhow::{Context, Result, anyhow, bail, ensure};
use clientarea_e2e::{App, AppEnv, DEADLINE, customer_token, demo_provider, story};
use fantoccini::Locator;
use fantoccini::elements::Element;
use serde_json::{Value, json};

const ADMIN: &str = "outbox-admin";
const VAT: &str = "VAT number on invoices";
const SLOW: &str = "VPS running slowly since yesterday";
const FIRST: &str = "E2E: first reply, sent as written";
const SECOND: &str = "E2E: second reply, before the edit";
const SECOND_EDITED: &str = "E2E: second reply, as edited";
const THIRD: &str = "E2E: third reply, discarded";
const GIVEN_UP: &str = "E2E: a ticket given up";

/// Sends tried while the provider was down wait out their backoff (up to a minute) before
/// the next try once it is back: delivery is waited for this long.
const DELIVERY: Duration = Duration::from_secs(90);

/// The outbox items under `scope` (the list or the open ticket), as the customer reads them.
fn items(scope: &str) -> String {
    format!("[data-testid={scope}] [data-testid=outbox-item]")
}

/// The item under `scope` whose text holds `text`, once it is shown.
async fn item(app: &App, scope: &str, text: &str) -> Result<Element> {
    let until = Instant::now() + DEADLINE;
    loop {
        for el in app.find_all(&items(scope)).await? {
            if el.text().await.is_ok_and(|t| t.contains(text)) {
                return Ok(el);
            }
        }
        if Instant::now() > until {
            bail!("no outbox item with {text:?} in {scope} within {DEADLINE:?}");
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Click the control `css` of the item holding `text`, once it offers it (an item being
/// sent offers none until the try is over).
async fn click_in(app: &App, scope: &str, text: &str, css: &str) -> Result<()> {
    let until = Instant::now() + DEADLINE;
    loop {
        let el = item(app, scope, text).await?;
        if let Ok(button) = el.find(Locator::Css(css)).await
            && button.click().await.is_ok()
        {
            return Ok(());
        }
        if Instant::now() > until {
            bail!("the item {text:?} offered no {css} within {DEADLINE:?}");
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn has(el: &Element, css: &str) -> Result<bool> {
    Ok(!el.find_all(Locator::Css(css)).await?.is_empty())
}

/// The provider's ticket named `subject`, as the demo customer reads it (None: no such ticket).
async fn at_provider(url: &str, subject: &str) -> Result<Option<Value>> {
    let http = reqwest::Client::new();
    let token = customer_token(url).await?;
    let list: Value = http.get(format!("{url}/v1/tickets")).bearer_auth(&token).send().await?.error_for_status()?.json().await?;
    let all = list["tickets"].as_array().ok_or_else(|| anyhow!("no tickets in {list}"))?;
    let Some(id) = all.iter().find(|t| t["subject"] == subject).and_then(|t| t["id"].as_str()) else { return Ok(None) };
    Ok(Some(http.get(format!("{url}/v1/tickets/{id}")).bearer_auth(&token).send().await?.error_for_status()?.json().await?))
}

fn bodies(detail: &Value) -> Vec<String> {
    detail["messages"].as_array().into_iter().flatten().filter_map(|m| m["body"].as_str().map(str::to_owned)).collect()
}

/// How often the ticket went to `open` (from any status), by its events.
fn times_opened(detail: &Value) -> usize {
    detail["events"].as_array().into_iter().flatten().filter(|e| e["kind"] == "status_changed" && e["to"] == "open").count()
}

fn count(all: &[String], text: &str) -> usize {
    all.iter().filter(|s| s.contains(text)).count()
}

#[tokio::test]
async fn outbox_edit_discard_and_send_again() -> Result<()> {
    let provider_dir = tempfile::tempdir()?;
    let server = demo_provider(provider_dir.path(), ADMIN).await?;
    let (addr, url) = (server.addr, server.url());
    let mut env = AppEnv::new()?;
    env.set("CLIENTAREA_PROVIDER", &url);

    // Signed in once: the demo tickets are in the cache, the resolved one among them.
    let app = App::launch("outbox-sign-in", &env).await?;
    story(&app, || async {
        app.sign_in_as_demo().await?;
        app.wait_texts("[data-testid=ticket-subject]", "the tickets arrive", |t| t.len() == 4).await?;
        Ok(())
    })
    .await?;
    app.quit().await?;

    // Meanwhile the customer reopens the resolved ticket elsewhere (the app is closed and
    // does not know), and the provider goes down.
    let slow = at_provider(&url, SLOW).await?.context("the demo's resolved ticket")?;
    ensure!(slow["ticket"]["status"] == "resolved", "{slow}");
    let slow_id = slow["ticket"]["id"].as_str().unwrap_or_default().to_owned();
    reqwest::Client::new()
        .post(format!("{url}/v1/tickets/{slow_id}/reopen"))
        .bearer_auth(customer_token(&url).await?)
        .send()
        .await?
        .error_for_status()?;
    server.stop().await?;

    let app = App::launch("outbox", &env).await?;
    story(&app, || async {
        app.wait_texts("[data-testid=ticket-subject]", "the cache is shown offline", |t| t.len() == 4).await?;
        app.wait_attr("[data-testid=sync-status]", "data-state", "offline").await?;

        // "Not solved" on the ticket the cache still shows resolved: queued, nothing to edit.
        app.click(&format!("[data-testid=ticket-row][data-subject=\"{SLOW}\"]")).await?;
        app.wait_texts("[data-testid=detail-status]", "the cache says resolved", |t| t == ["Resolved"]).await?;
        app.click("[data-testid=resolution-not-solved]").await?;
        let answer = item(&app, "ticket-detail", "Say that it is not solved").await?;
        ensure!(answer.attr("data-kind").await?.as_deref() == Some("status"), "a status change");
        ensure!(!has(&answer, "[data-testid=outbox-edit]").await?, "a status change has no words to edit");
        app.click("[data-testid=back]").await?;

        // Three replies to one ticket. The first is tried at once (and waits, the provider
        // being down); the others wait behind it, untried.
        app.click(&format!("[data-testid=ticket-row][data-subject=\"{VAT}\"]")).await?;
        for text in [FIRST, SECOND, THIRD] {
            app.type_into("[data-testid=reply-body]", text).await?;
            app.click("[data-testid=reply-send]").await?;
            item(&app, "ticket-detail", text).await?;
        }
        let scope = items("ticket-detail");
        app.wait_texts(&format!("{scope} [data-testid=outbox-why]"), "the first reply was tried", |t| {
            t.len() == 1 && t[0].contains("The provider cannot be reached")
        })
        .await?;
        // Tried, it may already be at the provider: it can be discarded, not edited.
        let first = item(&app, "ticket-detail", FIRST).await?;
        ensure!(!has(&first, "[data-testid=outbox-edit]").await?, "a tried send offers no edit: {}", first.text().await?);

        // Edit the second: the panel shows the new words.
        click_in(&app, "ticket-detail", SECOND, "[data-testid=outbox-edit]").await?;
        app.wait_prop(&format!("{scope} .edit textarea"), "value", SECOND).await?;
        app.type_into(&format!("{scope} .edit textarea"), SECOND_EDITED).await?;
        app.click(&format!("{scope} .edit button.primary")).await?;
        app.wait_texts(&format!("{scope} .summary"), "the edit is in the outbox", |t| t == [FIRST, SECOND_EDITED, THIRD]).await?;
        // Discard the third: gone from the panel.
        click_in(&app, "ticket-detail", THIRD, "[data-testid=outbox-discard]").await?;
        app.wait_texts(&format!("{scope} .summary"), "the third is discarded", |t| t == [FIRST, SECOND_EDITED]).await?;
        app.screenshot("edited-and-discarded").await?;

        // A new ticket written offline, tried, then given up.
        app.click("[data-testid=nav-new-ticket]").await?;
        app.type_into("[data-testid=subject]", GIVEN_UP).await?;
        app.type_into("[data-testid=body]", "Written while the provider was down, then given up.").await?;
        app.click("[data-testid=submit-ticket]").await?;
        app.click("[data-testid=nav-tickets]").await?;
        let list = items("ticket-list");
        app.wait_texts(&format!("{list} .summary"), "everything waits in the list's outbox", |t| {
            t.len() == 4 && t.iter().any(|s| s == GIVEN_UP)
        })
        .await?;
        click_in(&app, "ticket-list", GIVEN_UP, "[data-testid=outbox-discard]").await?;
        app.wait_texts(&format!("{list} .summary"), "the ticket is discarded", |t| !t.iter().any(|s| s == GIVEN_UP) && t.len() == 3)
            .await?;

        // The provider is back. The replies leave; the answer to the ticket is refused,
        // since the ticket is no longer resolved there, and stays, saying why.
        let back = clientarea_e2e::demo_provider_at(provider_dir.path(), ADMIN, addr).await?;
        app.click("[data-testid=sync-now]").await?;
        app.wait_attr("[data-testid=sync-status]", "data-state", "online").await?;
        let until = Instant::now() + DELIVERY;
        loop {
            let shown = app.find_all(&list).await?;
            let mut states = Vec::new();
            for el in &shown {
                // An item redrawn meanwhile is read again next round.
                states.push((el.attr("data-kind").await.ok().flatten(), el.attr("data-state").await.ok().flatten()));
            }
            if states == [(Some("status".to_owned()), Some("failed".to_owned()))] {
                break;
            }
            ensure!(Instant::now() < until, "after {DELIVERY:?} the outbox holds {states:?}, not the refused answer alone");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let why = app.text(&format!("{list} [data-testid=outbox-why]")).await?;
        ensure!(
            why.starts_with("The provider did not accept it. Send it again later, or discard it.")
                && why.contains("Only a resolved ticket waits for the customer's confirmation"),
            "why: {why:?}"
        );
        let refused = item(&app, "ticket-list", "Say that it is not solved").await?;
        ensure!(refused.text().await?.contains("Not sent"), "{}", refused.text().await?);
        ensure!(has(&refused, "[data-testid=outbox-resend]").await? && has(&refused, "[data-testid=outbox-discard]").await?);
        ensure!(!has(&refused, "[data-testid=outbox-edit]").await?, "a status change has no words to edit");
        app.screenshot("refused").await?;

        // What arrived: the first reply and the edited second, once each; nothing of the
        // second as first written, of the third, or of the ticket given up.
        app.click(&format!("[data-testid=ticket-row][data-subject=\"{VAT}\"]")).await?;
        let messages = app
            .wait_texts("[data-testid=ticket-detail] [data-testid=message-body]", "the replies are in the conversation", |t| {
                t.iter().any(|m| m == SECOND_EDITED)
            })
            .await?;
        ensure!(count(&messages, FIRST) == 1 && count(&messages, SECOND_EDITED) == 1, "{messages:?}");
        ensure!(count(&messages, SECOND) == 0 && count(&messages, THIRD) == 0, "{messages:?}");
        ensure!(app.find_all(&items("ticket-detail")).await?.is_empty(), "nothing of this ticket waits");
        let vat = at_provider(&url, VAT).await?.context("the VAT ticket")?;
        let held = bodies(&vat);
        ensure!(count(&held, FIRST) == 1 && count(&held, SECOND_EDITED) == 1, "the provider holds {held:?}");
        ensure!(count(&held, SECOND) == 0 && count(&held, THIRD) == 0, "the provider holds {held:?}");
        ensure!(at_provider(&url, GIVEN_UP).await?.is_none(), "the discarded ticket never reached the provider");
        app.click("[data-testid=back]").await?;

        // Support resolves the ticket again; the refused answer, sent again, is taken once.
        let res = reqwest::Client::new()
            .post(format!("{url}/v1/admin/tickets/{slow_id}/staff-reply"))
            .bearer_auth(ADMIN)
            .json(&json!({"author_name": "Anna", "body": "Fixed again, please confirm.", "resolve": true}))
            .send()
            .await?
            .error_for_status()?;
        let resolved: Value = res.json().await?;
        ensure!(resolved["ticket"]["status"] == "resolved", "{resolved}");
        app.click(&format!("[data-testid=ticket-row][data-subject=\"{SLOW}\"]")).await?;
        app.wait_texts("[data-testid=message-body]", "support's reply arrives", |t| t.iter().any(|m| m == "Fixed again, please confirm."))
            .await?;
        click_in(&app, "ticket-detail", "Say that it is not solved", "[data-testid=outbox-resend]").await?;
        app.wait_texts(&items("ticket-detail"), "the answer leaves the outbox", |t| t.is_empty()).await?;
        app.wait_texts("[data-testid=detail-status]", "not solved: reopened", |t| t == ["Open"]).await?;
        let slow = at_provider(&url, SLOW).await?.context("the resolved ticket")?;
        ensure!(slow["ticket"]["status"] == "open", "{}", slow["ticket"]);
        ensure!(times_opened(&slow) == times_opened(&resolved) + 1, "reopened once by the answer sent again: {}", slow["events"]);
        app.click("[data-testid=back]").await?;
        app.wait_texts(&list, "nothing waits any more", |t| t.is_empty()).await?;
        back.stop().await?;
        Ok(())
    })
    .await?;
    app.quit().await
}

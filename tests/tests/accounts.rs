//! Several accounts in one app, and a desktop without a keyring: the real app in WebKit
//! against two reference providers on loopback.

use anyhow::{Context, Result, anyhow, ensure};
use clientarea_core::SecretStore;
use clientarea_e2e::desktop::PrivateBus;
use clientarea_e2e::{App, AppEnv, customer_token, demo_provider, staff_reply, story};

const ADMIN: &str = "e2e-accounts-admin";
/// A ticket only the second provider has: it tells the two accounts apart on screen.
const ONLY_AT_B: &str = "E2E: only at the second provider";
const DRAFT_IN_B: &str = "E2E: a draft kept in the second account";

/// Open a ticket as the demo customer, through the provider's API.
async fn open_ticket(url: &str, subject: &str) -> Result<()> {
    let res = reqwest::Client::new()
        .post(format!("{url}/v1/tickets"))
        .bearer_auth(customer_token(url).await?)
        .header("Idempotency-Key", format!("e2e-{}", fastrand::u64(..)))
        .json(&serde_json::json!({
            "department": "technical",
            "priority": "regular",
            "subject": subject,
            "body": "Only this provider has it.",
            "attachment_ids": [],
        }))
        .send()
        .await?;
    ensure!(res.status().is_success(), "opening a ticket: {}", res.status());
    Ok(())
}

/// What the provider says of a token: the HTTP status of `GET /v1/account` with it.
async fn token_status(url: &str, token: &str) -> Result<u16> {
    Ok(reqwest::Client::new().get(format!("{url}/v1/account")).bearer_auth(token).send().await?.status().as_u16())
}

/// The id of the account on screen, from the switcher.
async fn current_account(app: &App) -> Result<String> {
    app.find("[data-testid=account-current]").await?.attr("data-account").await?.ok_or_else(|| anyhow!("no account on screen"))
}

async fn switch_to(app: &App, id: &str) -> Result<()> {
    app.click("[data-testid=account-current]").await?;
    app.click(&format!("[data-testid=account-{id}]")).await?;
    app.wait_attr("[data-testid=account-current]", "data-account", id).await
}

/// Two providers, one account at each: both signed in side by side, each with its own
/// tickets and drafts, the one in the background still syncing (its new reply counts on
/// the switcher); sign-out revokes the token at the provider; the one left reopens alone.
#[tokio::test]
async fn two_accounts_of_two_providers_side_by_side() -> Result<()> {
    let (dir_a, dir_b) = (tempfile::tempdir()?, tempfile::tempdir()?);
    let a = demo_provider(dir_a.path(), ADMIN).await?;
    let b = demo_provider(dir_b.path(), ADMIN).await?;
    open_ticket(&b.url(), ONLY_AT_B).await?;
    let mut env = AppEnv::new()?;
    env.set("CLIENTAREA_PROVIDER", &a.url());

    let app = App::launch("accounts", &env).await?;
    let (id_a, id_b) = story(&app, || async {
        app.sign_in_as_demo().await?;
        app.wait_texts("[data-testid=ticket-subject]", "the first provider's tickets", |t| t.len() == 4).await?;
        let id_a = current_account(&app).await?;

        // A second account, at the other provider, from the switcher.
        app.click("[data-testid=account-current]").await?;
        app.click("[data-testid=account-add]").await?;
        app.find("[data-testid=welcome-cancel]").await?;
        app.type_into("[data-testid=provider-url]", &b.url()).await?;
        app.sign_in_as_demo().await?;
        app.wait_texts("[data-testid=ticket-subject]", "the second provider's tickets", |t| {
            t.len() == 5 && t.iter().any(|s| s == ONLY_AT_B)
        })
        .await?;
        let id_b = current_account(&app).await?;
        ensure!(id_a != id_b, "two accounts, two ids");

        // A draft in the second account, then the first account on screen: its own list,
        // and its own (empty) new-ticket form.
        app.click("[data-testid=nav-new-ticket]").await?;
        app.type_into("[data-testid=subject]", DRAFT_IN_B).await?;
        switch_to(&app, &id_a).await?;
        app.wait_texts("[data-testid=ticket-subject]", "the first account's list again", |t| {
            t.len() == 4 && !t.iter().any(|s| s == ONLY_AT_B)
        })
        .await?;
        app.click("[data-testid=nav-new-ticket]").await?;
        app.wait_prop("[data-testid=subject]", "value", "").await?;
        app.click("[data-testid=nav-tickets]").await?;

        // Support answers in the account not on screen: it syncs in the background and
        // counts on the switcher (beside what was waiting there already).
        let elsewhere = async || -> Result<u32> {
            let shown = app.find_all("[data-testid=account-elsewhere]").await?;
            Ok(match shown.first() {
                Some(el) => el.text().await?.parse()?,
                None => 0,
            })
        };
        let line_of_b = async || -> Result<String> {
            app.click("[data-testid=account-current]").await?;
            let line = app.text(&format!("[data-testid=account-{id_b}]")).await?;
            app.click("[data-testid=account-current]").await?;
            Ok(line)
        };
        let (before, line_before) = (elsewhere().await?, line_of_b().await?);
        staff_reply(&b.url(), ADMIN, ONLY_AT_B, "Ada from support", "Looking into it.").await?;
        let want = (before + 1).to_string();
        app.wait_texts("[data-testid=account-elsewhere]", "the other account's reply counts", |t| t == [want.as_str()]).await?;
        let line = line_of_b().await?;
        ensure!(line != line_before && line.contains("unread ticket"), "the switcher says what waits there: {line_before:?} → {line:?}");

        // Back to the second account: where it was, with its draft.
        switch_to(&app, &id_b).await?;
        app.wait_prop("[data-testid=subject]", "value", DRAFT_IN_B).await?;
        app.screenshot("second-account").await?;
        Ok((id_a, id_b))
    })
    .await?;

    // Sign-out revokes: the token the keyring kept works before and is refused after.
    let keyring = clientarea_core::KeyringSecrets::new("clientarea");
    let token = keyring.get(&id_b).context("reading the keyring")?.ok_or_else(|| anyhow!("the second account's token is kept"))?;
    ensure!(token_status(&b.url(), &token).await? == 200, "the token works while signed in");
    story(&app, || async {
        // Its list is what the next start would show first...
        app.click("[data-testid=nav-tickets]").await?;
        app.wait_kept_first_screen("the second account's list kept", |k| k.account == id_b).await?;
        app.click("[data-testid=nav-settings]").await?;
        app.click("[data-testid=sign-out]").await?;
        app.wait_attr("[data-testid=account-current]", "data-account", &id_a).await?;
        // ...until it is signed out of: no copy of it is kept.
        let kept = app.kept_first_screen().await?;
        ensure!(kept.as_ref().is_none_or(|k| k.account != id_b), "the signed-out account's list is still kept: {kept:?}");
        app.wait_texts("[data-testid=ticket-subject]", "the first account is on screen", |t| t.len() == 4).await?;
        Ok(())
    })
    .await?;
    ensure!(token_status(&b.url(), &token).await? == 401, "the provider refuses the token after sign-out");
    ensure!(keyring.get(&id_b)?.is_none(), "the token left the keyring");
    app.quit().await?;

    // The account still signed in reopens alone.
    let app = App::launch("accounts-again", &env).await?;
    story(&app, || async {
        app.wait_attr("[data-testid=account-current]", "data-account", &id_a).await?;
        app.click("[data-testid=account-current]").await?;
        let entries = app.find_all("[data-testid^=account-acct-]").await?;
        ensure!(entries.len() == 1, "one account in the switcher, not {}", entries.len());
        Ok(())
    })
    .await?;
    app.quit().await?;
    a.stop().await?;
    b.stop().await
}

/// A desktop with no Secret Service: sign-in says why it cannot remember the account and
/// offers this session only; the account works, marked as not remembered, and the next
/// start asks for the sign-in again (nothing was written down).
#[tokio::test]
async fn without_a_keyring_a_sign_in_for_this_session_only() -> Result<()> {
    let bus = PrivateBus::without_keyring().await?;
    let dir = tempfile::tempdir()?;
    let server = demo_provider(dir.path(), ADMIN).await?;
    let mut env = AppEnv::new()?;
    env.set("CLIENTAREA_PROVIDER", &server.url());
    env.set("DBUS_SESSION_BUS_ADDRESS", &bus.address);

    let app = App::launch("no-keyring", &env).await?;
    story(&app, || async {
        app.type_into("[data-testid=email]", "demo@example.com").await?;
        app.type_into("[data-testid=password]", "demo").await?;
        app.click("[data-testid=sign-in]").await?;
        let code = app.find("[data-testid=error]").await?.attr("data-code").await?.unwrap_or_default();
        ensure!(code.starts_with("keyring-"), "the keyring is named as the reason: {code:?}");
        let offer = app.text("[data-testid=session-only] p").await?;
        ensure!(offer.contains("for this session only"), "the offer says what it means: {offer:?}");
        app.screenshot("no-keyring-offer").await?;
        app.click("[data-testid=sign-in-session-only]").await?;
        app.wait_attr("[data-testid=sync-status]", "data-state", "online").await?;
        app.wait_texts("[data-testid=ticket-subject]", "the tickets arrive", |t| t.len() == 4).await?;
        app.find("[data-testid=account-session-only]").await?;
        Ok(())
    })
    .await?;
    app.quit().await?;

    // Not remembered: the next start opens the sign-in form at the same provider, quietly.
    let app = App::launch("no-keyring-again", &env).await?;
    story(&app, || async {
        app.find("[data-testid=welcome]").await?;
        app.wait_prop("[data-testid=provider-url]", "value", &server.url()).await?;
        ensure!(app.find_all("[data-testid=error]").await?.is_empty(), "no error at a start that only asks to sign in");
        Ok(())
    })
    .await?;
    app.quit().await?;
    server.stop().await
}

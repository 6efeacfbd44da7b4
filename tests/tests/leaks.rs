//! Nothing leaks: after a full run the data folder is scanned byte by byte.
//!
//! The story signs in to a provider the test runs (a keyring account, with a password
//! of the test's own), turns the log to "Detailed" in Settings, writes a ticket and a
//! reply with distinctive words, receives a staff reply, lets everything sync, and ends
//! the app. Then, over every file under the data folder (the profile and account
//! caches with their WAL and shared-memory files, the logs, anything else):
//! - the sign-in token (read back from the OS keyring, where the app keeps it) and the
//!   password are in no file at all, nor in the WebKit folders of the app's home;
//! - the words of the messages are only in the account's offline cache
//!   (`accounts/<id>/cache.sqlite` and its `-wal`/`-shm`), which is what it is for:
//!   never in a log or any other file; and inside the cache, the outbox and the drafts
//!   no longer hold them once delivered;
//! - folders are 0700 and files 0600.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, anyhow, ensure};
use clientarea_core::SecretStore;
use clientarea_e2e::{App, AppEnv, demo_provider, story};
use serde_json::{Value, json};

const ADMIN: &str = "leaks-admin";
const VAT: &str = "VAT number on invoices";

/// Every file under `dir`, folders included (with `is_dir`).
fn walk(dir: &Path, out: &mut Vec<(PathBuf, bool)>) -> Result<()> {
    for entry in std::fs::read_dir(dir).with_context(|| format!("reading {}", dir.display()))? {
        let entry = entry?;
        let path = entry.path();
        let is_dir = entry.file_type()?.is_dir();
        out.push((path.clone(), is_dir));
        if is_dir {
            walk(&path, out)?;
        }
    }
    Ok(())
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    let needle = needle.as_bytes();
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// The account's offline cache: the one place message words may be kept.
fn is_account_cache(rel: &Path) -> bool {
    let parts: Vec<String> = rel.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
    parts.len() == 3 && parts[0] == "accounts" && ["cache.sqlite", "cache.sqlite-wal", "cache.sqlite-shm"].contains(&parts[2].as_str())
}

#[tokio::test]
async fn nothing_leaks_into_the_data_folder() -> Result<()> {
    let tag = format!("{:016x}", fastrand::u64(..));
    let password = format!("Leak-Probe-Password-{tag}");
    let ticket_subject = format!("Leak probe {tag}");
    let ticket_body = format!("LEAKPROBE-TICKET-BODY-{tag}");
    let reply_body = format!("LEAKPROBE-REPLY-BODY-{tag}");
    let staff_body = format!("LEAKPROBE-STAFF-BODY-{tag}");
    let bodies = [&ticket_body, &reply_body, &staff_body];

    let provider_dir = tempfile::tempdir()?;
    let server = demo_provider(provider_dir.path(), ADMIN).await?;
    let url = server.url();
    {
        // The demo customer's password becomes the test's own, hashed as the provider does.
        use argon2::password_hash::{PasswordHasher, SaltString};
        let salt = SaltString::encode_b64(&fastrand::u128(..).to_le_bytes()).map_err(|e| anyhow!("{e}"))?;
        let hash = argon2::Argon2::default().hash_password(password.as_bytes(), &salt).map_err(|e| anyhow!("{e}"))?.to_string();
        let db = sqlx::SqlitePool::connect(&format!("sqlite://{}", provider_dir.path().join("provider.sqlite").display())).await?;
        let done = sqlx::query("UPDATE customers SET password_hash = ? WHERE email = 'demo@example.com'").bind(hash).execute(&db).await?;
        ensure!(done.rows_affected() == 1, "the demo customer has the test's password");
        db.close().await;
    }

    let mut env = AppEnv::new()?;
    env.set("CLIENTAREA_PROVIDER", &url);
    let data_dir = env.data_dir.clone();
    let app = App::launch("leaks", &env).await?;
    story(&app, || async {
        app.find("[data-testid=welcome]").await?;
        app.type_into("[data-testid=email]", "demo@example.com").await?;
        app.type_into("[data-testid=password]", &password).await?;
        app.click("[data-testid=sign-in]").await?;
        app.wait_attr("[data-testid=sync-status]", "data-state", "online").await?;
        app.wait_texts("[data-testid=ticket-subject]", "the tickets arrive", |t| t.len() == 4).await?;

        // Everything from now on is logged in detail.
        app.click("[data-testid=nav-settings]").await?;
        app.select("[data-testid=log-level]", "detailed").await?;
        let shown = app.text("[data-testid=log-dir]").await?;
        ensure!(Path::new(&shown) == data_dir.join("logs"), "the settings show the log folder: {shown:?}");

        // A new ticket, delivered.
        app.click("[data-testid=nav-new-ticket]").await?;
        app.type_into("[data-testid=subject]", &ticket_subject).await?;
        app.type_into("[data-testid=body]", &ticket_body).await?;
        app.click("[data-testid=submit-ticket]").await?;
        app.wait_texts("[data-testid=ticket-subject]", "the ticket is listed", |t| t.iter().any(|s| s == &ticket_subject)).await?;
        app.wait_texts("[data-testid=outbox-item]", "the ticket is delivered", |t| t.is_empty()).await?;

        // A reply, delivered; then the staff answers it.
        app.click(&format!("[data-testid=ticket-row][data-subject=\"{VAT}\"]")).await?;
        app.type_into("[data-testid=reply-body]", &reply_body).await?;
        app.click("[data-testid=reply-send]").await?;
        app.wait_texts("[data-testid=message]", "the reply is in the conversation", |t| t.iter().any(|m| m.contains(&reply_body))).await?;
        app.wait_texts("[data-testid=outbox-item]", "the reply is delivered", |t| t.is_empty()).await?;
        staff(&url, &password, &staff_body).await?;
        app.click("[data-testid=sync-now]").await?;
        app.wait_texts("[data-testid=message]", "the staff reply arrives", |t| t.iter().any(|m| m.contains(&staff_body))).await?;
        Ok(())
    })
    .await?;
    app.quit().await?;
    server.stop().await?;

    // The token the app holds, from the keyring, under the account the profile names.
    let profile = std::fs::read(data_dir.join("profile.sqlite"))?;
    let account_ids = {
        let db = sqlx::SqlitePool::connect(&format!("sqlite://{}?mode=ro", data_dir.join("profile.sqlite").display())).await?;
        let ids: Vec<String> = sqlx::query_scalar("SELECT id FROM accounts").fetch_all(&db).await?;
        let level: Option<String> = sqlx::query_scalar("SELECT value FROM settings WHERE key = 'log_level'").fetch_optional(&db).await?;
        ensure!(level.as_deref() == Some("detailed"), "the level is kept: {level:?}");
        db.close().await;
        ids
    };
    ensure!(account_ids.len() == 1, "one account: {account_ids:?}");
    ensure!(!profile.is_empty());
    let id = account_ids[0].clone();
    let token = tokio::task::spawn_blocking(move || clientarea_core::KeyringSecrets::new("clientarea").get(&id))
        .await??
        .ok_or_else(|| anyhow!("no token in the keyring"))?;
    ensure!(token.len() >= 32, "a real token: {} characters", token.len());

    // Every file, before anything here opens a database (which would add files).
    let mut files = vec![(data_dir.clone(), true)];
    walk(&data_dir, &mut files)?;
    let mut problems = Vec::new();
    let mut logs = 0;
    // The words are where they belong, as plain bytes: the scan would see them elsewhere.
    let mut cached = [false; 3];
    for (path, is_dir) in &files {
        let rel = path.strip_prefix(&data_dir)?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(path)?.permissions().mode() & 0o777;
            let want = if *is_dir { 0o700 } else { 0o600 };
            if mode != want {
                problems.push(format!("{}: mode {mode:o}, not {want:o}", rel.display()));
            }
        }
        // A socket (the instance's, for a second start) holds nothing to read.
        if *is_dir || !std::fs::metadata(path)?.is_file() {
            continue;
        }
        let bytes = std::fs::read(path)?;
        for (what, secret) in [("the token", token.as_str()), ("the password", password.as_str())] {
            if contains(&bytes, secret) {
                problems.push(format!("{}: holds {what}", rel.display()));
            }
        }
        if is_account_cache(rel) {
            for (seen, body) in cached.iter_mut().zip(bodies) {
                *seen |= contains(&bytes, body);
            }
        } else {
            for body in bodies {
                if contains(&bytes, body) {
                    problems.push(format!("{}: holds the words {body}", rel.display()));
                }
            }
        }
        if rel.starts_with("logs") {
            logs += 1;
            let text = String::from_utf8_lossy(&bytes);
            ensure!(text.contains("log level set") && text.contains("delivered"), "the log is written in detail:\n{text}");
        }
    }
    ensure!(logs == 1, "one day's log file: {files:?}");
    ensure!(cached == [true; 3], "the offline cache holds every message's words: {cached:?}");
    ensure!(problems.is_empty(), "the data folder leaks:\n{}", problems.join("\n"));

    // WebKit's own folders of the app's home (local storage, caches): no secret either.
    for (var, value) in &env.vars {
        if !var.starts_with("XDG_") {
            continue;
        }
        let mut all = Vec::new();
        walk(Path::new(value), &mut all)?;
        for (path, _) in all.iter().filter(|(p, is_dir)| !is_dir && std::fs::metadata(p).is_ok_and(|m| m.is_file())) {
            let bytes = std::fs::read(path)?;
            ensure!(!contains(&bytes, &token) && !contains(&bytes, &password), "{} holds a secret", path.display());
        }
    }

    // Inside the cache: the outbox and the drafts let go of the words once delivered.
    let cache = data_dir.join("accounts").join(&account_ids[0]).join("cache.sqlite");
    let db = sqlx::SqlitePool::connect(&format!("sqlite://{}?mode=ro", cache.display())).await?;
    let outbox: Vec<String> = sqlx::query_scalar("SELECT payload FROM outbox").fetch_all(&db).await?;
    ensure!(outbox.is_empty(), "the outbox is empty after delivery: {outbox:?}");
    let drafts: Vec<String> = sqlx::query_scalar("SELECT data FROM drafts").fetch_all(&db).await?;
    for body in bodies {
        ensure!(!drafts.iter().any(|d| d.contains(body.as_str())), "a draft keeps {body}: {drafts:?}");
    }
    db.close().await;
    Ok(())
}

/// A staff reply on the VAT ticket, found as the customer (with the test's password).
async fn staff(url: &str, password: &str, body: &str) -> Result<()> {
    let http = reqwest::Client::new();
    let signed: Value = http
        .post(format!("{url}/v1/auth/sign-in"))
        .json(&json!({"email": "demo@example.com", "password": password}))
        .send()
        .await?
        .error_for_status()?
        .json()
        .await?;
    let token = signed["token"].as_str().ok_or_else(|| anyhow!("no token"))?;
    let list: Value = http.get(format!("{url}/v1/tickets")).bearer_auth(token).send().await?.error_for_status()?.json().await?;
    let id = list["tickets"]
        .as_array()
        .and_then(|all| all.iter().find(|t| t["subject"] == VAT))
        .and_then(|t| t["id"].as_str())
        .ok_or_else(|| anyhow!("no VAT ticket"))?;
    http.post(format!("{url}/v1/admin/tickets/{id}/staff-reply"))
        .bearer_auth(ADMIN)
        .json(&json!({"author_name": "Marta (Support)", "body": body, "resolve": false}))
        .send()
        .await?
        .error_for_status()?;
    Ok(())
}

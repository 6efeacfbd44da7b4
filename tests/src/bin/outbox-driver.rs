//! A client that drafts and sends as fast as it can, for the crash test: the test kills
//! it with SIGKILL at random points and starts it again. It prints a line after each
//! step has returned (so is durable): `draft S`, `queued S`; at start, `found-draft S`
//! for the draft it finds open, then `ready`. With `drain`, it delivers what is queued and exits.
//!
//! Uses the real OS keyring (the test runs inside a private D-Bus session with
//! gnome-keyring), so the token survives the kills like a user's would.

use std::io::Write;
use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context, Result};
use clientarea_api::{DepartmentId, Priority};
use clientarea_core::{Engine, EngineConfig, KeyringSecrets, TicketDraft, Tuning};

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<()> {
    let mut args = std::env::args().skip(1);
    let data_dir = args.next().context("data dir")?;
    let url = args.next().context("provider url")?;
    let run = args.next().context("run name, or drain")?;
    let tuning = Tuning {
        retry_base: Duration::from_millis(5),
        retry_cap: Duration::from_millis(50),
        request_timeout: Duration::from_millis(500),
        ..Tuning::default()
    };
    let secrets = Arc::new(KeyringSecrets::new("clientarea-crash-test"));
    let engine = Engine::open(EngineConfig { data_dir: data_dir.into(), secrets, tuning }).await?;
    match engine.last_account().await? {
        Some(account) => {
            engine.resume(account).await?;
        }
        None => {
            // The provider drops connections on purpose in the crash test: a user would
            // press the button again; the driver tries up to 20 times.
            let mut tries = 0;
            loop {
                match engine.sign_in(&url, "demo@example.com", "demo").await {
                    Ok(_) => break,
                    Err(e) if e.code() == "provider-unreachable" && tries < 20 => tries += 1,
                    Err(e) => return Err(e.into()),
                }
            }
        }
    }
    let out = std::io::stdout();
    let say = |line: String| {
        let mut o = out.lock();
        let _ = writeln!(o, "{line}");
        let _ = o.flush();
    };
    if let Some(d) = engine.draft(clientarea_core::DraftKind::Ticket, "").await? {
        say(format!("found-draft {}", d["subject"].as_str().unwrap_or_default()));
    }
    say("ready".into());
    let worker = engine.spawn_outbox_worker();
    if run == "drain" {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(120);
        while !engine.outbox().await?.is_empty() {
            anyhow::ensure!(tokio::time::Instant::now() < deadline, "the outbox did not drain in 2 minutes");
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        worker.abort();
        say("drained".into());
        return Ok(());
    }
    for i in 0.. {
        let subject = format!("CR-{run}-{i}");
        engine.save_draft(clientarea_core::DraftKind::Ticket, "", &serde_json::json!({ "subject": subject, "body": "typing..." })).await?;
        say(format!("draft {subject}"));
        let draft = TicketDraft {
            department: DepartmentId::Technical,
            priority: Priority::Regular,
            subject: subject.clone(),
            body: "Sent from the crash test.".into(),
            service_id: None,
            notice_id: None,
            invoice_id: None,
            incident: None,
            attachment_ids: Vec::new(),
        };
        let item = engine.send_ticket(&draft).await?;
        say(format!("queued {subject}"));
        let reply = format!("{subject}-reply");
        engine.send_reply(&format!("local:{}", item.id), &reply, &[]).await?;
        say(format!("queued {reply}"));
        tokio::time::sleep(Duration::from_millis(3)).await;
    }
    Ok(())
}

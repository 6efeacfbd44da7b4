//! The engine's own life: its background loops end when it is shut down or its guard is
//! dropped, and an outbox written by an earlier version (the stored form of each kind of
//! send, as those versions wrote it) is read and delivered by this one.

use std::time::Duration;

use clientarea_api::TicketStatus;
use clientarea_core::{OutboxRequest, SyncPhase, TicketFilter};

use crate::story::{engine, provider};

/// Waits until `check` holds, polling every 50 ms, or fails after `secs` seconds.
async fn until(secs: u64, what: &str, mut check: impl AsyncFnMut() -> bool) {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(secs);
    while !check().await {
        assert!(tokio::time::Instant::now() < deadline, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn background_loops_end_when_shut_down_or_dropped() {
    let server = provider().await;
    let dir = tempfile::tempdir().unwrap();
    let engine = engine(dir.path()).await;
    engine.sign_in(&server.url(), "demo@example.com", "demo").await.unwrap();

    // Running: the sync loop pulls by itself and the push stream comes up.
    let background = engine.start();
    until(20, "the loops to sync and go live", async || {
        let s = engine.sync_state();
        s.state == SyncPhase::Online && s.live
    })
    .await;
    tokio::time::timeout(Duration::from_secs(10), background.shutdown()).await.expect("every loop ended after shutdown");
    assert!(!engine.sync_state().live, "the push stream was closed on the way out");

    // Dropping the guard ends them too, and a loop started after the end ends at once.
    let other_dir = tempfile::tempdir().unwrap();
    let other = crate::story::engine(other_dir.path()).await;
    let ticker = other.spawn_ticker();
    let guard = other.start();
    drop(guard);
    tokio::time::timeout(Duration::from_secs(10), ticker).await.expect("the ticker ended when the guard was dropped").unwrap();
    let late = engine.spawn_outbox_worker();
    tokio::time::timeout(Duration::from_secs(10), late).await.expect("a worker of a stopped engine ends at once").unwrap();
}

#[tokio::test]
async fn an_outbox_written_by_the_previous_version_is_delivered() {
    let server = provider().await;
    let dir = tempfile::tempdir().unwrap();
    let engine = engine(dir.path()).await;
    let session = engine.sign_in(&server.url(), "demo@example.com", "demo").await.unwrap();
    engine.sync_now().await.unwrap();
    let open = engine.list_tickets(&TicketFilter { status: Some(TicketStatus::Open), ..Default::default() }).await.unwrap();
    let target = open.first().expect("the demo has an open ticket").id.clone();

    // The rows exactly as the version before the typed outbox wrote them: the kind and the
    // ticket in their columns, the request's JSON in `payload`.
    let cache = dir.path().join("accounts").join(&session.account_id).join("cache.sqlite");
    let pool = sqlx::SqlitePool::connect(&format!("sqlite://{}", cache.display())).await.unwrap();
    let rows = [
        (
            "ticket",
            None,
            r#"{"department":"technical","priority":"regular","subject":"Written before the upgrade","body":"Queued by the old version.","attachment_ids":[]}"#
                .to_owned(),
        ),
        ("reply", Some(target.clone()), r#"{"body":"A reply queued by the old version.","attachment_ids":[]}"#.to_owned()),
        ("status", Some(target.clone()), r#"{"action":"close"}"#.to_owned()),
        ("account", None, r#"{"notification_emails":{"invoices":"","support":"desk@example.com","abuse":""}}"#.to_owned()),
    ];
    for (position, (kind, ticket, payload)) in rows.iter().enumerate() {
        sqlx::query(
            "INSERT INTO outbox (id, kind, ticket_id, payload, idempotency_key, state, next_attempt_at, created_at, position)
             VALUES (?, ?, ?, ?, ?, 'queued', '2026-11-01T00:00:00Z', '2026-11-01T00:00:00Z', ?)",
        )
        .bind(format!("old-{position}"))
        .bind(kind)
        .bind(ticket.as_deref())
        .bind(payload)
        .bind(format!("old-key-{position}"))
        .bind(position as i64 + 1)
        .execute(&pool)
        .await
        .unwrap();
    }
    pool.close().await;

    // Read as the typed requests they are...
    let queued = engine.outbox().await.unwrap();
    let kinds: Vec<_> = queued
        .iter()
        .map(|i| match &i.request {
            OutboxRequest::Ticket { ticket } => format!("ticket {}", ticket.subject),
            OutboxRequest::Reply { ticket_id, .. } => format!("reply {}", ticket_id == &target),
            OutboxRequest::Status { action, .. } => format!("status {action:?}"),
            OutboxRequest::Account { update } => format!("account {:?}", update.notification_emails.as_ref().map(|e| e.support.as_str())),
            OutboxRequest::Chat { message, .. } => format!("chat {}", message.body),
            OutboxRequest::ChatTicket { ticket, .. } => format!("chat ticket {}", ticket.subject),
        })
        .collect();
    assert_eq!(kinds, ["ticket Written before the upgrade", "reply true", "status Close", "account Some(\"desk@example.com\")"]);

    // ...and delivered, each where it belongs.
    assert_eq!(engine.deliver_due().await.unwrap(), 4);
    assert!(engine.outbox().await.unwrap().is_empty());
    engine.sync_now().await.unwrap();
    let all = engine.list_tickets(&TicketFilter::default()).await.unwrap();
    assert!(all.iter().any(|t| t.subject == "Written before the upgrade"));
    let view = engine.open_ticket(&target).await.unwrap();
    assert_eq!(view.ticket.status, TicketStatus::Closed, "the old status change closed it");
    let replied = view
        .timeline
        .iter()
        .any(|i| matches!(i, clientarea_core::TimelineItem::Message(m) if m.body == "A reply queued by the old version."));
    assert!(replied, "the old reply arrived on its ticket");
    let (account, pending) = engine.account().await.unwrap();
    assert_eq!(account.map(|a| a.notification_emails.support), Some("desk@example.com".to_owned()));
    assert_eq!(pending, None);
}

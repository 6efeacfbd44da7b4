//! The customer's ledger against the reference provider with its clock moved: what the
//! client saw and when, kept when a resync brings a history the provider rewrote.

use clientarea_api::{DepartmentId, Priority};
use clientarea_core::store::ledger::Observation;
use clientarea_core::{Sla, TicketDraft, TicketFilter};

use crate::story::{admin, engine, provider};

#[tokio::test]
async fn the_ledger_keeps_what_the_client_saw_when_a_resync_brings_a_rewritten_history() {
    let server = provider().await;
    let url = server.url();
    let dir = tempfile::tempdir().unwrap();
    let engine = engine(dir.path()).await;
    let session = engine.sign_in(&url, "demo@example.com", "demo").await.unwrap();
    engine.sync_now().await.unwrap();

    // What the first pull brings happened before this client watched: kept, marked, and
    // never called a disagreement.
    let old = engine.list_tickets(&TicketFilter::default()).await.unwrap();
    let seen_before = engine.ticket_ledger(&old[0].id).await.unwrap();
    assert!(!seen_before.is_empty(), "the demo ticket's history is recorded");
    assert!(seen_before.iter().all(|e| e.backfill && !e.differs), "{seen_before:?}");
    let closed = old.iter().find(|t| t.status == clientarea_api::TicketStatus::Closed).unwrap();
    let closed_before = engine.ticket_ledger(&closed.id).await.unwrap();
    assert!(closed_before.iter().any(|e| e.what == Observation::Closed), "{closed_before:?}");

    // A new ticket: sent (when queued) and accepted (when the provider took it).
    let draft = TicketDraft {
        department: DepartmentId::Technical,
        priority: Priority::Regular,
        subject: "Reverse DNS for 203.0.113.10".into(),
        body: "Please set the PTR record to mail.example.com.".into(),
        service_id: None,
        notice_id: None,
        invoice_id: None,
        incident: None,
        attachment_ids: Vec::new(),
    };
    engine.send_ticket(&draft).await.unwrap();
    assert_eq!(engine.deliver_due().await.unwrap(), 1);
    let id = engine.list_tickets(&TicketFilter::default()).await.unwrap().into_iter().find(|t| t.subject == draft.subject).unwrap().id;
    let whats = |l: &[clientarea_core::store::ledger::LedgerEntry]| l.iter().map(|e| e.what).collect::<Vec<_>>();
    let first = engine.ticket_ledger(&id).await.unwrap();
    assert_eq!(&whats(&first)[..2], [Observation::Sent, Observation::Accepted]);
    assert!(first[0].observed_at <= first[1].observed_at);

    // The provider's clock moves 4 minutes on: its desk answers 3 minutes after the ticket
    // came, by its clock. This client sees the answer now, by its own: over a minute
    // apart, so both times are shown.
    admin(&url, "/v1/admin/clock", serde_json::json!({"advance_seconds": 240})).await;
    engine.sync_now().await.unwrap();
    let answered = engine.ticket_ledger(&id).await.unwrap();
    let first_answer = answered.iter().find(|e| e.what == Observation::FirstAnswer).expect("the first answer is recorded").clone();
    assert!(first_answer.differs, "provider {:?}, seen {:?}", first_answer.provider_at, first_answer.observed_at);
    assert!(!first_answer.backfill);
    let acknowledged = answered.iter().find(|e| e.what == Observation::Acknowledged).expect("the acknowledgment is recorded").clone();
    assert_eq!(engine.ticket_promises(&id).await.unwrap().acknowledgment.state, Sla::Met);

    // The provider rewrites its history: it now says it acknowledged 5 minutes after the
    // ticket came. A resync brings that everywhere the provider's data shows...
    let created = engine.open_ticket(&id).await.unwrap().ticket.created_at;
    let rewritten = created + chrono::Duration::minutes(5);
    admin(&url, &format!("/v1/admin/tickets/{id}/rewrite"), serde_json::json!({"acknowledged_at": rewritten})).await;
    engine.resync().await.unwrap();
    let promises = engine.ticket_promises(&id).await.unwrap();
    assert_eq!((promises.acknowledgment.done_at, promises.acknowledgment.state), (Some(rewritten), Sla::Late));
    // ...and the ledger still says what the client saw, with what the provider says now.
    let after = engine.ticket_ledger(&id).await.unwrap();
    assert_eq!(whats(&after), whats(&answered), "a resync adds nothing it had seen");
    let kept = after.iter().find(|e| e.what == Observation::Acknowledged).unwrap();
    assert_eq!((kept.observed_at, kept.provider_at), (acknowledged.observed_at, acknowledged.provider_at));
    assert_eq!(kept.provider_now, Some(rewritten));
    assert!(!after.iter().any(|e| e.backfill), "the resync's records are not the first pull's");
    // The resync brought the demo ticket's messages again: not updates seen now.
    let closed_after = engine.ticket_ledger(&closed.id).await.unwrap();
    assert_eq!(closed_after, closed_before, "nothing new on a ticket the resync only repeated");

    // The evidence counts the provider's (rewritten) times and shows the client's where
    // they differ by more than a minute.
    let now = chrono::Utc::now();
    let evidence = engine.evidence(created - chrono::Duration::days(1), now + chrono::Duration::days(1)).await.unwrap();
    let row = evidence.rows.iter().find(|r| r.ticket_id == id).unwrap();
    assert_eq!(row.acknowledgment.state, Sla::Late);
    assert_eq!(row.acknowledgment.observed_at, Some(acknowledged.observed_at), "seen long before the provider now says");
    assert!(row.first_response.observed_at.is_some());
    assert!(engine.evidence(now, now).await.is_err(), "an empty period is refused");

    // Append-only in the file itself: the database refuses a change or a removal.
    let cache = dir.path().join("accounts").join(&session.account_id).join("cache.sqlite");
    let pool = sqlx::SqlitePool::connect(&format!("sqlite://{}", cache.display())).await.unwrap();
    for sql in ["UPDATE ledger SET observed_at = '2000-01-01T00:00:00Z'", "DELETE FROM ledger"] {
        let err = sqlx::query(sql).execute(&pool).await.unwrap_err();
        assert!(err.to_string().contains("append-only"), "{sql}: {err}");
    }
    pool.close().await;
    engine.shutdown();
}

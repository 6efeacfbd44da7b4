//! An abuse report's deadline: reminders 24 hours and 2 hours before it, each once, for a
//! report not answered, in whichever account it came.

use chrono::{Duration, Utc};
use clientarea_core::EngineEvent;
use clientarea_core::notices::ReminderLead;

use crate::story::{admin, engine, provider};

/// The reminders announced until now (the events waiting on `rx`).
fn reminders(rx: &mut tokio::sync::broadcast::Receiver<EngineEvent>) -> Vec<(String, ReminderLead)> {
    let mut out = Vec::new();
    while let Ok(ev) = rx.try_recv() {
        if let EngineEvent::AbuseReminder { id, lead, .. } = ev {
            out.push((id, lead));
        }
    }
    out
}

#[tokio::test]
async fn an_unanswered_abuse_report_is_reminded_once_per_lead() {
    let server = provider().await;
    let url = server.url();
    let dir = tempfile::tempdir().unwrap();
    let engine = engine(dir.path()).await;
    engine.sign_in(&url, "demo@example.com", "demo").await.unwrap();
    engine.sync_now().await.unwrap();
    let mut rx = engine.subscribe();

    // Published a day ago (the provider's clock set back), due in 1 h 59 min: the 2-hour
    // reminder is due now; the 24-hour one came due before it and is not said on top.
    let now = Utc::now();
    admin(&url, "/v1/admin/clock", serde_json::json!({"set_to": now - Duration::hours(23) + Duration::minutes(30), "advance_seconds": 0}))
        .await;
    let late = admin(
        &url,
        "/v1/admin/notices",
        serde_json::json!({"kind": "abuse", "title": "Outgoing spam", "body": "x", "customer_email": "demo@example.com",
                           "respond_by": now + Duration::minutes(119)}),
    )
    .await;
    // And one due in three days: nothing yet.
    admin(
        &url,
        "/v1/admin/notices",
        serde_json::json!({"kind": "abuse", "title": "Open resolver", "body": "x", "customer_email": "demo@example.com",
                           "respond_by": now + Duration::days(3)}),
    )
    .await;
    engine.sync_now().await.unwrap();
    let late_id = late["id"].as_str().unwrap().to_owned();
    assert_eq!(reminders(&mut rx), vec![(late_id.clone(), ReminderLead::TwoHours)], "one reminder, right after the pull");
    // The ticker looks again: nothing twice.
    engine.remind_abuse_deadlines().await;
    engine.sync_now().await.unwrap();
    assert_eq!(reminders(&mut rx), vec![], "each reminder once");
}

#[tokio::test]
async fn a_report_answered_from_the_app_is_linked_at_the_provider_and_said_in_time() {
    let server = provider().await;
    let url = server.url();
    let dir = tempfile::tempdir().unwrap();
    let engine = engine(dir.path()).await;
    engine.sign_in(&url, "demo@example.com", "demo").await.unwrap();
    let report = admin(
        &url,
        "/v1/admin/notices",
        serde_json::json!({"kind": "abuse", "title": "Port scan from your VPS", "body": "x", "customer_email": "demo@example.com",
                           "service_ids": ["svc-vps-ams"], "respond_by": Utc::now() + Duration::hours(3)}),
    )
    .await;
    let id = report["id"].as_str().unwrap().to_owned();
    engine.sync_now().await.unwrap();
    let listed = |engine: clientarea_core::Engine, id: String| async move {
        engine.list_notices().await.unwrap().into_iter().find(|n| n.notice.id == id).unwrap()
    };
    assert_eq!(listed(engine.clone(), id.clone()).await.answer, None);

    let draft = clientarea_core::TicketDraft {
        department: clientarea_api::DepartmentId::Technical,
        priority: clientarea_api::Priority::Regular,
        subject: "Re: Port scan from your VPS".into(),
        body: "A compromised container; it is stopped.".into(),
        service_id: Some("svc-vps-ams".into()),
        notice_id: Some(id.clone()),
        invoice_id: None,
        incident: None,
        attachment_ids: vec![],
    };
    engine.send_ticket(&draft).await.unwrap();
    assert_eq!(engine.deliver_due().await.unwrap(), 1);
    engine.sync_now().await.unwrap();
    let answer = listed(engine.clone(), id.clone()).await.answer.expect("answered");
    assert!(answer.in_time);
    // The provider has the link: its ticket names the report.
    let ticket = crate::story::detail(&url, &answer.ticket_id).await;
    assert_eq!(ticket.ticket.notice_id.as_deref(), Some(id.as_str()), "{ticket:?}");

    // Another customer's report cannot be answered: the provider refuses the link.
    let foreign = clientarea_core::TicketDraft { notice_id: Some("not-a-notice".into()), ..draft };
    engine.send_ticket(&foreign).await.unwrap();
    engine.deliver_due().await.unwrap();
    let refused = engine.outbox().await.unwrap();
    assert_eq!(refused.len(), 1);
    assert_eq!(refused[0].error_code, Some(clientarea_core::ErrorCode::Validation), "{refused:?}");
}

//! The promise panel against the reference provider with its clock moved: a late
//! acknowledgment is missed by its delay, and a ticket escalated to the system
//! administrators on a Saturday shows their next shift on Monday at 08:00 CET.

use chrono::{DateTime, Duration, Utc};
use clientarea_api::{DepartmentId, Priority};
use clientarea_core::{Sla, TicketDraft, TicketFilter};

use crate::story::{admin, engine, provider};

fn draft(subject: &str) -> TicketDraft {
    TicketDraft {
        department: DepartmentId::Financial,
        priority: Priority::Regular,
        subject: subject.into(),
        body: "Please look at this.".into(),
        service_id: None,
        notice_id: None,
        invoice_id: None,
        incident: None,
        attachment_ids: Vec::new(),
    }
}

#[tokio::test]
async fn a_late_acknowledgment_is_missed_and_a_saturday_escalation_waits_for_monday_in_cet() {
    let server = provider().await;
    let url = server.url();
    let dir = tempfile::tempdir().unwrap();
    let engine = engine(dir.path()).await;
    engine.sign_in(&url, "demo@example.com", "demo").await.unwrap();

    // Saturday 5 December 2026, 10:00 UTC by the provider's clock.
    let saturday: DateTime<Utc> = "2026-12-05T10:00:00Z".parse().unwrap();
    admin(&url, "/v1/admin/clock", serde_json::json!({"set_to": saturday, "advance_seconds": 0})).await;
    engine.send_ticket(&draft("Invoice 2026-118 shows the wrong address")).await.unwrap();
    engine.send_ticket(&draft("Question about the December invoice")).await.unwrap();
    assert_eq!(engine.deliver_due().await.unwrap(), 2);
    let tickets = engine.list_tickets(&TicketFilter::default()).await.unwrap();
    let id = |subject: &str| tickets.iter().find(|t| t.subject == subject).unwrap().id.clone();
    let (escalated, late) = (id("Invoice 2026-118 shows the wrong address"), id("Question about the December invoice"));

    // The provider says it acknowledged the second one 150 seconds after it came; its
    // desk answers both 3 minutes in (the clock moved on), within the promise.
    let created = engine.open_ticket(&late).await.unwrap().ticket.created_at;
    admin(&url, &format!("/v1/admin/tickets/{late}/rewrite"), serde_json::json!({"acknowledged_at": created + Duration::seconds(150)}))
        .await;
    admin(&url, "/v1/admin/clock", serde_json::json!({"advance_seconds": 200})).await;
    // The first goes to the system administrators (level 3), who work Monday to Friday.
    admin(
        &url,
        &format!("/v1/admin/tickets/{escalated}/escalate"),
        serde_json::json!({"level": 3, "team": "System Administrators", "reason": "Needs the administrators' access."}),
    )
    .await;
    engine.sync_now().await.unwrap();

    let at = saturday + Duration::seconds(210);
    let p = engine.ticket_promises_at(&late, at).await.unwrap();
    assert_eq!(p.acknowledgment.state, Sla::Late, "{p:?}");
    assert_eq!(p.acknowledgment.done_at.map(|d| d - p.acknowledgment.due_at), Some(Duration::seconds(30)), "missed by 30 seconds");
    assert_eq!(p.first_response.state, Sla::Met);

    let p = engine.ticket_promises_at(&escalated, at).await.unwrap();
    let team = p.team.expect("the team in charge");
    assert_eq!((team.team_id.as_str(), team.level, team.open_now), ("sysadmins", 3, false));
    // Monday 7 December 2026, 08:00 CET (winter: UTC+1) is 07:00 UTC; the UI shows that
    // instant in the customer's own zone.
    assert_eq!(team.next_change, Some("2026-12-07T07:00:00Z".parse().unwrap()));
    assert_eq!(team.zone, clientarea_api::support::CET_ZONE);
    engine.shutdown();
}

//! An abuse report's deadline: reminders 24 hours and 2 hours before it, each once, for a
//! report not answered, in whichever account it came.

use chrono::{Duration, Utc};
use clientarea_core::EngineEvent;
use clientarea_core::notices::ReminderLead;

use crate::story::{ADMIN, engine, provider};

async fn admin(url: &str, path: &str, body: serde_json::Value) -> serde_json::Value {
    let res = reqwest::Client::new().post(format!("{url}{path}")).bearer_auth(ADMIN).json(&body).send().await.unwrap();
    assert!(res.status().is_success(), "{path}: {}", res.status());
    res.json().await.unwrap()
}

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

//! The scripted desk on the server's clock: first response inside the promise,
//! escalation by the support pages' rules with the reason, work only on shift, regular
//! updates, resolution, and the customer's follow-up answered.

use reqwest::Method;
use serde_json::{Value, json};

use crate::Server;

async fn set_clock(s: &Server, at: &str) {
    let (status, body) = s.admin(Method::POST, "/v1/admin/clock", json!({"set_to": at})).await;
    assert_eq!(status, 200, "{body}");
}

async fn advance(s: &Server, seconds: i64) {
    let (status, body) = s.admin(Method::POST, "/v1/admin/clock", json!({"advance_seconds": seconds})).await;
    assert_eq!(status, 200, "{body}");
}

async fn create(s: &Server, department: &str, subject: &str, body: &str, service: Option<&str>) -> String {
    let res = s
        .http
        .post(s.url("/v1/tickets"))
        .bearer_auth(&s.token)
        .json(&json!({"department": department, "priority": "regular", "subject": subject, "body": body,
                      "service_id": service}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 201);
    res.json::<Value>().await.unwrap()["ticket"]["id"].as_str().unwrap().to_owned()
}

async fn ticket(s: &Server, id: &str) -> Value {
    s.get(&format!("/v1/tickets/{id}")).await.1
}

fn staff_messages(t: &Value) -> Vec<String> {
    t["messages"].as_array().unwrap().iter().filter(|m| m["author"] == "staff").map(|m| m["body"].as_str().unwrap().to_owned()).collect()
}

#[tokio::test]
async fn a_slow_vps_goes_to_the_system_administrators_and_is_resolved_on_shift() {
    let s = Server::start(true).await;
    // Monday 23 November 2026, 10:00 CET: the administrators work 08:00-22:00 CET.
    set_clock(&s, "2026-11-23T09:00:00Z").await;
    let id = create(&s, "technical", "VPS running slowly", "Disk I/O is very slow since yesterday.", Some("svc-vps-ams")).await;
    advance(&s, 170).await;
    assert!(staff_messages(&ticket(&s, &id).await).is_empty(), "nothing before 3 minutes");
    advance(&s, 10).await;
    let t = ticket(&s, &id).await;
    let created: chrono::DateTime<chrono::Utc> = t["ticket"]["created_at"].as_str().unwrap().parse().unwrap();
    let first: chrono::DateTime<chrono::Utc> = t["ticket"]["first_response_at"].as_str().unwrap().parse().unwrap();
    assert!((first - created).num_seconds() <= 600, "first response within the 10-minute promise");
    assert_eq!(t["ticket"]["team"], "sysadmins");
    assert_eq!(t["ticket"]["status"], "open", "still with the provider");
    let escalation = t["events"].as_array().unwrap().iter().find(|e| e["kind"] == "escalated").unwrap();
    assert_eq!(escalation["level"], 3);
    assert_eq!(escalation["team"], "System Administrators");
    assert!(escalation["reason"].as_str().unwrap().contains("VPS"));
    assert!(staff_messages(&t)[0].contains("1 to 2 hours"), "an estimate by issue type");

    advance(&s, 90 * 60).await;
    let t = ticket(&s, &id).await;
    assert_eq!(t["ticket"]["status"], "resolved");

    // Not solved: it reopens, and the team answers the follow-up.
    let res = s
        .http
        .post(s.url(&format!("/v1/tickets/{id}/resolution")))
        .bearer_auth(&s.token)
        .json(&json!({"solved": false}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let reply = s
        .http
        .post(s.url(&format!("/v1/tickets/{id}/messages")))
        .bearer_auth(&s.token)
        .json(&json!({"body": "Still slow at night."}))
        .send()
        .await
        .unwrap();
    assert_eq!(reply.status(), 201);
    let before = staff_messages(&ticket(&s, &id).await).len();
    advance(&s, 180).await;
    assert_eq!(staff_messages(&ticket(&s, &id).await).len(), before + 1, "the follow-up is answered");
}

#[tokio::test]
async fn a_refund_on_saturday_waits_for_the_billing_team_with_updates() {
    let s = Server::start(true).await;
    // Saturday 28 November 2026, 13:00 CET: billing works Monday to Friday.
    set_clock(&s, "2026-11-28T12:00:00Z").await;
    let id = create(&s, "financial", "Refund for order #517204", "Please refund the setup fee.", None).await;
    advance(&s, 180).await;
    let t = ticket(&s, &id).await;
    assert_eq!(t["ticket"]["team"], "billing");
    let first = &staff_messages(&t)[0];
    assert!(first.contains("not on shift") && first.contains("Monday 09:00 CET"), "{first}");
    advance(&s, 3 * 3600).await;
    let t = ticket(&s, &id).await;
    assert_eq!(t["ticket"]["status"], "open", "no work off shift");
    assert!(staff_messages(&t).iter().any(|m| m.starts_with("Update:")), "a regular update");
    // Monday 09:30 CET: the billing team is on shift and the work is done.
    set_clock(&s, "2026-11-30T08:30:00Z").await;
    assert_eq!(ticket(&s, &id).await["ticket"]["status"], "resolved");
}

#[tokio::test]
async fn a_simple_question_is_answered_by_level_one() {
    let s = Server::start(true).await;
    set_clock(&s, "2026-11-29T03:00:00Z").await; // Sunday night: level 1 works 24/7
    let id = create(&s, "financial", "Where do I find my invoices?", "Which menu has them?", None).await;
    advance(&s, 180).await;
    let t = ticket(&s, &id).await;
    assert_eq!(t["ticket"]["status"], "answered");
    assert_eq!(t["ticket"]["team"], "support-engineers");
    assert!(t["events"].as_array().unwrap().iter().all(|e| e["kind"] != "escalated"));
}

//! Customer actions on tickets, incident facts, attachments and the account.

use reqwest::Method;
use serde_json::json;

use crate::Server;

#[tokio::test]
async fn a_resolved_ticket_closes_when_solved_and_reopens_when_not() {
    let s = Server::start(true).await;
    let (_, created) = s.create_ticket("k1", "Reverse DNS for 203.0.113.10").await.unwrap();
    let id = created["ticket"]["id"].as_str().unwrap().to_owned();
    let post = |path: String, body: serde_json::Value| {
        let s = &s;
        async move {
            let res = s.http.post(s.url(&path)).bearer_auth(&s.token).json(&body).send().await.unwrap();
            (res.status().as_u16(), res.json::<serde_json::Value>().await.unwrap())
        }
    };
    // Only a resolved ticket waits for the customer's answer.
    let (status, problem) = post(format!("/v1/tickets/{id}/resolution"), json!({"solved": true})).await;
    assert_eq!(status, 409, "{problem}");
    let resolve = json!({"author_name": "Luca", "body": "Done.", "resolve": true});
    s.admin(Method::POST, &format!("/v1/admin/tickets/{id}/staff-reply"), resolve.clone()).await;
    let (status, detail) = post(format!("/v1/tickets/{id}/resolution"), json!({"solved": false})).await;
    assert_eq!(status, 200);
    assert_eq!(detail["ticket"]["status"], "open", "not solved: reopened");
    s.admin(Method::POST, &format!("/v1/admin/tickets/{id}/staff-reply"), resolve).await;
    let (_, detail) = post(format!("/v1/tickets/{id}/resolution"), json!({"solved": true})).await;
    assert_eq!(detail["ticket"]["status"], "closed", "solved: closed");
    let (_, detail) = post(format!("/v1/tickets/{id}/reopen"), json!({})).await;
    assert_eq!(detail["ticket"]["status"], "open");
    let (_, detail) = post(format!("/v1/tickets/{id}/close"), json!({})).await;
    assert_eq!(detail["ticket"]["status"], "closed");
    let changes = detail["events"].as_array().unwrap().iter().filter(|e| e["kind"] == "status_changed").count();
    assert_eq!(changes, 6, "every change is an event: {}", detail["events"]);
}

#[tokio::test]
async fn incident_facts_and_sla_due_times_travel_with_the_ticket() {
    let s = Server::start(false).await;
    let body = json!({
        "department": "technical", "priority": "high", "subject": "srv-mia-02 down", "body": "No ping.",
        "service_id": "svc-ded-mia",
        "incident": {"server": "192.0.2.144", "began_at": "2026-11-22T08:10:00Z",
                     "began_timezone": "America/New_York", "diagnostics": "100% loss"}
    });
    let res = s.http.post(s.url("/v1/tickets")).bearer_auth(&s.token).json(&body).send().await.unwrap();
    assert_eq!(res.status(), 201);
    let detail: serde_json::Value = res.json().await.unwrap();
    let t = &detail["ticket"];
    assert_eq!(t["incident"]["began_timezone"], "America/New_York");
    assert_eq!(t["team"], "support-engineers");
    let created: chrono::DateTime<chrono::Utc> = t["created_at"].as_str().unwrap().parse().unwrap();
    let ack: chrono::DateTime<chrono::Utc> = t["acknowledge_due_at"].as_str().unwrap().parse().unwrap();
    let first: chrono::DateTime<chrono::Utc> = t["first_response_due_at"].as_str().unwrap().parse().unwrap();
    assert_eq!((ack - created).num_seconds(), 120);
    assert_eq!((first - created).num_seconds(), 600);

    let mut bad = body.clone();
    bad["incident"]["server"] = json!("my server");
    bad["incident"]["began_timezone"] = json!("CET+1");
    let res = s.http.post(s.url("/v1/tickets")).bearer_auth(&s.token).json(&bad).send().await.unwrap();
    assert_eq!(res.status(), 422);
    let problem: serde_json::Value = res.json().await.unwrap();
    let fields: Vec<_> = problem["errors"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap()).collect();
    assert_eq!(fields, ["incident.server", "incident.began_timezone"]);
}

#[tokio::test]
async fn uploads_are_typed_by_content_limited_and_attached() {
    let s = Server::start(false).await;
    let upload = |name: &str, bytes: Vec<u8>| {
        let req = s.http.post(s.url(&format!("/v1/uploads?filename={name}"))).bearer_auth(&s.token).body(bytes);
        async move {
            let res = req.send().await.unwrap();
            (res.status().as_u16(), res.json::<serde_json::Value>().await.unwrap_or_default())
        }
    };
    let (status, log) = upload("nginx.log", b"2026/11/22 10:05:01 [emerg] bind() to 0.0.0.0:443 failed\n".to_vec()).await;
    assert_eq!(status, 201, "{log}");
    assert_eq!(log["content_type"], "text/plain");
    // A program named like a picture is refused: the content decides.
    let (status, problem) = upload("screenshot.png", b"MZ\x90\x00\x03\x00\x00\x00".to_vec()).await;
    assert_eq!(status, 415, "{problem}");
    let (status, problem) = upload("big.txt", vec![b'a'; clientarea_api::uploads::UPLOAD_MAX_BYTES + 1]).await;
    assert_eq!(status, 413, "{problem}");
    assert_eq!(problem["type"], "urn:clientarea:problem:payload-too-large");

    let body = json!({"department": "technical", "priority": "regular", "subject": "nginx fails", "body": "Log attached.",
                      "attachment_ids": [log["id"]]});
    let res = s.http.post(s.url("/v1/tickets")).bearer_auth(&s.token).json(&body).send().await.unwrap();
    let detail: serde_json::Value = res.json().await.unwrap();
    assert_eq!(detail["messages"][0]["attachments"][0]["filename"], "nginx.log");
    let res = s.http.get(s.url(&format!("/v1/uploads/{}", log["id"].as_str().unwrap()))).bearer_auth(&s.token).send().await.unwrap();
    assert_eq!(res.headers()["content-type"], "text/plain");
    assert_eq!(res.headers()["x-content-type-options"], "nosniff");
    assert!(res.text().await.unwrap().contains("bind() to 0.0.0.0:443 failed"));
    // Someone else's upload id is refused.
    let body = json!({"department": "technical", "priority": "regular", "subject": "x", "body": "y",
                      "attachment_ids": ["not-mine"]});
    let res = s.http.post(s.url("/v1/tickets")).bearer_auth(&s.token).json(&body).send().await.unwrap();
    assert_eq!(res.status(), 422);
}

#[tokio::test]
async fn notification_addresses_are_validated_and_pulled() {
    let s = Server::start(false).await;
    let (_, first) = s.get("/v1/sync").await;
    assert_eq!(first["account"]["email"], "demo@example.com", "the account comes with the first pull");
    let cursor = first["next_cursor"].as_str().unwrap().to_owned();
    let patch = |body: serde_json::Value| {
        let req = s.http.patch(s.url("/v1/account")).bearer_auth(&s.token).json(&body);
        async move {
            let res = req.send().await.unwrap();
            (res.status().as_u16(), res.json::<serde_json::Value>().await.unwrap())
        }
    };
    let (status, problem) =
        patch(json!({"notification_emails": {"invoices": "billing@", "support": "", "abuse": "abuse@example.com"}})).await;
    assert_eq!(status, 422);
    assert_eq!(problem["errors"][0]["field"], "notification_emails.invoices");
    let (status, account) = patch(
        json!({"country": "DE", "notification_emails": {"invoices": "billing@example.com", "support": "", "abuse": "abuse@example.com"}}),
    )
    .await;
    assert_eq!(status, 200, "{account}");
    assert_eq!(account["country"], "DE");
    let (_, page) = s.get(&format!("/v1/sync?cursor={cursor}")).await;
    assert_eq!(page["account"]["notification_emails"]["invoices"], "billing@example.com");
}

#[tokio::test]
async fn a_long_pull_says_what_it_brings_in_all_when_asked() {
    let s = Server::start(false).await;
    // Everything in one go: what the whole pull is, by the pages' own counts.
    let (_, all) = s.get("/v1/sync?limit=1000&totals=true").await;
    assert_eq!(all["has_more"], false);
    assert!(all.get("totals").is_none(), "a pull of one page needs no totals, even when asked: {all}");
    let len = |page: &serde_json::Value, key: &str| page[key].as_array().map_or(0, Vec::len) as u64;
    let tickets = len(&all, "tickets");
    let messages = len(&all, "messages");
    assert!(tickets > 3 && messages > 3, "the demo's history");

    // The same pull in pages of 5: the first says it all; the others are not asked.
    let (_, first) = s.get("/v1/sync?limit=5&totals=true").await;
    assert_eq!(first["has_more"], true);
    assert_eq!(first["totals"]["tickets"], tickets, "{first}");
    assert_eq!(first["totals"]["messages"], messages, "{first}");
    let mut records = 0;
    let mut page = first.clone();
    loop {
        records += ["departments", "services", "tickets", "messages", "events", "notices", "invoices", "chats", "chat_messages"]
            .iter()
            .map(|k| len(&page, k))
            .sum::<u64>()
            + ["account", "support", "vat_rates"].iter().filter(|k| page.get(**k).is_some()).count() as u64;
        if page["has_more"] == false {
            break;
        }
        let cursor = page["next_cursor"].as_str().unwrap().to_owned();
        page = s.get(&format!("/v1/sync?limit=5&cursor={cursor}")).await.1;
        assert!(page.get("totals").is_none(), "not asked: {page}");
    }
    assert_eq!(first["totals"]["records"], records, "every record the pages brought");
}

//! Live chat: acknowledged within a minute, answered at once, and turned into a ticket
//! that keeps the whole conversation.

use reqwest::Method;
use serde_json::{Value, json};

use crate::Server;

async fn post(s: &Server, path: &str, body: Value) -> (u16, Value) {
    let res = s.http.post(s.url(path)).bearer_auth(&s.token).json(&body).send().await.unwrap();
    (res.status().as_u16(), res.json().await.unwrap_or(Value::Null))
}

#[tokio::test]
async fn a_chat_about_an_emergency_becomes_a_ticket_with_the_conversation() {
    let s = Server::start(true).await;
    let (_, first) = s.get("/v1/sync").await;
    let cursor = first["next_cursor"].as_str().unwrap().to_owned();
    let (status, chat) = post(&s, "/v1/chats", json!({"body": "Hi, quick question about rDNS"})).await;
    assert_eq!(status, 201, "{chat}");
    let created: chrono::DateTime<chrono::Utc> = chat["chat"]["created_at"].as_str().unwrap().parse().unwrap();
    let acked: chrono::DateTime<chrono::Utc> = chat["chat"]["acknowledged_at"].as_str().unwrap().parse().unwrap();
    assert!((acked - created).num_seconds() <= 60, "acknowledged within a minute");
    let id = chat["chat"]["id"].as_str().unwrap().to_owned();

    let (status, _) = post(&s, &format!("/v1/chats/{id}/messages"), json!({"body": "Also srv-fra-07 is down since 10:00"})).await;
    assert_eq!(status, 201);
    s.admin(Method::POST, "/v1/admin/clock", json!({"advance_seconds": 5})).await;
    let (_, detail) = s.get(&format!("/v1/chats/{id}")).await;
    let last = detail["messages"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["author"], "staff");
    assert!(last["body"].as_str().unwrap().contains("ticket"), "emergencies are pointed to a ticket: {last}");

    let (status, ticket) =
        post(&s, &format!("/v1/chats/{id}/ticket"), json!({"department": "technical", "priority": "high", "subject": "srv-fra-07 down"}))
            .await;
    assert_eq!(status, 201, "{ticket}");
    let transcript = ticket["messages"][0]["body"].as_str().unwrap();
    assert!(transcript.contains("quick question about rDNS") && transcript.contains("srv-fra-07 is down"), "{transcript}");
    assert_eq!(ticket["ticket"]["priority"], "high");
    // Converted once: again returns the same ticket; the chat refuses new messages.
    let (_, again) =
        post(&s, &format!("/v1/chats/{id}/ticket"), json!({"department": "technical", "priority": "high", "subject": "srv-fra-07 down"}))
            .await;
    assert_eq!(again["ticket"]["id"], ticket["ticket"]["id"]);
    let (status, problem) = post(&s, &format!("/v1/chats/{id}/messages"), json!({"body": "hello?"})).await;
    assert_eq!(status, 409, "{problem}");

    let (_, page) = s.get(&format!("/v1/sync?cursor={cursor}")).await;
    assert_eq!(page["chats"][0]["status"], "converted");
    assert_eq!(page["chats"][0]["ticket_id"], ticket["ticket"]["id"]);
    assert!(page["chat_messages"].as_array().unwrap().len() >= 5);
}

#[tokio::test]
async fn files_sent_in_a_chat_are_kept_pulled_and_go_with_its_ticket() {
    let s = Server::start(false).await;
    let upload = |name: &str, bytes: &'static [u8]| {
        let req = s.http.post(s.url(&format!("/v1/uploads?filename={name}"))).bearer_auth(&s.token).body(bytes);
        async move { req.send().await.unwrap().json::<Value>().await.unwrap() }
    };
    let shot = upload("screenshot.png", b"\x89PNG\r\n\x1a\n0000").await;
    let log = upload("nginx.log", b"[emerg] bind() to 0.0.0.0:443 failed\n").await;
    let (status, chat) = post(&s, "/v1/chats", json!({"body": "This is what I see", "attachment_ids": [shot["id"]]})).await;
    assert_eq!(status, 201, "{chat}");
    assert_eq!(chat["messages"][0]["attachments"][0]["filename"], "screenshot.png");
    assert_eq!(chat["messages"][0]["attachments"][0]["content_type"], "image/png");
    let id = chat["chat"]["id"].as_str().unwrap().to_owned();
    let (status, message) =
        post(&s, &format!("/v1/chats/{id}/messages"), json!({"body": "and the log", "attachment_ids": [log["id"]]})).await;
    assert_eq!(status, 201, "{message}");
    assert_eq!(message["attachments"][0]["id"], log["id"]);

    // Someone else's upload, or an id that names nothing, is refused by field.
    for bad in [json!(["no-such-upload"]), json!((0..11).map(|_| log["id"].clone()).collect::<Vec<_>>())] {
        let (status, problem) = post(&s, &format!("/v1/chats/{id}/messages"), json!({"body": "x", "attachment_ids": bad})).await;
        assert_eq!(status, 422, "{problem}");
        assert_eq!(problem["errors"][0]["field"], "attachment_ids", "{problem}");
    }

    // A pull carries them, and the chat's ticket has the files, named in its transcript.
    let (_, page) = s.get("/v1/sync").await;
    let pulled: Vec<&Value> = page["chat_messages"].as_array().unwrap().iter().filter(|m| m["attachments"].is_array()).collect();
    assert_eq!(pulled.len(), 2, "{page}");
    let (status, ticket) =
        post(&s, &format!("/v1/chats/{id}/ticket"), json!({"department": "technical", "priority": "high", "subject": "TLS down"})).await;
    assert_eq!(status, 201, "{ticket}");
    let files: Vec<&str> =
        ticket["messages"][0]["attachments"].as_array().unwrap().iter().map(|a| a["filename"].as_str().unwrap()).collect();
    assert_eq!(files, ["screenshot.png", "nginx.log"]);
    assert!(ticket["messages"][0]["body"].as_str().unwrap().contains("(attached: nginx.log"), "{ticket}");
}

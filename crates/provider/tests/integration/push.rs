//! The push stream over HTTP: a published notice reaches its customer, and a client that
//! reconnects behind the present gets a change at once.

use std::time::Duration;

use futures_util::StreamExt;
use reqwest::Method;
use serde_json::json;

use crate::Server;

/// Read the event stream until `wanted` appears in it, within a deadline.
async fn read_until(res: reqwest::Response, wanted: &str) -> String {
    let mut stream = res.bytes_stream();
    let mut seen = String::new();
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    while !seen.contains(wanted) {
        let chunk = tokio::time::timeout_at(deadline, stream.next())
            .await
            .unwrap_or_else(|_| panic!("no {wanted:?} within 10 s; got {seen:?}"))
            .expect("stream ended")
            .unwrap();
        seen.push_str(&String::from_utf8_lossy(&chunk));
    }
    seen
}

#[tokio::test]
async fn a_published_notice_is_pushed_to_its_customer() {
    let s = Server::start(true).await;
    let res = s.http.get(s.url("/v1/events")).bearer_auth(&s.token).send().await.unwrap();
    assert_eq!(res.status(), 200);
    assert!(res.headers()["content-type"].to_str().unwrap().starts_with("text/event-stream"));
    let (_, notice) = s
        .admin(
            Method::POST,
            "/v1/admin/notices",
            json!({"kind": "outage", "title": "Frankfurt network outage", "body": "Investigating.",
                   "customer_email": "demo@example.com", "starts_at": "2026-11-22T10:00:00Z"}),
        )
        .await;
    let text = read_until(res, "event: notice").await;
    assert!(text.contains(notice["id"].as_str().unwrap()), "{text}");
    assert!(text.contains("\"kind\":\"outage\""), "{text}");
}

#[tokio::test]
async fn a_reconnect_behind_the_present_gets_a_change_at_once() {
    let s = Server::start(true).await;
    // Last-Event-ID 1: the demo data has moved far past it.
    let res = s.http.get(s.url("/v1/events")).bearer_auth(&s.token).header("Last-Event-ID", "1").send().await.unwrap();
    let text = read_until(res, "event: changed").await;
    assert!(text.contains("id: "), "{text}");
    // Without a token there is no stream.
    let res = s.http.get(s.url("/v1/events")).send().await.unwrap();
    assert_eq!(res.status(), 401);
}

//! The admin API over HTTP and what it drives: absent unless enabled and guarded by its
//! token; notices published and resolved, in the pull; staff replies and escalations;
//! creates replayed after a lost answer and deduplicated when concurrent; rate limits.

use reqwest::Method;
use serde_json::json;

use crate::{ADMIN, Server};

#[tokio::test]
async fn the_admin_api_is_absent_unless_enabled_and_needs_its_token() {
    let off = Server::start(false).await;
    let (status, body) = off.admin(Method::POST, "/v1/admin/clock", json!({"advance_seconds": 60})).await;
    assert_eq!(status, 404, "{body}");
    assert_eq!(body["type"], "urn:clientarea:problem:not-found");

    let on = Server::start(true).await;
    let res = on
        .http
        .post(on.url("/v1/admin/clock"))
        .bearer_auth(&on.token) // a customer's token is not the admin's
        .json(&json!({"advance_seconds": 60}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 401);
    let (status, body) = on.admin(Method::POST, "/v1/admin/clock", json!({"advance_seconds": 3600})).await;
    assert_eq!(status, 200, "{body}");
    let (status, _) = on.admin(Method::POST, "/v1/admin/clock", json!({"advance_seconds": -5})).await;
    assert_eq!(status, 422, "the clock only moves forward");
    let _ = ADMIN;
}

#[tokio::test]
async fn a_published_notice_is_pulled_and_its_resolution_too() {
    let s = Server::start(true).await;
    let (_, first) = s.get("/v1/sync").await;
    let cursor = first["next_cursor"].as_str().unwrap().to_owned();
    let (status, notice) = s
        .admin(
            Method::POST,
            "/v1/admin/notices",
            json!({
                "kind": "maintenance", "title": "Network maintenance in Frankfurt",
                "body": "Switch replacement.", "customer_email": "demo@example.com",
                "service_ids": ["svc-ded-fra"],
                "starts_at": "2026-12-01T01:00:00Z", "ends_at": "2026-12-01T03:00:00Z"
            }),
        )
        .await;
    assert_eq!(status, 201, "{notice}");
    let (_, page) = s.get(&format!("/v1/sync?cursor={cursor}")).await;
    let notices = page["notices"].as_array().unwrap();
    assert_eq!(notices.len(), 1);
    assert_eq!(notices[0]["id"], notice["id"]);
    assert!(page["tickets"].as_array().is_none_or(|t| t.is_empty()), "only what changed: {page}");

    let cursor = page["next_cursor"].as_str().unwrap().to_owned();
    let path = format!("/v1/admin/notices/{}/resolve", notice["id"].as_str().unwrap());
    let (status, resolved) = s.admin(Method::POST, &path, json!({})).await;
    assert_eq!(status, 200);
    assert!(resolved["resolved_at"].is_string());
    let (_, page) = s.get(&format!("/v1/sync?cursor={cursor}")).await;
    assert_eq!(page["notices"][0]["resolved_at"], resolved["resolved_at"]);

    // Bad notices are refused with the fields named.
    let (status, problem) = s.admin(Method::POST, "/v1/admin/notices", json!({"kind": "abuse", "title": " ", "body": "x"})).await;
    assert_eq!(status, 422);
    let fields: Vec<_> = problem["errors"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap()).collect();
    assert_eq!(fields, ["title", "respond_by"]);
}

#[tokio::test]
async fn a_notice_in_four_languages_reaches_the_customer_as_published() {
    let s = Server::start(true).await;
    let (_, first) = s.get("/v1/sync").await;
    let cursor = first["next_cursor"].as_str().unwrap().to_owned();
    let translations = json!([
        {"lang": "it", "title": "Manutenzione a Francoforte", "body": "Sostituiamo uno switch."},
        {"lang": "de", "title": "Wartung in Frankfurt", "body": "Wir tauschen einen Switch."},
        {"lang": "es", "title": "Mantenimiento en Fráncfort", "body": "Sustituimos un switch."}
    ]);
    let (status, published) = s
        .admin(
            Method::POST,
            "/v1/admin/notices",
            json!({
                "kind": "maintenance", "title": "Maintenance in Frankfurt", "body": "We replace a switch.", "default_lang": "en",
                "translations": translations, "customer_email": "demo@example.com"
            }),
        )
        .await;
    assert_eq!(status, 201, "{published}");
    assert_eq!(published["translations"], translations);
    let (_, page) = s.get(&format!("/v1/sync?cursor={cursor}")).await;
    let pulled = &page["notices"][0];
    assert_eq!(pulled["id"], published["id"]);
    assert_eq!((&pulled["default_lang"], &pulled["title"]), (&json!("en"), &json!("Maintenance in Frankfurt")));
    assert_eq!(pulled["translations"], translations, "the customer pulls every language");
    // Resolving it keeps its languages.
    let (_, resolved) = s.admin(Method::POST, &format!("/v1/admin/notices/{}/resolve", published["id"].as_str().unwrap()), json!({})).await;
    assert_eq!(resolved["translations"], translations);

    // A notice in Italian only: its default language is said, and no translations travel.
    let (status, italian) =
        s.admin(Method::POST, "/v1/admin/notices", json!({"kind": "outage", "title": "Guasto", "body": "", "default_lang": "it"})).await;
    assert_eq!(status, 201, "{italian}");
    assert_eq!(italian["default_lang"], "it");
    assert!(italian.get("translations").is_none(), "{italian}");

    // Malformed tags, blank titles and two texts for one language are refused, named.
    let (status, problem) = s
        .admin(
            Method::POST,
            "/v1/admin/notices",
            json!({"kind": "outage", "title": "Outage", "body": "", "translations": [
                {"lang": "de_DE", "title": "Ausfall", "body": ""},
                {"lang": "it", "title": "", "body": ""},
                {"lang": "en", "title": "Outage again", "body": ""}
            ]}),
        )
        .await;
    assert_eq!(status, 422, "{problem}");
    let errors: Vec<_> = problem["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| format!("{} {}", e["field"].as_str().unwrap(), e["reason"].as_str().unwrap()))
        .collect();
    assert_eq!(errors, ["translations[0].lang invalid", "translations[1].title required", "translations[2].lang duplicate"]);
}

#[tokio::test]
async fn a_create_whose_answer_was_lost_is_replayed_not_repeated() {
    let s = Server::start(true).await;
    // Every request is handled and committed, and then its connection dropped.
    let (status, _) = s.admin(Method::PUT, "/v1/admin/faults", json!({"drop_after": 1.0})).await;
    assert_eq!(status, 200);
    assert!(s.create_ticket("k-lost", "Lost answer").await.is_err(), "the client never sees the answer");
    assert!(s.create_ticket("k-lost", "Lost answer").await.is_err());
    s.admin(Method::PUT, "/v1/admin/faults", json!({})).await;
    let (status, first) = s.create_ticket("k-lost", "Lost answer").await.unwrap();
    assert_eq!(status, 201);
    assert_eq!(s.tickets_with_subject("Lost answer").await, 1, "three sends, one ticket");
    let (_, again) = s.create_ticket("k-lost", "Lost answer").await.unwrap();
    assert_eq!(first, again);

    // A 503 changes nothing; admin routes are never faulted.
    s.admin(Method::PUT, "/v1/admin/faults", json!({"error_5xx": 1.0})).await;
    let (status, problem) = s.create_ticket("k-503", "Unavailable").await.unwrap();
    assert_eq!(status, 503);
    assert_eq!(problem["type"], "urn:clientarea:problem:unavailable");
    let (status, _) = s.admin(Method::PUT, "/v1/admin/faults", json!({})).await;
    assert_eq!(status, 200);
    assert_eq!(s.tickets_with_subject("Unavailable").await, 0);

    // Dropped before: nothing happened, and the retry creates it once.
    s.admin(Method::PUT, "/v1/admin/faults", json!({"drop_before": 1.0})).await;
    assert!(s.create_ticket("k-before", "Dropped before").await.is_err());
    s.admin(Method::PUT, "/v1/admin/faults", json!({})).await;
    assert_eq!(s.tickets_with_subject("Dropped before").await, 0);
    s.create_ticket("k-before", "Dropped before").await.unwrap();
    assert_eq!(s.tickets_with_subject("Dropped before").await, 1);

    let (status, _) = s.admin(Method::PUT, "/v1/admin/faults", json!({"error_5xx": 2.0})).await;
    assert_eq!(status, 400, "rates above 1 are refused");
}

#[tokio::test]
async fn staff_replies_and_escalations_reach_the_customer() {
    let s = Server::start(true).await;
    let (_, created) = s.create_ticket("k1", "Firewall rules for my VPS").await.unwrap();
    let id = created["ticket"]["id"].as_str().unwrap().to_owned();
    let (status, detail) = s
        .admin(
            Method::POST,
            &format!("/v1/admin/tickets/{id}/escalate"),
            json!({"level": 3, "team": "System Administrators", "reason": "Custom firewall configuration"}),
        )
        .await;
    assert_eq!(status, 200, "{detail}");
    let (status, detail) = s
        .admin(
            Method::POST,
            &format!("/v1/admin/tickets/{id}/staff-reply"),
            json!({"author_name": "Anna", "body": "Rules applied.", "resolve": true}),
        )
        .await;
    assert_eq!(status, 200, "{detail}");
    let (_, got) = s.get(&format!("/v1/tickets/{id}")).await;
    assert_eq!(got["ticket"]["status"], "resolved");
    assert!(got["ticket"]["first_response_at"].is_string());
    let kinds: Vec<_> = got["events"].as_array().unwrap().iter().map(|e| e["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["acknowledged", "escalated", "status_changed"]);
    let (status, _) = s.admin(Method::POST, "/v1/admin/tickets/nope/staff-reply", json!({"author_name": "A", "body": "x"})).await;
    assert_eq!(status, 404);
}

#[tokio::test]
async fn concurrent_duplicates_make_one_ticket() {
    let s = Server::start(false).await;
    let sends = (0..10).map(|_| s.create_ticket("same-key", "Sent ten times at once"));
    let results = futures_util::future::join_all(sends).await;
    let mut bodies = Vec::new();
    for r in results {
        let (status, body) = r.unwrap();
        assert!(status == 201 || status == 409, "{status}: {body}");
        if status == 409 {
            assert_eq!(body["type"], "urn:clientarea:problem:idempotency-key-in-flight");
        } else {
            bodies.push(body);
        }
    }
    assert!(!bodies.is_empty());
    assert!(bodies.windows(2).all(|w| w[0] == w[1]), "every success is the first result");
    assert_eq!(s.tickets_with_subject("Sent ten times at once").await, 1);
}

#[tokio::test]
async fn a_client_over_its_rate_is_told_to_slow_down() {
    let config = clientarea_provider::Config {
        demo: true,
        rate_limit: clientarea_provider::RateLimit { per_second: 0.001, burst: 5.0 },
        ..Default::default()
    };
    let running = clientarea_provider::spawn("127.0.0.1:0".parse().unwrap(), config).await.unwrap();
    let http = reqwest::Client::new();
    let mut statuses = Vec::new();
    for _ in 0..7 {
        let res = http.get(format!("{}/v1/tickets", running.url())).bearer_auth("some-token").send().await.unwrap();
        statuses.push(res.status().as_u16());
        if res.status() == 429 {
            assert_eq!(res.headers()["retry-after"], "1");
            let body: serde_json::Value = res.json().await.unwrap();
            assert_eq!(body["type"], "urn:clientarea:problem:rate-limited");
        }
    }
    assert_eq!(statuses, [401, 401, 401, 401, 401, 429, 429]);
}

#[tokio::test]
async fn a_full_pull_brings_the_demo_notices_and_the_support_structure() {
    let s = Server::start(false).await;
    let (_, page) = s.get("/v1/sync").await;
    let kinds: Vec<_> = page["notices"].as_array().unwrap().iter().map(|n| n["kind"].as_str().unwrap()).collect();
    assert!(kinds.contains(&"maintenance") && kinds.contains(&"outage") && kinds.contains(&"abuse"), "{kinds:?}");
    let outage = page["notices"].as_array().unwrap().iter().find(|n| n["kind"] == "outage").unwrap();
    assert!(outage["resolved_at"].is_string(), "the outage is over");
    let abuse = page["notices"].as_array().unwrap().iter().find(|n| n["kind"] == "abuse").unwrap();
    assert!(abuse["respond_by"].is_string(), "the abuse report has a deadline");
    for n in page["notices"].as_array().unwrap() {
        let langs: Vec<_> = n["translations"].as_array().unwrap().iter().map(|t| t["lang"].as_str().unwrap()).collect();
        assert_eq!((n["default_lang"].as_str(), langs), (Some("en"), vec!["it", "de", "es"]), "the demo speaks four languages: {n}");
    }
    let teams: Vec<_> = page["support"]["teams"].as_array().unwrap().iter().map(|t| t["id"].as_str().unwrap()).collect();
    assert_eq!(teams, ["support-engineers", "billing", "datacenter", "sysadmins"]);
    // A later pull does not repeat the support structure.
    let cursor = page["next_cursor"].as_str().unwrap();
    let (_, next) = s.get(&format!("/v1/sync?cursor={cursor}")).await;
    assert!(next.get("support").is_none(), "{next}");
}

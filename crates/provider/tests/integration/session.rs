//! Sessions: a token is revoked by signing out (`DELETE /v1/auth/session`), and only that
//! one; the customer's other tokens keep working. A token left unused for the idle
//! lifetime (30 days by default, on the server's clock) is refused; each use renews it.

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::Server;

async fn sign_in(s: &Server) -> String {
    let res = s.http.post(s.url("/v1/auth/sign-in")).json(&json!({"email": "demo@example.com", "password": "demo"})).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    res.json::<Value>().await.unwrap()["token"].as_str().unwrap().to_owned()
}

async fn status_of(s: &Server, token: &str) -> StatusCode {
    s.http.get(s.url("/v1/account")).bearer_auth(token).send().await.unwrap().status()
}

#[tokio::test]
async fn signing_out_revokes_that_token_and_no_other() {
    let s = Server::start(false).await;
    let other = sign_in(&s).await;
    assert_eq!(status_of(&s, &s.token).await, StatusCode::OK);

    let res = s.http.delete(s.url("/v1/auth/session")).bearer_auth(&s.token).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::NO_CONTENT);
    assert!(res.bytes().await.unwrap().is_empty());

    let res = s.http.get(s.url("/v1/account")).bearer_auth(&s.token).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    let problem: Value = res.json().await.unwrap();
    assert_eq!(problem["type"], "urn:clientarea:problem:unauthorized");
    assert_eq!(status_of(&s, &other).await, StatusCode::OK, "the customer's other session is untouched");

    // Signing out twice, or without a token, is a 401: there is no session to end.
    let res = s.http.delete(s.url("/v1/auth/session")).bearer_auth(&s.token).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    let res = s.http.delete(s.url("/v1/auth/session")).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
}

async fn advance_days(s: &Server, days: i64) {
    let (status, body) = s.admin(Method::POST, "/v1/admin/clock", json!({"advance_seconds": days * 24 * 3600})).await;
    assert_eq!(status, 200, "{body}");
}

#[tokio::test]
async fn a_token_unused_for_its_idle_lifetime_expires_and_each_use_renews_it() {
    let s = Server::start(true).await;
    let idle = sign_in(&s).await;
    advance_days(&s, 20).await;
    assert_eq!(status_of(&s, &s.token).await, StatusCode::OK, "used on day 20");
    advance_days(&s, 20).await;
    assert_eq!(status_of(&s, &s.token).await, StatusCode::OK, "day 40, 20 days after its last use");

    let res = s.http.get(s.url("/v1/account")).bearer_auth(&idle).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED, "unused for 40 days");
    let problem: Value = res.json().await.unwrap();
    assert_eq!(problem["type"], "urn:clientarea:problem:unauthorized", "the problem the client reads as an expired session");

    advance_days(&s, 31).await;
    assert_eq!(status_of(&s, &s.token).await, StatusCode::UNAUTHORIZED);
    assert_eq!(status_of(&s, &sign_in(&s).await).await, StatusCode::OK, "signing in again starts a new session");
}

#[tokio::test]
async fn the_idle_lifetime_is_configured() {
    let config = clientarea_provider::Config {
        demo: true,
        admin_token: Some(crate::ADMIN.into()),
        token_idle_ttl: std::time::Duration::from_secs(3600),
        ..Default::default()
    };
    let running = clientarea_provider::spawn("127.0.0.1:0".parse().unwrap(), config).await.unwrap();
    let s = Server::signed_in(running).await;
    let (status, _) = s.admin(Method::POST, "/v1/admin/clock", json!({"advance_seconds": 3000})).await;
    assert_eq!(status, 200);
    assert_eq!(status_of(&s, &s.token).await, StatusCode::OK);
    let (status, _) = s.admin(Method::POST, "/v1/admin/clock", json!({"advance_seconds": 3601})).await;
    assert_eq!(status, 200);
    assert_eq!(status_of(&s, &s.token).await, StatusCode::UNAUTHORIZED);
}

//! Sessions: a token is revoked by signing out (`DELETE /v1/auth/session`), and only that
//! one; the customer's other tokens keep working.

use reqwest::StatusCode;
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

//! Rate limits that cannot be dodged: invented tokens are charged to their address, a
//! valid token to its account; failed sign-ins lock an e-mail address out, with a
//! `Retry-After`, until the lockout passes and a sign-in succeeds.

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::{ADMIN, Server};

async fn limited(rate_limit: clientarea_provider::RateLimit) -> Server {
    let config = clientarea_provider::Config { demo: true, admin_token: Some(ADMIN.into()), rate_limit, ..Default::default() };
    Server::signed_in(clientarea_provider::spawn("127.0.0.1:0".parse().unwrap(), config).await.unwrap()).await
}

#[tokio::test]
async fn invented_tokens_from_one_address_share_one_allowance() {
    let s = limited(clientarea_provider::RateLimit { per_second: 0.001, burst: 5.0 }).await;
    let mut statuses = Vec::new();
    for i in 0..7 {
        let res = s.http.get(s.url("/v1/tickets")).bearer_auth(format!("invented-{i}")).send().await.unwrap();
        statuses.push(res.status().as_u16());
    }
    assert_eq!(statuses, [401, 401, 401, 401, 401, 429, 429], "a new header buys no new allowance");
    let res = s.http.get(s.url("/v1/tickets")).header("authorization", "Basic YTpi").send().await.unwrap();
    assert_eq!(res.status(), 429, "nor does another scheme, or none");
    let res = s.http.get(s.url("/v1/tickets")).bearer_auth(&s.token).send().await.unwrap();
    assert_eq!(res.status(), 200, "a valid token is charged to its account, not to the address");
}

#[tokio::test]
async fn a_customers_tokens_share_the_accounts_allowance() {
    let s = limited(clientarea_provider::RateLimit { per_second: 0.001, burst: 4.0 }).await;
    let other = Server::sign_in_token(&s).await;
    let mut statuses = Vec::new();
    for token in [&s.token, &other, &s.token, &other, &s.token, &other] {
        statuses.push(s.http.get(s.url("/v1/tickets")).bearer_auth(token).send().await.unwrap().status().as_u16());
    }
    assert_eq!(statuses, [200, 200, 200, 200, 429, 429]);
    let (status, _) = s.admin(Method::POST, "/v1/admin/clock", json!({"advance_seconds": 1})).await;
    assert_eq!(status, 200, "the admin has a bucket of its own");
}

async fn sign_in(s: &Server, email: &str, password: &str) -> reqwest::Response {
    s.http.post(s.url("/v1/auth/sign-in")).json(&json!({"email": email, "password": password})).send().await.unwrap()
}

#[tokio::test]
async fn failed_sign_ins_lock_the_address_out_until_the_lockout_passes() {
    let s = Server::start(true).await;
    for _ in 0..5 {
        assert_eq!(sign_in(&s, "demo@example.com", "guess").await.status(), StatusCode::UNAUTHORIZED);
    }
    // Locked out: even the right password is refused, without being checked.
    let res = sign_in(&s, "Demo@Example.com", "demo").await;
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(res.headers()["retry-after"], "30");
    let problem: Value = res.json().await.unwrap();
    assert_eq!(problem["type"], "urn:clientarea:problem:rate-limited");
    assert_eq!(s.get("/v1/account").await.0, 200, "sessions already open go on");
    // Unknown addresses are locked out alike: the answer does not tell which exist.
    for _ in 0..5 {
        assert_eq!(sign_in(&s, "nobody@example.com", "guess").await.status(), StatusCode::UNAUTHORIZED);
    }
    assert_eq!(sign_in(&s, "nobody@example.com", "guess").await.status(), StatusCode::TOO_MANY_REQUESTS);

    // The lockout passes on the server's clock; a success forgets the failures.
    let (status, _) = s.admin(Method::POST, "/v1/admin/clock", json!({"advance_seconds": 31})).await;
    assert_eq!(status, 200);
    assert_eq!(sign_in(&s, "demo@example.com", "demo").await.status(), StatusCode::OK);
    for _ in 0..5 {
        assert_eq!(sign_in(&s, "demo@example.com", "guess").await.status(), StatusCode::UNAUTHORIZED, "five free failures again");
    }
    let res = sign_in(&s, "demo@example.com", "demo").await;
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(res.headers()["retry-after"], "30", "the lockout starts over, not doubled");
}

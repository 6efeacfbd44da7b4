//! The reference provider over real HTTP on 127.0.0.1:0: the admin API, notices in the
//! pull, the push stream, and fault injection with idempotent retries; and the layering
//! of its own source (`modules`: no import cycle).

// A test that unwraps fails with the panic's message and place, which is its report; the
// workspace's `clippy::unwrap_used` is for the code that serves.
#![allow(clippy::unwrap_used)]

mod admin;
mod billing;
mod chat;
mod contract;
mod desk;
mod hostile;
mod limits;
mod modules;
mod push;
mod session;
mod tickets;

use clientarea_api::SignInResponse;
use serde_json::{Value, json};

pub const ADMIN: &str = "admin-secret";

pub struct Server {
    pub running: clientarea_provider::Running,
    pub http: reqwest::Client,
    pub token: String,
}

impl Server {
    pub async fn start(admin: bool) -> Server {
        let config =
            clientarea_provider::Config { data_dir: None, demo: true, admin_token: admin.then(|| ADMIN.to_owned()), ..Default::default() };
        let running = clientarea_provider::spawn("127.0.0.1:0".parse().unwrap(), config).await.unwrap();
        Server::signed_in(running).await
    }

    /// Sign the demo customer in to a server already started.
    pub async fn signed_in(running: clientarea_provider::Running) -> Server {
        let http = reqwest::Client::new();
        let res: SignInResponse = http
            .post(format!("{}/v1/auth/sign-in", running.url()))
            .json(&json!({"email": "demo@example.com", "password": "demo"}))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        Server { running, http, token: res.token }
    }

    /// Another token of the demo customer: a second session.
    pub async fn sign_in_token(&self) -> String {
        let res = self
            .http
            .post(self.url("/v1/auth/sign-in"))
            .json(&json!({"email": "demo@example.com", "password": "demo"}))
            .send()
            .await
            .unwrap();
        res.json::<SignInResponse>().await.unwrap().token
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.running.url())
    }

    pub async fn get(&self, path: &str) -> (u16, Value) {
        let res = self.http.get(self.url(path)).bearer_auth(&self.token).send().await.unwrap();
        (res.status().as_u16(), res.json().await.unwrap_or(Value::Null))
    }

    pub async fn admin(&self, method: reqwest::Method, path: &str, body: Value) -> (u16, Value) {
        let res = self.http.request(method, self.url(path)).bearer_auth(ADMIN).json(&body).send().await.unwrap();
        (res.status().as_u16(), res.json().await.unwrap_or(Value::Null))
    }

    pub async fn create_ticket(&self, key: &str, subject: &str) -> Result<(u16, Value), reqwest::Error> {
        let res = self
            .http
            .post(self.url("/v1/tickets"))
            .bearer_auth(&self.token)
            .header("Idempotency-Key", key)
            .json(&json!({"department": "technical", "priority": "regular", "subject": subject, "body": "b"}))
            .send()
            .await?;
        let status = res.status().as_u16();
        Ok((status, res.json().await?))
    }

    pub async fn tickets_with_subject(&self, subject: &str) -> usize {
        let (_, v) = self.get("/v1/tickets").await;
        v["tickets"].as_array().unwrap().iter().filter(|t| t["subject"] == subject).count()
    }
}

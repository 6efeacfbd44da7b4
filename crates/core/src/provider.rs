//! The HTTP client of the provider contract. It speaks only `clientarea-api` types and
//! turns every way a provider can fail (no answer, an error, garbage) into a
//! `ProviderError` with a stable code.

use std::time::Duration;

use clientarea_api::problem::{PROBLEM_CONTENT_TYPE, types};
use clientarea_api::{
    Cursor, IDEMPOTENCY_KEY_HEADER, NewReply, NewTicket, Problem, SignInRequest, SignInResponse, SyncPage, TicketDetail, TicketMessage,
};
use reqwest::{Method, StatusCode};
use serde::Serialize;
use serde::de::DeserializeOwned;
use url::Url;

#[derive(Debug, thiserror::Error)]
pub enum ProviderError {
    #[error("the provider address is not valid: {0}")]
    InvalidUrl(String),
    #[error("plain http is only allowed to this computer; use https for {0}")]
    InsecureUrl(String),
    #[error("the provider cannot be reached: {0}")]
    Unreachable(String),
    #[error("the provider answered something this app does not understand: {0}")]
    InvalidResponse(String),
    #[error("the e-mail address or password is not correct")]
    InvalidCredentials,
    #[error("the session has expired; sign in again")]
    SessionExpired,
    #[error("the provider refused the request ({status}): {}", problem.title)]
    Rejected { status: u16, problem: Problem },
    /// The provider's address answered with a redirect. Never followed: a sign-in would
    /// carry the password, and every other request the token, to wherever it points.
    #[error("the provider's address redirects to {location:?}; redirects are not followed")]
    Redirected { location: String },
}

/// The most a JSON answer may hold (a pull page of 1,000 records with long messages is a
/// few MiB): past it the answer is dropped unread, not held in memory.
pub const MAX_ANSWER_BYTES: usize = 32 * 1024 * 1024;
/// The most an attachment's download may hold: the provider's own upload limit, and room
/// for nothing else.
pub const MAX_DOWNLOAD_BYTES: usize = clientarea_api::uploads::UPLOAD_MAX_BYTES + 64 * 1024;

impl ProviderError {
    pub fn code(&self) -> crate::ErrorCode {
        use crate::ErrorCode;
        match self {
            ProviderError::InvalidUrl(_) => ErrorCode::ProviderUrlInvalid,
            ProviderError::InsecureUrl(_) => ErrorCode::ProviderUrlInsecure,
            ProviderError::Unreachable(_) => ErrorCode::ProviderUnreachable,
            ProviderError::InvalidResponse(_) => ErrorCode::ProviderInvalidResponse,
            ProviderError::InvalidCredentials => ErrorCode::InvalidCredentials,
            ProviderError::SessionExpired => ErrorCode::SessionExpired,
            ProviderError::Rejected { problem, .. } if problem.kind == types::VALIDATION => ErrorCode::Validation,
            ProviderError::Rejected { status: 429, .. } => ErrorCode::ProviderBusy,
            ProviderError::Rejected { .. } => ErrorCode::ProviderRejected,
            ProviderError::Redirected { .. } => ErrorCode::ProviderRedirected,
        }
    }

    /// Worth trying again later (the provider may come back); the others will not heal.
    pub fn is_transient(&self) -> bool {
        match self {
            ProviderError::Unreachable(_) => true,
            // 409 in flight: the first try of this very request is still being handled.
            ProviderError::Rejected { status, problem } => *status >= 500 || *status == 429 || problem.kind == types::IDEMPOTENCY_IN_FLIGHT,
            _ => false,
        }
    }
}

/// Check and normalize a provider address the user typed. TLS is required except to
/// this computer (the embedded and test providers listen on loopback).
pub fn parse_provider_url(input: &str) -> Result<Url, ProviderError> {
    let url = Url::parse(input.trim()).map_err(|_| ProviderError::InvalidUrl(input.to_owned()))?;
    let host = url.host().ok_or_else(|| ProviderError::InvalidUrl(input.to_owned()))?;
    let loopback = match host {
        url::Host::Domain(d) => d.eq_ignore_ascii_case("localhost"),
        url::Host::Ipv4(ip) => ip.is_loopback(),
        url::Host::Ipv6(ip) => ip.is_loopback(),
    };
    match url.scheme() {
        "https" => {}
        "http" if loopback => {}
        "http" => return Err(ProviderError::InsecureUrl(input.to_owned())),
        _ => return Err(ProviderError::InvalidUrl(input.to_owned())),
    }
    let mut url = url;
    url.set_query(None);
    url.set_fragment(None);
    if !url.path().ends_with('/') {
        let p = format!("{}/", url.path());
        url.set_path(&p);
    }
    Ok(url)
}

#[derive(Clone)]
pub struct ProviderClient {
    base: Url,
    http: reqwest::Client,
    token: Option<String>,
    timeout: Duration,
}

impl ProviderClient {
    pub fn new(base: Url) -> Result<Self, ProviderError> {
        let http = reqwest::Client::builder()
            .connect_timeout(Duration::from_secs(5))
            // No redirect is followed, not even to the same host: reqwest keeps the
            // `Authorization` header when only the scheme changes (https → http).
            .redirect(reqwest::redirect::Policy::none())
            .user_agent(concat!("clientarea/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| ProviderError::Unreachable(e.to_string()))?;
        Ok(Self { base, http, token: None, timeout: Duration::from_secs(30) })
    }

    /// Give up on a request after `timeout` (it is retried later, with the same key).
    pub fn with_timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    pub fn with_token(mut self, token: String) -> Self {
        self.token = Some(token);
        self
    }

    fn url(&self, path: &str) -> Result<Url, ProviderError> {
        self.base.join(path.trim_start_matches('/')).map_err(|e| ProviderError::InvalidUrl(e.to_string()))
    }

    async fn call<B: Serialize, T: DeserializeOwned>(
        &self,
        method: Method,
        path: &str,
        body: Option<&B>,
        idempotency_key: Option<&str>,
    ) -> Result<T, ProviderError> {
        let mut req = self.http.request(method, self.url(path)?).timeout(self.timeout);
        if let Some(t) = &self.token {
            req = req.bearer_auth(t);
        }
        if let Some(k) = idempotency_key {
            req = req.header(IDEMPOTENCY_KEY_HEADER, k);
        }
        if let Some(b) = body {
            req = req.json(b);
        }
        self.answer(req).await
    }

    /// Send a request and read its answer: the value, or the provider's problem.
    async fn answer<T: DeserializeOwned>(&self, req: reqwest::RequestBuilder) -> Result<T, ProviderError> {
        let bytes = self.answer_bytes(req).await?;
        serde_json::from_slice(&bytes).map_err(|e| ProviderError::InvalidResponse(e.to_string()))
    }

    /// Send a request and read its answer's bytes, or the provider's problem.
    async fn answer_bytes(&self, req: reqwest::RequestBuilder) -> Result<Vec<u8>, ProviderError> {
        let res = req.send().await.map_err(|e| ProviderError::Unreachable(without_url(e)))?;
        refuse_redirect(&res)?;
        let status = res.status();
        let is_problem = is_problem(&res);
        let bytes = read_capped(res, MAX_ANSWER_BYTES).await?;
        if status.is_success() {
            return Ok(bytes);
        }
        Err(refusal(status, is_problem, &bytes))
    }

    pub async fn sign_in(&self, email: &str, password: &str) -> Result<SignInResponse, ProviderError> {
        let body = SignInRequest { email: email.trim().to_owned(), password: password.to_owned() };
        self.call(Method::POST, "v1/auth/sign-in", Some(&body), None).await
    }

    /// Sign out on the provider's side (`DELETE /v1/auth/session`): the token this client
    /// holds is revoked. A 401 counts as done: the token was dead already.
    pub async fn revoke_session(&self) -> Result<(), ProviderError> {
        let mut req = self.http.delete(self.url("v1/auth/session")?).timeout(self.timeout);
        if let Some(t) = &self.token {
            req = req.bearer_auth(t);
        }
        let res = req.send().await.map_err(|e| ProviderError::Unreachable(without_url(e)))?;
        refuse_redirect(&res)?;
        let status = res.status();
        if status.is_success() || status == StatusCode::UNAUTHORIZED {
            return Ok(());
        }
        let is_problem = is_problem(&res);
        let bytes = read_capped(res, MAX_ANSWER_BYTES).await?;
        Err(refusal(status, is_problem, &bytes))
    }

    pub async fn pull(&self, cursor: &Cursor, limit: u32) -> Result<SyncPage, ProviderError> {
        decode_page(&self.pull_bytes(cursor, limit, false).await?)
    }

    /// One pull page as it came, to be read with [`decode_page`]: the pull decodes a page
    /// while the one before is written, and times the two apart. With `totals`, a page
    /// that has more after it says what the whole pull brings ([`SyncPage::totals`]).
    pub async fn pull_bytes(&self, cursor: &Cursor, limit: u32, totals: bool) -> Result<Vec<u8>, ProviderError> {
        let mut url = self.url("v1/sync")?;
        url.query_pairs_mut().append_pair("cursor", &cursor.0).append_pair("limit", &limit.to_string());
        if totals {
            url.query_pairs_mut().append_pair("totals", "true");
        }
        let mut req = self.http.get(url).timeout(self.timeout);
        if let Some(t) = &self.token {
            req = req.bearer_auth(t);
        }
        self.answer_bytes(req).await
    }

    /// Open the push stream. The answer's body is the stream: read it with
    /// `bytes_stream`, with an idle deadline (the provider sends a keep-alive every 15 s).
    pub async fn events(&self, last_event_id: Option<&str>) -> Result<reqwest::Response, ProviderError> {
        let mut req = self.http.get(self.url("v1/events")?).header(reqwest::header::ACCEPT, "text/event-stream");
        if let Some(t) = &self.token {
            req = req.bearer_auth(t);
        }
        if let Some(id) = last_event_id {
            req = req.header("Last-Event-ID", id);
        }
        // A deadline for the headers only: the body is the stream, read with its own.
        let res = tokio::time::timeout(self.timeout, req.send())
            .await
            .map_err(|_| ProviderError::Unreachable("timed out before the stream opened".into()))?
            .map_err(|e| ProviderError::Unreachable(without_url(e)))?;
        refuse_redirect(&res)?;
        match res.status() {
            s if s.is_success() => Ok(res),
            StatusCode::UNAUTHORIZED => Err(ProviderError::SessionExpired),
            s => Err(ProviderError::Rejected {
                status: s.as_u16(),
                problem: Problem::new("about:blank", s.as_u16(), s.canonical_reason().unwrap_or("error")),
            }),
        }
    }

    pub async fn create_ticket(&self, new: &NewTicket, key: &str) -> Result<TicketDetail, ProviderError> {
        self.call(Method::POST, "v1/tickets", Some(new), Some(key)).await
    }

    /// Close, reopen, or answer a resolved ticket (`solved` / `not_solved`).
    pub async fn set_status(&self, ticket_id: &str, action: StatusAction, key: &str) -> Result<TicketDetail, ProviderError> {
        let id = urlencode(ticket_id);
        match action {
            StatusAction::Close => self.call(Method::POST, &format!("v1/tickets/{id}/close"), None::<&()>, Some(key)).await,
            StatusAction::Reopen => self.call(Method::POST, &format!("v1/tickets/{id}/reopen"), None::<&()>, Some(key)).await,
            StatusAction::Solved | StatusAction::NotSolved => {
                let body = clientarea_api::Resolution { solved: action == StatusAction::Solved };
                self.call(Method::POST, &format!("v1/tickets/{id}/resolution"), Some(&body), Some(key)).await
            }
        }
    }

    /// Change the account (`PATCH /v1/account`); the answer is the account now.
    pub async fn update_account(
        &self,
        update: &clientarea_api::AccountUpdate,
        key: &str,
    ) -> Result<clientarea_api::Account, ProviderError> {
        self.call(Method::PATCH, "v1/account", Some(update), Some(key)).await
    }

    /// The bytes of an attachment.
    pub async fn download(&self, upload_id: &str) -> Result<Vec<u8>, ProviderError> {
        let mut req =
            self.http.get(self.url(&format!("v1/uploads/{}", urlencode(upload_id)))?).timeout(self.timeout.max(Duration::from_secs(120)));
        if let Some(t) = &self.token {
            req = req.bearer_auth(t);
        }
        let res = req.send().await.map_err(|e| ProviderError::Unreachable(without_url(e)))?;
        refuse_redirect(&res)?;
        match res.status() {
            s if s.is_success() => read_capped(res, MAX_DOWNLOAD_BYTES).await,
            StatusCode::UNAUTHORIZED => Err(ProviderError::SessionExpired),
            s => Err(ProviderError::Rejected {
                status: s.as_u16(),
                problem: Problem::new("about:blank", s.as_u16(), s.canonical_reason().unwrap_or("error")),
            }),
        }
    }

    /// Upload one file; `key` makes a retry return the first upload.
    pub async fn upload(&self, filename: &str, bytes: Vec<u8>, key: &str) -> Result<clientarea_api::Attachment, ProviderError> {
        let mut url = self.url("v1/uploads")?;
        url.query_pairs_mut().append_pair("filename", filename);
        let mut req = self
            .http
            .post(url)
            .timeout(self.timeout.max(Duration::from_secs(120)))
            .header(IDEMPOTENCY_KEY_HEADER, key)
            .header(reqwest::header::CONTENT_TYPE, "application/octet-stream")
            .body(bytes);
        if let Some(t) = &self.token {
            req = req.bearer_auth(t);
        }
        self.answer(req).await
    }

    pub async fn reply(&self, ticket_id: &str, reply: &NewReply, key: &str) -> Result<TicketMessage, ProviderError> {
        let path = format!("v1/tickets/{}/messages", urlencode(ticket_id));
        self.call(Method::POST, &path, Some(reply), Some(key)).await
    }

    /// Start a live chat with its first message (`POST /v1/chats`).
    pub async fn start_chat(
        &self,
        message: &clientarea_api::NewChatMessage,
        key: &str,
    ) -> Result<clientarea_api::ChatDetail, ProviderError> {
        self.call(Method::POST, "v1/chats", Some(message), Some(key)).await
    }

    /// Write in a chat (`POST /v1/chats/{id}/messages`).
    pub async fn chat_message(
        &self,
        chat_id: &str,
        message: &clientarea_api::NewChatMessage,
        key: &str,
    ) -> Result<clientarea_api::ChatMessage, ProviderError> {
        let path = format!("v1/chats/{}/messages", urlencode(chat_id));
        self.call(Method::POST, &path, Some(message), Some(key)).await
    }

    /// Turn a chat into a ticket (`POST /v1/chats/{id}/ticket`); done once by the
    /// provider, so a retry answers the same ticket.
    pub async fn chat_to_ticket(
        &self,
        chat_id: &str,
        req: &clientarea_api::ChatToTicket,
        key: &str,
    ) -> Result<TicketDetail, ProviderError> {
        let path = format!("v1/chats/{}/ticket", urlencode(chat_id));
        self.call(Method::POST, &path, Some(req), Some(key)).await
    }
}

/// What the customer does to a ticket's status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum StatusAction {
    Close,
    Reopen,
    /// The answer to a resolved ticket: solved, it closes.
    Solved,
    /// Not solved: it reopens.
    NotSolved,
}

/// A pull page from the bytes [`ProviderClient::pull_bytes`] read.
pub fn decode_page(bytes: &[u8]) -> Result<SyncPage, ProviderError> {
    serde_json::from_slice(bytes).map_err(|e| ProviderError::InvalidResponse(e.to_string()))
}

fn is_problem(res: &reqwest::Response) -> bool {
    res.headers().get(reqwest::header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).is_some_and(|v| v.starts_with(PROBLEM_CONTENT_TYPE))
}

/// What an error answer means: the provider's problem when it sent one (a 401 is a wrong
/// password at sign-in, an expired session otherwise), a refusal by status when a proxy
/// answered without one.
fn refusal(status: StatusCode, is_problem: bool, bytes: &[u8]) -> ProviderError {
    let problem = if is_problem { serde_json::from_slice::<Problem>(bytes).ok() } else { None };
    match (status, problem) {
        (StatusCode::UNAUTHORIZED, Some(p)) if p.kind == types::INVALID_CREDENTIALS => ProviderError::InvalidCredentials,
        (StatusCode::UNAUTHORIZED, _) => ProviderError::SessionExpired,
        (_, Some(problem)) => ProviderError::Rejected { status: status.as_u16(), problem },
        // An error without a problem document: a proxy, a gateway, something else.
        (s, None) if s.is_server_error() || s == StatusCode::TOO_MANY_REQUESTS => ProviderError::Rejected {
            status: s.as_u16(),
            problem: Problem::new("about:blank", s.as_u16(), s.canonical_reason().unwrap_or("error")),
        },
        (s, None) => ProviderError::InvalidResponse(format!("HTTP {s} without a problem document")),
    }
}

/// A redirect is an error that names where it pointed (scheme, host and port only).
fn refuse_redirect(res: &reqwest::Response) -> Result<(), ProviderError> {
    if !res.status().is_redirection() {
        return Ok(());
    }
    let location = res
        .headers()
        .get(reqwest::header::LOCATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|l| res.url().join(l).ok())
        .map(|u| u.origin().ascii_serialization())
        .unwrap_or_default();
    Err(ProviderError::Redirected { location })
}

/// The answer's body, up to `limit` bytes: a longer one (by its `Content-Length`, or as it
/// arrives) is refused at once, so memory never holds more than the limit.
async fn read_capped(mut res: reqwest::Response, limit: usize) -> Result<Vec<u8>, ProviderError> {
    let too_large = || ProviderError::InvalidResponse(format!("the answer is larger than {} MiB", limit / (1024 * 1024)));
    if res.content_length().is_some_and(|n| n > limit as u64) {
        return Err(too_large());
    }
    // Sized once when the length is announced (a pull page arrives in many chunks).
    let mut body = Vec::with_capacity(res.content_length().unwrap_or(0) as usize);
    while let Some(chunk) = res.chunk().await.map_err(|e| ProviderError::Unreachable(without_url(e)))? {
        if body.len() + chunk.len() > limit {
            return Err(too_large());
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

/// reqwest's messages name the URL, which may carry a token in a query some day: keep
/// only the cause.
fn without_url(e: reqwest::Error) -> String {
    let kind = if e.is_timeout() {
        "timed out"
    } else if e.is_connect() {
        "connection failed"
    } else if e.is_body() || e.is_decode() {
        "the answer was cut off"
    } else {
        "request failed"
    };
    let mut cause = String::new();
    let mut src = std::error::Error::source(&e);
    while let Some(s) = src {
        cause = s.to_string();
        src = s.source();
    }
    if cause.is_empty() { kind.to_owned() } else { format!("{kind}: {cause}") }
}

fn urlencode(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn provider_urls_need_tls_except_on_loopback() {
        assert_eq!(parse_provider_url("https://api.example.net").unwrap().as_str(), "https://api.example.net/");
        assert_eq!(parse_provider_url(" http://127.0.0.1:8787 ").unwrap().as_str(), "http://127.0.0.1:8787/");
        assert!(parse_provider_url("http://localhost:1/x").unwrap().as_str().ends_with("/x/"));
        assert!(parse_provider_url("http://[::1]:8787").is_ok());
        assert!(matches!(parse_provider_url("http://api.example.net"), Err(ProviderError::InsecureUrl(_))));
        assert!(matches!(parse_provider_url("ftp://example.net"), Err(ProviderError::InvalidUrl(_))));
        assert!(matches!(parse_provider_url("not a url"), Err(ProviderError::InvalidUrl(_))));
    }

    #[test]
    fn codes_are_stable() {
        assert_eq!(ProviderError::InvalidCredentials.code(), "invalid-credentials");
        let busy = Problem::new("about:blank", 429, "Too Many Requests");
        assert_eq!(ProviderError::Rejected { status: 429, problem: busy }.code(), "provider-busy");
        assert_eq!(ProviderError::Unreachable("x".into()).code(), "provider-unreachable");
        let p = Problem::validation(vec![]);
        assert_eq!(ProviderError::Rejected { status: 422, problem: p }.code(), "validation");
        assert!(ProviderError::Unreachable("x".into()).is_transient());
        assert!(!ProviderError::InvalidCredentials.is_transient());
    }
}

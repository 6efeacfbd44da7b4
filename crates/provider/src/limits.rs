//! Rate limits: a token bucket per bearer token (or per client address when there is
//! none). A client over its rate gets a 429 problem with `Retry-After`; admin routes are
//! not limited. The table of buckets is bounded: the stalest go first.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use axum::extract::{ConnectInfo, Request, State};
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use clientarea_api::Problem;
use clientarea_api::problem::types;
use sha2::{Digest, Sha256};

use crate::error::ApiError;

/// How fast one client may call: `per_second` on average, `burst` at once.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RateLimit {
    pub per_second: f64,
    pub burst: f64,
}

impl Default for RateLimit {
    fn default() -> Self {
        Self { per_second: 100.0, burst: 1000.0 }
    }
}

const MAX_CLIENTS: usize = 10_000;

pub struct Limiter {
    limit: RateLimit,
    buckets: Mutex<HashMap<[u8; 32], (f64, Instant)>>,
}

impl Limiter {
    pub fn new(limit: RateLimit) -> Self {
        Self { limit, buckets: Mutex::new(HashMap::new()) }
    }

    /// Take one token for `client`; false when its bucket is empty.
    fn allow(&self, client: &[u8]) -> bool {
        let key: [u8; 32] = Sha256::digest(client).into();
        let now = Instant::now();
        let mut buckets = self.buckets.lock().unwrap_or_else(|e| e.into_inner());
        if buckets.len() >= MAX_CLIENTS
            && !buckets.contains_key(&key)
            && let Some(stalest) = buckets.iter().min_by_key(|(_, (_, t))| *t).map(|(k, _)| *k)
        {
            buckets.remove(&stalest);
        }
        let (tokens, last) = buckets.entry(key).or_insert((self.limit.burst, now));
        *tokens = (*tokens + now.duration_since(*last).as_secs_f64() * self.limit.per_second).min(self.limit.burst);
        *last = now;
        if *tokens >= 1.0 {
            *tokens -= 1.0;
            true
        } else {
            false
        }
    }
}

pub async fn limit(State(limiter): State<Arc<Limiter>>, req: Request, next: Next) -> Response {
    if req.uri().path().starts_with("/v1/admin/") {
        return next.run(req).await;
    }
    let client: Vec<u8> = match req.headers().get(header::AUTHORIZATION) {
        Some(auth) => auth.as_bytes().to_vec(),
        None => req.extensions().get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip().to_string().into_bytes()).unwrap_or_default(),
    };
    if limiter.allow(&client) {
        return next.run(req).await;
    }
    let mut res = ApiError(Problem::new(types::RATE_LIMITED, 429, "Too many requests: slow down and retry")).into_response();
    res.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bucket_allows_its_burst_then_its_rate() {
        let l = Limiter::new(RateLimit { per_second: 0.0, burst: 3.0 });
        assert!((0..3).all(|_| l.allow(b"a")));
        assert!(!l.allow(b"a"), "the burst is spent");
        assert!(l.allow(b"b"), "another client has its own bucket");
    }
}

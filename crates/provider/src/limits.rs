//! Rate limits a client cannot dodge. Every request is charged to one *client*: the
//! account whose valid bearer token it carries, the admin (its token, on admin routes),
//! a sign-in from an address, or else just the address it came from. An invented, revoked
//! or expired token buys no allowance of its own: it is charged to its address. Each
//! client has a token bucket; one over its rate gets a 429 problem with `Retry-After`.
//! Sign-ins have a stricter bucket per address (each runs Argon2), and *lockouts* stop
//! guessing one account's password: after `FREE_FAILURES` failed sign-ins an e-mail
//! address is refused for a while, twice as long after each further failure, until a
//! sign-in succeeds. Both tables are bounded: when full, the stalest entry goes first.
//! (Who a request comes from is decided in `gate`.)

use std::collections::HashMap;
use std::net::IpAddr;
use std::str::FromStr;
use std::sync::Mutex;
use std::time::Instant;

use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
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

impl RateLimit {
    /// Sign-ins from one address, unless configured: each one costs an Argon2 hash.
    pub const SIGN_IN: RateLimit = RateLimit { per_second: 2.0, burst: 30.0 };
}

/// `PER_SECOND,BURST`, as the command line gives it (`100,1000`).
impl FromStr for RateLimit {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || format!("expected PER_SECOND,BURST (e.g. 100,1000), got {s:?}");
        let (rate, burst) = s.split_once(',').ok_or_else(bad)?;
        let per_second: f64 = rate.trim().parse().map_err(|_| bad())?;
        let burst: f64 = burst.trim().parse().map_err(|_| bad())?;
        if !(per_second.is_finite() && per_second >= 0.0 && burst.is_finite() && burst >= 1.0) {
            return Err(bad());
        }
        Ok(RateLimit { per_second, burst })
    }
}

/// Who a request is charged to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Client {
    /// No valid token: the address it came from.
    Address(IpAddr),
    /// A sign-in, from this address.
    SignIn(IpAddr),
    /// A valid bearer token of this customer (all the customer's tokens share it).
    Account(String),
    /// The admin token, on an admin route.
    Admin,
}

impl Client {
    fn key(&self) -> [u8; 32] {
        let name = match self {
            Client::Address(ip) => format!("address:{ip}"),
            Client::SignIn(ip) => format!("sign-in:{ip}"),
            Client::Account(id) => format!("account:{id}"),
            Client::Admin => "admin".to_owned(),
        };
        Sha256::digest(name.as_bytes()).into()
    }
}

/// The most clients (and locked-out addresses) remembered at once.
const MAX_CLIENTS: usize = 10_000;

pub struct Limiter {
    limit: RateLimit,
    sign_in: RateLimit,
    buckets: Mutex<HashMap<[u8; 32], (f64, Instant)>>,
}

impl Limiter {
    pub fn new(limit: RateLimit, sign_in: RateLimit) -> Self {
        Self { limit, sign_in, buckets: Mutex::new(HashMap::new()) }
    }

    /// Take one token from `client`'s bucket; false when it is empty.
    pub fn allow(&self, client: &Client) -> bool {
        let limit = if matches!(client, Client::SignIn(_)) { self.sign_in } else { self.limit };
        let key = client.key();
        let now = Instant::now();
        let mut buckets = self.buckets.lock().unwrap_or_else(|e| e.into_inner());
        if buckets.len() >= MAX_CLIENTS
            && !buckets.contains_key(&key)
            && let Some(stalest) = buckets.iter().min_by_key(|(_, (_, t))| *t).map(|(k, _)| *k)
        {
            buckets.remove(&stalest);
        }
        let (tokens, last) = buckets.entry(key).or_insert((limit.burst, now));
        *tokens = (*tokens + now.duration_since(*last).as_secs_f64() * limit.per_second).min(limit.burst);
        *last = now;
        if *tokens >= 1.0 {
            *tokens -= 1.0;
            true
        } else {
            false
        }
    }
}

/// Failed sign-ins an e-mail address is allowed before it is locked out.
pub const FREE_FAILURES: u32 = 5;
/// The first lockout; each further failure doubles it, up to `MAX_LOCKOUT`.
pub const FIRST_LOCKOUT: chrono::Duration = chrono::Duration::seconds(30);
pub const MAX_LOCKOUT: chrono::Duration = chrono::Duration::hours(1);

/// Failed sign-ins per e-mail address (known or not: the answer must not tell), on the
/// server's clock.
#[derive(Default)]
pub struct Lockouts {
    failures: Mutex<HashMap<[u8; 32], Failures>>,
}

#[derive(Debug, Clone, Copy)]
struct Failures {
    count: u32,
    locked_until: Option<DateTime<Utc>>,
    last: DateTime<Utc>,
}

/// The address as a key: case and surrounding blanks do not make another account, and a
/// megabyte-long "address" takes 32 bytes.
fn email_key(email: &str) -> [u8; 32] {
    Sha256::digest(email.trim().to_lowercase().as_bytes()).into()
}

impl Lockouts {
    /// How long `email` is still locked out at `now`, if it is.
    pub fn locked_for(&self, email: &str, now: DateTime<Utc>) -> Option<chrono::Duration> {
        let failures = self.failures.lock().unwrap_or_else(|e| e.into_inner());
        let until = failures.get(&email_key(email))?.locked_until?;
        (until > now).then(|| until - now)
    }

    /// A sign-in as `email` failed at `now`.
    pub fn failed(&self, email: &str, now: DateTime<Utc>) {
        let key = email_key(email);
        let mut failures = self.failures.lock().unwrap_or_else(|e| e.into_inner());
        if failures.len() >= MAX_CLIENTS
            && !failures.contains_key(&key)
            && let Some(stalest) = failures.iter().min_by_key(|(_, f)| f.last).map(|(k, _)| *k)
        {
            failures.remove(&stalest);
        }
        let f = failures.entry(key).or_insert(Failures { count: 0, locked_until: None, last: now });
        f.count = f.count.saturating_add(1);
        f.last = now;
        if f.count >= FREE_FAILURES {
            let doublings = (f.count - FREE_FAILURES).min(16);
            f.locked_until = Some(now + (FIRST_LOCKOUT * 2i32.pow(doublings)).min(MAX_LOCKOUT));
        }
    }

    /// A sign-in as `email` succeeded: its failures are forgotten.
    pub fn succeeded(&self, email: &str) {
        self.failures.lock().unwrap_or_else(|e| e.into_inner()).remove(&email_key(email));
    }
}

/// The 429 answer: a rate-limited problem that says when to come back.
pub fn too_many_requests(retry_after: chrono::Duration) -> Response {
    let seconds = (retry_after.num_milliseconds().max(1) as u64).div_ceil(1000);
    let mut res = ApiError(Problem::new(types::RATE_LIMITED, 429, "Too many requests: slow down and retry")).into_response();
    if let Ok(v) = HeaderValue::from_str(&seconds.to_string()) {
        res.headers_mut().insert(header::RETRY_AFTER, v);
    }
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(last: u8) -> IpAddr {
        IpAddr::from([127, 0, 0, last])
    }

    #[test]
    fn a_bucket_allows_its_burst_then_its_rate() {
        let l = Limiter::new(RateLimit { per_second: 0.0, burst: 3.0 }, RateLimit { per_second: 0.0, burst: 1.0 });
        assert!((0..3).all(|_| l.allow(&Client::Address(ip(1)))));
        assert!(!l.allow(&Client::Address(ip(1))), "the burst is spent");
        assert!(l.allow(&Client::Address(ip(2))), "another address has its own bucket");
        assert!(l.allow(&Client::Account("c1".into())), "an account has its own bucket");
        assert!(l.allow(&Client::SignIn(ip(1))), "sign-ins have their own, stricter bucket");
        assert!(!l.allow(&Client::SignIn(ip(1))));
    }

    #[test]
    fn the_table_of_buckets_stays_bounded() {
        let l = Limiter::new(RateLimit { per_second: 0.0, burst: 1.0 }, RateLimit::SIGN_IN);
        for i in 0..(MAX_CLIENTS + 10) {
            l.allow(&Client::Account(i.to_string()));
        }
        assert_eq!(l.buckets.lock().unwrap().len(), MAX_CLIENTS);
    }

    #[test]
    fn lockouts_begin_after_five_failures_double_and_end_on_success() {
        let t0 = DateTime::parse_from_rfc3339("2026-11-29T12:00:00Z").unwrap().with_timezone(&Utc);
        let l = Lockouts::default();
        for _ in 0..4 {
            l.failed("a@example.com", t0);
        }
        assert_eq!(l.locked_for("a@example.com", t0), None, "four failures are free");
        l.failed(" A@Example.com ", t0);
        assert_eq!(l.locked_for("a@example.com", t0), Some(FIRST_LOCKOUT), "the same address, however written");
        assert_eq!(l.locked_for("b@example.com", t0), None);
        let later = t0 + FIRST_LOCKOUT;
        assert_eq!(l.locked_for("a@example.com", later), None, "the lockout ends");
        l.failed("a@example.com", later);
        assert_eq!(l.locked_for("a@example.com", later), Some(FIRST_LOCKOUT * 2), "and doubles with the next failure");
        for _ in 0..40 {
            l.failed("a@example.com", later);
        }
        assert_eq!(l.locked_for("a@example.com", later), Some(MAX_LOCKOUT));
        l.succeeded("a@example.com");
        assert_eq!(l.locked_for("a@example.com", later), None);
    }

    #[test]
    fn rates_read_from_the_command_line() {
        assert_eq!("100,1000".parse::<RateLimit>(), Ok(RateLimit { per_second: 100.0, burst: 1000.0 }));
        assert_eq!(" 0.5 , 3 ".parse::<RateLimit>(), Ok(RateLimit { per_second: 0.5, burst: 3.0 }));
        for bad in ["", "100", "a,b", "-1,10", "1,0", "inf,3"] {
            assert!(bad.parse::<RateLimit>().is_err(), "{bad}");
        }
    }
}

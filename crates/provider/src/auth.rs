//! Passwords and bearer tokens. Passwords are Argon2 hashes; tokens are 256 random bits,
//! handed out once and stored only as SHA-256 digests. A token's *age* is the time since
//! its last use: past the idle lifetime it is dead. (The extractor that checks a
//! request's token is `extract::Authed`.)

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU64, Ordering};

use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};

/// The token of an `Authorization: Bearer <token>` header's value.
pub fn bearer(header: &str) -> Option<&str> {
    header.strip_prefix("Bearer ").map(str::trim).filter(|t| !t.is_empty())
}

/// Whether `given` is the admin token. Digests are compared, so the comparison takes the
/// same time whatever matches; with no admin token configured nothing is.
pub fn is_admin_token(given: Option<&str>, expected: Option<&str>) -> bool {
    match (given, expected) {
        (Some(g), Some(e)) => Sha256::digest(g.as_bytes()) == Sha256::digest(e.as_bytes()),
        _ => false,
    }
}

/// Checks passwords at sign-in. An unknown e-mail address is checked too, against a hash
/// no password matches (computed once), so the answer takes as long whether or not the
/// address has an account.
#[derive(Default)]
pub struct PasswordCheck {
    dummy: OnceLock<String>,
    /// Argon2 verifications run: what the tests observe instead of timing.
    runs: AtomicU64,
}

impl PasswordCheck {
    /// `password` against `hash`, or with no hash (an unknown address) against the dummy:
    /// false, after the same work.
    pub fn verify(&self, password: &str, hash: Option<&str>) -> bool {
        self.runs.fetch_add(1, Ordering::Relaxed);
        match hash {
            Some(hash) => verify_password(password, hash),
            None => {
                let dummy = self.dummy.get_or_init(dummy_hash);
                let _ = verify_password(password, dummy);
                false
            }
        }
    }

    #[cfg(test)]
    pub fn runs(&self) -> u64 {
        self.runs.load(Ordering::Relaxed)
    }
}

/// An Argon2 hash with the same parameters as every customer's, of a password nobody is
/// asked for. Its salt is fixed: it needs no randomness, so it cannot fail to exist.
fn dummy_hash() -> String {
    SaltString::from_b64("bm8tYWNjb3VudC1oZXJl")
        .ok()
        .and_then(|salt| Argon2::default().hash_password(b"no account has this password", &salt).ok().map(|h| h.to_string()))
        .unwrap_or_default()
}

pub fn new_token() -> anyhow::Result<String> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|e| anyhow::anyhow!("no randomness: {e}"))?;
    Ok(to_hex(&bytes))
}

pub fn token_digest(token: &str) -> String {
    to_hex(&Sha256::digest(token.as_bytes()))
}

pub fn hash_password(password: &str) -> anyhow::Result<String> {
    let mut salt = [0u8; 16];
    getrandom::fill(&mut salt).map_err(|e| anyhow::anyhow!("no randomness: {e}"))?;
    let salt = SaltString::encode_b64(&salt).map_err(|e| anyhow::anyhow!("{e}"))?;
    let hash = Argon2::default().hash_password(password.as_bytes(), &salt).map_err(|e| anyhow::anyhow!("{e}"))?;
    Ok(hash.to_string())
}

pub fn verify_password(password: &str, hash: &str) -> bool {
    PasswordHash::new(hash).map(|parsed| Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok()).unwrap_or(false)
}

/// A use of a token is written down at most this often: a busy client does not turn
/// every read into a write.
pub const TOKEN_USE_GRANULARITY: chrono::Duration = chrono::Duration::minutes(1);

/// What a token's last use says about it now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenAge {
    /// Used within the last minute: nothing to write.
    Fresh,
    /// Alive, and its use is worth writing down.
    Used,
    /// Unused for longer than the idle lifetime.
    Expired,
}

pub fn token_age(last_used: DateTime<Utc>, now: DateTime<Utc>, idle_ttl: chrono::Duration) -> TokenAge {
    let idle = now - last_used;
    if idle > idle_ttl {
        TokenAge::Expired
    } else if idle >= TOKEN_USE_GRANULARITY {
        TokenAge::Used
    } else {
        TokenAge::Fresh
    }
}

pub fn to_hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes.iter().fold(String::with_capacity(bytes.len() * 2), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_verify_only_themselves() {
        let h = hash_password("demo").expect("a hash");
        assert!(verify_password("demo", &h));
        assert!(!verify_password("Demo", &h));
        assert!(!verify_password("demo", "not a hash"));
    }

    #[test]
    fn an_unknown_address_runs_the_same_check_and_fails() {
        let check = PasswordCheck::default();
        let real = hash_password("demo").expect("a hash");
        assert!(check.verify("demo", Some(&real)));
        assert!(!check.verify("no account has this password", None), "the dummy never lets anyone in");
        assert!(!check.verify("demo", None));
        assert_eq!(check.runs(), 3, "every sign-in runs Argon2, known address or not");
        let dummy = check.dummy.get().expect("computed at the first unknown address");
        assert_eq!(PasswordHash::new(dummy).unwrap().params, PasswordHash::new(&real).unwrap().params, "as costly as a real one");
    }

    #[test]
    fn the_admin_token_is_only_itself() {
        assert!(is_admin_token(Some("s3cret"), Some("s3cret")));
        assert!(!is_admin_token(Some("s3cre"), Some("s3cret")));
        assert!(!is_admin_token(None, Some("s3cret")));
        assert!(!is_admin_token(Some(""), None));
        assert_eq!(bearer("Bearer  abc "), Some("abc"));
        assert_eq!(bearer("Bearer "), None);
        assert_eq!(bearer("Basic abc"), None);
    }

    #[test]
    fn a_token_dies_after_its_idle_lifetime_and_its_use_is_written_once_a_minute() {
        let t0 = DateTime::parse_from_rfc3339("2026-11-29T12:00:00Z").unwrap().with_timezone(&Utc);
        let ttl = chrono::Duration::days(30);
        let at = |secs: i64| t0 + chrono::Duration::seconds(secs);
        assert_eq!(token_age(t0, at(0), ttl), TokenAge::Fresh);
        assert_eq!(token_age(t0, at(59), ttl), TokenAge::Fresh);
        assert_eq!(token_age(t0, at(60), ttl), TokenAge::Used);
        assert_eq!(token_age(t0, t0 + ttl, ttl), TokenAge::Used, "alive to the last second");
        assert_eq!(token_age(t0, t0 + ttl + chrono::Duration::seconds(1), ttl), TokenAge::Expired);
        assert_eq!(token_age(t0, at(-3600), ttl), TokenAge::Fresh, "a clock set back ages nothing");
    }

    #[test]
    fn tokens_are_random_and_digests_stable() {
        let (a, b) = (new_token().expect("a token"), new_token().expect("a token"));
        assert_ne!(a, b);
        assert_eq!(a.len(), 64);
        assert_eq!(token_digest(&a), token_digest(&a));
        assert_ne!(token_digest(&a), a);
    }
}

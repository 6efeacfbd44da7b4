//! Secrets (bearer tokens) live in the OS keyring, never in a file. `SecretStore` is the
//! small trait the engine needs; `KeyringSecrets` is the real one (Secret Service on
//! Linux); `MemorySecrets` keeps a secret for this process only, for the demo account
//! whose token is worthless after the embedded provider stops.
//!
//! Keyring calls can block (a locked keyring may wait on an unlock prompt), so the engine
//! calls them off the async runtime with a deadline (`engine/session.rs`, `secret_op`).

use std::collections::HashMap;
use std::sync::Mutex;

#[derive(Debug, Clone, thiserror::Error, PartialEq, Eq)]
pub enum SecretError {
    /// No keyring service on this desktop (no daemon, no session bus).
    #[error("the system keyring is not available: {0}")]
    Unavailable(String),
    /// The keyring is there but locked, or access was refused.
    #[error("the system keyring is locked")]
    Locked,
    /// The keyring did not answer in time.
    #[error("the system keyring did not answer in time")]
    Timeout,
}

impl SecretError {
    pub fn code(&self) -> crate::ErrorCode {
        match self {
            SecretError::Unavailable(_) => crate::ErrorCode::KeyringUnavailable,
            SecretError::Locked => crate::ErrorCode::KeyringLocked,
            SecretError::Timeout => crate::ErrorCode::KeyringTimeout,
        }
    }
}

pub trait SecretStore: Send + Sync + 'static {
    fn get(&self, account: &str) -> Result<Option<String>, SecretError>;
    fn set(&self, account: &str, secret: &str) -> Result<(), SecretError>;
    fn delete(&self, account: &str) -> Result<(), SecretError>;
}

/// The OS keyring, under the service name `service` (one entry per account).
pub struct KeyringSecrets {
    service: String,
}

impl KeyringSecrets {
    pub fn new(service: impl Into<String>) -> Self {
        Self { service: service.into() }
    }

    fn entry(&self, account: &str) -> Result<keyring::Entry, SecretError> {
        keyring::Entry::new(&self.service, account).map_err(map_keyring)
    }
}

fn map_keyring(e: keyring::Error) -> SecretError {
    match e {
        keyring::Error::NoStorageAccess(_) => SecretError::Locked,
        other => SecretError::Unavailable(other.to_string()),
    }
}

impl SecretStore for KeyringSecrets {
    fn get(&self, account: &str) -> Result<Option<String>, SecretError> {
        match self.entry(account)?.get_password() {
            Ok(s) => Ok(Some(s)),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(e) => Err(map_keyring(e)),
        }
    }

    fn set(&self, account: &str, secret: &str) -> Result<(), SecretError> {
        self.entry(account)?.set_password(secret).map_err(map_keyring)
    }

    fn delete(&self, account: &str) -> Result<(), SecretError> {
        match self.entry(account)?.delete_credential() {
            Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
            Err(e) => Err(map_keyring(e)),
        }
    }
}

/// Secrets for this process only.
#[derive(Default)]
pub struct MemorySecrets {
    map: Mutex<HashMap<String, String>>,
}

impl SecretStore for MemorySecrets {
    fn get(&self, account: &str) -> Result<Option<String>, SecretError> {
        Ok(self.map.lock().unwrap_or_else(|e| e.into_inner()).get(account).cloned())
    }

    fn set(&self, account: &str, secret: &str) -> Result<(), SecretError> {
        self.map.lock().unwrap_or_else(|e| e.into_inner()).insert(account.into(), secret.into());
        Ok(())
    }

    fn delete(&self, account: &str) -> Result<(), SecretError> {
        self.map.lock().unwrap_or_else(|e| e.into_inner()).remove(account);
        Ok(())
    }
}

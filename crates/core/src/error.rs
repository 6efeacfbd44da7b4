//! The engine's errors. Each has a stable `code()` that the UI maps to a localized
//! message; the English `Display` text is for logs and the "details" view only.

use clientarea_api::problem::FieldError;

use crate::provider::ProviderError;
use crate::secrets::SecretError;
use crate::store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Provider(#[from] ProviderError),
    #[error(transparent)]
    Secrets(#[from] SecretError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("some fields are not valid")]
    Validation(Vec<FieldError>),
    #[error("no account is signed in")]
    NotSignedIn,
    #[error("the ticket is not in the local cache")]
    TicketNotFound,
    #[error("this send is on its way and cannot be changed now")]
    OutboxBusy,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Every code a failure can carry to the UI: a closed set, exported to TypeScript, where
/// `ui/src/lib/errors.ts` maps each to its Fluent message through a `Record<ErrorCode, _>`
/// (so a new code without its message does not type-check). Add one only when the UI acts
/// on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum ErrorCode {
    InvalidCredentials,
    ProviderUnreachable,
    ProviderInvalidResponse,
    ProviderRejected,
    ProviderUrlInvalid,
    ProviderUrlInsecure,
    /// The provider's address answered with a redirect (never followed).
    ProviderRedirected,
    /// The provider asks to slow down (429): too many requests, or too many failed
    /// sign-ins for the address (locked out for a while).
    ProviderBusy,
    SessionExpired,
    Validation,
    NotSignedIn,
    TicketNotFound,
    KeyringUnavailable,
    KeyringLocked,
    KeyringTimeout,
    Storage,
    OutboxBusy,
    /// The embedded demo provider could not start (the shell's).
    DemoFailed,
    /// Anything else: the details carry the English text.
    Unknown,
}

impl ErrorCode {
    pub const ALL: [ErrorCode; 19] = [
        ErrorCode::InvalidCredentials,
        ErrorCode::ProviderUnreachable,
        ErrorCode::ProviderInvalidResponse,
        ErrorCode::ProviderRejected,
        ErrorCode::ProviderUrlInvalid,
        ErrorCode::ProviderUrlInsecure,
        ErrorCode::ProviderRedirected,
        ErrorCode::ProviderBusy,
        ErrorCode::SessionExpired,
        ErrorCode::Validation,
        ErrorCode::NotSignedIn,
        ErrorCode::TicketNotFound,
        ErrorCode::KeyringUnavailable,
        ErrorCode::KeyringLocked,
        ErrorCode::KeyringTimeout,
        ErrorCode::Storage,
        ErrorCode::OutboxBusy,
        ErrorCode::DemoFailed,
        ErrorCode::Unknown,
    ];

    /// The code as it travels and is stored (`provider-unreachable`).
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::InvalidCredentials => "invalid-credentials",
            ErrorCode::ProviderUnreachable => "provider-unreachable",
            ErrorCode::ProviderInvalidResponse => "provider-invalid-response",
            ErrorCode::ProviderRejected => "provider-rejected",
            ErrorCode::ProviderUrlInvalid => "provider-url-invalid",
            ErrorCode::ProviderUrlInsecure => "provider-url-insecure",
            ErrorCode::ProviderRedirected => "provider-redirected",
            ErrorCode::ProviderBusy => "provider-busy",
            ErrorCode::SessionExpired => "session-expired",
            ErrorCode::Validation => "validation",
            ErrorCode::NotSignedIn => "not-signed-in",
            ErrorCode::TicketNotFound => "ticket-not-found",
            ErrorCode::KeyringUnavailable => "keyring-unavailable",
            ErrorCode::KeyringLocked => "keyring-locked",
            ErrorCode::KeyringTimeout => "keyring-timeout",
            ErrorCode::Storage => "storage",
            ErrorCode::OutboxBusy => "outbox-busy",
            ErrorCode::DemoFailed => "demo-failed",
            ErrorCode::Unknown => "unknown",
        }
    }

    /// The code stored with an outbox item, read back (an unknown one is `Unknown`).
    pub fn parse(s: &str) -> ErrorCode {
        ErrorCode::ALL.into_iter().find(|c| c.as_str() == s).unwrap_or(ErrorCode::Unknown)
    }
}

impl std::fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl PartialEq<&str> for ErrorCode {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl Error {
    /// A stable identifier the UI acts on (one Fluent message per code).
    pub fn code(&self) -> ErrorCode {
        match self {
            Error::Provider(e) => e.code(),
            Error::Secrets(e) => e.code(),
            Error::Store(_) => ErrorCode::Storage,
            Error::Validation(_) => ErrorCode::Validation,
            Error::NotSignedIn => ErrorCode::NotSignedIn,
            Error::TicketNotFound => ErrorCode::TicketNotFound,
            Error::OutboxBusy => ErrorCode::OutboxBusy,
        }
    }

    /// Which fields are wrong, for validation errors (from the app or the provider).
    pub fn field_errors(&self) -> &[FieldError] {
        match self {
            Error::Validation(f) => f,
            Error::Provider(ProviderError::Rejected { problem, .. }) => &problem.errors,
            _ => &[],
        }
    }
}

impl From<sqlx::Error> for Error {
    fn from(e: sqlx::Error) -> Self {
        Error::Store(StoreError::from(e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_reads_back_as_itself_and_serializes_as_it_is_stored() {
        for code in ErrorCode::ALL {
            assert_eq!(ErrorCode::parse(code.as_str()), code);
            assert_eq!(serde_json::to_value(code).unwrap_or_default(), serde_json::json!(code.as_str()));
        }
        assert_eq!(ErrorCode::parse("something-new"), ErrorCode::Unknown);
    }
}

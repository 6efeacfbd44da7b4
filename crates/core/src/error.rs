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

impl Error {
    /// A stable identifier the UI acts on (one Fluent message per code).
    pub fn code(&self) -> &'static str {
        match self {
            Error::Provider(e) => e.code(),
            Error::Secrets(e) => e.code(),
            Error::Store(_) => "storage",
            Error::Validation(_) => "validation",
            Error::NotSignedIn => "not-signed-in",
            Error::TicketNotFound => "ticket-not-found",
            Error::OutboxBusy => "outbox-busy",
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

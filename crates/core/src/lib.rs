//! clientarea-core: the client's engine. It keeps each account's data in a local SQLite
//! *cache*, brings it up to date with a *pull* from the provider, sends what the customer
//! writes, and keeps the account's *secret* (its bearer token) in the OS keyring.
//!
//! The desktop shell holds one [`Engine`] and calls it; the engine tells the shell what
//! changed through [`EngineEvent`]s on a channel. Nothing here knows of Tauri or Fluent:
//! errors carry a stable [`Error::code`] that the UI turns into words.

pub mod billing;
pub mod chat;
pub mod diagnostics;
mod engine;
mod error;
pub mod evidence;
pub mod incident;
pub mod log_level;
pub mod notices;
pub mod provider;
pub mod secrets;
pub mod store;
pub mod support;
pub mod sync;
pub mod tickets;

pub use engine::{
    AccountEntry, AskOutcome, Background, EmailFallback, Engine, EngineConfig, EngineEvent, InvoiceQuestion, Session, SignedOut,
    StartupPlan, SyncPhase, SyncState, Tuning, Unread, VatNumberState,
};
pub use error::{Error, ErrorCode, Result};
pub use incident::{BeganAt, IncidentDraft};
pub use log_level::LogLevel;
pub use provider::StatusAction;
pub use secrets::{KeyringSecrets, MemorySecrets, SecretError, SecretStore};
pub use store::{DraftKind, LocalAttachment, OutboxItem, OutboxRequest, OutboxState};
pub use tickets::{Sla, TicketDraft, TicketFilter, TicketPage, TicketSummary, TicketView, TimelineItem};

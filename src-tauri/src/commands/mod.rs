//! The commands the UI calls, one file per area, mirrored by `ui/src/lib/<area>/api.ts`.

pub mod diagnostics;
pub mod links;
pub mod notices;
pub mod outbox;
pub mod session;
pub mod settings;
pub mod tickets;

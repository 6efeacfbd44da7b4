//! The core against the real reference provider, started in this process on
//! 127.0.0.1:0 with the demo data, over real HTTP. Secrets go to `MemorySecrets` here:
//! the real keyring is exercised by the end-to-end tests, which run inside a private
//! D-Bus session with gnome-keyring.

// A test reports a failure by panicking: unwrap in its helpers is that report.
#![allow(clippy::unwrap_used)]

mod accounts;
mod billing;
mod chat;
mod hardening;
mod ledger;
mod lifecycle;
mod offline;
mod outbox;
mod promises;
mod reminders;
mod story;

//! The commands the UI calls, one file per area, mirrored by `ui/src/lib/<area>/api.ts`.
//!
//! [`ipc!`] below is the one list of them. From it come the handler that registers them
//! (`handler`), their names (`NAMES`: `build.rs` and the capability are checked against
//! them by a test), and the TypeScript map of each command's arguments and result
//! (`bindings.rs`). Each entry also compiles a call of the real command with the declared
//! types, so a list that drifts from a signature does not build.
//!
//! An entry: `area::command(specials; arg: Type, ...) -> Ok` for a command that returns
//! `CommandResult<Ok>` (`async` in front when it is), `=> Type` for one that cannot fail.
//! The specials are the shell's own parameters, in the command's order: `state`, `app`,
//! `request` (raw bytes). `=> "TS"` after an argument's type names its TypeScript type
//! when the Rust type has none (a `Channel`).

pub mod background;
pub mod billing;
pub mod chat;
pub mod diagnostics;
pub mod evidence;
pub mod fallback;
pub mod links;
pub mod notices;
pub mod outbox;
pub mod session;
pub mod settings;
pub mod tickets;

use std::collections::HashMap;

use clientarea_api::{Notice, NotificationEmails, Service};
use clientarea_core::diagnostics::{Progress, Report};
use clientarea_core::notices::{ListedNotice, NotifyPrefs};
use clientarea_core::{
    BeganAt, DraftKind, LocalAttachment, OutboxItem, Session, StatusAction, SyncState, TicketDraft, TicketFilter, TicketPage,
    TicketSummary, TicketView, Unread,
};
use tauri::ipc::Channel;

use crate::notifier::NotifierState;

/// The TypeScript type of an argument: its own, or the one named in the entry.
#[cfg(test)]
macro_rules! ts_of {
    ($cfg:ident, $ty:ty, $ts:literal) => {
        String::from($ts)
    };
    ($cfg:ident, $ty:ty) => {
        <$ty as ts_rs::TS>::name($cfg)
    };
}

/// Visit an argument's type, unless the entry named its TypeScript type itself.
#[cfg(test)]
macro_rules! visit_of {
    ($v:ident, $ty:ty, $ts:literal) => {};
    ($v:ident, $ty:ty) => {
        $v.visit::<$ty>()
    };
}

/// The type of one of the shell's own parameters.
macro_rules! special_ty {
    (state) => { tauri::State<'_, crate::state::AppState> };
    (app) => { tauri::AppHandle };
    (request) => { tauri::ipc::Request<'_> };
}

/// A call of the real command with the declared types (never run: it only compiles).
macro_rules! check_call {
    (async, $area:ident :: $name:ident ($($special:ident),*; $($arg:ident),*) -> $ok:ty) => {
        let _: crate::error::CommandResult<$ok> = super::$area::$name($($special,)* $($arg),*).await;
    };
    (sync, $area:ident :: $name:ident ($($special:ident),*; $($arg:ident),*) -> $ok:ty) => {
        let _: crate::error::CommandResult<$ok> = super::$area::$name($($special,)* $($arg),*);
    };
    (sync, $area:ident :: $name:ident ($($special:ident),*; $($arg:ident),*) => $ok:ty) => {
        let _: $ok = super::$area::$name($($special,)* $($arg),*);
    };
}

macro_rules! ipc {
    ($($mode:ident $area:ident :: $name:ident ($($special:ident),*; $($arg:ident : $ty:ty $(=> $ts:literal)?),*) $arrow:tt $ok:ty;)*) => {
        /// Every command the UI may call, by name, in the order registered.
        #[cfg(test)]
        pub const NAMES: &[&str] = &[$(stringify!($name)),*];

        /// Registers every command of the list.
        pub fn handler() -> impl Fn(tauri::ipc::Invoke<tauri::Wry>) -> bool + Send + Sync + 'static {
            tauri::generate_handler![$($area::$name),*]
        }

        /// `name: { args: {...}; result: ... }` for every command, in TypeScript.
        #[cfg(test)]
        pub fn typescript(cfg: &ts_rs::Config) -> Vec<(&'static str, Vec<(&'static str, String)>, String)> {
            vec![$((
                stringify!($name),
                vec![$((stringify!($arg), ts_of!(cfg, $ty $(, $ts)?))),*],
                <$ok as ts_rs::TS>::name(cfg),
            )),*]
        }

        /// Every argument and result type, for the declarations they need.
        #[cfg(test)]
        pub fn visit_types(v: &mut impl ts_rs::TypeVisitor) {
            $($(visit_of!(v, $ty $(, $ts)?);)* v.visit::<$ok>();)*
        }

        /// The list's declared types against the real commands: compiled, never run.
        #[allow(dead_code, unused_variables, clippy::too_many_arguments, clippy::let_underscore_future)]
        mod signatures {
            use super::*;
            $(
                async fn $name($($special: special_ty!($special),)* $($arg: $ty),*) {
                    check_call!($mode, $area::$name($($special),*; $($arg),*) $arrow $ok);
                }
            )*
        }
    };
}

ipc! {
    async session::start_session(app, state;) -> session::Startup;
    async session::sign_in(state; provider_url: String, email: String, password: String, remember: bool) -> Session;
    async session::start_demo(state;) -> Session;
    async session::sign_out(state; forget: bool) -> clientarea_core::SignedOut;
    async session::list_accounts(state;) -> session::Accounts;
    async session::switch_account(state; account_id: String) -> Session;
    async session::sync_now(state;) -> ();
    async session::get_sync_state(state;) -> SyncState;
    async tickets::list_tickets(state; filter: TicketFilter) -> Vec<TicketSummary>;
    async tickets::list_ticket_page(state; filter: TicketFilter, offset: u32, limit: u32) -> TicketPage;
    async tickets::open_ticket(state; id: String) -> TicketView;
    async outbox::save_draft(state; account_id: String, kind: DraftKind, target: String, data: serde_json::Value) -> ();
    async outbox::get_draft(state; kind: DraftKind, target: String) -> Option<serde_json::Value>;
    async outbox::send_ticket(state; draft: TicketDraft) -> OutboxItem;
    async outbox::send_reply(state; id: String, body: String, attachment_ids: Vec<String>) -> OutboxItem;
    async outbox::list_outbox(state;) -> Vec<OutboxItem>;
    async outbox::resend_outbox(state; id: String) -> ();
    async outbox::edit_outbox(state; id: String, subject: Option<String>, body: String) -> ();
    async outbox::discard_outbox(state; id: String) -> ();
    async outbox::set_ticket_status(state; id: String, action: StatusAction) -> OutboxItem;
    async outbox::add_attachment(state, request;) -> LocalAttachment;
    async outbox::paste_image(app, state;) -> Option<LocalAttachment>;
    async outbox::remove_attachment(state; id: String) -> ();
    sync outbox::attachment_limits(;) => outbox::AttachmentLimits;
    async tickets::list_services(state;) -> Vec<Service>;
    async tickets::support_hours(state;) -> Option<clientarea_core::support::SupportHours>;
    async tickets::ticket_promises(state; id: String) -> clientarea_core::support::Promises;
    async evidence::ticket_ledger(state; id: String) -> Vec<clientarea_core::store::ledger::LedgerEntry>;
    async evidence::evidence(state; from: chrono::DateTime<chrono::Utc>, to: chrono::DateTime<chrono::Utc>) -> clientarea_core::evidence::Evidence;
    async evidence::export_evidence(app, state; from: chrono::DateTime<chrono::Utc>, to: chrono::DateTime<chrono::Utc>, zone: String, format: evidence::ExportFormat) -> links::SavedFile;
    async evidence::credit_draft(state; from: chrono::DateTime<chrono::Utc>, to: chrono::DateTime<chrono::Utc>, zone: String) -> evidence::CreditDraft;
    async evidence::resync(state;) -> ();
    async billing::billing(state;) -> clientarea_core::billing::Billing;
    async billing::invoice_questions(state; invoice_id: String) -> Vec<clientarea_core::InvoiceQuestion>;
    async billing::ask_about_invoice(state; draft: TicketDraft, anyway: bool) -> clientarea_core::AskOutcome;
    async billing::vat_number(state;) -> clientarea_core::VatNumberState;
    async billing::set_vat_number(state; number: String) -> ();
    async billing::export_invoice(app, state; id: String) -> links::SavedFile;
    async billing::export_invoices_csv(app, state; year: i32) -> links::SavedFile;
    async chat::chat_view(state;) -> clientarea_core::chat::ChatView;
    async chat::send_chat(state; body: String, attachment_ids: Vec<String>) -> OutboxItem;
    async chat::chat_to_ticket(state; department: clientarea_api::DepartmentId, priority: clientarea_api::Priority, subject: String) -> OutboxItem;
    sync chat::chat_hint(; text: String) => Option<clientarea_core::chat::TicketHint>;
    async chat::search_chats(state; query: String) -> Vec<clientarea_core::store::ChatHit>;
    async fallback::email_fallback(state;) -> clientarea_core::EmailFallback;
    async fallback::prepare_email(state; form: fallback::EmailForm) -> fallback::PreparedEmail;
    async fallback::save_email(app, state; form: fallback::EmailForm) -> links::SavedFile;
    async tickets::active_notices(state; service_id: String) -> Vec<Notice>;
    async notices::list_notices(state;) -> Vec<ListedNotice>;
    sync notices::notifier_state(state;) => NotifierState;
    async notices::unread_counts(state;) -> Unread;
    async notices::unseen_notices(state;) -> Vec<String>;
    async notices::mark_notices_seen(state; ids: Vec<String>) -> ();
    async notices::notice_tickets(state;) -> HashMap<String, Vec<TicketSummary>>;
    async notices::ticket_notices(state; id: String) -> Vec<Notice>;
    async notices::get_notify_prefs(state;) -> NotifyPrefs;
    async notices::set_notify_prefs(state; prefs: NotifyPrefs) -> ();
    sync tickets::incident_time(; local: String, zone: String) -> BeganAt;
    sync tickets::list_time_zones(;) => Vec<&'static str>;
    sync links::open_link(; url: String) -> ();
    sync links::take_links(app;) => Vec<crate::deeplink::DeepLink>;
    sync session::startup_mark(app; step: String) => ();
    async links::save_attachment(app, state; id: String, filename: String) -> links::SavedFile;
    sync links::open_saved(state; path: String) -> ();
    sync links::show_saved(state; path: String) -> ();
    async diagnostics::run_diagnostics(state; server: String, custom_port: Option<u16>, allow_local: bool, on_progress: Channel<Progress> => "Channel<Progress>") -> Report;
    sync diagnostics::cancel_diagnostics(state;) => ();
    async settings::get_settings(app, state;) -> settings::Settings;
    async settings::set_language(app, state; language: Option<String>) -> String;
    async settings::get_account_emails(state;) -> settings::AccountEmails;
    async settings::set_notification_emails(state; emails: NotificationEmails) -> ();
    async settings::set_log_level(app, state; level: clientarea_core::LogLevel) -> ();
    async background::get_background(app;) -> crate::background::BackgroundSettings;
    async background::set_keep_running(app; on: Option<bool>) -> ();
    async background::set_start_at_login(app; on: bool) -> ();
}

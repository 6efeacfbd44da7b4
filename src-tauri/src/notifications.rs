//! Desktop notifications for the provider's notices (maintenance, outages, service
//! changes, abuse reports), posted through the notification daemon on the session bus
//! (notify-rust), in the UI's language. The core announces each notice once per account
//! (`EngineEvent::NoticePublished`); this posts it. notify-rust blocks on D-Bus, so it
//! runs on a blocking thread with a deadline: no daemon, no bus or a hung daemon becomes
//! a state the status view shows, never a hang or a panic.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, LazyLock};
use std::time::Duration;

use chrono::{DateTime, Local, Utc};
use clientarea_api::NoticeKind;
use clientarea_core::EngineEvent;
use clientarea_core::notices::{Announcement, NoticeWhen, ReminderLead};
use clientarea_core::store::Claimed;
use clientarea_l10n::{FluentArgs, Localizer};
use tauri::{AppHandle, Emitter, Manager};

use crate::events::{NOTIFIER_EVENT, OPEN_INVOICE_EVENT, OPEN_NOTICE_EVENT, OPEN_TICKET_EVENT, OpenRequest};
use crate::notifier::{NotifierReason, NotifierState, NotifierStatus};
use crate::state::AppState;

/// The longest a Notify call may take before the desktop is taken as unable to show it.
const DEADLINE: Duration = Duration::from_secs(5);

/// One call to the desktop at a time. A call that hangs keeps this until it returns, so
/// the next one waits at most [`DEADLINE`] for it and is then reported as unanswered,
/// instead of piling up threads stuck on a daemon that never replies.
static ONE_AT_A_TIME: LazyLock<Arc<tokio::sync::Mutex<()>>> = LazyLock::new(Default::default);

pub fn spawn(app: AppHandle) {
    let state = app.state::<AppState>();
    let mut rx = state.engine.subscribe();
    // Ask the desktop at once whether it shows notifications, so the status view can say
    // so before the first notice comes, not after it was missed.
    let probing = app.clone();
    tauri::async_runtime::spawn(async move {
        let result = ask(|| {
            notify_rust::get_server_information().map_err(|e| classify(&e.to_string()))?;
            // A daemon that reads bodies as markup gets the provider's words escaped.
            // (Unknown capabilities: escape, the safe side.)
            if let Ok(caps) = notify_rust::get_capabilities() {
                MARKUP.store(caps.iter().any(|c| c == "body-markup"), Ordering::SeqCst);
            }
            Ok(())
        })
        .await;
        record(&probing, result);
    });
    tauri::async_runtime::spawn(async move {
        loop {
            let (account, id) = match rx.recv().await {
                Ok(EngineEvent::NoticePublished { account, id }) => (account, id),
                Ok(EngineEvent::StaffReplied { account, replies }) => {
                    announce_replies(&app, account, replies).await;
                    continue;
                }
                Ok(EngineEvent::ChatReplied { account, replies }) => {
                    announce_chat(&app, account, replies).await;
                    continue;
                }
                Ok(EngineEvent::InvoiceAlerts { account, alerts }) => {
                    announce_invoices(&app, account, alerts).await;
                    continue;
                }
                Ok(EngineEvent::AbuseReminder { account, id, lead }) => {
                    remind(&app, account, id, lead).await;
                    continue;
                }
                Ok(_) => continue,
                // Events came faster than notifications go out: those missed are in the
                // app all the same. Go on with the next ones.
                Err(tokio::sync::broadcast::error::RecvError::Lagged(missed)) => {
                    tracing::warn!(missed, "some events were not looked at for notifications");
                    continue;
                }
                Err(tokio::sync::broadcast::error::RecvError::Closed) => break,
            };
            let state = app.state::<AppState>();
            let announcement = match state.engine.announcement(&account, &id, Local::now().time(), state.locale()).await {
                Ok(Some(a)) => a,
                Ok(None) => {
                    tracing::info!("a notice not popped up: turned off or quiet hours");
                    continue;
                }
                Err(e) => {
                    tracing::warn!(code = %e.code(), "a notice could not be read for its notification");
                    continue;
                }
            };
            let (summary, body) = text(&state.l10n, state.locale(), &announcement, Local::now().offset().to_owned());
            let open_label = state.l10n.format(state.locale(), "notify-open", None);
            let target = Target::Notice(OpenRequest { account_id: account, id: Some(announcement.notice_id.clone()) });
            let result = post(app.clone(), target, summary, body, announcement.urgent, open_label).await;
            record(&app, result);
        }
    });
}

/// An abuse report's deadline is near and it has no answer yet: an urgent notification
/// (through quiet hours, as the report's own), saying how long is left and until when.
async fn remind(app: &AppHandle, account: String, id: String, lead: ReminderLead) {
    let state = app.state::<AppState>();
    let announcement = match state.engine.announcement(&account, &id, Local::now().time(), state.locale()).await {
        Ok(Some(a)) => a,
        Ok(None) => return, // abuse reports turned off in Settings
        Err(e) => {
            tracing::warn!(code = %e.code(), "an abuse report could not be read for its reminder");
            return;
        }
    };
    let (summary, body) = reminder_text(&state.l10n, state.locale(), &announcement, lead, Local::now().offset().to_owned());
    let open_label = state.l10n.format(state.locale(), "notify-open", None);
    let target = Target::Notice(OpenRequest { account_id: account, id: Some(announcement.notice_id.clone()) });
    let result = post(app.clone(), target, summary, body, true, open_label).await;
    record(app, result);
}

/// The summary and body of an abuse report's reminder in `locale`.
pub fn reminder_text(l10n: &Localizer, locale: &str, a: &Announcement, lead: ReminderLead, zone: chrono::FixedOffset) -> (String, String) {
    let mut args = FluentArgs::new();
    args.set(
        "hours",
        match lead {
            ReminderLead::Day => 24,
            ReminderLead::TwoHours => 2,
        },
    );
    let summary = l10n.format(locale, "notify-abuse-reminder-summary", Some(&args));
    let mut args = FluentArgs::new();
    args.set("title", a.title.clone());
    if let NoticeWhen::RespondBy(by) = a.when {
        args.set("deadline", format_time(l10n, locale, by.with_timezone(&zone)));
    }
    (summary, untranslated(l10n, locale, a, l10n.format(locale, "notify-abuse-reminder-body", Some(&args))))
}

/// `body`, and when the provider did not write the notice in the UI's language, a line
/// that says which language the title is in.
fn untranslated(l10n: &Localizer, locale: &str, a: &Announcement, body: String) -> String {
    let Some(lang) = &a.untranslated else { return body };
    let mut args = FluentArgs::new();
    // The message names the four languages by their primary subtag ("en" for "en-GB").
    args.set("lang", lang.split('-').next().unwrap_or_default().to_ascii_lowercase());
    format!("{body}\n{}", l10n.format(locale, "notify-untranslated", Some(&args)))
}

/// More replies than this in one pull come as one notification that counts them.
const MANY_REPLIES: usize = 3;

/// Replies from support, when the user asked for those (never in quiet hours): each on
/// its own, or, when a pull brings many, one notification that counts them.
async fn announce_replies(app: &AppHandle, account: String, replies: Claimed<clientarea_core::store::StaffReply>) {
    let state = app.state::<AppState>();
    let prefs = state.engine.notify_prefs().await.unwrap_or_default();
    if !prefs.allows_reply(Local::now().time()) {
        return;
    }
    let locale = state.locale();
    let open_label = state.l10n.format(locale, "notify-open", None);
    if replies.count > MANY_REPLIES as u64 || replies.latest.len() < replies.count as usize {
        let mut args = FluentArgs::new();
        args.set("count", replies.count);
        let summary = state.l10n.format(locale, "notify-replies-summary", Some(&args));
        let body = state.l10n.format(locale, "notify-replies-body", None);
        let result =
            post(app.clone(), Target::Ticket(OpenRequest { account_id: account, id: None }), summary, body, false, open_label).await;
        record(app, result);
        return;
    }
    for reply in replies.latest {
        let (summary, body) = reply_text(&state.l10n, locale, &reply);
        let target = Target::Ticket(OpenRequest { account_id: account.clone(), id: Some(reply.ticket_id.clone()) });
        let result = post(app.clone(), target, summary, body, false, open_label.clone()).await;
        record(app, result);
    }
}

/// The chat's operator answered: a notification when the window is not in front (the
/// customer is reading the chat otherwise) and replies may pop up (Settings, quiet
/// hours). Who answered, never what: the chat opens with the rest.
async fn announce_chat(app: &AppHandle, account: String, replies: Claimed<clientarea_core::store::ChatReply>) {
    use tauri::Manager;
    let focused = app.get_webview_window("main").and_then(|w| w.is_focused().ok()).unwrap_or(false);
    let state = app.state::<AppState>();
    let prefs = state.engine.notify_prefs().await.unwrap_or_default();
    if focused || !prefs.allows_reply(Local::now().time()) {
        return;
    }
    let Some(last) = replies.latest.last() else { return };
    let (summary, body) = chat_text(&state.l10n, state.locale(), last);
    let open_label = state.l10n.format(state.locale(), "notify-open", None);
    let result = post(app.clone(), Target::Ticket(OpenRequest { account_id: account, id: None }), summary, body, false, open_label).await;
    record(app, result);
}

/// A chat answer's notification in `locale`: who answered, never the words.
pub fn chat_text(l10n: &Localizer, locale: &str, r: &clientarea_core::store::ChatReply) -> (String, String) {
    let summary = match &r.author_name {
        Some(author) => {
            let mut args = FluentArgs::new();
            args.set("author", author.clone());
            l10n.format(locale, "notify-chat-summary", Some(&args))
        }
        None => l10n.format(locale, "notify-chat-summary-anonymous", None),
    };
    (summary, l10n.format(locale, "notify-chat-body", None))
}

/// The summary and body of a staff reply's notification in `locale`: the ticket's subject
/// and number and who answered, never the message itself (a notification can be read
/// over a shoulder, and stays in the desktop's history).
pub fn reply_text(l10n: &Localizer, locale: &str, r: &clientarea_core::store::StaffReply) -> (String, String) {
    let mut args = FluentArgs::new();
    args.set("subject", r.subject.clone());
    args.set("number", r.number.to_string());
    let summary = l10n.format(locale, "notify-reply-summary", Some(&args));
    let body = match &r.author_name {
        Some(author) => {
            args.set("author", author.clone());
            l10n.format(locale, "notify-reply-body", Some(&args))
        }
        None => l10n.format(locale, "notify-reply-body-anonymous", Some(&args)),
    };
    (summary, body)
}

/// New and overdue invoices, when the user wants them (the "Invoices/orders" kind; never
/// in quiet hours): each on its own, clicking opens it in the invoices view.
async fn announce_invoices(app: &AppHandle, account: String, alerts: Vec<clientarea_core::billing::InvoiceAlert>) {
    let state = app.state::<AppState>();
    let prefs = state.engine.notify_prefs().await.unwrap_or_default();
    if !prefs.allows_invoice(Local::now().time()) {
        return;
    }
    let locale = state.locale();
    let open_label = state.l10n.format(locale, "notify-open", None);
    for alert in alerts {
        let (summary, body) = invoice_text(&state.l10n, locale, &alert);
        let target = Target::Invoice(OpenRequest { account_id: account.clone(), id: Some(alert.invoice.invoice.id.clone()) });
        let result = post(app.clone(), target, summary, body, false, open_label.clone()).await;
        record(app, result);
    }
}

/// An invoice's notification in `locale`: its number, its total in the invoice's
/// currency, and its due date (new) or how many days it is past due (overdue).
pub fn invoice_text(l10n: &Localizer, locale: &str, a: &clientarea_core::billing::InvoiceAlert) -> (String, String) {
    let inv = &a.invoice.invoice;
    let mut args = FluentArgs::new();
    args.set("number", inv.number.clone());
    args.set("total", clientarea_l10n::money(inv.total_cents, &inv.currency, locale));
    args.set("due", inv.due_on.format(&l10n.format(locale, "notify-date-pattern", None)).to_string());
    args.set("days", a.invoice.days_past_due.unwrap_or(0));
    match a.kind {
        clientarea_core::billing::AlertKind::New => {
            (l10n.format(locale, "notify-invoice-new-summary", Some(&args)), l10n.format(locale, "notify-invoice-new-body", Some(&args)))
        }
        clientarea_core::billing::AlertKind::Overdue => (
            l10n.format(locale, "notify-invoice-overdue-summary", Some(&args)),
            l10n.format(locale, "notify-invoice-overdue-body", Some(&args)),
        ),
    }
}

/// What clicking a notification opens, in which account.
enum Target {
    /// An invoice in the invoices view.
    Invoice(OpenRequest),
    Notice(OpenRequest),
    /// A ticket, or the list of tickets (many replies at once).
    Ticket(OpenRequest),
}

/// Whether the daemon reads bodies as markup (then the text is escaped).
static MARKUP: AtomicBool = AtomicBool::new(true);

/// Body text as the daemon must get it: with markup, `&`, `<` and `>` escaped, so
/// nothing the provider wrote becomes a link or an image in the notification.
fn body_text(text: &str, markup: bool) -> String {
    if !markup {
        return text.to_owned();
    }
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// The summary is plain text by the specification, yet some daemons format it with
/// markup too: angle brackets from the provider's titles become look-alikes, so no tag
/// can form, and the text reads the same.
fn summary_text(text: &str) -> String {
    text.replace('<', "‹").replace('>', "›")
}

/// Keeps what the desktop last answered, and tells the UI.
fn record(app: &AppHandle, result: Result<(), NotifierReason>) {
    let next = match result {
        Ok(()) => NotifierState { state: NotifierStatus::Ok, reason: None },
        Err(reason) => {
            tracing::warn!(?reason, "the desktop does not show notifications; notices stay in the app");
            NotifierState { state: NotifierStatus::Unavailable, reason: Some(reason) }
        }
    };
    let state = app.state::<AppState>();
    *state.notifier.lock().unwrap_or_else(|e| e.into_inner()) = next.clone();
    let _ = app.emit(NOTIFIER_EVENT, &next);
}

/// Runs a blocking D-Bus call on its own thread, bounded by [`DEADLINE`]. notify-rust
/// blocks on the bus, and a daemon that never answers would otherwise hold the caller.
async fn ask(call: impl FnOnce() -> Result<(), NotifierReason> + Send + 'static) -> Result<(), NotifierReason> {
    let bounded = async {
        let turn = ONE_AT_A_TIME.clone().lock_owned().await;
        let work = tauri::async_runtime::spawn_blocking(move || {
            let _turn = turn;
            call()
        });
        work.await.unwrap_or(Err(NotifierReason::Error))
    };
    tokio::time::timeout(DEADLINE, bounded).await.unwrap_or(Err(NotifierReason::Timeout))
}

async fn post(
    app: AppHandle,
    target: Target,
    summary: String,
    body: String,
    urgent: bool,
    open_label: String,
) -> Result<(), NotifierReason> {
    let title = app.state::<AppState>().title();
    let body = body_text(&body, MARKUP.load(Ordering::SeqCst));
    let summary = summary_text(&summary);
    ask(move || {
        let mut n = notify_rust::Notification::new();
        n.appname(&title).summary(&summary).body(&body).icon("dialog-information").action("default", &open_label).urgency(if urgent {
            notify_rust::Urgency::Critical
        } else {
            notify_rust::Urgency::Normal
        });
        let handle = n.show().map_err(|e| classify(&e.to_string()))?;
        // Clicking the notification opens the notice in the app. This thread waits for
        // the daemon to say what happened to it (closed, clicked or expired).
        std::thread::spawn(move || {
            handle.wait_for_action(|action| {
                if action == "default" {
                    let _ = match &target {
                        Target::Notice(open) => app.emit(OPEN_NOTICE_EVENT, open),
                        Target::Ticket(open) => app.emit(OPEN_TICKET_EVENT, open),
                        Target::Invoice(open) => app.emit(OPEN_INVOICE_EVENT, open),
                    };
                    if let Some(w) = app.get_webview_window("main") {
                        let _ = w.unminimize();
                        let _ = w.set_focus();
                    }
                }
            })
        });
        Ok(())
    })
    .await
}

fn classify(error: &str) -> NotifierReason {
    if error.contains("ServiceUnknown") || error.contains("was not provided by any") {
        NotifierReason::NoDaemon
    } else if error.contains("autolaunch") || error.contains("DBUS_SESSION_BUS_ADDRESS") || error.contains("connect") {
        NotifierReason::NoBus
    } else {
        NotifierReason::Error
    }
}

/// The notification's summary and body in `locale`: the kind and the provider's title (in
/// `locale`'s language when the provider wrote one, else its default text, said so in
/// the body), then when it applies, in the computer's time zone. Core decided what to say
/// ([`Announcement`]); each case here names its message.
pub fn text(l10n: &Localizer, locale: &str, a: &Announcement, zone: chrono::FixedOffset) -> (String, String) {
    let summary_id = match a.kind {
        NoticeKind::Maintenance => "notify-maintenance-summary",
        NoticeKind::Outage => "notify-outage-summary",
        NoticeKind::ServiceChange => "notify-service-change-summary",
        NoticeKind::Abuse => "notify-abuse-summary",
    };
    let when = |t: DateTime<Utc>| format_time(l10n, locale, t.with_timezone(&zone));
    let mut args = FluentArgs::new();
    args.set("title", a.title.clone());
    let summary = l10n.format(locale, summary_id, Some(&args));
    let mut args = FluentArgs::new();
    let body_id = match a.when {
        NoticeWhen::RespondBy(by) => {
            args.set("deadline", when(by));
            "notify-abuse-body"
        }
        NoticeWhen::Window { from, to } => {
            args.set("from", when(from));
            args.set("to", when(to));
            "notify-window-body"
        }
        NoticeWhen::Since(from) => {
            args.set("from", when(from));
            "notify-since-body"
        }
        NoticeWhen::Open => "notify-open-body",
    };
    (summary, untranslated(l10n, locale, a, l10n.format(locale, body_id, Some(&args))))
}

/// A date and time as the locale writes it (the pattern is the locale's own message).
fn format_time(l10n: &Localizer, locale: &str, t: DateTime<chrono::FixedOffset>) -> String {
    t.format(&l10n.format(locale, "notify-time-pattern", None)).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The announcement core makes of a notice of `kind` (no quiet hours, every kind on).
    fn notice(kind: NoticeKind) -> Announcement {
        let at = |s: &str| s.parse::<DateTime<Utc>>().unwrap();
        let n = clientarea_api::Notice {
            id: "n".into(),
            kind,
            title: "Storage network".into(),
            body: "b".into(),
            default_lang: "en".into(),
            translations: vec![],
            service_ids: vec![],
            starts_at: Some(at("2026-11-24T08:00:00Z")),
            ends_at: Some(at("2026-11-24T10:30:00Z")),
            resolved_at: None,
            respond_by: Some(at("2026-11-25T12:00:00Z")),
            published_at: at("2026-11-23T12:00:00Z"),
            updated_at: at("2026-11-23T12:00:00Z"),
        };
        let noon = chrono::NaiveTime::from_hms_opt(12, 0, 0).unwrap();
        clientarea_core::notices::announcement(&n, &[], &Default::default(), noon, "en-US").unwrap()
    }

    #[test]
    fn a_maintenance_reads_in_each_language_with_its_window_in_local_time() {
        let l10n = Localizer::new();
        let cet = chrono::FixedOffset::east_opt(3600).unwrap();
        let (s, b) = text(&l10n, "it", &notice(NoticeKind::Maintenance), cet);
        assert_eq!(s, "Manutenzione programmata: Storage network");
        assert_eq!(b, "Dal 24/11/2026 09:00 al 24/11/2026 11:30 (ora locale).");
        let (s, b) = text(&l10n, "de", &notice(NoticeKind::Maintenance), cet);
        assert_eq!(s, "Geplante Wartung: Storage network");
        assert_eq!(b, "Von 24.11.2026 09:00 bis 24.11.2026 11:30 (Ortszeit).");
        let (_, b) = text(&l10n, "en-US", &notice(NoticeKind::Abuse), cet);
        assert_eq!(b, "Respond by 11/25/2026 1:00 PM (your time).");
    }

    #[test]
    fn a_notice_is_titled_in_the_ui_language_and_an_untranslated_one_says_so() {
        let l10n = Localizer::new();
        let cet = chrono::FixedOffset::east_opt(3600).unwrap();
        let at = |s: &str| s.parse::<DateTime<Utc>>().unwrap();
        let n = clientarea_api::Notice {
            id: "n".into(),
            kind: NoticeKind::Outage,
            title: "Network outage".into(),
            body: "b".into(),
            default_lang: "en".into(),
            translations: vec![clientarea_api::NoticeText { lang: "de".into(), title: "Netzwerkausfall".into(), body: "c".into() }],
            service_ids: vec![],
            starts_at: Some(at("2026-11-24T08:00:00Z")),
            ends_at: None,
            resolved_at: None,
            respond_by: None,
            published_at: at("2026-11-23T12:00:00Z"),
            updated_at: at("2026-11-23T12:00:00Z"),
        };
        let noon = chrono::NaiveTime::from_hms_opt(12, 0, 0).unwrap();
        let announce = |locale| clientarea_core::notices::announcement(&n, &[], &Default::default(), noon, locale).unwrap();
        let (s, b) = text(&l10n, "de", &announce("de"), cet);
        assert_eq!((s.as_str(), b.as_str()), ("Ausfall: Netzwerkausfall", "Seit 24.11.2026 09:00 (Ortszeit)."));
        let (s, b) = text(&l10n, "it", &announce("it"), cet);
        assert_eq!(s, "Interruzione del servizio: Network outage");
        assert_eq!(b, "Dal 24/11/2026 09:00 (ora locale).\nIn inglese: il provider non ha tradotto questo avviso.");
        let (_, b) = reminder_text(&l10n, "es", &announce("es"), ReminderLead::Day, cet);
        assert!(b.ends_with("\nEn inglés: el proveedor no ha traducido este aviso."), "{b}");
    }

    #[test]
    fn an_abuse_reminder_says_how_long_is_left_and_until_when_in_each_language() {
        let l10n = Localizer::new();
        let cet = chrono::FixedOffset::east_opt(3600).unwrap();
        let report = notice(NoticeKind::Abuse);
        let (s, b) = reminder_text(&l10n, "it", &report, ReminderLead::TwoHours, cet);
        assert_eq!(s, "Segnalazione di abuso: 2 ore per rispondere");
        assert_eq!(
            b,
            "«Storage network» non ha ancora una risposta. Rispondi entro il 25/11/2026 13:00 (ora locale), altrimenti il servizio potrebbe essere sospeso."
        );
        let (s, _) = reminder_text(&l10n, "de", &report, ReminderLead::Day, cet);
        assert_eq!(s, "Missbrauchsmeldung: noch 24 Stunden zum Antworten");
        let (s, b) = reminder_text(&l10n, "en-US", &report, ReminderLead::TwoHours, cet);
        assert_eq!(s, "Abuse report: 2 hours left to answer");
        assert!(b.contains("11/25/2026 1:00 PM"), "{b}");
    }

    #[test]
    fn a_reply_names_the_ticket_and_who_answered_never_the_message() {
        let l10n = Localizer::new();
        let reply = clientarea_core::store::StaffReply {
            message_id: "m".into(),
            ticket_id: "t".into(),
            number: 100203,
            subject: "srv-fra-07 unreachable".into(),
            author_name: Some("Marta <b>".into()),
        };
        let (s, b) = reply_text(&l10n, "es", &reply);
        assert_eq!(s, "Nueva respuesta: srv-fra-07 unreachable");
        assert_eq!(b, "Marta <b> respondió al ticket n.º 100203.");
        let (_, b) = reply_text(&l10n, "en-US", &clientarea_core::store::StaffReply { author_name: None, ..reply });
        assert_eq!(b, "Support answered ticket #100203.");
    }

    #[test]
    fn a_chat_answer_names_who_answered_in_each_language_never_the_words() {
        let l10n = Localizer::new();
        let reply = clientarea_core::store::ChatReply { chat_id: "c".into(), author_name: Some("Marta".into()) };
        assert_eq!(
            chat_text(&l10n, "it", &reply),
            ("Chat dal vivo: Marta ha risposto".into(), "Apri la chat per leggere la risposta.".into())
        );
        assert_eq!(chat_text(&l10n, "de", &reply).0, "Live-Chat: Marta hat geantwortet");
        let anonymous = clientarea_core::store::ChatReply { author_name: None, ..reply };
        assert_eq!(chat_text(&l10n, "es", &anonymous).0, "Chat en vivo: el soporte respondió");
    }

    #[test]
    fn an_invoice_says_its_number_total_and_due_date_in_each_language() {
        use clientarea_api::billing::{BillTo, InvoiceLine, InvoiceStatus, eu_vat_rates, invoice};
        use clientarea_core::billing::{AlertKind, InvoiceAlert, view};
        let l10n = Localizer::new();
        let day = |d: u32| chrono::NaiveDate::from_ymd_opt(2026, 11, d).unwrap_or_default();
        let lines = vec![InvoiceLine {
            description: "Server".into(),
            service_id: None,
            quantity: 1,
            unit_price_cents: 101_193,
            net_cents: 101_193,
        }];
        let inv = invoice(
            &eu_vat_rates(),
            "NL",
            "i",
            "INV-2026-01000",
            day(1),
            day(15),
            InvoiceStatus::Unpaid,
            BillTo { country: "ES", vat_number: None },
            lines,
        );
        assert_eq!(inv.total_cents, 122_444);
        let new = InvoiceAlert { kind: AlertKind::New, invoice: view(&inv, day(2)) };
        assert_eq!(
            invoice_text(&l10n, "es", &new),
            (
                "Nueva factura INV-2026-01000: 1.224,44\u{a0}€".into(),
                "Vence el 15/11/2026. Ábrala en el Área de Cliente para ver sus líneas y el IVA.".into()
            )
        );
        assert_eq!(invoice_text(&l10n, "en-US", &new).0, "New invoice INV-2026-01000: €1,224.44");
        let overdue = InvoiceAlert { kind: AlertKind::Overdue, invoice: view(&inv, day(18)) };
        assert_eq!(
            invoice_text(&l10n, "de", &overdue),
            ("Rechnung INV-2026-01000 ist überfällig: 1.224,44\u{a0}€".into(), "Sie war am 15.11.2026 fällig, vor 3 Tagen.".into())
        );
        assert_eq!(invoice_text(&l10n, "it", &overdue).1, "Scadeva il 15/11/2026, 3 giorni fa.");
    }

    #[test]
    fn provider_text_never_becomes_markup() {
        assert_eq!(body_text("<a href=\"x\">A & B</a>", true), "&lt;a href=\"x\"&gt;A &amp; B&lt;/a&gt;");
        assert_eq!(body_text("A & B", false), "A & B");
        assert_eq!(summary_text("Outage: <b>core</b> & edge"), "Outage: ‹b›core‹/b› & edge");
    }

    #[test]
    fn missing_daemon_and_bus_are_told_apart() {
        assert_eq!(
            classify("org.freedesktop.DBus.Error.ServiceUnknown: The name org.freedesktop.Notifications was not provided"),
            NotifierReason::NoDaemon
        );
        assert_eq!(classify("Unable to autolaunch a dbus-daemon without a $DISPLAY"), NotifierReason::NoBus);
    }
}

fn main() {
    // Every command the UI may call, and nothing else: each gets an `allow-<command>`
    // permission that capabilities/main.json grants to the main window.
    let commands = &[
        "start_session",
        "sign_in",
        "start_demo",
        "sign_out",
        "sync_now",
        "get_sync_state",
        "list_tickets",
        "list_ticket_page",
        "open_ticket",
        "save_draft",
        "get_draft",
        "send_ticket",
        "send_reply",
        "list_outbox",
        "resend_outbox",
        "edit_outbox",
        "discard_outbox",
        "set_ticket_status",
        "add_attachment",
        "remove_attachment",
        "attachment_limits",
        "list_services",
        "active_notices",
        "list_notices",
        "notifier_state",
        "get_notify_prefs",
        "set_notify_prefs",
        "incident_time",
        "list_time_zones",
        "open_link",
        "save_attachment",
        "open_saved",
        "run_diagnostics",
        "cancel_diagnostics",
        "get_settings",
        "set_language",
        "get_account_emails",
        "set_notification_emails",
    ];
    tauri_build::try_build(
        tauri_build::Attributes::new().app_manifest(tauri_build::AppManifest::new().commands(commands)),
    )
    .expect("tauri-build");
}

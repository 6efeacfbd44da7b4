//! When the client area cannot be reached: an e-mail to the provider's support with every
//! field it asks for (the server's IP or order number, the service as the client area
//! names it, when the problem began with its CET/CEST time, a description), in the UI's
//! language, to open in the mail program (`mailto:`) or to save as an `.eml` with the
//! diagnostics bundle attached.

use clientarea_core::EmailFallback;
use clientarea_core::diagnostics;
use clientarea_l10n::FluentArgs;
use tauri::State;

use super::links::{SavedFile, save_to_downloads};
use crate::error::{CommandError, CommandResult};
use crate::state::AppState;

/// What the customer filled in.
#[derive(Debug, Clone, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct EmailForm {
    pub service_id: Option<String>,
    /// An IP address or an order number (`#123456`); may be empty.
    pub server: String,
    /// When the problem began, `YYYY-MM-DDTHH:MM` in `began_timezone`; may be empty.
    pub began_local: String,
    pub began_timezone: String,
    pub description: String,
}

/// The e-mail, ready to go.
#[derive(Debug, Clone, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct PreparedEmail {
    pub to: String,
    /// The address it must be sent from (the account's registered one).
    pub from: String,
    pub subject: String,
    pub body: String,
    /// `mailto:` with the subject and body, for the mail program.
    pub mailto: String,
}

#[tauri::command]
pub async fn email_fallback(state: State<'_, AppState>) -> CommandResult<EmailFallback> {
    Ok(state.engine.email_fallback().await?)
}

#[tauri::command]
pub async fn prepare_email(state: State<'_, AppState>, form: EmailForm) -> CommandResult<PreparedEmail> {
    prepare(&state, &form, false).await
}

/// The e-mail as an `.eml` file in Downloads, the diagnostics bundle attached.
#[tauri::command]
pub async fn save_email(app: tauri::AppHandle, state: State<'_, AppState>, form: EmailForm) -> CommandResult<SavedFile> {
    let email = prepare(&state, &form, true).await?;
    // The collector's checks of the server, kept short (the route to 5 s): the customer
    // waits for the file. A local or private address is not probed (no go asked here).
    let report = match form.server.trim() {
        "" => None,
        server => {
            let target = state.engine.diagnostics_target(server).await?;
            let limits = diagnostics::Limits { route: std::time::Duration::from_secs(5), ..Default::default() };
            let (_keep, stopped) = tokio::sync::watch::channel(false);
            let request = diagnostics::Request { target, ports: diagnostics::DEFAULT_PORTS.to_vec(), allow_local: false };
            Some(diagnostics::run(&request, &limits, stopped, |_| {}).await)
        }
    };
    let bundle = state.engine.diagnostics_bundle(env!("CARGO_PKG_VERSION"), report.as_ref()).await?;
    let eml = mail_builder::MessageBuilder::new()
        .from(email.from.as_str())
        .to(email.to.as_str())
        .subject(email.subject.as_str())
        .text_body(email.body.as_str())
        .attachment("application/json", "client-area-diagnostics.json", bundle.into_bytes())
        .write_to_string()
        .map_err(|e| CommandError::new(clientarea_core::ErrorCode::Unknown, format!("the e-mail could not be written: {e}")))?;
    save_to_downloads(&app, &state, "support-request.eml", eml.as_bytes(), false)
}

async fn prepare(state: &AppState, form: &EmailForm, with_attachment: bool) -> CommandResult<PreparedEmail> {
    if form.description.trim().is_empty() {
        return Err(CommandError::validation("description", "required"));
    }
    let facts = state.engine.email_fallback().await?;
    let Some(to) = facts.support_address.clone() else {
        return Err(CommandError::validation("support_address", "required"));
    };
    let server = form.server.trim();
    if !server.is_empty() && !clientarea_api::is_server_reference(server) {
        return Err(CommandError::validation("incident.server", "invalid"));
    }
    let began = if form.began_local.trim().is_empty() {
        None
    } else {
        Some(
            clientarea_core::incident::began_at(&form.began_local, &form.began_timezone)
                .map_err(|f| CommandError::validation(&f.field, &f.reason))?,
        )
    };
    let service = form.service_id.as_ref().and_then(|id| facts.services.iter().find(|s| &s.id == id));
    let locale = state.locale();
    let say = |id: &'static str, args: &[(&'static str, String)]| {
        let mut fluent = FluentArgs::new();
        for (k, v) in args {
            fluent.set(*k, v.clone());
        }
        state.l10n.format(locale, id, Some(&fluent))
    };
    let service_name = service.map(|s| s.name.clone());
    let subject = match &service_name {
        Some(name) => say("email-subject-service", &[("service", name.clone())]),
        None => say("email-subject", &[]),
    };
    let none = say("email-field-not-given", &[]);
    let mut lines = vec![say("email-body-intro", &[]), String::new()];
    let server_text = if server.is_empty() {
        service.and_then(|s| s.ip_addresses.first().cloned()).unwrap_or_else(|| none.clone())
    } else {
        server.to_owned()
    };
    let order = service.map(|s| s.order_number.clone());
    lines.push(say("email-field-server", &[("server", server_text)]));
    if let Some(order) = order {
        lines.push(say("email-field-order", &[("order", order)]));
    }
    lines.push(say("email-field-service", &[("service", service_name.unwrap_or_else(|| none.clone()))]));
    lines.push(match &began {
        Some(b) => say(
            "email-field-began",
            &[
                ("local", form.began_local.replace('T', " ")),
                ("zone", form.began_timezone.clone()),
                ("cet", b.cet_local.replace('T', " ")),
                ("abbreviation", b.cet_abbreviation.clone()),
            ],
        ),
        None => say("email-field-began-unknown", &[]),
    });
    lines.push(String::new());
    lines.push(say("email-field-description", &[]));
    lines.push(form.description.trim().to_owned());
    lines.push(String::new());
    lines.push(say("email-body-from", &[("email", facts.registered_email.clone())]));
    if with_attachment {
        lines.push(say("email-body-attachment", &[]));
    }
    let body = lines.join("\n");
    let mailto = format!("mailto:{}?subject={}&body={}", to, percent(&subject), percent(&body));
    Ok(PreparedEmail { to, from: facts.registered_email, subject, body, mailto })
}

/// Percent-encoding for a `mailto:` field: every byte but the unreserved ones (RFC 3986),
/// so a space is `%20` (mail programs read `+` as a plus) and a line break `%0A`.
fn percent(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn mailto_fields_keep_spaces_line_breaks_and_accents() {
        assert_eq!(super::percent("Server giù\n#1 a+b&c"), "Server%20gi%C3%B9%0A%231%20a%2Bb%26c");
    }
}

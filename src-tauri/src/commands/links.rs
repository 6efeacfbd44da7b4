//! Links from provider text open in the system browser (or mail client), never in the
//! app's own window, and only for http, https and mailto addresses.

use crate::error::{CommandError, CommandResult};

#[tauri::command]
pub fn open_link(url: String) -> CommandResult<()> {
    let parsed = checked(&url)?;
    open::that_detached(parsed.as_str()).map_err(|e| CommandError::new("unknown", format!("no program opened the link: {e}")))
}

fn checked(url: &str) -> CommandResult<url::Url> {
    let parsed = url::Url::parse(url).map_err(|_| invalid())?;
    match parsed.scheme() {
        "http" | "https" | "mailto" => Ok(parsed),
        _ => Err(invalid()),
    }
}

fn invalid() -> CommandError {
    clientarea_core::Error::Validation(vec![clientarea_api::problem::FieldError { field: "url".into(), reason: "invalid".into() }])
        .into()
}

#[cfg(test)]
mod tests {
    #[test]
    fn only_web_and_mail_addresses_are_opened() {
        assert!(super::checked("https://status.example.com/incident/42").is_ok());
        assert!(super::checked("mailto:support@example.com").is_ok());
        for bad in ["javascript:alert(1)", "file:///etc/passwd", "smb://host/share", "tauri://localhost", "not a url"] {
            assert!(super::checked(bad).is_err(), "{bad}");
        }
    }
}

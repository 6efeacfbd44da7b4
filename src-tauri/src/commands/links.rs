//! Links from provider text open in the system browser (or mail client), never in the
//! app's own window, and only for http, https and mailto addresses. Attachments are
//! saved to the Downloads folder, and only a file the app saved there can be opened.

use crate::error::{CommandError, CommandResult};

#[tauri::command]
pub fn open_link(url: String) -> CommandResult<()> {
    let parsed = checked(&url)?;
    open::that_detached(parsed.as_str())
        .map_err(|e| CommandError::new(clientarea_core::ErrorCode::Unknown, format!("no program opened the link: {e}")))
}

/// Where an attachment was saved, and whether the app offers to open it.
#[derive(Debug, serde::Serialize, ts_rs::TS)]
pub struct SavedFile {
    pub path: String,
    /// An image, a PDF or plain text by its bytes: the others are only saved.
    pub openable: bool,
}

/// Save an attachment of a message to the Downloads folder, never over another file,
/// named by what its bytes are (`clientarea_api::uploads::saved_name`).
#[tauri::command]
pub async fn save_attachment(
    app: tauri::AppHandle,
    state: tauri::State<'_, crate::state::AppState>,
    id: String,
    filename: String,
) -> CommandResult<SavedFile> {
    let bytes = state.engine.download_attachment(&id).await?;
    let (name, openable) = clientarea_api::uploads::saved_name(&filename, &bytes);
    save_to_downloads(&app, &state, &name, &bytes, openable)
}

/// Write `bytes` to the Downloads folder as `name`, never over another file (`name (1)`,
/// `name (2)`, ... when taken); `openable` files may then be opened by `open_saved`.
pub(crate) fn save_to_downloads(
    app: &tauri::AppHandle,
    state: &crate::state::AppState,
    name: &str,
    bytes: &[u8],
    openable: bool,
) -> CommandResult<SavedFile> {
    use tauri::Manager;
    // The desktop's Downloads folder (user-dirs.dirs), else ~/Downloads.
    let dir = app
        .path()
        .download_dir()
        .or_else(|_| app.path().home_dir().map(|h| h.join("Downloads")))
        .map_err(|e| CommandError::new(clientarea_core::ErrorCode::Storage, format!("no Downloads folder: {e}")))?;
    std::fs::create_dir_all(&dir).map_err(|e| CommandError::new(clientarea_core::ErrorCode::Storage, e.to_string()))?;
    let (stem, ext) = match name.rsplit_once('.') {
        Some((s, e)) if !s.is_empty() => (s.to_owned(), format!(".{e}")),
        _ => (name.to_owned(), String::new()),
    };
    for n in 0..1000 {
        let candidate = dir.join(if n == 0 { name.to_owned() } else { format!("{stem} ({n}){ext}") });
        // create_new: never overwrite, even if a file appears meanwhile.
        match std::fs::OpenOptions::new().write(true).create_new(true).open(&candidate) {
            Ok(mut f) => {
                std::io::Write::write_all(&mut f, bytes)
                    .map_err(|e| CommandError::new(clientarea_core::ErrorCode::Storage, e.to_string()))?;
                if openable {
                    // The only files open_saved will hand to the desktop.
                    state.saved.lock().unwrap_or_else(|e| e.into_inner()).insert(candidate.clone());
                }
                state.downloaded.lock().unwrap_or_else(|e| e.into_inner()).insert(candidate.clone());
                return Ok(SavedFile { path: candidate.display().to_string(), openable });
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(CommandError::new(clientarea_core::ErrorCode::Storage, e.to_string())),
        }
    }
    Err(CommandError::new(clientarea_core::ErrorCode::Storage, "too many files with this name in Downloads"))
}

/// Open a file the app saved this run and found safe to open (an image, a PDF, plain
/// text), with the system's program for it.
#[tauri::command]
pub fn open_saved(state: tauri::State<'_, crate::state::AppState>, path: String) -> CommandResult<()> {
    let path = std::path::PathBuf::from(path);
    if !state.saved.lock().unwrap_or_else(|e| e.into_inner()).contains(&path) {
        return Err(invalid());
    }
    open::that_detached(&path)
        .map_err(|e| CommandError::new(clientarea_core::ErrorCode::Unknown, format!("no program opened the file: {e}")))
}

/// Show a file the app saved this run in its folder, with the desktop's file manager
/// (the folder is opened, never the file: for the files the app does not open itself).
#[tauri::command]
pub fn show_saved(state: tauri::State<'_, crate::state::AppState>, path: String) -> CommandResult<()> {
    let path = std::path::PathBuf::from(path);
    if !state.downloaded.lock().unwrap_or_else(|e| e.into_inner()).contains(&path) {
        return Err(invalid());
    }
    let folder = path.parent().ok_or_else(invalid)?;
    open::that_detached(folder)
        .map_err(|e| CommandError::new(clientarea_core::ErrorCode::Unknown, format!("no program showed the folder: {e}")))
}

fn checked(url: &str) -> CommandResult<url::Url> {
    let mut parsed = url::Url::parse(url).map_err(|_| invalid())?;
    match parsed.scheme() {
        "http" | "https" => Ok(parsed),
        "mailto" => {
            // Only the address, the subject and the body: a link in a provider's message
            // must not attach a file of this computer (`attach=`) or copy someone in.
            // The parts are kept as written (mail clients read `%20`, not `+`, as a space).
            let kept: Vec<&str> = parsed
                .query()
                .unwrap_or_default()
                .split('&')
                .filter(|part| {
                    let key = part.split('=').next().unwrap_or_default();
                    key.eq_ignore_ascii_case("subject") || key.eq_ignore_ascii_case("body")
                })
                .collect();
            let query = (!kept.is_empty()).then(|| kept.join("&"));
            parsed.set_query(query.as_deref());
            Ok(parsed)
        }
        _ => Err(invalid()),
    }
}

fn invalid() -> CommandError {
    clientarea_core::Error::Validation(vec![clientarea_api::problem::FieldError { field: "url".into(), reason: "invalid".into() }]).into()
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

    #[test]
    fn a_mail_link_keeps_its_address_subject_and_body_only() {
        let url =
            super::checked("mailto:abuse@example.com?subject=Report%201&attach=/home/me/.ssh/id_rsa&cc=x@evil.example&body=Hi").unwrap();
        assert_eq!(url.as_str(), "mailto:abuse@example.com?subject=Report%201&body=Hi");
        assert_eq!(super::checked("mailto:a@example.com?Attach=~/.gnupg").unwrap().as_str(), "mailto:a@example.com");
    }
}

/// The `clientarea://` links that came (from the desktop or a second start) since the
/// window last asked.
#[tauri::command]
pub fn take_links(app: tauri::AppHandle) -> Vec<crate::deeplink::DeepLink> {
    crate::deeplink::take(&app)
}

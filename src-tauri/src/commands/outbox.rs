//! Drafts and the outbox: what the customer writes is kept as they type, and a send
//! waits in the outbox until the provider confirms it.

use clientarea_core::{DraftKind, LocalAttachment, OutboxItem, StatusAction, TicketDraft};
use tauri::State;

use crate::error::{CommandError, CommandResult};
use crate::state::AppState;

#[tauri::command]
pub async fn save_draft(
    state: State<'_, AppState>,
    account_id: String,
    kind: DraftKind,
    target: String,
    data: serde_json::Value,
) -> CommandResult<()> {
    Ok(state.engine.save_draft_in(&account_id, kind, &target, &data).await?)
}

#[tauri::command]
pub async fn get_draft(state: State<'_, AppState>, kind: DraftKind, target: String) -> CommandResult<Option<serde_json::Value>> {
    Ok(state.engine.draft(kind, &target).await?)
}

#[tauri::command]
pub async fn send_ticket(state: State<'_, AppState>, draft: TicketDraft) -> CommandResult<OutboxItem> {
    Ok(state.engine.send_ticket(&draft).await?)
}

#[tauri::command]
pub async fn send_reply(state: State<'_, AppState>, id: String, body: String, attachment_ids: Vec<String>) -> CommandResult<OutboxItem> {
    Ok(state.engine.send_reply(&id, &body, &attachment_ids).await?)
}

/// Close, reopen, or answer a resolved ticket (`close`, `reopen`, `solved`, `not_solved`).
#[tauri::command]
pub async fn set_ticket_status(state: State<'_, AppState>, id: String, action: StatusAction) -> CommandResult<OutboxItem> {
    Ok(state.engine.set_ticket_status(&id, action).await?)
}

/// The file's bytes come as the raw request body (no JSON array of numbers for a 10 MB
/// file), its name in the `x-filename` header, percent-encoded.
#[tauri::command]
pub async fn add_attachment(state: State<'_, AppState>, request: tauri::ipc::Request<'_>) -> CommandResult<LocalAttachment> {
    let tauri::ipc::InvokeBody::Raw(bytes) = request.body() else {
        return Err(CommandError::new(clientarea_core::ErrorCode::Validation, "the file must come as raw bytes"));
    };
    let name = request.headers().get("x-filename").and_then(|v| v.to_str().ok()).map(percent_decode).unwrap_or_default();
    Ok(state.engine.add_attachment(&name, bytes.clone()).await?)
}

/// The image on the desktop's clipboard, attached as a PNG named for when it was pasted
/// (`screenshot-2026-11-29-101500.png`), checked like a picked file; `None` when the
/// clipboard holds no image. WebKitGTK gives the page's paste event no image, so the
/// composer asks for it here when Ctrl+V brought no text.
#[tauri::command]
pub async fn paste_image(app: tauri::AppHandle, state: State<'_, AppState>) -> CommandResult<Option<LocalAttachment>> {
    let (tx, rx) = tokio::sync::oneshot::channel();
    // GTK's clipboard lives on the main thread.
    app.run_on_main_thread(move || {
        let clipboard = gtk::Clipboard::get(&gtk::gdk::SELECTION_CLIPBOARD);
        let png = clipboard.wait_for_image().and_then(|image| image.save_to_bufferv("png", &[]).ok());
        let _ = tx.send(png);
    })
    .map_err(|e| CommandError::new(clientarea_core::ErrorCode::Unknown, format!("the clipboard could not be read: {e}")))?;
    let Some(png) = rx.await.ok().flatten() else { return Ok(None) };
    let name = chrono::Local::now().format("screenshot-%Y-%m-%d-%H%M%S.png").to_string();
    Ok(Some(state.engine.add_attachment(&name, png).await?))
}

#[tauri::command]
pub async fn remove_attachment(state: State<'_, AppState>, id: String) -> CommandResult<()> {
    Ok(state.engine.remove_attachment(&id).await?)
}

/// What the provider takes, to show before the customer picks a file.
#[derive(serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct AttachmentLimits {
    max_bytes: usize,
    max_files: usize,
    types: &'static [&'static str],
}

#[tauri::command]
pub fn attachment_limits() -> AttachmentLimits {
    use clientarea_api::uploads::{ATTACHMENTS_MAX, UPLOAD_MAX_BYTES, UPLOAD_TYPES};
    AttachmentLimits { max_bytes: UPLOAD_MAX_BYTES, max_files: ATTACHMENTS_MAX, types: &UPLOAD_TYPES }
}

fn percent_decode(s: &str) -> String {
    url::form_urlencoded::parse(format!("n={}", s.replace('+', "%2B")).as_bytes()).next().map(|(_, v)| v.into_owned()).unwrap_or_default()
}

#[tauri::command]
pub async fn list_outbox(state: State<'_, AppState>) -> CommandResult<Vec<OutboxItem>> {
    Ok(state.engine.outbox().await?)
}

#[tauri::command]
pub async fn resend_outbox(state: State<'_, AppState>, id: String) -> CommandResult<()> {
    Ok(state.engine.resend(&id).await?)
}

#[tauri::command]
pub async fn edit_outbox(state: State<'_, AppState>, id: String, subject: Option<String>, body: String) -> CommandResult<()> {
    Ok(state.engine.edit_outbox(&id, subject.as_deref(), &body).await?)
}

#[tauri::command]
pub async fn discard_outbox(state: State<'_, AppState>, id: String) -> CommandResult<()> {
    Ok(state.engine.discard_outbox(&id).await?)
}

#[cfg(test)]
mod tests {
    #[test]
    fn file_names_come_back_from_the_header_as_typed() {
        // What encodeURIComponent makes of them in the UI.
        assert_eq!(super::percent_decode("tr%C3%A0ccia%20(1).txt"), "tràccia (1).txt");
        assert_eq!(super::percent_decode("a+b%2Bc.log"), "a+b+c.log");
    }
}

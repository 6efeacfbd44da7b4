//! The customer's own record and the evidence made of it: a ticket's ledger, a period's
//! evidence on screen, its export as PDF or CSV to the Downloads folder, the request for
//! a credit that carries the PDF (opened in the new-ticket form, sent through the outbox
//! like any ticket), and a resync that leaves the ledger as it was.

use chrono::{DateTime, Utc};
use clientarea_core::LocalAttachment;
use clientarea_core::evidence::Evidence;
use clientarea_core::store::ledger::LedgerEntry;
use tauri::State;

use super::links::{SavedFile, save_to_downloads};
use crate::error::{CommandError, CommandResult};
use crate::state::AppState;

/// What an evidence export is written as.
#[derive(Debug, Clone, Copy, serde::Serialize, serde::Deserialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "lowercase")]
pub enum ExportFormat {
    Pdf,
    Csv,
}

/// A request for a credit, ready to be read over and sent: a Financial ticket that names
/// the period and the missed promises, with the evidence PDF attached.
#[derive(Debug, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct CreditDraft {
    pub subject: String,
    pub body: String,
    pub attachment: LocalAttachment,
}

#[tauri::command]
pub async fn ticket_ledger(state: State<'_, AppState>, id: String) -> CommandResult<Vec<LedgerEntry>> {
    Ok(state.engine.ticket_ledger(&id).await?)
}

/// The evidence of the tickets created in `[from, to)`.
#[tauri::command]
pub async fn evidence(state: State<'_, AppState>, from: DateTime<Utc>, to: DateTime<Utc>) -> CommandResult<Evidence> {
    Ok(state.engine.evidence(from, to).await?)
}

/// Write the evidence of `[from, to)` to the Downloads folder, times in `zone` (the
/// user's), words in the UI's language.
#[tauri::command]
pub async fn export_evidence(
    app: tauri::AppHandle,
    state: State<'_, AppState>,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
    zone: String,
    format: ExportFormat,
) -> CommandResult<SavedFile> {
    let evidence = state.engine.evidence(from, to).await?;
    let zone = checked_zone(&zone)?;
    let options = clientarea_report::Options { locale: state.locale(), zone: &zone, l10n: &state.l10n };
    let (bytes, ext) = match format {
        ExportFormat::Pdf => (render_pdf(&evidence, &options).await?, "pdf"),
        ExportFormat::Csv => (clientarea_report::csv(&evidence, &options).into_bytes(), "csv"),
    };
    let name = file_name(&evidence, &zone, ext);
    save_to_downloads(&app, &state, &name, &bytes, format == ExportFormat::Pdf)
}

/// A credit request for the missed promises of `[from, to)`, with the evidence PDF kept
/// as a local attachment until the ticket leaves.
#[tauri::command]
pub async fn credit_draft(state: State<'_, AppState>, from: DateTime<Utc>, to: DateTime<Utc>, zone: String) -> CommandResult<CreditDraft> {
    let evidence = state.engine.evidence(from, to).await?;
    if evidence.summary.missed == 0 {
        return Err(CommandError::validation("period", "nothing-missed"));
    }
    let zone = checked_zone(&zone)?;
    let options = clientarea_report::Options { locale: state.locale(), zone: &zone, l10n: &state.l10n };
    let pdf = render_pdf(&evidence, &options).await?;
    let text = clientarea_report::credit_request(&evidence, &options);
    let attachment = state.engine.add_attachment(&file_name(&evidence, &zone, "pdf"), pdf).await?;
    Ok(CreditDraft { subject: text.subject, body: text.body, attachment })
}

/// Bring everything from the provider again (the ledger keeps what it saw).
#[tauri::command]
pub async fn resync(state: State<'_, AppState>) -> CommandResult<()> {
    state.engine.resync().await?;
    Ok(())
}

fn checked_zone(zone: &str) -> CommandResult<String> {
    if clientarea_api::support::is_time_zone(zone) { Ok(zone.to_owned()) } else { Err(CommandError::validation("zone", "invalid")) }
}

/// A year of tickets takes a good part of a second: off the async workers.
async fn render_pdf(evidence: &Evidence, options: &clientarea_report::Options<'_>) -> CommandResult<Vec<u8>> {
    tokio::task::block_in_place(|| clientarea_report::pdf(evidence, options))
        .map_err(|e| CommandError::new(clientarea_core::ErrorCode::Unknown, format!("the report could not be written: {e}")))
}

/// `response-times-2026-10-01-2026-10-31.pdf`: the period's first and last day in `zone`.
fn file_name(evidence: &Evidence, zone: &str, ext: &str) -> String {
    let tz: chrono_tz::Tz = zone.parse().unwrap_or(chrono_tz::UTC);
    let first = evidence.from.with_timezone(&tz).date_naive();
    let last = (evidence.to - chrono::Duration::seconds(1)).with_timezone(&tz).date_naive();
    format!("response-times-{first}-{last}.{ext}")
}

//! Billing: the invoices view, asking about an invoice (a Financial ticket that names
//! it, with duplicate detection), the business customer's VAT number, and an invoice as
//! PDF or a year's invoices as CSV, written to the Downloads folder.

use clientarea_core::billing::Billing;
use clientarea_core::{AskOutcome, InvoiceQuestion, TicketDraft, VatNumberState};
use tauri::State;

use super::links::{SavedFile, save_to_downloads};
use crate::error::{CommandError, CommandResult};
use crate::state::AppState;

#[tauri::command]
pub async fn billing(state: State<'_, AppState>) -> CommandResult<Billing> {
    Ok(state.engine.billing().await?)
}

#[tauri::command]
pub async fn invoice_questions(state: State<'_, AppState>, invoice_id: String) -> CommandResult<Vec<InvoiceQuestion>> {
    Ok(state.engine.invoice_questions(&invoice_id).await?)
}

/// Queue the Financial ticket `draft` about its invoice, unless one is open already and
/// the customer did not say `anyway`.
#[tauri::command]
pub async fn ask_about_invoice(state: State<'_, AppState>, draft: TicketDraft, anyway: bool) -> CommandResult<AskOutcome> {
    Ok(state.engine.ask_about_invoice(&draft, anyway).await?)
}

#[tauri::command]
pub async fn vat_number(state: State<'_, AppState>) -> CommandResult<VatNumberState> {
    Ok(state.engine.vat_number().await?)
}

#[tauri::command]
pub async fn set_vat_number(state: State<'_, AppState>, number: String) -> CommandResult<()> {
    state.engine.set_vat_number(&number).await?;
    Ok(())
}

/// Invoice `id` as a PDF in the UI's language: `INV-2026-00412.pdf`.
#[tauri::command]
pub async fn export_invoice(app: tauri::AppHandle, state: State<'_, AppState>, id: String) -> CommandResult<SavedFile> {
    let billing = state.engine.billing().await?;
    let invoice = billing
        .invoices
        .into_iter()
        .map(|v| v.invoice)
        .find(|i| i.id == id)
        .ok_or_else(|| CommandError::validation("invoice_id", "invalid"))?;
    let account = state.engine.account().await?.0;
    let party = clientarea_report::InvoiceParty {
        provider: state.engine.provider_name().await.unwrap_or_default(),
        customer_name: account.as_ref().map(|a| a.name.clone()).unwrap_or_default(),
        customer_email: account.map(|a| a.email).unwrap_or_default(),
    };
    let options = clientarea_report::Options { locale: state.locale(), zone: "UTC", l10n: &state.l10n };
    let pdf = tokio::task::block_in_place(|| clientarea_report::invoice_pdf(&invoice, &party, &options))
        .map_err(|e| CommandError::new(clientarea_core::ErrorCode::Unknown, format!("the invoice could not be written: {e}")))?;
    save_to_downloads(&app, &state, &format!("{}.pdf", safe_name(&invoice.number)), &pdf, true)
}

/// The invoices issued in `year`, for an accountant: `invoices-2026.csv`.
#[tauri::command]
pub async fn export_invoices_csv(app: tauri::AppHandle, state: State<'_, AppState>, year: i32) -> CommandResult<SavedFile> {
    use chrono::Datelike;
    let mut invoices: Vec<_> =
        state.engine.billing().await?.invoices.into_iter().map(|v| v.invoice).filter(|i| i.issued_on.year() == year).collect();
    if invoices.is_empty() {
        return Err(CommandError::validation("year", "no-invoices"));
    }
    invoices.sort_by(|a, b| a.issued_on.cmp(&b.issued_on).then_with(|| a.number.cmp(&b.number)));
    let options = clientarea_report::Options { locale: state.locale(), zone: "UTC", l10n: &state.l10n };
    let csv = clientarea_report::invoices_csv(&invoices, &options);
    save_to_downloads(&app, &state, &format!("invoices-{year}.csv"), csv.as_bytes(), false)
}

/// An invoice number as a file name: letters, digits, `-` and `_` kept, the rest `_`.
fn safe_name(number: &str) -> String {
    let name: String = number.chars().take(80).map(|c| if c.is_ascii_alphanumeric() || c == '-' || c == '_' { c } else { '_' }).collect();
    if name.is_empty() { "invoice".into() } else { name }
}

#[cfg(test)]
mod tests {
    #[test]
    fn an_invoice_number_never_leaves_the_downloads_folder() {
        assert_eq!(super::safe_name("INV-2026-00412"), "INV-2026-00412");
        assert_eq!(super::safe_name("../../etc/passwd"), "______etc_passwd");
        assert_eq!(super::safe_name(""), "invoice");
    }
}

//! clientarea-report: the customer's evidence of the provider's response-time promises
//! (`clientarea_core::evidence::Evidence`) as a CSV file for a spreadsheet and a PDF
//! document to attach to a request for an outage credit; and the provider's invoices
//! (`clientarea_api::Invoice`) as a PDF each and a CSV list for an accountant. All speak
//! the user's locale (every label through Fluent, `locales/*/report.ftl`; amounts through
//! `clientarea_l10n::money`) and give times in the user's time zone, named in the
//! document.
//!
//! The PDF is written with [krilla], the PDF library typst itself uses: it embeds and
//! subsets a real TrueType font with a ToUnicode map, so the text stays searchable and
//! copyable (pdftotext extracts it, accents included: ä ß é ñ), it draws vector paths
//! for the chart, and it is maintained. The alternatives fell short: printpdf's built-in
//! fonts cover only WinAnsi, and typst as a library is a whole compiler with a long
//! build. The font is DejaVu Sans, bundled (`fonts/`, with its license), so the document
//! looks the same on every machine and covers Latin, Greek, Cyrillic, Hebrew and Arabic;
//! a character it lacks (most emoji, CJK) is drawn as an empty box, never a panic.
//!
//! [krilla]: https://github.com/LaurenzV/krilla

mod credit;
mod csv_export;
mod invoice;
mod invoice_csv;
mod pdf;
mod words;

use clientarea_api::Invoice;
use clientarea_core::evidence::Evidence;
use clientarea_l10n::Localizer;
pub use credit::CreditText;
pub use invoice::InvoiceParty;

/// How to render: the UI's locale (one of `clientarea_l10n::LOCALES`; another falls back
/// to English), the user's IANA time zone (`Europe/Rome`; an unknown name gives UTC, and
/// the document says so), and the messages.
pub struct Options<'a> {
    pub locale: &'a str,
    pub zone: &'a str,
    pub l10n: &'a Localizer,
}

#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// The bundled font did not load: a broken build, not something the user can fix.
    #[error("the report's bundled font could not be read")]
    Font,
    #[error("the PDF could not be written: {0}")]
    Pdf(String),
}

/// The evidence as CSV: one header row with localized names, then one row per ticket.
/// Times are RFC 3339 in the user's zone, which the header names; see `csv_export` for
/// the columns.
pub fn csv(e: &Evidence, o: &Options<'_>) -> String {
    // Writing to memory cannot fail; an error here would be a bug in the csv crate.
    csv_export::write(e, &words::Words::new(o)).unwrap_or_default()
}

/// The evidence as an A4 PDF: the account, the period and a summary, a chart of every
/// ticket's times, and a table of the tickets over as many pages as they need.
pub fn pdf(e: &Evidence, o: &Options<'_>) -> Result<Vec<u8>, ReportError> {
    pdf::render(e, &words::Words::new(o))
}

/// A request for an outage credit for the evidence's missed promises: its subject (the
/// period) and body (the misses, the first [`credit::LISTED_MAX`] listed, and the ask),
/// to go with the PDF.
pub fn credit_request(e: &Evidence, o: &Options<'_>) -> CreditText {
    credit::write(e, &words::Words::new(o))
}

/// An invoice as an A4 PDF: the provider and who is billed, the invoice's number, dates
/// and status, a table of its lines over as many pages as they need, and the totals:
/// net, the VAT with how it was decided (the billing country's rate on the day of issue;
/// for a reverse charge 0 % and the legal wording; outside the EU none) and the total.
/// Dates in the user's locale, amounts in the invoice's currency as the locale writes
/// them. `o.zone` is not used: an invoice's dates are calendar days.
pub fn invoice_pdf(inv: &Invoice, party: &InvoiceParty, o: &Options<'_>) -> Result<Vec<u8>, ReportError> {
    pdf::invoice::render(inv, party, &words::Words::new(o))
}

/// Invoices as CSV for an accountant: one header row with localized names, then one row
/// per invoice, in the order given: number, issue date, due date, status, country code,
/// VAT number, currency, net, VAT rate, VAT, total, VAT rule. Dates are ISO 8601
/// (`2026-10-03`); amounts are plain decimals with a dot and no grouping (`1234.56`) and
/// the rate a plain percentage (`22`, `25.5`) in every locale, so that a spreadsheet set
/// to any language parses them as numbers. Status and VAT rule are in the user's words.
pub fn invoices_csv(invoices: &[Invoice], o: &Options<'_>) -> String {
    // Writing to memory cannot fail; an error here would be a bug in the csv crate.
    invoice_csv::write(invoices, &words::Words::new(o)).unwrap_or_default()
}

//! The invoices as CSV for an accountant: one header row with localized column names,
//! then one row per invoice and nothing else. Dates are ISO 8601 (`2026-10-03`); amounts
//! are plain decimals with a dot and no grouping (`1234.56`, `-0.05`) and the VAT rate a
//! plain percentage (`22`, `25.5`), whatever the user's locale, so a spreadsheet set to
//! any language reads them as numbers rather than text. Status and VAT rule are words in
//! the user's language; the country is its ISO code.
//!
//! Like the evidence's CSV it starts with a UTF-8 byte order mark (for Excel), and the
//! provider's text (number, VAT number, country and currency codes) that a spreadsheet
//! would read as a formula gets a leading apostrophe. Amounts are left as they are: a
//! credit's `-12.50` is a number.

use clientarea_api::Invoice;

use crate::csv_export::neutralize_formula;
use crate::invoice::{plain_amount, plain_rate, rule, status};
use crate::words::Words;

const BOM: &str = "\u{feff}";

pub(crate) fn write(invoices: &[Invoice], w: &Words<'_>) -> Result<String, csv::Error> {
    let mut out = csv::Writer::from_writer(BOM.as_bytes().to_vec());
    out.write_record([
        w.text("report-invoice-csv-number"),
        w.text("report-invoice-csv-issued"),
        w.text("report-invoice-csv-due"),
        w.text("report-invoice-csv-status"),
        w.text("report-invoice-csv-country"),
        w.text("report-invoice-csv-vat-number"),
        w.text("report-invoice-csv-currency"),
        w.text("report-invoice-csv-net"),
        w.text("report-invoice-csv-vat-rate"),
        w.text("report-invoice-csv-vat"),
        w.text("report-invoice-csv-total"),
        w.text("report-invoice-csv-vat-rule"),
    ])?;
    for inv in invoices {
        out.write_record([
            neutralize_formula(&inv.number),
            inv.issued_on.format("%Y-%m-%d").to_string(),
            inv.due_on.format("%Y-%m-%d").to_string(),
            status(w, inv.status),
            neutralize_formula(&inv.country),
            neutralize_formula(inv.vat_number.as_deref().unwrap_or_default()),
            neutralize_formula(&inv.currency),
            plain_amount(inv.net_cents),
            plain_rate(inv.vat_rate_bp),
            plain_amount(inv.vat_cents),
            plain_amount(inv.total_cents),
            rule(w, inv.vat_rule),
        ])?;
    }
    let bytes = out.into_inner().map_err(|e| csv::Error::from(e.into_error()))?;
    // Every field was a `String`, so the bytes are UTF-8.
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

//! The provider's invoices (`clientarea_api::Invoice`, as the provider sent them) in the
//! user's words, shared by the invoice PDF (`pdf::invoice`) and the accountant's CSV
//! (`invoice_csv`). The *party* is who the invoice is between: the provider that issued
//! it and the customer it bills, which the contract's invoice does not carry. A *plain*
//! amount is the one a spreadsheet reads in any locale: `1234.56`, a dot, no grouping.

use clientarea_api::billing::{InvoiceStatus, VatRule};

use crate::words::Words;

/// Who an invoice is between, as printed at its top: the provider that issued it and the
/// customer it bills (the account's name and e-mail address).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvoiceParty {
    /// The provider's name, as the invoice's issuer.
    pub provider: String,
    pub customer_name: String,
    pub customer_email: String,
}

pub(crate) fn status(w: &Words<'_>, s: InvoiceStatus) -> String {
    w.text(match s {
        InvoiceStatus::Paid => "report-invoice-status-paid",
        InvoiceStatus::Unpaid => "report-invoice-status-unpaid",
        InvoiceStatus::Overdue => "report-invoice-status-overdue",
    })
}

/// The VAT rule in a word or two, for the CSV's column.
pub(crate) fn rule(w: &Words<'_>, r: VatRule) -> String {
    w.text(match r {
        VatRule::Standard => "report-invoice-rule-standard",
        VatRule::ReverseCharge => "report-invoice-rule-reverse-charge",
        VatRule::OutsideScope => "report-invoice-rule-outside-scope",
    })
}

/// The VAT line of the totals: the rate and how it was decided. `country` is the billing
/// country's name.
pub(crate) fn vat_line(w: &Words<'_>, r: VatRule, rate_bp: u32, country: &str) -> String {
    let rate = w.percent(rate_bp);
    match r {
        VatRule::Standard => w.text_with("report-invoice-vat-standard", &[("rate", rate), ("country", country.to_owned())]),
        VatRule::ReverseCharge => w.text_with("report-invoice-vat-reverse-charge", &[("rate", rate)]),
        VatRule::OutsideScope => w.text("report-invoice-vat-outside-scope"),
    }
}

/// The country's name in the user's language for the countries the provider bills
/// (the EU, the United States, the United Kingdom, Switzerland); the code as given for
/// any other.
pub(crate) fn country(w: &Words<'_>, code: &str) -> String {
    let id = match code.to_ascii_uppercase().as_str() {
        "AT" => "report-country-at",
        "BE" => "report-country-be",
        "BG" => "report-country-bg",
        "HR" => "report-country-hr",
        "CY" => "report-country-cy",
        "CZ" => "report-country-cz",
        "DK" => "report-country-dk",
        "EE" => "report-country-ee",
        "FI" => "report-country-fi",
        "FR" => "report-country-fr",
        "DE" => "report-country-de",
        "GR" => "report-country-gr",
        "IE" => "report-country-ie",
        "IT" => "report-country-it",
        "LV" => "report-country-lv",
        "LT" => "report-country-lt",
        "LU" => "report-country-lu",
        "MT" => "report-country-mt",
        "NL" => "report-country-nl",
        "PL" => "report-country-pl",
        "PT" => "report-country-pt",
        "RO" => "report-country-ro",
        "SK" => "report-country-sk",
        "SI" => "report-country-si",
        "ES" => "report-country-es",
        "SE" => "report-country-se",
        "HU" => "report-country-hu",
        "US" => "report-country-us",
        "GB" => "report-country-gb",
        "CH" => "report-country-ch",
        _ => return code.to_owned(),
    };
    w.text(id)
}

/// Cents as a plain decimal: `1234.56`, `-0.05`; the sign only when negative.
pub(crate) fn plain_amount(cents: i64) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    let abs = cents.unsigned_abs();
    format!("{sign}{}.{:02}", abs / 100, abs % 100)
}

/// Basis points as a plain percentage without trailing zeros: `22`, `25.5`, `0.01`.
pub(crate) fn plain_rate(bp: u32) -> String {
    match bp % 100 {
        0 => (bp / 100).to_string(),
        hundredths => format!("{}.{}", bp / 100, format!("{hundredths:02}").trim_end_matches('0')),
    }
}

#[cfg(test)]
mod tests {
    use clientarea_l10n::Localizer;

    use super::*;
    use crate::Options;

    #[test]
    fn plain_numbers_have_a_dot_and_no_grouping() {
        assert_eq!(plain_amount(123_456), "1234.56");
        assert_eq!(plain_amount(0), "0.00");
        assert_eq!(plain_amount(-5), "-0.05");
        assert_eq!(plain_amount(i64::MIN), "-92233720368547758.08");
        assert_eq!(plain_amount(i64::MAX), "92233720368547758.07");
        assert_eq!(plain_rate(2200), "22");
        assert_eq!(plain_rate(2550), "25.5");
        assert_eq!(plain_rate(1), "0.01");
        assert_eq!(plain_rate(0), "0");
    }

    #[test]
    fn countries_are_named_in_the_user_language_and_others_kept_as_codes() {
        let l10n = Localizer::new();
        let w = |locale| Words::new(&Options { locale, zone: "UTC", l10n: &l10n });
        assert_eq!(country(&w("en-US"), "IT"), "Italy");
        assert_eq!(country(&w("it"), "DE"), "Germania");
        assert_eq!(country(&w("de"), "at"), "Österreich");
        assert_eq!(country(&w("es"), "GB"), "Reino Unido");
        assert_eq!(country(&w("es"), "JP"), "JP");
        assert_eq!(
            vat_line(&w("de"), VatRule::Standard, 1900, "Deutschland"),
            "USt. 19\u{a0}% (Deutschland, Steuersatz am Tag der Ausstellung)"
        );
        assert_eq!(vat_line(&w("en-US"), VatRule::ReverseCharge, 0, "Italy"), "VAT 0%");
    }
}

//! Invoices as the app renders them: the PDF read back with `pdftotext`, the accountant's
//! CSV read back with the csv crate.

use chrono::NaiveDate;
use clientarea_api::{Invoice, InvoiceLine, InvoiceStatus, VatRule};
use clientarea_l10n::Localizer;
use clientarea_report::{InvoiceParty, Options, invoice_pdf, invoices_csv};

use crate::pdf_export::pdftotext;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn line(description: &str, quantity: u32, unit_price_cents: i64) -> InvoiceLine {
    InvoiceLine {
        description: description.into(),
        service_id: None,
        quantity,
        unit_price_cents,
        net_cents: i64::from(quantity) * unit_price_cents,
    }
}

/// An invoice of `lines` to a customer in `country`, its VAT at `rate_bp` under `rule`.
fn invoice(number: &str, country: &str, rule: VatRule, rate_bp: u32, lines: Vec<InvoiceLine>) -> Invoice {
    let net_cents: i64 = lines.iter().map(|l| l.net_cents).sum();
    let vat_cents = clientarea_api::billing::vat_cents(net_cents, rate_bp);
    Invoice {
        id: format!("id-{number}"),
        number: number.into(),
        issued_on: day(2026, 10, 3),
        due_on: day(2026, 10, 17),
        status: InvoiceStatus::Paid,
        country: country.into(),
        currency: "EUR".into(),
        lines,
        net_cents,
        vat_rate_bp: rate_bp,
        vat_cents,
        total_cents: net_cents + vat_cents,
        vat_rule: rule,
        vat_number: None,
    }
}

fn party() -> InvoiceParty {
    InvoiceParty {
        provider: "Hostio S.r.l.".into(),
        customer_name: "Lucía Fernández Núñez".into(),
        customer_email: "lucia@example.es".into(),
    }
}

fn render(inv: &Invoice, locale: &str) -> String {
    let l10n = Localizer::new();
    let bytes = invoice_pdf(inv, &party(), &Options { locale, zone: "Europe/Rome", l10n: &l10n }).expect("renders");
    assert!(bytes.starts_with(b"%PDF-"), "a PDF file");
    pdftotext(&bytes)
}

/// The text with every run of white space as one space: wrapped lines read as one.
fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Asserts the PDF's text holds each of `wanted`, written as drawn, its white space
/// flattened: poppler extracts a no-break space (U+00A0, which the PDF's ToUnicode map
/// keeps) as a plain space, and a wrapped label is one line in `flat` text.
fn assert_holds(text: &str, wanted: &[&str]) {
    let text = flat(text);
    let missing: Vec<&&str> = wanted.iter().filter(|w| !text.contains(&flat(w))).collect();
    assert!(missing.is_empty(), "the PDF's text lacks {missing:?}; it reads:\n{text}");
}

#[test]
fn a_spanish_invoice_shows_its_number_dates_vat_and_total_as_spain_writes_them() {
    // 1,020.30 net at 21 % is 214.26 VAT: 1,234.56 in all.
    let inv = invoice("INV-2026-00412", "ES", VatRule::Standard, 2100, vec![line("VPS M (octubre de 2026)", 3, 34_010)]);
    assert_eq!(inv.total_cents, 123_456);
    let total = clientarea_l10n::money(inv.total_cents, "EUR", "es");
    assert_eq!(total, "1.234,56\u{a0}€");
    let text = render(&inv, "es");
    assert_holds(
        &text,
        &[
            "Hostio S.r.l.",
            "Factura",
            "INV-2026-00412",
            "Lucía Fernández Núñez",
            "lucia@example.es",
            "España",
            "Fecha de emisión",
            "3 oct 2026",
            "17 oct 2026",
            "Pagada",
            "VPS M (octubre de 2026)",
            "340,10\u{a0}€",
            "1.020,30\u{a0}€",
            "Base imponible",
            "IVA 21\u{a0}% (España, tipo vigente en la fecha de emisión)",
            "214,26\u{a0}€",
            &total,
            "Página 1 de 1",
        ],
    );
    assert!(!text.contains("Inversión del sujeto pasivo"), "no reverse-charge wording on a standard invoice");
}

#[test]
fn an_italian_reverse_charge_invoice_carries_the_legal_wording() {
    let mut inv = invoice("INV-2026-00413", "DE", VatRule::ReverseCharge, 0, vec![line("Server dedicato", 1, 10_000)]);
    inv.vat_number = Some("DE123456789".into());
    inv.status = InvoiceStatus::Overdue;
    let text = render(&inv, "it");
    assert_holds(
        &text,
        &[
            "Fattura",
            "INV-2026-00413",
            "Germania",
            "Partita IVA: DE123456789",
            "Scaduta",
            "IVA 0%",
            "Inversione contabile: IVA a carico del destinatario (art. 196 della Direttiva 2006/112/CE).",
            "100,00\u{a0}€",
            "0,00\u{a0}€",
        ],
    );
}

#[test]
fn english_invoices_name_the_rate_and_country_or_say_there_is_no_vat() {
    let inv = invoice("INV-2026-00414", "IT", VatRule::Standard, 2200, vec![line("Backup 100 GB", 2, 500)]);
    let text = render(&inv, "en-US");
    assert_holds(&text, &["Invoice", "Oct 3, 2026", "VAT 22% (Italy, rate on the day of issue)", "€10.00", "€2.20", "€12.20"]);

    let inv = invoice("INV-2026-00415", "US", VatRule::OutsideScope, 0, vec![line("Domain renewal", 1, 1_500)]);
    let text = render(&inv, "en-US");
    assert_holds(&text, &["United States", "No VAT: outside the EU", "€15.00"]);
    assert!(!text.contains("Reverse charge"));
}

#[test]
fn an_invoice_of_many_lines_runs_over_pages_with_the_header_on_each_and_the_total_once() {
    let lines: Vec<InvoiceLine> = (1..=150).map(|i| line(&format!("Service line {i}"), 1, 1_000 + i)).collect();
    let inv = invoice("INV-2026-00416", "IT", VatRule::Standard, 2200, lines);
    let text = render(&inv, "en-US");
    let pages: Vec<&str> = text.split('\u{c}').filter(|p| !p.trim().is_empty()).collect();
    assert!(pages.len() >= 3, "{} pages", pages.len());
    let count = pages.len();
    for (i, page) in pages.iter().enumerate() {
        assert!(page.contains(&format!("Page {} of {count}", i + 1)), "page {} is numbered", i + 1);
    }
    for i in 1..=150 {
        assert!(text.contains(&format!("Service line {i}\n")) || text.contains(&format!("Service line {i} ")), "line {i} is in the table");
    }
    let last = pages[count - 1];
    assert!(last.contains("Net total") && last.contains("VAT 22%"), "the totals close the last page");
    assert_eq!(text.matches("Net total").count(), 1, "the totals once");
    for page in &pages[..count - 1] {
        assert!(page.contains("Description") && page.contains("Unit price"), "every page of lines has the header");
    }
}

#[test]
fn hostile_and_empty_invoices_render_without_panicking() {
    let hostile = [
        "x".repeat(10_000),
        "🔥".repeat(500),
        "\u{202e}evil\u{202d}\u{0}\u{7}\r\n\t".to_owned(),
        String::new(),
        "日本語のテキストと한국어".to_owned(),
    ];
    let lines = hostile
        .iter()
        .map(|d| InvoiceLine {
            description: d.clone(),
            service_id: None,
            quantity: u32::MAX,
            unit_price_cents: i64::MAX,
            net_cents: i64::MIN,
        })
        .collect();
    let mut inv = invoice(&"N".repeat(500), "XX", VatRule::Standard, u32::MAX, Vec::new());
    inv.lines = lines;
    (inv.net_cents, inv.vat_cents, inv.total_cents) = (i64::MIN, i64::MAX, i64::MIN);
    inv.currency = "\u{202e}ZZZ".into();
    inv.vat_number = Some("=cmd|' /C calc'!A0".into());
    for locale in ["en-US", "xx", "de", "es", "it"] {
        render(&inv, locale);
    }
    let empty = invoice("INV-0", "IT", VatRule::Standard, 2200, Vec::new());
    let text = render(&empty, "de");
    assert_holds(&text, &["Diese Rechnung hat keine Positionen.", "Gesamtbetrag", "0,00\u{a0}€", "Seite 1 von 1"]);
}

fn read(text: &str) -> (csv::StringRecord, Vec<csv::StringRecord>) {
    let mut reader = csv::ReaderBuilder::new().has_headers(true).from_reader(text.as_bytes());
    let header = reader.headers().expect("a header row").clone();
    let rows = reader.records().collect::<Result<Vec<_>, _>>().expect("every row parses");
    (header, rows)
}

fn invoices() -> Vec<Invoice> {
    let mut reverse = invoice("INV-2026,00418", "FI", VatRule::ReverseCharge, 0, vec![line("Server", 1, 10_000)]);
    reverse.vat_number = Some("FI12345678".into());
    reverse.status = InvoiceStatus::Unpaid;
    let mut finland = invoice("INV-2026-00419", "FI", VatRule::Standard, 2550, vec![line("VPS", 1, 1_999)]);
    finland.status = InvoiceStatus::Overdue;
    vec![
        invoice("INV-2026-00417", "ES", VatRule::Standard, 2100, vec![line("VPS M", 3, 34_010)]),
        reverse,
        finland,
        invoice("=HYPERLINK(\"http://x\")", "US", VatRule::OutsideScope, 0, vec![line("Refund", 1, -1_250)]),
    ]
}

#[test]
fn the_invoice_csv_has_a_localized_header_one_row_per_invoice_and_plain_amounts() {
    let l10n = Localizer::new();
    let all = invoices();
    let text = invoices_csv(&all, &Options { locale: "en-US", zone: "Europe/Rome", l10n: &l10n });
    let (header, rows) = read(&text);
    assert_eq!(
        header.iter().collect::<Vec<_>>(),
        [
            "invoice",
            "issue date",
            "due date",
            "status",
            "country",
            "VAT number",
            "currency",
            "net",
            "VAT rate (%)",
            "VAT",
            "total",
            "VAT rule"
        ],
        "the byte order mark is not part of the first name"
    );
    assert_eq!(rows.len(), all.len(), "one row per invoice, nothing else");
    let row = |i: usize| rows[i].iter().collect::<Vec<_>>();
    assert_eq!(
        row(0),
        ["INV-2026-00417", "2026-10-03", "2026-10-17", "Paid", "ES", "", "EUR", "1020.30", "21", "214.26", "1234.56", "standard rate"]
    );
    // A number with a comma is quoted, and reads back whole.
    assert!(text.contains("\"INV-2026,00418\""), "{text}");
    assert_eq!(
        row(1),
        [
            "INV-2026,00418",
            "2026-10-03",
            "2026-10-17",
            "Unpaid",
            "FI",
            "FI12345678",
            "EUR",
            "100.00",
            "0",
            "0.00",
            "100.00",
            "reverse charge"
        ]
    );
    // 19.99 at 25.5 % is 5.10 (5.097 rounded).
    assert_eq!((&rows[2][3], &rows[2][8], &rows[2][9], &rows[2][10]), ("Overdue", "25.5", "5.10", "25.09"));
    // Provider text a spreadsheet would run is neutralized; a negative amount stays a number.
    assert_eq!((&rows[3][0], &rows[3][7], &rows[3][11]), ("'=HYPERLINK(\"http://x\")", "-12.50", "outside the EU (no VAT)"));
}

#[test]
fn the_invoice_csv_keeps_a_dot_in_amounts_in_every_language() {
    let l10n = Localizer::new();
    let all = invoices();
    for (locale, first, status, rule) in [
        ("it", "fattura", "Pagata", "aliquota ordinaria"),
        ("de", "Rechnung", "Bezahlt", "Regelsteuersatz"),
        ("es", "factura", "Pagada", "tipo general"),
    ] {
        let text = invoices_csv(&all, &Options { locale, zone: "Europe/Rome", l10n: &l10n });
        let (header, rows) = read(&text);
        assert_eq!((&header[0], header.len()), (first, 12), "{locale}");
        assert_eq!((&rows[0][3], &rows[0][11]), (status, rule), "{locale}");
        assert_eq!((&rows[0][7], &rows[0][10], &rows[2][8]), ("1020.30", "1234.56", "25.5"), "{locale}: amounts as plain decimals");
    }
    let (header, rows) = read(&invoices_csv(&[], &Options { locale: "de", zone: "UTC", l10n: &l10n }));
    assert_eq!((header.len(), rows.len()), (12, 0), "no invoices: the header alone");
}

use std::io::Write;
use std::process::{Command, Stdio};

use chrono::Duration;
use clientarea_core::evidence::evidence;
use clientarea_l10n::Localizer;
use clientarea_report::{Options, pdf};

use crate::sample;

/// The text poppler extracts from `bytes`, pages separated by form feeds.
pub(crate) fn pdftotext(bytes: &[u8]) -> String {
    let child = Command::new("pdftotext").args(["-enc", "UTF-8", "-", "-"]).stdin(Stdio::piped()).stdout(Stdio::piped()).spawn();
    let mut child = child.unwrap_or_else(|e| {
        panic!(
            "cannot run pdftotext ({e}): these tests read the PDF back with it; install poppler-utils (apt-get install -y poppler-utils)"
        )
    });
    child.stdin.take().unwrap().write_all(bytes).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "pdftotext failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

fn render(e: &clientarea_core::evidence::Evidence, locale: &str, zone: &str) -> (Vec<u8>, String) {
    let l10n = Localizer::new();
    let bytes = pdf(e, &Options { locale, zone, l10n: &l10n }).expect("renders");
    assert!(bytes.starts_with(b"%PDF-"), "a PDF file");
    let text = pdftotext(&bytes);
    (bytes, text)
}

fn assert_holds(text: &str, wanted: &[&str]) {
    let missing: Vec<&&str> = wanted.iter().filter(|w| !text.contains(**w)).collect();
    assert!(missing.is_empty(), "the PDF's text lacks {missing:?}; it reads:\n{}", &text[..text.len().min(3000)]);
}

#[test]
fn the_italian_pdf_holds_its_headings_the_period_and_every_ticket_number() {
    let e = sample::year(60);
    let (_, text) = render(&e, "it", "Europe/Rome");
    assert_holds(
        &text,
        &[
            "Documentazione dei tempi di risposta",
            "Riepilogo",
            "Conferma di ricezione",
            "Prima risposta",
            "1 gen 2026 – 31 dic 2026",
            "Europe/Rome",
            sample::EMAIL,
            sample::PROVIDER,
            "è quando l'Area clienti ha visto",
            "mancato di",
            "senza risposta",
            "Pagina 1 di",
        ],
    );
    for r in &e.rows {
        assert!(text.contains(&format!("#{}", r.number)), "#{} is in the table", r.number);
    }
}

#[test]
fn the_german_pdf_keeps_umlauts_and_sharp_s_as_text() {
    let e = sample::year(30);
    let (_, text) = render(&e, "de", "Europe/Berlin");
    assert_holds(
        &text,
        &[
            "Nachweis der Reaktionszeiten",
            "Übersicht",
            "Eingangsbestätigung",
            "Verfehlte Zusagen",
            "1. Jan. 2026 – 31. Dez. 2026",
            "Überweisung fällig – Rechnung für",
            "Seite 1 von",
        ],
    );
}

#[test]
fn a_year_of_a_thousand_tickets_runs_over_several_pages_with_the_header_on_each() {
    let e = sample::year(1000);
    let (bytes, text) = render(&e, "en-US", "Europe/Rome");
    let pages: Vec<&str> = text.split('\u{c}').filter(|p| !p.trim().is_empty()).collect();
    assert!(pages.len() >= 10, "{} pages", pages.len());
    let count = pages.len();
    for (i, page) in pages.iter().enumerate() {
        assert!(page.contains(&format!("Page {} of {count}", i + 1)), "page {} is numbered", i + 1);
        if i > 0 {
            assert!(page.contains("Acknowledgment") && page.contains("First response"), "page {} repeats the header", i + 1);
        }
    }
    assert_holds(&text, &["#100000", "#100999", "Response-time evidence", "Jan 1, 2026 – Dec 31, 2026", "missed by", "not answered"]);
    assert!(bytes.len() < 2 * 1024 * 1024, "the fonts are subset: {} bytes", bytes.len());
}

#[test]
fn hostile_and_empty_evidence_renders_without_panicking() {
    let (from, to) = sample::year_2026();
    let at = from + Duration::days(3);
    let subjects = [
        "x".repeat(10_000),
        "🔥".repeat(500),
        "\u{202e}evil\u{202d}\u{0}\u{7}\r\n\t".to_owned(),
        String::new(),
        "日本語のテキストと한국어".to_owned(),
        "e\u{301}\u{301}\u{301}\u{301}\u{301}".repeat(300),
    ];
    let tickets: Vec<_> = subjects.iter().enumerate().map(|(i, s)| sample::ticket(i as i64 + 1, s, at, Some(60), Some(-30))).collect();
    let e = evidence("\u{202e}moc.elpmaxe@a", &"p".repeat(2000), &tickets, &|_| Default::default(), from, to, to);
    for (locale, zone) in [("en-US", "Europe/Rome"), ("xx", "Not/AZone"), ("es", "Pacific/Chatham")] {
        let (_, text) = render(&e, locale, zone);
        assert!(text.contains("#6"));
    }
    let (_, text) = render(&sample::year(0), "es", "America/Mexico_City");
    assert_holds(&text, &["No se abrió ningún ticket en este período.", "Página 1 de 1", "Constancia de tiempos de respuesta"]);
    // A period shorter than a day, and one ending before it starts, still draw.
    let short = evidence("a", "p", &tickets[..1], &|_| Default::default(), at - Duration::hours(1), at + Duration::hours(1), to);
    render(&short, "en-US", "UTC");
    let backwards = evidence("a", "p", &[], &|_| Default::default(), to, from, to);
    render(&backwards, "en-US", "UTC");
}

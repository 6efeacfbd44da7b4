use clientarea_l10n::Localizer;
use clientarea_report::{Options, csv};

use crate::sample;

fn read(text: &str) -> (csv::StringRecord, Vec<csv::StringRecord>) {
    let mut reader = csv::ReaderBuilder::new().has_headers(true).from_reader(text.as_bytes());
    let header = reader.headers().expect("a header row").clone();
    let rows = reader.records().collect::<Result<Vec<_>, _>>().expect("every row parses");
    (header, rows)
}

#[test]
fn one_header_row_and_one_row_per_ticket_that_a_csv_reader_reads_back() {
    let l10n = Localizer::new();
    let e = sample::year(200);
    let text = csv(&e, &Options { locale: "en-US", zone: "Europe/Rome", l10n: &l10n });
    let (header, rows) = read(&text);
    assert_eq!(rows.len(), e.rows.len(), "one row per ticket, no summary rows");
    assert_eq!(&header[0], "ticket", "the byte order mark is not part of the first name");
    assert_eq!(&header[5], "created (Europe/Rome)");
    assert!(rows.iter().all(|r| r.len() == header.len()));
    for (row, ev) in rows.iter().zip(&e.rows) {
        assert_eq!(row[0], ev.number.to_string());
        assert!(["met", "late", "due", "overdue"].contains(&&row[10]), "{:?}", &row[10]);
        assert!(["met", "late", "due", "overdue"].contains(&&row[16]), "{:?}", &row[16]);
    }
    // Quotes, commas and line breaks come back exactly.
    let quoted = e.rows.iter().position(|r| r.subject.contains("\"550 relay denied\"")).unwrap();
    assert_eq!(rows[quoted][1], e.rows[quoted].subject);
    let broken = e.rows.iter().position(|r| r.subject.contains('\n')).unwrap();
    assert_eq!(rows[broken][1], e.rows[broken].subject);
    // Times in the zone with their offset: January in Rome is +01:00.
    assert!(rows[0][5].ends_with("+01:00"), "{}", &rows[0][5]);
    let late = rows.iter().find(|r| &r[10] == "late").expect("a late acknowledgment");
    assert!(late[9].parse::<i64>().unwrap() > 0, "missed by, in seconds");
    let last = rows.last().unwrap();
    assert_eq!((&last[16], &last[14]), ("overdue", ""), "never answered: no time taken");
}

#[test]
fn subjects_that_look_like_formulas_are_neutralized() {
    let l10n = Localizer::new();
    let e = sample::year(40);
    let text = csv(&e, &Options { locale: "it", zone: "Europe/Rome", l10n: &l10n });
    let (header, rows) = read(&text);
    assert_eq!(&header[3], "priorità");
    let subjects: Vec<&str> = rows.iter().map(|r| &r[1]).collect();
    for formula in ["=HYPERLINK(", "+39 02", "-1 GB", "@admin"] {
        let cell = subjects.iter().find(|s| s.contains(formula)).unwrap_or_else(|| panic!("{formula} is in the sample"));
        assert!(cell.starts_with(&format!("'{formula}")), "{cell}");
    }
    assert!(subjects.iter().all(|s| !s.starts_with(['=', '+', '-', '@', '\t', '\r'])));
    assert!(subjects.contains(&"Überweisung fällig – Rechnung für Straße 12 nicht erhalten"), "other text is untouched");
}

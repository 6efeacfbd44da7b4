//! The evidence as CSV: one header row with localized column names, then one row per
//! ticket and nothing else, so a spreadsheet can sort and filter it. Times are RFC 3339
//! in the user's zone (with their offset; the header names the zone), durations whole
//! seconds, states the stable English tokens `met`, `late`, `due`, `overdue`.
//!
//! The text starts with a UTF-8 byte order mark: without it Excel reads the file in the
//! computer's legacy code page and garbles every accent; other spreadsheets and CSV
//! readers (the `csv` crate included) skip it.
//!
//! Subjects are provider and customer text: a cell a spreadsheet would read as a formula
//! (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading
//! apostrophe, which spreadsheets show as text.

use clientarea_core::Sla;
use clientarea_core::evidence::{Evidence, PromiseOutcome};

use crate::words::Words;

const BOM: &str = "\u{feff}";

pub(crate) fn write(e: &Evidence, w: &Words<'_>) -> Result<String, csv::Error> {
    let mut out = csv::Writer::from_writer(BOM.as_bytes().to_vec());
    let zone = || vec![("zone", w.zone_name().to_owned())];
    out.write_record([
        w.text("report-csv-number"),
        w.text("report-csv-subject"),
        w.text("report-csv-department"),
        w.text("report-csv-priority"),
        w.text("report-csv-status"),
        w.text_with("report-csv-created", &zone()),
        w.text_with("report-csv-ack-due", &zone()),
        w.text_with("report-csv-ack-done", &zone()),
        w.text("report-csv-ack-took"),
        w.text("report-csv-ack-missed"),
        w.text("report-csv-ack-state"),
        w.text_with("report-csv-ack-observed", &zone()),
        w.text_with("report-csv-first-due", &zone()),
        w.text_with("report-csv-first-done", &zone()),
        w.text("report-csv-first-took"),
        w.text("report-csv-first-missed"),
        w.text("report-csv-first-state"),
        w.text_with("report-csv-first-observed", &zone()),
    ])?;
    for r in &e.rows {
        let mut record = vec![
            r.number.to_string(),
            neutralize_formula(&r.subject),
            r.department.as_str().to_owned(),
            r.priority.as_str().to_owned(),
            r.status.as_str().to_owned(),
            w.rfc3339(r.created_at),
        ];
        for o in [&r.acknowledgment, &r.first_response] {
            record.extend(outcome(o, w));
        }
        out.write_record(&record)?;
    }
    let bytes = out.into_inner().map_err(|e| csv::Error::from(e.into_error()))?;
    // Every field was a `String`, so the bytes are UTF-8.
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// due, done, took, missed by, state, observed.
fn outcome(o: &PromiseOutcome, w: &Words<'_>) -> [String; 6] {
    let opt = |v: Option<String>| v.unwrap_or_default();
    [
        w.rfc3339(o.due_at),
        opt(o.done_at.map(|t| w.rfc3339(t))),
        opt(o.took_secs.map(|s| s.to_string())),
        opt(o.late_by_secs.map(|s| s.to_string())),
        state(o.state).to_owned(),
        opt(o.observed_at.map(|t| w.rfc3339(t))),
    ]
}

fn state(s: Sla) -> &'static str {
    match s {
        Sla::Met => "met",
        Sla::Late => "late",
        Sla::Due => "due",
        Sla::Overdue => "overdue",
    }
}

/// The OWASP rule for CSV injection: a cell that starts with a formula trigger is
/// prefixed with an apostrophe.
pub(crate) fn neutralize_formula(cell: &str) -> String {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}"),
        _ => cell.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_triggers_get_an_apostrophe_and_other_text_is_untouched() {
        for bad in ["=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(neutralize_formula(bad), format!("'{bad}"));
        }
        for good in ["Server down", " =not a formula", "", "'quoted", "Ümlaut = fine"] {
            assert_eq!(neutralize_formula(good), good);
        }
    }
}

//! The words of a request for an outage credit: a subject that names the period, and a
//! body that says how many promises were missed, lists them (the first ones; the PDF
//! attached lists them all) and asks for the credit. Words from `locales/*/evidence.ftl`.

use clientarea_core::evidence::{Evidence, PromiseOutcome};

use crate::words::Words;

/// How many missed promises the body lists; the attached report has every one.
pub const LISTED_MAX: usize = 20;

/// A credit request's subject and body, in the user's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreditText {
    pub subject: String,
    pub body: String,
}

pub(crate) fn write(e: &Evidence, w: &Words<'_>) -> CreditText {
    let period = w.period(e.from, e.to);
    let subject = w.text_with("credit-subject", &[("period", period.clone())]);
    let missed = |o: &PromiseOutcome| o.missed().then(|| o.late_by_secs.unwrap_or_default());
    let mut lines = Vec::new();
    for r in &e.rows {
        let number = r.number.to_string();
        if let Some(late) = missed(&r.acknowledgment) {
            lines.push(w.text_with("credit-line-ack", &[("number", number.clone()), ("late", w.duration(late))]));
        }
        if let Some(late) = missed(&r.first_response) {
            lines.push(w.text_with("credit-line-first", &[("number", number), ("late", w.duration(late))]));
        }
    }
    let more = lines.len().saturating_sub(LISTED_MAX);
    lines.truncate(LISTED_MAX);
    if more > 0 {
        lines.push(w.text_counted("credit-more", &[], &[("count", more as u64)]));
    }
    let intro = [
        w.text_counted("credit-intro", &[("period", period)], &[("tickets", u64::from(e.summary.tickets))]),
        w.text_counted("credit-missed-count", &[], &[("missed", u64::from(e.summary.missed))]),
        w.text("credit-attached"),
    ]
    .join(" ");
    let body = [intro, w.text("credit-missed-heading") + "\n" + &lines.join("\n"), w.text("credit-ask")].join("\n\n");
    CreditText { subject, body }
}

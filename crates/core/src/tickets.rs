//! Tickets as the app shows them: summaries for the list, a view with the conversation
//! and the provider's events on one timeline, and the draft of a new ticket.

use chrono::{DateTime, Utc};
use clientarea_api::{DepartmentId, NewTicket, Priority, Ticket, TicketEvent, TicketMessage, TicketStatus};
use serde::{Deserialize, Serialize};

/// One row of the ticket list.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct TicketSummary {
    pub id: String,
    pub number: i64,
    pub subject: String,
    pub department: DepartmentId,
    pub priority: Priority,
    pub status: TicketStatus,
    pub service_name: Option<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub acknowledged_at: Option<DateTime<Utc>>,
    pub first_response_at: Option<DateTime<Utc>>,
    /// The provider's promise: first answered by then.
    pub first_response_due_at: DateTime<Utc>,
    /// When searching: the best matching words of a message, the matches between
    /// `MATCH_START` and `MATCH_END` (characters that never occur in text).
    pub snippet: Option<String>,
    /// A staff message came after the customer last opened the ticket, and the ticket is
    /// not closed (a closed ticket needs nothing from the customer).
    pub unread: bool,
    /// Where the first-response promise stands when the row was read ([`sla_state`]).
    pub sla: Sla,
}

/// Where the provider's first-response promise stands for a ticket.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "lowercase")]
pub enum Sla {
    /// Answered in time.
    Met,
    /// Answered, after the promised time.
    Late,
    /// Not answered yet, still in time.
    Due,
    /// Not answered, and the promised time has passed.
    Overdue,
}

/// The first-response promise of a ticket due at `due`, first answered at
/// `first_response_at` (if it was), seen at `now`. The UI words it; the rule is here.
pub fn sla_state(due: DateTime<Utc>, first_response_at: Option<DateTime<Utc>>, now: DateTime<Utc>) -> Sla {
    match first_response_at {
        Some(at) if at > due => Sla::Late,
        Some(_) => Sla::Met,
        None if now <= due => Sla::Due,
        None => Sla::Overdue,
    }
}

/// A window of the ticket list, for a list that shows 100,000 tickets by reading only
/// the rows on screen.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct TicketPage {
    /// Rows matching the filter, in all.
    pub total: u64,
    pub offset: u32,
    /// A search found more than it ranked: these are the best of its newest matches.
    pub more: bool,
    pub tickets: Vec<TicketSummary>,
}

/// What the list shows; `None` means any.
#[derive(Debug, Clone, Default, Deserialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct TicketFilter {
    pub status: Option<TicketStatus>,
    pub department: Option<DepartmentId>,
    pub priority: Option<Priority>,
    /// Words to find in subjects and messages (offline, full text); best match first.
    #[serde(default)]
    pub query: Option<String>,
    /// The list's order when not searching (a search is best match first).
    #[serde(default)]
    pub sort: Option<TicketSort>,
}

/// The orders of the list.
#[derive(Debug, Clone, Copy, Default, Deserialize, Serialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum TicketSort {
    /// Last updated first.
    #[default]
    Recent,
    /// Least recently updated first.
    Oldest,
    /// Last opened first.
    Opened,
    /// High priority first, then last updated.
    Priority,
}

/// Marks around a match in a search snippet: Unicode private-use characters, so provider
/// text can never fake them and the UI splits on them to highlight, never parsing HTML.
pub const MATCH_START: char = '\u{E000}';
pub const MATCH_END: char = '\u{E001}';

/// Turn what the customer typed into an FTS5 query: every word must appear, each as a
/// prefix (so results come as one types), quotes and operators taken literally.
pub fn fts_query(typed: &str) -> Option<String> {
    let terms: Vec<String> = typed
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(16)
        .map(|w| format!("\"{}\"*", w.replace('"', "\"\"")))
        .collect();
    (!terms.is_empty()).then(|| terms.join(" "))
}

/// The words of a search, folded as the index folds them (case, accents).
pub fn search_terms(typed: &str) -> Vec<String> {
    typed.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).take(16).map(fold).collect()
}

/// Lower case without accents: `Caffè` and `caffe` are one word, as for FTS5's
/// `remove_diacritics 2`.
fn fold(word: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    use unicode_normalization::char::is_combining_mark;
    word.nfd().filter(|c| !is_combining_mark(*c)).flat_map(char::to_lowercase).collect()
}

/// The words of a search found in `body`: up to twelve words around the place with the
/// most matches, the matches between `MATCH_START` and `MATCH_END`, `…` where cut.
pub fn snippet(body: &str, terms: &[String]) -> Option<String> {
    const WORDS: usize = 12;
    let mut words: Vec<(usize, usize, bool)> = Vec::new(); // byte range, and whether it matches
    let mut start = None;
    for (i, c) in body.char_indices().chain(std::iter::once((body.len(), ' '))) {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                let w = fold(&body[s..i]);
                words.push((s, i, terms.iter().any(|t| w.starts_with(t.as_str()))));
                start = None;
            }
            _ => {}
        }
    }
    if !words.iter().any(|w| w.2) {
        return None;
    }
    // The window of WORDS words with the most matches; the first such window.
    let count = |from: usize| words[from..(from + WORDS).min(words.len())].iter().filter(|w| w.2).count();
    let first = (0..words.len().saturating_sub(WORDS - 1).max(1)).max_by_key(|&i| (count(i), std::cmp::Reverse(i)))?;
    let last = (first + WORDS).min(words.len()) - 1;
    let mut out = String::new();
    if first > 0 {
        out.push('…');
    }
    let mut at = words[first].0;
    for &(s, e, hit) in &words[first..=last] {
        out.push_str(&body[at..s]);
        if hit {
            out.push(MATCH_START);
            out.push_str(&body[s..e]);
            out.push(MATCH_END);
        } else {
            out.push_str(&body[s..e]);
        }
        at = e;
    }
    if last + 1 < words.len() {
        out.push('…');
    }
    Some(out)
}

/// A ticket with its whole conversation, oldest first.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct TicketView {
    pub ticket: Ticket,
    pub service_name: Option<String>,
    pub timeline: Vec<TimelineItem>,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq, ts_rs::TS)]
#[serde(tag = "type", content = "item", rename_all = "snake_case")]
pub enum TimelineItem {
    Message(TicketMessage),
    Event(TicketEvent),
}

impl TimelineItem {
    pub fn at(&self) -> DateTime<Utc> {
        match self {
            TimelineItem::Message(m) => m.created_at,
            TimelineItem::Event(e) => e.at,
        }
    }
}

/// A new ticket as the customer fills it in.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct TicketDraft {
    pub department: DepartmentId,
    pub priority: Priority,
    pub subject: String,
    pub body: String,
    #[serde(default)]
    pub service_id: Option<String>,
    /// The abuse report this ticket answers, when it was opened from one.
    #[serde(default)]
    pub notice_id: Option<String>,
    /// The invoice this ticket asks about, when it was opened from one.
    #[serde(default)]
    pub invoice_id: Option<String>,
    /// The critical-incident section; required on High tickets, ignored on Regular ones.
    #[serde(default)]
    pub incident: Option<crate::incident::IncidentDraft>,
    #[serde(default)]
    pub attachment_ids: Vec<String>,
}

impl TicketDraft {
    /// The request to send, or which fields are wrong: the provider's own rules, and the
    /// incident facts on a High ticket (the provider takes a High ticket without them, but
    /// support would have to ask, and an emergency loses its first round trip).
    pub fn to_new_ticket(&self, now: DateTime<Utc>) -> Result<NewTicket, crate::Error> {
        let mut incident_errors = Vec::new();
        let incident = match self.priority {
            Priority::Regular => None,
            Priority::High => match self.incident.clone().unwrap_or_default().to_incident(now) {
                Ok(i) => Some(i),
                Err(e) => {
                    incident_errors = e;
                    None
                }
            },
        };
        let new = NewTicket {
            department: self.department,
            priority: self.priority,
            subject: self.subject.trim().to_owned(),
            body: self.body.clone(),
            service_id: self.service_id.clone().filter(|s| !s.is_empty()),
            notice_id: self.notice_id.clone().filter(|s| !s.is_empty()),
            invoice_id: self.invoice_id.clone().filter(|s| !s.is_empty()),
            incident,
            attachment_ids: self.attachment_ids.clone(),
        };
        let mut errors = clientarea_api::check_new_ticket(&new);
        errors.extend(incident_errors);
        if errors.is_empty() { Ok(new) } else { Err(crate::Error::Validation(errors)) }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_first_response_promise_is_met_late_due_or_overdue() {
        let at = |s: &str| s.parse::<DateTime<Utc>>().unwrap_or_default();
        let due = at("2026-11-29T10:00:00Z");
        assert_eq!(sla_state(due, Some(at("2026-11-29T09:59:00Z")), at("2026-11-29T12:00:00Z")), Sla::Met);
        assert_eq!(sla_state(due, Some(due), at("2026-11-29T12:00:00Z")), Sla::Met);
        assert_eq!(sla_state(due, Some(at("2026-11-29T10:00:01Z")), at("2026-11-29T12:00:00Z")), Sla::Late);
        assert_eq!(sla_state(due, None, at("2026-11-29T10:00:00Z")), Sla::Due);
        assert_eq!(sla_state(due, None, at("2026-11-29T10:00:01Z")), Sla::Overdue);
    }

    use super::*;

    #[test]
    fn typed_text_becomes_a_safe_prefix_query() {
        assert_eq!(fts_query("port 443").as_deref(), Some("\"port\"* \"443\"*"));
        assert_eq!(fts_query("  \"OR\" NEAR(  ").as_deref(), Some("\"OR\"* \"NEAR\"*"));
        assert_eq!(fts_query("caffè-già").as_deref(), Some("\"caffè\"* \"già\"*"));
        assert_eq!(fts_query(" -*\" "), None);
    }

    #[test]
    fn a_snippet_marks_the_words_found_accents_and_case_folded() {
        let terms = search_terms("CAFFE citt");
        let got = snippet("Il caffè della città è chiuso.", &terms).unwrap();
        assert_eq!(got, "Il \u{E000}caffè\u{E001} della \u{E000}città\u{E001} è chiuso");
        let long = "one two three four five six seven eight nine ten eleven twelve thirteen storage array fourteen";
        let got = snippet(long, &search_terms("storage array")).unwrap();
        assert!(got.starts_with('…') && got.contains("\u{E000}storage\u{E001} \u{E000}array\u{E001}"), "{got:?}");
        assert_eq!(got.split_whitespace().count(), 12, "{got:?}");
        assert_eq!(snippet("nothing here", &search_terms("disk")), None);
    }

    #[test]
    fn a_blank_draft_names_its_empty_fields() {
        let d = TicketDraft {
            department: DepartmentId::Technical,
            priority: Priority::Regular,
            subject: " ".into(),
            body: "".into(),
            service_id: Some(String::new()),
            notice_id: None,
            invoice_id: None,
            incident: None,
            attachment_ids: Vec::new(),
        };
        let err = d.to_new_ticket(Utc::now()).unwrap_err();
        assert_eq!(err.code(), "validation");
        let fields: Vec<_> = err.field_errors().iter().map(|f| f.field.as_str()).collect();
        assert_eq!(fields, ["subject", "body"]);
    }

    #[test]
    fn a_good_draft_is_trimmed_and_drops_an_empty_service() {
        let d = TicketDraft {
            department: DepartmentId::Financial,
            priority: Priority::Regular,
            subject: "  Refund  ".into(),
            body: "Please".into(),
            service_id: Some(String::new()),
            notice_id: None,
            invoice_id: None,
            incident: None,
            attachment_ids: Vec::new(),
        };
        let t = d.to_new_ticket(Utc::now()).unwrap();
        assert_eq!(t.subject, "Refund");
        assert_eq!(t.service_id, None);
    }

    #[test]
    fn a_high_ticket_needs_its_incident_facts_and_a_regular_one_drops_them() {
        let mut d = TicketDraft {
            department: DepartmentId::Technical,
            priority: Priority::High,
            subject: "Server down".into(),
            body: "No answer on any port".into(),
            service_id: None,
            notice_id: None,
            invoice_id: None,
            incident: None,
            attachment_ids: Vec::new(),
        };
        let err = d.to_new_ticket(Utc::now()).unwrap_err();
        let fields: Vec<_> = err.field_errors().iter().map(|f| f.field.as_str()).collect();
        assert_eq!(fields, ["incident.server", "incident.began_local"]);
        d.incident = Some(crate::incident::IncidentDraft {
            server: "#123456".into(),
            began_local: "2026-01-10T08:00".into(),
            began_timezone: "Europe/Rome".into(),
            diagnostics: String::new(),
        });
        assert_eq!(d.to_new_ticket(Utc::now()).unwrap().incident.unwrap().server, "#123456");
        d.priority = Priority::Regular;
        assert_eq!(d.to_new_ticket(Utc::now()).unwrap().incident, None);
    }
}

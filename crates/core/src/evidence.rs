//! The customer's evidence of the provider's promises over a period: every ticket opened
//! in it with its acknowledgment and first-response clocks, and a summary of what was kept
//! and missed (counts, median and worst times). What a customer hands to the provider's
//! billing team with a request for an outage credit; `clientarea-report` renders it as
//! CSV and PDF. A pure function of (tickets, the customer's own ledger, the period, now).

use chrono::{DateTime, Utc};
use clientarea_api::{DepartmentId, Priority, Ticket, TicketStatus};
use serde::Serialize;

use crate::tickets::{Sla, sla_state};

/// One promise on one ticket.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct PromiseOutcome {
    pub due_at: DateTime<Utc>,
    /// When the provider says it was done.
    pub done_at: Option<DateTime<Utc>>,
    /// When this client first saw it done (the customer's ledger), when it differs from
    /// `done_at` by more than a minute.
    pub observed_at: Option<DateTime<Utc>>,
    /// From the ticket's creation to `done_at`, in seconds (none while not done).
    pub took_secs: Option<i64>,
    /// Past its due time by this many seconds (done late, or still not done).
    pub late_by_secs: Option<i64>,
    pub state: Sla,
}

impl PromiseOutcome {
    pub fn kept(&self) -> bool {
        self.state == Sla::Met
    }

    pub fn missed(&self) -> bool {
        matches!(self.state, Sla::Late | Sla::Overdue)
    }
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct EvidenceRow {
    pub ticket_id: String,
    pub number: i64,
    pub subject: String,
    pub department: DepartmentId,
    pub priority: Priority,
    pub status: TicketStatus,
    pub created_at: DateTime<Utc>,
    pub acknowledgment: PromiseOutcome,
    pub first_response: PromiseOutcome,
}

/// Median and worst of one clock over the period's tickets that have it done.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq, Default, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ResponseTimes {
    pub median_secs: Option<i64>,
    pub worst_secs: Option<i64>,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq, Default, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct EvidenceSummary {
    pub tickets: u32,
    /// Promises whose outcome is known (kept or missed); a promise still due is neither.
    pub promises: u32,
    pub kept: u32,
    pub missed: u32,
    pub acknowledgment: ResponseTimes,
    pub first_response: ResponseTimes,
}

/// The evidence of one account over one period.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Evidence {
    /// The account: its e-mail address and the provider's host.
    pub email: String,
    pub provider: String,
    /// Tickets created in `[from, to)`.
    pub from: DateTime<Utc>,
    pub to: DateTime<Utc>,
    pub generated_at: DateTime<Utc>,
    /// The promises, in seconds from a ticket's creation (2 and 10 minutes today).
    pub acknowledge_within_secs: i64,
    pub first_response_within_secs: i64,
    pub summary: EvidenceSummary,
    /// Oldest first.
    pub rows: Vec<EvidenceRow>,
}

/// What the customer's ledger observed of a ticket's clocks (see `store::ledger`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Observed {
    pub acknowledged_at: Option<DateTime<Utc>>,
    pub first_response_at: Option<DateTime<Utc>>,
}

/// The evidence for `tickets` created in `[from, to)` at `now`; `observed` gives the
/// ledger's instants of a ticket by id.
pub fn evidence(
    email: &str,
    provider: &str,
    tickets: &[Ticket],
    observed: &dyn Fn(&str) -> Observed,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Evidence {
    let mut rows: Vec<EvidenceRow> = tickets
        .iter()
        .filter(|t| t.created_at >= from && t.created_at < to)
        .map(|t| {
            let seen = observed(&t.id);
            let outcome = |due_at: DateTime<Utc>, done_at: Option<DateTime<Utc>>, seen_at: Option<DateTime<Utc>>| {
                let state = sla_state(due_at, done_at, now);
                let late_by_secs = match (state, done_at) {
                    (Sla::Late, Some(d)) => Some((d - due_at).num_seconds()),
                    (Sla::Overdue, _) => Some((now - due_at).num_seconds()),
                    _ => None,
                };
                let observed_at = seen_at.filter(|s| done_at.is_none_or(|d| (*s - d).num_seconds().abs() > 60));
                PromiseOutcome {
                    due_at,
                    done_at,
                    observed_at,
                    took_secs: done_at.map(|d| (d - t.created_at).num_seconds()),
                    late_by_secs,
                    state,
                }
            };
            EvidenceRow {
                ticket_id: t.id.clone(),
                number: t.number,
                subject: t.subject.clone(),
                department: t.department,
                priority: t.priority,
                status: t.status,
                created_at: t.created_at,
                acknowledgment: outcome(t.acknowledge_due_at, t.acknowledged_at, seen.acknowledged_at),
                first_response: outcome(t.first_response_due_at, t.first_response_at, seen.first_response_at),
            }
        })
        .collect();
    rows.sort_by(|a, b| a.created_at.cmp(&b.created_at).then(a.number.cmp(&b.number)));
    let outcomes = || rows.iter().flat_map(|r| [&r.acknowledgment, &r.first_response]);
    let times = |pick: fn(&EvidenceRow) -> &PromiseOutcome| {
        let mut took: Vec<i64> = rows.iter().filter_map(|r| pick(r).took_secs).collect();
        took.sort_unstable();
        ResponseTimes { median_secs: median(&took), worst_secs: took.last().copied() }
    };
    let summary = EvidenceSummary {
        tickets: rows.len() as u32,
        promises: outcomes().filter(|o| o.kept() || o.missed()).count() as u32,
        kept: outcomes().filter(|o| o.kept()).count() as u32,
        missed: outcomes().filter(|o| o.missed()).count() as u32,
        acknowledgment: times(|r| &r.acknowledgment),
        first_response: times(|r| &r.first_response),
    };
    Evidence {
        email: email.to_owned(),
        provider: provider.to_owned(),
        from,
        to,
        generated_at: now,
        acknowledge_within_secs: clientarea_api::tickets::ACKNOWLEDGE_WITHIN_SECS,
        first_response_within_secs: clientarea_api::tickets::FIRST_RESPONSE_WITHIN_SECS,
        summary,
        rows,
    }
}

/// The median of sorted values (the mean of the middle two, rounded down, for an even
/// count).
fn median(sorted: &[i64]) -> Option<i64> {
    match sorted.len() {
        0 => None,
        n if n % 2 == 1 => Some(sorted[n / 2]),
        n => Some((sorted[n / 2 - 1] + sorted[n / 2]).div_euclid(2)),
    }
}

#[cfg(test)]
mod tests {
    use chrono::Duration;

    use super::*;

    fn utc(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    fn ticket(number: i64, created: &str, ack_after: Option<i64>, first_after: Option<i64>) -> Ticket {
        let at = utc(created);
        Ticket {
            id: format!("t{number}"),
            number,
            subject: format!("Ticket {number}"),
            department: DepartmentId::Technical,
            priority: Priority::Regular,
            status: TicketStatus::Open,
            service_id: None,
            notice_id: None,
            invoice_id: None,
            incident: None,
            team: "support-engineers".into(),
            created_at: at,
            updated_at: at,
            acknowledge_due_at: at + Duration::minutes(2),
            first_response_due_at: at + Duration::minutes(10),
            acknowledged_at: ack_after.map(|s| at + Duration::seconds(s)),
            first_response_at: first_after.map(|s| at + Duration::seconds(s)),
        }
    }

    #[test]
    fn kept_missed_and_due_promises_with_median_and_worst_times() {
        let tickets = [
            ticket(1, "2026-10-01T10:00:00Z", Some(60), Some(300)),   // both kept
            ticket(2, "2026-10-02T10:00:00Z", Some(180), Some(1200)), // both late
            ticket(3, "2026-10-03T10:00:00Z", Some(120), None),       // ack exactly at due; first still due at now
            ticket(4, "2026-09-30T23:59:59Z", Some(1), Some(1)),      // before the period
            ticket(5, "2026-11-01T00:00:00Z", Some(1), Some(1)),      // the period's end: excluded
        ];
        let now = utc("2026-10-03T10:05:00Z");
        let e = evidence(
            "a@b.c",
            "provider.example",
            &tickets,
            &|_| Observed::default(),
            utc("2026-10-01T00:00:00Z"),
            utc("2026-11-01T00:00:00Z"),
            now,
        );
        assert_eq!(e.rows.iter().map(|r| r.number).collect::<Vec<_>>(), [1, 2, 3]);
        assert_eq!(e.summary.tickets, 3);
        assert_eq!((e.summary.promises, e.summary.kept, e.summary.missed), (5, 3, 2));
        assert_eq!(e.summary.acknowledgment, ResponseTimes { median_secs: Some(120), worst_secs: Some(180) });
        assert_eq!(e.summary.first_response, ResponseTimes { median_secs: Some(750), worst_secs: Some(1200) });
        assert_eq!(e.rows[1].first_response.late_by_secs, Some(600));
        assert_eq!(e.rows[2].first_response.state, Sla::Due);
        // Once past due with no answer, missed by the time since.
        let later =
            evidence("a", "p", &tickets[2..3], &|_| Observed::default(), utc("2026-10-01T00:00:00Z"), now, utc("2026-10-03T10:30:00Z"));
        assert_eq!(later.rows.len(), 1);
        assert_eq!((later.rows[0].first_response.state, later.rows[0].first_response.late_by_secs), (Sla::Overdue, Some(1200)));
    }

    #[test]
    fn the_ledger_time_is_shown_only_where_it_differs_by_more_than_a_minute() {
        let t = ticket(1, "2026-10-01T10:00:00Z", Some(60), Some(300));
        let seen = |ack: i64, first: i64| {
            let at = t.created_at;
            move |_: &str| Observed {
                acknowledged_at: Some(at + Duration::seconds(ack)),
                first_response_at: Some(at + Duration::seconds(first)),
            }
        };
        let from = utc("2026-10-01T00:00:00Z");
        let to = utc("2026-11-01T00:00:00Z");
        let e = evidence("a", "p", std::slice::from_ref(&t), &seen(120, 361), from, to, to);
        assert_eq!(e.rows[0].acknowledgment.observed_at, None, "exactly a minute apart");
        assert_eq!(e.rows[0].first_response.observed_at, Some(t.created_at + Duration::seconds(361)));
    }
}

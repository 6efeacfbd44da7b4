//! The customer's ledger: for every ticket, the instants this client itself observed
//! (sent, accepted by the provider, acknowledged, first answer, each update, escalations,
//! resolved, closed), each with the time the provider gave for it when it was seen. The
//! table is append-only (SQLite triggers refuse changes and removals), so the customer
//! keeps their own record even when the provider's history changes later.
//!
//! Observations are written in the same transaction as the pulled page or the delivery
//! that brought them. What the first pull brings happened before this client watched: it
//! is kept per ticket, marked as *backfill*, and never shown as a disagreement.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use clientarea_api::{Author, EventKind, Ticket, TicketEvent, TicketMessage, TicketStatus};
use serde::Serialize;
use sqlx::{Row, SqliteConnection};

use super::{Cache, StoreError};
use crate::evidence::Observed;

/// Where the provider's time and the client's are said to disagree.
pub const DISAGREEMENT_SECS: i64 = 60;

#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum Observation {
    /// The customer sent the ticket (queued in the outbox).
    Sent,
    /// The provider took it.
    Accepted,
    Acknowledged,
    FirstAnswer,
    /// A message from the provider's staff.
    Update,
    Escalated,
    Resolved,
    Closed,
}

impl Observation {
    pub const ALL: [Observation; 8] = [
        Observation::Sent,
        Observation::Accepted,
        Observation::Acknowledged,
        Observation::FirstAnswer,
        Observation::Update,
        Observation::Escalated,
        Observation::Resolved,
        Observation::Closed,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Observation::Sent => "sent",
            Observation::Accepted => "accepted",
            Observation::Acknowledged => "acknowledged",
            Observation::FirstAnswer => "first_answer",
            Observation::Update => "update",
            Observation::Escalated => "escalated",
            Observation::Resolved => "resolved",
            Observation::Closed => "closed",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|o| o.as_str() == s)
    }
}

/// One line of a ticket's ledger.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct LedgerEntry {
    pub what: Observation,
    /// This client's clock when it saw it.
    pub observed_at: DateTime<Utc>,
    /// The provider's time for it, as the provider said when it was seen.
    pub provider_at: Option<DateTime<Utc>>,
    /// What the provider says now, where that is not what it said then (its history
    /// changed since).
    pub provider_now: Option<DateTime<Utc>>,
    /// Seen in the account's first pull: it happened before this client watched.
    pub backfill: bool,
    /// The observed and the provider's time are more than [`DISAGREEMENT_SECS`] apart.
    pub differs: bool,
    /// Escalations: the team it went to.
    pub team: Option<String>,
}

/// One observation to record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Seen {
    pub ticket_id: String,
    pub what: Observation,
    pub reference: String,
    pub provider_at: Option<DateTime<Utc>>,
    pub detail: Option<String>,
}

/// What a page (or a delivered ticket) shows happened.
pub(crate) fn observations(tickets: &[Ticket], messages: &[TicketMessage], events: &[TicketEvent]) -> Vec<Seen> {
    let seen = |ticket_id: &str, what, reference: &str, provider_at, detail| Seen {
        ticket_id: ticket_id.to_owned(),
        what,
        reference: reference.to_owned(),
        provider_at,
        detail,
    };
    let mut out = Vec::new();
    for t in tickets {
        if let Some(at) = t.acknowledged_at {
            out.push(seen(&t.id, Observation::Acknowledged, "", Some(at), None));
        }
        if let Some(at) = t.first_response_at {
            out.push(seen(&t.id, Observation::FirstAnswer, "", Some(at), None));
        }
    }
    for m in messages.iter().filter(|m| m.author == Author::Staff) {
        out.push(seen(&m.ticket_id, Observation::Update, &m.id, Some(m.created_at), None));
    }
    for e in events {
        match &e.kind {
            EventKind::Escalated { team, .. } => {
                out.push(seen(&e.ticket_id, Observation::Escalated, &e.id, Some(e.at), Some(team.clone())))
            }
            EventKind::StatusChanged { to: TicketStatus::Resolved, .. } => {
                out.push(seen(&e.ticket_id, Observation::Resolved, &e.id, Some(e.at), None))
            }
            EventKind::StatusChanged { to: TicketStatus::Closed, .. } => {
                out.push(seen(&e.ticket_id, Observation::Closed, &e.id, Some(e.at), None))
            }
            _ => {}
        }
    }
    out
}

fn ts(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, false)
}

/// Append what was seen at `now`; what is there already stays as it was. Called before
/// the page's rows are written: a message the cache already has (brought by the first
/// pull, and again by a resync) is not an update seen now. Before the
/// ledger watches (the first pull), the provider's history is kept per ticket (its
/// clocks, escalations, resolution) but not message by message: those would be the
/// provider's word, not an observation, and a first sync of years of tickets would pay
/// for a row per message.
pub(crate) async fn record(c: &mut SqliteConnection, seen: &[Seen], now: DateTime<Utc>) -> Result<(), StoreError> {
    if seen.is_empty() {
        return Ok(());
    }
    let backfill: bool = sqlx::query_scalar("SELECT ledger_since IS NULL FROM sync_state WHERE id = 1").fetch_one(&mut *c).await?;
    let rows: Vec<&Seen> = seen.iter().filter(|s| !(backfill && s.what == Observation::Update)).collect();
    // Many rows to a statement, bound (as the cache's other bulk writes).
    for (chunk, keep) in super::cache::chunked(&rows) {
        let sql = super::cache::values_sql(
            "WITH v (ticket_id, what, ref, provider_at, detail) AS (",
            5,
            chunk.len(),
            ") INSERT OR IGNORE INTO ledger (ticket_id, what, ref, observed_at, provider_at, detail, backfill)
               SELECT ticket_id, what, ref, ?, provider_at, detail, ? FROM v
               WHERE NOT (what = 'update' AND EXISTS (SELECT 1 FROM messages m WHERE m.id = v.ref))",
        );
        let mut q = sqlx::query(sqlx::AssertSqlSafe(sql)).persistent(keep);
        for s in chunk {
            q = q.bind(&s.ticket_id).bind(s.what.as_str()).bind(&s.reference).bind(s.provider_at.map(ts)).bind(&s.detail);
        }
        q.bind(ts(now)).bind(backfill).execute(&mut *c).await?;
    }
    Ok(())
}

/// The first complete pull is done: from now on the ledger watches.
pub(crate) async fn start_watching(c: &mut SqliteConnection, now: DateTime<Utc>) -> Result<(), StoreError> {
    sqlx::query("UPDATE sync_state SET ledger_since = ? WHERE id = 1 AND ledger_since IS NULL").bind(ts(now)).execute(&mut *c).await?;
    Ok(())
}

/// A new ticket the provider took: sent when the customer queued it (the outbox item's
/// time), accepted now.
pub(crate) async fn record_accepted(
    c: &mut SqliteConnection,
    outbox_id: &str,
    ticket: &Ticket,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT OR IGNORE INTO ledger (ticket_id, what, ref, observed_at, provider_at)
         SELECT ?1, 'sent', '', created_at, NULL FROM outbox WHERE id = ?2 AND kind = 'ticket'",
    )
    .bind(&ticket.id)
    .bind(outbox_id)
    .execute(&mut *c)
    .await?;
    sqlx::query(
        "INSERT OR IGNORE INTO ledger (ticket_id, what, ref, observed_at, provider_at)
         SELECT ?1, 'accepted', '', ?3, ?4 FROM outbox WHERE id = ?2 AND kind = 'ticket'",
    )
    .bind(&ticket.id)
    .bind(outbox_id)
    .bind(ts(now))
    .bind(ts(ticket.created_at))
    .execute(&mut *c)
    .await?;
    Ok(())
}

impl Cache {
    /// Every ticket created in `[from, to)`, oldest first, as the provider has it now.
    pub async fn tickets_created(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> Result<Vec<Ticket>, StoreError> {
        let rows = sqlx::query("SELECT * FROM tickets WHERE created_at >= ? AND created_at < ? ORDER BY created_at, number")
            .bind(ts(from))
            .bind(ts(to))
            .fetch_all(self.pool())
            .await?;
        rows.iter().map(super::cache::ticket_from_row).collect()
    }

    /// Forget the pull cursor: the next pull brings everything again (a resync). The
    /// ledger is not touched.
    pub async fn reset_cursor(&self) -> Result<(), StoreError> {
        sqlx::query("UPDATE sync_state SET cursor = '' WHERE id = 1").execute(self.pool()).await?;
        Ok(())
    }

    /// A ticket's ledger, in the order it was written, each line with what the provider
    /// says of it now where that changed.
    pub async fn ledger(&self, ticket_id: &str) -> Result<Vec<LedgerEntry>, StoreError> {
        let mut conn = self.pool().acquire().await?;
        let rows = sqlx::query("SELECT * FROM ledger WHERE ticket_id = ? ORDER BY seq").bind(ticket_id).fetch_all(&mut *conn).await?;
        let now_of = |what: Observation, reference: &str| {
            let sql = match what {
                Observation::Accepted => "SELECT created_at FROM tickets WHERE id = ?1",
                Observation::Acknowledged => "SELECT acknowledged_at FROM tickets WHERE id = ?1",
                Observation::FirstAnswer => "SELECT first_response_at FROM tickets WHERE id = ?1",
                Observation::Update => "SELECT created_at FROM messages WHERE id = ?2 AND ticket_id = ?1",
                Observation::Escalated | Observation::Resolved | Observation::Closed => {
                    "SELECT at FROM events WHERE id = ?2 AND ticket_id = ?1"
                }
                Observation::Sent => "SELECT NULL",
            };
            (sql, reference.to_owned())
        };
        let mut out = Vec::with_capacity(rows.len());
        for r in &rows {
            let what: String = r.get("what");
            let Some(what) = Observation::parse(&what) else { continue };
            let observed_at: DateTime<Utc> = r.try_get("observed_at")?;
            let provider_at: Option<DateTime<Utc>> = r.try_get("provider_at")?;
            let backfill: bool = r.get("backfill");
            let (sql, reference) = now_of(what, r.get::<&str, _>("ref"));
            let now: Option<DateTime<Utc>> =
                sqlx::query_scalar(sqlx::AssertSqlSafe(sql)).bind(ticket_id).bind(reference).fetch_optional(&mut *conn).await?.flatten();
            let provider_now = now.filter(|n| provider_at.is_some_and(|p| (*n - p).num_seconds().abs() >= 1));
            let differs = !backfill && provider_at.is_some_and(|p| (observed_at - p).num_seconds().abs() > DISAGREEMENT_SECS);
            out.push(LedgerEntry { what, observed_at, provider_at, provider_now, backfill, differs, team: r.get("detail") });
        }
        Ok(out)
    }

    /// The instants the client saw each ticket acknowledged and first answered (not the
    /// first pull's backfill), by ticket id.
    pub async fn observed_clocks(&self) -> Result<HashMap<String, Observed>, StoreError> {
        let rows =
            sqlx::query("SELECT ticket_id, what, observed_at FROM ledger WHERE backfill = 0 AND what IN ('acknowledged', 'first_answer')")
                .fetch_all(self.pool())
                .await?;
        let mut out: HashMap<String, Observed> = HashMap::new();
        for r in &rows {
            let at: DateTime<Utc> = r.try_get("observed_at")?;
            let entry = out.entry(r.get("ticket_id")).or_default();
            match r.get::<&str, _>("what") {
                "acknowledged" => entry.acknowledged_at = Some(at),
                _ => entry.first_response_at = Some(at),
            }
        }
        Ok(out)
    }
}

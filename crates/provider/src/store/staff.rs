//! The provider's side of a ticket: staff messages and escalations, status moves, and
//! the tickets waiting on the provider as the scripted desk reads them.

use chrono::{DateTime, Utc};
use clientarea_api::{Author, DepartmentId, EventKind, TicketStatus};
use sqlx::Row;

use super::tickets::{insert_event, insert_message, move_status};
use super::{Store, next_seq};
use crate::error::{ApiError, ApiResult};

/// A ticket waiting on the provider, as the scripted desk sees it.
#[derive(Debug, Clone)]
pub struct DeskTicket {
    pub id: String,
    pub customer_id: String,
    pub department: DepartmentId,
    pub subject: String,
    pub first_body: String,
    pub team: String,
    pub created_at: DateTime<Utc>,
    pub first_response_at: Option<DateTime<Utc>>,
    pub last_staff_at: Option<DateTime<Utc>>,
    pub last_customer_at: Option<DateTime<Utc>>,
    pub service_kind: Option<String>,
    pub datacenter_timezone: Option<String>,
}

/// Times as sqlx writes them (`2026-11-22 10:00:00.123 +00:00` or RFC 3339).
fn parse_time(s: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s)
        .or_else(|_| DateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S%.f%:z"))
        .or_else(|_| DateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S%.f %:z"))
        .ok()
        .map(|d| d.with_timezone(&Utc))
}

impl Store {
    /// Post a staff answer: the first one sets `first_response_at`; the ticket becomes
    /// `answered`, or `resolved` when the staff says it is solved.
    pub async fn staff_reply(
        &self,
        customer: &str,
        ticket_id: &str,
        staff: &str,
        body: &str,
        resolve: bool,
        now: DateTime<Utc>,
    ) -> anyhow::Result<()> {
        let to = if resolve { TicketStatus::Resolved } else { TicketStatus::Answered };
        self.staff_message(customer, ticket_id, staff, body, Some(to), now).await
    }

    /// A staff message; `to` moves the ticket to that status (`None`: it stays with the
    /// provider, as while a team works on it).
    pub async fn staff_message(
        &self,
        customer: &str,
        ticket_id: &str,
        staff: &str,
        body: &str,
        to: Option<TicketStatus>,
        now: DateTime<Utc>,
    ) -> anyhow::Result<()> {
        let _w = self.write.lock().await;
        let mut tx = self.pool.begin().await?;
        let status: String = sqlx::query_scalar("SELECT status FROM tickets WHERE id = ?").bind(ticket_id).fetch_one(&mut *tx).await?;
        let from = TicketStatus::parse(&status).unwrap_or(TicketStatus::Open);
        let to = to.unwrap_or(from);
        insert_message(&mut tx, ticket_id, customer, Author::Staff, Some(staff), body, &[], now).await?;
        let seq = next_seq(&mut tx).await?;
        sqlx::query(
            "UPDATE tickets SET status = ?, updated_at = ?, first_response_at = COALESCE(first_response_at, ?), seq = ?
             WHERE id = ?",
        )
        .bind(to.as_str())
        .bind(now)
        .bind(now)
        .bind(seq)
        .bind(ticket_id)
        .execute(&mut *tx)
        .await?;
        if from != to {
            insert_event(&mut tx, ticket_id, customer, now, &EventKind::StatusChanged { from, to }).await?;
        }
        tx.commit().await?;
        self.announce(Some(customer), None).await;
        Ok(())
    }

    /// Every ticket waiting on the provider, with what the desk needs to decide.
    pub async fn desk_tickets(&self) -> anyhow::Result<Vec<DeskTicket>> {
        let rows = sqlx::query(
            "SELECT t.id, t.customer_id, t.department, t.subject, t.team, t.created_at, t.first_response_at,
                    s.kind AS service_kind, s.datacenter_timezone,
                    (SELECT body FROM messages m WHERE m.ticket_id = t.id ORDER BY m.created_at, m.seq LIMIT 1) AS first_body,
                    (SELECT MAX(created_at) FROM messages m WHERE m.ticket_id = t.id AND m.author = 'staff') AS last_staff_at,
                    (SELECT MAX(created_at) FROM messages m WHERE m.ticket_id = t.id AND m.author = 'customer') AS last_customer_at
             FROM tickets t LEFT JOIN services s ON s.id = t.service_id
             WHERE t.status = 'open'",
        )
        .fetch_all(&self.pool)
        .await?;
        let mut out = Vec::with_capacity(rows.len());
        for r in rows {
            let department: String = r.get("department");
            let Some(department) = DepartmentId::parse(&department) else { continue };
            let last_staff: Option<String> = r.get("last_staff_at");
            let last_customer: Option<String> = r.get("last_customer_at");
            out.push(DeskTicket {
                id: r.get("id"),
                customer_id: r.get("customer_id"),
                department,
                subject: r.get("subject"),
                first_body: r.get::<Option<String>, _>("first_body").unwrap_or_default(),
                team: r.get("team"),
                created_at: r.get("created_at"),
                first_response_at: r.get("first_response_at"),
                last_staff_at: last_staff.and_then(|v| parse_time(&v)),
                last_customer_at: last_customer.and_then(|v| parse_time(&v)),
                service_kind: r.get("service_kind"),
                datacenter_timezone: r.get("datacenter_timezone"),
            });
        }
        Ok(out)
    }

    pub async fn escalate(
        &self,
        customer: &str,
        ticket_id: &str,
        level: u8,
        team: &str,
        reason: &str,
        now: DateTime<Utc>,
    ) -> anyhow::Result<()> {
        let _w = self.write.lock().await;
        let mut tx = self.pool.begin().await?;
        let team_id = clientarea_api::support::standard_teams()
            .into_iter()
            .find(|t| t.name == team || t.id == team)
            .map(|t| t.id)
            .unwrap_or_else(|| team.to_owned());
        sqlx::query("UPDATE tickets SET team = ? WHERE id = ?").bind(&team_id).bind(ticket_id).execute(&mut *tx).await?;
        insert_event(&mut tx, ticket_id, customer, now, &EventKind::Escalated { level, team: team.into(), reason: reason.into() }).await?;
        tx.commit().await?;
        self.announce(Some(customer), None).await;
        Ok(())
    }

    /// Replace the provider's own times of a ticket's clocks (the admin API's history
    /// rewrite), as a change the next pull brings.
    pub async fn rewrite_history(&self, customer: &str, ticket_id: &str, r: &clientarea_api::admin::HistoryRewrite) -> anyhow::Result<()> {
        let _w = self.write.lock().await;
        let mut tx = self.pool.begin().await?;
        let seq = next_seq(&mut tx).await?;
        sqlx::query(
            "UPDATE tickets SET acknowledged_at = COALESCE(?, acknowledged_at), first_response_at = COALESCE(?, first_response_at), seq = ?
             WHERE id = ?",
        )
        .bind(r.acknowledged_at)
        .bind(r.first_response_at)
        .bind(seq)
        .bind(ticket_id)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        self.announce(Some(customer), None).await;
        Ok(())
    }

    pub async fn set_status(&self, customer: &str, ticket_id: &str, to: TicketStatus, now: DateTime<Utc>) -> anyhow::Result<()> {
        let _w = self.write.lock().await;
        let mut tx = self.pool.begin().await?;
        let status: String = sqlx::query_scalar("SELECT status FROM tickets WHERE id = ?").bind(ticket_id).fetch_one(&mut *tx).await?;
        let from = TicketStatus::parse(&status).unwrap_or(TicketStatus::Open);
        move_status(&mut tx, customer, ticket_id, from, to, now).await?;
        tx.commit().await?;
        self.announce(Some(customer), None).await;
        Ok(())
    }

    /// The customer a ticket belongs to (admin routes name tickets only).
    pub async fn ticket_owner(&self, ticket_id: &str) -> ApiResult<String> {
        sqlx::query_scalar("SELECT customer_id FROM tickets WHERE id = ?")
            .bind(ticket_id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or_else(|| ApiError::not_found("ticket"))
    }
}

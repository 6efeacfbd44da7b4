//! The pull: every row a customer sees that changed after a position in the history,
//! a page at a time, across every area.

use clientarea_api::SyncPage;

use super::Store;
use super::account::account;
use super::chat::{chat_from_row, chat_message_from_row};
use super::notices::notice_from_row;
use super::services::{department_from_row, service_from_row};
use super::tickets::{event_from_row, message_from_row, ticket_from_row};
use super::uploads::{load_attachments, load_chat_attachments};
use crate::error::ApiResult;

/// The seqs of every change `?2` (a customer) sees after `?1`, across every table.
const CHANGES: &str = "
    SELECT seq FROM departments WHERE seq > ?1
    UNION ALL SELECT seq FROM services WHERE customer_id = ?2 AND seq > ?1
    UNION ALL SELECT seq FROM tickets  WHERE customer_id = ?2 AND seq > ?1
    UNION ALL SELECT seq FROM messages WHERE customer_id = ?2 AND seq > ?1
    UNION ALL SELECT seq FROM events   WHERE customer_id = ?2 AND seq > ?1
    UNION ALL SELECT seq FROM notices  WHERE (customer_id IS NULL OR customer_id = ?2) AND seq > ?1
    UNION ALL SELECT seq FROM customers WHERE id = ?2 AND seq > ?1
    UNION ALL SELECT seq FROM invoices WHERE customer_id = ?2 AND seq > ?1
    UNION ALL SELECT seq FROM chats WHERE customer_id = ?2 AND seq > ?1
    UNION ALL SELECT seq FROM chat_messages WHERE customer_id = ?2 AND seq > ?1";

impl Store {
    /// What a pull of `customer` from `after` to its end brings: its records (the support
    /// structure and VAT table of a pull from the start included), tickets and messages.
    pub async fn pull_totals(&self, customer: &str, after: i64) -> ApiResult<clientarea_api::SyncTotals> {
        let sql = format!(
            "SELECT (SELECT count(*) FROM ({CHANGES})),
                    (SELECT count(*) FROM tickets WHERE customer_id = ?2 AND seq > ?1),
                    (SELECT count(*) FROM messages WHERE customer_id = ?2 AND seq > ?1)"
        );
        let (records, tickets, messages): (i64, i64, i64) =
            sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(after).bind(customer).fetch_one(&self.pool).await?;
        let count = |n: i64| u64::try_from(n).unwrap_or(0);
        // A pull from the start also brings the support structure and the VAT table.
        let extra = if after == 0 { 2 } else { 0 };
        Ok(clientarea_api::SyncTotals { records: count(records) + extra, tickets: count(tickets), messages: count(messages) })
    }

    /// Everything changed for `customer` after `after`, at most `limit` records.
    pub async fn pull(&self, customer: &str, after: i64, limit: u32) -> ApiResult<(SyncPage, i64)> {
        let mut conn = self.pool.acquire().await?;
        // The seqs of the next `limit + 1` changes, across every table the customer sees.
        let sql = format!("SELECT seq FROM ({CHANGES}) ORDER BY seq LIMIT ?3");
        let seqs: Vec<i64> = sqlx::query_scalar(sqlx::AssertSqlSafe(sql))
            .bind(after)
            .bind(customer)
            .bind(i64::from(limit) + 1)
            .fetch_all(&mut *conn)
            .await?;
        let has_more = seqs.len() > limit as usize;
        let Some(&upto) = seqs.get((limit as usize).min(seqs.len()).wrapping_sub(1)) else {
            return Ok((SyncPage::default(), after));
        };
        let mut page = SyncPage { has_more, ..Default::default() };
        let rows = sqlx::query("SELECT id, name FROM departments WHERE seq > ? AND seq <= ? ORDER BY seq")
            .bind(after)
            .bind(upto)
            .fetch_all(&mut *conn)
            .await?;
        page.departments = rows.iter().map(department_from_row).collect::<ApiResult<_>>()?;
        let rows = sqlx::query("SELECT * FROM services WHERE customer_id = ? AND seq > ? AND seq <= ? ORDER BY seq")
            .bind(customer)
            .bind(after)
            .bind(upto)
            .fetch_all(&mut *conn)
            .await?;
        page.services = rows.iter().map(service_from_row).collect::<ApiResult<_>>()?;
        let rows = sqlx::query("SELECT * FROM tickets WHERE customer_id = ? AND seq > ? AND seq <= ? ORDER BY seq")
            .bind(customer)
            .bind(after)
            .bind(upto)
            .fetch_all(&mut *conn)
            .await?;
        page.tickets = rows.iter().map(ticket_from_row).collect::<ApiResult<_>>()?;
        let rows = sqlx::query("SELECT * FROM messages WHERE customer_id = ? AND seq > ? AND seq <= ? ORDER BY seq")
            .bind(customer)
            .bind(after)
            .bind(upto)
            .fetch_all(&mut *conn)
            .await?;
        page.messages = rows.iter().map(message_from_row).collect::<ApiResult<_>>()?;
        load_attachments(&mut conn, &mut page.messages).await?;
        let changed: Option<String> = sqlx::query_scalar("SELECT id FROM customers WHERE id = ? AND seq > ? AND seq <= ?")
            .bind(customer)
            .bind(after)
            .bind(upto)
            .fetch_optional(&mut *conn)
            .await?;
        if changed.is_some() {
            page.account = Some(account(&mut conn, customer).await?);
        }
        let rows: Vec<String> = sqlx::query_scalar("SELECT data FROM invoices WHERE customer_id = ? AND seq > ? AND seq <= ? ORDER BY seq")
            .bind(customer)
            .bind(after)
            .bind(upto)
            .fetch_all(&mut *conn)
            .await?;
        page.invoices = rows.iter().map(|d| serde_json::from_str(d)).collect::<Result<_, _>>()?;
        let rows = sqlx::query("SELECT * FROM chats WHERE customer_id = ? AND seq > ? AND seq <= ? ORDER BY seq")
            .bind(customer)
            .bind(after)
            .bind(upto)
            .fetch_all(&mut *conn)
            .await?;
        page.chats = rows.iter().map(chat_from_row).collect();
        let rows = sqlx::query("SELECT * FROM chat_messages WHERE customer_id = ? AND seq > ? AND seq <= ? ORDER BY seq")
            .bind(customer)
            .bind(after)
            .bind(upto)
            .fetch_all(&mut *conn)
            .await?;
        page.chat_messages = rows.iter().map(chat_message_from_row).collect::<ApiResult<_>>()?;
        load_chat_attachments(&mut conn, &mut page.chat_messages).await?;
        let rows = sqlx::query("SELECT * FROM events WHERE customer_id = ? AND seq > ? AND seq <= ? ORDER BY seq")
            .bind(customer)
            .bind(after)
            .bind(upto)
            .fetch_all(&mut *conn)
            .await?;
        page.events = rows.iter().map(event_from_row).collect::<ApiResult<_>>()?;
        let rows =
            sqlx::query("SELECT * FROM notices WHERE (customer_id IS NULL OR customer_id = ?) AND seq > ? AND seq <= ? ORDER BY seq")
                .bind(customer)
                .bind(after)
                .bind(upto)
                .fetch_all(&mut *conn)
                .await?;
        page.notices = rows.iter().map(notice_from_row).collect::<ApiResult<_>>()?;
        Ok((page, upto))
    }
}

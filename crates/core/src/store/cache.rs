//! One account's cache: the provider's records as last pulled, and the cursor of that
//! pull. A page is applied in one transaction together with its cursor, so the cache
//! never holds half a page or a cursor ahead of its data.

use std::path::Path;

use chrono::{DateTime, Utc};
use clientarea_api::tickets::{ACKNOWLEDGE_WITHIN_SECS, FIRST_RESPONSE_WITHIN_SECS};
use clientarea_api::{
    Author, Cursor, Department, DepartmentId, Notice, NoticeKind, Priority, Service, SyncPage, Ticket, TicketDetail, TicketEvent,
    TicketMessage, TicketStatus,
};
use sqlx::pool::PoolConnection;
use sqlx::sqlite::SqliteRow;
use sqlx::{Row, Sqlite, SqliteConnection, SqlitePool};

use super::{StoreError, open_pool};
use crate::tickets::{TicketFilter, TicketPage, TicketSort, TicketSummary, TicketView, TimelineItem};

#[derive(Clone)]
pub struct Cache {
    pool: SqlitePool,
}

impl Cache {
    pub async fn open(path: &Path) -> Result<Self, StoreError> {
        let pool = open_pool(path).await?;
        // The app ended during a pull from the start: what it dropped for the pull is made
        // again (and the search index filled) before the migrations, which expect it,
        // and before any read. The pull goes on from its cursor.
        let stash: bool =
            sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'deferred_schema')")
                .fetch_one(&pool)
                .await?;
        if stash {
            let mut tx = pool.begin_with("BEGIN IMMEDIATE").await?;
            restore_schema(&mut tx, Restore::All).await?;
            tx.commit().await?;
        }
        sqlx::migrate!("./migrations/cache").run(&pool).await?;
        Ok(Self { pool })
    }

    pub(crate) fn pool(&self) -> &SqlitePool {
        &self.pool
    }

    pub(crate) async fn apply_detail_in(c: &mut SqliteConnection, d: &TicketDetail, now: DateTime<Utc>) -> Result<(), StoreError> {
        // The ledger first: it tells an update seen now from a message already here.
        super::ledger::record(c, &super::ledger::observations(std::slice::from_ref(&d.ticket), &d.messages, &d.events), now).await?;
        upsert_ticket(c, &d.ticket).await?;
        for m in &d.messages {
            upsert_message(c, m).await?;
        }
        for e in &d.events {
            upsert_event(c, e).await?;
        }
        Ok(())
    }

    pub(crate) async fn apply_message_in(c: &mut SqliteConnection, m: &TicketMessage) -> Result<(), StoreError> {
        upsert_message(c, m).await
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }

    /// Move what the WAL holds into the database file, without waiting for readers.
    pub async fn checkpoint(&self) -> Result<(), StoreError> {
        sqlx::query("PRAGMA wal_checkpoint(PASSIVE)").execute(&self.pool).await?;
        Ok(())
    }

    pub async fn cursor(&self) -> Result<Cursor, StoreError> {
        let c: String = sqlx::query_scalar("SELECT cursor FROM sync_state WHERE id = 1").fetch_one(&self.pool).await?;
        Ok(Cursor(c))
    }

    pub async fn last_synced_at(&self) -> Result<Option<DateTime<Utc>>, StoreError> {
        Ok(sqlx::query_scalar("SELECT last_synced_at FROM sync_state WHERE id = 1").fetch_one(&self.pool).await?)
    }

    /// Write one pulled page and move the cursor past it, atomically.
    pub async fn apply_page(&self, page: &SyncPage, now: DateTime<Utc>) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        apply_page_in(&mut tx, page, now).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Start writing the pages of one pull. A pull from the start of the history (the
    /// first, or a resync) writes on a connection of its own, with a page cache that
    /// holds its working set, in transactions of several pages, and without the
    /// secondary indexes and search triggers that [`PullWriter::finish`] makes again.
    /// Any other pull writes as `apply_page`.
    pub async fn pull_writer(&self, from_start: bool) -> Result<PullWriter, StoreError> {
        // A pull from the start that was cut short in this run of the app (it ends with
        // `finish` otherwise): the next pull is one too, and makes them again at its end.
        if !from_start && !self.indexes_deferred().await? {
            return Ok(PullWriter { pool: self.pool.clone(), bulk: None });
        }
        let mut conn = self.pool.acquire().await?;
        // Closed when the pull ends rather than kept in the pool with its big cache.
        conn.close_on_drop();
        sqlx::query(sqlx::AssertSqlSafe(format!("PRAGMA cache_size = -{}", PullWriter::BULK_CACHE_KIB))).execute(&mut *conn).await?;
        // A statement's undo copy stays in memory instead of spilling to a temporary file.
        sqlx::query("PRAGMA temp_store = MEMORY").execute(&mut *conn).await?;
        // The WAL is folded into the file after the pull (`Cache::checkpoint`), not every
        // 40 MB on the way; every 200 MB all the same, so an account of years does not
        // grow it without bound (10,000 tickets leave a WAL of about 65 MB).
        sqlx::query("PRAGMA wal_autocheckpoint = 50000").execute(&mut *conn).await?;
        Ok(PullWriter { pool: self.pool.clone(), bulk: Some(Bulk { conn, open_since: None, pages: 0 }) })
    }

    /// Whether a pull from the start has dropped indexes or the search index's triggers
    /// (it is under way, or ended without making them again, or its search index waits
    /// for [`Cache::build_search_index`]).
    pub async fn schema_deferred(&self) -> Result<bool, StoreError> {
        Ok(sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM deferred_schema)").fetch_one(&self.pool).await?)
    }

    /// Whether a pull from the start has dropped the tables' indexes and not made them
    /// again (it is under way, or was cut short): the next pull finishes its work.
    async fn indexes_deferred(&self) -> Result<bool, StoreError> {
        let sql = format!("SELECT EXISTS (SELECT 1 FROM deferred_schema WHERE {INDEX_NOTE})");
        Ok(sqlx::query_scalar(sqlx::AssertSqlSafe(sql)).fetch_one(&self.pool).await?)
    }

    /// Fill the search index that a long pull from the start left for later
    /// ([`SearchIndex::Later`]): its triggers made again and the index built from the
    /// tables in one pass, in one transaction (no write slips between the two). Returns
    /// whether there was anything to do. Writes that came meanwhile are in the tables, so
    /// in the index too.
    pub async fn build_search_index(&self) -> Result<bool, StoreError> {
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        let built = restore_schema(&mut tx, Restore::All).await?;
        tx.commit().await?;
        Ok(built)
    }

    pub async fn list_tickets(&self, f: &TicketFilter) -> Result<Vec<TicketSummary>, StoreError> {
        Ok(self.ticket_page(f, 0, u32::MAX).await?.tickets)
    }

    /// One page of the list: `limit` rows from `offset`, and how many rows there are in
    /// all. Only the page's rows are read in full (their service, their unread mark); the
    /// search's hits are computed once for both the page and the count.
    /// How many of the newest hits of each index a search ranks.
    pub const SEARCH_WINDOW: u32 = 500;
    /// How many of the new replies a claim reads and names (the others are counted).
    pub const NAMED: i64 = 10;

    pub async fn ticket_page(&self, f: &TicketFilter, offset: u32, limit: u32) -> Result<TicketPage, StoreError> {
        let status = f.status.map(TicketStatus::as_str);
        let department = f.department.map(DepartmentId::as_str);
        let priority = f.priority.map(Priority::as_str);
        let limit = i64::from(limit.min(i32::MAX as u32));
        let search = f.query.as_deref().and_then(crate::tickets::fts_query);
        let searching = search.is_some();
        let sql = if searching { ticket_search_sql() } else { ticket_list_sql(f.sort.unwrap_or_default()) };
        let mut statement =
            sqlx::query(sqlx::AssertSqlSafe(sql)).bind(status).bind(department).bind(priority).bind(limit).bind(i64::from(offset));
        if let Some(query) = search {
            statement = statement.bind(query);
        }
        let rows = statement.fetch_all(&self.pool).await?;
        let total = match rows.first() {
            Some(r) => r.get::<i64, _>("total") as u64,
            // Nothing at all, or a search paged past its end (its count needs its hits).
            None if offset == 0 || searching => 0,
            // The list paged past its end: the count on its own, cheap without rows.
            None => {
                let sql = format!("SELECT COUNT(*) FROM tickets t WHERE {PAGE_FILTERS}");
                let n: i64 =
                    sqlx::query_scalar(sqlx::AssertSqlSafe(sql)).bind(status).bind(department).bind(priority).fetch_one(&self.pool).await?;
                n as u64
            }
        };
        let more = rows.first().is_some_and(|r| r.get::<bool, _>("more"));
        let terms = f.query.as_deref().map(crate::tickets::search_terms).unwrap_or_default();
        let tickets = rows.iter().map(|r| summary_from_row(r, &terms)).collect::<Result<Vec<_>, StoreError>>()?;
        Ok(TicketPage { total, offset, more, tickets })
    }

    /// The tickets about a notice (the view `notice_tickets` says which), newest first,
    /// at most 20.
    pub async fn tickets_about(&self, notice_id: &str) -> Result<Vec<TicketSummary>, StoreError> {
        let sql = format!(
            "SELECT p.*, s.name AS service_name, NULL AS snippet, {UNREAD_WHEN} AS unread
             FROM notice_tickets nt JOIN tickets p ON p.id = nt.ticket_id LEFT JOIN services s ON s.id = p.service_id
             WHERE nt.notice_id = ?
             ORDER BY p.created_at DESC LIMIT 20"
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(notice_id).fetch_all(&self.pool).await?;
        rows.iter().map(|r| summary_from_row(r, &[])).collect()
    }

    /// The tickets not closed yet that ask about an invoice, newest first.
    pub async fn tickets_about_invoice(&self, invoice_id: &str) -> Result<Vec<TicketSummary>, StoreError> {
        let sql = format!(
            "SELECT p.*, s.name AS service_name, NULL AS snippet, {UNREAD_WHEN} AS unread
             FROM tickets p LEFT JOIN services s ON s.id = p.service_id
             WHERE p.invoice_id = ? AND p.status != 'closed'
             ORDER BY p.created_at DESC LIMIT 20"
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(invoice_id).fetch_all(&self.pool).await?;
        rows.iter().map(|r| summary_from_row(r, &[])).collect()
    }

    /// The tickets that answer a notice (opened from it), as
    /// [`crate::notices::AnswerTicket`]s.
    pub async fn notice_answers(&self) -> Result<Vec<crate::notices::AnswerTicket>, StoreError> {
        let rows =
            sqlx::query("SELECT notice_id, id, number, created_at FROM tickets WHERE notice_id IS NOT NULL").fetch_all(&self.pool).await?;
        Ok(rows.iter().map(|r| (r.get("notice_id"), r.get("id"), r.get("number"), r.get("created_at"))).collect())
    }

    /// The notices a ticket is about (the same view read the other way), newest first.
    pub async fn notices_about(&self, ticket_id: &str) -> Result<Vec<Notice>, StoreError> {
        let rows = sqlx::query(
            "SELECT n.* FROM notice_tickets nt JOIN notices n ON n.id = nt.notice_id
             WHERE nt.ticket_id = ? ORDER BY n.published_at DESC",
        )
        .bind(ticket_id)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(notice_from_row).collect()
    }

    pub async fn ticket_view(&self, id: &str) -> Result<Option<TicketView>, StoreError> {
        let mut conn = self.pool.acquire().await?;
        let row = sqlx::query(
            "SELECT t.*, s.name AS service_name FROM tickets t LEFT JOIN services s ON s.id = t.service_id
             WHERE t.id = ?",
        )
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?;
        let Some(row) = row else { return Ok(None) };
        let ticket = ticket_from_row(&row)?;
        let service_name = row.get("service_name");
        let messages = sqlx::query("SELECT * FROM messages WHERE ticket_id = ?").bind(id).fetch_all(&mut *conn).await?;
        let events = sqlx::query("SELECT * FROM events WHERE ticket_id = ?").bind(id).fetch_all(&mut *conn).await?;
        let mut timeline = Vec::with_capacity(messages.len() + events.len());
        for m in &messages {
            timeline.push(TimelineItem::Message(message_from_row(m)?));
        }
        for e in &events {
            timeline.push(TimelineItem::Event(event_from_row(e)?));
        }
        // Oldest first; at the same instant the provider's event (acknowledgment) follows
        // the message that caused it.
        timeline.sort_by_key(|i| (i.at(), matches!(i, TimelineItem::Event(_))));
        Ok(Some(TicketView { ticket, service_name, timeline }))
    }

    pub async fn mark_read(&self, id: &str, now: DateTime<Utc>) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        sqlx::query(
            "INSERT INTO ticket_reads (ticket_id, read_at) VALUES (?, ?)
             ON CONFLICT (ticket_id) DO UPDATE SET read_at = excluded.read_at",
        )
        .bind(id)
        .bind(now)
        .execute(&mut *tx)
        .await?;
        // Read, unless staff wrote after what was shown.
        sqlx::query(
            "DELETE FROM unread_tickets WHERE ticket_id = ?1 AND NOT EXISTS (
                 SELECT 1 FROM messages m WHERE m.ticket_id = ?1 AND m.author = 'staff' AND m.created_at > ?2)",
        )
        .bind(id)
        .bind(now)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The account as the provider last sent it.
    pub async fn account(&self) -> Result<Option<clientarea_api::Account>, StoreError> {
        let data: Option<String> = sqlx::query_scalar("SELECT data FROM account WHERE id = 1").fetch_optional(&self.pool).await?;
        data.map(|d| serde_json::from_str(&d).map_err(|_| corrupt("account", &d))).transpose()
    }

    /// The support structure (teams, their hours, holidays) as the provider sent it.
    pub async fn support(&self) -> Result<Option<clientarea_api::SupportStructure>, StoreError> {
        let data: Option<String> = sqlx::query_scalar("SELECT data FROM support WHERE id = 1").fetch_optional(&self.pool).await?;
        data.map(|d| serde_json::from_str(&d).map_err(|_| corrupt("support", &d))).transpose()
    }

    /// Invoices, newest first.
    pub async fn invoices(&self) -> Result<Vec<clientarea_api::Invoice>, StoreError> {
        let rows: Vec<String> = sqlx::query_scalar("SELECT data FROM invoices ORDER BY issued_on DESC").fetch_all(&self.pool).await?;
        rows.iter().map(|d| serde_json::from_str(d).map_err(|_| corrupt("invoice", d))).collect()
    }

    /// The notices to announce now: those not announced yet, each claimed (written as
    /// announced) in the same transaction, so a notice is announced once whatever happens
    /// next. The first call for an account only sets the baseline: what the first pull
    /// brought is history.
    pub async fn claim_new_notices(&self, now: DateTime<Utc>) -> Result<Vec<Notice>, StoreError> {
        // Reads then writes: take the write lock first, or a write elsewhere between the
        // two makes the upgrade fail (SQLITE_BUSY), which no busy timeout waits out.
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        let baseline: Option<i64> = sqlx::query_scalar("SELECT id FROM notices_baseline").fetch_optional(&mut *tx).await?;
        if baseline.is_none() {
            sqlx::query("INSERT OR IGNORE INTO notified (notice_id, at) SELECT id, ? FROM notices").bind(now).execute(&mut *tx).await?;
            sqlx::query("INSERT INTO notices_baseline (id, at) VALUES (1, ?)").bind(now).execute(&mut *tx).await?;
            tx.commit().await?;
            return Ok(Vec::new());
        }
        let rows = sqlx::query("SELECT * FROM notices WHERE id NOT IN (SELECT notice_id FROM notified) ORDER BY published_at")
            .fetch_all(&mut *tx)
            .await?;
        let notices = rows.iter().map(notice_from_row).collect::<Result<Vec<_>, _>>()?;
        for n in &notices {
            sqlx::query("INSERT INTO notified (notice_id, at) VALUES (?, ?)").bind(&n.id).bind(now).execute(&mut *tx).await?;
        }
        tx.commit().await?;
        Ok(notices)
    }

    /// The abuse-report reminders due at `now` and not sent yet, each claimed once: for a
    /// report with no ticket about it yet, the nearest lead that came due (leads that came
    /// due together are claimed together and said once). The rule is
    /// [`crate::notices::reminders_due`].
    pub async fn claim_abuse_reminders(&self, now: DateTime<Utc>) -> Result<Vec<(Notice, crate::notices::ReminderLead)>, StoreError> {
        // Read first: this runs after every pull and at every tick, and almost always
        // finds nothing to say; only a reminder that came due takes the write lock.
        let rows = sqlx::query("SELECT * FROM notices WHERE kind = 'abuse' AND respond_by IS NOT NULL AND resolved_at IS NULL")
            .fetch_all(&self.pool)
            .await?;
        let mut due = Vec::new();
        for notice in rows.iter().map(notice_from_row).collect::<Result<Vec<_>, _>>()? {
            let leads = crate::notices::reminders_due(&notice, now);
            if leads.is_empty() {
                continue;
            }
            // Answered (a ticket about it), or every lead due already said: nothing new.
            let settled: bool = sqlx::query_scalar(
                "SELECT EXISTS (SELECT 1 FROM notice_tickets WHERE notice_id = ?1)
                     OR (SELECT COUNT(*) FROM abuse_reminders WHERE notice_id = ?1) >= ?2",
            )
            .bind(&notice.id)
            .bind(leads.len() as i64)
            .fetch_one(&self.pool)
            .await?;
            if !settled {
                due.push((notice, leads));
            }
        }
        if due.is_empty() {
            return Ok(Vec::new());
        }
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        let mut out = Vec::new();
        for (notice, leads) in due {
            let mut newest = None;
            for lead in leads {
                let claimed = sqlx::query("INSERT OR IGNORE INTO abuse_reminders (notice_id, lead, at) VALUES (?, ?, ?)")
                    .bind(&notice.id)
                    .bind(lead.as_str())
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
                if claimed.rows_affected() == 1 {
                    newest = Some(lead);
                }
            }
            if let Some(lead) = newest {
                out.push((notice, lead));
            }
        }
        tx.commit().await?;
        Ok(out)
    }

    /// How many tickets have staff messages not read yet.
    pub async fn unread_tickets(&self) -> Result<u32, StoreError> {
        // Closed tickets leave the table as they close (a trigger).
        let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM unread_tickets").fetch_one(&self.pool).await?;
        Ok(u32::try_from(n).unwrap_or(u32::MAX))
    }

    /// The notices not seen yet in the status view, newest first.
    pub async fn unseen_notices(&self) -> Result<Vec<Notice>, StoreError> {
        let rows = sqlx::query("SELECT * FROM notices WHERE id NOT IN (SELECT notice_id FROM notices_seen) ORDER BY published_at DESC")
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(notice_from_row).collect()
    }

    /// Marks notices as seen (they were shown in the status view).
    pub async fn mark_notices_seen(&self, ids: &[String], now: DateTime<Utc>) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        for id in ids {
            sqlx::query("INSERT OR IGNORE INTO notices_seen (notice_id, at) VALUES (?, ?)").bind(id).bind(now).execute(&mut *tx).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// The staff replies pulled since the last call, oldest first, each returned once.
    /// The first call, after an account's first complete pull, is history: it returns
    /// none, and what was pulled counts as read (a customer of many years does not start
    /// with every old answer marked new; the notices' first pull is history the same way).
    ///
    /// However many came (a sync after months away, a resync), only the newest
    /// [`Cache::NAMED`] are read and named; the rest are counted.
    pub async fn claim_new_staff_replies(&self) -> Result<Claimed<StaffReply>, StoreError> {
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        let upto: Option<i64> = sqlx::query_scalar("SELECT upto FROM replies_watermark").fetch_optional(&mut *tx).await?;
        let top: i64 = sqlx::query_scalar("SELECT COALESCE(MAX(rowid), 0) FROM messages").fetch_one(&mut *tx).await?;
        let replies = match upto {
            None => {
                sqlx::query(
                    "INSERT INTO ticket_reads (ticket_id, read_at)
                     SELECT ticket_id, MAX(created_at) FROM messages WHERE true GROUP BY ticket_id
                     ON CONFLICT (ticket_id) DO UPDATE SET read_at = MAX(read_at, excluded.read_at)",
                )
                .execute(&mut *tx)
                .await?;
                sqlx::query("DELETE FROM unread_tickets").execute(&mut *tx).await?;
                Claimed::default()
            }
            Some(upto) => {
                let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM messages WHERE rowid > ? AND author = 'staff'")
                    .bind(upto)
                    .fetch_one(&mut *tx)
                    .await?;
                let rows = sqlx::query(
                    "SELECT m.id, m.ticket_id, m.author_name, t.number, t.subject FROM messages m JOIN tickets t ON t.id = m.ticket_id
                     WHERE m.rowid > ? AND m.author = 'staff' ORDER BY m.rowid DESC LIMIT ?",
                )
                .bind(upto)
                .bind(Self::NAMED)
                .fetch_all(&mut *tx)
                .await?;
                let latest = rows
                    .iter()
                    .rev()
                    .map(|r| StaffReply {
                        message_id: r.get("id"),
                        ticket_id: r.get("ticket_id"),
                        number: r.get("number"),
                        subject: r.get("subject"),
                        author_name: r.get("author_name"),
                    })
                    .collect();
                Claimed { count: count as u64, latest }
            }
        };
        sqlx::query(
            "INSERT INTO replies_watermark (id, upto) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET upto = MAX(upto, excluded.upto)",
        )
        .bind(top)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(replies)
    }

    /// Every notice, newest first.
    pub async fn notices(&self) -> Result<Vec<Notice>, StoreError> {
        let rows = sqlx::query("SELECT * FROM notices ORDER BY published_at DESC").fetch_all(&self.pool).await?;
        rows.iter().map(notice_from_row).collect()
    }

    pub async fn services(&self) -> Result<Vec<Service>, StoreError> {
        let rows = sqlx::query("SELECT * FROM services ORDER BY name").fetch_all(&self.pool).await?;
        rows.iter().map(service_from_row).collect()
    }

    pub async fn departments(&self) -> Result<Vec<Department>, StoreError> {
        let rows = sqlx::query("SELECT * FROM departments ORDER BY id DESC").fetch_all(&self.pool).await?;
        rows.iter()
            .map(|r| {
                let id: String = r.get("id");
                Ok(Department {
                    id: DepartmentId::parse(&id).ok_or_else(|| StoreError::Corrupt(format!("department {id}")))?,
                    name: r.get("name"),
                })
            })
            .collect()
    }
}

/// Writes the pages of one pull ([`Cache::pull_writer`]). Each page is written with its
/// cursor in one transaction; the cache never holds part of a page.
pub struct PullWriter {
    pool: SqlitePool,
    /// A pull from the start: the connection it holds.
    bulk: Option<Bulk>,
}

/// The connection of a pull from the start and its open transaction.
struct Bulk {
    conn: PoolConnection<Sqlite>,
    /// When the transaction open on `conn` began; none when none is open.
    open_since: Option<std::time::Instant>,
    /// Pages written so far.
    pages: u32,
}

impl PullWriter {
    /// The page cache of a pull from the start, in KiB: room for what it dirties between
    /// two commits and for the id indexes it writes at random (10,000 tickets and 100,000
    /// messages make a 60 MB file). Taken as used, given back when the pull ends.
    pub const BULK_CACHE_KIB: u32 = 64 * 1024;

    /// How long a pull from the start keeps adding pages to one transaction. Each commit
    /// writes every page it dirtied to the WAL, and with random ids that is most of the
    /// id indexes: committing each of 121 pages wrote them 121 times. The first page is
    /// committed alone, so the list has something at once; then the list grows about
    /// this often. Writes of the app itself (a reply sent, a ticket read) wait at most
    /// this long.
    pub const BULK_COMMIT_EVERY: std::time::Duration = std::time::Duration::from_millis(1000);

    /// Write one page and its cursor. Returns whether it is committed (in the list) now:
    /// a page of a pull from the start may wait for the next ones, at most
    /// `BULK_COMMIT_EVERY`, and the last is committed at once.
    pub async fn apply(&mut self, page: &SyncPage, now: DateTime<Utc>) -> Result<bool, StoreError> {
        let Some(bulk) = self.bulk.as_mut() else {
            let mut tx = self.pool.begin().await?;
            apply_page_in(&mut tx, page, now).await?;
            tx.commit().await?;
            return Ok(true);
        };
        let first = bulk.pages == 0;
        bulk.pages += 1;
        let since = match bulk.open_since {
            Some(at) => at,
            None => {
                let at = std::time::Instant::now();
                sqlx::query("BEGIN IMMEDIATE").execute(&mut *bulk.conn).await?;
                bulk.open_since = Some(at);
                if first {
                    // In the first page's transaction: the rows never land without the
                    // note of what is missing.
                    defer_schema(&mut bulk.conn).await?;
                }
                at
            }
        };
        if let Err(e) = apply_page_in(&mut bulk.conn, page, now).await {
            // Never part of a page: the pages since the last commit go too, and come
            // again with the next pull (the cursor is theirs).
            bulk.rollback().await;
            return Err(e);
        }
        if first || !page.has_more || since.elapsed() >= Self::BULK_COMMIT_EVERY {
            bulk.commit().await?;
            return Ok(true);
        }
        Ok(false)
    }

    /// The pull is over, whole or not: what was written is committed, then the indexes
    /// are made again over it, and the search index now or, for a long history, later
    /// ([`Cache::build_search_index`]): the list is whole and sorted without waiting for
    /// it. A pull that failed half way asks for `Now`: it leaves nothing unsearchable
    /// behind it. Returns whether the search index waits.
    pub async fn finish(mut self, search: SearchIndex) -> Result<bool, StoreError> {
        let Some(bulk) = self.bulk.as_mut() else { return Ok(false) };
        bulk.commit().await?;
        let mut tx = sqlx::Connection::begin(&mut *bulk.conn).await?;
        let what = match search {
            SearchIndex::Now => Restore::All,
            SearchIndex::Later => Restore::Indexes,
        };
        let restored = restore_schema(&mut tx, what).await?;
        tx.commit().await?;
        Ok(restored && search == SearchIndex::Later)
    }
}

impl Bulk {
    async fn commit(&mut self) -> Result<(), StoreError> {
        if self.open_since.take().is_some() {
            sqlx::query("COMMIT").execute(&mut *self.conn).await?;
        }
        Ok(())
    }

    async fn rollback(&mut self) {
        if self.open_since.take().is_some() {
            // SQLite may have rolled it back already (a full disk does): nothing to undo.
            let _ = sqlx::query("ROLLBACK").execute(&mut *self.conn).await;
        }
    }
}

/// What a pull from the start drops: the secondary indexes of the big tables (their
/// unique keys stay: the upserts need them) and the search index's triggers.
const DEFERRED: &str = r"sql IS NOT NULL AND (
        (type = 'index' AND tbl_name IN ('tickets', 'messages', 'events'))
     OR (type = 'trigger' AND (name LIKE 'tickets\_fts\_%' ESCAPE '\' OR name LIKE 'messages\_fts\_%' ESCAPE '\')))";

/// Note the statements of what a pull from the start drops, and drop it. Inside the
/// caller's transaction. Whatever is noted already stays noted (a pull that resumes).
async fn defer_schema(c: &mut SqliteConnection) -> Result<(), StoreError> {
    let sql = format!("INSERT OR IGNORE INTO deferred_schema (name, sql) SELECT name, sql FROM sqlite_master WHERE {DEFERRED}");
    sqlx::query(sqlx::AssertSqlSafe(sql)).execute(&mut *c).await?;
    let sql = format!("SELECT type, name FROM sqlite_master WHERE {DEFERRED}");
    let dropped: Vec<(String, String)> = sqlx::query_as(sqlx::AssertSqlSafe(sql)).fetch_all(&mut *c).await?;
    for (kind, name) in dropped {
        // Names from sqlite_master, of the kinds selected above.
        let kind = if kind == "index" { "INDEX" } else { "TRIGGER" };
        sqlx::query(sqlx::AssertSqlSafe(format!("DROP {kind} \"{}\"", name.replace('"', "\"\"")))).execute(&mut *c).await?;
    }
    Ok(())
}

/// When a pull from the start fills the search index it left without triggers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SearchIndex {
    /// At its end, before the pull is over (a short history: a few milliseconds).
    Now,
    /// Later, with [`Cache::build_search_index`]: the list is whole at once, and the
    /// search finds the history a moment after.
    Later,
}

/// What `restore_schema` makes again.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Restore {
    /// The tables' indexes only: the search index's triggers stay noted.
    Indexes,
    /// Everything noted, and the search index filled.
    All,
}

/// The notes of indexes in `deferred_schema` (the others are the search index's triggers).
const INDEX_NOTE: &str = "sql NOT LIKE 'CREATE TRIGGER%'";

/// Make again what `defer_schema` dropped (all of it, or only the indexes), fill the
/// search index from the tables (one pass) when its triggers come back, and forget
/// the notes of what was made. Inside the caller's transaction. Returns whether
/// anything was noted.
async fn restore_schema(c: &mut SqliteConnection, what: Restore) -> Result<bool, StoreError> {
    let filter = if what == Restore::Indexes { INDEX_NOTE } else { "1" };
    let sql = format!("SELECT name, sql FROM deferred_schema WHERE {filter} ORDER BY name");
    let noted: Vec<(String, String)> = sqlx::query_as(sqlx::AssertSqlSafe(sql)).fetch_all(&mut *c).await?;
    if noted.is_empty() {
        return Ok(false);
    }
    let mut triggers = false;
    for (_, sql) in &noted {
        triggers |= sql.starts_with("CREATE TRIGGER");
        // Statements SQLite itself wrote into sqlite_master for this file.
        sqlx::query(sqlx::AssertSqlSafe(sql.clone())).execute(&mut *c).await?;
    }
    if triggers {
        sqlx::query("INSERT INTO tickets_fts (tickets_fts) VALUES ('rebuild')").execute(&mut *c).await?;
        sqlx::query("INSERT INTO messages_fts (messages_fts) VALUES ('rebuild')").execute(&mut *c).await?;
    }
    for (name, _) in &noted {
        sqlx::query("DELETE FROM deferred_schema WHERE name = ?").bind(name).execute(&mut *c).await?;
    }
    Ok(true)
}

/// One pulled page and its cursor, on a connection inside a transaction.
async fn apply_page_in(c: &mut SqliteConnection, page: &SyncPage, now: DateTime<Utc>) -> Result<(), StoreError> {
    for d in &page.departments {
        upsert_department(&mut *c, d).await?;
    }
    for s in &page.services {
        upsert_service(&mut *c, s).await?;
    }
    // The ledger first: it tells an update seen now from a message already here.
    super::ledger::record(&mut *c, &super::ledger::observations(&page.tickets, &page.messages, &page.events), now).await?;
    // The big tables go in a few statements each per page, many rows to a statement.
    bulk_upsert_tickets(&mut *c, &page.tickets).await?;
    bulk_upsert_messages(&mut *c, &page.messages).await?;
    bulk_upsert_events(&mut *c, &page.events).await?;
    if !page.has_more {
        super::ledger::start_watching(&mut *c, now).await?;
    }
    for n in &page.notices {
        upsert_notice(&mut *c, n).await?;
    }
    for i in &page.invoices {
        let data = serde_json::to_string(i).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        sqlx::query("INSERT OR REPLACE INTO invoices (id, issued_on, data) VALUES (?, ?, ?)")
            .bind(&i.id)
            .bind(i.issued_on)
            .bind(data)
            .execute(&mut *c)
            .await?;
    }
    // Upserts, not REPLACE: the search index's triggers see every change.
    for chat in &page.chats {
        super::chat::upsert_chat(&mut *c, chat).await?;
    }
    for m in &page.chat_messages {
        super::chat::upsert_chat_message(&mut *c, m).await?;
    }
    if let Some(support) = &page.support {
        sqlx::query("INSERT OR REPLACE INTO support (id, data) VALUES (1, ?)").bind(to_json(support)?).execute(&mut *c).await?;
    }
    if let Some(v) = &page.vat_rates {
        sqlx::query("INSERT OR REPLACE INTO vat_rates (id, data) VALUES (1, ?)").bind(to_json(v)?).execute(&mut *c).await?;
    }
    if let Some(a) = &page.account {
        let data = serde_json::to_string(a).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        sqlx::query("INSERT OR REPLACE INTO account (id, data) VALUES (1, ?)").bind(data).execute(&mut *c).await?;
    }
    sqlx::query("UPDATE sync_state SET cursor = ?, last_synced_at = ? WHERE id = 1")
        .bind(&page.next_cursor.0)
        .bind(now)
        .execute(&mut *c)
        .await?;
    Ok(())
}

async fn upsert_department(c: &mut SqliteConnection, d: &Department) -> Result<(), StoreError> {
    sqlx::query("INSERT INTO departments (id, name) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name")
        .bind(d.id.as_str())
        .bind(&d.name)
        .execute(&mut *c)
        .await?;
    Ok(())
}

async fn upsert_service(c: &mut SqliteConnection, s: &Service) -> Result<(), StoreError> {
    let ips = serde_json::to_string(&s.ip_addresses).map_err(|e| StoreError::Corrupt(e.to_string()))?;
    sqlx::query(
        "INSERT OR REPLACE INTO services (id, name, kind, ip_addresses, order_number, datacenter, datacenter_timezone)
         VALUES (?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(&s.id)
    .bind(&s.name)
    .bind(&s.kind)
    .bind(ips)
    .bind(&s.order_number)
    .bind(&s.datacenter)
    .bind(&s.datacenter_timezone)
    .execute(&mut *c)
    .await?;
    Ok(())
}

async fn upsert_ticket(c: &mut SqliteConnection, t: &Ticket) -> Result<(), StoreError> {
    bulk_upsert_tickets(c, std::slice::from_ref(t)).await
}

async fn upsert_message(c: &mut SqliteConnection, m: &TicketMessage) -> Result<(), StoreError> {
    bulk_upsert_messages(c, std::slice::from_ref(m)).await
}

async fn upsert_event(c: &mut SqliteConnection, e: &TicketEvent) -> Result<(), StoreError> {
    bulk_upsert_events(c, std::slice::from_ref(e)).await
}

/// Times as sqlx itself writes them (RFC 3339, `+00:00`), so rows written one by one and
/// in bulk sort and compare alike.
fn ts(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, false)
}

/// Rows go in as upserts, never INSERT OR REPLACE: a replace deletes the old row without
/// firing its delete trigger, and the search index would keep the old text. The single-row
/// writers below call these with one row, so every path writes the same way.
///
/// Many rows per statement, their values bound (no text to parse, no JSON to build and
/// take apart again): each statement is a round trip to SQLite's thread, and those
/// wake-ups cost more than the rows on this kind of machine. Chunks of `CHUNK` rows and
/// single rows are prepared once and kept in the connection's statement cache; the rest
/// of a page is one statement prepared for it and not kept.
const CHUNK: usize = 256;

/// `rows` in chunks of `CHUNK`, the last one shorter; each with whether its statement is
/// worth keeping prepared.
pub(super) fn chunked<T>(rows: &[T]) -> impl Iterator<Item = (&[T], bool)> {
    rows.chunks(CHUNK).map(|chunk| (chunk, chunk.len() == CHUNK || chunk.len() == 1))
}

/// `head VALUES (?, ...), ... tail` for `rows` rows of `columns` values.
pub(super) fn values_sql(head: &str, columns: usize, rows: usize, tail: &str) -> String {
    let row = format!("({})", vec!["?"; columns].join(", "));
    format!("{head} VALUES {} {tail}", vec![row; rows].join(", "))
}

async fn bulk_upsert_tickets(c: &mut SqliteConnection, tickets: &[Ticket]) -> Result<(), StoreError> {
    for (chunk, keep) in chunked(tickets) {
        let sql = values_sql(
            "INSERT INTO tickets (id, number, subject, department, priority, status, service_id, notice_id, invoice_id, created_at,
                                  updated_at, acknowledged_at, first_response_at, team, incident, acknowledge_due_at, first_response_due_at)",
            17,
            chunk.len(),
            "ON CONFLICT (id) DO UPDATE SET number = excluded.number, subject = excluded.subject,
                 department = excluded.department, priority = excluded.priority, status = excluded.status,
                 service_id = excluded.service_id, notice_id = excluded.notice_id, invoice_id = excluded.invoice_id,
                 created_at = excluded.created_at, updated_at = excluded.updated_at,
                 acknowledged_at = excluded.acknowledged_at, first_response_at = excluded.first_response_at,
                 team = excluded.team, incident = excluded.incident, acknowledge_due_at = excluded.acknowledge_due_at,
                 first_response_due_at = excluded.first_response_due_at",
        );
        let mut q = sqlx::query(sqlx::AssertSqlSafe(sql)).persistent(keep);
        for t in chunk {
            let incident = t.incident.as_ref().map(to_json).transpose()?;
            q = q
                .bind(&t.id)
                .bind(t.number)
                .bind(&t.subject)
                .bind(t.department.as_str())
                .bind(t.priority.as_str())
                .bind(t.status.as_str())
                .bind(&t.service_id)
                .bind(&t.notice_id)
                .bind(&t.invoice_id)
                .bind(ts(t.created_at))
                .bind(ts(t.updated_at))
                .bind(t.acknowledged_at.map(ts))
                .bind(t.first_response_at.map(ts))
                .bind(&t.team)
                .bind(incident)
                .bind(ts(t.acknowledge_due_at))
                .bind(ts(t.first_response_due_at));
        }
        q.execute(&mut *c).await?;
    }
    Ok(())
}

async fn bulk_upsert_messages(c: &mut SqliteConnection, messages: &[TicketMessage]) -> Result<(), StoreError> {
    for (chunk, keep) in chunked(messages) {
        let sql = values_sql(
            "INSERT INTO messages (id, ticket_id, author, author_name, body, created_at, attachments)",
            7,
            chunk.len(),
            "ON CONFLICT (id) DO UPDATE SET ticket_id = excluded.ticket_id, author = excluded.author,
                 author_name = excluded.author_name, body = excluded.body, created_at = excluded.created_at,
                 attachments = excluded.attachments",
        );
        let mut q = sqlx::query(sqlx::AssertSqlSafe(sql)).persistent(keep);
        for m in chunk {
            let attachments = if m.attachments.is_empty() { "[]".to_owned() } else { to_json(&m.attachments)? };
            q = q
                .bind(&m.id)
                .bind(&m.ticket_id)
                .bind(m.author.as_str())
                .bind(&m.author_name)
                .bind(&m.body)
                .bind(ts(m.created_at))
                .bind(attachments);
        }
        q.execute(&mut *c).await?;
    }
    // A staff message after the ticket was last read makes it unread: the newest of each
    // ticket says it (a long history's page holds about five per ticket).
    let mut newest: std::collections::BTreeMap<&str, DateTime<Utc>> = std::collections::BTreeMap::new();
    for m in messages.iter().filter(|m| m.author == Author::Staff) {
        let at = newest.entry(m.ticket_id.as_str()).or_insert(m.created_at);
        *at = (*at).max(m.created_at);
    }
    let staff: Vec<(&str, DateTime<Utc>)> = newest.into_iter().collect();
    for (chunk, keep) in chunked(&staff) {
        let sql = values_sql(
            "WITH v (ticket_id, created_at) AS (",
            2,
            chunk.len(),
            ") INSERT OR IGNORE INTO unread_tickets (ticket_id) SELECT ticket_id FROM v
               WHERE v.created_at > COALESCE((SELECT read_at FROM ticket_reads r WHERE r.ticket_id = v.ticket_id), '')
                 AND NOT EXISTS (SELECT 1 FROM tickets t WHERE t.id = v.ticket_id AND t.status = 'closed')",
        );
        let mut q = sqlx::query(sqlx::AssertSqlSafe(sql)).persistent(keep);
        for (ticket_id, at) in chunk {
            q = q.bind(*ticket_id).bind(ts(*at));
        }
        q.execute(&mut *c).await?;
    }
    Ok(())
}

async fn bulk_upsert_events(c: &mut SqliteConnection, events: &[TicketEvent]) -> Result<(), StoreError> {
    for (chunk, keep) in chunked(events) {
        let sql = values_sql(
            "INSERT INTO events (id, ticket_id, at, data)",
            4,
            chunk.len(),
            "ON CONFLICT (id) DO UPDATE SET ticket_id = excluded.ticket_id, at = excluded.at, data = excluded.data",
        );
        let mut q = sqlx::query(sqlx::AssertSqlSafe(sql)).persistent(keep);
        for e in chunk {
            q = q.bind(&e.id).bind(&e.ticket_id).bind(ts(e.at)).bind(to_json(&e.kind)?);
        }
        q.execute(&mut *c).await?;
    }
    Ok(())
}

async fn upsert_notice(c: &mut SqliteConnection, n: &Notice) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT OR REPLACE INTO notices (id, kind, title, body, default_lang, translations, service_ids, starts_at, ends_at,
                                         resolved_at, respond_by, published_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(&n.id)
    .bind(n.kind.as_str())
    .bind(&n.title)
    .bind(&n.body)
    .bind(&n.default_lang)
    .bind(to_json(&n.translations)?)
    .bind(to_json(&n.service_ids)?)
    .bind(n.starts_at)
    .bind(n.ends_at)
    .bind(n.resolved_at)
    .bind(n.respond_by)
    .bind(n.published_at)
    .bind(n.updated_at)
    .execute(&mut *c)
    .await?;
    Ok(())
}

fn notice_from_row(r: &SqliteRow) -> Result<Notice, StoreError> {
    let kind: String = r.get("kind");
    let services: String = r.get("service_ids");
    let translations: String = r.get("translations");
    Ok(Notice {
        id: r.get("id"),
        kind: NoticeKind::parse(&kind).ok_or_else(|| corrupt("notice kind", &kind))?,
        title: r.get("title"),
        body: r.get("body"),
        default_lang: r.get("default_lang"),
        translations: serde_json::from_str(&translations).map_err(|_| corrupt("notice translations", &translations))?,
        service_ids: serde_json::from_str(&services).map_err(|_| corrupt("notice services", &services))?,
        starts_at: r.get("starts_at"),
        ends_at: r.get("ends_at"),
        resolved_at: r.get("resolved_at"),
        respond_by: r.get("respond_by"),
        published_at: r.get("published_at"),
        updated_at: r.get("updated_at"),
    })
}

fn to_json(v: &impl serde::Serialize) -> Result<String, StoreError> {
    serde_json::to_string(v).map_err(|e| StoreError::Corrupt(e.to_string()))
}

fn corrupt(what: &str, value: &str) -> StoreError {
    StoreError::Corrupt(format!("{what} {value:?}"))
}

pub(super) fn ticket_from_row(r: &SqliteRow) -> Result<Ticket, StoreError> {
    let department: String = r.get("department");
    let priority: String = r.get("priority");
    let status: String = r.get("status");
    let created_at: DateTime<Utc> = r.get("created_at");
    let incident: Option<String> = r.get("incident");
    // Rows cached before the provider sent due times get the promise's defaults.
    let ack_due: Option<DateTime<Utc>> = r.get("acknowledge_due_at");
    let response_due: Option<DateTime<Utc>> = r.get("first_response_due_at");
    Ok(Ticket {
        id: r.get("id"),
        number: r.get("number"),
        subject: r.get("subject"),
        department: DepartmentId::parse(&department).ok_or_else(|| corrupt("department", &department))?,
        priority: Priority::parse(&priority).ok_or_else(|| corrupt("priority", &priority))?,
        status: TicketStatus::parse(&status).ok_or_else(|| corrupt("status", &status))?,
        service_id: r.get("service_id"),
        notice_id: r.get("notice_id"),
        invoice_id: r.get("invoice_id"),
        incident: incident.map(|j| serde_json::from_str(&j).map_err(|_| corrupt("incident", &j))).transpose()?,
        team: r.get("team"),
        created_at,
        updated_at: r.get("updated_at"),
        acknowledge_due_at: ack_due.unwrap_or(created_at + chrono::Duration::seconds(ACKNOWLEDGE_WITHIN_SECS)),
        first_response_due_at: response_due.unwrap_or(created_at + chrono::Duration::seconds(FIRST_RESPONSE_WITHIN_SECS)),
        acknowledged_at: r.get("acknowledged_at"),
        first_response_at: r.get("first_response_at"),
    })
}

fn message_from_row(r: &SqliteRow) -> Result<TicketMessage, StoreError> {
    let author: String = r.get("author");
    let attachments: String = r.get("attachments");
    Ok(TicketMessage {
        id: r.get("id"),
        ticket_id: r.get("ticket_id"),
        author: Author::parse(&author).ok_or_else(|| corrupt("author", &author))?,
        author_name: r.get("author_name"),
        body: r.get("body"),
        attachments: serde_json::from_str(&attachments).map_err(|_| corrupt("attachments", &attachments))?,
        created_at: r.get("created_at"),
    })
}

fn event_from_row(r: &SqliteRow) -> Result<TicketEvent, StoreError> {
    let data: String = r.get("data");
    Ok(TicketEvent {
        id: r.get("id"),
        ticket_id: r.get("ticket_id"),
        at: r.get("at"),
        kind: serde_json::from_str(&data).map_err(|_| corrupt("event", &data))?,
    })
}

fn service_from_row(r: &SqliteRow) -> Result<Service, StoreError> {
    let ips: String = r.get("ip_addresses");
    Ok(Service {
        id: r.get("id"),
        name: r.get("name"),
        kind: r.get("kind"),
        ip_addresses: serde_json::from_str(&ips).map_err(|_| corrupt("service addresses", &ips))?,
        order_number: r.get("order_number"),
        datacenter: r.get("datacenter"),
        datacenter_timezone: r.get("datacenter_timezone"),
    })
}

/// The statement of one page of a search: `?1..?3` the status, department and priority
/// filters (NULL for any), `?4` the limit, `?5` the offset, `?6` the FTS5 query. Public
/// for the benchmark, which runs the same statement in the sqlite3 shell. Assembled from
/// constants only; values are always bound.
pub fn ticket_search_sql() -> String {
    const SEARCH_WINDOW: u32 = Cache::SEARCH_WINDOW;
    const FILTERS: &str = PAGE_FILTERS;
    // Each index gives its newest SEARCH_WINDOW hits (FTS5 walks its lists from the
    // newest row and stops there), so a word in 100,000 messages costs what a rare one
    // does; those hits are ranked by relevance (bm25), and only the page's tickets are
    // read in full. The best message of each ticket is kept for the snippet, made in
    // Rust: asking FTS5 for it would read each word's list again.
    format!(
        "WITH mh AS MATERIALIZED (
             SELECT rowid AS r, bm25(messages_fts) AS rank FROM messages_fts
             WHERE messages_fts MATCH ?6 ORDER BY rowid DESC LIMIT {SEARCH_WINDOW}
         ),
         th AS MATERIALIZED (
             SELECT rowid AS r, bm25(tickets_fts) AS rank FROM tickets_fts
             WHERE tickets_fts MATCH ?6 ORDER BY rowid DESC LIMIT {SEARCH_WINDOW}
         ),
         hits AS MATERIALIZED (
             SELECT id, MIN(rank) AS rank, best FROM (
                 SELECT m.ticket_id AS id, mh.rank AS rank, mh.r AS best FROM mh JOIN messages m ON m.rowid = mh.r
                 UNION ALL
                 SELECT t.id, th.rank, NULL FROM th JOIN tickets t ON t.rowid = th.r
             ) GROUP BY id
         ),
         found AS MATERIALIZED (
             SELECT h.id, h.rank, h.best, t.updated_at FROM hits h JOIN tickets t ON t.id = h.id WHERE {FILTERS}
         ),
         page AS (SELECT * FROM found ORDER BY rank, updated_at DESC LIMIT ?4 OFFSET ?5)
         SELECT p.*, s.name AS service_name, (SELECT body FROM messages WHERE rowid = f.best) AS snippet,
                (SELECT COUNT(*) FROM found) AS total,
                ((SELECT COUNT(*) FROM mh) >= {SEARCH_WINDOW} OR (SELECT COUNT(*) FROM th) >= {SEARCH_WINDOW}) AS more,
                {UNREAD_WHEN} AS unread
         FROM page f JOIN tickets p ON p.id = f.id LEFT JOIN services s ON s.id = p.service_id
         ORDER BY f.rank, f.updated_at DESC"
    )
}

/// The list's statement in one of its orders (`ORDER BY` clauses from a fixed table);
/// parameters as for `ticket_search_sql` without `?6`.
fn ticket_list_sql(sort: TicketSort) -> String {
    const FILTERS: &str = PAGE_FILTERS;
    let (inner, outer) = match sort {
        TicketSort::Recent => ("t.updated_at DESC, t.number DESC", "p.updated_at DESC, p.number DESC"),
        TicketSort::Oldest => ("t.updated_at ASC, t.number ASC", "p.updated_at ASC, p.number ASC"),
        TicketSort::Opened => ("t.created_at DESC, t.number DESC", "p.created_at DESC, p.number DESC"),
        TicketSort::Priority => {
            ("(t.priority = 'high') DESC, t.updated_at DESC, t.number DESC", "(p.priority = 'high') DESC, p.updated_at DESC, p.number DESC")
        }
    };
    format!(
        "WITH page AS (
             SELECT t.* FROM tickets t WHERE {FILTERS}
             ORDER BY {inner} LIMIT ?4 OFFSET ?5
         )
         SELECT p.*, s.name AS service_name, NULL AS snippet,
                (SELECT COUNT(*) FROM tickets t WHERE {FILTERS}) AS total, FALSE AS more, {UNREAD_WHEN} AS unread
         FROM page p LEFT JOIN services s ON s.id = p.service_id
         ORDER BY {outer}"
    )
}

/// What a claim of new replies found: how many, and the newest of them (at most
/// [`Cache::NAMED`], oldest first), which a notification names.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Claimed<T> {
    pub count: u64,
    pub latest: Vec<T>,
}

impl<T> Default for Claimed<T> {
    fn default() -> Self {
        Claimed { count: 0, latest: Vec::new() }
    }
}

impl<T> Claimed<T> {
    pub fn is_empty(&self) -> bool {
        self.count == 0
    }
}

/// A staff reply just pulled, as a notification names it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct StaffReply {
    pub message_id: String,
    pub ticket_id: String,
    pub number: i64,
    pub subject: String,
    pub author_name: Option<String>,
}

/// A list row: the ticket, its service's name, its snippet (made from `terms`), its
/// unread mark.
fn summary_from_row(r: &SqliteRow, terms: &[String]) -> Result<TicketSummary, StoreError> {
    let t = ticket_from_row(r)?;
    Ok(TicketSummary {
        id: t.id,
        number: t.number,
        subject: t.subject,
        department: t.department,
        priority: t.priority,
        status: t.status,
        service_name: r.get("service_name"),
        created_at: t.created_at,
        updated_at: t.updated_at,
        acknowledged_at: t.acknowledged_at,
        first_response_at: t.first_response_at,
        first_response_due_at: t.first_response_due_at,
        snippet: r.get::<Option<String>, _>("snippet").and_then(|body| crate::tickets::snippet(&body, terms)),
        unread: r.get("unread"),
        sla: crate::tickets::sla_state(t.first_response_due_at, t.first_response_at, chrono::Utc::now()),
    })
}

/// A ticket `p` is unread when it is not closed and staff wrote after it was last read
/// (`unread_tickets`, kept as messages arrive, tickets are read and tickets close).
/// (A correlated lookup by key: `p.id IN (SELECT ...)` would copy the whole table into
/// a temporary index on every statement.)
const UNREAD_WHEN: &str = "(p.status != 'closed' AND EXISTS (SELECT 1 FROM unread_tickets u WHERE u.ticket_id = p.id))";

const PAGE_FILTERS: &str = "(?1 IS NULL OR t.status = ?1) AND (?2 IS NULL OR t.department = ?2) AND (?3 IS NULL OR t.priority = ?3)";

#[cfg(test)]
mod tests;

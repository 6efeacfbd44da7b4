//! Invoices in the account's cache: the provider's VAT table as last pulled, and the
//! invoice notifications, each raised once: a new invoice, and an invoice that became
//! overdue (by the provider's word or by its due date passing, whichever comes first).

use chrono::{DateTime, NaiveDate, Utc};
use clientarea_api::{InvoiceStatus, VatRateList};

use super::{Cache, StoreError};
use crate::billing::{AlertKind, InvoiceAlert, view};

impl Cache {
    /// The VAT table and the provider's country, as the last full pull brought them.
    pub async fn vat_rates(&self) -> Result<Option<VatRateList>, StoreError> {
        let data: Option<String> = sqlx::query_scalar("SELECT data FROM vat_rates WHERE id = 1").fetch_optional(self.pool()).await?;
        data.map(|d| serde_json::from_str(&d).map_err(|e| StoreError::Corrupt(format!("vat rates: {e}")))).transpose()
    }

    /// Whether `id` is one of the account's invoices (as last pulled).
    pub async fn has_invoice(&self, id: &str) -> Result<bool, StoreError> {
        Ok(sqlx::query_scalar::<_, i64>("SELECT 1 FROM invoices WHERE id = ?").bind(id).fetch_optional(self.pool()).await?.is_some())
    }

    /// The invoice notifications due on `today`, each claimed (written as raised) in the
    /// same transaction, so each is raised once whatever happens next. The first call
    /// for an account, after its first complete pull (`after_pull`), only sets the
    /// baseline: what the first pull brought is history. Before that, nothing is raised.
    pub async fn claim_invoice_alerts(
        &self,
        today: NaiveDate,
        now: DateTime<Utc>,
        after_pull: bool,
    ) -> Result<Vec<InvoiceAlert>, StoreError> {
        let baseline: Option<i64> = sqlx::query_scalar("SELECT id FROM invoice_alerts_baseline").fetch_optional(self.pool()).await?;
        if baseline.is_none() && !after_pull {
            return Ok(Vec::new());
        }
        // Only the invoices that may still raise something (run after every pull and
        // every minute: years of paid invoices are not read each time): those never
        // announced, and those not paid and not announced overdue.
        let rows: Vec<(String, bool, bool)> = sqlx::query_as(
            "SELECT data, has_new, has_overdue FROM (
                 SELECT i.data, i.issued_on,
                        EXISTS (SELECT 1 FROM invoice_alerts a WHERE a.invoice_id = i.id AND a.kind = 'new') AS has_new,
                        EXISTS (SELECT 1 FROM invoice_alerts a WHERE a.invoice_id = i.id AND a.kind = 'overdue') AS has_overdue,
                        json_extract(i.data, '$.status') AS status
                 FROM invoices i)
             WHERE NOT has_new OR (status != 'paid' AND NOT has_overdue)
             ORDER BY issued_on DESC",
        )
        .fetch_all(self.pool())
        .await?;
        let mut due: Vec<InvoiceAlert> = Vec::new();
        for (data, has_new, has_overdue) in rows {
            let inv: clientarea_api::Invoice = serde_json::from_str(&data).map_err(|e| StoreError::Corrupt(format!("invoice: {e}")))?;
            let v = view(&inv, today);
            let overdue = v.status == InvoiceStatus::Overdue;
            if overdue && !has_overdue {
                due.push(InvoiceAlert { kind: AlertKind::Overdue, invoice: v });
            } else if !has_new {
                due.push(InvoiceAlert { kind: AlertKind::New, invoice: v });
            }
        }
        if baseline.is_some() && due.is_empty() {
            return Ok(Vec::new());
        }
        let mut tx = self.pool().begin_with("BEGIN IMMEDIATE").await?;
        let mut claimed = Vec::new();
        for a in due {
            // An overdue invoice is no longer news as a new one either.
            let kinds: &[AlertKind] = match a.kind {
                AlertKind::Overdue => &[AlertKind::Overdue, AlertKind::New],
                AlertKind::New => &[AlertKind::New],
            };
            let mut first = false;
            for k in kinds {
                let done = sqlx::query("INSERT OR IGNORE INTO invoice_alerts (invoice_id, kind, at) VALUES (?, ?, ?)")
                    .bind(&a.invoice.invoice.id)
                    .bind(k.as_str())
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
                first |= *k == a.kind && done.rows_affected() == 1;
            }
            if first {
                claimed.push(a);
            }
        }
        let history = baseline.is_none();
        if history {
            sqlx::query("INSERT OR IGNORE INTO invoice_alerts_baseline (id, at) VALUES (1, ?)").bind(now).execute(&mut *tx).await?;
        }
        tx.commit().await?;
        Ok(if history { Vec::new() } else { claimed })
    }
}

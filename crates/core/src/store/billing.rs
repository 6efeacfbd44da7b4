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
        let invoices = self.invoices().await?;
        let raised: Vec<(String, String)> = sqlx::query_as("SELECT invoice_id, kind FROM invoice_alerts").fetch_all(self.pool()).await?;
        let has = |id: &str, kind: AlertKind| raised.iter().any(|(i, k)| i == id && k == kind.as_str());
        let mut due: Vec<InvoiceAlert> = Vec::new();
        for inv in &invoices {
            let v = view(inv, today);
            let overdue = v.status == InvoiceStatus::Overdue;
            if overdue && !has(&inv.id, AlertKind::Overdue) {
                due.push(InvoiceAlert { kind: AlertKind::Overdue, invoice: v });
            } else if !has(&inv.id, AlertKind::New) {
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

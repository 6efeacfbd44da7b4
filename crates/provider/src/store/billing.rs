//! Invoices, stored whole as the contract's JSON. An invoice is issued with the VAT its
//! customer owes that day (country and VAT number as the account has them then); only
//! its status changes afterwards.

use chrono::NaiveDate;
use clientarea_api::billing::{BillTo, Invoice, InvoiceLine, InvoiceStatus, invoice};
use sqlx::Row;

use super::{Store, next_seq};
use crate::error::{ApiError, ApiResult};

impl Store {
    pub async fn invoices(&self, customer: &str) -> ApiResult<Vec<Invoice>> {
        let rows: Vec<String> = sqlx::query_scalar("SELECT data FROM invoices WHERE customer_id = ? ORDER BY issued_on DESC")
            .bind(customer)
            .fetch_all(&self.pool)
            .await?;
        Ok(rows.iter().map(|d| serde_json::from_str(d)).collect::<Result<_, _>>()?)
    }

    pub async fn insert_invoice(&self, customer: &str, invoice: &Invoice) -> anyhow::Result<()> {
        let _w = self.write.lock().await;
        let mut tx = self.pool.begin().await?;
        let seq = next_seq(&mut tx).await?;
        sqlx::query("INSERT INTO invoices (id, customer_id, issued_on, data, seq) VALUES (?, ?, ?, ?, ?)")
            .bind(&invoice.id)
            .bind(customer)
            .bind(invoice.issued_on)
            .bind(serde_json::to_string(invoice)?)
            .bind(seq)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Bill `customer` on `today` for `lines`, due `due_in_days` later, numbered after
    /// the customer's invoices of the year.
    pub async fn issue_invoice(&self, customer: &str, lines: Vec<InvoiceLine>, today: NaiveDate, due_in_days: u32) -> ApiResult<Invoice> {
        use chrono::Datelike;
        let account = self.account(customer).await?;
        let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM invoices").fetch_one(&self.pool).await?;
        let id = uuid::Uuid::new_v4().to_string();
        let number = format!("INV-{}-{:05}", today.year(), 1_000 + count);
        let vat_number = Some(account.vat_number.as_str()).filter(|n| !n.is_empty());
        let inv = invoice(
            &clientarea_api::billing::eu_vat_rates(),
            crate::config::SELLER_COUNTRY,
            &id,
            &number,
            today,
            today + chrono::Days::new(u64::from(due_in_days)),
            InvoiceStatus::Unpaid,
            BillTo { country: &account.country, vat_number },
            lines,
        );
        self.insert_invoice(customer, &inv).await.map_err(ApiError::internal)?;
        self.announce(Some(customer), None).await;
        Ok(inv)
    }

    /// Mark an invoice paid, unpaid or overdue.
    pub async fn set_invoice_status(&self, id: &str, status: InvoiceStatus) -> ApiResult<Invoice> {
        let customer = {
            let _w = self.write.lock().await;
            let mut tx = self.pool.begin().await?;
            let row = sqlx::query("SELECT customer_id, data FROM invoices WHERE id = ?")
                .bind(id)
                .fetch_optional(&mut *tx)
                .await?
                .ok_or_else(|| ApiError::not_found("invoice"))?;
            let mut inv: Invoice = serde_json::from_str(row.get("data"))?;
            inv.status = status;
            let seq = next_seq(&mut tx).await?;
            sqlx::query("UPDATE invoices SET data = ?, seq = ? WHERE id = ?")
                .bind(serde_json::to_string(&inv)?)
                .bind(seq)
                .bind(id)
                .execute(&mut *tx)
                .await?;
            tx.commit().await?;
            row.get::<String, _>("customer_id")
        };
        self.announce(Some(&customer), None).await;
        let data: String = sqlx::query_scalar("SELECT data FROM invoices WHERE id = ?").bind(id).fetch_one(&self.pool).await?;
        Ok(serde_json::from_str(&data)?)
    }
}

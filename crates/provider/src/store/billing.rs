//! Invoices, stored whole as the contract's JSON.

use super::{Store, next_seq};
use crate::error::ApiResult;

impl Store {
    pub async fn invoices(&self, customer: &str) -> ApiResult<Vec<clientarea_api::Invoice>> {
        let rows: Vec<String> = sqlx::query_scalar("SELECT data FROM invoices WHERE customer_id = ? ORDER BY issued_on DESC")
            .bind(customer)
            .fetch_all(&self.pool)
            .await?;
        Ok(rows.iter().map(|d| serde_json::from_str(d)).collect::<Result<_, _>>()?)
    }

    pub async fn insert_invoice(&self, customer: &str, invoice: &clientarea_api::Invoice) -> anyhow::Result<()> {
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
}

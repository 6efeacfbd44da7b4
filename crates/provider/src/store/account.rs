//! Customers, their account settings, and their bearer tokens (stored as digests).

use chrono::{DateTime, Utc};
use clientarea_api::{Customer, Problem};
use sqlx::{Row, SqliteConnection};

use super::{Store, next_seq};
use crate::error::{ApiError, ApiResult};

impl Store {
    pub async fn create_customer(&self, email: &str, name: &str, password_hash: &str) -> anyhow::Result<String> {
        let id = uuid::Uuid::new_v4().to_string();
        let _w = self.write.lock().await;
        let mut tx = self.pool.begin().await?;
        let seq = next_seq(&mut tx).await?;
        sqlx::query("INSERT INTO customers (id, email, name, password_hash, seq) VALUES (?, ?, ?, ?, ?)")
            .bind(&id)
            .bind(email)
            .bind(name)
            .bind(password_hash)
            .bind(seq)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(id)
    }

    /// The customer's id and password hash.
    pub async fn credentials(&self, email: &str) -> ApiResult<Option<(String, String)>> {
        let row =
            sqlx::query("SELECT id, password_hash FROM customers WHERE email = ?").bind(email.trim()).fetch_optional(&self.pool).await?;
        Ok(row.map(|r| (r.get("id"), r.get("password_hash"))))
    }

    pub async fn customer(&self, id: &str) -> ApiResult<Customer> {
        let row = sqlx::query("SELECT id, email, name FROM customers WHERE id = ?")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or_else(|| ApiError::not_found("customer"))?;
        Ok(Customer { id: row.get("id"), email: row.get("email"), name: row.get("name") })
    }

    pub async fn account(&self, id: &str) -> ApiResult<clientarea_api::Account> {
        let mut conn = self.pool.acquire().await?;
        account(&mut conn, id).await
    }

    pub async fn update_account(&self, id: &str, update: &clientarea_api::AccountUpdate) -> ApiResult<clientarea_api::Account> {
        let current = self.account(id).await?;
        let errors = clientarea_api::account::check_account_update(update, &current.country);
        if !errors.is_empty() {
            return Err(ApiError(Problem::validation(errors)));
        }
        {
            let _w = self.write.lock().await;
            let mut tx = self.pool.begin().await?;
            let seq = next_seq(&mut tx).await?;
            if let Some(c) = &update.country {
                sqlx::query("UPDATE customers SET country = ? WHERE id = ?").bind(c).bind(id).execute(&mut *tx).await?;
            }
            if let Some(n) = &update.notification_emails {
                sqlx::query("UPDATE customers SET notify_invoices = ?, notify_support = ?, notify_abuse = ? WHERE id = ?")
                    .bind(n.invoices.trim())
                    .bind(n.support.trim())
                    .bind(n.abuse.trim())
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
            }
            if let Some(n) = &update.vat_number {
                let country = update.country.as_deref().unwrap_or(&current.country);
                // Checked above: a non-empty number has the country's format.
                let n = clientarea_api::check_vat_number(n, country).unwrap_or_default();
                sqlx::query("UPDATE customers SET vat_number = ? WHERE id = ?").bind(n).bind(id).execute(&mut *tx).await?;
            }
            sqlx::query("UPDATE customers SET seq = ? WHERE id = ?").bind(seq).bind(id).execute(&mut *tx).await?;
            tx.commit().await?;
        }
        self.announce(Some(id), None).await;
        self.account(id).await
    }

    pub async fn insert_token(&self, digest: &str, customer_id: &str, now: DateTime<Utc>) -> ApiResult<()> {
        let _w = self.write.lock().await;
        sqlx::query("INSERT INTO tokens (token_hash, customer_id, created_at, last_used_at) VALUES (?, ?, ?, ?)")
            .bind(digest)
            .bind(customer_id)
            .bind(now)
            .bind(now)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// The customer a token belongs to, and when it was last used.
    pub async fn token(&self, digest: &str) -> ApiResult<Option<(String, DateTime<Utc>)>> {
        let row = sqlx::query("SELECT customer_id, COALESCE(last_used_at, created_at) AS last_used_at FROM tokens WHERE token_hash = ?")
            .bind(digest)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.map(|r| (r.get("customer_id"), r.get("last_used_at"))))
    }

    /// Write down a use of a token (never backwards: a clock set back ages nothing).
    pub async fn touch_token(&self, digest: &str, now: DateTime<Utc>) -> ApiResult<()> {
        let _w = self.write.lock().await;
        sqlx::query("UPDATE tokens SET last_used_at = ? WHERE token_hash = ?").bind(now).bind(digest).execute(&self.pool).await?;
        Ok(())
    }

    /// Forget a token: every later request that presents it is refused.
    pub async fn delete_token(&self, digest: &str) -> ApiResult<()> {
        let _w = self.write.lock().await;
        sqlx::query("DELETE FROM tokens WHERE token_hash = ?").bind(digest).execute(&self.pool).await?;
        Ok(())
    }

    pub async fn demo_seeded(&self, email: &str) -> anyhow::Result<bool> {
        Ok(self.credentials(email).await?.is_some())
    }

    pub async fn customer_id_by_email(&self, email: &str) -> ApiResult<Option<String>> {
        Ok(self.credentials(email).await?.map(|(id, _)| id))
    }
}

pub(super) async fn account(conn: &mut SqliteConnection, id: &str) -> ApiResult<clientarea_api::Account> {
    let r = sqlx::query("SELECT * FROM customers WHERE id = ?")
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?
        .ok_or_else(|| ApiError::not_found("customer"))?;
    Ok(clientarea_api::Account {
        id: r.get("id"),
        name: r.get("name"),
        email: r.get("email"),
        country: r.get("country"),
        notification_emails: clientarea_api::NotificationEmails {
            invoices: r.get("notify_invoices"),
            support: r.get("notify_support"),
            abuse: r.get("notify_abuse"),
        },
        vat_number: r.get("vat_number"),
    })
}

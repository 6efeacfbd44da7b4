//! Benchmark support: many tickets with many messages for one customer, written straight
//! to the store in one transaction (see `crate::bulk_seed`).

use chrono::{DateTime, Utc};

use super::Store;

impl Store {
    /// See `crate::bulk_seed`.
    pub async fn bulk_seed(&self, email: &str, tickets: usize, per_ticket: usize, now: DateTime<Utc>) -> anyhow::Result<()> {
        let customer = self.customer_id_by_email(email).await?.ok_or_else(|| anyhow::anyhow!("no customer {email}"))?;
        let _w = self.write.lock().await;
        let mut tx = self.pool.begin().await?;
        let mut seq: i64 = sqlx::query_scalar("SELECT value FROM counters WHERE name = 'seq'").fetch_one(&mut *tx).await?;
        let mut number: i64 = sqlx::query_scalar("SELECT value FROM counters WHERE name = 'ticket_number'").fetch_one(&mut *tx).await?;
        let words = ["disk", "network", "invoice", "backup", "kernel", "firewall", "latency", "refund", "DNS", "SSL"];
        for i in 0..tickets {
            let id = uuid::Uuid::new_v4().to_string();
            number += 1;
            seq += 1;
            let created = now - chrono::Duration::minutes((tickets - i) as i64 * 7);
            let department = if i % 3 == 0 { "financial" } else { "technical" };
            let status = ["open", "answered", "resolved", "closed"][i % 4];
            sqlx::query(
                "INSERT INTO tickets (id, customer_id, number, subject, department, priority, status, created_at, updated_at,
                                      acknowledged_at, first_response_at, seq)
                 VALUES (?, ?, ?, ?, ?, 'regular', ?, ?, ?, ?, ?, ?)",
            )
            .bind(&id)
            .bind(&customer)
            .bind(number)
            .bind(format!("Ticket {i}: {} problem on server {}", words[i % words.len()], i % 97))
            .bind(department)
            .bind(status)
            .bind(created)
            .bind(created)
            .bind(created)
            .bind(created + chrono::Duration::minutes(5))
            .bind(seq)
            .execute(&mut *tx)
            .await?;
            for j in 0..per_ticket {
                seq += 1;
                let author = if j % 2 == 0 { "customer" } else { "staff" };
                sqlx::query(
                    "INSERT INTO messages (id, ticket_id, customer_id, author, author_name, body, created_at, seq)
                     VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                )
                .bind(uuid::Uuid::new_v4().to_string())
                .bind(&id)
                .bind(&customer)
                .bind(author)
                .bind((author == "staff").then_some("Support Engineers"))
                .bind(format!(
                    "Message {j} on ticket {i}. The {} check shows {} errors since the last change; logs attached below.",
                    words[(i + j) % words.len()],
                    (i * 7 + j) % 50
                ))
                .bind(created + chrono::Duration::minutes(j as i64 * 11))
                .bind(seq)
                .execute(&mut *tx)
                .await?;
            }
            seq += 1;
            sqlx::query("INSERT INTO events (id, ticket_id, customer_id, at, data, seq) VALUES (?, ?, ?, ?, ?, ?)")
                .bind(uuid::Uuid::new_v4().to_string())
                .bind(&id)
                .bind(&customer)
                .bind(created)
                .bind(r#"{"kind":"acknowledged"}"#)
                .bind(seq)
                .execute(&mut *tx)
                .await?;
        }
        sqlx::query("UPDATE counters SET value = ? WHERE name = 'seq'").bind(seq).execute(&mut *tx).await?;
        sqlx::query("UPDATE counters SET value = ? WHERE name = 'ticket_number'").bind(number).execute(&mut *tx).await?;
        tx.commit().await?;
        Ok(())
    }
}

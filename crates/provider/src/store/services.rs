//! Departments (seeded once per store) and the services a customer has.

use clientarea_api::{Department, DepartmentId, Service};
use sqlx::Row;

use super::{Store, corrupt, next_seq};
use crate::error::ApiResult;

impl Store {
    pub(super) async fn seed_departments(&self) -> anyhow::Result<()> {
        let _w = self.write.lock().await;
        let mut tx = self.pool.begin().await?;
        for (id, name) in [(DepartmentId::Technical, "Technical Issues"), (DepartmentId::Financial, "Financial Issues")] {
            let exists: Option<String> =
                sqlx::query_scalar("SELECT id FROM departments WHERE id = ?").bind(id.as_str()).fetch_optional(&mut *tx).await?;
            if exists.is_none() {
                let seq = next_seq(&mut tx).await?;
                sqlx::query("INSERT INTO departments (id, name, seq) VALUES (?, ?, ?)")
                    .bind(id.as_str())
                    .bind(name)
                    .bind(seq)
                    .execute(&mut *tx)
                    .await?;
            }
        }
        tx.commit().await?;
        Ok(())
    }

    pub async fn departments(&self) -> ApiResult<Vec<Department>> {
        let rows = sqlx::query("SELECT id, name FROM departments ORDER BY id DESC").fetch_all(&self.pool).await?;
        rows.iter().map(department_from_row).collect()
    }

    pub async fn services(&self, customer: &str) -> ApiResult<Vec<Service>> {
        let rows = sqlx::query("SELECT * FROM services WHERE customer_id = ? ORDER BY name").bind(customer).fetch_all(&self.pool).await?;
        rows.iter().map(service_from_row).collect()
    }

    pub async fn insert_service(&self, customer: &str, s: &Service) -> anyhow::Result<()> {
        let _w = self.write.lock().await;
        let mut tx = self.pool.begin().await?;
        let seq = next_seq(&mut tx).await?;
        sqlx::query(
            "INSERT INTO services (id, customer_id, name, kind, ip_addresses, order_number, datacenter,
                                   datacenter_timezone, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(&s.id)
        .bind(customer)
        .bind(&s.name)
        .bind(&s.kind)
        .bind(serde_json::to_string(&s.ip_addresses)?)
        .bind(&s.order_number)
        .bind(&s.datacenter)
        .bind(&s.datacenter_timezone)
        .bind(seq)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }
}

pub(super) fn department_from_row(r: &sqlx::sqlite::SqliteRow) -> ApiResult<Department> {
    let id: String = r.get("id");
    Ok(Department { id: DepartmentId::parse(&id).ok_or_else(|| corrupt("department"))?, name: r.get("name") })
}

pub(super) fn service_from_row(r: &sqlx::sqlite::SqliteRow) -> ApiResult<Service> {
    let ips: String = r.get("ip_addresses");
    Ok(Service {
        id: r.get("id"),
        name: r.get("name"),
        kind: r.get("kind"),
        ip_addresses: serde_json::from_str(&ips)?,
        order_number: r.get("order_number"),
        datacenter: r.get("datacenter"),
        datacenter_timezone: r.get("datacenter_timezone"),
    })
}

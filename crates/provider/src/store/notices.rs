//! Notices: maintenance, outages and abuse reports, for one customer or for all; published
//! and resolved by the admin API and the demo seed. A notice's translations are kept with
//! it (a JSON array, as its services are): they are published and pulled together.

use chrono::{DateTime, Utc};
use sqlx::Row;

use super::{Store, corrupt, next_seq};
use crate::error::{ApiError, ApiResult};

impl Store {
    pub async fn publish_notice(
        &self,
        customer: Option<&str>,
        new: &clientarea_api::NewNotice,
        now: DateTime<Utc>,
    ) -> ApiResult<clientarea_api::Notice> {
        let notice = clientarea_api::Notice {
            id: uuid::Uuid::new_v4().to_string(),
            kind: new.kind,
            title: new.title.trim().to_owned(),
            body: new.body.clone(),
            default_lang: new.default_lang.clone(),
            translations: new
                .translations
                .iter()
                .map(|t| clientarea_api::NoticeText { title: t.title.trim().to_owned(), ..t.clone() })
                .collect(),
            service_ids: new.service_ids.clone(),
            starts_at: new.starts_at,
            ends_at: new.ends_at,
            resolved_at: None,
            respond_by: new.respond_by,
            published_at: now,
            updated_at: now,
        };
        {
            let _w = self.write.lock().await;
            let mut tx = self.pool.begin().await?;
            let seq = next_seq(&mut tx).await?;
            sqlx::query(
                "INSERT INTO notices (id, customer_id, kind, title, body, default_lang, translations, service_ids, starts_at,
                                      ends_at, resolved_at, respond_by, published_at, updated_at, seq)
                 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)",
            )
            .bind(&notice.id)
            .bind(customer)
            .bind(notice.kind.as_str())
            .bind(&notice.title)
            .bind(&notice.body)
            .bind(&notice.default_lang)
            .bind(serde_json::to_string(&notice.translations)?)
            .bind(serde_json::to_string(&notice.service_ids)?)
            .bind(notice.starts_at)
            .bind(notice.ends_at)
            .bind(notice.respond_by)
            .bind(now)
            .bind(now)
            .bind(seq)
            .execute(&mut *tx)
            .await?;
            tx.commit().await?;
        }
        self.announce(customer, Some((notice.id.clone(), notice.kind))).await;
        Ok(notice)
    }

    pub async fn resolve_notice(&self, id: &str, now: DateTime<Utc>) -> ApiResult<clientarea_api::Notice> {
        let customer: Option<String> = {
            let _w = self.write.lock().await;
            let mut tx = self.pool.begin().await?;
            let row = sqlx::query("SELECT customer_id FROM notices WHERE id = ?")
                .bind(id)
                .fetch_optional(&mut *tx)
                .await?
                .ok_or_else(|| ApiError::not_found("notice"))?;
            let seq = next_seq(&mut tx).await?;
            sqlx::query("UPDATE notices SET resolved_at = COALESCE(resolved_at, ?), updated_at = ?, seq = ? WHERE id = ?")
                .bind(now)
                .bind(now)
                .bind(seq)
                .bind(id)
                .execute(&mut *tx)
                .await?;
            tx.commit().await?;
            row.get("customer_id")
        };
        self.announce(customer.as_deref(), None).await;
        let row = sqlx::query("SELECT * FROM notices WHERE id = ?").bind(id).fetch_one(&self.pool).await?;
        notice_from_row(&row)
    }
}

pub(super) fn notice_from_row(r: &sqlx::sqlite::SqliteRow) -> ApiResult<clientarea_api::Notice> {
    let kind: String = r.get("kind");
    let services: String = r.get("service_ids");
    let translations: String = r.get("translations");
    Ok(clientarea_api::Notice {
        id: r.get("id"),
        kind: clientarea_api::NoticeKind::parse(&kind).ok_or_else(|| corrupt("notice kind"))?,
        title: r.get("title"),
        body: r.get("body"),
        default_lang: r.get("default_lang"),
        translations: serde_json::from_str(&translations)?,
        service_ids: serde_json::from_str(&services)?,
        starts_at: r.get("starts_at"),
        ends_at: r.get("ends_at"),
        resolved_at: r.get("resolved_at"),
        respond_by: r.get("respond_by"),
        published_at: r.get("published_at"),
        updated_at: r.get("updated_at"),
    })
}

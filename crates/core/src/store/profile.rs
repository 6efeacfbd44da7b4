//! The profile: the accounts this desktop knows and the app's settings.

use std::path::Path;

use chrono::{DateTime, Utc};
use sqlx::{Row, SqlitePool};

use super::{StoreError, open_pool};

#[derive(Clone)]
pub struct Profile {
    pool: SqlitePool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountRecord {
    pub id: String,
    pub provider_url: String,
    pub email: String,
    pub name: String,
    pub is_demo: bool,
}

impl Profile {
    pub async fn open(path: &Path) -> Result<Self, StoreError> {
        let pool = open_pool(path).await?;
        sqlx::migrate!("./migrations/profile").run(&pool).await?;
        Ok(Self { pool })
    }

    pub async fn upsert_account(&self, a: &AccountRecord, now: DateTime<Utc>) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO accounts (id, provider_url, email, name, is_demo, last_used_at) VALUES (?, ?, ?, ?, ?, ?)
             ON CONFLICT (id) DO UPDATE SET provider_url = excluded.provider_url, email = excluded.email,
                 name = excluded.name, is_demo = excluded.is_demo, last_used_at = excluded.last_used_at",
        )
        .bind(&a.id)
        .bind(&a.provider_url)
        .bind(&a.email)
        .bind(&a.name)
        .bind(a.is_demo)
        .bind(now)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// The account used most recently, to reopen at start.
    pub async fn last_account(&self) -> Result<Option<AccountRecord>, StoreError> {
        let row = sqlx::query("SELECT * FROM accounts ORDER BY last_used_at DESC LIMIT 1").fetch_optional(&self.pool).await?;
        Ok(row.map(record))
    }

    /// The accounts signed in (with their token in the keyring) when the app last ran,
    /// the one used last first: each reopens at start.
    pub async fn signed_in_accounts(&self) -> Result<Vec<AccountRecord>, StoreError> {
        let rows = sqlx::query("SELECT * FROM accounts WHERE signed_in = 1 ORDER BY last_used_at DESC").fetch_all(&self.pool).await?;
        Ok(rows.into_iter().map(record).collect())
    }

    pub async fn set_signed_in(&self, id: &str, signed_in: bool) -> Result<(), StoreError> {
        sqlx::query("UPDATE accounts SET signed_in = ? WHERE id = ?").bind(signed_in).bind(id).execute(&self.pool).await?;
        Ok(())
    }

    /// The account came on screen: it is the one reopened first at the next start.
    pub async fn touch_account(&self, id: &str, now: DateTime<Utc>) -> Result<(), StoreError> {
        sqlx::query("UPDATE accounts SET last_used_at = ? WHERE id = ?").bind(now).bind(id).execute(&self.pool).await?;
        Ok(())
    }

    /// Forget an account (its cache was removed): it is no longer offered at start.
    pub async fn remove_account(&self, id: &str) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM accounts WHERE id = ?").bind(id).execute(&self.pool).await?;
        Ok(())
    }

    pub async fn setting(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(sqlx::query_scalar("SELECT value FROM settings WHERE key = ?").bind(key).fetch_optional(&self.pool).await?)
    }

    pub async fn set_setting(&self, key: &str, value: Option<&str>) -> Result<(), StoreError> {
        match value {
            Some(v) => {
                sqlx::query("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")
                    .bind(key)
                    .bind(v)
                    .execute(&self.pool)
                    .await?
            }
            None => sqlx::query("DELETE FROM settings WHERE key = ?").bind(key).execute(&self.pool).await?,
        };
        Ok(())
    }
}

fn record(r: sqlx::sqlite::SqliteRow) -> AccountRecord {
    AccountRecord {
        id: r.get("id"),
        provider_url: r.get("provider_url"),
        email: r.get("email"),
        name: r.get("name"),
        is_demo: r.get("is_demo"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn settings_and_accounts_persist_in_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("profile.sqlite");
        let p = Profile::open(&path).await.unwrap();
        assert_eq!(p.setting("language").await.unwrap(), None);
        p.set_setting("language", Some("it")).await.unwrap();
        let old = AccountRecord {
            id: "a1".into(),
            provider_url: "https://p.example/".into(),
            email: "x@example.com".into(),
            name: String::new(),
            is_demo: false,
        };
        let new = AccountRecord { id: "a2".into(), ..old.clone() };
        let t = Utc::now();
        p.upsert_account(&old, t).await.unwrap();
        p.upsert_account(&new, t + chrono::Duration::seconds(1)).await.unwrap();
        drop(p);
        let p = Profile::open(&path).await.unwrap();
        assert_eq!(p.setting("language").await.unwrap().as_deref(), Some("it"));
        assert_eq!(p.last_account().await.unwrap().unwrap().id, "a2");
        p.set_setting("language", None).await.unwrap();
        assert_eq!(p.setting("language").await.unwrap(), None);
    }
}

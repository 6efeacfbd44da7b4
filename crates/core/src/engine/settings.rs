//! What the customer sets: the language, the notifications and how much is logged (kept in the profile,
//! for every account), and the account's notification e-mail addresses (the provider's;
//! a change waits in the outbox, see `outbox.rs`).

use clientarea_api::{Account, NotificationEmails};

use super::Engine;
use crate::LogLevel;
use crate::notices::NotifyPrefs;
use crate::store::{OutboxRequest, StoreError};
use crate::{Error, Result};

impl Engine {
    /// The language the user chose, if any (otherwise the OS language applies).
    pub async fn language(&self) -> Result<Option<String>> {
        Ok(self.inner.profile.setting("language").await?)
    }

    pub async fn set_language(&self, language: Option<&str>) -> Result<()> {
        Ok(self.inner.profile.set_setting("language", language).await?)
    }

    /// A setting of the shell's own (kept with the language, for every account).
    pub async fn setting(&self, key: &str) -> Result<Option<String>> {
        Ok(self.inner.profile.setting(&format!("shell.{key}")).await?)
    }

    pub async fn set_setting(&self, key: &str, value: Option<&str>) -> Result<()> {
        Ok(self.inner.profile.set_setting(&format!("shell.{key}"), value).await?)
    }

    /// How much the app logs (kept with the language, for every account).
    pub async fn log_level(&self) -> Result<LogLevel> {
        Ok(LogLevel::from_stored(self.inner.profile.setting("log_level").await?.as_deref()))
    }

    pub async fn set_log_level(&self, level: LogLevel) -> Result<()> {
        Ok(self.inner.profile.set_setting("log_level", Some(level.as_str())).await?)
    }

    /// Which notices pop up, and the quiet hours (kept with the language, for every account).
    pub async fn notify_prefs(&self) -> Result<NotifyPrefs> {
        let saved = self.inner.profile.setting("notify").await?;
        Ok(saved.and_then(|s| serde_json::from_str(&s).ok()).unwrap_or_default())
    }

    pub async fn set_notify_prefs(&self, prefs: &NotifyPrefs) -> Result<()> {
        let errors = prefs.check();
        if !errors.is_empty() {
            return Err(Error::Validation(errors));
        }
        let json = serde_json::to_string(prefs).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        Ok(self.inner.profile.set_setting("notify", Some(&json)).await?)
    }

    /// The account as last pulled, and the notification addresses waiting to be sent, if
    /// any (what the settings form shows: the change the customer made, even offline).
    pub async fn account(&self) -> Result<(Option<Account>, Option<NotificationEmails>)> {
        let active = self.active().await?;
        let pending = active.cache.outbox().await?.into_iter().rev().find_map(|i| match i.request {
            OutboxRequest::Account { update } => update.notification_emails,
            _ => None,
        });
        Ok((active.cache.account().await?, pending))
    }
}

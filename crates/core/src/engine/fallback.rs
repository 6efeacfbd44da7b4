//! When the client area cannot be reached: what the customer needs to write to support
//! by e-mail instead (the provider's address and promise from the contract, the
//! registered address the e-mail must come from, the services to name), and the
//! diagnostics bundle to attach: the app's own view of the provider (the connection, the
//! sends waiting), with no token and no message text in it.

use chrono::{DateTime, Utc};
use clientarea_api::Service;
use serde::Serialize;

use super::Engine;
use crate::Result;

/// What the e-mail fallback needs.
#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct EmailFallback {
    /// The provider's support address (none until the first pull brought it).
    pub support_address: Option<String>,
    pub reply_from_minutes: Option<u32>,
    pub reply_to_minutes: Option<u32>,
    /// The address registered with the account: account matters must come from it.
    pub registered_email: String,
    pub services: Vec<Service>,
    /// How long the provider must have been out of reach before e-mail is offered.
    #[ts(type = "number")]
    pub offer_after_secs: u64,
}

/// One send waiting, as the bundle shows it: what and where it stands, never its words.
#[derive(Debug, Clone, Serialize)]
struct WaitingSend {
    kind: &'static str,
    state: String,
    attempts: i64,
    error_code: Option<String>,
    written_at: DateTime<Utc>,
}

impl Engine {
    pub async fn email_fallback(&self) -> Result<EmailFallback> {
        let active = self.active().await?;
        let email = active.cache.support().await?.and_then(|s| s.email);
        let registered = active.cache.account().await?.map(|a| a.email).unwrap_or_else(|| active.account.email.clone());
        Ok(EmailFallback {
            support_address: email.as_ref().map(|e| e.address.clone()),
            reply_from_minutes: email.as_ref().map(|e| e.reply_from_minutes),
            reply_to_minutes: email.as_ref().map(|e| e.reply_to_minutes),
            registered_email: registered,
            services: active.cache.services().await?,
            offer_after_secs: self.inner.tuning.email_fallback_after.as_secs(),
        })
    }

    /// The app's view of the provider of the account on screen, as JSON text: the app's
    /// version, the provider, the connection state with its last error and since when, and
    /// the sends waiting (kind, state, attempts, error code: no words, no token).
    /// `collector`: the diagnostics collector's report for the server the e-mail is about.
    pub async fn diagnostics_bundle(&self, app_version: &str, collector: Option<&crate::diagnostics::Report>) -> Result<String> {
        let active = self.active().await?;
        let state = self.sync_state();
        let waiting: Vec<WaitingSend> = active
            .cache
            .outbox()
            .await?
            .into_iter()
            .map(|i| WaitingSend {
                kind: i.request.to_stored().map(|(k, _, _)| k).unwrap_or("unknown"),
                state: format!("{:?}", i.state).to_lowercase(),
                attempts: i.attempts,
                error_code: i.error_code.map(|c| c.as_str().to_owned()),
                written_at: i.created_at,
            })
            .collect();
        let bundle = serde_json::json!({
            "app": { "name": "Client Area", "version": app_version },
            "generated_at": Utc::now(),
            "provider": active.account.provider_url,
            "account": active.account.email,
            "connection": {
                "state": format!("{:?}", state.state).to_lowercase(),
                "error_code": state.error_code.map(|c| c.as_str().to_owned()),
                "offline_since": state.offline_since,
                "last_synced_at": state.last_synced_at,
                "push_stream_up": state.live,
            },
            "waiting_sends": waiting,
            "server_checks": collector,
        });
        Ok(serde_json::to_string_pretty(&bundle).unwrap_or_default())
    }
}

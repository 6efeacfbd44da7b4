//! Who is signed in: sign-in with e-mail and password (the token to the OS keyring),
//! the demo account (its token in memory), resuming a known account offline, sign-out.

use std::time::Duration;

use chrono::Utc;
use serde::Serialize;
use sha2::{Digest, Sha256};

use super::{Active, Engine, EngineEvent, field_error};
use crate::provider::{ProviderClient, ProviderError, parse_provider_url};
use crate::secrets::{SecretError, SecretStore};
use crate::store::{AccountRecord, Cache};
use crate::{Error, Result};

/// How long a keyring call may take before the user is told it is not answering.
const KEYRING_DEADLINE: Duration = Duration::from_secs(10);

/// The signed-in account as the UI sees it.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Session {
    pub account_id: String,
    pub email: String,
    pub name: String,
    pub provider_url: String,
    pub is_demo: bool,
}

/// What the app opens at start: decided here from what it was started for and what the
/// profile knows; the shell carries it out (it alone can start the embedded demo provider).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StartupPlan {
    /// Someone is signed in already (the window was reloaded).
    SignedIn(Session),
    /// The demo: asked for, or the account used last.
    Demo,
    /// Reopen this account with the token the keyring keeps; if that fails, the sign-in
    /// form opens at `provider_url`.
    Resume { account: AccountRecord, provider_url: String },
    /// The sign-in form, with the provider's address when it is known.
    SignIn { provider_url: Option<String> },
}

impl Engine {
    /// What to open at start: the demo when `demo` (or when the demo was used last), the
    /// account of `provider` (the `--provider` address) or the account used last.
    pub async fn startup_plan(&self, provider: Option<&str>, demo: bool) -> Result<StartupPlan> {
        if let Some(session) = self.session().await {
            return Ok(StartupPlan::SignedIn(session));
        }
        if demo {
            return Ok(StartupPlan::Demo);
        }
        let account = match provider {
            Some(url) => self.account_for_url(url).await?,
            None => self.last_account().await?,
        };
        let provider_url = provider.map(str::to_owned).or_else(|| account.as_ref().map(|a| a.provider_url.clone()));
        Ok(match (account, provider_url) {
            (Some(a), _) if a.is_demo => StartupPlan::Demo,
            (Some(account), provider_url) => {
                let provider_url = provider_url.unwrap_or_else(|| account.provider_url.clone());
                StartupPlan::Resume { account, provider_url }
            }
            (None, provider_url) => StartupPlan::SignIn { provider_url },
        })
    }

    pub async fn session(&self) -> Option<Session> {
        self.inner.active.read().await.as_ref().map(|a| session_of(&a.account))
    }

    pub async fn last_account(&self) -> Result<Option<AccountRecord>> {
        Ok(self.inner.profile.last_account().await?)
    }

    pub async fn account_for_url(&self, url: &str) -> Result<Option<AccountRecord>> {
        let url = parse_provider_url(url)?;
        Ok(self.inner.profile.account_for(url.as_str()).await?)
    }

    /// Sign in with e-mail and password; the token goes to the keyring, never to a file.
    pub async fn sign_in(&self, provider_url: &str, email: &str, password: &str) -> Result<Session> {
        let url = parse_provider_url(provider_url)?;
        let email = email.trim();
        let mut errors = Vec::new();
        if email.is_empty() {
            errors.push(field_error("email", "required"));
        } else if !email.contains('@') {
            errors.push(field_error("email", "invalid"));
        }
        if password.is_empty() {
            errors.push(field_error("password", "required"));
        }
        if !errors.is_empty() {
            return Err(Error::Validation(errors));
        }
        let client = ProviderClient::new(url.clone())?.with_timeout(self.inner.tuning.request_timeout);
        let signed = client.sign_in(email, password).await?;
        let account = AccountRecord {
            id: account_id(url.as_str(), &signed.customer.email),
            provider_url: url.to_string(),
            email: signed.customer.email.clone(),
            name: signed.customer.name.clone(),
            is_demo: false,
        };
        let token = signed.token;
        let id = account.id.clone();
        self.secret_op(move |s| s.set(&id, &token)).await?;
        // Read it back: a keyring that accepts a secret and keeps nothing (a mock backend,
        // a misconfigured daemon) must fail now, not at the next start.
        let token = self.secret_op({
            let id = account.id.clone();
            move |s| s.get(&id)
        });
        let token = token.await?.ok_or(ProviderError::SessionExpired)?;
        self.activate(account, client.with_token(token)).await
    }

    /// Sign in to the embedded demo provider at `url`. Its token stays in memory.
    pub async fn sign_in_demo(&self, url: &str, email: &str, password: &str) -> Result<Session> {
        let url = parse_provider_url(url)?;
        let client = ProviderClient::new(url.clone())?.with_timeout(self.inner.tuning.request_timeout);
        let signed = client.sign_in(email, password).await?;
        let account = AccountRecord {
            id: "demo".into(),
            provider_url: url.to_string(),
            email: signed.customer.email,
            name: signed.customer.name,
            is_demo: true,
        };
        self.inner.demo_secrets.set(&account.id, &signed.token)?;
        self.activate(account, client.with_token(signed.token)).await
    }

    /// Reopen a known account with the token the keyring keeps. Works offline: nothing
    /// here talks to the provider.
    pub async fn resume(&self, account: AccountRecord) -> Result<Session> {
        let id = account.id.clone();
        let token = self.secret_op(move |s| s.get(&id)).await?.ok_or(ProviderError::SessionExpired)?;
        let client = ProviderClient::new(parse_provider_url(&account.provider_url)?)?
            .with_timeout(self.inner.tuning.request_timeout)
            .with_token(token);
        self.activate(account, client).await
    }

    pub async fn sign_out(&self) -> Result<()> {
        self.inner.session_generation.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        let active = self.inner.active.write().await.take();
        if let Some(a) = active {
            a.cache.close().await;
            if a.account.is_demo {
                self.inner.demo_secrets.delete(&a.account.id)?;
            } else {
                let id = a.account.id.clone();
                self.secret_op(move |s| s.delete(&id)).await?;
            }
        }
        self.emit(EngineEvent::SessionChanged);
        Ok(())
    }

    async fn activate(&self, account: AccountRecord, client: ProviderClient) -> Result<Session> {
        let cache = Cache::open(&self.inner.data_dir.join("accounts").join(&account.id).join("cache.sqlite")).await?;
        self.inner.profile.upsert_account(&account, Utc::now()).await?;
        let session = session_of(&account);
        let last = cache.last_synced_at().await?;
        let old = self.inner.active.write().await.replace(Active { account, client, cache });
        if let Some(old) = old {
            old.cache.close().await;
        }
        self.set_sync_state(super::SyncPhase::Syncing, None, last);
        self.inner.paused_for_auth.store(false, std::sync::atomic::Ordering::SeqCst);
        self.inner.session_generation.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        self.emit(EngineEvent::SessionChanged);
        self.inner.sync_kick.notify_one();
        self.inner.outbox_kick.notify_one();
        Ok(session)
    }

    async fn secret_op<T: Send + 'static>(
        &self,
        op: impl FnOnce(&dyn SecretStore) -> Result<T, SecretError> + Send + 'static,
    ) -> Result<T, SecretError> {
        let store = self.inner.secrets.clone();
        match tokio::time::timeout(KEYRING_DEADLINE, tokio::task::spawn_blocking(move || op(&*store))).await {
            Ok(Ok(r)) => r,
            Ok(Err(join)) => Err(SecretError::Unavailable(join.to_string())),
            Err(_) => Err(SecretError::Timeout),
        }
    }
}

fn session_of(a: &AccountRecord) -> Session {
    Session {
        account_id: a.id.clone(),
        email: a.email.clone(),
        name: a.name.clone(),
        provider_url: a.provider_url.clone(),
        is_demo: a.is_demo,
    }
}

/// A stable id per (provider, e-mail): the folder of the account's cache and the name
/// of its keyring entry.
fn account_id(provider_url: &str, email: &str) -> String {
    let digest = Sha256::digest(format!("{provider_url}\n{}", email.to_lowercase()).as_bytes());
    let hex: String = digest.iter().take(8).map(|b| format!("{b:02x}")).collect();
    format!("acct-{hex}")
}

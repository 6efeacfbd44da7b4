//! Who is signed in: several accounts side by side (each its own cache, token and
//! loops), one of them on screen. Sign-in with e-mail and password (the token to the OS
//! keyring, or, when there is no usable keyring and the customer agrees, kept in memory
//! for this session only), the demo account (its token in memory), reopening the accounts
//! signed in at the last exit (offline too), switching, and sign-out (the token revoked at
//! the provider, then forgotten here; the account's cache kept unless asked).

use std::time::Duration;

use chrono::Utc;
use serde::Serialize;
use sha2::{Digest, Sha256};

use super::{Active, Engine, EngineEvent, Signed, Unread, field_error};
use crate::provider::{ProviderClient, ProviderError, parse_provider_url};
use crate::secrets::{SecretError, SecretStore};
use crate::store::{AccountRecord, Cache};
use crate::{Error, Result};

/// How long a keyring call may take before the user is told it is not answering.
const KEYRING_DEADLINE: Duration = Duration::from_secs(10);

/// How long sign-out waits for the provider to revoke the token before it goes on
/// without it (the token then ends by itself when the provider's idle time runs out).
const REVOKE_DEADLINE: Duration = Duration::from_secs(5);

/// A signed-in account as the UI sees it.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Session {
    pub account_id: String,
    pub email: String,
    pub name: String,
    pub provider_url: String,
    pub is_demo: bool,
    /// The token is in the keyring and the account reopens at the next start. False for
    /// the demo and for a sign-in "for this session only".
    pub remembered: bool,
}

/// An account in the switcher, with what is unread in it.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct AccountEntry {
    pub session: Session,
    pub unread: Unread,
    /// The provider ended this account's session: it needs a new sign-in.
    pub needs_sign_in: bool,
}

/// What sign-out did.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct SignedOut {
    /// The provider confirmed the token is revoked. False when it could not be reached:
    /// the token is forgotten here and ends at the provider when unused long enough.
    pub revoked: bool,
    /// The account's cache (tickets, drafts, the outbox) was removed from this computer.
    pub forgotten: bool,
    /// The account now on screen, if another one is signed in.
    pub current: Option<Session>,
}

/// What the app opens at start: decided here from what it was started for and what the
/// profile knows; the shell carries it out (it alone can start the embedded demo provider).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StartupPlan {
    /// Someone is signed in already (the window was reloaded).
    SignedIn(Session),
    /// The demo: asked for, or the account used last. `others` are reopened beside it.
    Demo { others: Vec<AccountRecord> },
    /// Reopen these accounts (the one used last first, which comes on screen) with the
    /// tokens the keyring keeps; if the first fails, the sign-in form opens at
    /// `provider_url`.
    Resume { accounts: Vec<AccountRecord>, provider_url: String },
    /// The sign-in form, with the provider's address when it is known.
    SignIn { provider_url: Option<String> },
}

impl Engine {
    /// What to open at start: the demo when `demo` (or when the demo was used last), else
    /// the accounts signed in at the last exit, the one of `provider` (the `--provider`
    /// address) or the one used last first.
    pub async fn startup_plan(&self, provider: Option<&str>, demo: bool) -> Result<StartupPlan> {
        if let Some(session) = self.session().await {
            return Ok(StartupPlan::SignedIn(session));
        }
        // Accounts whose token is in the keyring, the one used last first.
        let mut accounts = self.inner.profile.signed_in_accounts().await?;
        accounts.retain(|a| !a.is_demo);
        let last = self.last_account().await?;
        if demo || (provider.is_none() && last.as_ref().is_some_and(|a| a.is_demo)) {
            return Ok(StartupPlan::Demo { others: accounts });
        }
        // The account of `--provider`, if it is one of those signed in; otherwise its
        // sign-in form (an account signed out there is not reopened).
        let first = match provider {
            Some(url) => {
                let url = parse_provider_url(url)?;
                accounts.iter().find(|a| a.provider_url == url.as_str()).cloned()
            }
            None => accounts.first().cloned(),
        };
        if let Some(first) = first {
            accounts.retain(|a| a.id != first.id);
            let provider_url = provider.map_or_else(|| first.provider_url.clone(), str::to_owned);
            accounts.insert(0, first);
            return Ok(StartupPlan::Resume { accounts, provider_url });
        }
        let provider_url = provider.map(str::to_owned).or_else(|| last.filter(|a| !a.is_demo).map(|a| a.provider_url));
        Ok(StartupPlan::SignIn { provider_url })
    }

    /// The account on screen.
    pub async fn session(&self) -> Option<Session> {
        self.active().await.ok().map(|a| session_of(&a))
    }

    /// Every signed-in account, in the order they were signed in, with what is unread.
    pub async fn accounts(&self) -> Result<Vec<AccountEntry>> {
        let mut out = Vec::new();
        for a in self.all_signed() {
            out.push(AccountEntry { session: session_of(&a), unread: unread_of(&a).await?, needs_sign_in: a.is_paused_for_auth() });
        }
        Ok(out)
    }

    /// Put the signed-in account `id` on screen. Nothing is reloaded: its cache, drafts
    /// and outbox were kept, and its loops kept running.
    pub async fn switch_account(&self, id: &str) -> Result<Session> {
        let account = self.signed(id).ok_or(Error::NotSignedIn)?;
        *self.inner.current.write().unwrap_or_else(|e| e.into_inner()) = Some(id.to_owned());
        self.inner.profile.touch_account(id, Utc::now()).await?;
        self.emit(EngineEvent::SessionChanged);
        self.announce_sync_state(&account);
        Ok(session_of(&account))
    }

    pub async fn last_account(&self) -> Result<Option<AccountRecord>> {
        Ok(self.inner.profile.last_account().await?)
    }

    /// Sign in with e-mail and password; the token goes to the keyring, never to a file.
    /// The account comes on screen; those signed in before stay signed in.
    pub async fn sign_in(&self, provider_url: &str, email: &str, password: &str) -> Result<Session> {
        self.sign_in_with(provider_url, email, password, true).await
    }

    /// Sign in for this session only: the token stays in memory and is gone at exit. For
    /// a desktop with no usable keyring (none installed, locked, no session bus), when
    /// the customer chooses it. Never a plaintext file.
    pub async fn sign_in_for_session(&self, provider_url: &str, email: &str, password: &str) -> Result<Session> {
        self.sign_in_with(provider_url, email, password, false).await
    }

    async fn sign_in_with(&self, provider_url: &str, email: &str, password: &str, remember: bool) -> Result<Session> {
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
        if !remember {
            // A keyring entry left from an earlier sign-in would reopen the account at
            // the next start: "for this session only" means it does not.
            let id = account.id.clone();
            if let Err(e) = self.secret_op(move |s| s.delete(&id)).await {
                tracing::debug!(error = %e, "no keyring entry removed for a session-only sign-in");
            }
            self.inner.session_secrets.set(&account.id, &token)?;
            return self.activate(account, client.with_token(token), false).await;
        }
        let stored = self.store_token(&account.id, &token).await;
        match stored {
            Ok(token) => self.activate(account, client.with_token(token), true).await,
            Err(e) => {
                // The provider made a token the keyring could not keep: end it there too,
                // or it would live on unused.
                let client = client.with_token(token).with_timeout(REVOKE_DEADLINE);
                if let Err(revoke) = client.revoke_session().await {
                    tracing::info!(code = %revoke.code(), "a token the keyring refused could not be revoked");
                }
                Err(e)
            }
        }
    }

    /// Keep `token` in the keyring and read it back: a keyring that accepts a secret and
    /// keeps nothing (a mock backend, a misconfigured daemon) must fail now, not at the
    /// next start.
    async fn store_token(&self, id: &str, token: &str) -> Result<String> {
        let (id, token) = (id.to_owned(), token.to_owned());
        let key = id.clone();
        self.secret_op(move |s| s.set(&key, &token)).await?;
        Ok(self.secret_op(move |s| s.get(&id)).await?.ok_or(ProviderError::SessionExpired)?)
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
        self.inner.session_secrets.set(&account.id, &signed.token)?;
        self.activate(account, client.with_token(signed.token), false).await
    }

    /// Reopen a known account with the token the keyring keeps, on screen. Works offline:
    /// nothing here talks to the provider.
    pub async fn resume(&self, account: AccountRecord) -> Result<Session> {
        let id = account.id.clone();
        let token = self.secret_op(move |s| s.get(&id)).await?.ok_or(ProviderError::SessionExpired)?;
        let client = ProviderClient::new(parse_provider_url(&account.provider_url)?)?
            .with_timeout(self.inner.tuning.request_timeout)
            .with_token(token);
        self.activate(account, client, true).await
    }

    /// Reopen the accounts signed in at the last exit; the first that opens comes on
    /// screen. The errors are those of the accounts that did not open (their drafts and
    /// outbox wait in their caches for the next sign-in).
    pub async fn resume_all(&self, accounts: Vec<AccountRecord>) -> (Option<Session>, Vec<(AccountRecord, Error)>) {
        let mut first: Option<Session> = None;
        let mut failed = Vec::new();
        for account in accounts {
            match self.resume(account.clone()).await {
                Ok(s) => {
                    first.get_or_insert(s);
                }
                Err(e) => {
                    tracing::warn!(account = %account.id, code = %e.code(), "an account could not be reopened");
                    failed.push((account, e));
                }
            }
        }
        if let Some(s) = &first
            && let Err(e) = self.switch_account(&s.account_id).await
        {
            tracing::warn!(code = %e.code(), "the first account reopened could not come on screen");
        }
        (first, failed)
    }

    /// Sign the account on screen out (see [`Engine::sign_out_account`]), keeping its cache.
    pub async fn sign_out(&self) -> Result<()> {
        let Ok(active) = self.active().await else { return Ok(()) };
        self.sign_out_account(&active.account.id, false).await.map(|_| ())
    }

    /// Sign account `id` out: its loops stop, the provider is asked to revoke its token
    /// (briefly: offline, the token is forgotten here all the same), the token leaves the
    /// keyring, and with `forget` its cache (tickets, drafts and anything still waiting in
    /// its outbox) leaves this computer. Another signed-in account comes on screen.
    pub async fn sign_out_account(&self, id: &str, forget: bool) -> Result<SignedOut> {
        let removed = {
            let mut accounts = self.inner.accounts.write().unwrap_or_else(|e| e.into_inner());
            let at = accounts.iter().position(|a| a.account.id == id);
            at.map(|i| accounts.remove(i))
        };
        let mut revoked = false;
        if let Some(a) = &removed {
            a.stop.cancel();
            revoked = match tokio::time::timeout(REVOKE_DEADLINE, a.client.revoke_session()).await {
                Ok(Ok(())) => true,
                Ok(Err(e)) => {
                    tracing::info!(code = %e.code(), "the provider did not revoke the token");
                    false
                }
                Err(_) => {
                    tracing::info!("the provider did not answer the revocation in time");
                    false
                }
            };
            // Waits for a pull or a send under way, so nothing is left half written.
            let _pull = a.sync_lock.lock().await;
            a.cache.close().await;
        }
        self.inner.session_secrets.delete(id)?;
        let is_demo = removed.as_ref().is_some_and(|a| a.account.is_demo);
        if !is_demo {
            let key = id.to_owned();
            self.secret_op(move |s| s.delete(&key)).await?;
        }
        self.inner.profile.set_signed_in(id, false).await?;
        let mut forgotten = false;
        if forget {
            let dir = self.account_dir(id);
            match tokio::fs::remove_dir_all(&dir).await {
                Ok(()) => forgotten = true,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => forgotten = true,
                Err(e) => return Err(crate::store::StoreError::Io(e).into()),
            }
            self.inner.profile.remove_account(id).await?;
        }
        // Another account comes on screen when the one shown left.
        let was_current = self.is_current(id);
        let next = if was_current { self.all_signed().last().map(|a| a.account.id.clone()) } else { None };
        if was_current {
            *self.inner.current.write().unwrap_or_else(|e| e.into_inner()) = next.clone();
        }
        let current = match next {
            Some(next) => Some(self.switch_account(&next).await?),
            None => {
                if was_current {
                    self.emit(EngineEvent::Sync(self.sync_state()));
                }
                self.session().await
            }
        };
        self.emit(EngineEvent::SessionChanged);
        self.emit(EngineEvent::UnreadChanged);
        Ok(SignedOut { revoked, forgotten, current })
    }

    fn account_dir(&self, id: &str) -> std::path::PathBuf {
        self.inner.data_dir.join("accounts").join(id)
    }

    /// Make `account` a signed-in account and put it on screen. Signing in again to one
    /// already signed in (its session ended) replaces it, cache and outbox kept.
    async fn activate(&self, account: AccountRecord, client: ProviderClient, remembered: bool) -> Result<Session> {
        let old = {
            let mut accounts = self.inner.accounts.write().unwrap_or_else(|e| e.into_inner());
            let at = accounts.iter().position(|a| a.account.id == account.id);
            at.map(|i| accounts.remove(i))
        };
        if let Some(old) = old {
            old.stop.cancel();
            let _pull = old.sync_lock.lock().await;
            old.cache.close().await;
        }
        let cache = Cache::open(&self.account_dir(&account.id).join("cache.sqlite")).await?;
        self.inner.profile.upsert_account(&account, Utc::now()).await?;
        // Reopened at the next start only when its token is in the keyring.
        self.inner.profile.set_signed_in(&account.id, remembered).await?;
        let last = cache.last_synced_at().await?;
        let signed: Active = std::sync::Arc::new(Signed::new(account, client, cache, remembered, self.inner.stop.child_token()));
        let session = session_of(&signed);
        self.inner.accounts.write().unwrap_or_else(|e| e.into_inner()).push(signed.clone());
        *self.inner.current.write().unwrap_or_else(|e| e.into_inner()) = Some(signed.account.id.clone());
        self.set_sync_state(&signed, super::SyncPhase::Syncing, None, last);
        self.emit(EngineEvent::SessionChanged);
        self.spawn_account_loops(&signed);
        signed.sync_kick.notify_one();
        signed.outbox_kick.notify_one();
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

fn session_of(s: &Signed) -> Session {
    let a = &s.account;
    Session {
        account_id: a.id.clone(),
        email: a.email.clone(),
        name: a.name.clone(),
        provider_url: a.provider_url.clone(),
        is_demo: a.is_demo,
        remembered: s.remembered,
    }
}

/// What is unread in one account.
pub(super) async fn unread_of(a: &Signed) -> Result<Unread> {
    let now = Utc::now();
    let notices = a.cache.unseen_notices().await?.iter().filter(|n| !crate::notices::is_over(n, now)).count();
    Ok(Unread { tickets: a.cache.unread_tickets().await?, notices: u32::try_from(notices).unwrap_or(u32::MAX) })
}

/// A stable id per (provider, e-mail): the folder of the account's cache and the name
/// of its keyring entry.
fn account_id(provider_url: &str, email: &str) -> String {
    let digest = Sha256::digest(format!("{provider_url}\n{}", email.to_lowercase()).as_bytes());
    let hex: String = digest.iter().take(8).map(|b| format!("{b:02x}")).collect();
    format!("acct-{hex}")
}

//! The server's shared state, built in one place: `AppState::open` opens the store, seeds
//! the demo customer when asked, starts the desk and settles what is already due, and
//! sets up the rate limiter, the sign-in lockouts, the fault dice and the admin token. Handlers and middleware
//! read it; it imports none of them.

use std::sync::Arc;

use crate::auth::PasswordCheck;
use crate::clock::Clock;
use crate::config::Config;
use crate::desk::Desk;
use crate::faults::FaultDice;
use crate::limits::{Limiter, Lockouts};
use crate::store::Store;

#[derive(Clone)]
pub struct AppState {
    pub store: Arc<Store>,
    pub clock: Arc<Clock>,
    pub faults: Arc<FaultDice>,
    pub desk: Arc<Desk>,
    pub limiter: Arc<Limiter>,
    /// Failed sign-ins per e-mail address, and the lockouts they earn.
    pub lockouts: Arc<Lockouts>,
    pub passwords: Arc<PasswordCheck>,
    /// Turns true when the server stops: open push streams end, so shutdown completes.
    pub stopping: tokio::sync::watch::Receiver<bool>,
    /// The admin API answers only when this is set, and only to this bearer token.
    pub admin_token: Option<Arc<str>>,
    /// A token unused for this long is refused (`Config::token_idle_ttl`).
    pub token_idle_ttl: chrono::Duration,
}

impl AppState {
    pub async fn open(config: &Config, stopping: tokio::sync::watch::Receiver<bool>) -> anyhow::Result<Self> {
        let store = Arc::new(Store::open(config.data_dir.as_deref()).await?);
        let clock = Arc::new(Clock::default());
        if config.demo {
            crate::demo::seed(&store, clock.now()).await?;
        }
        let desk = Arc::new(Desk::new(
            store.clone(),
            chrono::Duration::from_std(config.chat_answer_after).unwrap_or(chrono::Duration::seconds(5)),
        ));
        // Settle what is already due before the first request is answered.
        desk.tick(clock.now()).await?;
        Ok(AppState {
            store,
            clock,
            desk,
            limiter: Arc::new(Limiter::new(config.rate_limit, config.sign_in_limit)),
            lockouts: Arc::new(Lockouts::default()),
            passwords: Arc::new(PasswordCheck::default()),
            stopping,
            faults: Arc::new(FaultDice::default()),
            admin_token: config.admin_token.as_deref().map(Arc::from),
            token_idle_ttl: chrono::Duration::from_std(config.token_idle_ttl).unwrap_or(chrono::Duration::MAX),
        })
    }
}

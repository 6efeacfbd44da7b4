//! The state every command shares: the core engine, the Rust-side localizer, the
//! embedded demo provider when it runs, and the options the app was started with.

use std::path::PathBuf;
use std::sync::Arc;

use clientarea_core::{Engine, EngineConfig, KeyringSecrets};
use clientarea_l10n::Localizer;
use tokio::sync::Mutex;

pub struct Options {
    pub provider: Option<String>,
    pub demo: bool,
    pub data_dir: PathBuf,
}

pub struct AppState {
    pub engine: Engine,
    /// The engine's background loops (sync, push, outbox, ticker): they end with it.
    /// Started after the window's first paint (`startup::after_first_paint`).
    pub background: std::sync::Mutex<Option<clientarea_core::Background>>,
    pub l10n: Localizer,
    pub options: Options,
    /// The in-process reference provider of the demo; dropping it stops the server.
    pub demo: Mutex<Option<clientarea_provider::Running>>,
    /// The locale the UI shows now (the user's choice or the OS's), for Rust-side text.
    pub locale: std::sync::RwLock<&'static str>,
    /// Whether the desktop shows notifications (the last Notify call's outcome).
    pub notifier: std::sync::Mutex<crate::notifier::NotifierState>,
    /// Files the app saved to Downloads this run and found safe to open: the only local
    /// files it will open.
    pub saved: std::sync::Mutex<std::collections::HashSet<std::path::PathBuf>>,
    /// Every file the app saved to Downloads this run: the only ones it shows in their folder.
    pub downloaded: std::sync::Mutex<std::collections::HashSet<std::path::PathBuf>>,
    /// Stops the diagnostics run under way, if one is.
    pub diagnostics: std::sync::Mutex<Option<tokio::sync::watch::Sender<bool>>>,
}

impl AppState {
    pub async fn open(options: Options) -> anyhow::Result<Self> {
        let secrets = Arc::new(KeyringSecrets::new("clientarea"));
        // `CLIENTAREA_FALLBACK_AFTER_SECS`: how long the provider must be out of reach before
        // e-mail is offered (two minutes; a test shortens it).
        let mut tuning = clientarea_core::Tuning::default();
        if let Some(secs) = std::env::var("CLIENTAREA_FALLBACK_AFTER_SECS").ok().and_then(|v| v.parse::<u64>().ok()) {
            tuning.email_fallback_after = std::time::Duration::from_secs(secs);
        }
        let engine = Engine::open(EngineConfig { data_dir: options.data_dir.clone(), secrets, tuning }).await?;
        let locale = match engine.language().await? {
            Some(l) => clientarea_l10n::negotiate(&[l]),
            None => clientarea_l10n::os_locale(),
        };
        // The loops start after the first paint; kept so they end with the app.
        let background = std::sync::Mutex::new(None);
        Ok(Self {
            engine,
            background,
            l10n: Localizer::new(),
            options,
            demo: Mutex::new(None),
            diagnostics: std::sync::Mutex::new(None),
            notifier: Default::default(),
            saved: Default::default(),
            downloaded: Default::default(),
            locale: std::sync::RwLock::new(locale),
        })
    }

    pub fn locale(&self) -> &'static str {
        *self.locale.read().unwrap_or_else(|e| e.into_inner())
    }

    pub fn set_locale(&self, l: &'static str) {
        *self.locale.write().unwrap_or_else(|e| e.into_inner()) = l;
    }

    pub fn title(&self) -> String {
        self.l10n.format(self.locale(), "app-window-title", None)
    }

    /// Start the embedded demo provider (once) and return its address.
    pub async fn demo_url(&self) -> anyhow::Result<String> {
        let mut demo = self.demo.lock().await;
        if let Some(running) = demo.as_ref() {
            return Ok(running.url());
        }
        let config = clientarea_provider::Config {
            data_dir: Some(self.options.data_dir.join("demo-provider")),
            demo: true,
            admin_token: None,
            ..Default::default()
        };
        let running = clientarea_provider::spawn(([127, 0, 0, 1], 0).into(), config).await?;
        tracing::info!(addr = %running.addr, "demo provider started");
        let url = running.url();
        *demo = Some(running);
        Ok(url)
    }
}

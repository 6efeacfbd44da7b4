//! The desktop shell: parses the command line, opens the core engine, registers the
//! commands the UI calls and forwards the engine's events to the window. It holds no
//! rules of its own: every command is a call into `clientarea-core`.

mod autostart;
mod background;
#[cfg(test)]
mod bindings;
mod commands;
mod deeplink;
mod error;
mod events;
mod instance;
mod layout;
mod logs;
mod navigation;
mod notifications;
mod notifier;
#[cfg(test)]
mod policy;
mod startup;
mod state;
mod tray;

use std::path::PathBuf;

use clap::Parser;
use tauri::Manager;
use tauri_plugin_window_state::{AppHandleExt, StateFlags};

use crate::state::{AppState, Options};

/// Client Area: your hosting provider's support desk on the desktop.
#[derive(Parser, Debug, Default)]
#[command(version, about, ignore_errors = true)]
pub struct Args {
    /// The provider's API address, e.g. https://api.your-provider.com
    #[arg(long, env = "CLIENTAREA_PROVIDER")]
    provider: Option<String>,
    /// Where the app keeps its data (default: the system's app data folder).
    #[arg(long, env = "CLIENTAREA_DATA_DIR")]
    data_dir: Option<PathBuf>,
    /// Start the reference provider inside the app with demo data, and sign in to it
    /// (also when the environment has CLIENTAREA_DEMO=1).
    #[arg(long)]
    demo: bool,
    /// Start with the window hidden in the tray (as at login), when the app keeps
    /// running in the background.
    #[arg(long)]
    background: bool,
    /// A `clientarea://ticket/<id>` (or `notice/`, `invoice/`) link to open.
    links: Vec<String>,
}

pub fn run() {
    // Logs go to stderr (where WebKitWebDriver passes them on: the e2e driver logs), and
    // to the daily files once the data folder is known.
    startup::begin();
    let logs = logs::Logs::init();
    let mut args = Args::parse();
    args.demo |= std::env::var("CLIENTAREA_DEMO").is_ok_and(|v| matches!(v.as_str(), "1" | "true" | "yes"));
    let context = tauri::generate_context!();

    // One app per data folder: a second start hands its link to the first and ends, here,
    // before GTK, a window or a thread exist. (It ended from inside the app's setup
    // before, and a cold CI run saw that exit crash once with SIGSEGV in the libraries'
    // exit handlers.)
    let Some(data_dir) = args.data_dir.clone().or_else(|| dirs::data_dir().map(|d| d.join(&context.config().identifier))) else {
        tracing::error!("no data folder: set CLIENTAREA_DATA_DIR or XDG_DATA_HOME");
        std::process::exit(1);
    };
    let raw: Vec<String> = std::env::args().skip(1).collect();
    let primary = match instance::claim(&data_dir, &raw) {
        Ok(instance::Claim::Primary(p)) => p,
        Ok(instance::Claim::HandedOff) => {
            tracing::info!("Client Area already runs with this data folder: it takes over");
            return;
        }
        Err(e) => {
            tracing::error!(error = %e, "the data folder could not be claimed");
            std::process::exit(1);
        }
    };

    let result = tauri::Builder::default()
        .plugin(tauri_plugin_window_state::Builder::default().map_label(layout::label).build())
        .manage(background::Background::default())
        .on_window_event(|window, event| {
            if let tauri::WindowEvent::CloseRequested { api, .. } = event {
                // Kept now, not only at a clean exit: a session ended by the desktop
                // (logout, a kill) still brings the window back where it was.
                if let Err(e) = window.app_handle().save_window_state(StateFlags::all()) {
                    tracing::warn!(error = %e, "the window's place could not be kept");
                }
                if background::hide_instead_of_closing(window.app_handle()) {
                    api.prevent_close();
                } else {
                    tracing::info!("window closed: the app ends");
                }
            }
        })
        .setup(move |app| {
            startup::mark("setup");
            app.manage(deeplink::PendingLinks::default());
            let handle = app.handle().clone();
            primary.listen(move |h| {
                let app = handle.clone();
                let _ = handle.run_on_main_thread(move || deeplink::receive(&app, &h.args, true));
            });
            if let Err(e) = logs.open_files(&data_dir) {
                tracing::warn!(error = %e, "no log files: logging to stderr only");
            }
            tracing::info!(data_dir = %data_dir.display(), demo = args.demo, "starting");
            let options = Options { provider: args.provider.clone(), demo: args.demo, data_dir };
            let state = tauri::async_runtime::block_on(AppState::open(options))?;
            startup::mark("engine-open");
            logs.set_level(tauri::async_runtime::block_on(state.engine.log_level())?);
            events::forward(app.handle().clone(), state.engine.subscribe());
            let title = state.title();
            app.manage(state);
            // The session opens while the window and its page load.
            commands::session::prepare(app.handle());
            app.manage(logs);
            // Made here, not from tauri.conf.json: locked to the app's own pages; placed
            // as it was left on this monitor setup.
            layout::init(app.handle());
            navigation::main_window(app)?.set_title(&title)?;
            startup::mark("window-built");
            notifications::spawn(app.handle().clone());
            // The engine's loops and the tray come after the first paint.
            startup::schedule_rest(app.handle());
            tauri::async_runtime::block_on(background::init(app.handle()));
            if args.background && background::hide_instead_of_closing(app.handle()) {
                tracing::info!("started in the background");
            }
            deeplink::receive(app.handle(), &args.links, false);
            startup::mark("setup-done");
            Ok(())
        })
        .invoke_handler(commands::handler())
        .build(context);
    let app = match result {
        Ok(app) => app,
        Err(e) => {
            tracing::error!(error = %e, "the app could not start");
            std::process::exit(1);
        }
    };
    app.run(|app, event| {
        if let tauri::RunEvent::Exit = event {
            // The engine's loops end here, not in the middle of a write at process exit.
            if let Some(state) = app.try_state::<AppState>() {
                drop(state.background.lock().unwrap_or_else(|e| e.into_inner()).take());
            }
        }
    });
}

//! The app's log: lines go to stderr (where a developer or WebKitWebDriver reads them)
//! and, once the data folder is known, to a daily file under `<data dir>/logs/` that
//! support can ask a customer for (`clientarea.<date>.log`, the last 7 days kept). The
//! folder is 0700 and its files 0600, like the stores: a log names tickets and errors.
//!
//! The level is the customer's choice (`LogLevel`, in the settings) and changes at once
//! through a reload handle; `RUST_LOG`, when set, is a developer's and wins. What is
//! logged never holds a token, a password or a message's words (see `log_level.rs`).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

use clientarea_core::LogLevel;
use tracing_appender::rolling::{RollingFileAppender, Rotation};
use tracing_subscriber::fmt::MakeWriter;
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::util::SubscriberInitExt;
use tracing_subscriber::{EnvFilter, Registry, reload};

/// Daily files kept; older ones are removed as a new day starts.
pub const KEPT_FILES: usize = 7;

/// The log's handles, managed by the app: where the files go, and the level.
pub struct Logs {
    filter: reload::Handle<EnvFilter, Registry>,
    /// Set once by `open_files`; lines before it go to stderr only.
    file: Arc<OnceLock<PrivateFiles>>,
    /// `RUST_LOG` was set: the customer's level does not apply.
    env_override: bool,
}

impl Logs {
    /// Install the process's subscriber: stderr now, the files once `open_files` is called.
    pub fn init() -> Logs {
        let from_env = EnvFilter::try_from_default_env().ok();
        let env_override = from_env.is_some();
        let (filter, handle) = reload::Layer::new(from_env.unwrap_or_else(|| EnvFilter::new(LogLevel::default().directives())));
        let file = Arc::new(OnceLock::new());
        let _ = tracing_subscriber::registry()
            .with(filter)
            .with(tracing_subscriber::fmt::layer().with_writer(std::io::stderr))
            .with(tracing_subscriber::fmt::layer().with_ansi(false).with_writer(FileSlot(file.clone())))
            .try_init();
        Logs { filter: handle, file, env_override }
    }

    /// Start writing the daily files under `<data_dir>/logs/`.
    pub fn open_files(&self, data_dir: &Path) -> std::io::Result<PathBuf> {
        let dir = data_dir.join("logs");
        private_dir(&dir)?;
        let appender = RollingFileAppender::builder()
            .rotation(Rotation::DAILY)
            .filename_prefix("clientarea")
            .filename_suffix("log")
            .max_log_files(KEPT_FILES)
            .build(&dir)
            .map_err(std::io::Error::other)?;
        let _ = self.file.set(PrivateFiles { appender, dir: dir.clone(), tightened: Mutex::new(None) });
        Ok(dir)
    }

    /// Where the files are, once they are written.
    pub fn dir(&self) -> Option<&Path> {
        self.file.get().map(|f| f.dir.as_path())
    }

    /// Log at `level` from now on (unless `RUST_LOG` decides).
    pub fn set_level(&self, level: LogLevel) {
        if self.env_override {
            return;
        }
        if let Err(e) = self.filter.reload(EnvFilter::new(level.directives())) {
            tracing::warn!(error = %e, "the log level could not change");
        }
    }
}

/// The rolling files, each made private (0600) once the day's file exists: the appender
/// creates a new file with the process's default mode at each day's first line.
struct PrivateFiles {
    appender: RollingFileAppender,
    dir: PathBuf,
    /// The day whose file was last tightened.
    tightened: Mutex<Option<chrono::NaiveDate>>,
}

impl PrivateFiles {
    fn tighten(&self) {
        // The appender names files by the UTC date.
        let today = chrono::Utc::now().date_naive();
        let mut done = self.tightened.lock().unwrap_or_else(|e| e.into_inner());
        if *done == Some(today) {
            return;
        }
        if let Ok(entries) = std::fs::read_dir(&self.dir) {
            for entry in entries.flatten() {
                let _ = private_file(&entry.path());
            }
        }
        *done = Some(today);
    }
}

/// The file layer's writer: the day's file once opened, nothing before.
struct FileSlot(Arc<OnceLock<PrivateFiles>>);

impl<'a> MakeWriter<'a> for FileSlot {
    type Writer = Box<dyn Write + 'a>;

    fn make_writer(&'a self) -> Self::Writer {
        match self.0.get() {
            Some(files) => {
                // Rolls over to a new day's file first, if it is time; then that file is tightened.
                let writer = files.appender.make_writer();
                files.tighten();
                Box::new(writer)
            }
            None => Box::new(std::io::sink()),
        }
    }
}

#[cfg(unix)]
fn private_dir(dir: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
    std::fs::DirBuilder::new().recursive(true).mode(0o700).create(dir)?;
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))
}

#[cfg(not(unix))]
fn private_dir(dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)
}

#[cfg(unix)]
fn private_file(path: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))
}

#[cfg(not(unix))]
fn private_file(_path: &Path) -> std::io::Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn the_files_and_their_folder_are_private() {
        use std::os::unix::fs::PermissionsExt;
        let data = tempfile::tempdir().unwrap();
        let logs = Logs {
            filter: reload::Layer::<EnvFilter, Registry>::new(EnvFilter::new("info")).1,
            file: Default::default(),
            env_override: false,
        };
        let dir = logs.open_files(data.path()).unwrap();
        assert_eq!(logs.dir(), Some(dir.as_path()));
        let slot = FileSlot(logs.file.clone());
        let mut w = slot.make_writer();
        w.write_all(b"a line\n").unwrap();
        drop(w);
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&dir), 0o700);
        let files: Vec<PathBuf> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
        assert_eq!(files.len(), 1, "{files:?}");
        let name = files[0].file_name().unwrap().to_string_lossy().into_owned();
        assert!(name.starts_with("clientarea.") && name.ends_with(".log"), "{name}");
        assert_eq!(mode(&files[0]), 0o600);
        assert_eq!(std::fs::read_to_string(&files[0]).unwrap(), "a line\n");
    }
}

//! One app per data folder. The first start holds a lock on `<data>/instance.lock` for as
//! long as it runs and listens on `<data>/instance.sock`; a second start with the same
//! folder finds the lock taken, hands its arguments (a `clientarea://` link, if any) to
//! the first over the socket, waits for its answer and exits: the first raises its window
//! and opens the link. Two processes never open one cache.
//!
//! Tauri's single-instance plugin keys instances by the D-Bus session and the app's
//! identifier instead: two data folders (two profiles, or parallel tests) could not run
//! side by side, and a start without a session bus would not be stopped from opening a
//! cache already open. The lock is the kernel's (`flock`, released when the process
//! ends, also by a crash), so a stale one never keeps the app from starting.

use std::fs::{File, OpenOptions};
use std::io::{BufRead, BufReader, Write};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// How long a second start waits for the first to answer (the first may be starting up
/// itself: its socket comes a moment after its lock).
const HANDOFF_DEADLINE: Duration = Duration::from_secs(10);
/// The longest message a second start may send (its arguments).
const MESSAGE_MAX: u64 = 64 * 1024;

/// What the second start sends: its command-line arguments, without the program.
#[derive(Debug, serde::Serialize, serde::Deserialize, PartialEq, Eq)]
pub struct Handoff {
    pub args: Vec<String>,
}

/// The first instance: holds the lock while it lives.
pub struct Primary {
    _lock: File,
    listener: UnixListener,
}

/// Whether this start is the first for its data folder.
pub enum Claim {
    Primary(Primary),
    /// Another start has the folder and took our arguments: exit.
    HandedOff,
}

fn lock_path(data_dir: &Path) -> PathBuf {
    data_dir.join("instance.lock")
}

fn socket_path(data_dir: &Path) -> PathBuf {
    data_dir.join("instance.sock")
}

/// Claim `data_dir` for this process, or hand `args` to the process that has it. A
/// first instance that is ending (its lock still held, its socket gone or closing) is
/// waited for: the folder is then this process's.
pub fn claim(data_dir: &Path, args: &[String]) -> anyhow::Result<Claim> {
    std::fs::create_dir_all(data_dir)?;
    // The data folder's files are the user's alone (0600), these two as well.
    let lock = std::os::unix::fs::OpenOptionsExt::mode(OpenOptions::new().create(true).truncate(false).write(true), 0o600)
        .open(lock_path(data_dir))?;
    let until = Instant::now() + HANDOFF_DEADLINE;
    loop {
        match lock.try_lock() {
            Ok(()) => {
                let socket = socket_path(data_dir);
                // A socket file left by a process that ended: the lock says nobody has it.
                let _ = std::fs::remove_file(&socket);
                let listener = UnixListener::bind(&socket)?;
                std::fs::set_permissions(&socket, std::os::unix::fs::PermissionsExt::from_mode(0o600))?;
                return Ok(Claim::Primary(Primary { _lock: lock, listener }));
            }
            Err(std::fs::TryLockError::WouldBlock) => match hand_off(data_dir, args) {
                Ok(()) => return Ok(Claim::HandedOff),
                Err(e) if Instant::now() < until => {
                    tracing::debug!(error = %e, "the running instance did not take the request: trying again");
                    std::thread::sleep(Duration::from_millis(50));
                }
                Err(e) => anyhow::bail!("Client Area is already running with this data folder, but does not answer: {e}"),
            },
            Err(std::fs::TryLockError::Error(e)) => return Err(e.into()),
        }
    }
}

/// Send `args` to the first instance and wait until it says it took them.
fn hand_off(data_dir: &Path, args: &[String]) -> anyhow::Result<()> {
    let message = serde_json::to_string(&Handoff { args: args.to_vec() })?;
    let mut stream = UnixStream::connect(socket_path(data_dir))?;
    stream.set_read_timeout(Some(HANDOFF_DEADLINE))?;
    stream.set_write_timeout(Some(HANDOFF_DEADLINE))?;
    stream.write_all(message.as_bytes())?;
    stream.write_all(b"\n")?;
    let mut answer = String::new();
    BufReader::new(stream).read_line(&mut answer)?;
    anyhow::ensure!(answer.trim() == "ok", "the running Client Area did not take the request");
    Ok(())
}

impl Primary {
    /// Hear later starts on a thread of its own, for the life of the process: each one's
    /// arguments go to `take`, then it is told to exit.
    pub fn listen(self, take: impl Fn(Handoff) + Send + 'static) {
        let lock = self._lock;
        let listener = self.listener;
        let spawned = std::thread::Builder::new().name("instance".into()).spawn(move || {
            let _held = lock;
            for stream in listener.incoming() {
                let Ok(stream) = stream else { continue };
                match read_handoff(&stream) {
                    Ok(h) => {
                        take(h);
                        let _ = (&stream).write_all(b"ok\n");
                    }
                    Err(e) => tracing::warn!(error = %e, "a second start sent something unreadable"),
                }
            }
        });
        if let Err(e) = spawned {
            tracing::warn!(error = %e, "later starts will not be heard");
        }
    }
}

fn read_handoff(stream: &UnixStream) -> anyhow::Result<Handoff> {
    use std::io::Read;
    stream.set_read_timeout(Some(HANDOFF_DEADLINE))?;
    let mut line = String::new();
    BufReader::new(stream.take(MESSAGE_MAX)).read_line(&mut line)?;
    Ok(serde_json::from_str(&line)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_claim_hands_its_arguments_to_the_first_and_a_third_too() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let Claim::Primary(first) = claim(dir.path(), &[]).unwrap_or_else(|e| panic!("{e}")) else { panic!("the first claim is primary") };
        let (tx, rx) = std::sync::mpsc::channel();
        first.listen(move |h| {
            let _ = tx.send(h.args);
        });
        for link in ["clientarea://ticket/t-1", "clientarea://invoice/inv-2"] {
            let claimed = claim(dir.path(), &[link.to_owned()]).unwrap_or_else(|e| panic!("{e}"));
            assert!(matches!(claimed, Claim::HandedOff), "a later start hands off");
            assert_eq!(rx.recv_timeout(Duration::from_secs(5)).ok(), Some(vec![link.to_owned()]));
        }
        // Another folder is another instance.
        let other = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        assert!(matches!(claim(other.path(), &[]).unwrap_or_else(|e| panic!("{e}")), Claim::Primary(_)));
    }

    #[test]
    fn a_start_while_the_first_is_ending_gets_the_folder_once_it_is_gone() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let Claim::Primary(first) = claim(dir.path(), &[]).unwrap_or_else(|e| panic!("{e}")) else { panic!("primary") };
        // Ending: it holds the lock a moment longer but no longer listens.
        let Primary { _lock, listener } = first;
        drop(listener);
        let _ = std::fs::remove_file(socket_path(dir.path()));
        let ending = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(300));
            drop(_lock);
        });
        let second = claim(dir.path(), &["clientarea://ticket/1".to_owned()]).unwrap_or_else(|e| panic!("{e}"));
        assert!(matches!(second, Claim::Primary(_)), "the folder is the second start's once the first has ended");
        let _ = ending.join();
    }
}

//! Start at login: the desktop's autostart entry, as the XDG autostart spec puts it
//! (`$XDG_CONFIG_HOME/autostart/clientarea.desktop`), starting the app hidden in the
//! tray (`--background`). Written here rather than by tauri-plugin-autostart: the plugin
//! (auto-launch 0.6) writes to `~/.config/autostart` whatever XDG_CONFIG_HOME says, so a
//! desktop with its configuration elsewhere would never start the app.

use std::path::{Path, PathBuf};

use tauri::{AppHandle, Manager};

const FILE: &str = "clientarea.desktop";

fn entry_path(app: &AppHandle) -> Result<PathBuf, String> {
    Ok(app.path().config_dir().map_err(|e| e.to_string())?.join("autostart").join(FILE))
}

/// Whether the app starts at login: its entry is there and not hidden.
pub fn is_enabled(app: &AppHandle) -> bool {
    entry_path(app).ok().and_then(|p| std::fs::read_to_string(p).ok()).is_some_and(|text| !text.lines().any(|l| l.trim() == "Hidden=true"))
}

pub fn set(app: &AppHandle, on: bool) -> Result<(), String> {
    let path = entry_path(app)?;
    if !on {
        return match std::fs::remove_file(&path) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e.to_string()),
            _ => Ok(()),
        };
    }
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let name = app.state::<crate::state::AppState>().title();
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
    }
    std::fs::write(&path, entry(&exe, &name)).map_err(|e| e.to_string())
}

/// The entry's text: the name in the UI's language, the program quoted as the Desktop
/// Entry spec asks.
fn entry(exe: &Path, name: &str) -> String {
    format!(
        "[Desktop Entry]\nType=Application\nName={}\nExec={} --background\nIcon=clientarea\nTerminal=false\nX-GNOME-Autostart-enabled=true\n",
        name.replace(['\n', '\r'], " "),
        quote_exec(&exe.to_string_lossy())
    )
}

/// A word of an Exec line: in double quotes, with `"`, `` ` ``, `$` and `\` escaped, and
/// `%` doubled (field codes).
fn quote_exec(word: &str) -> String {
    let mut out = String::from("\"");
    for c in word.chars() {
        match c {
            '"' | '`' | '$' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '%' => out.push_str("%%"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_entry_starts_the_app_in_the_background_whatever_its_path() {
        let text = entry(Path::new("/opt/My Apps/client$area"), "Area clienti");
        assert!(text.contains("\nExec=\"/opt/My Apps/client\\$area\" --background\n"), "{text}");
        assert!(text.contains("\nName=Area clienti\n"));
        assert_eq!(quote_exec("a%b\"c\\"), "\"a%%b\\\"c\\\\\"");
    }
}

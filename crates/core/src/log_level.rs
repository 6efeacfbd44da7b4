//! How much the app writes to its log (stderr and the daily files under
//! `<data dir>/logs/` that support may ask for). The customer picks it in the settings;
//! it is kept in the profile with the language. *Normal* is what the app did, went wrong
//! or was refused; *detailed* adds the steps of the app's own code (sync, delivery,
//! the push stream), never other libraries' internals. Neither level ever holds a token,
//! a password or the words of a message: the log lines name ids, codes and counts.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "lowercase")]
pub enum LogLevel {
    #[default]
    Normal,
    Detailed,
}

impl LogLevel {
    /// How it is kept in the profile.
    pub fn as_str(self) -> &'static str {
        match self {
            LogLevel::Normal => "normal",
            LogLevel::Detailed => "detailed",
        }
    }

    /// A stored value; anything unknown (a newer version's level) reads as normal.
    pub fn from_stored(s: Option<&str>) -> LogLevel {
        match s {
            Some("detailed") => LogLevel::Detailed,
            _ => LogLevel::Normal,
        }
    }

    /// The `tracing` filter for this level. Libraries stay at their warnings (WebKit's
    /// window layer, SQL statements) whatever the level.
    pub fn directives(self) -> &'static str {
        match self {
            LogLevel::Normal => "info,sqlx=warn,tao=warn,wry=warn",
            LogLevel::Detailed => {
                "info,sqlx=warn,tao=warn,wry=warn,clientarea_core=debug,clientarea_desktop=debug,clientarea_provider=debug"
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::LogLevel;

    #[test]
    fn levels_are_kept_by_name_and_unknown_ones_read_as_normal() {
        for level in [LogLevel::Normal, LogLevel::Detailed] {
            assert_eq!(LogLevel::from_stored(Some(level.as_str())), level);
        }
        assert_eq!(LogLevel::from_stored(None), LogLevel::Normal);
        assert_eq!(LogLevel::from_stored(Some("verbose")), LogLevel::Normal);
    }

    #[test]
    fn detailed_adds_only_the_apps_own_code() {
        let detailed = LogLevel::Detailed.directives();
        assert!(detailed.starts_with(LogLevel::Normal.directives()));
        for part in detailed.split(',').filter(|d| d.ends_with("=debug")) {
            assert!(part.starts_with("clientarea"), "{part}");
        }
    }
}

//! The critical-incident facts as the customer types them: a server, the wall-clock time
//! the problem began in a zone of their choice, and diagnostics. The provider reads times
//! in CET/CEST; the time is turned into an instant with the real zone rules (never a
//! fixed offset), and a time that does not exist (the hour skipped when clocks go forward)
//! is refused with that reason rather than silently moved.

use chrono::{DateTime, LocalResult, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;
use clientarea_api::problem::FieldError;
use clientarea_api::{Incident, is_server_reference};
use serde::{Deserialize, Serialize};

/// A begin time may be this far ahead of the computer's clock (clocks drift); beyond it,
/// the customer mistyped the date or the zone.
const FUTURE_SLACK_MINUTES: i64 = 10;

/// The incident section of the new-ticket form.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct IncidentDraft {
    /// IP address (v4 or v6) or order number `#123456`.
    #[serde(default)]
    pub server: String,
    /// Wall-clock time, `YYYY-MM-DDTHH:MM` (what a date and a time input give).
    #[serde(default)]
    pub began_local: String,
    /// IANA zone the time is in; the form defaults it to the computer's zone.
    #[serde(default)]
    pub began_timezone: String,
    #[serde(default)]
    pub diagnostics: String,
}

/// When the problem began, and how the provider's desk reads it.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct BeganAt {
    pub at: DateTime<Utc>,
    /// `CET` or `CEST`: which of the two applies at that instant.
    pub cet_abbreviation: String,
    /// The time as the desk reads it, `YYYY-MM-DDTHH:MM` in CET/CEST.
    pub cet_local: String,
}

/// Why a begin time cannot be used (a field reason, as in `FieldError`).
pub fn began_at(local: &str, zone: &str) -> Result<BeganAt, FieldError> {
    let local = local.trim();
    if local.is_empty() {
        return Err(field("incident.began_local", "required"));
    }
    let tz: Tz = zone.parse().map_err(|_| field("incident.began_timezone", "invalid"))?;
    let naive = NaiveDateTime::parse_from_str(local, "%Y-%m-%dT%H:%M")
        .or_else(|_| NaiveDateTime::parse_from_str(local, "%Y-%m-%dT%H:%M:%S"))
        .map_err(|_| field("incident.began_local", "invalid"))?;
    let at = match tz.from_local_datetime(&naive) {
        LocalResult::Single(t) => t,
        // The hour repeated when clocks go back: the first of the two, as people mean it.
        LocalResult::Ambiguous(first, _) => first,
        LocalResult::None => return Err(field("incident.began_local", "nonexistent")),
    }
    .with_timezone(&Utc);
    let cet: Tz = clientarea_api::support::CET_ZONE.parse().expect("the CET zone is in the database");
    let in_cet = at.with_timezone(&cet);
    Ok(BeganAt { at, cet_abbreviation: in_cet.format("%Z").to_string(), cet_local: in_cet.format("%Y-%m-%dT%H:%M").to_string() })
}

impl IncidentDraft {
    /// The facts to send, or every field that is wrong.
    pub fn to_incident(&self, now: DateTime<Utc>) -> Result<Incident, Vec<FieldError>> {
        let mut errors = Vec::new();
        let server = self.server.trim();
        if server.is_empty() {
            errors.push(field("incident.server", "required"));
        } else if !is_server_reference(server) {
            errors.push(field("incident.server", "invalid"));
        }
        let began = match began_at(&self.began_local, &self.began_timezone) {
            Ok(b) if b.at > now + chrono::Duration::minutes(FUTURE_SLACK_MINUTES) => {
                errors.push(field("incident.began_local", "future"));
                None
            }
            Ok(b) => Some(b),
            Err(e) => {
                errors.push(e);
                None
            }
        };
        if self.diagnostics.chars().count() > clientarea_api::tickets::DIAGNOSTICS_MAX_CHARS {
            errors.push(field("incident.diagnostics", "too-long"));
        }
        match began {
            Some(b) if errors.is_empty() => Ok(Incident {
                server: server.to_owned(),
                began_at: b.at,
                began_timezone: self.began_timezone.clone(),
                diagnostics: self.diagnostics.clone(),
            }),
            _ => Err(errors),
        }
    }
}

/// Every zone name the app accepts, sorted, for the zone picker.
pub fn time_zones() -> Vec<&'static str> {
    let mut names: Vec<&'static str> = chrono_tz::TZ_VARIANTS.iter().map(|tz| tz.name()).collect();
    names.sort_unstable();
    names
}

fn field(field: &str, reason: &str) -> FieldError {
    FieldError { field: field.to_owned(), reason: reason.to_owned() }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> DateTime<Utc> {
        "2026-11-23T12:00:00Z".parse().unwrap()
    }

    #[test]
    fn new_york_ten_o_clock_is_cet_before_the_european_change_and_cest_after() {
        // New York moved to summer time on 8 March 2026, Europe on 29 March: for three
        // weeks the gap is five hours, then six again.
        let before = began_at("2026-03-28T10:00", "America/New_York").unwrap();
        assert_eq!(before.at.to_rfc3339(), "2026-03-28T14:00:00+00:00");
        assert_eq!((before.cet_local.as_str(), before.cet_abbreviation.as_str()), ("2026-03-28T15:00", "CET"));
        let after = began_at("2026-03-30T10:00", "America/New_York").unwrap();
        assert_eq!((after.cet_local.as_str(), after.cet_abbreviation.as_str()), ("2026-03-30T16:00", "CEST"));
    }

    #[test]
    fn the_skipped_hour_is_refused_and_the_repeated_hour_is_the_first() {
        let gap = began_at("2026-03-29T02:30", "Europe/Rome").unwrap_err();
        assert_eq!((gap.field.as_str(), gap.reason.as_str()), ("incident.began_local", "nonexistent"));
        let repeated = began_at("2026-10-25T02:30", "Europe/Rome").unwrap();
        assert_eq!(repeated.at.to_rfc3339(), "2026-10-25T00:30:00+00:00");
        assert_eq!(repeated.cet_abbreviation, "CEST");
    }

    #[test]
    fn bad_times_and_zones_name_their_field() {
        let reason = |l: &str, z: &str| began_at(l, z).map(|_| ()).unwrap_err().reason;
        assert_eq!(reason("", "Europe/Rome"), "required");
        assert_eq!(reason("yesterday", "Europe/Rome"), "invalid");
        assert_eq!(reason("2026-02-30T10:00", "Europe/Rome"), "invalid");
        assert_eq!(began_at("2026-03-28T10:00", "Mars/Olympus").unwrap_err().field, "incident.began_timezone");
    }

    #[test]
    fn a_draft_lists_every_wrong_field_at_once() {
        let d = IncidentDraft {
            server: "10.0.0.300".into(),
            began_local: "2026-12-24T10:00".into(),
            began_timezone: "Europe/Madrid".into(),
            diagnostics: String::new(),
        };
        let errors = d.to_incident(now()).unwrap_err();
        let got: Vec<_> = errors.iter().map(|e| (e.field.as_str(), e.reason.as_str())).collect();
        assert_eq!(got, [("incident.server", "invalid"), ("incident.began_local", "future")]);
        let empty = IncidentDraft::default().to_incident(now()).unwrap_err();
        let got: Vec<_> = empty.iter().map(|e| (e.field.as_str(), e.reason.as_str())).collect();
        assert_eq!(got, [("incident.server", "required"), ("incident.began_local", "required")]);
    }

    #[test]
    fn a_good_draft_becomes_the_incident_the_provider_reads() {
        let d = IncidentDraft {
            server: " 2001:db8::10 ".into(),
            began_local: "2026-11-23T09:15".into(),
            began_timezone: "Europe/Berlin".into(),
            diagnostics: "ping: 100% loss".into(),
        };
        let i = d.to_incident(now()).unwrap();
        assert_eq!(i.server, "2001:db8::10");
        assert_eq!(i.began_at.to_rfc3339(), "2026-11-23T08:15:00+00:00");
        assert!(IncidentDraft { server: "#123456".into(), ..d }.to_incident(now()).is_ok());
    }

    #[test]
    fn the_zone_list_is_sorted_and_has_the_data_centers() {
        let zones = time_zones();
        assert!(zones.windows(2).all(|w| w[0] < w[1]));
        for z in ["Europe/Berlin", "Europe/Amsterdam", "America/New_York", "UTC"] {
            assert!(zones.contains(&z), "{z}");
        }
    }
}

//! How the provider's support desk is organised: departments, and the teams of each
//! escalation level with their working hours in a named time zone. "CET" on the
//! provider's pages is Central European Time with its summer time (CEST): the IANA zone
//! [`CET_ZONE`], never a fixed offset.

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveTime, TimeZone, Utc};
use serde::{Deserialize, Serialize};

use crate::Department;

/// `GET /v1/support`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema, ts_rs::TS)]
pub struct SupportStructure {
    pub departments: Vec<Department>,
    pub teams: Vec<Team>,
    /// Days the office teams (not the 24/7 level 1) do not work.
    pub holidays: Vec<Holiday>,
    /// The "regular updates" promise: while the provider works on a ticket (open, first
    /// answered), at most this many minutes pass between two updates. Absent: no figure
    /// promised.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(minimum = 1)]
    pub update_interval_minutes: Option<u32>,
    /// Typical resolution times by kind of issue; a ticket is of the kind whose teams
    /// include the team now in charge of it.
    #[serde(default)]
    pub resolution_times: Vec<ResolutionTime>,
    /// Support by e-mail, for when the client area cannot be reached.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<EmailChannel>,
}

/// The e-mail channel: where to write, and how soon an answer comes. Account matters by
/// e-mail must come from the account's registered address.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema, ts_rs::TS)]
pub struct EmailChannel {
    pub address: String,
    /// The answer's promised window, in minutes.
    pub reply_from_minutes: u32,
    pub reply_to_minutes: u32,
}

/// The kinds of issue the provider's pages give typical resolution times for.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash, utoipa::ToSchema, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum IssueKind {
    /// Simple questions.
    Simple,
    /// Standard issues.
    Standard,
    /// Complex issues.
    Complex,
    /// Non-standard requests: an estimate is given up front, in the ticket.
    NonStandard,
}

/// How long one kind of issue typically takes to resolve.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema, ts_rs::TS)]
pub struct ResolutionTime {
    pub kind: IssueKind,
    /// The typical range, in minutes from the ticket's creation; absent for a kind that
    /// gets an estimate of its own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub typical_from_minutes: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub typical_to_minutes: Option<u32>,
    /// "Or the next day": may run to the end of the next day.
    #[serde(default)]
    pub may_take_next_day: bool,
    /// The teams (`Team::id`) whose tickets are of this kind.
    #[serde(default)]
    pub teams: Vec<String>,
}

impl SupportStructure {
    /// The typical resolution time for a ticket now with team `team`.
    pub fn resolution_for(&self, team: &str) -> Option<&ResolutionTime> {
        self.resolution_times.iter().find(|r| r.teams.iter().any(|t| t == team))
    }
}

/// The update interval the reference provider promises, in minutes.
pub const UPDATE_INTERVAL_MINUTES: u32 = 60;

/// The typical resolution times of the provider's pages, by the team that has the
/// ticket: simple questions (level 1) 10-30 min; standard issues (billing, the data
/// center) 1-2 h; complex issues (the system administrators) 2 h or the next day;
/// non-standard requests get an estimate up front, in the ticket.
pub fn standard_resolution_times() -> Vec<ResolutionTime> {
    let time = |kind, from: Option<u32>, to: Option<u32>, next_day, teams: &[&str]| ResolutionTime {
        kind,
        typical_from_minutes: from,
        typical_to_minutes: to,
        may_take_next_day: next_day,
        teams: teams.iter().map(|t| (*t).to_owned()).collect(),
    };
    vec![
        time(IssueKind::Simple, Some(10), Some(30), false, &["support-engineers"]),
        time(IssueKind::Standard, Some(60), Some(120), false, &["billing", "datacenter"]),
        time(IssueKind::Complex, Some(120), None, true, &["sysadmins"]),
        time(IssueKind::NonStandard, None, None, false, &[]),
    ]
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema, ts_rs::TS)]
pub struct Team {
    /// Stable id: `support-engineers`, `billing`, `datacenter`, `sysadmins`.
    pub id: String,
    /// Escalation level, 1 to 3.
    pub level: u8,
    /// The provider's English name; the client localizes by `id`.
    pub name: String,
    pub hours: WorkingHours,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema, ts_rs::TS)]
pub struct WorkingHours {
    /// Round the clock, every day, holidays included.
    pub always: bool,
    /// ISO weekdays the team works, 1 = Monday.
    #[serde(default)]
    pub weekdays: Vec<u8>,
    /// Local opening time, `HH:MM`.
    #[serde(default)]
    pub opens: String,
    /// Local closing time, `HH:MM`.
    #[serde(default)]
    pub closes: String,
    /// IANA zone of the hours; absent: each data center's own zone (the service's
    /// `datacenter_timezone`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema, ts_rs::TS)]
pub struct Holiday {
    pub date: NaiveDate,
    pub name: String,
}

/// CET/CEST, with its summer-time rules.
pub const CET_ZONE: &str = "Europe/Berlin";

impl WorkingHours {
    pub fn always() -> Self {
        Self { always: true, weekdays: Vec::new(), opens: String::new(), closes: String::new(), timezone: None }
    }

    pub fn weekdays(opens: &str, closes: &str, timezone: Option<&str>) -> Self {
        Self {
            always: false,
            weekdays: vec![1, 2, 3, 4, 5],
            opens: opens.into(),
            closes: closes.into(),
            timezone: timezone.map(Into::into),
        }
    }

    fn times(&self) -> Option<(NaiveTime, NaiveTime)> {
        let o = NaiveTime::parse_from_str(&self.opens, "%H:%M").ok()?;
        let c = NaiveTime::parse_from_str(&self.closes, "%H:%M").ok()?;
        (o < c).then_some((o, c))
    }

    fn works_on(&self, day: NaiveDate, holidays: &[Holiday]) -> bool {
        let iso = day.weekday().number_from_monday() as u8;
        self.weekdays.contains(&iso) && !holidays.iter().any(|h| h.date == day)
    }

    /// Whether the team is on shift at `at`; `zone` is used when the hours name none.
    pub fn is_open(&self, at: DateTime<Utc>, zone: &str, holidays: &[Holiday]) -> bool {
        if self.always {
            return true;
        }
        let (Some(tz), Some((opens, closes))) = (self.zone(zone), self.times()) else { return false };
        let local = at.with_timezone(&tz);
        let time = local.time();
        self.works_on(local.date_naive(), holidays) && time >= opens && time < closes
    }

    /// The next instant the team starts a shift after `at` (or `at` itself when on shift).
    /// Looks two weeks ahead at most; `None` when the hours are unusable.
    pub fn next_open(&self, at: DateTime<Utc>, zone: &str, holidays: &[Holiday]) -> Option<DateTime<Utc>> {
        if self.is_open(at, zone, holidays) {
            return Some(at);
        }
        let tz = self.zone(zone)?;
        let (opens, _) = self.times()?;
        let start = at.with_timezone(&tz).date_naive();
        for offset in 0..15 {
            let day = start + Duration::days(offset);
            if !self.works_on(day, holidays) {
                continue;
            }
            // The earliest valid local instant at or after the opening time (a DST gap
            // moves it forward).
            let candidate = (0..120).find_map(|m| tz.from_local_datetime(&(day.and_time(opens) + Duration::minutes(m))).earliest());
            if let Some(c) = candidate.map(|c| c.with_timezone(&Utc))
                && c > at
            {
                return Some(c);
            }
        }
        None
    }

    /// When the shift under way at `at` ends (`None` when closed, or always open).
    pub fn closes_at(&self, at: DateTime<Utc>, zone: &str, holidays: &[Holiday]) -> Option<DateTime<Utc>> {
        if self.always || !self.is_open(at, zone, holidays) {
            return None;
        }
        let tz = self.zone(zone)?;
        let (_, closes) = self.times()?;
        let day = at.with_timezone(&tz).date_naive();
        tz.from_local_datetime(&day.and_time(closes)).earliest().map(|c| c.with_timezone(&Utc))
    }

    /// The shifts that overlap the `days` days from `from` (by the team's calendar, its
    /// holidays off), as UTC instants, each clipped to that period. Always open: one span.
    pub fn spans(&self, from: DateTime<Utc>, days: i64, zone: &str, holidays: &[Holiday]) -> Vec<(DateTime<Utc>, DateTime<Utc>)> {
        let to = from + Duration::days(days);
        if self.always {
            return vec![(from, to)];
        }
        let (Some(tz), Some((opens, closes))) = (self.zone(zone), self.times()) else { return Vec::new() };
        let first = from.with_timezone(&tz).date_naive() - Duration::days(1);
        let mut out = Vec::new();
        for offset in 0..=days + 1 {
            let day = first + Duration::days(offset);
            if !self.works_on(day, holidays) {
                continue;
            }
            let (Some(start), Some(end)) =
                (tz.from_local_datetime(&day.and_time(opens)).earliest(), tz.from_local_datetime(&day.and_time(closes)).earliest())
            else {
                continue;
            };
            let (start, end) = (start.with_timezone(&Utc).max(from), end.with_timezone(&Utc).min(to));
            if start < end {
                out.push((start, end));
            }
        }
        out
    }

    fn zone(&self, fallback: &str) -> Option<chrono_tz::Tz> {
        self.timezone.as_deref().unwrap_or(fallback).parse().ok()
    }
}

/// Whether `name` is a time zone the IANA database knows.
pub fn is_time_zone(name: &str) -> bool {
    name.parse::<chrono_tz::Tz>().is_ok()
}

/// The provider's teams as its support pages describe them.
pub fn standard_teams() -> Vec<Team> {
    vec![
        Team { id: "support-engineers".into(), level: 1, name: "Support Engineers".into(), hours: WorkingHours::always() },
        Team {
            id: "billing".into(),
            level: 2,
            name: "Billing Team".into(),
            hours: WorkingHours::weekdays("09:00", "18:00", Some(CET_ZONE)),
        },
        Team {
            id: "datacenter".into(),
            level: 2,
            name: "Data Center Technicians".into(),
            hours: WorkingHours::weekdays("08:00", "17:00", None),
        },
        Team {
            id: "sysadmins".into(),
            level: 3,
            name: "System Administrators".into(),
            hours: WorkingHours::weekdays("08:00", "22:00", Some(CET_ZONE)),
        },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    #[test]
    fn shifts_of_a_week_in_utc_across_the_change_to_summer_time_and_a_holiday() {
        let billing = WorkingHours::weekdays("09:00", "18:00", Some(CET_ZONE));
        // From Thursday 26 March 2026 noon UTC, 7 days: Thu (clipped), Fri 27 (CET),
        // Mon 30, Tue 31 (CEST: an hour earlier in UTC), Wed 1 April a holiday, Thu 2.
        let holiday = Holiday { date: NaiveDate::from_ymd_opt(2026, 4, 1).unwrap(), name: "x".into() };
        let spans = billing.spans(utc("2026-03-26T12:00:00Z"), 7, "UTC", &[holiday]);
        let shown: Vec<(String, String)> = spans.iter().map(|(a, b)| (a.to_rfc3339(), b.to_rfc3339())).collect();
        assert_eq!(
            shown,
            [
                ("2026-03-26T12:00:00+00:00".into(), "2026-03-26T17:00:00+00:00".into()),
                ("2026-03-27T08:00:00+00:00".into(), "2026-03-27T17:00:00+00:00".into()),
                ("2026-03-30T07:00:00+00:00".into(), "2026-03-30T16:00:00+00:00".into()),
                ("2026-03-31T07:00:00+00:00".into(), "2026-03-31T16:00:00+00:00".into()),
                ("2026-04-02T07:00:00+00:00".into(), "2026-04-02T12:00:00+00:00".into()),
            ]
        );
        // Open on Friday at 17:59 CET: closes at 18:00 CET; a minute later, closed.
        assert_eq!(billing.closes_at(utc("2026-03-27T16:59:00Z"), "UTC", &[]), Some(utc("2026-03-27T17:00:00Z")));
        assert_eq!(billing.closes_at(utc("2026-03-27T17:00:00Z"), "UTC", &[]), None);
        // A data center in New York keeps its own hours: 08:00 EDT is 12:00 UTC.
        let dc = WorkingHours::weekdays("08:00", "17:00", None);
        assert_eq!(dc.next_open(utc("2026-07-04T12:00:00Z"), "America/New_York", &[]), Some(utc("2026-07-06T12:00:00Z")));
        assert_eq!(WorkingHours::always().spans(utc("2026-03-26T12:00:00Z"), 7, "UTC", &[]).len(), 1);
    }

    #[test]
    fn cet_hours_follow_summer_time() {
        let sysadmins = WorkingHours::weekdays("08:00", "22:00", Some(CET_ZONE));
        // Friday 27 March 2026, 21:30 CET = 20:30 UTC: open.
        assert!(sysadmins.is_open(utc("2026-03-27T20:30:00Z"), "UTC", &[]));
        // Monday 30 March 2026 (after the switch to CEST): 21:30 CEST = 19:30 UTC open,
        // 20:30 UTC = 22:30 CEST closed.
        assert!(sysadmins.is_open(utc("2026-03-30T19:30:00Z"), "UTC", &[]));
        assert!(!sysadmins.is_open(utc("2026-03-30T20:30:00Z"), "UTC", &[]));
        // Saturday: closed; next opening Monday 08:00 CEST = 06:00 UTC.
        let next = sysadmins.next_open(utc("2026-03-28T12:00:00Z"), "UTC", &[]).unwrap();
        assert_eq!(next, utc("2026-03-30T06:00:00Z"));
        // In winter the same 08:00 is 07:00 UTC.
        let next = sysadmins.next_open(utc("2026-01-03T12:00:00Z"), "UTC", &[]).unwrap();
        assert_eq!(next, utc("2026-01-05T07:00:00Z"));
    }

    #[test]
    fn cet_hours_follow_the_end_of_summer_time() {
        // Summer time ends on Sunday 25 October 2026 (03:00 CEST becomes 02:00 CET).
        let billing = WorkingHours::weekdays("09:00", "18:00", Some(CET_ZONE));
        // Friday 23 October, 17:30 CEST = 15:30 UTC: open, closing at 18:00 CEST = 16:00 UTC.
        assert_eq!(billing.closes_at(utc("2026-10-23T15:30:00Z"), "UTC", &[]), Some(utc("2026-10-23T16:00:00Z")));
        // After closing on Friday, the next shift is Monday 26 October 09:00 CET = 08:00
        // UTC: an hour later in UTC than the same local time the week before.
        assert_eq!(billing.next_open(utc("2026-10-23T16:00:00Z"), "UTC", &[]), Some(utc("2026-10-26T08:00:00Z")));
        // The week strip across the change: Friday in CEST, Monday in CET.
        let spans = billing.spans(utc("2026-10-23T00:00:00Z"), 4, "UTC", &[]);
        assert_eq!(
            spans,
            [(utc("2026-10-23T07:00:00Z"), utc("2026-10-23T16:00:00Z")), (utc("2026-10-26T08:00:00Z"), utc("2026-10-26T17:00:00Z")),]
        );
        // 08:30 UTC on Monday is 09:30 CET: open; the same UTC time on Friday was 10:30 CEST.
        assert!(billing.is_open(utc("2026-10-26T08:30:00Z"), "UTC", &[]));
        assert!(!billing.is_open(utc("2026-10-26T07:30:00Z"), "UTC", &[]), "08:30 CET: not yet");
    }

    #[test]
    fn data_center_hours_use_the_data_center_zone_and_holidays_close_the_office() {
        let dc = WorkingHours::weekdays("08:00", "17:00", None);
        // 14:00 UTC on a Wednesday: 16:00 in Frankfurt (open), 09:00 in Miami (open),
        // 15:00 UTC: 17:00 Frankfurt (closed), 10:00 Miami (open).
        let at = utc("2026-06-17T15:00:00Z");
        assert!(!dc.is_open(at, "Europe/Berlin", &[]));
        assert!(dc.is_open(at, "America/New_York", &[]));
        let holiday = [Holiday { date: NaiveDate::from_ymd_opt(2026, 6, 17).unwrap(), name: "x".into() }];
        assert!(!dc.is_open(at, "America/New_York", &holiday));
        assert!(WorkingHours::always().is_open(at, "Nowhere/Invalid", &holiday));
    }

    #[test]
    fn zones_are_checked_against_the_database() {
        assert!(is_time_zone("Europe/Rome"));
        assert!(is_time_zone("America/New_York"));
        assert!(!is_time_zone("CET+1"));
        assert!(!is_time_zone("Mars/Olympus"));
    }
}

//! The provider's support hours as the customer reads them: each team, whether it is on
//! shift now and when that changes, its shifts over the next week (for the week strip,
//! drawn in the customer's own time), and the provider's coming holidays. Pure functions
//! of (the support structure, the customer's services, now); the shift arithmetic is the
//! contract's (`clientarea_api::support`, real zone rules through chrono-tz).

use chrono::{DateTime, Duration, Utc};
use clientarea_api::support::CET_ZONE;
use clientarea_api::{Holiday, Service, SupportStructure, Team};
use serde::Serialize;

/// How far ahead the week strip and the holidays look.
pub const WEEK_DAYS: i64 = 7;
const HOLIDAYS_AHEAD_DAYS: i64 = 90;

/// One team's hours; the Data Center Technicians once per data center of the customer's
/// services, in that data center's zone.
#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct TeamHours {
    pub team_id: String,
    pub name: String,
    pub level: u8,
    /// The data center these hours are kept in (Data Center Technicians only).
    pub datacenter: Option<String>,
    /// Around the clock, every day.
    pub always: bool,
    /// ISO weekdays (1 = Monday) and the shift's hours, in `zone`.
    pub weekdays: Vec<u8>,
    pub opens: String,
    pub closes: String,
    /// The IANA zone the hours are kept in.
    pub zone: String,
    pub open_now: bool,
    /// When that changes: the end of the shift under way, or the start of the next one
    /// (none when always open, or when no shift comes within two weeks).
    pub next_change: Option<DateTime<Utc>>,
    /// The shifts of the next [`WEEK_DAYS`] days, from the start of today in UTC.
    pub week: Vec<Span>,
}

#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq, ts_rs::TS)]
pub struct Span {
    pub from: DateTime<Utc>,
    pub to: DateTime<Utc>,
}

/// The support hours view.
#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct SupportHours {
    pub teams: Vec<TeamHours>,
    /// The provider's holidays from today on (the teams with office hours are off).
    pub holidays: Vec<Holiday>,
    /// Where the week strip starts (midnight UTC of today, minus a day so a customer west
    /// of UTC sees their whole today).
    pub week_from: DateTime<Utc>,
}

/// One promise of the provider on a ticket: due then, kept (or not) then, where it stands.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct PromiseClock {
    pub due_at: DateTime<Utc>,
    pub done_at: Option<DateTime<Utc>>,
    pub state: crate::tickets::Sla,
}

/// A ticket's promise panel: the acknowledgment and first-response clocks, and the team
/// now in charge with its shift (in the zone it keeps: the ticket's data center for the
/// Data Center Technicians).
#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Promises {
    pub created_at: DateTime<Utc>,
    pub acknowledgment: PromiseClock,
    pub first_response: PromiseClock,
    pub team: Option<TeamHours>,
}

/// The promises of `ticket` at `now`.
pub fn promises(
    ticket: &clientarea_api::Ticket,
    structure: Option<&SupportStructure>,
    services: &[Service],
    now: DateTime<Utc>,
) -> Promises {
    let promise = |due_at, done_at| PromiseClock { due_at, done_at, state: crate::tickets::sla_state(due_at, done_at, now) };
    let team = structure.and_then(|s| {
        let team = s.teams.iter().find(|t| t.id == ticket.team)?;
        let zone = match &team.hours.timezone {
            Some(z) => z.clone(),
            None => ticket
                .service_id
                .as_ref()
                .and_then(|id| services.iter().find(|x| &x.id == id))
                .map(|x| x.datacenter_timezone.clone())
                .filter(|z| !z.is_empty())
                .unwrap_or_else(|| CET_ZONE.to_owned()),
        };
        let datacenter = (!team.hours.always && team.hours.timezone.is_none())
            .then(|| ticket.service_id.as_ref().and_then(|id| services.iter().find(|x| &x.id == id)).map(|x| x.datacenter.clone()))
            .flatten();
        let week_from = now.date_naive().and_hms_opt(0, 0, 0).map(|d| d.and_utc()).unwrap_or(now) - Duration::days(1);
        Some(team_hours(team, datacenter, &zone, s, now, week_from))
    });
    Promises {
        created_at: ticket.created_at,
        acknowledgment: promise(ticket.acknowledge_due_at, ticket.acknowledged_at),
        first_response: promise(ticket.first_response_due_at, ticket.first_response_at),
        team,
    }
}

/// Every team's hours at `now`, by level.
pub fn support_hours(structure: &SupportStructure, services: &[Service], now: DateTime<Utc>) -> SupportHours {
    let week_from = now.date_naive().and_hms_opt(0, 0, 0).map(|d| d.and_utc()).unwrap_or(now) - Duration::days(1);
    let mut teams = Vec::new();
    let mut sorted: Vec<&Team> = structure.teams.iter().collect();
    sorted.sort_by_key(|t| t.level);
    for team in sorted {
        if team.hours.always || team.hours.timezone.is_some() {
            teams.push(team_hours(team, None, team.hours.timezone.as_deref().unwrap_or(CET_ZONE), structure, now, week_from));
            continue;
        }
        // Hours kept in each data center's own zone: one entry per data center in use.
        let mut centers: Vec<(&str, &str)> =
            services.iter().map(|s| (s.datacenter.as_str(), s.datacenter_timezone.as_str())).filter(|(_, z)| !z.is_empty()).collect();
        centers.sort();
        centers.dedup();
        if centers.is_empty() {
            centers.push(("", CET_ZONE));
        }
        for (center, zone) in centers {
            let name = (!center.is_empty()).then(|| center.to_owned());
            teams.push(team_hours(team, name, zone, structure, now, week_from));
        }
    }
    let today = now.date_naive();
    let holidays =
        structure.holidays.iter().filter(|h| h.date >= today && h.date <= today + Duration::days(HOLIDAYS_AHEAD_DAYS)).cloned().collect();
    SupportHours { teams, holidays, week_from }
}

fn team_hours(
    team: &Team,
    datacenter: Option<String>,
    zone: &str,
    structure: &SupportStructure,
    now: DateTime<Utc>,
    week_from: DateTime<Utc>,
) -> TeamHours {
    let hours = &team.hours;
    let holidays = &structure.holidays;
    let open_now = hours.is_open(now, zone, holidays);
    let next_change = if hours.always {
        None
    } else if open_now {
        hours.closes_at(now, zone, holidays)
    } else {
        hours.next_open(now, zone, holidays)
    };
    TeamHours {
        team_id: team.id.clone(),
        name: team.name.clone(),
        level: team.level,
        datacenter,
        always: hours.always,
        weekdays: hours.weekdays.clone(),
        opens: hours.opens.clone(),
        closes: hours.closes.clone(),
        zone: zone.to_owned(),
        open_now,
        next_change,
        week: hours.spans(week_from, WEEK_DAYS + 1, zone, holidays).into_iter().map(|(from, to)| Span { from, to }).collect(),
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;
    use clientarea_api::support::standard_teams;

    use super::*;

    fn utc(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    fn service(center: &str, zone: &str) -> Service {
        Service {
            id: center.into(),
            name: center.into(),
            kind: "vps".into(),
            ip_addresses: vec![],
            order_number: "#1".into(),
            datacenter: center.into(),
            datacenter_timezone: zone.into(),
        }
    }

    fn structure(holidays: Vec<Holiday>) -> SupportStructure {
        SupportStructure { departments: vec![], teams: standard_teams(), holidays }
    }

    #[test]
    fn friday_evening_to_monday_morning_and_each_data_center_in_its_own_zone() {
        // Friday 27 March 2026, 19:00 UTC (20:00 CET): billing closed since 18:00 CET,
        // sysadmins open until 22:00 CET; Monday 30 March is in CEST.
        let now = utc("2026-03-27T19:00:00Z");
        let services = [service("Amsterdam", "Europe/Amsterdam"), service("New York", "America/New_York")];
        let view = support_hours(&structure(vec![]), &services, now);
        let by =
            |id: &str, dc: Option<&str>| view.teams.iter().find(|t| t.team_id == id && t.datacenter.as_deref() == dc).cloned().unwrap();
        let l1 = by("support-engineers", None);
        assert!(l1.always && l1.open_now && l1.next_change.is_none());
        let billing = by("billing", None);
        assert!(!billing.open_now);
        assert_eq!(billing.next_change, Some(utc("2026-03-30T07:00:00Z")), "Monday 09:00 CEST");
        let sysadmins = by("sysadmins", None);
        assert!(sysadmins.open_now);
        assert_eq!(sysadmins.next_change, Some(utc("2026-03-27T21:00:00Z")), "22:00 CET");
        // New York: 15:00 EDT on Friday, open until 17:00 EDT = 21:00 UTC.
        let ny = by("datacenter", Some("New York"));
        assert_eq!((ny.open_now, ny.next_change, ny.zone.as_str()), (true, Some(utc("2026-03-27T21:00:00Z")), "America/New_York"));
        let ams = by("datacenter", Some("Amsterdam"));
        assert!(!ams.open_now, "20:00 in Amsterdam");
        // Levels in order.
        assert!(view.teams.windows(2).all(|w| w[0].level <= w[1].level));
    }

    #[test]
    fn a_holiday_moves_the_next_shift_and_is_listed() {
        // Wednesday 31 December 2025, 20:00 UTC; 1 January a holiday: billing opens on
        // Friday 2 January at 09:00 CET.
        let new_year = Holiday { date: NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(), name: "New Year".into() };
        let past = Holiday { date: NaiveDate::from_ymd_opt(2025, 12, 25).unwrap(), name: "Christmas".into() };
        let view = support_hours(&structure(vec![past, new_year.clone()]), &[], utc("2025-12-31T20:00:00Z"));
        let billing = view.teams.iter().find(|t| t.team_id == "billing").unwrap();
        assert_eq!(billing.next_change, Some(utc("2026-01-02T08:00:00Z")));
        assert_eq!(view.holidays, vec![new_year], "coming holidays only");
        assert!(billing.week.iter().all(|s| s.from.date_naive() != NaiveDate::from_ymd_opt(2026, 1, 1).unwrap()));
        // Without the customer's services, the data center's hours are shown in CET.
        assert!(view.teams.iter().any(|t| t.team_id == "datacenter" && t.zone == CET_ZONE));
    }

    fn ticket(team: &str, created: &str) -> clientarea_api::Ticket {
        let at = utc(created);
        clientarea_api::Ticket {
            id: "t".into(),
            number: 100001,
            subject: "s".into(),
            department: clientarea_api::DepartmentId::Technical,
            priority: clientarea_api::Priority::Regular,
            status: clientarea_api::TicketStatus::Open,
            service_id: Some("New York".into()),
            notice_id: None,
            incident: None,
            team: team.into(),
            created_at: at,
            updated_at: at,
            acknowledge_due_at: at + Duration::minutes(2),
            first_response_due_at: at + Duration::minutes(10),
            acknowledged_at: None,
            first_response_at: None,
        }
    }

    #[test]
    fn a_late_acknowledgment_is_missed_and_the_team_in_charge_says_its_next_shift() {
        use crate::tickets::Sla;
        // Escalated to level 3 on Saturday 28 March 2026: next shift Monday 08:00 CEST.
        let mut t = ticket("sysadmins", "2026-03-28T10:00:00Z");
        t.acknowledged_at = Some(utc("2026-03-28T10:03:00Z"));
        let p = promises(&t, Some(&structure(vec![])), &[], utc("2026-03-28T10:05:00Z"));
        assert_eq!(p.acknowledgment.state, Sla::Late, "acknowledged after 3 minutes of 2");
        assert_eq!(p.first_response.state, Sla::Due);
        let team = p.team.unwrap();
        assert!(!team.open_now);
        assert_eq!(team.next_change, Some(utc("2026-03-30T06:00:00Z")), "Monday 08:00 CEST");
        // Exactly at its due instant, a promise is still due; a moment later, missed.
        let at_due = promises(&t, None, &[], t.first_response_due_at);
        assert_eq!(at_due.first_response.state, Sla::Due);
        assert!(at_due.team.is_none(), "no structure pulled yet: no team");
        let after = promises(&t, None, &[], t.first_response_due_at + Duration::seconds(1));
        assert_eq!(after.first_response.state, Sla::Overdue);
        // The Data Center Technicians of a New York server keep New York's hours.
        let dc = promises(
            &ticket("datacenter", "2026-03-27T19:00:00Z"),
            Some(&structure(vec![])),
            &[service("New York", "America/New_York")],
            utc("2026-03-27T19:00:00Z"),
        );
        let team = dc.team.unwrap();
        assert_eq!((team.zone.as_str(), team.datacenter.as_deref(), team.open_now), ("America/New_York", Some("New York"), true));
    }

    #[test]
    fn a_ticket_created_a_minute_before_a_shift_ends_shows_the_end_then_the_next_start() {
        // Billing, Friday 27 March 2026 17:59 CET (16:59 UTC): on shift for one minute.
        let t = ticket("billing", "2026-03-27T16:59:00Z");
        let p = promises(&t, Some(&structure(vec![])), &[], utc("2026-03-27T16:59:00Z"));
        assert_eq!(p.team.as_ref().map(|x| (x.open_now, x.next_change)), Some((true, Some(utc("2026-03-27T17:00:00Z")))));
        let p = promises(&t, Some(&structure(vec![])), &[], utc("2026-03-27T17:01:00Z"));
        assert_eq!(p.team.map(|x| (x.open_now, x.next_change)), Some((false, Some(utc("2026-03-30T07:00:00Z")))));
    }

    #[test]
    fn a_clock_exactly_at_closing_time_is_closed() {
        let view = support_hours(&structure(vec![]), &[], utc("2026-03-27T17:00:00Z"));
        let billing = view.teams.iter().find(|t| t.team_id == "billing").unwrap();
        assert!(!billing.open_now, "18:00 CET: closed");
        assert_eq!(billing.next_change, Some(utc("2026-03-30T07:00:00Z")));
    }
}

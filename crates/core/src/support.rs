//! The provider's support hours as the customer reads them: each team, whether it is on
//! shift now and when that changes, its shifts over the next week (for the week strip,
//! drawn in the customer's own time), and the provider's coming holidays. Pure functions
//! of (the support structure, the customer's services, now); the shift arithmetic is the
//! contract's (`clientarea_api::support`, real zone rules through chrono-tz).

use chrono::{DateTime, Duration, Utc};
use clientarea_api::support::CET_ZONE;
use clientarea_api::{Author, EventKind, Holiday, Service, SupportStructure, Team, TicketStatus};
use serde::Serialize;

use crate::tickets::TimelineItem;

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
    /// The "regular updates" promise (none when the provider states no interval).
    pub updates: Option<UpdateClock>,
    /// The typical resolution time for this kind of issue, and how long it has taken.
    pub resolution: Option<ResolutionClock>,
}

/// Where the "regular updates" promise stands.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum UpdateState {
    /// No first answer yet: the first-response promise is the one running.
    NotStarted,
    /// The provider is working on it and the next update is not late.
    Kept,
    /// The provider is working on it and the interval has passed with no update.
    Overdue,
    /// The provider answered and waits for the customer.
    WaitingForYou,
    /// Resolved or closed.
    Ended,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct UpdateClock {
    pub interval_minutes: u32,
    /// The provider's last update: a staff message, an escalation or a status change.
    pub last_at: Option<DateTime<Utc>>,
    /// When the next update is due (while the provider works on it).
    pub due_at: Option<DateTime<Utc>>,
    pub state: UpdateState,
    /// Gaps between updates, while the provider worked on it, longer than the interval.
    pub late_gaps: u32,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ResolutionClock {
    pub kind: clientarea_api::IssueKind,
    pub typical_from_minutes: Option<u32>,
    pub typical_to_minutes: Option<u32>,
    pub may_take_next_day: bool,
    /// From creation to resolution (or to now while not resolved), in seconds.
    pub elapsed_secs: i64,
    /// Resolved (or closed).
    pub done: bool,
    /// Longer than the typical range already (never for "the next day" kinds before the
    /// next day's end, nor for kinds with no figure, nor while waiting for the customer).
    pub beyond_typical: bool,
}

/// The promises of `ticket` at `now`; `timeline` is its conversation and events, oldest
/// first.
pub fn promises(
    ticket: &clientarea_api::Ticket,
    timeline: &[TimelineItem],
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
        updates: structure.and_then(|s| s.update_interval_minutes).map(|m| updates(ticket, timeline, m, now)),
        resolution: structure.and_then(|s| resolution(ticket, timeline, s, now)),
        team,
    }
}

/// The provider's updates of a ticket: staff messages, escalations and status changes.
fn update_instants(timeline: &[TimelineItem]) -> Vec<DateTime<Utc>> {
    timeline
        .iter()
        .filter_map(|i| match i {
            TimelineItem::Message(m) if m.author == Author::Staff => Some(m.created_at),
            TimelineItem::Event(e) if !matches!(e.kind, EventKind::Acknowledged) => Some(e.at),
            _ => None,
        })
        .collect()
}

/// The regular-updates promise: from the first answer, while the ticket is open (the
/// provider working on it), an update at least every `minutes`.
pub fn updates(ticket: &clientarea_api::Ticket, timeline: &[TimelineItem], minutes: u32, now: DateTime<Utc>) -> UpdateClock {
    let interval = Duration::minutes(i64::from(minutes));
    let mut instants = update_instants(timeline);
    instants.sort();
    let last_at = instants.last().copied().max(ticket.first_response_at);
    // Gaps while the provider was working: between consecutive updates after the first
    // answer where the customer had not been answered in between (a customer message
    // after a staff update reopens the work; the gap runs from it).
    let mut late_gaps = 0;
    if let Some(first) = ticket.first_response_at {
        let mut customer_or_update: Vec<(DateTime<Utc>, bool)> = timeline
            .iter()
            .filter_map(|i| match i {
                TimelineItem::Message(m) if m.author == Author::Customer => Some((m.created_at, false)),
                _ => None,
            })
            .chain(instants.iter().map(|at| (*at, true)))
            .filter(|(at, _)| *at >= first)
            .collect();
        customer_or_update.sort();
        let mut waiting_since: Option<DateTime<Utc>> = None;
        for (at, is_update) in customer_or_update {
            if is_update {
                if waiting_since.is_some_and(|w| at - w > interval) {
                    late_gaps += 1;
                }
                waiting_since = None;
            } else if waiting_since.is_none() {
                waiting_since = Some(at);
            }
        }
    }
    let (state, due_at) = match (ticket.status, ticket.first_response_at, last_at) {
        (TicketStatus::Resolved | TicketStatus::Closed, _, _) => (UpdateState::Ended, None),
        (_, None, _) | (_, _, None) => (UpdateState::NotStarted, None),
        (TicketStatus::Answered, _, _) => (UpdateState::WaitingForYou, None),
        (TicketStatus::Open, Some(_), Some(last)) => {
            // Open after an answer: the customer wrote last; the clock runs from then.
            let from = timeline
                .iter()
                .filter_map(|i| match i {
                    TimelineItem::Message(m) if m.author == Author::Customer && m.created_at > last => Some(m.created_at),
                    _ => None,
                })
                .min()
                .unwrap_or(last);
            let due = from + interval;
            (if now <= due { UpdateState::Kept } else { UpdateState::Overdue }, Some(due))
        }
    };
    UpdateClock { interval_minutes: minutes, last_at, due_at, state, late_gaps }
}

/// The typical resolution time for the ticket's kind of issue (by the team in charge, as
/// the provider states it), and how long it has taken so far.
pub fn resolution(
    ticket: &clientarea_api::Ticket,
    timeline: &[TimelineItem],
    structure: &SupportStructure,
    now: DateTime<Utc>,
) -> Option<ResolutionClock> {
    let typical = structure.resolution_for(&ticket.team)?;
    let done = matches!(ticket.status, TicketStatus::Resolved | TicketStatus::Closed);
    let ended = done
        .then(|| {
            timeline
                .iter()
                .filter_map(|i| match i {
                    TimelineItem::Event(e)
                        if matches!(e.kind, EventKind::StatusChanged { to: TicketStatus::Resolved | TicketStatus::Closed, .. }) =>
                    {
                        Some(e.at)
                    }
                    _ => None,
                })
                .min()
        })
        .flatten()
        .unwrap_or(if done { ticket.updated_at } else { now });
    let elapsed_secs = (ended - ticket.created_at).num_seconds().max(0);
    // While the provider waits for the customer's answer, the time is not held against it.
    let waiting = ticket.status == TicketStatus::Answered;
    let beyond_typical = !waiting
        && match (typical.typical_from_minutes, typical.typical_to_minutes, typical.may_take_next_day) {
            (_, Some(to), false) => elapsed_secs > i64::from(to) * 60,
            // "2 h or the next day": beyond once the next day is over (in the provider's zone).
            (Some(_), None, true) => {
                let tz: chrono_tz::Tz = CET_ZONE.parse().unwrap_or(chrono_tz::Europe::Berlin);
                let next_day_end = (ticket.created_at.with_timezone(&tz).date_naive() + Duration::days(2))
                    .and_hms_opt(0, 0, 0)
                    .and_then(|d| d.and_local_timezone(tz).earliest())
                    .map(|d| d.with_timezone(&Utc));
                next_day_end.is_some_and(|end| ended > end)
            }
            _ => false,
        };
    Some(ResolutionClock {
        kind: typical.kind,
        typical_from_minutes: typical.typical_from_minutes,
        typical_to_minutes: typical.typical_to_minutes,
        may_take_next_day: typical.may_take_next_day,
        elapsed_secs,
        done,
        beyond_typical,
    })
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
        SupportStructure {
            departments: vec![],
            teams: standard_teams(),
            holidays,
            update_interval_minutes: Some(60),
            resolution_times: clientarea_api::support::standard_resolution_times(),
            email: None,
        }
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
            invoice_id: None,
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
        let p = promises(&t, &[], Some(&structure(vec![])), &[], utc("2026-03-28T10:05:00Z"));
        assert_eq!(p.acknowledgment.state, Sla::Late, "acknowledged after 3 minutes of 2");
        assert_eq!(p.first_response.state, Sla::Due);
        let team = p.team.unwrap();
        assert!(!team.open_now);
        assert_eq!(team.next_change, Some(utc("2026-03-30T06:00:00Z")), "Monday 08:00 CEST");
        // Exactly at its due instant, a promise is still due; a moment later, missed.
        let at_due = promises(&t, &[], None, &[], t.first_response_due_at);
        assert_eq!(at_due.first_response.state, Sla::Due);
        assert!(at_due.team.is_none(), "no structure pulled yet: no team");
        let after = promises(&t, &[], None, &[], t.first_response_due_at + Duration::seconds(1));
        assert_eq!(after.first_response.state, Sla::Overdue);
        // The Data Center Technicians of a New York server keep New York's hours.
        let dc = promises(
            &ticket("datacenter", "2026-03-27T19:00:00Z"),
            &[],
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
        let p = promises(&t, &[], Some(&structure(vec![])), &[], utc("2026-03-27T16:59:00Z"));
        assert_eq!(p.team.as_ref().map(|x| (x.open_now, x.next_change)), Some((true, Some(utc("2026-03-27T17:00:00Z")))));
        let p = promises(&t, &[], Some(&structure(vec![])), &[], utc("2026-03-27T17:01:00Z"));
        assert_eq!(p.team.map(|x| (x.open_now, x.next_change)), Some((false, Some(utc("2026-03-30T07:00:00Z")))));
    }

    fn staff(at: &str) -> TimelineItem {
        TimelineItem::Message(clientarea_api::TicketMessage {
            id: at.into(),
            ticket_id: "t".into(),
            author: Author::Staff,
            author_name: None,
            body: String::new(),
            attachments: vec![],
            created_at: utc(at),
        })
    }

    fn customer(at: &str) -> TimelineItem {
        match staff(at) {
            TimelineItem::Message(mut m) => {
                m.author = Author::Customer;
                TimelineItem::Message(m)
            }
            other => other,
        }
    }

    #[test]
    fn regular_updates_run_while_the_provider_works_and_count_the_late_gaps() {
        let mut t = ticket("support-engineers", "2026-10-01T10:00:00Z");
        let now = utc("2026-10-01T10:05:00Z");
        assert_eq!(updates(&t, &[], 60, now).state, UpdateState::NotStarted);
        // First answer at 10:08, then the customer writes at 10:20 and the ticket is open:
        // the next update is due an hour after the customer's message.
        t.first_response_at = Some(utc("2026-10-01T10:08:00Z"));
        t.status = TicketStatus::Open;
        let line = [staff("2026-10-01T10:08:00Z"), customer("2026-10-01T10:20:00Z")];
        let u = updates(&t, &line, 60, utc("2026-10-01T11:20:00Z"));
        assert_eq!(
            (u.state, u.due_at, u.last_at),
            (UpdateState::Kept, Some(utc("2026-10-01T11:20:00Z")), Some(utc("2026-10-01T10:08:00Z")))
        );
        assert_eq!(updates(&t, &line, 60, utc("2026-10-01T11:20:01Z")).state, UpdateState::Overdue, "a second past the interval");
        // An update at 11:45 came 85 minutes after the customer wrote: one late gap; the
        // provider answered and waits for the customer: the clock stops.
        t.status = TicketStatus::Answered;
        let line = [staff("2026-10-01T10:08:00Z"), customer("2026-10-01T10:20:00Z"), staff("2026-10-01T11:45:00Z")];
        let u = updates(&t, &line, 60, utc("2026-10-01T15:00:00Z"));
        assert_eq!((u.state, u.late_gaps, u.due_at), (UpdateState::WaitingForYou, 1, None));
        t.status = TicketStatus::Resolved;
        assert_eq!(updates(&t, &line, 60, utc("2026-10-01T15:00:00Z")).state, UpdateState::Ended);
    }

    #[test]
    fn typical_resolution_by_kind_and_level_and_the_next_day_in_cet() {
        use clientarea_api::IssueKind;
        let s = structure(vec![]);
        let mut t = ticket("support-engineers", "2026-10-01T10:00:00Z");
        let r = resolution(&t, &[], &s, utc("2026-10-01T10:20:00Z")).unwrap();
        assert_eq!((r.kind, r.typical_to_minutes, r.elapsed_secs, r.beyond_typical), (IssueKind::Simple, Some(30), 1200, false));
        t.team = "billing".into();
        let r = resolution(&t, &[], &s, utc("2026-10-01T12:30:00Z")).unwrap();
        assert_eq!((r.kind, r.elapsed_secs, r.beyond_typical), (IssueKind::Standard, 9000, true));
        // Answered, waiting for the customer: the time is shown, not held against the provider.
        t.status = TicketStatus::Answered;
        assert!(!resolution(&t, &[], &s, utc("2026-10-01T12:30:00Z")).unwrap().beyond_typical);
        t.status = TicketStatus::Open;
        // With the system administrators (level 3): "2 h or the next day". Created on
        // Thursday 1 October at 12:00 CEST: in range until Friday ends in CEST (22:00 UTC).
        t.team = "sysadmins".into();
        assert!(!resolution(&t, &[], &s, utc("2026-10-02T21:59:00Z")).unwrap().beyond_typical);
        let r = resolution(&t, &[], &s, utc("2026-10-02T22:00:01Z")).unwrap();
        assert_eq!((r.kind, r.beyond_typical), (IssueKind::Complex, true));
        // Resolved: the time stops at the resolution.
        t.status = TicketStatus::Resolved;
        let resolved = TimelineItem::Event(clientarea_api::TicketEvent {
            id: "e".into(),
            ticket_id: "t".into(),
            at: utc("2026-10-01T11:00:00Z"),
            kind: EventKind::StatusChanged { from: TicketStatus::Open, to: TicketStatus::Resolved },
        });
        let r = resolution(&t, &[resolved], &s, utc("2026-10-09T00:00:00Z")).unwrap();
        assert_eq!((r.done, r.elapsed_secs, r.beyond_typical), (true, 3600, false));
    }

    #[test]
    fn a_clock_exactly_at_closing_time_is_closed() {
        let view = support_hours(&structure(vec![]), &[], utc("2026-03-27T17:00:00Z"));
        let billing = view.teams.iter().find(|t| t.team_id == "billing").unwrap();
        assert!(!billing.open_now, "18:00 CET: closed");
        assert_eq!(billing.next_change, Some(utc("2026-03-30T07:00:00Z")));
    }
}

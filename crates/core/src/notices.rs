//! What the app reads from the provider's notices: where each stands, which pop up, and
//! in which language the customer reads it (`notice_text`: the translation for the UI's
//! language, else the provider's default text, marked as a fallback).

use chrono::{DateTime, NaiveTime, Utc};
use clientarea_api::problem::FieldError;
use clientarea_api::{Notice, NoticeKind, Service};
use serde::{Deserialize, Serialize};

/// Which notices raise a desktop notification, and when not to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct NotifyPrefs {
    /// The kinds that pop up; the others only appear in the app.
    pub kinds: Vec<NoticeKind>,
    /// Quiet hours in the computer's time (`HH:MM`), both or neither; they may cross
    /// midnight (22:00 to 07:00). Urgent notices still come through.
    pub quiet_from: Option<String>,
    pub quiet_to: Option<String>,
    /// Support's replies pop up too (off unless the user asks: the list marks them).
    #[serde(default)]
    pub staff_replies: bool,
    /// New and overdue invoices pop up (the "Invoices/orders" kind; on unless turned off).
    #[serde(default = "yes")]
    pub invoices: bool,
}

fn yes() -> bool {
    true
}

impl Default for NotifyPrefs {
    fn default() -> Self {
        NotifyPrefs { kinds: NoticeKind::ALL.to_vec(), quiet_from: None, quiet_to: None, staff_replies: false, invoices: true }
    }
}

impl NotifyPrefs {
    /// Whether an invoice notification pops up at the computer's local time `now`.
    pub fn allows_invoice(&self, now: NaiveTime) -> bool {
        self.invoices && !self.is_quiet(now)
    }

    /// Whether a staff reply pops up at the computer's local time `now`.
    pub fn allows_reply(&self, now: NaiveTime) -> bool {
        self.staff_replies && !self.is_quiet(now)
    }

    fn is_quiet(&self, now: NaiveTime) -> bool {
        match (self.quiet_from.as_deref().and_then(hhmm), self.quiet_to.as_deref().and_then(hhmm)) {
            (Some(from), Some(to)) if from <= to => from <= now && now < to,
            (Some(from), Some(to)) => now >= from || now < to,
            _ => false,
        }
    }

    /// Whether a notice of `kind` pops up at the computer's local time `now`.
    pub fn allows(&self, kind: NoticeKind, urgent: bool, now: NaiveTime) -> bool {
        if !self.kinds.contains(&kind) {
            return false;
        }
        urgent || !self.is_quiet(now)
    }

    /// The fields that are wrong, if any.
    pub fn check(&self) -> Vec<FieldError> {
        let mut errors = Vec::new();
        for (field, value) in [("quiet_from", &self.quiet_from), ("quiet_to", &self.quiet_to)] {
            match value.as_deref() {
                Some(v) if hhmm(v).is_none() => errors.push(FieldError { field: field.into(), reason: "invalid".into() }),
                None if self.quiet_from.is_some() || self.quiet_to.is_some() => {
                    errors.push(FieldError { field: field.into(), reason: "required".into() })
                }
                _ => {}
            }
        }
        errors
    }
}

fn hhmm(s: &str) -> Option<NaiveTime> {
    NaiveTime::parse_from_str(s.trim(), "%H:%M").ok()
}

/// A notice's words as the customer reads them in one UI language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NoticeWords<'a> {
    pub title: &'a str,
    pub body: &'a str,
    /// The language tag of the text shown, as the provider gave it.
    pub lang: &'a str,
    /// The provider wrote nothing in the UI's language: this is its default text, and
    /// the app says so.
    pub fallback: bool,
}

/// The text of `n` for the UI locale `locale` (`en-US`, `it`, or the pseudo-locale
/// `en-XA`), among the default text and then the translations in order, tags compared
/// case aside: the one tagged with the locale itself (`de-CH` for `de-CH`), else the one
/// tagged with its primary language (`de` for `de-AT`, `en` for `en-US`), else the first
/// in that primary language (`pt-BR` for `pt`); else the default text, as a fallback.
/// `ui/src/lib/notices/text.ts` mirrors this rule for the window; both are tested on the
/// same cases (`notice_text_cases.json`).
pub fn notice_text<'a>(n: &'a Notice, locale: &str) -> NoticeWords<'a> {
    let default = NoticeWords { title: &n.title, body: &n.body, lang: &n.default_lang, fallback: false };
    let texts = || {
        std::iter::once(default).chain(n.translations.iter().map(|t| NoticeWords {
            title: &t.title,
            body: &t.body,
            lang: &t.lang,
            fallback: false,
        }))
    };
    fn primary(tag: &str) -> &str {
        tag.split('-').next().unwrap_or_default()
    }
    let wanted = primary(locale);
    texts()
        .find(|t| t.lang.eq_ignore_ascii_case(locale))
        .or_else(|| texts().find(|t| t.lang.eq_ignore_ascii_case(wanted)))
        .or_else(|| texts().find(|t| primary(t.lang).eq_ignore_ascii_case(wanted)))
        .unwrap_or(NoticeWords { fallback: true, ..default })
}

/// Whether `n` is under way at `now` and touches `service_id`: a maintenance inside its
/// window, an outage or service change started and not resolved. Abuse reports are about
/// the customer's own use, not an incident of the provider.
pub fn is_active_for(n: &Notice, service_id: &str, now: DateTime<Utc>) -> bool {
    if !n.service_ids.iter().any(|s| s == service_id) || n.resolved_at.is_some_and(|r| r <= now) {
        return false;
    }
    let started = n.starts_at.is_none_or(|s| s <= now);
    match n.kind {
        NoticeKind::Maintenance => started && n.ends_at.is_none_or(|e| now < e),
        NoticeKind::Outage | NoticeKind::ServiceChange => started,
        NoticeKind::Abuse => false,
    }
}

/// Where a notice stands at a moment: the status view's groups.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "lowercase")]
pub enum Phase {
    /// An abuse report not yet resolved: the customer must answer.
    Abuse,
    /// Under way.
    Now,
    /// Announced, not begun.
    Planned,
    /// Over: resolved, or past the end of its window.
    Past,
}

/// Where `n` stands at `now`: an abuse report is to answer until resolved; anything else
/// is over once resolved or past the end of its window, planned before it begins, and
/// under way in between.
pub fn phase(n: &Notice, now: DateTime<Utc>) -> Phase {
    if n.kind == NoticeKind::Abuse {
        return if n.resolved_at.is_some() { Phase::Past } else { Phase::Abuse };
    }
    if n.resolved_at.is_some_and(|r| r <= now) || n.ends_at.is_some_and(|e| e <= now) {
        Phase::Past
    } else if n.starts_at.is_some_and(|s| s > now) {
        Phase::Planned
    } else {
        Phase::Now
    }
}

/// Whether `n` is over at `now`. Over notices are history: never "new".
pub fn is_over(n: &Notice, now: DateTime<Utc>) -> bool {
    phase(n, now) == Phase::Past
}

/// How long before an abuse report's deadline the customer is reminded of it.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq, PartialOrd, Ord, Hash, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum ReminderLead {
    /// 24 hours before.
    Day,
    /// 2 hours before.
    TwoHours,
}

impl ReminderLead {
    pub const ALL: [ReminderLead; 2] = [ReminderLead::Day, ReminderLead::TwoHours];

    pub fn before(self) -> chrono::Duration {
        match self {
            ReminderLead::Day => chrono::Duration::hours(24),
            ReminderLead::TwoHours => chrono::Duration::hours(2),
        }
    }

    /// As stored (one row per notice and lead, so each is sent once).
    pub fn as_str(self) -> &'static str {
        match self {
            ReminderLead::Day => "24h",
            ReminderLead::TwoHours => "2h",
        }
    }
}

/// Which reminders of abuse report `n` are due at `now`: those whose time came (the
/// deadline is that close) while the deadline has not passed, for a report that is not
/// resolved and was known before that time (a report published 90 minutes before its
/// deadline was announced with it: no "2 hours left" on top). Nearest last.
pub fn reminders_due(n: &Notice, now: DateTime<Utc>) -> Vec<ReminderLead> {
    let Some(by) = n.respond_by.filter(|_| n.kind == NoticeKind::Abuse && n.resolved_at.is_none()) else { return Vec::new() };
    if now >= by {
        return Vec::new();
    }
    ReminderLead::ALL.into_iter().filter(|lead| now >= by - lead.before() && n.published_at < by - lead.before()).collect()
}

/// Whether `n` is about one of the customer's own services.
pub fn is_own(n: &Notice, services: &[Service]) -> bool {
    n.service_ids.iter().any(|s| services.iter().any(|x| &x.id == s))
}

/// A notice as the status view lists it: with where it stands now and whether it is about
/// the customer's own services (listed first).
#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
pub struct ListedNotice {
    #[serde(flatten)]
    pub notice: Notice,
    pub phase: Phase,
    pub own: bool,
    /// An abuse report: the customer's answer, once a ticket answering it reached the
    /// provider.
    pub answer: Option<NoticeAnswer>,
}

/// The ticket that answered an abuse report, and whether it came before the deadline.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct NoticeAnswer {
    pub ticket_id: String,
    #[ts(type = "number")]
    pub number: i64,
    pub in_time: bool,
}

/// A ticket that answers a notice: (notice id, ticket id, number, when the provider got it).
pub type AnswerTicket = (String, String, i64, DateTime<Utc>);

/// The answer to `n` among `answers`: the first ticket that answers it; in time when the
/// provider had it by the deadline (a report with no deadline is always in time).
pub fn answer_of(n: &Notice, answers: &[AnswerTicket]) -> Option<NoticeAnswer> {
    answers.iter().filter(|(notice, ..)| *notice == n.id).min_by_key(|(.., at)| *at).map(|(_, ticket, number, at)| NoticeAnswer {
        ticket_id: ticket.clone(),
        number: *number,
        in_time: n.respond_by.is_none_or(|by| *at <= by),
    })
}

/// Every notice, the customer's own first, then newest first, each with its phase at
/// `now` and, for an abuse report, its answer among `answers`.
pub fn listed(notices: Vec<Notice>, services: &[Service], answers: &[AnswerTicket], now: DateTime<Utc>) -> Vec<ListedNotice> {
    let mut out: Vec<ListedNotice> = notices
        .into_iter()
        .map(|n| ListedNotice { phase: phase(&n, now), own: is_own(&n, services), answer: answer_of(&n, answers), notice: n })
        .collect();
    out.sort_by(|a, b| b.own.cmp(&a.own).then(b.notice.published_at.cmp(&a.notice.published_at)));
    out
}

/// When a notice applies, as its notification says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoticeWhen {
    /// An abuse report: answer by then.
    RespondBy(DateTime<Utc>),
    /// A window with both ends.
    Window { from: DateTime<Utc>, to: DateTime<Utc> },
    /// Begun (or beginning) then, no end known.
    Since(DateTime<Utc>),
    /// No time given.
    Open,
}

/// A notice's desktop notification, decided: the shell only words it (one message per
/// kind and per [`NoticeWhen`]) and posts it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Announcement {
    pub notice_id: String,
    pub kind: NoticeKind,
    /// In the UI's language when the provider translated it (see [`notice_text`]).
    pub title: String,
    /// When the provider wrote nothing in the UI's language: the language the title is
    /// in (its default, a BCP 47 tag). The notification says so.
    pub untranslated: Option<String>,
    pub when: NoticeWhen,
    /// Shown as critical, and through quiet hours: an abuse report (a deadline runs), or
    /// an outage of one of the customer's own services.
    pub urgent: bool,
}

/// What to pop up for `n` at the computer's local time `local`, for a UI in `locale`, or
/// nothing: its kind is turned off, or it is quiet hours and the notice is not urgent.
pub fn announcement(n: &Notice, services: &[Service], prefs: &NotifyPrefs, local: NaiveTime, locale: &str) -> Option<Announcement> {
    let urgent = n.kind == NoticeKind::Abuse || (n.kind == NoticeKind::Outage && is_own(n, services));
    if !prefs.allows(n.kind, urgent, local) {
        return None;
    }
    let when = match (n.kind, n.starts_at, n.ends_at, n.respond_by) {
        (NoticeKind::Abuse, _, _, Some(by)) => NoticeWhen::RespondBy(by),
        (_, Some(from), Some(to), _) => NoticeWhen::Window { from, to },
        (_, Some(from), None, _) => NoticeWhen::Since(from),
        _ => NoticeWhen::Open,
    };
    let words = notice_text(n, locale);
    Some(Announcement {
        notice_id: n.id.clone(),
        kind: n.kind,
        title: words.title.to_owned(),
        untranslated: words.fallback.then(|| words.lang.to_owned()),
        when,
        urgent,
    })
}

#[cfg(test)]
mod reminder_tests {
    use chrono::{Duration, TimeZone, Utc};
    use clientarea_api::{Notice, NoticeKind};

    use super::{ReminderLead, reminders_due};

    fn report(published_hours_before: i64) -> Notice {
        let by = Utc.with_ymd_and_hms(2026, 3, 29, 12, 0, 0).unwrap();
        Notice {
            id: "n1".into(),
            kind: NoticeKind::Abuse,
            title: "Outgoing spam".into(),
            body: String::new(),
            default_lang: "en".into(),
            translations: vec![],
            service_ids: vec![],
            starts_at: None,
            ends_at: None,
            resolved_at: None,
            respond_by: Some(by),
            published_at: by - Duration::hours(published_hours_before),
            updated_at: by - Duration::hours(published_hours_before),
        }
    }

    #[test]
    fn a_day_then_two_hours_before_the_deadline_and_never_after_it() {
        let n = report(72);
        let by = n.respond_by.unwrap();
        assert!(reminders_due(&n, by - Duration::hours(24) - Duration::seconds(1)).is_empty());
        assert_eq!(reminders_due(&n, by - Duration::hours(24)), vec![ReminderLead::Day], "exactly at its instant");
        assert_eq!(reminders_due(&n, by - Duration::hours(2)), vec![ReminderLead::Day, ReminderLead::TwoHours]);
        assert!(reminders_due(&n, by).is_empty(), "at the deadline it is too late to remind");
        let mut resolved = n.clone();
        resolved.resolved_at = Some(by - Duration::hours(3));
        assert!(reminders_due(&resolved, by - Duration::hours(1)).is_empty());
        let mut outage = n;
        outage.kind = NoticeKind::Outage;
        assert!(reminders_due(&outage, by - Duration::hours(1)).is_empty(), "only abuse reports have a deadline");
    }

    #[test]
    fn a_report_published_close_to_its_deadline_is_not_reminded_on_top() {
        // Published 10 hours before: the announcement said so; only the 2-hour reminder.
        let n = report(10);
        let by = n.respond_by.unwrap();
        assert_eq!(reminders_due(&n, by - Duration::hours(1)), vec![ReminderLead::TwoHours]);
        // Published 90 minutes before: nothing beyond its announcement.
        assert!(reminders_due(&report(1), by - Duration::minutes(30)).is_empty());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(h: i64) -> DateTime<Utc> {
        "2026-11-23T12:00:00Z".parse::<DateTime<Utc>>().unwrap() + chrono::Duration::hours(h)
    }

    fn notice(kind: NoticeKind) -> Notice {
        Notice {
            id: "n1".into(),
            kind,
            title: "t".into(),
            body: "b".into(),
            default_lang: "en".into(),
            translations: vec![],
            service_ids: vec!["svc-a".into()],
            starts_at: Some(at(-1)),
            ends_at: Some(at(1)),
            resolved_at: None,
            respond_by: None,
            published_at: at(-2),
            updated_at: at(-2),
        }
    }

    /// The cases `ui/src/lib/notices/text.test.ts` checks its mirror of [`notice_text`] on.
    #[test]
    fn a_notice_reads_in_the_ui_language_else_in_its_default_said_so() {
        #[derive(serde::Deserialize)]
        struct Texts {
            title: String,
            body: String,
            default_lang: String,
            #[serde(default)]
            translations: Vec<clientarea_api::NoticeText>,
        }
        #[derive(serde::Deserialize)]
        struct Case {
            notice: String,
            locale: String,
            title: String,
            lang: String,
            fallback: bool,
        }
        #[derive(serde::Deserialize)]
        struct Cases {
            notices: std::collections::HashMap<String, Texts>,
            cases: Vec<Case>,
        }
        let all: Cases = serde_json::from_str(include_str!("notice_text_cases.json")).unwrap();
        assert!(all.cases.len() >= 10);
        for c in &all.cases {
            let t = &all.notices[&c.notice];
            let n = Notice {
                title: t.title.clone(),
                body: t.body.clone(),
                default_lang: t.default_lang.clone(),
                translations: t.translations.clone(),
                ..notice(NoticeKind::Maintenance)
            };
            let got = notice_text(&n, &c.locale);
            assert_eq!(
                (got.title, got.lang, got.fallback),
                (c.title.as_str(), c.lang.as_str(), c.fallback),
                "{} in {}",
                c.notice,
                c.locale
            );
            let body = if got.lang == n.default_lang { &n.body } else { &n.translations.iter().find(|x| x.lang == got.lang).unwrap().body };
            assert_eq!(got.body, body, "the body goes with its title");
        }
    }

    #[test]
    fn a_notification_is_titled_in_the_ui_language_and_says_when_it_is_not() {
        let noon = NaiveTime::from_hms_opt(12, 0, 0).unwrap();
        let n = Notice {
            title: "Storage maintenance".into(),
            translations: vec![clientarea_api::NoticeText { lang: "de".into(), title: "Speicherwartung".into(), body: String::new() }],
            ..notice(NoticeKind::Maintenance)
        };
        let de = announcement(&n, &[], &NotifyPrefs::default(), noon, "de").unwrap();
        assert_eq!((de.title.as_str(), de.untranslated), ("Speicherwartung", None));
        let en = announcement(&n, &[], &NotifyPrefs::default(), noon, "en-US").unwrap();
        assert_eq!((en.title.as_str(), en.untranslated), ("Storage maintenance", None));
        let it = announcement(&n, &[], &NotifyPrefs::default(), noon, "it").unwrap();
        assert_eq!((it.title.as_str(), it.untranslated.as_deref()), ("Storage maintenance", Some("en")), "Italian falls back, said so");
    }

    #[test]
    fn an_announcement_is_urgent_for_abuse_and_own_outages_and_says_when() {
        let t = |s: &str| NaiveTime::parse_from_str(s, "%H:%M").unwrap();
        let own = vec![Service {
            id: "svc-a".into(),
            name: "srv-fra-07".into(),
            kind: "dedicated".into(),
            ip_addresses: vec!["203.0.113.7".into()],
            order_number: "#123456".into(),
            datacenter: "FRA1".into(),
            datacenter_timezone: "Europe/Berlin".into(),
        }];
        let quiet = NotifyPrefs { quiet_from: Some("22:00".into()), quiet_to: Some("07:00".into()), ..Default::default() };
        let outage = Notice { ends_at: None, ..notice(NoticeKind::Outage) };
        let a = announcement(&outage, &own, &quiet, t("23:00"), "en-US").unwrap();
        assert!(a.urgent, "an outage of one's own service is urgent");
        assert_eq!(a.when, NoticeWhen::Since(at(-1)));
        assert_eq!(announcement(&outage, &[], &quiet, t("23:00"), "en-US"), None, "someone else's outage waits for the morning");
        assert!(!announcement(&outage, &[], &quiet, t("12:00"), "en-US").unwrap().urgent);
        let abuse = Notice { respond_by: Some(at(24)), ..notice(NoticeKind::Abuse) };
        let a = announcement(&abuse, &[], &quiet, t("03:00"), "en-US").unwrap();
        assert!(a.urgent);
        assert_eq!(a.when, NoticeWhen::RespondBy(at(24)));
        let m = announcement(&notice(NoticeKind::Maintenance), &own, &NotifyPrefs::default(), t("12:00"), "en-US").unwrap();
        assert_eq!((m.urgent, m.when), (false, NoticeWhen::Window { from: at(-1), to: at(1) }));
        let off = NotifyPrefs { kinds: vec![NoticeKind::Abuse], ..Default::default() };
        assert_eq!(announcement(&notice(NoticeKind::Maintenance), &own, &off, t("12:00"), "en-US"), None);
        let listed = listed(
            vec![
                Notice { id: "other".into(), service_ids: vec![], published_at: at(0), ..notice(NoticeKind::Outage) },
                notice(NoticeKind::Maintenance),
            ],
            &own,
            &[],
            at(0),
        );
        assert_eq!(
            listed.iter().map(|l| (l.notice.id.as_str(), l.own)).collect::<Vec<_>>(),
            [("n1", true), ("other", false)],
            "own first, though older"
        );
    }

    #[test]
    fn an_abuse_report_is_answered_in_time_or_late_by_its_first_ticket() {
        let report = Notice { respond_by: Some(at(24)), ..notice(NoticeKind::Abuse) };
        assert_eq!(answer_of(&report, &[]), None);
        let first = ("n1".to_owned(), "t1".to_owned(), 100001, at(24));
        let later = ("n1".to_owned(), "t2".to_owned(), 100002, at(30));
        let other = ("n2".to_owned(), "t3".to_owned(), 100003, at(1));
        let a = answer_of(&report, &[later.clone(), first, other]).unwrap();
        assert_eq!((a.ticket_id.as_str(), a.number, a.in_time), ("t1", 100001, true), "the first, exactly at the deadline");
        assert!(!answer_of(&report, &[later]).unwrap().in_time, "after the deadline: late");
    }

    #[test]
    fn quiet_hours_across_midnight_silence_all_but_urgent_notices() {
        let t = |s: &str| NaiveTime::parse_from_str(s, "%H:%M").unwrap();
        let p = NotifyPrefs { quiet_from: Some("22:00".into()), quiet_to: Some("07:00".into()), ..Default::default() };
        assert!(!p.allows(NoticeKind::Maintenance, false, t("23:30")));
        assert!(!p.allows(NoticeKind::Maintenance, false, t("06:59")));
        assert!(p.allows(NoticeKind::Maintenance, false, t("07:00")));
        assert!(p.allows(NoticeKind::Abuse, true, t("03:00")), "urgent comes through");
        let day = NotifyPrefs { quiet_from: Some("12:00".into()), quiet_to: Some("13:00".into()), ..Default::default() };
        assert!(!day.allows(NoticeKind::Outage, false, t("12:30")) && day.allows(NoticeKind::Outage, false, t("13:30")));
        let none = NotifyPrefs { kinds: vec![NoticeKind::Abuse], ..Default::default() };
        assert!(!none.allows(NoticeKind::Maintenance, false, t("12:00")), "a kind turned off never pops up");
        assert!(!p.allows_reply(t("12:00")), "replies only when asked for");
        let replies = NotifyPrefs { staff_replies: true, ..p };
        assert!(replies.allows_reply(t("12:00")) && !replies.allows_reply(t("23:30")), "and never in quiet hours");
    }

    #[test]
    fn quiet_hours_come_in_pairs_of_real_times() {
        let bad = NotifyPrefs { quiet_from: Some("25:00".into()), quiet_to: None, ..Default::default() };
        let got: Vec<_> = bad.check().into_iter().map(|e| (e.field, e.reason)).collect();
        assert_eq!(got, [("quiet_from".to_owned(), "invalid".to_owned()), ("quiet_to".to_owned(), "required".to_owned())]);
        assert!(NotifyPrefs::default().check().is_empty());
    }

    #[test]
    fn a_maintenance_counts_inside_its_window_only() {
        let m = notice(NoticeKind::Maintenance);
        assert!(is_active_for(&m, "svc-a", at(0)));
        assert!(!is_active_for(&m, "svc-a", at(2)), "over");
        assert!(!is_active_for(&m, "svc-a", at(-3)), "not begun");
        assert!(!is_active_for(&m, "svc-b", at(0)), "another service");
    }

    #[test]
    fn an_outage_counts_until_resolved_and_an_abuse_report_never() {
        let mut o = notice(NoticeKind::Outage);
        o.ends_at = None;
        assert!(is_active_for(&o, "svc-a", at(5)));
        o.resolved_at = Some(at(3));
        assert!(!is_active_for(&o, "svc-a", at(5)));
        assert!(!is_active_for(&notice(NoticeKind::Abuse), "svc-a", at(0)));
    }

    #[test]
    fn each_notice_stands_where_it_belongs_now() {
        // at(0) is 12:00; the same cases the status view was checked with in the UI.
        let window = |from: i64, to: i64| Notice { starts_at: Some(at(from)), ends_at: Some(at(to)), ..notice(NoticeKind::Maintenance) };
        assert_eq!(phase(&window(-1, 1), at(0)), Phase::Now);
        assert_eq!(phase(&window(23, 25), at(0)), Phase::Planned);
        assert_eq!(phase(&window(-25, -23), at(0)), Phase::Past);
        let outage = Notice { starts_at: Some(at(-1)), ends_at: None, ..notice(NoticeKind::Outage) };
        assert_eq!(phase(&outage, at(0)), Phase::Now);
        let resolved = Notice { resolved_at: Some(at(0) - chrono::Duration::minutes(30)), ..outage };
        assert_eq!(phase(&resolved, at(0)), Phase::Past);
        let abuse = Notice { starts_at: None, ends_at: None, respond_by: Some(at(23)), ..notice(NoticeKind::Abuse) };
        assert_eq!(phase(&abuse, at(0)), Phase::Abuse);
    }

    #[test]
    fn a_notice_is_over_once_resolved_or_past_its_window_an_abuse_report_only_once_resolved() {
        let m = notice(NoticeKind::Maintenance);
        assert!(!is_over(&m, at(0)));
        assert!(is_over(&m, at(1)), "the window ended");
        let mut o = Notice { ends_at: None, ..notice(NoticeKind::Outage) };
        assert!(!is_over(&o, at(100)), "an outage lasts until resolved");
        o.resolved_at = Some(at(3));
        assert!(!is_over(&o, at(2)) && is_over(&o, at(3)));
        let mut a = notice(NoticeKind::Abuse);
        assert!(!is_over(&a, at(100)), "an abuse report waits for an answer, whatever its window");
        a.resolved_at = Some(at(5));
        assert!(is_over(&a, at(0)));
    }
}

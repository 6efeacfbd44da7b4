//! The report's words: every label through Fluent, and the dates, durations, numbers and
//! amounts it prints, in the user's locale and time zone. A *local* time is one in the
//! user's zone; the zone's IANA name is printed beside the times so a reader elsewhere
//! knows what they mean.

use chrono::{DateTime, Datelike, NaiveDate, NaiveTime, SecondsFormat, Timelike, Utc};
use chrono_tz::Tz;
use clientarea_l10n::{FluentArgs, Localizer};

use crate::Options;

pub(crate) struct Words<'a> {
    locale: &'a str,
    l10n: &'a Localizer,
    /// The user's zone; UTC when the name given is not an IANA zone.
    pub(crate) zone: Tz,
}

impl<'a> Words<'a> {
    pub(crate) fn new(o: &Options<'a>) -> Self {
        Self { locale: o.locale, l10n: o.l10n, zone: o.zone.parse().unwrap_or(Tz::UTC) }
    }

    pub(crate) fn locale(&self) -> &'a str {
        self.locale
    }

    /// The zone's IANA name, as printed.
    pub(crate) fn zone_name(&self) -> &'static str {
        self.zone.name()
    }

    pub(crate) fn text(&self, id: &'static str) -> String {
        self.l10n.format(self.locale, id, None)
    }

    /// A message with counts: numbers, so the message can pick its plural form.
    pub(crate) fn text_counted(&self, id: &'static str, args: &[(&'static str, String)], counts: &[(&'static str, u64)]) -> String {
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            fluent.set(*name, value.clone());
        }
        for (name, n) in counts {
            fluent.set(*name, *n);
        }
        self.l10n.format(self.locale, id, Some(&fluent))
    }

    pub(crate) fn text_with(&self, id: &'static str, args: &[(&'static str, String)]) -> String {
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            fluent.set(*name, value.clone());
        }
        self.l10n.format(self.locale, id, Some(&fluent))
    }

    fn month(&self, month: u32) -> String {
        self.text(match month {
            1 => "report-month-jan",
            2 => "report-month-feb",
            3 => "report-month-mar",
            4 => "report-month-apr",
            5 => "report-month-may",
            6 => "report-month-jun",
            7 => "report-month-jul",
            8 => "report-month-aug",
            9 => "report-month-sep",
            10 => "report-month-oct",
            11 => "report-month-nov",
            _ => "report-month-dec",
        })
    }

    pub(crate) fn local(&self, t: DateTime<Utc>) -> DateTime<Tz> {
        t.with_timezone(&self.zone)
    }

    /// "Oct 3, 2026", "3 ott 2026", "3. Okt. 2026".
    pub(crate) fn date(&self, d: NaiveDate) -> String {
        self.text_with("report-date", &[("day", d.day().to_string()), ("month", self.month(d.month())), ("year", d.year().to_string())])
    }

    /// "Oct 3", "3 ott", "3. Okt.".
    pub(crate) fn short_date(&self, d: NaiveDate) -> String {
        self.text_with("report-date-short", &[("day", d.day().to_string()), ("month", self.month(d.month()))])
    }

    /// 24-hour "14:05".
    pub(crate) fn time(&self, t: NaiveTime) -> String {
        format!("{:02}:{:02}", t.hour(), t.minute())
    }

    /// "Oct 3, 2026, 14:05" in the user's zone.
    pub(crate) fn date_time(&self, t: DateTime<Utc>) -> String {
        let l = self.local(t);
        self.text_with("report-date-time", &[("date", self.date(l.date_naive())), ("time", self.time(l.time()))])
    }

    /// The instant in the user's zone as RFC 3339 with its offset, to the second.
    pub(crate) fn rfc3339(&self, t: DateTime<Utc>) -> String {
        self.local(t).to_rfc3339_opts(SecondsFormat::Secs, true)
    }

    /// The period `[from, to)`: whole days when both ends are local midnights (the last
    /// day shown is the one before `to`), dates and times otherwise.
    pub(crate) fn period(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> String {
        let (f, t) = (self.local(from), self.local(to));
        let midnight = |d: &DateTime<Tz>| d.time() == NaiveTime::MIN;
        let (from, to) = match t.date_naive().pred_opt() {
            Some(last) if midnight(&f) && midnight(&t) && last >= f.date_naive() => (self.date(f.date_naive()), self.date(last)),
            _ => (self.date_time(from), self.date_time(to)),
        };
        self.text_with("report-period-value", &[("from", from), ("to", to)])
    }

    /// "45 s", "1 min 20 s", "2 h 5 min", "3 d 4 h": the two largest units.
    pub(crate) fn duration(&self, secs: i64) -> String {
        let sign = if secs < 0 { "-" } else { "" };
        let s = secs.unsigned_abs();
        let (d, h, m, s) = (s / 86_400, s / 3600 % 24, s / 60 % 60, s % 60);
        let n = |v: u64| self.count(v);
        let text = match (d, h, m, s) {
            (0, 0, 0, s) => self.text_with("report-duration-s", &[("s", n(s))]),
            (0, 0, m, 0) => self.text_with("report-duration-min", &[("min", n(m))]),
            (0, 0, m, s) => self.text_with("report-duration-min-s", &[("min", n(m)), ("s", n(s))]),
            (0, h, 0, _) => self.text_with("report-duration-h", &[("h", n(h))]),
            (0, h, m, _) => self.text_with("report-duration-h-min", &[("h", n(h)), ("min", n(m))]),
            (d, 0, _, _) => self.text_with("report-duration-d", &[("d", n(d))]),
            (d, h, _, _) => self.text_with("report-duration-d-h", &[("d", n(d)), ("h", n(h))]),
        };
        format!("{sign}{text}")
    }

    /// (grouping, decimal) separators, and whether four-digit numbers are grouped
    /// (Spanish writes 1000 but 10.000).
    fn separators(&self) -> (char, char, bool) {
        match self.locale {
            "it" | "de" => ('.', ',', true),
            "es" => ('.', ',', false),
            _ => (',', '.', true),
        }
    }

    /// A whole number with the locale's digit grouping: "1,000", "1.000", "1000".
    pub(crate) fn count(&self, n: u64) -> String {
        let (group, _, four) = self.separators();
        let digits = n.to_string();
        if digits.len() < 4 || (digits.len() == 4 && !four) {
            return digits;
        }
        let mut out = String::with_capacity(digits.len() + digits.len() / 3);
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(group);
            }
            out.push(c);
        }
        out
    }

    /// An amount as the locale writes it: "€1,234.56", "1.234,56 €" (see
    /// `clientarea_l10n::money`).
    pub(crate) fn money(&self, cents: i64, currency: &str) -> String {
        clientarea_l10n::money(cents, currency, self.locale)
    }

    /// A rate in basis points as the locale writes it: "22%", "22 %", "25,5 %".
    pub(crate) fn percent(&self, bp: u32) -> String {
        clientarea_l10n::percent_bp(bp, self.locale)
    }

    /// `x` with one decimal and the locale's separators: "97.5", "97,5".
    pub(crate) fn decimal1(&self, x: f64) -> String {
        let (_, decimal, _) = self.separators();
        let tenths = (x * 10.0).round().max(0.0) as u64;
        format!("{}{decimal}{}", self.count(tenths / 10), tenths % 10)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words<'a>(locale: &'a str, zone: &'a str, l10n: &'a Localizer) -> Words<'a> {
        Words::new(&Options { locale, zone, l10n })
    }

    fn utc(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    #[test]
    fn durations_keep_the_two_largest_units_in_each_locale() {
        let l10n = Localizer::new();
        let en = words("en-US", "UTC", &l10n);
        assert_eq!(en.duration(45), "45 s");
        assert_eq!(en.duration(120), "2 min");
        assert_eq!(en.duration(80), "1 min 20 s");
        assert_eq!(en.duration(2 * 3600 + 5 * 60 + 59), "2 h 5 min");
        assert_eq!(en.duration(3600), "1 h");
        assert_eq!(en.duration(3 * 86_400 + 4 * 3600), "3 d 4 h");
        assert_eq!(en.duration(-61), "-1 min 1 s");
        assert_eq!(words("de", "UTC", &l10n).duration(80), "1 Min. 20 s");
        assert_eq!(words("it", "UTC", &l10n).duration(86_400), "1 g");
    }

    #[test]
    fn numbers_use_the_locale_separators() {
        let l10n = Localizer::new();
        assert_eq!(words("en-US", "UTC", &l10n).count(1_234_567), "1,234,567");
        assert_eq!(words("de", "UTC", &l10n).count(1000), "1.000");
        assert_eq!(words("es", "UTC", &l10n).count(1000), "1000");
        assert_eq!(words("es", "UTC", &l10n).count(10_000), "10.000");
        assert_eq!(words("it", "UTC", &l10n).decimal1(97.46), "97,5");
        assert_eq!(words("en-US", "UTC", &l10n).decimal1(100.0), "100.0");
    }

    #[test]
    fn dates_are_in_the_user_zone_across_daylight_saving() {
        let l10n = Localizer::new();
        let rome = words("it", "Europe/Rome", &l10n);
        // Summer: UTC+2; winter: UTC+1 (the change is on 25 October 2026).
        assert_eq!(rome.date_time(utc("2026-10-03T12:05:00Z")), "3 ott 2026, 14:05");
        assert_eq!(rome.date_time(utc("2026-10-26T12:05:00Z")), "26 ott 2026, 13:05");
        assert_eq!(rome.rfc3339(utc("2026-10-03T12:05:00Z")), "2026-10-03T14:05:00+02:00");
        let en = words("en-US", "America/New_York", &l10n);
        assert_eq!(en.date_time(utc("2026-10-03T12:05:00Z")), "Oct 3, 2026, 08:05");
        assert_eq!(words("de", "Europe/Berlin", &l10n).date_time(utc("2026-03-03T12:05:00Z")), "3. März 2026, 13:05");
        let unknown = words("es", "Mars/Olympus", &l10n);
        assert_eq!((unknown.zone_name(), unknown.rfc3339(utc("2026-10-03T12:05:00Z")).as_str()), ("UTC", "2026-10-03T12:05:00Z"));
    }

    #[test]
    fn a_period_of_whole_local_days_shows_its_last_day() {
        let l10n = Localizer::new();
        let rome = words("en-US", "Europe/Rome", &l10n);
        // October in Rome: from 1 October 00:00 (+02:00) to 1 November 00:00 (+01:00).
        assert_eq!(rome.period(utc("2026-09-30T22:00:00Z"), utc("2026-10-31T23:00:00Z")), "Oct 1, 2026 – Oct 31, 2026");
        assert_eq!(rome.period(utc("2026-10-01T10:00:00Z"), utc("2026-10-01T12:00:00Z")), "Oct 1, 2026, 12:00 – Oct 1, 2026, 14:00");
    }
}

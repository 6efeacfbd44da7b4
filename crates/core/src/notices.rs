//! What the app reads from the provider's notices.

use chrono::{DateTime, Utc};
use clientarea_api::{Notice, NoticeKind};

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
            service_ids: vec!["svc-a".into()],
            starts_at: Some(at(-1)),
            ends_at: Some(at(1)),
            resolved_at: None,
            respond_by: None,
            published_at: at(-2),
            updated_at: at(-2),
        }
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
}

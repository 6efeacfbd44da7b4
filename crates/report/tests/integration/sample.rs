//! Evidence to render: a year of tickets made the way the app makes it, through core's
//! `evidence()` over tickets as the provider sends them. Mostly kept promises, a few
//! missed (late, one never answered, one hours late), some seen at another time by the
//! customer's ledger, and subjects as customers write them: accents, quotes, commas,
//! line breaks, right-to-left text, emoji, formula-looking text, very long ones.
//! Shared by the tests and the benchmark (`examples/bench_report.rs`).

use chrono::{DateTime, Duration, Utc};
use clientarea_api::{DepartmentId, Priority, Ticket, TicketStatus};
use clientarea_core::evidence::{Evidence, Observed, evidence};

pub const EMAIL: &str = "mario.rossi@esempio.it";
pub const PROVIDER: &str = "api.provider.example";

const SUBJECTS: &[&str] = &[
    "Server web non raggiungibile dalle 9:40",
    "Database latency spikes on the primary cluster",
    "Überweisung fällig – Rechnung für Straße 12 nicht erhalten",
    "Certificado SSL caducado en el dominio principal, año 2026",
    "Mail server rejects messages: \"550 relay denied\", since yesterday",
    "DNS: record MX non propagato\ndopo la modifica",
    "=HYPERLINK(\"http://evil.example\",\"click\")",
    "+39 02 1234 5678 richiamatemi",
    "-1 GB disk quota after upgrade",
    "@admin the backup job failed",
    "שרת הדואר לא עונה",
    "خادم البريد لا يستجيب",
    "🔥 Production is down 🚨",
    "Ошибка 502 на балансировщике нагрузки",
    "Invoice 2026/114 charged twice, please refund the duplicate payment of €49,90 to the card ending 4242 as soon as possible because the month closes on Friday",
    "VPS reboot loop after kernel update",
];

/// A regular ticket's times, in seconds after creation: acknowledgment and first response.
fn answered(i: u64) -> (Option<i64>, Option<i64>) {
    // SplitMix64: deterministic, no dependency.
    let r = |salt: u64| {
        let mut z = (i * 4 + salt).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        (z ^ (z >> 31)) % 1000
    };
    let mut ack = 15 + (r(1) % 95) as i64;
    let mut first = 100 + (r(2) % 470) as i64;
    if i % 97 == 5 {
        ack = 150 + (r(3) % 300) as i64; // late
    }
    if i % 53 == 7 {
        first = 660 + (r(4) % 1800) as i64; // late
    }
    if i % 331 == 100 {
        first = 3 * 3600 + 120; // hours late: above the chart's top
    }
    (Some(ack), Some(first))
}

/// Europe/Rome's year 2026, as the app asks for it: [1 Jan 00:00, 1 Jan 2027 00:00).
pub fn year_2026() -> (DateTime<Utc>, DateTime<Utc>) {
    ("2025-12-31T23:00:00Z".parse().expect("from"), "2026-12-31T23:00:00Z".parse().expect("to"))
}

/// `count` tickets spread over 2026; the last one still unanswered at the period's end.
pub fn year(count: usize) -> Evidence {
    let (from, to) = year_2026();
    let span = (to - from).num_seconds() - 3600;
    let tickets: Vec<Ticket> = (0..count as u64)
        .map(|i| {
            let at = from + Duration::seconds(span * i as i64 / count.max(1) as i64 + 37);
            let (ack, first) = if i + 1 == count as u64 && count > 1 { (Some(30), None) } else { answered(i) };
            ticket(100_000 + i as i64, SUBJECTS[i as usize % SUBJECTS.len()], at, ack, first)
        })
        .collect();
    let created: std::collections::HashMap<String, (DateTime<Utc>, Option<i64>)> =
        tickets.iter().map(|t| (t.id.clone(), (t.created_at, t.first_response_at.map(|f| (f - t.created_at).num_seconds())))).collect();
    let observed = move |id: &str| {
        let number: u64 = id.trim_start_matches('t').parse().unwrap_or(0);
        match created.get(id) {
            // Every 41st: the customer's app saw the first response 95 s after the provider's time.
            Some((at, Some(first))) if number % 41 == 3 => {
                Observed { acknowledged_at: None, first_response_at: Some(*at + Duration::seconds(first + 95)) }
            }
            _ => Observed::default(),
        }
    };
    evidence(EMAIL, PROVIDER, &tickets, &observed, from, to, to)
}

pub fn ticket(number: i64, subject: &str, at: DateTime<Utc>, ack_after: Option<i64>, first_after: Option<i64>) -> Ticket {
    Ticket {
        id: format!("t{number}"),
        number,
        subject: subject.to_owned(),
        department: if number % 5 == 0 { DepartmentId::Financial } else { DepartmentId::Technical },
        priority: if number % 7 == 0 { Priority::High } else { Priority::Regular },
        status: if first_after.is_some() { TicketStatus::Answered } else { TicketStatus::Open },
        service_id: None,
        notice_id: None,
        invoice_id: None,
        incident: None,
        team: "support-engineers".into(),
        created_at: at,
        updated_at: at,
        acknowledge_due_at: at + Duration::seconds(clientarea_api::tickets::ACKNOWLEDGE_WITHIN_SECS),
        first_response_due_at: at + Duration::seconds(clientarea_api::tickets::FIRST_RESPONSE_WITHIN_SECS),
        acknowledged_at: ack_after.map(|s| at + Duration::seconds(s)),
        first_response_at: first_after.map(|s| at + Duration::seconds(s)),
    }
}

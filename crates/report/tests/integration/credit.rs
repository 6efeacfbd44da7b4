use clientarea_l10n::Localizer;
use clientarea_report::{Options, credit_request};

use crate::sample;

#[test]
fn a_credit_request_names_the_period_lists_the_first_misses_and_asks_in_the_users_language() {
    let l10n = Localizer::new();
    let e = sample::year(1000);
    assert!(e.summary.missed > 20, "the sample misses more than the body lists: {}", e.summary.missed);
    let it = credit_request(&e, &Options { locale: "it", zone: "Europe/Rome", l10n: &l10n });
    assert!(it.subject.starts_with("Credito per interruzione del servizio"), "{}", it.subject);
    assert!(it.subject.contains("2026"), "the period: {}", it.subject);
    let listed = it.body.lines().filter(|l| l.starts_with('#')).count();
    assert_eq!(listed, 20, "the first 20 misses:\n{}", it.body);
    let more = (e.summary.missed - 20).to_string();
    assert!(it.body.contains(&format!("…e altri {more}")), "the rest counted:\n{}", it.body);
    assert!(it.body.contains("chiedo un credito"), "it asks:\n{}", it.body);
    // The first listed miss is the oldest ticket's.
    let first = e.rows.iter().find(|r| r.acknowledgment.missed() || r.first_response.missed()).unwrap();
    assert!(it.body.contains(&format!("#{}:", first.number)), "{}", it.body);
    let de = credit_request(&e, &Options { locale: "de", zone: "Europe/Berlin", l10n: &l10n });
    assert!(de.subject.starts_with("Gutschrift wegen Serviceausfall") && de.body.contains("beantrage ich"), "{de:?}");
    // One ticket, one miss: said in the singular.
    let mut one = sample::year(200);
    let row = one.rows.iter().find(|r| r.acknowledgment.missed() != r.first_response.missed()).unwrap().clone();
    one.rows = vec![row];
    (one.summary.tickets, one.summary.missed) = (1, 1);
    let it = credit_request(&one, &Options { locale: "it", zone: "Europe/Rome", l10n: &l10n });
    assert!(it.body.contains("ho aperto un ticket.") && it.body.contains("Uno dei vostri impegni"), "{}", it.body);
    let en = credit_request(&one, &Options { locale: "en-US", zone: "UTC", l10n: &l10n });
    assert!(en.body.contains("I opened one ticket.") && en.body.contains("One of your response-time promises"), "{}", en.body);
    // Nothing missed: nothing listed, nothing more.
    let mut kept = sample::year(3);
    kept.rows.retain(|r| !r.acknowledgment.missed() && !r.first_response.missed());
    kept.summary.missed = 0;
    let none = credit_request(&kept, &Options { locale: "en-US", zone: "UTC", l10n: &l10n });
    assert_eq!(none.body.lines().filter(|l| l.starts_with('#')).count(), 0);
}

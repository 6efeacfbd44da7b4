//! Billing against the reference provider: invoice notifications raised once each (new,
//! then overdue) and never for what the first pull brought; the VAT number set through
//! the outbox, after which the provider bills under reverse charge; asking about an
//! invoice queues one Financial ticket and offers it (queued, then delivered) instead of
//! a second.

use clientarea_api::{DepartmentId, Priority, VatRule};
use clientarea_core::billing::AlertKind;
use clientarea_core::{AskOutcome, EngineEvent, TicketDraft};

use crate::story::{admin, customer_token, engine, provider};

fn alerts(rx: &mut tokio::sync::broadcast::Receiver<EngineEvent>) -> Vec<(String, AlertKind)> {
    let mut out = Vec::new();
    while let Ok(ev) = rx.try_recv() {
        if let EngineEvent::InvoiceAlerts { alerts, .. } = ev {
            out.extend(alerts.into_iter().map(|a| (a.invoice.invoice.id, a.kind)));
        }
    }
    out
}

fn ask(invoice_id: &str) -> TicketDraft {
    TicketDraft {
        department: DepartmentId::Financial,
        priority: Priority::Regular,
        subject: "Invoice INV-1".into(),
        body: "Why was I charged twice?".into(),
        service_id: None,
        notice_id: None,
        invoice_id: Some(invoice_id.into()),
        incident: None,
        attachment_ids: Vec::new(),
    }
}

async fn issue(url: &str) -> String {
    let lines = serde_json::json!([{"description": "Server", "quantity": 1, "unit_price_cents": 10000, "net_cents": 10000}]);
    let inv = admin(url, "/v1/admin/invoices", serde_json::json!({"customer_email": "demo@example.com", "lines": lines})).await;
    inv["id"].as_str().unwrap().to_owned()
}

#[tokio::test]
async fn a_new_invoice_and_an_overdue_one_are_announced_once_each() {
    let server = provider().await;
    let url = server.url();
    let dir = tempfile::tempdir().unwrap();
    let engine = engine(dir.path()).await;
    let mut rx = engine.subscribe();
    engine.sign_in(&url, "demo@example.com", "demo").await.unwrap();
    engine.sync_now().await.unwrap();
    engine.remind_abuse_deadlines().await;
    assert_eq!(alerts(&mut rx), vec![], "the first pull's invoices (overdue ones too) are history");

    let id = issue(&url).await;
    engine.sync_now().await.unwrap();
    assert_eq!(alerts(&mut rx), vec![(id.clone(), AlertKind::New)]);
    engine.sync_now().await.unwrap();
    engine.remind_abuse_deadlines().await;
    assert_eq!(alerts(&mut rx), vec![], "once");

    admin(&url, &format!("/v1/admin/invoices/{id}/status"), serde_json::json!({"status": "overdue"})).await;
    engine.sync_now().await.unwrap();
    assert_eq!(alerts(&mut rx), vec![(id.clone(), AlertKind::Overdue)]);
    engine.sync_now().await.unwrap();
    assert_eq!(alerts(&mut rx), vec![], "overdue once too");
    let billing = engine.billing().await.unwrap();
    let v = billing.invoices.iter().find(|v| v.invoice.id == id).unwrap();
    assert_eq!(
        (v.status, v.days_past_due),
        (clientarea_api::InvoiceStatus::Overdue, Some(0)),
        "overdue by the provider's word, due in 14 days"
    );
}

#[tokio::test]
async fn a_vat_number_set_offline_style_makes_the_next_invoice_reverse_charge() {
    let server = provider().await;
    let url = server.url();
    let dir = tempfile::tempdir().unwrap();
    let engine = engine(dir.path()).await;
    engine.sign_in(&url, "demo@example.com", "demo").await.unwrap();
    engine.sync_now().await.unwrap();
    let before = engine.billing().await.unwrap();
    assert_eq!((before.vat.country.as_deref(), before.vat.rule_now, before.vat.rate_now_bp), (Some("IT"), VatRule::Standard, 2200));
    assert_eq!(before.vat.seller_country, "NL");

    let err = engine.set_vat_number("DE123456789").await.unwrap_err();
    assert_eq!(err.field_errors().iter().map(|f| f.reason.as_str()).collect::<Vec<_>>(), ["country-mismatch"]);
    engine.set_vat_number(" it 012 345 678 90 ").await.unwrap();
    let state = engine.vat_number().await.unwrap();
    assert_eq!((state.current.as_str(), state.pending.as_deref()), ("", Some("IT01234567890")), "waiting to be sent");
    assert_eq!(engine.billing().await.unwrap().vat.rule_now, VatRule::ReverseCharge, "the view counts it already");
    engine.deliver_due().await.unwrap();
    engine.sync_now().await.unwrap();
    let state = engine.vat_number().await.unwrap();
    assert_eq!((state.current.as_str(), state.pending), ("IT01234567890", None));

    let id = issue(&url).await;
    engine.sync_now().await.unwrap();
    let billing = engine.billing().await.unwrap();
    let inv = billing.invoices.iter().find(|v| v.invoice.id == id).unwrap();
    assert_eq!(
        (inv.invoice.vat_rule, inv.invoice.vat_cents, inv.invoice.vat_number.as_deref()),
        (VatRule::ReverseCharge, 0, Some("IT01234567890"))
    );
}

#[tokio::test]
async fn asking_about_an_invoice_twice_offers_the_first_ticket() {
    let server = provider().await;
    let url = server.url();
    let dir = tempfile::tempdir().unwrap();
    let engine = engine(dir.path()).await;
    engine.sign_in(&url, "demo@example.com", "demo").await.unwrap();
    engine.sync_now().await.unwrap();
    let invoice = engine.billing().await.unwrap().invoices[0].invoice.id.clone();

    let mut technical = ask(&invoice);
    technical.department = DepartmentId::Technical;
    assert_eq!(engine.ask_about_invoice(&technical, false).await.unwrap_err().code(), "validation");
    assert_eq!(engine.ask_about_invoice(&ask("no-such-invoice"), false).await.unwrap_err().code(), "validation");

    let AskOutcome::Queued { .. } = engine.ask_about_invoice(&ask(&invoice), false).await.unwrap() else { panic!("queued") };
    let AskOutcome::AlreadyAsked { questions } = engine.ask_about_invoice(&ask(&invoice), false).await.unwrap() else {
        panic!("the queued ticket offered")
    };
    assert_eq!((questions.len(), questions[0].status.as_str(), questions[0].number), (1, "queued", None));

    engine.deliver_due().await.unwrap();
    engine.sync_now().await.unwrap();
    let AskOutcome::AlreadyAsked { questions } = engine.ask_about_invoice(&ask(&invoice), false).await.unwrap() else {
        panic!("the delivered ticket offered")
    };
    assert_eq!(questions.len(), 1);
    assert!(questions[0].number.is_some() && questions[0].status == "open", "{questions:?}");
    // At the provider: one ticket, Financial, carrying the invoice.
    let list: serde_json::Value = reqwest::Client::new()
        .get(format!("{url}/v1/tickets"))
        .bearer_auth(customer_token(&url).await)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let about: Vec<_> = list["tickets"].as_array().unwrap().iter().filter(|t| t["invoice_id"] == invoice.as_str()).collect();
    assert_eq!(about.len(), 1);
    assert_eq!(about[0]["department"], "financial");
    // Asked anyway: a second one.
    let AskOutcome::Queued { .. } = engine.ask_about_invoice(&ask(&invoice), true).await.unwrap() else { panic!("queued anyway") };
}

use std::sync::Arc;

use clientarea_api::{DepartmentId, EventKind, NewTicket, Priority, TicketStatus};
use clientarea_core::provider::{ProviderClient, parse_provider_url};
use clientarea_core::tickets::TimelineItem;
use clientarea_core::{Engine, EngineConfig, IncidentDraft, MemorySecrets, StatusAction, TicketDraft, TicketFilter};

pub const ADMIN: &str = "admin-secret";

pub async fn provider() -> clientarea_provider::Running {
    let config = clientarea_provider::Config { data_dir: None, demo: true, admin_token: Some(ADMIN.into()), ..Default::default() };
    clientarea_provider::spawn("127.0.0.1:0".parse().unwrap(), config).await.unwrap()
}

/// A call of the provider's admin API (`POST url+path` with `body`), its answer as JSON.
pub async fn admin(url: &str, path: &str, body: serde_json::Value) -> serde_json::Value {
    let res = reqwest::Client::new().post(format!("{url}{path}")).bearer_auth(ADMIN).json(&body).send().await.unwrap();
    assert!(res.status().is_success(), "{path}: {}", res.status());
    res.json().await.unwrap()
}

/// A sign-in token of the demo customer's own, to act as the customer through the API.
pub async fn customer_token(url: &str) -> String {
    let signed = ProviderClient::new(parse_provider_url(url).unwrap()).unwrap().sign_in("demo@example.com", "demo").await.unwrap();
    signed.token
}

/// The provider's ticket `id` as the demo customer reads it.
pub async fn detail(url: &str, id: &str) -> clientarea_api::TicketDetail {
    let res = reqwest::Client::new().get(format!("{url}/v1/tickets/{id}")).bearer_auth(customer_token(url).await).send().await.unwrap();
    assert_eq!(res.status(), 200);
    res.json().await.unwrap()
}

pub async fn engine(dir: &std::path::Path) -> Engine {
    Engine::open(EngineConfig { data_dir: dir.to_owned(), secrets: Arc::new(MemorySecrets::default()), tuning: Default::default() })
        .await
        .unwrap()
}

#[tokio::test]
async fn sign_in_pull_create_retry_and_reply() {
    let server = provider().await;
    let dir = tempfile::tempdir().unwrap();
    let engine = engine(dir.path()).await;

    // A wrong password is refused with its own code and opens nothing.
    let err = engine.sign_in(&server.url(), "demo@example.com", "wrong").await.unwrap_err();
    assert_eq!(err.code(), "invalid-credentials");
    assert!(engine.session().await.is_none());

    let session = engine.sign_in(&server.url(), "demo@example.com", "demo").await.unwrap();
    assert_eq!(session.email, "demo@example.com");
    let report = engine.sync_now().await.unwrap();
    assert!(report.records > 10, "the demo data arrives: {report:?}");
    let tickets = engine.list_tickets(&TicketFilter::default()).await.unwrap();
    assert_eq!(tickets.len(), 4);
    assert!(tickets.iter().any(|t| t.status == TicketStatus::Closed));
    assert!(tickets.iter().all(|t| t.acknowledged_at.is_some()));
    assert_eq!(engine.services().await.unwrap().len(), 3);
    let support = engine.support().await.unwrap().expect("the first pull brings the support structure");
    assert_eq!(support.teams.len(), 4);
    let invoices = engine.invoices().await.unwrap();
    assert_eq!(invoices.len(), 5, "the demo's invoices arrive with the pull");
    let countries: std::collections::BTreeSet<_> = invoices.iter().map(|i| i.country.as_str()).collect();
    assert_eq!(countries.into_iter().collect::<Vec<_>>(), ["DE", "IT"]);
    assert!(invoices.iter().all(|i| i.total_cents == i.net_cents + i.vat_cents));

    // Offline full-text search finds a ticket by a word of its third message.
    let found = engine.list_tickets(&TicketFilter { query: Some("storage array".into()), ..Default::default() }).await.unwrap();
    assert_eq!(found.iter().map(|t| t.subject.as_str()).collect::<Vec<_>>(), ["VPS running slowly since yesterday"]);
    let snippet = found[0].snippet.as_deref().unwrap_or_default();
    assert!(snippet.contains("\u{E000}storage\u{E001} \u{E000}array\u{E001}"), "the matches are marked: {snippet:?}");

    // An unchanged pull is a single request that brings nothing.
    let again = engine.sync_now().await.unwrap();
    assert_eq!((again.requests, again.records), (1, 0));

    // Send: queued at once, delivered by the outbox, acknowledged, in the cache.
    let draft = TicketDraft {
        department: DepartmentId::Technical,
        priority: Priority::High,
        subject: "Port 443 closed on srv-fra-07".into(),
        body: "Since 10:05 CET nginx is unreachable from outside.".into(),
        service_id: Some("svc-ded-fra".into()),
        notice_id: None,
        invoice_id: None,
        incident: Some(IncidentDraft {
            server: "#517204".into(),
            began_local: "2026-01-10T10:05".into(),
            began_timezone: "Europe/Rome".into(),
            diagnostics: "curl: (7) Failed to connect to port 443".into(),
        }),
        attachment_ids: Vec::new(),
    };
    let queued = engine.send_ticket(&draft).await.unwrap();
    assert_eq!(queued.state, clientarea_core::OutboxState::Queued);
    assert_eq!(engine.deliver_due().await.unwrap(), 1);
    assert!(engine.outbox().await.unwrap().is_empty(), "delivered items leave the outbox");
    let tickets = engine.list_tickets(&TicketFilter::default()).await.unwrap();
    assert_eq!(tickets.len(), 5);
    let created = tickets.iter().find(|t| t.subject == draft.subject).unwrap();
    let view = engine.open_ticket(&created.id).await.unwrap();
    let incident = view.ticket.incident.as_ref().expect("the incident facts reached the provider");
    assert_eq!((incident.server.as_str(), incident.began_at.to_rfc3339().as_str()), ("#517204", "2026-01-10T09:05:00+00:00"));
    assert!(view.timeline.iter().any(|i| matches!(i, TimelineItem::Event(e) if e.kind == EventKind::Acknowledged)));

    // Reply: the message is in the conversation once delivered.
    // Attachments: refused over the provider's limit or of a type it does not take, kept
    // locally until the reply leaves, uploaded with it, gone from this computer after.
    let too_big = engine.add_attachment("core.dump", vec![b'x'; 10 * 1024 * 1024 + 1]).await.unwrap_err();
    assert_eq!(too_big.field_errors()[0].reason, "too-large");
    let exe = engine.add_attachment("setup.exe", b"MZ\x90\x00\x03".to_vec()).await.unwrap_err();
    assert_eq!(exe.field_errors()[0].reason, "type");
    let trace = engine.add_attachment("../tmp/trace.txt", b"1  gw (10.0.0.1)  0.4 ms\n".to_vec()).await.unwrap();
    assert_eq!((trace.filename.as_str(), trace.content_type.as_str(), trace.size), ("trace.txt", "text/plain", 25));
    engine.send_reply(&view.ticket.id, "Traceroute attached below.", std::slice::from_ref(&trace.id)).await.unwrap();
    assert_eq!(engine.deliver_due().await.unwrap(), 1);
    let view = engine.open_ticket(&view.ticket.id).await.unwrap();
    let sent = view.timeline.iter().find_map(|i| match i {
        TimelineItem::Message(m) if m.body == "Traceroute attached below." => Some(m),
        _ => None,
    });
    let attached = &sent.expect("the reply is in the conversation").attachments;
    assert_eq!(attached.iter().map(|a| a.filename.as_str()).collect::<Vec<_>>(), ["trace.txt"]);
    assert!(!attached[0].id.starts_with("file:"), "named by the provider's id");

    // The customer's answer to a resolved ticket, and closing: queued, made once, in the cache.
    let resolved = engine.list_tickets(&TicketFilter { status: Some(TicketStatus::Resolved), ..Default::default() }).await.unwrap();
    let resolved = &resolved[0].id;
    engine.set_ticket_status(resolved, StatusAction::NotSolved).await.unwrap();
    assert_eq!(engine.deliver_due().await.unwrap(), 1);
    assert_eq!(engine.open_ticket(resolved).await.unwrap().ticket.status, TicketStatus::Open, "not solved: reopened");
    engine.set_ticket_status(resolved, StatusAction::Close).await.unwrap();
    assert_eq!(engine.deliver_due().await.unwrap(), 1);
    assert_eq!(engine.open_ticket(resolved).await.unwrap().ticket.status, TicketStatus::Closed);

    // Notification addresses: checked, queued (shown as the customer's change meanwhile),
    // then the provider's account says so.
    let bad = clientarea_api::NotificationEmails { invoices: "billing@".into(), support: String::new(), abuse: "x@y".into() };
    let err = engine.set_notification_emails(&bad).await.unwrap_err();
    let fields: Vec<_> = err.field_errors().iter().map(|f| f.field.as_str()).collect();
    assert_eq!(fields, ["notification_emails.invoices", "notification_emails.abuse"]);
    let good = clientarea_api::NotificationEmails {
        invoices: " billing@example.com ".into(),
        support: String::new(),
        abuse: "noc@example.com".into(),
    };
    engine.set_notification_emails(&good).await.unwrap();
    assert_eq!(engine.account().await.unwrap().1.unwrap().invoices, "billing@example.com", "the change, before it is sent");
    assert_eq!(engine.deliver_due().await.unwrap(), 1);
    let (account, pending) = engine.account().await.unwrap();
    assert_eq!(pending, None);
    assert_eq!(account.unwrap().notification_emails.abuse, "noc@example.com");

    // A blank reply is refused before anything is queued.
    let err = engine.send_reply(&view.ticket.id, "   ", &[]).await.unwrap_err();
    assert_eq!(err.code(), "validation");
    assert!(engine.outbox().await.unwrap().is_empty());
    server.stop().await.unwrap();
}

#[tokio::test]
async fn a_create_retried_with_its_key_makes_one_ticket() {
    let server = provider().await;
    let url = parse_provider_url(&server.url()).unwrap();
    let client = ProviderClient::new(url).unwrap();
    let token = client.sign_in("demo@example.com", "demo").await.unwrap().token;
    let client = client.with_token(token);
    let new = NewTicket {
        department: DepartmentId::Financial,
        priority: Priority::Regular,
        subject: "Refund for order #517204".into(),
        body: "Please refund the setup fee.".into(),
        service_id: None,
        notice_id: None,
        invoice_id: None,
        incident: None,
        attachment_ids: Vec::new(),
    };
    let first = client.create_ticket(&new, "key-1").await.unwrap();
    let second = client.create_ticket(&new, "key-1").await.unwrap();
    assert_eq!(first, second, "the retry returns the first result");
    let page = client.pull(&Default::default(), 1000).await.unwrap();
    let refunds = page.tickets.iter().filter(|t| t.subject == new.subject).count();
    assert_eq!(refunds, 1, "one ticket, however often it was sent");

    // The same key with another body is a client bug, refused.
    let other = NewTicket { subject: "Something else".into(), ..new.clone() };
    let err = client.create_ticket(&other, "key-1").await.unwrap_err();
    assert_eq!(err.code(), "provider-rejected");
    // A fresh key makes a new ticket.
    let third = client.create_ticket(&new, "key-2").await.unwrap();
    assert_ne!(third.ticket.id, first.ticket.id);
    server.stop().await.unwrap();
}

#[tokio::test]
async fn revoking_the_session_ends_that_token_on_the_provider() {
    let server = provider().await;
    let client = ProviderClient::new(parse_provider_url(&server.url()).unwrap()).unwrap();
    let signed_in = client.clone().with_token(client.sign_in("demo@example.com", "demo").await.unwrap().token);
    let other = client.clone().with_token(client.sign_in("demo@example.com", "demo").await.unwrap().token);
    signed_in.pull(&Default::default(), 1).await.unwrap();

    signed_in.revoke_session().await.unwrap();
    let err = signed_in.pull(&Default::default(), 1).await.unwrap_err();
    assert_eq!(err.code(), "session-expired");
    other.pull(&Default::default(), 1).await.unwrap();
    // Revoking a dead token again is done, not an error: the session is over either way.
    signed_in.revoke_session().await.unwrap();
    server.stop().await.unwrap();
}

#[tokio::test]
async fn the_cache_works_when_the_provider_is_gone() {
    let server = provider().await;
    let url = server.url();
    let dir = tempfile::tempdir().unwrap();
    let secrets = Arc::new(MemorySecrets::default());
    let engine =
        Engine::open(EngineConfig { data_dir: dir.path().to_owned(), secrets: secrets.clone(), tuning: Default::default() }).await.unwrap();
    engine.sign_in(&url, "demo@example.com", "demo").await.unwrap();
    engine.sync_now().await.unwrap();
    server.stop().await.unwrap();

    // A new engine on the same data directory: resume the account, read from the cache.
    drop(engine);
    let engine = Engine::open(EngineConfig { data_dir: dir.path().to_owned(), secrets, tuning: Default::default() }).await.unwrap();
    let account = engine.last_account().await.unwrap().unwrap();
    engine.resume(account).await.unwrap();
    assert_eq!(engine.list_tickets(&TicketFilter::default()).await.unwrap().len(), 4);
    let err = engine.sync_now().await.unwrap_err();
    assert_eq!(err.code(), "provider-unreachable");
    assert_eq!(engine.sync_state().state, clientarea_core::SyncPhase::Offline);
    assert_eq!(engine.sync_state().error_code, Some(clientarea_core::ErrorCode::ProviderUnreachable));
}

#[tokio::test]
async fn a_provider_that_answers_garbage_is_named_as_such() {
    // A plain HTTP server on loopback that answers every request with HTML.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let task = tokio::spawn(async move {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        // Bounded: this test makes two requests.
        for _ in 0..2 {
            let (mut s, _) = listener.accept().await.unwrap();
            let mut buf = vec![0u8; 4096];
            let _ = s.read(&mut buf).await;
            let body = "<html>maintenance</html>";
            let res =
                format!("HTTP/1.1 200 OK\r\ncontent-type: text/html\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}", body.len());
            s.write_all(res.as_bytes()).await.unwrap();
        }
    });
    let dir = tempfile::tempdir().unwrap();
    let engine = engine(dir.path()).await;
    let err = engine.sign_in(&format!("http://{addr}"), "demo@example.com", "demo").await.unwrap_err();
    assert_eq!(err.code(), "provider-invalid-response");
    let err = engine.sign_in(&format!("http://{addr}"), "demo@example.com", "demo").await.unwrap_err();
    assert_eq!(err.code(), "provider-invalid-response");
    task.await.unwrap();
    // And an address nobody listens on is "unreachable", quickly.
    let err = engine.sign_in(&format!("http://{addr}"), "demo@example.com", "demo").await.unwrap_err();
    assert_eq!(err.code(), "provider-unreachable");
}

#[tokio::test]
async fn a_published_notice_reaches_the_cache() {
    let server = provider().await;
    let dir = tempfile::tempdir().unwrap();
    let engine = engine(dir.path()).await;
    engine.sign_in(&server.url(), "demo@example.com", "demo").await.unwrap();
    engine.sync_now().await.unwrap();
    let res = reqwest::Client::new()
        .post(format!("{}/v1/admin/notices", server.url()))
        .bearer_auth(ADMIN)
        .json(&serde_json::json!({
            "kind": "abuse", "title": "Spam reported from 203.0.113.10", "body": "Please answer.",
            "customer_email": "demo@example.com", "service_ids": ["svc-vps-ams"],
            "respond_by": "2026-11-24T12:00:00Z"
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 201);
    let report = engine.sync_now().await.unwrap();
    assert_eq!(report.records, 1, "only the notice is new");
    let notices = engine.notices().await.unwrap();
    let spam = notices.iter().find(|n| n.title == "Spam reported from 203.0.113.10").expect("the new notice is cached");
    assert_eq!(spam.kind, clientarea_api::NoticeKind::Abuse);
    assert!(spam.respond_by.is_some());
    assert_eq!(notices.len(), 4, "with the demo's maintenance, outage and abuse report");
}

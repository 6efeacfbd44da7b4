//! Offline first, against the real reference provider: sends wait in the outbox while
//! the provider is gone and leave in order when it is back; and under dropped
//! connections, 5xx answers, timeouts and a server restart, every send arrives exactly
//! once.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use clientarea_api::{DepartmentId, Priority};
use clientarea_core::{Engine, EngineConfig, ErrorCode, MemorySecrets, OutboxState, TicketDraft, TicketFilter, Tuning};

use crate::story::ADMIN;

pub(crate) fn fast() -> Tuning {
    Tuning {
        retry_base: Duration::from_millis(5),
        retry_cap: Duration::from_millis(50),
        request_timeout: Duration::from_millis(400),
        ..Tuning::default()
    }
}

pub(crate) async fn start(dir: &std::path::Path, addr: std::net::SocketAddr) -> clientarea_provider::Running {
    let config =
        clientarea_provider::Config { data_dir: Some(dir.to_owned()), demo: true, admin_token: Some(ADMIN.into()), ..Default::default() };
    clientarea_provider::spawn(addr, config).await.unwrap()
}

pub(crate) fn draft(subject: &str) -> TicketDraft {
    TicketDraft {
        department: DepartmentId::Technical,
        priority: Priority::Regular,
        subject: subject.into(),
        body: "body".into(),
        service_id: None,
        notice_id: None,
        invoice_id: None,
        incident: None,
        attachment_ids: Vec::new(),
    }
}

/// Wait until the outbox is empty, with a deadline.
pub(crate) async fn drained(engine: &Engine, deadline: Duration) {
    let start = Instant::now();
    loop {
        let left = engine.outbox().await.unwrap();
        if left.is_empty() {
            return;
        }
        assert!(start.elapsed() < deadline, "{} sends still waiting after {deadline:?}: {:?}", left.len(), left.first());
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// Everything the provider holds for the demo customer, by a fresh full pull.
pub(crate) async fn provider_view(url: &str) -> (HashMap<String, usize>, HashMap<String, Vec<String>>) {
    let client = clientarea_core::provider::ProviderClient::new(clientarea_core::provider::parse_provider_url(url).unwrap()).unwrap();
    let token = client.sign_in("demo@example.com", "demo").await.unwrap().token;
    let client = client.with_token(token);
    let mut cursor = Default::default();
    let mut subjects = HashMap::new();
    let mut bodies_by_ticket: HashMap<String, Vec<(chrono::DateTime<chrono::Utc>, String)>> = HashMap::new();
    let mut ticket_subject = HashMap::new();
    loop {
        let page = client.pull(&cursor, 1000).await.unwrap();
        for t in &page.tickets {
            ticket_subject.insert(t.id.clone(), t.subject.clone());
        }
        for m in &page.messages {
            bodies_by_ticket.entry(m.ticket_id.clone()).or_default().push((m.created_at, m.body.clone()));
        }
        cursor = page.next_cursor;
        if !page.has_more {
            break;
        }
    }
    for s in ticket_subject.values() {
        *subjects.entry(s.clone()).or_insert(0) += 1;
    }
    let mut replies = HashMap::new();
    for (ticket, mut bodies) in bodies_by_ticket {
        bodies.sort();
        replies.insert(ticket_subject.get(&ticket).cloned().unwrap_or_default(), bodies.into_iter().map(|(_, b)| b).collect());
    }
    (subjects, replies)
}

#[tokio::test]
async fn sends_wait_offline_and_leave_in_order_when_the_provider_is_back() {
    let data = tempfile::tempdir().unwrap();
    let server = start(data.path(), "127.0.0.1:0".parse().unwrap()).await;
    let addr = server.addr;
    let dir = tempfile::tempdir().unwrap();
    let engine =
        Engine::open(EngineConfig { data_dir: dir.path().to_owned(), secrets: Arc::new(MemorySecrets::default()), tuning: fast() })
            .await
            .unwrap();
    engine.sign_in(&server.url(), "demo@example.com", "demo").await.unwrap();
    engine.sync_now().await.unwrap();
    server.stop().await.unwrap();

    // Offline: a new ticket, a reply to it before it exists at the provider, a reply to
    // an old ticket. All queued at once.
    let ticket = engine.send_ticket(&draft("Written on a train")).await.unwrap();
    let local = format!("local:{}", ticket.id);
    engine.send_reply(&local, "First follow-up", &[]).await.unwrap();
    engine.send_reply(&local, "Second follow-up", &[]).await.unwrap();
    let old = engine.list_tickets(&TicketFilter::default()).await.unwrap()[0].id.clone();
    engine.send_reply(&old, "On an old ticket", &[]).await.unwrap();
    assert_eq!(engine.sync_state().state, clientarea_core::SyncPhase::Online, "the last pull got through");
    assert_eq!(engine.deliver_due().await.unwrap(), 0);
    // A send that could not reach the provider is news for the connection state at once.
    let state = engine.sync_state();
    assert_eq!((state.state, state.error_code), (clientarea_core::SyncPhase::Offline, Some(ErrorCode::ProviderUnreachable)));
    let waiting = engine.outbox().await.unwrap();
    assert_eq!(waiting.len(), 4, "nothing lost, nothing sent");
    let tried: Vec<_> = waiting.iter().filter(|i| i.attempts > 0).collect();
    assert!(!tried.is_empty() && tried.iter().all(|i| i.error_code == Some(ErrorCode::ProviderUnreachable)));
    assert!(waiting.iter().all(|i| i.state == OutboxState::Queued));
    // A send already tried may exist at the provider: it cannot be edited into another.
    let err = engine.edit_outbox(&tried[0].id, None, "changed").await.unwrap_err();
    assert_eq!(err.code(), "outbox-busy");
    // A reply to a queued ticket that is not in the outbox is refused, not parked for ever.
    assert!(engine.send_reply("local:no-such-item", "lost?", &[]).await.is_err());

    // Back: everything leaves, replies in the order written, on the real ticket.
    let server = start(data.path(), addr).await;
    let worker = engine.spawn_outbox_worker();
    drained(&engine, Duration::from_secs(20)).await;
    worker.abort();
    let (subjects, replies) = provider_view(&server.url()).await;
    assert_eq!(subjects.get("Written on a train"), Some(&1));
    assert_eq!(replies["Written on a train"], ["body", "First follow-up", "Second follow-up"]);
    assert!(replies.values().any(|r| r.iter().any(|b| b == "On an old ticket")));
}

#[tokio::test]
async fn five_hundred_sends_arrive_exactly_once_through_faults_and_a_restart() {
    let data = tempfile::tempdir().unwrap();
    let server = start(data.path(), "127.0.0.1:0".parse().unwrap()).await;
    let addr = server.addr;
    let url = server.url();
    let dir = tempfile::tempdir().unwrap();
    let engine =
        Engine::open(EngineConfig { data_dir: dir.path().to_owned(), secrets: Arc::new(MemorySecrets::default()), tuning: fast() })
            .await
            .unwrap();
    engine.sign_in(&url, "demo@example.com", "demo").await.unwrap();
    let http = reqwest::Client::new();
    let faults = serde_json::json!({
        "drop_before": 0.1, "drop_after": 0.1, "error_5xx": 0.1, "delay": 0.03, "delay_ms": 600, "seed": 42
    });
    let set_faults = |body: serde_json::Value| {
        let req = http.put(format!("{url}/v1/admin/faults")).bearer_auth(ADMIN).json(&body);
        async move { assert_eq!(req.send().await.unwrap().status(), 200) }
    };
    set_faults(faults.clone()).await;

    // 100 tickets, each with 4 replies written before the ticket reached the provider.
    const TICKETS: usize = 100;
    const REPLIES: usize = 4;
    for i in 0..TICKETS {
        let t = engine.send_ticket(&draft(&format!("EO-{i:03}"))).await.unwrap();
        for j in 0..REPLIES {
            engine.send_reply(&format!("local:{}", t.id), &format!("EO-{i:03}-{j}"), &[]).await.unwrap();
        }
    }
    let worker = engine.spawn_outbox_worker();

    // Restart the provider when about half has arrived.
    let start_at = Instant::now();
    let mut seen = std::collections::BTreeSet::new();
    loop {
        let left = engine.outbox().await.unwrap();
        seen.extend(left.iter().filter_map(|i| i.error_code));
        if left.len() <= TICKETS * (REPLIES + 1) / 2 {
            break;
        }
        assert!(start_at.elapsed() < Duration::from_secs(120), "half of the sends did not arrive in 2 minutes");
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    // The faults really happened: lost connections and timeouts, and 5xx answers.
    assert!(seen.contains(&ErrorCode::ProviderUnreachable) && seen.contains(&ErrorCode::ProviderRejected), "{seen:?}");
    server.stop().await.unwrap();
    tokio::time::sleep(Duration::from_millis(200)).await; // the provider is down for a while: a real outage
    let server = start(data.path(), addr).await;
    set_faults(faults).await;
    drained(&engine, Duration::from_secs(180)).await;
    worker.abort();
    set_faults(serde_json::json!({})).await;

    let (subjects, replies) = provider_view(&server.url()).await;
    for i in 0..TICKETS {
        let subject = format!("EO-{i:03}");
        assert_eq!(subjects.get(&subject), Some(&1), "{subject} arrived once");
        let expected: Vec<String> = std::iter::once("body".to_owned()).chain((0..REPLIES).map(|j| format!("EO-{i:03}-{j}"))).collect();
        assert_eq!(replies[&subject], expected, "{subject}: every reply once, in order");
    }
}

#[tokio::test]
async fn a_notice_is_pushed_and_the_stream_says_when_it_is_down() {
    let data = tempfile::tempdir().unwrap();
    let server = start(data.path(), "127.0.0.1:0".parse().unwrap()).await;
    let dir = tempfile::tempdir().unwrap();
    let engine =
        Engine::open(EngineConfig { data_dir: dir.path().to_owned(), secrets: Arc::new(MemorySecrets::default()), tuning: fast() })
            .await
            .unwrap();
    let mut events = engine.subscribe();
    let session = engine.sign_in(&server.url(), "demo@example.com", "demo").await.unwrap();
    // The first pull, as the app makes at once: what it brings is history, not announced.
    engine.sync_now().await.unwrap();
    let push = engine.spawn_push_loop();
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    while !engine.sync_state().live {
        assert!(tokio::time::Instant::now() < deadline, "the push stream did not come up");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    let res = reqwest::Client::new()
        .post(format!("{}/v1/admin/notices", server.url()))
        .bearer_auth(ADMIN)
        .json(&serde_json::json!({"kind": "maintenance", "title": "Pushed", "body": "x", "customer_email": "demo@example.com"}))
        .send()
        .await
        .unwrap();
    let published: serde_json::Value = res.json().await.unwrap();
    let id = published["id"].as_str().unwrap().to_owned();
    loop {
        let ev = tokio::time::timeout_at(deadline, events.recv()).await.expect("no notice event within 10 s").unwrap();
        if ev == (clientarea_core::EngineEvent::NoticePublished { account: session.account_id.clone(), id: id.clone() }) {
            break;
        }
    }
    assert!(engine.notices().await.unwrap().iter().any(|n| n.id == id), "the notice is in the cache when announced");
    server.stop().await.unwrap();
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    while engine.sync_state().live {
        assert!(tokio::time::Instant::now() < deadline, "the app still says live with the provider gone");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    push.abort();
}

#[tokio::test]
async fn a_reply_to_a_ticket_closed_meanwhile_is_delivered_and_the_new_state_shown() {
    let data = tempfile::tempdir().unwrap();
    let server = start(data.path(), "127.0.0.1:0".parse().unwrap()).await;
    let dir = tempfile::tempdir().unwrap();
    let engine =
        Engine::open(EngineConfig { data_dir: dir.path().to_owned(), secrets: Arc::new(MemorySecrets::default()), tuning: fast() })
            .await
            .unwrap();
    engine.sign_in(&server.url(), "demo@example.com", "demo").await.unwrap();
    engine.sync_now().await.unwrap();
    let resolved =
        engine.list_tickets(&TicketFilter { status: Some(clientarea_api::TicketStatus::Resolved), ..Default::default() }).await.unwrap()[0]
            .id
            .clone();
    // The customer writes a reply; before it leaves, the ticket is closed on the provider.
    engine.send_reply(&resolved, "Actually it is still slow at night.", &[]).await.unwrap();
    let http = reqwest::Client::new();
    let token = crate::story::customer_token(&server.url()).await;
    let res = http.post(format!("{}/v1/tickets/{resolved}/close", server.url())).bearer_auth(token).send().await.unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(engine.deliver_due().await.unwrap(), 1, "the reply is delivered, not refused");
    engine.sync_now().await.unwrap();
    let view = engine.open_ticket(&resolved).await.unwrap();
    assert_eq!(view.ticket.status, clientarea_api::TicketStatus::Open, "the provider reopened it for the reply");
    assert!(view.timeline.iter().any(|i| matches!(i, clientarea_core::TimelineItem::Message(m) if m.body.starts_with("Actually"))));
}

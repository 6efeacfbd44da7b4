//! What the customer does with the outbox, against the real reference provider: discard a
//! send (it never arrives, and nothing of it stays on this computer), send a refused one
//! again (it arrives once, with the key it had), edit a refused one (the edited words
//! arrive, as a new request).
//!
//! A refusal needs a provider that says no to a send it will take later. The reference
//! provider says no to very little the client lets through, so most tests put a stand-in
//! on its address for a while (the provider stopped, the stand-in answering every request
//! with a 409 problem, then the provider back on the same address and data); one uses the
//! reference provider's own 409 (a "not solved" on a ticket that is not resolved).

use std::net::SocketAddr;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use clientarea_api::problem::{PROBLEM_CONTENT_TYPE, types};
use clientarea_api::{EventKind, NewReply, Problem, TicketDetail, TicketStatus};
use clientarea_core::provider::{ProviderClient, parse_provider_url};
use clientarea_core::{
    DraftKind, Engine, EngineConfig, ErrorCode, MemorySecrets, OutboxItem, OutboxRequest, OutboxState, StatusAction, TicketDraft,
    TicketFilter,
};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::offline::{draft, drained, fast, provider_view, start};
use crate::story::{ADMIN, detail};

const REFUSAL: &str = "This ticket takes no replies at the moment";

/// One refused request: `METHOD /path`, and its Idempotency-Key.
type Request = (String, Option<String>);

/// Every request the stand-in refused.
#[derive(Clone, Default)]
struct Seen(Arc<Mutex<Vec<Request>>>);

impl Seen {
    fn all(&self) -> Vec<Request> {
        self.0.lock().unwrap().clone()
    }
}

/// A stand-in on `addr` that refuses every request with a 409 problem, as a provider
/// refuses a send it will not take, and notes what it was sent.
struct Refuser {
    task: tokio::task::JoinHandle<()>,
    seen: Seen,
}

impl Refuser {
    async fn start(addr: SocketAddr) -> Refuser {
        let listener = tokio::net::TcpListener::bind(addr).await.unwrap();
        let seen = Seen::default();
        let log = seen.clone();
        let task = tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                tokio::spawn(refuse(stream, log.clone()));
            }
        });
        Refuser { task, seen }
    }

    /// Stop listening; the address is free again when this returns.
    async fn stop(self) {
        self.task.abort();
        let _ = self.task.await;
    }
}

async fn refuse(mut stream: tokio::net::TcpStream, log: Seen) {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    // The head, then as much body as it announces.
    let head_end = loop {
        match stream.read(&mut chunk).await {
            Ok(0) | Err(_) => return,
            Ok(n) => buf.extend_from_slice(&chunk[..n]),
        }
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break i + 4;
        }
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).into_owned();
    let header = |name: &str| {
        head.lines().skip(1).find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.trim().eq_ignore_ascii_case(name).then(|| v.trim().to_owned())
        })
    };
    let length: usize = header("content-length").and_then(|v| v.parse().ok()).unwrap_or(0);
    while buf.len() < head_end + length {
        match stream.read(&mut chunk).await {
            Ok(0) | Err(_) => return,
            Ok(n) => buf.extend_from_slice(&chunk[..n]),
        }
    }
    let mut line = head.lines().next().unwrap_or_default().split_whitespace();
    let what = format!("{} {}", line.next().unwrap_or_default(), line.next().unwrap_or_default());
    log.0.lock().unwrap().push((what, header("idempotency-key")));
    let problem =
        serde_json::to_string(&Problem::new(types::CONFLICT, 409, REFUSAL).with_detail("Refused by the test's stand-in.")).unwrap();
    let res = format!(
        "HTTP/1.1 409 Conflict\r\ncontent-type: {PROBLEM_CONTENT_TYPE}\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{problem}",
        problem.len()
    );
    let _ = stream.write_all(res.as_bytes()).await;
    let _ = stream.shutdown().await;
}

async fn engine(dir: &Path) -> Engine {
    Engine::open(EngineConfig { data_dir: dir.to_owned(), secrets: Arc::new(MemorySecrets::default()), tuning: fast() }).await.unwrap()
}

/// The id of the demo customer's cached ticket named `subject`.
async fn ticket_id(engine: &Engine, subject: &str) -> String {
    let all = engine.list_tickets(&TicketFilter::default()).await.unwrap();
    all.iter().find(|t| t.subject == subject).unwrap_or_else(|| panic!("no ticket {subject:?}")).id.clone()
}

fn item(all: &[OutboxItem], id: &str) -> OutboxItem {
    all.iter().find(|i| i.id == id).unwrap_or_else(|| panic!("{id} is not in the outbox: {all:?}")).clone()
}

/// What the account's cache holds of messages not sent yet: the files attached to them
/// and the drafts tied to them. Read from its SQLite file, beside the engine.
async fn left_on_disk(data_dir: &Path, account_id: &str) -> (Vec<String>, i64) {
    let path = data_dir.join("accounts").join(account_id).join("cache.sqlite");
    let opts = sqlx::sqlite::SqliteConnectOptions::new().filename(&path);
    let pool = sqlx::SqlitePool::connect_with(opts).await.unwrap();
    let files: Vec<String> = sqlx::query_scalar("SELECT id FROM local_files ORDER BY id").fetch_all(&pool).await.unwrap();
    let drafts: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM drafts WHERE outbox_id IS NOT NULL").fetch_one(&pool).await.unwrap();
    pool.close().await;
    (files, drafts)
}

/// A client of the demo customer's own, to read and act at the provider directly.
async fn customer(url: &str) -> ProviderClient {
    let client = ProviderClient::new(parse_provider_url(url).unwrap()).unwrap();
    let token = client.sign_in("demo@example.com", "demo").await.unwrap().token;
    client.with_token(token)
}

/// A provider on a data folder of its own (so it can stop and start again on the same
/// address), and an engine signed in to it and synced. Bind both folders where it is
/// taken apart (`dir: _dir`): a field left to `..` is dropped, and its folder deleted, at once.
struct Setup {
    data: tempfile::TempDir,
    dir: tempfile::TempDir,
    server: clientarea_provider::Running,
    url: String,
    engine: Engine,
    session: clientarea_core::Session,
}

async fn signed_in() -> Setup {
    let data = tempfile::tempdir().unwrap();
    let server = start(data.path(), "127.0.0.1:0".parse().unwrap()).await;
    let url = server.url();
    let dir = tempfile::tempdir().unwrap();
    let engine = engine(dir.path()).await;
    let session = engine.sign_in(&url, "demo@example.com", "demo").await.unwrap();
    engine.sync_now().await.unwrap();
    Setup { data, dir, server, url, engine, session }
}

#[tokio::test]
async fn a_discarded_send_never_reaches_the_provider_and_leaves_nothing_behind() {
    let Setup { data, dir, server, engine, session, .. } = signed_in().await;
    let addr = server.addr;
    let vat = ticket_id(&engine, "VAT number on invoices").await;
    server.stop().await.unwrap();

    // Offline, each with its draft and a file: a new ticket, a reply written to it, and a
    // reply to an old ticket; then one more reply to that ticket, without either.
    let file = |name: &'static str| {
        let engine = engine.clone();
        async move { engine.add_attachment(name, format!("{name}: 1  gw (10.0.0.1)  0.4 ms\n").into_bytes()).await.unwrap().id }
    };
    let (f1, f2, f3) = (file("ticket.txt").await, file("follow-up.txt").await, file("reply.txt").await);
    engine.save_draft(DraftKind::Ticket, "", &serde_json::json!({"subject": "Given up on a train"})).await.unwrap();
    let ticket = engine.send_ticket(&TicketDraft { attachment_ids: vec![f1.clone()], ..draft("Given up on a train") }).await.unwrap();
    let local = format!("local:{}", ticket.id);
    engine.save_draft(DraftKind::Reply, &local, &serde_json::json!({"body": "A follow-up to it"})).await.unwrap();
    let follow_up = engine.send_reply(&local, "A follow-up to it", std::slice::from_ref(&f2)).await.unwrap();
    engine.save_draft(DraftKind::Reply, &vat, &serde_json::json!({"body": "A reply given up"})).await.unwrap();
    let given_up = engine.send_reply(&vat, "A reply given up", std::slice::from_ref(&f3)).await.unwrap();
    let kept = engine.send_reply(&vat, "A reply kept", &[]).await.unwrap();
    assert_eq!(engine.deliver_due().await.unwrap(), 0, "the provider is gone");
    let waiting = engine.outbox().await.unwrap();
    assert_eq!(waiting.len(), 4);
    // Both were tried while the provider was gone: a discard must hold for a send already on its way.
    assert!(item(&waiting, &ticket.id).attempts > 0 && item(&waiting, &given_up.id).attempts > 0, "{waiting:?}");
    let mut files = vec![f1, f2, f3];
    files.sort();
    assert_eq!(left_on_disk(dir.path(), &session.account_id).await, (files, 3), "the files and drafts wait with their sends");

    // Discarded: the new ticket (and the reply written to it), and the first reply.
    engine.discard_outbox(&ticket.id).await.unwrap();
    engine.discard_outbox(&given_up.id).await.unwrap();
    let left: Vec<String> = engine.outbox().await.unwrap().into_iter().map(|i| i.id).collect();
    assert_eq!(left, std::slice::from_ref(&kept.id), "only the reply kept waits; the follow-up went with its ticket ({})", follow_up.id);
    assert_eq!(
        left_on_disk(dir.path(), &session.account_id).await,
        (Vec::new(), 0),
        "nothing of the discarded sends stays on this computer"
    );

    // The provider is back: what was kept arrives, what was discarded never does.
    let server = start(data.path(), addr).await;
    let worker = engine.spawn_outbox_worker();
    drained(&engine, Duration::from_secs(20)).await;
    worker.abort();
    let (subjects, replies) = provider_view(&server.url()).await;
    assert_eq!(subjects.get("Given up on a train"), None, "the discarded ticket was never made: {subjects:?}");
    let on_vat = &replies["VAT number on invoices"];
    assert_eq!(on_vat.iter().filter(|b| *b == "A reply kept").count(), 1, "{on_vat:?}");
    assert!(!on_vat.iter().any(|b| b == "A reply given up"), "{on_vat:?}");
    assert!(!replies.values().flatten().any(|b| b == "A follow-up to it"), "{replies:?}");
    assert!(engine.outbox().await.unwrap().is_empty());
}

#[tokio::test]
async fn a_refused_send_sent_again_arrives_once_with_the_key_it_had() {
    let Setup { data, dir: _dir, server, url, engine, .. } = signed_in().await;
    let addr = server.addr;
    let vat = ticket_id(&engine, "VAT number on invoices").await;
    server.stop().await.unwrap();

    // Refused: the item waits for the customer, with the provider's words.
    let refuser = Refuser::start(addr).await;
    const BODY: &str = "Sent again after a refusal";
    let queued = engine.send_reply(&vat, BODY, &[]).await.unwrap();
    let key = queued.idempotency_key.clone();
    assert_eq!(engine.deliver_due().await.unwrap(), 0);
    let failed = item(&engine.outbox().await.unwrap(), &queued.id);
    assert_eq!((failed.state, failed.error_code), (OutboxState::Failed, Some(ErrorCode::ProviderRejected)), "{failed:?}");
    assert_eq!(failed.error_detail.as_deref(), Some("Refused by the test's stand-in."));
    assert_eq!(failed.idempotency_key, key);
    // Not tried again by itself: one request, with the item's key.
    assert_eq!(engine.deliver_due().await.unwrap(), 0);
    assert_eq!(refuser.seen.all(), [(format!("POST /v1/tickets/{vat}/messages"), Some(key.clone()))]);
    refuser.stop().await;

    // The provider is back; a refused send still waits for the customer.
    let server = start(data.path(), addr).await;
    assert_eq!(engine.deliver_due().await.unwrap(), 0, "a refused send is not sent again unasked");
    assert_eq!(item(&engine.outbox().await.unwrap(), &queued.id).state, OutboxState::Failed);

    // Sent again, and every answer lost on the way back: the provider made it on the first
    // try, and each retry carries the same key.
    let http = reqwest::Client::new();
    let faults = |body: serde_json::Value| {
        let req = http.put(format!("{url}/v1/admin/faults")).bearer_auth(ADMIN).json(&body);
        async move { assert_eq!(req.send().await.unwrap().status(), 200) }
    };
    faults(serde_json::json!({"drop_after": 1.0})).await;
    engine.resend(&queued.id).await.unwrap();
    assert_eq!(engine.deliver_due().await.unwrap(), 0, "no answer came back");
    let retrying = item(&engine.outbox().await.unwrap(), &queued.id);
    assert_eq!((retrying.state, retrying.error_code), (OutboxState::Queued, Some(ErrorCode::ProviderUnreachable)), "{retrying:?}");
    assert!(retrying.attempts >= 2, "{retrying:?}");
    assert_eq!(retrying.idempotency_key, key, "sending again is the same request");
    faults(serde_json::json!({})).await;
    let worker = engine.spawn_outbox_worker();
    drained(&engine, Duration::from_secs(20)).await;
    worker.abort();

    let (_, replies) = provider_view(&url).await;
    let on_vat = &replies["VAT number on invoices"];
    assert_eq!(on_vat.iter().filter(|b| *b == BODY).count(), 1, "arrived once: {on_vat:?}");
    // The provider holds it under that key: the same request with it makes nothing new.
    let again = customer(&url).await.reply(&vat, &NewReply { body: BODY.into(), attachment_ids: Vec::new() }, &key).await.unwrap();
    let view = engine.open_ticket(&vat).await.unwrap();
    let cached: Vec<_> = view
        .timeline
        .iter()
        .filter_map(|i| match i {
            clientarea_core::TimelineItem::Message(m) if m.body == BODY => Some(m.id.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(cached, [again.id], "the key answers the message the app delivered");
    let (_, replies) = provider_view(&url).await;
    assert_eq!(replies["VAT number on invoices"].iter().filter(|b| *b == BODY).count(), 1);
    server.stop().await.unwrap();
}

#[tokio::test]
async fn an_edited_refused_send_delivers_the_edited_words_as_a_new_request() {
    let Setup { data, dir: _dir, server, url, engine, .. } = signed_in().await;
    let addr = server.addr;
    let vat = ticket_id(&engine, "VAT number on invoices").await;
    server.stop().await.unwrap();

    // Refused: a new ticket, and a reply to an old one. A reply written to the new ticket
    // waits for it, untried.
    let refuser = Refuser::start(addr).await;
    let ticket = engine.send_ticket(&draft("Refused as written")).await.unwrap();
    let follow_up = engine.send_reply(&format!("local:{}", ticket.id), "Written to the new ticket", &[]).await.unwrap();
    let reply = engine.send_reply(&vat, "Refused as written, too", &[]).await.unwrap();
    assert_eq!(engine.deliver_due().await.unwrap(), 0);
    let before = engine.outbox().await.unwrap();
    for id in [&ticket.id, &reply.id] {
        assert_eq!(item(&before, id).state, OutboxState::Failed, "{before:?}");
    }
    assert_eq!((item(&before, &follow_up.id).state, item(&before, &follow_up.id).attempts), (OutboxState::Queued, 0));
    assert_eq!(refuser.seen.all().len(), 2, "the ticket and the reply, once each: {:?}", refuser.seen.all());

    // An edit is checked like a new send: a blank text changes nothing.
    let err = engine.edit_outbox(&reply.id, None, "   ").await.unwrap_err();
    assert_eq!(err.code(), "validation");
    assert_eq!(item(&engine.outbox().await.unwrap(), &reply.id), item(&before, &reply.id), "a refused edit leaves the item as it was");

    engine.edit_outbox(&ticket.id, Some("  Accepted as edited "), "The edited body").await.unwrap();
    engine.edit_outbox(&reply.id, None, "Accepted as edited, too").await.unwrap();
    let after = engine.outbox().await.unwrap();
    for id in [&ticket.id, &reply.id] {
        let (was, now) = (item(&before, id), item(&after, id));
        assert_eq!((now.state, now.attempts, now.error_code), (OutboxState::Queued, 0, None), "{now:?}");
        // Another request under the old key would be refused as a reused key.
        assert_ne!(now.idempotency_key, was.idempotency_key, "an edited send is a new request");
    }
    let (OutboxRequest::Ticket { ticket: edited }, OutboxRequest::Ticket { ticket: was }) =
        (item(&after, &ticket.id).request, item(&before, &ticket.id).request)
    else {
        panic!("the new ticket is still a new ticket");
    };
    assert_eq!((edited.subject.as_str(), edited.body.as_str()), ("Accepted as edited", "The edited body"));
    assert_eq!((edited.department, edited.priority), (was.department, was.priority), "the rest stays");
    refuser.stop().await;

    let server = start(data.path(), addr).await;
    let worker = engine.spawn_outbox_worker();
    drained(&engine, Duration::from_secs(20)).await;
    worker.abort();
    let (subjects, replies) = provider_view(&url).await;
    assert_eq!(subjects.get("Accepted as edited"), Some(&1), "{subjects:?}");
    assert_eq!(subjects.get("Refused as written"), None, "{subjects:?}");
    assert_eq!(replies["Accepted as edited"], ["The edited body", "Written to the new ticket"]);
    let on_vat = &replies["VAT number on invoices"];
    assert_eq!(on_vat.iter().filter(|b| *b == "Accepted as edited, too").count(), 1, "{on_vat:?}");
    assert!(!on_vat.iter().any(|b| b == "Refused as written, too"), "{on_vat:?}");
    server.stop().await.unwrap();
}

/// The reference provider's own refusal: "not solved" on a ticket that is no longer
/// resolved (the customer reopened it elsewhere). Once support resolves it again, the
/// same request, sent again, is taken, once.
#[tokio::test]
async fn a_status_change_the_provider_refused_is_taken_when_sent_again_later() {
    let Setup { data: _data, dir: _dir, server, url, engine, .. } = signed_in().await;
    let id = ticket_id(&engine, "VPS running slowly since yesterday").await;
    assert_eq!(engine.open_ticket(&id).await.unwrap().ticket.status, TicketStatus::Resolved);

    // Reopened elsewhere before the app sends its answer: the answer is refused.
    let elsewhere = customer(&url).await;
    elsewhere.set_status(&id, StatusAction::Reopen, "reopened-elsewhere").await.unwrap();
    let queued = engine.set_ticket_status(&id, StatusAction::NotSolved).await.unwrap();
    assert_eq!(engine.deliver_due().await.unwrap(), 0);
    let failed = item(&engine.outbox().await.unwrap(), &queued.id);
    assert_eq!((failed.state, failed.error_code), (OutboxState::Failed, Some(ErrorCode::ProviderRejected)), "{failed:?}");
    assert_eq!(failed.error_detail.as_deref(), Some("Only a resolved ticket waits for the customer's confirmation"));
    // Status changes carry no words: there is nothing to edit, and trying changes nothing.
    assert!(engine.edit_outbox(&queued.id, None, "text").await.is_err());
    assert_eq!(item(&engine.outbox().await.unwrap(), &queued.id), failed);

    let opened =
        |d: &TicketDetail| d.events.iter().filter(|e| matches!(e.kind, EventKind::StatusChanged { to: TicketStatus::Open, .. })).count();
    let res = reqwest::Client::new()
        .post(format!("{url}/v1/admin/tickets/{id}/staff-reply"))
        .bearer_auth(ADMIN)
        .json(&serde_json::json!({"author_name": "Anna", "body": "Fixed again, please confirm.", "resolve": true}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let resolved: TicketDetail = res.json().await.unwrap();
    assert_eq!(resolved.ticket.status, TicketStatus::Resolved);

    engine.resend(&queued.id).await.unwrap();
    let deadline = Instant::now() + Duration::from_secs(10);
    while engine.deliver_due().await.unwrap() == 0 {
        assert!(Instant::now() < deadline, "not delivered: {:?}", engine.outbox().await.unwrap());
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert!(engine.outbox().await.unwrap().is_empty());
    let now = detail(&url, &id).await;
    assert_eq!(now.ticket.status, TicketStatus::Open, "not solved: reopened");
    assert_eq!(opened(&now), opened(&resolved) + 1, "reopened once by the answer sent again");
    engine.sync_now().await.unwrap();
    assert_eq!(engine.open_ticket(&id).await.unwrap().ticket.status, TicketStatus::Open);
    server.stop().await.unwrap();
}

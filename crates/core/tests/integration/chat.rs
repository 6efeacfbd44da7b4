//! Live chat against the reference provider: a chat started while the provider is
//! stopped leaves once, in order with the message written after it, when the provider is
//! back; the operator answers; the chat becomes a ticket whose first message is the
//! whole conversation, and the chat names it.

use std::sync::Arc;
use std::time::Duration;

use clientarea_api::{Author, DepartmentId, Priority};
use clientarea_core::{Engine, EngineConfig, MemorySecrets, TicketFilter};

use crate::offline::{drained, fast, start};

#[tokio::test]
async fn a_chat_written_offline_leaves_once_and_becomes_a_ticket_with_every_word() {
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
    assert!(engine.chat_view().await.unwrap().lines.is_empty(), "no chat yet");
    server.stop().await.unwrap();

    // Offline: the first message (it starts the chat) and a second one behind it.
    engine.send_chat("Hello, which PHP versions do you support?", &[]).await.unwrap();
    // The second carries a screenshot, kept on this computer until it leaves.
    let shot = engine.add_attachment("plans.png", b"\x89PNG\r\n\x1a\nscreenshot".to_vec()).await.unwrap();
    engine.send_chat("On the shared plans, I mean.", std::slice::from_ref(&shot.id)).await.unwrap();
    assert!(engine.send_chat("   ", &[]).await.is_err(), "an empty message is refused");
    assert_eq!(engine.deliver_due().await.unwrap(), 0);
    let view = engine.chat_view().await.unwrap();
    assert!(view.chat.is_none());
    assert_eq!(view.lines.len(), 2, "both shown, on their way: {view:?}");
    assert!(view.lines.iter().all(|l| l.pending.is_some()));
    let waiting: Vec<(&str, u64)> = view.lines[1].attachments.iter().map(|f| (f.id.as_str(), f.size)).collect();
    assert_eq!(waiting, [(shot.id.as_str(), 18)], "the file is shown with its message while it waits");

    // Back: both leave, once, in order, in one chat.
    let server = start(data.path(), addr).await;
    let worker = engine.spawn_outbox_worker();
    drained(&engine, Duration::from_secs(20)).await;
    let view = engine.chat_view().await.unwrap();
    let chat = view.chat.clone().expect("the provider has the chat");
    let mine: Vec<&str> = view.lines.iter().filter(|l| l.author == Author::Customer).map(|l| l.body.as_str()).collect();
    assert_eq!(mine, ["Hello, which PHP versions do you support?", "On the shared plans, I mean."], "once each, in order");
    assert!(view.lines.iter().all(|l| l.pending.is_none()));
    let sent = &view.lines.iter().find(|l| l.body == "On the shared plans, I mean.").unwrap().attachments;
    assert_eq!(sent.len(), 1, "{view:?}");
    assert!(!sent[0].id.starts_with("file:") && sent[0].filename == "plans.png" && sent[0].content_type == "image/png", "{sent:?}");
    assert_eq!(engine.download_attachment(&sent[0].id).await.unwrap(), b"\x89PNG\r\n\x1a\nscreenshot", "the provider has its bytes");
    assert!(view.acknowledgment.is_some_and(|a| a.done_at.is_some()), "the operator acknowledged");
    // The chat is in the full-text search, accents and case folded, the matches marked.
    let hits = engine.search_chats("php VERSIONS").await.unwrap();
    assert_eq!(hits.len(), 1, "{hits:?}");
    assert!(hits[0].snippet.contains("\u{E000}PHP\u{E001}"), "{:?}", hits[0].snippet);
    assert!(engine.search_chats("shared plans").await.unwrap().iter().all(|h| h.chat_id == chat.id));

    // The operator answers (the desk, within seconds by its clock), and each answer is
    // announced once, naming who answered.
    let mut events = engine.subscribe();
    let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
    loop {
        engine.sync_now().await.unwrap();
        let lines = engine.chat_view().await.unwrap().lines;
        if lines.last().is_some_and(|l| l.author == Author::Staff && l.body.starts_with("Thanks for your question")) {
            break;
        }
        assert!(tokio::time::Instant::now() < deadline, "no operator answer: {lines:?}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }

    let mut announced = Vec::new();
    while let Ok(ev) = events.try_recv() {
        if let clientarea_core::EngineEvent::ChatReplied { replies, .. } = ev {
            assert!(replies.latest.len() as u64 <= replies.count, "{replies:?}");
            announced.extend(replies.latest);
        }
    }
    assert!(!announced.is_empty() && announced.iter().all(|r| r.chat_id == chat.id), "{announced:?}");
    assert!(announced.iter().any(|r| r.author_name.is_some()));
    let count = announced.len();
    engine.sync_now().await.unwrap();
    let again =
        std::iter::from_fn(|| events.try_recv().ok()).filter(|e| matches!(e, clientarea_core::EngineEvent::ChatReplied { .. })).count();
    assert_eq!(again, 0, "announced once ({count} before)");

    // Into a ticket: its first message carries every word, and the chat names it.
    engine.chat_to_ticket(DepartmentId::Technical, Priority::Regular, "PHP versions on shared plans").await.unwrap();
    drained(&engine, Duration::from_secs(20)).await;
    worker.abort();
    let view = engine.chat_view().await.unwrap();
    let ticket_id = view.ticket_id.clone().expect("the chat names its ticket");
    assert!(view.ticket_number.is_some());
    let ticket = engine.open_ticket(&ticket_id).await.unwrap();
    let first = ticket.timeline.iter().find_map(|i| match i {
        clientarea_core::TimelineItem::Message(m) => Some(m.clone()),
        _ => None,
    });
    let first = first.expect("a first message");
    let files: Vec<&str> = first.attachments.iter().map(|a| a.filename.as_str()).collect();
    assert_eq!(files, ["plans.png"], "the chat's files go with its ticket");
    let first = first.body;
    for words in ["Hello, which PHP versions do you support?", "On the shared plans, I mean.", "Thanks for your question"] {
        assert!(first.contains(words), "{words:?} in the ticket:\n{first}");
    }
    assert!(engine.list_tickets(&TicketFilter::default()).await.unwrap().iter().any(|t| t.id == ticket_id));
    // A new message after the conversion starts a new chat.
    engine.send_chat("One more question", &[]).await.unwrap();
    let item = engine.outbox().await.unwrap().pop().unwrap();
    assert!(matches!(item.request, clientarea_core::OutboxRequest::Chat { chat_id: None, .. }), "{item:?}");
    assert!(!chat.id.is_empty());
    server.stop().await.unwrap();
}

//! Cache tests on a real SQLite file.

use super::*;
use chrono::TimeZone;
use clientarea_api::EventKind;

fn at(min: i64) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 29, 0, 0, 0).unwrap() + chrono::Duration::minutes(min)
}

fn ticket(id: &str, status: TicketStatus, updated: i64) -> Ticket {
    Ticket {
        id: id.into(),
        number: 100_000 + updated,
        subject: format!("subject {id}"),
        department: DepartmentId::Technical,
        priority: Priority::Regular,
        status,
        service_id: Some("svc".into()),
        notice_id: None,
        invoice_id: None,
        incident: None,
        team: "support-engineers".into(),
        created_at: at(0),
        updated_at: at(updated),
        acknowledge_due_at: at(2),
        first_response_due_at: at(10),
        acknowledged_at: Some(at(1)),
        first_response_at: None,
    }
}

fn message(id: &str, ticket: &str, author: Author, min: i64) -> TicketMessage {
    TicketMessage {
        id: id.into(),
        ticket_id: ticket.into(),
        author,
        author_name: None,
        body: format!("body {id}"),
        attachments: Vec::new(),
        created_at: at(min),
    }
}

/// A notice of `kind` with no window and no services, published at minute `min`.
fn notice(id: &str, kind: NoticeKind, min: i64) -> Notice {
    Notice {
        id: id.into(),
        kind,
        title: format!("{} {id}", kind.as_str()),
        body: "b".into(),
        default_lang: "en".into(),
        translations: vec![],
        service_ids: vec![],
        starts_at: None,
        ends_at: None,
        resolved_at: None,
        respond_by: None,
        published_at: at(min),
        updated_at: at(min),
    }
}

/// Ticket `id`, answered: the customer wrote at minute 0, staff at minute 3.
fn answered(id: &str) -> SyncPage {
    SyncPage {
        tickets: vec![ticket(id, TicketStatus::Answered, 3)],
        messages: vec![message(&format!("{id}-m1"), id, Author::Customer, 0), message(&format!("{id}-m2"), id, Author::Staff, 3)],
        ..Default::default()
    }
}

async fn cache() -> (tempfile::TempDir, Cache, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("acct").join("cache.sqlite");
    let c = Cache::open(&path).await.unwrap();
    (dir, c, path)
}

#[tokio::test]
async fn a_page_and_its_cursor_land_together_and_survive_reopening() {
    let (_dir, c, path) = cache().await;
    assert!(c.cursor().await.unwrap().is_start());
    let page = SyncPage {
        services: vec![Service {
            id: "svc".into(),
            name: "VPS one".into(),
            kind: "vps".into(),
            ip_addresses: vec!["192.0.2.1".into()],
            order_number: "#123456".into(),
            datacenter: "Amsterdam".into(),
            datacenter_timezone: "Europe/Amsterdam".into(),
        }],
        tickets: vec![ticket("a", TicketStatus::Open, 5), ticket("b", TicketStatus::Closed, 9)],
        messages: vec![message("m1", "a", Author::Customer, 0)],
        events: vec![TicketEvent { id: "e1".into(), ticket_id: "a".into(), at: at(1), kind: EventKind::Acknowledged }],
        next_cursor: Cursor("c1.7".into()),
        ..Default::default()
    };
    c.apply_page(&page, at(10)).await.unwrap();
    c.close().await;

    let c = Cache::open(&path).await.unwrap();
    assert_eq!(c.cursor().await.unwrap(), Cursor("c1.7".into()));
    let list = c.list_tickets(&TicketFilter::default()).await.unwrap();
    assert_eq!(list.iter().map(|t| t.id.as_str()).collect::<Vec<_>>(), ["b", "a"], "newest first");
    assert_eq!(list[1].service_name.as_deref(), Some("VPS one"));
    let open = c.list_tickets(&TicketFilter { status: Some(TicketStatus::Open), ..Default::default() }).await.unwrap();
    assert_eq!(open.len(), 1);
    assert_eq!(open[0].id, "a");
    let view = c.ticket_view("a").await.unwrap().unwrap();
    assert_eq!(view.timeline.len(), 2);
    assert!(matches!(view.timeline[0], TimelineItem::Message(_)));
    assert!(matches!(&view.timeline[1], TimelineItem::Event(e) if e.kind == EventKind::Acknowledged));
}

#[tokio::test]
async fn a_repeated_record_replaces_the_old_one() {
    let (_dir, c, _) = cache().await;
    let mut page = SyncPage { tickets: vec![ticket("a", TicketStatus::Open, 1)], ..Default::default() };
    c.apply_page(&page, at(1)).await.unwrap();
    page.tickets = vec![ticket("a", TicketStatus::Resolved, 2)];
    c.apply_page(&page, at(2)).await.unwrap();
    let list = c.list_tickets(&TicketFilter::default()).await.unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].status, TicketStatus::Resolved);
}

#[tokio::test]
async fn staff_messages_after_the_last_read_are_unread() {
    let (_dir, c, _) = cache().await;
    let page = answered("a");
    c.apply_page(&page, at(3)).await.unwrap();
    assert!(c.list_tickets(&TicketFilter::default()).await.unwrap()[0].unread);
    c.mark_read("a", at(4)).await.unwrap();
    assert!(!c.list_tickets(&TicketFilter::default()).await.unwrap()[0].unread);
    let later = SyncPage { messages: vec![message("m3", "a", Author::Staff, 5)], ..Default::default() };
    c.apply_page(&later, at(5)).await.unwrap();
    assert!(c.list_tickets(&TicketFilter::default()).await.unwrap()[0].unread);
}

#[tokio::test]
async fn the_unread_count_follows_reads_new_staff_messages_and_closing() {
    let (_dir, c, _) = cache().await;
    let page = SyncPage {
        tickets: vec![ticket("a", TicketStatus::Answered, 3), ticket("b", TicketStatus::Answered, 3), ticket("c", TicketStatus::Closed, 3)],
        messages: vec![message("m1", "a", Author::Staff, 3), message("m2", "b", Author::Staff, 3), message("m3", "c", Author::Staff, 3)],
        ..Default::default()
    };
    c.apply_page(&page, at(3)).await.unwrap();
    assert_eq!(c.unread_tickets().await.unwrap(), 2, "a closed ticket never counts");
    c.mark_read("a", at(4)).await.unwrap();
    assert_eq!(c.unread_tickets().await.unwrap(), 1);
    c.apply_page(&SyncPage { messages: vec![message("m4", "a", Author::Staff, 5)], ..Default::default() }, at(5)).await.unwrap();
    assert_eq!(c.unread_tickets().await.unwrap(), 2, "staff wrote again");
    c.apply_page(&SyncPage { tickets: vec![ticket("b", TicketStatus::Closed, 6)], ..Default::default() }, at(6)).await.unwrap();
    assert_eq!(c.unread_tickets().await.unwrap(), 1, "a ticket that closes is not unread any more");
    c.apply_page(&SyncPage { tickets: vec![ticket("b", TicketStatus::Open, 7)], ..Default::default() }, at(7)).await.unwrap();
    assert_eq!(c.unread_tickets().await.unwrap(), 1, "nor when it opens again: it was done with");
    assert!(!c.list_tickets(&TicketFilter::default()).await.unwrap().iter().find(|t| t.id == "b").unwrap().unread);
}

#[tokio::test]
async fn notices_stay_unseen_until_marked_and_marking_survives_a_resync() {
    let (_dir, c, path) = cache().await;
    let notice = |id: &str, min: i64| notice(id, NoticeKind::Outage, min);
    c.apply_page(&SyncPage { notices: vec![notice("n1", 1), notice("n2", 2)], ..Default::default() }, at(2)).await.unwrap();
    let ids = |v: Vec<Notice>| v.into_iter().map(|n| n.id).collect::<Vec<_>>();
    assert_eq!(ids(c.unseen_notices().await.unwrap()), ["n2", "n1"], "newest first");
    c.mark_notices_seen(&["n2".into()], at(3)).await.unwrap();
    c.mark_notices_seen(&["n2".into()], at(4)).await.unwrap();
    c.apply_page(&SyncPage { notices: vec![notice("n2", 2)], ..Default::default() }, at(5)).await.unwrap();
    c.close().await;
    let c = Cache::open(&path).await.unwrap();
    assert_eq!(ids(c.unseen_notices().await.unwrap()), ["n1"]);
}

#[tokio::test]
async fn the_tickets_about_a_notice_are_on_its_services_within_its_time() {
    let (_dir, c, _) = cache().await;
    let opened = |id: &str, service: &str, min: i64, department: DepartmentId| Ticket {
        service_id: Some(service.into()),
        created_at: at(min),
        department,
        ..ticket(id, TicketStatus::Open, min)
    };
    let page = SyncPage {
        tickets: vec![
            opened("before", "svc-a", 5, DepartmentId::Technical),
            opened("during", "svc-a", 15, DepartmentId::Technical),
            opened("other-service", "svc-b", 15, DepartmentId::Technical),
            opened("invoice", "svc-a", 15, DepartmentId::Financial),
            opened("after", "svc-a", 40, DepartmentId::Technical),
        ],
        ..Default::default()
    };
    c.apply_page(&page, at(40)).await.unwrap();
    // Published after the first customer wrote: the ticket still counts.
    let outage = Notice {
        service_ids: vec!["svc-a".into()],
        starts_at: Some(at(10)),
        resolved_at: Some(at(30)),
        ..notice("o", NoticeKind::Outage, 20)
    };
    c.apply_page(&SyncPage { notices: vec![outage.clone()], ..Default::default() }, at(40)).await.unwrap();
    let ids = |v: Vec<TicketSummary>| v.into_iter().map(|t| t.id).collect::<Vec<_>>();
    assert_eq!(ids(c.tickets_about("o").await.unwrap()), ["during"]);
    let about = |v: Vec<Notice>| v.into_iter().map(|n| n.id).collect::<Vec<_>>();
    assert_eq!(about(c.notices_about("during").await.unwrap()), ["o"], "and the other way");
    assert!(c.notices_about("after").await.unwrap().is_empty());
    let ongoing = Notice { resolved_at: None, ..outage };
    c.apply_page(&SyncPage { notices: vec![ongoing], ..Default::default() }, at(41)).await.unwrap();
    assert_eq!(ids(c.tickets_about("o").await.unwrap()), ["after", "during"], "until it is over");
}

#[tokio::test]
async fn a_staff_reply_is_claimed_once_and_the_first_look_is_history() {
    let (_dir, c, path) = cache().await;
    let page = answered("a");
    c.apply_page(&page, at(3)).await.unwrap();
    assert_eq!(c.unread_tickets().await.unwrap(), 1);
    assert!(c.claim_new_staff_replies().await.unwrap().is_empty(), "what was there is history");
    assert_eq!(c.unread_tickets().await.unwrap(), 0, "and read");
    let later =
        SyncPage { messages: vec![message("m3", "a", Author::Customer, 4), message("m4", "a", Author::Staff, 5)], ..Default::default() };
    c.apply_page(&later, at(5)).await.unwrap();
    let claimed = c.claim_new_staff_replies().await.unwrap();
    assert_eq!(claimed.count, 1);
    assert_eq!(claimed.latest.iter().map(|r| r.message_id.as_str()).collect::<Vec<_>>(), ["m4"], "staff only");
    assert_eq!(claimed.latest[0].subject, "subject a");
    // The same messages pulled again (a resync), and a restart: nothing again.
    c.apply_page(&later, at(6)).await.unwrap();
    c.apply_page(&page, at(6)).await.unwrap();
    c.close().await;
    let c = Cache::open(&path).await.unwrap();
    assert!(c.claim_new_staff_replies().await.unwrap().is_empty());
}

#[tokio::test]
async fn many_replies_at_once_are_counted_and_only_the_newest_named() {
    let (_dir, c, _) = cache().await;
    c.apply_page(&answered("a"), at(3)).await.unwrap();
    assert!(c.claim_new_staff_replies().await.unwrap().is_empty(), "history");
    // A sync after a long time away: 25 answers and 25 of the customer's own messages.
    let messages =
        (0..50).map(|i| message(&format!("n{i:02}"), "a", if i % 2 == 1 { Author::Staff } else { Author::Customer }, 10 + i)).collect();
    c.apply_page(&SyncPage { messages, ..Default::default() }, at(70)).await.unwrap();
    let claimed = c.claim_new_staff_replies().await.unwrap();
    assert_eq!(claimed.count, 25, "every staff answer counted");
    let named: Vec<&str> = claimed.latest.iter().map(|r| r.message_id.as_str()).collect();
    assert_eq!(named.len(), Cache::NAMED as usize, "only the newest are read: {named:?}");
    assert_eq!(named.first(), Some(&"n31"), "oldest first among them: {named:?}");
    assert_eq!(named.last(), Some(&"n49"));
    assert!(c.claim_new_staff_replies().await.unwrap().is_empty(), "each once");
}

#[tokio::test]
async fn a_closed_ticket_is_never_unread() {
    let (_dir, c, _) = cache().await;
    let page = SyncPage {
        tickets: vec![ticket("a", TicketStatus::Closed, 3)],
        messages: vec![message("m2", "a", Author::Staff, 3)],
        ..Default::default()
    };
    c.apply_page(&page, at(3)).await.unwrap();
    assert!(!c.list_tickets(&TicketFilter::default()).await.unwrap()[0].unread);
}

#[tokio::test]
async fn the_search_index_follows_every_pull() {
    let (_dir, c, _) = cache().await;
    let mut page = SyncPage {
        tickets: vec![ticket("a", TicketStatus::Open, 1)],
        messages: vec![message("m1", "a", Author::Customer, 0)],
        ..Default::default()
    };
    page.messages[0].body = "La caffè è già pronta: Überprüfung des Servers".into();
    c.apply_page(&page, at(1)).await.unwrap();
    // "caffe" finds "caffè", "UBERPRUFUNG" finds "Überprüfung".
    assert_eq!(search(&c, "caffe").await, ["a"], "accents and case fold");
    assert_eq!(search(&c, "UBERPRUF").await, ["a"], "prefixes match as one types");
    // The provider changes the message: the index has the new text only.
    page.messages[0].body = "firewall rules applied".into();
    c.apply_page(&page, at(2)).await.unwrap();
    assert!(search(&c, "caffe").await.is_empty(), "the old text is gone from the index");
    assert_eq!(search(&c, "firewall rules").await, ["a"]);
    assert!(search(&c, "firewall nothing").await.is_empty(), "every word must match");
    assert_eq!(search(&c, "subject").await, ["a"], "subjects are searched too");
}

async fn search(c: &Cache, q: &str) -> Vec<String> {
    let f = TicketFilter { query: Some(q.into()), ..Default::default() };
    c.list_tickets(&f).await.unwrap().into_iter().map(|t| t.id).collect()
}

#[tokio::test]
async fn the_list_comes_in_pages_with_the_count_of_all() {
    let (_dir, c, _) = cache().await;
    let tickets: Vec<Ticket> = (0..250)
        .map(|i| Ticket {
            subject: if i % 10 == 0 { format!("disk failure {i}") } else { format!("question {i}") },
            status: if i % 2 == 0 { TicketStatus::Open } else { TicketStatus::Closed },
            ..ticket(&format!("t{i:03}"), TicketStatus::Open, i)
        })
        .collect();
    c.apply_page(&SyncPage { tickets, ..Default::default() }, at(1)).await.unwrap();
    let all = TicketFilter::default();
    let first = c.ticket_page(&all, 0, 100).await.unwrap();
    assert_eq!((first.total, first.tickets.len()), (250, 100));
    assert_eq!(first.tickets[0].id, "t249", "newest first");
    let last = c.ticket_page(&all, 200, 100).await.unwrap();
    assert_eq!((last.total, last.offset, last.tickets.len()), (250, 200, 50));
    assert_eq!(last.tickets.last().unwrap().id, "t000");
    let oldest = TicketFilter { sort: Some(crate::tickets::TicketSort::Oldest), ..Default::default() };
    assert_eq!(c.ticket_page(&oldest, 0, 1).await.unwrap().tickets[0].id, "t000", "oldest first");
    let past = c.ticket_page(&all, 300, 100).await.unwrap();
    assert_eq!((past.total, past.tickets.len()), (250, 0), "past the end: the count still");
    // Filters and search count what they keep.
    let open = TicketFilter { status: Some(TicketStatus::Open), ..Default::default() };
    assert_eq!(c.ticket_page(&open, 0, 10).await.unwrap().total, 125);
    let disk = TicketFilter { query: Some("disk".into()), ..Default::default() };
    let found = c.ticket_page(&disk, 5, 10).await.unwrap();
    assert_eq!((found.total, found.tickets.len()), (25, 10));
    let disk_open = TicketFilter { status: Some(TicketStatus::Open), ..disk };
    assert_eq!(c.ticket_page(&disk_open, 0, 100).await.unwrap().total, 25, "every tenth is even");
}

#[tokio::test]
async fn a_notice_is_announced_once_and_the_first_pull_is_history() {
    let (_dir, c, path) = cache().await;
    let notice = |id: &str| notice(id, NoticeKind::Maintenance, 1);
    c.apply_page(&SyncPage { notices: vec![notice("old")], ..Default::default() }, at(1)).await.unwrap();
    assert!(c.claim_new_notices(at(2)).await.unwrap().is_empty(), "the first pull is history");
    c.apply_page(&SyncPage { notices: vec![notice("new"), notice("old")], ..Default::default() }, at(3)).await.unwrap();
    let claimed = c.claim_new_notices(at(4)).await.unwrap();
    assert_eq!(claimed.iter().map(|n| n.id.as_str()).collect::<Vec<_>>(), ["new"]);
    assert!(c.claim_new_notices(at(5)).await.unwrap().is_empty(), "once");
    // A resync brings it again, a restart opens the file again: never announced twice.
    c.apply_page(&SyncPage { notices: vec![notice("new")], ..Default::default() }, at(6)).await.unwrap();
    c.close().await;
    let c = Cache::open(&path).await.unwrap();
    assert!(c.claim_new_notices(at(7)).await.unwrap().is_empty(), "not after a restart and a resync");
}

/// The search index agrees with the tables it indexes (FTS5's own check against them).
async fn assert_search_index_whole(c: &Cache) {
    for index in ["tickets_fts", "messages_fts"] {
        let sql = format!("INSERT INTO {index} ({index}, rank) VALUES ('integrity-check', 1)");
        sqlx::query(sqlx::AssertSqlSafe(sql)).execute(c.pool()).await.unwrap_or_else(|e| panic!("{index}: {e}"));
    }
}

/// The indexes and triggers a pull from the start drops, by name, as they stand.
async fn deferred_objects(c: &Cache) -> Vec<String> {
    sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE name IN ('messages_ticket', 'events_ticket', 'tickets_list_order', 'tickets_facets',
                                                       'tickets_fts_insert', 'messages_fts_insert', 'messages_fts_update')
         ORDER BY name",
    )
    .fetch_all(c.pool())
    .await
    .unwrap()
}

/// Ticket `id` answered, as one page of a pull that has more (`more`) after it.
fn page_of(id: &str, body: &str, cursor: &str, more: bool) -> SyncPage {
    let mut page = answered(id);
    page.messages[0].body = body.into();
    page.next_cursor = Cursor(cursor.into());
    page.has_more = more;
    page
}

#[tokio::test]
async fn a_first_pull_is_listed_from_its_first_page_and_searchable_when_it_ends() {
    let (_dir, c, _) = cache().await;
    let all = deferred_objects(&c).await;
    assert_eq!(all.len(), 7);
    let mut w = c.pull_writer(true).await.unwrap();
    assert!(w.apply(&page_of("a", "kernel panic on boot", "c1.2", true), at(1)).await.unwrap(), "the first page is committed at once");
    assert_eq!(c.list_tickets(&TicketFilter::default()).await.unwrap().len(), 1, "in the list while the pull goes on");
    assert!(c.schema_deferred().await.unwrap());
    assert!(deferred_objects(&c).await.is_empty(), "indexes and search triggers wait for the end");
    // Written by the app meanwhile (a reply delivered): searchable at the end too.
    c.apply_page(&page_of("z", "vpn tunnel down", "c1.3", false), at(1)).await.unwrap();
    assert!(w.apply(&page_of("b", "firewall drops packets", "c1.4", false), at(2)).await.unwrap(), "the last page is committed at once");
    w.finish(SearchIndex::Now).await.unwrap();

    assert!(!c.schema_deferred().await.unwrap());
    assert_eq!(deferred_objects(&c).await, all, "made again");
    assert_eq!(c.cursor().await.unwrap(), Cursor("c1.4".into()));
    assert_eq!(search(&c, "kernel").await, ["a"]);
    assert_eq!(search(&c, "firewall").await, ["b"]);
    assert_eq!(search(&c, "vpn").await, ["z"]);
    assert_search_index_whole(&c).await;
    // The triggers are back: a later pull keeps the index right.
    c.apply_page(&page_of("a", "disk full", "c1.5", false), at(3)).await.unwrap();
    assert!(search(&c, "kernel").await.is_empty(), "the old text is gone from the index");
    assert_eq!(search(&c, "disk").await, ["a"]);
    assert_search_index_whole(&c).await;
}

#[tokio::test]
async fn a_long_first_pull_lists_everything_at_its_end_and_fills_the_search_index_after() {
    let (_dir, c, _) = cache().await;
    let all = deferred_objects(&c).await;
    let mut w = c.pull_writer(true).await.unwrap();
    w.apply(&page_of("a", "kernel panic on boot", "c1.2", true), at(1)).await.unwrap();
    assert!(w.apply(&page_of("b", "firewall drops packets", "c1.4", false), at(2)).await.unwrap());
    assert!(w.finish(SearchIndex::Later).await.unwrap(), "the search index waits");

    // The list is whole and sorted by its indexes; the search does not find the history yet.
    let made = deferred_objects(&c).await;
    assert_eq!(made, ["events_ticket", "messages_ticket", "tickets_facets", "tickets_list_order"], "the indexes are back");
    assert_eq!(c.list_tickets(&TicketFilter::default()).await.unwrap().len(), 2);
    assert!(search(&c, "kernel").await.is_empty());
    assert!(c.schema_deferred().await.unwrap());
    // A pull meanwhile (a reply arrives) is an ordinary one: it neither drops the indexes
    // again nor waits for the search index, and what it writes is found once it is built.
    let mut w = c.pull_writer(false).await.unwrap();
    assert!(w.apply(&page_of("z", "vpn tunnel down", "c1.5", false), at(3)).await.unwrap());
    w.finish(SearchIndex::Now).await.unwrap();
    assert_eq!(deferred_objects(&c).await, made);

    assert!(c.build_search_index().await.unwrap());
    assert!(!c.schema_deferred().await.unwrap());
    assert_eq!(deferred_objects(&c).await, all, "the search triggers are back too");
    assert_eq!(search(&c, "kernel").await, ["a"]);
    assert_eq!(search(&c, "firewall").await, ["b"]);
    assert_eq!(search(&c, "vpn").await, ["z"]);
    assert_search_index_whole(&c).await;
    assert!(!c.build_search_index().await.unwrap(), "nothing left to build");
    // The triggers keep it right from now on.
    c.apply_page(&page_of("a", "disk full", "c1.6", false), at(4)).await.unwrap();
    assert_eq!(search(&c, "disk").await, ["a"]);
    assert_search_index_whole(&c).await;
}

#[tokio::test]
async fn a_cache_left_half_way_through_a_first_pull_is_whole_again_when_opened() {
    let (_dir, c, path) = cache().await;
    let mut w = c.pull_writer(true).await.unwrap();
    assert!(w.apply(&page_of("a", "kernel panic on boot", "c1.2", true), at(1)).await.unwrap());
    // The app ends here: `finish` never runs.
    drop(w);
    c.close().await;

    let c = Cache::open(&path).await.unwrap();
    assert!(!c.schema_deferred().await.unwrap());
    assert_eq!(deferred_objects(&c).await.len(), 7, "indexes and search triggers made again");
    assert_eq!(c.cursor().await.unwrap(), Cursor("c1.2".into()), "the pull goes on after its first page");
    assert_eq!(search(&c, "kernel").await, ["a"], "what was written is searchable");
    assert_search_index_whole(&c).await;
    // The rest of the pull, from the cursor, as any later pull.
    let mut w = c.pull_writer(false).await.unwrap();
    assert!(w.apply(&page_of("b", "firewall drops packets", "c1.4", false), at(2)).await.unwrap());
    w.finish(SearchIndex::Now).await.unwrap();
    assert_eq!(search(&c, "firewall").await, ["b"]);
    assert_search_index_whole(&c).await;
}

#[tokio::test]
async fn a_resync_rewrites_the_search_index_with_the_text_it_brings() {
    let (_dir, c, _) = cache().await;
    c.apply_page(&page_of("a", "kernel panic on boot", "c1.2", false), at(1)).await.unwrap();
    // The provider's history changed; the pull starts again from the beginning.
    let mut w = c.pull_writer(true).await.unwrap();
    w.apply(&page_of("a", "firewall drops packets", "c1.9", false), at(2)).await.unwrap();
    w.finish(SearchIndex::Now).await.unwrap();
    assert!(search(&c, "kernel").await.is_empty());
    assert_eq!(search(&c, "firewall").await, ["a"]);
    assert_search_index_whole(&c).await;
}

#[tokio::test]
async fn a_first_pull_cut_short_is_made_whole_by_the_next_pull() {
    let (_dir, c, _) = cache().await;
    let mut w = c.pull_writer(true).await.unwrap();
    assert!(w.apply(&page_of("a", "kernel panic on boot", "c1.2", true), at(1)).await.unwrap());
    // Dropped without `finish` (the pull's task ended), the app still running.
    drop(w);
    assert!(c.schema_deferred().await.unwrap());
    let mut w = c.pull_writer(false).await.unwrap();
    w.apply(&page_of("b", "firewall drops packets", "c1.4", false), at(2)).await.unwrap();
    w.finish(SearchIndex::Now).await.unwrap();
    assert!(!c.schema_deferred().await.unwrap());
    assert_eq!(deferred_objects(&c).await.len(), 7);
    assert_eq!(search(&c, "kernel").await, ["a"]);
    assert_eq!(search(&c, "firewall").await, ["b"]);
    assert_search_index_whole(&c).await;
}

//! Several accounts in one engine: each its own cache, drafts and loops; one on screen;
//! the others keep syncing and announcing in the background; sign-out revokes the token
//! and, when asked, removes the account's data; a sign-in for this session only is not
//! reopened at the next start.

use std::sync::Arc;
use std::time::Duration;

use clientarea_core::{DraftKind, Engine, EngineConfig, EngineEvent, MemorySecrets, StartupPlan, TicketFilter};

use crate::story::{admin, engine, provider};

/// A notice for the demo customer, published by the provider's admin API.
async fn publish(url: &str, title: &str) -> String {
    let body = serde_json::json!({"kind": "outage", "title": title, "body": "x", "customer_email": "demo@example.com"});
    admin(url, "/v1/admin/notices", body).await["id"].as_str().unwrap().to_owned()
}

#[tokio::test]
async fn two_accounts_each_with_its_own_cache_both_syncing() {
    let (a, b) = (provider().await, provider().await);
    let dir = tempfile::tempdir().unwrap();
    let engine = engine(dir.path()).await;
    let mut events = engine.subscribe();
    let first = engine.sign_in(&a.url(), "demo@example.com", "demo").await.unwrap();
    engine.sync_now().await.unwrap();
    engine.save_draft(DraftKind::Ticket, "", &serde_json::json!({"subject": "kept in the first"})).await.unwrap();
    let second = engine.sign_in(&b.url(), "demo@example.com", "demo").await.unwrap();
    assert_ne!(first.account_id, second.account_id);
    assert_eq!(engine.session().await.unwrap().account_id, second.account_id, "the new account is on screen");
    assert_eq!(engine.accounts().await.unwrap().len(), 2, "both signed in");
    // The second account's cache is its own: empty until its first pull, no draft of the first.
    assert!(engine.list_tickets(&TicketFilter::default()).await.unwrap().is_empty());
    assert_eq!(engine.draft(DraftKind::Ticket, "").await.unwrap(), None);
    engine.sync_now().await.unwrap();
    assert_eq!(engine.list_tickets(&TicketFilter::default()).await.unwrap().len(), 4);

    // A draft saved into the first account while the second is on screen lands there.
    engine.save_draft_in(&first.account_id, DraftKind::Reply, "t1", &serde_json::json!({"body": "late words"})).await.unwrap();
    assert_eq!(engine.draft(DraftKind::Reply, "t1").await.unwrap(), None, "not in the account on screen");
    engine.switch_account(&first.account_id).await.unwrap();
    assert_eq!(engine.draft(DraftKind::Ticket, "").await.unwrap().unwrap()["subject"], "kept in the first");
    assert_eq!(engine.draft(DraftKind::Reply, "t1").await.unwrap().unwrap()["body"], "late words");

    // With the loops running, a notice at the provider of the account NOT on screen is
    // pulled and announced, naming its account.
    let unread_b = |entries: Vec<clientarea_core::AccountEntry>| {
        entries.into_iter().find(|e| e.session.account_id == second.account_id).unwrap().unread.notices
    };
    let before = unread_b(engine.accounts().await.unwrap());
    let background = engine.start();
    while events.try_recv().is_ok() {}
    let id = publish(&b.url(), "Second provider outage").await;
    let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
    loop {
        match tokio::time::timeout_at(deadline, events.recv()).await.expect("the background account announced its notice").unwrap() {
            EngineEvent::NoticePublished { account, id: got } if got == id => {
                assert_eq!(account, second.account_id);
                break;
            }
            // Changes of the account in the background do not reach the window's lists.
            EngineEvent::TicketsChanged | EngineEvent::OutboxChanged => {}
            _ => {}
        }
    }
    assert_eq!(engine.session().await.unwrap().account_id, first.account_id, "the screen did not move");
    assert_eq!(unread_b(engine.accounts().await.unwrap()), before + 1, "the background account counts its new notice");
    background.shutdown().await;
}

#[tokio::test]
async fn sign_out_revokes_the_token_and_forget_removes_the_data() {
    let (a, b) = (provider().await, provider().await);
    let dir = tempfile::tempdir().unwrap();
    let secrets = Arc::new(MemorySecrets::default());
    let engine =
        Engine::open(EngineConfig { data_dir: dir.path().to_owned(), secrets: secrets.clone(), tuning: Default::default() }).await.unwrap();
    let first = engine.sign_in(&a.url(), "demo@example.com", "demo").await.unwrap();
    let second = engine.sign_in(&b.url(), "demo@example.com", "demo").await.unwrap();
    engine.sync_now().await.unwrap();
    let token = clientarea_core::SecretStore::get(&*secrets, &second.account_id).unwrap().expect("the token is kept");
    let status = |url: String, token: String| async move {
        reqwest::Client::new().get(format!("{url}/v1/account")).bearer_auth(token).send().await.unwrap().status().as_u16()
    };
    assert_eq!(status(b.url(), token.clone()).await, 200);

    let out = engine.sign_out_account(&second.account_id, true).await.unwrap();
    assert!(out.revoked, "the provider revoked the token");
    assert!(out.forgotten);
    assert_eq!(out.current.map(|s| s.account_id), Some(first.account_id.clone()), "the other account comes on screen");
    assert_eq!(status(b.url(), token).await, 401, "the old token is refused");
    assert_eq!(clientarea_core::SecretStore::get(&*secrets, &second.account_id).unwrap(), None);
    assert!(!dir.path().join("accounts").join(&second.account_id).exists(), "its cache left this computer");
    assert!(dir.path().join("accounts").join(&first.account_id).join("cache.sqlite").exists(), "the other's stayed");

    // Offline, sign-out still forgets the token here, and says the provider was not told.
    a.stop().await.unwrap();
    let out = engine.sign_out_account(&first.account_id, false).await.unwrap();
    assert!(!out.revoked);
    assert!(out.current.is_none());
    assert!(engine.session().await.is_none());
    assert!(dir.path().join("accounts").join(&first.account_id).join("cache.sqlite").exists(), "kept when not asked to forget");
}

#[tokio::test]
async fn remembered_accounts_reopen_together_and_a_session_only_one_does_not() {
    let (a, b) = (provider().await, provider().await);
    let dir = tempfile::tempdir().unwrap();
    let secrets = Arc::new(MemorySecrets::default());
    let open = || Engine::open(EngineConfig { data_dir: dir.path().to_owned(), secrets: secrets.clone(), tuning: Default::default() });
    let engine = open().await.unwrap();
    let kept = engine.sign_in(&a.url(), "demo@example.com", "demo").await.unwrap();
    let passing = engine.sign_in_for_session(&b.url(), "demo@example.com", "demo").await.unwrap();
    assert!(kept.remembered);
    assert!(!passing.remembered);
    assert_eq!(clientarea_core::SecretStore::get(&*secrets, &passing.account_id).unwrap(), None, "no token in the keyring");
    drop(engine);

    let engine = open().await.unwrap();
    match engine.startup_plan(None, false).await.unwrap() {
        StartupPlan::Resume { accounts, .. } => {
            assert_eq!(accounts.iter().map(|a| a.id.clone()).collect::<Vec<_>>(), vec![kept.account_id.clone()]);
            let (session, failed) = engine.resume_all(accounts).await;
            assert!(failed.is_empty());
            assert_eq!(session.unwrap().account_id, kept.account_id);
        }
        other => panic!("the remembered account reopens: {other:?}"),
    }
    // Started for the provider of the session-only account: its sign-in form, no error.
    let engine = open().await.unwrap();
    match engine.startup_plan(Some(&b.url()), false).await.unwrap() {
        StartupPlan::SignIn { provider_url } => assert_eq!(provider_url.as_deref(), Some(b.url().as_str())),
        other => panic!("the session-only account asks for its sign-in: {other:?}"),
    }
}

#[tokio::test]
async fn after_repeated_wrong_passwords_the_customer_is_asked_to_wait() {
    let server = provider().await;
    let dir = tempfile::tempdir().unwrap();
    let engine = engine(dir.path()).await;
    let mut codes = Vec::new();
    for _ in 0..6 {
        codes.push(engine.sign_in(&server.url(), "demo@example.com", "wrong").await.unwrap_err().code());
    }
    assert_eq!(codes[0], clientarea_core::ErrorCode::InvalidCredentials);
    assert_eq!(codes.last(), Some(&clientarea_core::ErrorCode::ProviderBusy), "locked out, and told to wait: {codes:?}");
    // Even the right password waits until the lockout ends.
    let err = engine.sign_in(&server.url(), "demo@example.com", "demo").await.unwrap_err();
    assert_eq!(err.code(), clientarea_core::ErrorCode::ProviderBusy);
}

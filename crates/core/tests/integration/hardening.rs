//! What a provider's address may answer that the app must not trust: a redirect (to
//! another host, or to plain http on the same one) is refused and nothing follows it, so
//! the password and the token never leave for another server; an answer larger than the
//! app takes is refused while it arrives, never held whole. The servers here are raw
//! listeners on 127.0.0.1 that answer one way whatever is asked.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use clientarea_core::ErrorCode;
use clientarea_core::provider::{MAX_ANSWER_BYTES, ProviderClient, parse_provider_url};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

use crate::story::engine;

/// A listener that counts the connections it gets and the requests that carried an
/// `Authorization` header, and answers each with `answer`.
struct Listener {
    url: String,
    connections: Arc<AtomicUsize>,
    authorized: Arc<AtomicUsize>,
}

async fn listen(answer: impl Fn() -> Vec<u8> + Send + Sync + 'static) -> Listener {
    let socket = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", socket.local_addr().unwrap());
    let (connections, authorized) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
    let (c, a) = (connections.clone(), authorized.clone());
    let answer = Arc::new(answer);
    tokio::spawn(async move {
        while let Ok((mut stream, _)) = socket.accept().await {
            c.fetch_add(1, Ordering::SeqCst);
            let (a, answer) = (a.clone(), answer.clone());
            tokio::spawn(async move {
                let mut head = vec![0u8; 16 * 1024];
                let n = stream.read(&mut head).await.unwrap_or(0);
                if String::from_utf8_lossy(&head[..n]).to_ascii_lowercase().contains("\r\nauthorization:") {
                    a.fetch_add(1, Ordering::SeqCst);
                }
                let _ = stream.write_all(&answer()).await;
                let _ = stream.shutdown().await;
            });
        }
    });
    Listener { url, connections, authorized }
}

fn redirect_to(location: String) -> impl Fn() -> Vec<u8> + Send + Sync + 'static {
    move || {
        format!("HTTP/1.1 307 Temporary Redirect\r\nLocation: {location}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n").into_bytes()
    }
}

#[tokio::test]
async fn a_redirect_is_refused_and_nothing_follows_it() {
    // Sign-in at an address that sends it on to another server: the e-mail and password
    // must not arrive there.
    let elsewhere = listen(|| b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}".to_vec()).await;
    let front = listen(redirect_to(format!("{}/v1/auth/sign-in", elsewhere.url))).await;
    let dir = tempfile::tempdir().unwrap();
    let engine = engine(dir.path()).await;
    let err = engine.sign_in(&front.url, "demo@example.com", "demo").await.unwrap_err();
    assert_eq!(err.code(), ErrorCode::ProviderRedirected, "{err}");
    assert!(err.to_string().contains(&elsewhere.url), "the message names where it pointed: {err}");
    assert_eq!(front.connections.load(Ordering::SeqCst), 1);
    // Had the client followed, it would have connected before the call returned.
    assert_eq!(elsewhere.connections.load(Ordering::SeqCst), 0, "the redirect was followed");
    assert!(engine.session().await.is_none());

    // A signed-in client whose provider sends it to another scheme on the same host and
    // port (https → http keeps Authorization in reqwest): the token goes nowhere.
    let target = listen(|| b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}".to_vec()).await;
    let same_host = listen(redirect_to(format!("{}/v1/sync", target.url))).await;
    let client = ProviderClient::new(parse_provider_url(&same_host.url).unwrap()).unwrap().with_token("secret-token".into());
    let err = client.pull(&clientarea_api::Cursor::default(), 10).await.unwrap_err();
    assert_eq!(err.code(), ErrorCode::ProviderRedirected, "{err}");
    assert_eq!(same_host.authorized.load(Ordering::SeqCst), 1, "the first request carried the token");
    assert_eq!(target.connections.load(Ordering::SeqCst), 0, "nothing followed the redirect");
    let err = client.events(None).await.unwrap_err();
    assert_eq!(err.code(), ErrorCode::ProviderRedirected, "the push stream refuses it too");
    let err = client.download("u1").await.unwrap_err();
    assert_eq!(err.code(), ErrorCode::ProviderRedirected, "and so do downloads");
    assert_eq!(target.connections.load(Ordering::SeqCst), 0);
}

#[tokio::test]
async fn an_answer_larger_than_the_app_takes_is_refused_as_it_arrives() {
    let client = |url: &str| ProviderClient::new(parse_provider_url(url).unwrap()).unwrap().with_token("t".into());
    let cursor = clientarea_api::Cursor::default();

    // Announced: 200 MB by its Content-Length. Refused before a byte of the body is read.
    let announced = listen(|| b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 209715200\r\n\r\n[".to_vec()).await;
    let err = client(&announced.url).pull(&cursor, 10).await.unwrap_err();
    assert_eq!(err.code(), ErrorCode::ProviderInvalidResponse, "{err}");
    assert!(err.to_string().contains("larger than"), "{err}");

    // Not announced: 200 MB streamed with no length, until the app hangs up. It must
    // hang up near its limit, not read (and hold) the 200 MB.
    let socket = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", socket.local_addr().unwrap());
    let sent = tokio::spawn(async move {
        let (mut stream, _) = socket.accept().await.unwrap();
        let mut head = vec![0u8; 16 * 1024];
        let _ = stream.read(&mut head).await;
        let mut sent = 0usize;
        if stream.write_all(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n").await.is_err() {
            return sent;
        }
        let chunk = vec![b' '; 1024 * 1024];
        while sent < 200 * 1024 * 1024 {
            if stream.write_all(&chunk).await.is_err() {
                break;
            }
            sent += chunk.len();
        }
        sent
    });
    let err = client(&url).pull(&cursor, 10).await.unwrap_err();
    assert_eq!(err.code(), ErrorCode::ProviderInvalidResponse, "{err}");
    let sent = sent.await.unwrap();
    assert!(sent < 200 * 1024 * 1024, "the app read all 200 MB");
    // What the socket buffers hold beyond what the app read is a few MiB at most.
    assert!(sent <= MAX_ANSWER_BYTES + 16 * 1024 * 1024, "the server got {sent} bytes out before the app hung up");
}

#[cfg(unix)]
#[tokio::test]
async fn the_data_folder_is_readable_by_this_user_only() {
    use std::os::unix::fs::PermissionsExt;
    let server = crate::story::provider().await;
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let engine = engine(&data).await;
    engine.sign_in(&server.url(), "demo@example.com", "demo").await.unwrap();
    engine.sync_now().await.unwrap();
    // A file waiting to be sent, and a draft: the customer's words on disk.
    engine.add_attachment("notes.txt", b"private notes".to_vec()).await.unwrap();
    engine.save_draft(clientarea_core::DraftKind::Ticket, "", &serde_json::json!({"body": "draft"})).await.unwrap();

    let mut seen = 0;
    let mut stack = vec![data.clone()];
    while let Some(path) = stack.pop() {
        let meta = std::fs::metadata(&path).unwrap();
        let mode = meta.permissions().mode() & 0o777;
        if meta.is_dir() {
            assert_eq!(mode, 0o700, "{} is {mode:o}", path.display());
            stack.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
        } else {
            assert_eq!(mode, 0o600, "{} is {mode:o}", path.display());
        }
        seen += 1;
    }
    assert!(seen >= 6, "the profile, the account's folder and cache (with its WAL) were looked at: {seen}");

    // An install made before this change (world-readable) is tightened at its next start.
    drop(engine);
    let profile = data.join("profile.sqlite");
    std::fs::set_permissions(&profile, std::fs::Permissions::from_mode(0o644)).unwrap();
    std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o755)).unwrap();
    let _again = crate::story::engine(&data).await;
    assert_eq!(std::fs::metadata(&profile).unwrap().permissions().mode() & 0o777, 0o600);
    assert_eq!(std::fs::metadata(&data).unwrap().permissions().mode() & 0o777, 0o700);
}

#[tokio::test]
async fn a_pull_whose_cursor_goes_round_in_a_circle_stops() {
    // Pages that always say "more", their cursors going a → b → a → b ...
    let turn = Arc::new(AtomicUsize::new(0));
    let pages = turn.clone();
    let cycling = listen(move || {
        let next = if pages.fetch_add(1, Ordering::SeqCst).is_multiple_of(2) { "a" } else { "b" };
        let body = format!(r#"{{"next_cursor":"{next}","has_more":true}}"#);
        format!("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}", body.len())
            .into_bytes()
    })
    .await;
    let dir = tempfile::tempdir().unwrap();
    let cache = clientarea_core::store::Cache::open(&dir.path().join("cache.sqlite")).await.unwrap();
    let client = ProviderClient::new(parse_provider_url(&cycling.url).unwrap()).unwrap().with_token("t".into());
    let err = clientarea_core::sync::pull_all(&client, &cache, |_| {}).await.unwrap_err();
    assert_eq!(err.code(), ErrorCode::ProviderInvalidResponse, "{err}");
    assert!(turn.load(Ordering::SeqCst) <= 3, "it stopped at the first cursor seen again: {} pages", turn.load(Ordering::SeqCst));
}

/// What a fake provider answers on `/v1/events` and `/v1/sync`; sign-in always works.
#[derive(Clone, Copy)]
enum Fake {
    /// The push stream sends one line of 50 MB that never ends, as fast as it can.
    EndlessLine,
    /// Pulls answer their headers, then a byte every 50 ms, for ever.
    TricklingPull,
}

/// A provider on 127.0.0.1 that answers each connection once (then closes), as `fake`
/// says; the bytes its push stream got out before the app hung up are counted.
async fn fake_provider(fake: Fake) -> (String, Arc<AtomicUsize>) {
    let socket = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", socket.local_addr().unwrap());
    let pushed = Arc::new(AtomicUsize::new(0));
    let counter = pushed.clone();
    tokio::spawn(async move {
        while let Ok((mut stream, _)) = socket.accept().await {
            let pushed = counter.clone();
            tokio::spawn(async move {
                let mut head = vec![0u8; 16 * 1024];
                let n = stream.read(&mut head).await.unwrap_or(0);
                let head = String::from_utf8_lossy(&head[..n]).to_string();
                let json = |body: &str| {
                    format!(
                        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                        body.len()
                    )
                };
                if head.starts_with("POST /v1/auth/sign-in") {
                    let body = r#"{"token":"fake-token","customer":{"id":"c1","email":"demo@example.com","name":"Demo"}}"#;
                    let _ = stream.write_all(json(body).as_bytes()).await;
                } else if head.starts_with("GET /v1/events") {
                    if matches!(fake, Fake::EndlessLine) {
                        let start = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\ndata: ";
                        if stream.write_all(start.as_bytes()).await.is_ok() {
                            let chunk = vec![b'x'; 64 * 1024];
                            while pushed.load(Ordering::SeqCst) < 50 * 1024 * 1024 {
                                if stream.write_all(&chunk).await.is_err() {
                                    break;
                                }
                                pushed.fetch_add(chunk.len(), Ordering::SeqCst);
                            }
                        }
                    } else {
                        // A stream that stays quiet.
                        let _ = stream.write_all(b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n\r\n").await;
                        tokio::time::sleep(std::time::Duration::from_secs(60)).await;
                    }
                } else if head.starts_with("GET /v1/sync") {
                    if matches!(fake, Fake::TricklingPull) {
                        let _ = stream
                            .write_all(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000000\r\n\r\n{")
                            .await;
                        for _ in 0..2400 {
                            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
                            if stream.write_all(b" ").await.is_err() {
                                break;
                            }
                        }
                    } else {
                        let _ = stream.write_all(json(r#"{"next_cursor":"c1","has_more":false}"#).as_bytes()).await;
                    }
                } else {
                    let _ = stream.write_all(b"HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n").await;
                }
                let _ = stream.shutdown().await;
            });
        }
    });
    (url, pushed)
}

/// A push stream whose line never ends (50 MB of it, as fast as the socket takes it) is
/// dropped near the parser's cap, not held: the server gets little of it out, and the
/// app falls back to polling (the window says "checking every few seconds").
#[tokio::test]
async fn an_endless_push_line_is_dropped_with_bounded_memory() {
    let (url, pushed) = fake_provider(Fake::EndlessLine).await;
    let dir = tempfile::tempdir().unwrap();
    let engine = engine(dir.path()).await;
    engine.sign_in(&url, "demo@example.com", "demo").await.unwrap();
    engine.sync_now().await.unwrap();
    let push = engine.spawn_push_loop();
    // The first stream is opened, read up to the cap and dropped: the count stops growing.
    let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(20);
    let mut last = usize::MAX;
    loop {
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        let now = pushed.load(Ordering::SeqCst);
        if now > 0 && now == last {
            break;
        }
        last = now;
        assert!(tokio::time::Instant::now() < deadline, "the stream was never dropped ({now} bytes out)");
    }
    let out = pushed.load(Ordering::SeqCst);
    assert!(out < 50 * 1024 * 1024, "the app read the whole line");
    // The parser's cap, plus what the two sockets' buffers hold.
    let cap = clientarea_core::sync::push::MAX_LINE + 16 * 1024 * 1024;
    assert!(out <= cap, "{out} bytes went out before the app hung up (cap {cap})");
    assert!(!engine.sync_state().live, "not live: the app polls, and says so");
    push.abort();
}

/// A pull whose answer trickles in a byte at a time ends at the request's deadline, and
/// the window is told why (offline, the provider unreachable), with the cache kept.
#[tokio::test]
async fn a_trickling_answer_ends_at_its_deadline_and_says_so() {
    let (url, _) = fake_provider(Fake::TricklingPull).await;
    let dir = tempfile::tempdir().unwrap();
    let engine = clientarea_core::Engine::open(clientarea_core::EngineConfig {
        data_dir: dir.path().to_owned(),
        secrets: Arc::new(clientarea_core::MemorySecrets::default()),
        tuning: crate::offline::fast(),
    })
    .await
    .unwrap();
    engine.sign_in(&url, "demo@example.com", "demo").await.unwrap();
    let err = tokio::time::timeout(std::time::Duration::from_secs(20), engine.sync_now())
        .await
        .expect("the pull ended by its own deadline")
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::ProviderUnreachable, "{err}");
    let state = engine.sync_state();
    assert_eq!(state.state, clientarea_core::SyncPhase::Offline);
    assert_eq!(state.error_code, Some(ErrorCode::ProviderUnreachable));
}

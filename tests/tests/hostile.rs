//! Hostile text from the provider, end to end. A provider (or someone who got text into
//! it: a ticket subject is the customer's, a staff name or a notice the provider's staff)
//! sends XSS and mutation-XSS vectors in every field the app shows: a message body, a
//! ticket subject, a staff member's name, a service name and a notice (in its translation
//! too). The real window opens each screen that shows them, and then:
//! - no canary fired: every vector tries to set `window.__pwned`, change
//!   `document.title` or reach a loopback listener the test runs;
//! - a scan of the DOM finds no script, style, frame, object or embed but the app's own,
//!   no `on*` attribute, no `javascript:`/`data:` address, no remote `src`;
//! - the listener received no request (remote images, CSS `url()`, links, frames);
//! - the text is still there, as text.
//!
//! Then the page itself tries to leave (`window.location`, `window.open`) for the
//! listener: the window stays on the app's own page (`navigation.rs`) and the listener
//! still sees nothing.
//!
//! And attachments that claim another kind (a `.desktop` launcher, an `.html` page) are
//! saved as the text they are and never opened, by the Open action or a direct call.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use anyhow::{Result, anyhow, ensure};
use clientarea_e2e::{App, AppEnv, customer_token, demo_provider, staff_reply, story};
use serde_json::{Value, json};
use tokio::io::AsyncReadExt;

const ADMIN: &str = "hostile-admin";
const VAT: &str = "VAT number on invoices";

/// Every vector, with `L` standing for the listener's address.
const VECTORS: &[&str] = &[
    "<script>window.__pwned='script';document.title='PWNED';fetch('L/script')</script>",
    "<img src=x onerror=\"window.__pwned='img-onerror';fetch('L/onerror')\">",
    "[a markdown link](javascript:window.__pwned='md-js')",
    "[a data link](data:text/html,<script>parent.__pwned='md-data'</script>)",
    "[spaced](  JaVaScRiPt:window.__pwned='md-case')",
    "<javascript:window.__pwned='autolink'>",
    "<a href=\"javascript:window.__pwned='raw-js'\">raw js link</a>",
    "<a href=\"data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX19wd25lZD0nZGF0YSc8L3NjcmlwdD4=\">raw data link</a>",
    "<svg><script>window.__pwned='svg-script'</script></svg>",
    "<svg onload=\"window.__pwned='svg-onload'\"><use href=\"L/use.svg#x\"/></svg>",
    "<math><mtext><table><mglyph><style><img src=x onerror=\"window.__pwned='mxss-math'\"></style></mglyph></table></mtext></math>",
    "<noscript><p title=\"</noscript><img src=x onerror=window.__pwned='mxss-noscript'>\">",
    "<style>body{background:url(L/style-tag)}</style>",
    "<p style=\"background:url(L/style-attr)\">styled paragraph</p>",
    "![remote image](L/markdown-image.png)",
    "<img src=\"L/raw-image.png\">",
    "<iframe src=\"L/iframe\"></iframe><object data=\"L/object\"></object><embed src=\"L/embed\">",
    "<form action=\"L/form\"><button formaction=\"L/formaction\">go</button></form>",
    "<meta http-equiv=\"refresh\" content=\"0;url=L/meta\"><base href=\"L/base/\"><link rel=stylesheet href=\"L/link.css\">",
    "<details open ontoggle=\"window.__pwned='details'\"><video><source onerror=\"window.__pwned='video'\"></video>",
    "\"><img src=x onerror=window.__pwned='attr-breakout'>",
    "{{constructor.constructor('window.__pwned=\"template\"')()}}",
];

/// A loopback listener that counts the connections made to it (and keeps the first line
/// of each), for every way a page could reach out.
struct Listener {
    url: String,
    /// Connections accepted.
    hits: Arc<AtomicUsize>,
    /// What each connection sent, once it ended (empty: nothing).
    sent: Arc<std::sync::Mutex<Vec<String>>>,
}

impl Listener {
    async fn start() -> Result<Listener> {
        let socket = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        let url = format!("http://{}", socket.local_addr()?);
        let hits = Arc::new(AtomicUsize::new(0));
        let sent = Arc::new(std::sync::Mutex::new(Vec::new()));
        let (h, s) = (hits.clone(), sent.clone());
        tokio::spawn(async move {
            while let Ok((mut conn, _)) = socket.accept().await {
                h.fetch_add(1, Ordering::SeqCst);
                let s = s.clone();
                tokio::spawn(async move {
                    let mut bytes = Vec::new();
                    let _ = conn.read_to_end(&mut bytes).await;
                    s.lock().unwrap_or_else(|e| e.into_inner()).push(String::from_utf8_lossy(&bytes).into_owned());
                });
            }
        });
        Ok(Listener { url, hits, sent })
    }

    fn sent(&self) -> Vec<String> {
        self.sent.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// Not even a connection.
    fn check_untouched(&self) -> Result<()> {
        let hits = self.hits.load(Ordering::SeqCst);
        ensure!(hits == 0, "the loopback listener was reached {hits} times: {:?}", self.sent());
        Ok(())
    }

    /// No connection sent a byte, once every one has ended.
    async fn check_no_request(&self) -> Result<()> {
        let until = std::time::Instant::now() + clientarea_e2e::DEADLINE;
        while self.sent().len() < self.hits.load(Ordering::SeqCst) {
            ensure!(std::time::Instant::now() < until, "a connection to the listener stayed open after the app ended");
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        let requests: Vec<String> = self.sent().into_iter().filter(|r| !r.is_empty()).collect();
        ensure!(requests.is_empty(), "the loopback listener received requests: {requests:?}");
        Ok(())
    }
}

/// Every vector, pointed at the listener, each on its own line.
fn all_vectors(l: &str) -> String {
    VECTORS.iter().map(|v| v.replace("L/", &format!("{l}/"))).collect::<Vec<_>>().join("\n\n")
}

/// What the DOM holds that provider text must never become; empty when clean.
const SCAN: &str = r#"
const own = location.origin;
const found = [];
const say = (el, what) => found.push(`${el.localName}: ${what}`);
const badScheme = /^[\s\u0000-\u001f]*(javascript|data|vbscript)\s*:/i;
const ownUrl = (v) => { try { return new URL(v, location.href).origin === own; } catch { return false; } };
for (const el of document.querySelectorAll("*")) {
  const inHead = el.closest("head") !== null;
  const tag = el.localName;
  if (["iframe", "frame", "frameset", "object", "embed", "applet", "base", "portal"].includes(tag)) say(el, "not allowed anywhere");
  if (!inHead && ["script", "style", "meta", "link", "title", "noscript", "template"].includes(tag)) say(el, "not allowed in the body");
  if (tag === "script" && (!el.src || !ownUrl(el.src) || el.textContent.trim() !== "")) say(el, "a script not the app's own");
  if (tag === "link" && !ownUrl(el.href)) say(el, "a link not the app's own: " + el.href);
  if (tag === "math") say(el, "MathML");
  for (const a of el.attributes) {
    const name = a.name.toLowerCase();
    const value = a.value;
    if (name.startsWith("on")) say(el, `event handler attribute ${name}`);
    if (["href", "src", "action", "formaction", "xlink:href", "data", "poster", "background", "srcdoc", "srcset", "ping", "lowsrc", "dynsrc"].includes(name)) {
      if (badScheme.test(value)) say(el, `${name}=${value}`);
      if (name !== "href" && !ownUrl(value)) say(el, `remote ${name}=${value}`);
    }
    if (name === "style" && /url\s*\(|expression\s*\(|@import/i.test(value)) say(el, `style=${value}`);
    if (name === "http-equiv") say(el, `http-equiv=${value}`);
  }
}
if (window.__pwned !== undefined) found.push(`window.__pwned = ${window.__pwned}`);
if (document.title.includes("PWNED")) found.push(`document.title = ${document.title}`);
return found;
"#;

async fn scan(app: &App, screen: &str) -> Result<()> {
    // Let anything a vector set in motion happen: two frames painted, images settled.
    let settle = "const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => done(true)));";
    app.client.execute_async(settle, vec![]).await?;
    let found = app.client.execute(SCAN, vec![]).await?;
    let found: Vec<String> = serde_json::from_value(found)?;
    ensure!(found.is_empty(), "{screen}: the DOM holds what provider text must never become: {found:#?}");
    Ok(())
}

#[tokio::test]
async fn hostile_provider_text_stays_text_and_the_window_stays_home() -> Result<()> {
    let listener = Listener::start().await?;
    let l = listener.url.clone();
    let provider_dir = tempfile::tempdir()?;
    let server = demo_provider(provider_dir.path(), ADMIN).await?;
    let url = server.url();
    let http = reqwest::Client::new();

    // Each field the app shows, from its place at the provider. The markers are plain
    // words, to find each field again on screen.
    let body = format!("MARKER-BODY the message body follows.\n\n{}", all_vectors(&l));
    staff_reply(&url, ADMIN, VAT, &format!("<svg onload=\"window.__pwned='author'\">MARKER-AUTHOR <img src={l}/author.png>"), &body)
        .await?;
    let subject = format!("MARKER-SUBJECT \"><img src=x onerror=window.__pwned='subject'><script>fetch('{l}/subject')</script>");
    http.post(format!("{url}/v1/tickets"))
        .bearer_auth(customer_token(&url).await?)
        .json(&json!({"department": "technical", "priority": "regular", "subject": subject, "body": all_vectors(&l), "service_id": "svc-vps-ams"}))
        .send()
        .await?
        .error_for_status()?;
    let service = format!("MARKER-SERVICE <iframe src=\"{l}/service\"></iframe><img src=x onerror=window.__pwned='service'>");
    {
        // No admin route renames a service: the provider's own file, before the app's first pull.
        let db = sqlx::SqlitePool::connect(&format!("sqlite://{}", provider_dir.path().join("provider.sqlite").display())).await?;
        let done = sqlx::query("UPDATE services SET name = ? WHERE id = 'svc-vps-ams'").bind(&service).execute(&db).await?;
        ensure!(done.rows_affected() == 1, "the Amsterdam VPS is renamed");
        db.close().await;
    }
    let now = chrono::Utc::now();
    let notice: Value = http
        .post(format!("{url}/v1/admin/notices"))
        .bearer_auth(ADMIN)
        .json(&json!({
            "kind": "maintenance",
            "title": format!("MARKER-NOTICE <img src=x onerror=window.__pwned='notice'><a href=\"javascript:window.__pwned='n'\">x</a>"),
            "body": format!("MARKER-NOTICE-BODY {}", all_vectors(&l)),
            "translations": [{
                "lang": "it",
                "title": "MARKER-NOTICE-IT <img src=x onerror=window.__pwned='notice-it'>",
                "body": format!("MARKER-NOTICE-IT-BODY {}", all_vectors(&l)),
            }],
            "customer_email": "demo@example.com",
            "service_ids": ["svc-vps-ams"],
            "starts_at": now + chrono::Duration::hours(20),
            "ends_at": now + chrono::Duration::hours(22),
        }))
        .send()
        .await?
        .error_for_status()?
        .json()
        .await?;
    ensure!(notice["title"].as_str().is_some_and(|t| t.starts_with("MARKER-NOTICE")), "{notice}");

    let mut env = AppEnv::new()?;
    env.set("CLIENTAREA_PROVIDER", &url);
    let app = App::launch("hostile", &env).await?;
    story(&app, || async {
        app.sign_in_as_demo().await?;
        // The scan sees what it looks for: markup put in by the test itself (WebDriver's
        // script is not the page's and passes the CSP) is found, then taken out.
        let probe = format!("<img src=x onerror=\"window.__pwned='probe'\"><a href=\"javascript:void 0\">p</a><iframe src=\"{l}/probe\"></iframe>");
        app.client
            .execute("const d = document.createElement('div'); d.id = 'probe'; d.setAttribute('data-html', arguments[0]); d.insertAdjacentHTML('beforeend', arguments[0]); document.body.append(d); return true;", vec![json!(probe)])
            .await?;
        let found: Vec<String> = serde_json::from_value(app.client.execute(SCAN, vec![]).await?)?;
        ensure!(found.len() >= 3, "the scan misses planted markup: {found:?}");
        app.client.execute("document.getElementById('probe').remove(); delete window.__pwned; return true;", vec![]).await?;

        // The list: the subject, shown as written.
        let rows = app.wait_texts("[data-testid=ticket-subject]", "the hostile ticket is listed", |t| t.len() == 5).await?;
        let shown = rows.iter().find(|r| r.starts_with("MARKER-SUBJECT")).ok_or_else(|| anyhow!("no hostile subject in {rows:?}"))?;
        ensure!(shown.contains("<img src=x onerror=") && shown.contains("<script>"), "the subject is text: {shown:?}");
        scan(&app, "ticket list").await?;
        // The list is kept for the next start's first screen: the subject as text there too.
        let hostile = |k: &clientarea_e2e::KeptScreen| k.texts().iter().any(|t| t.starts_with("MARKER-SUBJECT"));
        let kept = app.wait_kept_first_screen("the hostile list kept", hostile).await?;
        ensure!(kept.texts().iter().any(|t| t.contains("<img src=x onerror=")), "the kept subject is text: {:?}", kept.texts());
        let tags: Vec<String> = kept.elements().into_iter().map(|(tag, _)| tag).collect();
        ensure!(!tags.iter().any(|t| ["img", "script", "svg", "math", "iframe", "style"].contains(&t.as_str())), "no element from it: {tags:?}");

        // The hostile ticket: its subject again and its body, every vector in it.
        app.click("[data-testid=ticket-row][data-subject^=\"MARKER-SUBJECT\"]").await?;
        let subject_shown = app.text("[data-testid=detail-subject]").await?;
        ensure!(subject_shown == subject, "the subject is shown whole: {subject_shown:?}");
        let messages = app.wait_texts("[data-testid=message]", "the hostile body is shown", |t| !t.is_empty()).await?;
        ensure!(messages[0].contains("<svg><script>window.__pwned='svg-script'</script></svg>"), "the body is text: {messages:?}");
        scan(&app, "hostile ticket").await?;
        app.click("[data-testid=back]").await?;

        // The staff reply: its author and its body.
        app.click(&format!("[data-testid=ticket-row][data-subject=\"{VAT}\"]")).await?;
        let messages =
            app.wait_texts("[data-testid=message]", "the hostile reply is shown", |t| t.iter().any(|m| m.contains("MARKER-BODY"))).await?;
        let reply = messages.iter().find(|m| m.contains("MARKER-BODY")).cloned().unwrap_or_default();
        ensure!(reply.contains("MARKER-AUTHOR <img src="), "the staff name is text: {reply:?}");
        ensure!(reply.contains("<math><mtext><table><mglyph><style><img src=x onerror="), "mXSS is text: {reply:?}");
        ensure!(reply.contains("a markdown link"), "a link's words stay: {reply:?}");
        scan(&app, "staff reply").await?;
        // A link that kept no safe address is not a link.
        let hrefs: Vec<Value> = serde_json::from_value(
            app.client.execute("return [...document.querySelectorAll('[data-testid=message-link]')].map(a => a.getAttribute('href'));", vec![]).await?,
        )?;
        ensure!(hrefs.iter().all(|h| h.as_str().is_some_and(|h| h.starts_with("http"))), "links: {hrefs:?}");

        // The notices, with the service's name.
        app.click("[data-testid=nav-status]").await?;
        let notices =
            app.wait_texts("[data-testid=notice]", "the hostile notice is shown", |t| t.iter().any(|n| n.contains("MARKER-NOTICE"))).await?;
        let shown = notices.iter().find(|n| n.contains("MARKER-NOTICE-BODY")).cloned().unwrap_or_default();
        ensure!(shown.contains("MARKER-SERVICE <iframe src="), "the service name is text: {shown:?}");
        ensure!(shown.contains("<style>body{background:url("), "the notice body is text: {shown:?}");
        scan(&app, "service status").await?;
        // Its translation, the UI in Italian.
        app.select("[data-testid=topbar-language]", "it").await?;
        let notices = app
            .wait_texts("[data-testid=notice]", "the hostile translation is shown", |t| t.iter().any(|n| n.contains("MARKER-NOTICE-IT-BODY")))
            .await?;
        let shown = notices.iter().find(|n| n.contains("MARKER-NOTICE-IT-BODY")).cloned().unwrap_or_default();
        ensure!(shown.contains("MARKER-NOTICE-IT <img src=x") && shown.contains("<style>body{background:url("), "the translation is text: {shown:?}");
        scan(&app, "service status in Italian").await?;
        app.select("[data-testid=topbar-language]", "en-US").await?;
        app.wait_texts("[data-testid=nav-settings]", "the app in English again", |t| t == ["Settings"]).await?;

        // The new-ticket form lists the service by name.
        app.click("[data-testid=nav-new-ticket]").await?;
        app.find("[data-testid=service]").await?;
        let options = app.wait_texts("[data-testid=service] option", "the services are listed", |t| t.len() > 1).await?;
        ensure!(options.iter().any(|o| o.starts_with("MARKER-SERVICE <iframe")), "{options:?}");
        scan(&app, "new ticket").await?;
        listener.check_untouched()?;

        // The page tries to leave for the listener: by script, then by a window.
        let home: String = serde_json::from_value(app.client.execute("return location.href;", vec![]).await?)?;
        app.client.execute(&format!("window.location = '{l}/navigate'; return true;"), vec![]).await?;
        app.client.execute(&format!("window.location.assign('{l}/assign'); return true;"), vec![]).await?;
        let no_window: bool = serde_json::from_value(app.client.execute(&format!("return window.open('{l}/open') === null;"), vec![]).await?)?;
        ensure!(no_window, "window.open gave a window");
        stays_home(&app, &home).await?;
        listener.check_untouched()?;

        // A link followed (same window and a new one) and a form sent. WebKit opens a
        // connection to a link's host as it is clicked, before the navigation is decided
        // (and refused): a TCP handshake, no request. The app never lets a click reach
        // that far (its links call the opener instead), and provider text makes no links
        // of its own; what must hold is that no request leaves and the window stays.
        let click = |target: &str| {
            format!("const a = document.createElement('a'); a.href = '{l}/link{target}'; a.target = '{target}'; document.body.append(a); a.click(); a.remove(); return true;")
        };
        app.client.execute(&click(""), vec![]).await?;
        app.client.execute(&click("_blank"), vec![]).await?;
        app.client
            .execute(&format!("const f = document.createElement('form'); f.action = '{l}/form'; f.method = 'post'; document.body.append(f); f.submit(); f.remove(); return true;"), vec![])
            .await?;
        stays_home(&app, &home).await?;
        ensure!(app.client.windows().await?.len() == 1, "a second window was opened");
        scan(&app, "after trying to leave").await?;
        // Back to the list, the screen the next start shows first.
        app.click("[data-testid=nav-tickets]").await?;
        app.wait_kept_first_screen("the list still kept", hostile).await?;
        app.wait_storage("last-view", "list").await?;
        Ok(())
    })
    .await?;
    app.quit().await?;

    // The next start shows the kept list first, read back from the window's storage
    // (ui/src/lib/shell/firstScreen.ts), until the live list replaces it: nothing in it ran.
    let app = App::launch("hostile-restart", &env).await?;
    story(&app, || async {
        app.wait_texts("[data-testid=ticket-subject]", "the hostile ticket is listed again", |t| t.len() == 5).await?;
        let shown = app.client.execute("return performance.getEntriesByName('first-screen').length;", vec![]).await?;
        ensure!(shown == 1, "the kept list was shown first: {shown}");
        // (No request reached the listener: checked below, once the app is gone.)
        scan(&app, "a start from the kept list").await
    })
    .await?;
    app.quit().await?;
    // The app is gone, so every connection it made is closed and read to its end.
    listener.check_no_request().await
}

/// The window is still on the app's own page, and answering.
async fn stays_home(app: &App, home: &str) -> Result<()> {
    app.click("[data-testid=nav-tickets]").await?;
    app.click("[data-testid=nav-status]").await?;
    app.find("[data-testid=notice]").await?;
    let at: String = serde_json::from_value(app.client.execute("return location.href;", vec![]).await?)?;
    ensure!(at.split('#').next() == home.split('#').next() && at.starts_with("tauri://localhost"), "the window left {home} for {at}");
    Ok(())
}

/// A desktop launcher and a web page attached to a ticket (the customer's other device,
/// or anyone with the account, can put them there): the app saves them as the text they
/// are, never offers to open them, and refuses to open them when asked directly. A text
/// file beside them is offered, so the control is there when it should be.
#[tokio::test]
async fn attachments_that_claim_another_kind_are_saved_never_opened() -> Result<()> {
    let provider_dir = tempfile::tempdir()?;
    let server = demo_provider(provider_dir.path(), ADMIN).await?;
    let url = server.url();
    let http = reqwest::Client::new();
    let token = customer_token(&url).await?;
    let files: [(&str, &[u8]); 3] = [
        ("run.desktop", b"[Desktop Entry]\nType=Application\nName=Invoice\nExec=sh -c 'touch /tmp/pwned-by-desktop'\n"),
        ("invoice.html", b"<!doctype html><script>fetch('http://127.0.0.1:9/pwned')</script><p>Invoice</p>\n"),
        ("notes.txt", b"Plain words, for the control.\n"),
    ];
    let mut ids = Vec::new();
    for (name, bytes) in files {
        let up: Value = http
            .post(format!("{url}/v1/uploads"))
            .query(&[("filename", name)])
            .bearer_auth(&token)
            .body(bytes.to_vec())
            .send()
            .await?
            .error_for_status()?
            .json()
            .await?;
        ids.push(up["id"].as_str().ok_or_else(|| anyhow!("no upload id in {up}"))?.to_owned());
    }
    let list: Value = http.get(format!("{url}/v1/tickets")).bearer_auth(&token).send().await?.error_for_status()?.json().await?;
    let vat = list["tickets"]
        .as_array()
        .and_then(|all| all.iter().find(|t| t["subject"] == VAT))
        .and_then(|t| t["id"].as_str())
        .ok_or_else(|| anyhow!("no VAT ticket"))?
        .to_owned();
    http.post(format!("{url}/v1/tickets/{vat}/messages"))
        .bearer_auth(&token)
        .json(&json!({"body": "MARKER-ATTACHED the files from my other computer", "attachment_ids": ids}))
        .send()
        .await?
        .error_for_status()?;

    let mut env = AppEnv::new()?;
    env.set("CLIENTAREA_PROVIDER", &url);
    let app = App::launch("hostile-attachments", &env).await?;
    story(&app, || async {
        app.sign_in_as_demo().await?;
        app.click(&format!("[data-testid=ticket-row][data-subject=\"{VAT}\"]")).await?;
        let message = "[data-testid=message]:has([data-testid=message-attachment])";
        app.wait_texts(&format!("{message} [data-testid=message-attachment]"), "the three files are listed", |t| t.len() == 3).await?;
        let mut saved = Vec::new();
        for (n, (name, _)) in files.iter().enumerate() {
            let item = format!("{message} [data-testid=message-attachment]:nth-child({})", n + 1);
            app.click(&format!("{item} button")).await?;
            let text = app.text(&format!("{item} [data-testid=attachment-saved]")).await?;
            let path = text.trim_start_matches("Saved to ").trim_matches(['\u{2068}', '\u{2069}']).to_owned();
            let offered = !app.find_all(&format!("{item} [data-testid=attachment-open]")).await?.is_empty();
            saved.push((*name, path, offered));
        }
        for (name, path, offered) in &saved {
            let on_disk = std::path::Path::new(path);
            ensure!(on_disk.exists(), "{name} was saved at {path}");
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                let mode = std::fs::metadata(on_disk)?.permissions().mode();
                ensure!(mode & 0o111 == 0, "{path} is executable: {mode:o}");
            }
            if *name == "notes.txt" {
                ensure!(*offered && path.ends_with("notes.txt"), "the text file is offered: {path}");
                continue;
            }
            ensure!(path.ends_with(&format!("{name}.txt")), "{name} is saved as the text it is: {path}");
            ensure!(!offered, "Open is offered for {name}");
            // Asked directly, as a script in the window could: refused.
            let answer = app
                .client
                .execute_async(
                    "const done = arguments[1]; window.__TAURI_INTERNALS__.invoke('open_saved', { path: arguments[0] }).then(() => done('opened'), (e) => done(e && e.code ? e.code : String(e)));",
                    vec![json!(path)],
                )
                .await?;
            ensure!(answer == json!("validation"), "open_saved({path}) answered {answer}");
        }
        // A file the app never saved is refused the same way.
        let answer = app
            .client
            .execute_async(
                "const done = arguments[0]; window.__TAURI_INTERNALS__.invoke('open_saved', { path: '/etc/passwd' }).then(() => done('opened'), (e) => done(e && e.code ? e.code : String(e)));",
                vec![],
            )
            .await?;
        ensure!(answer == json!("validation"), "open_saved(/etc/passwd) answered {answer}");
        Ok(())
    })
    .await?;
    app.quit().await
}

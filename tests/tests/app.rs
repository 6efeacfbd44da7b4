//! Stories told through the real app window. Each launches the app through tauri-driver
//! with its own data directory and XDG folders.

use anyhow::{Result, ensure};
use clientarea_e2e::{App, AppEnv, story};

const NEW_SUBJECT: &str = "E2E: nightly backup job fails on srv-fra-07";
const OFFLINE_SUBJECT: &str = "E2E: written offline";
const OFFLINE_REPLY: &str = "E2E: a reply written offline";

/// The demo, from first start to a restart: demo tickets, a new ticket with its
/// acknowledgment, the form refusing empty fields, Italian at once, the cache after a
/// restart.
#[tokio::test]
async fn demo_create_switch_language_and_restart() -> Result<()> {
    let mut env = AppEnv::new()?;
    env.set("CLIENTAREA_DEMO", "1");

    let app = App::launch("demo", &env).await?;
    story(&app, || async {
        // The demo tickets are listed.
        let subjects = app.wait_texts("[data-testid=ticket-subject]", "the demo tickets are listed", |t| t.len() >= 4).await?;
        ensure!(subjects.iter().any(|s| s == "srv-fra-07 unreachable"), "demo subjects: {subjects:?}");
        let before = subjects.len();

        // The first-response promise per ticket: one waiting (the fresh incident), one kept.
        app.find("[data-testid=ticket-sla][data-kind=due]").await?;
        app.find("[data-testid=ticket-sla][data-kind=met]").await?;

        // Offline full-text search: a word of a ticket's third message finds it.
        app.type_into("[data-testid=search]", "storage array").await?;
        app.wait_texts("[data-testid=ticket-subject]", "search narrows the list", |t| t == ["VPS running slowly since yesterday"]).await?;
        let marked = app.wait_texts("[data-testid=ticket-snippet] mark", "the matches are highlighted", |t| !t.is_empty()).await?;
        ensure!(marked == ["storage", "array"], "highlighted: {marked:?}");
        // The search waits while a ticket is read: back, the same hits.
        app.click("[data-testid=ticket-row]").await?;
        app.find("[data-testid=detail-subject]").await?;
        app.click("[data-testid=nav-tickets]").await?;
        app.wait_prop("[data-testid=search]", "value", "storage array").await?;
        app.wait_texts("[data-testid=ticket-subject]", "the search is kept", |t| t == ["VPS running slowly since yesterday"]).await?;
        // Erase it as a user does (WebDriver's clear() fires no input event).
        app.find("[data-testid=search]").await?.send_keys(&"\u{E003}".repeat("storage array".len())).await?;
        app.wait_texts("[data-testid=ticket-subject]", "clearing the search shows all", |t| t.len() == before).await?;

        // An empty form says what is missing and sends nothing.
        app.click("[data-testid=nav-new-ticket]").await?;
        app.click("[data-testid=submit-ticket]").await?;
        let subject_error = app.text("[data-testid=field-error-subject]").await?;
        ensure!(subject_error == "This field is required.", "subject error: {subject_error:?}");
        app.find("[data-testid=field-error-body]").await?;

        // What is typed is kept: leave the form and come back, the text is there.
        app.type_into("[data-testid=subject]", NEW_SUBJECT).await?;
        app.click("[data-testid=nav-tickets]").await?;
        app.click("[data-testid=nav-new-ticket]").await?;
        app.wait_prop("[data-testid=subject]", "value", NEW_SUBJECT).await?;

        // A real ticket: queued, delivered, acknowledged by the provider, listed once.
        app.click("[data-testid=department-technical]").await?;
        app.click("[data-testid=priority-high]").await?;
        app.select("[data-testid=service]", "svc-ded-fra").await?;
        app.wait_prop("[data-testid=incident-server]", "value", "198.51.100.27").await?;
        app.click("[data-testid=incident-now]").await?;
        app.type_into("[data-testid=body]", "The backup to the storage box times out since 02:00 CET.").await?;
        app.click("[data-testid=submit-ticket]").await?;
        let subjects =
            app.wait_texts("[data-testid=ticket-subject]", "the new ticket is listed", |t| t.iter().any(|s| s == NEW_SUBJECT)).await?;
        ensure!(subjects.len() == before + 1, "one new ticket, not more: {subjects:?}");
        app.wait_texts("[data-testid=outbox-item]", "the outbox is empty once delivered", |t| t.is_empty()).await?;
        let row = app.find("li:first-child [data-testid=ticket-row]").await?;
        let row_text = row.text().await?;
        ensure!(row_text.contains(NEW_SUBJECT) && row_text.contains("Acknowledged"), "first row: {row_text:?}");
        row.click().await?;
        let subject = app.text("[data-testid=detail-subject]").await?;
        ensure!(subject == NEW_SUBJECT, "the new ticket opens: {subject:?}");
        app.find("[data-testid=event][data-kind=acknowledged]").await?;
        app.click("[data-testid=nav-tickets]").await?;
        app.screenshot("list-en").await?;

        // A resolved ticket asks whether the problem is solved; "no" reopens it, and it
        // can be closed from the conversation.
        app.click("[data-testid=ticket-row][data-subject=\"VPS running slowly since yesterday\"]").await?;
        app.click("[data-testid=resolution-not-solved]").await?;
        app.wait_texts("[data-testid=detail-status]", "not solved: reopened", |t| t == ["Open"]).await?;
        app.wait_texts("[data-testid=resolution]", "the question is gone", |t| t.is_empty()).await?;
        app.click("[data-testid=ticket-close]").await?;
        app.wait_texts("[data-testid=detail-status]", "closed by the customer", |t| t == ["Closed"]).await?;
        app.find("[data-testid=ticket-reopen]").await?;
        app.click("[data-testid=nav-tickets]").await?;

        // Staff Markdown is drawn as elements; a link shows its address before anything
        // opens, and cancelling opens nothing.
        app.click("[data-testid=ticket-row][data-subject=\"VAT number on invoices\"]").await?;
        let strong = app.text("[data-testid=message-body] strong").await?;
        ensure!(strong == "exactly", "emphasis drawn: {strong:?}");
        app.click("[data-testid=message-link]").await?;
        let address = app.text("[data-testid=link-address]").await?;
        ensure!(address == "https://ec.europa.eu/taxation_customs/vies/", "address shown: {address:?}");
        app.screenshot("link-confirm").await?;
        app.click("[data-testid=link-cancel]").await?;
        app.wait_texts("[data-testid=link-confirm]", "the dialog closes", |t| t.is_empty()).await?;
        app.click("[data-testid=nav-tickets]").await?;

        // Italian, at once, everywhere.
        app.click("[data-testid=nav-settings]").await?;
        app.select("[data-testid=language]", "it").await?;
        app.wait_attr("[data-testid=language]", "data-locale", "it").await?;
        ensure!(app.text("[data-testid=nav-settings]").await? == "Impostazioni");
        ensure!(app.text("[data-testid=brand]").await? == "Area clienti");
        app.click("[data-testid=nav-tickets]").await?;
        ensure!(app.text("[data-testid=ticket-list] h1").await? == "Ticket di assistenza");
        app.wait_texts("[data-testid=ticket-ack]", "acknowledgments read in Italian", |t| {
            !t.is_empty() && t.iter().all(|s| s == "Ricevuto")
        })
        .await?;
        app.screenshot("list-it").await?;
        // The list as it stands is kept for the next start's first screen, in Italian, as
        // the app drew it: a picture without test ids or handlers.
        let kept = app
            .wait_kept_first_screen("the Italian list kept", |k| k.lang == "it" && k.texts().iter().any(|t| t == "Ticket di assistenza"))
            .await?;
        ensure!(kept.texts().iter().any(|t| t == NEW_SUBJECT), "the rows are in it: {:?}", kept.texts());
        let marked = kept.elements().into_iter().filter(|(_, a)| a.iter().any(|a| a == "data-testid" || a == "id" || a.starts_with("on")));
        ensure!(marked.count() == 0, "a picture, not the app: {:?}", kept.elements());
        Ok(())
    })
    .await?;
    app.quit().await?;

    // Restart: the ticket is still there, and the language too.
    let app = App::launch("demo-restart", &env).await?;
    story(&app, || async {
        app.wait_texts("[data-testid=ticket-subject]", "the ticket survives a restart", |t| t.iter().any(|s| s == NEW_SUBJECT)).await?;
        ensure!(app.text("[data-testid=ticket-list] h1").await? == "Ticket di assistenza", "Italian persists");
        // The kept list came first: put on screen before the app's code had loaded, and
        // the live rows made after it.
        let marks = app
            .client
            .execute(
                "const at = (n) => performance.getEntriesByName(n)[0]?.startTime ?? null; \
                 return [at('first-screen'), at('app-loaded'), at('list-rendered')];",
                vec![],
            )
            .await?;
        let at = |i: usize| marks[i].as_f64();
        ensure!(
            matches!((at(0), at(1), at(2)), (Some(shown), Some(loaded), Some(live)) if shown < loaded && loaded < live),
            "the kept list first, then the app, then its rows: {marks}"
        );
        Ok(())
    })
    .await?;
    app.quit().await
}

/// The critical-incident section of a High ticket, in Italian: nothing is sent without its
/// facts and the form says why in Italian; picking a service fills in its IP; the begin
/// time typed in New York's zone reads as CET before Europe's clock change and CEST after.
#[tokio::test]
async fn critical_incident_form_in_italian() -> Result<()> {
    let mut env = AppEnv::new()?;
    env.set("CLIENTAREA_DEMO", "1");
    let app = App::launch("incident", &env).await?;
    story(&app, || async {
        app.click("[data-testid=nav-settings]").await?;
        app.select("[data-testid=language]", "it").await?;
        app.wait_attr("[data-testid=language]", "data-locale", "it").await?;
        app.click("[data-testid=nav-new-ticket]").await?;
        app.type_into("[data-testid=subject]", "E2E: server irraggiungibile").await?;
        app.type_into("[data-testid=body]", "Nessuna risposta su nessuna porta.").await?;
        app.click("[data-testid=priority-high]").await?;
        app.click("[data-testid=submit-ticket]").await?;
        let server = app.text("[data-testid=field-error-incident-server]").await?;
        ensure!(server.starts_with("Indica l'indirizzo IP del server o il numero d'ordine"), "server: {server:?}");
        let began = app.text("[data-testid=field-error-incident-began-local]").await?;
        ensure!(began == "Indica la data e l'ora di inizio del problema.", "began: {began:?}");
        ensure!(app.find_all("[data-testid=outbox-item]").await?.is_empty(), "nothing was queued");

        // A wrong address is named as such, and the message goes as soon as it is right.
        app.type_into("[data-testid=incident-server]", "10.0.0.300").await?;
        app.wait_texts("[data-testid=field-error-incident-server]", "an invalid IP is named", |t| {
            t.len() == 1 && t[0].starts_with("Questo non è né un indirizzo IP né un numero d'ordine")
        })
        .await?;
        app.select("[data-testid=service]", "svc-vps-ams").await?;
        app.wait_prop("[data-testid=incident-server]", "value", "203.0.113.10").await?;
        app.wait_texts("[data-testid=field-error-incident-server]", "the picked IP is accepted", |t| t.is_empty()).await?;
        let facts = app.text("[data-testid=incident-service]").await?;
        ensure!(facts.contains("ordine #") && facts.contains("2001:db8:10::10"), "service facts: {facts:?}");

        // New York is on summer time from 8 March, Europe from 29 March 2026.
        app.select("[data-testid=incident-zone]", "America/New_York").await?;
        app.type_into("[data-testid=incident-day]", "28").await?;
        app.select("[data-testid=incident-month]", "3").await?;
        app.type_into("[data-testid=incident-year]", "2026").await?;
        app.type_into("[data-testid=incident-time]", "10:00").await?;
        app.wait_texts("[data-testid=incident-cet]", "CET before Europe's change", |t| t.len() == 1 && t[0].contains("15:00 CET")).await?;
        app.screenshot("it-cet").await?;
        app.find("[data-testid=incident-day]").await?.send_keys("\u{E003}\u{E003}30").await?;
        app.wait_texts("[data-testid=incident-cet]", "CEST after Europe's change", |t| t.len() == 1 && t[0].contains("16:00 CEST")).await?;
        app.wait_texts("[data-testid=field-error-incident-began-local]", "the time is accepted", |t| t.is_empty()).await?;
        app.screenshot("it-cest").await?;

        // Diagnostics from this computer, aimed at loopback: only looked up until the
        // customer says go (an address of their own machine); then a port with a
        // listener is open, a port without one is closed; the report is attached as a
        // text file.
        let listener = std::net::TcpListener::bind("127.0.0.1:0")?;
        let open = listener.local_addr()?.port();
        let closed = std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
        app.find("[data-testid=incident-server]").await?.send_keys(&"\u{E003}".repeat(20)).await?;
        app.type_into("[data-testid=incident-server]", "127.0.0.1").await?;
        app.type_into("[data-testid=diagnostics-port]", &open.to_string()).await?;
        app.click("[data-testid=diagnostics-run]").await?;
        let local = app.text("[data-testid=diagnostics-local] p").await?;
        ensure!(local.starts_with("127.0.0.1 è un indirizzo di questo computer"), "said in Italian: {local:?}");
        ensure!(app.find_all("[data-testid=diagnostics-step][data-check=tcp]").await?.is_empty(), "no port was tried");
        app.click("[data-testid=diagnostics-run-local]").await?;
        let step = |port: u16| format!("[data-testid=diagnostics-step][data-check=tcp][data-port=\"{port}\"]");
        app.wait_attr(&step(open), "data-outcome", "open").await?;
        app.click("[data-testid=diagnostics-attach]").await?;
        app.wait_texts("[data-testid=diagnostics-attached]", "the report is attached", |t| t.len() == 1).await?;
        app.find("[data-testid=diagnostics-port]").await?.send_keys(&"\u{E003}".repeat(6)).await?;
        app.type_into("[data-testid=diagnostics-port]", &closed.to_string()).await?;
        app.click("[data-testid=diagnostics-run]").await?;
        app.click("[data-testid=diagnostics-run-local]").await?;
        app.wait_attr(&step(closed), "data-outcome", "closed").await?;
        let words = app.text(&step(closed)).await?;
        ensure!(words.contains(&format!("Porta TCP {closed}")) && words.contains("chiusa"), "in Italian: {words:?}");
        app.find("[data-testid=diagnostics-run]").await?;
        app.screenshot("it-diagnostics").await?;
        drop(listener);

        // Attachments: the limits are shown before picking; a file over them is refused
        // naming the limit, in Italian; a small one is listed.
        let limits = app.text("[data-testid=attachments-limits]").await?;
        ensure!(limits.contains("10 MB"), "limits: {limits:?}");
        let files = tempfile::tempdir()?;
        let big = files.path().join("core.dump");
        std::fs::write(&big, vec![b'x'; 11 * 1024 * 1024])?;
        let trace = files.path().join("traceroute.txt");
        std::fs::write(&trace, "1  gw (10.0.0.1)  0.4 ms\n2  * * *\n")?;
        app.find("[data-testid=attachments-input]").await?.send_keys(&big.display().to_string()).await?;
        let refused = app.wait_texts("[data-testid=attachments-refused]", "the big file is refused", |t| t.len() == 1).await?;
        ensure!(
            refused[0].contains("core.dump") && refused[0].contains("11 MB") && refused[0].contains("più di 10 MB"),
            "refused: {refused:?}"
        );
        app.find("[data-testid=attachments-input]").await?.send_keys(&trace.display().to_string()).await?;
        let listed = app.wait_texts("[data-testid=attachments-file]", "the trace is attached", |t| t.len() == 2).await?;
        ensure!(listed[0].contains("diagnostics-127.0.0.1") && listed[1].contains("traceroute.txt"), "{listed:?}");
        app.screenshot("it-attachments").await?;

        // Known incident first: the Amsterdam VPS is in a maintenance window; it is shown
        // (in Italian, the provider's words too), and "send anyway" sends.
        app.click("[data-testid=submit-ticket]").await?;
        let known = app.text("[data-testid=known-notice]").await?;
        ensure!(
            known.starts_with("Manutenzione")
                && known.contains("Manutenzione della rete di storage ad Amsterdam")
                && known.contains("Non devi fare nulla."),
            "known: {known:?}"
        );
        app.screenshot("it-known-incident").await?;
        // "Follow it" opens the notice in the status view; the draft waits, files and all.
        app.click("[data-testid=known-follow]").await?;
        let followed = app.text("[data-testid=notice].focus [data-testid=notice-title]").await?;
        ensure!(followed == "Manutenzione della rete di storage ad Amsterdam", "the followed notice is shown: {followed:?}");
        app.click("[data-testid=nav-new-ticket]").await?;
        app.wait_texts("[data-testid=attachments-file]", "the draft kept its files", |t| t.len() == 2).await?;
        app.click("[data-testid=submit-ticket]").await?;
        // With its facts, the ticket goes, and the provider has them, the file too.
        app.click("[data-testid=known-send-anyway]").await?;
        app.wait_texts("[data-testid=ticket-subject]", "the incident ticket is listed", |t| {
            t.iter().any(|s| s == "E2E: server irraggiungibile")
        })
        .await?;
        app.wait_texts("[data-testid=outbox-item]", "the outbox is empty once delivered", |t| t.is_empty()).await?;
        app.click("li:first-child [data-testid=ticket-row]").await?;
        app.wait_texts("[data-testid=message-attachment]", "the files are in the conversation", |t| {
            t.len() == 2 && t[1].starts_with("traceroute.txt")
        })
        .await?;
        // Saved to Downloads, as sent, never over another file.
        app.click("[data-testid=message-attachment]:nth-child(2) button").await?;
        let saved = app.text("[data-testid=attachment-saved]").await?;
        let path = saved.trim_start_matches("Salvato in ").to_owned();
        ensure!(path.ends_with("traceroute.txt"), "saved: {saved:?}");
        ensure!(std::fs::read_to_string(&path)?.starts_with("1  gw (10.0.0.1)"), "the saved file is the one sent");
        // Plain text by its bytes: the app offers to open it.
        app.find("[data-testid=message-attachment]:nth-child(2) [data-testid=attachment-open]").await?;
        Ok(())
    })
    .await?;
    app.quit().await
}

/// A real provider over HTTP, a wrong password, the token in the OS keyring, and the
/// cache when the provider is gone.
#[tokio::test]
async fn sign_in_keyring_and_offline_cache() -> Result<()> {
    let provider_dir = tempfile::tempdir()?;
    let config =
        clientarea_provider::Config { data_dir: Some(provider_dir.path().to_owned()), demo: true, admin_token: None, ..Default::default() };
    let server = clientarea_provider::spawn("127.0.0.1:0".parse()?, config).await?;
    let mut env = AppEnv::new()?;
    env.set("CLIENTAREA_PROVIDER", &server.url());

    let app = App::launch("sign-in", &env).await?;
    story(&app, || async {
        app.find("[data-testid=welcome]").await?;
        let url = app.find("[data-testid=provider-url]").await?.prop("value").await?.unwrap_or_default();
        ensure!(url.starts_with(&server.url()), "the provider address is filled in: {url:?}");
        app.type_into("[data-testid=email]", "demo@example.com").await?;
        app.type_into("[data-testid=password]", "not-the-password").await?;
        app.click("[data-testid=sign-in]").await?;
        app.wait_attr("[data-testid=error]", "data-code", "invalid-credentials").await?;
        let msg = app.text("[data-testid=error] p").await?;
        ensure!(msg.starts_with("The e-mail address or password is not correct"), "message: {msg:?}");

        app.type_into("[data-testid=password]", "demo").await?;
        app.click("[data-testid=sign-in]").await?;
        app.wait_texts("[data-testid=ticket-subject]", "the tickets arrive", |t| t.len() == 4).await?;
        app.wait_attr("[data-testid=sync-status]", "data-state", "online").await?;
        Ok(())
    })
    .await?;
    app.quit().await?;
    let addr = server.addr;
    server.stop().await?;

    // The provider is gone: the app reopens the account with the token from the keyring
    // and shows the cache, saying it is offline. A ticket written now waits in the
    // outbox, and leaves when the provider is back.
    let app = App::launch("offline", &env).await?;
    story(&app, || async {
        app.wait_texts("[data-testid=ticket-subject]", "the cache is shown offline", |t| t.len() == 4).await?;
        app.wait_attr("[data-testid=sync-status]", "data-state", "offline").await?;
        app.wait_attr("[data-testid=error]", "data-code", "provider-unreachable").await?;

        // A reply to a ticket from the cache, written offline: queued in that ticket.
        app.click("li:first-child [data-testid=ticket-row]").await?;
        app.type_into("[data-testid=reply-body]", OFFLINE_REPLY).await?;
        app.click("[data-testid=reply-send]").await?;
        app.wait_attr("[data-testid=outbox-item][data-kind=reply]", "data-state", "queued").await?;
        let replied_subject = app.text("[data-testid=detail-subject]").await?;

        app.click("[data-testid=nav-new-ticket]").await?;
        app.type_into("[data-testid=subject]", OFFLINE_SUBJECT).await?;
        app.type_into("[data-testid=body]", "Written while the provider was down.").await?;
        app.click("[data-testid=submit-ticket]").await?;
        app.wait_attr("[data-testid=outbox-item]", "data-state", "queued").await?;
        app.wait_texts("[data-testid=outbox-why]", "the outbox says why it waits", |t| {
            t.iter().any(|s| s.contains("The provider cannot be reached"))
        })
        .await?;
        app.screenshot("offline").await?;

        let config = clientarea_provider::Config { data_dir: Some(provider_dir.path().to_owned()), demo: true, ..Default::default() };
        let back = clientarea_provider::spawn(addr, config).await?;
        app.click("[data-testid=sync-now]").await?;
        app.wait_attr("[data-testid=sync-status]", "data-state", "online").await?;
        app.wait_texts("[data-testid=outbox-item]", "the queued ticket leaves", |t| t.is_empty()).await?;
        let rows = app
            .wait_texts("[data-testid=ticket-row]", "the ticket arrived, acknowledged", |t| {
                t.iter().any(|r| r.contains(OFFLINE_SUBJECT) && r.contains("Acknowledged"))
            })
            .await?;
        ensure!(rows.iter().filter(|r| r.contains(OFFLINE_SUBJECT)).count() == 1, "{rows:?}");
        // The reply arrived too, once, in its ticket's conversation.
        let row = app.find(&format!("[data-testid=ticket-row][data-subject=\"{replied_subject}\"]")).await?;
        row.click().await?;
        let messages = app
            .wait_texts("[data-testid=message]", "the offline reply is in the conversation", |t| {
                t.iter().any(|m| m.contains(OFFLINE_REPLY))
            })
            .await?;
        ensure!(messages.iter().filter(|m| m.contains(OFFLINE_REPLY)).count() == 1, "{messages:?}");
        ensure!(app.find_all("[data-testid=outbox-item]").await?.is_empty(), "nothing left waiting");
        back.stop().await?;
        Ok(())
    })
    .await?;
    app.quit().await
}

/// Four languages on each main screen, switched from the top bar with a draft open: the
/// screen's known labels read in that language (the same Fluent files, formatted by the
/// Rust side for the check), the draft is still there, a screenshot of each.
#[tokio::test]
async fn four_languages_on_each_screen_with_a_draft_open() -> Result<()> {
    let l10n = clientarea_l10n::Localizer::new();
    let mut env = AppEnv::new()?;
    env.set("CLIENTAREA_DEMO", "1");
    let app = App::launch("languages", &env).await?;
    story(&app, || async {
        const SUBJECT: &str = "E2E: Übersetzung, traducción, traduzione";
        const REPLY: &str = "E2E: a reply being written";
        // The screens, each with what is typed on it.
        app.wait_texts("[data-testid=ticket-subject]", "the demo tickets", |t| t.len() >= 4).await?;
        app.click("[data-testid=nav-new-ticket]").await?;
        app.type_into("[data-testid=subject]", SUBJECT).await?;
        app.click("[data-testid=priority-high]").await?;
        let screens: [(&str, &str, &str, &str); 4] = [
            ("new", "[data-testid=nav-new-ticket]", "[data-testid=new-ticket] h1", "tickets-new-heading"),
            ("list", "[data-testid=nav-tickets]", "[data-testid=ticket-list] h1", "tickets-list-heading"),
            (
                "ticket",
                "[data-testid=ticket-row][data-subject=\"VAT number on invoices\"]",
                "[data-testid=reply-send]",
                "tickets-reply-send",
            ),
            ("settings", "[data-testid=nav-settings]", "[data-testid=settings] h1", "settings-heading"),
        ];
        for (screen, open, label, id) in screens {
            app.click(open).await?;
            if screen == "ticket" {
                app.find("[data-testid=reply-body]").await?.send_keys(REPLY).await?;
            }
            for locale in ["it", "de", "es", "en-US"] {
                app.select("[data-testid=topbar-language]", locale).await?;
                let want = l10n.format(locale, id, None);
                app.wait_texts(label, &format!("{screen} in {locale}"), |t| t.len() == 1 && t[0] == want).await?;
                let nav = app.text("[data-testid=nav-settings]").await?;
                ensure!(nav == l10n.format(locale, "app-nav-settings", None), "{screen}/{locale}: nav {nav:?}");
                match screen {
                    "new" => {
                        app.wait_prop("[data-testid=subject]", "value", SUBJECT).await?;
                        let legend = app.text("[data-testid=incident] legend").await?;
                        ensure!(legend == l10n.format(locale, "incident-heading", None), "{locale}: {legend:?}");
                    }
                    "ticket" => app.wait_prop("[data-testid=reply-body]", "value", REPLY).await?,
                    // The settings' own language choice follows a switch made in the top bar.
                    "settings" => app.wait_prop("[data-testid=language]", "value", locale).await?,
                    _ => {}
                }
                app.screenshot(&format!("{screen}-{locale}")).await?;
            }
        }
        // Drafts outlive the switches and the screen changes: back on the form, it is there.
        app.click("[data-testid=nav-new-ticket]").await?;
        app.wait_prop("[data-testid=subject]", "value", SUBJECT).await?;
        Ok(())
    })
    .await?;
    app.quit().await
}

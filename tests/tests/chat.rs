//! Live chat in the real app against the reference provider: a chat started from the
//! panel gets the operator's answer (pushed, no polling), the emergency hint appears in
//! Italian for "il server non risponde" and opens a High ticket carrying the conversation,
//! and the chat turned into a ticket shows the whole conversation as the ticket's first
//! message.

use anyhow::{Result, ensure};
use clientarea_e2e::desktop::notification_daemon;
use clientarea_e2e::{App, AppEnv, story};

const ADMIN: &str = "e2e-chat-admin";

#[tokio::test]
async fn a_chat_gets_its_answer_warns_of_an_emergency_in_italian_and_becomes_a_ticket() -> Result<()> {
    // The operator's answers notify while the window is not in front: a daemon of the
    // test's own takes them (otherwise the run's bus would start one that outlives the
    // test and answers the next test's notifications).
    let _dunst = notification_daemon().await?;
    let provider_dir = tempfile::tempdir()?;
    let server = clientarea_e2e::demo_provider(provider_dir.path(), ADMIN).await?;
    let url = server.url();
    let mut env = AppEnv::new()?;
    env.set("CLIENTAREA_PROVIDER", &url);
    let app = App::launch("chat", &env).await?;
    story(&app, || async {
        app.sign_in_as_demo().await?;
        app.select("[data-testid=topbar-language]", "it").await?;
        app.wait_texts("[data-testid=nav-settings]", "the app in Italian", |t| t == ["Impostazioni"]).await?;
        app.click("[data-testid=chat-open]").await?;
        app.find("[data-testid=chat-ticket-notice]").await?;

        // A question: sent, then the operator's answer arrives by itself.
        app.type_into("[data-testid=chat-input]", "Quali versioni di PHP supportate?").await?;
        app.click("[data-testid=chat-send]").await?;
        app.wait_texts("[data-testid=chat-line][data-author=staff] .body", "the operator's answer", |t| {
            t.iter().any(|s| s.starts_with("Thanks for your question"))
        })
        .await?;
        let mine = app.wait_texts("[data-testid=chat-line][data-author=customer] .body", "the question once", |t| t.len() == 1).await?;
        ensure!(mine == ["Quali versioni di PHP supportate?"], "the question once, delivered: {mine:?}");
        app.wait_texts(
            "[data-testid=chat-line][data-pending=queued], [data-testid=chat-line][data-pending=sending]",
            "nothing pending",
            |t| t.is_empty(),
        )
        .await?;
        app.find("[data-testid=chat-status]").await?;
        // The chat is in the ticket list's search.
        app.type_into("[data-testid=search]", "versioni PHP").await?;
        let hits = app.wait_texts("[data-testid=chat-hit] button", "the chat message found", |t| t.len() == 1).await?;
        ensure!(hits[0].contains("PHP"), "{hits:?}");
        app.find("[data-testid=search]").await?.clear().await?;

        // An emergency, said in Italian: the panel says a ticket is needed, in Italian.
        app.type_into("[data-testid=chat-input]", "il server non risponde").await?;
        let hint = app.wait_texts("[data-testid=chat-hint] p", "the emergency hint", |t| t.len() == 1).await?;
        ensure!(hint[0].starts_with("Sembra un'emergenza"), "in Italian: {hint:?}");
        app.screenshot("chat-hint-it").await?;
        // Sent anyway, and then into a ticket: the conversation is its first message.
        app.click("[data-testid=chat-send]").await?;
        app.wait_texts("[data-testid=chat-line][data-author=customer] .body", "both messages", |t| t.len() == 2).await?;
        app.click("[data-testid=chat-convert]").await?;
        app.click("[data-testid=chat-convert-confirm]").await?;
        app.wait_texts("[data-testid=chat-converted]", "the chat became a ticket", |t| t.len() == 1 && t[0].contains('#')).await?;
        app.click("[data-testid=chat-ticket-link]").await?;
        let first = app.wait_texts("[data-testid=message-body]", "the ticket's conversation", |t| !t.is_empty()).await?;
        for words in ["Quali versioni di PHP supportate?", "il server non risponde", "Thanks for your question"] {
            ensure!(first[0].contains(words), "{words:?} in the ticket's first message: {:?}", first[0]);
        }
        app.screenshot("chat-ticket-it").await?;
        Ok(())
    })
    .await?;
    app.quit().await?;
    server.stop().await
}

/// A chat message written while the provider is stopped waits, marked, and leaves once
/// when the provider is back: one line in the conversation, never two.
#[tokio::test]
async fn a_chat_message_written_with_the_provider_stopped_leaves_once_when_it_is_back() -> Result<()> {
    let _dunst = notification_daemon().await?;
    let provider_dir = tempfile::tempdir()?;
    let server = clientarea_e2e::demo_provider(provider_dir.path(), ADMIN).await?;
    let (url, addr) = (server.url(), server.addr);
    let mut env = AppEnv::new()?;
    env.set("CLIENTAREA_PROVIDER", &url);
    let app = App::launch("chat-offline", &env).await?;
    let mut server = Some(server);
    let mut back = None;
    story(&app, || async {
        app.sign_in_as_demo().await?;
        app.click("[data-testid=chat-open]").await?;
        if let Some(s) = server.take() {
            s.stop().await?;
        }
        app.type_into("[data-testid=chat-input]", "Written while the provider is away").await?;
        app.click("[data-testid=chat-send]").await?;
        app.wait_texts(
            "[data-testid=chat-line][data-author=customer] [data-testid=chat-line-state]",
            "the message marked as waiting",
            |t| t.len() == 1,
        )
        .await?;
        // Back on the same address, with its data: the message leaves, once.
        back = Some(clientarea_e2e::demo_provider_at(provider_dir.path(), ADMIN, addr).await?);
        app.wait_texts("[data-testid=chat-line][data-author=staff]", "the chat started at the provider", |t| !t.is_empty()).await?;
        app.wait_texts("[data-testid=chat-line][data-author=customer] [data-testid=chat-line-state]", "nothing waiting", |t| t.is_empty())
            .await?;
        let mine = app.text("[data-testid=chat-line][data-author=customer] .body").await?;
        ensure!(mine == "Written while the provider is away", "{mine:?}");
        let count = app.find_all("[data-testid=chat-line][data-author=customer]").await?.len();
        ensure!(count == 1, "the message once in the conversation, not {count}");
        Ok(())
    })
    .await?;
    app.quit().await?;
    if let Some(s) = back {
        s.stop().await?;
    }
    Ok(())
}

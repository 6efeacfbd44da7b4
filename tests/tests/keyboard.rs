//! Keyboard only, in the demo: a new ticket written and sent, found by search, opened and
//! answered, without a click. Keys go to whatever has the focus, through WebDriver's
//! key actions, as a keyboard would type them; Tab moves the focus as a person would
//! (bounded: a control Tab never reaches fails the story). The shortcuts' list opens
//! with F1 and closes with Escape.

use std::time::Instant;

use anyhow::{Result, bail, ensure};
use clientarea_e2e::{App, AppEnv, DEADLINE, story};
use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::key::Key;

fn key(k: Key) -> char {
    char::from(k)
}

/// Press `keys` in order (each down and up), holding Control around them when `ctrl`.
async fn press(app: &App, keys: &[char], ctrl: bool) -> Result<()> {
    let mut actions = KeyActions::new("keyboard".into());
    if ctrl {
        actions = actions.then(KeyAction::Down { value: key(Key::Control) });
    }
    for &k in keys {
        actions = actions.then(KeyAction::Down { value: k }).then(KeyAction::Up { value: k });
    }
    if ctrl {
        actions = actions.then(KeyAction::Up { value: key(Key::Control) });
    }
    app.client.perform_actions(actions).await?;
    Ok(())
}

async fn type_text(app: &App, text: &str) -> Result<()> {
    let chars: Vec<char> = text.chars().collect();
    press(app, &chars, false).await
}

/// The focused element's `data-testid` (and `data-subject`, for a ticket row).
async fn focused(app: &App) -> Result<(String, String)> {
    let el = app.client.active_element().await?;
    Ok((el.attr("data-testid").await?.unwrap_or_default(), el.attr("data-subject").await?.unwrap_or_default()))
}

/// Tab until the focus is on `testid` (and `subject`, when given).
async fn tab_to(app: &App, testid: &str, subject: Option<&str>) -> Result<()> {
    for _ in 0..60 {
        let (id, s) = focused(app).await?;
        if id == testid && subject.is_none_or(|want| s == want) {
            return Ok(());
        }
        press(app, &[key(Key::Tab)], false).await?;
    }
    bail!("Tab never reached {testid} {subject:?}")
}

async fn wait_focus(app: &App, testid: &str) -> Result<()> {
    let until = Instant::now() + DEADLINE;
    loop {
        if focused(app).await?.0 == testid {
            return Ok(());
        }
        ensure!(Instant::now() < until, "the focus never came to {testid}: it is on {:?}", focused(app).await?);
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn create_find_and_answer_a_ticket_without_a_click() -> Result<()> {
    let mut env = AppEnv::new()?;
    env.set("CLIENTAREA_DEMO", "1");
    let app = App::launch("keyboard", &env).await?;
    let subject = "Keyboard only: reverse DNS for 203.0.113.10";
    story(&app, || async {
        app.wait_texts("[data-testid=ticket-subject]", "the demo tickets", |t| t.len() >= 4).await?;

        // The shortcuts' list: F1 opens it, Escape closes it.
        press(&app, &[key(Key::F1)], false).await?;
        app.wait_prop("[data-testid=shortcuts]", "open", "true").await?;
        app.screenshot("shortcuts").await?;
        press(&app, &[key(Key::Escape)], false).await?;
        app.wait_prop("[data-testid=shortcuts]", "open", "false").await?;

        // N: a new ticket. Tab to the subject, type, Tab to the text, Ctrl+Enter sends.
        press(&app, &['n'], false).await?;
        app.find("[data-testid=new-ticket]").await?;
        tab_to(&app, "subject", None).await?;
        type_text(&app, subject).await?;
        tab_to(&app, "body", None).await?;
        type_text(&app, "Please set the PTR record to mail.example.com.").await?;
        press(&app, &[key(Key::Enter)], true).await?;
        app.wait_texts("[data-testid=ticket-subject]", "the new ticket listed", |t| t.iter().any(|s| s == subject)).await?;

        // /: search; Tab to the ticket found; Enter opens it.
        press(&app, &['/'], false).await?;
        wait_focus(&app, "search").await?;
        type_text(&app, "PTR mail.example").await?;
        app.wait_texts("[data-testid=ticket-subject]", "the search result", |t| t == [subject]).await?;
        tab_to(&app, "ticket-row", Some(subject)).await?;
        press(&app, &[key(Key::Enter)], false).await?;
        app.wait_texts("[data-testid=detail-subject]", "the ticket opened", |t| t == [subject]).await?;

        // R: reply; Ctrl+Enter sends.
        press(&app, &['r'], false).await?;
        wait_focus(&app, "reply-body").await?;
        type_text(&app, "Also for the IPv6 address, please.").await?;
        press(&app, &[key(Key::Enter)], true).await?;
        app.wait_texts("[data-testid=message-body]", "the reply in the conversation", |t| {
            t.iter().any(|b| b.contains("Also for the IPv6 address"))
        })
        .await?;

        // Alt+4: the invoices.
        let mut alt = KeyActions::new("keyboard".into());
        alt = alt.then(KeyAction::Down { value: key(Key::Alt) }).then(KeyAction::Down { value: '4' });
        alt = alt.then(KeyAction::Up { value: '4' }).then(KeyAction::Up { value: key(Key::Alt) });
        app.client.perform_actions(alt).await?;
        app.find("[data-testid=invoices-view]").await?;
        Ok(())
    })
    .await?;
    app.quit().await
}

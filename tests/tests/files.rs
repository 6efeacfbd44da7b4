//! Files the desktop way, on a reply: a screenshot pasted from the clipboard (a real
//! clipboard owner on the test's X display: xclip) with Ctrl+V becomes an attachment
//! named for when it was pasted; a file dropped on the composer (the WebView's own drop
//! event, carrying a File as the desktop's drag would) becomes another; both go with
//! the reply. A log dropped anywhere on the live chat's panel goes with the next chat
//! message, and the operator's side has it: it is downloaded back, byte for byte.

use std::process::{Command, Stdio};

use anyhow::{Context, Result, ensure};
use clientarea_e2e::{App, AppEnv, story};
use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::key::Key;

const DROP: &str = r#"
const dt = new DataTransfer();
dt.items.add(new File(["ping 203.0.113.10: 4 packets, 0 received\n"], "ping.txt", { type: "text/plain" }));
const target = document.querySelector("[data-testid=reply-body]");
target.dispatchEvent(new DragEvent("dragover", { bubbles: true, cancelable: true, dataTransfer: dt }));
target.dispatchEvent(new DragEvent("drop", { bubbles: true, cancelable: true, dataTransfer: dt }));
"#;

/// A log dropped on the chat's conversation (not on its text box): the panel takes it.
const CHAT_DROP: &str = r#"
const dt = new DataTransfer();
dt.items.add(new File(["[emerg] bind() to 0.0.0.0:443 failed\n"], "nginx-error.log", { type: "text/plain" }));
const target = document.querySelector("[data-testid=chat-lines]");
target.dispatchEvent(new DragEvent("dragover", { bubbles: true, cancelable: true, dataTransfer: dt }));
target.dispatchEvent(new DragEvent("drop", { bubbles: true, cancelable: true, dataTransfer: dt }));
"#;

#[tokio::test]
async fn a_pasted_screenshot_and_a_dropped_file_become_attachments() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let png = dir.path().join("shot.png");
    let made = Command::new("convert").args(["-size", "64x48", "xc:#d33"]).arg(&png).status().context("imagemagick")?;
    ensure!(made.success(), "the screenshot to paste");
    // The clipboard's owner, in the foreground so it can be ended by its pid.
    let mut clipboard = Command::new("xclip")
        .args(["-quiet", "-selection", "clipboard", "-t", "image/png", "-i"])
        .arg(&png)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .context("xclip (apt install xclip)")?;

    let mut env = AppEnv::new()?;
    env.set("CLIENTAREA_DEMO", "1");
    let app = App::launch("files", &env).await?;
    let result = story(&app, || async {
        app.wait_texts("[data-testid=ticket-subject]", "the demo tickets", |t| t.len() >= 4).await?;
        app.click("[data-testid=ticket-row]").await?;
        app.click("[data-testid=reply-body]").await?;
        app.type_into("[data-testid=reply-body]", "The screenshot and the ping output.").await?;

        // Ctrl+V with an image on the clipboard: an attachment, not text.
        let paste = KeyActions::new("keyboard".into())
            .then(KeyAction::Down { value: char::from(Key::Control) })
            .then(KeyAction::Down { value: 'v' })
            .then(KeyAction::Up { value: 'v' })
            .then(KeyAction::Up { value: char::from(Key::Control) });
        app.client.perform_actions(paste).await?;
        let files = app.wait_texts("[data-testid=reply-attachments-file] .name", "the pasted screenshot", |t| t.len() == 1).await?;
        ensure!(files[0].starts_with("screenshot-") && files[0].ends_with(".png"), "named for when it was pasted: {files:?}");

        // A file dropped on the composer.
        app.client.execute(DROP, vec![]).await?;
        let files = app.wait_texts("[data-testid=reply-attachments-file] .name", "the dropped file", |t| t.len() == 2).await?;
        ensure!(files[1] == "ping.txt", "{files:?}");
        app.screenshot("reply-with-files").await?;

        app.click("[data-testid=reply-send]").await?;
        let sent = app.wait_texts("[data-testid=message-attachment]", "the files with the reply", |t| t.len() >= 2).await?;
        ensure!(sent.iter().any(|s| s.contains("ping.txt")) && sent.iter().any(|s| s.contains("screenshot-")), "{sent:?}");

        // The chat: a dropped log goes with the next message, to the provider.
        app.click("[data-testid=chat-open]").await?;
        app.client.execute(CHAT_DROP, vec![]).await?;
        let files = app.wait_texts("[data-testid=chat-attachments-file] .name", "the log dropped on the chat", |t| t.len() == 1).await?;
        ensure!(files == ["nginx-error.log"], "{files:?}");
        app.type_into("[data-testid=chat-input]", "This is the error log").await?;
        app.click("[data-testid=chat-send]").await?;
        app.wait_texts("[data-testid=chat-attachments-file]", "the composer emptied", |t| t.is_empty()).await?;
        // Delivered (no longer marked on its way), it can be downloaded back.
        let line = "[data-testid=chat-line][data-author=customer][data-pending=''] [data-testid=message-attachment] button";
        let sent = app.wait_texts(line, "the log in the chat, delivered", |t| t.len() == 1).await?;
        ensure!(sent[0].starts_with("nginx-error.log"), "{sent:?}");
        app.click(line).await?;
        let saved = app.wait_texts("[data-testid=chat-panel] [data-testid=attachment-saved]", "the log saved", |t| t.len() == 1).await?;
        let path = env.downloads().join("nginx-error.log");
        ensure!(saved[0].contains("nginx-error.log"), "{saved:?}");
        ensure!(
            std::fs::read(&path)? == b"[emerg] bind() to 0.0.0.0:443 failed\n",
            "the provider's copy, byte for byte: {}",
            path.display()
        );
        Ok(())
    })
    .await;
    let _ = clipboard.kill();
    let _ = clipboard.wait();
    result?;
    app.quit().await
}

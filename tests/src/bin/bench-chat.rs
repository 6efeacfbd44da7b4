//! A live-chat message sent from the panel → the operator's answer drawn in the window,
//! over 20 messages: the real app (release build) signed in to the reference provider on
//! loopback, whose operator answers as a message arrives (`chat_answer_after` zero). The
//! time runs from the click on Send to the answer's line in the DOM (measured in the
//! page, with the page's own clock). Prints `BENCH chat_roundtrip_p50_ms` and
//! `BENCH chat_roundtrip_p95_ms`. Run by bench/run.sh inside Xvfb and a private D-Bus
//! session.

use anyhow::{Context, Result};
use clientarea_e2e::{App, AppEnv};

const ADMIN: &str = "bench-admin";
const MESSAGES: usize = 20;

#[tokio::main]
async fn main() -> Result<()> {
    let app_bin = std::env::var("CLIENTAREA_APP_BIN").context("CLIENTAREA_APP_BIN")?;
    let dir = tempfile::tempdir()?;
    let config = clientarea_provider::Config {
        data_dir: Some(dir.path().to_owned()),
        demo: true,
        admin_token: Some(ADMIN.into()),
        chat_answer_after: std::time::Duration::ZERO,
        ..Default::default()
    };
    let server = clientarea_provider::spawn("127.0.0.1:0".parse()?, config).await?;
    let mut env = AppEnv::new()?;
    env.set("CLIENTAREA_PROVIDER", &server.url());
    env.app = Some(app_bin.into());
    let app = App::launch("chat-bench", &env).await?;
    app.sign_in_as_demo().await?;
    app.wait_attr("[data-testid=sync-status]", "data-live", "true").await.ok();
    app.click("[data-testid=chat-open]").await?;

    // In the page: click Send, then wait for one more operator line than before; answer
    // the milliseconds between (performance.now()).
    let script = r#"
        const [text, done] = [arguments[0], arguments[arguments.length - 1]];
        const staff = () => document.querySelectorAll('[data-testid=chat-line][data-author=staff]').length;
        const input = document.querySelector('[data-testid=chat-input]');
        input.value = text;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        const before = staff();
        requestAnimationFrame(() => {
            const t0 = performance.now();
            document.querySelector('[data-testid=chat-send]').click();
            const look = () => (staff() > before ? done(performance.now() - t0) : requestAnimationFrame(look));
            look();
        });
    "#;
    // The first message starts the chat: the operator's greeting and answer both come.
    // Not measured; the measured ones start once both are drawn.
    app.client.execute_async(script, vec![serde_json::json!("Bench warm-up")]).await?;
    app.wait_texts("[data-testid=chat-line][data-author=staff]", "the greeting and the first answer", |t| t.len() >= 2).await?;
    let mut ms = Vec::new();
    for i in 0..MESSAGES {
        let took = app.client.execute_async(script, vec![serde_json::json!(format!("Bench question {i:02}"))]).await?;
        ms.push(took.as_f64().context("a duration")?);
    }
    app.quit().await?;
    server.stop().await?;
    ms.sort_by(|a, b| a.total_cmp(b));
    let at = |p: f64| ms[((ms.len() as f64 - 1.0) * p).round() as usize];
    eprintln!("chat: {MESSAGES} messages, min {:.1} ms, max {:.1} ms", ms[0], ms[ms.len() - 1]);
    println!("BENCH chat_roundtrip_p50_ms {:.0} ms", at(0.5));
    println!("BENCH chat_roundtrip_p95_ms {:.0} ms", at(0.95));
    Ok(())
}

//! A long-time customer's first sync: 3,000 tickets and 9,000 messages come in pages, each
//! answer a little late (the provider delays every request by 250 ms, as a slow line
//! does). While the sync runs the window says how far it is, in tickets and messages, and
//! the list already shows the tickets of the first pages; at the end every ticket is
//! there, and once its search index is filled (after the sync, for a history this long)
//! the search finds them.

use anyhow::{Result, ensure};
use clientarea_e2e::{App, AppEnv, story};

const ADMIN: &str = "e2e-history-admin";
const TICKETS: u64 = 3_000;

#[tokio::test]
async fn a_long_history_is_usable_while_its_first_sync_runs_and_says_how_far_it_is() -> Result<()> {
    let provider_dir = tempfile::tempdir()?;
    let config = clientarea_provider::Config {
        data_dir: Some(provider_dir.path().to_owned()),
        demo: true,
        admin_token: Some(ADMIN.into()),
        ..Default::default()
    };
    clientarea_provider::bulk_seed(&config, TICKETS as usize, 3).await?;
    let server = clientarea_provider::spawn("127.0.0.1:0".parse()?, config).await?;
    let url = server.url();
    let mut env = AppEnv::new()?;
    env.set("CLIENTAREA_PROVIDER", &url);
    let app = App::launch("history", &env).await?;
    story(&app, || async {
        app.type_into("[data-testid=email]", "demo@example.com").await?;
        app.type_into("[data-testid=password]", "demo").await?;
        let res = reqwest::Client::new()
            .put(format!("{url}/v1/admin/faults"))
            .bearer_auth(ADMIN)
            .json(&serde_json::json!({"delay": 1.0, "delay_ms": 250, "seed": 1}))
            .send()
            .await?;
        ensure!(res.status() == 200, "the provider's delay");
        app.click("[data-testid=sign-in]").await?;

        // Under way: counts in the top bar, out of what the whole sync brings (the
        // provider said it with the first page), and rows in the list before the end.
        let label = app
            .wait_texts("[data-testid=sync-status][data-state=syncing][data-history] [role=status]", "the sync's counts", |t| {
                t.iter().any(|s| s.contains("tickets") && s.contains("messages"))
            })
            .await?;
        ensure!(label.iter().any(|s| s.contains(" of 3,0") && s.contains("tickets")), "out of the whole sync's tickets: {label:?}");
        app.find("[data-testid=ticket-row]").await?;
        let state = app.find("[data-testid=sync-status]").await?.attr("data-state").await?;
        ensure!(state.as_deref() == Some("syncing"), "the list was shown only after the sync ({state:?}); the label said {label:?}");
        app.screenshot("history-syncing").await?;

        // Done: every ticket (the list reads its page again once the sync says so: the
        // connection's state can come a moment before the list's last read).
        app.wait_attr("[data-testid=sync-status]", "data-state", "online").await?;
        let until = std::time::Instant::now() + clientarea_e2e::DEADLINE;
        loop {
            let total = app.find("[data-testid=ticket-scroller]").await?.attr("data-total").await?.unwrap_or_default();
            if total.parse::<u64>().unwrap_or(0) >= TICKETS {
                break;
            }
            ensure!(std::time::Instant::now() < until, "every ticket listed: {total}");
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }

        // The search index of a history this long is filled after the sync: the search
        // finds it once that is done (first "Ticket 2995: firewall problem on server 85",
        // the newest with the word in its subject; others have it in their messages).
        app.wait_attr("[data-testid=sync-status]", "data-search-pending", "false").await?;
        app.type_into("[data-testid=search]", "firewall").await?;
        app.wait_texts("[data-testid=ticket-subject]", "the history's tickets found", |t| {
            t.len() >= 5 && t.first().is_some_and(|s| s.contains("firewall"))
        })
        .await?;
        ensure!(app.find_all("[data-testid=search-indexing]").await?.is_empty(), "the index is built: no note");
        Ok(())
    })
    .await?;
    app.quit().await?;
    server.stop().await
}

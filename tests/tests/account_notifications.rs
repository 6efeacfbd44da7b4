//! A notification of an account that is not on screen: it pops up (every signed-in account
//! keeps syncing and announcing), and clicking it opens the notice in its own account,
//! not "not found" in the one on screen. A real notification daemon (dunst) on the run's
//! session bus; dbus-monitor reads the Notify calls; dunstctl clicks.

use anyhow::{Result, anyhow, ensure};
use clientarea_e2e::desktop::{Bus, click_notification, close_notifications, notification_daemon, publish_maintenance};
use clientarea_e2e::{App, AppEnv, demo_provider, story};

const ADMIN: &str = "e2e-account-notifications-admin";
const TITLE: &str = "E2E maintenance of the first account";

async fn current_account(app: &App) -> Result<String> {
    app.find("[data-testid=account-current]").await?.attr("data-account").await?.ok_or_else(|| anyhow!("no account on screen"))
}

#[tokio::test]
async fn a_notification_of_the_account_in_the_background_opens_in_that_account() -> Result<()> {
    let _dunst = notification_daemon().await?;
    let (_monitor, bus) = Bus::watch()?;
    let (dir_a, dir_b) = (tempfile::tempdir()?, tempfile::tempdir()?);
    let a = demo_provider(dir_a.path(), ADMIN).await?;
    let b = demo_provider(dir_b.path(), ADMIN).await?;
    let mut env = AppEnv::new()?;
    env.set("CLIENTAREA_PROVIDER", &a.url());

    let app = App::launch("account-notifications", &env).await?;
    story(&app, || async {
        app.sign_in_as_demo().await?;
        let first = current_account(&app).await?;
        app.click("[data-testid=account-current]").await?;
        app.click("[data-testid=account-add]").await?;
        app.type_into("[data-testid=provider-url]", &b.url()).await?;
        app.sign_in_as_demo().await?;
        let second = current_account(&app).await?;
        ensure!(first != second, "the second account is on screen");

        // The first account's provider publishes: announced although it is not on screen.
        close_notifications()?;
        publish_maintenance(&a.url(), ADMIN, TITLE).await?;
        bus.wait_for(&format!("Planned maintenance: {TITLE}")).await?;
        // Clicked: the app puts the first account on screen and shows the notice there.
        click_notification().await?;
        app.wait_attr("[data-testid=account-current]", "data-account", &first).await?;
        app.wait_texts("[data-testid=notice].focus [data-testid=notice-title]", "the clicked notice, in its account", |t| t == [TITLE])
            .await?;
        app.screenshot("opened-in-its-account").await?;
        Ok(())
    })
    .await?;
    app.quit().await?;
    a.stop().await?;
    b.stop().await
}

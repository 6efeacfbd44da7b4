//! The window comes back as it was left, per monitor setup, with the view the user left:
//! on a 1600×900 display the window is moved and sized and the Status view opened, then
//! closed as a window manager closes it (the app ends: no tray on its bus). On another
//! setup (a 1280×1024 display) it opens at its default size instead, and is sized there
//! too. Back on 1600×900 it is where it was left there, on the Status view.
//!
//! Each setup is an X server of the test's own: Xvfb's RandR cannot add a monitor or
//! change the screen's size, so the same app data meets two different displays.

use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail, ensure};
use clientarea_e2e::desktop::{PrivateBus, PrivateDisplay, app_processes, close_window_on};
use clientarea_e2e::{App, AppEnv, DEADLINE, story};

type Rect = (i64, i64, i64, i64);

/// Start the app on `display`, wait for its list, run `then` and close it as a window
/// manager would; the app must end by itself (that is when it writes its window state).
async fn session(env: &mut AppEnv, display: &PrivateDisplay, name: &str, then: impl AsyncFnOnce(&App) -> Result<()>) -> Result<()> {
    env.set("DISPLAY", &display.name);
    let app = App::launch(name, env).await?;
    let result = story(&app, || async {
        app.wait_texts("[data-testid=ticket-subject], [data-testid=status]", "the first screen", |t| !t.is_empty()).await?;
        then(&app).await
    })
    .await;
    let bin = clientarea_e2e::app_binary()?;
    let pids = app_processes(&bin, &env.data_dir);
    if let Err(e) = result {
        let _ = app.quit().await;
        return Err(e);
    }
    let pid = *pids.first().context("the app's process")?;
    // Closed as a window manager closes it. Now and then (1 in 5 here) the first close
    // message of a window driven over WebDriver is not taken: it is sent again, a
    // second apart, as a user clicks the close button again.
    let until = Instant::now() + DEADLINE;
    let mut next_close = Instant::now();
    while !app_processes(&bin, &env.data_dir).is_empty() {
        if Instant::now() > until {
            let _ = app.quit().await;
            bail!("the app did not end when its window was closed");
        }
        if Instant::now() >= next_close {
            // The window may be gone already, its process still ending.
            let _ = close_window_on(Some(&display.name), pid, "Client Area");
            next_close = Instant::now() + Duration::from_secs(1);
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    // The session ended with the app: only the driver is left to end.
    let _ = app.quit().await;
    Ok(())
}

async fn rect(app: &App) -> Result<Rect> {
    let (x, y, w, h) = app.client.get_window_rect().await?;
    Ok((x as i64, y as i64, w as i64, h as i64))
}

/// Place the window and wait until it is there (the X server answers asynchronously).
async fn place(app: &App, want: Rect) -> Result<()> {
    app.client.set_window_rect(want.0 as u32, want.1 as u32, want.2 as u32, want.3 as u32).await?;
    let until = Instant::now() + DEADLINE;
    loop {
        let now = rect(app).await?;
        if now == want {
            return Ok(());
        }
        ensure!(Instant::now() < until, "the window is at {now:?}, not {want:?}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn the_window_comes_back_where_it_was_left_on_each_monitor_setup() -> Result<()> {
    let bus = PrivateBus::start().await?;
    let mut env = AppEnv::new()?;
    env.set("CLIENTAREA_DEMO", "1");
    env.set("DBUS_SESSION_BUS_ADDRESS", &bus.address);
    let docked: Rect = (120, 70, 1000, 700);
    let alone: Rect = (40, 30, 900, 760);

    let wide = PrivateDisplay::start(1600, 900)?;
    session(&mut env, &wide, "layout-wide", async |app| {
        place(app, docked).await?;
        app.click("[data-testid=nav-status]").await?;
        app.find("[data-testid=status]").await?;
        Ok(())
    })
    .await?;
    drop(wide);

    let square = PrivateDisplay::start(1280, 1024)?;
    session(&mut env, &square, "layout-square", async |app| {
        let (_, _, w, h) = rect(app).await?;
        ensure!((w, h) == (1180, 800), "a new setup starts at the default size, not another setup's: {w}×{h}");
        place(app, alone).await?;
        Ok(())
    })
    .await?;
    drop(square);

    let wide = PrivateDisplay::start(1600, 900)?;
    session(&mut env, &wide, "layout-wide-again", async |app| {
        let now = rect(app).await?;
        ensure!(now == docked, "where it was left on this setup: {now:?}, not {docked:?}");
        app.find("[data-testid=status]").await.context("the view the user left")?;
        Ok(())
    })
    .await?;
    Ok(())
}

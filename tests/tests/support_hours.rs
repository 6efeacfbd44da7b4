//! The support hours in the status view, in Italian and German: each team on shift or not,
//! said in the UI's language, and the week drawn day by day.

use anyhow::{Result, ensure};
use clientarea_e2e::{App, AppEnv, story};

#[tokio::test]
async fn support_hours_in_italian_and_german() -> Result<()> {
    let l10n = clientarea_l10n::Localizer::new();
    let mut env = AppEnv::new()?;
    env.set("CLIENTAREA_DEMO", "1");
    let app = App::launch("support-hours", &env).await?;
    story(&app, || async {
        app.wait_texts("[data-testid=ticket-subject]", "the demo tickets", |t| t.len() >= 4).await?;
        app.click("[data-testid=nav-status]").await?;
        for (locale, open_prefix, closed_prefix) in
            [("it", "In servizio ora", "Fuori servizio"), ("de", "Jetzt im Dienst", "Nicht im Dienst")]
        {
            app.select("[data-testid=topbar-language]", locale).await?;
            let heading = l10n.format(locale, "support-hours-heading", None);
            app.wait_texts("[data-testid=support-hours] h2", &format!("the heading in {locale}"), |t| t == [heading.as_str()]).await?;
            // The first level is always on shift; the others say on or off, and until when.
            let l1 = app.text("[data-testid=support-team][data-team=support-engineers] [data-testid=support-team-state]").await?;
            ensure!(l1 == l10n.format(locale, "support-hours-open", None), "{locale}: level 1 {l1:?}");
            for team in ["billing", "sysadmins"] {
                let row = app.find(&format!("[data-testid=support-team][data-team={team}]")).await?;
                let open = row.attr("data-open").await?.unwrap_or_default() == "true";
                let said = app.text(&format!("[data-testid=support-team][data-team={team}] [data-testid=support-team-state]")).await?;
                let prefix = if open { open_prefix } else { closed_prefix };
                ensure!(said.starts_with(prefix) && said.contains('('), "{locale}: {team} open={open} says {said:?}");
            }
            ensure!(app.find_all("[data-testid=support-day]").await?.len() == 7, "{locale}: seven days in the strip");
            app.client.execute("document.querySelector('[data-testid=support-hours]').scrollIntoView()", vec![]).await?;
            app.screenshot(&format!("support-hours-{locale}")).await?;
        }
        Ok(())
    })
    .await?;
    app.quit().await
}

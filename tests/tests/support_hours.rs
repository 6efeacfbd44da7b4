//! The support hours in the status view and a ticket's promise panel, in Italian and
//! German: each team on shift or not, the promises met, missed or due, said in the UI's
//! language, and the week drawn day by day.

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

        // A ticket's promise panel, in both languages: the demo's acknowledged tickets
        // show the acknowledgment kept (or missed), and the team in charge.
        app.click("[data-testid=nav-tickets]").await?;
        app.click("[data-testid=ticket-row][data-subject=\"VAT number on invoices\"]").await?;
        for locale in ["it", "de"] {
            app.select("[data-testid=topbar-language]", locale).await?;
            let heading = l10n.format(locale, "promise-heading", None);
            app.wait_texts("[data-testid=promises] h2", &format!("the panel in {locale}"), |t| t == [heading.as_str()]).await?;
            let ack = app.find("[data-testid=promise-ack]").await?;
            let state = ack.attr("data-state").await?.unwrap_or_default();
            ensure!(state == "met" || state == "late", "{locale}: the demo ticket was acknowledged: {state}");
            let kept = l10n.format(locale, if state == "met" { "promise-met" } else { "promise-late" }, None);
            let said = ack.text().await?;
            let head = kept.split('{').next().unwrap_or_default().trim_end_matches(['\u{2068}', ' ']);
            ensure!(said.starts_with(head.split('\u{2068}').next().unwrap_or_default()), "{locale}: {said:?} against {kept:?}");
            app.find("[data-testid=promise-team]").await?;
            // The regular-updates promise with the provider's interval, and the typical
            // resolution time for the ticket's kind of issue, in the UI's language.
            let strip = |s: &str| s.replace(['\u{2068}', '\u{2069}'], "");
            let mut args = clientarea_l10n::FluentArgs::new();
            args.set("minutes", 60);
            let updates = l10n.format(locale, "promise-updates", Some(&args));
            let terms =
                app.wait_texts("[data-testid=promises] dt", "the updates promise", |t| t.iter().any(|x| strip(x) == updates)).await?;
            ensure!(terms.iter().any(|x| strip(x) == l10n.format(locale, "promise-resolution", None)), "{locale}: {terms:?}");
            let resolution = app.find("[data-testid=promise-resolution]").await?;
            let kind = match resolution.attr("data-kind").await?.unwrap_or_default().as_str() {
                "simple" => "promise-kind-simple",
                "standard" => "promise-kind-standard",
                "complex" => "promise-kind-complex",
                _ => "promise-kind-non-standard",
            };
            let said = strip(&resolution.text().await?);
            ensure!(said.starts_with(&l10n.format(locale, kind, None)), "{locale}: the kind of issue first: {said:?}");
            app.find("[data-testid=promise-updates]").await?;
            app.screenshot(&format!("promises-{locale}")).await?;
        }
        Ok(())
    })
    .await?;
    app.quit().await
}

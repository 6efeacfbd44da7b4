//! The first run speaks the desktop's language: started under `LANG=de_DE.UTF-8` the
//! window is German, under `es_ES.UTF-8` Spanish, with nothing chosen in Settings (which
//! says it follows the system).

use anyhow::{Result, ensure};
use clientarea_e2e::{App, AppEnv, story};

#[tokio::test]
async fn the_first_run_follows_the_desktop_language() -> Result<()> {
    let l10n = clientarea_l10n::Localizer::new();
    for (lang, locale) in [("de_DE.UTF-8", "de"), ("es_ES.UTF-8", "es")] {
        let mut env = AppEnv::new()?;
        env.set("CLIENTAREA_DEMO", "1");
        env.set("LANG", lang);
        env.set("LANGUAGE", &lang[..5]);
        let app = App::launch(&format!("os-language-{locale}"), &env).await?;
        story(&app, || async {
            let brand = l10n.format(locale, "app-window-title", None);
            app.wait_texts("[data-testid=brand]", &format!("the brand in {locale}"), |t| t == [brand.as_str()]).await?;
            let nav = l10n.format(locale, "app-nav-settings", None);
            ensure!(app.text("[data-testid=nav-settings]").await? == nav, "the nav in {locale}");
            app.click("[data-testid=nav-settings]").await?;
            let language = app.find("[data-testid=language]").await?;
            ensure!(language.prop("value").await?.as_deref() == Some(""), "{locale}: nothing chosen, the system's language");
            ensure!(language.attr("data-locale").await?.as_deref() == Some(locale), "{locale}: the UI's locale");
            Ok(())
        })
        .await?;
        app.quit().await?;
    }
    Ok(())
}

//! With text at 200 % (the page's base size doubled, as a desktop's large-text setting
//! does; every size in the app is relative to it), in each of the four languages, no text
//! is cut: no element hides text that overflows it (a line that ends in an ellipsis is
//! shortened on purpose, not cut), and no screen needs scrolling sideways.

use anyhow::{Result, bail};
use clientarea_e2e::{App, AppEnv, story};

/// What is cut on the screen as it is, one line each.
const CUT: &str = r#"
const cut = [];
const doc = document.scrollingElement;
if (doc.scrollWidth > doc.clientWidth + 1) cut.push(`the page scrolls sideways: ${doc.scrollWidth} > ${doc.clientWidth}`);
for (const el of document.querySelectorAll("body *")) {
  if (!el.offsetParent && getComputedStyle(el).position !== "fixed") continue;
  const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
  // Text for screen readers only is hidden on purpose.
  if (!own || el.closest(".sr-only")) continue;
  const style = getComputedStyle(el);
  const hides = ["hidden", "clip"].includes(style.overflowX);
  const ellipsis = style.textOverflow === "ellipsis";
  if (hides && !ellipsis && el.scrollWidth > el.clientWidth + 1)
    cut.push(`${el.tagName.toLowerCase()}${el.dataset.testid ? "[" + el.dataset.testid + "]" : ""} "${el.textContent.trim().slice(0, 40)}" ${el.scrollWidth} > ${el.clientWidth}`);
}
return cut;
"#;

#[tokio::test]
async fn no_text_is_cut_at_200_percent_text_in_any_language() -> Result<()> {
    let mut env = AppEnv::new()?;
    env.set("CLIENTAREA_DEMO", "1");
    let app = App::launch("zoom", &env).await?;
    let found = story(&app, || async {
        app.wait_texts("[data-testid=ticket-subject]", "the demo tickets", |t| t.len() >= 4).await?;
        app.client.execute("document.documentElement.style.fontSize = '200%'", vec![]).await?;
        let mut found = Vec::new();
        let screens: [(&str, &[&str], &str); 7] = [
            ("tickets", &["[data-testid=nav-tickets]"], "[data-testid=ticket-row]"),
            ("ticket", &["[data-testid=ticket-row]"], "[data-testid=promises]"),
            ("new-ticket", &["[data-testid=nav-new-ticket]"], "[data-testid=new-ticket]"),
            ("status", &["[data-testid=nav-status]"], "[data-testid=notice]"),
            ("invoices", &["[data-testid=nav-invoices]", "[data-testid=invoice-open]"], "[data-testid=invoice-detail]"),
            ("response-times", &["[data-testid=nav-evidence]"], "[data-testid=evidence-summary]"),
            ("settings", &["[data-testid=nav-settings]"], "[data-testid=background-settings]"),
        ];
        for locale in ["en-US", "it", "de", "es"] {
            app.select("[data-testid=topbar-language]", locale).await?;
            for (screen, clicks, ready) in screens {
                // Reached through the DOM, not the pointer: at 200 % the chat's button may lie
                // over a control (it floats above the page by design), and this story is
                // about what is drawn, not where the pointer lands.
                for css in clicks {
                    app.find(css).await?;
                    app.client.execute("document.querySelector(arguments[0]).click()", vec![serde_json::json!(css)]).await?;
                }
                app.find(ready).await?;
                let cut = app.client.execute(CUT, vec![]).await?;
                for c in cut.as_array().into_iter().flatten() {
                    found.push(format!("{locale} {screen}: {}", c.as_str().unwrap_or_default()));
                }
            }
            app.screenshot(&format!("zoom-{locale}")).await?;
        }
        Ok(found)
    })
    .await?;
    app.quit().await?;
    if !found.is_empty() {
        bail!("{} places cut with text at 200 %:\n{}", found.len(), found.join("\n"));
    }
    Ok(())
}

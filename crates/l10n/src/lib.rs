//! clientarea-l10n: the app's four locales on the Rust side. The `.ftl` files under
//! `locales/` are the single source of every user-visible string: the UI loads them in
//! the window, this crate embeds the same files for what Rust shows (the window title,
//! native notifications, exports).
//!
//! Words: a *locale* is one of [`LOCALES`]; *negotiation* picks the best of them for
//! what the OS or the user asks (`de-AT` gets `de`, `pt-BR` gets the default `en-US`).
//! Money and percentages are written as each locale writes them ([`money`],
//! [`percent_bp`]).

use std::collections::HashMap;

pub use fluent_bundle::FluentArgs;
use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;
use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use unic_langid::LanguageIdentifier;

mod number;
pub use number::{money, percent_bp};

mod generated {
    include!(concat!(env!("OUT_DIR"), "/resources.rs"));
}

/// The locales the app ships, the default first.
pub const LOCALES: [&str; 4] = ["en-US", "it", "de", "es"];
pub const DEFAULT_LOCALE: &str = "en-US";

/// Every embedded `(locale, file name, source)`.
pub fn resources() -> &'static [(&'static str, &'static str, &'static str)] {
    generated::RESOURCES
}

/// The best shipped locale for the requested ones, in order of preference.
pub fn negotiate<S: AsRef<str>>(requested: &[S]) -> &'static str {
    let requested: Vec<LanguageIdentifier> = requested.iter().filter_map(|r| parse_tag(r.as_ref())).collect();
    let available: Vec<LanguageIdentifier> = LOCALES.iter().filter_map(|l| l.parse().ok()).collect();
    let default: LanguageIdentifier = DEFAULT_LOCALE.parse().unwrap_or_default();
    let chosen = negotiate_languages(&requested, &available, Some(&default), NegotiationStrategy::Lookup);
    let tag = chosen.first().map(|l| l.to_string()).unwrap_or_default();
    LOCALES.into_iter().find(|l| *l == tag).unwrap_or(DEFAULT_LOCALE)
}

/// POSIX locales look like `de_AT.UTF-8@euro`; BCP 47 wants `de-AT`.
fn parse_tag(raw: &str) -> Option<LanguageIdentifier> {
    let tag = raw.split(['.', '@']).next()?.replace('_', "-");
    if tag.is_empty() || tag == "C" || tag == "POSIX" {
        return None;
    }
    tag.parse().ok()
}

/// The locale the operating system asks for, negotiated.
pub fn os_locale() -> &'static str {
    let mut requested: Vec<String> = sys_locale::get_locales().collect();
    // LANGUAGE and LC_ALL/LANG are what a Linux user sets; sys-locale reads them too, but
    // keep an explicit order for desktops that set only LANG.
    for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        if let Ok(v) = std::env::var(var) {
            requested.push(v);
        }
    }
    negotiate(&requested)
}

/// Formats messages in any shipped locale.
pub struct Localizer {
    bundles: HashMap<&'static str, FluentBundle<FluentResource>>,
}

impl Default for Localizer {
    fn default() -> Self {
        Self::new()
    }
}

impl Localizer {
    pub fn new() -> Self {
        let mut bundles = HashMap::new();
        for locale in LOCALES {
            let lang: LanguageIdentifier = locale.parse().unwrap_or_default();
            let mut bundle = FluentBundle::new_concurrent(vec![lang]);
            // Window titles and notification text are plain strings: no bidi isolation marks.
            bundle.set_use_isolating(false);
            for (_, _, source) in resources().iter().filter(|(l, _, _)| *l == locale) {
                match FluentResource::try_new((*source).to_owned()) {
                    Ok(res) => {
                        let _ = bundle.add_resource(res);
                    }
                    Err((res, _errors)) => {
                        let _ = bundle.add_resource(res);
                    }
                }
            }
            bundles.insert(locale, bundle);
        }
        Self { bundles }
    }

    /// The message `id` in `locale`, falling back to English, then to the id itself so a
    /// missing string is visible rather than blank.
    ///
    /// `id` is `&'static str` on purpose: an id written in the source (a literal, or a
    /// `match` that names each one), never one built at run time with `format!`, which
    /// would hide it from search and from the locale checks. The compiler enforces it.
    pub fn format(&self, locale: &str, id: &'static str, args: Option<&FluentArgs<'_>>) -> String {
        for l in [locale, DEFAULT_LOCALE] {
            let Some(bundle) = self.bundles.get(l) else { continue };
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else { continue };
            let mut errors = Vec::new();
            return bundle.format_pattern(pattern, args, &mut errors).into_owned();
        }
        id.to_owned()
    }
}

#[cfg(test)]
mod tests;

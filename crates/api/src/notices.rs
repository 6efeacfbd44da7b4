//! Notices the provider publishes: planned maintenance, outages, service changes and
//! abuse reports. Each has a stable id and names the services it touches; the client
//! raises one desktop notification per notice.
//!
//! A notice is written in the provider's *default language* (`title`, `body`,
//! `default_lang`) and may carry *translations*, one per language, each a whole title and
//! body. Languages are BCP 47 tags (`en`, `it`, `de-CH`); the client shows the
//! translation for its user's language and otherwise the default text, saying so.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::problem::FieldError;

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash, utoipa::ToSchema, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum NoticeKind {
    /// Planned work in a window (`starts_at`..`ends_at`).
    Maintenance,
    /// Something broke (`starts_at`), until `resolved_at`.
    Outage,
    /// A change to how a service works, from `starts_at`.
    ServiceChange,
    /// A complaint about the customer's service, answered by `respond_by`.
    Abuse,
}

impl NoticeKind {
    pub const ALL: [NoticeKind; 4] = [NoticeKind::Maintenance, NoticeKind::Outage, NoticeKind::ServiceChange, NoticeKind::Abuse];

    pub fn as_str(self) -> &'static str {
        match self {
            NoticeKind::Maintenance => "maintenance",
            NoticeKind::Outage => "outage",
            NoticeKind::ServiceChange => "service_change",
            NoticeKind::Abuse => "abuse",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// A notice's title and body in one language.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema, ts_rs::TS)]
pub struct NoticeText {
    /// A BCP 47 language tag (`it`, `de`, `es`, `pt-BR`), matched case-insensitively.
    pub lang: String,
    /// Untrusted plain text, like the default title and body.
    pub title: String,
    pub body: String,
}

/// The language a notice is written in when the provider does not say.
pub const DEFAULT_NOTICE_LANG: &str = "en";

fn default_lang() -> String {
    DEFAULT_NOTICE_LANG.to_owned()
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema, ts_rs::TS)]
pub struct Notice {
    pub id: String,
    pub kind: NoticeKind,
    /// The provider's text in its default language (`default_lang`), untrusted plain
    /// text. Shown when there is no translation for the customer's language.
    pub title: String,
    pub body: String,
    /// The language of `title` and `body` (BCP 47); `en` when the provider says nothing.
    #[serde(default = "default_lang")]
    #[schema(default = "en", example = "en")]
    pub default_lang: String,
    /// The same notice in other languages, at most one per language; absent when the
    /// provider wrote it in one language only.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub translations: Vec<NoticeText>,
    pub service_ids: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starts_at: Option<DateTime<Utc>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ends_at: Option<DateTime<Utc>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resolved_at: Option<DateTime<Utc>>,
    /// Abuse reports: the customer must answer by then.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub respond_by: Option<DateTime<Utc>>,
    pub published_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// `POST /v1/admin/notices`: publish a notice (admin API).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema, ts_rs::TS)]
pub struct NewNotice {
    pub kind: NoticeKind,
    /// In the default language (`default_lang`); not blank.
    pub title: String,
    pub body: String,
    /// A well-formed BCP 47 tag; `en` when not given.
    #[serde(default = "default_lang")]
    #[schema(default = "en", example = "en")]
    pub default_lang: String,
    /// Other languages: each a well-formed tag (not `default_lang`, at most one entry per
    /// tag) with a title that is not blank.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub translations: Vec<NoticeText>,
    /// The customer it is for; `None` publishes to every customer.
    #[serde(default)]
    pub customer_email: Option<String>,
    #[serde(default)]
    pub service_ids: Vec<String>,
    #[serde(default)]
    pub starts_at: Option<DateTime<Utc>>,
    #[serde(default)]
    pub ends_at: Option<DateTime<Utc>>,
    #[serde(default)]
    pub respond_by: Option<DateTime<Utc>>,
}

/// The provider's rules for a new notice, shared so that a client of the admin API can
/// check before sending: a title in every language, well-formed language tags (see
/// [`is_language_tag`]), at most one text per language, a window that does not end before
/// it begins, and a deadline on an abuse report. Field reasons: `required`, `invalid`,
/// `duplicate`.
pub fn check_new_notice(n: &NewNotice) -> Vec<FieldError> {
    let mut errors = Vec::new();
    if n.title.trim().is_empty() {
        errors.push(field("title", "required"));
    }
    if !is_language_tag(&n.default_lang) {
        errors.push(field("default_lang", "invalid"));
    }
    let mut langs = vec![n.default_lang.to_ascii_lowercase()];
    for (i, t) in n.translations.iter().enumerate() {
        let lang = t.lang.to_ascii_lowercase();
        if !is_language_tag(&t.lang) {
            errors.push(field(&format!("translations[{i}].lang"), "invalid"));
        } else if langs.contains(&lang) {
            errors.push(field(&format!("translations[{i}].lang"), "duplicate"));
        }
        langs.push(lang);
        if t.title.trim().is_empty() {
            errors.push(field(&format!("translations[{i}].title"), "required"));
        }
    }
    if let (Some(a), Some(b)) = (n.starts_at, n.ends_at)
        && b < a
    {
        errors.push(field("ends_at", "invalid"));
    }
    if n.kind == NoticeKind::Abuse && n.respond_by.is_none() {
        errors.push(field("respond_by", "required"));
    }
    errors
}

/// Whether `tag` is a well-formed BCP 47 language tag in the shape notices use: a primary
/// language of 2 to 8 letters, then subtags of 1 to 8 letters or digits separated by
/// hyphens (script, region, variants), where a one-character subtag (an extension or
/// private use, `-u-`, `-x-`) is followed by at least one more. At most 64 characters.
/// Well-formed, not registered: `zz` passes, `english` does too (5-8 letters are
/// reserved by RFC 5646, not malformed), `en_US` and `e` do not.
pub fn is_language_tag(tag: &str) -> bool {
    if tag.len() > 64 {
        return false;
    }
    let mut subtags = tag.split('-');
    let Some(primary) = subtags.next() else { return false };
    if !(2..=8).contains(&primary.len()) || !primary.bytes().all(|b| b.is_ascii_alphabetic()) {
        return false;
    }
    // Once a one-character subtag opens an extension, it needs one more subtag; after
    // `x` (private use) anything of 1 to 8 letters or digits follows.
    let (mut open_singleton, mut private) = (false, false);
    for s in subtags {
        if !(1..=8).contains(&s.len()) || !s.bytes().all(|b| b.is_ascii_alphanumeric()) {
            return false;
        }
        if private || s.len() > 1 {
            open_singleton = false;
        } else if open_singleton {
            return false;
        } else {
            open_singleton = true;
            private = s.eq_ignore_ascii_case("x");
        }
    }
    !open_singleton
}

fn field(field: &str, reason: &str) -> FieldError {
    FieldError { field: field.to_owned(), reason: reason.to_owned() }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn new_notice(translations: serde_json::Value) -> NewNotice {
        serde_json::from_value(serde_json::json!({"kind": "outage", "title": "Network outage", "body": "b", "translations": translations}))
            .unwrap()
    }

    #[test]
    fn a_notice_in_one_language_reads_as_before_and_translations_travel_when_given() {
        // A provider that knows nothing of translations: default language English.
        let old: Notice = serde_json::from_value(serde_json::json!({
            "id": "n1", "kind": "outage", "title": "t", "body": "b", "service_ids": [],
            "published_at": "2026-11-23T12:00:00Z", "updated_at": "2026-11-23T12:00:00Z"
        }))
        .unwrap();
        assert_eq!((old.default_lang.as_str(), old.translations.len()), ("en", 0));
        let v = serde_json::to_value(&old).unwrap();
        assert!(v.get("translations").is_none(), "no translations, no field: {v}");
        let mut it = old;
        it.translations = vec![NoticeText { lang: "it".into(), title: "Guasto".into(), body: "c".into() }];
        let v = serde_json::to_value(&it).unwrap();
        assert_eq!(v["translations"][0]["lang"], "it");
        assert_eq!(serde_json::from_value::<Notice>(v).unwrap(), it);
    }

    #[test]
    fn language_tags_must_be_well_formed() {
        for good in ["en", "it", "de-CH", "es-419", "zh-Hant-TW", "sl-rozaj", "en-US-u-ca-gregory", "de-x-formal", "en-x-a", "EN"] {
            assert!(is_language_tag(good), "{good}");
        }
        for bad in ["", "e", "en_US", "en-", "-en", "en--US", "1a", "en-toolongsubtag", "en-u", "en-u-x-a", "it-x", "de CH", "ìt"] {
            assert!(!is_language_tag(bad), "{bad:?}");
        }
        assert!(!is_language_tag(&format!("en{}", "-abcdefgh".repeat(8))), "longer than 64");
    }

    #[test]
    fn each_translation_has_a_good_tag_a_title_and_a_language_of_its_own() {
        let ok = new_notice(serde_json::json!([
            {"lang": "it", "title": "Guasto di rete", "body": ""},
            {"lang": "de", "title": "Netzwerkausfall", "body": "b"},
            {"lang": "en-GB", "title": "Network outage", "body": "b"}
        ]));
        assert_eq!(check_new_notice(&ok), []);
        let bad = new_notice(serde_json::json!([
            {"lang": "it_IT", "title": "Guasto", "body": ""},
            {"lang": "IT", "title": " ", "body": ""},
            {"lang": "it", "title": "Guasto", "body": ""},
            {"lang": "EN", "title": "Outage", "body": ""}
        ]));
        let got: Vec<_> = check_new_notice(&bad).into_iter().map(|e| (e.field, e.reason)).collect();
        let want = [
            ("translations[0].lang", "invalid"),
            ("translations[1].title", "required"),
            ("translations[2].lang", "duplicate"),
            ("translations[3].lang", "duplicate"),
        ];
        assert_eq!(got, want.map(|(f, r)| (f.to_owned(), r.to_owned())), "the second and third are both Italian; EN is the default");
        let mut no_default = new_notice(serde_json::json!([]));
        no_default.default_lang = "english language".into();
        no_default.title = "\n".into();
        let got: Vec<_> = check_new_notice(&no_default).into_iter().map(|e| e.field).collect();
        assert_eq!(got, ["title", "default_lang"]);
    }
}

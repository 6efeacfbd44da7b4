//! The customer's account: profile, country (it decides the VAT on invoices), the
//! registered e-mail address, and one notification address per kind, as the provider's
//! "Send emails" section has them.

use serde::{Deserialize, Serialize};

use crate::problem::FieldError;

/// `GET /v1/account`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema, ts_rs::TS)]
pub struct Account {
    pub id: String,
    pub name: String,
    /// The registered address: account matters by e-mail must come from it.
    pub email: String,
    /// ISO 3166-1 alpha-2, upper case (`IT`, `DE`).
    pub country: String,
    pub notification_emails: NotificationEmails,
    /// A business customer's EU VAT number (`IT01234567890`), empty for a private one.
    /// With a valid number of another EU country than the provider's, invoices are
    /// billed under reverse charge.
    #[serde(default)]
    pub vat_number: String,
}

/// Where each kind of e-mail goes. An empty value means the registered address.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema, ts_rs::TS)]
pub struct NotificationEmails {
    /// Billing documents and order confirmations.
    pub invoices: String,
    /// Support ticket updates and responses.
    pub support: String,
    /// Abuse reports and security notifications.
    pub abuse: String,
}

/// `PATCH /v1/account`: change what is given, keep the rest.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema, ts_rs::TS)]
pub struct AccountUpdate {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notification_emails: Option<NotificationEmails>,
    /// Empty removes it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vat_number: Option<String>,
}

/// A plausible e-mail address: one `@`, a dotted domain, no spaces, at most 254
/// characters. (Deliverability is the mail server's business, not a form's.)
pub fn is_email(s: &str) -> bool {
    let s = s.trim();
    if s.len() > 254 || s.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return false;
    }
    let Some((local, domain)) = s.split_once('@') else { return false };
    !local.is_empty()
        && local.len() <= 64
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains("..")
}

pub fn is_country_code(s: &str) -> bool {
    s.len() == 2 && s.bytes().all(|b| b.is_ascii_uppercase())
}

/// The provider's rules for an account update, as `(field, reason)` pairs. A VAT number
/// must have the format of the billing country's (the update's country, or
/// `current_country` when it keeps it).
pub fn check_account_update(u: &AccountUpdate, current_country: &str) -> Vec<FieldError> {
    let mut errors = Vec::new();
    if let Some(c) = &u.country
        && !is_country_code(c)
    {
        errors.push(FieldError { field: "country".into(), reason: "invalid".into() });
    }
    if let Some(n) = &u.notification_emails {
        for (field, value) in [
            ("notification_emails.invoices", &n.invoices),
            ("notification_emails.support", &n.support),
            ("notification_emails.abuse", &n.abuse),
        ] {
            if !value.trim().is_empty() && !is_email(value) {
                errors.push(FieldError { field: field.into(), reason: "invalid".into() });
            }
        }
    }
    if let Some(n) = &u.vat_number
        && !n.trim().is_empty()
        && let Err(e) = crate::billing::check_vat_number(n, u.country.as_deref().unwrap_or(current_country))
    {
        errors.push(FieldError { field: "vat_number".into(), reason: e.reason().into() });
    }
    errors
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_checked_for_shape_not_deliverability() {
        for ok in ["a@example.com", "billing+it@sub.example.co.uk", "  x@y.io "] {
            assert!(is_email(ok), "{ok}");
        }
        for bad in ["", "a", "a@b", "a@@b.com", "a b@c.com", "@c.com", "a@.com", "a@c.com.", "a@c..com"] {
            assert!(!is_email(bad), "{bad}");
        }
    }

    #[test]
    fn an_update_names_each_bad_field_and_allows_blanks() {
        let u = AccountUpdate {
            country: Some("it".into()),
            notification_emails: Some(NotificationEmails {
                invoices: "".into(),
                support: "nope".into(),
                abuse: "abuse@example.com".into(),
            }),
            vat_number: Some("IT0123".into()),
        };
        let fields: Vec<_> = check_account_update(&u, "IT").into_iter().map(|e| e.field).collect();
        assert_eq!(fields, ["country", "notification_emails.support", "vat_number"]);
        let vat = |n: &str, country: Option<&str>| {
            let u = AccountUpdate { vat_number: Some(n.into()), country: country.map(Into::into), ..AccountUpdate::default() };
            check_account_update(&u, "IT").into_iter().map(|e| e.reason).collect::<Vec<_>>()
        };
        assert!(vat("IT01234567890", None).is_empty());
        assert!(vat("", None).is_empty(), "empty removes it");
        assert_eq!(vat("DE123456789", None), ["country-mismatch"]);
        assert!(vat("DE123456789", Some("DE")).is_empty(), "checked against the new country");
    }
}

//! Notices the provider publishes: planned maintenance, outages, service changes and
//! abuse reports. Each has a stable id and names the services it touches; the client
//! raises one desktop notification per notice.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

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

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema, ts_rs::TS)]
pub struct Notice {
    pub id: String,
    pub kind: NoticeKind,
    /// The provider's text, untrusted plain text.
    pub title: String,
    pub body: String,
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
    pub title: String,
    pub body: String,
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

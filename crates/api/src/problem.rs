//! Errors as RFC 9457 `application/problem+json`. `type` is a stable URI the client
//! matches on; `title` and `detail` are English text for logs and "details" views only.

use serde::{Deserialize, Serialize};

pub const PROBLEM_CONTENT_TYPE: &str = "application/problem+json";

/// The problem types this contract defines. The client acts on these, never on text.
pub mod types {
    pub const INVALID_CREDENTIALS: &str = "urn:clientarea:problem:invalid-credentials";
    pub const UNAUTHORIZED: &str = "urn:clientarea:problem:unauthorized";
    pub const VALIDATION: &str = "urn:clientarea:problem:validation";
    pub const NOT_FOUND: &str = "urn:clientarea:problem:not-found";
    pub const IDEMPOTENCY_MISMATCH: &str = "urn:clientarea:problem:idempotency-key-reused";
    pub const IDEMPOTENCY_IN_FLIGHT: &str = "urn:clientarea:problem:idempotency-key-in-flight";
    pub const BAD_REQUEST: &str = "urn:clientarea:problem:bad-request";
    pub const PAYLOAD_TOO_LARGE: &str = "urn:clientarea:problem:payload-too-large";
    pub const INTERNAL: &str = "urn:clientarea:problem:internal";
    pub const UNAVAILABLE: &str = "urn:clientarea:problem:unavailable";
    pub const RATE_LIMITED: &str = "urn:clientarea:problem:rate-limited";
    pub const CONFLICT: &str = "urn:clientarea:problem:conflict";
    pub const UNSUPPORTED_TYPE: &str = "urn:clientarea:problem:unsupported-type";
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema, ts_rs::TS)]
pub struct Problem {
    #[serde(rename = "type")]
    pub kind: String,
    pub title: String,
    pub status: u16,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// For validation problems: which fields are wrong and why.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldError>,
}

/// One wrong field. `reason` is a stable code (`required`, `too-long`, `invalid`).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema, ts_rs::TS)]
pub struct FieldError {
    pub field: String,
    pub reason: String,
}

impl Problem {
    pub fn new(kind: &str, status: u16, title: impl Into<String>) -> Self {
        Self { kind: kind.to_owned(), title: title.into(), status, detail: None, errors: Vec::new() }
    }

    pub fn with_detail(mut self, detail: impl Into<String>) -> Self {
        self.detail = Some(detail.into());
        self
    }

    pub fn validation(errors: Vec<FieldError>) -> Self {
        Self { errors, ..Self::new(types::VALIDATION, 422, "The request has invalid fields") }
    }
}

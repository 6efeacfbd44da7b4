//! The reference provider's administrative API, off unless the server starts with an
//! admin token: tests and demos use it to move the clock, post staff replies, escalate,
//! publish notices and inject faults. A real provider does not implement it.

use serde::{Deserialize, Serialize};

/// `POST /v1/admin/clock`: set the server's clock to `set_to`, then move it forward by
/// `advance_seconds`. The scripted desk acts on what became due before the answer.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema, ts_rs::TS)]
pub struct ClockMove {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub set_to: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(default)]
    pub advance_seconds: i64,
}

/// `POST /v1/admin/tickets/{id}/staff-reply`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema, ts_rs::TS)]
pub struct StaffReply {
    pub author_name: String,
    pub body: String,
    /// The staff says the problem is solved: the ticket becomes `resolved`.
    #[serde(default)]
    pub resolve: bool,
}

/// `POST /v1/admin/tickets/{id}/escalate`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema, ts_rs::TS)]
pub struct Escalation {
    pub level: u8,
    pub team: String,
    pub reason: String,
}

/// `POST /v1/admin/tickets/{id}/rewrite`: the provider changes its own record of a
/// ticket's clocks after the fact (what a customer's ledger exists to notice). Each time
/// given replaces the provider's; absent ones stay.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema, ts_rs::TS)]
pub struct HistoryRewrite {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acknowledged_at: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_response_at: Option<chrono::DateTime<chrono::Utc>>,
}

/// `PUT /v1/admin/faults`: what share of requests (0.0 to 1.0) meets each fault. Admin
/// routes are never faulted.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, utoipa::ToSchema, ts_rs::TS)]
pub struct Faults {
    /// The connection is dropped before the request is handled: nothing happened.
    #[serde(default)]
    pub drop_before: f64,
    /// The request is handled and committed, then the connection is dropped: the client
    /// never sees the answer.
    #[serde(default)]
    pub drop_after: f64,
    /// A 503 problem instead of the answer; nothing happened.
    #[serde(default)]
    pub error_5xx: f64,
    /// The answer comes `delay_ms` late.
    #[serde(default)]
    pub delay: f64,
    #[serde(default)]
    pub delay_ms: u64,
    /// Seed of the dice, for a reproducible run.
    #[serde(default)]
    pub seed: u64,
}

impl Faults {
    pub fn validate(&self) -> Result<(), &'static str> {
        for rate in [self.drop_before, self.drop_after, self.error_5xx, self.delay] {
            if !(0.0..=1.0).contains(&rate) {
                return Err("every rate is between 0 and 1");
            }
        }
        if self.delay_ms > 60_000 {
            return Err("delay_ms is at most 60000");
        }
        Ok(())
    }
}

/// `POST /v1/admin/invoices`: the provider bills a customer (by the account's e-mail)
/// today, with the VAT the rules give for its country and VAT number then.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema, ts_rs::TS)]
pub struct IssueInvoice {
    pub customer_email: String,
    pub lines: Vec<crate::InvoiceLine>,
    /// Days from issue to due date.
    #[serde(default = "default_due_days")]
    pub due_in_days: u32,
}

fn default_due_days() -> u32 {
    14
}

/// `POST /v1/admin/invoices/{id}/status`: paid, or back to unpaid/overdue.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema, ts_rs::TS)]
pub struct InvoiceStatusChange {
    pub status: crate::InvoiceStatus,
}

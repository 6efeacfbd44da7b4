//! The contract as an OpenAPI 3.1 document. Schemas come from the wire types themselves
//! (`utoipa::ToSchema`), so the two cannot drift; the operations are declared here, one
//! item per route, and the reference provider serves the document at
//! `/v1/openapi.json`. `crates/api/openapi.json` keeps a copy in the repository; a test
//! fails when it differs from what this module generates (regenerate it with
//! `UPDATE_OPENAPI=1 cargo test -p clientarea-api`), and the provider's contract test
//! fails when a documented operation is not served.
//!
//! Every status an operation can answer is documented. The problems that follow from an
//! operation's shape (a token, a body, a path id, parameters, the middleware every
//! request passes) are shared responses in `components.responses`, added to each
//! operation by `ProblemResponses`; an operation names the rest itself (a 422 with its
//! fields, a 409 for its conflict), in its own words.
#![allow(dead_code)]

use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

use crate::account::{Account, AccountUpdate, NotificationEmails};
use crate::admin::{ClockMove, Escalation, Faults, HistoryRewrite, InvoiceStatusChange, IssueInvoice, StaffReply};
use crate::billing::{Invoice, InvoiceLine, InvoiceList, InvoiceStatus, VatRate, VatRateList, VatRule};
use crate::chat::{Chat, ChatDetail, ChatMessage, ChatStatus, ChatToTicket, NewChatMessage};
use crate::notices::{NewNotice, Notice, NoticeKind, NoticeText};
use crate::problem::{FieldError, Problem};
use crate::support::{EmailChannel, Holiday, IssueKind, ResolutionTime, SupportStructure, Team, WorkingHours};
use crate::sync::{Cursor, SyncPage, SyncTotals};
use crate::tickets::*;
use crate::uploads::Attachment;
use crate::{Customer, SignInRequest, SignInResponse};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Client Area provider API",
        version = "1.0.0",
        description = "What a hosting provider implements so that the Client Area desktop app can run its \
customers' support desk: tickets, notices, sync and push. Errors are application/problem+json (RFC 9457). \
A bearer token comes from signing in, expires when left unused (30 days on the reference provider; each \
use renews it) and is revoked by signing out; a dead token answers 401. \
Every create accepts an Idempotency-Key: a retry with the same key returns the first result; the same key \
with another body is refused (422). Routes under /v1/admin exist only on the reference provider started \
with an admin token."
    ),
    paths(
        sign_in, sign_out, get_account, update_account, list_departments, list_services, get_support, list_tickets,
        create_ticket, get_ticket, create_reply, close_ticket, reopen_ticket, answer_resolution, create_upload,
        get_upload, start_chat, get_chat, create_chat_message, chat_to_ticket, list_invoices, list_vat_rates, sync, events, openapi_document, admin_clock, admin_staff_reply, admin_escalate, admin_rewrite,
        admin_publish_notice, admin_resolve_notice, admin_faults, admin_issue_invoice, admin_invoice_status
    ),
    components(schemas(
        Problem, FieldError, SignInRequest, SignInResponse, Customer, Account, AccountUpdate, NotificationEmails,
        Department, DepartmentId, DepartmentList, Service, ServiceList, SupportStructure, Team, WorkingHours, Holiday, IssueKind, ResolutionTime, EmailChannel,
        Ticket, TicketList, TicketDetail, TicketMessage, TicketEvent, EventKind, TicketStatus, Priority, Author,
        Incident, NewTicket, NewReply, Resolution, Attachment, Notice, NoticeKind, NoticeText, NewNotice, SyncPage, SyncTotals, Cursor,
        ClockMove, StaffReply, Escalation, HistoryRewrite, Faults, Invoice, InvoiceLine, InvoiceList, InvoiceStatus, VatRate,
        VatRateList, VatRule, IssueInvoice, InvoiceStatusChange, Chat, ChatStatus, ChatMessage, ChatDetail, NewChatMessage, ChatToTicket
    )),
    modifiers(&Bearer, &ProblemResponses, &UploadTypes),
    security(("bearer" = [])),
    tags(
        (name = "account", description = "Sign-in and the customer's account"),
        (name = "tickets", description = "Support tickets, their conversation and attachments"),
        (name = "chat", description = "Live chat, and turning a chat into a ticket"),
        (name = "billing", description = "Invoices and the VAT rates they use"),
        (name = "sync", description = "Delta pull and push stream"),
        (name = "admin", description = "Reference provider only: tests and demos")
    )
)]
pub struct ApiDoc;

struct Bearer;

impl Modify for Bearer {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme("bearer", SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()));
    }
}

/// The shared problem answers: the component's name, its status, and what it means.
const PROBLEMS: &[(&str, u16, &str)] = &[
    ("BadRequest", 400, "The request is malformed: a body that is not this operation's JSON, or a bad parameter or header"),
    ("Unauthorized", 401, "No valid bearer token: missing, unknown, revoked by signing out, or expired unused. Sign in again"),
    ("NotFound", 404, "No such resource for this customer"),
    ("IdempotencyInFlight", 409, "A request with this Idempotency-Key is being handled now: retry shortly"),
    ("PayloadTooLarge", 413, "The request body is larger than this operation accepts"),
    ("IdempotencyKeyReused", 422, "This Idempotency-Key was used before with another body"),
    (
        "TooManyRequests",
        429,
        "Over the rate limit (or, at sign-in, an e-mail address locked out after failed attempts): retry after Retry-After seconds",
    ),
    ("Internal", 500, "The provider could not complete the request"),
    ("Unavailable", 503, "The provider cannot answer for a moment: retry"),
];

/// Adds the shared problem answers to `components.responses` and refers to them from
/// every operation that can answer them, unless the operation describes that status
/// itself:
/// - every operation: 429 (rate limits) and 500; 503 except on admin routes (faults are
///   injected everywhere else);
/// - with the bearer token: 401; admin routes: 401 and 404 (absent unless enabled);
/// - an `{id}` in the path: 404;
/// - a request body: 400 and 413; parameters (query, header): 400;
/// - an `Idempotency-Key`: 409 (in flight) and 422 (reused).
struct ProblemResponses;

impl Modify for ProblemResponses {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::header::HeaderBuilder;
        use utoipa::openapi::schema::{ObjectBuilder, Type};
        use utoipa::openapi::{ContentBuilder, Ref, RefOr, ResponseBuilder};

        let components = openapi.components.get_or_insert_with(Default::default);
        for (name, status, description) in PROBLEMS {
            let content = ContentBuilder::new().schema(Some(Ref::from_schema_name("Problem"))).build();
            let mut response = ResponseBuilder::new().description(*description).content(crate::problem::PROBLEM_CONTENT_TYPE, content);
            if *status == 429 {
                let seconds = ObjectBuilder::new().schema_type(Type::Integer).minimum(Some(1)).build();
                response =
                    response.header("Retry-After", HeaderBuilder::new().schema(seconds).description(Some("Seconds to wait")).build());
            }
            components.responses.insert((*name).to_owned(), RefOr::T(response.build()));
        }
        for (path, item) in openapi.paths.paths.iter_mut() {
            let admin = path.starts_with("/v1/admin/");
            for op in [&mut item.get, &mut item.put, &mut item.post, &mut item.delete, &mut item.patch].into_iter().flatten() {
                let public = op
                    .security
                    .as_ref()
                    .is_some_and(|s| s.iter().all(|r| serde_json::to_value(r).is_ok_and(|v| v == serde_json::json!({}))));
                let params = op.parameters.as_deref().unwrap_or_default();
                let idempotent = params.iter().any(|p| p.name == crate::IDEMPOTENCY_KEY_HEADER);
                let mut statuses = vec![429, 500];
                statuses.extend((!admin).then_some(503));
                statuses.extend((!public).then_some(401));
                statuses.extend((admin || path.contains('{')).then_some(404));
                statuses.extend(
                    (op.request_body.is_some() || params.iter().any(|p| !path.contains(&format!("{{{}}}", p.name)))).then_some(400),
                );
                statuses.extend(op.request_body.is_some().then_some(413));
                if idempotent {
                    statuses.extend([409, 422]);
                }
                for status in statuses {
                    let Some((name, _, _)) = PROBLEMS.iter().find(|(_, s, _)| *s == status) else { continue };
                    op.responses.responses.entry(status.to_string()).or_insert_with(|| RefOr::Ref(Ref::from_response_name(*name)));
                }
            }
        }
    }
}

/// An upload is served with the type detected from its bytes: one of the types the
/// provider accepts (`uploads::UPLOAD_TYPES`), each documented.
struct UploadTypes;

impl Modify for UploadTypes {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let served = openapi.paths.paths.get_mut("/v1/uploads/{id}").and_then(|item| item.get.as_mut());
        if let Some(utoipa::openapi::RefOr::T(ok)) = served.and_then(|op| op.responses.responses.get_mut("200")) {
            ok.content =
                crate::uploads::UPLOAD_TYPES.iter().map(|t| ((*t).to_owned(), utoipa::openapi::ContentBuilder::new().build())).collect();
        }
    }
}

/// The document as pretty JSON, exactly as served and as kept in the repository.
pub fn document_json() -> String {
    let mut s = ApiDoc::openapi().to_pretty_json().unwrap_or_default();
    s.push('\n');
    s
}

// ---- the operations (descriptions only; the reference provider implements them) ----

#[utoipa::path(post, path = "/v1/auth/sign-in", tag = "account", security(()), request_body = SignInRequest,
    responses(
        (status = 200, description = "Signed in: a bearer token for every later request", body = SignInResponse),
        (status = 401, description = "Wrong e-mail or password", body = Problem, content_type = "application/problem+json"),
    ))]
fn sign_in() {}

#[utoipa::path(delete, path = "/v1/auth/session", tag = "account",
    responses(
        (status = 204, description = "Signed out: the token that asked is revoked and answers 401 from now on"),
        (status = 401, description = "No valid token (already revoked or expired: the session is over either way)", body = Problem, content_type = "application/problem+json"),
    ))]
fn sign_out() {}

#[utoipa::path(get, path = "/v1/account", tag = "account",
    responses((status = 200, description = "The account", body = Account),
              (status = 401, description = "No valid token", body = Problem, content_type = "application/problem+json")))]
fn get_account() {}

#[utoipa::path(patch, path = "/v1/account", tag = "account", request_body = AccountUpdate,
    responses((status = 200, description = "The account after the change", body = Account),
              (status = 422, description = "Invalid fields, each named", body = Problem, content_type = "application/problem+json")))]
fn update_account() {}

#[utoipa::path(get, path = "/v1/departments", tag = "tickets",
    responses((status = 200, description = "Departments a ticket can go to", body = DepartmentList)))]
fn list_departments() {}

#[utoipa::path(get, path = "/v1/services", tag = "account",
    responses((status = 200, description = "The customer's services", body = ServiceList)))]
fn list_services() {}

#[utoipa::path(get, path = "/v1/support", tag = "tickets",
    responses((status = 200, description = "Departments, teams by level with working hours, holidays", body = SupportStructure)))]
fn get_support() {}

#[utoipa::path(get, path = "/v1/tickets", tag = "tickets",
    responses((status = 200, description = "The customer's tickets, newest change first", body = TicketList)))]
fn list_tickets() {}

#[utoipa::path(post, path = "/v1/tickets", tag = "tickets", request_body = NewTicket,
    params(("Idempotency-Key" = Option<String>, Header, description = "Makes the create safe to retry")),
    responses(
        (status = 201, description = "Created and acknowledged", body = TicketDetail),
        (status = 422, description = "Invalid fields, or a reused Idempotency-Key", body = Problem, content_type = "application/problem+json"),
    ))]
fn create_ticket() {}

#[utoipa::path(get, path = "/v1/tickets/{id}", tag = "tickets", params(("id" = String, Path)),
    responses((status = 200, description = "The ticket with its conversation and events", body = TicketDetail),
              (status = 404, description = "No such ticket", body = Problem, content_type = "application/problem+json")))]
fn get_ticket() {}

#[utoipa::path(post, path = "/v1/tickets/{id}/messages", tag = "tickets", request_body = NewReply,
    params(("id" = String, Path), ("Idempotency-Key" = Option<String>, Header, description = "Makes the reply safe to retry")),
    responses((status = 201, description = "The reply", body = TicketMessage),
              (status = 404, description = "No such ticket", body = Problem, content_type = "application/problem+json"),
              (status = 422, description = "Invalid fields", body = Problem, content_type = "application/problem+json")))]
fn create_reply() {}

#[utoipa::path(post, path = "/v1/tickets/{id}/close", tag = "tickets", params(("id" = String, Path)),
    responses((status = 200, description = "Closed by the customer", body = TicketDetail)))]
fn close_ticket() {}

#[utoipa::path(post, path = "/v1/tickets/{id}/reopen", tag = "tickets", params(("id" = String, Path)),
    responses((status = 200, description = "Reopened by the customer", body = TicketDetail)))]
fn reopen_ticket() {}

#[utoipa::path(post, path = "/v1/tickets/{id}/resolution", tag = "tickets", params(("id" = String, Path)),
    request_body = Resolution,
    responses((status = 200, description = "Solved: closed. Not solved: reopened.", body = TicketDetail),
              (status = 409, description = "The ticket is not resolved", body = Problem, content_type = "application/problem+json")))]
fn answer_resolution() {}

#[utoipa::path(post, path = "/v1/uploads", tag = "tickets",
    params(("filename" = String, Query, description = "The file's name, for display"),
           ("Idempotency-Key" = Option<String>, Header, description = "Makes the upload safe to retry")),
    request_body(content = Vec<u8>, content_type = "application/octet-stream", description = "The file's bytes; the type is detected from them"),
    responses((status = 201, description = "Stored", body = Attachment),
              (status = 413, description = "Larger than the limit", body = Problem, content_type = "application/problem+json"),
              (status = 415, description = "A type the provider does not accept", body = Problem, content_type = "application/problem+json")))]
fn create_upload() {}

#[utoipa::path(get, path = "/v1/uploads/{id}", tag = "tickets", params(("id" = String, Path)),
    responses((status = 200, description = "The file, with its detected type", content_type = "application/octet-stream")))]
fn get_upload() {}

#[utoipa::path(post, path = "/v1/chats", tag = "chat", request_body = NewChatMessage,
    params(("Idempotency-Key" = Option<String>, Header, description = "Makes the start safe to retry")),
    responses((status = 201, description = "The chat, acknowledged within a minute", body = ChatDetail),
              (status = 422, description = "Invalid fields (an empty or too long body), or a reused Idempotency-Key", body = Problem, content_type = "application/problem+json")))]
fn start_chat() {}

#[utoipa::path(get, path = "/v1/chats/{id}", tag = "chat", params(("id" = String, Path)),
    responses((status = 200, description = "The chat and its messages", body = ChatDetail),
              (status = 404, description = "No such chat", body = Problem, content_type = "application/problem+json")))]
fn get_chat() {}

#[utoipa::path(post, path = "/v1/chats/{id}/messages", tag = "chat", params(("id" = String, Path),
    ("Idempotency-Key" = Option<String>, Header, description = "Makes the message safe to retry")),
    request_body = NewChatMessage,
    responses((status = 201, description = "The message", body = ChatMessage),
              (status = 409, description = "The chat became a ticket: write there", body = Problem, content_type = "application/problem+json"),
              (status = 422, description = "Invalid fields (an empty or too long body), or a reused Idempotency-Key", body = Problem, content_type = "application/problem+json")))]
fn create_chat_message() {}

#[utoipa::path(post, path = "/v1/chats/{id}/ticket", tag = "chat", params(("id" = String, Path),
    ("Idempotency-Key" = Option<String>, Header, description = "Makes the conversion safe to retry")),
    request_body = ChatToTicket,
    responses((status = 201, description = "The ticket, whose first message is the conversation", body = TicketDetail),
              (status = 422, description = "Invalid fields (the subject), each named", body = Problem, content_type = "application/problem+json")))]
fn chat_to_ticket() {}

#[utoipa::path(get, path = "/v1/invoices", tag = "billing",
    responses((status = 200, description = "The customer's invoices, newest first, with their VAT", body = InvoiceList)))]
fn list_invoices() {}

#[utoipa::path(get, path = "/v1/vat-rates", tag = "billing",
    responses((status = 200, description = "The effective-dated VAT table the provider bills with", body = VatRateList)))]
fn list_vat_rates() {}

#[utoipa::path(get, path = "/v1/sync", tag = "sync",
    params(("cursor" = Option<String>, Query, description = "From the previous page; empty for everything"),
           ("limit" = Option<u32>, Query, description = "Records per page, at most 1000"),
           ("totals" = Option<bool>, Query, description = "Count what the whole pull brings, in `totals` (asked on a pull's first request)")),
    responses((status = 200, description = "What changed after the cursor", body = SyncPage),
              (status = 400, description = "A cursor this provider did not issue", body = Problem, content_type = "application/problem+json")))]
fn sync() {}

#[utoipa::path(get, path = "/v1/events", tag = "sync",
    params(("Last-Event-ID" = Option<String>, Header, description = "Resume after this event")),
    responses((status = 200, description = "Server-Sent Events: `changed` (pull now) and `notice` ({id, kind})", content_type = "text/event-stream")))]
fn events() {}

#[utoipa::path(get, path = "/v1/openapi.json", tag = "sync", security(()),
    responses((status = 200, description = "This document", content_type = "application/json")))]
fn openapi_document() {}

#[utoipa::path(post, path = "/v1/admin/clock", tag = "admin", request_body = ClockMove,
    responses((status = 200, description = "The server's time after the move"),
              (status = 422, description = "advance_seconds is negative or more than a year", body = Problem, content_type = "application/problem+json")))]
fn admin_clock() {}

#[utoipa::path(post, path = "/v1/admin/tickets/{id}/staff-reply", tag = "admin", params(("id" = String, Path)),
    request_body = StaffReply, responses((status = 200, description = "The ticket after the reply", body = TicketDetail),
                                         (status = 422, description = "An empty body or author", body = Problem, content_type = "application/problem+json")))]
fn admin_staff_reply() {}

#[utoipa::path(post, path = "/v1/admin/tickets/{id}/escalate", tag = "admin", params(("id" = String, Path)),
    request_body = Escalation, responses((status = 200, description = "The ticket after the escalation", body = TicketDetail),
                                         (status = 422, description = "A level other than 1 to 3", body = Problem, content_type = "application/problem+json")))]
fn admin_escalate() {}

#[utoipa::path(post, path = "/v1/admin/tickets/{id}/rewrite", tag = "admin", params(("id" = String, Path)),
    request_body = HistoryRewrite, responses((status = 200, description = "The ticket with the provider's times replaced", body = TicketDetail),
                                             (status = 404, description = "No such ticket", body = Problem, content_type = "application/problem+json")))]
fn admin_rewrite() {}

#[utoipa::path(post, path = "/v1/admin/invoices", tag = "admin", request_body = IssueInvoice,
    responses((status = 200, description = "The invoice, issued today with the customer's VAT", body = Invoice),
              (status = 422, description = "No customer with that e-mail, or no lines", body = Problem, content_type = "application/problem+json")))]
fn admin_issue_invoice() {}

#[utoipa::path(post, path = "/v1/admin/invoices/{id}/status", tag = "admin", params(("id" = String, Path)),
    request_body = InvoiceStatusChange, responses((status = 200, description = "The invoice with its new status", body = Invoice),
                                                  (status = 404, description = "No such invoice", body = Problem, content_type = "application/problem+json")))]
fn admin_invoice_status() {}

#[utoipa::path(post, path = "/v1/admin/notices", tag = "admin", request_body = NewNotice,
    responses((status = 201, description = "Published", body = Notice),
              (status = 422, description = "Invalid fields, each named: a blank title in any language, a malformed language tag, \
two texts for one language, a window ending before it begins, an abuse report without a deadline, an unknown customer",
               body = Problem, content_type = "application/problem+json")))]
fn admin_publish_notice() {}

#[utoipa::path(post, path = "/v1/admin/notices/{id}/resolve", tag = "admin", params(("id" = String, Path)),
    responses((status = 200, description = "Resolved", body = Notice)))]
fn admin_resolve_notice() {}

#[utoipa::path(put, path = "/v1/admin/faults", tag = "admin", request_body = Faults,
    responses((status = 200, description = "The fault rates now in force", body = Faults)))]
fn admin_faults() {}

/// The package folder, read when this runs rather than baked in when it was compiled: the
/// build directory is shared by every clone on the machine, and a binary built for
/// another clone must not read that clone's files.
#[cfg(test)]
fn manifest_dir() -> String {
    std::env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR is set by cargo")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_committed_document_is_the_generated_one() {
        let path = std::path::Path::new(&manifest_dir()).join("openapi.json");
        let generated = document_json();
        if std::env::var_os("UPDATE_OPENAPI").is_some() {
            std::fs::write(&path, &generated).unwrap();
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == generated,
            "crates/api/openapi.json is not what the code generates: run UPDATE_OPENAPI=1 cargo test -p clientarea-api"
        );
    }

    #[test]
    fn every_operation_documents_its_problems() {
        let doc: serde_json::Value = serde_json::from_str(&document_json()).unwrap();
        let shared = doc["components"]["responses"].as_object().unwrap();
        assert_eq!(shared["TooManyRequests"]["headers"]["Retry-After"]["schema"]["type"], "integer");
        for (path, item) in doc["paths"].as_object().unwrap() {
            for (method, op) in item.as_object().unwrap() {
                let responses = op["responses"].as_object().unwrap();
                let has = |status: &str| responses.contains_key(status);
                let public = op.get("security").is_some_and(|s| s == &serde_json::json!([{}]));
                assert!(has("429") && has("500"), "{method} {path}: {:?}", responses.keys());
                assert!(public || has("401"), "{method} {path} takes a token but does not document 401");
                assert!(!path.contains('{') || has("404"), "{method} {path} has an id but does not document 404");
                assert!(op.get("requestBody").is_none() || (has("400") && has("413")), "{method} {path} takes a body");
                for (status, response) in responses {
                    if status.starts_with('4') || status.starts_with('5') {
                        let content = if let Some(r) = response["$ref"].as_str() {
                            &shared[r.trim_start_matches("#/components/responses/")]["content"]
                        } else {
                            &response["content"]
                        };
                        assert!(
                            content.get(crate::problem::PROBLEM_CONTENT_TYPE).is_some(),
                            "{method} {path} {status} is not problem+json"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn it_is_openapi_3_1_with_every_schema_resolvable() {
        let doc: serde_json::Value = serde_json::from_str(&document_json()).unwrap();
        assert!(doc["openapi"].as_str().unwrap().starts_with("3.1"));
        let schemas = doc["components"]["schemas"].as_object().unwrap();
        let text = document_json();
        for (i, _) in text.match_indices("#/components/schemas/") {
            let rest = &text[i + "#/components/schemas/".len()..];
            let name: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
            assert!(schemas.contains_key(&name), "a reference to a missing schema: {name}");
        }
    }
}

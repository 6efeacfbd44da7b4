//! The HTTP surface: one handler per route of the contract, each a thin translation
//! between JSON and the store.

use axum::extract::rejection::QueryRejection;
use axum::extract::{DefaultBodyLimit, Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{delete, get, post};
use axum::{Json, Router};
use clientarea_api::problem::types;
use clientarea_api::sync::{SYNC_PAGE_MAX, SyncQuery};
use clientarea_api::{
    Account, AccountUpdate, DepartmentList, IDEMPOTENCY_KEY_HEADER, NewReply, NewTicket, Problem, Resolution, ServiceList, SignInRequest,
    SignInResponse, SupportStructure, TicketDetail, TicketList,
};

use crate::auth;
use crate::error::{ApiError, ApiResult};
use crate::extract::{Authed, BODY_LIMIT, JsonBody};
use crate::state::AppState;
use crate::store::{Created, CustomerAction};

/// Uploads may be larger: the contract's limit, checked again on the bytes.
const UPLOAD_LIMIT: usize = clientarea_api::uploads::UPLOAD_MAX_BYTES;

pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/v1/auth/sign-in", post(sign_in))
        .route("/v1/auth/session", delete(sign_out))
        .route("/v1/account", get(account).patch(update_account))
        .route("/v1/support", get(support))
        .route("/v1/openapi.json", get(openapi))
        .route("/v1/uploads", post(create_upload).layer(DefaultBodyLimit::max(UPLOAD_LIMIT)))
        .route("/v1/uploads/{id}", get(get_upload))
        .route("/v1/tickets/{id}/close", post(close_ticket))
        .route("/v1/tickets/{id}/reopen", post(reopen_ticket))
        .route("/v1/tickets/{id}/resolution", post(answer_resolution))
        .route("/v1/departments", get(departments))
        .route("/v1/services", get(services))
        .route("/v1/tickets", get(list_tickets).post(create_ticket))
        .route("/v1/tickets/{id}", get(get_ticket))
        .route("/v1/tickets/{id}/messages", post(create_reply))
        .route("/v1/chats", post(start_chat))
        .route("/v1/chats/{id}", get(get_chat))
        .route("/v1/chats/{id}/messages", post(chat_message))
        .route("/v1/chats/{id}/ticket", post(chat_to_ticket))
        .route("/v1/invoices", get(invoices))
        .route("/v1/vat-rates", get(vat_rates))
        .route("/v1/sync", get(sync))
        .route("/v1/events", get(crate::push::events))
        .route("/v1/admin/clock", post(crate::admin::move_clock))
        .route("/v1/admin/tickets/{id}/staff-reply", post(crate::admin::staff_reply))
        .route("/v1/admin/tickets/{id}/escalate", post(crate::admin::escalate))
        .route("/v1/admin/tickets/{id}/rewrite", post(crate::admin::rewrite_history))
        .route("/v1/admin/notices", post(crate::admin::publish_notice))
        .route("/v1/admin/notices/{id}/resolve", post(crate::admin::resolve_notice))
        .route("/v1/admin/invoices", post(crate::admin::issue_invoice))
        .route("/v1/admin/invoices/{id}/status", post(crate::admin::invoice_status))
        .route("/v1/admin/faults", axum::routing::put(crate::admin::set_faults))
        .fallback(|| async { ApiError::not_found("route") })
        .layer(axum::middleware::from_fn_with_state(state.faults.clone(), crate::faults::inject))
        .layer(axum::middleware::from_fn_with_state(state.clone(), crate::gate::admit))
        .layer(axum::middleware::map_response(crate::error::problemize))
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .with_state(state)
}

fn idempotency_key(headers: &HeaderMap) -> ApiResult<Option<String>> {
    let Some(v) = headers.get(IDEMPOTENCY_KEY_HEADER) else { return Ok(None) };
    let key = v.to_str().map_err(|_| ApiError::bad_request("Idempotency-Key must be visible ASCII"))?.trim();
    if key.is_empty() || key.len() > 255 {
        return Err(ApiError::bad_request("Idempotency-Key must be 1 to 255 characters"));
    }
    Ok(Some(key.to_owned()))
}

fn created(c: Created) -> Response {
    let status = StatusCode::from_u16(c.status).unwrap_or(StatusCode::CREATED);
    (status, Json(c.body)).into_response()
}

/// Sign in. An address locked out by failed sign-ins is refused before any check; an
/// unknown one is checked against a dummy hash, so neither answer nor timing tells
/// which addresses have an account.
async fn sign_in(State(s): State<AppState>, JsonBody(req): JsonBody<SignInRequest>) -> ApiResult<Response> {
    let now = s.clock.now();
    if let Some(wait) = s.lockouts.locked_for(&req.email, now) {
        return Ok(crate::limits::too_many_requests(wait));
    }
    let found = s.store.credentials(&req.email).await?;
    // Argon2 is CPU-bound: keep it off the async workers.
    let (passwords, password, hash) = (s.passwords.clone(), req.password.clone(), found.as_ref().map(|(_, hash)| hash.clone()));
    let ok = tokio::task::spawn_blocking(move || passwords.verify(&password, hash.as_deref())).await.unwrap_or(false);
    let Some((customer_id, _)) = found.filter(|_| ok) else {
        s.lockouts.failed(&req.email, now);
        return Err(ApiError(Problem::new(types::INVALID_CREDENTIALS, 401, "The e-mail address or password is not correct")));
    };
    s.lockouts.succeeded(&req.email);
    let token = auth::new_token().map_err(|e| {
        tracing::error!(error = %e, "token generation failed");
        ApiError(Problem::new(types::INTERNAL, 500, "The provider could not complete the request"))
    })?;
    s.store.insert_token(&auth::token_digest(&token), &customer_id, s.clock.now()).await?;
    let customer = s.store.customer(&customer_id).await?;
    Ok(Json(SignInResponse { token, customer }).into_response())
}

/// Sign out: the token that asks is revoked, and answers 401 from now on.
async fn sign_out(State(s): State<AppState>, who: Authed) -> ApiResult<StatusCode> {
    s.store.delete_token(&who.token_digest).await?;
    Ok(StatusCode::NO_CONTENT)
}

async fn account(State(s): State<AppState>, who: Authed) -> ApiResult<Json<Account>> {
    Ok(Json(s.store.account(&who.customer_id).await?))
}

async fn update_account(State(s): State<AppState>, who: Authed, JsonBody(update): JsonBody<AccountUpdate>) -> ApiResult<Json<Account>> {
    Ok(Json(s.store.update_account(&who.customer_id, &update).await?))
}

async fn start_chat(
    State(s): State<AppState>,
    who: Authed,
    headers: HeaderMap,
    JsonBody(m): JsonBody<clientarea_api::NewChatMessage>,
) -> ApiResult<Response> {
    let key = idempotency_key(&headers)?;
    Ok(created(s.store.start_chat(&who.customer_id, &m, key.as_deref(), s.clock.now()).await?))
}

async fn get_chat(State(s): State<AppState>, who: Authed, Path(id): Path<String>) -> ApiResult<Json<clientarea_api::ChatDetail>> {
    Ok(Json(s.store.chat(&who.customer_id, &id).await?))
}

async fn chat_message(
    State(s): State<AppState>,
    who: Authed,
    Path(id): Path<String>,
    headers: HeaderMap,
    JsonBody(m): JsonBody<clientarea_api::NewChatMessage>,
) -> ApiResult<Response> {
    let key = idempotency_key(&headers)?;
    let answer = s.store.chat_message(&who.customer_id, &id, &m, key.as_deref(), s.clock.now()).await?;
    if s.desk.answers_chat_at_once() {
        // The operator answers before this returns (benchmarks): the answer is announced
        // on the push stream like any other.
        if let Err(e) = s.desk.tick(s.clock.now()).await {
            tracing::warn!(error = %e, "the desk could not answer at once; it answers on its next tick");
        }
    }
    Ok(created(answer))
}

async fn chat_to_ticket(
    State(s): State<AppState>,
    who: Authed,
    Path(id): Path<String>,
    JsonBody(req): JsonBody<clientarea_api::ChatToTicket>,
) -> ApiResult<Response> {
    Ok(created(s.store.chat_to_ticket(&who.customer_id, &id, &req, s.clock.now()).await?))
}

async fn invoices(State(s): State<AppState>, who: Authed) -> ApiResult<Json<clientarea_api::InvoiceList>> {
    Ok(Json(clientarea_api::InvoiceList { invoices: s.store.invoices(&who.customer_id).await? }))
}

/// The VAT table and the country the reference provider bills from.
pub(crate) fn vat_rate_list() -> clientarea_api::VatRateList {
    clientarea_api::VatRateList { rates: clientarea_api::billing::eu_vat_rates(), seller_country: crate::config::SELLER_COUNTRY.into() }
}

async fn vat_rates(_who: Authed) -> Json<clientarea_api::VatRateList> {
    Json(vat_rate_list())
}

/// Where the reference provider's support reads e-mail (an address of the reserved
/// `.example` domain: nothing is ever sent there).
const SUPPORT_EMAIL: &str = "support@provider.example";

async fn support(State(s): State<AppState>, _who: Authed) -> ApiResult<Json<SupportStructure>> {
    Ok(Json(support_structure(&s).await?))
}

async fn support_structure(s: &AppState) -> ApiResult<SupportStructure> {
    Ok(SupportStructure {
        departments: s.store.departments().await?,
        teams: clientarea_api::support::standard_teams(),
        holidays: crate::calendar::holidays(),
        update_interval_minutes: Some(clientarea_api::support::UPDATE_INTERVAL_MINUTES),
        resolution_times: clientarea_api::support::standard_resolution_times(),
        email: Some(clientarea_api::EmailChannel { address: SUPPORT_EMAIL.into(), reply_from_minutes: 15, reply_to_minutes: 30 }),
    })
}

async fn openapi() -> Response {
    ([(axum::http::header::CONTENT_TYPE, "application/json")], clientarea_api::openapi::document_json()).into_response()
}

async fn close_ticket(State(s): State<AppState>, who: Authed, Path(id): Path<String>) -> ApiResult<Json<TicketDetail>> {
    Ok(Json(s.store.customer_sets_status(&who.customer_id, &id, CustomerAction::Close, s.clock.now()).await?))
}

async fn reopen_ticket(State(s): State<AppState>, who: Authed, Path(id): Path<String>) -> ApiResult<Json<TicketDetail>> {
    Ok(Json(s.store.customer_sets_status(&who.customer_id, &id, CustomerAction::Reopen, s.clock.now()).await?))
}

async fn answer_resolution(
    State(s): State<AppState>,
    who: Authed,
    Path(id): Path<String>,
    JsonBody(r): JsonBody<Resolution>,
) -> ApiResult<Json<TicketDetail>> {
    let action = if r.solved { CustomerAction::Solved } else { CustomerAction::NotSolved };
    Ok(Json(s.store.customer_sets_status(&who.customer_id, &id, action, s.clock.now()).await?))
}

#[derive(serde::Deserialize)]
struct UploadQuery {
    #[serde(default)]
    filename: String,
}

async fn create_upload(
    State(s): State<AppState>,
    who: Authed,
    headers: HeaderMap,
    query: Result<Query<UploadQuery>, QueryRejection>,
    body: Result<axum::body::Bytes, axum::extract::rejection::BytesRejection>,
) -> ApiResult<Response> {
    let Query(q) = query.map_err(|e| ApiError::bad_request(e.body_text()))?;
    let bytes = body.map_err(|e| {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            ApiError(
                Problem::new(types::PAYLOAD_TOO_LARGE, 413, "The file is too large").with_detail(format!("at most {UPLOAD_LIMIT} bytes")),
            )
        } else {
            ApiError::bad_request(e.body_text())
        }
    })?;
    let key = idempotency_key(&headers)?;
    Ok(created(s.store.create_upload(&who.customer_id, &q.filename, &bytes, key.as_deref(), s.clock.now()).await?))
}

async fn get_upload(State(s): State<AppState>, who: Authed, Path(id): Path<String>) -> ApiResult<Response> {
    let (attachment, bytes) = s.store.upload(&who.customer_id, &id).await?;
    let disposition = format!("attachment; filename=\"{}\"", attachment.filename.replace(['"', '\\'], "_"));
    Ok((
        [
            (axum::http::header::CONTENT_TYPE, attachment.content_type),
            (axum::http::header::CONTENT_DISPOSITION, disposition),
            (axum::http::header::X_CONTENT_TYPE_OPTIONS, "nosniff".to_owned()),
        ],
        bytes,
    )
        .into_response())
}

async fn departments(State(s): State<AppState>, _who: Authed) -> ApiResult<Json<DepartmentList>> {
    Ok(Json(DepartmentList { departments: s.store.departments().await? }))
}

async fn services(State(s): State<AppState>, who: Authed) -> ApiResult<Json<ServiceList>> {
    Ok(Json(ServiceList { services: s.store.services(&who.customer_id).await? }))
}

async fn list_tickets(State(s): State<AppState>, who: Authed) -> ApiResult<Json<TicketList>> {
    Ok(Json(TicketList { tickets: s.store.tickets(&who.customer_id).await? }))
}

async fn get_ticket(State(s): State<AppState>, who: Authed, Path(id): Path<String>) -> ApiResult<Json<TicketDetail>> {
    Ok(Json(s.store.ticket_detail(&who.customer_id, &id).await?))
}

async fn create_ticket(
    State(s): State<AppState>,
    who: Authed,
    headers: HeaderMap,
    JsonBody(new): JsonBody<NewTicket>,
) -> ApiResult<Response> {
    let key = idempotency_key(&headers)?;
    Ok(created(s.store.create_ticket(&who.customer_id, &new, key.as_deref(), s.clock.now()).await?))
}

async fn create_reply(
    State(s): State<AppState>,
    who: Authed,
    Path(id): Path<String>,
    headers: HeaderMap,
    JsonBody(reply): JsonBody<NewReply>,
) -> ApiResult<Response> {
    let key = idempotency_key(&headers)?;
    Ok(created(s.store.add_reply(&who.customer_id, &id, &reply, key.as_deref(), s.clock.now()).await?))
}

async fn sync(
    State(s): State<AppState>,
    who: Authed,
    query: Result<Query<SyncQuery>, QueryRejection>,
) -> ApiResult<Json<clientarea_api::SyncPage>> {
    let Query(q) = query.map_err(|e| ApiError::bad_request(e.body_text()))?;
    let after = match q.cursor.as_deref().unwrap_or("") {
        "" => 0,
        c => decode_cursor(c).ok_or_else(|| ApiError::bad_request("cursor is not one this provider issued"))?,
    };
    let limit = q.limit.unwrap_or(500).clamp(1, SYNC_PAGE_MAX);
    let (mut page, upto) = s.store.pull(&who.customer_id, after, limit).await?;
    if q.totals == Some(true) && page.has_more {
        page.totals = Some(s.store.pull_totals(&who.customer_id, after).await?);
    }
    if after == 0 {
        page.support = Some(support_structure(&s).await?);
        page.vat_rates = Some(vat_rate_list());
    }
    page.next_cursor = clientarea_api::Cursor(encode_cursor(upto));
    Ok(Json(page))
}

/// Cursors are opaque to clients; here they are a version tag and a seq.
fn encode_cursor(seq: i64) -> String {
    format!("c1.{seq}")
}

fn decode_cursor(c: &str) -> Option<i64> {
    c.strip_prefix("c1.")?.parse::<i64>().ok().filter(|n| *n >= 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An unknown address costs the same Argon2 check as a known one, and gets the same
    /// answer: counted, not timed.
    #[tokio::test]
    async fn an_unknown_address_is_checked_like_a_known_one() {
        let (_stop, stopping) = tokio::sync::watch::channel(false);
        let state = AppState::open(&crate::config::Config { demo: true, ..Default::default() }, stopping).await.unwrap();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}/v1/auth/sign-in", listener.local_addr().unwrap());
        let app = router(state.clone()).into_make_service_with_connect_info::<std::net::SocketAddr>();
        let server = tokio::spawn(async move { axum::serve(listener, app).await });
        let http = reqwest::Client::new();
        let mut answers = Vec::new();
        for (email, runs) in [("nobody@example.com", 1), (crate::demo::DEMO_EMAIL, 2), ("NOBODY@example.com ", 3)] {
            let res = http.post(&url).json(&serde_json::json!({"email": email, "password": "guess"})).send().await.unwrap();
            assert_eq!(res.status(), 401, "{email}");
            answers.push(res.text().await.unwrap());
            assert_eq!(state.passwords.runs(), runs, "{email}: a password check ran");
        }
        assert!(answers.windows(2).all(|w| w[0] == w[1]), "the same answer: {answers:?}");
        server.abort();
    }

    #[test]
    fn cursors_round_trip_and_reject_strangers() {
        assert_eq!(decode_cursor(&encode_cursor(42)), Some(42));
        assert_eq!(decode_cursor("42"), None);
        assert_eq!(decode_cursor("c1.-3"), None);
        assert_eq!(decode_cursor("c1.x"), None);
    }
}

//! Admin routes (`/v1/admin/*`), answered only when the server was started with an admin
//! token and the request carries it; otherwise they do not exist (404).

use axum::Json;
use axum::extract::{FromRequestParts, Path, State};
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;
use chrono::{DateTime, Duration, Utc};
use clientarea_api::admin::{ClockMove, Escalation, Faults, HistoryRewrite, InvoiceStatusChange, IssueInvoice, StaffReply};
use clientarea_api::problem::FieldError;
use clientarea_api::{NewNotice, Notice, Problem};
use serde::Serialize;

use crate::auth;
use crate::error::{ApiError, ApiResult};
use crate::extract::JsonBody;
use crate::state::AppState;

pub struct Admin;

impl FromRequestParts<AppState> for Admin {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        if state.admin_token.is_none() {
            return Err(ApiError::not_found("route"));
        }
        let given = parts.headers.get(AUTHORIZATION).and_then(|v| v.to_str().ok()).and_then(auth::bearer);
        if auth::is_admin_token(given, state.admin_token.as_deref()) { Ok(Admin) } else { Err(ApiError::unauthorized()) }
    }
}

#[derive(Serialize)]
pub struct Now {
    pub now: DateTime<Utc>,
}

pub async fn move_clock(State(s): State<AppState>, _: Admin, JsonBody(m): JsonBody<ClockMove>) -> ApiResult<Json<Now>> {
    if !(0..=366 * 24 * 3600).contains(&m.advance_seconds) {
        return Err(ApiError(Problem::validation(vec![FieldError { field: "advance_seconds".into(), reason: "invalid".into() }])));
    }
    if let Some(at) = m.set_to {
        s.clock.set(at);
    }
    s.clock.advance(Duration::seconds(m.advance_seconds));
    let now = s.clock.now();
    s.desk.tick(now).await.map_err(internal)?;
    Ok(Json(Now { now }))
}

pub async fn staff_reply(
    State(s): State<AppState>,
    _: Admin,
    Path(id): Path<String>,
    JsonBody(r): JsonBody<StaffReply>,
) -> ApiResult<Json<clientarea_api::TicketDetail>> {
    if r.body.trim().is_empty() || r.author_name.trim().is_empty() {
        return Err(ApiError(Problem::validation(vec![FieldError { field: "body".into(), reason: "required".into() }])));
    }
    let customer = s.store.ticket_owner(&id).await?;
    s.store.staff_reply(&customer, &id, &r.author_name, &r.body, r.resolve, s.clock.now()).await.map_err(internal)?;
    Ok(Json(s.store.ticket_detail(&customer, &id).await?))
}

pub async fn escalate(
    State(s): State<AppState>,
    _: Admin,
    Path(id): Path<String>,
    JsonBody(e): JsonBody<Escalation>,
) -> ApiResult<Json<clientarea_api::TicketDetail>> {
    if !(1..=3).contains(&e.level) {
        return Err(ApiError(Problem::validation(vec![FieldError { field: "level".into(), reason: "invalid".into() }])));
    }
    let customer = s.store.ticket_owner(&id).await?;
    s.store.escalate(&customer, &id, e.level, &e.team, &e.reason, s.clock.now()).await.map_err(internal)?;
    Ok(Json(s.store.ticket_detail(&customer, &id).await?))
}

pub async fn rewrite_history(
    State(s): State<AppState>,
    _: Admin,
    Path(id): Path<String>,
    JsonBody(r): JsonBody<HistoryRewrite>,
) -> ApiResult<Json<clientarea_api::TicketDetail>> {
    let customer = s.store.ticket_owner(&id).await?;
    s.store.rewrite_history(&customer, &id, &r).await.map_err(internal)?;
    Ok(Json(s.store.ticket_detail(&customer, &id).await?))
}

pub async fn publish_notice(
    State(s): State<AppState>,
    _: Admin,
    JsonBody(n): JsonBody<NewNotice>,
) -> ApiResult<(axum::http::StatusCode, Json<Notice>)> {
    let mut errors = clientarea_api::check_new_notice(&n);
    let customer = match &n.customer_email {
        Some(email) => match s.store.customer_id_by_email(email).await? {
            Some(id) => Some(id),
            None => {
                errors.push(FieldError { field: "customer_email".into(), reason: "invalid".into() });
                None
            }
        },
        None => None,
    };
    if !errors.is_empty() {
        return Err(ApiError(Problem::validation(errors)));
    }
    let notice = s.store.publish_notice(customer.as_deref(), &n, s.clock.now()).await?;
    Ok((axum::http::StatusCode::CREATED, Json(notice)))
}

pub async fn resolve_notice(State(s): State<AppState>, _: Admin, Path(id): Path<String>) -> ApiResult<Json<Notice>> {
    Ok(Json(s.store.resolve_notice(&id, s.clock.now()).await?))
}

pub async fn set_faults(State(s): State<AppState>, _: Admin, JsonBody(f): JsonBody<Faults>) -> ApiResult<Json<Faults>> {
    f.validate().map_err(ApiError::bad_request)?;
    s.faults.set(f.clone());
    Ok(Json(f))
}

fn internal(e: anyhow::Error) -> ApiError {
    ApiError::internal(e)
}

pub async fn issue_invoice(
    State(s): State<AppState>,
    _: Admin,
    JsonBody(i): JsonBody<IssueInvoice>,
) -> ApiResult<Json<clientarea_api::Invoice>> {
    let mut errors = Vec::new();
    let customer = s.store.customer_id_by_email(&i.customer_email).await?;
    if customer.is_none() {
        errors.push(FieldError { field: "customer_email".into(), reason: "invalid".into() });
    }
    if i.lines.is_empty() || i.lines.len() > 100 {
        errors.push(FieldError { field: "lines".into(), reason: "invalid".into() });
    }
    let (Some(customer), true) = (customer, errors.is_empty()) else {
        return Err(ApiError(Problem::validation(errors)));
    };
    let today = s.clock.now().date_naive();
    Ok(Json(s.store.issue_invoice(&customer, i.lines, today, i.due_in_days.min(365)).await?))
}

pub async fn invoice_status(
    State(s): State<AppState>,
    _: Admin,
    Path(id): Path<String>,
    JsonBody(c): JsonBody<InvoiceStatusChange>,
) -> ApiResult<Json<clientarea_api::Invoice>> {
    Ok(Json(s.store.set_invoice_status(&id, c.status).await?))
}

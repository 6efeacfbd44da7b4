//! What a handler takes from a request: the customer its bearer token proves (`Authed`,
//! found by `session` in the gate)
//! and a JSON body whose rejections are problem+json like every other error (`JsonBody`).

use axum::Json;
use axum::extract::rejection::JsonRejection;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::StatusCode;
use axum::http::request::Parts;
use clientarea_api::Problem;
use clientarea_api::problem::types;

use crate::auth::{TokenAge, token_age, token_digest};
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// Largest JSON request body the provider reads.
pub const BODY_LIMIT: usize = 256 * 1024;

/// The customer a request acts for, proven by its bearer token: one issued by signing in,
/// not revoked, and used within the idle lifetime (each use renews it). The gate looks
/// the token up once, before the handler; a request without one is refused with a 401.
#[derive(Debug, Clone)]
pub struct Authed {
    pub customer_id: String,
    /// The digest of the token that proved it: what signing out revokes.
    pub token_digest: String,
}

impl FromRequestParts<AppState> for Authed {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _state: &AppState) -> Result<Self, Self::Rejection> {
        parts.extensions.get::<Authed>().cloned().ok_or_else(ApiError::unauthorized)
    }
}

/// The session `token` proves now, if any: an expired token is forgotten, and a use
/// renews a live one (written at most once a minute).
pub async fn session(state: &AppState, token: &str) -> ApiResult<Option<Authed>> {
    let digest = token_digest(token);
    let Some((customer_id, last_used)) = state.store.token(&digest).await? else {
        return Ok(None);
    };
    let now = state.clock.now();
    match token_age(last_used, now, state.token_idle_ttl) {
        TokenAge::Fresh => {}
        TokenAge::Used => state.store.touch_token(&digest, now).await?,
        TokenAge::Expired => {
            state.store.delete_token(&digest).await?;
            return Ok(None);
        }
    }
    Ok(Some(Authed { customer_id, token_digest: digest }))
}

/// `Json<T>` whose rejections are problem+json like every other error.
pub struct JsonBody<T>(pub T);

impl<T, S> FromRequest<S> for JsonBody<T>
where
    Json<T>: FromRequest<S, Rejection = JsonRejection>,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        match Json::<T>::from_request(req, state).await {
            Ok(Json(v)) => Ok(JsonBody(v)),
            Err(JsonRejection::BytesRejection(e)) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => Err(ApiError(
                Problem::new(types::PAYLOAD_TOO_LARGE, 413, "The request body is too large")
                    .with_detail(format!("at most {BODY_LIMIT} bytes")),
            )),
            Err(e) => Err(ApiError::bad_request(e.body_text())),
        }
    }
}

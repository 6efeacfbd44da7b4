//! Every failure leaves the server as `application/problem+json`, never as a bare
//! string, a 5xx for bad input, or a panic.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use clientarea_api::Problem;
use clientarea_api::problem::{PROBLEM_CONTENT_TYPE, types};

#[derive(Debug)]
pub struct ApiError(pub Problem);

pub type ApiResult<T> = Result<T, ApiError>;

impl ApiError {
    pub fn not_found(what: &str) -> Self {
        ApiError(Problem::new(types::NOT_FOUND, 404, format!("{what} not found")))
    }

    pub fn unauthorized() -> Self {
        ApiError(Problem::new(types::UNAUTHORIZED, 401, "A valid bearer token is required"))
    }

    pub fn bad_request(detail: impl Into<String>) -> Self {
        ApiError(Problem::new(types::BAD_REQUEST, 400, "The request is malformed").with_detail(detail))
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = StatusCode::from_u16(self.0.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let body = serde_json::to_vec(&self.0).unwrap_or_default();
        let mut res = (status, body).into_response();
        res.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static(PROBLEM_CONTENT_TYPE));
        res
    }
}

impl From<sqlx::Error> for ApiError {
    fn from(e: sqlx::Error) -> Self {
        tracing::error!(error = %e, "store error");
        ApiError(Problem::new(types::INTERNAL, 500, "The provider could not complete the request"))
    }
}

impl From<serde_json::Error> for ApiError {
    fn from(e: serde_json::Error) -> Self {
        tracing::error!(error = %e, "serialization error");
        ApiError(Problem::new(types::INTERNAL, 500, "The provider could not complete the request"))
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({}): {}", self.0.title, self.0.status, self.0.kind)
    }
}

impl std::error::Error for ApiError {}

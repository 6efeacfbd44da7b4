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

    /// A failure of the provider's own: logged, and a 500 that says nothing of it.
    pub fn internal(e: anyhow::Error) -> Self {
        tracing::error!(error = %e, "request failed");
        ApiError(Problem::new(types::INTERNAL, 500, "The provider could not complete the request"))
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

/// The last layer: any error answer that is not problem+json yet (an extractor's
/// rejection, a 405 from the router) becomes one, so a client always reads the same
/// shape.
pub async fn problemize(res: Response) -> Response {
    let status = res.status();
    let is_problem =
        res.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).is_some_and(|v| v.starts_with(PROBLEM_CONTENT_TYPE));
    if status.as_u16() < 400 || is_problem {
        return res;
    }
    let (kind, title) = match status {
        StatusCode::NOT_FOUND => (types::NOT_FOUND, "route not found"),
        StatusCode::METHOD_NOT_ALLOWED => (types::BAD_REQUEST, "This method is not allowed on this route"),
        StatusCode::PAYLOAD_TOO_LARGE => (types::PAYLOAD_TOO_LARGE, "The request body is too large"),
        StatusCode::UNSUPPORTED_MEDIA_TYPE => (types::UNSUPPORTED_TYPE, "This content type is not accepted"),
        s if s.is_server_error() => (types::INTERNAL, "The provider could not complete the request"),
        _ => (types::BAD_REQUEST, "The request is malformed"),
    };
    let mut out = ApiError(Problem::new(kind, status.as_u16(), title)).into_response();
    if let Some(allow) = res.headers().get(header::ALLOW) {
        out.headers_mut().insert(header::ALLOW, allow.clone());
    }
    out
}

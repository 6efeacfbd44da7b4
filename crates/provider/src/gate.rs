//! Who a request comes from, decided once before any handler runs: the customer its
//! bearer token proves (handed on as `Authed`, so the token is looked up once), the admin
//! on an admin route, a sign-in from an address, or else only its address. The request is
//! charged to that client's rate bucket (`limits`) and refused with a 429 when it is empty.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};

use axum::extract::{ConnectInfo, Request, State};
use axum::http::header::AUTHORIZATION;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::auth;
use crate::extract::session;
use crate::limits::{Client, too_many_requests};
use crate::state::AppState;

pub async fn admit(State(s): State<AppState>, mut req: Request, next: Next) -> Response {
    let address = req.extensions().get::<ConnectInfo<SocketAddr>>().map_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED), |c| c.0.ip());
    let bearer = req.headers().get(AUTHORIZATION).and_then(|v| v.to_str().ok()).and_then(auth::bearer).map(str::to_owned);
    let path = req.uri().path();
    let client = if path.starts_with("/v1/admin/") {
        match auth::is_admin_token(bearer.as_deref(), s.admin_token.as_deref()) {
            true => Client::Admin,
            false => Client::Address(address),
        }
    } else if path == "/v1/auth/sign-in" {
        Client::SignIn(address)
    } else if let Some(token) = &bearer {
        match session(&s, token).await {
            Ok(Some(who)) => {
                let client = Client::Account(who.customer_id.clone());
                req.extensions_mut().insert(who);
                client
            }
            Ok(None) => Client::Address(address),
            Err(e) => return e.into_response(),
        }
    } else {
        Client::Address(address)
    };
    if !s.limiter.allow(&client) {
        return too_many_requests(chrono::Duration::seconds(1));
    }
    next.run(req).await
}

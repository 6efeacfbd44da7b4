//! The push stream, `GET /v1/events`: Server-Sent Events that tell a signed-in client
//! that its data changed (`changed`, pull now) or that a notice was published (`notice`).
//! Each event's id is the history position; a client that reconnects with
//! `Last-Event-ID` behind the present gets one `changed` at once, so nothing is missed.

use std::convert::Infallible;
use std::time::Duration;

use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::sse::{Event, KeepAlive, Sse};
use futures_util::stream::{self, Stream, StreamExt};
use tokio_stream::wrappers::BroadcastStream;
use tokio_stream::wrappers::errors::BroadcastStreamRecvError;

use crate::error::ApiResult;
use crate::extract::Authed;
use crate::state::AppState;

pub async fn events(
    State(s): State<AppState>,
    who: Authed,
    headers: HeaderMap,
) -> ApiResult<Sse<impl Stream<Item = Result<Event, Infallible>>>> {
    // Subscribe before reading the present, so a change in between is not lost.
    let rx = s.store.subscribe();
    let latest = s.store.latest_seq(&who.customer_id).await?;
    let last_seen = headers.get("last-event-id").and_then(|v| v.to_str().ok()).and_then(|v| v.trim().parse::<i64>().ok());
    let catch_up = match last_seen {
        Some(seen) if seen < latest => Some(changed(latest)),
        _ => None,
    };
    let customer = who.customer_id;
    let live = BroadcastStream::new(rx).filter_map(move |msg| {
        let customer = customer.clone();
        async move {
            match msg {
                Ok(c) if c.customer_id.as_deref().is_none_or(|id| id == customer) => Some(match c.notice {
                    Some((id, kind)) => Ok(Event::default()
                        .id(c.seq.to_string())
                        .event("notice")
                        .data(serde_json::json!({ "id": id, "kind": kind }).to_string())),
                    None => changed(c.seq),
                }),
                Ok(_) => None,
                // This stream fell behind: a pull brings everything anyway.
                Err(BroadcastStreamRecvError::Lagged(_)) => Some(Ok(Event::default().event("changed").data("{}"))),
            }
        }
    });
    let mut stopping = s.stopping.clone();
    let stop = async move {
        let _ = stopping.wait_for(|stop| *stop).await;
    };
    let stream = stream::iter(catch_up).chain(live).take_until(stop);
    Ok(Sse::new(stream).keep_alive(KeepAlive::new().interval(Duration::from_secs(15))))
}

fn changed(seq: i64) -> Result<Event, Infallible> {
    Ok(Event::default().id(seq.to_string()).event("changed").data("{}"))
}

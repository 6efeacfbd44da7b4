//! Fault injection for reliability tests: a middleware that, at the rates the admin API
//! set, delays a request, answers 503, or drops the connection before or after the
//! handler ran (and committed). Admin routes are never faulted. Off (all rates 0) unless
//! set.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use clientarea_api::Problem;
use clientarea_api::admin::Faults;
use clientarea_api::problem::types;

use crate::error::ApiError;

pub struct FaultDice {
    inner: Mutex<(Faults, fastrand::Rng)>,
}

impl Default for FaultDice {
    fn default() -> Self {
        Self { inner: Mutex::new((Faults::default(), fastrand::Rng::with_seed(0))) }
    }
}

#[derive(Debug, Default, PartialEq)]
struct Plan {
    delay: Option<Duration>,
    error: bool,
    drop_before: bool,
    drop_after: bool,
}

impl FaultDice {
    pub fn set(&self, faults: Faults) {
        let rng = fastrand::Rng::with_seed(faults.seed);
        *self.inner.lock().unwrap_or_else(|e| e.into_inner()) = (faults, rng);
    }

    fn roll(&self) -> Plan {
        let mut guard = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        let (f, rng) = &mut *guard;
        let mut hit = |rate: f64| rate > 0.0 && rng.f64() < rate;
        let delay = hit(f.delay).then(|| Duration::from_millis(f.delay_ms));
        let error = hit(f.error_5xx);
        let drop_before = !error && hit(f.drop_before);
        let drop_after = !error && !drop_before && hit(f.drop_after);
        Plan { delay, error, drop_before, drop_after }
    }
}

/// A response whose body fails at once: hyper closes the connection and the client sees
/// it cut, as when a network drops.
fn dropped() -> Response {
    let stream =
        futures_util::stream::once(async { Err::<Bytes, std::io::Error>(std::io::Error::other("fault injected: connection dropped")) });
    Response::new(Body::from_stream(stream))
}

pub async fn inject(State(dice): State<Arc<FaultDice>>, req: Request, next: Next) -> Response {
    if req.uri().path().starts_with("/v1/admin/") {
        return next.run(req).await;
    }
    let plan = dice.roll();
    if let Some(d) = plan.delay {
        tokio::time::sleep(d).await;
    }
    if plan.error {
        return ApiError(Problem::new(types::UNAVAILABLE, 503, "The provider is temporarily unavailable")).into_response();
    }
    if plan.drop_before {
        return dropped();
    }
    let res = next.run(req).await;
    if plan.drop_after {
        return dropped();
    }
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rates_hold_roughly_and_are_reproducible() {
        let dice = FaultDice::default();
        dice.set(Faults { drop_after: 0.5, seed: 7, ..Default::default() });
        let first: Vec<Plan> = (0..200).map(|_| dice.roll()).collect();
        let drops = first.iter().filter(|p| p.drop_after).count();
        assert!((60..140).contains(&drops), "about half: {drops}");
        dice.set(Faults { drop_after: 0.5, seed: 7, ..Default::default() });
        let again: Vec<Plan> = (0..200).map(|_| dice.roll()).collect();
        assert_eq!(first, again, "the same seed rolls the same faults");
        dice.set(Faults::default());
        assert!((0..100).all(|_| dice.roll() == Plan::default()), "no faults when all rates are 0");
    }
}

//! The server's clock: wall time plus an offset that tests and demos can move forward,
//! so every timed behaviour (acknowledgment, SLA due times) is testable at once.

use std::sync::Mutex;

use chrono::{DateTime, Duration, Utc};

#[derive(Debug, Default)]
pub struct Clock {
    offset: Mutex<Duration>,
}

impl Clock {
    pub fn now(&self) -> DateTime<Utc> {
        Utc::now() + *self.offset.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Move the clock by `by` (forward when positive).
    pub fn advance(&self, by: Duration) {
        *self.offset.lock().unwrap_or_else(|e| e.into_inner()) += by;
    }

    /// Set the clock to `at`; it runs on from there.
    pub fn set(&self, at: DateTime<Utc>) {
        *self.offset.lock().unwrap_or_else(|e| e.into_inner()) = at - Utc::now();
    }
}

-- The notices a desktop notification was posted for, one row each: a notice is
-- announced once per account, never again after a restart or a resync. The baseline row
-- is written after the first complete pull: what was there before is history, shown in
-- the app but not announced.
CREATE TABLE notified (
    notice_id TEXT PRIMARY KEY,
    at        TEXT NOT NULL
);
CREATE TABLE notices_baseline (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    at TEXT NOT NULL
);

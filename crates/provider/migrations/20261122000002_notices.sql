-- Notices the provider publishes. customer_id NULL: a notice for every customer.
CREATE TABLE notices (
    id           TEXT PRIMARY KEY,
    customer_id  TEXT REFERENCES customers (id),
    kind         TEXT NOT NULL,
    title        TEXT NOT NULL,
    body         TEXT NOT NULL,
    service_ids  TEXT NOT NULL, -- JSON array
    starts_at    TEXT,
    ends_at      TEXT,
    resolved_at  TEXT,
    respond_by   TEXT,
    published_at TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    seq          INTEGER NOT NULL
);
CREATE INDEX notices_seq ON notices (seq);

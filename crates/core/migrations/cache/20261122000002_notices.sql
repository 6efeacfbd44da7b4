-- Notices the provider published (maintenance, outages, service changes, abuse reports).
CREATE TABLE notices (
    id           TEXT PRIMARY KEY,
    kind         TEXT NOT NULL,
    title        TEXT NOT NULL,
    body         TEXT NOT NULL,
    service_ids  TEXT NOT NULL, -- JSON array
    starts_at    TEXT,
    ends_at      TEXT,
    resolved_at  TEXT,
    respond_by   TEXT,
    published_at TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);

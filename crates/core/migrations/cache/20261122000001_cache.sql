-- One account's local cache of the provider's data. The provider owns every column here
-- except ticket_reads, which is the customer's own (what they have seen).
CREATE TABLE sync_state (
    id             INTEGER PRIMARY KEY CHECK (id = 1),
    cursor         TEXT NOT NULL DEFAULT '',
    last_synced_at TEXT
);
INSERT INTO sync_state (id) VALUES (1);

CREATE TABLE departments (
    id   TEXT PRIMARY KEY,
    name TEXT NOT NULL
);

CREATE TABLE services (
    id                  TEXT PRIMARY KEY,
    name                TEXT NOT NULL,
    kind                TEXT NOT NULL,
    ip_addresses        TEXT NOT NULL, -- JSON array
    order_number        TEXT NOT NULL,
    datacenter          TEXT NOT NULL,
    datacenter_timezone TEXT NOT NULL
);

CREATE TABLE tickets (
    id                TEXT PRIMARY KEY,
    number            INTEGER NOT NULL,
    subject           TEXT NOT NULL,
    department        TEXT NOT NULL,
    priority          TEXT NOT NULL,
    status            TEXT NOT NULL,
    service_id        TEXT,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    acknowledged_at   TEXT,
    first_response_at TEXT
);
CREATE INDEX tickets_updated ON tickets (updated_at DESC);

CREATE TABLE messages (
    id          TEXT PRIMARY KEY,
    ticket_id   TEXT NOT NULL,
    author      TEXT NOT NULL,
    author_name TEXT,
    body        TEXT NOT NULL,
    created_at  TEXT NOT NULL
);
CREATE INDEX messages_ticket ON messages (ticket_id, created_at);

CREATE TABLE events (
    id        TEXT PRIMARY KEY,
    ticket_id TEXT NOT NULL,
    at        TEXT NOT NULL,
    data      TEXT NOT NULL -- JSON of clientarea_api::EventKind
);
CREATE INDEX events_ticket ON events (ticket_id, at);

CREATE TABLE ticket_reads (
    ticket_id TEXT PRIMARY KEY,
    read_at   TEXT NOT NULL
);

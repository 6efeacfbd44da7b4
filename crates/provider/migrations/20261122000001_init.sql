-- The reference provider's own store. Every row that a customer can pull carries `seq`,
-- taken from the one counter 'seq' when the row is written: a pull returns rows whose
-- seq is above the cursor, so a changed row moves to the end of the history.
CREATE TABLE counters (
    name  TEXT PRIMARY KEY,
    value INTEGER NOT NULL
);
INSERT INTO counters (name, value) VALUES ('seq', 0), ('ticket_number', 100200);

CREATE TABLE customers (
    id            TEXT PRIMARY KEY,
    email         TEXT NOT NULL UNIQUE COLLATE NOCASE,
    name          TEXT NOT NULL,
    password_hash TEXT NOT NULL
);

-- Bearer tokens, stored as SHA-256 digests: a copy of this file grants nothing.
CREATE TABLE tokens (
    token_hash  TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES customers (id),
    created_at  TEXT NOT NULL
);

CREATE TABLE departments (
    id   TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    seq  INTEGER NOT NULL
);

CREATE TABLE services (
    id                  TEXT PRIMARY KEY,
    customer_id         TEXT NOT NULL REFERENCES customers (id),
    name                TEXT NOT NULL,
    kind                TEXT NOT NULL,
    ip_addresses        TEXT NOT NULL, -- JSON array of strings
    order_number        TEXT NOT NULL,
    datacenter          TEXT NOT NULL,
    datacenter_timezone TEXT NOT NULL,
    seq                 INTEGER NOT NULL
);
CREATE INDEX services_customer_seq ON services (customer_id, seq);

CREATE TABLE tickets (
    id                TEXT PRIMARY KEY,
    customer_id       TEXT NOT NULL REFERENCES customers (id),
    number            INTEGER NOT NULL UNIQUE,
    subject           TEXT NOT NULL,
    department        TEXT NOT NULL,
    priority          TEXT NOT NULL,
    status            TEXT NOT NULL,
    service_id        TEXT,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    acknowledged_at   TEXT,
    first_response_at TEXT,
    seq               INTEGER NOT NULL
);
CREATE INDEX tickets_customer_seq ON tickets (customer_id, seq);

CREATE TABLE messages (
    id          TEXT PRIMARY KEY,
    ticket_id   TEXT NOT NULL REFERENCES tickets (id),
    customer_id TEXT NOT NULL REFERENCES customers (id),
    author      TEXT NOT NULL,
    author_name TEXT,
    body        TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    seq         INTEGER NOT NULL
);
CREATE INDEX messages_customer_seq ON messages (customer_id, seq);
CREATE INDEX messages_ticket ON messages (ticket_id, created_at);

CREATE TABLE events (
    id          TEXT PRIMARY KEY,
    ticket_id   TEXT NOT NULL REFERENCES tickets (id),
    customer_id TEXT NOT NULL REFERENCES customers (id),
    at          TEXT NOT NULL,
    data        TEXT NOT NULL, -- JSON of clientarea_api::EventKind
    seq         INTEGER NOT NULL
);
CREATE INDEX events_customer_seq ON events (customer_id, seq);
CREATE INDEX events_ticket ON events (ticket_id, at);

-- The first answer to each (customer, Idempotency-Key), kept so a retry gets it again.
CREATE TABLE idempotency (
    customer_id  TEXT NOT NULL,
    key          TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    status       INTEGER NOT NULL,
    response     TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    PRIMARY KEY (customer_id, key)
);

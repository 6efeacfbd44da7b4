-- The profile: what the app knows before any account is open. One per data directory.
CREATE TABLE accounts (
    id           TEXT PRIMARY KEY,
    provider_url TEXT NOT NULL,
    email        TEXT NOT NULL,
    name         TEXT NOT NULL DEFAULT '',
    -- The demo account talks to the embedded provider, whose port changes every start.
    is_demo      INTEGER NOT NULL DEFAULT 0,
    last_used_at TEXT NOT NULL
);

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- The rest of the account, the team in charge of a ticket, incident facts, attachments.
ALTER TABLE customers ADD COLUMN country TEXT NOT NULL DEFAULT 'IT';
ALTER TABLE customers ADD COLUMN notify_invoices TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN notify_support TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN notify_abuse TEXT NOT NULL DEFAULT '';
-- Account changes travel in the pull like everything else.
ALTER TABLE customers ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;

ALTER TABLE tickets ADD COLUMN team TEXT NOT NULL DEFAULT 'support-engineers';
ALTER TABLE tickets ADD COLUMN incident TEXT; -- JSON of clientarea_api::Incident

CREATE TABLE uploads (
    id           TEXT PRIMARY KEY,
    customer_id  TEXT NOT NULL REFERENCES customers (id),
    filename     TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size         INTEGER NOT NULL,
    sha256       TEXT NOT NULL,
    data         BLOB NOT NULL,
    created_at   TEXT NOT NULL
);

CREATE TABLE message_attachments (
    message_id TEXT NOT NULL REFERENCES messages (id),
    upload_id  TEXT NOT NULL REFERENCES uploads (id),
    position   INTEGER NOT NULL,
    PRIMARY KEY (message_id, upload_id)
);
-- Existing accounts join the history once, so a full pull includes them.
UPDATE counters SET value = value + 1 WHERE name = 'seq';
UPDATE customers SET seq = (SELECT value FROM counters WHERE name = 'seq');

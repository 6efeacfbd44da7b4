-- Files the customer attached to a message not yet delivered. They are kept here, in the
-- same durable file as the outbox, so a send queued offline or interrupted by a crash
-- still has its attachments. The row's id is also the idempotency key of its upload, so
-- a retried upload is made once; once the message is delivered, the rows go.
CREATE TABLE local_files (
    id           TEXT PRIMARY KEY,      -- 'file:<uuid>'
    filename     TEXT NOT NULL,         -- cleaned: no path, no control characters
    content_type TEXT NOT NULL,         -- detected from the content
    size         INTEGER NOT NULL,
    sha256       TEXT NOT NULL,
    bytes        BLOB NOT NULL,
    upload_id    TEXT,                  -- the provider's id, once uploaded
    created_at   TEXT NOT NULL
);

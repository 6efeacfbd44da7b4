-- Drafts and the outbox: what the customer wrote and has not seen confirmed yet.
--
-- A draft is the text of one composer (a new ticket, a reply to a ticket, a chat
-- message). Sending moves it into the outbox: the draft row stays, pointing at its
-- outbox item, until the provider confirms the send; then both go in one transaction.
CREATE TABLE drafts (
    id         TEXT PRIMARY KEY,
    kind       TEXT NOT NULL,           -- 'ticket' | 'reply' | 'chat'
    target     TEXT NOT NULL DEFAULT '', -- the ticket of a reply, the chat of a message
    data       TEXT NOT NULL,           -- JSON, as the composer keeps it
    updated_at TEXT NOT NULL,
    outbox_id  TEXT                     -- set once sent: the draft waits for its delivery
);
-- At most one draft being written per composer.
CREATE UNIQUE INDEX drafts_open ON drafts (kind, target) WHERE outbox_id IS NULL;

-- Sends waiting for the provider, oldest first. The idempotency key is fixed when the
-- item is written, so every retry (after a crash too) is the same request.
CREATE TABLE outbox (
    id              TEXT PRIMARY KEY,
    kind            TEXT NOT NULL,    -- 'ticket' | 'reply'
    ticket_id       TEXT,             -- replies: a provider id, or 'local:<outbox id>' of a queued new ticket
    payload         TEXT NOT NULL,    -- JSON of NewTicket | NewReply
    idempotency_key TEXT NOT NULL,
    state           TEXT NOT NULL,    -- 'queued' | 'sending' | 'failed'
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    error_code      TEXT,
    error_detail    TEXT,
    created_at      TEXT NOT NULL,
    position        INTEGER NOT NULL  -- the order of sending
);
CREATE INDEX outbox_order ON outbox (position);

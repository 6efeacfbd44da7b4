-- The customer's own record of every ticket's clocks: each instant this client observed
-- (sent, accepted by the provider, acknowledged, first answer, each update, escalations,
-- resolved, closed), with what the provider said of it then. Append-only: triggers refuse
-- any change or removal, so a provider that rewrites its history (or a resync that brings
-- the rewritten one) does not rewrite the customer's record.
CREATE TABLE ledger (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    ticket_id   TEXT NOT NULL,
    what        TEXT NOT NULL,            -- sent | accepted | acknowledged | first_answer | update | escalated | resolved | closed
    ref         TEXT NOT NULL DEFAULT '', -- the message or event it was seen in
    detail      TEXT,                     -- escalations: the team it went to
    observed_at TEXT NOT NULL,            -- this client's clock when it saw it
    provider_at TEXT,                     -- the provider's time for it, as the provider said then
    backfill    INTEGER NOT NULL DEFAULT 0, -- seen in the account's first pull: it happened before this client watched
    UNIQUE (ticket_id, what, ref)
);
-- (The unique index serves the reads by ticket: ticket_id is its first column.)

CREATE TRIGGER ledger_no_update BEFORE UPDATE ON ledger
BEGIN SELECT RAISE(ABORT, 'the ledger is append-only'); END;
CREATE TRIGGER ledger_no_delete BEFORE DELETE ON ledger
BEGIN SELECT RAISE(ABORT, 'the ledger is append-only'); END;

-- When the ledger began watching: set when the first pull after it existed is complete.
-- What that pull brings happened before, and is marked as backfill.
ALTER TABLE sync_state ADD COLUMN ledger_since TEXT;

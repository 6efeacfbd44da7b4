-- The team in charge, incident facts and the provider's due times of a ticket; the
-- attachments of a message; the account as the provider last sent it.
ALTER TABLE tickets ADD COLUMN team TEXT NOT NULL DEFAULT 'support-engineers';
ALTER TABLE tickets ADD COLUMN incident TEXT; -- JSON of clientarea_api::Incident
ALTER TABLE tickets ADD COLUMN acknowledge_due_at TEXT;
ALTER TABLE tickets ADD COLUMN first_response_due_at TEXT;
ALTER TABLE messages ADD COLUMN attachments TEXT NOT NULL DEFAULT '[]'; -- JSON array

CREATE TABLE account (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    data TEXT NOT NULL -- JSON of clientarea_api::Account
);

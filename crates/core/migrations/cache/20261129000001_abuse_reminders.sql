-- Reminders of an abuse report's deadline (24 hours and 2 hours before), each sent once.
CREATE TABLE abuse_reminders (
    notice_id TEXT NOT NULL,
    lead      TEXT NOT NULL,
    at        TEXT NOT NULL,
    PRIMARY KEY (notice_id, lead)
);

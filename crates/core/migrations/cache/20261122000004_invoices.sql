-- Invoices as the provider sent them (whole JSON: the client never edits one).
CREATE TABLE invoices (
    id        TEXT PRIMARY KEY,
    issued_on TEXT NOT NULL,
    data      TEXT NOT NULL -- JSON of clientarea_api::Invoice
);

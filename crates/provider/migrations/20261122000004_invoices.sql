-- Invoices, kept whole as the contract's JSON: the provider never edits a line.
CREATE TABLE invoices (
    id          TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES customers (id),
    issued_on   TEXT NOT NULL,
    data        TEXT NOT NULL, -- JSON of clientarea_api::Invoice
    seq         INTEGER NOT NULL
);
CREATE INDEX invoices_customer_seq ON invoices (customer_id, seq);

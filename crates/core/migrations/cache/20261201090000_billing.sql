-- The invoice a Financial ticket asks about; the provider's VAT table; and the invoice
-- notifications already raised (each kind once per invoice), with the baseline that
-- makes the first pull's invoices history rather than news.
ALTER TABLE tickets ADD COLUMN invoice_id TEXT;
CREATE INDEX tickets_invoice ON tickets (invoice_id) WHERE invoice_id IS NOT NULL;

CREATE TABLE vat_rates (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    data TEXT NOT NULL -- JSON of clientarea_api::VatRateList
);

CREATE TABLE invoice_alerts (
    invoice_id TEXT NOT NULL,
    kind       TEXT NOT NULL, -- new | overdue
    at         TEXT NOT NULL,
    PRIMARY KEY (invoice_id, kind)
);

CREATE TABLE invoice_alerts_baseline (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    at TEXT NOT NULL
);

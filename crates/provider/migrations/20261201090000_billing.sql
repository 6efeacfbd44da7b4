-- A business customer's VAT number (empty: a private customer), and the invoice a
-- Financial ticket asks about.
ALTER TABLE customers ADD COLUMN vat_number TEXT NOT NULL DEFAULT '';
ALTER TABLE tickets ADD COLUMN invoice_id TEXT REFERENCES invoices (id);

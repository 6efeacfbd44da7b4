-- The list's order (last updated first, then the higher number) straight from an index,
-- so a page deep in 100,000 tickets is read without sorting them all.
DROP INDEX tickets_updated;
CREATE INDEX tickets_list_order ON tickets (updated_at DESC, number DESC);

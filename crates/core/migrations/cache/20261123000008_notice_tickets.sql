-- Which tickets are about which notice, one rule read both ways (a notice lists its
-- tickets, a ticket its notices): a ticket on one of the notice's services, opened from
-- when the notice began or was published, whichever is earlier (customers often write
-- first), until it was over (resolved, or its window ended); never a Financial one.
CREATE INDEX tickets_service ON tickets (service_id, created_at);
CREATE VIEW notice_tickets AS
SELECT n.id AS notice_id, t.id AS ticket_id
FROM notices n, json_each(n.service_ids) s
JOIN tickets t ON t.service_id = s.value
WHERE t.department != 'financial'
  AND t.created_at >= MIN(COALESCE(n.starts_at, n.published_at), n.published_at)
  AND (COALESCE(n.resolved_at, n.ends_at) IS NULL OR t.created_at <= COALESCE(n.resolved_at, n.ends_at));

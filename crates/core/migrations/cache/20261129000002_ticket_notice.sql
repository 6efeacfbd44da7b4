-- A ticket may answer a notice (an abuse report). Such a ticket is about its notice
-- whatever its service or time, and about no other notice of its service: the view
-- takes both kinds of link.
ALTER TABLE tickets ADD COLUMN notice_id TEXT;

DROP VIEW notice_tickets;
CREATE VIEW notice_tickets AS
SELECT n.id AS notice_id, t.id AS ticket_id
FROM notices n, json_each(n.service_ids) s
JOIN tickets t ON t.service_id = s.value
WHERE t.department != 'financial'
  AND (t.notice_id IS NULL OR t.notice_id = n.id)
  AND t.created_at >= MIN(COALESCE(n.starts_at, n.published_at), n.published_at)
  AND (COALESCE(n.resolved_at, n.ends_at) IS NULL OR t.created_at <= COALESCE(n.resolved_at, n.ends_at))
UNION
SELECT t.notice_id, t.id FROM tickets t WHERE t.notice_id IS NOT NULL;

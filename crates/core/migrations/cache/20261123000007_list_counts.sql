-- Counting the list (the scrollbar's length) reads this narrow index instead of every
-- ticket row: 7 ms → 3 ms at 100,000 tickets, with or without filters.
CREATE INDEX tickets_facets ON tickets (status, department, priority);

-- A closed ticket is never unread: its mark goes when it closes, so the unread count is
-- the length of unread_tickets (1 ms) rather than a lookup of each ticket (26 ms).
DELETE FROM unread_tickets WHERE ticket_id IN (SELECT id FROM tickets WHERE status = 'closed');
CREATE TRIGGER tickets_closed_not_unread AFTER UPDATE OF status ON tickets WHEN NEW.status = 'closed'
BEGIN
    DELETE FROM unread_tickets WHERE ticket_id = NEW.id;
END;
CREATE TRIGGER tickets_new_closed_not_unread AFTER INSERT ON tickets WHEN NEW.status = 'closed'
BEGIN
    DELETE FROM unread_tickets WHERE ticket_id = NEW.id;
END;

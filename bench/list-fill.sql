-- The bulk of the list benchmark (tests/src/bin/bench-list.rs): 100,000 tickets,
-- 1,000,000 messages and 100,000 chat messages written straight into an account's
-- cache; the triggers keep the FTS indexes in step. Each message has two words of the
-- support vocabulary below (each word is in about 2.5 % of messages: the frequent terms
-- a search meets) and six of a long tail of 20,000 rarer words, as real text has.
PRAGMA synchronous = OFF;
CREATE TEMP TABLE words (i INTEGER PRIMARY KEY, w TEXT);
INSERT INTO words VALUES
  (0, 'disk'),
  (1, 'backup'),
  (2, 'failed'),
  (3, 'nginx'),
  (4, 'invoice'),
  (5, 'vat'),
  (6, 'network'),
  (7, 'slow'),
  (8, 'timeout'),
  (9, '443'),
  (10, 'kernel'),
  (11, 'panic'),
  (12, 'dns'),
  (13, 'server'),
  (14, 'reboot'),
  (15, 'memory'),
  (16, 'raid'),
  (17, 'latency'),
  (18, 'packet'),
  (19, 'loss'),
  (20, 'ssl'),
  (21, 'certificate'),
  (22, 'expired'),
  (23, 'firewall'),
  (24, 'port'),
  (25, 'ssh'),
  (26, 'refused'),
  (27, 'mysql'),
  (28, 'crash'),
  (29, 'update'),
  (30, 'upgrade'),
  (31, 'bandwidth'),
  (32, 'traffic'),
  (33, 'ddos'),
  (34, 'abuse'),
  (35, 'spam'),
  (36, 'mail'),
  (37, 'bounce'),
  (38, 'ipv6'),
  (39, 'route'),
  (40, 'gateway'),
  (41, 'switch'),
  (42, 'rack'),
  (43, 'power'),
  (44, 'cpu'),
  (45, 'load'),
  (46, 'swap'),
  (47, 'rete'),
  (48, 'lenta'),
  (49, 'fattura'),
  (50, 'guasto'),
  (51, 'errore'),
  (52, 'festplatte'),
  (53, 'rechnung'),
  (54, 'langsam'),
  (55, 'fehler'),
  (56, 'factura'),
  (57, 'disco'),
  (58, 'lento'),
  (59, 'caído'),
  (60, 'servidor'),
  (61, 'red'),
  (62, 'problema'),
  (63, 'please'),
  (64, 'check'),
  (65, 'since'),
  (66, 'yesterday'),
  (67, 'morning'),
  (68, 'again'),
  (69, 'still'),
  (70, 'urgent'),
  (71, 'customers'),
  (72, 'cannot'),
  (73, 'reach'),
  (74, 'website'),
  (75, 'error'),
  (76, 'logs'),
  (77, 'attached');
CREATE TEMP TABLE tail (i INTEGER PRIMARY KEY, w TEXT);
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 19999)
INSERT INTO tail SELECT i, 'k' || substr('bcdfghjklmnprstvz', i % 17 + 1, 1) || substr('aeiou', i / 17 % 5 + 1, 1)
  || substr('bcdfghjklmnprstvz', i / 85 % 17 + 1, 1) || substr('aeiou', i / 1445 % 5 + 1, 1) || (i / 7225) FROM n;
BEGIN;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000)
INSERT INTO tickets (id, number, subject, department, priority, status, service_id, created_at, updated_at,
                     acknowledged_at, first_response_at, team, acknowledge_due_at, first_response_due_at)
SELECT 'bench-' || i, 300000 + i,
       (SELECT w FROM words WHERE i = (n.i * 7) % 78) || ' ' || (SELECT w FROM tail WHERE i = (n.i * 13) % 20000)
         || ' ' || (SELECT w FROM words WHERE i = (n.i * 31) % 78) || ' #' || n.i,
       CASE WHEN i % 4 = 0 THEN 'financial' ELSE 'technical' END,
       CASE WHEN i % 9 = 0 THEN 'high' ELSE 'regular' END,
       CASE i % 4 WHEN 0 THEN 'open' WHEN 1 THEN 'answered' WHEN 2 THEN 'resolved' ELSE 'closed' END,
       NULL,
       strftime('%Y-%m-%dT%H:%M:%S+00:00', '2020-01-01', '+' || (i * 30) || ' minutes'),
       strftime('%Y-%m-%dT%H:%M:%S+00:00', '2020-01-01', '+' || (i * 30 + 20) || ' minutes'),
       strftime('%Y-%m-%dT%H:%M:%S+00:00', '2020-01-01', '+' || (i * 30 + 1) || ' minutes'),
       strftime('%Y-%m-%dT%H:%M:%S+00:00', '2020-01-01', '+' || (i * 30 + 7) || ' minutes'),
       'support-engineers',
       strftime('%Y-%m-%dT%H:%M:%S+00:00', '2020-01-01', '+' || (i * 30 + 2) || ' minutes'),
       strftime('%Y-%m-%dT%H:%M:%S+00:00', '2020-01-01', '+' || (i * 30 + 10) || ' minutes')
FROM n;
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 999999)
INSERT INTO messages (id, ticket_id, author, author_name, body, created_at, attachments)
SELECT 'bench-m' || i, 'bench-' || (i / 10 + 1),
       CASE WHEN i % 2 = 0 THEN 'customer' ELSE 'staff' END,
       CASE WHEN i % 2 = 0 THEN NULL ELSE 'Support' END,
       (SELECT w FROM tail WHERE i = (n.i * 3) % 20000) || ' '
         || (SELECT w FROM words WHERE i = (n.i * 11 + 5) % 78) || ' '
         || (SELECT w FROM tail WHERE i = (n.i * 17 + 1) % 20000) || ' '
         || (SELECT w FROM tail WHERE i = (n.i * 29 + 7) % 20000) || ' '
         || (SELECT w FROM words WHERE i = (n.i * 37 + 3) % 78) || ' '
         || (SELECT w FROM tail WHERE i = (n.i * 41 + 9) % 20000) || ' '
         || (SELECT w FROM tail WHERE i = (n.i * 43 + 2) % 20000) || ' '
         || (SELECT w FROM tail WHERE i = (n.i * 47 + 4) % 20000) || ' ref ' || n.i,
       strftime('%Y-%m-%dT%H:%M:%S+00:00', '2020-01-01', '+' || ((i / 10 + 1) * 30 + i % 10) || ' minutes'),
       '[]'
FROM n;
-- The live chat's history beside it: 10,000 chats of ten messages (the search looks in
-- both, as the list's search box does).
WITH RECURSIVE ch(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM ch WHERE i < 9999)
INSERT INTO chats (id, data)
SELECT 'bench-chat-' || i,
       json_object('id', 'bench-chat-' || i, 'status', 'converted', 'ticket_id', 'bench-' || (i * 10 + 1),
                   'created_at', strftime('%Y-%m-%dT%H:%M:%SZ', '2020-01-01', '+' || (i * 300) || ' minutes'),
                   'updated_at', strftime('%Y-%m-%dT%H:%M:%SZ', '2020-01-01', '+' || (i * 300 + 20) || ' minutes'))
FROM ch;
WITH RECURSIVE c(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM c WHERE i < 99999)
INSERT INTO chat_messages (id, chat_id, created_at, data)
SELECT 'bench-cm' || i, 'bench-chat-' || (i / 10),
       strftime('%Y-%m-%dT%H:%M:%SZ', '2020-01-01', '+' || ((i / 10) * 300 + i % 10) || ' minutes'),
       json_object('id', 'bench-cm' || i, 'chat_id', 'bench-chat-' || (i / 10),
                   'author', CASE WHEN i % 2 = 0 THEN 'customer' ELSE 'staff' END,
                   'body', (SELECT w FROM tail WHERE i = (c.i * 7 + 3) % 20000) || ' '
                             || (SELECT w FROM words WHERE i = (c.i * 13 + 1) % 78) || ' '
                             || (SELECT w FROM tail WHERE i = (c.i * 19 + 5) % 20000) || ' '
                             || (SELECT w FROM words WHERE i = (c.i * 23 + 2) % 78) || ' chat ' || c.i,
                   'created_at', strftime('%Y-%m-%dT%H:%M:%SZ', '2020-01-01', '+' || ((i / 10) * 300 + i % 10) || ' minutes'))
FROM c;
-- Nothing of the bench's history was ever read: every ticket not closed has unread
-- staff messages (the worst case for the unread count).
INSERT OR IGNORE INTO unread_tickets (ticket_id)
SELECT id FROM tickets WHERE id LIKE 'bench-%' AND status != 'closed';
COMMIT;
PRAGMA wal_checkpoint(TRUNCATE);

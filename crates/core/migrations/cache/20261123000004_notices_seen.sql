-- Notices the customer has seen in the status view. Those not seen that still matter
-- (not over) count as new: on the tray icon and beside "Service status".
CREATE TABLE notices_seen (
    notice_id TEXT PRIMARY KEY,
    at        TEXT NOT NULL
);

-- Several accounts can be signed in at once: each one signed in (its token in the
-- keyring) when the app exits reopens at the next start. Before, only the account used
-- last reopened: it is the one marked signed in.
ALTER TABLE accounts ADD COLUMN signed_in INTEGER NOT NULL DEFAULT 0;
UPDATE accounts SET signed_in = 1
 WHERE is_demo = 0 AND id = (SELECT id FROM accounts ORDER BY last_used_at DESC LIMIT 1);

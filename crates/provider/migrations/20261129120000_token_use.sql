-- When each token was last used: a token left unused for longer than the provider's idle
-- lifetime (`Config::token_idle_ttl`) is refused and forgotten. A use is written at most
-- once a minute per token. Tokens issued before this column read as used when issued.
ALTER TABLE tokens ADD COLUMN last_used_at TEXT;
UPDATE tokens SET last_used_at = created_at;

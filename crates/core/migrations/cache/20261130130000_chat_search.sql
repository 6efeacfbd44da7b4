-- Chat messages in the same full-text search as tickets (FTS5, accents and case folded),
-- kept in step by triggers. The messages are JSON: the index holds their body.
CREATE VIRTUAL TABLE chat_fts USING fts5(body, content = '', tokenize = 'unicode61 remove_diacritics 2');

CREATE TRIGGER chat_fts_insert AFTER INSERT ON chat_messages BEGIN
    INSERT INTO chat_fts (rowid, body) VALUES (new.rowid, json_extract(new.data, '$.body'));
END;
CREATE TRIGGER chat_fts_delete AFTER DELETE ON chat_messages BEGIN
    INSERT INTO chat_fts (chat_fts, rowid, body) VALUES ('delete', old.rowid, json_extract(old.data, '$.body'));
END;
CREATE TRIGGER chat_fts_update AFTER UPDATE OF data ON chat_messages BEGIN
    INSERT INTO chat_fts (chat_fts, rowid, body) VALUES ('delete', old.rowid, json_extract(old.data, '$.body'));
    INSERT INTO chat_fts (rowid, body) VALUES (new.rowid, json_extract(new.data, '$.body'));
END;

INSERT INTO chat_fts (rowid, body) SELECT rowid, json_extract(data, '$.body') FROM chat_messages;

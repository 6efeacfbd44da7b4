-- Live chats and their messages; the support structure (departments, teams, holidays)
-- as the first full pull brought it.
CREATE TABLE chats (
    id   TEXT PRIMARY KEY,
    data TEXT NOT NULL -- JSON of clientarea_api::Chat
);

CREATE TABLE chat_messages (
    id         TEXT PRIMARY KEY,
    chat_id    TEXT NOT NULL,
    created_at TEXT NOT NULL,
    data       TEXT NOT NULL -- JSON of clientarea_api::ChatMessage
);
CREATE INDEX chat_messages_chat ON chat_messages (chat_id, created_at);

CREATE TABLE support (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    data TEXT NOT NULL -- JSON of clientarea_api::SupportStructure
);

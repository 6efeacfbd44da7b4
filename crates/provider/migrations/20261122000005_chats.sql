-- Live chats and their messages.
CREATE TABLE chats (
    id              TEXT PRIMARY KEY,
    customer_id     TEXT NOT NULL REFERENCES customers (id),
    status          TEXT NOT NULL,
    ticket_id       TEXT REFERENCES tickets (id),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    acknowledged_at TEXT,
    seq             INTEGER NOT NULL
);
CREATE INDEX chats_customer_seq ON chats (customer_id, seq);

CREATE TABLE chat_messages (
    id          TEXT PRIMARY KEY,
    chat_id     TEXT NOT NULL REFERENCES chats (id),
    customer_id TEXT NOT NULL REFERENCES customers (id),
    author      TEXT NOT NULL,
    author_name TEXT,
    body        TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    seq         INTEGER NOT NULL
);
CREATE INDEX chat_messages_customer_seq ON chat_messages (customer_id, seq);
CREATE INDEX chat_messages_chat ON chat_messages (chat_id, created_at);

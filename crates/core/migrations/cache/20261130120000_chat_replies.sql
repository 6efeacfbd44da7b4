-- How far the operator's chat answers were announced (the chat_messages rowid): each
-- answer is announced once, and the history the first pull brings never.
CREATE TABLE chat_replies_watermark (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    upto INTEGER NOT NULL
);

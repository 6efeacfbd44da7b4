-- Files sent in a live chat (a screenshot, a log): the same uploads as a ticket's.
CREATE TABLE chat_message_attachments (
    message_id TEXT NOT NULL REFERENCES chat_messages (id),
    upload_id  TEXT NOT NULL REFERENCES uploads (id),
    position   INTEGER NOT NULL,
    PRIMARY KEY (message_id, upload_id)
);

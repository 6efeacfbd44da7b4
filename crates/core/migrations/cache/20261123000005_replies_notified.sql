-- How far staff replies were announced: the highest message rowid looked at. A message
-- pulled again keeps its rowid (upsert), so a resync never announces it twice; the first
-- look at an account's cache is history.
CREATE TABLE replies_watermark (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    upto INTEGER NOT NULL
);

-- A pull from the start of the history (the first sync, or a resync) writes its rows
-- without the secondary indexes of tickets, messages and events and without the search
-- index's triggers, and makes them again at its end: sorting 100,000 rows into an index
-- once costs a fraction of inserting them one at a time at random places, and the search
-- index built in one pass is one segment instead of one per page merged again and again.
-- The statements of what was dropped wait here, written in the same transaction as the
-- drop, so a cache left by an app that ended half way through has them made again (and
-- its search index rebuilt) when it is next opened, before anything reads it.
CREATE TABLE deferred_schema (
    name TEXT PRIMARY KEY, -- of the index or trigger
    sql  TEXT NOT NULL     -- its CREATE statement, as sqlite_master had it
);
